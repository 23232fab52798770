#!/usr/bin/env python3
"""Builds the blind-v gold set: sector-agency sites of the provinces.

    python3 make.py [OUTDIR]

Writes v01..v20 (articles) and n01..n04 (listing, search, not found,
challenge) as NAME.html + NAME.json into OUTDIR (default: this directory).
Everything is deterministic: random.Random("blind-v:NAME") per page, no clock,
no network. Article texts are hand-written below (TEXTS); only the chrome
(menus, counters, related lists, view state, scripts) is generated.
"""
import base64
import html
import json
import os
import random
import sys
import unicodedata
from html.entities import codepoint2name

SET = "blind-v"
CRAWL_DMY = "22/11/2026"


def R(name):
    return random.Random("%s:%s" % (SET, name))


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def ck(s):
    """CKEditor 4 style: named entities for Latin-1, numeric for the rest."""
    out = []
    for ch in html.escape(s, quote=False):
        o = ord(ch)
        if o < 128:
            out.append(ch)
        elif o in codepoint2name:
            out.append("&%s;" % codepoint2name[o])
        else:
            out.append("&#%d;" % o)
    return "".join(out)


def nfd_esc(s):
    return unicodedata.normalize("NFD", esc(s))


TONES = "\u0300\u0301\u0303\u0309\u0323"


def to1258(s):
    """Encode NFC text as windows-1258 (base letter + combining tone mark)."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        marks = "".join(c for c in d if c in TONES)
        out += (base + marks).encode("cp1258")
    return bytes(out)


WD_TITLE = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WD_LOWER = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
WD_NUM = ["Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật"]


def weekday(y, m, d, table=WD_TITLE):
    import datetime
    return table[datetime.date(y, m, d).weekday()]


def b64(r, n):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def alnum(r, n):
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def uuid(r):
    h = hexs(r, 32)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def svg_path(r, n=14):
    pts = []
    for i in range(n):
        c = r.choice("MLCQ") if i else "M"
        k = {"M": 1, "L": 1, "C": 3, "Q": 2}[c]
        pts.append(c + " ".join("%.2f,%.2f" % (r.uniform(0, 512), r.uniform(0, 512)) for _ in range(k)))
    return " ".join(pts) + "Z"


def svg_sprite(r, names):
    syms = []
    for nm in names:
        syms.append('<symbol id="%s" viewBox="0 0 512 512"><path class="lexicon-icon-outline" d="%s"></path></symbol>'
                    % (nm, svg_path(r, r.randint(10, 26))))
    return '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">' + "".join(syms) + "</svg>"


def dates_before(r, y, m, d, n, spread=40):
    """n distinct (y,m,d) strictly before the given date, newest first."""
    import datetime
    base = datetime.date(y, m, d)
    ds = sorted({base - datetime.timedelta(days=r.randint(1, spread)) for _ in range(n * 3)}, reverse=True)[:n]
    while len(ds) < n:
        ds.append(ds[-1] - datetime.timedelta(days=1))
    return [(x.year, x.month, x.day) for x in ds]


def dmy(t):
    return "%02d/%02d/%04d" % (t[2], t[1], t[0])


def slug(s):
    s = unicodedata.normalize("NFD", s.lower()).replace("đ", "d")
    s = "".join(c for c in s if not unicodedata.combining(c))
    out, dash = [], False
    for c in s:
        if c.isalnum() and c.isascii():
            out.append(c)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


# ---------------------------------------------------------------------------
# Text DSL and gold body
# ---------------------------------------------------------------------------

def parse(src):
    lead, sub, raw = None, None, []
    for line in src.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("L: "):
            lead = line[3:]
        elif line.startswith("S: "):
            sub = line[3:]
        elif line == "I:":
            raw.append(("I", ""))
        elif line[:3] in ("H: ", "C: ", "V: ", "Q: ", "A: ", "X: "):
            raw.append((line[0], line[3:]))
        elif line.startswith("- "):
            raw.append(("-", line[2:]))
        elif line.startswith("| "):
            raw.append(("|", [c.strip() for c in line.strip().strip("|").split("|")]))
        else:
            raw.append(("P", line))
    blocks = []
    for k, v in raw:
        if k == "-":
            if blocks and blocks[-1][0] == "UL":
                blocks[-1][1].append(v)
            else:
                blocks.append(("UL", [v]))
        elif k == "|":
            if blocks and blocks[-1][0] == "T":
                blocks[-1][1].append(v)
            else:
                blocks.append(("T", [v]))
        else:
            blocks.append((k, v))
    return lead, sub, blocks


def gold_body(lead, sub, blocks):
    parts = []
    if sub:
        parts.append(sub)
    if lead:
        parts.append(lead)
    for k, v in blocks:
        if k in ("P", "H", "C", "V", "Q", "A"):
            parts.append(v)
        elif k == "UL":
            parts.extend(v)
        elif k == "T":
            for row in v:
                parts.extend(row)
    return "\n\n".join(parts)


class Style:
    """How a CMS's editor writes the blocks of an article body."""
    p = "<p>{}</p>"
    h = "<h3>{}</h3>"
    ul = ("<ul>", "<li>{}</li>", "</ul>")
    quote = "<blockquote><p>{}</p></blockquote>"
    enc = staticmethod(esc)

    def __init__(self, r, imgbase="/images/news/", **kw):
        self.r = r
        self.imgbase = imgbase
        self.n = 0
        for k, v in kw.items():
            setattr(self, k, v)

    def src(self):
        self.n += 1
        return "%s%s.jpg" % (self.imgbase, alnum(self.r, 10).lower())

    def cap(self, t):
        return ('<figure class="image"><img alt="%s" src="%s" width="800" height="533" />'
                '<figcaption>%s</figcaption></figure>' % (attr(t[:60]), self.src(), self.enc(t)))

    def img(self):
        return '<p style="text-align:center"><img alt="" src="%s" style="width:100%%" /></p>' % self.src()

    def video(self, t):
        return ('<div class="video"><video controls preload="none" poster="%s" src="%s.mp4">'
                'Trình duyệt của bạn không hỗ trợ phát video.</video><p class="video-caption">%s</p></div>'
                % (self.src(), self.src()[:-4], self.enc(t)))

    def table(self, rows):
        out = ['<table border="1" cellpadding="4" cellspacing="0" style="width:100%"><tbody>']
        for row in rows:
            out.append("<tr>" + "".join("<td>%s</td>" % self.enc(c) for c in row) + "</tr>")
        out.append("</tbody></table>")
        return "".join(out)

    def qa(self, t):
        lab, rest = t.split(": ", 1)
        return "<p><strong>%s:</strong> %s</p>" % (self.enc(lab), self.enc(rest))

    def xem(self, t):
        return '<p><a href="#">%s</a></p>' % self.enc(t)

    def render(self, blocks, sep="\n"):
        out = []
        for k, v in blocks:
            if k == "P":
                out.append(self.p.format(self.enc(v)))
            elif k == "H":
                out.append(self.h.format(self.enc(v)))
            elif k == "UL":
                out.append(self.ul[0] + "".join(self.ul[1].format(self.enc(i)) for i in v) + self.ul[2])
            elif k == "T":
                out.append(self.table(v))
            elif k == "C":
                out.append(self.cap(v))
            elif k == "I":
                out.append(self.img())
            elif k == "V":
                out.append(self.video(v))
            elif k == "Q":
                out.append(self.quote.format(self.enc(v)))
            elif k == "A":
                out.append(self.qa(v))
            elif k == "X":
                out.append(self.xem(v))
        return sep.join(out)


PAGES = []


def page(fn):
    PAGES.append(fn)
    return fn


def article(name, platform, url, title, published_at, author, charset="utf-8"):
    lead, sub, blocks = parse(TEXTS[name])
    side = {"kind": "article", "platform": platform, "url": url, "charset": charset,
            "title": title, "published_at": published_at, "author": author,
            "body": gold_body(lead, sub, blocks)}
    return lead, sub, blocks, side


def related_html(items, fmt):
    return "".join(fmt.format(url=attr(u), title=esc(t), date=d) for t, u, d in items)


def pick(r, pool, n, y, m, d, urlfmt, spread=60):
    ts = r.sample(pool, min(n, len(pool)))
    ds = dates_before(r, y, m, d, len(ts), spread)
    return [(t, urlfmt.format(slug=slug(t), id=r.randint(1000, 9999)), dmy(dt)) for t, dt in zip(ts, ds)]
# ---------------------------------------------------------------------------
# Article texts, written by hand, one per page.
# Line DSL: "L: " lead/sapo, "S: " sub-headline under the title, "H: " heading,
# "- " list item, "| a | b |" table row (first row = header), "C: " image with
# caption, "I:" image without caption, "V: " embedded video with caption,
# "Q: " block quotation, "A: " interview paragraph (label before the first
# ": " is set in bold), "X: " inline "Xem thêm" link (not body), other lines
# are paragraphs.
# ---------------------------------------------------------------------------
TEXTS = {}

TEXTS["v01"] = """
L: Thời gian gần đây, trên địa bàn tỉnh liên tiếp xảy ra các vụ việc đối tượng giả danh cán bộ Công an xã, phường gọi điện hướng dẫn người dân cài đặt ứng dụng giả mạo để “đồng bộ dữ liệu dân cư”, sau đó chiếm quyền điều khiển điện thoại, chuyển hết tiền trong tài khoản ngân hàng. Công an tỉnh đề nghị người dân nâng cao cảnh giác.
Theo thống kê của Phòng Cảnh sát hình sự Công an tỉnh, từ đầu tháng 9 đến ngày 10/10/2026, Công an tỉnh đã tiếp nhận 27 đơn trình báo liên quan đến thủ đoạn này, tổng số tiền bị chiếm đoạt hơn 4,6 tỷ đồng. Nạn nhân phần lớn là người cao tuổi, cán bộ hưu trí và tiểu thương ở các phường trung tâm.
Điển hình, ngày 29/9/2026, bà N.T.H. (67 tuổi, trú tại phường Cam Đường) nhận được cuộc gọi của một người đàn ông xưng là “cán bộ Công an phường”, thông báo tài khoản định danh điện tử của bà “bị lỗi, cần đồng bộ lại để tiếp tục nhận lương hưu”. Người này kết bạn Zalo, gửi cho bà đường link tải ứng dụng có biểu tượng giống hệt ứng dụng VNeID. Sau khi cài đặt và làm theo hướng dẫn chụp ảnh khuôn mặt, nhập mật khẩu, bà H. phát hiện tài khoản ngân hàng của mình đã bị chuyển đi 386 triệu đồng.
Trước đó, ngày 17/9/2026, anh L.V.T. (42 tuổi, trú tại xã Bảo Thắng) cũng bị đối tượng giả danh cán bộ Công an tỉnh gọi điện, yêu cầu “phối hợp xác minh” vì số điện thoại của anh “liên quan đến đường dây rửa tiền”. Để “chứng minh trong sạch”, anh T. được hướng dẫn chuyển toàn bộ tiền tiết kiệm vào “tài khoản tạm giữ của cơ quan điều tra” và bị chiếm đoạt 512 triệu đồng.
H: Thủ đoạn ngày càng tinh vi
Qua công tác nắm tình hình, Phòng Cảnh sát hình sự xác định các đối tượng thường mua thông tin cá nhân của người dân trôi nổi trên mạng, nắm được họ tên, ngày sinh, số căn cước, địa chỉ cư trú nên dễ tạo lòng tin khi gọi điện. Chúng sử dụng số điện thoại có đầu số lạ hoặc gọi qua ứng dụng OTT, để ảnh đại diện mặc trang phục Công an nhân dân, thậm chí gọi video trong phông nền giống phòng làm việc của cơ quan công an.
Các ứng dụng giả mạo được phát tán qua đường link có tên miền na ná trang chính thức. Sau khi cài đặt, ứng dụng yêu cầu cấp quyền trợ năng, cho phép đối tượng theo dõi màn hình, đọc tin nhắn chứa mã OTP và điều khiển điện thoại từ xa. Nhiều trường hợp, đối tượng còn yêu cầu nạn nhân cắm sạc, không tắt màn hình “trong khi hệ thống cập nhật” để thực hiện giao dịch vào ban đêm.
C: Cán bộ Công an phường Cam Đường hướng dẫn người dân kích hoạt tài khoản định danh điện tử đúng quy trình tại trụ sở. Ảnh: CTV
H: Khuyến cáo của Công an tỉnh
Để phòng ngừa, Công an tỉnh khuyến cáo người dân lưu ý:
- Cơ quan Công an không làm việc, không yêu cầu cài đặt ứng dụng, cung cấp mật khẩu hay mã OTP qua điện thoại, mạng xã hội; việc cấp, kích hoạt tài khoản định danh điện tử được thực hiện trực tiếp tại trụ sở Công an cấp xã hoặc qua ứng dụng VNeID tải từ kho ứng dụng chính thức App Store, Google Play.
- Không truy cập đường link lạ, không cài đặt tệp tin có đuôi .apk do người khác gửi; không cấp quyền trợ năng cho ứng dụng không rõ nguồn gốc.
- Cơ quan tiến hành tố tụng không có “tài khoản tạm giữ” và không yêu cầu người dân chuyển tiền để xác minh.
- Khi nghi ngờ bị lừa đảo, cần ngắt kết nối mạng, liên hệ ngay ngân hàng để phong tỏa tài khoản và trình báo Công an xã, phường nơi gần nhất hoặc qua số điện thoại 113.
Công an tỉnh đề nghị các gia đình chủ động nhắc nhở ông bà, cha mẹ cao tuổi về thủ đoạn này; Công an các xã, phường tăng cường tuyên truyền tại các buổi sinh hoạt tổ dân phố, thôn, bản và trên hệ thống truyền thanh cơ sở.
"""

TEXTS["v02"] = """
L: Trong 2 ngày 16 và 17/9/2026, Đảng ủy, UBND xã Anh Sơn tổ chức diễn tập chiến đấu phòng thủ năm 2026. Đây là cuộc diễn tập cấp xã đầu tiên trên địa bàn Ban Chỉ huy Phòng thủ khu vực 4 kể từ khi thực hiện mô hình chính quyền địa phương hai cấp.
Dự và chỉ đạo diễn tập có Đại tá Nguyễn Đình Quang, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; đại diện Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Ban Chỉ huy Phòng thủ khu vực 4 cùng lãnh đạo các xã lân cận đến dự, học tập kinh nghiệm.
Cuộc diễn tập được tiến hành theo ý định tác chiến có hệ thống, sát với tình hình thực tế của địa phương sau sắp xếp đơn vị hành chính. Nội dung gồm 3 phần: chuyển địa phương vào trạng thái quốc phòng; tổ chức phòng thủ, chống bạo loạn, lật đổ; thực hành chiến đấu phòng thủ. Các tình huống giả định bám sát những vấn đề có thể nảy sinh trên địa bàn như tụ tập đông người khiếu kiện về đất đai, lợi dụng mạng xã hội kích động gây rối an ninh trật tự và khắc phục hậu quả thiên tai.
H: Huy động hơn 400 lượt người tham gia
Ban Chỉ huy Quân sự xã đã tham mưu cho Đảng ủy, UBND xã xây dựng đầy đủ hệ thống văn kiện, chuẩn bị chu đáo về lực lượng, phương tiện, thao trường, bãi tập. Cuộc diễn tập huy động hơn 400 lượt cán bộ, chiến sĩ dân quân, công an xã, quân nhân dự bị và đoàn viên, hội viên các đoàn thể; 12 xe ô tô, 2 xuồng máy cùng nhiều trang thiết bị thông tin, y tế, cứu hộ, cứu nạn.
Trong phần thực hành, các lực lượng đã xử lý thành thạo tình huống đối tượng xấu kích động người dân tụ tập, chặn đường tại khu vực trung tâm hành chính xã; tổ chức cứu hộ, sơ tán nhân dân khi lũ quét xảy ra tại các thôn ven sông Lam; đánh địch đổ bộ đường không và tiến công vào khu vực phòng thủ then chốt. Các tình huống được xử lý nhanh, đúng quy trình, bảo đảm an toàn tuyệt đối về người và vũ khí, trang bị.
C: Lực lượng dân quân xã Anh Sơn thực hành đánh địch tiến công vào khu vực phòng thủ then chốt.
C: Đại tá Nguyễn Đình Quang, Phó Chỉ huy trưởng Bộ CHQS tỉnh kiểm tra công tác bảo đảm tại Sở chỉ huy diễn tập.
Phát biểu kết luận, Đại tá Nguyễn Đình Quang đánh giá cao sự chủ động của cấp ủy, chính quyền và Ban Chỉ huy Quân sự xã Anh Sơn trong công tác chuẩn bị và tổ chức diễn tập. Qua diễn tập, năng lực lãnh đạo của Đảng ủy, điều hành của UBND, khả năng tham mưu của các ban, ngành và hiệp đồng giữa các lực lượng được nâng lên rõ rệt; cuộc diễn tập đạt loại Giỏi, bảo đảm an toàn tuyệt đối.
Đồng chí đề nghị xã Anh Sơn khẩn trương rút kinh nghiệm, bổ sung hoàn chỉnh văn kiện tác chiến phòng thủ; tiếp tục xây dựng lực lượng dân quân “vững mạnh, rộng khắp”; gắn nhiệm vụ quốc phòng, quân sự với phát triển kinh tế - xã hội, xây dựng khu vực phòng thủ xã ngày càng vững chắc.
Theo kế hoạch, năm 2026, Bộ Chỉ huy Quân sự tỉnh chỉ đạo 18 xã, phường tổ chức diễn tập chiến đấu phòng thủ. Đến nay đã có 11 đơn vị hoàn thành, các đơn vị còn lại sẽ hoàn thành trước ngày 15/11/2026.
"""

TEXTS["v03"] = """
Ngày 8/6/2026, Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo chủ trì, phối hợp với Đội Đặc nhiệm phòng, chống ma túy và tội phạm thuộc Bộ Chỉ huy Bộ đội Biên phòng tỉnh bắt quả tang một đối tượng vận chuyển trái phép 12.000 viên ma túy tổng hợp từ Lào về Việt Nam.
Khoảng 14 giờ 30 phút cùng ngày, tại khu vực đường mòn thuộc thôn Ka Tăng, xã Lao Bảo, cách mốc quốc giới 615 khoảng 1,2 km về phía Việt Nam, tổ công tác phát hiện một người đàn ông điều khiển xe máy có biểu hiện nghi vấn nên ra hiệu lệnh dừng xe kiểm tra. Thấy lực lượng chức năng, đối tượng bỏ xe chạy vào rẫy sắn nhưng nhanh chóng bị tổ công tác khống chế.
Kiểm tra chiếc ba lô đối tượng mang theo, tổ công tác phát hiện 60 gói nilon hàn kín chứa tổng cộng 12.000 viên nén màu hồng có in chữ “WY”, được ngụy trang trong các bao đựng cà phê. Đối tượng khai nhận tên là Hồ Văn C. (sinh năm 1994, trú tại xã Hướng Phùng), số ma túy trên được một người Lào thuê vận chuyển qua biên giới với tiền công 15 triệu đồng.
Qua đấu tranh ban đầu, C. khai đã 3 lần vận chuyển thuê ma túy qua tuyến đường mòn này trong 5 tháng đầu năm 2026. Mỗi lần, đối tượng đều đi vào ban đêm hoặc giờ nghỉ trưa, lợi dụng địa hình đồi núi, rẫy sắn, rẫy cà phê để lẩn tránh sự kiểm soát của lực lượng chức năng.
C: Đối tượng Hồ Văn C. cùng tang vật tại thời điểm bị bắt giữ.
Hiện Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo đã lập hồ sơ, bàn giao đối tượng cùng tang vật cho Phòng Phòng, chống ma túy và tội phạm, Bộ Chỉ huy Bộ đội Biên phòng tỉnh để tiếp tục điều tra, mở rộng vụ án theo quy định của pháp luật.
Theo Thượng tá Nguyễn Xuân Hòa, Đồn trưởng Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo, tuyến biên giới do đơn vị quản lý dài hơn 30 km, địa hình phức tạp với nhiều đường mòn, lối mở, là địa bàn các đối tượng thường lợi dụng để vận chuyển ma túy, hàng cấm. Từ đầu năm 2026 đến nay, đơn vị đã chủ trì và phối hợp bắt giữ 9 vụ, 13 đối tượng, thu giữ hơn 52.000 viên ma túy tổng hợp, 3,2 kg ma túy đá và 1 bánh heroin.
Thời gian tới, đơn vị tiếp tục tăng cường tuần tra, kiểm soát, bám nắm địa bàn, phát huy vai trò của các tổ tự quản đường biên, cột mốc và người có uy tín trong đồng bào dân tộc thiểu số, kịp thời phát hiện, ngăn chặn hoạt động vận chuyển trái phép chất ma túy qua biên giới.
"""

TEXTS["v04"] = """
Sáng ngày 9/9/2026, tại Hội trường UBND xã Mỹ Thọ, Tòa án nhân dân khu vực 5 - Đồng Tháp phối hợp với Viện kiểm sát nhân dân khu vực 5 và Công an xã Mỹ Thọ tổ chức phiên tòa hình sự sơ thẩm xét xử lưu động vụ án “Cố ý gây thương tích” đối với bị cáo Nguyễn Văn P. (sinh năm 1989, trú tại xã Mỹ Thọ).
Theo cáo trạng, khoảng 19 giờ ngày 22/3/2026, sau khi dự đám giỗ tại nhà người quen ở ấp Mỹ Tây, P. và anh Trần Văn L. (sinh năm 1991, cùng ngụ xã Mỹ Thọ) xảy ra cự cãi do mâu thuẫn trong việc trả tiền thuê máy cày. Trong lúc hai bên giằng co, P. dùng con dao Thái Lan mang theo đâm một nhát vào vùng bụng anh L. rồi bỏ đi. Anh L. được người dân đưa đi cấp cứu kịp thời tại Bệnh viện Đa khoa Đồng Tháp. Kết quả giám định, tỷ lệ tổn thương cơ thể của anh L. là 32%.
Tại phiên tòa, bị cáo P. thành khẩn khai báo, thừa nhận toàn bộ hành vi phạm tội như cáo trạng đã truy tố, bày tỏ sự ăn năn, hối hận và xin lỗi người bị hại. Gia đình bị cáo đã bồi thường cho anh L. số tiền 85 triệu đồng; người bị hại có đơn xin giảm nhẹ hình phạt cho bị cáo.
Sau khi xem xét tính chất, mức độ hành vi phạm tội và các tình tiết giảm nhẹ, Hội đồng xét xử tuyên phạt bị cáo Nguyễn Văn P. 2 năm 6 tháng tù về tội “Cố ý gây thương tích” theo khoản 2 Điều 134 Bộ luật Hình sự.
Phiên tòa diễn ra đúng quy định của pháp luật, thu hút gần 200 người dân địa phương đến theo dõi.
H: Tuyên truyền pháp luật qua từng phiên tòa
Theo Thẩm phán Lê Thị Ngọc Hân, Chánh án Tòa án nhân dân khu vực 5 - Đồng Tháp, vụ án bắt nguồn từ mâu thuẫn nhỏ trong sinh hoạt, lại xảy ra sau khi các bên đã sử dụng rượu bia. Việc đưa vụ án ra xét xử lưu động tại địa phương nơi xảy ra vụ việc nhằm răn đe, phòng ngừa chung, đồng thời giúp người dân hiểu rõ hậu quả pháp lý của việc dùng hung khí để giải quyết mâu thuẫn.
Từ ngày 01/7/2025 đến nay, Tòa án nhân dân khu vực 5 - Đồng Tháp đã tổ chức 14 phiên tòa xét xử lưu động, tập trung vào các vụ án về ma túy, trộm cắp tài sản, cố ý gây thương tích và vi phạm quy định về tham gia giao thông đường bộ. Đơn vị phối hợp chặt chẽ với chính quyền các xã, phường lựa chọn địa điểm phù hợp, bảo đảm an ninh, trật tự và sự trang nghiêm của phiên tòa.
C: Quang cảnh phiên tòa xét xử lưu động tại xã Mỹ Thọ.
"""

TEXTS["v05"] = """
S: Kiểm sát viên tranh tụng, đối đáp thuyết phục, làm rõ thủ đoạn dùng tài khoản ngân hàng thuê, mua để nhận tiền của bị hại
Ngày 31/7/2025, Viện kiểm sát nhân dân khu vực 1 - Gia Lai phối hợp với Tòa án nhân dân khu vực 1 - Gia Lai tổ chức phiên tòa hình sự sơ thẩm rút kinh nghiệm xét xử các bị cáo Rơ Châm H. (sinh năm 2001) và Nguyễn Minh Q. (sinh năm 1998) về các tội “Lừa đảo chiếm đoạt tài sản” và “Mua bán trái phép thông tin về tài khoản ngân hàng”.
Theo cáo trạng, từ tháng 10/2024 đến tháng 02/2025, H. và Q. lập nhiều tài khoản mạng xã hội mạo danh nhân viên các sàn thương mại điện tử, đăng tin tuyển cộng tác viên “làm nhiệm vụ, nhận hoa hồng”. Khi người bị hại tham gia, các bị cáo yêu cầu nạp tiền để “mở khóa đơn hàng”, ban đầu trả hoa hồng nhỏ để tạo lòng tin, sau đó viện lý do “sai cú pháp”, “tài khoản bị đóng băng” để yêu cầu nạp thêm. Bằng thủ đoạn trên, các bị cáo đã chiếm đoạt của 7 bị hại tổng số tiền hơn 1,28 tỷ đồng.
Để nhận tiền, Q. thu mua 23 bộ tài khoản ngân hàng đứng tên người khác, gồm thẻ ATM, số điện thoại đăng ký và thông tin đăng nhập ngân hàng điện tử, với giá từ 1,5 đến 3 triệu đồng mỗi bộ; sau đó chuyển tiền qua nhiều tầng tài khoản rồi rút tiền mặt tại các cây ATM.
Tại phiên tòa, Kiểm sát viên đã công bố cáo trạng, tham gia xét hỏi, làm rõ vai trò của từng bị cáo, việc sử dụng các tài khoản ngân hàng thuê, mua để nhận tiền và cách thức tẩu tán tài sản. Sử dụng sơ đồ dòng tiền được trình chiếu trên màn hình, Kiểm sát viên đối đáp với luật sư bào chữa về số tiền bị cáo Q. được hưởng lợi, đưa ra quan điểm giải quyết vụ án có căn cứ, thuyết phục.
Kết thúc phiên tòa, Hội đồng xét xử tuyên phạt bị cáo Rơ Châm H. 9 năm tù; bị cáo Nguyễn Minh Q. tổng hợp hình phạt chung cho cả hai tội là 11 năm tù; buộc các bị cáo liên đới bồi thường cho các bị hại số tiền còn lại chưa khắc phục.
H: Nâng cao kỹ năng tranh tụng
Sau phiên tòa, hai đơn vị đã tổ chức họp rút kinh nghiệm. Các ý kiến đánh giá Kiểm sát viên chuẩn bị tốt đề cương xét hỏi, dự kiến được các tình huống phát sinh; bản luận tội có kết cấu chặt chẽ, viện dẫn đầy đủ các chứng cứ điện tử đã được thu thập, trích xuất theo đúng quy định.
Đồng chí Phạm Văn Sơn, Phó Viện trưởng Viện kiểm sát nhân dân tỉnh cho biết, tội phạm lừa đảo qua không gian mạng có xu hướng gia tăng, chứng cứ chủ yếu là dữ liệu điện tử nên đòi hỏi Kiểm sát viên phải chủ động, nắm chắc quy định về thu thập, bảo quản chứng cứ điện tử ngay từ giai đoạn điều tra. Việc tổ chức các phiên tòa rút kinh nghiệm là giải pháp quan trọng để nâng cao chất lượng tranh tụng, đáp ứng yêu cầu cải cách tư pháp.
"""

TEXTS["v06"] = """
L: Từ ngày 01/01/2026, phương pháp khoán thuế đối với hộ kinh doanh, cá nhân kinh doanh chính thức chấm dứt. Trước kỳ kê khai thuế quý I/2026, Thuế tỉnh Ninh Bình lưu ý một số nội dung hộ kinh doanh cần thực hiện để kê khai, nộp thuế đúng quy định.
Thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân, từ năm 2026, hộ kinh doanh, cá nhân kinh doanh không còn áp dụng phương pháp khoán mà chuyển sang tự xác định doanh thu, tự kê khai và nộp thuế. Trên địa bàn tỉnh hiện có hơn 46.000 hộ kinh doanh trước đây nộp thuế theo phương pháp khoán đã và đang thực hiện chuyển đổi.
H: Những việc hộ kinh doanh cần làm
Thuế tỉnh đề nghị hộ kinh doanh chủ động thực hiện các nội dung sau:
- Rà soát, cập nhật thông tin đăng ký thuế (mã số thuế, số định danh cá nhân, địa chỉ kinh doanh theo đơn vị hành chính mới) tại cơ quan thuế quản lý hoặc trên Cổng thông tin điện tử của cơ quan thuế.
- Đăng ký tài khoản và sử dụng ứng dụng eTax Mobile hoặc Cổng dịch vụ công quốc gia để kê khai, nộp thuế điện tử.
- Hộ kinh doanh có doanh thu từ 1 tỷ đồng/năm trở lên, kinh doanh các ngành nghề bán lẻ, ăn uống, nhà hàng, dịch vụ trực tiếp đến người tiêu dùng sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền có kết nối chuyển dữ liệu với cơ quan thuế.
- Mở sổ sách ghi chép doanh thu đầy đủ; lưu giữ hóa đơn, chứng từ mua vào, bán ra theo quy định.
- Kê khai thuế theo quý hoặc theo tháng; nộp tờ khai thuế quý I/2026 và tiền thuế chậm nhất vào ngày 30/4/2026.
H: Đồng hành cùng hộ kinh doanh
Để hỗ trợ hộ kinh doanh trong quá trình chuyển đổi, Thuế tỉnh đã phối hợp với các doanh nghiệp cung cấp giải pháp hóa đơn điện tử và ngân hàng thương mại tổ chức 62 hội nghị tập huấn tại các xã, phường; thành lập các tổ hỗ trợ trực tiếp tại chợ, trung tâm thương mại; đồng thời công khai số điện thoại đường dây nóng của từng Thuế cơ sở để giải đáp vướng mắc.
Ông Đinh Quang Vinh, Trưởng Thuế tỉnh Ninh Bình cho biết: “Việc bỏ thuế khoán là bước chuyển quan trọng, giúp minh bạch hóa hoạt động kinh doanh, tạo môi trường bình đẳng giữa hộ kinh doanh và doanh nghiệp. Cơ quan thuế sẽ đồng hành, hướng dẫn đến từng hộ, không để hộ kinh doanh nào lúng túng khi chuyển đổi”.
Trong thời gian đầu áp dụng, cơ quan thuế ưu tiên hướng dẫn, nhắc nhở đối với những sai sót do chưa quen với việc tự kê khai; đồng thời đề nghị hộ kinh doanh chủ động liên hệ khi gặp vướng mắc, tránh để chậm nộp hồ sơ khai thuế.
Mọi vướng mắc, hộ kinh doanh liên hệ Phòng Tuyên truyền – Hỗ trợ người nộp thuế, Thuế tỉnh Ninh Bình (điện thoại: 0229.3871.265) hoặc Thuế cơ sở quản lý trực tiếp để được hướng dẫn.
"""

TEXTS["v07"] = """
L: Ngày 22/7/2026, Chi cục Hải quan khu vực III phát hiện lô hàng nhập khẩu khai báo là “phụ kiện điện thoại di động” nhưng thực tế chứa 17.840 sản phẩm thuốc lá điện tử các loại, trị giá ước tính hơn 5,3 tỷ đồng.
Lô hàng gồm 2 container 40 feet do Công ty TNHH thương mại và dịch vụ N.P (có trụ sở tại phường Hồng Bàng, TP Hải Phòng) mở tờ khai nhập khẩu, xuất xứ Trung Quốc, làm thủ tục tại Hải quan cửa khẩu cảng Hải Phòng khu vực 2.
Qua phân tích thông tin, nhận thấy doanh nghiệp mới thành lập, lần đầu nhập khẩu mặt hàng điện tử với số lượng lớn, trọng lượng khai báo có dấu hiệu bất thường so với chủng loại hàng hóa, lực lượng hải quan đã chuyển luồng đỏ, soi chiếu và kiểm tra thực tế 100% lô hàng.
Kết quả soi chiếu cho thấy hình ảnh không đồng nhất với hàng hóa khai báo. Khi kiểm tra thủ công, lực lượng chức năng phát hiện phía ngoài container xếp các thùng ốp lưng, cáp sạc, tai nghe; phía trong là 312 thùng carton chứa thuốc lá điện tử nhiều nhãn hiệu, không có nhãn phụ tiếng Việt.
C: Lực lượng hải quan kiểm tra thực tế lô hàng thuốc lá điện tử tại cảng.
Theo Nghị quyết số 173/2024/QH15 của Quốc hội, từ năm 2025 cấm sản xuất, kinh doanh, nhập khẩu, tàng trữ, vận chuyển, sử dụng thuốc lá điện tử, thuốc lá nung nóng. Hiện Chi cục Hải quan khu vực III đã tạm giữ toàn bộ lô hàng, đang khẩn trương hoàn thiện hồ sơ để chuyển cơ quan điều tra xử lý theo quy định.
Từ đầu năm 2026 đến nay, Chi cục đã phát hiện, bắt giữ 41 vụ vận chuyển, nhập khẩu trái phép thuốc lá điện tử, thuốc lá nung nóng với hơn 96.000 sản phẩm, chủ yếu được ngụy trang trong hàng tiêu dùng, hàng điện tử và hàng gửi qua đường bưu chính, chuyển phát nhanh.
"""

TEXTS["v08"] = """
L: Luật Bảo hiểm xã hội năm 2024 có hiệu lực từ ngày 01/7/2025 đã bổ sung nhiều quy định có lợi cho người lao động, trong đó đáng chú ý là việc giảm số năm đóng bảo hiểm xã hội tối thiểu để hưởng lương hưu từ 20 năm xuống 15 năm.
Sau gần 6 tháng triển khai, BHXH tỉnh Thanh Hóa nhận được nhiều câu hỏi của người lao động về điều kiện, mức hưởng lương hưu theo quy định mới. Dưới đây là một số nội dung cơ bản:
H: Giảm số năm đóng tối thiểu xuống 15 năm
Theo Luật BHXH năm 2024, người lao động tham gia BHXH bắt buộc hoặc tự nguyện khi đủ tuổi nghỉ hưu theo quy định và có thời gian đóng BHXH từ đủ 15 năm trở lên thì được hưởng lương hưu. Quy định này tạo cơ hội cho những người tham gia muộn, có thời gian đóng ngắn vẫn được hưởng lương hưu hằng tháng và được cấp thẻ bảo hiểm y tế do quỹ BHXH đóng.
Mức lương hưu hằng tháng của lao động nữ bằng 45% mức bình quân tiền lương làm căn cứ đóng BHXH tương ứng với 15 năm đóng, sau đó cứ thêm mỗi năm đóng được tính thêm 2%, tối đa bằng 75%. Đối với lao động nam, mức hưởng bằng 45% tương ứng với 20 năm đóng; trường hợp đóng từ đủ 15 năm đến dưới 20 năm thì mức hưởng bằng 40% tương ứng với 15 năm, sau đó cứ thêm mỗi năm đóng được tính thêm 1%.
H: Bổ sung trợ cấp hằng tháng cho người chưa đủ điều kiện
Người lao động đã đủ tuổi nghỉ hưu nhưng chưa đủ 15 năm đóng BHXH và chưa đủ tuổi hưởng trợ cấp hưu trí xã hội, nếu không tiếp tục đóng và không nhận BHXH một lần thì có thể lựa chọn hưởng trợ cấp hằng tháng từ chính khoản đóng của mình. Trong thời gian hưởng trợ cấp hằng tháng, người lao động được ngân sách nhà nước đóng bảo hiểm y tế.
Cùng với đó, độ tuổi hưởng trợ cấp hưu trí xã hội được giảm từ 80 tuổi xuống 75 tuổi; người từ đủ 70 tuổi đến dưới 75 tuổi thuộc hộ nghèo, hộ cận nghèo cũng được hưởng trợ cấp.
H: Hạn chế hưởng BHXH một lần
Đối với người lao động bắt đầu tham gia BHXH từ ngày 01/7/2025, luật không cho phép hưởng BHXH một lần, trừ một số trường hợp như ra nước ngoài để định cư, mắc một trong những bệnh nguy hiểm đến tính mạng hoặc suy giảm khả năng lao động từ 81% trở lên. Người lao động tham gia trước ngày 01/7/2025, sau 12 tháng không thuộc đối tượng tham gia BHXH bắt buộc, không tham gia BHXH tự nguyện và có thời gian đóng chưa đủ 20 năm thì vẫn được giải quyết hưởng BHXH một lần nếu có yêu cầu.
BHXH tỉnh khuyến cáo người lao động cân nhắc kỹ trước khi quyết định nhận BHXH một lần, bởi khi đó toàn bộ thời gian đóng sẽ không được bảo lưu, người lao động mất cơ hội hưởng lương hưu và thẻ BHYT khi về già.
Trong 11 tháng năm 2025, BHXH tỉnh đã giải quyết cho hơn 6.200 người hưởng lương hưu, trợ cấp BHXH hằng tháng mới, trong đó có 418 người hưởng lương hưu với thời gian đóng từ đủ 15 năm đến dưới 20 năm. Mọi thắc mắc, người dân liên hệ tổng đài 1900 9068 hoặc BHXH cơ sở nơi cư trú để được hướng dẫn.
"""

TEXTS["v09"] = """
Kho bạc Nhà nước khu vực VI trân trọng thông báo:
Để triển khai nâng cấp hệ thống Thông tin quản lý ngân sách và kho bạc (TABMIS) và hệ thống Dịch vụ công trực tuyến, Kho bạc Nhà nước khu vực VI tạm dừng giao dịch trực tiếp tại trụ sở và các Phòng Giao dịch trực thuộc từ 16 giờ 00 ngày thứ Sáu, 06/11/2026 đến hết ngày thứ Bảy, 07/11/2026.
Trong thời gian trên, các đơn vị sử dụng ngân sách, chủ đầu tư vẫn có thể lập và gửi hồ sơ, chứng từ trên Dịch vụ công trực tuyến của Kho bạc Nhà nước; hồ sơ sẽ được xử lý khi hệ thống hoạt động trở lại vào ngày thứ Hai, 09/11/2026.
Đối với các khoản nộp ngân sách nhà nước, người nộp thực hiện qua Cổng Dịch vụ công quốc gia, ứng dụng của các ngân hàng thương mại hoặc tại các điểm thu ủy nhiệm.
Kho bạc Nhà nước khu vực VI trân trọng thông báo và mong nhận được sự phối hợp của các đơn vị, khách hàng.
"""

TEXTS["v10"] = """
Trong 10 tháng năm 2026, tình hình kinh tế – xã hội của tỉnh tiếp tục duy trì xu hướng tăng trưởng. Sản xuất công nghiệp tăng khá nhờ các dự án trong khu công nghiệp đi vào hoạt động ổn định; thương mại, dịch vụ sôi động; thu ngân sách đạt khá so với dự toán.
H: 1. Sản xuất công nghiệp
Chỉ số sản xuất toàn ngành công nghiệp (IIP) tháng Mười ước tăng 3,2% so với tháng trước và tăng 11,6% so với cùng kỳ năm trước. Tính chung 10 tháng, IIP ước tăng 10,4% so với cùng kỳ, trong đó ngành chế biến, chế tạo tăng 11,9%; sản xuất và phân phối điện tăng 6,8%; cung cấp nước, hoạt động quản lý và xử lý rác thải tăng 4,1%; ngành khai khoáng giảm 2,3%.
H: 2. Thương mại, dịch vụ và giá cả
Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 10 tháng ước đạt 118.426 tỷ đồng, tăng 12,1% so với cùng kỳ. Chỉ số giá tiêu dùng (CPI) bình quân 10 tháng tăng 3,18% so với bình quân cùng kỳ, chủ yếu do giá nhóm nhà ở, điện, nước, chất đốt và nhóm dịch vụ giáo dục tăng.
H: 3. Đầu tư và thu ngân sách
Vốn đầu tư thực hiện từ nguồn ngân sách nhà nước do địa phương quản lý 10 tháng ước đạt 14.973 tỷ đồng, bằng 68,2% kế hoạch năm, tăng 18,7% so với cùng kỳ. Tổng thu ngân sách nhà nước trên địa bàn ước đạt 31.560 tỷ đồng, bằng 86,9% dự toán.
Một số chỉ tiêu chủ yếu tháng Mười và 10 tháng năm 2026:
| Chỉ tiêu | Đơn vị tính | Ước tính tháng 10/2026 | Cộng dồn 10 tháng | 10 tháng 2026 so với cùng kỳ (%) |
| Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng | Tỷ đồng | 12.384 | 118.426 | 112,1 |
| Vốn đầu tư thực hiện từ nguồn NSNN do địa phương quản lý | Tỷ đồng | 1.836 | 14.973 | 118,7 |
| Kim ngạch xuất khẩu | Triệu USD | 2.914 | 27.605 | 114,3 |
| Kim ngạch nhập khẩu | Triệu USD | 2.507 | 24.118 | 113,5 |
| Tổng thu ngân sách nhà nước trên địa bàn | Tỷ đồng | 2.970 | 31.560 | 109,8 |
| Số doanh nghiệp thành lập mới | Doanh nghiệp | 264 | 2.417 | 121,5 |
H: 4. Một số vấn đề xã hội
Trong tháng, trên địa bàn tỉnh xảy ra 41 vụ tai nạn giao thông, làm chết 18 người, bị thương 29 người; so với cùng kỳ năm trước giảm 5 vụ, giảm 3 người chết. Công tác an sinh xã hội được quan tâm; các địa phương đã kịp thời hỗ trợ 1.236 hộ bị thiệt hại do mưa lũ đầu tháng.
(Số liệu tháng 10 là số ước tính)
"""

TEXTS["v11"] = """
Công ty Điện lực Khánh Hòa thông báo lịch tạm ngừng cung cấp điện để bảo trì, bảo dưỡng lưới điện và đấu nối công trình trên địa bàn tỉnh từ ngày 23/11 đến ngày 29/11/2026 như sau:
| Ngày | Thời gian | Khu vực ngừng cung cấp điện | Lý do |
| 23/11/2026 | 07:00 - 11:30 | Một phần phường Nha Trang: đường Lê Thánh Tôn, Trần Quang Khải, Hùng Vương (đoạn từ Lê Thánh Tôn đến Nguyễn Thiện Thuật) | Bảo trì, thay thế thiết bị trạm biến áp |
| 24/11/2026 | 05:30 - 16:00 | Xã Ninh Hải: thôn Khánh Phước, Khánh Tân, Gò Đền | Kéo dây, đấu nối đường dây trung áp mới |
| 25/11/2026 | 07:30 - 15:30 | Phường Cam Ranh: tổ dân phố Nghĩa Cam, Hòa Do 2; Khu công nghiệp Nam Cam Ranh | Thí nghiệm định kỳ máy biến áp |
| 26/11/2026 | 06:00 - 10:00 | Phường Phan Rang: đường 16 Tháng 4 (đoạn từ Ngô Gia Tự đến Yên Ninh) và các hẻm lân cận | Di dời lưới điện phục vụ mở rộng đường |
| 28/11/2026 | 07:00 - 17:00 | Xã Diên Khánh: thôn Phú Ân Nam, Đại Điền Trung | Thay cột, nâng cấp đường dây hạ áp |
Thời gian đóng điện trở lại có thể sớm hơn dự kiến khi công việc hoàn thành. Đề nghị khách hàng không tự ý tiếp cận, thao tác trên thiết bị điện trong thời gian ngừng cung cấp điện.
Khách hàng có nhu cầu thông tin thêm vui lòng liên hệ Tổng đài Chăm sóc khách hàng 1900 1909 hoặc tra cứu lịch ngừng cung cấp điện trên ứng dụng CSKH EVNCPC.
Công ty Điện lực Khánh Hòa chân thành cảm ơn và mong quý khách hàng thông cảm!
"""

TEXTS["v12"] = """
Theo số liệu giám sát của Trung tâm Kiểm soát bệnh tật tỉnh, trong tuần 34 (từ ngày 17/8 đến ngày 23/8/2026), toàn tỉnh ghi nhận 286 ca mắc sốt xuất huyết, tăng 19% so với tuần trước, không có trường hợp tử vong. Cộng dồn từ đầu năm đến nay, toàn tỉnh ghi nhận 3.412 ca mắc sốt xuất huyết, 1 ca tử vong; số mắc tăng 42% so với cùng kỳ năm 2025.
Các ca bệnh tập trung chủ yếu tại các phường Buôn Ma Thuột, Tân An, Tuy Hòa và các xã Krông Pắc, Ea Kar, Sông Hinh. Trong tuần, các địa phương đã phát hiện và xử lý 37 ổ dịch mới; hiện còn 64 ổ dịch đang hoạt động.
H: Tay chân miệng và các bệnh truyền nhiễm khác
Bệnh tay chân miệng ghi nhận 41 ca mắc trong tuần, cộng dồn 612 ca, không có ca tử vong; phần lớn người mắc là trẻ dưới 5 tuổi. Bệnh sởi không ghi nhận ca mắc mới trong 6 tuần liên tiếp. Đáng chú ý, trong tuần ghi nhận 1 trường hợp tử vong do bệnh dại tại xã Ea Súp; người bệnh bị chó nhà cắn khoảng 3 tháng trước nhưng không tiêm phòng vắc xin.
| Bệnh | Số mắc trong tuần | Cộng dồn từ đầu năm | Tử vong cộng dồn |
| Sốt xuất huyết | 286 | 3.412 | 1 |
| Tay chân miệng | 41 | 612 | 0 |
| Sởi | 0 | 27 | 0 |
| Dại | 1 | 4 | 4 |
C: Nhân viên y tế phun hóa chất diệt muỗi tại khu dân cư phường Tân An. Ảnh: Minh Thư
H: Khuyến cáo phòng bệnh
Hiện đang là cao điểm mùa mưa, điều kiện thuận lợi cho muỗi vằn sinh sản và phát triển. Trung tâm Kiểm soát bệnh tật tỉnh khuyến cáo người dân:
- Hằng tuần loại bỏ lăng quăng, bọ gậy; đậy kín các dụng cụ chứa nước; thu gom, hủy bỏ vật dụng phế thải có thể đọng nước quanh nhà.
- Ngủ màn kể cả ban ngày; mặc quần áo dài tay, dùng kem, hương xua muỗi để phòng muỗi đốt.
- Khi có dấu hiệu sốt cao đột ngột, đau đầu, đau mỏi người, xuất huyết dưới da cần đến ngay cơ sở y tế để được khám, theo dõi và điều trị kịp thời; không tự ý truyền dịch, điều trị tại nhà.
- Đưa trẻ đi tiêm chủng đầy đủ, đúng lịch; thường xuyên rửa tay bằng xà phòng dưới vòi nước sạch; tiêm vắc xin phòng dại ngay sau khi bị chó, mèo cắn.
"""

TEXTS["v13"] = """
L: (QNgTV) - Mưa lớn kéo dài từ đêm 20/11 đã gây sạt lở hàng chục điểm trên Quốc lộ 24 đoạn qua đèo Violak, khiến giao thông từ vùng đồng bằng lên các xã phía Tây của tỉnh bị chia cắt hoàn toàn. Lực lượng chức năng đang khẩn trương khắc phục, phấn đấu thông xe một làn trong ngày 22/11.
Theo báo cáo nhanh của Sở Xây dựng, tính đến 17 giờ ngày 21/11, trên Quốc lộ 24 đoạn từ Km 38 đến Km 62 xuất hiện 27 điểm sạt lở taluy dương với tổng khối lượng đất đá ước khoảng 18.000 m³; 3 vị trí sụt lún nền, mặt đường, trong đó điểm sụt tại Km 51+200 dài gần 40 m, ăn sâu vào một nửa mặt đường.
Ngay trong đêm 20/11, đơn vị quản lý, bảo trì tuyến đường đã huy động 8 máy xúc, 12 ô tô tải và hơn 60 công nhân tập trung thông tuyến. Tuy nhiên, mưa vẫn tiếp diễn khiến đất đá liên tục đổ xuống, công tác khắc phục gặp nhiều khó khăn.
Có mặt tại hiện trường chiều 21/11, ông Trần Phước H., tài xế xe khách tuyến Quảng Ngãi – Măng Đen cho biết, xe của ông xuất phát từ 5 giờ sáng nhưng phải dừng tại chân đèo gần 10 tiếng. “Hành khách trên xe được người dân và lực lượng công an xã hỗ trợ nước uống, mì tôm. Chúng tôi chỉ mong đường sớm thông để về nhà an toàn”, ông H. nói.
V: Hiện trường sạt lở tại Km 51 Quốc lộ 24 chiều 21/11.
Để bảo đảm an toàn, Công an tỉnh đã bố trí lực lượng chốt chặn tại hai đầu đèo, hướng dẫn các phương tiện lưu thông theo tuyến tránh. Các xã Ba Tơ, Măng Đen, Măng Ri được yêu cầu rà soát các khu dân cư ven sông suối, sườn đồi có nguy cơ sạt lở, chủ động di dời người dân đến nơi an toàn.
C: Đất đá tràn xuống mặt đường tại Km 46 Quốc lộ 24, xã Ba Tơ. Ảnh: Văn Lộc
Chiều 21/11, đồng chí Phạm Văn Thịnh, Phó Chủ tịch UBND tỉnh đã kiểm tra hiện trường, yêu cầu các lực lượng tập trung tối đa máy móc, nhân lực để sớm thông xe; bố trí người cảnh giới tại các điểm có nguy cơ sạt lở tiếp, tuyệt đối không để xảy ra thiệt hại về người.
Theo dự báo của Đài Khí tượng thủy văn tỉnh, từ nay đến ngày 23/11, khu vực miền núi phía Tây tỉnh tiếp tục có mưa to đến rất to, lượng mưa phổ biến 150 – 250 mm, có nơi trên 350 mm; nguy cơ cao xảy ra lũ quét, sạt lở đất tại các xã vùng núi.
"""

TEXTS["v14"] = """
L: Bệnh viện Đa khoa tỉnh Hà Tĩnh thông báo tuyển dụng 46 chỉ tiêu viên chức làm việc tại các khoa, phòng năm 2026.
Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển dụng, sử dụng và quản lý viên chức; Nghị định số 85/2023/NĐ-CP ngày 07/12/2023 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 115/2020/NĐ-CP; căn cứ Kế hoạch tuyển dụng viên chức năm 2026 đã được Sở Y tế phê duyệt, Bệnh viện Đa khoa tỉnh Hà Tĩnh thông báo tuyển dụng viên chức như sau:
H: 1. Chỉ tiêu tuyển dụng
- Bác sĩ (hạng III): 18 chỉ tiêu, trình độ đại học chuyên ngành Y khoa trở lên, có giấy phép hành nghề khám bệnh, chữa bệnh;
- Dược sĩ (hạng III): 4 chỉ tiêu, trình độ đại học chuyên ngành Dược học trở lên;
- Điều dưỡng (hạng III, hạng IV): 16 chỉ tiêu, trình độ cao đẳng chuyên ngành Điều dưỡng trở lên;
- Kỹ thuật y (hạng III): 5 chỉ tiêu, trình độ đại học chuyên ngành Kỹ thuật xét nghiệm y học, Kỹ thuật hình ảnh y học;
- Kế toán viên, Công nghệ thông tin: 3 chỉ tiêu, trình độ đại học chuyên ngành phù hợp.
H: 2. Điều kiện đăng ký dự tuyển
Người đăng ký dự tuyển phải đáp ứng đủ các điều kiện theo quy định của Luật Viên chức: có quốc tịch Việt Nam và cư trú tại Việt Nam; từ đủ 18 tuổi trở lên; có Phiếu đăng ký dự tuyển; có lý lịch rõ ràng; có văn bằng, chứng chỉ phù hợp với yêu cầu của vị trí việc làm; đủ sức khỏe để thực hiện công việc hoặc nhiệm vụ.
H: 3. Hình thức, nội dung tuyển dụng
Tuyển dụng thông qua hình thức xét tuyển, thực hiện theo 2 vòng. Vòng 1 kiểm tra điều kiện, tiêu chuẩn của người dự tuyển theo yêu cầu của vị trí việc làm. Vòng 2 phỏng vấn để kiểm tra năng lực, trình độ chuyên môn, nghiệp vụ của người dự tuyển; thang điểm vòng 2 là 100 điểm.
H: 4. Thời gian, địa điểm nhận Phiếu đăng ký dự tuyển
Thời gian nhận phiếu: từ ngày 14/4/2026 đến hết ngày 13/5/2026 (trong giờ hành chính các ngày làm việc).
Địa điểm: Phòng Tổ chức cán bộ, Bệnh viện Đa khoa tỉnh Hà Tĩnh (tầng 2, nhà A), số 75 đường Hải Thượng Lãn Ông, phường Thành Sen, tỉnh Hà Tĩnh. Điện thoại liên hệ: 0239.3858.136.
Thông tin chi tiết về vị trí việc làm và mẫu Phiếu đăng ký dự tuyển được đăng tải kèm theo thông báo này.
"""

TEXTS["v15"] = """
L: Sáng 5/9/2026, Trường Đại học Hồng Đức long trọng tổ chức Lễ khai giảng năm học 2026 – 2027, chào đón hơn 3.100 tân sinh viên, học viên các hệ đào tạo. Tại buổi lễ, Nhà trường đã trao 320 suất học bổng với tổng trị giá gần 2,4 tỷ đồng cho tân sinh viên có kết quả tuyển sinh cao và sinh viên có hoàn cảnh khó khăn.
Dự buổi lễ có đại diện lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh; lãnh đạo các sở, ngành; đại diện các doanh nghiệp, nhà tài trợ cùng đông đảo giảng viên, sinh viên Nhà trường.
Năm 2026, Trường tuyển sinh 48 ngành trình độ đại học, 17 chuyên ngành thạc sĩ và 5 chuyên ngành tiến sĩ. Điểm trúng tuyển nhiều ngành tăng so với năm trước, đặc biệt nhóm ngành sư phạm, công nghệ thông tin và ngôn ngữ Anh có điểm chuẩn từ 24 đến 27,5 điểm. Thủ khoa đầu vào năm nay là em Lê Thị Thu Hà, ngành Sư phạm Toán học, với tổng điểm 29,15.
Phát biểu khai giảng, PGS.TS Nguyễn Văn Lộc, Hiệu trưởng Nhà trường nhấn mạnh, năm học 2026 – 2027, Nhà trường tiếp tục triển khai chương trình đào tạo theo định hướng ứng dụng, tăng cường chuyển đổi số trong dạy học và quản trị, mở rộng hợp tác với doanh nghiệp trong và ngoài tỉnh để sinh viên được thực hành, thực tập ngay từ năm thứ hai.
“Chúng tôi mong muốn mỗi tân sinh viên không chỉ tích lũy kiến thức chuyên môn mà còn rèn luyện ngoại ngữ, kỹ năng số, tinh thần tự học suốt đời để tự tin bước vào thị trường lao động”, PGS.TS Nguyễn Văn Lộc nói.
C: PGS.TS Nguyễn Văn Lộc, Hiệu trưởng Nhà trường đánh trống khai giảng năm học mới.
Thay mặt tân sinh viên, em Lê Thị Thu Hà bày tỏ niềm tự hào khi trở thành sinh viên của Trường và hứa sẽ nỗ lực học tập, rèn luyện, xứng đáng với sự kỳ vọng của gia đình, thầy cô.
H: Trao 320 suất học bổng
Tại buổi lễ, Nhà trường trao 120 suất học bổng khuyến khích tài năng cho tân sinh viên có điểm trúng tuyển cao, mỗi suất trị giá từ 5 đến 15 triệu đồng; 200 suất học bổng “Tiếp sức đến trường” do các doanh nghiệp, cựu sinh viên tài trợ cho sinh viên có hoàn cảnh đặc biệt khó khăn, mỗi suất 5 triệu đồng.
Cũng trong dịp này, Nhà trường khen thưởng 26 tập thể, 58 cá nhân có thành tích xuất sắc trong năm học 2025 – 2026; công bố quyết định tặng Bằng khen của Chủ tịch UBND tỉnh cho 3 tập thể và 7 cá nhân.
C: Lãnh đạo tỉnh và Nhà trường trao học bổng cho tân sinh viên có thành tích cao.
"""

TEXTS["v16"] = """
L: Sau hợp nhất, số đoàn viên của Liên đoàn Lao động tỉnh tăng lên hơn 420.000 người, phần lớn làm việc tại các khu công nghiệp. Phóng viên đã có cuộc trao đổi với bà Đỗ Thị Thanh Hương, Chủ tịch LĐLĐ tỉnh về công tác chăm lo cho đoàn viên, người lao động trong năm 2026.
A: PV: Thưa bà, sau hơn nửa năm hoạt động theo mô hình mới, tổ chức công đoàn của tỉnh đã có những thay đổi như thế nào?
A: Bà Đỗ Thị Thanh Hương: Từ ngày 01/7/2025, Liên đoàn Lao động tỉnh Hưng Yên được thành lập trên cơ sở hợp nhất Liên đoàn Lao động hai tỉnh Hưng Yên và Thái Bình. Cùng với việc kết thúc hoạt động của công đoàn cấp huyện, chúng tôi đã kiện toàn các công đoàn ngành, công đoàn các khu công nghiệp và công đoàn cơ sở trực thuộc; đến nay trực tiếp quản lý hơn 3.200 công đoàn cơ sở với trên 420.000 đoàn viên. Bộ máy gọn hơn nhưng khối lượng công việc tăng lên nhiều, đòi hỏi cán bộ công đoàn phải đi sát cơ sở hơn, xử lý công việc nhanh hơn.
A: PV: Vấn đề mà đoàn viên, người lao động trong các khu công nghiệp quan tâm nhất hiện nay là gì, thưa bà?
A: Bà Đỗ Thị Thanh Hương: Qua khảo sát hơn 5.000 công nhân cuối năm 2025, có tới 63% người được hỏi đang phải thuê nhà trọ, nhiều phòng trọ chật chội, thiếu an toàn về phòng cháy, chữa cháy. Bên cạnh đó là nhu cầu về nhà trẻ cho con công nhân, tiền lương, thưởng Tết và việc làm ổn định khi một số doanh nghiệp dệt may, da giày thiếu đơn hàng. Vì vậy, chăm lo nhà ở cho công nhân được chúng tôi xác định là nhiệm vụ trọng tâm trong năm 2026.
A: PV: Cụ thể, công đoàn tỉnh sẽ triển khai những giải pháp gì?
A: Bà Đỗ Thị Thanh Hương: Chúng tôi đã tham mưu Tỉnh ủy, UBND tỉnh bố trí quỹ đất để xây dựng thiết chế công đoàn tại Khu công nghiệp Thăng Long II và Khu công nghiệp Liên Hà Thái, quy mô khoảng 1.500 căn nhà ở cho thuê, kèm theo nhà trẻ, trạm y tế, siêu thị và khu sinh hoạt văn hóa. Trong khi chờ các dự án hoàn thành, công đoàn phối hợp với chính quyền các xã, phường rà soát, gắn biển “Nhà trọ an toàn” và vận động chủ nhà trọ giữ ổn định giá thuê.
Cùng với đó, chương trình “Phúc lợi đoàn viên” tiếp tục được mở rộng; đến nay, công đoàn tỉnh đã ký kết với hơn 160 doanh nghiệp, siêu thị, cơ sở y tế để đoàn viên được mua hàng, khám chữa bệnh với giá ưu đãi.
A: PV: Tết Bính Ngọ đang đến gần, công tác chăm lo Tết cho người lao động được chuẩn bị ra sao?
A: Bà Đỗ Thị Thanh Hương: Chương trình “Tết Sum vầy – Xuân chia sẻ” năm 2026 dự kiến chăm lo cho khoảng 38.000 đoàn viên, người lao động có hoàn cảnh khó khăn với tổng kinh phí trên 30 tỷ đồng. Chúng tôi sẽ tổ chức “Chợ Tết Công đoàn” tại 6 khu công nghiệp, hỗ trợ vé xe, vé tàu cho công nhân về quê đón Tết và thăm hỏi những gia đình công nhân ở lại đón Tết tại khu nhà trọ.
Đặc biệt, LĐLĐ tỉnh đã đề nghị các doanh nghiệp công khai phương án thưởng Tết ngay từ tháng 12, thanh toán đầy đủ tiền lương trước kỳ nghỉ Tết. Các cấp công đoàn cũng được yêu cầu theo dõi sát tình hình nợ lương, nợ bảo hiểm xã hội để kịp thời bảo vệ quyền lợi của người lao động.
A: PV: Xin cảm ơn bà!
"""

TEXTS["v17"] = """
Sáng 27/7/2026, Hội Cựu chiến binh tỉnh tổ chức Lễ trao Kỷ niệm chương “Vì sự nghiệp Cựu chiến binh Việt Nam” và gặp mặt, tuyên dương cựu chiến binh tiêu biểu trong phong trào thi đua “Cựu chiến binh gương mẫu” năm 2026, nhân kỷ niệm 79 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2026).
Dự buổi lễ có đồng chí Hoàng Văn Khiêm, Phó Bí thư Tỉnh ủy; đại diện lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, Bộ Chỉ huy Quân sự tỉnh, Sở Nội vụ cùng 120 đại biểu là cựu chiến binh tiêu biểu, thương binh, thân nhân liệt sĩ đến từ các xã, phường trong tỉnh.
Báo cáo tại buổi lễ cho biết, hiện toàn tỉnh có 56 cơ sở Hội với hơn 18.600 hội viên. Sau khi sắp xếp tổ chức Hội theo mô hình chính quyền địa phương hai cấp, các cấp Hội đã nhanh chóng ổn định tổ chức, duy trì nền nếp sinh hoạt. Trong 6 tháng đầu năm 2026, hội viên cựu chiến binh đã hiến hơn 14.000 m² đất, đóng góp trên 6.800 ngày công làm đường giao thông nông thôn; các cấp Hội giúp 93 hội viên thoát nghèo, hỗ trợ xây dựng, sửa chữa 27 “Nhà nghĩa tình đồng đội”.
Nhiều cựu chiến binh tiếp tục phát huy bản chất “Bộ đội Cụ Hồ”, trở thành chỗ dựa tin cậy của cấp ủy, chính quyền ở cơ sở. Tiêu biểu như cựu chiến binh Nông Văn Sình, xã Trùng Khánh, với mô hình trồng dẻ, nuôi bò vỗ béo cho thu nhập trên 600 triệu đồng mỗi năm, tạo việc làm cho 9 lao động địa phương; cựu chiến binh Hoàng Thị Lìn, phường Thục Phán, 15 năm liền làm tổ trưởng tổ hòa giải, góp phần hòa giải thành công hàng chục vụ việc mâu thuẫn trong khu dân cư.
C: Lãnh đạo Hội Cựu chiến binh tỉnh trao Kỷ niệm chương cho các hội viên.
Phát biểu tại buổi lễ, đồng chí Hoàng Văn Khiêm ghi nhận, biểu dương những đóng góp của các cấp Hội Cựu chiến binh tỉnh; đề nghị các cấp Hội tiếp tục đổi mới nội dung, phương thức hoạt động, tích cực tham gia xây dựng Đảng, chính quyền; phát huy vai trò của cựu chiến binh trong bảo vệ chủ quyền, an ninh biên giới và giáo dục truyền thống cho thế hệ trẻ.
Nhân dịp này, Hội Cựu chiến binh tỉnh trao Kỷ niệm chương “Vì sự nghiệp Cựu chiến binh Việt Nam” cho 46 hội viên; Ban Chấp hành Hội tặng Giấy khen cho 35 cựu chiến binh tiêu biểu trong phong trào thi đua năm 2026.
"""

TEXTS["v18"] = """
Thời gian gần đây, trên địa bàn tỉnh xảy ra nhiều vụ tai nạn giao thông liên quan đến học sinh điều khiển xe máy điện, xe đạp điện, trong đó có những vụ gây hậu quả nghiêm trọng. Phòng Cảnh sát giao thông Công an tỉnh khuyến cáo phụ huynh và nhà trường tăng cường quản lý, nhắc nhở học sinh chấp hành pháp luật khi tham gia giao thông.
Theo thống kê, từ đầu năm học 2026 – 2027 đến nay, toàn tỉnh xảy ra 17 vụ tai nạn giao thông có người điều khiển phương tiện là học sinh, làm chết 4 người, bị thương 19 người. Nguyên nhân chủ yếu do học sinh chạy quá tốc độ, lạng lách, đi hàng ba, hàng tư, chở quá số người quy định, không đội mũ bảo hiểm và thiếu kỹ năng xử lý tình huống.
Điển hình, khoảng 17 giờ 15 phút ngày 12/10/2026, trên Quốc lộ 63 đoạn qua xã Thới Bình, em N.T.K. (15 tuổi) điều khiển xe máy điện chở theo 2 bạn cùng lớp, khi vượt xe tải đã va chạm với xe mô tô chạy ngược chiều. Hậu quả, em K. tử vong tại chỗ, 2 học sinh đi cùng và người điều khiển xe mô tô bị thương nặng.
H: Nhiều học sinh vi phạm
Qua tuần tra, kiểm soát tại các tuyến đường quanh trường học, lực lượng Cảnh sát giao thông đã phát hiện, lập biên bản 1.284 trường hợp học sinh vi phạm, trong đó 612 trường hợp không đội mũ bảo hiểm, 318 trường hợp chở quá số người quy định, 97 trường hợp chưa đủ tuổi điều khiển xe mô tô. Đáng chú ý, nhiều phụ huynh vẫn giao xe mô tô có dung tích xi lanh trên 50 cm³ cho con chưa đủ 18 tuổi điều khiển.
Theo Nghị định số 168/2024/NĐ-CP của Chính phủ, người điều khiển, người ngồi trên xe máy điện, xe gắn máy không đội mũ bảo hiểm hoặc đội mũ bảo hiểm không cài quai đúng quy cách bị phạt tiền từ 400.000 đồng đến 600.000 đồng; chủ phương tiện giao xe cho người không đủ điều kiện điều khiển cũng bị xử phạt theo quy định.
H: Khuyến cáo của lực lượng Cảnh sát giao thông
Để phòng ngừa tai nạn giao thông đối với học sinh, Phòng Cảnh sát giao thông đề nghị:
- Phụ huynh không giao xe mô tô, xe gắn máy cho con em chưa đủ tuổi điều khiển; trang bị mũ bảo hiểm đạt chuẩn và nhắc nhở con đội mũ, cài quai đúng quy cách mỗi khi tham gia giao thông.
- Nhà trường đưa nội dung chấp hành pháp luật về trật tự, an toàn giao thông vào tiêu chí đánh giá thi đua, rèn luyện; phối hợp với Công an xã, phường thông báo các trường hợp học sinh vi phạm về gia đình.
- Học sinh đi đúng phần đường, làn đường, không chở quá số người quy định, không dàn hàng ngang, không sử dụng điện thoại khi điều khiển phương tiện.
Thời gian tới, Phòng Cảnh sát giao thông sẽ phối hợp với Công an các xã, phường tăng cường tuần tra, kiểm soát vào giờ tan trường, xử lý nghiêm các trường hợp vi phạm, đồng thời gửi thông báo vi phạm về nhà trường và địa phương nơi học sinh cư trú.
"""

TEXTS["v19"] = """
Việc tích hợp giấy tờ cá nhân vào tài khoản định danh điện tử giúp người dân thuận tiện khi thực hiện thủ tục hành chính, khám chữa bệnh và xuất trình khi lực lượng chức năng kiểm tra mà không cần mang theo bản giấy. Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh hướng dẫn người dân thực hiện như sau:
H: Tích hợp giấy phép lái xe
- Bước 1: Đăng nhập ứng dụng VNeID bằng tài khoản định danh điện tử mức độ 2.
- Bước 2: Chọn mục “Ví giấy tờ”, chọn “Tích hợp thông tin”, sau đó chọn “Tạo mới yêu cầu”.
- Bước 3: Tại mục “Loại giấy tờ”, chọn “Giấy phép lái xe”; nhập số giấy phép lái xe, chọn hạng giấy phép lái xe, tích vào ô cam kết và chọn “Gửi yêu cầu”.
- Bước 4: Nhập mật khẩu (passcode) để xác nhận. Sau khi hệ thống xác thực thành công, thông tin giấy phép lái xe sẽ hiển thị trong mục “Ví giấy tờ”.
H: Tích hợp thẻ bảo hiểm y tế
Người dân thực hiện tương tự các bước trên, tại mục “Loại giấy tờ” chọn “Bảo hiểm y tế”; hệ thống sẽ tự động hiển thị mã số BHXH, người dân kiểm tra thông tin và gửi yêu cầu. Thẻ bảo hiểm y tế sau khi tích hợp được sử dụng khi đi khám, chữa bệnh tại các cơ sở y tế đã triển khai khám, chữa bệnh bằng căn cước hoặc ứng dụng VNeID.
C: Cán bộ Công an phường Tân Ninh hướng dẫn người dân tích hợp giấy tờ trên ứng dụng VNeID.
Trường hợp tích hợp không thành công do sai lệch thông tin (họ tên, ngày sinh, số định danh cá nhân), người dân liên hệ cơ quan cấp giấy tờ để điều chỉnh hoặc đến Công an xã, phường nơi cư trú để được hỗ trợ.
Công an tỉnh lưu ý, người dân tuyệt đối không cung cấp mật khẩu, mã passcode của tài khoản định danh điện tử cho bất kỳ ai; không truy cập đường link lạ, không cài đặt các ứng dụng giả mạo VNeID. Việc hỗ trợ chỉ được thực hiện trực tiếp tại trụ sở Công an cấp xã hoặc qua tổng đài 1900 0368.
"""

TEXTS["v20"] = """
L: Sau gần 6 tháng thực hiện mô hình chính quyền địa phương hai cấp, lực lượng dân quân tự vệ tỉnh Lâm Đồng đã được sắp xếp, kiện toàn theo địa bàn xã, phường, đặc khu mới. Tổ chức, biên chế của lực lượng bước đầu ổn định, chất lượng huấn luyện và khả năng sẵn sàng chiến đấu được duy trì, góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội ở cơ sở.
H: Sắp xếp gọn, không để khoảng trống
Thực hiện Nghị quyết số 60-NQ/TW của Hội nghị Trung ương 11 khóa XIII và hướng dẫn của Bộ Quốc phòng, Quân khu 7, ngay từ tháng 6/2025, Bộ Chỉ huy Quân sự tỉnh đã tham mưu cho Tỉnh ủy, UBND tỉnh ban hành kế hoạch sắp xếp, tổ chức lại lực lượng dân quân tự vệ phù hợp với đơn vị hành chính mới. Sau hợp nhất ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận, toàn tỉnh có 124 xã, phường, đặc khu; các Ban Chỉ huy Quân sự cấp huyện kết thúc hoạt động, thay vào đó là các Ban Chỉ huy Phòng thủ khu vực trực thuộc Bộ Chỉ huy Quân sự tỉnh.
Đại tá Trần Quốc Hưng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh cho biết, nguyên tắc xuyên suốt trong quá trình sắp xếp là không để khoảng trống về tổ chức, không để gián đoạn nhiệm vụ. Mỗi xã, phường, đặc khu đều có Ban Chỉ huy Quân sự với cơ cấu gồm Chỉ huy trưởng, Chính trị viên và các Phó Chỉ huy trưởng; lực lượng dân quân thường trực được bố trí tại những địa bàn trọng điểm về quốc phòng, an ninh, các xã ven biển và đặc khu Phú Quý.
Quá trình sắp xếp được tiến hành chặt chẽ, từ rà soát số lượng, chất lượng đội ngũ cán bộ Ban Chỉ huy Quân sự cấp xã, lực lượng dân quân nòng cốt đến tiếp nhận, bàn giao vũ khí, trang bị, hồ sơ quản lý quân nhân dự bị, đăng ký nghĩa vụ quân sự. Đến nay, toàn tỉnh có 124 Ban Chỉ huy Quân sự cấp xã, hơn 43.000 cán bộ, chiến sĩ dân quân tự vệ, đạt tỷ lệ 1,13% so với dân số; tỷ lệ đảng viên trong lực lượng đạt 24,6%.
X: Xem thêm: Lâm Đồng ra mắt 124 Ban Chỉ huy Quân sự xã, phường, đặc khu
Tại xã Di Linh, nơi được hình thành trên cơ sở sáp nhập thị trấn Di Linh và 3 xã lân cận, lực lượng dân quân được tổ chức thành 1 trung đội cơ động và 12 tiểu đội dân quân tại chỗ ở các thôn, tổ dân phố. “Địa bàn rộng hơn, dân số đông gấp 3 lần trước đây nên việc nắm lực lượng, điều động khi có tình huống phải khoa học hơn. Chúng tôi lập nhóm chỉ huy trên Zalo cho từng tiểu đội, phân công cán bộ phụ trách theo cụm thôn, bảo đảm khi có lệnh là lực lượng có mặt trong thời gian ngắn nhất”, đồng chí K’Brơi, Chỉ huy trưởng Ban Chỉ huy Quân sự xã chia sẻ.
H: Huấn luyện sát thực tế địa bàn mới
Năm 2025, Bộ Chỉ huy Quân sự tỉnh chỉ đạo đổi mới nội dung, phương pháp huấn luyện dân quân tự vệ theo phương châm “cơ bản, thiết thực, vững chắc”, tập trung vào các nội dung sát với nhiệm vụ của từng địa phương: tuần tra bảo vệ rừng, phòng cháy, chữa cháy rừng ở các xã vùng cao; tìm kiếm cứu nạn trên biển ở khu vực ven biển và đặc khu Phú Quý; bảo vệ mục tiêu, xử lý các tình huống phức tạp về an ninh trật tự ở các phường trung tâm.
Kết quả kiểm tra cuối năm cho thấy 100% đơn vị đạt yêu cầu, trong đó 72,4% khá, giỏi; bắn đạn thật bài 1 súng tiểu liên AK đạt 98,6%, trong đó 69,3% khá, giỏi. Các đơn vị dân quân tự vệ đã tham gia 4 cuộc diễn tập chiến đấu phòng thủ cấp xã và hàng trăm lượt tuần tra, canh gác, bảo đảm an toàn các ngày lễ, Tết và các sự kiện chính trị quan trọng của tỉnh.
C: Dân quân xã Di Linh huấn luyện kỹ thuật bắn súng tiểu liên AK.
Đặc biệt, trong đợt mưa lũ tháng 10/2025, lực lượng dân quân tại các xã ven sông La Ngà, Đạ Huoai đã cùng bộ đội, công an giúp nhân dân di dời hơn 600 hộ dân ra khỏi vùng nguy hiểm, gia cố bờ bao, khắc phục hậu quả thiên tai. Hình ảnh những chiến sĩ dân quân lội nước, cõng người già, trẻ em đến nơi an toàn đã để lại nhiều tình cảm tốt đẹp trong lòng nhân dân.
C: Lực lượng dân quân tự vệ giúp nhân dân khắc phục hậu quả mưa lũ tại xã Đạ Huoai, tháng 10/2025.
H: Những vấn đề đặt ra
Bên cạnh những kết quả đạt được, quá trình xây dựng lực lượng dân quân tự vệ theo mô hình mới cũng bộc lộ không ít khó khăn. Địa bàn quản lý của mỗi xã rộng hơn trước, có nơi gấp 4 – 5 lần, trong khi phương tiện cơ động, trang bị thông tin liên lạc còn thiếu. Một số cán bộ Ban Chỉ huy Quân sự cấp xã mới được điều động, bố trí, chưa có nhiều kinh nghiệm thực tiễn ở địa bàn. Chế độ, chính sách cho dân quân ở một số nơi chưa được chi trả kịp thời do thay đổi đầu mối quản lý tài chính.
Bên cạnh đó, việc một bộ phận thanh niên đi làm ăn xa gây khó khăn cho công tác tuyển chọn, bổ sung dân quân nòng cốt ở các xã vùng đồng bào dân tộc thiểu số. Việc tổ chức, quản lý lực lượng tự vệ trong các doanh nghiệp ngoài nhà nước ở các khu công nghiệp cũng còn hạn chế.
Q: Xây dựng lực lượng dân quân tự vệ vững mạnh, rộng khắp chính là xây dựng nền tảng vững chắc cho khu vực phòng thủ của tỉnh trong tình hình mới.
H: Tập trung các giải pháp đồng bộ
Để tiếp tục nâng cao chất lượng lực lượng dân quân tự vệ trong giai đoạn mới, Bộ Chỉ huy Quân sự tỉnh xác định tập trung vào một số giải pháp trọng tâm:
- Tham mưu cho cấp ủy, chính quyền các cấp quán triệt, thực hiện nghiêm Luật Dân quân tự vệ năm 2019 và các văn bản hướng dẫn; đưa chỉ tiêu xây dựng lực lượng dân quân tự vệ vào nghị quyết lãnh đạo hằng năm của cấp ủy cấp xã.
- Tiếp tục rà soát, điều chỉnh tổ chức, biên chế lực lượng dân quân tự vệ phù hợp với quy mô dân số, đặc điểm địa bàn sau sắp xếp; ưu tiên bố trí dân quân thường trực ở các xã ven biển, đặc khu và địa bàn trọng điểm.
- Đổi mới công tác huấn luyện, tăng cường huấn luyện theo các phương án sát thực tế; đầu tư phương tiện cơ động, thông tin liên lạc, trang bị cứu hộ, cứu nạn.
- Bảo đảm đầy đủ, kịp thời chế độ, chính sách cho dân quân tự vệ; kịp thời động viên, khen thưởng các tập thể, cá nhân có thành tích xuất sắc.
Theo Đại tá Trần Quốc Hưng, năm 2026, Bộ Chỉ huy Quân sự tỉnh sẽ chỉ đạo tổ chức hội thao dân quân tự vệ cấp tỉnh; tập huấn cho 100% cán bộ Ban Chỉ huy Quân sự cấp xã mới được bố trí; đồng thời sơ kết 1 năm thực hiện mô hình mới để kịp thời rút kinh nghiệm, kiến nghị cấp trên sửa đổi những quy định không còn phù hợp.
Với sự vào cuộc của cả hệ thống chính trị và sự đồng thuận của nhân dân, lực lượng dân quân tự vệ tỉnh Lâm Đồng đang từng bước được xây dựng “vững mạnh, rộng khắp”, xứng đáng là lực lượng nòng cốt trong thực hiện nhiệm vụ quốc phòng, quân sự ở địa phương, góp phần xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân vững chắc.
"""
# ---------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------

POLICE_NEWS = [
    "Công an tỉnh triệt phá đường dây đánh bạc qua mạng với số tiền giao dịch hơn 200 tỷ đồng",
    "Bắt giữ đối tượng trộm cắp tài sản tại các điểm du lịch Sa Pa",
    "Công an tỉnh tổ chức Hội nghị sơ kết công tác 9 tháng năm 2026",
    "Công an xã Bát Xát vận động người dân giao nộp 12 khẩu súng tự chế",
    "Ra mắt mô hình “Camera an ninh” tại 35 thôn, tổ dân phố",
    "Triển khai đợt cao điểm tấn công, trấn áp tội phạm dịp cuối năm",
    "Phát hiện cơ sở kinh doanh lưu trú không khai báo tạm trú cho khách nước ngoài",
    "Khởi tố vụ án tàng trữ trái phép chất ma túy tại phường Lào Cai",
    "Công an tỉnh trao tặng 50 suất quà cho học sinh nghèo vùng cao",
    "Cảnh báo lừa đảo tuyển dụng việc làm “việc nhẹ lương cao” ở nước ngoài",
    "Tập huấn nghiệp vụ phòng cháy, chữa cháy cho lực lượng dân phòng",
    "Hoàn thành cấp căn cước cho trẻ em dưới 6 tuổi tại 12 xã vùng cao",
    "Tiếp nhận, xử lý nhanh tin báo tố giác tội phạm qua ứng dụng VNeID",
    "Đảm bảo an ninh trật tự phục vụ Lễ hội Đền Thượng năm 2026",
    "Bắt đối tượng truy nã đặc biệt lẩn trốn hơn 10 năm",
    "Tuyên truyền phòng, chống mua bán người tại các xã biên giới",
]

LR_MENU = [
    ("Trang chủ", []),
    ("Giới thiệu", ["Lịch sử truyền thống", "Cơ cấu tổ chức", "Lãnh đạo Công an tỉnh", "Chức năng, nhiệm vụ"]),
    ("Tin tức - Sự kiện", ["Hoạt động của Công an tỉnh", "An ninh trật tự", "Cảnh báo tội phạm", "Xây dựng lực lượng", "Công an xã, phường"]),
    ("Thủ tục hành chính", ["Cư trú", "Căn cước, định danh điện tử", "Đăng ký xe", "Phòng cháy, chữa cháy", "Xuất nhập cảnh"]),
    ("Tuyên truyền pháp luật", ["Văn bản quy phạm pháp luật", "Hỏi đáp pháp luật", "Phổ biến giáo dục pháp luật"]),
    ("Phong trào toàn dân bảo vệ ANTQ", ["Gương người tốt, việc tốt", "Mô hình hay"]),
    ("Thông báo", ["Thông báo truy nã", "Tìm chủ sở hữu tài sản", "Tuyển sinh, tuyển dụng"]),
    ("Liên hệ", []),
]

CLAY_ICONS = ["angle-down", "angle-left", "angle-right", "bars", "calendar", "caret-bottom", "check", "times",
              "search", "print", "envelope-closed", "share", "twitter", "social-facebook", "text", "plus",
              "minus", "home", "user", "phone", "documents-and-media", "star", "star-o", "view", "comments",
              "download", "upload", "lock", "unlock", "info-circle", "warning", "globe", "link", "reload",
              "forms", "list", "grid", "filter", "order-arrow-down", "order-arrow-up", "exclamation-full",
              "ellipsis-v", "expand", "compress", "folder", "heart", "play", "pause", "picture", "video"]

LR_MODULES = ["frontend-js-web", "frontend-js-aui-web", "frontend-js-metal-web", "frontend-taglib",
              "frontend-taglib-clay", "asset-taglib", "asset-publisher-web", "journal-web", "layout-taglib",
              "portal-search-web", "product-navigation-control-menu-web", "site-navigation-menu-web",
              "ratings-taglib", "social-bookmarks-taglib", "comment-web", "item-selector-taglib",
              "staging-taglib", "document-library-web", "dynamic-data-mapping-form-renderer",
              "segments-experiment-web", "announcements-web", "polls-web", "login-web", "map-common"]


def lr_loader(r):
    mods = {}
    for m in LR_MODULES:
        ver = "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 60))
        for i in range(r.randint(5, 11)):
            part = r.choice(["index", "util", "component", "main", "api", "events", "dom", "state", "store", "renderer"])
            name = "%s@%s/js/%s_%d" % (m, ver, part, i)
            deps = ["%s@%s/js/%s_%d" % (r.choice(LR_MODULES), ver, r.choice(["index", "util", "api"]), r.randint(0, 4))
                    for _ in range(r.randint(1, 4))]
            mods[name] = {"dependencies": deps + ["module", "require"], "flags": {"esModule": True},
                          "path": "/o/js/resolved-module/%s" % name}
    return "Liferay.Loader.addModules(%s);" % json.dumps(mods, separators=(",", ":"))


def lr_menu(menu, mobile=False):
    out = []
    for i, (top, subs) in enumerate(menu):
        href = "/" if top == "Trang chủ" else "/" + slug(top)
        cls = "lfr-nav-item nav-item" + (" dropdown" if subs else "") + (" selected active" if top.startswith("Tin tức") else "")
        s = '<li class="%s" id="layout_%d" role="presentation"><a aria-labelledby="layout_%d" %s href="%s" role="menuitem"><span>%s</span></a>' % (
            cls, 10 + i, 10 + i, 'aria-haspopup="true" class="dropdown-toggle"' if subs else "", href, esc(top))
        if subs:
            s += '<ul class="child-menu dropdown-menu" role="menu">' + "".join(
                '<li class="lfr-nav-item" id="layout_%d%02d" role="presentation"><a class="dropdown-item" href="%s/%s" role="menuitem">%s</a></li>'
                % (10 + i, j, href, slug(x), esc(x)) for j, x in enumerate(subs)) + "</ul>"
        out.append(s + "</li>")
    ident = "navigationCollapseMobile" if mobile else "navigationCollapse"
    return '<nav class="sort-pages modify-pages" id="%s"><ul aria-label="Trang web" class="nav navbar-nav" role="menubar">%s</ul></nav>' % (ident, "".join(out))


@page
def v01():
    r = R("v01")
    title = "Cảnh báo thủ đoạn giả danh công an yêu cầu cài ứng dụng “VNeID” giả để chiếm đoạt tài sản"
    inst = "Xk9pQ2mWn7aB"
    url = ("https://congan.laocai.gov.vn/tin-tuc-su-kien/-/asset_publisher/%s/content/canh-bao-thu-doan-gia-danh-cong-an-"
           "yeu-cau-cai-ung-dung-vneid-gia-de-chiem-doat-tai-san" % inst)
    lead, sub, blocks, side = article("v01", "liferay-vnpt", url, title, "2026-10-14T08:15:00+07:00",
                                      "Thượng úy Nguyễn Hoàng Long, Phòng Tham mưu")
    st = Style(r, imgbase="/documents/20182/%d/" % r.randint(1000000, 9999999),
               p='<p style="text-align: justify;">{}</p>', h='<p style="text-align: justify;"><strong>{}</strong></p>')
    st.cap = lambda t: ('<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:100%%"><tbody>'
                        '<tr><td><img alt="" src="%s?t=%d" style="width: 700px; height: 466px;" /></td></tr>'
                        '<tr><td style="text-align: center;"><em>%s</em></td></tr></tbody></table>'
                        % (st.src(), 1760000000000 + r.randint(0, 9 ** 9), esc(t)))
    body = st.render(blocks)
    portlet = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_" + inst
    rel = pick(r, POLICE_NEWS, 8, 2026, 10, 14, "/tin-tuc-su-kien/-/asset_publisher/" + inst + "/content/{slug}")
    relh = related_html(rel, '<li class="item"><a href="{url}">{title}</a> <span class="date">({date})</span></li>')
    sprite = svg_sprite(r, CLAY_ICONS * 2)
    docs = [("Kế hoạch số %d/KH-CAT-PV01" % r.randint(100, 900), "Tuyên truyền phòng, chống tội phạm sử dụng công nghệ cao năm 2026"),
            ("Thông báo số %d/TB-CAT" % r.randint(100, 900), "Lịch tiếp công dân của Giám đốc Công an tỉnh tháng 10/2026"),
            ("Quyết định số %d/QĐ-CAT" % r.randint(1000, 3000), "Công bố thủ tục hành chính lĩnh vực đăng ký, quản lý cư trú"),
            ("Hướng dẫn số %d/HD-CAT-PC06" % r.randint(10, 90), "Thực hiện cấp căn cước cho người dưới 14 tuổi"),
            ("Kế hoạch số %d/KH-CAT-PC08" % r.randint(100, 900), "Bảo đảm trật tự, an toàn giao thông dịp cuối năm 2026")]
    docsh = "".join('<li><a href="/van-ban/-/document/%d"><strong>%s</strong></a><p>%s</p></li>' % (r.randint(10000, 99999), esc(a), esc(b)) for a, b in docs)
    theme = ("var themeDisplay=Liferay.ThemeDisplay={getLayoutId:function(){return \"%d\";},getLayoutRelativeURL:function(){return \"/tin-tuc-su-kien\";},"
             "getCompanyId:function(){return \"20099\";},getScopeGroupId:function(){return \"20126\";},getLanguageId:function(){return \"vi_VN\";},"
             "getPathThemeImages:function(){return \"https://congan.laocai.gov.vn/o/catinh-theme/images\";},getPlid:function(){return \"%d\";},"
             "getSessionId:function(){return \"\";},getUserId:function(){return \"20103\";},isSignedIn:function(){return false;},"
             "getCDNBaseURL:function(){return \"https://congan.laocai.gov.vn\";},getPortalURL:function(){return \"https://congan.laocai.gov.vn\";}};"
             % (r.randint(10, 99), r.randint(30000, 99999)))
    vis = [r.randint(1500, 4000), r.randint(3000, 6000), r.randint(50000, 90000), r.randint(12000000, 19000000)]
    h = []
    h.append('<!DOCTYPE html>\n<html class="ltr" dir="ltr" lang="vi-VN">\n<head>\n<title>%s - Công an tỉnh Lào Cai</title>\n' % esc(title))
    h.append('<meta content="initial-scale=1.0, width=device-width" name="viewport" />\n'
             '<meta content="text/html; charset=UTF-8" http-equiv="content-type" />\n'
             '<meta content="%s" lang="vi-VN" name="description" />\n'
             '<meta content="Công an tỉnh Lào Cai, tin tức, cảnh báo" lang="vi-VN" name="keywords" />\n'
             '<meta property="og:title" content="%s" />\n<meta property="og:type" content="website" />\n'
             '<meta property="og:url" content="%s" />\n<meta property="og:site_name" content="Cổng thông tin điện tử Công an tỉnh Lào Cai" />\n'
             '<link href="https://congan.laocai.gov.vn/o/catinh-theme/images/favicon.ico" rel="icon" />\n'
             '<link data-senna-track="temporary" href="%s" rel="canonical" />\n'
             % (attr(lead[:150]), attr(title), attr(url), attr(url)))
    for css in ["/o/frontend-theme-font-awesome-web/css/main.css", "/o/frontend-css-web/main.css", "/o/catinh-theme/css/clay.css",
                "/o/catinh-theme/css/main.css", "/o/asset-publisher-web/css/main.css", "/o/ratings-taglib/css/main.css"]:
        h.append('<link class="lfr-css-file" data-senna-track="temporary" href="https://congan.laocai.gov.vn%s?browserId=other&amp;themeId=catinhtheme_WAR_catinhtheme&amp;languageId=vi_VN&amp;t=%d" rel="stylesheet" type="text/css" />\n' % (css, 1750000000000 + r.randint(0, 9 ** 10)))
    h.append('<script data-senna-track="temporary" type="text/javascript">\n// <![CDATA[\nvar Liferay=Liferay||{};Liferay.Browser={acceptsGzip:function(){return true},getMajorVersion:function(){return 131},isChrome:function(){return true}};'
             'Liferay.Data=Liferay.Data||{};Liferay.Data.ICONS_INLINE_SVG=true;Liferay.Data.NAV_SELECTOR="#navigation";Liferay.Data.isCustomizationView=function(){return false};'
             'Liferay.PortletKeys={DOCUMENT_LIBRARY:"com_liferay_document_library_web_portlet_DLPortlet",DYNAMIC_DATA_MAPPING:"com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet",ITEM_SELECTOR:"com_liferay_item_selector_web_portlet_ItemSelectorPortlet"};'
             'Liferay.PropsValues={JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT:0,NTLM_AUTH_ENABLED:false,UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE:104857600};\n'
             + theme + '\nLiferay.AUI={getAvailableLangPath:function(){return "available_languages.jsp?browserId=other&themeId=catinhtheme_WAR_catinhtheme&colorSchemeId=01&languageId=vi_VN&t=%d"},getCombine:function(){return true},getComboPath:function(){return "/combo/?browserId=other&minifierType=&languageId=vi_VN&t=%d&"}};\n'
             % (1750000000000 + r.randint(0, 9 ** 9), 1750000000000 + r.randint(0, 9 ** 9)))
    h.append("Liferay.authToken=\"%s\";Liferay.currentURL=\"%s\";Liferay.currentURLEncoded=\"%s\";\n// ]]>\n</script>\n" % (alnum(r, 8), attr(url[29:]), attr(url[29:].replace("/", "%2F"))))
    h.append('<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;t=%d&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js&amp;/o/frontend-js-aui-web/aui/aui/aui.js&amp;/o/frontend-js-aui-web/liferay/modules.js" type="text/javascript"></script>\n' % (1750000000000 + r.randint(0, 9 ** 9)))
    h.append('<script type="text/javascript">\n// <![CDATA[\n' + lr_loader(r) + '\n// ]]>\n</script>\n')
    h.append('<style type="text/css">#p_p_id_%s_ .portlet-content{border-width:0}.title-detail h1{font-size:22px;color:#b50000;font-weight:bold}.sapo{font-weight:bold;margin:10px 0}</style>\n' % portlet)
    h.append('</head>\n<body class="controls-visible chrome signed-out public-page site">\n')
    h.append(sprite + "\n")
    h.append('<div class="d-block d-md-none" id="mobileMenu"><button class="btn btn-unstyled navbar-toggler" data-target="#navigationCollapseMobile" data-toggle="liferay-collapse" type="button"><svg class="lexicon-icon lexicon-icon-bars" role="presentation"><use xlink:href="#bars"></use></svg></button>'
             + lr_menu(LR_MENU, mobile=True) + '</div>\n')
    h.append('<div class="container-fluid" id="wrapper">\n<header id="banner" role="banner">\n<div class="top-bar"><div class="container"><div class="row">'
             '<div class="col-md-6"><span class="date-time"><svg class="lexicon-icon lexicon-icon-calendar"><use xlink:href="#calendar"></use></svg> Chủ Nhật, 22/11/2026</span></div>'
             '<div class="col-md-6 text-right"><a href="/so-do-trang">Sơ đồ trang</a> | <a href="/lien-he">Liên hệ</a> | <a href="/en">English</a> | <a href="/c/portal/login">Đăng nhập</a></div></div></div></div>\n'
             '<div class="banner-header"><div class="container"><a class="logo custom-logo" href="/" title="Trang chủ"><img alt="Công an tỉnh Lào Cai" height="96" src="/o/catinh-theme/images/logo-cand.png" width="96" /></a>'
             '<div class="site-title"><p class="slogan-top">BỘ CÔNG AN</p><h2 class="site-name">CÔNG AN TỈNH LÀO CAI</h2><p class="slogan">Vì nước quên thân, vì dân phục vụ</p></div>'
             '<div class="hotline"><svg class="lexicon-icon"><use xlink:href="#phone"></use></svg> Đường dây nóng: <strong>069.2830.113</strong></div></div></div>\n')
    h.append('<div class="navbar navbar-classic navbar-top py-2"><div class="container">' + lr_menu(LR_MENU) + '</div></div>\n</header>\n')
    h.append('<section id="content"><div class="container"><div class="columns-2-8-4" id="main-content" role="main"><div class="portlet-layout row">\n'
             '<div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">\n')
    h.append('<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_ portlet-static portlet-static-end portlet-barebone portlet-breadcrumb" id="p_p_id_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_%s_">'
             '<nav aria-label="Đường dẫn"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/"><span class="breadcrumb-text-truncate">Trang chủ</span></a></li>'
             '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/tin-tuc-su-kien"><span class="breadcrumb-text-truncate">Tin tức - Sự kiện</span></a></li>'
             '<li class="breadcrumb-item"><span class="active breadcrumb-text-truncate">Cảnh báo tội phạm</span></li></ol></nav></div>\n' % alnum(r, 12))
    h.append('<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-static-end portlet-barebone portlet-asset-publisher" id="p_p_id_%s_">'
             '<span id="p_%s"></span><section class="portlet" id="portlet_%s"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header">'
             '<div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">Cảnh báo tội phạm</h2></div></div>'
             '<div class="portlet-content-container"><div class="portlet-body">\n' % (portlet, portlet, portlet))
    h.append('<div class="asset-full-content clearfix default-asset-publisher show-asset-title">\n'
             '<div class="title-detail"><h1 class="asset-title">%s</h1></div>\n' % esc(title))
    h.append('<div class="date-detail"><span class="ngay-dang">Ngày đăng: 14/10/2026 | 08:15</span> <span class="luot-xem"><svg class="lexicon-icon"><use xlink:href="#view"></use></svg> Lượt xem: %s</span>'
             '<div class="tools"><a class="font-size" data-size="-1" href="javascript:void(0);">A-</a> <a class="font-size" data-size="1" href="javascript:void(0);">A+</a> '
             '<a href="javascript:window.print();" title="In bài viết"><svg class="lexicon-icon"><use xlink:href="#print"></use></svg></a> '
             '<a href="mailto:?subject=%s" title="Gửi email"><svg class="lexicon-icon"><use xlink:href="#envelope-closed"></use></svg></a></div></div>\n'
             % ("{:,}".format(r.randint(1200, 5000)).replace(",", "."), attr(title)))
    h.append('<div class="asset-content"><div class="journal-content-article" data-analytics-asset-id="%d" data-analytics-asset-title="%s" data-analytics-asset-type="web-content">\n'
             % (r.randint(1000000, 9999999), attr(title)))
    h.append('<div class="sapo"><p><strong>%s</strong></p></div>\n' % esc(lead))
    h.append(body + "\n")
    h.append('<p style="text-align: right;"><strong>Thượng úy Nguyễn Hoàng Long</strong></p>\n<p style="text-align: right;"><em>Phòng Tham mưu</em></p>\n')
    h.append('</div></div>\n')
    h.append('<div class="asset-ratings"><div class="taglib-ratings stars" id="%s_ratingStarContainer"><span class="rating-label">Đánh giá bài viết:</span>'
             % alnum(r, 6) + "".join('<a class="rating-element" href="javascript:;" title="Cho %d sao"><svg class="lexicon-icon lexicon-icon-star-o"><use xlink:href="#star-o"></use></svg></a>' % i for i in range(1, 6))
             + ' <span class="rating-text">(0 đánh giá)</span></div></div>\n')
    h.append('<div class="social-bookmarks"><ul class="list-unstyled"><li><a class="social-bookmark" href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank"><svg class="lexicon-icon"><use xlink:href="#social-facebook"></use></svg> Chia sẻ</a></li>'
             '<li><a class="social-bookmark" href="https://zalo.me/share?u=%s" target="_blank">Zalo</a></li></ul></div>\n</div>\n' % (attr(url), attr(url)))
    h.append('<div class="tin-cung-chuyen-muc"><h3 class="title-block">Tin cùng chuyên mục</h3><ul class="list-news">%s</ul></div>\n' % relh)
    h.append('</div></div></div></section></div>\n</div></div>\n')
    # right column
    h.append('<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">\n')
    h.append('<div class="portlet-boundary portlet-search-bar" id="p_p_id_com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_INSTANCE_%s_"><form action="/tim-kiem" method="get">'
             '<div class="input-group"><input class="form-control search-bar-keywords-input" name="q" placeholder="Tìm kiếm..." type="text" value="" />'
             '<button class="btn btn-light" type="submit"><svg class="lexicon-icon"><use xlink:href="#search"></use></svg></button></div></form></div>\n' % alnum(r, 12))
    h.append('<div class="portlet-boundary box-van-ban"><h3 class="title-block">Văn bản mới</h3><ul>%s</ul><a class="more" href="/van-ban">Xem tất cả</a></div>\n' % docsh)
    h.append('<div class="portlet-boundary box-banner">' + "".join('<a href="%s" target="_blank"><img alt="%s" src="/documents/20182/banner/%s.png" /></a>' % (u, esc(a), slug(a)) for u, a in [
        ("https://dichvucong.bocongan.gov.vn", "Cổng dịch vụ công Bộ Công an"), ("https://vneid.gov.vn", "Ứng dụng VNeID"),
        ("https://csgt.vn", "Tra cứu phương tiện vi phạm giao thông"), ("https://dichvucong.gov.vn", "Cổng Dịch vụ công quốc gia"),
        ("https://bocongan.gov.vn", "Cổng TTĐT Bộ Công an")]) + '</div>\n')
    h.append('<div class="portlet-boundary portlet-polls"><h3 class="title-block">Thăm dò ý kiến</h3><form><p>Bạn biết đến thông tin cảnh báo lừa đảo qua kênh nào?</p>'
             + "".join('<div class="radio"><label><input name="choice" type="radio" value="%d" /> %s</label></div>' % (i, esc(o)) for i, o in enumerate(
                 ["Cổng thông tin điện tử Công an tỉnh", "Fanpage Công an tỉnh", "Loa truyền thanh cơ sở", "Báo, đài", "Khác"]))
             + '<button class="btn btn-primary" type="button">Bình chọn</button> <a href="#">Xem kết quả</a></form></div>\n')
    h.append('<div class="portlet-boundary box-video"><h3 class="title-block">Video</h3><div class="video-item"><a href="/video/-/v/%d"><img alt="" src="/documents/20182/video/thumb%d.jpg" /><span>Công an tỉnh ra quân đợt cao điểm tấn công, trấn áp tội phạm</span></a></div></div>\n' % (r.randint(100, 999), r.randint(1, 99)))
    h.append('<div class="portlet-boundary box-lienket"><h3 class="title-block">Liên kết website</h3><select class="form-control" onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>'
             + "".join('<option value="https://%s">%s</option>' % (u, esc(t)) for u, t in [("bocongan.gov.vn", "Bộ Công an"), ("laocai.gov.vn", "Cổng TTĐT tỉnh Lào Cai"),
                                                                                        ("cand.com.vn", "Báo Công an nhân dân"), ("anninhthudo.vn", "Báo An ninh Thủ đô"),
                                                                                        ("baolaocai.vn", "Báo Lào Cai"), ("chinhphu.vn", "Cổng TTĐT Chính phủ")]) + '</select></div>\n')
    h.append('<div class="portlet-boundary box-thongke"><h3 class="title-block">Thống kê truy cập</h3><ul><li>Đang truy cập: <b>%d</b></li><li>Hôm nay: <b>%d</b></li><li>Tháng này: <b>%d</b></li><li>Tổng lượt truy cập: <b>%d</b></li></ul></div>\n' % tuple(vis))
    h.append('</div></div>\n</div></div></div></section>\n')
    h.append('<footer id="footer" role="contentinfo"><div class="container"><div class="row"><div class="col-md-8">'
             '<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH LÀO CAI</strong></p>'
             '<p>Cơ quan chủ quản: Công an tỉnh Lào Cai</p><p>Địa chỉ: Đường Trần Hưng Đạo, phường Lào Cai, tỉnh Lào Cai</p>'
             '<p>Điện thoại: 069.2830.113 - Email: bbt@congan.laocai.gov.vn</p>'
             '<p>Chịu trách nhiệm chính: Đại tá Hoàng Minh Tuấn, Phó Giám đốc Công an tỉnh</p>'
             '<p>Giấy phép số 61/GP-TTĐT ngày 08/5/2024 của Sở Văn hóa, Thể thao và Du lịch</p>'
             '<p>Ghi rõ nguồn “Cổng thông tin điện tử Công an tỉnh Lào Cai” khi phát hành lại thông tin từ website này.</p></div>'
             '<div class="col-md-4">' + lr_menu(LR_MENU[:5]) + '</div></div></div>'
             '<div class="copyright">Bản quyền © 2026 Công an tỉnh Lào Cai. Phát triển bởi VNPT Lào Cai.</div></footer>\n</div>\n')
    h.append('<script type="text/javascript">\n// <![CDATA[\nAUI().use("liferay-menu","liferay-notice","aui-base","liferay-session","liferay-poller",function(A){(function(){'
             'var $=AUI.$;var _=AUI._;Liferay.Portlet.register("%s");Liferay.Portlet.onLoad({canEditTitle:false,columnPos:1,isStatic:"end",namespacedId:"p_p_id_%s_",portletId:"%s",refreshURL:"/c/portal/render_portlet?p_l_id=%d&p_p_id=%s&p_p_lifecycle=0&p_t_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_pos=1&p_p_col_count=2&p_p_isolated=1&currentURL=%%2Ftin-tuc-su-kien",refreshURLData:{}});'
             'if(A.UA.mobile){Liferay.Util.addInputCancel();}})();(function(){var $=AUI.$;$(".font-size").on("click",function(){var s=parseInt($(".journal-content-article").css("font-size"))+parseInt($(this).data("size"));$(".journal-content-article").css("font-size",s+"px");});})();});\n// ]]>\n</script>\n'
             % (portlet, portlet, portlet, r.randint(30000, 99999), portlet))
    h.append('<script async src="https://www.googletagmanager.com/gtag/js?id=G-%s"></script><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());gtag("config","G-%s");</script>\n' % ((alnum(r, 10).upper(),) * 2))
    h.append('</body>\n</html>\n')
    return "v01", "".join(h), side


SP_MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Quốc phòng địa phương", "Dân quân tự vệ", "Tuyển quân",
           "Chính sách hậu phương quân đội", "Văn bản", "Thư viện ảnh", "Liên hệ"]
MIL_NEWS = [
    "Bộ CHQS tỉnh tổ chức Hội nghị rút kinh nghiệm công tác huấn luyện năm 2026",
    "Lực lượng vũ trang tỉnh giúp nhân dân khắc phục hậu quả mưa lũ",
    "Ban Chỉ huy Phòng thủ khu vực 2 kiểm tra công tác sẵn sàng chiến đấu",
    "Hội thao quân sự, thể dục thể thao lực lượng vũ trang tỉnh năm 2026",
    "Tập huấn cán bộ Ban Chỉ huy Quân sự cấp xã sau sắp xếp",
    "Trao tặng nhà đồng đội cho quân nhân có hoàn cảnh khó khăn",
    "Bộ CHQS tỉnh ký kết chương trình phối hợp với Hội Cựu chiến binh tỉnh",
    "Khám tuyển sức khỏe nghĩa vụ quân sự năm 2027 tại các xã, phường",
    "Diễn tập chiến đấu phòng thủ phường Vinh Phú năm 2026",
    "Huấn luyện dân quân tự vệ năm thứ nhất tại Trung đoàn 764",
    "Quy tập hài cốt liệt sĩ hy sinh tại nước bạn Lào mùa khô 2025 – 2026",
    "Tổng kết công tác giáo dục quốc phòng và an ninh năm 2026",
]


def sp_viewstate(r, n):
    return "/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIHD2QWAmYPZBYC" + b64(r, n)


@page
def v02():
    r = R("v02")
    title = "Xã Anh Sơn diễn tập chiến đấu phòng thủ năm 2026"
    url = "https://bchqs.nghean.gov.vn/tin-tuc/Pages/2026-09-18/xa-anh-son-dien-tap-chien-dau-phong-thu-nam-2026.aspx"
    lead, sub, blocks, side = article("v02", "sharepoint-tandan", url, title, "2026-09-18T15:40:00+07:00", "Đại úy Phan Văn Đức")
    st = Style(r, imgbase="/tin-tuc/PublishingImages/2026-09-18/",
               p='<p style="text-align:justify;">{}</p>', h='<p style="text-align:justify;"><strong><em>{}</em></strong></p>')
    st.cap = lambda t: ('<table class="ms-rteTable-default" style="width:100%%;"><tbody><tr><td class="ms-rteTableEvenCol-default" style="text-align:center;">'
                        '<img alt="%s" src="%s" style="margin:5px;width:650px;" /></td></tr><tr><td class="ms-rteTableOddCol-default" style="text-align:center;">'
                        '<span style="font-size:12px;"><em>%s</em></span></td></tr></tbody></table>' % (attr(t[:40]), st.src(), esc(t)))
    body = st.render(blocks)
    rel = pick(r, MIL_NEWS, 10, 2026, 9, 18, "/tin-tuc/Pages/2026-08-{id}/{slug}.aspx")
    relh = related_html(rel, '<li><a href="{url}">{title}</a><span class="date"> ({date})</span></li>')
    vs = sp_viewstate(r, 80000)
    gid = uuid(r)
    h = []
    h.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
             '<html dir="ltr" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office">\n<head id="ctl00_Head1">'
             '<meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" />'
             '<meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" />'
             '<meta name="viewport" content="width=device-width, initial-scale=1" />\n<title>\r\n\t%s\r\n</title>\n' % esc(title))
    h.append('<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=%s"/>\n'
             '<link rel="stylesheet" type="text/css" href="/Style%%20Library/TanDan/css/portal.css"/>\n<link rel="stylesheet" type="text/css" href="/Style%%20Library/TanDan/css/news.css"/>\n' % alnum(r, 22))
    for js in ["init.js", "1066/initstrings.js", "1066/strings.js", "SP.Core.js", "core.js", "sp.ui.dialog.js", "sp.runtime.js", "sp.js", "ScriptResx.ashx?culture=vi%2Dvn&amp;name=SP%2ERes"]:
        h.append('<script type="text/javascript" src="/_layouts/15/%s?rev=%s"></script>\n' % (js, alnum(r, 22)))
    h.append('<script type="text/javascript">//<![CDATA[\nvar _fV4UI=true;var _spPageContextInfo={webServerRelativeUrl:"\\u002ftin-tuc",webAbsoluteUrl:"https:\\u002f\\u002fbchqs.nghean.gov.vn\\u002ftin-tuc",'
             'siteAbsoluteUrl:"https:\\u002f\\u002fbchqs.nghean.gov.vn",serverRequestPath:"\\u002ftin-tuc\\u002fPages\\u002f2026-09-18\\u002fxa-anh-son-dien-tap-chien-dau-phong-thu-nam-2026.aspx",'
             'layoutsUrl:"_layouts\\u002f15",webTitle:"Tin tức",webTemplate:"39",tenantAppVersion:"0",isAppWeb:false,webLogoUrl:"_layouts\\u002f15\\u002fimages\\u002fsiteicon.png",'
             'webLanguage:1066,currentLanguage:1066,currentUICultureName:"vi-VN",currentCultureName:"vi-VN",clientServerTimeDelta:new Date("2026-11-22T01:14:05.2188817Z")-new Date(),'
             'siteClientTag:"%d$$15.0.5545.1000",crossDomainPhotosEnabled:false,webUIVersion:15,webPermMasks:{High:16,Low:196673},pageListId:"{%s}",pageItemId:%d,'
             'pagePersonalizationScope:1,alertsEnabled:false,siteServerRelativeUrl:"\\u002f",allowSilverlightPrompt:\'True\'};\n//]]></script>\n'
             % (r.randint(100, 999), gid, r.randint(1000, 5000)))
    h.append('</head>\n<body scroll="yes" onload="if (typeof(_spBodyOnLoadWrapper) != \'undefined\') _spBodyOnLoadWrapper();">\n')
    h.append('<form method="post" action="./xa-anh-son-dien-tap-chien-dau-phong-thu-nam-2026.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">\n<div class="aspNetHidden">\n'
             '<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />\n<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />\n'
             '<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />\n'
             '<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />\n<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />\n'
             '<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x%s,22 Nov 2026 01:14:05 -0000" />\n'
             '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
             '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />\n</div>\n' % (hexs(r, 128).upper(), vs))
    h.append('<script type="text/javascript">\n//<![CDATA[\nvar theForm = document.forms[\'aspnetForm\'];\nif (!theForm) {\n    theForm = document.aspnetForm;\n}\nfunction __doPostBack(eventTarget, eventArgument) {\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n        theForm.__EVENTTARGET.value = eventTarget;\n        theForm.__EVENTARGUMENT.value = eventArgument;\n        theForm.submit();\n    }\n}\n//]]>\n</script>\n')
    h.append('<script src="/WebResource.axd?d=%s&amp;t=%d" type="text/javascript"></script>\n' % (alnum(r, 86), r.randint(10 ** 17, 10 ** 18)))
    h.append('<div id="s4-workspace"><div id="s4-bodyContainer">\n<div class="td-header"><div class="td-topbar"><span class="td-date">Chủ nhật, ngày 22/11/2026</span>'
             '<span class="td-toplinks"><a href="/Pages/sodo.aspx">Sơ đồ cổng</a> | <a href="/Pages/lienhe.aspx">Liên hệ</a> | <a href="/_layouts/15/Authenticate.aspx">Đăng nhập</a></span></div>\n'
             '<div class="td-banner"><img src="/Style%20Library/TanDan/images/quyhieu.png" alt="Quân hiệu" class="td-logo" />'
             '<div class="td-sitename"><span class="td-slogan-top">QUÂN KHU 4</span><h1 class="td-title">BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN</h1>'
             '<span class="td-slogan">Trung với Đảng, hiếu với dân, sẵn sàng chiến đấu, hy sinh vì độc lập, tự do của Tổ quốc</span></div></div>\n')
    menu = '<ul class="td-menu">' + "".join('<li class="%s"><a href="/%s">%s</a></li>' % ("active" if m.startswith("Tin") else "", "Pages/default.aspx" if m == "Trang chủ" else slug(m), esc(m)) for m in SP_MENU) + "</ul>"
    h.append('<div class="td-nav" id="zz1_TopNavigationMenu">' + menu + '</div></div>\n')
    h.append('<div id="contentRow"><div class="td-container"><div class="td-breadcrumb"><span id="ctl00_PlaceHolderMain_siteMapPath"><span><a href="/Pages/default.aspx">Trang chủ</a></span><span> &gt; </span>'
             '<span><a href="/tin-tuc/Pages/default.aspx">Tin tức - Sự kiện</a></span><span> &gt; </span><span><a href="/tin-tuc/Pages/hoat-dong.aspx">Hoạt động lực lượng vũ trang</a></span></span></div>\n')
    h.append('<div class="td-col-main"><div id="ctl00_PlaceHolderMain_ctl00__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl00_label"></div>\n'
             '<div class="news-detail" id="ctl00_ctl42_g_%s">\n' % gid.replace("-", "_"))
    h.append('<div class="nd-title"><span id="ctl00_ctl42_g_%s_ctl00_lblTitle" class="title-news">%s</span></div>\n' % (gid.replace("-", "_"), esc(title)))
    h.append('<div class="nd-info"><span class="nd-date">18/09/2026 3:40 CH</span><span class="nd-tools"><a href="javascript:PrintNews();">In bài</a> | '
             '<a href="javascript:SendMail();">Gửi email</a> | <a href="javascript:changeFont(1);">A+</a> <a href="javascript:changeFont(-1);">A-</a></span></div>\n')
    h.append('<div class="nd-sapo"><div class="ms-rtestate-field"><strong>%s</strong></div></div>\n' % esc(lead))
    h.append('<div class="nd-content"><div class="ms-rtestate-field">%s\n<p style="text-align:right;"><strong>Bài, ảnh: Đại úy Phan Văn Đức</strong></p></div></div>\n' % body)
    h.append('<div class="nd-viewcount">Lượt xem: %d</div>\n' % r.randint(300, 2000))
    h.append('<div class="nd-rating"><span>Đánh giá:</span>' + "".join('<img src="/Style%%20Library/TanDan/images/star0.png" alt="%d" onclick="Rate(%d)" />' % (i, i) for i in range(1, 6)) + '</div>\n')
    h.append('<div class="nd-other"><div class="nd-other-title">Tin cùng chuyên mục</div><ul>%s</ul></div>\n' % relh)
    h.append('<div class="nd-comment"><div class="nd-other-title">Ý kiến bạn đọc</div><table><tr><td>Họ và tên (*)</td><td><input name="ctl00$ctl42$txtName" type="text" id="ctl00_ctl42_txtName" /></td></tr>'
             '<tr><td>Email (*)</td><td><input name="ctl00$ctl42$txtEmail" type="text" id="ctl00_ctl42_txtEmail" /></td></tr><tr><td>Nội dung</td><td><textarea name="ctl00$ctl42$txtContent" rows="5" cols="50" id="ctl00_ctl42_txtContent"></textarea></td></tr>'
             '<tr><td></td><td><input type="submit" name="ctl00$ctl42$btnSend" value="Gửi ý kiến" id="ctl00_ctl42_btnSend" /></td></tr></table></div>\n</div></div>\n')
    side_blocks = []
    side_blocks.append('<div class="td-box"><div class="td-box-title">Tin mới</div><ul>%s</ul></div>' % related_html(pick(r, MIL_NEWS, 6, 2026, 11, 20, "/tin-tuc/Pages/2026-11-{id}/{slug}.aspx", 50),
                                                                                                          '<li><a href="{url}">{title}</a></li>'))
    side_blocks.append('<div class="td-box"><div class="td-box-title">Văn bản chỉ đạo</div><ul>' + "".join(
        '<li><a href="/van-ban/Pages/%d.aspx">%s</a></li>' % (r.randint(100, 999), esc(x)) for x in [
            "Kế hoạch tuyển chọn và gọi công dân nhập ngũ năm 2027", "Chỉ thị về nhiệm vụ quân sự, quốc phòng địa phương năm 2027",
            "Hướng dẫn đăng ký nghĩa vụ quân sự lần đầu cho công dân nam đủ 17 tuổi", "Kế hoạch diễn tập khu vực phòng thủ năm 2026"]) + '</ul></div>')
    side_blocks.append('<div class="td-box"><div class="td-box-title">Thư viện ảnh</div>' + "".join('<a href="/thu-vien-anh/Pages/album%d.aspx"><img src="/thu-vien-anh/PublishingImages/thumb%d.jpg" alt="" /></a>' % (i, r.randint(100, 999)) for i in range(6)) + '</div>')
    side_blocks.append('<div class="td-box"><div class="td-box-title">Thống kê truy cập</div><p>Trực tuyến: %d</p><p>Hôm nay: %d</p><p>Tổng số: %s</p></div>' % (r.randint(10, 90), r.randint(800, 3000), "{:,}".format(r.randint(3000000, 9000000)).replace(",", ".")))
    h.append('<div class="td-col-right">' + "\n".join(side_blocks) + '</div>\n</div></div>\n')
    h.append('<div class="td-footer"><div class="td-footer-menu">' + menu + '</div><p><b>CỔNG THÔNG TIN ĐIỆN TỬ BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN</b></p>'
             '<p>Địa chỉ: Số 2 đường Nguyễn Sỹ Sách, phường Trường Vinh, tỉnh Nghệ An. Điện thoại: 069.2860.220</p>'
             '<p>Chịu trách nhiệm chính: Đại tá Hồ Ngọc Bình, Chính ủy Bộ Chỉ huy Quân sự tỉnh</p><p>Giấy phép số 25/GP-STTTT do Sở Thông tin và Truyền thông cấp ngày 14/3/2022</p>'
             '<p>Thiết kế bởi Công ty Tân Dân</p></div>\n</div></div>\n')
    h.append('<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%s" /><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" /></div>\n'
             % (hexs(r, 8).upper(), b64(r, 600)))
    h.append('<script type="text/javascript">\n//<![CDATA[\nvar _spFormDigestRefreshInterval = 1440000;var _fV4UI = true;\nfunction _RegisterWebPartPageCUI(){var initInfo = {editable: false,isEditMode: false,allowWebPartAdder: false,listId: "{%s}",itemId: %d,recycleBinEnabled: true,enableMinorVersioning: true,enableModeration: true,forceCheckout: true,rootFolderUrl: "\\u002ftin-tuc\\u002fPages",itemPermissions:{High:16,Low:196673}};SP.Ribbon.WebPartComponent.registerWithPageManager(initInfo);}\n'
             'ExecuteOrDelayUntilScriptLoaded(_RegisterWebPartPageCUI, "sp.ribbon.js");\nvar g_commandUIHandlers = {"name":"CommandHandlers","attrs":{},"children":[]};\n'
             'function PrintNews(){window.print();}function changeFont(d){var e=document.querySelector(".nd-content");var s=parseInt(window.getComputedStyle(e).fontSize);e.style.fontSize=(s+d)+"px";}\n//]]>\n</script>\n</form>\n'
             % (uuid(r), r.randint(1000, 5000)))
    # SharePoint ships the suite bar and the navigation a second time for small screens
    h.append('<div id="td-mobile-nav" class="td-mobile">' + menu + '</div>\n')
    h.append('<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(["_setAccount","UA-%d-1"]);_gaq.push(["_trackPageview"]);</script>\n</body>\n</html>\n' % r.randint(10000000, 99999999))
    return "v02", "".join(h), side


BORDER_NEWS = [
    "Đồn Biên phòng A Dơi tổ chức chương trình “Xuân Biên phòng ấm lòng dân bản”",
    "Bắt giữ 2 đối tượng xuất cảnh trái phép qua đường mòn biên giới",
    "Ký kết chương trình phối hợp giữa Đồn Biên phòng Thanh với xã biên giới",
    "Bộ đội Biên phòng tỉnh tổng kết Chương trình “Nâng bước em tới trường”",
    "Tuần tra song phương bảo vệ đường biên, cột mốc với lực lượng bảo vệ biên giới Lào",
    "Phát hiện, thu giữ 1.200 gói thuốc lá nhập lậu tại khu vực cửa khẩu",
    "Đồn Biên phòng Cửa khẩu Cha Lo tuyên truyền phòng, chống ma túy tại trường học",
    "Cứu nạn thành công 7 ngư dân gặp nạn trên biển",
    "Hội nghị giao ban công tác biên phòng quý II năm 2026",
    "Trao tặng 20 con bò giống cho hộ nghèo xã biên giới",
]


@page
def v03():
    r = R("v03")
    title = "Bắt giữ đối tượng vận chuyển 12.000 viên ma túy tổng hợp qua biên giới"
    url = "https://bienphong.quangtri.gov.vn/index.php/tin-tuc/phong-chong-toi-pham/1842-bat-giu-doi-tuong-van-chuyen-12-000-vien-ma-tuy-tong-hop-qua-bien-gioi"
    lead, sub, blocks, side = article("v03", "joomla", url, title, "2026-06-09T10:22:00+07:00",
                                      "Thiếu tá Lê Văn Khánh – Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo")
    st = Style(r, imgbase="/images/2026/06/", p='<p style="text-align: justify;">{}</p>')
    st.cap = lambda t: ('<p style="text-align: center;"><img src="%s" alt="bpqt 0906" width="680" height="453" /></p>\n'
                        '<p style="text-align: center;"><em>%s</em></p>' % (st.src(), esc(t)))
    parts = st.render(blocks).split("\n", 1)
    body = '<p style="text-align: justify;"><strong>%s</strong></p>\n%s' % (esc(blocks[0][1]), parts[1])
    rel = pick(r, BORDER_NEWS, 6, 2026, 6, 9, "/index.php/tin-tuc/hoat-dong/{id}-{slug}")
    menu = [("Trang chủ", "/"), ("Giới thiệu", "/index.php/gioi-thieu"), ("Tin tức", "/index.php/tin-tuc"), ("Phòng, chống tội phạm", "/index.php/tin-tuc/phong-chong-toi-pham"),
            ("Biên phòng toàn dân", "/index.php/bien-phong-toan-dan"), ("Đối ngoại biên phòng", "/index.php/doi-ngoai"), ("Văn bản", "/index.php/van-ban"),
            ("Thủ tục hành chính", "/index.php/thu-tuc-hanh-chinh"), ("Liên hệ", "/index.php/lien-he")]
    menuh = "".join('<li class="item-%d%s"><a href="%s">%s</a></li>' % (101 + i, " current active" if "tội phạm" in m else "", u, esc(m)) for i, (m, u) in enumerate(menu))
    h = ['<!DOCTYPE html>\n<html lang="vi-vn" dir="ltr">\n<head>\n<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
         '<meta charset="utf-8" />\n<base href="%s" />\n<meta name="keywords" content="biên phòng, Quảng Trị, ma túy" />\n<meta name="author" content="Quản trị" />\n'
         '<meta name="description" content="%s" />\n<meta name="generator" content="Joomla! - Open Source Content Management" />\n'
         '<title>%s - Bộ đội Biên phòng tỉnh Quảng Trị</title>\n<link href="/templates/bdbp/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />\n'
         '<link href="/media/jui/css/bootstrap.min.css?%s" rel="stylesheet" />\n<link href="/templates/bdbp/css/template.css?%s" rel="stylesheet" />\n'
         '<script src="/media/jui/js/jquery.min.js?%s"></script>\n<script src="/media/jui/js/jquery-noconflict.js?%s"></script>\n<script src="/media/system/js/caption.js?%s"></script>\n'
         '<script src="/media/jui/js/bootstrap.min.js?%s"></script>\n<script>\njQuery(window).on(\'load\',  function() {\n\t\t\t\tnew JCaption(\'img.caption\');\n\t\t\t});\n</script>\n</head>\n'
         % (attr(url), attr(blocks[0][1][:160]), esc(title), *[hexs(r, 32) for _ in range(6)])]
    h.append('<body class="site com_content view-article no-layout no-task itemid-118">\n<div class="body"><div class="container">\n<header class="header" role="banner">'
             '<div class="header-top"><span class="today">Hôm nay: 22-11-2026</span><div class="header-search pull-right"><form action="/index.php/tin-tuc" method="post" class="form-inline">'
             '<label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm..." />'
             '<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="118" /></form></div></div>'
             '<div class="header-inner clearfix"><a class="brand pull-left" href="/"><img src="/images/banner/banner-bdbp-qt.png" alt="BỘ ĐỘI BIÊN PHÒNG TỈNH QUẢNG TRỊ" /></a></div></header>\n'
             '<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="icon-bar"></span></a></div>'
             '<div class="nav-collapse"><ul class="nav menu nav-pills mod-list">%s</ul></div></nav>\n' % menuh)
    h.append('<div class="moduletable marquee-slogan"><marquee scrollamount="3">Nhiệt liệt chào mừng kỷ niệm 67 năm Ngày truyền thống Bộ đội Biên phòng (03/3/1959 - 03/3/2026) và 37 năm Ngày Biên phòng toàn dân (03/3/1989 - 03/3/2026)</marquee></div>\n')
    h.append('<div class="row-fluid"><main id="content" role="main" class="span9">\n<div id="system-message-container">\n\t</div>\n'
             '<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span><meta itemprop="position" content="1"></li>'
             '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/tin-tuc" class="pathway"><span itemprop="name">Tin tức</span></a><span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span><meta itemprop="position" content="2"></li>'
             '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">Phòng, chống tội phạm</span><meta itemprop="position" content="3"></li></ul>\n')
    h.append('<div class="item-page" itemscope itemtype="https://schema.org/Article">\n\t<meta itemprop="inLanguage" content="vi-VN" />\n\t\n\t\t\n\t\t\t<div class="page-header">\n'
             '\t\t<p class="kicker">PHÒNG, CHỐNG MA TÚY</p>\n\t\t<h2 itemprop="headline">\n\t\t\t%s\t\t</h2>\n\t\t\t\t\t\t\t</div>\n' % esc(title))
    h.append('\t\t\t\t\t\n<div class="icons">\n\t\t\t\t<div class="btn-group pull-right">\n\t\t\t\t<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-1842" aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">\n'
             '\t\t\t\t\t<span class="icon-cog" aria-hidden="true"></span>\n\t\t\t\t\t<span class="caret" aria-hidden="true"></span>\n\t\t\t\t</button>\n'
             '\t\t\t\t<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-1842">\n\t\t\t\t\t<li class="print-icon"> <a href="%s?tmpl=component&amp;print=1" title="In mục &lt; %s &gt;" onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no\'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> In </a> </li>\n'
             '\t\t\t\t\t<li class="email-icon"> <a href="/index.php/component/mailto/?tmpl=component&amp;template=bdbp&amp;link=%s" title="Gửi liên kết này tới một người bạn" onclick="window.open(this.href,\'win2\',\'width=400,height=450,menubar=yes,resizable=yes\'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> Thư điện tử</a> </li>\n'
             '\t\t\t\t\t\t\t\t\t</ul>\n\t\t\t</div>\n\t\t\n\t</div>\n' % (url[33:], attr(title), hexs(r, 40)))
    h.append('\t\t\t<dl class="article-info muted">\n\n\t\t\n\t\t\t<dt class="article-info-term">\n\t\t\t\t\t\t\t\t\tChi tiết\t\t\t\t\t\t\t</dt>\n\n'
             '\t\t\t\t\t<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">\n\t\t\t\t\tViết bởi <span itemprop="name">Quản trị</span>\t</dd>\n'
             '\t\t\t\t\t\t\t\t\t\t<dd class="category-name">\n\t\t\t\t\t\t\t\t\tChuyên mục: <a href="/index.php/tin-tuc/phong-chong-toi-pham" itemprop="genre">Phòng, chống tội phạm</a>\t</dd>\n'
             '\t\t\t\t\t\t\t\t\t<dd class="published">\n\t\t\t\t<span class="icon-calendar" aria-hidden="true"></span>\n\t\t\t\t<time datetime="2026-06-09T10:22:00+07:00" itemprop="datePublished">\n\t\t\t\t\tNgày đăng: 09 Tháng 6 2026\t\t\t\t</time>\n\t\t\t</dd>\n'
             '\t\t\t\t\t\t\t\t\t\t\t\t<dd class="hits">\n\t\t\t\t\t<span class="icon-eye-open" aria-hidden="true"></span>\n\t\t\t\t\t<meta itemprop="interactionCount" content="UserPageVisits:%d" />\n\t\t\t\t\tLượt xem: %d\t\t\t</dd>\t\t\t\t\t\t</dl>\n' % ((r.randint(400, 3000),) * 2))
    h.append('\t\n\t\t\t\t\t\t\t\t<div itemprop="articleBody">\n\t\t%s\n<p style="text-align: right;"><strong>Tin, ảnh: Thiếu tá Lê Văn Khánh – Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo</strong></p>\t</div>\n\n' % body)
    h.append('\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<ul class="pager pagenav">\n\t<li class="previous">\n\t\t<a class="hasTooltip" title="%s" aria-label="Bài trước: %s" href="%s" rel="prev">\n\t\t\t<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span>\t\t</a>\n\t</li>\n'
             '\t<li class="next">\n\t\t<a class="hasTooltip" title="%s" aria-label="Bài tiếp theo: %s" href="%s" rel="next">\n\t\t\t<span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span>\t\t</a>\n\t</li>\n</ul>\n\t\t\t\t\t\t\t</div>\n'
             % (attr(rel[0][0]), attr(rel[0][0]), rel[0][1], attr(rel[1][0]), attr(rel[1][0]), rel[1][1]))
    h.append('<div class="moduletable tin-khac"><h3>Các tin khác</h3><ul class="category-module mod-list">%s</ul></div>\n' % related_html(rel[2:], '<li><a class="mod-articles-category-title" href="{url}">{title}</a> <span class="mod-articles-category-date">{date}</span></li>'))
    h.append('</main>\n<div id="aside" class="span3"><div class="well "><h3 class="page-header">Tin nổi bật</h3><ul class="mostread mod-list">%s</ul></div>\n'
             % related_html(pick(r, BORDER_NEWS, 5, 2026, 6, 30, "/index.php/tin-tuc/hoat-dong/{id}-{slug}"), '<li itemscope itemtype="https://schema.org/Article"><a href="{url}" itemprop="url"><span itemprop="name">{title}</span></a></li>'))
    h.append('<div class="well "><h3 class="page-header">Đường dây nóng</h3><div class="custom"><p>Trực ban tác chiến: <strong>0233.3852.318</strong></p><p>Phòng, chống ma túy và tội phạm: <strong>0233.3857.069</strong></p></div></div>\n'
             '<div class="well "><h3 class="page-header">Thống kê truy cập</h3><div class="counter">Đang online: %d<br />Hôm nay: %d<br />Tất cả: %d</div></div>\n'
             '<div class="well "><h3 class="page-header">Liên kết</h3><ul><li><a href="https://bienphong.com.vn">Báo Biên phòng</a></li><li><a href="https://quangtri.gov.vn">Cổng TTĐT tỉnh Quảng Trị</a></li><li><a href="https://bienphongvietnam.gov.vn">Cổng TTĐT BĐBP</a></li></ul></div></div></div>\n'
             % (r.randint(5, 60), r.randint(200, 900), r.randint(1000000, 3000000)))
    h.append('</div></div>\n<footer class="footer" role="contentinfo"><div class="container"><hr /><div class="custom"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ BỘ ĐỘI BIÊN PHÒNG TỈNH QUẢNG TRỊ</strong></p>'
             '<p>Địa chỉ: Số 126 đường Lê Duẩn, phường Đông Hà, tỉnh Quảng Trị</p><p>Điện thoại: 0233.3852.318 - Email: bdbp@quangtri.gov.vn</p>'
             '<p>Chịu trách nhiệm nội dung: Đại tá Trần Văn Thông, Chính ủy BĐBP tỉnh</p></div>'
             '<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p><p>&copy; 2026 Bộ đội Biên phòng tỉnh Quảng Trị</p></div></footer>\n</body>\n</html>\n')
    return "v03", "".join(h), side
COURT_NEWS = [
    "Tòa án nhân dân tỉnh tổ chức phiên tòa trực tuyến xét xử vụ án ma túy",
    "Hội nghị tập huấn nghiệp vụ cho Thẩm phán, Thư ký Tòa án hai cấp",
    "Tòa án nhân dân khu vực 2 hòa giải thành công vụ tranh chấp đất đai kéo dài",
    "Kết quả công tác xét xử 9 tháng năm 2026",
    "Tòa án nhân dân tỉnh tiếp và làm việc với Đoàn giám sát của HĐND tỉnh",
    "Xét xử lưu động vụ án mua bán trái phép chất ma túy tại xã Tháp Mười",
    "Công bố bản án trên Cổng thông tin điện tử Tòa án nhân dân",
    "Triển khai Luật Tổ chức Tòa án nhân dân sửa đổi",
    "Phiên tòa rút kinh nghiệm vụ án tranh chấp hợp đồng tín dụng",
]


@page
def v04():
    r = R("v04")
    title = "Tòa án nhân dân khu vực 5 xét xử lưu động vụ án cố ý gây thương tích tại xã Mỹ Thọ"
    url = "https://toaan.dongthap.gov.vn/Trang/ChiTietTinTuc.aspx?nid=2315"
    lead, sub, blocks, side = article("v04", "sharepoint-trang", url, title, "2026-09-10T09:25:41+07:00", "BBT")
    st = Style(r, imgbase="/HinhAnh/2026/09/", p="<div>{}</div>", h="<div><strong>{}</strong></div>")
    st.cap = lambda t: ('<div style="text-align:center;"><img src="%s" alt="" style="width:600px;height:400px;" /><br /><em>%s</em></div>' % (st.src(), esc(t)))
    body = st.render(blocks, sep="\n<div>&#160;</div>\n")
    wp = "ctl00_ctl34_g_" + uuid(r).replace("-", "_")
    rel = pick(r, COURT_NEWS, 7, 2026, 9, 10, "/Trang/ChiTietTinTuc.aspx?nid={id}")
    h = ['<!DOCTYPE html>\n<html dir="ltr" lang="vi-VN">\n<head><meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta name="GENERATOR" content="Microsoft SharePoint" />'
         '<meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
         '<title>\r\n\tChi tiết tin tức\r\n</title>\n<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=%s"/>\n'
         '<link rel="stylesheet" type="text/css" href="/Style%%20Library/ToaAn/bootstrap.min.css"/>\n<link rel="stylesheet" type="text/css" href="/Style%%20Library/ToaAn/style.css"/>\n'
         '<script type="text/javascript" src="/_layouts/15/init.js?rev=%s"></script>\n<script type="text/javascript" src="/Style%%20Library/ToaAn/jquery.min.js"></script>\n'
         '<script type="text/javascript">//<![CDATA[\nvar _spPageContextInfo={webServerRelativeUrl:"\\u002f",webAbsoluteUrl:"https:\\u002f\\u002ftoaan.dongthap.gov.vn",webTitle:"T\\u00f2a \\u00e1n nh\\u00e2n d\\u00e2n t\\u1ec9nh \\u0110\\u1ed3ng Th\\u00e1p",webLanguage:1066,currentLanguage:1066,pageListId:"{%s}",pageItemId:14};\n//]]></script>\n</head>\n'
         % (alnum(r, 22), alnum(r, 22), uuid(r))]
    h.append('<body><form method="post" action="./ChiTietTinTuc.aspx?nid=2315" id="aspnetForm">\n<div class="aspNetHidden">\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n'
             '<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x%s,22 Nov 2026 02:05:11 -0000" />\n<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />\n</div>\n'
             % (hexs(r, 128).upper(), sp_viewstate(r, 5200)))
    h.append('<div id="s4-workspace"><div id="s4-bodyContainer"><div class="header"><div class="container"><div class="topbar"><span class="ngay-thang">Chủ nhật, 22 tháng 11, 2026</span>'
             '<span class="lienket"><a href="/Trang/LienHe.aspx">Liên hệ</a> | <a href="/Trang/SoDoTrang.aspx">Sơ đồ trang</a></span></div>'
             '<div class="banner"><img src="/Style%20Library/ToaAn/images/logo-toa-an.png" alt="" /><div class="ten-don-vi"><div class="dv1">TÒA ÁN NHÂN DÂN TỐI CAO</div><div class="dv2">TÒA ÁN NHÂN DÂN TỈNH ĐỒNG THÁP</div></div></div></div></div>\n')
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Hoạt động xét xử", "Công khai bản án", "Văn bản pháp luật", "Thủ tục tố tụng", "Lịch xét xử", "Hỏi đáp"]
    h.append('<div class="menu-top"><div class="container"><ul class="nav">' + "".join('<li><a href="/Trang/%s.aspx">%s</a></li>' % (slug(m).replace("-", ""), esc(m)) for m in menu) + '</ul></div></div>\n')
    h.append('<div class="container main"><div class="row"><div class="col-md-9">\n<div class="duongdan"><a href="/">Trang chủ</a> » <a href="/Trang/TinTuc.aspx">Tin tức - Sự kiện</a> » Hoạt động xét xử</div>\n')
    h.append('<div id="%s" class="chitiet-tintuc">\n<h2 class="tieude"><span id="%s_lblTieuDe">%s</span></h2>\n' % (wp, wp, esc(title)))
    h.append('<div class="thongtin"><span id="%s_lblNgayDang" class="ngaydang">Thời gian đăng: 10/09/2026 09:25:41</span> &nbsp;|&nbsp; <span class="luotxem">Lượt xem: %d</span>'
             '<span class="congcu"><a href="javascript:window.print()"><img src="/Style%%20Library/ToaAn/images/print.png" alt="In" /></a> <a href="mailto:?subject=Tin%%20t%%E1%%BB%%A9c"><img src="/Style%%20Library/ToaAn/images/mail.png" alt="Email" /></a></span></div>\n' % (wp, r.randint(200, 900)))
    h.append('<div id="%s_divNoiDung" class="noidung">\n%s\n<div>&#160;</div>\n<div style="text-align:right;"><strong>BBT</strong></div>\n</div>\n' % (wp, body))
    h.append('<div class="tinkhac"><div class="tinkhac-title">Các tin khác</div><ul>%s</ul></div>\n</div>\n</div>\n' % related_html(rel, '<li><a href="{url}">{title}</a> <i>({date})</i></li>'))
    h.append('<div class="col-md-3 sidebar"><div class="box"><div class="box-title">Lịch xét xử</div><ul>' + "".join(
        '<li><b>%s</b> - %s</li>' % (dmy(d), esc(t)) for d, t in zip(dates_before(r, 2026, 9, 30, 4, 20), [
            "Vụ án “Trộm cắp tài sản” - Bị cáo Lê Văn T.", "Vụ án “Tàng trữ trái phép chất ma túy” - Bị cáo Trần Minh H.",
            "Vụ án “Lừa đảo chiếm đoạt tài sản” - Bị cáo Phạm Thị N.", "Vụ án dân sự “Tranh chấp quyền sử dụng đất”"])) + '</ul></div>'
             '<div class="box"><div class="box-title">Liên kết</div><ul><li><a href="https://www.toaan.gov.vn">Tòa án nhân dân tối cao</a></li><li><a href="https://congbobanan.toaan.gov.vn">Công bố bản án</a></li><li><a href="https://dongthap.gov.vn">Cổng TTĐT tỉnh Đồng Tháp</a></li></ul></div>'
             '<div class="box"><div class="box-title">Thống kê truy cập</div><p>Hôm nay: %d</p><p>Tổng: %d</p></div></div>\n</div></div>\n' % (r.randint(100, 700), r.randint(400000, 900000)))
    h.append('<div class="footer"><div class="container"><p><b>TRANG THÔNG TIN ĐIỆN TỬ TÒA ÁN NHÂN DÂN TỈNH ĐỒNG THÁP</b></p><p>Địa chỉ: Số 02 đường 30/4, phường Cao Lãnh, tỉnh Đồng Tháp</p>'
             '<p>Điện thoại: 0277.3851.447 - Email: tandtinhdongthap@toaan.gov.vn</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></div></div>\n</div></div>\n'
             '<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%s" /></div>\n</form>\n</body>\n</html>\n' % hexs(r, 8).upper())
    return "v04", "".join(h), side


PROC_NEWS = [
    "VKSND tỉnh tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2025",
    "Kiểm sát trực tiếp việc tạm giữ, tạm giam tại Nhà tạm giữ Công an tỉnh",
    "Ra mắt Viện kiểm sát nhân dân khu vực 1 - Gia Lai đến khu vực 15 - Gia Lai",
    "Phiên tòa trực tuyến rút kinh nghiệm vụ án “Trộm cắp tài sản”",
    "Hội thi Kiểm sát viên giỏi cấp tỉnh năm 2025",
    "VKSND tỉnh phối hợp tuyên truyền Luật Phòng, chống ma túy",
    "Kháng nghị phúc thẩm vụ án tranh chấp hợp đồng vay tài sản",
    "Trao quyết định bổ nhiệm Viện trưởng VKSND khu vực",
]


@page
def v05():
    r = R("v05")
    title = "Phiên tòa rút kinh nghiệm vụ án “Lừa đảo chiếm đoạt tài sản” qua mạng xã hội"
    url = "https://vks.gialai.gov.vn/tin-tuc/ArtMID/1520/ArticleID/948/Phien-toa-rut-kinh-nghiem-vu-an-Lua-dao-chiem-doat-tai-san-qua-mang-xa-hoi"
    lead, sub, blocks, side = article("v05", "dnn", url, title, "2025-08-05T08:30:00+07:00", "Ngọc Hà – Phòng 7")
    st = Style(r, imgbase="/Portals/0/EasyDNNnews/948/", p='<p style="text-align: justify;">{}</p>', h='<h4 style="text-align: justify;"><strong>{}</strong></h4>')
    body = st.render(blocks)
    rel = pick(r, PROC_NEWS, 6, 2025, 8, 5, "/tin-tuc/ArtMID/1520/ArticleID/{id}/{slug}")
    dnnmenu = ["Trang chủ", "Giới thiệu", "Tin tức", "Hoạt động nghiệp vụ", "Văn bản", "Tiếp công dân", "Liên hệ"]
    h = ['<!DOCTYPE html>\n<html  lang="vi-VN">\n<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />\n'
         '<title>\n\t%s\n</title><meta id="MetaDescription" name="DESCRIPTION" content="%s" /><meta id="MetaKeywords" name="KEYWORDS" content="viện kiểm sát, Gia Lai, phiên tòa rút kinh nghiệm" />'
         '<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=%d" type="text/css" rel="stylesheet"/>'
         '<link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv=%d" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/vks/skin.css?cdv=%d" type="text/css" rel="stylesheet"/>'
         '<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=%d" type="text/javascript"></script><script src="/Resources/libraries/jQuery-UI/01_12_01/jquery-ui.js?cdv=%d" type="text/javascript"></script>'
         '<meta property="og:type" content="article" /><meta property="og:title" content="%s" /><meta property="og:url" content="%s" /><meta name="viewport" content="width=device-width,initial-scale=1" /></head>\n'
         % (esc(title), attr(sub), *[r.randint(100, 400) for _ in range(5)], attr(title), attr(url))]
    h.append('<body id="Body">\n<form method="post" action="/tin-tuc/ArtMID/1520/ArticleID/948/Phien-toa-rut-kinh-nghiem-vu-an-Lua-dao-chiem-doat-tai-san-qua-mang-xa-hoi" id="Form" enctype="multipart/form-data">\n'
             '<div class="aspNetHidden">\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
             '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />\n</div>\n' % b64(r, 2400))
    h.append('<script src="/js/dnn.modalpopup.js?cdv=%d" type="text/javascript"></script><script src="/js/dnncore.js?cdv=%d" type="text/javascript"></script>\n' % (r.randint(100, 400), r.randint(100, 400)))
    h.append('<div id="siteWrapper">\n<div class="header"><div class="container"><div class="top-line"><span class="date-now">Chủ Nhật, 22/11/2026</span>'
             '<span class="user"><a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="LoginLink" rel="nofollow" onclick="this.disabled=true;" href="/Dang-nhap?returnurl=%2ftin-tuc">Đăng nhập</a></span></div>'
             '<div class="logo"><a id="dnn_dnnLOGO_hypLogo" title="VKSND tỉnh Gia Lai" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo-vks.png" alt="VKSND tỉnh Gia Lai" /></a>'
             '<div class="site-name"><span>VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO</span><strong>VIỆN KIỂM SÁT NHÂN DÂN TỈNH GIA LAI</strong></div></div></div></div>\n')
    h.append('<nav class="navbar"><div class="container"><ul class="nav navbar-nav topLevel">' + "".join(
        '<li class="%s"><a href="/%s"><span>%s</span></a></li>' % ("item active" if m == "Tin tức" else "item", slug(m), esc(m)) for m in dnnmenu) + '</ul></div></nav>\n')
    h.append('<div class="container content"><div class="row"><div id="dnn_ContentPane" class="col-md-8 contentPane">\n'
             '<div class="DnnModule DnnModule-EasyDNNnews DnnModule-1520"><a name="1520"></a><div class="DNNContainer_Title"><div id="dnn_ctr1520_ContentPane"><!-- Start_Module_1520 -->'
             '<div id="dnn_ctr1520_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">\n<div class="eds_news_module_1520 news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default">\n'
             '<div class="edn_article edn_clearFix">\n')
    h.append('<div class="edn_metaDetails"><span class="edn_articleCategories"><a href="/tin-tuc/category/hoat-dong-nghiep-vu" class="Hoat_dong_nghiep_vu">Hoạt động nghiệp vụ</a></span></div>\n')
    h.append('<h1 class="edn_articleTitle">%s</h1>\n<h3 class="edn_subTitle">%s</h3>\n' % (esc(title), esc(sub)))
    h.append('<div class="edn_articleInfo"><span class="edn_articleDate">Cập nhật lúc 08h30 ngày 05/08/2025</span> <span class="edn_numberOfViews">Lượt xem: %d</span>'
             '<a class="edn_printButton" href="/tin-tuc/ArtMID/1520/ArticleID/948/Print" target="_blank">In</a></div>\n' % r.randint(200, 1500))
    h.append('<div class="edn_mediaContainer"><img alt="" src="/Portals/0/EasyDNNnews/948/img-phien-toa-rut-kinh-nghiem.jpg" /></div>\n')
    h.append('<div class="edn_articleText">%s\n<p style="text-align: right;"><strong>Ngọc Hà – Phòng 7</strong></p></div>\n' % body)
    h.append('<div class="edn_socialPrintWrapper"><div class="social_sharing"><a href="https://www.facebook.com/sharer/sharer.php?u=%s" class="facebook">Facebook</a><a href="https://zalo.me/share?u=%s" class="zalo">Zalo</a></div></div>\n' % (attr(url), attr(url)))
    h.append('<div class="edn_relatedArticlesWrapper"><h2 class="edn_relatedArticlesTitle">Tin liên quan</h2><ul>%s</ul></div>\n' % related_html(rel, '<li><a href="{url}">{title}</a> <span class="edn_date">{date}</span></li>'))
    h.append('</div></div></div><!-- End_Module_1520 --></div></div></div>\n</div>\n')
    h.append('<div id="dnn_RightPane" class="col-md-4 rightPane"><div class="DnnModule DnnModule-DNN_HTML"><div class="box-title">Tìm kiếm</div><div id="dnn_dnnSEARCH_ClassicSearch"><input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" /><a id="dnn_dnnSEARCH_cmdSearch" class="SkinObject" href="javascript:__doPostBack(&#39;dnn$dnnSEARCH$cmdSearch&#39;,&#39;&#39;)">Tìm</a></div></div>'
             '<div class="DnnModule"><div class="box-title">Đường dây nóng</div><p>Tiếp nhận tố giác, tin báo về tội phạm: <b>0269.3824.117</b></p></div>'
             '<div class="DnnModule"><div class="box-title">Văn bản mới</div><ul>' + "".join('<li><a href="/van-ban/%d">%s</a></li>' % (r.randint(100, 999), esc(x)) for x in [
                 "Quyết định thành lập các VKSND khu vực thuộc VKSND tỉnh Gia Lai", "Kế hoạch công tác kiểm sát năm 2025", "Quy chế tiếp công dân của VKSND tỉnh",
                 "Hướng dẫn nghiệp vụ kiểm sát điều tra án hình sự"]) + '</ul></div>'
             '<div class="DnnModule"><div class="box-title">Thống kê truy cập</div><p>Đang online: %d</p><p>Tổng lượt: %d</p></div></div>\n</div></div>\n' % (r.randint(5, 50), r.randint(300000, 900000)))
    h.append('<div class="footer"><div class="container"><p><b>TRANG THÔNG TIN ĐIỆN TỬ VIỆN KIỂM SÁT NHÂN DÂN TỈNH GIA LAI</b></p><p>Địa chỉ: 01 Trần Hưng Đạo, phường Pleiku, tỉnh Gia Lai. Điện thoại: 0269.3824.117</p>'
             '<p>Chịu trách nhiệm chính: Viện trưởng VKSND tỉnh Gia Lai</p><p>Copyright 2025 by VKSND tỉnh Gia Lai</p></div></div>\n</div>\n'
             '<input name="ScrollTop" type="hidden" id="ScrollTop" /><input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`84`}" />\n'
             '<input type="hidden" name="__RequestVerificationToken" value="%s" />\n</form>\n<!--CDF(Javascript|/js/dnncore.js?cdv=291|DnnBodyProvider|100)-->\n</body>\n</html>\n' % alnum(r, 92))
    return "v05", "".join(h), side


TAX_NEWS = [
    "Thuế tỉnh Ninh Bình tổ chức đối thoại với doanh nghiệp về chính sách thuế mới",
    "Tuyên dương người nộp thuế tiêu biểu năm 2025",
    "Hướng dẫn quyết toán thuế thu nhập cá nhân năm 2025",
    "Triển khai hóa đơn điện tử khởi tạo từ máy tính tiền cho hộ kinh doanh",
    "Thuế tỉnh công khai danh sách người nộp thuế nợ thuế",
    "Hỗ trợ hộ kinh doanh cài đặt ứng dụng eTax Mobile tại chợ Rồng",
    "Thu ngân sách tháng 1 năm 2026 đạt khá",
    "Lưu ý thời hạn nộp hồ sơ khai thuế, lệ phí môn bài năm 2026",
]


@page
def v06():
    r = R("v06")
    title = "Hộ kinh doanh kê khai thuế quý I/2026 sau khi bỏ phương pháp khoán: những điều cần lưu ý"
    url = "https://ninhbinh.gdt.gov.vn/tin-tuc/chi-tiet/3482/ho-kinh-doanh-ke-khai-thue-quy-i-2026-sau-khi-bo-phuong-phap-khoan"
    lead, sub, blocks, side = article("v06", "aspnet-mvc", url, title, "2026-03-02T14:20:00+07:00", "Phòng Tuyên truyền – Hỗ trợ người nộp thuế")
    st = Style(r, imgbase="/Uploads/images/2026/03/", h="<h4><strong>{}</strong></h4>", ul=('<ul style="list-style-type:disc">', "<li>{}</li>", "</ul>"))
    body = st.render(blocks)
    rel = pick(r, TAX_NEWS, 6, 2026, 3, 2, "/tin-tuc/chi-tiet/{id}/{slug}")
    h = ['<!DOCTYPE html>\n<html lang="vi">\n<head>\n    <meta charset="utf-8" />\n    <meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
         '    <title>%s - Thuế tỉnh Ninh Bình</title>\n    <meta name="description" content="%s" />\n    <meta property="og:title" content="%s" />\n'
         '    <link href="/Content/bootstrap.min.css" rel="stylesheet"/>\n<link href="/Content/font-awesome.min.css" rel="stylesheet"/>\n<link href="/Content/site.css?v=%s" rel="stylesheet"/>\n\n'
         '    <script src="/bundles/modernizr?v=%s"></script>\n\n</head>\n<body>\n' % (esc(title), attr(lead), attr(title), alnum(r, 43), alnum(r, 43))]
    h.append('    <div class="top-header"><div class="container"><div class="row"><div class="col-sm-6"><i class="fa fa-calendar"></i> 22/11/2026</div>'
             '<div class="col-sm-6 text-right"><a href="https://canhan.gdt.gov.vn">Thuế điện tử cá nhân</a> | <a href="https://thuedientu.gdt.gov.vn">Thuế điện tử doanh nghiệp</a> | <a href="/lien-he">Liên hệ</a></div></div></div></div>\n'
             '    <div class="banner"><div class="container"><a href="/"><img src="/Content/images/logo-thue.png" alt="Logo ngành Thuế" /></a><div class="banner-text"><p class="cqcq">CỤC THUẾ - BỘ TÀI CHÍNH</p><p class="tendv">THUẾ TỈNH NINH BÌNH</p></div></div></div>\n')
    menu = ["Trang chủ", "Giới thiệu", "Tin tức", "Chính sách thuế", "Hỗ trợ người nộp thuế", "Thủ tục hành chính", "Công khai thông tin", "Hỏi đáp"]
    h.append('    <nav class="navbar navbar-default main-menu"><div class="container"><ul class="nav navbar-nav">' + "".join(
        '<li%s><a href="/%s">%s</a></li>' % (' class="active"' if m == "Tin tức" else "", slug(m), esc(m)) for m in menu) + '</ul>'
             '<form class="navbar-form navbar-right" action="/tim-kiem" method="get"><input type="text" name="keyword" class="form-control" placeholder="Tìm kiếm" /></form></div></nav>\n')
    h.append('    <div class="container body-content">\n        <div class="row">\n            <div class="col-md-8">\n'
             '                <ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li class="active">Hỗ trợ người nộp thuế</li></ol>\n'
             '                <div class="news-detail">\n                    <h1 class="news-title">%s</h1>\n' % esc(title))
    h.append('                    <div class="news-meta"><span><i class="fa fa-clock-o"></i> Ngày đăng: 02/03/2026 14:20</span> <span class="sep">|</span> <span>Cập nhật: 03/03/2026 09:05</span> <span class="sep">|</span> <span><i class="fa fa-eye"></i> %d lượt xem</span></div>\n' % r.randint(800, 4000))
    h.append('                    <div class="news-summary"><strong>%s</strong></div>\n                    <div class="news-content">\n%s\n                    </div>\n' % (esc(lead), body))
    h.append('                    <div class="news-author text-right"><strong>Phòng Tuyên truyền – Hỗ trợ người nộp thuế</strong></div>\n')
    h.append('                    <div class="news-tools"><a href="javascript:window.print()"><i class="fa fa-print"></i> In trang</a> <a href="mailto:?subject=%s"><i class="fa fa-envelope"></i> Gửi email</a> <a href="#" onclick="window.scrollTo(0,0)"><i class="fa fa-arrow-up"></i> Về đầu trang</a></div>\n' % attr(title))
    h.append('                    <div class="news-tags"><span>Từ khóa:</span> <a href="/tag/ho-kinh-doanh">hộ kinh doanh</a>, <a href="/tag/thue-khoan">thuế khoán</a>, <a href="/tag/ke-khai-thue">kê khai thuế</a></div>\n')
    h.append('                    <div class="news-other"><h3>Tin khác</h3><ul>%s</ul></div>\n                </div>\n            </div>\n' % related_html(rel, '<li><a href="{url}">{title}</a> <span class="text-muted">({date})</span></li>'))
    h.append('            <div class="col-md-4 sidebar">\n                <div class="panel panel-primary"><div class="panel-heading">Hỗ trợ người nộp thuế</div><div class="panel-body"><ul class="list-unstyled">'
             '<li><i class="fa fa-phone"></i> Tổng đài hỗ trợ: 0229.3871.265</li><li><i class="fa fa-phone"></i> Thuế cơ sở 1 Ninh Bình: 0229.3873.116</li><li><i class="fa fa-phone"></i> Thuế cơ sở 2 Ninh Bình: 0226.3852.402</li><li><i class="fa fa-phone"></i> Thuế cơ sở 3 Ninh Bình: 0228.3846.077</li></ul></div></div>\n'
             '                <div class="panel panel-default"><div class="panel-heading">Văn bản mới</div><div class="panel-body"><ul>' + "".join('<li><a href="/van-ban/%d">%s</a></li>' % (r.randint(1000, 9999), esc(x)) for x in [
                 "Nghị định số 70/2025/NĐ-CP sửa đổi quy định về hóa đơn, chứng từ", "Thông tư hướng dẫn quản lý thuế đối với hộ kinh doanh", "Công văn về việc triển khai chuyển đổi phương pháp tính thuế đối với hộ kinh doanh"]) + '</ul></div></div>\n'
             '                <div class="panel panel-default"><div class="panel-heading">Liên kết</div><div class="panel-body"><select class="form-control"><option>Tổng cục Thuế</option><option>Bộ Tài chính</option><option>Cổng TTĐT tỉnh Ninh Bình</option></select></div></div>\n'
             '            </div>\n        </div>\n    </div>\n')
    h.append('    <footer class="footer"><div class="container"><p><strong>THUẾ TỈNH NINH BÌNH</strong></p><p>Địa chỉ: Đường Lê Đại Hành, phường Hoa Lư, tỉnh Ninh Bình</p><p>Điện thoại: 0229.3871.265 - Email: ninhbinh@gdt.gov.vn</p><p>&copy; 2026 Thuế tỉnh Ninh Bình. Ghi rõ nguồn khi sử dụng thông tin từ website này.</p></div></footer>\n'
             '    <script src="/bundles/jquery?v=%s"></script>\n    <script src="/bundles/bootstrap?v=%s"></script>\n    <form id="__AjaxAntiForgeryForm" action="#" method="post"><input name="__RequestVerificationToken" type="hidden" value="%s" /></form>\n</body>\n</html>\n'
             % (alnum(r, 43), alnum(r, 43), alnum(r, 108)))
    return "v06", "".join(h), side


CUSTOMS_NEWS = [
    "Chi cục Hải quan khu vực III thu ngân sách 7 tháng đạt 62% dự toán",
    "Phát hiện lô hàng phế liệu nhập khẩu không đáp ứng quy chuẩn môi trường",
    "Đối thoại doanh nghiệp về thủ tục hải quan đối với hàng gia công, sản xuất xuất khẩu",
    "Tăng cường kiểm soát hàng hóa xuất nhập khẩu qua cảng biển",
    "Bắt giữ 1,2 tấn nội tạng động vật không rõ nguồn gốc",
    "Triển khai thủ tục hải quan số tại các cảng container",
    "Hải quan và doanh nghiệp ký kết biên bản ghi nhớ hợp tác",
]


@page
def v07():
    r = R("v07")
    title = "Phát hiện gần 18.000 sản phẩm thuốc lá điện tử khai báo là phụ kiện điện thoại"
    url = "https://hqkv3.customs.gov.vn/tin-tuc/phat-hien-gan-18000-san-pham-thuoc-la-dien-tu-khai-bao-la-phu-kien-dien-thoai-n1842.html"
    lead, sub, blocks, side = article("v07", "laravel", url, title, "2026-07-23T16:42:07+07:00", "Quang Hùng")
    st = Style(r, imgbase="/storage/posts/2026/07/")
    st.cap = lambda t: '<figure class="image"><img src="%s" alt="%s"><figcaption>%s</figcaption></figure>' % (st.src(), attr(t), esc(t))
    body = st.render(blocks)
    rel = pick(r, CUSTOMS_NEWS, 5, 2026, 7, 23, "/tin-tuc/{slug}-n{id}.html")
    h = ['<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
         '<meta name="csrf-token" content="%s">\n<title>%s | Chi cục Hải quan khu vực III</title>\n<meta name="description" content="%s">\n'
         '<meta property="og:title" content="%s">\n<meta property="og:image" content="https://hqkv3.customs.gov.vn/storage/posts/2026/07/thuoc-la-dien-tu.jpg">\n'
         '<link rel="stylesheet" href="/css/app.css?id=%s">\n<script src="/js/app.js?id=%s" defer></script>\n</head>\n<body class="antialiased">\n'
         % (alnum(r, 40), esc(title), attr(lead), attr(title), hexs(r, 20), hexs(r, 20))]
    h.append('<div id="app">\n<header class="site-header"><div class="topbar"><div class="container d-flex justify-content-between"><span>Chủ nhật, ngày 22 tháng 11 năm 2026</span>'
             '<span><a href="https://www.customs.gov.vn">Cục Hải quan</a> · <a href="https://pus.customs.gov.vn">Dịch vụ công trực tuyến</a></span></div></div>'
             '<div class="container brand"><a href="/"><img src="/images/logo-hq.png" alt="Hải quan Việt Nam"></a><div><div class="brand-top">CỤC HẢI QUAN</div><div class="brand-name">CHI CỤC HẢI QUAN KHU VỰC III</div></div></div>'
             '<nav class="navbar navbar-expand-lg"><div class="container"><ul class="navbar-nav">' + "".join(
        '<li class="nav-item"><a class="nav-link%s" href="/%s">%s</a></li>' % (" active" if m == "Tin tức" else "", slug(m), esc(m)) for m in
        ["Trang chủ", "Giới thiệu", "Tin tức", "Chống buôn lậu", "Thủ tục hải quan", "Hỗ trợ doanh nghiệp", "Văn bản", "Liên hệ"]) + '</ul></div></nav></header>\n')
    h.append('<main class="container py-4"><div class="row"><div class="col-lg-8">\n<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/chong-buon-lau">Chống buôn lậu</a></li></ol></nav>\n'
             '<article class="post-detail">\n<h1 class="post-title">%s</h1>\n<div class="post-meta text-muted"><span class="post-date">Thứ Năm, 23/07/2026, 16:42:07</span> <span class="post-views">%d lượt xem</span></div>\n'
             '<div class="post-summary lead">%s</div>\n<div class="post-content">\n%s\n</div>\n' % (esc(title), r.randint(400, 3000), esc(lead), body))
    h.append('<div class="post-author text-end"><p><strong>Quang Hùng</strong></p><p><em>(Theo Báo Hải quan)</em></p></div>\n')
    h.append('<div class="post-share"><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank" rel="noopener">Facebook</a> <a href="javascript:window.print()">In bài</a></div>\n' % attr(url))
    h.append('<section class="related-posts"><h2 class="section-title">Tin liên quan</h2><div class="row">%s</div></section>\n</article>\n</div>\n'
             % related_html(rel, '<div class="col-md-6 mb-3"><a href="{url}" class="related-item"><span class="related-title">{title}</span><small class="d-block text-muted">{date}</small></a></div>'))
    h.append('<aside class="col-lg-4"><div class="widget"><h3 class="widget-title">Thông báo</h3><ul class="list-unstyled">' + "".join(
        '<li><a href="/thong-bao/%d">%s</a></li>' % (r.randint(100, 999), esc(x)) for x in [
            "Thông báo lịch tiếp công dân tháng 7/2026", "Thông báo thay đổi địa điểm làm thủ tục tại Hải quan cửa khẩu cảng Hải Phòng khu vực 1",
            "Thông báo bán đấu giá hàng hóa tịch thu sung công quỹ"]) + '</ul></div>'
             '<div class="widget"><h3 class="widget-title">Hỗ trợ trực tuyến</h3><p>Đường dây nóng: 0225.3836.xxx</p><p>Email: hqkv3@customs.gov.vn</p></div>'
             '<div class="widget"><h3 class="widget-title">Tra cứu</h3><ul><li><a href="https://pus.customs.gov.vn/faces/ContainerBarcode">Tra cứu mã vạch container</a></li><li><a href="https://pus.customs.gov.vn/faces/TraCuuToKhaiHQ">Tra cứu tờ khai</a></li></ul></div></aside>\n</div></main>\n')
    h.append('<footer class="site-footer"><div class="container"><p class="fw-bold">CHI CỤC HẢI QUAN KHU VỰC III</p><p>Địa chỉ: Số 22 Điện Biên Phủ, phường Hồng Bàng, thành phố Hải Phòng</p><p>Bản quyền thuộc Chi cục Hải quan khu vực III. Ghi rõ nguồn khi phát hành lại thông tin.</p></div></footer>\n</div>\n'
             '<script>window.Laravel = {"csrfToken":"%s"};</script>\n</body>\n</html>\n' % alnum(r, 40))
    return "v07", "".join(h).replace("0225.3836.xxx", "0225.3836.518"), side


BHXH_NEWS = [
    "BHXH tỉnh đẩy mạnh chi trả lương hưu qua tài khoản cá nhân",
    "Đối thoại chính sách BHXH, BHYT với người lao động trong khu công nghiệp",
    "Tặng sổ BHXH, thẻ BHYT cho người có hoàn cảnh khó khăn",
    "Hướng dẫn sử dụng ứng dụng VssID trên điện thoại",
    "BHXH tỉnh tổ chức hội nghị tập huấn nghiệp vụ thu",
    "Thực hiện chính sách BHYT đối với học sinh, sinh viên năm học 2025 - 2026",
    "Đôn đốc các đơn vị nợ đóng BHXH kéo dài",
    "Kết quả phát triển người tham gia BHXH tự nguyện 11 tháng",
]


@page
def v08():
    r = R("v08")
    title = "Những điểm mới về điều kiện hưởng lương hưu người lao động cần biết"
    inst = "Rt5ZkP0aQn3d"
    url = "https://bhxh.thanhhoa.gov.vn/web/guest/tin-tuc/-/asset_publisher/%s/content/nhung-iem-moi-ve-ieu-kien-huong-luong-huu-nguoi-lao-ong-can-biet" % inst
    lead, sub, blocks, side = article("v08", "liferay-vnpt", url, title, "2025-12-16T00:00:00+07:00", "ThS. Lê Thị Hương, Phòng Chế độ bảo hiểm xã hội")
    st = Style(r, enc=ck, p='<p style="text-align: justify;">{}</p>', h='<p style="text-align: justify;"><strong>{}</strong></p>')
    body = st.render(blocks)
    rel = pick(r, BHXH_NEWS, 8, 2025, 12, 16, "/web/guest/tin-tuc/-/asset_publisher/" + inst + "/content/{slug}")
    portlet = "101_INSTANCE_" + inst
    menu = LR_MENU_BH = [("Trang chủ", []), ("Giới thiệu", ["Chức năng, nhiệm vụ", "Cơ cấu tổ chức"]), ("Tin tức", ["Tin hoạt động", "Chính sách mới", "Hỏi đáp"]),
                         ("Thủ tục hành chính", []), ("Văn bản", []), ("Tra cứu", ["Tra cứu quá trình tham gia", "Tra cứu thẻ BHYT", "Tra cứu đơn vị nợ"]), ("Liên hệ", [])]
    h = ['<!DOCTYPE html>\n<html class="aui ltr" dir="ltr" lang="vi-VN">\n<head>\n<title>%s - Bảo hiểm xã hội tỉnh Thanh Hóa</title>\n'
         '<meta content="initial-scale=1.0, width=device-width" name="viewport" />\n<meta content="text/html; charset=UTF-8" http-equiv="content-type" />\n'
         '<link href="/bhxh-theme/images/favicon.ico" rel="Shortcut Icon" />\n<link href="%s" rel="canonical" />\n'
         '<link class="lfr-css-file" href="/bhxh-theme/css/aui.css?browserId=other&amp;themeId=bhxh_WAR_bhxhtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=%d" rel="stylesheet" type="text/css" />\n'
         '<link href="/html/css/main.css?browserId=other&amp;themeId=bhxh_WAR_bhxhtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=%d" rel="stylesheet" type="text/css" />\n'
         '<script type="text/javascript">var Liferay={Browser:{acceptsGzip:function(){return true},getMajorVersion:function(){return 131.0}},Data:{NAV_SELECTOR:"#navigation",isCustomizationView:function(){return false}},'
         'ThemeDisplay:{getLayoutId:function(){return "12"},getLayoutURL:function(){return "https://bhxh.thanhhoa.gov.vn/web/guest/tin-tuc"},getPlid:function(){return "%d"},getScopeGroupId:function(){return "10182"},getLanguageId:function(){return "vi_VN"},isSignedIn:function(){return false}},'
         'PropsValues:{NTLM_AUTH_ENABLED:false},authToken:"%s",currentURL:"\\x2fweb\\x2fguest\\x2ftin-tuc"};</script>\n'
         '<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=bhxh_WAR_bhxhtheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6210&amp;t=%d" type="text/javascript"></script>\n</head>\n'
         % (esc(title), attr(url), r.randint(10 ** 12, 10 ** 13), r.randint(10 ** 12, 10 ** 13), r.randint(10000, 99999), alnum(r, 8), r.randint(10 ** 12, 10 ** 13))]
    h.append('<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">\n<div class="container-fluid" id="wrapper">\n'
             '<header id="banner" role="banner"><div class="top-header"><span class="today">Hôm nay, Chủ nhật 22/11/2026</span><span class="hotline">Tổng đài hỗ trợ: 1900 9068</span></div>'
             '<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="/web/guest" title="Bảo hiểm xã hội tỉnh Thanh Hóa"><img alt="Bảo hiểm xã hội tỉnh Thanh Hóa" src="/image/company_logo?img_id=%d&amp;t=%d" /></a>'
             '<span class="site-name">BẢO HIỂM XÃ HỘI TỈNH THANH HÓA</span></h1></div>\n' % (r.randint(10000, 99999), r.randint(10 ** 12, 10 ** 13)))
    h.append(lr_menu(menu).replace('id="navigationCollapse"', 'id="navigation"') + '\n</header>\n')
    h.append('<div id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row-fluid"><div class="portlet-column portlet-column-first span8" id="column-1">\n'
             '<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-borderless portlet-asset-publisher" id="p_p_id_%s_"><span id="p_%s"></span>'
             '<div class="portlet-body"><div class="asset-full-content default-asset-publisher show-asset-title">\n' % (portlet, portlet))
    h.append('<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="/web/guest/tin-tuc" id="%s" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span>'
             '<h3 class="header-title"><span>%s</span></h3></div>\n' % (alnum(r, 6), esc(title)))
    h.append('<div class="asset-content" id="_%s_%d"><div class="news-date">Cập nhật: 16/12/2025</div>\n<div class="journal-content-article">\n'
             '<p style="text-align: justify;"><strong><em>%s</em></strong></p>\n%s\n<p style="text-align: right;"><strong>%s</strong><br />\n<em>%s</em></p>\n</div>\n'
             % (portlet, r.randint(10000, 99999), ck(lead), body, ck("ThS. Lê Thị Hương"), ck("Phòng Chế độ bảo hiểm xã hội")))
    h.append('<div class="entry-links"></div><div class="asset-ratings"><div class="taglib-ratings stars"><div class="liferay-rating-vote"><div id="%sratingStar"><div class="rating-label">Đánh giá của bạn</div>'
             % alnum(r, 8) + "".join('<a class="rating-element icon-star-empty" href="javascript:;"></a>' for _ in range(5)) + '</div></div><div class="liferay-rating-score"><div class="rating-label">Trung bình (0 Phiếu bầu)</div></div></div></div></div>\n')
    h.append('<div class="asset-more"><div class="other-news"><h4>Tin khác</h4><ul>%s</ul></div></div>\n</div></div></div>\n</div>\n'
             % related_html(rel, '<li><a href="{url}">{title}</a> <span>({date})</span></li>'))
    h.append('<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-boundary"><div class="box"><h4>Tra cứu trực tuyến</h4><ul><li><a href="https://baohiemxahoi.gov.vn/tracuu">Tra cứu mã số BHXH</a></li><li><a href="https://baohiemxahoi.gov.vn/tracuu/Pages/tra-cuu-ho-gia-dinh.aspx">Tra cứu hộ gia đình</a></li><li><a href="https://dichvucong.baohiemxahoi.gov.vn">Dịch vụ công BHXH</a></li></ul></div>'
             '<div class="box"><h4>Thông tin cần biết</h4><ul><li>Mức lương cơ sở: 2.340.000 đồng/tháng</li><li>Mức chuẩn hộ nghèo khu vực nông thôn: 1.500.000 đồng/người/tháng</li></ul></div>'
             '<div class="box"><h4>Số lượt truy cập</h4><p>%d</p></div></div></div>\n</div></div></div>\n' % r.randint(2000000, 5000000))
    h.append('<footer id="footer" role="contentinfo"><p>BẢO HIỂM XÃ HỘI TỈNH THANH HÓA</p><p>Địa chỉ: Số 1 Lê Hoàn, phường Hạc Thành, tỉnh Thanh Hóa - Điện thoại: 0237.3852.xxx</p><p>Giấy phép số 12/GP-TTĐT. Phát triển bởi VNPT Thanh Hóa.</p></footer>\n</div>\n'
             '<script type="text/javascript">AUI().use("aui-base","liferay-menu","liferay-notice","liferay-poller","liferay-session",function(A){(function(){Liferay.Util.addInputFocus();Liferay.Portlet.runtimePortletIds=["%s"];})();});</script>\n</body>\n</html>\n' % portlet)
    return "v08", "".join(h).replace("0237.3852.xxx", "0237.3852.471"), side


@page
def v09():
    r = R("v09")
    title = "Thông báo tạm dừng giao dịch trực tiếp để nâng cấp hệ thống"
    url = "https://kbnnkv6.vst.gov.vn/portal/tin-tuc/chi-tiet.jsp?id=4821&cat=thong-bao"
    lead, sub, blocks, side = article("v09", "jsp", url, title, "2026-11-03T15:20:00+07:00", None)
    st = Style(r, p='<p class="MsoNormal" style="text-align:justify;text-indent:36pt">{}</p>')
    body = st.render(blocks)
    items = [("Thông báo lịch tiếp công dân tháng 11/2026", (2026, 10, 30)), ("Thông báo thời gian giao dịch cuối năm ngân sách 2026", (2026, 10, 21)),
             ("Kho bạc Nhà nước khu vực VI tổ chức Hội nghị đối thoại với đơn vị giao dịch", (2026, 10, 12)),
             ("Thông báo về việc sử dụng chữ ký số trên Dịch vụ công trực tuyến", (2026, 9, 25)), ("Kết quả thu, chi ngân sách nhà nước 9 tháng năm 2026", (2026, 10, 6))]
    h = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
         '<title>Kho bạc Nhà nước khu vực VI - %s</title>\n<link rel="stylesheet" type="text/css" href="/portal/css/style.css;jsessionid=%s">\n'
         '<script type="text/javascript" src="/portal/js/jquery-1.8.3.min.js"></script>\n<script type="text/javascript" src="/portal/js/common.js"></script>\n</head>\n'
         % (esc(title), hexs(r, 32).upper())]
    h.append('<body>\n<div id="wrapper">\n<div id="header"><table width="100%" cellpadding="0" cellspacing="0"><tr><td class="logo"><img src="/portal/images/logo_kbnn.png" alt="KBNN"></td>'
             '<td class="title"><div class="t1">BỘ TÀI CHÍNH - KHO BẠC NHÀ NƯỚC</div><div class="t2">KHO BẠC NHÀ NƯỚC KHU VỰC VI</div></td>'
             '<td class="date" align="right">Ngày 22 tháng 11 năm 2026</td></tr></table></div>\n')
    h.append('<div id="menu"><ul>' + "".join('<li><a href="/portal/%s.jsp">%s</a></li>' % (slug(m), esc(m)) for m in ["Trang chủ", "Giới thiệu", "Tin tức", "Thông báo", "Văn bản", "Dịch vụ công", "Hỏi đáp"]) + '</ul></div>\n')
    h.append('<div id="main"><table width="100%" cellpadding="0" cellspacing="0"><tr><td id="left" valign="top" width="200">'
             '<div class="box"><div class="box-title">DANH MỤC</div><ul><li><a href="/portal/tin-tuc.jsp?cat=hoat-dong">Hoạt động KBNN</a></li><li><a href="/portal/tin-tuc.jsp?cat=thong-bao">Thông báo</a></li><li><a href="/portal/tin-tuc.jsp?cat=chinh-sach">Chính sách mới</a></li></ul></div>'
             '<div class="box"><div class="box-title">LIÊN KẾT</div><ul><li><a href="https://vst.mof.gov.vn">Kho bạc Nhà nước</a></li><li><a href="https://dvc.vst.mof.gov.vn">Dịch vụ công KBNN</a></li><li><a href="https://mof.gov.vn">Bộ Tài chính</a></li></ul></div></td>\n'
             '<td id="center" valign="top">\n<div class="path"><a href="/portal/index.jsp">Trang chủ</a> &raquo; <a href="/portal/tin-tuc.jsp?cat=thong-bao">Thông báo</a></div>\n')
    h.append('<div class="news-detail">\n<div class="news-title">%s</div>\n<div class="news-date">Ngày: 03/11/2026 &nbsp; Giờ: 15:20</div>\n<div class="news-content">\n%s\n</div>\n' % (esc(title).upper(), body))
    h.append('<div class="news-file">Tệp đính kèm: <a href="/portal/upload/TB_tam_dung_giao_dich_0611.pdf">TB_tam_dung_giao_dich_0611.pdf</a></div>\n')
    h.append('<div class="news-other"><b>Các tin khác:</b><ul>' + "".join('<li><a href="/portal/tin-tuc/chi-tiet.jsp?id=%d&amp;cat=thong-bao">%s</a> (%s)</li>' % (r.randint(4000, 4800), esc(t), dmy(d)) for t, d in items) + '</ul></div>\n</div>\n</td></tr></table></div>\n')
    h.append('<div id="footer">KHO BẠC NHÀ NƯỚC KHU VỰC VI<br>Địa chỉ: Số 41 đường Quang Trung, tỉnh Phú Thọ - Điện thoại: 0210.3846.xxx<br>&copy; Bản quyền thuộc Kho bạc Nhà nước</div>\n</div>\n</body>\n</html>\n')
    html_ = "".join(h).replace("0210.3846.xxx", "0210.3846.239")
    # the JSP template prints the headline in capitals (text-transform is not used)
    side["title"] = title.upper()
    return "v09", html_, side
STAT_NEWS = [
    "Tình hình kinh tế – xã hội tháng Chín và 9 tháng năm 2026",
    "Kết quả Tổng điều tra kinh tế năm 2026: thông tin sơ bộ",
    "Chỉ số giá tiêu dùng tháng 10/2026 tăng 0,21%",
    "Tập huấn nghiệp vụ điều tra lao động việc làm năm 2027",
    "Niên giám thống kê tỉnh năm 2025 chính thức phát hành",
    "Hội nghị triển khai phương án điều tra doanh nghiệp năm 2027",
]


@page
def v10():
    r = R("v10")
    title = "Tình hình kinh tế – xã hội tháng Mười và 10 tháng năm 2026"
    url = "https://thongke.phutho.gov.vn/tin-tuc/tinh-hinh-kinh-te-xa-hoi-thang-muoi-va-10-thang-nam-2026"
    lead, sub, blocks, side = article("v10", "drupal", url, title, "2026-11-06T16:05:12+07:00", None)
    st = Style(r, h="<h3>{}</h3>")

    def table(rows):
        out = ['<div class="table-responsive"><table class="table table-bordered"><thead><tr>' + "".join("<th>%s</th>" % esc(c) for c in rows[0]) + "</tr></thead><tbody>"]
        for row in rows[1:]:
            out.append("<tr>" + "".join('<td%s>%s</td>' % ("" if i == 0 else ' style="text-align:right"', esc(c)) for i, c in enumerate(row)) + "</tr>")
        return "".join(out) + "</tbody></table></div>"
    st.table = table
    body = st.render(blocks).replace("<p>(Số liệu tháng 10 là số ước tính)</p>", "<p><em>(Số liệu tháng 10 là số ước tính)</em></p>")
    rel = pick(r, STAT_NEWS, 5, 2026, 11, 6, "/tin-tuc/{slug}")
    h = ['<!DOCTYPE html>\n<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#  schema: http://schema.org/">\n'
         '  <head>\n    <meta charset="utf-8" />\n<meta name="description" content="Trong 10 tháng năm 2026, tình hình kinh tế – xã hội của tỉnh tiếp tục duy trì xu hướng tăng trưởng." />\n'
         '<link rel="canonical" href="%s" />\n<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n<meta name="MobileOptimized" content="width" />\n'
         '<meta name="HandheldFriendly" content="true" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n<link rel="icon" href="/themes/custom/thongke/favicon.ico" type="image/vnd.microsoft.icon" />\n'
         '<link rel="alternate" hreflang="vi" href="%s" />\n<link rel="shortlink" href="https://thongke.phutho.gov.vn/node/%d" />\n'
         '    <title>%s | Thống kê tỉnh Phú Thọ</title>\n    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=vi&amp;theme=thongke&amp;include=%s" />\n'
         '    <script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/%d","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"vi"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"user":{"uid":0,"permissionsHash":"%s"}}</script>\n'
         '<script src="/sites/default/files/js/js_%s.js?scope=header&amp;delta=0&amp;language=vi&amp;theme=thongke&amp;include=%s"></script>\n  </head>\n'
         % (attr(url), attr(url), 5120 + r.randint(0, 99), esc(title), alnum(r, 43), alnum(r, 60), 5120, hexs(r, 64), alnum(r, 43), alnum(r, 60))]
    h.append('  <body class="path-node page-node-type-article">\n        <a href="#main-content" class="visually-hidden focusable skip-link">\n      Nhảy tới nội dung\n    </a>\n    \n      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n    <div class="layout-container">\n\n  <header role="banner">\n'
             '    <div class="region region-header-top"><div class="header-date">CN, 22/11/2026</div><div class="header-links"><a href="https://www.nso.gov.vn">Cục Thống kê</a> | <a href="/lien-he">Liên hệ</a></div></div>\n'
             '    <div class="region region-header"><div id="block-thongke-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/thongke/logo.svg" alt="Trang chủ" /></a>'
             '<div class="site-name"><a href="/" rel="home">Thống kê tỉnh Phú Thọ</a></div><div class="site-slogan">Cục Thống kê - Bộ Tài chính</div></div></div>\n  </header>\n')
    h.append('  <div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-thongke-main-menu-menu" id="block-thongke-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-thongke-main-menu-menu">Main navigation</h2><ul class="menu">'
             + "".join('<li class="menu-item%s"><a href="/%s" data-drupal-link-system-path="taxonomy/term/%d">%s</a></li>' % (" menu-item--active-trail" if m == "Số liệu thống kê" else "", slug(m), 10 + i, esc(m))
                       for i, m in enumerate(["Trang chủ", "Giới thiệu", "Tin tức", "Số liệu thống kê", "Ấn phẩm", "Điều tra thống kê", "Văn bản", "Liên hệ"])) + '</ul></nav></div>\n')
    h.append('  <div class="region region-breadcrumb"><div id="block-thongke-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Đường dẫn</h2>'
             '<ol><li><a href="/">Trang chủ</a></li><li><a href="/so-lieu-thong-ke">Số liệu thống kê</a></li></ol></nav></div></div>\n')
    h.append('  <main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">\n    <div class="region region-content">\n'
             '<div id="block-thongke-page-title" class="block block-core block-page-title-block">\n  \n<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span>\n</h1>\n\n</div>\n' % esc(title))
    h.append('<div id="block-thongke-content" class="block block-system block-system-main-block">\n<article data-history-node-id="5120" role="article" about="/tin-tuc/tinh-hinh-kinh-te-xa-hoi-thang-muoi-va-10-thang-nam-2026" class="node node--type-article node--promoted node--view-mode-full">\n\n'
             '      <footer class="node__meta">\n        <div class="node__submitted">\n          Gửi bởi <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" about="/user/7" typeof="schema:Person" property="schema:name" datatype="">thongke_bbt</span></span>\n'
             ' vào <span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-11-06T09:05:12Z" title="Thứ 6, 06/11/2026 - 16:05" class="datetime">Thứ 6, 06/11/2026 - 16:05</time>\n</span>\n        </div>\n      </footer>\n')
    h.append('    <div class="node__content">\n      \n            <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div>\n' % body)
    h.append('      <div class="field field--name-field-tep-dinh-kem field--type-file field--label-above"><div class="field__label">Tệp đính kèm</div><div class="field__items"><div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="https://thongke.phutho.gov.vn/sites/default/files/2026-11/BC_KTXH_T10_2026.pdf" type="application/pdf">BC_KTXH_T10_2026.pdf</a></span><span> (1.24 MB)</span></div></div></div>\n'
             '      <div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">Thẻ</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/31" hreflang="vi">Kinh tế - xã hội</a></div><div class="field__item"><a href="/taxonomy/term/44" hreflang="vi">Báo cáo tháng</a></div></div></div>\n'
             '      <ul class="links inline"><li class="statistics-counter">%d lượt xem</li></ul>\n    </div>\n\n</article>\n</div>\n' % r.randint(300, 2000))
    h.append('<div class="views-element-container block block-views" id="block-views-block-tin-lien-quan"><h2>Bài viết khác</h2><div class="view-content"><ul>%s</ul></div></div>\n    </div>\n  </div>\n'
             % related_html(rel, '<li><div class="views-field views-field-title"><span class="field-content"><a href="{url}" hreflang="vi">{title}</a></span></div><div class="views-field views-field-created"><span class="field-content">{date}</span></div></li>'))
    h.append('  <aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">'
             '<div class="block block-block-content"><h2>Số liệu nhanh</h2><div class="field field--name-body"><ul><li>Dân số trung bình năm 2025: 4.071,4 nghìn người</li><li>Tăng trưởng GRDP 9 tháng năm 2026: 8,7%</li><li>CPI tháng 10/2026 so với tháng trước: +0,21%</li></ul></div></div>'
             '<div class="block block-search"><h2>Tìm kiếm</h2><form action="/search/node" method="get" accept-charset="UTF-8"><input type="search" name="keys" size="15" maxlength="128" class="form-search" /><input type="submit" value="Tìm kiếm" class="button js-form-submit form-submit" /></form></div>'
             '</div></aside>\n  </main>\n')
    h.append('  <footer role="contentinfo"><div class="region region-footer"><div class="block block-block-content"><p><strong>THỐNG KÊ TỈNH PHÚ THỌ</strong></p><p>Địa chỉ: Đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ. Điện thoại: 0210.3846.550</p><p>Ghi rõ nguồn “Thống kê tỉnh Phú Thọ” khi trích dẫn số liệu.</p></div></div></footer>\n'
             '</div>\n  </div>\n\n    \n    <script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=vi&amp;theme=thongke&amp;include=%s"></script>\n\n  </body>\n</html>\n' % (alnum(r, 43), alnum(r, 60)))
    return "v10", "".join(h), side


@page
def v11():
    r = R("v11")
    title = "Lịch tạm ngừng cung cấp điện từ ngày 23/11 đến ngày 29/11/2026"
    url = "https://pckhanhhoa.cpc.vn/TinTuc/ChiTiet.aspx?id=7315&cat=lich-ngung-cap-dien"
    lead, sub, blocks, side = article("v11", "aspnet-webforms", url, title, "2026-11-20T14:12:05+07:00", None)
    st = Style(r, p='<p style="text-align:justify">{}</p>')

    def table(rows):
        out = ['<table class="tbl-lichcatdien" border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;width:100%"><tr style="background:#0a58a6;color:#fff">'
               + "".join("<td><b>%s</b></td>" % esc(c) for c in rows[0]) + "</tr>"]
        for row in rows[1:]:
            out.append("<tr>" + "".join("<td>%s</td>" % esc(c) for c in row) + "</tr>")
        return "".join(out) + "</table>"
    st.table = table
    body = st.render(blocks)
    h = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head><title>\n\t%s - Công ty Điện lực Khánh Hòa\n</title>'
         '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="../App_Themes/Default/style.css" type="text/css" rel="stylesheet" /><script src="../js/jquery-1.11.1.min.js" type="text/javascript"></script></head>\n' % esc(title)]
    h.append('<body>\n<form name="form1" method="post" action="./ChiTiet.aspx?id=7315&amp;cat=lich-ngung-cap-dien" id="form1">\n<div>\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
             '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />\n</div>\n' % b64(r, 6000))
    h.append('<div id="header"><div class="top"><span id="ctl00_lblNgay">Chủ nhật, 22/11/2026</span> | Hotline CSKH: <b>1900 1909</b></div>'
             '<div class="logo"><a href="/"><img src="/images/logo-evncpc.png" alt="EVNCPC" /></a><div class="tencty">TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG<br /><b>CÔNG TY ĐIỆN LỰC KHÁNH HÒA</b></div></div></div>\n')
    h.append('<div id="menu"><ul>' + "".join('<li><a href="/%s">%s</a></li>' % (u, esc(m)) for m, u in [
        ("Trang chủ", "Default.aspx"), ("Giới thiệu", "GioiThieu.aspx"), ("Tin tức", "TinTuc/DanhSach.aspx"), ("Lịch ngừng cấp điện", "TinTuc/DanhSach.aspx?cat=lich-ngung-cap-dien"),
        ("Dịch vụ khách hàng", "DichVu.aspx"), ("Giá điện", "GiaDien.aspx"), ("Tiết kiệm điện", "TietKiemDien.aspx"), ("Liên hệ", "LienHe.aspx")]) + '</ul></div>\n')
    h.append('<div id="main"><div id="left"><div class="tieude-trang">LỊCH NGỪNG CUNG CẤP ĐIỆN</div>\n<div class="chitiet">\n<h1 id="ctl00_ContentPlaceHolder1_lblTieuDe" class="tieude-tin">%s</h1>\n' % esc(title))
    h.append('<div class="ngaydang"><span id="ctl00_ContentPlaceHolder1_lblNgayDang">Ngày đăng: 20/11/2026 02:12:05 CH</span> - <span id="ctl00_ContentPlaceHolder1_lblNguon">Nguồn: Phòng Kinh doanh</span></div>\n')
    h.append('<div id="ctl00_ContentPlaceHolder1_pnNoiDung" class="noidung">\n%s\n</div>\n' % body)
    h.append('<div class="congcu"><a href="javascript:window.print();"><img src="/images/print.gif" alt="" /> In trang</a> <a href="javascript:history.back();">Quay lại</a></div>\n')
    other = [("Lịch tạm ngừng cung cấp điện từ ngày 16/11 đến ngày 22/11/2026", "13/11/2026"), ("Lịch tạm ngừng cung cấp điện từ ngày 09/11 đến ngày 15/11/2026", "06/11/2026"),
             ("Lịch tạm ngừng cung cấp điện từ ngày 02/11 đến ngày 08/11/2026", "30/10/2026"), ("Lịch tạm ngừng cung cấp điện từ ngày 26/10 đến ngày 01/11/2026", "23/10/2026")]
    h.append('<div class="tinkhac"><div class="tieude-tinkhac">Các tin khác</div><ul>' + "".join('<li><a href="/TinTuc/ChiTiet.aspx?id=%d&amp;cat=lich-ngung-cap-dien">%s</a> <span>(%s)</span></li>' % (7315 - 7 * (i + 1), esc(t), d) for i, (t, d) in enumerate(other)) + '</ul></div>\n</div></div>\n')
    h.append('<div id="right"><div class="box"><div class="box-title">Tra cứu</div><ul><li><a href="https://cskh.cpc.vn/tra-cuu-hoa-don">Tra cứu hóa đơn tiền điện</a></li><li><a href="https://cskh.cpc.vn/lich-ngung-cap-dien">Tra cứu lịch ngừng cấp điện</a></li><li><a href="https://cskh.cpc.vn/dich-vu-truc-tuyen">Dịch vụ điện trực tuyến</a></li></ul></div>'
             '<div class="box"><div class="box-title">Thanh toán tiền điện</div><p>Quý khách có thể thanh toán tiền điện qua ứng dụng CSKH EVNCPC, ngân hàng và ví điện tử.</p></div>'
             '<div class="box"><div class="box-title">Truy cập</div><p>Online: %d</p><p>Tổng: %d</p></div></div></div>\n' % (r.randint(10, 80), r.randint(1000000, 4000000)))
    h.append('<div id="footer"><b>CÔNG TY ĐIỆN LỰC KHÁNH HÒA</b><br />Địa chỉ: 11 Lý Thánh Tôn, phường Nha Trang, tỉnh Khánh Hòa<br />Điện thoại: 0258.2220.777 - Tổng đài CSKH: 1900 1909</div>\n'
             '<div><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%s" /><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" /></div></form>\n</body>\n</html>\n' % (hexs(r, 8).upper(), b64(r, 120)))
    return "v11", "".join(h), side


CDC_NEWS = [
    "Tình hình dịch bệnh truyền nhiễm tuần 33 năm 2026",
    "Chiến dịch diệt lăng quăng phòng chống sốt xuất huyết đợt 2 năm 2026",
    "Tiêm vắc xin sởi – rubella cho trẻ em tại các xã vùng khó khăn",
    "Hướng dẫn phòng bệnh dại cho người và vật nuôi",
    "Tập huấn giám sát, điều trị bệnh tay chân miệng cho tuyến cơ sở",
    "Khuyến cáo phòng, chống ngộ độc thực phẩm mùa mưa",
]


@page
def v12():
    r = R("v12")
    title = "Tình hình dịch bệnh truyền nhiễm tuần 34 năm 2026: sốt xuất huyết tiếp tục gia tăng"
    url = "https://cdc.daklak.gov.vn/2026/08/27/tinh-hinh-dich-benh-truyen-nhiem-tuan-34-nam-2026/"
    lead, sub, blocks, side = article("v12", "wordpress", url, title, "2026-08-27T08:48:30+07:00",
                                      "ThS.BS. Nguyễn Thị Mai Phương – Khoa Phòng, chống bệnh truyền nhiễm")
    st = Style(r, enc=nfd_esc, imgbase="/wp-content/uploads/2026/08/", h='<h3 class="wp-block-heading">{}</h3>',
               ul=('<ul class="wp-block-list">', "<li>{}</li>", "</ul>"))
    st.cap = lambda t: ('<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="%s" alt="" class="wp-image-%d" /><figcaption class="wp-element-caption">%s</figcaption></figure>'
                        % (st.src(), r.randint(3000, 9000), nfd_esc(t)))

    def table(rows):
        out = ['<figure class="wp-block-table"><table><thead><tr>' + "".join("<th>%s</th>" % nfd_esc(c) for c in rows[0]) + "</tr></thead><tbody>"]
        for row in rows[1:]:
            out.append("<tr>" + "".join("<td>%s</td>" % nfd_esc(c) for c in row) + "</tr>")
        return "".join(out) + "</tbody></table></figure>"
    st.table = table
    body = st.render(blocks, sep="\n\n")
    rel = pick(r, CDC_NEWS, 3, 2026, 8, 27, "/2026/08/{id}/{slug}/")
    yoast = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": "cdcdaklak", "@id": "https://cdc.daklak.gov.vn/#/schema/person/" + hexs(r, 32)},
         "headline": title, "datePublished": "2026-08-27T01:48:30+00:00", "dateModified": "2026-08-27T02:10:04+00:00", "mainEntityOfPage": {"@id": url},
         "wordCount": 512, "publisher": {"@id": "https://cdc.daklak.gov.vn/#organization"}, "articleSection": ["Tin dịch bệnh"], "inLanguage": "vi"},
        {"@type": "WebPage", "@id": url, "url": url, "name": title + " - CDC Đắk Lắk", "datePublished": "2026-08-27T01:48:30+00:00", "inLanguage": "vi"},
        {"@type": "Organization", "@id": "https://cdc.daklak.gov.vn/#organization", "name": "Trung tâm Kiểm soát bệnh tật tỉnh Đắk Lắk", "url": "https://cdc.daklak.gov.vn/"}]}
    h = ['<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="profile" href="https://gmpg.org/xfn/11">\n'
         '<title>%s - CDC Đắk Lắk</title>\n<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />\n'
         '<link rel="canonical" href="%s" />\n<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="article" />\n<meta property="og:title" content="%s" />\n'
         '<meta property="og:url" content="%s" />\n<meta property="og:site_name" content="CDC Đắk Lắk" />\n<meta property="article:published_time" content="2026-08-27T01:48:30+00:00" />\n'
         '<meta property="article:modified_time" content="2026-08-27T02:10:04+00:00" />\n<meta name="author" content="cdcdaklak" />\n'
         '<script type="application/ld+json" class="yoast-schema-graph">%s</script>\n'
         "<link rel='stylesheet' id='wp-block-library-css' href='https://cdc.daklak.gov.vn/wp-includes/css/dist/block-library/style.min.css?ver=6.8.2' media='all' />\n"
         "<link rel='stylesheet' id='astra-theme-css-css' href='https://cdc.daklak.gov.vn/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3' media='all' />\n"
         "<script src=\"https://cdc.daklak.gov.vn/wp-includes/js/jquery/jquery.min.js?ver=3.7.1\" id=\"jquery-core-js\"></script>\n"
         '<link rel="https://api.w.org/" href="https://cdc.daklak.gov.vn/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="https://cdc.daklak.gov.vn/wp-json/wp/v2/posts/%d" />\n'
         '<meta name="generator" content="WordPress 6.8.2" />\n</head>\n'
         % (esc(title), url, attr(title), url, json.dumps(yoast, ensure_ascii=False), r.randint(3000, 9000))]
    h.append('<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-%d single-format-standard ast-desktop ast-separate-container ast-right-sidebar astra-4.8.3">\n'
             '<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>\n<div class="hfeed site" id="page">\n' % r.randint(3000, 9000))
    h.append('<div class="ast-above-header-bar"><div class="ast-container"><span class="top-date">Chủ nhật, 22.11.2026</span><span class="top-hotline">Đường dây nóng: 0262.3852.xxx</span></div></div>\n'
             '<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div class="main-header-bar"><div class="ast-container"><div class="site-branding">'
             '<span class="site-logo-img"><a href="https://cdc.daklak.gov.vn/" class="custom-logo-link" rel="home"><img width="90" height="90" src="https://cdc.daklak.gov.vn/wp-content/uploads/2025/07/logo-cdc.png" class="custom-logo" alt="CDC Đắk Lắk" /></a></span>'
             '<div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="https://cdc.daklak.gov.vn/" rel="home" itemprop="url">TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH ĐẮK LẮK</a></span><p class="site-description" itemprop="description">Sở Y tế tỉnh Đắk Lắk</p></div></div>'
             '<nav class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu">' + "".join(
        '<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="https://cdc.daklak.gov.vn/%s/" class="menu-link">%s</a></li>' % (100 + i, slug(m), esc(m))
        for i, m in enumerate(["Trang chủ", "Giới thiệu", "Tin dịch bệnh", "Tiêm chủng", "Truyền thông giáo dục sức khỏe", "Dịch vụ", "Văn bản", "Liên hệ"])) + '</ul></nav></div></div></header>\n')
    h.append('<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">\n'
             '<article class="post-%d post type-post status-publish format-standard hentry category-tin-dich-benh ast-article-single" id="post-%d" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">\n'
             '<div class="ast-post-format- single-layout-1"><header class="entry-header"><h1 class="entry-title" itemprop="headline">%s</h1>'
             '<div class="entry-meta"><span class="posted-on"><span class="published" itemprop="datePublished">27/08/2026</span></span> / <span class="cat-links"><a href="https://cdc.daklak.gov.vn/tin-dich-benh/" rel="category tag">Tin dịch bệnh</a></span></div></header>\n'
             % (r.randint(3000, 9000), r.randint(3000, 9000), nfd_esc(title)))
    h.append('<div class="entry-content clear" itemprop="text">\n\n%s\n\n<p class="has-text-align-right"><strong>%s</strong></p>\n\n</div>\n</div>\n</article>\n'
             % (body, nfd_esc("ThS.BS. Nguyễn Thị Mai Phương – Khoa Phòng, chống bệnh truyền nhiễm")))
    h.append('<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links"><div class="nav-previous"><a href="%s" rel="prev"><span class="ast-left-arrow">&larr;</span> Bài trước</a></div></div></nav>\n' % rel[0][1])
    h.append('<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời</h3><form action="https://cdc.daklak.gov.vn/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
             '<p class="comment-notes">Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *</p><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>'
             '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /></p></form></div></div>\n</main></div>\n')
    h.append('<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://cdc.daklak.gov.vn/"><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" name="s" /></form></aside>'
             '<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><nav aria-label="Bài viết mới"><ul>%s</ul></nav></aside>'
             '<aside id="text-3" class="widget widget_text"><h2 class="widget-title">Lịch tiêm chủng</h2><div class="textwidget"><p>Tiêm chủng dịch vụ: Thứ Hai đến Thứ Bảy, sáng 7h00 – 11h00, chiều 13h30 – 16h30.</p></div></aside></div></div>\n</div></div>\n'
             % related_html(rel, '<li><a href="{url}">{title}</a></li>'))
    h.append('<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-container"><p>Trung tâm Kiểm soát bệnh tật tỉnh Đắk Lắk – 68 Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk</p><p>Copyright &copy; 2026 CDC Đắk Lắk | Powered by WordPress</p></div></div></footer>\n</div>\n'
             "<script src=\"https://cdc.daklak.gov.vn/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3\" id=\"astra-theme-js-js\"></script>\n</body>\n</html>\n")
    return "v12", "".join(h).replace("0262.3852.xxx", "0262.3852.412"), side
QNG_NEWS = [
    "Quảng Ngãi chủ động ứng phó với đợt mưa lớn cuối tháng 11",
    "Sơ tán hơn 1.200 hộ dân vùng nguy cơ sạt lở ở các xã miền núi",
    "Nước sông Trà Khúc lên nhanh, nhiều khu dân cư bị ngập",
    "Măng Đen thu hút hơn 1,5 triệu lượt khách du lịch",
    "Khánh thành cầu dân sinh tại xã Sơn Tây",
    "Hội nghị xúc tiến đầu tư vào Khu kinh tế Dung Quất năm 2026",
    "Ngành giáo dục cho học sinh nghỉ học tránh mưa lũ",
    "Hỗ trợ khẩn cấp cho các gia đình bị thiệt hại do thiên tai",
    "Điện lực khắc phục sự cố lưới điện sau mưa lớn",
    "Quảng Ngãi: Giá rau xanh tăng mạnh do mưa lũ",
    "Tăng cường kiểm tra an toàn hồ đập mùa mưa bão",
    "Khai mạc Tuần văn hóa – du lịch các dân tộc vùng Tây Nguyên",
    "Xã Ba Tơ ra mắt mô hình tổ cộng đồng phòng, chống thiên tai",
    "Quốc lộ 1 đoạn qua Đức Phổ ngập sâu, phương tiện lưu thông khó khăn",
]
QNG_CATS = ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Pháp luật", "Văn hóa", "Thể thao", "Quốc tế", "Bạn đọc", "Phát thanh", "Truyền hình", "Video", "Podcast", "Ảnh", "E-magazine", "Kon Tum xưa và nay"]


def qng_menu(r, cls):
    out = ['<ul class="%s">' % cls]
    for c in QNG_CATS:
        subs = random.Random("%s:v13:menu:%s" % (SET, c)).sample(["Tin tức", "Phóng sự", "Bình luận", "Tiêu điểm", "Địa phương", "Chuyên đề", "Hỏi đáp", "Nhịp sống"], 4)
        out.append('<li class="menu-item has-sub"><a href="/%s">%s</a><ul class="sub-menu">%s</ul></li>' % (slug(c), esc(c), "".join('<li><a href="/%s/%s">%s</a></li>' % (slug(c), slug(s), esc(s)) for s in subs)))
    out.append("</ul>")
    return "".join(out)


@page
def v13():
    r = R("v13")
    title = "Sạt lở nghiêm trọng trên Quốc lộ 24, giao thông qua đèo Violak bị chia cắt"
    url = "https://quangngaitv.vn/thoi-su/sat-lo-nghiem-trong-tren-quoc-lo-24-giao-thong-qua-deo-violak-bi-chia-cat-71842.htm"
    lead, sub, blocks, side = article("v13", "custom-php-news", url, title, "2026-11-21T19:35:48+07:00", "Nhóm PV")
    st = Style(r, imgbase="https://cdn.quangngaitv.vn/images/2026/11/21/", p='<p>{}</p>', h="<h2>{}</h2>")
    st.cap = lambda t: ('<figure class="expNoEdit"><img src="%s" alt="%s" data-width="1200" data-height="800" loading="lazy"><figcaption class="PhotoCMS_Caption"><p>%s</p></figcaption></figure>'
                        % (st.src(), attr(t[:50]), esc(t)))
    st.video = lambda t: ('<div class="VideoCMS_Content"><div class="video-player" data-vid="%s"><video controls preload="none" poster="%s"><source src="https://cdn.quangngaitv.vn/videos/2026/11/21/%s.mp4" type="video/mp4">Trình duyệt của bạn không hỗ trợ phát video.</video>'
                          '<div class="player-title">Sạt lở Quốc lộ 24</div><div class="player-duration">02:47</div></div><div class="VideoCMS_Caption"><p>%s</p></div></div>' % (hexs(r, 12), st.src(), hexs(r, 16), esc(t)))
    body = st.render(blocks)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": title,
          "description": lead, "image": {"@type": "ImageObject", "url": "https://cdn.quangngaitv.vn/images/2026/11/21/sat-lo-ql24.jpg", "width": 1200, "height": 800},
          "datePublished": "2026-11-21T19:35:48+07:00", "dateModified": "2026-11-21T21:02:10+07:00", "author": {"@type": "Person", "name": "Nhóm PV"},
          "publisher": {"@type": "Organization", "name": "Báo và Phát thanh, Truyền hình Quảng Ngãi", "logo": {"@type": "ImageObject", "url": "https://quangngaitv.vn/images/logo.png"}}}
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": "https://quangngaitv.vn"},
                                                                                                {"@type": "ListItem", "position": 2, "name": "Thời sự", "item": "https://quangngaitv.vn/thoi-su"}]}
    icons = svg_sprite(r, ["ic-%s" % n for n in ["home", "search", "menu", "close", "facebook", "zalo", "youtube", "tiktok", "print", "link", "clock", "eye", "play", "radio", "tv", "podcast",
                                                    "weather-sun", "weather-rain", "weather-cloud", "arrow-up", "arrow-right", "comment", "bookmark", "font-up", "font-down", "mail", "share"]] * 6)
    news = lambda n, y, m, d: pick(r, QNG_NEWS, n, y, m, d, "/thoi-su/{slug}-7{id}.htm", 6)
    h = ['<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
         '<title>%s | Báo và Phát thanh, Truyền hình Quảng Ngãi</title>\n<meta name="description" content="%s">\n<meta name="keywords" content="sạt lở, Quốc lộ 24, đèo Violak, mưa lũ, Quảng Ngãi">\n'
         '<meta name="news_keywords" content="sạt lở, Quốc lộ 24, đèo Violak">\n<link rel="canonical" href="%s">\n<link rel="amphtml" href="%s">\n'
         '<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n<meta property="og:description" content="%s">\n<meta property="og:url" content="%s">\n'
         '<meta property="og:image" content="https://cdn.quangngaitv.vn/images/2026/11/21/sat-lo-ql24.jpg">\n<meta property="article:section" content="Thời sự">\n'
         '<meta property="fb:app_id" content="%d">\n<meta name="dable:item_id" content="71842">\n'
         % (esc(title), attr(lead), url, url.replace(".htm", ".amp.htm"), attr(title), attr(lead), url, r.randint(10 ** 14, 10 ** 15))]
    h.append('<script type="application/ld+json">%s</script>\n<script type="application/ld+json">%s</script>\n' % (json.dumps(ld, ensure_ascii=False), json.dumps(crumbs, ensure_ascii=False)))
    h.append('<link rel="preconnect" href="https://cdn.quangngaitv.vn">\n<link rel="stylesheet" href="/assets/css/bootstrap.min.css?v=5.3.2">\n<link rel="stylesheet" href="/assets/css/main.min.css?v=%s">\n' % hexs(r, 8))
    h.append('<style>:root{--primary:#c4161c;--secondary:#0b4f9c}.article__title{font:700 30px/1.3 "Noto Serif",serif}.article__sapo{font-weight:700}.article__body p{margin:0 0 1rem;text-align:justify}'
             + "".join(".cat-%s{color:#%s}" % (slug(c), hexs(r, 6)) for c in QNG_CATS) + '</style>\n')
    h.append('<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"event":"pageview","pageType":"article","articleId":71842,"category":"thoi-su","author":"Nhóm PV","publishDate":"2026-11-21"});</script>\n'
             '<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-%s"></script>\n</head>\n' % alnum(r, 7).upper())
    h.append('<body class="page-detail">\n' + icons + '\n')
    h.append('<div class="offcanvas offcanvas-start" id="mobileMenu"><div class="offcanvas-header"><a href="/" class="logo-m"><img src="/images/logo.png" alt=""></a><button class="btn-close" data-bs-dismiss="offcanvas"></button></div><div class="offcanvas-body">'
             + qng_menu(r, "mobile-nav") + '</div></div>\n')
    h.append('<header class="site-header"><div class="header-top"><div class="container d-flex justify-content-between"><div class="today">Chủ nhật, 22/11/2026</div>'
             '<div class="weather"><svg class="ic"><use href="#ic-weather-rain"></use></svg> Quảng Ngãi 23°C - Mưa to</div>'
             '<div class="top-links"><a href="/phat-thanh-truc-tuyen"><svg class="ic"><use href="#ic-radio"></use></svg> Nghe đài</a><a href="/truyen-hinh-truc-tuyen"><svg class="ic"><use href="#ic-tv"></use></svg> QNgTV trực tuyến</a><a href="/rss">RSS</a></div></div></div>\n'
             '<div class="header-main"><div class="container d-flex align-items-center"><a href="/" class="logo"><img src="/images/logo.png" alt="Báo và Phát thanh, Truyền hình Quảng Ngãi" width="320" height="70"></a>'
             '<div class="header-ads"><a href="/quang-cao"><img src="https://cdn.quangngaitv.vn/ads/banner-728x90-%s.jpg" alt="" width="728" height="90"></a></div></div></div>\n' % hexs(r, 6)
             + '<nav class="main-nav"><div class="container">' + qng_menu(r, "nav-menu") + '</div></nav></header>\n')
    h.append('<div class="breaking-bar"><div class="container"><span class="lbl">Tin nóng</span><marquee>' + " ● ".join(esc(t) for t, _, _ in news(5, 2026, 11, 22)) + '</marquee></div></div>\n')
    h.append('<main class="container main-content"><div class="row"><div class="col-lg-8">\n<div class="breadcrumb-wrap"><a href="/">Trang chủ</a> <span>/</span> <a href="/thoi-su" class="cat-thoi-su">Thời sự</a></div>\n'
             '<article class="article" data-id="71842">\n<h1 class="article__title">%s</h1>\n' % esc(title))
    h.append('<div class="article__meta"><span class="article__author">Nhóm PV</span><span class="article__time"><svg class="ic"><use href="#ic-clock"></use></svg> 21/11/2026 19:35 GMT+7</span>'
             '<span class="article__update">Cập nhật: 21/11/2026 21:02</span><span class="article__view"><svg class="ic"><use href="#ic-eye"></use></svg> %d</span>'
             '<div class="article__tools"><button class="btn-font" data-size="-1">A-</button><button class="btn-font" data-size="1">A+</button><a href="javascript:window.print()"><svg class="ic"><use href="#ic-print"></use></svg></a>'
             '<a href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank"><svg class="ic"><use href="#ic-facebook"></use></svg></a><a href="https://zalo.me/share?u=%s"><svg class="ic"><use href="#ic-zalo"></use></svg></a></div></div>\n'
             % (r.randint(2000, 9000), attr(url), attr(url)))
    h.append('<h2 class="article__sapo">%s</h2>\n' % esc(lead))
    h.append('<div class="box-related box-related--top"><div class="box-related__title">Tin liên quan</div><ul>%s</ul></div>\n' % related_html(news(3, 2026, 11, 21), '<li><a href="{url}">{title}</a></li>'))
    h.append('<div class="article__body" id="abody">\n%s\n</div>\n' % body)
    h.append('<div class="article__tags"><span>Từ khóa:</span> <a href="/tag/sat-lo">#sạt lở</a> <a href="/tag/quoc-lo-24">#Quốc lộ 24</a> <a href="/tag/mua-lu">#mưa lũ</a></div>\n')
    h.append('<div class="article__rating"><span>Bạn thấy bài viết thế nào?</span>' + "".join('<button class="rate" data-v="%d"><svg class="ic"><use href="#ic-bookmark"></use></svg></button>' % i for i in range(1, 6)) + '</div>\n</article>\n')
    h.append('<section class="comments"><h3>Ý kiến bạn đọc (0)</h3><form class="comment-form"><textarea placeholder="Nhập bình luận của bạn..." rows="4"></textarea><input type="text" placeholder="Họ và tên"><input type="email" placeholder="Email"><button type="submit">Gửi bình luận</button></form></section>\n')
    more = news(12, 2026, 11, 21)
    h.append('<section class="box-cat-news"><h3 class="box-title">Cùng chuyên mục</h3><div class="row">' + "".join(
        '<div class="col-md-6 story"><a href="%s" class="story__thumb"><img src="https://cdn.quangngaitv.vn/thumbs/2026/11/%s.jpg" alt="" loading="lazy"></a><h4 class="story__title"><a href="%s">%s</a></h4><span class="story__time">%s</span></div>'
        % (u, hexs(r, 12), u, esc(t), d) for t, u, d in more) + '</div></section>\n</div>\n')
    h.append('<aside class="col-lg-4 sidebar"><div class="box-live"><h3 class="box-title">Phát sóng trực tiếp</h3><div class="live-player" data-stream="https://live.quangngaitv.vn/qngtv/playlist.m3u8"><img src="/images/live-thumb.jpg" alt=""></div>'
             '<ul class="tv-schedule">' + "".join('<li><b>%02d:%02d</b> %s</li>' % (hh, mm, esc(p)) for hh, mm, p in [(19, 0, "Thời sự tổng hợp"), (19, 45, "Thời sự QNgTV"), (20, 10, "Phim truyện: Bão qua làng"), (21, 30, "Chuyên mục An ninh Quảng Ngãi"), (22, 0, "Ca nhạc theo yêu cầu")]) + '</ul></div>'
             '<div class="box-most"><h3 class="box-title">Đọc nhiều</h3><ol>%s</ol></div>' % related_html(news(8, 2026, 11, 22), '<li><a href="{url}">{title}</a></li>')
             + '<div class="box-ads"><img src="https://cdn.quangngaitv.vn/ads/300x600-%s.jpg" alt="" width="300" height="600"></div>'
             '<div class="box-weather"><h3 class="box-title">Thời tiết</h3>' % hexs(r, 6) + "".join('<div class="wday"><span>%s</span><svg class="ic"><use href="#ic-weather-rain"></use></svg><b>%d°/%d°</b></div>' % (d, r.randint(19, 22), r.randint(23, 27)) for d in ["CN", "T2", "T3", "T4", "T5"]) + '</div>'
             '<div class="box-podcast"><h3 class="box-title">Podcast</h3><ul>' + "".join('<li><a href="/podcast/%d"><svg class="ic"><use href="#ic-podcast"></use></svg> %s</a></li>' % (r.randint(100, 999), esc(p)) for p in ["Bản tin sáng 22/11", "Chuyện đêm muộn", "Sức khỏe cho mọi nhà", "Kể chuyện làng"]) + '</ul></div></aside>\n</div></main>\n')
    h.append('<footer class="site-footer"><div class="container"><div class="footer-nav">' + qng_menu(r, "footer-menu") + '</div>'
             '<div class="footer-info"><p><strong>BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG NGÃI</strong></p><p>Tổng Biên tập: Nguyễn Thanh Sơn</p><p>Giấy phép hoạt động báo điện tử số 118/GP-BVHTTDL ngày 12/8/2025 của Bộ Văn hóa, Thể thao và Du lịch</p>'
             '<p>Trụ sở: 186 Lê Trung Đình, phường Cẩm Thành, tỉnh Quảng Ngãi. Điện thoại: 0255.3822.xxx - Email: toasoan@quangngaitv.vn</p><p>Ghi rõ nguồn “Báo và PT, TH Quảng Ngãi” khi phát hành lại thông tin từ website này.</p></div></div></footer>\n')
    zones = [{"id": 1000 + i, "name": "%s_%s" % (slug(c), pos), "size": sz, "lazy": i > 3, "refresh": 0 if i % 3 else 30,
              "fallback": "https://cdn.quangngaitv.vn/ads/house-%s.jpg" % hexs(r, 6)} for i, (c, pos, sz) in enumerate(
        [(c, p, r.choice(["728x90", "300x250", "300x600", "970x250", "320x100"])) for c in QNG_CATS for p in ("top", "right1", "right2", "inread", "bottom")])]
    h.append('<script>window.__ADS_ZONES__=%s;</script>\n' % json.dumps(zones, separators=(",", ":")))
    h.append('<a href="#" class="back-to-top"><svg class="ic"><use href="#ic-arrow-up"></use></svg></a>\n<script src="/assets/js/bootstrap.bundle.min.js?v=5.3.2"></script>\n<script src="/assets/js/main.min.js?v=%s"></script>\n' % hexs(r, 8))
    h.append('<script>(function(){var b=document.getElementById("abody");document.querySelectorAll(".btn-font").forEach(function(e){e.addEventListener("click",function(){var s=parseFloat(getComputedStyle(b).fontSize);b.style.fontSize=(s+parseInt(e.dataset.size))+"px";});});'
             'fetch("/api/view?id=71842",{method:"POST"});})();</script>\n</body>\n</html>\n')
    return "v13", "".join(h).replace("0255.3822.xxx", "0255.3822.356"), side


HOSP_NEWS = [
    "Bệnh viện Đa khoa tỉnh thực hiện thành công ca phẫu thuật nội soi cắt khối u tuyến thượng thận",
    "Khai trương Trung tâm Ung bướu với hệ thống xạ trị hiện đại",
    "Hội nghị khoa học điều dưỡng năm 2026",
    "Cứu sống bệnh nhân ngừng tuần hoàn ngoại viện",
    "Triển khai bệnh án điện tử tại toàn bộ các khoa lâm sàng",
    "Thông báo kết quả xét tuyển viên chức năm 2025",
]


@page
def v14():
    r = R("v14")
    title = "Thông báo tuyển dụng viên chức năm 2026"
    url = "https://bvdkhatinh.vn/news/thong-bao/thong-bao-tuyen-dung-vien-chuc-nam-2026-1236.html"
    lead, sub, blocks, side = article("v14", "nukeviet", url, title, "2026-04-13T09:41:00+07:00", None)
    st = Style(r, imgbase="/uploads/news/2026_04/", h="<p><strong>{}</strong></p>")
    body = st.render(blocks)
    rel = pick(r, HOSP_NEWS, 5, 2026, 4, 13, "/news/tin-tuc-su-kien/{slug}-{id}.html")
    h = ['<!DOCTYPE html>\n    <html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">\n    <head>\n<title>%s - Thông báo - Bệnh viện Đa khoa tỉnh Hà Tĩnh</title>\n'
         '<meta name="description" content="%s">\n<meta name="author" content="Bệnh viện Đa khoa tỉnh Hà Tĩnh">\n<meta name="copyright" content="Bệnh viện Đa khoa tỉnh Hà Tĩnh">\n'
         '<meta name="generator" content="NukeViet v4.5">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
         '<meta property="og:title" content="%s">\n<meta property="og:type" content="article">\n<meta property="og:description" content="%s">\n<meta property="og:site_name" content="Bệnh viện Đa khoa tỉnh Hà Tĩnh">\n'
         '<meta property="og:url" content="%s">\n<meta property="article:published_time" content="2026-04-13ICT09:41:00">\n<meta property="article:modified_time" content="2026-04-13ICT10:02:17">\n'
         '<meta property="article:section" content="Thông báo">\n<link rel="shortcut icon" href="/uploads/favicon.ico">\n<link rel="canonical" href="%s">\n'
         '<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=%d">\n<link rel="StyleSheet" href="/assets/css/font-awesome.min.css?t=%d">\n'
         '<link rel="StyleSheet" href="/themes/bvdk/css/bootstrap.non-responsive.css?t=%d">\n<link rel="StyleSheet" href="/themes/bvdk/css/style.css?t=%d">\n<link rel="StyleSheet" href="/themes/bvdk/css/news.css?t=%d">\n'
         % (esc(title), attr(lead), attr(title), attr(lead), url, url, *[r.randint(1000, 1999) for _ in range(5)])]
    h.append('    </head>\n    <body>\n\n    <noscript>\n        <div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.<br>Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div>\n    </noscript>\n'
             '    <div class="body-bg">\n    <div class="wraper">\n        <header>\n            <div class="container">\n                <div id="header" class="row">\n'
             '                    <div class="logo col-xs-24 col-sm-24 col-md-8"><a title="Bệnh viện Đa khoa tỉnh Hà Tĩnh" href="/"><img src="/uploads/logo-bvdk.png" alt="Bệnh viện Đa khoa tỉnh Hà Tĩnh"></a><span class="site_name">BỆNH VIỆN ĐA KHOA TỈNH HÀ TĨNH</span><span class="site_description">Chất lượng - An toàn - Thân thiện</span></div>\n'
             '                    <div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span></div></div>'
             '<div class="hotline">Cấp cứu 24/7: <strong>0239.3858.115</strong></div></div>\n                </div>\n            </div>\n        </header>\n')
    h.append('        <nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow"><div class="navbar navbar-default navbar-static-top" role="navigation"><div class="collapse navbar-collapse" id="menu-site-default"><ul class="nav navbar-nav">'
             + "".join('<li%s><a class="dropdown-toggle" href="/%s" role="button" aria-expanded="false" title="%s">%s</a></li>' % (' class="active"' if m == "Thông báo" else "", slug(m), attr(m), esc(m))
                       for m in ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Thông báo", "Chuyên khoa", "Hướng dẫn khách hàng", "Bảng giá dịch vụ", "Đào tạo - NCKH", "Liên hệ"])
             + '</ul></div></div></div></div></div></nav>\n')
    h.append('        <div class="container"><div class="third-nav"><div class="row"><div class="bg clearfix"><div class="col-xs-24 col-sm-18 col-md-18"><div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"></ul></div><ul class="subs-breadcrumbs"></ul>'
             '<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item" title="Trang nhất"><span itemprop="name">Trang nhất</span></a><i class="hidden" itemprop="position" content="1"></i></li>'
             '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/news/thong-bao/" itemprop="item" title="Thông báo"><span class="txt" itemprop="name">Thông báo</span></a><i class="hidden" itemprop="position" content="2"></i></li></ul></div></div>'
             '<div class="headerDate col-xs-24 col-sm-6 col-md-6 text-right"><span class="current-time">Chủ nhật, 22/11/2026 | 07:46</span></div></div></div></div></div>\n')
    h.append('        <section><div class="container" id="body"><div class="row"><div class="col-sm-16 col-md-18">\n<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>\n    <div class="panel-body">\n'
             '        <h1 class="title margin-bottom-lg" itemprop="headline">%s</h1>\n        <div class="row margin-bottom-lg">\n            <div class="col-md-12">\n                <span class="h5">Thứ hai - 13/04/2026 09:41</span>\n            </div>\n'
             '            <div class="col-md-12">\n                <ul class="list-inline text-right">\n                        <li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse(\'/sendmail/thong-bao/thong-bao-tuyen-dung-vien-chuc-nam-2026-1236.html\',\'\',650,500,\'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no\');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>\n'
             '                        <li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse(\'/print/thong-bao/thong-bao-tuyen-dung-vien-chuc-nam-2026-1236.html\',\'\',840,500,\'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no\');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>\n'
             '                </ul>\n            </div>\n        </div>\n' % esc(title))
    h.append('                <div class="clearfix">\n                    <div class="hometext m-bottom" itemprop="description">%s</div>\n                </div>\n' % esc(lead))
    h.append('        <div id="news-bodyhtml" class="bodytext margin-bottom-lg">\n            %s\n        </div>\n' % body)
    h.append('        <div class="margin-bottom-lg"><p class="h5 text-right"><strong>Nguồn tin: </strong>Phòng Tổ chức cán bộ</p></div>\n')
    h.append('        <div class="news_attach margin-bottom-lg"><p><em class="fa fa-paperclip">&nbsp;</em><strong>Tập tin đính kèm</strong></p><ul class="list-none"><li><a href="/news/thong-bao/thong-bao-tuyen-dung-vien-chuc-nam-2026-1236.html?download=1&amp;id=1" title="Thong-bao-tuyen-dung-VC-2026.pdf">Thong-bao-tuyen-dung-VC-2026.pdf</a></li>'
             '<li><a href="/news/thong-bao/thong-bao-tuyen-dung-vien-chuc-nam-2026-1236.html?download=1&amp;id=2" title="Mau-phieu-dang-ky-du-tuyen.docx">Mau-phieu-dang-ky-du-tuyen.docx</a></li></ul></div>\n    </div>\n</div>\n')
    h.append('<div class="news_column panel panel-default">\n    <div class="panel-body">\n        <div class="h5">\n            <em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><a title="tuyển dụng" href="/news/tag/tuyen-dung"><em>tuyển dụng</em></a>, <a title="viên chức" href="/news/tag/vien-chuc"><em>viên chức</em></a>\n        </div>\n    </div>\n</div>\n'
             '<div class="news_column panel panel-default">\n    <div class="panel-body">\n<form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p>'
             + "".join('<input class="hover-star required" type="radio" value="%d" title="Bài viết %s"/>' % (i, t) for i, t in enumerate(["rất kém", "kém", "đạt", "tốt", "rất tốt"], 1))
             + '<span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div></form>\n    </div>\n</div>\n')
    h.append('<div class="news_column panel panel-default">\n    <div class="panel-body other-news">\n        <p class="h3"><strong>Những tin mới hơn</strong></p>\n        <div class="clearfix">\n            <ul class="related list-items">%s</ul>\n        </div>\n'
             % related_html(pick(r, HOSP_NEWS, 2, 2026, 5, 30, "/news/tin-tuc-su-kien/{slug}-{id}.html", 40), '<li><em class="fa fa-angle-right">&nbsp;</em><a href="{url}" title="{title}"><h4>{title}</h4></a><em>({date})</em></li>'))
    h.append('        <p class="h3"><strong>Những tin cũ hơn</strong></p>\n        <div class="clearfix">\n            <ul class="related list-items">%s</ul>\n        </div>\n    </div>\n</div>\n</div>\n'
             % related_html(rel, '<li><em class="fa fa-angle-right">&nbsp;</em><a class="list-inline" href="{url}" title="{title}"><h4>{title}</h4></a><em>({date})</em></li>'))
    h.append('<div class="col-sm-8 col-md-6"><div class="panel panel-primary"><div class="panel-heading">Lịch khám bệnh</div><div class="panel-body"><p>Thứ Hai – Thứ Sáu: 7h00 – 17h00</p><p>Thứ Bảy, Chủ nhật: khám dịch vụ theo yêu cầu</p></div></div>'
             '<div class="panel panel-primary"><div class="panel-heading">Đặt lịch khám</div><div class="panel-body"><p>Tổng đài: 0239.3858.111</p><a class="btn btn-success" href="/dat-lich-kham">Đặt lịch trực tuyến</a></div></div>'
             '<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><ul class="counter list-none display-table"><li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>%d</span></li><li><span><em class="fa fa-filter fa-lg fa-horizon"></em>Hôm nay</span><span>%d</span></li><li><span><em class="fa fa-bar-chart fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>%d</span></li></ul></div></div></div>\n'
             % (r.randint(20, 90), r.randint(1000, 4000), r.randint(3000000, 9000000)))
    h.append('</div></div></section>\n    </div>\n    <footer id="footer" class="wraper"><div class="container"><div class="row"><div class="col-xs-24 col-sm-24 col-md-12"><div class="company_info"><h3 class="company_name"><span>BỆNH VIỆN ĐA KHOA TỈNH HÀ TĨNH</span></h3>'
             '<ul class="company_info"><li class="company_address"><em class="fa fa-map-marker"></em><span>Địa chỉ: 75 Hải Thượng Lãn Ông, phường Thành Sen, tỉnh Hà Tĩnh</span></li><li><em class="fa fa-phone"></em><span>Điện thoại: 0239.3858.136</span></li><li><em class="fa fa-envelope"></em><span>Email: bvdkht@hatinh.gov.vn</span></li></ul></div></div>'
             '<div class="col-xs-24 col-sm-24 col-md-12"><div class="copyright"><span>&copy;&nbsp;Bản quyền thuộc về Bệnh viện Đa khoa tỉnh Hà Tĩnh</span>&nbsp;|&nbsp;<span>Mã nguồn <a href="https://nukeviet.vn/" target="_blank">NukeViet CMS</a></span></div></div></div></div></footer>\n    </div>\n'
             '<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>\n'
             '<div id="openidResult" class="nv-alert" style="display:none"></div>\n<div id="openidBt" data-result="" data-redirect=""></div>\n'
             '<script src="/assets/js/jquery/jquery.min.js?t=%d"></script>\n<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_%s",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_is_recaptcha=0;</script>\n'
             '<script src="/assets/js/language/vi.js?t=%d"></script>\n<script src="/assets/js/global.js?t=%d"></script>\n<script src="/themes/default/js/news.js?t=%d"></script>\n<script src="/themes/bvdk/js/main.js?t=%d"></script>\n</body>\n</html>\n'
             % (r.randint(1000, 1999), alnum(r, 5), *[r.randint(1000, 1999) for _ in range(4)]))
    return "v14", "".join(h), side
HDU_NEWS = [
    "Trường Đại học Hồng Đức công bố điểm chuẩn trúng tuyển năm 2026",
    "Sinh viên Hồng Đức đạt giải Nhất Olympic Toán học sinh viên toàn quốc",
    "Hội thảo khoa học quốc gia về giáo dục STEM",
    "Ký kết hợp tác đào tạo với doanh nghiệp trong Khu kinh tế Nghi Sơn",
    "Lễ trao bằng tốt nghiệp đại học chính quy năm 2026",
    "Thông báo lịch học tuần sinh hoạt công dân đầu khóa",
    "Đoàn Thanh niên ra quân chiến dịch Mùa hè xanh",
]


@page
def v15():
    r = R("v15")
    title = "Trường Đại học Hồng Đức khai giảng năm học 2026 – 2027, trao 320 suất học bổng cho sinh viên"
    url = "https://hdu.edu.vn/tin-tuc/truong-dai-hoc-hong-duc-khai-giang-nam-hoc-2026-2027-trao-320-suat-hoc-bong-2481"
    lead, sub, blocks, side = article("v15", "laravel", url, title, "2026-09-07T08:30:00+07:00", "Hoàng Yến, Minh Quân")
    st = Style(r, imgbase="/uploads/2026/09/")
    st.cap = lambda t: '<figure class="image"><img src="%s" width="900"><figcaption>%s</figcaption></figure>' % (st.src(), esc(t))
    body = st.render(blocks)
    rel = pick(r, HDU_NEWS, 6, 2026, 9, 7, "/tin-tuc/{slug}-{id}")
    h = ['<!doctype html>\n<html lang="vi">\n<head>\n    <meta charset="utf-8">\n    <meta name="viewport" content="width=device-width, initial-scale=1">\n    <meta name="csrf-token" content="%s">\n'
         '    <title>%s</title>\n    <meta name="description" content="%s">\n    <meta property="og:title" content="%s">\n    <meta property="og:type" content="article">\n'
         '    <link rel="preconnect" href="https://fonts.bunny.net">\n    <link href="https://fonts.bunny.net/css?family=roboto:400,500,700" rel="stylesheet" />\n'
         '    <link rel="preload" as="style" href="https://hdu.edu.vn/build/assets/app-%s.css" /><link rel="modulepreload" href="https://hdu.edu.vn/build/assets/app-%s.js" /><link rel="stylesheet" href="https://hdu.edu.vn/build/assets/app-%s.css" data-navigate-track="reload" /><script type="module" src="https://hdu.edu.vn/build/assets/app-%s.js" data-navigate-track="reload"></script>\n'
         '    <!-- Livewire Styles --><style >[wire\\:loading][wire\\:loading], [wire\\:loading\\.delay][wire\\:loading\\.delay]{display: none;}[wire\\:offline][wire\\:offline]{display:none;}</style>\n</head>\n'
         % (alnum(r, 40), esc(title), attr(lead), attr(title), alnum(r, 8), alnum(r, 8), alnum(r, 8), alnum(r, 8))]
    h.append('<body class="font-sans">\n<div class="topbar bg-primary text-white small"><div class="container d-flex justify-content-between py-1"><span>Thứ Hai, 07/09/2026</span><span><a href="https://qldt.hdu.edu.vn" class="text-white">Cổng đào tạo</a> · <a href="https://mail.hdu.edu.vn" class="text-white">Email</a> · <a href="/en" class="text-white">English</a></span></div></div>\n'
             .replace("Thứ Hai, 07/09/2026", "Chủ Nhật, 22/11/2026"))
    h.append('<header class="site-header"><div class="container d-flex align-items-center py-2"><a href="/"><img src="/images/logo-hdu.png" alt="Trường Đại học Hồng Đức" height="80"></a><div class="ms-3"><div class="text-uppercase small">UBND tỉnh Thanh Hóa</div><div class="fs-4 fw-bold text-primary">TRƯỜNG ĐẠI HỌC HỒNG ĐỨC</div><div class="fst-italic small">Hong Duc University</div></div></div>'
             '<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><ul class="navbar-nav">' + "".join(
        '<li class="nav-item"><a class="nav-link%s" href="/%s" wire:navigate>%s</a></li>' % (" active" if m == "Tin tức" else "", slug(m), esc(m)) for m in
        ["Trang chủ", "Giới thiệu", "Tin tức", "Tuyển sinh", "Đào tạo", "Khoa học công nghệ", "Hợp tác quốc tế", "Sinh viên", "Ba công khai"]) + '</ul></div></nav></header>\n')
    h.append('<main class="container my-4"><div class="row"><div class="col-lg-9">\n<div class="post">\n<div class="post-category"><a href="/tin-tuc">Tin tức - Sự kiện</a></div>\n<h1 class="post-title">%s</h1>\n'
             '<div class="post-date text-muted"><i class="bi bi-clock"></i> Thứ Hai, 07/09/2026, 08:30 (GMT+7)</div>\n<div class="post-desc fw-bold">%s</div>\n<div class="post-body">\n%s\n</div>\n'
             % (esc(title), esc(lead), body))
    h.append('<div class="post-author text-end fw-bold">Bài: Hoàng Yến – Ảnh: Minh Quân</div>\n')
    h.append('<div class="post-share mt-3"><button class="btn btn-sm btn-outline-primary" onclick="navigator.clipboard.writeText(location.href)">Sao chép liên kết</button> <a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u=%s">Chia sẻ</a></div>\n</div>\n' % attr(url))
    h.append('<div class="related mt-4"><h4 class="border-bottom pb-2">Tin khác</h4><div class="row">%s</div></div>\n</div>\n'
             % related_html(rel, '<div class="col-md-6 mb-2"><a href="{url}" wire:navigate>{title}</a> <small class="text-muted">{date}</small></div>'))
    h.append('<aside class="col-lg-3"><div class="card mb-3"><div class="card-header fw-bold">Thông báo</div><ul class="list-group list-group-flush">' + "".join('<li class="list-group-item"><a href="/thong-bao/%d">%s</a></li>' % (r.randint(100, 999), esc(x)) for x in [
        "Thông báo nhập học đại học chính quy đợt 1 năm 2026", "Lịch thi kết thúc học phần học kỳ hè", "Thông báo xét cấp học bổng khuyến khích học tập học kỳ II"]) + '</ul></div>'
             '<div class="card"><div class="card-header fw-bold">Liên kết</div><div class="card-body"><a href="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</a><br><a href="https://thanhhoa.gov.vn">Cổng TTĐT tỉnh Thanh Hóa</a></div></div></aside>\n</div></main>\n')
    h.append('<footer class="bg-dark text-white py-4"><div class="container"><p class="fw-bold">TRƯỜNG ĐẠI HỌC HỒNG ĐỨC</p><p>Cơ sở chính: 565 Quang Trung 3, phường Hạc Thành, tỉnh Thanh Hóa</p><p>Điện thoại: 0237.3910.222 - Email: hdu@hdu.edu.vn</p><p>&copy; 2026 Hong Duc University</p></div></footer>\n'
             '<script src="/livewire/livewire.min.js?id=%s" data-csrf="%s" data-update-uri="/livewire/update" data-navigate-once="true"></script>\n</body>\n</html>\n' % (hexs(r, 8), alnum(r, 40)))
    return "v15", "".join(h), side


UNION_NEWS = [
    "LĐLĐ tỉnh tổ chức Hội nghị Ban Chấp hành lần thứ 3",
    "Trao 200 suất quà cho công nhân khó khăn tại Khu công nghiệp Phố Nối A",
    "Ký kết thỏa ước lao động tập thể nhóm doanh nghiệp dệt may",
    "Tập huấn kỹ năng thương lượng cho cán bộ công đoàn cơ sở",
    "Công đoàn tỉnh bàn giao 3 “Mái ấm Công đoàn”",
    "Giải bóng đá công nhân lao động năm 2025",
]


@page
def v16():
    r = R("v16")
    title = "Chủ tịch LĐLĐ tỉnh: “Chăm lo nhà ở cho công nhân là nhiệm vụ trọng tâm”"
    url = "https://congdoanhungyen.vn/index.php/tin-tuc/phong-van/1207-chu-tich-ldld-tinh-cham-lo-nha-o-cho-cong-nhan-la-nhiem-vu-trong-tam"
    lead, sub, blocks, side = article("v16", "joomla", url, title, "2026-01-20T07:15:00+07:00", "Thu Trang")
    st = Style(r, imgbase="/images/2026/01/", p='<p style="text-align: justify;">{}</p>')
    st.qa = lambda t: ('<p style="text-align: justify;"><strong>%s:</strong> <strong>%s</strong></p>' % tuple(esc(x) for x in t.split(": ", 1))) if t.startswith("PV:") else \
        ('<p style="text-align: justify;"><strong>%s:</strong> %s</p>' % tuple(esc(x) for x in t.split(": ", 1)))
    body = st.render(blocks)
    rel = pick(r, UNION_NEWS, 5, 2026, 1, 20, "/index.php/tin-tuc/hoat-dong/{id}-{slug}")
    h = ['<!DOCTYPE html>\n<html lang="vi-vn" dir="ltr">\n\n<head>\n    <meta charset="utf-8">\n\t<meta name="author" content="Ban Tuyên giáo">\n\t<meta name="viewport" content="width=device-width, initial-scale=1">\n'
         '\t<meta name="description" content="%s">\n\t<meta name="generator" content="Joomla! - Open Source Content Management">\n\t<title>%s</title>\n'
         '\t<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">\n\n'
         '    <link href="/media/system/css/joomla-fontawesome.min.css?%s" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?%s" rel="stylesheet"></noscript>\n'
         '\t<link href="/media/templates/site/cassiopeia/css/template.min.css?%s" rel="stylesheet">\n\t<link href="/media/templates/site/cassiopeia_congdoan/css/user.css?%s" rel="stylesheet">\n'
         '    <script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"L\\u1ed7i","MESSAGE":"Th\\u00f4ng b\\u00e1o","NOTICE":"Ch\\u00fa \\u00fd","WARNING":"C\\u1ea3nh b\\u00e1o"},"system.paths":{"root":"","rootFull":"https:\\/\\/congdoanhungyen.vn\\/","base":"","baseFull":"https:\\/\\/congdoanhungyen.vn\\/"},"csrf.token":"%s"}</script>\n'
         '\t<script src="/media/system/js/core.min.js?%s"></script>\n\t<script src="/media/templates/site/cassiopeia/js/template.min.js?%s" defer></script>\n'
         '\t<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"https://congdoanhungyen.vn/#/schema/Organization/base","name":"Liên đoàn Lao động tỉnh Hưng Yên","url":"https://congdoanhungyen.vn/"},{"@type":"WebSite","@id":"https://congdoanhungyen.vn/#/schema/WebSite/base","url":"https://congdoanhungyen.vn/","name":"Liên đoàn Lao động tỉnh Hưng Yên"}]}</script>\n</head>\n'
         % (attr(lead[:160]), esc(title), *[hexs(r, 6) for _ in range(4)], hexs(r, 32), hexs(r, 6), hexs(r, 6))]
    h.append('<body class="site com_content wrapper-static view-article no-layout no-task itemid-142 has-sidebar-right">\n    <header class="header container-header full-width">\n'
             '        <div class="container-topbar">\n        <div class="mod-custom custom banner-overlay" id="mod-custom121"><div class="topbar-date">Chủ nhật, 22/11/2026</div><div class="topbar-slogan">Công đoàn Việt Nam – Vì quyền lợi đoàn viên, người lao động</div></div>\n        </div>\n'
             '        <div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="https://congdoanhungyen.vn/images/logo-congdoan.png" alt="Liên đoàn Lao động tỉnh Hưng Yên" width="520" height="90"></a></div></div>\n'
             '        <div class="grid-child container-nav"><nav class="navbar navbar-expand-lg" aria-label="Main Menu"><button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Bật/tắt điều hướng"><span class="icon-menu" aria-hidden="true"></span></button>'
             '<div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">' + "".join(
        '<li class="nav-item item-%d%s"><a href="/index.php/%s">%s</a></li>' % (101 + i, " current active" if m == "Phỏng vấn" else "", slug(m), esc(m)) for i, m in
        enumerate(["Trang chủ", "Giới thiệu", "Tin tức", "Phỏng vấn", "Chính sách pháp luật", "Tư vấn pháp luật", "Nữ công", "Văn bản", "Liên hệ"])) + '</ul></div></nav></div>\n    </header>\n')
    h.append('    <div class="site-grid">\n        <div class="grid-child container-component">\n            <nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>'
             '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Trang chủ</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php/tin-tuc" class="pathway"><span>Tin tức</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>Phỏng vấn</span></li></ol></nav>\n'
             '            <div id="system-message-container" aria-live="polite"></div>\n\n            <main>\n            <div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">\n\t<meta itemprop="inLanguage" content="vi-VN">\n\t\n    \n'
             '        <div class="page-header">\n        <h1 itemprop="headline">\n            %s        </h1>\n                            </div>\n        \n        \n    \n    \n' % esc(title))
    h.append('            <dl class="article-info text-muted">\n\n            <dt class="article-info-term">\n                        Thông tin chi tiết                    </dt>\n\n'
             '                    <dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">\n    <span class="icon-user icon-fw" aria-hidden="true"></span>\n                    Được viết bởi: <span itemprop="name">Ban Tuyên giáo</span>    </dd>\n\n'
             '                    <dd class="category-name">\n    <span class="icon-folder-open icon-fw" aria-hidden="true"></span>                        Danh mục: <a href="/index.php/tin-tuc/phong-van" itemprop="genre">Phỏng vấn</a>    </dd>\n\n'
             '                    <dd class="published">\n    <span class="icon-calendar icon-fw" aria-hidden="true"></span>\n    <time datetime="2026-01-20T07:15:00+07:00" itemprop="datePublished">\n        Đăng: 20 Tháng 1 2026    </time>\n</dd>\n\n'
             '                    <dd class="hits">\n    <span class="icon-eye icon-fw" aria-hidden="true"></span>\n    <meta itemprop="interactionCount" content="UserPageVisits:%d">\n    Lượt xem: %d</dd>\n            </dl>\n    \n    \n        \n' % ((r.randint(300, 2500),) * 2))
    h.append('                                    <div itemprop="articleBody" class="com-content-article__body">\n        <p style="text-align: justify;"><strong>%s</strong></p>\n'
             '<figure class="image"><img src="/images/2026/01/chu-tich-ldld-tinh.jpg" alt="Bà Đỗ Thị Thanh Hương" width="800" height="533"></figure>\n%s\n<p style="text-align: right;"><strong>Thực hiện: Thu Trang</strong></p>    </div>\n\n'
             % (esc(lead), body))
    h.append('                                        \n<nav class="pagenavigation" aria-label="Điều hướng trang">\n    <span class="pagination ms-0">\n                <a class="btn btn-sm btn-secondary previous" href="%s" rel="prev">\n            <span class="visually-hidden">\n                Bài viết trước: %s            </span>\n            <span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span>            </a>\n                    </span>\n</nav>\n'
             '                                        </div>\n\n            </main>\n            <div class="main-bottom card "><h3 class="card-header ">Tin khác</h3><div class="card-body"><ul class="mod-articlescategory category-module mod-list">%s</ul></div></div>\n        </div>\n'
             % (rel[0][1], esc(rel[0][0]), related_html(rel, '<li><a href="{url}" class="mod-articles-category-title">{title}</a> <span class="mod-articles-category-date">{date}</span></li>')))
    h.append('        <div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Đường dây nóng</h3><div class="card-body"><div class="mod-custom custom"><p>Tư vấn pháp luật miễn phí cho đoàn viên: <strong>0221.3862.xxx</strong></p></div></div></div>'
             '<div class="sidebar-right card "><h3 class="card-header ">Thăm dò ý kiến</h3><div class="card-body"><p>Bạn đánh giá thế nào về hoạt động của công đoàn cơ sở nơi bạn làm việc?</p><ul class="list-unstyled"><li><input type="radio" name="poll"> Rất tốt</li><li><input type="radio" name="poll"> Tốt</li><li><input type="radio" name="poll"> Bình thường</li></ul></div></div></div>\n    </div>\n')
    h.append('    <footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p><strong>LIÊN ĐOÀN LAO ĐỘNG TỈNH HƯNG YÊN</strong></p><p>Địa chỉ: Đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên</p><p>Điện thoại: 0221.3862.xxx - Email: ldld@hungyen.gov.vn</p></div></div></footer>\n'
             '            <a href="#top" id="back-top" class="back-to-top-link" aria-label="Về đầu trang"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>\n</body>\n</html>\n')
    return "v16", "".join(h).replace("0221.3862.xxx", "0221.3862.274"), side


@page
def v17():
    r = R("v17")
    title = "Trao Kỷ niệm chương “Vì sự nghiệp Cựu chiến binh Việt Nam” và tuyên dương cựu chiến binh tiêu biểu năm 2026"
    url = "http://ccbcaobang.org.vn/tintuc/chitiet.asp?id=1384&cat=3"
    lead, sub, blocks, side = article("v17", "asp-table", url, title, "2026-07-28T00:00:00+07:00", "Bế Thị Hạnh – Văn phòng Hội CCB tỉnh", charset="windows-1258")
    st = Style(r, p='<p align="justify"><font face="Times New Roman" size="3">{}</font></p>')
    st.cap = lambda t: ('<p align="center"><img src="/upload/anh/%s.jpg" width="500" border="0"><br><font face="Arial" size="2"><i>%s</i></font></p>' % (hexs(r, 8), esc(t)))
    body = st.render(blocks, sep="\r\n")
    others = [("Hội CCB tỉnh sơ kết công tác Hội 6 tháng đầu năm 2026", "15/07/2026"), ("Cựu chiến binh xã Hà Quảng giúp nhau phát triển kinh tế", "08/07/2026"),
              ("Hội nghị tập huấn công tác Hội cho cán bộ cơ sở", "26/06/2026"), ("Gặp mặt cựu chiến binh nhân kỷ niệm 36 năm Ngày thành lập Hội", "06/12/2025"),
              ("Hội CCB tỉnh thăm, tặng quà gia đình chính sách", "24/07/2026")]
    h = ['<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">\r\n<title>HOI CUU CHIEN BINH TINH CAO BANG</title>\r\n'
         '<link href="/css/style.css" rel="stylesheet" type="text/css">\r\n<script language="JavaScript" src="/js/menu.js"></script>\r\n</head>\r\n'
         '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">\r\n'
         '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">\r\n<tr><td colspan="3"><img src="/images/banner_ccb.jpg" width="980" height="150" alt="Hội Cựu chiến binh tỉnh Cao Bằng"></td></tr>\r\n'
         '<tr bgcolor="#8B0000"><td colspan="3" height="28">']
    h.append("&nbsp;|&nbsp;".join('<a href="/%s"><font color="#FFFFFF" face="Arial" size="2"><b>%s</b></font></a>' % (u, esc(m)) for m, u in [
        ("TRANG CHỦ", "default.asp"), ("GIỚI THIỆU", "gioithieu.asp"), ("TIN TỨC", "tintuc/danhsach.asp?cat=1"), ("HOẠT ĐỘNG HỘI", "tintuc/danhsach.asp?cat=3"),
        ("GƯƠNG CCB", "tintuc/danhsach.asp?cat=4"), ("VĂN BẢN", "vanban.asp"), ("LIÊN HỆ", "lienhe.asp")]))
    h.append('</td></tr>\r\n<tr bgcolor="#FFF4D6"><td colspan="3" height="22" align="right"><font face="Arial" size="2" color="#8B0000">Hôm nay: Chủ nhật, 22/11/2026&nbsp;&nbsp;</font></td></tr>\r\n<tr>\r\n'
             '<td width="190" valign="top" bgcolor="#F5F5F5">\r\n<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#8B0000"><font color="#FFFFFF" face="Arial" size="2"><b>DANH MỤC</b></font></td></tr>'
             + "".join('<tr><td><font face="Arial" size="2">&raquo; <a href="/tintuc/danhsach.asp?cat=%d">%s</a></font></td></tr>' % (i, esc(m)) for i, m in enumerate(
                 ["Tin hoạt động", "Hoạt động Hội", "Gương cựu chiến binh", "Giáo dục truyền thống", "Kinh tế - xã hội", "Văn bản của Hội"], 1))
             + '<tr><td bgcolor="#8B0000"><font color="#FFFFFF" face="Arial" size="2"><b>LIÊN KẾT</b></font></td></tr><tr><td><font face="Arial" size="2">&raquo; <a href="http://cuuchienbinh.com.vn">Báo Cựu chiến binh</a><br>&raquo; <a href="https://caobang.gov.vn">Cổng TTĐT tỉnh Cao Bằng</a></font></td></tr></table></td>\r\n')
    h.append('<td width="600" valign="top" style="padding:8px">\r\n<table width="100%%" border="0" cellspacing="0" cellpadding="0">\r\n'
             '<tr><td><font face="Arial" size="2" color="#666666"><a href="/default.asp">Trang chủ</a> &raquo; Hoạt động Hội</font></td></tr>\r\n'
             '<tr><td height="10"></td></tr>\r\n<tr><td><font face="Arial" size="4" color="#8B0000"><b>%s</b></font></td></tr>\r\n'
             '<tr><td><font face="Arial" size="1" color="#999999">Cập nhật ngày: 28/07/2026</font></td></tr>\r\n<tr><td height="8"></td></tr>\r\n<tr><td>\r\n%s\r\n'
             '<p align="right"><font face="Times New Roman" size="3"><b>Bế Thị Hạnh – Văn phòng Hội CCB tỉnh</b></font></p>\r\n</td></tr>\r\n'
             % (esc(title), body))
    h.append('<tr><td><font face="Arial" size="2"><a href="javascript:window.print()">[In trang]</a> <a href="javascript:history.back()">[Quay lại]</a></font></td></tr>\r\n'
             '<tr><td><hr size="1" color="#CCCCCC"><font face="Arial" size="2" color="#8B0000"><b>CÁC TIN KHÁC:</b></font><br>'
             + "".join('<font face="Arial" size="2">&raquo; <a href="/tintuc/chitiet.asp?id=%d&cat=3">%s</a> <font color="#999999">(%s)</font></font><br>' % (1384 - i - 1, esc(t), d) for i, (t, d) in enumerate(others))
             + '</td></tr>\r\n</table></td>\r\n')
    h.append('<td width="190" valign="top" bgcolor="#F5F5F5"><table width="100%%" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#8B0000"><font color="#FFFFFF" face="Arial" size="2"><b>ẢNH HOẠT ĐỘNG</b></font></td></tr>'
             '<tr><td align="center"><img src="/upload/anh/thumb1.jpg" width="170"><br><img src="/upload/anh/thumb2.jpg" width="170"></td></tr>'
             '<tr><td bgcolor="#8B0000"><font color="#FFFFFF" face="Arial" size="2"><b>THỐNG KÊ</b></font></td></tr><tr><td><font face="Arial" size="2">Số người truy cập: %d<br>Đang xem: %d</font></td></tr></table></td>\r\n</tr>\r\n'
             % (r.randint(200000, 600000), r.randint(2, 20)))
    h.append('<tr bgcolor="#8B0000"><td colspan="3" align="center" height="60"><font color="#FFFFFF" face="Arial" size="2"><b>TRANG THÔNG TIN ĐIỆN TỬ HỘI CỰU CHIẾN BINH TỈNH CAO BẰNG</b><br>'
             'Địa chỉ: Số 3 đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng - ĐT: 0206.3852.xxx<br>Giấy phép số 08/GP-STTTT ngày 20/5/2015</font></td></tr>\r\n</table>\r\n</body>\r\n</html>\r\n')
    return "v17", "".join(h).replace("0206.3852.xxx", "0206.3852.193"), side


CAMAU_NEWS = [
    "CÔNG AN TỈNH TRIỂN KHAI ĐỢT CAO ĐIỂM BẢO ĐẢM TRẬT TỰ AN TOÀN GIAO THÔNG",
    "Xử lý hơn 2.000 trường hợp vi phạm nồng độ cồn trong tháng 9",
    "Bắt giữ nhóm đối tượng cho vay lãi nặng qua ứng dụng",
    "Công an tỉnh trao tặng mũ bảo hiểm cho học sinh lớp 1",
    "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ tại trường học",
    "Khởi tố đối tượng gây tai nạn giao thông rồi bỏ trốn",
    "Công an xã Thới Bình ra mắt mô hình “Cổng trường an toàn giao thông”",
]


@page
def v18():
    r = R("v18")
    title = "CẢNH BÁO TAI NẠN GIAO THÔNG LIÊN QUAN ĐẾN HỌC SINH ĐIỀU KHIỂN XE MÁY ĐIỆN"
    url = "https://congan.camau.gov.vn/tin-tuc/canh-bao-tai-nan-giao-thong-lien-quan-den-hoc-sinh-dieu-khien-xe-may-dien-p4827.html"
    lead, sub, blocks, side = article("v18", "custom-php", url, title, "2026-10-24T07:05:33+07:00", "Đại úy Trần Minh Khoa")
    st = Style(r, p='<p style="text-align:justify">{}</p>', h='<p style="text-align:justify"><b>{}</b></p>', ul=("<ul>", "<li style=\"text-align:justify\">{}</li>", "</ul>"))
    body = st.render(blocks)
    rel = pick(r, CAMAU_NEWS, 6, 2026, 10, 24, "/tin-tuc/{slug}-p{id}.html")
    h = ['<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<title>%s</title>\n'
         '<meta name="description" content="%s">\n<meta property="og:title" content="%s">\n<link rel="stylesheet" href="/public/css/bootstrap.min.css">\n<link rel="stylesheet" href="/public/css/style.css?v=2.3">\n'
         '<script src="/public/js/jquery.min.js"></script>\n</head>\n<body>\n' % (esc(title), attr(blocks[0][1][:160]), attr(title))]
    h.append('<div class="header"><div class="container"><div class="row"><div class="col-md-2"><a href="/"><img src="/public/images/logo-cand.png" class="logo" alt=""></a></div>'
             '<div class="col-md-7"><div class="ten1">BỘ CÔNG AN</div><div class="ten2">CÔNG AN TỈNH CÀ MAU</div></div>'
             '<div class="col-md-3 text-right"><div class="ngay">Thứ bảy, 22/11/2026</div><form action="/tim-kiem" method="get"><input type="text" name="q" class="form-control input-sm" placeholder="Tìm kiếm"></form></div></div></div></div>\n'
             .replace("Thứ bảy, 22/11/2026", "Chủ nhật, 22/11/2026"))
    h.append('<div class="menu"><div class="container"><ul>' + "".join('<li><a href="/%s">%s</a></li>' % (slug(m), esc(m)) for m in
                                                                      ["Trang chủ", "Giới thiệu", "Tin tức", "An toàn giao thông", "Phòng chống tội phạm", "Thủ tục hành chính", "Tuyên truyền pháp luật", "Liên hệ"]) + '</ul></div></div>\n')
    h.append('<div class="container main"><div class="row"><div class="col-md-8">\n<div class="dd"><a href="/">Trang chủ</a> / <a href="/an-toan-giao-thong">An toàn giao thông</a></div>\n'
             '<div class="chitiet">\n<h1 class="tieude">%s</h1>\n<div class="ngaydang">Ngày đăng: Thứ bảy, 24/10/2026 - 07:05:33 &nbsp; <span class="luotxem">(%d lượt xem)</span></div>\n'
             '<div class="noidung">\n<p style="text-align:center"><img src="/public/upload/2026/10/hoc-sinh-xe-may-dien.jpg" alt="" style="width:100%%"></p>\n%s\n'
             '<p style="text-align:right"><b>Đại úy Trần Minh Khoa</b></p>\n<p style="text-align:right"><i>(Theo Phòng Cảnh sát giao thông)</i></p>\n</div>\n'
             % (esc(title), r.randint(500, 3000), body))
    h.append('<div class="congcu"><a href="javascript:window.print()">In bài</a> | <a href="mailto:?subject=Canh%%20bao">Gửi email</a> | <a href="#" onclick="window.scrollTo(0,0);return false">Về đầu trang</a></div>\n'
             '<div class="tinlienquan"><div class="title">TIN CÙNG CHUYÊN MỤC</div><ul>%s</ul></div>\n</div>\n</div>\n' % related_html(rel, '<li><a href="{url}">{title}</a> <span>({date})</span></li>'))
    h.append('<div class="col-md-4"><div class="box"><div class="box-title">ĐƯỜNG DÂY NÓNG</div><div class="box-body"><p>Trực ban Công an tỉnh: 0290.3831.xxx</p><p>Phòng CSGT: 0290.3838.xxx</p><p>Cứu nạn cứu hộ: 114</p></div></div>'
             '<div class="box"><div class="box-title">TRA CỨU PHẠT NGUỘI</div><div class="box-body"><a href="https://www.csgt.vn/tra-cuu-phuong-tien-vi-pham.html"><img src="/public/images/phat-nguoi.png" alt="Tra cứu phạt nguội" style="width:100%%"></a></div></div>'
             '<div class="box"><div class="box-title">THỐNG KÊ TRUY CẬP</div><div class="box-body">Hôm nay: %d<br>Tổng: %d</div></div></div>\n</div></div>\n' % (r.randint(300, 1200), r.randint(2000000, 5000000)))
    h.append('<div class="footer"><div class="container"><p><b>TRANG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH CÀ MAU</b></p><p>Địa chỉ: Số 5 đường Trần Hưng Đạo, phường An Xuyên, tỉnh Cà Mau</p><p>Chịu trách nhiệm nội dung: Phòng Tham mưu Công an tỉnh</p></div></div>\n'
             '<script src="/public/js/bootstrap.min.js"></script>\n</body>\n</html>\n')
    return "v18", "".join(h).replace("3831.xxx", "3831.113").replace("3838.xxx", "3838.212"), side


TN_NEWS = [
    "Công an tỉnh ra mắt mô hình “Tổ dân phố thông minh, bình yên”",
    "Cấp hơn 12.000 căn cước cho công dân trong tháng 4",
    "Hướng dẫn đăng ký thường trú trực tuyến qua Cổng dịch vụ công",
    "Triển khai tiếp nhận hồ sơ cấp hộ chiếu phổ thông tại Công an các phường",
    "Cảnh báo giả mạo cuộc gọi hỗ trợ VNeID",
    "Tập huấn sử dụng ứng dụng VNeID cho cán bộ, công chức cấp xã",
]


@page
def v19():
    r = R("v19")
    title = "Hướng dẫn tích hợp giấy phép lái xe, thẻ bảo hiểm y tế vào tài khoản định danh điện tử"
    url = "https://congan.tayninh.gov.vn/tin-tuc-su-kien/huong-dan-tich-hop-giay-phep-lai-xe-the-bao-hiem-y-te-vao-tai-khoan-dinh-danh-dien-tu-a3918.html"
    lead, sub, blocks, side = article("v19", "viettel-portal", url, title, "2026-05-15T09:12:37+07:00", "Hoàng Anh (Phòng PC06)", charset=None)
    st = Style(r, imgbase="/Upload/Image/2026/5/", h="<h4>{}</h4>", ul=('<ul class="list-step">', "<li>{}</li>", "</ul>"))
    st.cap = lambda t: '<div class="img-news"><img src="%s" alt="" /><p class="img-caption">%s</p></div>' % (st.src(), esc(t))
    body = st.render(blocks)
    rel = pick(r, TN_NEWS, 6, 2026, 5, 15, "/tin-tuc-su-kien/{slug}-a{id}.html")
    h = ['<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
         '<title>%s</title>\n<meta name="keywords" content="VNeID, định danh điện tử, giấy phép lái xe" />\n<link href="/Content/portal/css/vt-portal.min.css?v=%s" rel="stylesheet" />\n'
         '<script src="/Scripts/vt-portal.bundle.min.js?v=%s"></script>\n</head>\n<body class="vt-portal">\n' % (esc(title), hexs(r, 6), hexs(r, 6))]
    h.append('<div class="vt-header"><div class="vt-container"><div class="vt-logo"><a href="/"><img src="/Content/portal/img/logo-congan-tn.png" alt="" /></a></div>'
             '<div class="vt-sitename"><p class="l1">CÔNG AN TỈNH TÂY NINH</p><p class="l2">Trang thông tin điện tử</p></div>'
             '<div class="vt-today">Chủ Nhật, ngày 22/11/2026</div></div></div>\n')
    h.append('<div class="vt-menu"><div class="vt-container"><ul>' + "".join('<li><a href="/%s">%s</a></li>' % (slug(m), esc(m)) for m in
                                                                          ["Trang chủ", "Giới thiệu", "Tin tức sự kiện", "Đề án 06", "Thủ tục hành chính", "Hỏi đáp", "Văn bản", "Liên hệ"]) + '</ul></div></div>\n')
    h.append('<div class="vt-container vt-main"><div class="vt-left">\n<div class="vt-breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc-su-kien">Tin tức sự kiện</a> &gt; <a href="/de-an-06">Đề án 06</a></div>\n'
             '<div class="vt-article">\n<h2 class="vt-article-title">%s</h2>\n<div class="vt-article-date">Đăng lúc: 09:12:37 15/05/2026 (GMT+7)</div>\n<div class="vt-article-body">\n%s\n</div>\n'
             '<div class="vt-article-author">Hoàng Anh (Phòng PC06)</div>\n' % (esc(title), body))
    h.append('<div class="vt-article-tools"><a href="javascript:window.print();">In</a> <a href="#" class="vt-share" data-url="%s">Chia sẻ</a></div>\n'
             '<div class="vt-other"><div class="vt-other-title">Tin cùng chuyên mục</div><ul>%s</ul></div>\n</div>\n</div>\n' % (attr(url), related_html(rel, '<li><a href="{url}">{title}</a> <em>{date}</em></li>')))
    h.append('<div class="vt-right"><div class="vt-box"><div class="vt-box-title">Dịch vụ công</div><ul><li><a href="https://dichvucong.bocongan.gov.vn">Cổng dịch vụ công Bộ Công an</a></li><li><a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a></li></ul></div>'
             '<div class="vt-box"><div class="vt-box-title">Tải ứng dụng VNeID</div><a href="https://apps.apple.com/vn/app/vneid/id1582750311"><img src="/Content/portal/img/appstore.png" alt="App Store" /></a> <a href="https://play.google.com/store/apps/details?id=com.vnid"><img src="/Content/portal/img/googleplay.png" alt="Google Play" /></a></div>'
             '<div class="vt-box"><div class="vt-box-title">Lượt truy cập</div><p>%d</p></div></div>\n</div>\n' % r.randint(1000000, 3000000))
    h.append('<div class="vt-footer"><div class="vt-container"><p><strong>CÔNG AN TỈNH TÂY NINH</strong></p><p>Địa chỉ: Số 2 đường 30/4, phường Tân Ninh, tỉnh Tây Ninh</p><p>Phát triển bởi Viettel Tây Ninh</p></div></div>\n</body>\n</html>\n')
    return "v19", "".join(h), side


LD_NEWS = [
    "Lâm Đồng ra mắt 124 Ban Chỉ huy Quân sự xã, phường, đặc khu",
    "Bộ CHQS tỉnh tổng kết công tác quân sự, quốc phòng năm 2025",
    "Hội thao quân sự Ban Chỉ huy Phòng thủ khu vực năm 2025",
    "Giao nhận quân năm 2026: bảo đảm chặt chẽ, an toàn",
    "Dân quân đặc khu Phú Quý tham gia cứu nạn ngư dân",
    "Bồi dưỡng kiến thức quốc phòng và an ninh cho chức sắc tôn giáo",
]


@page
def v20():
    r = R("v20")
    title = "Xây dựng lực lượng dân quân tự vệ trong mô hình chính quyền địa phương hai cấp: Vững từ cơ sở"
    url = "https://bchqs.lamdong.gov.vn/xay-dung-luc-luong-dan-quan-tu-ve-trong-mo-hinh-chinh-quyen-dia-phuong-hai-cap-vung-tu-co-so/"
    lead, sub, blocks, side = article("v20", "wordpress", url, title, "2025-12-19T08:10:22+07:00", "Thượng tá Nguyễn Văn Bình, Trung úy Lê Quang Vinh")
    st = Style(r, imgbase="/wp-content/uploads/2025/12/", h='<h2 class="wp-block-heading"><strong>{}</strong></h2>',
               quote='<blockquote class="wp-block-quote is-layout-flow"><p><em>{}</em></p></blockquote>', ul=('<ul class="wp-block-list">', "<li>{}</li>", "</ul>"))
    st.cap = lambda t: ('<div class="wp-block-image"><figure class="aligncenter size-full"><img loading="lazy" decoding="async" width="1200" height="800" src="%s" alt="" class="wp-image-%d" srcset="%s 1200w, %s 300w" sizes="(max-width: 1200px) 100vw, 1200px" /><figcaption class="wp-element-caption"><em>%s</em></figcaption></figure></div>'
                        % (st.src(), r.randint(2000, 5000), st.imgbase + "a.jpg", st.imgbase + "a-300x200.jpg", esc(t)))
    st.xem = lambda t: '<p><strong><a href="https://bchqs.lamdong.gov.vn/lam-dong-ra-mat-124-ban-chi-huy-quan-su-xa-phuong-dac-khu/">%s</a></strong></p>' % esc(t)
    body = st.render(blocks, sep="\n\n")
    rel = pick(r, LD_NEWS, 4, 2025, 12, 19, "/{slug}/")
    yoast = {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "@id": url + "#article", "headline": title, "datePublished": "2025-12-19T01:10:22+00:00",
                                                          "dateModified": "2025-12-20T03:44:51+00:00", "author": {"name": "bbt_bchqs"}, "inLanguage": "vi"}]}
    h = ['<!doctype html>\n<html lang="vi">\n<head>\n\t<meta charset="UTF-8">\n\t<meta name="viewport" content="width=device-width, initial-scale=1">\n\t<link rel="profile" href="https://gmpg.org/xfn/11">\n'
         '\t<title>%s &#8211; Bộ Chỉ huy Quân sự tỉnh Lâm Đồng</title>\n<meta name="robots" content="max-image-preview:large" />\n<link rel="canonical" href="%s" />\n'
         '<meta property="og:type" content="article" />\n<meta property="og:title" content="%s" />\n<meta property="article:published_time" content="2025-12-19T01:10:22+00:00" />\n'
         '<meta property="article:modified_time" content="2025-12-20T03:44:51+00:00" />\n<script type="application/ld+json" class="yoast-schema-graph">%s</script>\n'
         "<link rel='stylesheet' id='generatepress-style-css' href='https://bchqs.lamdong.gov.vn/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1' media='all' />\n"
         "<style id='generate-style-inline-css'>body{background-color:#f0f0f0;color:#222222;}a{color:#1b5e20;}.entry-title{font-size:28px;}</style>\n"
         '<meta name="generator" content="WordPress 6.7.1" />\n</head>\n' % (esc(title), url, attr(title), json.dumps(yoast, ensure_ascii=False))]
    h.append('<body class="post-template-default single single-post postid-2871 single-format-standard wp-embed-responsive right-sidebar nav-below-header separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>\n'
             '\t<a class="screen-reader-text skip-link" href="#content" title="Chuyển đến nội dung">Chuyển đến nội dung</a>\n'
             '<div class="top-bar top-bar-align-right"><div class="inside-top-bar grid-container"><aside id="block-3" class="widget inner-padding widget_block"><p>Chủ Nhật, 22/11/2026</p></aside></div></div>\n'
             '\t\t<header class="site-header" id="masthead" aria-label="Trang"  itemtype="https://schema.org/WPHeader" itemscope>\n\t\t\t<div class="inside-header grid-container">\n\t\t\t\t<div class="site-branding-container"><div class="site-logo"><a href="https://bchqs.lamdong.gov.vn/" rel="home"><img class="header-image is-logo-image" alt="Bộ Chỉ huy Quân sự tỉnh Lâm Đồng" src="https://bchqs.lamdong.gov.vn/wp-content/uploads/2025/07/logo-qdnd.png" width="100" height="100" /></a></div>'
             '<div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://bchqs.lamdong.gov.vn/" rel="home">BỘ CHỈ HUY QUÂN SỰ TỈNH LÂM ĐỒNG</a></p><p class="site-description" itemprop="description">Quân khu 7</p></div></div>\t\t\t</div>\n\t\t</header>\n')
    h.append('\t\t<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Chính"  itemtype="https://schema.org/SiteNavigationElement" itemscope>\n\t\t\t<div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main" class=" menu sf-menu">'
             + "".join('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-%d"><a href="https://bchqs.lamdong.gov.vn/chuyen-muc/%s/">%s</a></li>' % (40 + i, 40 + i, slug(m), esc(m))
                       for i, m in enumerate(["Trang chủ", "Tin tức", "Quốc phòng địa phương", "Dân quân tự vệ", "Tuyển quân", "Chính sách", "Văn bản", "Liên hệ"])) + '</ul></div></div>\n\t\t</nav>\n')
    h.append('\t<div class="site grid-container container hfeed" id="page">\n\t\t\t\t<div class="site-content" id="content">\n\t<div class="content-area" id="primary">\n\t\t<main class="site-main" id="main">\n'
             '<article id="post-2871" class="post-2871 post type-post status-publish format-standard has-post-thumbnail hentry category-dan-quan-tu-ve" itemtype="https://schema.org/CreativeWork" itemscope>\n\t<div class="inside-article">\n'
             '\t\t\t<header class="entry-header">\n\t\t\t\t<h1 class="entry-title" itemprop="headline">%s</h1>\t\t<div class="entry-meta">\n\t\t\t<span class="posted-on"><time class="updated" datetime="2025-12-20T10:44:51+07:00" itemprop="dateModified">20 Tháng 12, 2025</time><time class="entry-date published" datetime="2025-12-19T08:10:22+07:00" itemprop="datePublished">19 Tháng 12, 2025</time></span> <span class="byline">bởi <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="https://bchqs.lamdong.gov.vn/author/bbt_bchqs/" title="Xem tất cả bài viết bởi bbt_bchqs" rel="author" itemprop="url"><span class="author-name" itemprop="name">bbt_bchqs</span></a></span></span> \t\t</div>\n\t\t\t\t\t</header>\n'
             % esc(title))
    h.append('\t\t\t<div class="featured-image  page-header-image-single "><img width="1200" height="800" src="https://bchqs.lamdong.gov.vn/wp-content/uploads/2025/12/dqtv-lam-dong.jpg" class="attachment-full size-full" alt="" itemprop="image" decoding="async" /></div>\n'
             '\t\t<div class="entry-content" itemprop="text">\n<p><strong>%s</strong></p>\n\n%s\n\n<p class="has-text-align-right"><strong>Thượng tá Nguyễn Văn Bình</strong></p>\n\n<p class="has-text-align-right"><strong>Trung úy Lê Quang Vinh</strong></p>\n\t\t</div>\n'
             % (esc(lead), body))
    h.append('\t\t\t\t<footer class="entry-meta" aria-label="Meta bài viết">\n\t\t\t<span class="cat-links"><span class="screen-reader-text">Danh mục </span><a href="https://bchqs.lamdong.gov.vn/chuyen-muc/dan-quan-tu-ve/" rel="category tag">Dân quân tự vệ</a></span> \t\t<nav id="nav-below" class="post-navigation" aria-label="Bài viết">\n'
             '\t\t\t<div class="nav-previous"><span class="prev"><a href="%s" rel="prev">%s</a></span></div>\t\t</nav>\n\t\t</footer>\n\t\t\t</div>\n</article>\n' % (rel[0][1], esc(rel[0][0])))
    h.append('\t\t\t<div class="comments-area">\n\t\t\t\t<div id="comments">\n\t\t<div id="respond" class="comment-respond">\n\t\t<h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><form action="https://bchqs.lamdong.gov.vn/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Bình luận</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /></p></form>\t</div>\n\t</div>\n\t\t\t</div>\n'
             '\t\t</main>\n\t</div>\n')
    h.append('\t<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">\n\t<div class="inside-right-sidebar">\n\t\t<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://bchqs.lamdong.gov.vn/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" title="Tìm kiếm cho:"></label><button class="search-submit" aria-label="Tìm kiếm"></button></form></aside>'
             '<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>%s</ul></aside>'
             '<aside id="text-2" class="widget inner-padding widget_text"><h2 class="widget-title">Liên kết</h2><div class="textwidget"><p><a href="https://qdnd.vn">Báo Quân đội nhân dân</a><br /><a href="https://quankhu7.vn">Quân khu 7</a><br /><a href="https://lamdong.gov.vn">Cổng TTĐT tỉnh Lâm Đồng</a></p></div></aside>\t</div>\n</div>\n'
             % related_html(rel, '<li><a href="{url}">{title}</a> <span class="post-date">{date}</span></li>'))
    h.append('\t</div>\n</div>\n\n<div class="site-footer">\n\t\t\t<footer class="site-info" aria-label="Trang"  itemtype="https://schema.org/WPFooter" itemscope>\n\t\t\t<div class="inside-site-info grid-container">\n\t\t\t\t\t\t\t\t<div class="copyright-bar">\n\t\t\t\t\t<p>Bộ Chỉ huy Quân sự tỉnh Lâm Đồng – Số 2 Trần Hưng Đạo, phường Xuân Hương – Đà Lạt, tỉnh Lâm Đồng</p><p>&copy; 2025 BCHQS tỉnh Lâm Đồng</p>\t\t\t\t</div>\n\t\t\t</div>\n\t\t</footer>\n\t\t</div>\n\n'
             '<script id="generate-menu-js" src="https://bchqs.lamdong.gov.vn/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script>\n\n</body>\n</html>\n')
    return "v20", "".join(h), side
# ---------------------------------------------------------------------------
# Pages without an article
# ---------------------------------------------------------------------------

def nonarticle(kind, platform, url, charset="utf-8"):
    return {"kind": kind, "platform": platform, "url": url, "charset": charset}


@page
def n01():
    r = R("n01")
    url = "https://congan.laocai.gov.vn/tin-tuc-su-kien/canh-bao-toi-pham"
    side = nonarticle("listing", "liferay-vnpt", url)
    items = pick(r, POLICE_NEWS + ["Cảnh báo thủ đoạn giả danh công an yêu cầu cài ứng dụng “VNeID” giả để chiếm đoạt tài sản",
                                   "Cảnh báo lừa đảo đặt phòng khách sạn, tour du lịch qua mạng", "Cảnh báo thủ đoạn chiếm đoạt tài khoản Facebook để vay tiền"], 12, 2026, 11, 20,
                 "/tin-tuc-su-kien/-/asset_publisher/Xk9pQ2mWn7aB/content/{slug}", 50)
    sapos = ["Công an tỉnh khuyến cáo người dân nâng cao cảnh giác, không cung cấp thông tin cá nhân cho người lạ.",
             "Lực lượng chức năng đã xác minh, làm rõ và xử lý nghiêm theo quy định của pháp luật.",
             "Trong thời gian qua, tình hình tội phạm trên địa bàn diễn biến phức tạp, đòi hỏi sự vào cuộc của cả hệ thống chính trị.",
             "Đây là kết quả của quá trình đấu tranh, xác minh kéo dài nhiều tháng của các đơn vị nghiệp vụ."]
    li = "".join('<div class="news-item row"><div class="col-md-4"><a href="%s"><img alt="" class="img-fluid" src="/documents/20182/%d/thumb.jpg" /></a></div>'
                 '<div class="col-md-8"><h3 class="asset-title"><a href="%s">%s</a></h3><span class="date">%s</span><p class="sapo">%s</p></div></div>\n'
                 % (u, r.randint(1000000, 9999999), u, esc(t), d, esc(r.choice(sapos))) for t, u, d in items)
    h = ['<!DOCTYPE html>\n<html class="ltr" dir="ltr" lang="vi-VN">\n<head>\n<title>Cảnh báo tội phạm - Công an tỉnh Lào Cai</title>\n<meta content="initial-scale=1.0, width=device-width" name="viewport" />\n'
         '<meta content="text/html; charset=UTF-8" http-equiv="content-type" />\n<link href="%s" rel="canonical" />\n' % url]
    h.append('<link class="lfr-css-file" href="https://congan.laocai.gov.vn/o/catinh-theme/css/main.css?browserId=other&amp;themeId=catinhtheme_WAR_catinhtheme&amp;t=%d" rel="stylesheet" type="text/css" />\n' % (1750000000000 + r.randint(0, 9 ** 10)))
    h.append('<script type="text/javascript">\n// <![CDATA[\nvar Liferay=Liferay||{};' + lr_loader(r)[:9000] + '"});\n// ]]>\n</script>\n</head>\n')
    h.append('<body class="controls-visible chrome signed-out public-page site">\n<div class="container-fluid" id="wrapper">\n<header id="banner" role="banner"><div class="top-bar"><div class="container"><span class="date-time">Chủ Nhật, 22/11/2026</span></div></div>'
             '<div class="banner-header"><div class="container"><div class="site-title"><p class="slogan-top">BỘ CÔNG AN</p><h2 class="site-name">CÔNG AN TỈNH LÀO CAI</h2></div></div></div>'
             '<div class="navbar navbar-classic"><div class="container">' + lr_menu(LR_MENU) + '</div></div></header>\n')
    h.append('<section id="content"><div class="container"><div class="row"><div class="col-md-8" id="column-1">\n<nav aria-label="Đường dẫn"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="breadcrumb-item active">Cảnh báo tội phạm</li></ol></nav>\n'
             '<div class="portlet-boundary portlet-asset-publisher" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Xk9pQ2mWn7aB_"><h2 class="portlet-title-text">Cảnh báo tội phạm</h2>\n<div class="asset-publisher-list">\n'
             + li + '</div>\n<div class="taglib-page-iterator"><ul class="pagination">' + "".join('<li class="page-item%s"><a class="page-link" href="?p_p_id=com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Xk9pQ2mWn7aB&amp;_cur=%d">%d</a></li>' % (" active" if i == 1 else "", i, i) for i in range(1, 8))
             + '<li class="page-item"><a class="page-link" href="?_cur=2">Sau »</a></li></ul><div class="search-results">Hiển thị 1 - 12 trong %d kết quả.</div></div></div>\n</div>\n' % r.randint(200, 400))
    h.append('<div class="col-md-4" id="column-2"><div class="box-van-ban"><h3 class="title-block">Tin đọc nhiều</h3><ul>%s</ul></div>'
             '<div class="box-thongke"><h3 class="title-block">Thống kê truy cập</h3><ul><li>Đang truy cập: <b>%d</b></li><li>Hôm nay: <b>%d</b></li></ul></div></div>\n</div></div></section>\n'
             % (related_html(pick(r, POLICE_NEWS, 8, 2026, 11, 20, "/tin-tuc-su-kien/-/asset_publisher/Xk9pQ2mWn7aB/content/{slug}", 40), '<li><a href="{url}">{title}</a></li>'), r.randint(1000, 3000), r.randint(3000, 6000)))
    h.append('<footer id="footer"><div class="container"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH LÀO CAI</strong></p><p>Địa chỉ: Đường Trần Hưng Đạo, phường Lào Cai, tỉnh Lào Cai</p><p>Giấy phép số 61/GP-TTĐT ngày 08/5/2024</p>' + lr_menu(LR_MENU) + '</div></footer>\n</div>\n</body>\n</html>\n')
    return "n01", "".join(h), side


@page
def n02():
    r = R("n02")
    url = "https://vks.gialai.gov.vn/Tim-kiem?Search=ma%20t%C3%BAy"
    side = nonarticle("search", "dnn", url)
    res = pick(r, PROC_NEWS + ["Kiểm sát điều tra vụ án mua bán trái phép chất ma túy tại xã Ia Grai",
                               "Phiên tòa rút kinh nghiệm vụ án “Tàng trữ trái phép chất ma túy”", "Truy tố đường dây vận chuyển ma túy qua biên giới",
                               "VKSND khu vực 3 phối hợp tuyên truyền phòng, chống ma túy trong trường học", "Kháng nghị bản án về tội “Tổ chức sử dụng trái phép chất ma túy”"],
               10, 2026, 11, 20, "/tin-tuc/ArtMID/1520/ArticleID/{id}/{slug}", 300)
    snip = ["... đối tượng có hành vi mua bán trái phép chất <b>ma túy</b> với số lượng lớn ...", "... tuyên truyền phòng, chống <b>ma túy</b> cho hơn 500 học sinh ...",
            "... truy tố về tội vận chuyển trái phép chất <b>ma túy</b> theo khoản 3 Điều 250 ...", "... tổ chức sử dụng trái phép chất <b>ma túy</b> tại quán karaoke ..."]
    rows = "".join('<div class="dnnSearchResultItem"><div class="dnnSearchResultItem-Title"><a href="%s">%s</a></div><div class="dnnSearchResultItem-Description">%s</div>'
                   '<div class="dnnSearchResultItem-Others"><span>Cập nhật lần cuối: </span>%s <span>Nguồn: </span><a href="/tin-tuc">Tin tức</a></div></div>\n'
                   % (u, esc(t), r.choice(snip), d) for t, u, d in res)
    h = ['<!DOCTYPE html>\n<html  lang="vi-VN">\n<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />\n<title>\n\tTìm kiếm\n</title><meta id="MetaRobots" name="ROBOTS" content="NOINDEX, NOFOLLOW" />'
         '<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=%d" type="text/css" rel="stylesheet"/><link href="/DesktopModules/Admin/SearchResults/module.css?cdv=%d" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/vks/skin.css?cdv=%d" type="text/css" rel="stylesheet"/>'
         '<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=%d" type="text/javascript"></script></head>\n' % tuple(r.randint(100, 400) for _ in range(4))]
    h.append('<body id="Body">\n<form method="post" action="/Tim-kiem?Search=ma%%20t%%C3%%BAy" id="Form" enctype="multipart/form-data">\n<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" /></div>\n' % b64(r, 1500))
    h.append('<div id="siteWrapper"><div class="header"><div class="container"><div class="top-line"><span class="date-now">Chủ Nhật, 22/11/2026</span></div><div class="logo"><div class="site-name"><span>VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO</span><strong>VIỆN KIỂM SÁT NHÂN DÂN TỈNH GIA LAI</strong></div></div></div></div>\n'
             '<nav class="navbar"><div class="container"><ul class="nav navbar-nav topLevel">' + "".join('<li class="item"><a href="/%s"><span>%s</span></a></li>' % (slug(m), esc(m)) for m in ["Trang chủ", "Giới thiệu", "Tin tức", "Hoạt động nghiệp vụ", "Văn bản", "Tiếp công dân", "Liên hệ"]) + '</ul></div></nav>\n')
    h.append('<div class="container content"><div class="row"><div id="dnn_ContentPane" class="col-md-12 contentPane"><div class="DnnModule DnnModule-SearchResults DnnModule-402"><div id="dnn_ctr402_ModuleContent" class="DNNModuleContent ModSearchResultsC">\n'
             '<div class="dnnSearchBoxPanel"><div class="dnnSearchBox"><input type="text" id="dnnSearchResult_dnnSearchBox" value="ma túy" /><a class="dnnSearchButton" href="javascript:void(0)">Tìm kiếm</a></div>'
             '<a href="javascript:void(0)" class="dnnSearchResultAdvancedTip">Tìm kiếm nâng cao</a></div>\n'
             '<div class="dnnSearchResultPanel"><div class="dnnLeft"><span class="dnnSearchResultCount">Tìm thấy khoảng %d kết quả</span></div><div class="dnnRight"><span>Sắp xếp theo: </span><a href="#" class="active">Mức độ liên quan</a> | <a href="#">Ngày</a></div></div>\n'
             '<div id="dnnSearchResult-ContentPanel">%s</div>\n<div class="dnnSearchResultPager"><ul class="dnnPager"><li class="active">1</li><li><a href="?page=2">2</a></li><li><a href="?page=3">3</a></li><li><a href="?page=4">4</a></li><li><a href="?page=2">Tiếp</a></li></ul></div>\n'
             '</div></div></div></div></div>\n' % (r.randint(40, 90), rows))
    h.append('<div class="footer"><div class="container"><p><b>TRANG THÔNG TIN ĐIỆN TỬ VIỆN KIỂM SÁT NHÂN DÂN TỈNH GIA LAI</b></p><p>Địa chỉ: 01 Trần Hưng Đạo, phường Pleiku, tỉnh Gia Lai</p></div></div>\n</div>\n'
             '<script type="text/javascript">$(function(){dnn.searchResult.init({"comboAdvancedDates":"Ngày","comboAdvancedScope":"Phạm vi","defaultText":"Nhập từ khóa tìm kiếm","noresultsText":"Không tìm thấy kết quả","advancedText":"Nâng cao","sourceText":"Nguồn:","authorText":"Tác giả:","likesText":"Thích:","viewsText":"Lượt xem:","commentsText":"Bình luận:","relativeText":"Mức độ liên quan","dateText":"Ngày","searchButtonTooltip":"Tìm kiếm","clearButtonTooltip":"Xóa","maxPageSize":100});});</script>\n'
             '<input type="hidden" name="__RequestVerificationToken" value="%s" />\n</form>\n</body>\n</html>\n' % alnum(r, 92))
    return "n02", "".join(h), side


@page
def n03():
    r = R("n03")
    url = "https://cdc.daklak.gov.vn/2026/08/so-tay-phong-chong-sot-xuat-huyet/"
    side = nonarticle("not_found", "wordpress", url)
    rel = pick(r, CDC_NEWS, 5, 2026, 11, 20, "/2026/11/{id}/{slug}/", 80)
    h = ['<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Không tìm thấy trang - CDC Đắk Lắk</title>\n<meta name="robots" content="noindex, follow" />\n'
         "<link rel='stylesheet' id='wp-block-library-css' href='https://cdc.daklak.gov.vn/wp-includes/css/dist/block-library/style.min.css?ver=6.8.2' media='all' />\n"
         "<link rel='stylesheet' id='astra-theme-css-css' href='https://cdc.daklak.gov.vn/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3' media='all' />\n"
         "<style id='astra-theme-css-inline-css'>" + "".join(".ast-%s{margin:%dpx;padding:%dpx;color:#%s}" % (alnum(r, 6).lower(), r.randint(0, 40), r.randint(0, 40), hexs(r, 6)) for _ in range(180)) + "</style>\n"
         '<meta name="generator" content="WordPress 6.8.2" />\n</head>\n']
    h.append('<body itemtype="https://schema.org/WebPage" itemscope="itemscope" class="error404 wp-embed-responsive ast-desktop ast-plain-container ast-no-sidebar astra-4.8.3">\n<div class="hfeed site" id="page">\n'
             '<div class="ast-above-header-bar"><div class="ast-container"><span class="top-date">Chủ nhật, 22.11.2026</span></div></div>\n'
             '<header class="site-header" id="masthead"><div class="main-header-bar"><div class="ast-container"><div class="site-branding"><span class="site-title"><a href="https://cdc.daklak.gov.vn/" rel="home">TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH ĐẮK LẮK</a></span><p class="site-description">Sở Y tế tỉnh Đắk Lắk</p></div>'
             '<nav class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-nav-menu">' + "".join('<li class="menu-item"><a href="https://cdc.daklak.gov.vn/%s/" class="menu-link">%s</a></li>' % (slug(m), esc(m))
                                                                                                              for m in ["Trang chủ", "Giới thiệu", "Tin dịch bệnh", "Tiêm chủng", "Truyền thông giáo dục sức khỏe", "Dịch vụ", "Văn bản", "Liên hệ"]) + '</ul></nav></div></div></header>\n')
    h.append('<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main"><section class="error-404 not-found">'
             '<div class="ast-404-layout-1"><header class="page-header"><h1 class="page-title">Trang này không tồn tại.</h1></header><div class="page-content"><div class="page-sub-title">Có vẻ như không tìm thấy gì ở vị trí này. Hãy thử tìm kiếm?</div>'
             '<div class="ast-404-search"><div class="widget widget_search"><form role="search" method="get" class="search-form" action="https://cdc.daklak.gov.vn/"><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" name="s" /><button class="search-submit">Tìm kiếm</button></form></div></div></div></div></section>\n'
             '<section class="ast-404-recent"><h2>Bài viết mới</h2><ul>%s</ul></section></main></div></div></div>\n' % related_html(rel, '<li><a href="{url}">{title}</a></li>'))
    h.append('<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-container"><p>Trung tâm Kiểm soát bệnh tật tỉnh Đắk Lắk – 68 Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk</p><p>Copyright &copy; 2026 CDC Đắk Lắk | Powered by WordPress</p></div></div></footer>\n</div>\n'
             "<script src=\"https://cdc.daklak.gov.vn/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3\" id=\"astra-theme-js-js\"></script>\n</body>\n</html>\n")
    return "n03", "".join(h), side


@page
def n04():
    r = R("n04")
    url = "https://bhxh.thanhhoa.gov.vn/web/guest/tin-tuc"
    side = nonarticle("challenge", "anti-ddos-js", url)
    # an obfuscated cookie challenge as served by the data centre's anti-DDoS front
    table = [alnum(r, r.randint(4, 12)) for _ in range(1500)]
    arr = ",".join('"%s"' % x for x in table)
    key = hexs(r, 32)
    h = ['<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="robots" content="noindex, nofollow">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
         '<title>Đang kiểm tra trình duyệt...</title>\n<style>body{font-family:Arial,Helvetica,sans-serif;background:#f4f6f9;color:#333;text-align:center;padding-top:12%%}.box{display:inline-block;background:#fff;border-radius:8px;padding:32px 48px;box-shadow:0 2px 12px rgba(0,0,0,.08)}'
         '.spinner{width:42px;height:42px;border:4px solid #dde3ea;border-top-color:#0a58a6;border-radius:50%%;animation:s 1s linear infinite;margin:0 auto 18px}@keyframes s{to{transform:rotate(360deg)}}small{color:#888}</style>\n</head>\n<body>\n'
         '<div class="box"><div class="spinner"></div><h1 style="font-size:20px">Đang kiểm tra trình duyệt của bạn trước khi truy cập bhxh.thanhhoa.gov.vn</h1>'
         '<p>Quá trình này diễn ra tự động. Trình duyệt sẽ chuyển hướng đến nội dung bạn yêu cầu trong giây lát.</p><p>Vui lòng bật JavaScript và Cookie.</p>'
         '<noscript><p style="color:#c00">Bạn cần bật JavaScript để tiếp tục truy cập.</p></noscript><small>Ray ID: %s · Bảo vệ bởi VNPT Anti-DDoS</small></div>\n' % hexs(r, 16)]
    var = "_0x" + hexs(r, 4)
    h.append('<script>var %s=[%s];(function(_0x1,_0x2){var _0x3=function(_0x4){while(--_0x4){_0x1["push"](_0x1["shift"]());}};_0x3(++_0x2);}(%s,0x%x));'
             % (var, arr, var, r.randint(100, 400)))
    h.append('var _0xk="%s";function _0xh(s){var h=0x811c9dc5;for(var i=0;i<s.length;i++){h^=s.charCodeAt(i);h=(h*0x1000193)>>>0;}return h.toString(16);}'
             'function _0xs(){var t=Math.floor(Date.now()/1000);var v=_0xh(_0xk+t+navigator.userAgent);document.cookie="__vnpt_ddos="+v+"."+t+"; path=/; max-age=1800; SameSite=Lax";'
             'setTimeout(function(){location.reload();},%d);}if(document.readyState!=="loading"){_0xs();}else{document.addEventListener("DOMContentLoaded",_0xs);}</script>\n</body>\n</html>\n' % (key, r.randint(1500, 4000)))
    return "n04", "".join(h), side


# ---------------------------------------------------------------------------

CSS_SEL = ["header", "nav", "footer", ".box", ".box-title", ".menu li a", ".sidebar", ".news-item", ".date", ".btn", ".breadcrumb", ".title",
           ".content", ".main", ".logo", ".banner", ".search", ".pagination li", ".tools a", ".other-news li", ".footer p", ".top-bar", ".hotline",
           ".counter", ".poll", ".link-select", ".marquee", ".slide", ".thumb img", ".caption", ".tag a", ".print", ".share a"]
CSS_PROP = ["margin:{a}px {b}px", "padding:{a}px {b}px", "color:#{h}", "background:#{h}", "border-bottom:1px solid #{h}", "font-size:{c}px",
            "line-height:{d}", "font-weight:{w}", "text-transform:uppercase", "display:block", "float:left", "width:{p}%", "border-radius:{e}px",
            "box-shadow:0 {e}px {a}px rgba(0,0,0,.{e})", "transition:all .{e}s ease", "letter-spacing:.{e}px", "overflow:hidden", "position:relative"]


def theme_css(r, nbytes):
    """Inline theme/customizer CSS, as many CMS themes print it into the head."""
    out, n = [], 0
    while n < nbytes:
        sel = r.choice(CSS_SEL)
        if r.random() < 0.5:
            sel += r.choice([":hover", " a", " span", " li", ".active", " > div", "::before"])
        if r.random() < 0.3:
            sel = "@media (max-width:%dpx){%s" % (r.choice([575, 767, 991, 1199]), sel)
        props = ";".join(r.choice(CSS_PROP).format(a=r.randint(0, 30), b=r.randint(0, 30), c=r.randint(11, 24), d=round(r.uniform(1.1, 1.8), 2),
                                                   w=r.choice([400, 500, 600, 700]), p=r.choice([25, 33, 50, 100]), e=r.randint(1, 9), h=hexs(r, 6))
                         for _ in range(r.randint(2, 6)))
        rule = "%s{%s}%s\n" % (sel, props, "}" if sel.startswith("@media") else "")
        out.append(rule)
        n += len(rule)
    return "".join(out)


def build(out):
    os.makedirs(out, exist_ok=True)
    for fn in PAGES:
        name, text, side = fn()
        size = len(text.encode("utf-8"))
        if size < 15500:
            r = R(name + ":css")
            css = theme_css(r, r.randint(17000, 26000) - size)
            text = text.replace("</head>", '<style type="text/css" id="theme-custom-css">\n%s</style>\n</head>' % css, 1)
        if side["charset"] == "windows-1258":
            data = to1258(text)
        else:
            data = text.encode("utf-8")
        with open(os.path.join(out, name + ".html"), "wb") as f:
            f.write(data)
        with open(os.path.join(out, name + ".json"), "wb") as f:
            f.write((json.dumps(side, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
