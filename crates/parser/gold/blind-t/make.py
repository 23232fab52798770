#!/usr/bin/env python3
"""Deterministic generator of the blind-t gold set.

Commune, ward and department portals after the 2025 reorganisation.
python3 stdlib only; one random.Random("blind-t:NAME") per page; no clock.

    python3 make.py [OUTDIR]      (default: the directory of this file)
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

SET = "blind-t"
CRAWL = dt.date(2026, 11, 22)          # Sunday, the crawl day
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def wd(d):
    return WD[d.weekday()]


def esc(s):
    return html.escape(s, quote=True)


_TAG = re.compile(r"<[^>]+>")


def clean(s):
    """Gold form of an HTML fragment: tags stripped, entities decoded,
    whitespace collapsed, NFC."""
    s = _TAG.sub("", s)
    s = html.unescape(s).replace("\xa0", " ")
    s = re.sub(r"\s+", " ", s).strip()
    return unicodedata.normalize("NFC", s)


def slug(s, keep_d=True):
    s = clean(s)
    if keep_d:
        s = s.replace("đ", "d").replace("Đ", "D")
    else:                      # Liferay drops the letter đ altogether
        s = s.replace("đ", "").replace("Đ", "")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^A-Za-z0-9]+", "-", s.lower()).strip("-")
    return s


# ---------------------------------------------------------------- blocks
def LEAD(t): return ("lead", t)
def P(t): return ("p", t)
def H(t): return ("h", t)
def UL(*a): return ("ul", list(a))
def OL(*a): return ("ol", list(a))
def TABLE(rows, head=1): return ("table", rows, head)
def IMG(cap, src=None): return ("img", cap, src)
def Q(t): return ("quote", t)
def X(h): return ("x", h)          # shown on the page, not article body


def cell_text(c):
    return c if isinstance(c, str) else c[0]


def gold_blocks(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("lead", "p", "h", "quote"):
            out.append(clean(b[1]))
        elif k in ("ul", "ol"):
            out += [clean(i) for i in b[1]]
        elif k == "table":
            for row in b[1]:
                for c in row:
                    out.append(clean(cell_text(c)))
        elif k == "img" and b[1]:
            out.append(clean(b[1]))
    return [x for x in out if x]


def lead_of(blocks):
    return next((b[1] for b in blocks if b[0] == "lead"), None)


def body_of(blocks):
    return [b for b in blocks if b[0] != "lead"]


# ---------------------------------------------------------------- randomness helpers
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def rid(rng, n=12, chars=ALNUM):
    return "".join(rng.choice(chars) for _ in range(n))


def b64(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def rdate(rng, a=dt.date(2025, 7, 1), b=dt.date(2026, 11, 21)):
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def dmy(d, sep="/"):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def guid(rng):
    h = "0123456789abcdef"
    return "-".join(rid(rng, n, h) for n in (8, 4, 4, 4, 12))


# ---------------------------------------------------------------- shared pools (invented)
PROVINCES = [
    "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh",
    "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai",
    "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình",
    "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
    "Đắk Lắk", "Thành phố Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ",
    "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
]

HEADLINES = [
    "Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Chủ nhật xanh",
    "Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2026",
    "Tập huấn kỹ năng sử dụng dịch vụ công trực tuyến cho tổ công nghệ số cộng đồng",
    "Kiểm tra công tác phòng cháy, chữa cháy tại các cơ sở kinh doanh",
    "Trao quà cho gia đình chính sách nhân dịp kỷ niệm Ngày Thương binh - Liệt sĩ",
    "Tiếp xúc cử tri trước kỳ họp thường lệ cuối năm của HĐND",
    "Đối thoại với người dân về công tác bồi thường, giải phóng mặt bằng",
    "Khai mạc lớp bồi dưỡng lý luận chính trị cho đảng viên mới",
    "Công bố quyết định thành lập Trung tâm Phục vụ hành chính công",
    "Ra mắt mô hình “Khu dân cư không có tội phạm và tệ nạn xã hội”",
    "Sơ kết công tác tuyển sinh đầu cấp năm học 2026 - 2027",
    "Đẩy mạnh thu hồi nợ thuế, chống thất thu ngân sách",
    "Tăng cường quản lý trật tự xây dựng trên địa bàn",
    "Hội thi tìm hiểu pháp luật về phòng, chống bạo lực gia đình",
    "Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc",
    "Giải chạy việt dã truyền thống chào mừng ngày lễ lớn",
    "Triển khai tiêm vắc xin sởi cho trẻ em trong độ tuổi",
    "Khánh thành nhà văn hóa khu dân cư sau sắp xếp",
    "Hướng dẫn kê khai giá đất làm căn cứ tính thuế sử dụng đất",
    "Bàn giao nhà đại đoàn kết cho hộ nghèo",
    "Kiện toàn Ban Chỉ đạo chuyển đổi số cấp xã",
    "Phát động Tháng hành động vì an toàn thực phẩm",
    "Diễn tập phương án phòng, chống thiên tai và tìm kiếm cứu nạn",
    "Tổng kết phong trào thi đua “Dân vận khéo”",
    "Gặp mặt cán bộ, công chức nghỉ hưu theo chế độ",
    "Lễ giao nhận quân năm 2026",
    "Khảo sát mức độ hài lòng của người dân đối với dịch vụ hành chính công",
    "Hội nghị học tập, quán triệt nghị quyết của Đảng bộ tỉnh",
    "Trao giấy chứng nhận quyền sử dụng đất cho người dân",
    "Phổ biến Luật Đất đai năm 2024 cho cán bộ thôn, tổ dân phố",
    "Thu hoạch lúa Đông Xuân đạt năng suất cao",
    "Chương trình “Xuân yêu thương” cho người có hoàn cảnh khó khăn",
    "Tổ chức hội chợ nông sản, sản phẩm OCOP",
    "Làm việc với đoàn kiểm tra của Sở Nội vụ về công tác cán bộ",
    "Ký kết quy chế phối hợp giữa Đảng ủy và Ủy ban MTTQ Việt Nam",
    "Công khai kết quả giải quyết thủ tục hành chính quý III",
    "Hướng dẫn đăng ký biến động đất đai trực tuyến",
    "Rà soát hộ nghèo, hộ cận nghèo theo chuẩn mới",
    "Nâng cao chất lượng sinh hoạt chi bộ ở cơ sở",
    "Xây dựng tuyến đường kiểu mẫu “sáng - xanh - sạch - đẹp”",
    "Tuyên truyền phòng, chống ma túy trong trường học",
    "Tập huấn nghiệp vụ công tác văn thư, lưu trữ",
    "Thăm, chúc mừng các cơ sở tôn giáo nhân dịp lễ lớn",
    "Hội nghị đại biểu Nhân dân bàn kế hoạch xây dựng nông thôn mới",
    "Phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số",
    "Tiếp nhận hồ sơ đăng ký hộ kinh doanh qua mạng",
    "Đoàn viên thanh niên ra quân tình nguyện hè",
    "Giải bóng đá thiếu niên nhi đồng hè năm 2026",
    "Kiểm tra tiến độ xây dựng trường học đạt chuẩn quốc gia",
    "Họp báo cung cấp thông tin định kỳ quý IV",
    "Hội nghị tổng kết công tác dân số và phát triển",
    "Vận động ủng hộ Quỹ “Vì người nghèo”",
    "Đón nhận Bằng công nhận xã đạt chuẩn nông thôn mới nâng cao",
    "Kỳ họp HĐND thông qua các nghị quyết quan trọng",
    "Phòng, chống dịch bệnh trên đàn gia súc, gia cầm",
    "Khai giảng lớp dạy nghề cho lao động nông thôn",
    "Bồi dưỡng nghiệp vụ cho công chức tư pháp - hộ tịch",
    "Triển khai thu thập dữ liệu đất đai phục vụ số hóa",
    "Tuyên dương học sinh đạt giải trong kỳ thi học sinh giỏi",
    "Ra mắt tổ hòa giải ở cơ sở sau sắp xếp",
]

DOC_SUBJECTS = [
    "ban hành Quy chế làm việc của Ủy ban nhân dân",
    "kiện toàn Hội đồng thi đua, khen thưởng",
    "phê duyệt kế hoạch sử dụng đất năm 2026",
    "giao chỉ tiêu thu ngân sách nhà nước",
    "thành lập Tổ công tác hỗ trợ người dân thực hiện dịch vụ công",
    "công bố danh mục thủ tục hành chính được chuẩn hóa",
    "phân công nhiệm vụ thành viên Ủy ban nhân dân",
    "ban hành kế hoạch cải cách hành chính năm 2026",
    "phê duyệt danh sách hộ nghèo, hộ cận nghèo",
    "tổ chức Tháng hành động vì trẻ em",
    "thực hiện công tác phòng cháy, chữa cháy mùa khô",
    "triển khai Kế hoạch chuyển đổi số năm 2026",
    "phê duyệt phương án phòng, chống thiên tai",
    "ban hành Quy chế tiếp công dân",
    "giao dự toán ngân sách năm 2026",
]

DOC_KINDS = ["QĐ-UBND", "KH-UBND", "TB-UBND", "CV-UBND", "NQ-HĐND", "KH-ĐU", "QĐ-CT"]


def docs(rng, n):
    out = []
    for _ in range(n):
        d = rdate(rng, dt.date(2025, 8, 1), dt.date(2026, 11, 20))
        k = rng.choice(DOC_KINDS)
        num = rng.randrange(12, 980)
        kind = {"Q": "Quyết định", "K": "Kế hoạch", "T": "Thông báo", "C": "Công văn", "N": "Nghị quyết"}[k[0]]
        out.append((f"{num}/{k}", d, f"{kind} về việc {rng.choice(DOC_SUBJECTS)}"))
    return out


def heads(rng, n, start=dt.date(2025, 7, 2), end=dt.date(2026, 11, 20)):
    idx = rng.sample(range(len(HEADLINES)), n)
    items = []
    for i in idx:
        d = rdate(rng, start, end)
        items.append((HEADLINES[i], d, rng.randrange(10000, 99999)))
    return items


def counter(rng):
    return {"online": rng.randrange(18, 160), "today": rng.randrange(300, 3000),
            "yesterday": rng.randrange(400, 4000), "month": rng.randrange(30000, 90000),
            "total": rng.randrange(400000, 9000000)}


def fmtn(n):
    return f"{n:,}".replace(",", ".")


CSS_PROPS = ["color:#{c}", "background:#{c}", "padding:{a}px {b}px", "margin:0 0 {a}px",
             "font-size:{a}px", "line-height:1.{a}", "border-bottom:1px solid #{c}",
             "border-radius:{b}px", "display:block", "float:left", "width:{p}%",
             "text-transform:uppercase", "font-weight:700", "position:relative",
             "overflow:hidden", "text-align:center", "height:{h}px", "max-width:100%"]


def css_blob(rng, classes, n):
    out = []
    for i in range(n * 3):          # themes ship a lot of inline CSS
        sel = "." + rng.choice(classes)
        if rng.random() < 0.5:
            sel += " " + rng.choice(["a", "li", "span", "img", "h3", "p", "ul", "> div", ":hover", " .icon"])
        props = ";".join(
            rng.choice(CSS_PROPS).format(c=rid(rng, 6, "0123456789abcdef"), a=rng.randrange(2, 30),
                                         b=rng.randrange(2, 20), p=rng.randrange(10, 100),
                                         h=rng.randrange(20, 400))
            for _ in range(rng.randrange(2, 6)))
        out.append(f"{sel}{{{props}}}")
    return "\n".join(out)


def svg_sprite(rng, n):
    syms = []
    for i in range(n):
        pts = " ".join(f"{rng.choice('MLCQ')}{rng.randrange(0, 2400) / 100:.2f} {rng.randrange(0, 2400) / 100:.2f}"
                       for _ in range(rng.randrange(20, 60)))
        syms.append(f'<symbol id="icon-{i}" viewBox="0 0 24 24"><path d="{pts}Z"/></symbol>')
    return '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">' + "".join(syms) + "</svg>"


def gtag(rng):
    i = "G-" + rid(rng, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    return (f'<script async src="https://www.googletagmanager.com/gtag/js?id={i}"></script>\n'
            f"<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}"
            f"gtag('js',new Date());gtag('config','{i}');</script>")


def js_blob(rng, name, n):
    """Minified-looking vendor script (plugin code shipped inline)."""
    words = ["init", "menu", "slider", "toggle", "fixed", "scroll", "resize", "tab", "popup", "lazy",
             "banner", "marquee", "counter", "font", "print", "share", "poll", "weather", "clock"]
    parts = []
    for i in range(n * 2):
        w = rng.choice(words)
        a, b = rng.randrange(100, 999), rng.randrange(10, 99)
        parts.append(f"function {w}{i}(e,t){{var n=e||{{}},r=t||{a};if(!n.{w})return r;"
                     f"for(var o=0;o<n.{w}.length;o++){{r+=n.{w}[o]*{b}%{a}}}return r}}")
    return f"/* {name} */\n" + ";".join(parts) + ";"


# ================================================================ article texts (all invented)
A = {}


def art(name, **kw):
    A[name] = kw


art("t01",
    title="Phường Tân Lập sơ kết 6 tháng vận hành chính quyền địa phương hai cấp",
    pub=dt.datetime(2026, 1, 8, 16, 45),
    author="Hoàng Thu Trang, Văn phòng HĐND và UBND phường",
    blocks=[
        LEAD("Chiều 7/1, Đảng ủy, HĐND, UBND phường Tân Lập tổ chức hội nghị sơ kết 6 tháng vận hành mô hình "
             "chính quyền địa phương hai cấp, triển khai nhiệm vụ trọng tâm quý I năm 2026."),
        P("Dự hội nghị có đồng chí Đỗ Minh Khoa, Tỉnh ủy viên, Phó Giám đốc Sở Nội vụ tỉnh; đồng chí Triệu Văn Lâm, "
          "Bí thư Đảng ủy, Chủ tịch HĐND phường; lãnh đạo Ủy ban MTTQ Việt Nam phường, các đoàn thể chính trị - xã hội, "
          "cán bộ, công chức các phòng chuyên môn và bí thư chi bộ, tổ trưởng 26 tổ dân phố."),
        P("Phường Tân Lập được thành lập trên cơ sở sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của phường Tân Lập, "
          "phường Tân Thịnh và xã Quyết Thắng thuộc thành phố Thái Nguyên cũ, với diện tích 38,6 km² và hơn 71.000 nhân khẩu. "
          "Sau 6 tháng đi vào hoạt động, bộ máy của phường đã cơ bản ổn định, các phòng chuyên môn được bố trí đủ người "
          "theo vị trí việc làm, không để gián đoạn công việc phục vụ người dân, doanh nghiệp."),
        IMG("Đồng chí Triệu Văn Lâm, Bí thư Đảng ủy, Chủ tịch HĐND phường phát biểu khai mạc hội nghị."),
        P("Theo báo cáo của UBND phường, từ ngày 1/7 đến ngày 31/12/2025, Trung tâm Phục vụ hành chính công phường đã "
          "tiếp nhận 9.482 hồ sơ thủ tục hành chính, trong đó 8.917 hồ sơ được nộp trực tuyến, đạt tỷ lệ 94,04%. "
          "Số hồ sơ đã giải quyết đúng hạn và trước hạn là 9.310, chiếm 98,2%; không có hồ sơ quá hạn phải xin lỗi người dân. "
          "Các lĩnh vực có số lượng hồ sơ lớn là chứng thực, hộ tịch, đất đai và đăng ký hộ kinh doanh."),
        H("Còn áp lực ở một số lĩnh vực"),
        P("Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra những khó khăn, vướng mắc. Khối lượng công việc chuyển từ "
          "cấp huyện về cấp xã tăng nhanh, nhất là lĩnh vực đất đai, xây dựng, trong khi một số công chức chưa có kinh nghiệm "
          "xử lý hồ sơ chuyên ngành. Hệ thống phần mềm quản lý văn bản và phần mềm một cửa có thời điểm chưa kết nối "
          "đồng bộ, dữ liệu hồ sơ đất đai của các đơn vị cũ chưa được số hóa đầy đủ."),
        P("Tham luận tại hội nghị, đại diện các tổ dân phố đề nghị phường sớm bố trí điểm tiếp nhận hồ sơ lưu động tại "
          "khu vực Quyết Thắng cũ, nơi có nhiều người cao tuổi gặp khó khăn khi thực hiện dịch vụ công trực tuyến; đồng thời "
          "tăng cường đội hình chuyển đổi số cộng đồng hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID."),
        IMG("Đại biểu tham luận tại hội nghị."),
        P("Phát biểu chỉ đạo, đồng chí Đỗ Minh Khoa ghi nhận những nỗ lực của phường trong giai đoạn đầu vận hành mô hình mới. "
          "Đồng chí đề nghị phường tiếp tục rà soát, sắp xếp cán bộ theo đúng năng lực, sở trường; chủ động đề xuất với tỉnh "
          "về nhu cầu đào tạo, bồi dưỡng chuyên môn cho đội ngũ công chức; tập trung số hóa hồ sơ, tài liệu lưu trữ tiếp nhận "
          "từ các đơn vị cũ, bảo đảm khai thác, sử dụng thuận tiện."),
        P("Kết luận hội nghị, đồng chí Triệu Văn Lâm yêu cầu các phòng, ban, đơn vị khẩn trương khắc phục hạn chế đã được chỉ ra; "
          "thực hiện nghiêm việc công khai, minh bạch thủ tục hành chính; đẩy mạnh cải cách hành chính gắn với chuyển đổi số, "
          "lấy sự hài lòng của người dân, doanh nghiệp làm thước đo hiệu quả hoạt động của chính quyền cơ sở. Trong quý I "
          "năm 2026, phường tập trung chuẩn bị tốt các điều kiện phục vụ Nhân dân đón Tết Nguyên đán Bính Ngọ an toàn, tiết kiệm."),
        P("Dịp này, UBND phường tặng Giấy khen cho 12 tập thể và 21 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ "
          "6 tháng cuối năm 2025."),
    ])

art("t02",
    title="Thông báo tuyển dụng công chức cấp xã tỉnh Lào Cai năm 2026",
    pub=dt.datetime(2026, 3, 24, 15, 15),
    author="Phòng Công chức, viên chức",
    blocks=[
        LEAD("Sở Nội vụ tỉnh Lào Cai thông báo tuyển dụng 186 chỉ tiêu công chức làm việc tại Ủy ban nhân dân các xã, "
             "phường trên địa bàn tỉnh năm 2026 theo hình thức thi tuyển."),
        P("Căn cứ Luật Cán bộ, công chức năm 2025; căn cứ Nghị định của Chính phủ quy định về tuyển dụng, sử dụng và quản lý "
          "công chức; thực hiện Kế hoạch tuyển dụng công chức cấp xã năm 2026 đã được Ủy ban nhân dân tỉnh phê duyệt, "
          "Sở Nội vụ thông báo như sau:"),
        H("1. Chỉ tiêu tuyển dụng"),
        P("Tổng chỉ tiêu tuyển dụng là 186 người, phân bổ theo vị trí việc làm như sau:"),
        TABLE([["STT", "Vị trí việc làm", "Chỉ tiêu", "Trình độ chuyên môn"],
               ["1", "Địa chính - Xây dựng", "42", "Đại học trở lên các ngành Quản lý đất đai, Xây dựng, Kiến trúc"],
               ["2", "Tư pháp - Hộ tịch", "35", "Đại học trở lên ngành Luật"],
               ["3", "Văn hóa - Xã hội", "31", "Đại học trở lên các ngành Văn hóa, Công tác xã hội, Quản lý văn hóa"],
               ["4", "Tài chính - Kế toán", "28", "Đại học trở lên các ngành Kế toán, Tài chính"],
               ["5", "Văn phòng - Thống kê", "26", "Đại học trở lên các ngành Hành chính học, Quản trị văn phòng, Thống kê"],
               ["6", "Nông nghiệp - Môi trường", "24", "Đại học trở lên các ngành Nông học, Lâm nghiệp, Khoa học môi trường"],
               [("Tổng cộng", 'colspan="2"'), ("186", 'colspan="2"')]]),
        H("2. Điều kiện đăng ký dự tuyển"),
        P("Người đăng ký dự tuyển phải có đủ các điều kiện sau đây, không phân biệt dân tộc, nam nữ, thành phần xã hội, "
          "tín ngưỡng, tôn giáo:"),
        UL("Có một quốc tịch là quốc tịch Việt Nam;", "Đủ 18 tuổi trở lên;",
           "Có phiếu đăng ký dự tuyển; có lý lịch rõ ràng;",
           "Có văn bằng, chứng chỉ phù hợp với yêu cầu của vị trí việc làm;",
           "Có phẩm chất chính trị, đạo đức tốt;", "Đủ sức khỏe để thực hiện nhiệm vụ."),
        P("Ưu tiên người dân tộc thiểu số, người có kinh nghiệm công tác tại cơ sở và người biết tiếng dân tộc thiểu số "
          "nơi đăng ký dự tuyển."),
        H("3. Thời gian, địa điểm nhận phiếu đăng ký"),
        P("Phiếu đăng ký dự tuyển nhận trực tuyến trên Hệ thống thông tin tuyển dụng của tỉnh từ ngày 01/4/2026 đến hết "
          "ngày 30/4/2026. Thí sinh không có điều kiện đăng ký trực tuyến có thể nộp trực tiếp tại Phòng Công chức, viên chức, "
          "Sở Nội vụ (tầng 4, Khối 5, Trung tâm hành chính tỉnh) trong giờ hành chính các ngày làm việc."),
        H("4. Hình thức, nội dung thi"),
        P("Thi tuyển được thực hiện theo hai vòng. Vòng 1 thi trắc nghiệm trên máy vi tính về kiến thức chung và ngoại ngữ; "
          "vòng 2 thi viết chuyên môn, nghiệp vụ theo yêu cầu của vị trí việc làm. Thời gian tổ chức thi dự kiến trong "
          "tháng 6/2026, thông báo cụ thể sẽ được đăng tải trên Cổng thông tin điện tử của Sở Nội vụ."),
        P("Mọi chi tiết xin liên hệ Phòng Công chức, viên chức, Sở Nội vụ tỉnh Lào Cai, điện thoại 0214.3840.127 "
          "để được hướng dẫn."),
    ])

art("t03",
    title="Tuyên truyền kỹ năng phòng, chống thiên tai mùa mưa bão năm 2025",
    pub=dt.datetime(2025, 10, 16, 0, 0),
    author="Lê Văn Hùng, Trần Minh Tú",
    blocks=[
        P("Nhằm chủ động ứng phó với mưa bão, ngập lụt trong những tháng cuối năm, ngày 15/10, Ban Chỉ huy phòng thủ dân sự "
          "phường Thanh Khê Đông phối hợp với Ủy ban MTTQ Việt Nam phường tổ chức tuyên truyền kỹ năng phòng, chống thiên tai "
          "cho hơn 300 hộ dân sinh sống tại các tổ dân phố ven biển."),
        P("Tại buổi tuyên truyền, cán bộ Ban Chỉ huy quân sự phường đã phổ biến các quy định của Luật Phòng, chống thiên tai; "
          "hướng dẫn người dân cách theo dõi bản tin dự báo, cảnh báo bão, áp thấp nhiệt đới; nhận biết các cấp độ rủi ro "
          "thiên tai và những việc cần làm trước, trong và sau khi bão đổ bộ."),
        H("Chủ động theo phương châm “bốn tại chỗ”"),
        P("Người dân được hướng dẫn gia cố nhà cửa, chằng chống mái tôn, chặt tỉa cây xanh trong khuôn viên; dự trữ lương thực, "
          "nước uống, thuốc men, đèn pin, áo phao đủ dùng ít nhất 3 ngày. Đối với các hộ ở nhà cấp bốn, nhà tạm có nguy cơ "
          "không an toàn, phường đã lập danh sách, bố trí 6 điểm sơ tán tại trường học, nhà văn hóa tổ dân phố và trụ sở "
          "cơ quan trên địa bàn."),
        X("related"),
        P("Theo đồng chí Nguyễn Thị Kim Oanh, Phó Chủ tịch UBND phường, mùa mưa bão năm nay được dự báo diễn biến phức tạp, "
          "có khả năng xuất hiện bão mạnh và mưa lớn cục bộ gây ngập úng trong các kiệt, hẻm. “Phường đã kiện toàn lực lượng "
          "xung kích ở 100% tổ dân phố, chuẩn bị phương tiện, vật tư theo phương châm bốn tại chỗ. Chúng tôi mong mỗi gia đình "
          "chủ động bảo vệ mình trước, không chủ quan, nhất là không ra biển, không ra đường khi có mưa to gió lớn”, "
          "đồng chí Kim Oanh chia sẻ."),
        IMG("Lực lượng dân quân phường hướng dẫn người dân chằng chống nhà cửa trước mùa mưa bão."),
        P("Bên cạnh hình thức tuyên truyền trực tiếp, phường còn phát tờ rơi, treo băng rôn tại các tuyến đường chính, "
          "phát bản tin trên hệ thống loa truyền thanh thông minh vào sáng và chiều hằng ngày; cập nhật thông tin cảnh báo "
          "trên trang Zalo “Phường Thanh Khê Đông” để người dân theo dõi kịp thời."),
        P("Ông Phan Văn Dũng, tổ trưởng Tổ dân phố 14, cho biết: “Nhà tôi cách biển chưa đầy 200 mét, năm nào cũng lo. "
          "Được cán bộ hướng dẫn cụ thể từ cách chằng mái tôn đến chỗ tránh trú, bà con yên tâm hơn nhiều”."),
        P("Dịp này, Ủy ban MTTQ Việt Nam phường trao 50 túi sơ cứu và 100 áo phao cho các hộ gia đình có hoàn cảnh khó khăn, "
          "hộ có người cao tuổi sống một mình tại khu vực ven biển."),
    ])

art("t04",
    title="Hướng dẫn đặt lịch khám bệnh trực tuyến tại Trung tâm Y tế khu vực Yên Thế",
    pub=dt.datetime(2026, 2, 27, 0, 0),
    author="Phòng Kế hoạch - Nghiệp vụ",
    blocks=[
        LEAD("Từ ngày 01/3/2026, người dân có thể đặt lịch khám bệnh tại Trung tâm Y tế khu vực Yên Thế qua ứng dụng "
             "điện thoại hoặc trang thông tin điện tử, giúp giảm thời gian chờ đợi và chủ động lựa chọn thời gian khám phù hợp."),
        P("Trung bình mỗi ngày, Trung tâm tiếp đón khoảng 450 lượt người bệnh đến khám ngoại trú, thời điểm cao điểm buổi sáng "
          "thứ Hai có thể lên tới gần 700 lượt. Để giảm tình trạng quá tải tại khu vực tiếp đón, Trung tâm triển khai hình thức "
          "đặt lịch khám trực tuyến, kết nối với phần mềm quản lý bệnh viện và hệ thống gọi số tự động."),
        H("Đối tượng áp dụng"),
        P("Hình thức đặt lịch áp dụng cho người bệnh khám ngoại trú có thẻ bảo hiểm y tế hoặc khám dịch vụ theo yêu cầu, "
          "trừ các trường hợp cấp cứu. Người bệnh cấp cứu được tiếp nhận ngay tại Khoa Cấp cứu, không phải đặt lịch trước."),
        H("Các bước đặt lịch khám"),
        OL("Bước 1: Truy cập trang thông tin điện tử của Trung tâm hoặc tải ứng dụng “Sức khỏe Yên Thế” trên kho ứng dụng "
           "của điện thoại, sau đó chọn mục “Đặt lịch khám”.",
           "Bước 2: Nhập số định danh cá nhân, họ tên, ngày sinh, số điện thoại liên hệ; người bệnh có thẻ bảo hiểm y tế "
           "nhập thêm mã số bảo hiểm xã hội để hệ thống kiểm tra thông tin thẻ.",
           "Bước 3: Chọn chuyên khoa cần khám, ngày khám và khung giờ còn trống. Mỗi khung giờ kéo dài 30 phút, bắt đầu "
           "từ 7 giờ đến 16 giờ 30 các ngày trong tuần, trừ chiều thứ Bảy và ngày Chủ nhật.",
           "Bước 4: Kiểm tra lại thông tin và bấm “Xác nhận”. Hệ thống gửi tin nhắn kèm mã đặt lịch đến số điện thoại "
           "đã đăng ký.",
           "Bước 5: Đến Trung tâm trước giờ hẹn 15 phút, xuất trình mã đặt lịch và căn cước tại quầy ưu tiên số 3 để nhận "
           "số thứ tự khám."),
        IMG("Quầy tiếp đón ưu tiên dành cho người bệnh đã đặt lịch khám trực tuyến."),
        H("Một số lưu ý"),
        P("Người bệnh chỉ được đặt tối đa hai lịch khám trong cùng một ngày và có thể hủy lịch trước giờ hẹn ít nhất 2 tiếng. "
          "Trường hợp đến muộn quá 30 phút so với khung giờ đã chọn, lịch hẹn tự động hủy và người bệnh làm thủ tục khám "
          "như thông thường."),
        P("Việc đặt lịch hoàn toàn miễn phí. Trung tâm không thu bất kỳ khoản phí nào ngoài chi phí khám, chữa bệnh theo "
          "quy định. Người dân lưu ý cảnh giác với các cuộc gọi, tin nhắn tự xưng là nhân viên Trung tâm yêu cầu chuyển khoản "
          "để “giữ chỗ”."),
        P("Mọi thắc mắc về đặt lịch khám, người dân liên hệ đường dây nóng của Trung tâm: 0204.3876.115 (trong giờ hành chính) "
          "để được hỗ trợ."),
    ])

_T05 = [
    ["Thứ/ngày", "Thời gian", "Nội dung công việc", "Chủ trì", "Địa điểm"],
    [("Thứ Hai 09/3", 'rowspan="2"'), "7 giờ 00", "Chào cờ đầu tuần, giao ban lãnh đạo UBND xã", "Chủ tịch UBND xã", "Hội trường UBND xã"],
    ["14 giờ 00", "Làm việc với Ban Quản lý ấp Bình Hòa về công tác giải phóng mặt bằng tuyến đường ĐT.822 mở rộng",
     "Phó Chủ tịch Nguyễn Văn Sang", "Văn phòng ấp Bình Hòa"],
    [("Thứ Ba 10/3", 'rowspan="2"'), "8 giờ 00", "Dự Hội nghị trực tuyến của UBND tỉnh về công tác phòng, chống hạn mặn mùa khô 2026",
     "Chủ tịch UBND xã", "Phòng họp trực tuyến xã"],
    ["14 giờ 00", "Họp Ban Thường vụ Đảng ủy xã cho ý kiến về công tác chuẩn bị Đại hội Đoàn TNCS Hồ Chí Minh xã",
     "Bí thư Đảng ủy xã", "Phòng họp Đảng ủy"],
    [("Thứ Tư 11/3", 'rowspan="2"'), "7 giờ 30", "Kiểm tra tiến độ thu hoạch lúa Đông Xuân và công tác thu mua lúa tại các ấp",
     "Phó Chủ tịch Lê Thị Mỹ Hạnh", "Các ấp"],
    ["14 giờ 00", "Tiếp công dân định kỳ", "Chủ tịch UBND xã", "Phòng tiếp công dân"],
    [("Thứ Năm 12/3", 'rowspan="2"'), "8 giờ 00", "Họp Thường trực HĐND xã chuẩn bị nội dung kỳ họp chuyên đề",
     "Phó Chủ tịch HĐND xã", "Phòng họp số 2"],
    ["14 giờ 00", "Đối thoại với người dân về chính sách hỗ trợ chuyển đổi cây trồng trên đất lúa kém hiệu quả",
     "Chủ tịch UBND xã", "Nhà văn hóa ấp Mỹ Quý"],
    [("Thứ Sáu 13/3", 'rowspan="2"'), "8 giờ 00", "Kiểm tra công tác phòng cháy, chữa cháy tại các cơ sở kinh doanh khu vực chợ Hậu Thạnh",
     "Phó Chủ tịch Nguyễn Văn Sang", "Chợ Hậu Thạnh"],
    ["15 giờ 00", "Giao ban Khối Đảng, Mặt trận và các đoàn thể", "Phó Bí thư Thường trực Đảng ủy", "Phòng họp Đảng ủy"],
    ["Thứ Bảy 14/3", "7 giờ 00", "Ra quân hưởng ứng Ngày Chủ nhật xanh, vệ sinh môi trường kênh Mỹ Quý", "Bí thư Đoàn xã", "Kênh Mỹ Quý"],
]

art("t05",
    title="Lịch công tác tuần 11 năm 2026 của Thường trực Đảng ủy, HĐND, UBND xã",
    pub=dt.datetime(2026, 3, 9, 7, 45),
    author=None,
    blocks=[
        P("Văn phòng HĐND và UBND xã Hậu Thạnh thông báo lịch công tác tuần 11 (từ ngày 09/3 đến ngày 15/3/2026) của "
          "Thường trực Đảng ủy, Thường trực HĐND, lãnh đạo UBND xã như sau:"),
        TABLE(_T05),
        P("Lịch công tác có thể thay đổi, Văn phòng HĐND và UBND xã sẽ thông báo bổ sung khi có điều chỉnh. Đề nghị các "
          "cơ quan, đơn vị, cá nhân có liên quan chủ động chuẩn bị nội dung và tham dự đúng thành phần."),
    ])

art("t06",
    title="Thông báo về việc dừng cập nhật Trang thông tin điện tử huyện Tam Đường",
    pub=dt.datetime(2025, 7, 3, 10, 15),
    author=None,
    blocks=[
        P("Thực hiện Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Lai Châu "
          "năm 2025 và chủ trương kết thúc hoạt động của đơn vị hành chính cấp huyện từ ngày 01/7/2025, Ban Biên tập "
          "Trang thông tin điện tử huyện Tam Đường thông báo như sau:"),
        OL("Kể từ ngày 01/7/2025, Trang thông tin điện tử huyện Tam Đường dừng cập nhật tin, bài mới. Các tin, bài, "
           "văn bản đã đăng tải được giữ lại để phục vụ tra cứu đến hết ngày 31/12/2025.",
           "Thông tin về hoạt động của chính quyền địa phương trên địa bàn huyện Tam Đường cũ được đăng tải trên trang "
           "thông tin điện tử của các xã mới thành lập: xã Tam Đường, xã Bình Lư, xã Sơn Bình, xã Khun Há và xã Bản Bo.",
           "Thủ tục hành chính trước đây thuộc thẩm quyền giải quyết của cấp huyện được tiếp nhận tại Trung tâm Phục vụ "
           "hành chính công các xã hoặc trên Cổng Dịch vụ công quốc gia.",
           "Văn bản do HĐND, UBND huyện ban hành trước ngày 01/7/2025 được tra cứu tại Cơ sở dữ liệu văn bản của tỉnh."),
        P("Đối với các phản ánh, kiến nghị đã gửi qua chuyên mục “Hỏi - Đáp” của Trang thông tin điện tử huyện nhưng chưa "
          "được trả lời, Ban Biên tập đã chuyển toàn bộ đến UBND các xã theo địa bàn để xem xét, trả lời theo quy định. "
          "Người dân có thể theo dõi kết quả trên trang thông tin điện tử của xã nơi cư trú."),
        P("Trong suốt hơn 12 năm hoạt động, Trang thông tin điện tử huyện Tam Đường đã đăng tải hơn 9.600 tin, bài, gần 4.000 "
          "văn bản chỉ đạo, điều hành, trở thành kênh thông tin chính thống gần gũi với cán bộ, đảng viên và Nhân dân các "
          "dân tộc trong huyện. Ban Biên tập trân trọng cảm ơn các cộng tác viên, bạn đọc đã đồng hành, đóng góp ý kiến "
          "trong thời gian qua."),
        P("Mọi thông tin cần hỗ trợ, xin liên hệ Văn phòng HĐND và UBND xã Tam Đường, điện thoại 0213.3875.228, "
          "hoặc gửi thư điện tử về hộp thư của UBND xã nơi cư trú."),
    ])

art("t07",
    title="Thông báo tình hình sinh vật gây hại trên lúa Hè Thu sớm năm 2026",
    pub=dt.datetime(2026, 4, 14, 0, 0),
    author="Chi cục Trồng trọt và Bảo vệ thực vật",
    blocks=[
        P("Theo kết quả điều tra của các Trạm Trồng trọt và Bảo vệ thực vật khu vực, tính đến ngày 13/4/2026, toàn tỉnh đã "
          "xuống giống 98.450 ha lúa Hè Thu sớm, chủ yếu tập trung tại các xã vùng Đồng Tháp Mười và ven sông Tiền. "
          "Lúa đang ở giai đoạn mạ đến đẻ nhánh."),
        H("I. Tình hình sinh vật gây hại"),
        UL("Rầy nâu: mật số phổ biến 500 - 1.000 con/m², nơi cao 3.000 con/m², diện tích nhiễm 2.150 ha, tăng 640 ha so với "
           "tuần trước.",
           "Bệnh đạo ôn lá: tỷ lệ bệnh phổ biến 3 - 5%, nơi cao 10 - 15%, diện tích nhiễm 1.870 ha, tập trung trên các giống "
           "lúa nhiễm gieo sạ dày.",
           "Ốc bươu vàng: mật số phổ biến 1 - 2 con/m², nơi cao 5 con/m², gây hại trên 930 ha lúa giai đoạn mạ.",
           "Chuột: gây hại rải rác trên 410 ha, tỷ lệ hại phổ biến 1 - 2%, nơi cao trên 5% ở các ruộng gần bờ bao, khu dân cư."),
        H("II. Dự báo"),
        P("Trong thời gian tới, thời tiết nắng nóng xen kẽ mưa trái mùa, ẩm độ không khí cao, thuận lợi cho rầy nâu tích lũy "
          "mật số và bệnh đạo ôn lá phát triển, đặc biệt trên các ruộng gieo sạ dày, bón thừa phân đạm. Rầy cám của lứa rầy "
          "mới dự kiến nở rộ từ ngày 18/4 đến ngày 25/4/2026."),
        H("III. Biện pháp quản lý"),
        P("Chi cục Trồng trọt và Bảo vệ thực vật đề nghị Ủy ban nhân dân các xã, phường chỉ đạo bộ phận chuyên môn phối hợp "
          "với Trạm Trồng trọt và Bảo vệ thực vật khu vực thực hiện các nội dung sau:"),
        UL("Tăng cường thăm đồng, điều tra phát hiện sớm sinh vật gây hại; hướng dẫn nông dân áp dụng biện pháp quản lý "
           "dịch hại tổng hợp, bón phân cân đối, không bón thừa phân đạm.",
           "Đối với rầy nâu, chỉ phun thuốc khi mật số trên 3.000 con/m² ở giai đoạn đẻ nhánh, sử dụng thuốc đặc hiệu theo "
           "nguyên tắc “bốn đúng”, phun tập trung vào thời điểm rầy cám tuổi 1 - 2.",
           "Đối với bệnh đạo ôn lá, ngưng bón phân đạm, giữ nước ruộng; phun thuốc đặc trị khi bệnh chớm xuất hiện, phun "
           "lặp lại sau 5 - 7 ngày nếu bệnh tiếp tục phát triển.",
           "Thu gom bao gói thuốc bảo vệ thực vật sau sử dụng bỏ vào bể chứa đúng nơi quy định, không vứt bừa bãi ra kênh, "
           "mương, đồng ruộng."),
        P("Thông tin chi tiết và hướng dẫn kỹ thuật, đề nghị liên hệ Phòng Bảo vệ thực vật, Chi cục Trồng trọt và Bảo vệ "
          "thực vật tỉnh, điện thoại 0277.3851.946 để được hỗ trợ."),
    ])

art("t08",
    title="Thông báo công khai danh sách hộ gia đình đề nghị hỗ trợ xóa nhà tạm, nhà dột nát đợt bổ sung năm 2025",
    pub=dt.datetime(2025, 8, 12, 9, 20, 47),
    author="Hồ Thị Thanh Nga - Văn phòng HĐND và UBND xã",
    blocks=[
        P("Căn cứ Kế hoạch của UBND tỉnh về thực hiện xóa nhà tạm, nhà dột nát trên địa bàn tỉnh năm 2025; căn cứ kết quả "
          "rà soát, bình xét của các thôn và biên bản họp Ban Chỉ đạo xóa nhà tạm, nhà dột nát xã ngày 08/8/2025, UBND xã "
          "Quỳnh Phú thông báo công khai danh sách 27 hộ gia đình đề nghị hỗ trợ đợt bổ sung năm 2025."),
        P("Trong đó, hỗ trợ xây mới 19 hộ với mức 60 triệu đồng/hộ, hỗ trợ sửa chữa 8 hộ với mức 30 triệu đồng/hộ. Đối tượng "
          "gồm hộ nghèo, hộ cận nghèo, hộ gia đình có công với cách mạng và hộ có hoàn cảnh đặc biệt khó khăn về nhà ở chưa "
          "được hưởng chính sách hỗ trợ trước đó."),
        P("Danh sách được niêm yết công khai tại trụ sở UBND xã, nhà văn hóa 14 thôn và đăng tải trên Trang thông tin điện tử "
          "của xã trong thời gian 5 ngày làm việc, từ ngày 12/8/2025 đến hết ngày 18/8/2025 (chi tiết tại tệp đính kèm)."),
        P("Trong thời gian niêm yết, nếu có ý kiến thắc mắc, khiếu nại về đối tượng, mức hỗ trợ, đề nghị người dân phản ánh "
          "trực tiếp với trưởng thôn, Ủy ban MTTQ Việt Nam xã hoặc gửi ý kiến bằng văn bản về UBND xã (qua bộ phận Văn phòng "
          "HĐND và UBND xã) để được xem xét, giải quyết theo quy định. Hết thời hạn niêm yết, UBND xã tổng hợp ý kiến, "
          "hoàn thiện hồ sơ trình cấp có thẩm quyền phê duyệt."),
        H("Huy động nguồn lực, phấn đấu hoàn thành trước ngày 31/10"),
        P("Theo UBND xã, tổng kinh phí dự kiến hỗ trợ đợt bổ sung là 1,38 tỷ đồng, được bố trí từ ngân sách tỉnh, Quỹ "
          "Vì người nghèo các cấp và nguồn xã hội hóa. Ngoài phần hỗ trợ bằng tiền, Đoàn Thanh niên, Hội Cựu chiến binh, "
          "dân quân xã sẽ hỗ trợ ngày công tháo dỡ nhà cũ, vận chuyển vật liệu; các doanh nghiệp trên địa bàn cam kết "
          "cung ứng xi măng, sắt thép với giá ưu đãi."),
        P("Đồng chí Phan Đức Trung, Phó Chủ tịch UBND xã, Trưởng Ban Chỉ đạo cho biết: xã phấn đấu khởi công toàn bộ các "
          "công trình trong tháng 8 và hoàn thành, bàn giao trước ngày 31/10/2025, bảo đảm mỗi ngôi nhà đạt tiêu chí "
          "“ba cứng” là nền cứng, khung - tường cứng và mái cứng, có tuổi thọ từ 20 năm trở lên."),
    ])

art("t09",
    title="Công khai dự toán ngân sách nhà nước năm 2026 của xã Thới Hưng",
    pub=dt.datetime(2026, 1, 5, 14, 20),
    author=None,
    blocks=[
        P("Thực hiện Luật Ngân sách nhà nước và Thông tư của Bộ Tài chính hướng dẫn thực hiện công khai ngân sách nhà nước, "
          "UBND xã Thới Hưng công khai số liệu dự toán ngân sách nhà nước năm 2026 đã được Hội đồng nhân dân xã quyết định "
          "tại kỳ họp thường lệ cuối năm 2025."),
        P("Theo đó, tổng thu ngân sách nhà nước trên địa bàn xã năm 2026 là 18,65 tỷ đồng, trong đó thu tiền sử dụng đất "
          "7,2 tỷ đồng, thu thuế ngoài quốc doanh 4,86 tỷ đồng, thu phí, lệ phí 1,12 tỷ đồng và các khoản thu khác. Tổng thu "
          "ngân sách xã được hưởng theo phân cấp và bổ sung từ ngân sách cấp trên là 52,4 tỷ đồng."),
        P("Tổng chi ngân sách xã năm 2026 là 52,4 tỷ đồng, gồm chi đầu tư phát triển 14,3 tỷ đồng; chi thường xuyên "
          "36,9 tỷ đồng, trong đó chi sự nghiệp giáo dục và đào tạo chiếm tỷ trọng lớn nhất với 15,7 tỷ đồng; dự phòng "
          "ngân sách 1,2 tỷ đồng."),
        P("Năm 2026 là năm đầu tiên xã xây dựng dự toán ngân sách đầy đủ sau khi sắp xếp đơn vị hành chính, tiếp nhận thêm "
          "nhiệm vụ chi cho các trường mầm non, tiểu học, trung học cơ sở và một số nhiệm vụ trước đây do cấp huyện thực hiện. "
          "UBND xã yêu cầu các đơn vị dự toán thực hiện nghiêm việc chi tiêu tiết kiệm, đúng chế độ, ưu tiên nguồn lực cho "
          "các công trình giao thông nông thôn, thủy lợi nội đồng và chỉnh trang trường học."),
        P("Số liệu chi tiết được thể hiện tại các biểu mẫu kèm theo Quyết định công bố công khai dự toán. Người dân có thể "
          "xem trực tiếp văn bản bên dưới hoặc tải về để tra cứu."),
        X("pdf"),
        P("Mọi ý kiến góp ý về việc thực hiện dự toán ngân sách, đề nghị gửi về UBND xã Thới Hưng qua bộ phận Tài chính - "
          "Kế toán hoặc hộp thư điện tử của xã. Các ý kiến sẽ được tổng hợp, trả lời công khai trên Trang thông tin điện tử "
          "của xã trong thời hạn 15 ngày làm việc."),
    ])

art("t10",
    title="THÔNG BÁO TUYỂN DỤNG GIÁO VIÊN HỢP ĐỒNG NĂM HỌC 2026 - 2027",
    pub=dt.datetime(2026, 7, 27, 14, 5),
    author="Phạm Thị Lệ Thu",
    blocks=[
        P("Căn cứ nhu cầu bố trí giáo viên năm học 2026 - 2027 và văn bản của UBND xã Ea Drông về việc cho phép các trường "
          "học ký hợp đồng lao động đối với các vị trí còn thiếu, Trường THCS Lê Quý Đôn thông báo tuyển dụng giáo viên "
          "hợp đồng như sau:"),
        H("I. Vị trí, số lượng cần tuyển"),
        TABLE([["STT", "Môn dạy", "Số lượng", "Yêu cầu trình độ"],
               ["1", "Tin học", "02", "Cử nhân Sư phạm Tin học hoặc cử nhân Công nghệ thông tin có chứng chỉ bồi dưỡng "
                                      "nghiệp vụ sư phạm"],
               ["2", "Tiếng Anh", "02", "Cử nhân Sư phạm Tiếng Anh; có chứng chỉ năng lực ngoại ngữ bậc 5 trở lên"],
               ["3", "Khoa học tự nhiên", "01", "Cử nhân Sư phạm Khoa học tự nhiên, Sư phạm Vật lý, Hóa học hoặc Sinh học"],
               ["4", "Nghệ thuật (Âm nhạc)", "01", "Cử nhân Sư phạm Âm nhạc"],
               [("Tổng cộng", 'colspan="2"'), ("06", 'colspan="2"')]]),
        H("II. Hồ sơ đăng ký"),
        UL("Đơn đăng ký dự tuyển (theo mẫu của nhà trường);",
           "Sơ yếu lý lịch có xác nhận của địa phương nơi cư trú trong thời hạn 6 tháng;",
           "Bản sao văn bằng, chứng chỉ và bảng điểm có chứng thực;",
           "Giấy chứng nhận sức khỏe do cơ sở y tế có thẩm quyền cấp;",
           "Hai ảnh 4x6 chụp trong thời gian 6 tháng gần nhất."),
        H("III. Thời gian, địa điểm nhận hồ sơ"),
        TABLE([["Nội dung", "Thời gian", "Địa điểm"],
               ["Nhận hồ sơ", "Từ ngày 28/7 đến ngày 07/8/2026, trong giờ hành chính", "Văn phòng nhà trường"],
               ["Phỏng vấn, dạy thử", "Ngày 12/8/2026", "Phòng họp Hội đồng sư phạm"],
               ["Thông báo kết quả", "Ngày 15/8/2026", "Bảng tin và trang thông tin điện tử của trường"]]),
        P("Người trúng tuyển được ký hợp đồng lao động thời hạn 12 tháng, hưởng lương theo hệ số và các chế độ, chính sách "
          "như giáo viên trong biên chế theo quy định hiện hành. Ưu tiên người có nơi thường trú trên địa bàn xã, người dân "
          "tộc thiểu số và người đã có kinh nghiệm giảng dạy chương trình giáo dục phổ thông 2018."),
        P("Mọi chi tiết xin liên hệ thầy Y Khoa Niê, Phó Hiệu trưởng nhà trường, số điện thoại 0262.3712.468."),
    ])

art("t11",
    title="Chủ động phòng, chống bệnh sốt xuất huyết trong mùa mưa",
    pub=dt.datetime(2026, 8, 14, 0, 0),
    author="ThS.BS Trương Thị Kim Liên (Khoa Nhiễm)",
    blocks=[
        LEAD("Mùa mưa là thời điểm muỗi vằn sinh sản mạnh, làm gia tăng nguy cơ bùng phát bệnh sốt xuất huyết Dengue. "
             "Chủ động diệt lăng quăng, phòng muỗi đốt là biện pháp hiệu quả nhất để bảo vệ bản thân và gia đình."),
        P("Từ đầu năm 2026 đến nay, Bệnh viện đã tiếp nhận điều trị 412 trường hợp sốt xuất huyết, tăng 18% so với cùng kỳ "
          "năm 2025, trong đó có 37 trường hợp sốt xuất huyết có dấu hiệu cảnh báo và 4 trường hợp nặng phải chuyển tuyến. "
          "Đáng chú ý, tỷ lệ người bệnh là học sinh và người trong độ tuổi lao động chiếm hơn 60%."),
        H("Những dấu hiệu cần đưa người bệnh đến cơ sở y tế ngay"),
        P("Bệnh sốt xuất huyết thường khởi phát đột ngột với sốt cao liên tục từ 2 đến 7 ngày, kèm đau đầu, đau nhức cơ, "
          "khớp, đau hốc mắt. Người dân cần đưa người bệnh đến cơ sở y tế ngay khi có một trong các dấu hiệu sau:"),
        UL("Đau bụng nhiều, nhất là vùng gan;", "Nôn ói nhiều, không ăn uống được;",
           "Chảy máu cam, chảy máu chân răng, nôn ra máu hoặc đi cầu phân đen;",
           "Vật vã, li bì, tay chân lạnh, tiểu ít;",
           "Phụ nữ có thai, trẻ nhũ nhi, người béo phì hoặc có bệnh nền mắc sốt xuất huyết."),
        IMG("Nhân viên y tế kiểm tra, hướng dẫn người dân diệt lăng quăng tại khu dân cư. Ảnh: Minh Trí"),
        H("Không tự ý truyền dịch, dùng thuốc tại nhà"),
        P("Hiện chưa có thuốc điều trị đặc hiệu bệnh sốt xuất huyết. Người bệnh sốt cao chỉ dùng paracetamol để hạ sốt theo "
          "đúng liều lượng, tuyệt đối không dùng aspirin, ibuprofen vì có thể làm tăng nguy cơ xuất huyết. Nhiều trường hợp "
          "tự ý truyền dịch tại nhà đã dẫn đến quá tải dịch, biến chứng nặng khi nhập viện."),
        H("Các biện pháp phòng bệnh"),
        UL("Đậy kín tất cả các dụng cụ chứa nước; thay nước bình hoa, chén nước kê chân tủ ít nhất mỗi tuần một lần;",
           "Thu gom, hủy bỏ vật dụng phế thải có thể đọng nước như vỏ dừa, lốp xe, chai lọ quanh nhà;",
           "Ngủ màn kể cả ban ngày, mặc quần áo dài tay, dùng bình xịt, nhang xua muỗi;",
           "Phối hợp với ngành y tế khi phun hóa chất diệt muỗi, mở cửa để hóa chất phát huy tác dụng."),
        P("Bệnh viện duy trì phòng khám sàng lọc sốt xuất huyết tại Khoa Khám bệnh từ 7 giờ đến 19 giờ hằng ngày, kể cả "
          "thứ Bảy và Chủ nhật. Người dân có nhu cầu tư vấn có thể gọi đường dây nóng 0275.3829.115."),
    ])

_T12 = [
    ["STT", "Đơn vị hành chính", "Sắp xếp từ các đơn vị cũ", "Địa chỉ trụ sở", "Điện thoại"],
    ["1", "Phường Đông Hà", "Phường 1, Phường 2, Phường 3, Phường 4 và phường Đông Lương (thành phố Đông Hà cũ)",
     "Số 18 đường Hùng Vương, phường Đông Hà", "0233.3852.210"],
    ["2", "Phường Nam Đông Hà", "Phường 5, phường Đông Lễ, phường Đông Thanh và phường Đông Giang (thành phố Đông Hà cũ)",
     "Số 6 đường Lê Lợi, phường Nam Đông Hà", "0233.3856.117"],
    ["3", "Phường Quảng Trị", "Phường 1, Phường 2, Phường 3 và phường An Đôn (thị xã Quảng Trị cũ)",
     "Số 25 đường Trần Hưng Đạo, phường Quảng Trị", "0233.3861.042"],
    ["4", "Xã Hải Lăng", "Thị trấn Diên Sanh, xã Hải Trường, xã Hải Định và xã Hải Thọ (huyện Hải Lăng cũ)",
     "Khu phố 3, xã Hải Lăng", "0233.3875.301"],
    ["5", "Xã Nam Hải Lăng", "Xã Hải Sơn, xã Hải Phong, xã Hải Chánh và xã Hải Thượng (huyện Hải Lăng cũ)",
     "Thôn Văn Quỹ, xã Nam Hải Lăng", "0233.3876.218"],
    ["6", "Xã Triệu Phong", "Thị trấn Ái Tử, xã Triệu Ái, xã Triệu Giang và xã Triệu Thượng (huyện Triệu Phong cũ)",
     "Khu phố 2, xã Triệu Phong", "0233.3870.125"],
    ["7", "Xã Ái Tử", "Xã Triệu Long, xã Triệu Thành và xã Triệu Đông (huyện Triệu Phong cũ)",
     "Thôn Đại Hào, xã Ái Tử", "0233.3871.436"],
    ["8", "Xã Cam Lộ", "Thị trấn Cam Lộ, xã Cam Thành và xã Cam Chính (huyện Cam Lộ cũ)",
     "Số 45 đường 2/4, xã Cam Lộ", "0233.3870.552"],
    ["9", "Xã Hiếu Giang", "Xã Cam Thủy, xã Cam Hiếu và xã Cam Tuyền (huyện Cam Lộ cũ)",
     "Thôn Tân Hiếu, xã Hiếu Giang", "0233.3872.640"],
    ["10", "Xã Gio Linh", "Thị trấn Gio Linh, xã Gio Quang, xã Gio Mỹ và xã Phong Bình (huyện Gio Linh cũ)",
     "Khu phố 1, xã Gio Linh", "0233.3825.104"],
    ["11", "Xã Cửa Việt", "Thị trấn Cửa Việt, xã Gio Hải và xã Gio Việt (huyện Gio Linh cũ)",
     "Khu phố 4, xã Cửa Việt", "0233.3828.233"],
    ["12", "Xã Vĩnh Linh", "Thị trấn Hồ Xá, xã Vĩnh Long và xã Vĩnh Chấp (huyện Vĩnh Linh cũ)",
     "Số 12 đường Lê Duẩn, xã Vĩnh Linh", "0233.3823.119"],
    ["13", "Đặc khu Cồn Cỏ", "Huyện Cồn Cỏ cũ (không thực hiện sắp xếp)",
     "Khu trung tâm hành chính đặc khu Cồn Cỏ", "0233.3881.022"],
]

art("t12",
    title="Địa chỉ trụ sở, số điện thoại UBND các xã, phường, đặc khu khu vực phía Nam tỉnh",
    pub=dt.datetime(2026, 10, 2, 0, 0),
    author=None,
    blocks=[TABLE(_T12)])

art("t13",
    title="HĐND phường Bắc Nha Trang tổ chức kỳ họp chuyên đề thông qua kế hoạch đầu tư công năm 2027",
    pub=dt.datetime(2026, 11, 21, 15, 40),
    author="Thanh Tâm (Văn phòng HĐND và UBND phường)",
    blocks=[
        LEAD("Chiều 20/11, HĐND phường Bắc Nha Trang nhiệm kỳ 2026 - 2031 tổ chức kỳ họp thứ tư (kỳ họp chuyên đề) để xem xét, "
             "quyết định kế hoạch đầu tư công năm 2027 và một số nội dung quan trọng khác thuộc thẩm quyền."),
        P("Dự kỳ họp có đồng chí Lê Hoàng Phúc, Bí thư Đảng ủy, Chủ tịch HĐND phường; các đồng chí trong Thường trực HĐND, "
          "lãnh đạo UBND, Ủy ban MTTQ Việt Nam phường và 29 đại biểu HĐND phường."),
        P("Tại kỳ họp, UBND phường trình dự thảo kế hoạch đầu tư công năm 2027 với tổng vốn dự kiến 186,4 tỷ đồng, gồm vốn "
          "ngân sách phường 61,7 tỷ đồng và vốn ngân sách tỉnh hỗ trợ có mục tiêu 124,7 tỷ đồng. Nguồn vốn được ưu tiên bố trí "
          "cho 23 dự án, trong đó có 9 dự án chuyển tiếp và 14 dự án khởi công mới."),
        P("Các dự án trọng điểm gồm: nâng cấp, mở rộng tuyến đường Phạm Văn Đồng đoạn qua khu dân cư Hòn Xện; xây dựng hệ thống "
          "thoát nước khu vực Vĩnh Hòa; xây mới 12 phòng học Trường Tiểu học Vĩnh Hải 2 và cải tạo nhà văn hóa các tổ dân phố. "
          "Riêng các dự án chỉnh trang đô thị ven biển được bố trí 38,5 tỷ đồng, nhằm phục vụ phát triển du lịch."),
        H("Tập trung tháo gỡ vướng mắc mặt bằng"),
        P("Thảo luận tại kỳ họp, các đại biểu cơ bản thống nhất với danh mục dự án, đồng thời đề nghị UBND phường làm rõ khả năng "
          "cân đối nguồn thu từ đấu giá quyền sử dụng đất, bởi đây là nguồn vốn chiếm tỷ trọng lớn trong cơ cấu vốn ngân sách "
          "phường. Một số đại biểu phản ánh tiến độ giải phóng mặt bằng dự án thoát nước khu vực Vĩnh Hòa còn chậm, ảnh hưởng "
          "đến sinh hoạt của người dân trong mùa mưa."),
        P("Giải trình ý kiến đại biểu, đồng chí Nguyễn Thị Bảo Ngọc, Chủ tịch UBND phường cho biết: phường đã thành lập tổ "
          "công tác chuyên trách về bồi thường, giải phóng mặt bằng, phối hợp với Trung tâm Phát triển quỹ đất tỉnh hoàn thiện "
          "phương án cho 47 hộ dân còn lại, phấn đấu bàn giao mặt bằng trước ngày 31/3/2027."),
        IMG("Đại biểu HĐND phường biểu quyết thông qua các nghị quyết tại kỳ họp."),
        P("Kết quả, kỳ họp đã biểu quyết thông qua 5 nghị quyết, gồm: Nghị quyết về kế hoạch đầu tư công năm 2027; Nghị quyết "
          "điều chỉnh kế hoạch đầu tư công năm 2026; Nghị quyết về chủ trương đầu tư 6 dự án nhóm C; Nghị quyết về phân bổ "
          "kinh phí sự nghiệp môi trường và Nghị quyết thành lập các Tổ đại biểu HĐND phường."),
        P("Phát biểu bế mạc, đồng chí Lê Hoàng Phúc đề nghị UBND phường khẩn trương triển khai các nghị quyết vừa được thông qua; "
          "các đại biểu HĐND tăng cường giám sát, kịp thời phản ánh những khó khăn, kiến nghị của cử tri, bảo đảm các dự án được "
          "thực hiện đúng tiến độ, chất lượng, công khai, minh bạch."),
    ])

art("t14",
    title="Đặc khu Cô Tô tuyên truyền chống khai thác IUU cho ngư dân",
    pub=dt.datetime(2026, 5, 23, 9, 12, 37),
    author="Vũ Hải Đăng",
    blocks=[
        P("Ngày 22/5, Đồn Biên phòng Cô Tô phối hợp với Phòng Kinh tế đặc khu Cô Tô tổ chức tuyên truyền các quy định về "
          "phòng, chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) cho hơn 150 chủ tàu, "
          "thuyền trưởng và ngư dân tại cảng cá Cô Tô."),
        P("Tại buổi tuyên truyền, báo cáo viên đã thông tin về kết quả thực hiện các khuyến nghị của Ủy ban châu Âu (EC) đối "
          "với ngành thủy sản Việt Nam; phổ biến các quy định của Luật Thủy sản và các nghị định hướng dẫn, trong đó có mức "
          "xử phạt đối với hành vi tắt thiết bị giám sát hành trình, khai thác sai vùng, không ghi nhật ký khai thác theo "
          "quy định."),
        P("Theo thống kê của Phòng Kinh tế đặc khu, hiện Cô Tô có 418 tàu cá, trong đó 67 tàu có chiều dài từ 15 mét trở lên "
          "đã lắp đặt 100% thiết bị giám sát hành trình. Từ đầu năm 2026 đến nay, lực lượng chức năng đã kiểm tra 1.236 lượt "
          "tàu xuất, nhập bến, lập biên bản xử lý 7 trường hợp vi phạm, chủ yếu là không mang theo giấy phép khai thác và "
          "mất kết nối thiết bị giám sát hành trình quá 6 giờ không báo cáo."),
        IMG("Cán bộ Đồn Biên phòng Cô Tô phát tài liệu tuyên truyền cho ngư dân tại cảng cá."),
        H("“Mỗi con tàu là một cột mốc trên biển”"),
        P("Trung tá Đặng Văn Quyết, Chính trị viên Đồn Biên phòng Cô Tô nhấn mạnh: việc chấp hành nghiêm các quy định chống "
          "khai thác IUU không chỉ góp phần gỡ “thẻ vàng” cho thủy sản Việt Nam mà còn bảo vệ quyền lợi lâu dài của chính ngư dân. "
          "“Mỗi con tàu, mỗi ngư dân bám biển là một cột mốc sống khẳng định chủ quyền. Bà con tuyệt đối không đưa tàu sang "
          "vùng biển nước ngoài khai thác, không tiếp tay cho các hành vi vi phạm”, Trung tá Đặng Văn Quyết nói."),
        P("Anh Nguyễn Văn Toàn, chủ tàu QN 90468 TS ở thôn Hải Tiến cho biết: “Trước đây có lúc tàu mất tín hiệu giám sát, "
          "anh em trên tàu không biết phải báo cáo thế nào. Hôm nay được hướng dẫn cụ thể cách kiểm tra thiết bị, cách báo cáo "
          "qua điện thoại vệ tinh, chúng tôi yên tâm hơn khi ra khơi”."),
        X("xemthem"),
        P("Dịp này, Đồn Biên phòng Cô Tô trao tặng 150 lá cờ Tổ quốc, 100 cuốn sổ tay pháp luật về biển, đảo cho ngư dân; "
          "đồng thời tổ chức cho các chủ tàu ký cam kết không vi phạm quy định về khai thác IUU."),
        P("Thời gian tới, đặc khu Cô Tô tiếp tục duy trì tổ công tác liên ngành kiểm soát tàu cá tại cảng, thực hiện nghiêm "
          "việc kiểm tra 100% tàu cá xuất, nhập bến và xử lý dứt điểm các trường hợp vi phạm theo quy định."),
    ])

art("t15",
    title="Công bố nghị quyết, quyết định về sắp xếp đơn vị hành chính và thành lập Đảng bộ các xã mới",
    pub=dt.datetime(2025, 7, 1, 7, 50),
    author="Thu Hằng - Trung tâm Văn hóa, Thể thao và Truyền thông huyện",
    blocks=[
        LEAD("Sáng 30/6, các xã mới thành lập trên địa bàn huyện Nghĩa Hưng đồng loạt tổ chức lễ công bố nghị quyết, quyết định "
             "của Trung ương, của tỉnh về sắp xếp đơn vị hành chính cấp xã; thành lập Đảng bộ xã và chỉ định Ban Chấp hành, "
             "Ban Thường vụ, các chức danh chủ chốt."),
        P("Thực hiện Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Ninh Bình "
          "năm 2025, 24 xã, thị trấn của huyện Nghĩa Hưng được sắp xếp thành 7 xã mới, gồm: xã Nghĩa Hưng, xã Nghĩa Sơn, "
          "xã Hồng Phong, xã Quỹ Nhất, xã Nghĩa Lâm, xã Rạng Đông và xã Đồng Thịnh."),
        P("Tại các buổi lễ, đại diện lãnh đạo tỉnh đã công bố nghị quyết của Ủy ban Thường vụ Quốc hội, quyết định của Ban "
          "Thường vụ Tỉnh ủy về thành lập Đảng bộ xã, chỉ định Ban Chấp hành, Ban Thường vụ, Bí thư, Phó Bí thư Đảng ủy xã "
          "nhiệm kỳ 2020 - 2025; các nghị quyết, quyết định về nhân sự HĐND, UBND, Ủy ban MTTQ Việt Nam và các tổ chức "
          "chính trị - xã hội của xã mới."),
        IMG("Lãnh đạo tỉnh trao quyết định và tặng hoa chúc mừng Ban Chấp hành Đảng bộ xã Nghĩa Hưng."),
        P("Phát biểu tại lễ công bố ở xã Nghĩa Hưng, đồng chí Trần Đức Thịnh, Phó Chủ tịch UBND tỉnh đề nghị tập thể lãnh đạo "
          "các xã mới nhanh chóng ổn định tổ chức bộ máy, vận hành thông suốt ngay từ ngày 01/7/2025; bảo đảm không gián đoạn "
          "việc giải quyết thủ tục hành chính, không để người dân, doanh nghiệp phải đi lại nhiều lần. Các địa phương cần quản "
          "lý chặt chẽ tài sản, trụ sở, hồ sơ, tài liệu tiếp nhận từ các đơn vị cũ, chú trọng công tác tư tưởng đối với cán bộ, "
          "công chức."),
        P("Thay mặt Đảng bộ, chính quyền và Nhân dân xã Nghĩa Hưng, đồng chí Vũ Văn Khánh, Bí thư Đảng ủy xã tiếp thu ý kiến "
          "chỉ đạo và khẳng định sẽ phát huy truyền thống đoàn kết, chung sức xây dựng xã mới phát triển nhanh, bền vững; "
          "tập trung khai thác tiềm năng kinh tế biển, nuôi trồng thủy sản và du lịch sinh thái vùng bãi bồi ven biển."),
        H("Khép lại một chặng đường lịch sử"),
        P("Cùng với việc kết thúc hoạt động của đơn vị hành chính cấp huyện, huyện Nghĩa Hưng khép lại một chặng đường lịch sử "
          "xây dựng và phát triển. Từ một huyện thuần nông, vùng bãi ngang ven biển, Nghĩa Hưng đã trở thành huyện nông thôn mới "
          "nâng cao, có kinh tế biển phát triển với hơn 7.000 ha nuôi trồng thủy sản, hệ thống giao thông kết nối thuận lợi "
          "với các địa phương trong tỉnh."),
        P("Toàn bộ hồ sơ, tài liệu, cơ sở vật chất của các cơ quan cấp huyện đã được bàn giao cho các xã mới và các cơ quan "
          "chuyên môn của tỉnh theo đúng kế hoạch. Cán bộ, công chức, viên chức cấp huyện được bố trí về công tác tại các xã "
          "và các sở, ngành của tỉnh, bảo đảm hoàn thành trước ngày 01/7/2025."),
    ])

art("t16",
    title="Trường Tiểu học Nà Sang long trọng tổ chức Lễ khai giảng năm học 2026 - 2027",
    pub=dt.datetime(2026, 9, 5, 10, 12),
    author="Lường Thị Mai",
    blocks=[
        P("Sáng 5/9, trong không khí tưng bừng của ngày hội đến trường trên cả nước, Trường Tiểu học Nà Sang, xã Mường Chà, "
          "tỉnh Điện Biên long trọng tổ chức Lễ khai giảng năm học 2026 - 2027. Dự lễ có đồng chí Giàng A Dê, Phó Chủ tịch "
          "UBND xã; đại diện Ban đại diện cha mẹ học sinh, các đoàn thể và đông đảo phụ huynh, học sinh."),
        P("Năm học 2026 - 2027, nhà trường có 19 lớp với 512 học sinh tại điểm trường chính và 4 điểm trường lẻ, trong đó học "
          "sinh dân tộc thiểu số chiếm 96,3%, chủ yếu là con em đồng bào Mông, Thái, Khơ Mú. Năm nay, trường đón 97 em học sinh "
          "lớp 1, 100% các em đã được chuẩn bị tiếng Việt trong hè thông qua lớp tiền tiểu học do nhà trường tổ chức."),
        IMG("Các em học sinh lớp 1 được thầy cô và các anh chị đón vào trường."),
        P("Trong năm học vừa qua, thầy và trò nhà trường đã nỗ lực vượt qua khó khăn, hoàn thành tốt các nhiệm vụ. Tỷ lệ học sinh "
          "hoàn thành chương trình lớp học đạt 99,2%, 100% học sinh lớp 5 hoàn thành chương trình tiểu học. Nhà trường có "
          "12 học sinh đạt giải trong Hội thi Trạng nguyên Tiếng Việt cấp tỉnh; 3 giáo viên được công nhận giáo viên dạy giỏi "
          "cấp tỉnh."),
        P("Phát biểu tại buổi lễ, cô giáo Lò Thị Phượng, Hiệu trưởng nhà trường nhấn mạnh: năm học 2026 - 2027, nhà trường tập "
          "trung nâng cao chất lượng dạy học tiếng Việt cho học sinh dân tộc thiểu số, duy trì hiệu quả mô hình bán trú, tiếp tục "
          "thực hiện chương trình giáo dục phổ thông 2018 và đẩy mạnh chuyển đổi số trong quản lý, dạy học."),
        IMG("Cô giáo Lò Thị Phượng, Hiệu trưởng nhà trường đánh trống khai giảng năm học mới."),
        P("Dịp này, UBND xã Mường Chà và các nhà hảo tâm đã trao tặng nhà trường 200 bộ quần áo đồng phục, 300 bộ sách giáo khoa, "
          "150 chiếc áo ấm và nhiều đồ dùng học tập cho học sinh có hoàn cảnh khó khăn với tổng trị giá gần 120 triệu đồng."),
        IMG("Đại diện UBND xã trao quà cho học sinh có hoàn cảnh khó khăn."),
        P("Sau lễ khai giảng, các em học sinh tham gia chương trình văn nghệ chào mừng năm học mới với các tiết mục múa xòe, "
          "hát dân ca Mông và trò chơi dân gian, tạo không khí vui tươi, phấn khởi trong ngày hội đến trường."),
    ])

art("t17",
    title="Hướng dẫn đăng ký khai sinh, thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi qua dịch vụ công liên thông",
    pub=dt.datetime(2026, 6, 12, 9, 5),
    author="Trần Quốc Việt, Ngô Thị Bích",
    blocks=[
        LEAD("Thay vì phải đến ba cơ quan khác nhau, cha mẹ có thể thực hiện đồng thời ba thủ tục đăng ký khai sinh, đăng ký "
             "thường trú và cấp thẻ bảo hiểm y tế cho con dưới 6 tuổi chỉ với một lần nộp hồ sơ trực tuyến. Trung tâm Phục vụ "
             "hành chính công phường hướng dẫn các bước thực hiện như sau."),
        H("Bước 1: Đăng nhập Cổng Dịch vụ công quốc gia"),
        P("Truy cập Cổng Dịch vụ công quốc gia, chọn “Đăng nhập” và sử dụng tài khoản định danh điện tử mức độ 2 trên ứng dụng "
          "VNeID để xác thực. Người thực hiện là cha hoặc mẹ của trẻ."),
        IMG("Giao diện đăng nhập bằng tài khoản định danh điện tử (Ảnh chụp màn hình)."),
        H("Bước 2: Chọn nhóm thủ tục liên thông"),
        P("Tại mục “Dịch vụ công liên thông”, chọn “Khai sinh, khai tử”, sau đó chọn nhóm thủ tục “Đăng ký khai sinh - Đăng ký "
          "thường trú - Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi”. Chọn nơi thực hiện là tỉnh, thành phố và xã, phường nơi "
          "đăng ký khai sinh cho trẻ."),
        H("Bước 3: Kê khai thông tin và đính kèm giấy tờ"),
        P("Người dân kê khai đầy đủ thông tin của trẻ, thông tin cha, mẹ theo biểu mẫu điện tử. Các giấy tờ cần chụp hoặc "
          "quét để đính kèm gồm:"),
        UL("Giấy chứng sinh do cơ sở y tế cấp, hoặc văn bản của người làm chứng xác nhận về việc sinh nếu trẻ sinh ngoài "
           "cơ sở y tế;",
           "Giấy chứng nhận kết hôn của cha, mẹ (nếu thông tin hôn nhân chưa có trong Cơ sở dữ liệu hộ tịch điện tử);",
           "Văn bản ủy quyền có chứng thực trong trường hợp ủy quyền cho người khác thực hiện."),
        H("Bước 4: Nộp hồ sơ và theo dõi kết quả"),
        P("Sau khi kiểm tra lại thông tin, người dân bấm “Nộp hồ sơ”. Hệ thống cấp mã hồ sơ và gửi thông báo qua tin nhắn, "
          "thư điện tử. Lệ phí đăng ký khai sinh đúng hạn được miễn; thủ tục đăng ký thường trú và cấp thẻ bảo hiểm y tế "
          "cho trẻ dưới 6 tuổi không phải nộp phí."),
        P("Thời gian giải quyết tối đa là 5 ngày làm việc. Kết quả gồm bản điện tử Giấy khai sinh, thông tin đăng ký thường trú "
          "được cập nhật vào Cơ sở dữ liệu quốc gia về dân cư và thẻ bảo hiểm y tế điện tử của trẻ hiển thị trên ứng dụng VNeID. "
          "Trường hợp cần bản giấy, người dân đăng ký nhận qua dịch vụ bưu chính công ích hoặc trực tiếp tại Trung tâm."),
        P("Từ đầu năm 2026 đến nay, Trung tâm Phục vụ hành chính công phường đã tiếp nhận 1.318 hồ sơ liên thông khai sinh, "
          "trong đó 87% được nộp trực tuyến. Người dân cần hỗ trợ có thể đến quầy số 2 tại Trung tâm hoặc liên hệ tổ công nghệ "
          "số cộng đồng ở các khu phố."),
    ])

art("t18",
    title="Trung tâm Phục vụ hành chính công xã Vị Xuyên: Lấy sự hài lòng của người dân làm thước đo",
    pub=dt.datetime(2026, 5, 5, 8, 12),
    author="Phạm Quốc Bảo (Trung tâm Phục vụ hành chính công xã)",
    blocks=[
        P("Sau hơn 10 tháng đi vào hoạt động, Trung tâm Phục vụ hành chính công xã Vị Xuyên từng bước khẳng định vai trò là "
          "“cầu nối” giữa chính quyền với người dân, doanh nghiệp. Nhiều cách làm mới được triển khai, góp phần rút ngắn thời "
          "gian giải quyết thủ tục hành chính và nâng cao mức độ hài lòng của người dân."),
        P("Trung tâm hiện bố trí 7 quầy tiếp nhận với 9 công chức, tiếp nhận 312 thủ tục hành chính thuộc thẩm quyền giải quyết "
          "của cấp xã và một số thủ tục của các sở, ngành được ủy quyền. Trung bình mỗi ngày, Trung tâm tiếp nhận từ 80 đến "
          "120 hồ sơ, cao điểm có ngày trên 200 hồ sơ, chủ yếu thuộc lĩnh vực đất đai, hộ tịch và chứng thực."),
        P("Để hỗ trợ người dân ở các thôn vùng cao đi lại khó khăn, Trung tâm thành lập tổ tiếp nhận hồ sơ lưu động, định kỳ "
          "mỗi tháng hai lần đến nhà văn hóa các thôn xa trung tâm như Thượng Sơn, Lùng Càng, Nậm Ngặt để hướng dẫn, tiếp nhận "
          "hồ sơ tại chỗ. Mỗi đợt, tổ lưu động tiếp nhận từ 40 đến 60 hồ sơ, hướng dẫn hàng trăm lượt người dân cài đặt, kích "
          "hoạt tài khoản định danh điện tử."),
        H("Thái độ phục vụ là yếu tố then chốt"),
        P("Bà Triệu Thị Mai, Giám đốc Trung tâm cho biết, ngoài việc chuẩn hóa quy trình, Trung tâm đặc biệt chú trọng thái độ, "
          "tác phong của công chức tiếp nhận. Mỗi công chức phải nắm vững quy trình của ít nhất hai lĩnh vực để có thể hỗ trợ "
          "lẫn nhau khi lượng hồ sơ tăng đột biến. Công chức tại quầy được yêu cầu hướng dẫn đầy đủ một lần, không để người dân "
          "phải bổ sung hồ sơ nhiều lần."),
        P("Trung tâm đã lắp đặt thiết bị đánh giá mức độ hài lòng tại từng quầy và mã QR để người dân phản ánh, kiến nghị. "
          "Kết quả khảo sát quý I năm 2026 cho thấy 98,6% lượt đánh giá ở mức “rất hài lòng” và “hài lòng”; không có phản ánh "
          "về thái độ gây phiền hà, sách nhiễu."),
        IMG("Công chức Trung tâm hướng dẫn người dân thôn Lùng Càng kích hoạt tài khoản định danh điện tử."),
        P("Ông Sùng Mí Lử, thôn Lùng Càng chia sẻ: “Trước đây muốn làm giấy tờ đất phải đi xuống huyện, mất cả ngày đường. "
          "Giờ cán bộ lên tận thôn hướng dẫn, làm hồ sơ xong cũng được gửi kết quả về tận nơi, bà con rất phấn khởi”."),
        P("Thời gian tới, Trung tâm tiếp tục đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; phối hợp với các "
          "đoàn thể nhân rộng đội hình hỗ trợ người dân thực hiện dịch vụ công trực tuyến, phấn đấu đến cuối năm 2026 tỷ lệ "
          "hồ sơ nộp trực tuyến đạt trên 80%."),
    ])

art("t19",
    title="Tuyên truyền kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)",
    pub=dt.datetime(2026, 1, 29, 7, 30),
    author="Lò Thị Ngọc Anh, Ban Xây dựng Đảng",
    blocks=[
        P("Hướng tới kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam, Ban Thường vụ Đảng ủy xã Thanh Sơn ban hành kế hoạch "
          "tuyên truyền với nhiều hình thức phong phú, thiết thực, gắn với việc tuyên truyền kết quả Đại hội đại biểu toàn quốc "
          "lần thứ XIV của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031."),
        H("Nội dung tuyên truyền"),
        UL("Truyền thống vẻ vang của Đảng Cộng sản Việt Nam qua 96 năm lãnh đạo cách mạng Việt Nam; vai trò, công lao to lớn "
           "của Chủ tịch Hồ Chí Minh đối với việc thành lập Đảng.",
           "Những thành tựu to lớn, có ý nghĩa lịch sử của đất nước sau 40 năm đổi mới; kết quả Đại hội đại biểu toàn quốc "
           "lần thứ XIV của Đảng.",
           "Kết quả sau hơn 6 tháng vận hành mô hình chính quyền địa phương hai cấp; những mô hình, cách làm hiệu quả trong "
           "xây dựng Đảng bộ, chính quyền xã trong sạch, vững mạnh.",
           "Đấu tranh phản bác các quan điểm sai trái, thù địch, xuyên tạc chủ trương sắp xếp tổ chức bộ máy, sắp xếp đơn vị "
           "hành chính của Đảng, Nhà nước."),
        H("Hình thức tuyên truyền"),
        P("Các chi bộ tổ chức sinh hoạt chuyên đề về truyền thống của Đảng; hệ thống truyền thanh xã tăng thời lượng phát sóng, "
          "xây dựng chuyên mục về lịch sử Đảng bộ xã; treo cờ Đảng, cờ Tổ quốc, băng rôn, khẩu hiệu tại trụ sở cơ quan, trường học, "
          "nhà văn hóa các khu dân cư và trục đường chính. Đoàn Thanh niên xã tổ chức hành trình về nguồn, dâng hương tưởng niệm "
          "các anh hùng liệt sĩ tại Nghĩa trang liệt sĩ xã."),
        P("Dịp này, Đảng ủy xã tổ chức trao Huy hiệu Đảng cho 34 đảng viên, trong đó có 2 đảng viên nhận Huy hiệu 75 năm tuổi "
          "Đảng, 5 đảng viên nhận Huy hiệu 60 năm tuổi Đảng; kết nạp 18 đảng viên mới là đoàn viên ưu tú, quần chúng tiêu biểu "
          "trong các phong trào thi đua."),
        Q("Mỗi cán bộ, đảng viên phải là một tuyên truyền viên tích cực, nói đi đôi với làm, để Nhân dân tin và đi theo Đảng "
          "trong chặng đường phát triển mới của xã."),
        P("Đó là yêu cầu được đồng chí Hà Văn Thắng, Bí thư Đảng ủy xã nhấn mạnh tại hội nghị triển khai kế hoạch tuyên truyền "
          "ngày 28/01."),
        P("Ban Thường vụ Đảng ủy xã yêu cầu các chi bộ, cơ quan, đơn vị bám sát kế hoạch, tổ chức tuyên truyền thiết thực, "
          "tiết kiệm, tránh hình thức; gắn các hoạt động kỷ niệm với việc chăm lo Tết Nguyên đán Bính Ngọ năm 2026 cho các gia "
          "đình chính sách, hộ nghèo, bảo đảm mọi người, mọi nhà đều được đón Tết vui tươi, đầm ấm."),
    ])

art("t20",
    title="Sôi nổi Giải bóng chuyền hơi các khu dân cư xã Long Điền năm 2026",
    pub=dt.datetime(2026, 10, 3, 9, 15),
    author="Minh Châu",
    blocks=[
        P("Từ ngày 30/9 đến ngày 02/10, Trung tâm Văn hóa, Thông tin và Thể thao xã Long Điền tổ chức Giải bóng chuyền hơi các "
          "khu dân cư năm 2026, thu hút 16 đội với gần 200 vận động viên là hội viên Hội Người cao tuổi, Hội Liên hiệp Phụ nữ "
          "và đoàn viên thanh niên đến từ 12 ấp trên địa bàn xã tham gia."),
        P("Giải được chia thành hai nội dung thi đấu gồm đồng đội nam - nữ phối hợp và đồng đội nữ, thi đấu theo thể thức vòng "
          "tròn tính điểm ở vòng bảng, chọn các đội có thành tích cao nhất vào thi đấu loại trực tiếp. Các trận đấu diễn ra tại "
          "sân thể thao của Trung tâm và nhà văn hóa ấp Phước Thạnh."),
        IMG("Trận chung kết nội dung đồng đội nam - nữ phối hợp giữa đội ấp Phước Thạnh và đội ấp Long Hiệp."),
        P("Theo ông Nguyễn Hữu Tài, Giám đốc Trung tâm, bóng chuyền hơi là môn thể thao nhẹ nhàng, phù hợp với nhiều lứa tuổi, "
          "đang được đông đảo người dân trong xã lựa chọn tập luyện mỗi buổi chiều. Hiện toàn xã có 23 câu lạc bộ bóng chuyền "
          "hơi với hơn 400 hội viên thường xuyên sinh hoạt."),
        P("Sau ba ngày thi đấu sôi nổi, Ban Tổ chức đã trao giải nhất nội dung đồng đội nam - nữ phối hợp cho đội ấp Phước Thạnh, "
          "giải nhì cho đội ấp Long Hiệp, giải ba cho đội ấp An Hải và đội ấp Bến Đình. Ở nội dung đồng đội nữ, giải nhất thuộc "
          "về đội Chi hội Phụ nữ ấp Long Hiệp."),
        P("Bà Lê Thị Út, 64 tuổi, thành viên đội ấp An Hải chia sẻ: “Tuổi già chơi bóng chuyền hơi vừa khỏe người, vừa có thêm "
          "bạn bè. Được giao lưu với các ấp trong xã mới, chúng tôi thấy gắn bó hơn, như người một nhà”."),
        IMG("Ban Tổ chức trao giải nhất cho đội ấp Phước Thạnh."),
        P("Giải đấu là hoạt động thiết thực chào mừng Ngày Quốc tế Người cao tuổi 1/10 và hưởng ứng cuộc vận động “Toàn dân "
          "rèn luyện thân thể theo gương Bác Hồ vĩ đại”, góp phần tăng cường đoàn kết, gắn bó giữa các khu dân cư sau khi sắp "
          "xếp đơn vị hành chính."),
        P("Ban Tổ chức cũng trao giải phong cách cho đội ấp Bến Đình và tặng quà động viên cho ba vận động viên lớn tuổi nhất "
          "giải, trong đó vận động viên cao tuổi nhất năm nay đã 78 tuổi."),
    ])


# ================================================================ body renderers
def cell_parts(c):
    if isinstance(c, str):
        return c, ""
    return c[0], (" " + c[1] if c[1] else "")


def table_html(rows, head, open_tag, cell, hcell, thead=False):
    out = [open_tag]
    for i, row in enumerate(rows):
        if thead and i == 0:
            out.append("<thead>")
        if thead and i == 1:
            out.append("<tbody>")
        if not thead and i == 0:
            out.append("<tbody>")
        tds = "".join((hcell if i < head else cell)(*cell_parts(c)) for c in row)
        out.append(f"<tr>{tds}</tr>")
        if thead and i == 0:
            out.append("</thead>")
    out.append("</tbody></table>")
    return "\n".join(out)


class Imgs:
    def __init__(self, rng, base, w=640, h=427):
        self.rng, self.base, self.n, self.w, self.h = rng, base, 0, w, h

    def __call__(self):
        self.n += 1
        return f"{self.base}/{rid(self.rng, 8, '0123456789abcdef')}-{self.n}.jpg"


def r_liferay(b, rng, img):
    k = b[0]
    if k == "p":
        return f'<p style="text-align: justify;">{b[1]}</p>'
    if k == "h":
        return f'<p style="text-align: justify;"><strong>{b[1]}</strong></p>'
    if k in ("ul", "ol"):
        return f"<{k}>" + "".join(f'<li style="text-align: justify;">{i}</li>' for i in b[1]) + f"</{k}>"
    if k == "table":
        return table_html(b[1], b[2], '<table border="1" cellpadding="0" cellspacing="0" style="width:100%;">',
                          lambda t, a: f'<td{a} style="vertical-align:top;"><p>{t}</p></td>',
                          lambda t, a: f'<td{a} style="text-align:center;"><p><strong>{t}</strong></p></td>')
    if k == "img":
        src = img()
        cap = f'<tr><td style="text-align: center;"><em>{b[1]}</em></td></tr>' if b[1] else ""
        return ('<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:600px;"><tbody>'
                f'<tr><td><img alt="" src="{src}" style="width: 600px; height: 400px;" /></td></tr>{cap}</tbody></table>')
    if k == "quote":
        return f"<blockquote><p>{b[1]}</p></blockquote>"
    raise ValueError(k)


def r_sp(b, rng, img):
    span = "<span style=\"font-family:&quot;times new roman&quot;, serif;font-size:13pt;\">"
    k = b[0]
    if k == "p":
        return f'<p style="text-align:justify;">{span}{b[1]}</span></p>'
    if k == "h":
        return f'<p style="text-align:justify;">{span}<strong>{b[1]}</strong></span></p>'
    if k in ("ul", "ol"):
        return f"<{k}>" + "".join(f'<li><p style="text-align:justify;">{span}{i}</span></p></li>' for i in b[1]) + f"</{k}>"
    if k == "table":
        return table_html(b[1], b[2], '<table class="ms-rteTable-default" width="100%" cellspacing="0">',
                          lambda t, a: f'<td class="ms-rteTable-default"{a}>{span}{t}</span></td>',
                          lambda t, a: f'<th class="ms-rteTableHeaderEvenCol-default"{a}>{span}<strong>{t}</strong></span></th>')
    if k == "img":
        src = img()
        cap = f'<p style="text-align:center;">{span}<em>{b[1]}</em></span></p>' if b[1] else ""
        return f'<p style="text-align:center;"><img src="{src}" alt="{esc(clean(b[1] or ""))}" style="margin:5px;width:620px;" /></p>{cap}'
    if k == "quote":
        return f'<blockquote><p>{span}<em>{b[1]}</em></span></p></blockquote>'
    raise ValueError(k)


def r_bs(b, rng, img, h="h3"):
    k = b[0]
    if k == "p":
        return f"<p>{b[1]}</p>"
    if k == "h":
        return f"<{h}>{b[1]}</{h}>"
    if k in ("ul", "ol"):
        return f"<{k}>\n" + "\n".join(f"  <li>{i}</li>" for i in b[1]) + f"\n</{k}>"
    if k == "table":
        return ('<div class="table-responsive">' +
                table_html(b[1], b[2], '<table class="table table-bordered table-striped">',
                           lambda t, a: f"<td{a}>{t}</td>", lambda t, a: f"<th{a}>{t}</th>", thead=True) + "</div>")
    if k == "img":
        src = img()
        cap = f"<figcaption>{b[1]}</figcaption>" if b[1] else ""
        return f'<figure class="image"><img src="{src}" alt="{esc(clean(b[1] or "Ảnh minh họa"))}" width="760" height="507" loading="lazy">{cap}</figure>'
    if k == "quote":
        return f'<blockquote class="quote"><p>{b[1]}</p></blockquote>'
    raise ValueError(k)


def r_div(b, rng, img):
    k = b[0]
    if k == "p":
        return f'<div style="text-align: justify;">{b[1]}</div>'
    if k == "h":
        return f'<div style="text-align: justify;"><b>{b[1]}</b></div>'
    if k == "ul":
        return "".join(f'<div style="text-align: justify;">- {i}</div>' for i in b[1])
    if k == "ol":
        return "<ol>" + "".join(f"<li>{i}</li>" for i in b[1]) + "</ol>"
    if k == "table":
        return table_html(b[1], b[2], '<table border="1" cellpadding="4" cellspacing="0" width="100%" style="border-collapse:collapse">',
                          lambda t, a: f'<td{a} valign="top">{t}</td>',
                          lambda t, a: f'<td{a} align="center" bgcolor="#dbe5f1"><b>{t}</b></td>')
    if k == "img":
        src = img()
        cap = f'<div style="text-align: center;"><em>{b[1]}</em></div>' if b[1] else ""
        return f'<div style="text-align: center;"><img alt="" src="{src}" style="width: 100%; max-width: 700px;" /></div>{cap}'
    raise ValueError(k)


def r_font(b, rng, img):
    k = b[0]
    f = '<font face="Arial" size="2">'
    if k == "p":
        return f'<p align="justify">{f}{b[1]}</font></p>'
    if k == "h":
        return f'<p align="justify">{f}<b>{b[1]}</b></font></p>'
    if k in ("ul", "ol"):
        return f"<{k}>" + "".join(f'<li><p align="justify">{f}{i}</font></p></li>' for i in b[1]) + f"</{k}>"
    if k == "img":
        src = img()
        cap = f'<br><font face="Arial" size="1"><i>{b[1]}</i></font>' if b[1] else ""
        return f'<p align="center"><img src="{src}" border="0" width="450">{cap}</p>'
    raise ValueError(k)


def r_joomla(b, rng, img):
    k = b[0]
    if k == "p":
        return f'<p style="text-align: justify;">{b[1]}</p>'
    if k == "h":
        return f'<h3 style="text-align: justify;"><strong>{b[1]}</strong></h3>'
    if k in ("ul", "ol"):
        return f"<{k}>" + "".join(f"<li>{i}</li>" for i in b[1]) + f"</{k}>"
    if k == "img":
        src = img()
        cap = f"<br /><em>{b[1]}</em>" if b[1] else ""
        return f'<p style="text-align: center;"><img src="{src}" alt="" width="700" height="466" />{cap}</p>'
    raise ValueError(k)


def word_runs(rng, text, style):
    """Split a run of text into several Word spans, sometimes inside a word."""
    cuts = sorted(rng.sample(range(3, max(4, len(text) - 3)), min(2, max(0, len(text) - 8))))
    pieces, last = [], 0
    for c in cuts:
        if text[c - 1].isalpha() and text[c].isalpha() or text[c] == " ":
            pieces.append(text[last:c])
            last = c
    pieces.append(text[last:])
    langs = ["lang=VI ", "", "lang=EN-US "]
    return "".join(f"<span {rng.choice(langs)}style='{style}'>{p}</span>" for p in pieces if p)


WSTY = "font-size:14.0pt;font-family:\"Times New Roman\",serif"


def r_word(b, rng, img):
    k = b[0]
    ps = ("margin-top:6.0pt;margin-right:0cm;margin-bottom:6.0pt;margin-left:0cm;text-align:justify;"
          "text-indent:36.0pt;line-height:115%")
    if k == "p":
        return f"<p class=MsoNormal style='{ps}'>{word_runs(rng, b[1], WSTY)}<o:p></o:p></p>"
    if k == "h":
        return (f"<p class=MsoNormal style='{ps}'><b><span lang=VI style='{WSTY}'>{b[1]}</span></b>"
                "<b><span style='" + WSTY + "'><o:p></o:p></span></b></p>")
    if k in ("ul", "ol"):
        out = []
        n = len(b[1])
        for j, it in enumerate(b[1]):
            cls = "MsoListParagraphCxSpFirst" if j == 0 else ("MsoListParagraphCxSpLast" if j == n - 1 else "MsoListParagraphCxSpMiddle")
            mark = "-" if k == "ul" else f"{j + 1}."
            out.append(f"<p class={cls} style='margin-top:3.0pt;text-align:justify;text-indent:-18.0pt;line-height:115%;"
                       f"mso-list:l{rng.randrange(0, 4)} level1 lfo{rng.randrange(1, 6)}'><![if !supportLists]><span style='{WSTY}'>"
                       f"<span style='mso-list:Ignore'>{mark}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
                       f"</span></span></span><![endif]>{word_runs(rng, it, WSTY)}<o:p></o:p></p>")
        return "\n".join(out)
    if k == "table":
        return table_html(b[1], b[2], "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>",
                          lambda t, a: f"<td{a} valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>"
                                       f"<span style='{WSTY}'>{t}<o:p></o:p></span></p></td>",
                          lambda t, a: f"<td{a} valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'>"
                                       f"<b><span style='{WSTY}'>{t}<o:p></o:p></span></b></p></td>")
    raise ValueError(k)


RENDER = {"liferay": r_liferay, "sp": r_sp, "bs": r_bs, "div": r_div, "font": r_font,
          "joomla": r_joomla, "word": r_word}


def render(a, style, rng, img, x=None, sep="\n", blank=0.0, blank_html="<p>&nbsp;</p>", h=None):
    out = []
    for b in body_of(a["blocks"]):
        if b[0] == "x":
            out.append(x[b[1]])
        elif h:
            out.append(RENDER[style](b, rng, img, h=h))
        else:
            out.append(RENDER[style](b, rng, img))
        if blank and rng.random() < blank:
            out.append(blank_html)
    return sep.join(out)


# ================================================================ chrome helpers
MENU_XA = [
    ("Trang chủ", []),
    ("Giới thiệu", ["Tổng quan", "Lịch sử hình thành", "Điều kiện tự nhiên", "Cơ cấu tổ chức", "Lãnh đạo", "Bản đồ hành chính"]),
    ("Tin tức - Sự kiện", ["Tin hoạt động", "Tin trong tỉnh", "Chuyển đổi số", "Cải cách hành chính", "Quốc phòng - An ninh",
                           "Văn hóa - Xã hội", "Kinh tế", "Thông báo"]),
    ("Hệ thống chính trị", ["Đảng ủy", "Hội đồng nhân dân", "Ủy ban nhân dân", "Ủy ban MTTQ Việt Nam", "Đoàn Thanh niên",
                            "Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh"]),
    ("Văn bản", ["Văn bản chỉ đạo điều hành", "Văn bản quy phạm pháp luật", "Dự thảo lấy ý kiến", "Văn bản của tỉnh"]),
    ("Thủ tục hành chính", ["Dịch vụ công trực tuyến", "Tra cứu hồ sơ", "Bộ thủ tục hành chính", "Kết quả giải quyết hồ sơ"]),
    ("Công khai", ["Công khai ngân sách", "Quy hoạch - Kế hoạch", "Đầu tư công", "Đất đai", "Kết luận thanh tra"]),
    ("Tuyên truyền", ["Phổ biến giáo dục pháp luật", "Học tập và làm theo Bác", "Phòng chống tham nhũng", "Bình đẳng giới"]),
    ("Hỏi đáp", []),
    ("Liên hệ", []),
]


def mega_menu_li(rng, base, depth=True, cls=("dropdown", "dropdown-menu", "nav-item", "nav-link")):
    out = []
    for top, subs in MENU_XA:
        href = f"{base}/{slug(top)}"
        if not subs:
            out.append(f'<li class="{cls[2]}"><a class="{cls[3]}" href="{href}">{top}</a></li>')
            continue
        inner = []
        for s in subs:
            sub3 = ""
            if depth and rng.random() < 0.35:
                sub3 = "<ul>" + "".join(f'<li><a href="{href}/{slug(s)}/{slug(t)}">{t}</a></li>'
                                        for t in rng.sample(["Năm 2025", "Năm 2026", "Lưu trữ", "Hình ảnh", "Video", "Tài liệu"], 3)) + "</ul>"
            inner.append(f'<li><a href="{href}/{slug(s)}">{s}</a>{sub3}</li>')
        out.append(f'<li class="{cls[2]} {cls[0]}"><a class="{cls[3]}" href="{href}">{top}</a>'
                   f'<ul class="{cls[1]}">{"".join(inner)}</ul></li>')
    return "\n".join(out)


def province_select(name="lienket", label="-- Liên kết website --"):
    opts = "".join(f'<option value="https://{slug(p).replace("-", "")}.gov.vn">Cổng TTĐT {"" if p.startswith("Thành phố") else "tỉnh "}{p}</option>'
                   for p in PROVINCES)
    return f'<select name="{name}" onchange="window.open(this.value)"><option value="">{label}</option>{opts}</select>'


def poll_html(rng, q, opts, cls="poll"):
    qid = rng.randrange(10, 99)
    items = "".join(f'<li><label><input type="radio" name="poll{qid}" value="{i}"> {o}</label></li>' for i, o in enumerate(opts))
    return (f'<div class="{cls}"><div class="{cls}-title">Thăm dò ý kiến</div><p class="{cls}-q">{q}</p>'
            f'<ul>{items}</ul><button type="button">Bình chọn</button> <a href="#">Xem kết quả</a></div>')


POLL_Q = ("Bạn đánh giá thế nào về chất lượng phục vụ của Trung tâm Phục vụ hành chính công?",
          ["Rất hài lòng", "Hài lòng", "Bình thường", "Chưa hài lòng"])


def fill(page, target, maker, rng):
    """Replace %%PAD%% so that the page is `target` bytes (approximately)."""
    cur = len(page.replace("%%PAD%%", "").encode("utf-8"))
    need = target - cur
    return page.replace("%%PAD%%", maker(rng, need) if need > 0 else "")


def svg_pad(rng, need):
    head = '<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">'
    tail = "</svg>"
    syms, size, i = [], len(head) + len(tail), 0
    while size < need:
        pts = " ".join(f"{rng.choice('MLCQ')}{rng.randrange(0, 2400) / 100:.2f} {rng.randrange(0, 2400) / 100:.2f}"
                       for _ in range(rng.randrange(20, 60)))
        s = f'<symbol id="ico-{i}" viewBox="0 0 24 24"><path d="{pts}Z"/></symbol>'
        syms.append(s)
        size += len(s)
        i += 1
    return head + "".join(syms) + tail


def vs_pad(rng, need):
    return b64(rng, max(1, need * 3 // 4))


def footer_lines(org, addr, phone, email, boss, licence):
    return [f"Cơ quan chủ quản: {org}", f"Địa chỉ: {addr}", f"Điện thoại: {phone} - Email: {email}",
            f"Chịu trách nhiệm chính: {boss}", licence,
            "Ghi rõ nguồn khi phát hành lại thông tin từ website này."]


# ================================================================ t01: VNPT ePortal (Liferay), ward portal, 150 KB
def page_t01(a, rng):
    site = "Cổng thông tin điện tử phường Tân Lập"
    base = "https://tanlap.thainguyen.gov.vn"
    inst = "Kq9mT2xLpR4a"
    img = Imgs(rng, "/documents/20182/" + str(rng.randrange(100000, 999999)))
    lead = lead_of(a["blocks"])
    body = render(a, "liferay", rng, img, blank=0.15)
    other = heads(rng, 12, end=dt.date(2026, 1, 7))
    docs_l = docs(rng, 10)
    read = heads(rng, 8)
    c = counter(rng)
    portlets = ["com_liferay_journal_content_web_portlet_JournalContentPortlet",
                "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet",
                "com_liferay_site_navigation_menu_web_portlet_SiteNavigationMenuPortlet",
                "vnpt_thongke_portlet", "vnpt_lienket_portlet", "vnpt_vanban_portlet", "vnpt_lichcongtac_portlet"]
    reg = ";".join(f'Liferay.Portlet.register("{p}_INSTANCE_{rid(rng, 12)}")' for p in portlets * 3)
    onload = "\n".join(
        f'Liferay.Portlet.onLoad({{canEditTitle:false,columnPos:{i},isStatic:"end",namespacedId:"p_p_id_{p}_INSTANCE_{rid(rng, 12)}_",'
        f'portletId:"{p}_INSTANCE_{rid(rng, 12)}",refreshURL:"\\/c\\/portal\\/render_portlet?p_l_id={rng.randrange(10000, 99999)}&p_p_id={p}",'
        f'refreshURLData:{{}}}});' for i, p in enumerate(portlets * 4))
    mega = mega_menu_li(rng, base)
    mega_mobile = mega_menu_li(rng, base, depth=False, cls=("has-child", "child-menu", "m-item", "m-link"))
    tags = ["chính quyền hai cấp", "sơ kết", "cải cách hành chính", "phường Tân Lập"]
    other_html = "\n".join(
        f'<li class="asset-entry"><a href="{base}/tin-tuc-su-kien/-/asset_publisher/{inst}/content/{slug(t, False)}">{t}</a>'
        f' <span class="date">({dmy(d)})</span></li>' for t, d, _ in other)
    docs_html = "\n".join(
        f'<div class="vb-item"><a href="{base}/van-ban/-/vb/{n}" title="{esc(s)}"><span class="vb-so">{n}</span></a>'
        f'<p class="vb-trichyeu">{s}</p><span class="vb-ngay">Ngày ban hành: {dmy(d)}</span></div>' for n, d, s in docs_l)
    read_html = "\n".join(f'<li><span class="stt">{i + 1}</span><a href="{base}/-/{slug(t, False)}">{t}</a></li>'
                          for i, (t, d, _) in enumerate(read))
    d = a["pub"]
    page = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(a["title"])} - {site}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{esc(clean(lead))}" lang="vi-VN" name="description" />
<meta property="og:title" content="{esc(a["title"])}" />
<meta property="og:url" content="{a["url"]}" />
<meta property="og:type" content="website" />
<link href="/o/vnpt-portal-theme/images/favicon.ico" rel="icon" />
<link data-senna-track="temporary" href="{a["url"]}" rel="canonical" />
<link class="lfr-css-file" data-senna-track="temporary" href="/o/vnpt-portal-theme/css/clay.css?browserId=other&amp;themeId=vnptportaltheme_WAR_vnptportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7310&amp;t=1718075826000" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?browserId=other&amp;themeId=vnptportaltheme_WAR_vnptportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7310&amp;t=1718075715000" id="liferayPortalCSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {{}};
Liferay.Browser = {{acceptsGzip: function() {{return true;}},getMajorVersion: function() {{return 131.0;}},getRevision: function() {{return "537.36";}},getVersion: function() {{return "131.0";}},isAir: function() {{return false;}},isChrome: function() {{return true;}},isEdge: function() {{return false;}},isFirefox: function() {{return false;}},isGecko: function() {{return true;}},isIe: function() {{return false;}},isIphone: function() {{return false;}},isLinux: function() {{return true;}},isMac: function() {{return false;}},isMobile: function() {{return false;}},isMozilla: function() {{return false;}},isOpera: function() {{return false;}},isRtf: function() {{return true;}},isSafari: function() {{return true;}},isSun: function() {{return false;}},isWebKit: function() {{return true;}},isWindows: function() {{return false;}}}};
Liferay.Data = Liferay.Data || {{}};
Liferay.Data.ICONS_INLINE_SVG = true;
Liferay.Data.NAV_SELECTOR = "#navigation";
Liferay.Data.NAV_SELECTOR_MOBILE = "#navigationCollapse";
Liferay.Data.isCustomizationView = function() {{return false;}};
Liferay.Data.notices = [null];
Liferay.PortletKeys = {{DOCUMENT_LIBRARY: "com_liferay_document_library_web_portlet_DLPortlet",DYNAMIC_DATA_MAPPING: "com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet",ITEM_SELECTOR: "com_liferay_item_selector_web_portlet_ItemSelectorPortlet"}};
Liferay.PropsValues = {{JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0,NTLM_AUTH_ENABLED: false,UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600}};
Liferay.ThemeDisplay = {{getLayoutId: function() {{return "23";}},getLayoutRelativeControlPanelURL: function() {{return "/group/guest/~/control_panel/manage";}},getLayoutRelativeURL: function() {{return "/tin-tuc-su-kien";}},getLayoutURL: function() {{return "{base}/tin-tuc-su-kien";}},getParentLayoutId: function() {{return "0";}},isControlPanel: function() {{return false;}},isPrivateLayout: function() {{return "false";}},isVirtualLayout: function() {{return false;}},getBCP47LanguageId: function() {{return "vi-VN";}},getCanonicalURL: function() {{return "{a["url"]}";}},getCDNBaseURL: function() {{return "{base}";}},getCDNDynamicResourcesHost: function() {{return "";}},getCDNHost: function() {{return "";}},getCompanyGroupId: function() {{return "20127";}},getCompanyId: function() {{return "20099";}},getDefaultLanguageId: function() {{return "vi_VN";}},getDoAsUserIdEncoded: function() {{return "";}},getLanguageId: function() {{return "vi_VN";}},getParentGroupId: function() {{return "{rng.randrange(100000, 999999)}";}},getPathContext: function() {{return "";}},getPathImage: function() {{return "/image";}},getPathJavaScript: function() {{return "/o/frontend-js-web";}},getPathMain: function() {{return "/c";}},getPathThemeImages: function() {{return "{base}/o/vnpt-portal-theme/images";}},getPathThemeRoot: function() {{return "/o/vnpt-portal-theme";}},getPlid: function() {{return "{rng.randrange(1000, 9999)}";}},getPortalURL: function() {{return "{base}";}},getRealUserId: function() {{return "20103";}},getScopeGroupId: function() {{return "{rng.randrange(100000, 999999)}";}},getScopeGroupIdOrLiveGroupId: function() {{return "{rng.randrange(100000, 999999)}";}},getSessionId: function() {{return "";}},getSiteAdminURL: function() {{return "{base}/group/guest/~/control_panel/manage?p_p_lifecycle=0&p_p_state=maximized&p_v_l_s_g_id=20126";}},getSiteGroupId: function() {{return "20126";}},getURLControlPanel: function() {{return "/group/control_panel?refererPlid=1209";}},getURLHome: function() {{return "{base}/web/guest";}},getUserEmailAddress: function() {{return "";}},getUserId: function() {{return "20103";}},getUserName: function() {{return "";}},isAddSessionIdToURL: function() {{return false;}},isImpersonated: function() {{return false;}},isSignedIn: function() {{return false;}},isStagedPortlet: function() {{return false;}},isStateExclusive: function() {{return false;}},isStateMaximized: function() {{return false;}},isStatePopUp: function() {{return false;}}}};
var themeDisplay = Liferay.ThemeDisplay;
Liferay.AUI = {{getAvailableLangPath: function() {{return "available_languages.jsp?browserId=other&themeId=vnptportaltheme_WAR_vnptportaltheme&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=7310&t=1718076046000";}},getCombine: function() {{return true;}},getComboPath: function() {{return "/combo/?browserId=other&minifierType=&languageId=vi_VN&b=7310&t=1718075826000&";}},getDateFormat: function() {{return "%d/%m/%Y";}},getEditorCKEditorPath: function() {{return "/o/frontend-editor-ckeditor-web";}},getFilter: function() {{return "min";}},getFilterConfig: function() {{return null;}},getJavaScriptRootPath: function() {{return "/o/frontend-js-web";}},getPortletRootPath: function() {{return "/html/portlet";}},getStaticResourceURLParams: function() {{return "?browserId=other&minifierType=&languageId=vi_VN&b=7310&t=1718075826000";}}}};
Liferay.authToken = "{rid(rng, 8)}";
Liferay.currentURL = "\\u002ftin-tuc-su-kien\\u002f-\\u002fasset_publisher\\u002f{inst}\\u002fcontent\\u002f{slug(a["title"], False)}";
Liferay.currentURLEncoded = "%2Ftin-tuc-su-kien%2F-%2Fasset_publisher%2F{inst}%2Fcontent%2F{slug(a["title"], False)}";
// ]]>
</script>
<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7310&amp;t=1718075826000&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js&amp;/o/frontend-js-jquery-web/jquery/bootstrap.bundle.min.js&amp;/o/frontend-js-jquery-web/jquery/collapsible_search.js&amp;/o/frontend-js-jquery-web/jquery/fm.js&amp;/o/frontend-js-jquery-web/jquery/form.js" type="text/javascript"></script>
<link class="lfr-css-file" href="/o/vnpt-portal-theme/css/main.css?browserId=other&amp;themeId=vnptportaltheme_WAR_vnptportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7310&amp;t=1718076046000" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
<style data-senna-track="temporary" type="text/css">
{css_blob(rng, ["portlet-boundary", "vnpt-header", "top-bar", "mega-menu", "asset-full-content", "vb-item", "lich-ct", "thong-ke", "footer-vnpt", "breadcrumb", "portlet-title", "banner-lk"], 90)}
</style>
{gtag(rng)}
</head>
<body class="controls-visible chrome yui3-skin-sam guest-site signed-out public-page site">
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill" id="wrapper">
<header id="banner" role="banner">
 <div class="top-bar">
  <div class="container">
   <div class="row">
    <div class="col-md-6"><span class="current-date"><i class="fa fa-calendar"></i> Chủ nhật, {dmy(CRAWL)}</span>
    <span class="weather-box"><img src="/o/vnpt-portal-theme/images/weather/04d.png" alt="" /> Thái Nguyên: 18°C - 25°C, nhiều mây</span></div>
    <div class="col-md-6 text-right top-links"><a href="{base}/so-do-cong">Sơ đồ cổng</a> | <a href="{base}/hoi-dap">Hỏi đáp</a> | <a href="{base}/c/portal/login?p_l_id=1209" rel="nofollow">Đăng nhập</a> | <a href="{base}/en/">English</a></div>
   </div>
  </div>
 </div>
 <div class="header-banner">
  <div class="container">
   <a class="logo custom-logo" href="{base}" title="Đi tới {site}"><img alt="{site}" height="130" src="/image/layout_set_logo?img_id={rng.randrange(100000, 999999)}&amp;t=1752125580104" width="1200" /></a>
   <form action="{base}/tim-kiem" class="search-form" method="get" name="frmSearch"><input name="q" placeholder="Nhập từ khóa tìm kiếm..." type="text" /><button type="submit" class="btn-search"><i class="fa fa-search"></i></button></form>
  </div>
 </div>
 <nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation">
  <div class="container"><ul aria-label="Các trang web" class="navbar-nav mega-menu" role="menubar">
{mega}
  </ul></div>
 </nav>
 <div class="menu-mobile d-md-none" id="navigationCollapse"><button class="navbar-toggler" type="button">Danh mục</button><ul class="m-menu">
{mega_mobile}
 </ul></div>
</header>
<section id="content">
<div class="container">
<div class="row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_ portlet-static portlet-static-end portlet-barebone portlet-breadcrumb" id="p_p_id_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_">
<nav aria-label="Đường dẫn"><ol class="breadcrumb">
<li class="breadcrumb-item"><a class="breadcrumb-link" href="{base}/trang-chu" title="Trang chủ"><span class="breadcrumb-text-truncate">Trang chủ</span></a></li>
<li class="breadcrumb-item"><a class="breadcrumb-link" href="{base}/tin-tuc-su-kien" title="Tin tức - Sự kiện"><span class="breadcrumb-text-truncate">Tin tức - Sự kiện</span></a></li>
<li class="breadcrumb-item"><a class="breadcrumb-link" href="{base}/tin-tuc-su-kien/tin-hoat-dong" title="Tin hoạt động"><span class="breadcrumb-text-truncate">Tin hoạt động</span></a></li>
<li class="breadcrumb-item"><span class="active breadcrumb-text-truncate">{a["title"]}</span></li>
</ol></nav>
</div>
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-static-end portlet-decorate portlet-asset-publisher" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{inst}_">
<span id="p_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{inst}"></span>
<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{inst}">
<div class="portlet-content">
<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">Tin hoạt động</h2></div></div>
<div class="portlet-content-container">
<div class="portlet-body">
<div class="h2"><a class="icon-monospaced lfr-portal-tooltip" href="{base}/tin-tuc-su-kien/tin-hoat-dong" title="Quay lại"><svg class="lexicon-icon lexicon-icon-angle-left" focusable="false" role="presentation"><use xlink:href="/o/vnpt-portal-theme/images/clay/icons.svg#angle-left"></use></svg></a></div>
<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title">
<h3 class="header-title title-asset"><span>{a["title"]}</span></h3>
<div class="asset-metadata">
<span class="metadata-entry metadata-publish-date"><i class="fa fa-clock-o"></i> Ngày đăng: {dmy(d)} {d:%H:%M}</span>
<span class="metadata-entry metadata-view-count"><i class="fa fa-eye"></i> Lượt xem: {fmtn(rng.randrange(300, 3000))}</span>
</div>
<div class="tool-bar-article"><span class="font-size">Cỡ chữ: <a href="javascript:void(0)" onclick="changeFont(-1)">A-</a> <a href="javascript:void(0)" onclick="changeFont(0)">A</a> <a href="javascript:void(0)" onclick="changeFont(1)">A+</a></span>
<span class="print"><a href="javascript:window.print()"><i class="fa fa-print"></i> In bài viết</a></span> <span class="mail"><a href="mailto:?subject={esc(a["title"])}"><i class="fa fa-envelope"></i> Gửi email</a></span></div>
<div class="asset-summary"><p><strong>{lead}</strong></p></div>
<div class="asset-content mb-3">
<div class="journal-content-article " data-analytics-asset-id="{rng.randrange(1000000, 9999999)}" data-analytics-asset-title="{esc(a["title"])}" data-analytics-asset-type="web-content">
{body}
<p style="text-align: right;"><strong>Hoàng Thu Trang</strong></p>
<p style="text-align: right;"><em>Văn phòng HĐND và UBND phường</em></p>
</div>
</div>
<div class="asset-ratings mb-3"><div class="taglib-ratings stars"><span class="rating-label">Đánh giá bài viết:</span> <span class="rating-element">★★★★★</span> <span class="rating-count">(0 phiếu)</span></div></div>
<div class="social-share"><span>Chia sẻ:</span> <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={a["url"]}" target="_blank">Facebook</a> <a class="zalo" href="https://sp.zalo.me/share_inline?d={rid(rng, 20)}" target="_blank">Zalo</a></div>
<div class="asset-tags"><span class="taglib-asset-tags-summary">Từ khóa: {" ".join(f'<a class="badge badge-default" href="{base}/tim-kiem?tag={slug(t)}">{t}</a>' for t in tags)}</span></div>
</div>
</div>
</div>
</div>
</section>
</div>
<div class="portlet-boundary portlet-other-news" id="p_p_id_vnpt_othernews_portlet_INSTANCE_{rid(rng, 12)}_">
<section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">Các tin khác</h2>
<ul class="list-other-news">
{other_html}
</ul>
<div class="text-right"><a href="{base}/tin-tuc-su-kien/tin-hoat-dong">Xem tiếp »</a></div>
</div></section>
</div>
</div>
</div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
<div class="banner-lk"><a href="https://dichvucong.gov.vn" target="_blank"><img src="/documents/20182/banner/dvc-quoc-gia.png" alt="Cổng Dịch vụ công quốc gia" /></a>
<a href="{base}/phan-anh-kien-nghi"><img src="/documents/20182/banner/phan-anh-kien-nghi.png" alt="Phản ánh kiến nghị" /></a>
<a href="{base}/hoi-dap"><img src="/documents/20182/banner/hoi-dap.png" alt="Hỏi đáp trực tuyến" /></a></div>
<section class="portlet portlet-lich-ct"><h2 class="portlet-title-text">Lịch công tác</h2><div class="lich-ct"><p>Tuần 48 (từ 23/11/2026 đến 29/11/2026)</p><a href="{base}/lich-cong-tac">Xem chi tiết</a></div></section>
<section class="portlet portlet-vanban"><h2 class="portlet-title-text">Văn bản mới</h2><div class="vb-list marquee" data-speed="30">
{docs_html}
</div></section>
<section class="portlet portlet-docnhieu"><h2 class="portlet-title-text">Đọc nhiều</h2><ul class="doc-nhieu">
{read_html}
</ul></section>
<section class="portlet portlet-video"><h2 class="portlet-title-text">Video</h2><div class="video-box"><video controls preload="none" poster="/documents/20182/video/poster-{rid(rng, 6)}.jpg"><source src="/documents/20182/video/{rid(rng, 10)}.mp4" type="video/mp4" />Trình duyệt của bạn không hỗ trợ phát video.</video><p class="video-title">Phường Tân Lập: Ngày hội Đại đoàn kết toàn dân tộc năm 2025</p></div></section>
<section class="portlet portlet-lienket"><h2 class="portlet-title-text">Liên kết website</h2>{province_select()}</section>
{poll_html(rng, *POLL_Q)}
<section class="portlet thong-ke"><h2 class="portlet-title-text">Thống kê truy cập</h2><ul>
<li>Đang truy cập: <b>{c["online"]}</b></li><li>Hôm nay: <b>{fmtn(c["today"])}</b></li><li>Hôm qua: <b>{fmtn(c["yesterday"])}</b></li><li>Tổng lượt truy cập: <b>{fmtn(c["total"])}</b></li></ul></section>
</div>
</div>
</div>
</div>
</section>
<footer id="footer" role="contentinfo">
<div class="footer-vnpt"><div class="container">
{"".join(f"<p>{l}</p>" for l in footer_lines("Ủy ban nhân dân phường Tân Lập", "Số 3 đường Quang Trung, phường Tân Lập, tỉnh Thái Nguyên", "0208.3855.614", "tanlap@thainguyen.gov.vn", "Ông Nguyễn Đức Hạnh - Chủ tịch UBND phường", "Giấy phép số 27/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Nguyên cấp ngày 18/8/2025."))}
<p class="powered">Phát triển bởi VNPT Thái Nguyên</p>
</div></div>
</footer>
</div>
</div>
<script type="text/javascript">
// <![CDATA[
{reg};
{onload}
AUI().use("aui-base", "liferay-menu", "liferay-notice", "liferay-poller", "liferay-session", function(A) {{(function() {{var $ = AUI.$;var _ = AUI._;if (A.UA.mobile) {{Liferay.Util.addInputCancel();}}}})();(function() {{var $ = AUI.$;var _ = AUI._;new Liferay.Menu();var liferayNotices = Liferay.Data.notices;for (var i = 0; i < liferayNotices.length; i++) {{new Liferay.Notice(liferayNotices[i]);}}}})();}});
{js_blob(rng, "vnpt-portal-theme main.js", 60)}
// ]]>
</script>
%%PAD%%
</body>
</html>
"""
    return fill(page, 150_000, svg_pad, rng)


# ================================================================ t02: SharePoint (Tân Dân), department sub-site, 140 KB
def sp_scripts(rng, web, site_title):
    sods = ["sp.js", "sp.runtime.js", "sp.ui.dialog.js", "core.js", "menu.js", "callout.js", "clienttemplates.js",
            "sharing.js", "suitelinks.js", "clientrenderer.js", "srch.resources.resx", "ms.rte.js", "cui.js",
            "inplview", "followingcommon.js", "mquery.js", "reputation.js", "socialdata.js", "userprofile", "strings.js"]
    lines = [f'RegisterSod("{s}", "\\u002f_layouts\\u002f15\\u002f{s}?rev={rid(rng, 22)}%3D%3D");' for s in sods]
    return (f"<script type=\"text/javascript\">//<![CDATA[\nvar _spPageContextInfo={{webServerRelativeUrl:\"{web}\",webAbsoluteUrl:\"https:\\u002f\\u002f{rid(rng, 0)}\","
            f"siteAbsoluteUrl:\"\",serverRequestPath:\"{web}\\u002fPages\\u002fchi-tiet-tin.aspx\",layoutsUrl:\"_layouts\\u002f15\",webTitle:\"{site_title}\","
            f"webTemplate:\"53\",tenantAppVersion:\"0\",isAppWeb:false,webLogoUrl:\"\\u002f_layouts\\u002f15\\u002fimages\\u002fsiteicon.png\",webLanguage:1066,"
            f"currentLanguage:1066,currentUICultureName:\"vi-VN\",currentCultureName:\"vi-VN\",clientServerTimeDelta:new Date(\"2026-11-22T01:{rng.randrange(10, 59)}:{rng.randrange(10, 59)}.{rng.randrange(100, 999)}Z\") - new Date(),"
            f"siteClientTag:\"{rng.randrange(100, 999)}$$15.0.5545.1000\",crossDomainPhotosEnabled:false,webUIVersion:15,webPermMasks:{{High:16,Low:196673}},pageListId:\"{{{guid(rng)}}}\","
            f"pageItemId:{rng.randrange(10, 900)},pagePersonalizationScope:1,alertsEnabled:false,siteServerRelativeUrl:\"\\u002f\",allowSilverlightPrompt:'True'}};\n"
            + "\n".join(lines) + "\n//]]>\n</script>")


def sp_ribbon():
    return ('<div id="s4-ribbonrow" style="display:none"><div id="globalNavBox"><div id="ribbonBox"><div id="s4-ribboncont">'
            '<div class="ms-cui-ribbonTopBars"><div class="ms-cui-topBar1"></div><div class="ms-cui-topBar2">'
            '<div class="ms-cui-jewel-container" id="jewelcontainer" style="display:none"></div></div></div>'
            '<span class="ms-cui-hidden" id="RibbonContainer-TabRowLeft"></span><span id="RibbonContainer-TabRowRight" class="ms-cui-hidden">'
            '<a class="ms-promotedActionButton" id="site_follow_button" title="Theo dõi" href="javascript:;"><span class="ms-promotedActionButton-text">Theo dõi</span></a>'
            '</span></div></div></div></div>')


def page_t02(a, rng):
    site = "Sở Nội vụ tỉnh Lào Cai"
    base = "https://snv.laocai.gov.vn"
    img = Imgs(rng, "/PublishingImages/2026")
    d = a["pub"]
    h12 = d.hour % 12 or 12
    ampm = "SA" if d.hour < 12 else "CH"
    shown = f"{dmy(d)} {h12:02d}:{d.minute:02d}:{d.second:02d} {ampm}"
    lead = lead_of(a["blocks"])
    body = render(a, "sp", rng, img)
    olds = heads(rng, 10, end=dt.date(2026, 3, 23))
    news_l = heads(rng, 6)
    menu = [("Giới thiệu", ["Chức năng, nhiệm vụ", "Cơ cấu tổ chức", "Lãnh đạo Sở", "Các phòng chuyên môn", "Đơn vị trực thuộc"]),
            ("Tin tức - Sự kiện", ["Tin hoạt động", "Tổ chức bộ máy", "Công chức, viên chức", "Chính quyền địa phương",
                                   "Cải cách hành chính", "Thi đua - Khen thưởng", "Văn thư - Lưu trữ", "Tôn giáo",
                                   "Lao động - Việc làm", "Người có công", "Bảo trợ xã hội"]),
            ("Thông báo", ["Thông báo tuyển dụng", "Kết quả tuyển dụng", "Thông báo khác"]),
            ("Văn bản", ["Văn bản của Trung ương", "Văn bản của tỉnh", "Văn bản của Sở", "Văn bản hướng dẫn"]),
            ("Thủ tục hành chính", ["Bộ thủ tục hành chính", "Dịch vụ công trực tuyến", "Tra cứu hồ sơ"]),
            ("Hỏi đáp", []), ("Liên hệ", [])]
    menu_html = "\n".join(
        f'<li class="dynamic-children"><a class="menu-item" href="{base}/{slug(t)}/Pages/default.aspx"><span class="menu-item-text">{t}</span></a>'
        + ("<ul class=\"dynamic\">" + "".join(f'<li class="dynamic"><a class="menu-item" href="{base}/{slug(t)}/{slug(s)}/Pages/default.aspx"><span class="menu-item-text">{s}</span></a></li>' for s in subs) + "</ul>" if subs else "")
        + "</li>" for t, subs in menu)
    left_tree = "\n".join(
        f'<li><a href="{base}/tin-tuc/{slug(s)}/Pages/default.aspx">{s}</a></li>' for s in menu[1][1] + menu[2][1] + menu[3][1])
    olds_html = "\n".join(f'<li><a href="{base}/tin-tuc/Pages/{slug(t)}.aspx">{t}</a> <span class="date-old">({dmy(dd)})</span></li>' for t, dd, _ in olds)
    news_html = "\n".join(f'<div class="item-news"><a href="{base}/tin-tuc/Pages/{slug(t)}.aspx"><img src="/PublishingImages/thumb/{rid(rng, 8)}.jpg" alt="" /></a>'
                          f'<a class="title" href="{base}/tin-tuc/Pages/{slug(t)}.aspx">{t}</a></div>' for t, dd, _ in news_l)
    docs_html = "\n".join(f'<tr><td><a href="{base}/van-ban/Pages/chi-tiet.aspx?ItemID={rng.randrange(100, 9999)}">{n}</a></td><td>{dmy(dd)}</td><td>{s}</td></tr>'
                          for n, dd, s in docs(rng, 8))
    c = counter(rng)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" />
<title>
	{esc(a["title"])}
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2xVzLl5nq7h4tBxB3MrLOQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/TanDan/css/portal.css"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/TanDan/css/news.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=Lq5Nf0xGnN8Y6oB0UcM0cg%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d={rid(rng, 120)}&amp;t={rid(rng, 16)}"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3D"></script>
<script type="text/javascript" src="/Style%20Library/TanDan/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript">RegisterSod("initstrings.js", "\\u002f_layouts\\u002f15\\u002f1066\\u002finitstrings.js?rev=7uM4pA8m3fzY1y0qJf0KNg\\u00253D\\u00253D");</script>
{sp_scripts(rng, "", site)}
<style type="text/css">
{css_blob(rng, ["tdn-header", "tdn-menu", "tdn-left", "tdn-right", "news-detail", "news-title", "news-date", "news-sapo", "news-content", "news-author", "other-news", "ms-webpart-zone", "link-box", "counter"], 110)}
</style>
</head>
<body>
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=40" /></div>
<form method="post" action="./chi-tiet-tin.aspx?ItemID={rng.randrange(1000, 9999)}&amp;CateID=18" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{rid(rng, 128, '0123456789ABCDEF')},22 Nov 2026 01:{rng.randrange(10, 59)}:{rng.randrange(10, 59)} -0000" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIMD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0LlNoYXJlUG9pbnQuV2ViQ29udHJvbHMuU1BDb250cm9sTW9kZS%%PAD%%" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
{sp_ribbon()}
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="tdn-header">
 <div class="tdn-topbar"><span class="tdn-date">Chủ Nhật, ngày {dmy(CRAWL)}</span><span class="tdn-hotline">Đường dây nóng: 0214.3840.100</span>
 <div class="tdn-search"><input type="text" name="ctl00$txtSearch" id="ctl00_txtSearch" placeholder="Tìm kiếm..." /><a href="javascript:__doPostBack('ctl00$btnSearch','')" id="ctl00_btnSearch">Tìm</a></div>
 <div class="tdn-login"><a href="/_layouts/15/Authenticate.aspx?Source=%2F">Đăng nhập</a></div></div>
 <div class="tdn-banner"><img src="/Style%20Library/TanDan/images/banner-snv.png" alt="{site}" /></div>
 <div class="tdn-menu" id="zz1_TopNavigationMenu"><div class="menu horizontal menu-horizontal"><ul class="root static">
<li class="static"><a class="static menu-item" href="{base}/Pages/default.aspx"><span class="menu-item-text">Trang chủ</span></a></li>
{menu_html}
 </ul></div></div>
 <div class="tdn-marquee"><marquee scrollamount="3">Chào mừng kỷ niệm 81 năm Ngày Truyền thống ngành Tổ chức nhà nước (28/8/1945 - 28/8/2026)</marquee></div>
</div>
<div class="tdn-body"><div class="tdn-left">
 <div class="ms-webpart-zone ms-fullWidth"><div class="box-left"><h3 class="box-title">Chuyên mục</h3><ul class="tree-menu">
{left_tree}
 </ul></div>
 <div class="box-left link-box"><h3 class="box-title">Liên kết</h3>{province_select("ctl00$ddlLink")}</div>
 </div>
</div>
<div class="tdn-center" id="DeltaPlaceHolderMain">
 <a id="mainContent" name="mainContent" tabindex="-1"></a>
 <div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
 <div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth"><div webpartid="{guid(rng)}" haspers="false" id="WebPartWPQ2" width="100%" class="ms-WPBody noindex" allowdelete="false" style="">
 <div class="breadcrumb-news"><a href="{base}/Pages/default.aspx">Trang chủ</a> &gt; <a href="{base}/thong-bao/Pages/default.aspx">Thông báo</a> &gt; <a href="{base}/thong-bao/thong-bao-tuyen-dung/Pages/default.aspx">Thông báo tuyển dụng</a></div>
 <div class="news-detail">
  <h1 class="news-title">{a["title"]}</h1>
  <div class="news-date"><span id="ctl00_PlaceHolderMain_ctl01_lblDate">{shown}</span></div>
  <div class="news-tools"><a href="javascript:window.print();">In trang</a> | <a href="mailto:?subject=Thong%20bao">Gửi email</a> | <a href="javascript:void(0)" class="fs-up">A+</a> <a href="javascript:void(0)" class="fs-down">A-</a></div>
  <div class="news-sapo"><strong>{lead}</strong></div>
  <div class="news-content"><div class="ExternalClass{rid(rng, 32, '0123456789ABCDEF')}">{body}</div></div>
  <div class="news-author" style="text-align:right;font-weight:bold;">{esc(a["author"])}</div>
  <div class="news-attach"><span>Tệp đính kèm:</span> <a href="/Documents/2026/TB-tuyen-dung-cong-chuc-cap-xa-2026.pdf">TB-tuyen-dung-cong-chuc-cap-xa-2026.pdf</a> <a href="/Documents/2026/Phieu-dang-ky-du-tuyen.docx">Phieu-dang-ky-du-tuyen.docx</a></div>
  <div class="news-count">Lượt xem: {fmtn(rng.randrange(1000, 9000))}</div>
 </div>
 <div class="other-news"><h3>Các tin đã đưa</h3><ul>
{olds_html}
 </ul></div>
 </div></div></div></div>
</div>
<div class="tdn-right">
 <div class="box-right"><h3 class="box-title">Tin mới</h3>{news_html}</div>
 <div class="box-right"><h3 class="box-title">Văn bản mới</h3><table class="tbl-vb"><tr><th>Số/Ký hiệu</th><th>Ngày</th><th>Trích yếu</th></tr>{docs_html}</table></div>
 <div class="box-right">{poll_html(rng, "Bạn biết đến thông tin tuyển dụng của Sở qua kênh nào?", ["Cổng thông tin điện tử", "Mạng xã hội", "Báo, đài", "Người quen giới thiệu"], "poll-sp")}</div>
 <div class="box-right counter"><h3 class="box-title">Thống kê truy cập</h3><p>Đang online: {c["online"]}</p><p>Hôm nay: {fmtn(c["today"])}</p><p>Tháng này: {fmtn(c["month"])}</p><p>Tổng truy cập: {fmtn(c["total"])}</p></div>
</div></div>
<div class="tdn-footer">{"<br />".join(footer_lines("Sở Nội vụ tỉnh Lào Cai", "Tầng 4, Khối 5, Trung tâm hành chính tỉnh Lào Cai", "0214.3840.100", "snv@laocai.gov.vn", "Bà Đặng Thị Ngân - Giám đốc Sở", "Giấy phép số 09/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai cấp ngày 05/9/2025."))}<br />Thiết kế và phát triển bởi Công ty Cổ phần Tân Dân</div>
</div></div>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{rid(rng, 8, '0123456789ABCDEF')}" /><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{b64(rng, 600)}" /></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;var _fV4UI = true;
function _RegisterWebPartPageCUI(){{var initInfo = {{editable: false,isEditMode: false,allowWebPartAdder: false,listId: "{{{guid(rng)}}}",itemId: {rng.randrange(10, 999)},recycleBinEnabled: true,enableMinorVersions: true,enableModeration: true,forceCheckout: true,rootFolderUrl: "\\u002fthong-bao\\u002fPages",itemPermissions:{{High:16,Low:196673}}}};SP.Ribbon.WebPartComponent.registerWithPageManager(initInfo);}}
ExecuteOrDelayUntilScriptLoaded(_RegisterWebPartPageCUI, "sp.ribbon.js");
{js_blob(rng, "TanDan portal.js", 45)}
//]]>
</script>
</form>
{gtag(rng)}
</body>
</html>
"""
    return fill(page, 142_000, vs_pad, rng)


# ================================================================ t03: Viettel portal, ward
def page_t03(a, rng):
    site = "Trang thông tin điện tử phường Thanh Khê Đông"
    base = "https://thanhkhedong.danang.gov.vn"
    img = Imgs(rng, "/uploads/news/2025/10")
    d = a["pub"]
    rel = heads(rng, 3, start=dt.date(2025, 8, 1), end=dt.date(2025, 10, 14))
    x = {"related": '<div class="tinlienquan-trongbai" style="border-left:3px solid #b30000;padding:6px 12px;margin:10px 0;background:#f7f7f7">'
                    '<b>Tin liên quan:</b><ul>'
                    '<li><a href="/tin-tuc/dien-tap-phuong-an-ung-pho-bao-2025.html">Phường Thanh Khê Đông diễn tập phương án ứng phó bão năm 2025</a></li>'
                    '<li><a href="/tin-tuc/kien-toan-luc-luong-xung-kich.html">Kiện toàn lực lượng xung kích phòng, chống thiên tai ở tổ dân phố</a></li>'
                    "</ul></div>"}
    body = render(a, "div", rng, img, x=x, blank=0.2, blank_html="<div>&nbsp;</div>")
    same = heads(rng, 8, end=dt.date(2025, 10, 15))
    hot = heads(rng, 6)
    c = counter(rng)
    menu = "".join(f'<li><a href="{base}/{slug(t)}">{t}</a>' + ("<ul>" + "".join(f'<li><a href="{base}/{slug(t)}/{slug(s)}">{s}</a></li>' for s in subs) + "</ul>" if subs else "") + "</li>"
                   for t, subs in MENU_XA)
    same_html = "".join(f'<li><a href="{base}/tin-tuc/{slug(t)}-{n}.html">{t}</a><span class="ngay">{dmy(dd, "-")}</span></li>' for t, dd, n in same)
    hot_html = "".join(f'<div class="tin-noibat-item"><img src="/uploads/thumb/{rid(rng, 10)}.jpg" alt="" /><a href="{base}/tin-tuc/{slug(t)}-{n}.html">{t}</a></div>' for t, dd, n in hot)
    comments = "".join(f'<div class="binhluan-item"><b>{nm}</b> <i>({dmy(dd, "-")})</i><p>{tx}</p></div>' for nm, dd, tx in [
        ("Nguyễn Văn Bình", dt.date(2025, 10, 17), "Cảm ơn phường đã tổ chức tuyên truyền rất thiết thực, đề nghị phường tổ chức thêm ở các kiệt nhỏ."),
        ("Trần Thị Lệ", dt.date(2025, 10, 18), "Tổ dân phố 9 chúng tôi cũng mong được cấp thêm áo phao cho các hộ khó khăn.")])
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title"])} | {site}</title>
<meta name="keywords" content="phòng chống thiên tai, mưa bão, Thanh Khê Đông">
<meta name="description" content="{esc(clean(a["blocks"][0][1])[:160])}">
<link rel="canonical" href="{a["url"]}">
<link rel="stylesheet" href="/Content/vtportal/bootstrap.min.css">
<link rel="stylesheet" href="/Content/vtportal/style.css?v=3.2.7">
<link rel="stylesheet" href="/Content/vtportal/font-awesome.min.css">
<style>
{css_blob(rng, ["vt-top", "vt-header", "vt-menu", "khung-tin", "tieu-de-tin", "ngay-dang", "noi-dung-tin", "tac-gia", "tin-cung-chuyen-muc", "binhluan", "vt-footer", "tin-noibat-item"], 70)}
</style>
</head>
<body>
<div class="vt-top"><div class="container"><span class="ngay-hien-tai">Hôm nay: Chủ nhật, {dmy(CRAWL, "-")}</span>
<span class="thoitiet">Đà Nẵng: 22°C - 27°C, mưa rào</span>
<ul class="vt-top-link"><li><a href="{base}/so-do-site">Sơ đồ site</a></li><li><a href="{base}/dang-nhap">Đăng nhập</a></li></ul></div></div>
<div class="vt-header"><div class="container"><a href="{base}"><img src="/Content/vtportal/images/logo-tkd.png" alt="Logo"></a>
<div class="vt-site-name"><h2>ỦY BAN NHÂN DÂN PHƯỜNG THANH KHÊ ĐÔNG</h2><p>Trang thông tin điện tử</p></div>
<form class="vt-search" action="{base}/tim-kiem"><input type="text" name="keyword" placeholder="Tìm kiếm"><button><i class="fa fa-search"></i></button></form></div></div>
<nav class="vt-menu"><div class="container"><ul class="nav-main">{menu}</ul></div></nav>
<div class="container vt-main"><div class="row">
<div class="col-md-9">
<ol class="vt-breadcrumb"><li><a href="{base}">Trang chủ</a></li><li><a href="{base}/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li><a href="{base}/tin-tuc-su-kien/quoc-phong-an-ninh">Quốc phòng - An ninh</a></li></ol>
<div class="khung-tin-chi-tiet">
<h2 class="tieu-de-tin">{a["title"]}</h2>
<div class="ngay-dang"><i class="fa fa-calendar"></i> {wd(d)}, {dmy(d, "-")} <span class="luot-xem"><i class="fa fa-eye"></i> {rng.randrange(100, 900)}</span>
<span class="cong-cu"><a href="javascript:window.print()"><i class="fa fa-print"></i></a> <a href="javascript:void(0)" onclick="zoomText(1)">A+</a> <a href="javascript:void(0)" onclick="zoomText(-1)">A-</a></span></div>
<div class="noi-dung-tin" id="noidung">
{body}
<div style="text-align: right;"><b>Tin: Lê Văn Hùng; Ảnh: Trần Minh Tú</b></div>
</div>
<div class="chia-se"><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer.php?u={a["url"]}"><i class="fa fa-facebook"></i></a> <a href="#"><i class="fa fa-twitter"></i></a></div>
<div class="binhluan"><h4>Ý kiến bạn đọc ({2})</h4>{comments}
<form class="form-binhluan"><input type="text" placeholder="Họ và tên"><input type="email" placeholder="Email"><textarea placeholder="Nội dung ý kiến"></textarea><button type="button">Gửi ý kiến</button></form></div>
</div>
<div class="tin-cung-chuyen-muc"><h4>Tin cùng chuyên mục</h4><ul>{same_html}</ul></div>
</div>
<div class="col-md-3 vt-right">
<div class="box"><a href="https://dichvucong.gov.vn"><img src="/uploads/banner/dvcqg.jpg" alt="Dịch vụ công"></a><a href="https://danang.gov.vn"><img src="/uploads/banner/cong-tp.jpg" alt="Cổng thông tin thành phố"></a></div>
<div class="box"><h4 class="box-title">Tin nổi bật</h4>{hot_html}</div>
<div class="box"><h4 class="box-title">Liên kết</h4>{province_select()}</div>
<div class="box thongke"><h4 class="box-title">Thống kê truy cập</h4><p>Trực tuyến: {c["online"]}</p><p>Hôm nay: {fmtn(c["today"])}</p><p>Tổng: {fmtn(c["total"])}</p></div>
</div></div></div>
<footer class="vt-footer"><div class="container">{"".join(f"<p>{l}</p>" for l in footer_lines("UBND phường Thanh Khê Đông", "Số 152 đường Trần Cao Vân, phường Thanh Khê Đông, thành phố Đà Nẵng", "0236.3759.214", "tkdong@danang.gov.vn", "Ông Huỳnh Tấn Lộc - Chủ tịch UBND phường", "Giấy phép số 45/GP-STTTT cấp ngày 21/7/2025."))}<p>Bản quyền thuộc UBND phường Thanh Khê Đông. Thiết kế bởi Viettel Đà Nẵng.</p></div></footer>
<script src="/Scripts/jquery-3.6.0.min.js"></script>
<script>
{js_blob(rng, "vtportal.common.js", 30)}
function zoomText(n){{var e=document.getElementById('noidung');var s=parseInt(window.getComputedStyle(e).fontSize);e.style.fontSize=(s+n)+'px';}}
</script>
{gtag(rng)}
</body>
</html>
"""
    return page


# ================================================================ t04: FPT eGov, regional health centre
def page_t04(a, rng):
    site = "Trung tâm Y tế khu vực Yên Thế"
    base = "https://ttytyenthe.bacninh.gov.vn"
    img = Imgs(rng, "/Uploads/images/2026/02")
    lead = lead_of(a["blocks"])
    body = render(a, "bs", rng, img, h="h3")
    d = a["pub"]
    menu = [("Giới thiệu", ["Lịch sử phát triển", "Ban Giám đốc", "Các khoa, phòng", "Trạm Y tế xã"]),
            ("Tin tức", ["Hoạt động của Trung tâm", "Tin y tế", "Truyền thông giáo dục sức khỏe", "Cải cách hành chính"]),
            ("Dịch vụ", ["Đặt lịch khám", "Bảng giá dịch vụ", "Khám sức khỏe", "Tiêm chủng"]),
            ("Hướng dẫn người bệnh", ["Quy trình khám bệnh", "Thủ tục bảo hiểm y tế", "Nội quy"]),
            ("Văn bản", []), ("Liên hệ", [])]
    menu_html = "".join(f'<li class="menu-item"><a href="{base}/{slug(t)}">{t}</a>' + ("<div class=\"submenu\"><ul>" + "".join(f'<li><a href="{base}/{slug(t)}/{slug(s)}">{s}</a></li>' for s in subs) + "</ul></div>" if subs else "") + "</li>" for t, subs in menu)
    related = heads(rng, 6, end=dt.date(2026, 2, 26))
    rel_html = "".join(f'<li><a href="{base}/tin-tuc/{slug(t)}-{n}">{t}</a> <em>({dmy(dd)})</em></li>' for t, dd, n in related)
    lich = "".join(f"<tr><td>{wd(CRAWL + dt.timedelta(days=i))}</td><td>{k}</td></tr>" for i, k in
                   zip(range(1, 6), ["Nội - Nhi - Sản", "Ngoại - Chấn thương", "Răng Hàm Mặt - Tai Mũi Họng", "Y học cổ truyền", "Mắt - Da liễu"]))
    page = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head id="Head1"><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(a["title"])}</title>
<meta name="description" content="{esc(clean(lead))}" />
<meta property="og:url" content="{a["url"]}" />
<meta property="og:image" content="{base}/Uploads/images/2026/02/og-dat-lich.jpg" />
<link href="/Portals/_default/Skins/EgovFPT/css/bootstrap.css" rel="stylesheet" />
<link href="/Portals/_default/Skins/EgovFPT/css/site.css?v=20251201" rel="stylesheet" />
<style>
{css_blob(rng, ["fpt-header", "fpt-nav", "ArticleDetail", "ArticleTitle", "ArticleDate", "ArticleSummary", "ArticleContent", "AuthorName", "RelatedNews", "BoxRight", "hotline", "fpt-footer"], 60)}
</style>
</head>
<body class="egov-body">
<div class="fpt-topbar"><div class="container"><span class="today">Chủ nhật, ngày 22 tháng 11 năm 2026</span><span class="hotline">Đường dây nóng: 0204.3876.115</span>
<a class="login" href="{base}/login">Đăng nhập</a></div></div>
<div class="fpt-header"><div class="container"><a class="logo" href="{base}"><img src="/Portals/0/logo-ttyt.png" alt="Logo" /></a><div class="brand"><span class="brand-top">SỞ Y TẾ TỈNH BẮC NINH</span><span class="brand-name">TRUNG TÂM Y TẾ KHU VỰC YÊN THẾ</span></div>
<div class="search-box"><input type="text" id="txtSearch" placeholder="Nhập nội dung tìm kiếm" /><a href="javascript:doSearch()" class="btn-search">Tìm kiếm</a></div></div></div>
<div class="fpt-nav"><div class="container"><ul class="main-menu"><li class="menu-item home"><a href="{base}">Trang chủ</a></li>{menu_html}</ul></div></div>
<div class="container"><div class="row">
<div class="col-md-8 col-main">
<div class="breadcrumbs"><a href="{base}">Trang chủ</a> / <a href="{base}/dich-vu">Dịch vụ</a> / <span>Đặt lịch khám</span></div>
<div class="ArticleDetail">
<h1 class="ArticleTitle">{a["title"]}</h1>
<div class="ArticleDate">Cập nhật: {dmy(d)}</div>
<div class="ArticleTools"><a href="javascript:window.print()">In bài</a> <a href="javascript:void(0)" class="font-inc">A+</a> <a href="javascript:void(0)" class="font-dec">A-</a> <a href="javascript:void(0)" class="speak"><i class="fa fa-volume-up"></i> Nghe đọc bài</a></div>
<div class="ArticleSummary">{lead}</div>
<div class="ArticleContent">
{body}
</div>
<div class="AuthorName" style="text-align:right"><b>Người viết: {a["author"]}</b></div>
<div class="ArticleRating">Bài viết có hữu ích với bạn? <a href="javascript:void(0)">Có</a> / <a href="javascript:void(0)">Không</a></div>
</div>
<div class="RelatedNews"><h3>Tin liên quan</h3><ul>{rel_html}</ul></div>
</div>
<div class="col-md-4 col-right">
<div class="BoxRight hotline-box"><h3>Đường dây nóng</h3><p>Cấp cứu: 115</p><p>Giám đốc Trung tâm: 0912.486.115</p><p>Phản ánh chất lượng dịch vụ: 0204.3876.115</p></div>
<div class="BoxRight"><h3>Lịch khám chuyên khoa tuần tới</h3><table class="tbl-lich">{lich}</table></div>
<div class="BoxRight"><h3>Khảo sát hài lòng người bệnh</h3><a href="{base}/khao-sat"><img src="/Portals/0/banner/khao-sat.png" alt="Khảo sát" /></a></div>
<div class="BoxRight">{poll_html(rng, "Bạn đánh giá thế nào về thời gian chờ khám tại Trung tâm?", ["Dưới 30 phút", "Từ 30 đến 60 phút", "Trên 60 phút"], "fpt-poll")}</div>
</div>
</div></div>
<div class="fpt-footer"><div class="container">{"".join(f"<div>{l}</div>" for l in footer_lines("Trung tâm Y tế khu vực Yên Thế", "Khu phố Hoàng Hoa Thám, xã Yên Thế, tỉnh Bắc Ninh", "0204.3876.115", "ttytyenthe@bacninh.gov.vn", "BSCKII. Thân Văn Quý - Giám đốc", "Giấy phép số 112/GP-TTĐT cấp ngày 03/11/2025."))}<div>Phát triển bởi FPT IS</div></div></div>
<script src="/Portals/_default/Skins/EgovFPT/js/jquery.min.js"></script>
<script>{js_blob(rng, "egov.fpt.js", 25)}</script>
</body>
</html>
"""
    return page


# ================================================================ t05: CMC portal, commune; date only in <span title>; body = intro + one table
def page_t05(a, rng):
    site = "Cổng thông tin điện tử xã Hậu Thạnh"
    base = "https://hauthanh.tayninh.gov.vn"
    img = Imgs(rng, "/media/2026/03")
    body = render(a, "bs", rng, img)
    d = a["pub"]
    lst = heads(rng, 7, end=dt.date(2026, 3, 8))
    menu = "".join(f'<li class="cmc-menu-item"><a href="{base}/{slug(t)}">{t.upper()}</a></li>' for t, _ in MENU_XA[:8])
    side = "".join(f'<li><a href="{base}/tin-tuc/{slug(t)}">{t}</a></li>' for t, dd, n in lst)
    weeks = "".join(f'<option value="{w}">Tuần {w}</option>' for w in range(1, 49))
    page = f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(a["title"])} - {site}</title>
<link rel="canonical" href="{a["url"]}">
<link rel="stylesheet" href="/static/cmc-portal/css/app.{rid(rng, 8, '0123456789abcdef')}.css">
<style>{css_blob(rng, ["cmc-header", "cmc-menu-item", "post-detail", "post-title", "post-meta", "post-content", "lich-tuan", "sidebar-box", "cmc-footer"], 50)}</style>
</head>
<body>
<div id="app">
<header class="cmc-header">
 <div class="cmc-header__top"><div class="container d-flex"><div class="cmc-date"><i class="fa fa-calendar-o"></i> {dmy(CRAWL)}</div><div class="cmc-lang"><a href="#">VI</a> | <a href="#">EN</a></div><a class="cmc-login" href="{base}/auth/login">Đăng nhập</a></div></div>
 <div class="cmc-header__banner"><div class="container"><img src="/static/cmc-portal/img/quoc-huy.png" alt="Quốc huy" width="80"><div class="cmc-header__title"><p class="small">ĐẢNG ỦY - HĐND - UBND - UBMTTQ VIỆT NAM</p><p class="big">XÃ HẬU THẠNH</p></div></div></div>
 <nav class="cmc-menu"><div class="container"><ul>{menu}</ul><form class="cmc-search" action="{base}/tim-kiem"><input name="s" placeholder="Tìm kiếm..."></form></div></nav>
</header>
<main class="container">
<div class="row">
<div class="col-lg-9">
<div class="cmc-breadcrumb"><a href="{base}">Trang chủ</a> <span>›</span> <a href="{base}/lich-cong-tac">Lịch công tác</a></div>
<article class="post-detail">
<h1 class="post-title">{a["title"]}</h1>
<div class="post-meta"><span class="post-date" title="{dmy(d)} {d:%H:%M}"><i class="fa fa-clock-o"></i></span> <span class="post-view"><i class="fa fa-eye"></i> {rng.randrange(60, 400)}</span>
<span class="post-tools"><a href="javascript:window.print()" title="In"><i class="fa fa-print"></i></a> <a href="#" title="Chia sẻ Zalo"><i class="fa fa-share-alt"></i></a></span></div>
<div class="post-content lich-tuan">
{body}
</div>
<div class="post-download"><a href="/media/2026/03/lich-cong-tac-tuan-11.docx"><i class="fa fa-download"></i> Tải lịch công tác (.docx)</a></div>
</article>
</div>
<aside class="col-lg-3">
<div class="sidebar-box"><h3>Xem lịch theo tuần</h3><select name="tuan">{weeks}</select></div>
<div class="sidebar-box"><h3>Tin mới</h3><ul>{side}</ul></div>
<div class="sidebar-box"><a href="https://dichvucong.gov.vn"><img src="/media/banner/dvc.png" alt="Dịch vụ công trực tuyến"></a></div>
</aside>
</div>
</main>
<footer class="cmc-footer"><div class="container">{"".join(f"<p>{l}</p>" for l in footer_lines("UBND xã Hậu Thạnh", "Ấp Bình Hòa, xã Hậu Thạnh, tỉnh Tây Ninh", "0272.3861.205", "hauthanh@tayninh.gov.vn", "Ông Trương Minh Triết - Chủ tịch UBND xã", "Giấy phép số 58/GP-TTĐT cấp ngày 14/10/2025."))}<p>© CMC Technology</p></div></footer>
</div>
<script src="/static/cmc-portal/js/chunk-vendors.{rid(rng, 8, '0123456789abcdef')}.js"></script>
<script>{js_blob(rng, "app.js", 20)}</script>
</body>
</html>
"""
    return page


# ================================================================ t06: frozen district portal (ASP, table layout), charset only in meta
def page_t06(a, rng):
    site = "Trang thông tin điện tử huyện Tam Đường"
    base = "http://tamduong.laichau.gov.vn"
    img = Imgs(rng, "/Upload/TinTuc")
    body = render(a, "font", rng, img)
    d = a["pub"]
    olds = heads(rng, 10, start=dt.date(2025, 7, 1), end=dt.date(2025, 7, 1))
    old_rows = "".join(f'<tr><td width="10"><img src="/images/bullet.gif"></td><td><a href="{base}/TinTuc/Chitiet.asp?id={rng.randrange(3000, 9600)}" class="link_tin"><font face="Arial" size="2">{t}</font></a> <font size="1" color="#888888">(30/06/2025)</font></td></tr>'
                       for t, dd, n in olds)
    leftmenu = "".join(f'<tr><td class="menu_trai"><a href="{base}/ChuyenMuc.asp?id={i}"><font face="Arial" size="2"><b>{t}</b></font></a></td></tr>'
                       for i, t in enumerate(["Giới thiệu chung", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản pháp quy", "Thủ tục hành chính",
                                              "Quy hoạch - Kế hoạch", "Du lịch Tam Đường", "Hỏi - Đáp", "Thư viện ảnh", "Liên hệ"], 1))
    xa = [("xã Tam Đường", "tamduong"), ("xã Bình Lư", "binhlu"), ("xã Sơn Bình", "sonbinh"), ("xã Khun Há", "khunha"), ("xã Bản Bo", "banbo")]
    notice = "".join(f'<li><a href="https://{s}.laichau.gov.vn" target="_blank"><font color="#0000cc">Trang thông tin điện tử {n}</font></a></li>' for n, s in xa)
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{site} - {esc(a["title"])}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/js/menu.js"></script>
<script language="JavaScript">
<!--
function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}
function dongThongBao() {{ document.getElementById('hopthongbao').style.display='none'; }}
//-->
</script>
<style type="text/css">
.ngung-cap-nhat {{ background:#b00000; color:#fff; font:bold 14px Arial; padding:8px; text-align:center }}
#hopthongbao {{ position:fixed; top:120px; left:50%; margin-left:-260px; width:520px; background:#fffbe6; border:2px solid #c90; z-index:999; padding:12px }}
{css_blob(rng, ["menu_trai", "link_tin", "title_news", "date_news", "khung", "footer"], 25)}
</style>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<div class="ngung-cap-nhat">Trang thông tin này ngừng cập nhật từ 01/7/2025</div>
<div id="hopthongbao"><p><b>THÔNG BÁO</b></p><p>Từ ngày 01/7/2025, đơn vị hành chính cấp huyện kết thúc hoạt động. Mời Quý bạn đọc truy cập trang thông tin điện tử của các xã mới:</p><ul>{notice}</ul><p><a href="javascript:dongThongBao()">[Đóng lại]</a></p></div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="/images/banner_tamduong.jpg" width="1000" height="150" alt="Trang thông tin điện tử huyện Tam Đường"></td></tr>
<tr><td colspan="3" bgcolor="#1d5fa8" height="26"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td><font face="Arial" size="2" color="#FFFFFF">&nbsp;&nbsp;Chủ nhật, {dmy(CRAWL)}</font></td>
<td align="right"><a href="{base}/"><font face="Arial" size="2" color="#FFFFFF">Trang chủ</font></a> <font color="#FFFFFF">|</font> <a href="{base}/SoDo.asp"><font face="Arial" size="2" color="#FFFFFF">Sơ đồ site</font></a> <font color="#FFFFFF">|</font> <a href="{base}/LienHe.asp"><font face="Arial" size="2" color="#FFFFFF">Liên hệ</font></a>&nbsp;&nbsp;</td></tr></table></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#eef3fa"><table width="100%" cellpadding="4" cellspacing="0">{leftmenu}</table>
<table width="100%" cellpadding="4"><tr><td><font face="Arial" size="2"><b>Tìm kiếm</b></font><br><form action="/TimKiem.asp" method="post"><input type="text" name="tukhoa" size="18"><input type="submit" value="Tìm"></form></td></tr>
<tr><td><font face="Arial" size="2"><b>Số lượt truy cập:</b> {fmtn(rng.randrange(2000000, 5000000))}</font></td></tr></table></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="6" cellspacing="0" class="khung">
<tr><td class="duong_dan"><font face="Arial" size="1"><a href="{base}/">Trang chủ</a> &raquo; <a href="{base}/ChuyenMuc.asp?id=2">Tin tức - Sự kiện</a> &raquo; Thông báo</font></td></tr>
<tr><td class="title_news"><font face="Arial" size="3" color="#b00000"><b>{a["title"]}</b></font></td></tr>
<tr><td class="date_news"><font face="Arial" size="1" color="#666666">[{dmy(d)} - {d:%H:%M}]</font></td></tr>
<tr><td>
{body}
</td></tr>
<tr><td align="right"><a href="javascript:window.print()"><img src="/images/print.gif" border="0"> <font face="Arial" size="1">In trang</font></a> &nbsp; <a href="javascript:MM_openBrWindow('/GuiBan.asp?id=9612','','width=420,height=360')"><img src="/images/email.gif" border="0"> <font face="Arial" size="1">Gửi cho bạn bè</font></a></td></tr>
</table>
<table width="100%" cellpadding="2" cellspacing="0"><tr><td colspan="2" bgcolor="#dfe8f5"><font face="Arial" size="2"><b>Các tin khác</b></font></td></tr>{old_rows}</table>
</td>
<td width="200" valign="top"><table width="100%" cellpadding="4"><tr><td><a href="https://dichvucong.gov.vn"><img src="/images/dvcqg.gif" width="190" border="0"></a></td></tr><tr><td><a href="http://laichau.gov.vn"><img src="/images/congtinh.gif" width="190" border="0"></a></td></tr>
<tr><td><font face="Arial" size="2"><b>Liên kết website</b></font><br>{province_select("lk")}</td></tr></table></td>
</tr>
<tr><td colspan="3" bgcolor="#1d5fa8" align="center"><font face="Arial" size="1" color="#FFFFFF">{"<br>".join(footer_lines("UBND huyện Tam Đường (đã kết thúc hoạt động từ 01/7/2025)", "Thị trấn Tam Đường cũ, tỉnh Lai Châu", "0213.3875.228", "tamduong@laichau.gov.vn", "Văn phòng HĐND và UBND huyện", "Giấy phép số 15/GP-STTTT ngày 08/4/2013."))}</font></td></tr>
</table>
</body>
</html>
"""
    return page


# ================================================================ t07: department sub-site, content pasted from Word; date only at the end
WORD_HEAD = """<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Normal</w:View>
  <w:Zoom>0</w:Zoom>
  <w:TrackMoves/>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-US</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false" DefSemiHidden="false" DefQFormat="false" DefPriority="99" LatentStyleCount="376">
  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>
  <w:LsdException Locked="false" Priority="39" SemiHidden="true" UnhideWhenUsed="true" Name="toc 1"/>
  <w:LsdException Locked="false" Priority="34" QFormat="true" Name="List Paragraph"/>
 </w:LatentStyles>
</xml><![endif]--><!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	font-size:10.0pt;
	font-family:"Times New Roman",serif;}
</style>
<![endif]-->"""


def page_t07(a, rng):
    site = "Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp"
    base = "https://snnmt.dongthap.gov.vn"
    img = Imgs(rng, "/upload/2026")
    blank = "<p class=MsoNormal style='text-align:justify'><span style='" + WSTY + "'><o:p>&nbsp;</o:p></span></p>"
    body = render(a, "word", rng, img, blank=0.25, blank_html=blank)
    d = a["pub"]
    units = ["Văn phòng Sở", "Phòng Kế hoạch - Tài chính", "Chi cục Trồng trọt và Bảo vệ thực vật", "Chi cục Chăn nuôi và Thú y",
             "Chi cục Thủy sản", "Chi cục Kiểm lâm", "Chi cục Thủy lợi", "Chi cục Quản lý đất đai", "Chi cục Bảo vệ môi trường",
             "Trung tâm Khuyến nông", "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", "Văn phòng Đăng ký đất đai"]
    units_html = "".join(f'<li><a href="{base}/{slug(u)}">{u}</a></li>' for u in units)
    lst = heads(rng, 9, end=dt.date(2026, 4, 13))
    lst_html = "".join(f'<li><a href="{base}/tin-tuc/{slug(t)}-p{n}.html">{t}</a></li>' for t, dd, n in lst)
    gia = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in [("Lúa IR 50404 (tươi)", "5.900"), ("Lúa OM 5451 (tươi)", "6.300"),
                                                                      ("Lúa Đài Thơm 8 (tươi)", "6.900"), ("Xoài cát Hòa Lộc", "38.000"),
                                                                      ("Cá tra nguyên liệu", "27.500")])
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a["title"])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(a["title"])}">
<meta property="og:url" content="{a["url"]}">
<link rel="stylesheet" href="{base}/themes/snnmt/css/style.css?v=1.4">
<style>{css_blob(rng, ["top-info", "site-head", "menu-ngang", "cot-trai", "cot-phai", "tieude-baiviet", "noidung-baiviet", "khung-gia", "chan-trang"], 40)}</style>
</head>
<body>
<div class="top-info"><div class="wrap"><span>Hôm nay, Chủ nhật {dmy(CRAWL)}</span> <span class="thoitiet">Cao Lãnh: 24°C - 32°C</span> <a href="{base}/admin/login.php">Quản trị</a></div></div>
<div class="site-head"><div class="wrap"><img src="{base}/themes/snnmt/images/logo.png" alt="Logo"><div class="site-title"><span class="l1">ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP</span><span class="l2">SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG</span></div></div></div>
<div class="menu-ngang"><div class="wrap"><ul><li><a href="{base}">Trang chủ</a></li><li><a href="{base}/gioi-thieu">Giới thiệu</a></li><li><a href="{base}/tin-tuc">Tin tức</a></li><li><a href="{base}/thong-bao">Thông báo</a></li><li><a href="{base}/van-ban">Văn bản</a></li><li><a href="{base}/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li><a href="{base}/gia-ca-thi-truong">Giá cả thị trường</a></li><li><a href="{base}/lien-he">Liên hệ</a></li></ul></div></div>
<div class="wrap main">
<div class="cot-trai"><div class="box"><h3>Đơn vị trực thuộc</h3><ul>{units_html}</ul></div>
<div class="box khung-gia"><h3>Giá nông sản (đồng/kg)</h3><table>{gia}</table></div></div>
<div class="cot-giua">
<div class="duong-dan"><a href="{base}">Trang chủ</a> » <a href="{base}/chi-cuc-trong-trot-bvtv">Chi cục Trồng trọt và BVTV</a> » <a href="{base}/chi-cuc-trong-trot-bvtv/thong-bao">Thông báo</a></div>
<h1 class="tieude-baiviet">{a["title"]}</h1>
<div class="thongtin-baiviet"><span class="luotxem">Lượt xem: {rng.randrange(200, 1500)}</span> <a href="javascript:window.print()">[In bài]</a></div>
<div class="noidung-baiviet">
{WORD_HEAD}
{body}
<p class=MsoNormal align=right style='text-align:right'><b><span lang=VI style='{WSTY}'>Chi cục Trồng trọt và Bảo vệ thực vật<o:p></o:p></span></b></p>
<p class=MsoNormal align=right style='text-align:right'><i><span lang=VI style='{WSTY}'>Ngày {dmy(d)}<o:p></o:p></span></i></p>
</div>
<div class="tin-khac"><h3>Các tin khác</h3><ul>{lst_html}</ul></div>
</div>
</div>
<div class="chan-trang"><div class="wrap">{"<br>".join(footer_lines("Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp", "Số 5, đường 30/4, phường Cao Lãnh, tỉnh Đồng Tháp", "0277.3851.946", "snnmt@dongthap.gov.vn", "Ông Lê Quốc Thái - Giám đốc Sở", "Giấy phép số 31/GP-TTĐT cấp ngày 12/9/2025."))}</div></div>
<script src="{base}/themes/snnmt/js/jquery.js"></script>
<script>{js_blob(rng, "snnmt.js", 12)}</script>
</body>
</html>
"""
    return page


# ================================================================ t08: VNPT ePortal (older Liferay 6.2), commune; attachments
def page_t08(a, rng):
    site = "Cổng thông tin điện tử xã Quỳnh Phú"
    base = "https://quynhphu.nghean.gov.vn"
    img = Imgs(rng, "/documents/" + str(rng.randrange(1000000, 9999999)))
    body = render(a, "liferay", rng, img)
    d = a["pub"]
    files = [("01-DS-ho-xay-moi-dot-bo-sung-2025.pdf", "245 KB"), ("02-DS-ho-sua-chua-dot-bo-sung-2025.pdf", "188 KB"),
             ("TB-so-215-TB-UBND.pdf", "412 KB")]
    files_html = "".join(f'<tr><td class="stt">{i}</td><td><img src="/html/themes/classic/images/file_system/small/pdf.png" alt="" /> '
                         f'<a href="/documents/{rng.randrange(10000, 99999)}/{f}">{f}</a></td><td>{s}</td>'
                         f'<td><a class="download" href="/documents/{rng.randrange(10000, 99999)}/{f}?download=true">Tải về</a></td></tr>'
                         for i, (f, s) in enumerate(files, 1))
    other = heads(rng, 10, end=dt.date(2025, 8, 11))
    other_html = "".join(f'<li><a href="{base}/tin-tuc/-/view-content/{n}/{slug(t)}">{t}</a> <span>({dmy(dd)})</span></li>' for t, dd, n in other)
    thon = ["Thôn " + str(i) for i in range(1, 15)]
    thon_html = "".join(f'<li><a href="{base}/thon/{i}">{t}</a></li>' for i, t in enumerate(thon, 1))
    menu = mega_menu_li(rng, base, depth=False, cls=("parent", "child", "lfr-nav-item", "nav-link"))
    c = counter(rng)
    page = f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(a["title"])} - Thông báo - {site}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<link href="{base}/vnpt-xa-theme/images/favicon.ico" rel="Shortcut Icon" />
<link href="{a["url"]}" rel="canonical" />
<link href="{base}/html/css/main.css?browserId=other&amp;themeId=vnptxa_WAR_vnptxatheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1699870221000" rel="stylesheet" type="text/css" />
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=vnptxa_WAR_vnptxatheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6205&amp;t=1699870221000" type="text/javascript"></script>
<script type="text/javascript">var themeDisplay=Liferay.ThemeDisplay={{getCompanyId:function(){{return"10154"}},getScopeGroupId:function(){{return"{rng.randrange(100000, 999999)}"}},getLanguageId:function(){{return"vi_VN"}},isSignedIn:function(){{return false}},getPathThemeImages:function(){{return"{base}/vnpt-xa-theme/images"}}}};</script>
<style>{css_blob(rng, ["portlet-boundary_101_", "journal-content-article", "file-dinh-kem", "tin-khac", "box-thon", "header-xa", "nav-xa"], 45)}</style>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div id="wrapper">
<div class="header-xa"><div class="date-bar">Hôm nay, ngày {dmy(CRAWL)}</div><img src="{base}/vnpt-xa-theme/images/banner-quynhphu.jpg" alt="Banner" /></div>
<div class="nav-xa" id="navigation"><ul>{menu}</ul></div>
<div id="content"><div class="columns-2" id="main-content" role="main"><table class="portlet-layout"><tr>
<td class="aui-w70 portlet-column portlet-column-first" id="column-1">
<div class="portlet-boundary portlet-boundary_73_ portlet-static portlet-static-end portlet-breadcrumb" id="p_p_id_73_INSTANCE_{rid(rng, 4)}_"><ul class="breadcrumbs breadcrumbs-horizontal lfr-component"><li class="first"><span><a href="{base}/trang-chu">Trang chủ</a></span></li><li><span><a href="{base}/thong-bao">Thông báo</a></span></li><li class="last"><span>Chi tiết</span></li></ul></div>
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher" id="p_p_id_101_INSTANCE_{rid(rng, 4)}_">
<div class="portlet-body">
<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="lfr-meta-actions asset-actions"></div>
<h3 class="asset-title">{a["title"]}</h3>
<div class="asset-ngaydang">Ngày đăng: {dmy(d)} {d:%H:%M:%S}</div>
<div class="asset-content" id="{rid(rng, 8)}">
<div class="journal-content-article">
{body}
<p style="text-align: right;"><strong>{a["author"]}</strong></p>
</div>
<div class="file-dinh-kem"><p><b>Tệp đính kèm:</b></p><table class="tbl-file"><tr><th>STT</th><th>Tên tệp</th><th>Dung lượng</th><th></th></tr>{files_html}</table></div>
</div>
<div class="asset-view-count">Số lượt xem: {rng.randrange(100, 800)}</div>
<div class="taglib-social-bookmarks"><a href="https://www.facebook.com/sharer.php?u={a["url"]}">Facebook</a> <a href="javascript:window.print()">In</a></div>
</div>
</div>
</div>
<div class="tin-khac"><h4>Các tin khác</h4><ul>{other_html}</ul></div>
</td>
<td class="aui-w30 portlet-column portlet-column-last" id="column-2">
<div class="box-thon"><h4>Các thôn</h4><ul>{thon_html}</ul></div>
<div class="box-lienket"><h4>Liên kết</h4>{province_select()}</div>
<div class="box-thongke"><h4>Thống kê truy cập</h4><p>Hôm nay: {fmtn(c["today"])}</p><p>Hôm qua: {fmtn(c["yesterday"])}</p><p>Tất cả: {fmtn(c["total"])}</p></div>
</td></tr></table></div></div>
<div id="footer">{"<br />".join(footer_lines("UBND xã Quỳnh Phú", "Xóm 5, xã Quỳnh Phú, tỉnh Nghệ An", "0238.3864.512", "quynhphu@nghean.gov.vn", "Ông Hồ Đức Thịnh - Chủ tịch UBND xã", "Giấy phép số 73/GP-TTĐT cấp ngày 25/7/2025."))}</div>
</div>
<script type="text/javascript">AUI().use("aui-base","liferay-form","liferay-menu","liferay-notice","liferay-poller",function(a){{(function(){{Liferay.Util.addInputType();Liferay.Portlet.ready(function(b,c){{Liferay.Util.addInputType(c)}})}})();(function(){{new Liferay.Menu();}})()}});
{js_blob(rng, "vnpt-xa-theme main.js", 20)}</script>
</body>
</html>
"""
    return page


# ================================================================ t09: SharePoint "/Trang/" commune page with a PDF viewer iframe
def page_t09(a, rng):
    site = "Trang thông tin điện tử xã Thới Hưng"
    base = "https://thoihung.cantho.gov.vn"
    img = Imgs(rng, "/HinhAnh/2026")
    pdf = "/TaiLieu/2026/QD-cong-khai-du-toan-ngan-sach-2026.pdf"
    x = {"pdf": f'<div class="pdf-viewer" style="margin:12px 0"><iframe src="/_layouts/15/PdfViewer/web/viewer.html?file={pdf}" width="100%" height="820" frameborder="0" '
                f'title="Xem văn bản">Trình duyệt của bạn không hỗ trợ hiển thị tệp PDF.</iframe>'
                f'<p class="pdf-download"><a href="{pdf}" target="_blank">Tải về: QD-cong-khai-du-toan-ngan-sach-2026.pdf (1,2 MB)</a></p></div>'}
    body = render(a, "sp", rng, img, x=x)
    d = a["pub"]
    lst = heads(rng, 8, end=dt.date(2026, 1, 4))
    lst_html = "".join(f'<li><a href="{base}/Trang/TinTuc/{slug(t)}.aspx">{t}</a><span class="ngay">{dmy(dd)}</span></li>' for t, dd, n in lst)
    menu = "".join(f'<li><a href="{base}/Trang/{slug(t)}.aspx">{t}</a></li>' for t, _ in MENU_XA)
    page = f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" />
<title>{esc(a["title"])}</title>
<link rel="canonical" href="{a["url"]}" />
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2xVzLl5nq7h4tBxB3MrLOQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/CanTho/css/xa.css"/>
{sp_scripts(rng, "", site)}
<style>{css_blob(rng, ["ct-header", "ct-menu", "ct-main", "title-news", "date-news", "ms-rtestate-field", "pdf-viewer", "news-other", "ct-footer"], 40)}</style>
</head>
<body>
<form method="post" action="./cong-khai-du-toan-ngan-sach-nha-nuoc-nam-2026.aspx" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIMD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGUL{b64(rng, 9000)}" /></div>
{sp_ribbon()}
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="ct-header"><div class="ct-date">Chủ nhật, {dmy(CRAWL)}</div><div class="ct-banner"><img src="/Style%20Library/CanTho/images/banner-thoihung.png" alt="{site}" /></div></div>
<div class="ct-menu"><ul>{menu}</ul><div class="ct-search"><input type="text" placeholder="Tìm kiếm" /><a href="#">Tìm</a></div></div>
<div class="ct-main"><div class="ct-content" id="DeltaPlaceHolderMain">
<div class="breadcrumb"><a href="{base}">Trang chủ</a> / <a href="{base}/Trang/cong-khai.aspx">Công khai</a> / <a href="{base}/Trang/cong-khai-ngan-sach.aspx">Công khai ngân sách</a></div>
<div class="title-news"><h2>{a["title"]}</h2></div>
<div class="date-news"><span class="icon-clock"></span>{dmy(d)} {d:%H:%M}</div>
<div class="ms-rtestate-field" id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField">{body}</div>
<div class="news-tools"><a href="javascript:window.print()">In bài viết</a> | <a href="mailto:?subject=Cong%20khai%20du%20toan">Gửi email</a></div>
<div class="news-other"><h3>Tin khác</h3><ul>{lst_html}</ul></div>
</div>
<div class="ct-right"><div class="box"><h3>Công khai</h3><ul><li><a href="#">Công khai ngân sách</a></li><li><a href="#">Công khai đầu tư công</a></li><li><a href="#">Công khai thủ tục hành chính</a></li></ul></div>
<div class="box"><a href="https://dichvucong.cantho.gov.vn"><img src="/Style%20Library/CanTho/images/dvc.png" alt="Dịch vụ công" /></a></div></div>
</div>
<div class="ct-footer">{"<br />".join(footer_lines("UBND xã Thới Hưng", "Ấp Thới Thuận, xã Thới Hưng, thành phố Cần Thơ", "0292.3851.447", "thoihung@cantho.gov.vn", "Ông Nguyễn Văn Út - Chủ tịch UBND xã", "Giấy phép số 102/GP-TTĐT cấp ngày 04/9/2025."))}</div>
</div></div>
</form>
</body>
</html>
"""
    return page


# ================================================================ t10: school portal; title in capitals; two tables
def page_t10(a, rng):
    site = "Trường THCS Lê Quý Đôn - xã Ea Drông"
    base = "https://thcslequydon-eadrong.daklak.edu.vn"
    img = Imgs(rng, "/upload/42516/20260727")
    body = render(a, "liferay", rng, img)
    d = a["pub"]
    tb = heads(rng, 6, start=dt.date(2026, 5, 1), end=dt.date(2026, 7, 26))
    tb_html = "".join(f'<li><a href="{base}/tin-tuc/{slug(t)}.html">{t}</a></li>' for t, dd, n in tb)
    tkb = "".join(f'<li><a href="{base}/thoi-khoa-bieu/khoi-{k}.html">Thời khóa biểu khối {k}</a></li>' for k in (6, 7, 8, 9))
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a["title"])} - {site}</title>
<meta name="description" content="Thông báo tuyển dụng giáo viên hợp đồng năm học 2026 - 2027">
<link rel="canonical" href="{a["url"]}">
<link rel="stylesheet" href="/themes/school-v3/css/main.min.css">
<style>{css_blob(rng, ["school-top", "school-header", "school-nav", "news-title", "news-info", "news-body", "news-author", "box-side", "school-footer"], 45)}</style>
</head>
<body class="school">
<div class="school-top"><div class="container"><span>Hôm nay: {dmy(CRAWL)}</span><a href="https://vnedu.vn" class="vnedu">Tra cứu điểm vnEdu</a><a href="{base}/dang-nhap">Đăng nhập</a></div></div>
<div class="school-header"><div class="container"><img src="/themes/school-v3/img/logo-truong.png" alt="Logo"><div class="name"><span>UBND XÃ EA DRÔNG</span><strong>TRƯỜNG THCS LÊ QUÝ ĐÔN</strong></div></div></div>
<nav class="school-nav"><div class="container"><ul><li><a href="{base}">Trang chủ</a></li><li><a href="{base}/gioi-thieu">Giới thiệu</a></li><li><a href="{base}/tin-tuc">Tin tức</a></li><li><a href="{base}/thong-bao">Thông báo</a></li><li><a href="{base}/to-chuyen-mon">Tổ chuyên môn</a></li><li><a href="{base}/thu-vien">Thư viện</a></li><li><a href="{base}/cong-khai">Ba công khai</a></li><li><a href="{base}/lien-he">Liên hệ</a></li></ul></div></nav>
<div class="container main"><div class="row"><div class="col-md-8">
<div class="breadcrumb"><a href="{base}">Trang chủ</a> » <a href="{base}/thong-bao">Thông báo</a></div>
<div class="news-detail">
<h1 class="news-title">{a["title"]}</h1>
<div class="news-info"><span class="date">{wd(d)}, {dmy(d)} - {d:%H:%M}</span> <span class="view">Lượt xem: {rng.randrange(300, 2500)}</span></div>
<div class="news-body">
{body}
</div>
<div class="news-author"><span>Tác giả:</span> {a["author"]}</div>
<div class="news-share"><a href="#">Chia sẻ Facebook</a> <a href="javascript:window.print()">In</a></div>
</div>
</div>
<div class="col-md-4">
<div class="box-side"><h3>Thông báo</h3><ul>{tb_html}</ul></div>
<div class="box-side"><h3>Thời khóa biểu</h3><ul>{tkb}</ul></div>
<div class="box-side"><h3>Liên kết</h3><ul><li><a href="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</a></li><li><a href="https://sogddt.daklak.gov.vn">Sở Giáo dục và Đào tạo Đắk Lắk</a></li><li><a href="https://eadrong.daklak.gov.vn">UBND xã Ea Drông</a></li></ul></div>
</div></div></div>
<div class="school-footer"><div class="container"><p>TRƯỜNG THCS LÊ QUÝ ĐÔN</p><p>Địa chỉ: Thôn 3, xã Ea Drông, tỉnh Đắk Lắk</p><p>Điện thoại: 0262.3712.468 - Email: thcslequydon.eadrong@daklak.edu.vn</p><p>© Bản quyền thuộc về Trường THCS Lê Quý Đôn</p></div></div>
<script src="/themes/school-v3/js/app.min.js"></script>
<script>{js_blob(rng, "school-v3", 10)}</script>
</body>
</html>
"""
    return page


# ================================================================ t11: hospital site; the date only in the URL
def page_t11(a, rng):
    site = "Bệnh viện Đa khoa khu vực Cù Lao Minh"
    base = "https://bvdkculaominh.vinhlong.gov.vn"
    img = Imgs(rng, "/images/news/2026/08")
    lead = lead_of(a["blocks"])
    body = render(a, "bs", rng, img, h="h2")
    khoa = ["Khoa Khám bệnh", "Khoa Cấp cứu", "Khoa Hồi sức tích cực - Chống độc", "Khoa Nội tổng hợp", "Khoa Nhi", "Khoa Nhiễm",
            "Khoa Ngoại tổng hợp", "Khoa Phụ sản", "Khoa Xét nghiệm", "Khoa Chẩn đoán hình ảnh", "Khoa Dược", "Khoa Kiểm soát nhiễm khuẩn"]
    khoa_html = "".join(f'<li><a href="{base}/khoa-phong/{slug(k)}">{k}</a></li>' for k in khoa)
    rel = heads(rng, 6)
    rel_html = "".join(f'<div class="rel-item"><a href="{base}/tin-tuc/{rdate(rng, dt.date(2026, 1, 5), dt.date(2026, 8, 13)).isoformat()}/{slug(t)}-{n}.html">{t}</a></div>' for t, dd, n in rel)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title"])} - {site}</title>
<meta name="description" content="{esc(clean(lead))}">
<link rel="canonical" href="{a["url"]}">
<meta property="og:url" content="{a["url"]}">
<meta property="og:title" content="{esc(a["title"])}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/assets/css/hospital.css?v=2.8">
<style>{css_blob(rng, ["hs-topbar", "hs-header", "hs-nav", "hs-article", "sapo", "article-body", "tacgia", "khoa-list", "hs-footer", "rel-item", "emergency"], 55)}</style>
</head>
<body>
<div class="hs-topbar"><div class="container"><span class="today">CN, {dmy(CRAWL)}</span><span class="emergency">Cấp cứu 24/7: 0275.3829.115</span><a href="{base}/dat-lich-kham">Đặt lịch khám</a> <a href="{base}/en">EN</a></div></div>
<header class="hs-header"><div class="container"><a href="{base}"><img src="/assets/img/logo-bv.png" alt="{site}"></a><div class="hs-name"><small>SỞ Y TẾ TỈNH VĨNH LONG</small><b>BỆNH VIỆN ĐA KHOA KHU VỰC CÙ LAO MINH</b></div></div></header>
<nav class="hs-nav"><div class="container"><ul><li><a href="{base}">Trang chủ</a></li><li><a href="{base}/gioi-thieu">Giới thiệu</a></li><li><a href="{base}/khoa-phong">Khoa - Phòng</a></li><li class="active"><a href="{base}/tin-tuc">Tin tức</a></li><li><a href="{base}/giao-duc-suc-khoe">Giáo dục sức khỏe</a></li><li><a href="{base}/bang-gia">Bảng giá dịch vụ</a></li><li><a href="{base}/tuyen-dung">Tuyển dụng</a></li><li><a href="{base}/lien-he">Liên hệ</a></li></ul></div></nav>
<div class="container"><div class="row">
<main class="col-md-9">
<div class="crumbs"><a href="{base}">Trang chủ</a> › <a href="{base}/giao-duc-suc-khoe">Giáo dục sức khỏe</a></div>
<article class="hs-article">
<h1>{a["title"]}</h1>
<div class="share-tools"><a href="javascript:window.print()">In bài</a> · <a href="#" class="zalo-share-button" data-href="{a["url"]}">Chia sẻ Zalo</a> · <span class="views">{rng.randrange(200, 2000)} lượt xem</span></div>
<p class="sapo"><strong>{lead}</strong></p>
<div class="article-body">
{body}
</div>
<p class="tacgia">{a["author"]}</p>
</article>
<section class="related"><h3>Bài viết liên quan</h3>{rel_html}</section>
</main>
<aside class="col-md-3"><div class="khoa-list"><h3>Khoa - Phòng</h3><ul>{khoa_html}</ul></div>
<div class="side-banner"><a href="{base}/dat-lich-kham"><img src="/assets/img/banner-dat-lich.png" alt="Đặt lịch khám"></a><a href="{base}/khao-sat-hai-long"><img src="/assets/img/banner-khao-sat.png" alt="Khảo sát hài lòng"></a></div></aside>
</div></div>
<footer class="hs-footer"><div class="container">{"".join(f"<p>{l}</p>" for l in footer_lines("Sở Y tế tỉnh Vĩnh Long", "Ấp Phú Long, xã Cù Lao Minh, tỉnh Vĩnh Long", "0275.3829.115", "bvculaominh@vinhlong.gov.vn", "BSCKII. Huỳnh Văn Nghĩa - Giám đốc Bệnh viện", "Giấy phép số 66/GP-TTĐT cấp ngày 27/8/2025."))}</div></footer>
<script src="/assets/js/jquery.min.js"></script>
<script>{js_blob(rng, "hospital.js", 15)}</script>
</body>
</html>
"""
    return page


# ================================================================ t12: FPT portal of a department; body = one table; "Nguồn:" line
def page_t12(a, rng):
    site = "Sở Nội vụ tỉnh Quảng Trị"
    base = "https://sonoivu.quangtri.gov.vn"
    img = Imgs(rng, "/Uploads/2026/10")
    body = render(a, "bs", rng, img)
    d = a["pub"]
    lst = heads(rng, 8, end=dt.date(2026, 10, 1))
    lst_html = "".join(f'<li class="item"><a href="{base}/vi/news/{slug(t)}-{n}.html">{t}</a><span class="time">{dmy(dd)}</span></li>' for t, dd, n in lst)
    pmenu = "".join(f'<li><a href="{base}/vi/{slug(t)}">{t}</a></li>' for t in ["Giới thiệu", "Tin tức - Sự kiện", "Tổ chức bộ máy", "Chính quyền địa phương",
                                                                             "Công chức - Viên chức", "Cải cách hành chính", "Thi đua - Khen thưởng",
                                                                             "Lao động - Người có công - Xã hội", "Văn bản", "Thủ tục hành chính"])
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])} - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{a["url"]}">
<link href="/Portals/_default/Skins/QuangTri/skin.css" rel="stylesheet">
<style>{css_blob(rng, ["qt-head", "qt-nav", "news-detail-title", "news-detail-date", "news-detail-body", "news-source", "news-same", "qt-foot"], 40)}</style>
</head>
<body>
<div class="qt-head"><div class="container"><div id="date-time">Chủ nhật, {dmy(CRAWL)}</div><img src="/Portals/0/banner-snv-qt.png" alt="{site}">
<div class="qt-search"><input id="dnn_txtSearch" type="text" placeholder="Tìm kiếm..."><a id="dnn_cmdSearch" href="#">Tìm</a></div></div></div>
<div class="qt-nav"><div class="container"><ul>{pmenu}</ul></div></div>
<div class="container"><div class="row"><div class="col-md-9">
<div class="news-detail">
<div class="news-detail-cat"><a href="{base}/vi/chinh-quyen-dia-phuong">Chính quyền địa phương</a></div>
<h1 class="news-detail-title">{a["title"]}</h1>
<div class="news-detail-date">Ngày xuất bản: {dmy(d)}</div>
<div class="news-detail-body">
{body}
</div>
<p class="news-source" style="text-align:right"><em>Nguồn: Sở Nội vụ</em></p>
<div class="news-detail-tool"><a href="javascript:window.print()">In trang</a> <a href="#">Gửi bài viết</a> <a href="#top">Về đầu trang</a></div>
</div>
<div class="news-same"><h3>Tin cùng chuyên mục</h3><ul>{lst_html}</ul></div>
</div>
<div class="col-md-3"><div class="side"><h3>Chuyên mục</h3><ul>{pmenu}</ul></div><div class="side"><a href="https://dichvucong.quangtri.gov.vn"><img src="/Portals/0/dvc.png" alt="DVC"></a></div></div>
</div></div>
<div class="qt-foot"><div class="container">{"<br>".join(footer_lines("Sở Nội vụ tỉnh Quảng Trị", "Số 10 đường Nguyễn Huệ, phường Đồng Hới, tỉnh Quảng Trị", "0232.3822.419", "snv@quangtri.gov.vn", "Ông Trần Văn Lương - Giám đốc Sở", "Giấy phép số 21/GP-TTĐT cấp ngày 29/8/2025."))}</div></div>
<script>{js_blob(rng, "qt.skin.js", 12)}</script>
</body>
</html>
"""
    return page


# ================================================================ t13: SharePoint (Tân Dân), ward; 12-hour "3:40 CH" clock
def page_t13(a, rng):
    site = "Cổng thông tin điện tử phường Bắc Nha Trang"
    base = "https://bacnhatrang.khanhhoa.gov.vn"
    img = Imgs(rng, "/PublishingImages/TinTuc/2026-11")
    d = a["pub"]
    h12 = d.hour % 12 or 12
    shown = f"{dmy(d)} {h12}:{d.minute:02d} {'SA' if d.hour < 12 else 'CH'}"
    lead = lead_of(a["blocks"])
    body = render(a, "sp", rng, img)
    olds = heads(rng, 8, end=dt.date(2026, 11, 20))
    olds_html = "".join(f'<li><a href="{base}/Pages/tin-tuc/{n}/{slug(t)}.html">{t}</a> <span class="date">({dmy(dd)})</span></li>' for t, dd, n in olds)
    tdp = "".join(f'<option>Tổ dân phố {i}</option>' for i in range(1, 41))
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>{esc(a["title"])}</title>
<link rel="canonical" href="{a["url"]}" />
<link rel="stylesheet" type="text/css" href="/Style%20Library/TanDan/KhanhHoa/css/phuong.css"/>
{sp_scripts(rng, "", site)}
<style>{css_blob(rng, ["kh-top", "kh-banner", "kh-menu", "kh-news-title", "kh-news-date", "kh-news-summary", "kh-news-content", "kh-news-author", "kh-other", "kh-foot"], 50)}</style>
</head>
<body>
<form method="post" action="./chi-tiet.aspx" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QW{b64(rng, 16000)}" /><input type="hidden" name="__REQUESTDIGEST" value="0x{rid(rng, 128, '0123456789ABCDEF')},22 Nov 2026 02:{rng.randrange(10, 59)}:{rng.randrange(10, 59)} -0000" /></div>
{sp_ribbon()}
<div id="s4-workspace">
<div class="kh-top"><span class="kh-date">Chủ nhật, {dmy(CRAWL)}</span><a href="/_layouts/15/Authenticate.aspx">Đăng nhập</a></div>
<div class="kh-banner"><img src="/Style%20Library/TanDan/KhanhHoa/images/banner-bacnhatrang.jpg" alt="{site}" /></div>
<div class="kh-menu"><ul>{"".join(f'<li><a href="{base}/Pages/{slug(t)}.aspx">{t}</a></li>' for t, _ in MENU_XA)}</ul></div>
<div class="kh-body"><div class="kh-main">
<div class="kh-path"><a href="{base}">Trang chủ</a> » <a href="{base}/Pages/tin-tuc.aspx">Tin tức - Sự kiện</a> » <a href="{base}/Pages/hdnd.aspx">Hoạt động HĐND</a></div>
<h1 class="kh-news-title">{a["title"]}</h1>
<div class="kh-news-date">{shown}</div>
<div class="kh-news-summary">{lead}</div>
<div class="kh-news-content"><div class="ExternalClass{rid(rng, 32, '0123456789ABCDEF')}">{body}</div></div>
<div class="kh-news-author">{a["author"]}</div>
<div class="kh-rating">Đánh giá: <span class="stars">☆☆☆☆☆</span> | Lượt xem: {rng.randrange(50, 400)}</div>
<div class="kh-other"><h3>Các tin khác</h3><ul>{olds_html}</ul></div>
</div>
<div class="kh-side"><div class="box"><h3>Tra cứu tổ dân phố</h3><select>{tdp}</select></div>
<div class="box"><h3>Lịch tiếp công dân</h3><p>Chủ tịch UBND phường tiếp công dân định kỳ vào sáng thứ Năm hằng tuần tại Phòng tiếp công dân.</p></div>
<div class="box">{poll_html(rng, *POLL_Q)}</div></div></div>
<div class="kh-foot">{"<br />".join(footer_lines("UBND phường Bắc Nha Trang", "Số 2 đường Phạm Văn Đồng, phường Bắc Nha Trang, tỉnh Khánh Hòa", "0258.3831.624", "bacnhatrang@khanhhoa.gov.vn", "Bà Nguyễn Thị Bảo Ngọc - Chủ tịch UBND phường", "Giấy phép số 88/GP-TTĐT cấp ngày 11/8/2025."))}</div>
</div>
</form>
<script>{js_blob(rng, "TanDan.KhanhHoa.js", 20)}</script>
</body>
</html>
"""
    return page


# ================================================================ t14: Viettel portal, special zone; "Đăng lúc: hh:mm:ss dd/mm/yyyy (GMT+7)"
def page_t14(a, rng):
    site = "Cổng thông tin điện tử đặc khu Cô Tô"
    base = "https://coto.quangninh.gov.vn"
    img = Imgs(rng, "/Images/2026/05")
    x = {"xemthem": '<p><strong>Xem thêm:</strong> <a href="/tin-tuc/co-to-ra-quan-cao-diem-kiem-soat-tau-ca.html">Cô Tô ra quân cao điểm kiểm soát tàu cá xuất, nhập bến</a></p>'}
    body = render(a, "liferay", rng, img, x=x)
    d = a["pub"]
    hot = heads(rng, 10, end=dt.date(2026, 5, 22))
    hot_html = "".join(f'<li><a href="{base}/tin-tuc/{slug(t)}.html">{t}</a></li>' for t, dd, n in hot)
    thon = ["Thôn Hải Tiến", "Thôn Nam Hà", "Thôn Đông Tiến", "Thôn Hồng Hải", "Khu 1", "Khu 2", "Khu 3", "Thôn Thanh Lân", "Thôn Nam Hải"]
    tide = "".join(f"<tr><td>{dmy(CRAWL + dt.timedelta(days=i))}</td><td>{rng.randrange(1, 23):02d}:{rng.randrange(0, 59):02d}</td><td>{rng.randrange(20, 38) / 10:.1f} m</td></tr>" for i in range(0, 3))
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{a["url"]}">
<link rel="stylesheet" href="/Portal/skins/dackhu/css/main.css">
<style>{css_blob(rng, ["dk-top", "dk-head", "dk-nav", "dk-detail", "dk-title", "dk-date", "dk-content", "dk-side", "dk-tide", "dk-foot"], 45)}</style>
</head>
<body>
<div class="dk-top"><div class="container"><span class="dk-today">Chủ nhật, {dmy(CRAWL)}</span><span class="dk-weather">Cô Tô: 20°C, gió đông bắc cấp 4</span><a href="{base}/login">Đăng nhập</a></div></div>
<div class="dk-head"><div class="container"><img src="/Portal/skins/dackhu/img/logo.png" alt=""><h2>ĐẶC KHU CÔ TÔ - TỈNH QUẢNG NINH</h2></div></div>
<div class="dk-nav"><div class="container"><ul>{"".join(f'<li><a href="{base}/{slug(t)}">{t}</a></li>' for t, _ in MENU_XA)}</ul></div></div>
<div class="container"><div class="row"><div class="col-md-8">
<ul class="dk-breadcrumb"><li><a href="{base}">Trang chủ</a></li><li><a href="{base}/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="active">{a["title"]}</li></ul>
<div class="dk-detail">
<h1 class="dk-title">{a["title"]}</h1>
<div class="dk-date">Đăng lúc: {d:%H:%M:%S} {dmy(d)} (GMT+7)</div>
<div class="dk-content">
{body}
<p style="text-align: right;"><strong>Tin, ảnh: Vũ Hải Đăng</strong></p>
</div>
<div class="dk-tool"><a href="javascript:window.print()">In trang</a> <a href="#">Gửi email</a> <a href="#">Về đầu trang</a></div>
</div>
</div>
<div class="col-md-4 dk-side"><div class="box"><h3>Tin nổi bật</h3><ul>{hot_html}</ul></div>
<div class="box dk-tide"><h3>Thủy triều</h3><table><tr><th>Ngày</th><th>Giờ</th><th>Độ cao</th></tr>{tide}</table></div>
<div class="box"><h3>Thôn, khu</h3><ul>{"".join(f"<li>{t}</li>" for t in thon)}</ul></div></div>
</div></div>
<div class="dk-foot"><div class="container">{"<br>".join(footer_lines("UBND đặc khu Cô Tô", "Khu 3, đặc khu Cô Tô, tỉnh Quảng Ninh", "0203.3889.123", "coto@quangninh.gov.vn", "Ông Lê Văn Hải - Chủ tịch UBND đặc khu", "Giấy phép số 19/GP-TTĐT cấp ngày 16/7/2025."))}</div></div>
<script>{js_blob(rng, "dackhu.js", 15)}</script>
</body>
</html>
"""
    return page


# ================================================================ t15: DNN portal of a former district, frozen since 1/7/2025; 130 KB
def page_t15(a, rng):
    site = "Cổng thông tin điện tử huyện Nghĩa Hưng"
    base = "https://nghiahung.ninhbinh.gov.vn"
    img = Imgs(rng, "/Portals/0/EasyDNNnews/" + str(rng.randrange(1000, 9999)))
    lead = lead_of(a["blocks"])
    body = render(a, "liferay", rng, img)
    d = a["pub"]
    mod = rng.randrange(400, 999)
    read = heads(rng, 10, start=dt.date(2025, 7, 1), end=dt.date(2025, 7, 1))
    read_html = "".join(f'<li><a href="{base}/tin-tuc/ArticleID/{n}/{slug(t)}">{t}</a></li>' for t, dd, n in read)
    xas = ["xã Nghĩa Hưng", "xã Nghĩa Sơn", "xã Hồng Phong", "xã Quỹ Nhất", "xã Nghĩa Lâm", "xã Rạng Đông", "xã Đồng Thịnh"]
    notice = "".join(f'<li><a href="https://{slug(x).replace("xa-", "").replace("-", "")}.ninhbinh.gov.vn">Trang thông tin điện tử {x}</a></li>' for x in xas)
    old_xa = ["Thị trấn Liễu Đề", "Thị trấn Rạng Đông", "Thị trấn Quỹ Nhất", "Xã Nghĩa Đồng", "Xã Nghĩa Thịnh", "Xã Nghĩa Minh",
              "Xã Hoàng Nam", "Xã Nghĩa Châu", "Xã Nghĩa Thái", "Xã Nghĩa Trung", "Xã Nghĩa Sơn", "Xã Nghĩa Lạc", "Xã Nghĩa Hồng",
              "Xã Nghĩa Phong", "Xã Nghĩa Phú", "Xã Nghĩa Bình", "Xã Nghĩa Tân", "Xã Nghĩa Thành", "Xã Phúc Thắng", "Xã Nghĩa Lợi",
              "Xã Nghĩa Hải", "Xã Nam Điền", "Xã Nghĩa Lâm", "Xã Nghĩa Hùng"]
    old_xa_html = "".join(f'<li><a href="{base}/don-vi-hanh-chinh/{slug(x)}">{x}</a></li>' for x in old_xa)
    menu = mega_menu_li(rng, base, depth=True, cls=("haschild", "dnnmega-sub", "dnnmega-item", "dnnmega-link"))
    arch = "".join(f'<li><a href="{base}/tin-tuc/archive/{y}/{m}">Tháng {m}/{y}</a></li>' for y in (2025, 2024, 2023) for m in range(12, 0, -1) if not (y == 2025 and m > 7))
    page = f"""<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>
	{esc(a["title"])} | {site}
</title><meta id="MetaDescription" name="DESCRIPTION" content="{esc(clean(lead))}" /><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=412" type="text/css" rel="stylesheet"/>
<link href="/DesktopModules/EasyDNNnews/static/rateit/css/rateit.css?cdv=412" type="text/css" rel="stylesheet"/>
<link href="/Portals/_default/Skins/NinhBinhHuyen/skin.css?cdv=412" type="text/css" rel="stylesheet"/>
<link rel="canonical" href="{a["url"]}" />
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=412" type="text/javascript"></script>
<script src="/Resources/libraries/jQuery-Migrate/03_02_00/jquery-migrate.js?cdv=412" type="text/javascript"></script>
<style>
.ngung-capnhat{{background:#8b0000;color:#fff;text-align:center;padding:10px;font-weight:bold}}
{css_blob(rng, ["dnnmega-item", "dnnmega-sub", "edn_articleTitle", "edn_metaDetails", "edn_articleSummary", "edn_articleContent", "DnnModule", "eds_news_module", "hb-side", "hb-foot", "thong-bao-chuyen"], 120)}
</style>
</head>
<body id="Body">
<form method="post" action="/tin-tuc/ArticleID/{rng.randrange(9000, 9999)}/cong-bo-nghi-quyet" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{rid(rng, 40)}%%PAD%%" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{ theForm = document.Form; }}
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<script src="/WebResource.axd?d={rid(rng, 80)}&amp;t=638{rng.randrange(100000000000000, 999999999999999)}" type="text/javascript"></script>
<div class="ngung-capnhat">Trang thông tin này ngừng cập nhật từ 01/7/2025</div>
<div class="thong-bao-chuyen"><b>Thông báo:</b> Thực hiện sắp xếp đơn vị hành chính, huyện Nghĩa Hưng kết thúc hoạt động từ ngày 01/7/2025. Thông tin về các xã mới được cập nhật tại:<ul>{notice}</ul></div>
<div id="siteWrapper">
<div class="hb-top"><div class="container"><span class="hb-date">Chủ nhật, {dmy(CRAWL)}</span><a id="dnn_dnnLOGIN_loginLink" class="LoginLink" rel="nofollow" href="{base}/Login?returnurl=%2f">Đăng nhập</a></div></div>
<div class="hb-banner"><img src="/Portals/0/Banner/banner-nghiahung.jpg" alt="{site}" /></div>
<div class="hb-menu"><div class="container"><ul class="dnnmega">{menu}</ul></div></div>
<div class="container hb-content"><div class="row"><div class="col-md-8" id="dnn_ContentPane">
<div class="DnnModule DnnModule-EasyDNNnews DnnModule-{mod}"><a name="{mod}"></a>
<div class="eds_news_module_{mod} news eds_subCollection_news eds_news_Nuvo eds_template_Details_Article_Default eds_templateGroup_newsDetailsDefault eds_styleSwitchCriteria_module-{mod}">
<div id="dnn_ctr{mod}_ViewEasyDNNNewsMain_ctl00_pnlViewArticle">
<div class="edn_article edn_clearFix">
<h1 class="edn_articleTitle">{a["title"]}</h1>
<div class="edn_metaDetails"><time class="edn_articleDate">{wd(d)}, {dmy(d)}, {d:%H:%M}</time> <span class="edn_numberOfViews">Lượt xem: {rng.randrange(600, 4000)}</span></div>
<div class="edn_articleSummary"><p><strong>{lead}</strong></p></div>
<div class="edn_articleContent">
{body}
<p style="text-align: right;"><strong>{a["author"]}</strong></p>
</div>
<div class="edn_socialPrintWrapper"><a class="edn_printButton" href="{base}/tin-tuc/ArticleID/9901/print" target="_blank">In bài</a> <div class="rateit" data-rateit-value="0"></div></div>
</div></div></div></div>
</div>
<div class="col-md-4 hb-side" id="dnn_RightPane">
<div class="box"><h3>Đọc nhiều</h3><ul>{read_html}</ul></div>
<div class="box"><h3>Đơn vị hành chính (trước 01/7/2025)</h3><ul>{old_xa_html}</ul></div>
<div class="box"><h3>Lưu trữ</h3><ul>{arch}</ul></div>
<div class="box"><h3>Liên kết</h3>{province_select("dnn$ctr512$lk")}</div>
</div></div></div>
<div class="hb-foot">{"<br />".join(footer_lines("UBND huyện Nghĩa Hưng (đã kết thúc hoạt động)", "Thị trấn Liễu Đề cũ, tỉnh Ninh Bình", "0228.3871.225", "nghiahung@ninhbinh.gov.vn", "Văn phòng HĐND và UBND huyện", "Giấy phép số 04/GP-TTĐT ngày 15/3/2016."))}</div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`{rng.randrange(40, 99)}`}}" />
<input name="__RequestVerificationToken" type="hidden" value="{rid(rng, 92)}" />
<script type="text/javascript">{js_blob(rng, "dnnmega.js", 40)}</script>
</form>
</body>
</html>
"""
    return fill(page, 132_000, vs_pad, rng)


# ================================================================ t16: school portal (VNPT), opening ceremony; captions; "SA" clock
def page_t16(a, rng):
    site = "Trường Tiểu học Nà Sang"
    base = "https://thnasang.dienbien.edu.vn"
    img = Imgs(rng, "/upload/36715/fck/files/2026-09")
    body = render(a, "bs", rng, img, h="h4")
    d = a["pub"]
    h12 = d.hour % 12 or 12
    shown = f"{dmy(d)} {h12:02d}:{d.minute:02d}:{d.second:02d} {'SA' if d.hour < 12 else 'CH'}"
    gallery = "".join(f'<a class="gallery-item" href="/upload/36715/album/kg2026-{i}.jpg"><img src="/upload/36715/album/thumb-kg2026-{i}.jpg" alt="Khai giảng {i}"></a>' for i in range(1, 9))
    news = heads(rng, 6, start=dt.date(2026, 5, 1), end=dt.date(2026, 9, 4))
    news_html = "".join(f'<li><a href="{base}/tin-tuc/{slug(t)}.html">{t}</a> <span>{dmy(dd)}</span></li>' for t, dd, n in news)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title"])}</title>
<link rel="canonical" href="{a["url"]}">
<link rel="stylesheet" href="/themes/edu-portal/css/style.css">
<style>{css_blob(rng, ["edu-top", "edu-header", "edu-menu", "edu-detail", "edu-title", "edu-time", "edu-content", "edu-author", "gallery-item", "edu-side", "edu-footer"], 40)}</style>
</head>
<body>
<div class="edu-top"><span class="edu-today">Chủ nhật, {dmy(CRAWL, "-")}</span><a href="{base}/admin">Quản trị</a></div>
<div class="edu-header"><img src="/themes/edu-portal/images/banner-nasang.jpg" alt="{site}"></div>
<div class="edu-menu"><ul><li><a href="{base}">Trang chủ</a></li><li><a href="{base}/gioi-thieu">Giới thiệu</a></li><li><a href="{base}/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="{base}/hoat-dong-chuyen-mon">Hoạt động chuyên môn</a></li><li><a href="{base}/ban-tru">Bán trú</a></li><li><a href="{base}/cong-khai">Công khai</a></li><li><a href="{base}/thu-vien-anh">Thư viện ảnh</a></li></ul></div>
<div class="edu-wrap"><div class="edu-main">
<div class="edu-path">Trang chủ / Tin tức - Sự kiện</div>
<div class="edu-detail">
<h2 class="edu-title">{a["title"]}</h2>
<div class="edu-time">{shown}</div>
<div class="edu-content">
{body}
<p style="text-align:right"><strong><em>Bài, ảnh: Lường Thị Mai</em></strong></p>
</div>
<div class="edu-gallery"><h4>Một số hình ảnh khác</h4>{gallery}</div>
<div class="edu-like"><button type="button">👍 Thích</button> <span>{rng.randrange(10, 90)}</span></div>
</div>
</div>
<div class="edu-side"><div class="box"><h3>Tin mới</h3><ul>{news_html}</ul></div>
<div class="box"><h3>Thống kê</h3><p>Số học sinh: 512</p><p>Số lớp: 19</p><p>Cán bộ, giáo viên: 38</p></div></div></div>
<div class="edu-footer"><p>TRƯỜNG TIỂU HỌC NÀ SANG - XÃ MƯỜNG CHÀ - TỈNH ĐIỆN BIÊN</p><p>Điện thoại: 0215.3845.112 - Email: c1nasang@dienbien.edu.vn</p><p>Phát triển bởi VNPT Điện Biên</p></div>
<script>{js_blob(rng, "edu-portal.js", 8)}</script>
</body>
</html>
"""
    return page


# ================================================================ t17: CMC portal (newer), ward; procedure guide with numbered steps
def page_t17(a, rng):
    site = "Cổng thông tin điện tử phường Thủ Dầu Một"
    base = "https://thudaumot.tphcm.gov.vn"
    img = Imgs(rng, "/uploads/2026/06")
    lead = lead_of(a["blocks"])
    body = render(a, "bs", rng, img, h="h4")
    d = a["pub"]
    upd = dt.datetime(2026, 6, 15, 16, 20)
    rel = heads(rng, 5, end=dt.date(2026, 6, 11))
    rel_html = "".join(f'<li><a href="{base}/huong-dan/{slug(t)}">{t}</a></li>' for t, dd, n in rel)
    tthc = ["Chứng thực bản sao từ bản chính", "Đăng ký kết hôn", "Đăng ký khai tử", "Cấp phiếu lý lịch tư pháp", "Đăng ký hộ kinh doanh",
            "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Đăng ký biến động đất đai", "Xác nhận tình trạng hôn nhân"]
    tthc_html = "".join(f'<li><a href="{base}/thu-tuc/{slug(t)}">{t}</a></li>' for t in tthc)
    page = f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(a["title"])} | {site}</title>
<link rel="canonical" href="{a["url"]}">
<meta property="og:title" content="{esc(a["title"])}">
<link rel="stylesheet" href="/_nuxt/css/{rid(rng, 8, '0123456789abcdef')}.css">
<style>{css_blob(rng, ["c2-top", "c2-head", "c2-nav", "c2-article", "c2-title", "c2-meta", "c2-sapo", "c2-body", "c2-author", "c2-aside", "c2-foot"], 50)}</style>
</head>
<body>
<div id="__nuxt"><div id="__layout">
<div class="c2-top"><div class="container"><span class="c2-date">Chủ nhật, {dmy(CRAWL)}</span><a href="{base}/tra-cuu-ho-so">Tra cứu hồ sơ</a><a href="{base}/dang-nhap">Đăng nhập</a></div></div>
<div class="c2-head"><div class="container"><img src="/images/logo-tdm.png" alt=""><div><p>ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH</p><h2>PHƯỜNG THỦ DẦU MỘT</h2></div></div></div>
<nav class="c2-nav"><div class="container"><ul>{"".join(f'<li><a href="{base}/{slug(t)}">{t}</a></li>' for t, _ in MENU_XA)}</ul></div></nav>
<div class="container"><div class="row"><div class="col-lg-8">
<div class="c2-crumb"><a href="{base}">Trang chủ</a> / <a href="{base}/thu-tuc-hanh-chinh">Thủ tục hành chính</a> / <a href="{base}/huong-dan">Hướng dẫn</a></div>
<article class="c2-article">
<h1 class="c2-title">{a["title"]}</h1>
<div class="c2-meta"><span class="pub">{wd(d)}, {dmy(d)} - {d:%H:%M}</span> <span class="upd">Cập nhật: {dmy(upd)} {upd:%H:%M}</span></div>
<div class="c2-sapo"><p>{lead}</p></div>
<div class="c2-body">
{body}
</div>
<div class="c2-author">Tin: Trần Quốc Việt - Ảnh: Ngô Thị Bích</div>
<div class="c2-rate"><span>Bạn thấy hướng dẫn này có hữu ích?</span> <button>Có</button> <button>Không</button></div>
</article>
<div class="c2-related"><h3>Hướng dẫn khác</h3><ul>{rel_html}</ul></div>
</div>
<aside class="col-lg-4 c2-aside"><div class="box"><h3>Thủ tục thường dùng</h3><ul>{tthc_html}</ul></div>
<div class="box"><h3>Tổng đài hỗ trợ</h3><p>1022 (nhánh 3)</p></div></aside>
</div></div>
<footer class="c2-foot"><div class="container">{"".join(f"<p>{l}</p>" for l in footer_lines("UBND phường Thủ Dầu Một", "Số 1 đường Quang Trung, phường Thủ Dầu Một, Thành phố Hồ Chí Minh", "0274.3822.106", "thudaumot@tphcm.gov.vn", "Ông Võ Thành Nhân - Chủ tịch UBND phường", "Giấy phép số 140/GP-TTĐT cấp ngày 02/10/2025."))}</div></footer>
</div></div>
<script>window.__NUXT__={{layout:"default",data:[{{}}],fetch:{{}},error:null,serverRendered:true,routePath:"{a["url"][len(base):]}",config:{{}}}};</script>
<script src="/_nuxt/{rid(rng, 8, '0123456789abcdef')}.js" defer></script>
</body>
</html>
"""
    return page


# ================================================================ t18: Joomla, public service centre; text in decomposed Unicode (NFD)
def page_t18(a, rng):
    site = "Trung tâm Phục vụ hành chính công xã Vị Xuyên"
    base = "https://ttpvhcc.vixuyen.tuyenquang.gov.vn"
    img = Imgs(rng, "/images/2026/05")
    nfd = lambda s: unicodedata.normalize("NFD", s)
    body = nfd(render(a, "joomla", rng, img))
    d = a["pub"]
    title = nfd(a["title"])
    jwd = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"][d.weekday()]
    latest = heads(rng, 6, end=dt.date(2026, 5, 4))
    latest_html = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{base}/index.php/tin-hoat-dong/{n}-{slug(t)}" itemprop="url"><span itemprop="name">{t}</span></a></li>' for t, dd, n in latest)
    stats = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in [("Hồ sơ tiếp nhận tháng 4", "2.418"), ("Hồ sơ đã giải quyết", "2.356"),
                                                                      ("Đúng hạn", "99,1%"), ("Hồ sơ trực tuyến", "71,4%")])
    page = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="{a["url"]}" />
<meta name="author" content="Quản trị viên" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/pvhcc/css/template.css?{rid(rng, 32, '0123456789abcdef')}" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?{rid(rng, 32, '0123456789abcdef')}"></script>
<script src="/media/jui/js/jquery-noconflict.js?{rid(rng, 32, '0123456789abcdef')}"></script>
<script src="/media/system/js/caption.js?{rid(rng, 32, '0123456789abcdef')}"></script>
<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
<style>{css_blob(rng, ["pv-top", "pv-head", "pv-nav", "item-page", "page-header", "article-info", "pv-side", "pv-foot"], 40)}</style>
</head>
<body class="site com_content view-article no-layout no-task itemid-{rng.randrange(100, 199)}">
<div class="pv-top"><div class="container">Chủ nhật, {dmy(CRAWL)} | Hotline: 0219.3826.555</div></div>
<header class="pv-head"><div class="container"><a href="{base}"><img src="/images/banner/banner-pvhcc.png" alt="{site}" /></a></div></header>
<nav class="pv-nav"><div class="container"><ul class="nav menu nav-pills mod-list"><li class="item-101 default"><a href="/index.php">Trang chủ</a></li><li class="item-102"><a href="/index.php/gioi-thieu">Giới thiệu</a></li><li class="item-103 current active"><a href="/index.php/tin-hoat-dong">Tin hoạt động</a></li><li class="item-104"><a href="/index.php/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li class="item-105"><a href="/index.php/tra-cuu">Tra cứu hồ sơ</a></li><li class="item-106"><a href="/index.php/lien-he">Liên hệ</a></li></ul></div></nav>
<div class="container body"><div class="row-fluid">
<main id="content" role="main" class="span9">
<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider"> / </span><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/tin-hoat-dong" class="pathway"><span itemprop="name">Tin hoạt động</span></a><meta itemprop="position" content="2"></li></ul>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">{title}</h2></div>
<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#"><span class="icon-cog"></span><span class="caret"></span></a><ul class="dropdown-menu"><li class="print-icon"><a href="/index.php/tin-hoat-dong/412?tmpl=component&amp;print=1" title="In bài" rel="nofollow">In</a></li><li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;link={rid(rng, 40)}" title="Gửi email" rel="nofollow">Email</a></li></ul></div></div>
<dl class="article-info muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">Quản trị viên</span></dd>
<dd class="category-name">Chuyên mục: <a href="/index.php/tin-hoat-dong" itemprop="genre">Tin hoạt động</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{d:%Y-%m-%dT%H:%M:%S}+07:00" itemprop="datePublished">Ngày đăng: {jwd}, {d.day:02d} Tháng {d.month} {d.year} {d:%H:%M}</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:{rng.randrange(100, 900)}" />Lượt xem: {rng.randrange(100, 900)}</dd>
</dl>
<div itemprop="articleBody">
{body}
<p style="text-align: right;"><strong>{nfd(a["author"])}</strong></p>
</div>
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="Bài trước" href="/index.php/tin-hoat-dong/411" rel="prev"><span class="icon-chevron-left"></span> Trước</a></li><li class="next"><a class="hasTooltip" title="Bài sau" href="/index.php/tin-hoat-dong/413" rel="next">Sau <span class="icon-chevron-right"></span></a></li></ul>
</div>
</main>
<div id="aside" class="span3 pv-side">
<div class="moduletable"><h3>Tin mới nhất</h3><ul class="latestnews mod-list">{latest_html}</ul></div>
<div class="moduletable"><h3>Kết quả giải quyết hồ sơ</h3><table class="table">{stats}</table></div>
<div class="moduletable"><h3>Đánh giá sự hài lòng</h3><a href="{base}/index.php/danh-gia"><img src="/images/banner/danh-gia.png" alt="" /></a></div>
</div>
</div></div>
<footer class="pv-foot"><div class="container">{"<br />".join(footer_lines("UBND xã Vị Xuyên", "Tổ 5, xã Vị Xuyên, tỉnh Tuyên Quang", "0219.3826.555", "ttpvhcc.vixuyen@tuyenquang.gov.vn", "Bà Triệu Thị Mai - Giám đốc Trung tâm", "Trang thông tin nội bộ, không phải cơ quan báo chí."))}</div></footer>
</body>
</html>
"""
    return page


# ================================================================ t19: Party committee of a commune (custom Bootstrap); <time datetime>; blockquote
def page_t19(a, rng):
    site = "Đảng bộ xã Thanh Sơn"
    base = "https://danguy.thanhson.phutho.gov.vn"
    img = Imgs(rng, "/storage/posts/2026/01")
    body = render(a, "bs", rng, img, h="h3")
    d = a["pub"]
    chibo = ["Chi bộ Cơ quan Đảng", "Chi bộ Cơ quan UBND", "Chi bộ Quân sự", "Chi bộ Công an", "Chi bộ Trường THCS Thanh Sơn",
             "Chi bộ Trường Tiểu học Thanh Sơn", "Chi bộ Trạm Y tế"] + [f"Chi bộ khu {i}" for i in range(1, 19)]
    chibo_html = "".join(f'<li><a href="{base}/chi-bo/{slug(c)}">{c}</a></li>' for c in chibo)
    lst = heads(rng, 8, end=dt.date(2026, 1, 28))
    lst_html = "".join(f'<div class="media"><div class="media-body"><a href="{base}/tin-tuc/{slug(t)}">{t}</a><small>{dmy(dd)}</small></div></div>' for t, dd, n in lst)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="csrf-token" content="{rid(rng, 40)}">
<title>{esc(a["title"])} - {site}</title>
<link rel="canonical" href="{a["url"]}">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@4.6.2/dist/css/bootstrap.min.css">
<link rel="stylesheet" href="/css/dangbo.css?id={rid(rng, 20, '0123456789abcdef')}">
<style>{css_blob(rng, ["db-top", "db-head", "db-nav", "post", "post-title", "post-meta", "post-body", "post-author", "chibo-list", "db-foot"], 40)}</style>
</head>
<body>
<div class="db-top"><div class="container d-flex justify-content-between"><span>Chủ nhật, {dmy(CRAWL)}</span><span><a href="{base}/login">Đăng nhập</a></span></div></div>
<header class="db-head"><div class="container"><img src="/images/co-dang.png" height="70" alt="Cờ Đảng"><div class="d-inline-block"><div class="small">ĐẢNG BỘ TỈNH PHÚ THỌ</div><div class="h3 text-danger">ĐẢNG BỘ XÃ THANH SƠN</div></div></div></header>
<nav class="db-nav navbar navbar-expand-lg"><div class="container"><ul class="navbar-nav">{"".join(f'<li class="nav-item"><a class="nav-link" href="{base}/{slug(t)}">{t}</a></li>' for t in ["Trang chủ", "Giới thiệu", "Tin hoạt động", "Xây dựng Đảng", "Tuyên truyền", "Kiểm tra, giám sát", "Văn kiện", "Tư liệu"])}</ul></div></nav>
<div class="container mt-3"><div class="row"><div class="col-lg-8">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{base}">Trang chủ</a></li><li class="breadcrumb-item"><a href="{base}/tuyen-truyen">Tuyên truyền</a></li></ol></nav>
<article class="post">
<h1 class="post-title">{a["title"]}</h1>
<div class="post-meta"><i class="far fa-calendar"></i> <time datetime="{d:%Y-%m-%dT%H:%M:%S}+07:00">{dmy(d)}</time> · <i class="far fa-eye"></i> {rng.randrange(150, 1200)} lượt xem</div>
<div class="post-author"><span class="name">Lò Thị Ngọc Anh</span><br><span class="unit">Ban Xây dựng Đảng</span></div>
<div class="post-body">
{body}
</div>
<div class="post-tags">Từ khóa: <a href="#">96 năm thành lập Đảng</a> <a href="#">tuyên truyền</a> <a href="#">Đảng bộ xã Thanh Sơn</a></div>
<div class="post-share"><a href="#" class="btn btn-sm btn-primary">Facebook</a> <a href="#" class="btn btn-sm btn-info">Zalo</a> <a href="javascript:window.print()" class="btn btn-sm btn-secondary">In</a></div>
</article>
<section class="mt-4"><h4>Tin liên quan</h4>{lst_html}</section>
</div>
<aside class="col-lg-4"><div class="card mb-3"><div class="card-header">Các chi bộ trực thuộc</div><ul class="chibo-list">{chibo_html}</ul></div>
<div class="card"><div class="card-header">Học tập và làm theo Bác</div><div class="card-body"><img src="/images/bac-ho.jpg" class="img-fluid" alt=""></div></div></aside>
</div></div>
<footer class="db-foot"><div class="container">{"<br>".join(footer_lines("Đảng ủy xã Thanh Sơn", "Khu 5, xã Thanh Sơn, tỉnh Phú Thọ", "0210.3873.118", "danguy.thanhson@phutho.gov.vn", "Đồng chí Hà Văn Thắng - Bí thư Đảng ủy xã", "Trang thông tin điện tử nội bộ của Đảng bộ xã."))}</div></footer>
<script src="https://cdn.jsdelivr.net/npm/jquery@3.7.1/dist/jquery.min.js"></script>
<script>{js_blob(rng, "dangbo.js", 8)}</script>
</body>
</html>
"""
    return page


# ================================================================ t20: WordPress, commune culture centre; UTC machine date; CMS account
def page_t20(a, rng):
    site = "Trung tâm Văn hóa, Thông tin và Thể thao xã Long Điền"
    base = "https://ttvhtt.longdien.tphcm.gov.vn"
    img = Imgs(rng, "/wp-content/uploads/2026/10")
    body = render(a, "bs", rng, img)
    d = a["pub"]
    utc = d - dt.timedelta(hours=7)
    mod = utc + dt.timedelta(hours=22, minutes=48, seconds=11)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": a["url"] + "#article", "isPartOf": {"@id": a["url"]},
         "author": {"name": "ttvhxa", "@id": base + "/#/schema/person/" + rid(rng, 32, "0123456789abcdef")},
         "headline": a["title"], "datePublished": utc.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
         "dateModified": mod.strftime("%Y-%m-%dT%H:%M:%S+00:00"), "mainEntityOfPage": {"@id": a["url"]},
         "wordCount": 512, "publisher": {"@id": base + "/#organization"}, "inLanguage": "vi"},
        {"@type": "WebPage", "@id": a["url"], "url": a["url"], "name": a["title"] + " - " + site,
         "datePublished": utc.strftime("%Y-%m-%dT%H:%M:%S+00:00"), "inLanguage": "vi"}]}
    recent = heads(rng, 5, end=dt.date(2026, 10, 2))
    recent_html = "".join(f'<li><a href="{base}/{dd:%Y/%m/%d}/{slug(t)}/">{t}</a></li>' for t, dd, n in recent)
    cats = ["Văn hóa - Văn nghệ", "Thể dục - Thể thao", "Thông tin - Tuyên truyền", "Thư viện", "Di tích - Lễ hội", "Thông báo"]
    cats_html = "".join(f'<li class="cat-item"><a href="{base}/category/{slug(c)}/">{c}</a></li>' for c in cats)
    page = f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{esc(a["title"])} - {site}</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />
<link rel="canonical" href="{a["url"]}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a["title"])}" />
<meta property="og:url" content="{a["url"]}" />
<meta property="og:site_name" content="{site}" />
<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%S}+00:00" />
<meta property="article:modified_time" content="{mod:%Y-%m-%dT%H:%M:%S}+00:00" />
<meta name="author" content="ttvhxa" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.8.1' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='{base}/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.11.0' media='all' />
<style id='astra-theme-css-inline-css'>{css_blob(rng, ["site-header", "main-navigation", "entry-header", "entry-title", "entry-meta", "entry-content", "widget", "site-footer", "ast-container"], 60)}</style>
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-{rng.randrange(1000, 3000)} single-format-standard ast-single-post ast-right-sidebar">
<div class="hfeed site" id="page">
<div class="top-bar"><div class="ast-container"><span class="ngay">Chủ Nhật, {dmy(CRAWL)}</span> <span class="hotline">Hotline: 0254.3862.190</span></div></div>
<header class="site-header" id="masthead"><div class="ast-container"><div class="site-branding"><p class="site-title"><a href="{base}/" rel="home">{site}</a></p><p class="site-description">Xã Long Điền - Thành phố Hồ Chí Minh</p></div>
<nav class="main-navigation"><ul id="primary-menu" class="main-header-menu">{"".join(f'<li class="menu-item"><a href="{base}/category/{slug(c)}/" class="menu-link">{c}</a></li>' for c in cats)}</ul></nav></div></header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post type-post status-publish format-standard has-post-thumbnail hentry category-the-duc-the-thao ast-article-single" id="post-2051" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header">
<h1 class="entry-title" itemprop="headline">{a["title"]}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{utc:%Y-%m-%dT%H:%M:%S}+00:00">{dmy(d)}</time><time class="updated" datetime="{mod:%Y-%m-%dT%H:%M:%S}+00:00">{dmy(mod + dt.timedelta(hours=7))}</time></span> / <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">Đăng bởi: <a title="Xem tất cả bài viết của ttvhxa" href="{base}/author/ttvhxa/" class="url fn n" rel="author" itemprop="url"><span class="author-name" itemprop="name">ttvhxa</span></a></span></div>
</header>
<div class="entry-content clear" itemprop="text">
{body}
<p style="text-align: right;"><strong>Minh Châu</strong></p>
</div>
<div class="post-share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={a["url"]}">Facebook</a></div>
</article>
<nav class="navigation post-navigation" aria-label="Bài viết"><div class="nav-links"><div class="nav-previous"><a href="{base}/2026/09/28/lop-nang-khieu-ve-thieu-nhi/" rel="prev">← Bài trước</a></div><div class="nav-next"><a href="{base}/2026/10/05/chieu-phim-luu-dong-tai-cac-ap/" rel="next">Bài sau →</a></div></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p><textarea id="comment" name="comment"></textarea><input name="author" type="text" placeholder="Tên*"><input name="email" type="email" placeholder="Email*"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận"></form></div></div>
</main>
</div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main">
<aside class="widget widget_search"><form role="search" method="get" class="search-form" action="{base}/"><input type="search" class="search-field" placeholder="Tìm kiếm..." name="s"></form></aside>
<aside class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent_html}</ul></aside>
<aside class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul>{cats_html}</ul></aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-container">{"<br>".join(footer_lines("UBND xã Long Điền", "Khu phố Long Phượng, xã Long Điền, Thành phố Hồ Chí Minh", "0254.3862.190", "ttvhtt.longdien@tphcm.gov.vn", "Ông Nguyễn Hữu Tài - Giám đốc Trung tâm", "Trang thông tin điện tử của Trung tâm Văn hóa, Thông tin và Thể thao xã."))}<br>Được xây dựng trên WordPress</div></footer>
</div>
<script id="astra-theme-js-js-extra">var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"","is_header_footer_builder_active":"1"}};</script>
<script src="{base}/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.11.0" id="astra-theme-js-js"></script>
<script>{js_blob(rng, "astra addon", 10)}</script>
</body>
</html>
"""
    return page


# ================================================================ non-article pages
def page_n01(a, rng):
    """Listing: category page of a VNPT (Liferay) ward portal, page 2."""
    site = "Cổng thông tin điện tử phường Tân Lập"
    base = "https://tanlap.thainguyen.gov.vn"
    items = heads(rng, 12, start=dt.date(2026, 9, 1), end=dt.date(2026, 11, 20))
    items.sort(key=lambda t: t[1], reverse=True)
    sapo = ["Hội nghị nhằm đánh giá kết quả thực hiện nhiệm vụ và triển khai phương hướng thời gian tới.",
            "Các đại biểu đã thảo luận, thống nhất nhiều giải pháp để nâng cao hiệu quả công tác tại cơ sở.",
            "Hoạt động thu hút đông đảo cán bộ, đoàn viên, hội viên và Nhân dân trên địa bàn tham gia.",
            "Đây là hoạt động thiết thực nhằm phục vụ người dân, doanh nghiệp ngày càng tốt hơn."]
    li = "\n".join(
        f'<div class="news-item row"><div class="col-md-4"><a href="{base}/tin-tuc-su-kien/-/asset_publisher/Kq9mT2xLpR4a/content/{slug(t, False)}"><img src="/documents/20182/thumb/{rid(rng, 10)}.jpg" alt="{esc(t)}" class="img-fluid" /></a></div>'
        f'<div class="col-md-8"><h3 class="news-title"><a href="{base}/tin-tuc-su-kien/-/asset_publisher/Kq9mT2xLpR4a/content/{slug(t, False)}">{t}</a></h3>'
        f'<div class="news-date"><i class="fa fa-clock-o"></i> {dmy(dd)} {rng.randrange(7, 17):02d}:{rng.randrange(0, 59):02d}</div><p class="news-sapo">{rng.choice(sapo)}</p></div></div>'
        for t, dd, n in items)
    pages = " ".join(f'<li class="page-item{" active" if i == 2 else ""}"><a class="page-link" href="{base}/tin-tuc-su-kien/tin-hoat-dong?cur={i}">{i}</a></li>' for i in range(1, 8))
    mega = mega_menu_li(rng, base)
    page = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>Tin hoạt động - {site}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="{a["url"]}" rel="canonical" />
<link class="lfr-css-file" href="/o/vnpt-portal-theme/css/main.css?browserId=other&amp;themeId=vnptportaltheme_WAR_vnptportaltheme&amp;languageId=vi_VN&amp;b=7310" rel="stylesheet" type="text/css" />
<script type="text/javascript">var Liferay = Liferay || {{}};Liferay.ThemeDisplay={{getLayoutId:function(){{return "23"}},getLanguageId:function(){{return "vi_VN"}},isSignedIn:function(){{return false}}}};var themeDisplay=Liferay.ThemeDisplay;</script>
<style>{css_blob(rng, ["news-item", "news-title", "news-date", "news-sapo", "pagination", "top-bar", "mega-menu"], 60)}</style>
</head>
<body class="controls-visible guest-site signed-out public-page site">
<div id="wrapper">
<header id="banner"><div class="top-bar"><span class="current-date">Chủ nhật, {dmy(CRAWL)}</span> <a href="{base}/c/portal/login">Đăng nhập</a></div>
<div class="header-banner"><img alt="{site}" src="/image/layout_set_logo?img_id=51820" /></div>
<nav id="navigation"><ul class="navbar-nav mega-menu">{mega}</ul></nav></header>
<section id="content"><div class="container"><div class="row"><div class="col-md-8">
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="{base}">Trang chủ</a></li><li class="breadcrumb-item"><a href="{base}/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="breadcrumb-item active">Tin hoạt động</li></ol>
<section class="portlet"><h2 class="portlet-title-text">Tin hoạt động</h2>
<div class="asset-publisher-list">
{li}
</div>
<nav><ul class="pagination">{pages}</ul></nav>
</section>
</div>
<div class="col-md-4"><section class="portlet"><h2 class="portlet-title-text">Liên kết website</h2>{province_select()}</section>{poll_html(rng, *POLL_Q)}</div>
</div></div></section>
<footer id="footer">{"".join(f"<p>{l}</p>" for l in footer_lines("Ủy ban nhân dân phường Tân Lập", "Số 3 đường Quang Trung, phường Tân Lập, tỉnh Thái Nguyên", "0208.3855.614", "tanlap@thainguyen.gov.vn", "Ông Nguyễn Đức Hạnh - Chủ tịch UBND phường", "Giấy phép số 27/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Nguyên cấp ngày 18/8/2025."))}</footer>
</div>
<script>{js_blob(rng, "vnpt-portal-theme main.js", 30)}</script>
</body>
</html>
"""
    return page


def page_n02(a, rng):
    """Search results page of a SharePoint (Tân Dân) department portal."""
    site = "Sở Nội vụ tỉnh Lào Cai"
    base = "https://snv.laocai.gov.vn"
    res = heads(rng, 10)
    snip = ["… thông báo về việc <b>tuyển dụng</b> công chức, viên chức năm 2026 …",
            "… kết quả kiểm tra, sát hạch đối với người dự <b>tuyển dụng</b> …",
            "… danh sách thí sinh đủ điều kiện dự <b>tuyển dụng</b> vòng 2 …",
            "… hướng dẫn hồ sơ đăng ký <b>tuyển dụng</b> theo chính sách thu hút …"]
    items = "\n".join(f'<div class="search-item"><a class="search-title" href="{base}/tin-tuc/Pages/{slug(t)}.aspx">{t}</a>'
                      f'<div class="search-snippet">{rng.choice(snip)}</div><div class="search-url">{base}/tin-tuc/Pages/{slug(t)}.aspx - {dmy(dd)}</div></div>'
                      for t, dd, n in res)
    page = f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>Kết quả tìm kiếm</title>
<link rel="stylesheet" type="text/css" href="/Style%20Library/TanDan/css/portal.css"/>
{sp_scripts(rng, "", site)}
<style>{css_blob(rng, ["search-item", "search-title", "search-snippet", "search-url", "tdn-header", "tdn-menu", "paging"], 40)}</style>
</head>
<body>
<form method="post" action="./ket-qua-tim-kiem.aspx?k=tuy%e1%bb%83n+d%e1%bb%a5ng" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QW{b64(rng, 24000)}" /></div>
{sp_ribbon()}
<div class="tdn-header"><span class="tdn-date">Chủ Nhật, ngày {dmy(CRAWL)}</span><img src="/Style%20Library/TanDan/images/banner-snv.png" alt="{site}" /></div>
<div class="tdn-menu"><ul>{"".join(f'<li><a href="{base}/{slug(t)}">{t}</a></li>' for t in ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Thông báo", "Văn bản", "Thủ tục hành chính", "Liên hệ"])}</ul></div>
<div class="tdn-center">
<div class="search-box"><input type="text" name="k" value="tuyển dụng" /><input type="submit" value="Tìm kiếm" /></div>
<div class="search-stats">Tìm thấy khoảng 146 kết quả cho từ khóa “tuyển dụng”</div>
<div class="search-results">
{items}
</div>
<div class="paging"><a href="?k=tuy%e1%bb%83n+d%e1%bb%a5ng&amp;start1=1" class="active">1</a> <a href="?k=tuy%e1%bb%83n+d%e1%bb%a5ng&amp;start1=11">2</a> <a href="?k=tuy%e1%bb%83n+d%e1%bb%a5ng&amp;start1=21">3</a> <a href="?k=tuy%e1%bb%83n+d%e1%bb%a5ng&amp;start1=11">Tiếp »</a></div>
</div>
<div class="tdn-footer">{"<br />".join(footer_lines("Sở Nội vụ tỉnh Lào Cai", "Tầng 4, Khối 5, Trung tâm hành chính tỉnh Lào Cai", "0214.3840.100", "snv@laocai.gov.vn", "Bà Đặng Thị Ngân - Giám đốc Sở", "Giấy phép số 09/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai cấp ngày 05/9/2025."))}</div>
</form>
</body>
</html>
"""
    return page


def page_n03(a, rng):
    """'Not found' page of a Viettel ward portal (served with its full chrome)."""
    site = "Trang thông tin điện tử phường Thanh Khê Đông"
    base = "https://thanhkhedong.danang.gov.vn"
    menu = "".join(f'<li><a href="{base}/{slug(t)}">{t}</a></li>' for t, _ in MENU_XA)
    hot = heads(rng, 6)
    hot_html = "".join(f'<li><a href="{base}/tin-tuc/{slug(t)}-{n}.html">{t}</a></li>' for t, dd, n in hot)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Không tìm thấy trang | {site}</title>
<meta name="robots" content="noindex">
<link rel="stylesheet" href="/Content/vtportal/bootstrap.min.css">
<link rel="stylesheet" href="/Content/vtportal/style.css?v=3.2.7">
<style>{css_blob(rng, ["vt-top", "vt-header", "vt-menu", "page-404", "vt-footer"], 40)}</style>
</head>
<body>
<div class="vt-top"><div class="container"><span class="ngay-hien-tai">Hôm nay: Chủ nhật, {dmy(CRAWL, "-")}</span></div></div>
<div class="vt-header"><div class="container"><img src="/Content/vtportal/images/logo-tkd.png" alt="Logo"><div class="vt-site-name"><h2>ỦY BAN NHÂN DÂN PHƯỜNG THANH KHÊ ĐÔNG</h2><p>Trang thông tin điện tử</p></div></div></div>
<nav class="vt-menu"><div class="container"><ul class="nav-main">{menu}</ul></div></nav>
<div class="container vt-main"><div class="row"><div class="col-md-9">
<div class="page-404"><h1>404</h1><h2>Không tìm thấy trang</h2><p>Trang bạn yêu cầu không tồn tại, đã bị xóa hoặc đường dẫn không chính xác. Do sắp xếp đơn vị hành chính, một số nội dung cũ đã được chuyển sang địa chỉ mới.</p>
<p><a href="{base}">Quay về trang chủ</a> | <a href="{base}/tim-kiem">Tìm kiếm</a></p></div>
</div><div class="col-md-3"><div class="box"><h4 class="box-title">Tin nổi bật</h4><ul>{hot_html}</ul></div></div></div></div>
<footer class="vt-footer"><div class="container">{"".join(f"<p>{l}</p>" for l in footer_lines("UBND phường Thanh Khê Đông", "Số 152 đường Trần Cao Vân, phường Thanh Khê Đông, thành phố Đà Nẵng", "0236.3759.214", "tkdong@danang.gov.vn", "Ông Huỳnh Tấn Lộc - Chủ tịch UBND phường", "Giấy phép số 45/GP-STTTT cấp ngày 21/7/2025."))}</div></footer>
<script>{js_blob(rng, "vtportal.common.js", 20)}</script>
</body>
</html>
"""
    return page


def page_n04(a, rng):
    """JavaScript cookie challenge put in front of a provincial sub-site."""
    key = rid(rng, 32, "0123456789abcdef")
    salt = rid(rng, 16, "0123456789abcdef")
    table = ",".join(str(rng.randrange(0, 255)) for _ in range(1500))
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Đang kiểm tra trình duyệt...</title>
<style>
body{{font-family:Arial,Helvetica,sans-serif;background:#f4f6f9;color:#333;margin:0}}
.box{{max-width:520px;margin:12% auto;background:#fff;border-radius:8px;box-shadow:0 2px 12px rgba(0,0,0,.08);padding:32px;text-align:center}}
.spinner{{width:42px;height:42px;border:4px solid #dde3ea;border-top-color:#c62828;border-radius:50%;margin:18px auto;animation:spin 1s linear infinite}}
@keyframes spin{{to{{transform:rotate(360deg)}}}}
small{{color:#888}}
</style>
</head>
<body>
<div class="box">
<h1 style="font-size:20px">Đang kiểm tra trình duyệt của bạn</h1>
<div class="spinner"></div>
<p>Hệ thống đang xác minh kết nối trước khi chuyển tới trang thông tin điện tử. Quá trình này diễn ra tự động và chỉ mất vài giây.</p>
<p><small>Vui lòng bật JavaScript và cookie. Mã yêu cầu: {rid(rng, 16, "0123456789ABCDEF")}</small></p>
<noscript><p>Trình duyệt của bạn đã tắt JavaScript. Vui lòng bật JavaScript để tiếp tục truy cập.</p></noscript>
</div>
<script>
(function(){{var k="{key}",s="{salt}",t=[{table}];
function h(x){{var r=0;for(var i=0;i<x.length;i++){{r=(r*31+x.charCodeAt(i))%1000000007}}return r}}
var v=h(k+s);for(var i=0;i<t.length;i++){{v=(v+t[i]*(i+1))%1000000007}}
document.cookie="__vnsc="+k.substring(0,8)+v.toString(16)+"; path=/; max-age=1800; SameSite=Lax";
setTimeout(function(){{location.replace(location.href)}},1500);}})();
</script>
</body>
</html>
"""
    return page


# ================================================================ page table
PAGES = {
    "t01": ("vnpt-liferay", "https://tanlap.thainguyen.gov.vn/tin-tuc-su-kien/-/asset_publisher/Kq9mT2xLpR4a/content/"
                            "phuong-tan-lap-so-ket-6-thang-van-hanh-chinh-quyen-ia-phuong-hai-cap", "utf-8"),
    "t02": ("sharepoint-tandan", "https://snv.laocai.gov.vn/thong-bao/thong-bao-tuyen-dung/Pages/"
                                 "thong-bao-tuyen-dung-cong-chuc-cap-xa-tinh-lao-cai-nam-2026.aspx", "utf-8"),
    "t03": ("viettel-portal", "https://thanhkhedong.danang.gov.vn/tin-tuc/tuyen-truyen-ky-nang-phong-chong-thien-tai-mua-mua-bao-nam-2025-4127.html", "utf-8"),
    "t04": ("fpt-egov", "https://ttytyenthe.bacninh.gov.vn/dich-vu/huong-dan-dat-lich-kham-benh-truc-tuyen-tai-trung-tam-y-te-khu-vuc-yen-the", "utf-8"),
    "t05": ("cmc-portal", "https://hauthanh.tayninh.gov.vn/lich-cong-tac/lich-cong-tac-tuan-11-nam-2026", "utf-8"),
    "t06": ("asp-table", "http://tamduong.laichau.gov.vn/TinTuc/Chitiet.asp?id=9612", None),
    "t07": ("custom-php-word", "https://snnmt.dongthap.gov.vn/chi-cuc-trong-trot-bvtv/thong-bao/"
                               "thong-bao-tinh-hinh-sinh-vat-gay-hai-tren-lua-he-thu-som-nam-2026-p4871.html", "utf-8"),
    "t08": ("vnpt-liferay", "https://quynhphu.nghean.gov.vn/thong-bao/-/view-content/86412/"
                            "thong-bao-cong-khai-danh-sach-ho-gia-dinh-de-nghi-ho-tro-xoa-nha-tam-nha-dot-nat-dot-bo-sung-nam-2025", "utf-8"),
    "t09": ("sharepoint-trang", "https://thoihung.cantho.gov.vn/Trang/cong-khai-du-toan-ngan-sach-nha-nuoc-nam-2026.aspx", "utf-8"),
    "t10": ("school-portal", "https://thcslequydon-eadrong.daklak.edu.vn/thong-bao/thong-bao-tuyen-dung-giao-vien-hop-dong-nam-hoc-2026-2027.html", "utf-8"),
    "t11": ("hospital-custom", "https://bvdkculaominh.vinhlong.gov.vn/tin-tuc/2026-08-14/chu-dong-phong-chong-benh-sot-xuat-huyet-trong-mua-mua-1842.html", "utf-8"),
    "t12": ("fpt-egov", "https://sonoivu.quangtri.gov.vn/vi/news/chinh-quyen-dia-phuong/"
                        "dia-chi-tru-so-so-dien-thoai-ubnd-cac-xa-phuong-dac-khu-khu-vuc-phia-nam-tinh-5512.html", "utf-8"),
    "t13": ("sharepoint-tandan", "https://bacnhatrang.khanhhoa.gov.vn/Pages/tin-tuc/31207/"
                                 "hdnd-phuong-bac-nha-trang-to-chuc-ky-hop-chuyen-de-thong-qua-ke-hoach-dau-tu-cong-nam-2027.html", "utf-8"),
    "t14": ("viettel-portal", "https://coto.quangninh.gov.vn/tin-tuc/dac-khu-co-to-tuyen-truyen-chong-khai-thac-iuu-cho-ngu-dan.html", "utf-8"),
    "t15": ("dnn", "https://nghiahung.ninhbinh.gov.vn/tin-tuc/ArticleID/9901/"
                   "cong-bo-nghi-quyet-quyet-dinh-ve-sap-xep-don-vi-hanh-chinh-va-thanh-lap-dang-bo-cac-xa-moi", "utf-8"),
    "t16": ("school-portal", "https://thnasang.dienbien.edu.vn/tin-tuc/truong-tieu-hoc-na-sang-long-trong-to-chuc-le-khai-giang-nam-hoc-2026-2027.html", "utf-8"),
    "t17": ("cmc-portal", "https://thudaumot.tphcm.gov.vn/huong-dan/huong-dan-dang-ky-khai-sinh-thuong-tru-cap-the-bhyt-cho-tre-duoi-6-tuoi", "utf-8"),
    "t18": ("joomla", "https://ttpvhcc.vixuyen.tuyenquang.gov.vn/index.php/tin-hoat-dong/"
                      "412-trung-tam-phuc-vu-hanh-chinh-cong-xa-vi-xuyen-lay-su-hai-long-cua-nguoi-dan-lam-thuoc-do", "utf-8"),
    "t19": ("bootstrap-custom", "https://danguy.thanhson.phutho.gov.vn/tin-tuc/tuyen-truyen-ky-niem-96-nam-ngay-thanh-lap-dang-cong-san-viet-nam", "utf-8"),
    "t20": ("wordpress", "https://ttvhtt.longdien.tphcm.gov.vn/2026/10/03/soi-noi-giai-bong-chuyen-hoi-cac-khu-dan-cu-xa-long-dien-nam-2026/", "utf-8"),
    "n01": ("vnpt-liferay", "https://tanlap.thainguyen.gov.vn/tin-tuc-su-kien/tin-hoat-dong?cur=2", "utf-8"),
    "n02": ("sharepoint-tandan", "https://snv.laocai.gov.vn/Pages/ket-qua-tim-kiem.aspx?k=tuy%E1%BB%83n%20d%E1%BB%A5ng", "utf-8"),
    "n03": ("viettel-portal", "https://thanhkhedong.danang.gov.vn/tin-tuc/le-ra-quan-thang-thanh-nien-2025-3012.html", "utf-8"),
    "n04": ("js-challenge", "https://sokhcn.hungyen.gov.vn/tin-tuc/thong-bao-ket-qua-xet-tuyen-vien-chuc-nam-2026", "utf-8"),
}

NONART = {"n01": "listing", "n02": "search", "n03": "not_found", "n04": "challenge"}


def build():
    out = {}
    for name, (platform, url, charset) in PAGES.items():
        rng = random.Random(f"{SET}:{name}")
        a = dict(A.get(name, {}))
        a["url"] = url
        html_text = globals()["page_" + name](a, rng)
        out[name + ".html"] = html_text.encode("utf-8")
        if name in NONART:
            side = {"kind": NONART[name], "platform": platform, "url": url, "charset": charset}
        else:
            side = {"kind": "article", "platform": platform, "url": url, "charset": charset,
                    "title": clean(a["title"]),
                    "published_at": a["pub"].strftime("%Y-%m-%dT%H:%M:%S") + "+07:00",
                    "author": a["author"],
                    "body": "\n\n".join(gold_blocks(a["blocks"]))}
        out[name + ".json"] = (json.dumps(side, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(outdir, exist_ok=True)
    files = build()
    for fn, data in sorted(files.items()):
        with open(os.path.join(outdir, fn), "wb") as f:
            f.write(data)
    print(f"wrote {len(files)} files to {outdir}")


if __name__ == "__main__":
    main()
