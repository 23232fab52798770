#!/usr/bin/env python3
"""Generator of the blind-r gold set (Party and mass-organisation portals).

python3 make.py [OUTDIR]   writes r01..r20 and n01..n04 (.html + .json).

Deterministic: python3 stdlib only, one random.Random("blind-r:NAME") per
page, no clock.  Article texts are written below in a small line markup;
the same parsed blocks feed both the page renderer and the gold sidecar, so
the gold body is exactly the article blocks the page shows.

Line markup (one block per line):
  L lead/sapo            P paragraph            H subheading
  U list item (ul)       O list item (ol)       Q blockquote paragraph
  I image caption ("I" alone: image without caption)
  V caption under an embedded video
  T table row, cells separated by " | " (TH: header row)
  S source line ("Nguồn: ...")  -- not body
  X inline "Xem thêm" link      -- not body
  R "Tin liên quan" item inside the content -- not body
  A attachment "name | size"    -- not body
Inline: {b}..{/b} {i}..{/i} {a:URL}..{/a} {nbsp}
"""
import datetime
import html
import json
import os
import random
import re
import sys
import unicodedata

SET = "blind-r"
CRAWL = datetime.date(2026, 11, 22)  # Sunday

# ---------------------------------------------------------------- helpers

WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def wd(d, style="title"):
    s = WD[d.weekday()]
    if style == "lower":
        return s[0] + s[1:].lower()
    if style == "upper":
        return s.upper()
    return s


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


INLINE = [
    ("{b}", "<strong>"), ("{/b}", "</strong>"),
    ("{i}", "<em>"), ("{/i}", "</em>"),
    ("{/a}", "</a>"),
]


def inl(s, bold="strong", em="em"):
    """markup -> HTML fragment"""
    h = esc(s)
    h = h.replace("{b}", "<%s>" % bold).replace("{/b}", "</%s>" % bold)
    h = h.replace("{i}", "<%s>" % em).replace("{/i}", "</%s>" % em)
    h = re.sub(r"\{a:([^}]*)\}", lambda m: '<a href="%s">' % attr(m.group(1)), h)
    h = h.replace("{/a}", "</a>").replace("{nbsp}", "&nbsp;")
    return h


def plain(s):
    """markup -> gold text"""
    s = re.sub(r"\{a:[^}]*\}", "", s)
    for k, _ in INLINE:
        s = s.replace(k, "")
    s = s.replace("{nbsp}", " ")
    return " ".join(s.split())


def parse(src):
    blocks = []
    for raw in src.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        key, _, text = line.partition(" ")
        text = text.strip()
        last = blocks[-1] if blocks else None
        if key in ("U", "O"):
            kind = "ul" if key == "U" else "ol"
            if last and last[0] == kind:
                last[1].append(text)
            else:
                blocks.append([kind, [text]])
        elif key in ("T", "TH"):
            cells = [c.strip() for c in text.split(" | ")]
            row = (key == "TH", cells)
            if last and last[0] == "table":
                last[1].append(row)
            else:
                blocks.append(["table", [row]])
        elif key == "Q":
            if last and last[0] == "quote":
                last[1].append(text)
            else:
                blocks.append(["quote", [text]])
        elif key == "R":
            if last and last[0] == "related":
                last[1].append(text)
            else:
                blocks.append(["related", [text]])
        elif key == "A":
            name, _, size = text.partition(" | ")
            if last and last[0] == "attach":
                last[1].append((name, size))
            else:
                blocks.append(["attach", [(name, size)]])
        else:
            kind = {"L": "lead", "P": "p", "H": "h", "I": "img", "V": "video",
                    "S": "src", "X": "more"}[key]
            blocks.append([kind, text])
    return blocks


def gold_body(blocks):
    out = []
    for kind, val in blocks:
        if kind in ("lead", "p", "h", "video"):
            out.append(plain(val))
        elif kind == "img":
            if val:
                out.append(plain(val))
        elif kind in ("ul", "ol", "quote"):
            out.extend(plain(v) for v in val)
        elif kind == "table":
            for _, cells in val:
                out.extend(plain(c) for c in cells if plain(c))
    return "\n\n".join(out)


def split_lead(blocks):
    if blocks and blocks[0][0] == "lead":
        return blocks[0][1], blocks[1:]
    return None, blocks


def enc1258(s):
    """windows-1258 bytes as old Vietnamese sites produce them: base letter
    (with circumflex/breve/horn precomposed) followed by a combining tone mark."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        tones = [m for m in d[1:] if m in "\u0300\u0301\u0303\u0309\u0323"]
        others = [m for m in d[1:] if m not in tones]
        comp = unicodedata.normalize("NFC", d[0] + "".join(others))
        try:
            out += (comp + "".join(tones)).encode("cp1258")
        except UnicodeEncodeError:
            out += ("&#%d;" % ord(ch)).encode("ascii")
    return bytes(out)


def b64blob(rng, n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    n -= n % 4
    return "".join(rng.choice(al) for _ in range(n - 2)) + "=="


def hexid(rng, n=32):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def guid(rng):
    h = hexid(rng, 32)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rdate(rng, lo=datetime.date(2025, 7, 1), hi=datetime.date(2026, 11, 21)):
    return lo + datetime.timedelta(days=rng.randrange((hi - lo).days + 1))


def slug(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return "-".join(s.split("-")[:12])


# ------------------------------------------------------------ shared pools

HEADLINES = """\
Hội nghị sơ kết 6 tháng thực hiện Quy chế dân chủ ở cơ sở năm 2026
Ban Thường vụ Tỉnh ủy quán triệt Nghị quyết Đại hội XIV của Đảng
Ra mắt mô hình “Khu dân cư không rác thải nhựa” tại phường Đông Sơn
Tập huấn nghiệp vụ công tác dân vận cho cán bộ cấp xã năm 2026
Trao 20 căn nhà Đại đoàn kết cho hộ nghèo xã biên giới
Phát động Tháng cao điểm “Vì người nghèo” năm 2025
Đối thoại giữa người đứng đầu cấp ủy với Nhân dân về cải cách hành chính
Hội Nông dân tỉnh ký kết chương trình phối hợp với Ngân hàng Chính sách xã hội
Tỉnh đoàn ra quân “Ngày Chủ nhật xanh” lần thứ III
Liên đoàn Lao động tỉnh tổ chức “Chuyến xe Công đoàn” đưa công nhân về quê đón Tết
Hội Cựu chiến binh phường ra mắt câu lạc bộ “Cựu chiến binh giúp nhau làm kinh tế”
Nâng cao chất lượng sinh hoạt chi bộ thôn, tổ dân phố
Công tác phát triển đảng viên trong học sinh, sinh viên: Những kết quả bước đầu
Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách đối với người có công
Hội LHPN tỉnh tuyên dương 50 “Phụ nữ tiêu biểu vượt khó vươn lên”
Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số năm 2026
Tăng cường công tác nắm bắt dư luận xã hội trên không gian mạng
Kiểm tra việc thực hiện phong trào thi đua “Dân vận khéo” tại các xã vùng cao
Lan tỏa những tấm gương bình dị mà cao quý
Hội thi tuyên truyền viên giỏi cấp tỉnh năm 2025
Đảng bộ xã Tân Phước kết nạp 12 đảng viên mới
Tọa đàm “Đảng viên trẻ với chuyển đổi số”
Bảo vệ nền tảng tư tưởng của Đảng: Trách nhiệm của mỗi đảng viên
Phát động Giải báo chí về xây dựng Đảng cấp tỉnh năm 2026
Đoàn công tác Ban Dân vận Tỉnh ủy làm việc với Đảng ủy xã Mường Lống
Tổng kết 5 năm học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
Mặt trận Tổ quốc các cấp tham gia góp ý dự thảo văn bản quy phạm pháp luật
Thanh niên tình nguyện giúp người dân sử dụng dịch vụ công trực tuyến
Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2025
Công đoàn khu công nghiệp đối thoại với công nhân về tiền lương, thưởng
Phụ nữ dân tộc thiểu số tham gia phát triển du lịch cộng đồng
Cựu chiến binh gương mẫu hiến đất làm đường giao thông nông thôn
Trao học bổng “Thắp sáng ước mơ” cho học sinh nghèo vượt khó
Đổi mới phương thức tuyên truyền miệng ở cơ sở
Ra mắt Tổ công nghệ số cộng đồng ở 100% thôn, tổ dân phố
Hội nghị báo cáo viên tháng 9/2025
Tuyên truyền Luật Thực hiện dân chủ ở cơ sở cho đồng bào có đạo
Chi bộ thôn Bản Phố: Điểm sáng xây dựng chi bộ “4 tốt”
Nâng cao hiệu quả hoạt động của tổ hòa giải ở cơ sở
Phát huy vai trò giám sát, phản biện xã hội của Mặt trận Tổ quốc
Hội Cựu chiến binh tỉnh sơ kết công tác Hội 9 tháng năm 2025
Đoàn viên thanh niên hiến máu tình nguyện “Giọt hồng tri ân”
Triển khai Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”
Kỷ niệm 95 năm Ngày thành lập Hội Nông dân Việt Nam
Chủ động đấu tranh phản bác các quan điểm sai trái, thù địch
Xây dựng “Dòng họ học tập” gắn với khu dân cư văn hóa
Gương sáng Bí thư chi bộ “giữ lửa” ở thôn vùng cao
Khánh thành cầu dân sinh do Nhân dân góp công, góp của
Đẩy mạnh công tác dân vận chính quyền trong giải quyết thủ tục hành chính
Hội nghị tổng kết công tác Mặt trận năm 2025
Hội LHPN xã ra mắt mô hình “Ngôi nhà an toàn”
Trao Huy hiệu Đảng đợt 19/5 cho đảng viên lão thành
Công đoàn Viên chức tỉnh tổ chức hội thao chào mừng Ngày Quốc khánh
Vận động đồng bào không nghe, không theo tà đạo
Nông dân trẻ khởi nghiệp với sản phẩm OCOP từ dược liệu
Tuổi trẻ đặc khu ra quân làm sạch bờ biển
Khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới
Biểu dương gia đình văn hóa tiêu biểu năm 2025
Gặp mặt chức sắc, chức việc các tôn giáo nhân dịp Giáng sinh
Hướng dẫn tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026
Nâng cao chất lượng hoạt động của Ban Thanh tra nhân dân
Phụ nữ phường chung tay xây dựng đô thị văn minh
Hội Nông dân hướng dẫn hội viên sản xuất lúa giảm phát thải
Đoàn Thanh niên phường tổ chức lớp kỹ năng an toàn trên mạng cho thiếu nhi
Gặp mặt kỷ niệm Ngày truyền thống ngành Tuyên giáo
Đại hội Chi bộ thôn Đồng Tâm nhiệm kỳ 2025 - 2027 (điểm)
Tuyên truyền, vận động Nhân dân tham gia bầu cử
Khen thưởng các tập thể, cá nhân tiêu biểu trong công tác dân vận
Sắp xếp tổ chức bộ máy: Giữ vững sự đoàn kết, thống nhất trong Đảng bộ
""".strip().split("\n")

PROVIDERS = ["Viettel", "VNPT", "FPT", "Mobifone"]


def pick(rng, pool, n):
    return rng.sample(pool, n)


def short_dates(rng, n, before=None, after=None):
    """n dates, newest first; `before`/`after` bound them (older/newer news lists)."""
    lo, hi = datetime.date(2025, 7, 1), datetime.date(2026, 11, 21)
    if before is not None:
        before = before.date() if isinstance(before, datetime.datetime) else before
        lo, hi = before - datetime.timedelta(days=240), before - datetime.timedelta(days=1)
    if after is not None:
        after = after.date() if isinstance(after, datetime.datetime) else after
        lo = after + datetime.timedelta(days=1)
    ds = sorted((rdate(rng, lo, hi) for _ in range(n)), reverse=True)
    return ds


def ga(rng, uid=None):
    uid = uid or "G-%s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
    return ("<script async src=\"https://www.googletagmanager.com/gtag/js?id=%s\"></script>\n"
            "<script>\nwindow.dataLayer = window.dataLayer || [];\nfunction gtag(){dataLayer.push(arguments);}\n"
            "gtag('js', new Date());\ngtag('config', '%s');\n</script>\n") % (uid, uid)


def css_block(rng, prefix, n=40):
    props = ["margin:0", "padding:0 10px", "color:#333", "font-size:14px", "line-height:1.5",
             "background:#f4f4f4", "border-bottom:1px solid #ddd", "display:block",
             "float:left", "width:100%", "text-decoration:none", "font-weight:bold",
             "color:#b30000", "background:#c4161c", "color:#fff", "text-transform:uppercase",
             "list-style:none", "position:relative", "overflow:hidden", "text-align:justify"]
    parts = ["%s" % prefix.strip()]
    for i in range(n):
        sel = "." + rng.choice(["menu", "box", "item", "title", "news", "list", "block", "nav", "tin", "khung", "cot", "dong"]) + \
              rng.choice(["-top", "-left", "-right", "_hot", "-sub", "", "-item", "-link", "2", "_moi"])
        parts.append("%s{%s}" % (sel, ";".join(rng.sample(props, rng.randint(2, 5)))))
    return "\n".join(parts)


# ---------------------------------------------------------------- articles
# dt is the gold publication time (already at the precision the page shows,
# or the machine-readable time when the page carries one).

A = {}

A["r01"] = dict(
    platform="sharepoint",
    url="https://btgdv.thanhhoa.dcs.vn/Pages/tin-tuc.aspx?ItemID=8317&CateID=34",
    title="Hội nghị giao ban công tác tuyên giáo và dân vận quý III, triển khai nhiệm vụ quý IV năm 2025",
    dt=datetime.datetime(2025, 10, 13, 0, 0, 0),
    author="Trần Thị Minh Nguyệt, Ban Tuyên giáo và Dân vận Tỉnh ủy",
    byline=["Trần Thị Minh Nguyệt", "Ban Tuyên giáo và Dân vận Tỉnh ủy"],
    src="""
L Sáng 10/10, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý III, triển khai nhiệm vụ trọng tâm quý IV năm 2025. Hội nghị được tổ chức trực tiếp tại Hội trường Tỉnh ủy, kết nối trực tuyến tới điểm cầu các xã, phường trong tỉnh.
P Dự và chủ trì hội nghị có các đồng chí:
U Đồng chí {b}Lê Thị Hồng Vân{/b}, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy;
U Đồng chí {b}Phạm Đức Toàn{/b}, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy;
U Đồng chí {b}Nguyễn Thị Thanh Mai{/b}, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
P Tham dự hội nghị có lãnh đạo Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội trực thuộc; đại diện Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy, Sở Văn hóa, Thể thao và Du lịch, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh; lãnh đạo Báo và Phát thanh, Truyền hình Thanh Hóa; Phó Bí thư Thường trực, Trưởng khối Dân vận các đảng ủy xã, phường.
I Đồng chí Lê Thị Hồng Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu kết luận hội nghị.
P Theo báo cáo tại hội nghị, quý III năm 2025 là quý đầu tiên vận hành chính quyền địa phương hai cấp. Hệ thống tuyên giáo và dân vận các cấp đã tập trung tuyên truyền sâu rộng về việc sắp xếp đơn vị hành chính, tạo sự đồng thuận cao trong cán bộ, đảng viên và Nhân dân; kịp thời nắm bắt tư tưởng của cán bộ, công chức và người dân tại các xã, phường mới hợp nhất. Toàn tỉnh đã tổ chức 1.246 cuộc tuyên truyền miệng với hơn 98.000 lượt người tham dự; các trang thông tin điện tử, nhóm Zalo của khu dân cư đăng tải trên 15.300 tin, bài.
P Công tác nắm bắt, định hướng dư luận xã hội được duy trì thường xuyên. Trong quý, mạng lưới cộng tác viên dư luận xã hội đã gửi 412 phiếu phản ánh, tập trung vào các vấn đề: thủ tục hành chính tại trung tâm phục vụ hành chính công cấp xã, giá vật tư nông nghiệp, việc làm của lao động trở về từ các khu công nghiệp. Ban Tuyên giáo và Dân vận Tỉnh ủy đã tổng hợp, báo cáo Thường trực Tỉnh ủy 3 chuyên đề về tình hình tư tưởng trong Nhân dân.
P Phong trào thi đua “Dân vận khéo” tiếp tục lan tỏa. Các cấp đã công nhận thêm 187 mô hình “Dân vận khéo”, trong đó nổi bật là mô hình “Tổ dân vận hỗ trợ người cao tuổi làm thủ tục trực tuyến” ở phường Hạc Thành, mô hình “Đảng viên nhận đỡ đầu hộ nghèo trồng keo” ở xã Cổ Lũng. Mặt trận Tổ quốc và các tổ chức chính trị - xã hội vận động xây dựng, sửa chữa 326 nhà Đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn.
I Quang cảnh hội nghị tại điểm cầu Tỉnh ủy.
P Tại hội nghị, các đại biểu đã thảo luận, làm rõ những khó khăn trong hoạt động của khối dân vận cấp xã sau sắp xếp, như việc bố trí cán bộ chuyên trách, kinh phí hoạt động của tổ dân vận thôn, tổ dân phố; đề xuất tăng cường tập huấn nghiệp vụ cho cán bộ mới được phân công làm công tác tuyên giáo, dân vận.
P Phát biểu kết luận hội nghị, đồng chí Lê Thị Hồng Vân ghi nhận kết quả hệ thống tuyên giáo và dân vận đạt được trong quý III, đồng thời đề nghị các cấp tập trung thực hiện tốt một số nhiệm vụ trọng tâm quý IV: đẩy mạnh tuyên truyền Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030 và dự thảo các văn kiện trình Đại hội XIV của Đảng; chủ động nắm tình hình Nhân dân, nhất là ở các địa bàn có dự án thu hồi đất; tổ chức tốt các hoạt động kỷ niệm 95 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 - 15/10/2025) và 26 năm Ngày “Dân vận” của cả nước.
P Đồng chí cũng yêu cầu các đảng ủy xã, phường sớm kiện toàn khối dân vận, phân công rõ trách nhiệm từng thành viên; kịp thời biểu dương, nhân rộng những tập thể, cá nhân tiêu biểu trong phong trào thi đua “Dân vận khéo” giai đoạn 2021 - 2025.
""")

A["r02"] = dict(
    platform="liferay",
    url="https://mattran.dongthap.gov.vn/web/mttq/tin-hoat-dong/-/asset_publisher/Kq7ZtR2mXb0N/content/-dan-van-kheo-tu-nhung-buoi-ca-phe-sang-o-ap-my-thanh",
    title="“Dân vận khéo” từ những buổi cà phê sáng ở ấp Mỹ Thạnh",
    dt=datetime.datetime(2026, 4, 14, 8, 45, 0),
    author="Khánh Linh",
    byline=["Khánh Linh"],
    src="""
L Không hội họp rườm rà, không loa phát thanh, ông Trần Văn Út, Trưởng Ban Công tác Mặt trận ấp Mỹ Thạnh, xã Mỹ Hiệp chọn quán cà phê đầu ấp làm nơi gặp gỡ, lắng nghe bà con. Từ những câu chuyện bên ly cà phê, nhiều việc khó của ấp đã được tháo gỡ.
P Mỗi sáng, khoảng 6 giờ, quán cà phê nhỏ của bà Sáu Lành ở đầu ấp Mỹ Thạnh đã đông người. Bên cạnh những câu chuyện mùa màng, giá lúa, giá xoài, bà con còn bàn chuyện đường sá, chuyện con em đi học, chuyện ai đau ốm cần giúp đỡ. Ngồi ở chiếc bàn quen thuộc gần cửa, ông Trần Văn Út lắng nghe, ghi chép cẩn thận vào cuốn sổ nhỏ.
P “Nhiều bà con ngại lên nhà văn hóa phát biểu, nhưng ngồi uống cà phê thì nói chuyện rất thật lòng. Mình nghe được nhiều điều, có việc giải quyết ngay tại ấp, có việc phải báo cáo lên xã”, ông Út chia sẻ.
H Con đường từ những lần “cà phê bàn chuyện”
P Năm 2025, tuyến đường bê tông dọc kênh Ba Răng dài 1,8 km của ấp xuống cấp nghiêm trọng, mùa mưa lầy lội, học sinh đi lại khó khăn. Từ những buổi cà phê sáng, ông Út cùng Chi bộ ấp bàn cách vận động bà con góp công, góp đất để nâng cấp, mở rộng tuyến đường.
P Ban đầu, một số hộ còn băn khoăn vì phải hiến phần đất trồng xoài sát mép kênh. Ông Út cùng Bí thư Chi bộ ấp đến từng nhà, kiên trì giải thích, đưa bà con đi tham quan tuyến đường đã làm xong ở ấp bên cạnh. Ông cũng là người đầu tiên hiến 120 m² đất và chặt bỏ 15 cây xoài đang cho trái của gia đình.
P Thấy cán bộ làm trước, bà con đồng lòng làm theo. Chỉ trong 3 tháng, 46 hộ dân đã tự nguyện hiến gần 2.000 m² đất, đóng góp hơn 380 ngày công và 520 triệu đồng. Cùng với nguồn vốn hỗ trợ của xã, tuyến đường rộng 3,5 m được hoàn thành vào dịp Tết Nguyên đán Bính Ngọ 2026.
I Tuyến đường bê tông dọc kênh Ba Răng do Nhân dân ấp Mỹ Thạnh góp sức xây dựng.
P Ông Nguyễn Văn Hai, một người dân trong ấp, nói: “Trước đây chở xoài ra chợ phải gánh bộ hơn cây số, giờ xe tải nhỏ vào tận vườn. Tôi hiến đất mà không tiếc, vì con đường này là của cả ấp”.
H Lan tỏa cách làm gần dân
P Không chỉ dừng lại ở con đường, mô hình “Cà phê sáng cùng Mặt trận” còn giúp ấp Mỹ Thạnh hòa giải thành 7 vụ mâu thuẫn về ranh đất, lối đi; vận động 12 hộ chuyển đổi từ trồng lúa kém hiệu quả sang trồng xoài, nuôi cá kết hợp. Quỹ “Vì người nghèo” của ấp năm 2025 vận động được hơn 85 triệu đồng, hỗ trợ sửa chữa 2 căn nhà cho hộ nghèo.
P Bà Lê Thị Kim Hằng, Chủ tịch Ủy ban MTTQ Việt Nam xã Mỹ Hiệp cho biết, mô hình của ấp Mỹ Thạnh đã được Ban Thường trực Ủy ban MTTQ xã đánh giá cao và nhân rộng ra 6 ấp còn lại. Mỗi tháng, cán bộ Mặt trận xã đều bố trí thời gian dự các buổi cà phê sáng ở các ấp để trực tiếp nắm tâm tư, nguyện vọng của Nhân dân.
I Ông Trần Văn Út (thứ hai từ trái sang) trao đổi với bà con tại quán cà phê đầu ấp.
P Cuối năm 2025, mô hình “Cà phê sáng cùng Mặt trận” được Ban Chỉ đạo phong trào thi đua “Dân vận khéo” tỉnh công nhận là mô hình “Dân vận khéo” tiêu biểu. Theo đồng chí Võ Thị Mỹ Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, thành công của mô hình nằm ở sự gần gũi, chân thành của người cán bộ cơ sở: “Dân vận khéo không phải là nói hay, mà là biết lắng nghe, làm trước để dân tin, dân làm theo”.
""")

A["r03"] = dict(
    platform="dnn",
    url="https://phunu.laocai.gov.vn/tin-tuc/hoat-dong-hoi/ArticleID/2741/ranh-ro-ngay-hoi-phu-nu-cac-dan-toc-xa-bac-ha",
    title="Rạng rỡ ngày hội phụ nữ các dân tộc xã Bắc Hà",
    dt=datetime.datetime(2026, 3, 7, 18, 0, 0),
    author="Hoàng Thu Trang",
    byline=["Hoàng Thu Trang"],
    src="""
L Hướng tới kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8/3 và 1986 năm khởi nghĩa Hai Bà Trưng, ngày 6/3, Hội LHPN xã Bắc Hà phối hợp với Trung tâm Dịch vụ tổng hợp xã tổ chức ngày hội “Phụ nữ các dân tộc Bắc Hà – Tự tin, hội nhập”, thu hút hơn 600 hội viên, phụ nữ của 18 thôn tham gia.
P Ngày hội gồm nhiều hoạt động: trình diễn trang phục truyền thống, thi gói bánh, thi nấu món ăn dân tộc, trưng bày nông sản, sản phẩm thủ công của các tổ hợp tác do phụ nữ làm chủ. Đây là dịp để chị em giao lưu, học hỏi kinh nghiệm, cùng nhau giữ gìn bản sắc văn hóa các dân tộc Mông, Dao, Tày, Nùng, Phù Lá trên địa bàn.
I Màn trình diễn trang phục truyền thống của phụ nữ dân tộc Mông thôn Na Hối.
I Các đội thi gói bánh chưng đen, món bánh đặc trưng của đồng bào Tày vùng cao.
I Gian trưng bày sản phẩm của Tổ hợp tác dệt thổ cẩm thôn Bản Phố thu hút đông đảo khách tham quan.
I
P Tại ngày hội, Hội LHPN xã đã ra mắt mô hình “Chi hội phụ nữ không tảo hôn, không hôn nhân cận huyết thống” tại thôn Sín Chải và trao 5 suất vốn “Mẹ đỡ đầu” với tổng trị giá 25 triệu đồng cho hội viên phụ nữ nghèo.
I Lãnh đạo Hội LHPN tỉnh trao vốn hỗ trợ cho hội viên phụ nữ có hoàn cảnh khó khăn.
I Phần thi nấu thắng cố, món ăn truyền thống của đồng bào Mông, do chi hội phụ nữ thôn Nậm Đét thực hiện.
P Chị Giàng Thị Mỷ, Chi hội trưởng phụ nữ thôn Na Hối chia sẻ: “Năm nào chị em cũng mong đến ngày hội. Chúng tôi được mặc váy áo đẹp nhất, được học cách làm hàng thổ cẩm bán cho khách du lịch, có thêm thu nhập cho gia đình”.
I Đội văn nghệ phụ nữ thôn Bản Phố biểu diễn tiết mục múa “Hoa ban mùa xuân”.
P Năm 2025, Hội LHPN xã đã hỗ trợ thành lập 4 tổ hợp tác và 1 hợp tác xã do phụ nữ quản lý; phối hợp với Ngân hàng Chính sách xã hội cho 312 lượt hội viên vay vốn với tổng dư nợ gần 18 tỷ đồng. Số hộ nghèo do phụ nữ làm chủ hộ giảm 46 hộ so với đầu năm.
P Theo bà Vàng Thị Sâu, Chủ tịch Hội LHPN xã Bắc Hà, ngày hội không chỉ tôn vinh vẻ đẹp, vai trò của phụ nữ dân tộc thiểu số mà còn là dịp tuyên truyền, vận động chị em tham gia phát triển kinh tế, xây dựng gia đình no ấm, tiến bộ, hạnh phúc, góp phần xây dựng nông thôn mới ở xã vùng cao.
I Ban Tổ chức trao giải Nhất toàn đoàn cho chi hội phụ nữ thôn Bản Phố.
S Nguồn: Hội LHPN xã Bắc Hà
""")

A["r04"] = dict(
    platform="wordpress",
    url="https://tinhdoangialai.org.vn/2026/03/26/tuoi-tre-gia-lai-soi-noi-cac-hoat-dong-ky-niem-95-nam-ngay-thanh-lap-doan/",
    title="Tuổi trẻ Gia Lai sôi nổi các hoạt động kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh",
    dt=datetime.datetime(2026, 3, 26, 0, 35, 0),
    author="Hoàng Phúc",
    byline=["Tin, ảnh: Hoàng Phúc"],
    src="""
P {b}Tối 25/3, Tỉnh đoàn Gia Lai tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2026) và tuyên dương 95 gương “Thanh niên tiên tiến làm theo lời Bác” năm 2026.{/b}
P Dự buổi lễ có đồng chí Đinh Văn Thiện, Phó Bí thư Tỉnh ủy; đồng chí Lê Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đại diện lãnh đạo các sở, ngành, địa phương cùng hơn 800 đoàn viên, thanh niên tiêu biểu trong tỉnh.
P Ôn lại chặng đường 95 năm xây dựng và trưởng thành của Đoàn, anh Ksor Y Bliêng, Bí thư Tỉnh đoàn khẳng định: qua các thời kỳ, tuổi trẻ Gia Lai luôn xung kích, tình nguyện trên các mặt trận, từ chiến đấu bảo vệ Tổ quốc đến xây dựng quê hương. Sau hợp nhất, tổ chức Đoàn toàn tỉnh có hơn 186.000 đoàn viên sinh hoạt tại 135 đoàn xã, phường và các cơ sở đoàn trực thuộc.
P Trong năm 2025, các cấp bộ Đoàn trong tỉnh đã triển khai 1.420 công trình, phần việc thanh niên với tổng giá trị hơn 48 tỷ đồng; tham gia xóa 215 nhà tạm, nhà dột nát; tư vấn, giới thiệu việc làm cho 3.600 thanh niên. Phong trào “Bình dân học vụ số” được đẩy mạnh, hơn 12.000 đoàn viên, thanh niên tham gia hướng dẫn người dân cài đặt, sử dụng định danh điện tử và dịch vụ công trực tuyến.
H 95 gương thanh niên tiên tiến làm theo lời Bác
P Tại buổi lễ, Ban Thường vụ Tỉnh đoàn tuyên dương 95 gương “Thanh niên tiên tiến làm theo lời Bác” năm 2026. Đây là những đoàn viên, thanh niên tiêu biểu trên các lĩnh vực học tập, lao động sản xuất, khởi nghiệp, bảo vệ Tổ quốc, chuyển đổi số và hoạt động tình nguyện.
P Trong số đó có anh Rơ Châm Thuấn, 28 tuổi, ở xã Ia Grai, người xây dựng thành công mô hình trồng cà phê theo tiêu chuẩn hữu cơ, tạo việc làm cho 20 lao động địa phương; chị Nguyễn Thị Bảo Trâm, giáo viên ở phường Quy Nhơn Đông, người duy trì lớp học tiếng Anh miễn phí cho trẻ em vùng biển suốt 5 năm qua.
I Lãnh đạo tỉnh trao Bằng khen cho các gương thanh niên tiên tiến làm theo lời Bác năm 2026.
P Phát biểu tại buổi lễ, đồng chí Đinh Văn Thiện đề nghị các cấp bộ Đoàn tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở; phát huy vai trò xung kích của thanh niên trong chuyển đổi số, khởi nghiệp sáng tạo và xây dựng nông thôn mới; quan tâm giáo dục lý tưởng, đạo đức, lối sống cho thanh niên, nhất là thanh niên vùng đồng bào dân tộc thiểu số.
P Dịp này, Tỉnh đoàn phát động đợt cao điểm “Tháng Thanh niên” với chủ đề “Tuổi trẻ Gia Lai tiên phong, sáng tạo, vững bước vào kỷ nguyên mới”. Chương trình nghệ thuật với các tiết mục cồng chiêng, múa xoang của thanh niên các dân tộc đã khép lại buổi lễ trong không khí sôi nổi.
I Tiết mục cồng chiêng của đoàn viên, thanh niên xã Ia Grai.
""")

A["r05"] = dict(
    platform="joomla",
    url="https://hoinongdan.nghean.gov.vn/index.php/thong-bao/1186-thong-bao-to-chuc-hoi-cho-nong-san-san-pham-ocop-do-hoi-vien-nong-dan-san-xuat-nam-2025",
    title="Thông báo tổ chức Hội chợ nông sản, sản phẩm OCOP do hội viên nông dân sản xuất năm 2025",
    dt=datetime.datetime(2025, 8, 5, 14, 20, 31),
    author="Văn phòng Hội Nông dân tỉnh",
    byline=["Văn phòng Hội Nông dân tỉnh"],
    src="""
P Thực hiện Chương trình công tác năm 2025, Ban Thường vụ Hội Nông dân tỉnh thông báo tổ chức Hội chợ nông sản, sản phẩm OCOP do hội viên nông dân sản xuất năm 2025 với những nội dung cụ thể như sau:
H I. Mục đích, yêu cầu
O Tạo cơ hội cho hội viên nông dân, hợp tác xã, tổ hợp tác giới thiệu, quảng bá, kết nối tiêu thụ nông sản, sản phẩm OCOP; góp phần nâng cao thu nhập cho hội viên nông dân.
O Tuyên truyền kết quả phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững.
O Hội chợ được tổ chức trang trọng, tiết kiệm, an toàn; sản phẩm tham gia phải có nguồn gốc xuất xứ rõ ràng, bảo đảm an toàn thực phẩm.
H II. Thời gian, địa điểm
O Thời gian: từ ngày 28/8/2025 đến hết ngày 31/8/2025 (khai mạc lúc 8 giờ 00 ngày 28/8/2025).
O Địa điểm: Quảng trường Hồ Chí Minh, phường Thành Vinh, tỉnh Nghệ An.
H III. Quy mô, đối tượng tham gia
O Quy mô: 120 gian hàng tiêu chuẩn (3 m x 3 m), trong đó dành 40 gian hàng cho các sản phẩm OCOP đạt từ 3 sao trở lên.
O Đối tượng: hội viên nông dân, tổ hội nghề nghiệp, chi hội nghề nghiệp, tổ hợp tác, hợp tác xã, doanh nghiệp nông nghiệp có hội viên nông dân tham gia trên địa bàn tỉnh.
O Hội viên thuộc hộ nghèo, hộ cận nghèo, hộ ở các xã miền núi, biên giới được ưu tiên bố trí gian hàng và miễn phí thuê gian hàng.
H IV. Tổ chức thực hiện
O Hội Nông dân các xã, phường căn cứ nội dung thông báo, lựa chọn, đăng ký đơn vị, sản phẩm tham gia hội chợ; mỗi xã, phường đăng ký tối thiểu 01 gian hàng.
O Phiếu đăng ký gửi về Hội Nông dân tỉnh (qua Ban Kinh tế - Xã hội) trước ngày 20/8/2025, đồng thời gửi bản mềm qua địa chỉ thư điện tử bankinhte.hnd@nghean.gov.vn.
O Giao Trung tâm Hỗ trợ nông dân tỉnh chủ trì, phối hợp với các đơn vị liên quan chuẩn bị mặt bằng, gian hàng, điện, nước và công tác bảo đảm an ninh trật tự, phòng cháy, chữa cháy.
O Ban Tuyên huấn Hội Nông dân tỉnh phối hợp với các cơ quan báo chí tuyên truyền trước, trong và sau thời gian diễn ra hội chợ.
P Mọi chi tiết xin liên hệ đồng chí Hồ Thị Lam, Phó Trưởng Ban Kinh tế - Xã hội Hội Nông dân tỉnh, số điện thoại 0238 3 841 256.
P Ban Thường vụ Hội Nông dân tỉnh đề nghị Hội Nông dân các xã, phường quan tâm, triển khai thực hiện./.
""")

A["r06"] = dict(
    platform="nukeviet",
    url="https://dangbo.trungson.ninhbinh.gov.vn/tin-tuc/hoat-dong-dang-bo/dien-van-cua-dong-chi-bi-thu-dang-uy-phuong-tai-le-ky-niem-80-nam-cach-mang-thang-tam-va-quoc-khanh-2-9-412.html",
    title="Diễn văn của đồng chí Bí thư Đảng ủy phường tại Lễ kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9",
    dt=datetime.datetime(2025, 8, 29, 10, 42, 0),
    author="Đinh Văn Khoa",
    byline=["Đinh Văn Khoa"],
    src="""
L Sáng 29/8, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam phường Trung Sơn long trọng tổ chức Lễ kỷ niệm 80 năm Cách mạng Tháng Tám thành công và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam. Trang thông tin điện tử Đảng bộ phường trân trọng giới thiệu toàn văn diễn văn của đồng chí Đinh Văn Khoa, Bí thư Đảng ủy phường tại buổi lễ.
P {i}Kính thưa các đồng chí lãnh đạo, các vị đại biểu, các đồng chí lão thành cách mạng, Mẹ Việt Nam Anh hùng, các đồng chí cựu chiến binh!{/i}
P {i}Thưa toàn thể các đồng chí và Nhân dân!{/i}
P Trong không khí phấn khởi của cả nước hướng tới kỷ niệm 80 năm Cách mạng Tháng Tám thành công (19/8/1945 - 19/8/2025) và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (2/9/1945 - 2/9/2025), hôm nay, Đảng bộ, chính quyền và Nhân dân phường Trung Sơn long trọng tổ chức Lễ kỷ niệm. Thay mặt Ban Chấp hành Đảng bộ phường, tôi nhiệt liệt chào mừng các đồng chí lãnh đạo, các vị đại biểu và toàn thể Nhân dân đã về dự buổi lễ hôm nay.
H I. Cách mạng Tháng Tám – bước ngoặt vĩ đại của dân tộc
P Tám mươi năm trước, dưới sự lãnh đạo của Đảng và Chủ tịch Hồ Chí Minh, toàn dân tộc ta đã nhất tề đứng lên tổng khởi nghĩa giành chính quyền trong cả nước. Ngày 2/9/1945, tại Quảng trường Ba Đình lịch sử, Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn độc lập, khai sinh nước Việt Nam Dân chủ Cộng hòa, mở ra kỷ nguyên độc lập dân tộc gắn liền với chủ nghĩa xã hội.
P Trên quê hương Trung Sơn, hưởng ứng lệnh Tổng khởi nghĩa, đêm 20/8/1945, dưới sự lãnh đạo của chi bộ Đảng đầu tiên, Nhân dân các làng Yên Bình, Trung Hòa, Đông Sơn đã nổi dậy giành chính quyền, thành lập Ủy ban nhân dân cách mạng lâm thời. Trong hai cuộc kháng chiến, quê hương có 1.126 người con tham gia lực lượng vũ trang, 287 liệt sĩ, 31 Bà mẹ Việt Nam Anh hùng.
H II. Những thành tựu trên chặng đường xây dựng quê hương
P Phát huy truyền thống cách mạng, những năm qua, Đảng bộ và Nhân dân phường đã đoàn kết, nỗ lực vượt qua khó khăn, giành được nhiều thành tựu quan trọng. Từ ngày 1/7/2025, phường Trung Sơn mới được thành lập trên cơ sở hợp nhất ba phường cũ, có diện tích tự nhiên 28,6 km², dân số gần 52.000 người, 68 chi bộ trực thuộc với hơn 2.900 đảng viên.
P Kinh tế của phường tăng trưởng khá, thu nhập bình quân đầu người năm 2024 đạt 92 triệu đồng; hạ tầng đô thị được đầu tư đồng bộ; 100% tổ dân phố đạt danh hiệu tổ dân phố văn hóa. Quốc phòng, an ninh được giữ vững; công tác xây dựng Đảng, xây dựng hệ thống chính trị được chú trọng, khối đại đoàn kết toàn dân tộc không ngừng được củng cố.
H III. Phát huy truyền thống, vững bước vào kỷ nguyên mới
P Thưa các đồng chí! Nhiệm vụ trước mắt của Đảng bộ và Nhân dân phường là rất nặng nề. Chúng ta cần tiếp tục xây dựng Đảng bộ trong sạch, vững mạnh; vận hành bộ máy chính quyền phường mới thông suốt, hiệu quả, phục vụ Nhân dân ngày càng tốt hơn; huy động mọi nguồn lực để phát triển kinh tế - xã hội, chỉnh trang đô thị, chăm lo đời sống vật chất, tinh thần của Nhân dân.
P Tôi đề nghị các cấp ủy, chi bộ, Mặt trận Tổ quốc và các đoàn thể đẩy mạnh phong trào thi đua yêu nước, phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”; mỗi cán bộ, đảng viên gương mẫu, nói đi đôi với làm, gần dân, trọng dân và có trách nhiệm với dân.
P {i}Kính thưa các đồng chí!{/i}
P Với truyền thống cách mạng vẻ vang, với sự đoàn kết, đồng lòng của Đảng bộ và Nhân dân, tôi tin tưởng rằng phường Trung Sơn sẽ thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030, xây dựng quê hương ngày càng giàu đẹp, văn minh.
P Xin chúc các đồng chí lãnh đạo, các vị đại biểu và toàn thể Nhân dân mạnh khỏe, hạnh phúc. Xin trân trọng cảm ơn!
""")

A["r07"] = dict(
    platform="aspnet",
    url="https://congdoanhungyen.org.vn/tintuc/chitiet.aspx?id=5128&cat=12",
    title="Kết quả thực hiện Chương trình “Tết Sum vầy” Xuân Bính Ngọ năm 2026 của các cấp công đoàn tỉnh",
    dt=datetime.datetime(2026, 2, 12, 0, 0, 0),
    author="Phạm Thị Hồng Vân (Ban Tuyên giáo LĐLĐ tỉnh)",
    byline=["Phạm Thị Hồng Vân (Ban Tuyên giáo LĐLĐ tỉnh)"],
    src="""
P Thực hiện Kế hoạch số 95/KH-LĐLĐ ngày 05/12/2025 của Ban Thường vụ Liên đoàn Lao động tỉnh về tổ chức “Tết Sum vầy” Xuân Bính Ngọ năm 2026, tính đến ngày 10/02/2026, các cấp công đoàn trong tỉnh đã thăm hỏi, tặng quà cho 48.762 lượt đoàn viên, người lao động với tổng kinh phí hơn 39,8 tỷ đồng. Kết quả cụ thể như sau:
TH STT | Đơn vị | Số lượt đoàn viên, người lao động được thăm hỏi, tặng quà | Kinh phí (triệu đồng)
T 1 | Công đoàn các Khu công nghiệp tỉnh | 21.540 | 16.158
T 2 | Công đoàn Viên chức tỉnh | 3.215 | 2.411
T 3 | Công đoàn ngành Giáo dục | 5.870 | 4.102
T 4 | Công đoàn ngành Y tế | 2.964 | 2.075
T 5 | Công đoàn ngành Xây dựng | 1.508 | 1.206
T 6 | Công đoàn ngành Nông nghiệp và Môi trường | 1.126 | 864
T 7 | Công đoàn cơ sở trực thuộc LĐLĐ tỉnh | 2.437 | 1.950
T 8 | Công đoàn cơ sở khu vực các xã, phường | 10.102 | 11.080
T Tổng cộng | 48.762 | 39.846
P Bên cạnh hoạt động thăm hỏi, tặng quà, các cấp công đoàn còn tổ chức nhiều hoạt động chăm lo thiết thực khác cho đoàn viên, người lao động:
TH Hoạt động | Số lượng | Kết quả
T Chuyến xe Công đoàn đưa người lao động về quê đón Tết | 42 chuyến | 1.850 người lao động được hỗ trợ vé xe
T Chợ Tết Công đoàn | 6 phiên | 9.200 phiếu mua hàng ưu đãi được phát
T Chương trình “Tết Sum vầy” tại khu nhà trọ công nhân | 15 điểm | 3.400 lượt người tham gia
T Hỗ trợ xây dựng “Mái ấm Công đoàn” | 12 căn | 600 triệu đồng
P Đánh giá chung, chương trình “Tết Sum vầy” năm 2026 được các cấp công đoàn triển khai sớm, đúng đối tượng, công khai, minh bạch. Ngoài nguồn tài chính công đoàn, các cấp công đoàn đã vận động doanh nghiệp, nhà hảo tâm ủng hộ 9,6 tỷ đồng. Nhiều doanh nghiệp thưởng Tết cho người lao động cao hơn năm trước; không có doanh nghiệp nợ lương, nợ thưởng kéo dài.
P Ban Thường vụ Liên đoàn Lao động tỉnh đề nghị các công đoàn cấp trên cơ sở tiếp tục nắm tình hình việc làm, đời sống, tư tưởng của đoàn viên, người lao động sau Tết; phối hợp với người sử dụng lao động tổ chức các hoạt động đầu xuân, kịp thời báo cáo những vụ việc phát sinh về Liên đoàn Lao động tỉnh.
""")

A["r08"] = dict(
    platform="static",
    url="http://cuuchienbinh.quangtri.org.vn/tintuc/2025/12/ccb-phat-huy-pham-chat-bo-doi-cu-ho.htm",
    title="Cựu chiến binh Quảng Trị phát huy phẩm chất “Bộ đội Cụ Hồ” trong thời kỳ mới",
    dt=datetime.datetime(2025, 12, 22, 9, 12, 37),
    author="Đinh Công Hậu, Văn phòng Hội CCB tỉnh",
    byline=["Đinh Công Hậu", "Văn phòng Hội CCB tỉnh"],
    src="""
P Sáng 20/12, Hội Cựu chiến binh tỉnh tổ chức buổi gặp mặt, ôn truyền thống kỷ niệm 81 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2025) và 36 năm Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2025). Tham dự có gần 200 hội viên cựu chiến binh tiêu biểu đến từ các xã, phường và đặc khu Cồn Cỏ.
P Tại buổi gặp mặt, các đại biểu đã cùng ôn lại truyền thống vẻ vang của Quân đội nhân dân Việt Nam. Từ Đội Việt Nam Tuyên truyền Giải phóng quân với 34 chiến sĩ, dưới sự lãnh đạo của Đảng, Quân đội ta đã không ngừng lớn mạnh, cùng toàn dân làm nên những chiến thắng lịch sử, giải phóng dân tộc, thống nhất đất nước. Trong suốt chặng đường ấy, hình ảnh “Bộ đội Cụ Hồ” đã trở thành biểu tượng cao đẹp trong lòng Nhân dân.
Q “Quân đội ta trung với Đảng, hiếu với dân, sẵn sàng chiến đấu hy sinh vì độc lập, tự do của Tổ quốc, vì chủ nghĩa xã hội. Nhiệm vụ nào cũng hoàn thành, khó khăn nào cũng vượt qua, kẻ thù nào cũng đánh thắng.”
Q Chủ tịch Hồ Chí Minh
P Lời khen ngợi của Bác đã trở thành chân lý, là mục tiêu phấn đấu, rèn luyện của các thế hệ cán bộ, chiến sĩ. Trở về với đời thường, các cựu chiến binh tiếp tục giữ gìn và phát huy bản chất, truyền thống ấy trên mặt trận phát triển kinh tế, xây dựng quê hương.
P Sau hợp nhất, Hội Cựu chiến binh tỉnh có hơn 41.000 hội viên sinh hoạt tại 147 cơ sở hội. Năm 2025, các cấp Hội đã vận động hội viên giúp nhau hơn 3.200 ngày công, 5,6 tỷ đồng vốn không lãi; hỗ trợ xây dựng, sửa chữa 64 nhà “Nghĩa tình đồng đội”. Toàn tỉnh có 2.860 hội viên đạt danh hiệu sản xuất, kinh doanh giỏi, 126 doanh nghiệp, hợp tác xã, trang trại do cựu chiến binh làm chủ, tạo việc làm cho hơn 4.000 lao động.
I Các đại biểu dâng hương tại Tượng đài Chủ tịch Hồ Chí Minh trước buổi gặp mặt.
P Xúc động chia sẻ tại buổi gặp mặt, cựu chiến binh Hoàng Văn Lục, 78 tuổi, ở xã Vĩnh Linh, người từng tham gia chiến đấu bảo vệ Thành cổ Quảng Trị năm 1972 nói: “Chúng tôi may mắn được trở về, còn biết bao đồng đội đã nằm lại. Sống sao cho xứng đáng với đồng đội là điều mỗi cựu chiến binh luôn tự nhắc mình”.
P Phát biểu tại buổi gặp mặt, Đại tá Nguyễn Đức Thọ, Chủ tịch Hội Cựu chiến binh tỉnh đề nghị các cấp Hội tiếp tục làm tốt công tác giáo dục truyền thống cho thế hệ trẻ; tích cực tham gia xây dựng Đảng, chính quyền vững mạnh; phát huy vai trò nòng cốt trong bảo vệ an ninh trật tự ở cơ sở, nhất là ở các xã biên giới, ven biển; tiếp tục giúp nhau giảm nghèo bền vững, làm giàu chính đáng.
P Dịp này, Hội Cựu chiến binh tỉnh khen thưởng 25 tập thể, 40 cá nhân có thành tích xuất sắc trong phong trào thi đua “Cựu chiến binh gương mẫu” năm 2025.
""")

A["r09"] = dict(
    platform="custom",
    url="https://sinhhoatdang.org.vn/xay-dung-dang/nang-cao-chat-luong-sinh-hoat-chi-bo-o-xa-phuong-sau-sap-xep-don-vi-hanh-chinh-ky-1-nhung-chuyen-dong-tu-co-so-c18a24719.html",
    title="Nâng cao chất lượng sinh hoạt chi bộ ở xã, phường sau sắp xếp đơn vị hành chính - Kỳ 1: Những chuyển động từ cơ sở",
    dt=datetime.datetime(2026, 8, 10, 6, 30, 12),
    author="Lê Hoài Nam, Phạm Thu Hà",
    byline=["Lê Hoài Nam", "Phạm Thu Hà"],
    src="""
L Sau hơn một năm vận hành chính quyền địa phương hai cấp, nhiều chi bộ thôn, tổ dân phố phải sinh hoạt trên địa bàn rộng hơn, số đảng viên đông hơn. Làm thế nào để mỗi buổi sinh hoạt chi bộ thực sự là “ngày hội” của đảng viên, không hình thức, đơn điệu là câu hỏi được nhiều cấp ủy cơ sở quan tâm.
H Chi bộ “lớn” hơn, việc cũng nhiều hơn
P Tối thứ Năm đầu tháng, hội trường nhà văn hóa tổ dân phố số 7, phường Đông Tiến (tỉnh Thanh Hóa) sáng đèn. 64 đảng viên của chi bộ có mặt đầy đủ, nhiều người mang theo sổ tay ghi chép. Đồng chí Lê Văn Hưng, Bí thư Chi bộ cho biết, sau khi sáp nhập hai tổ dân phố cũ, số đảng viên của chi bộ tăng gần gấp đôi, trong đó hơn một nửa là đảng viên cao tuổi, nhiều người là cán bộ nghỉ hưu.
P “Đảng viên đông thì ý kiến cũng nhiều, nhưng nếu không chuẩn bị kỹ thì buổi sinh hoạt rất dễ thành buổi đọc báo cáo. Chi ủy chúng tôi phải họp trước ít nhất một tuần, thống nhất nội dung trọng tâm, phân công người chuẩn bị ý kiến”, đồng chí Hưng nói.
P Theo báo cáo của Ban Tổ chức Trung ương, sau sắp xếp, cả nước có hơn 3.300 đảng bộ xã, phường, đặc khu; số đảng viên bình quân mỗi chi bộ thôn, tổ dân phố tăng đáng kể so với trước. Địa bàn rộng hơn, thành phần đảng viên đa dạng hơn, trong khi đội ngũ bí thư chi bộ phần lớn kiêm nhiệm, không có nhiều thời gian và kinh nghiệm tổ chức sinh hoạt.
P Ở vùng cao, khó khăn còn nhiều hơn. Chi bộ bản Pá Khoang, xã Mường Phăng (tỉnh Điện Biên) có 38 đảng viên nhưng sinh sống rải rác ở ba điểm dân cư cách nhau hơn 10 km đường đèo. Đồng chí Lò Văn Chiến, Bí thư Chi bộ chia sẻ, chi bộ đã linh hoạt chia thành các tổ đảng, sinh hoạt tổ định kỳ và chỉ tập trung toàn chi bộ vào những nội dung quan trọng.
H Đổi mới từ nội dung đến cách tổ chức
P Trước yêu cầu mới, nhiều cấp ủy cơ sở đã chủ động đổi mới nội dung sinh hoạt chi bộ theo hướng “ít mà chất”. Thay vì điểm lại toàn bộ các công việc trong tháng, chi bộ chỉ tập trung thảo luận một, hai vấn đề nổi cộm mà Nhân dân quan tâm như vệ sinh môi trường, an ninh trật tự, chỉnh trang đường làng, ngõ xóm hay giải quyết thủ tục hành chính sau sắp xếp.
P Tại Đảng bộ xã Yên Thịnh (tỉnh Ninh Bình), Ban Thường vụ Đảng ủy xã ban hành hướng dẫn khung cho sinh hoạt chuyên đề hằng quý, với các chủ đề gắn với đời sống như “Vai trò của đảng viên trong xây dựng khu dân cư kiểu mẫu”, “Đảng viên với chuyển đổi số ở cơ sở”. Mỗi chi bộ được gợi ý cách chuẩn bị, cách điều hành để buổi sinh hoạt có tranh luận, có kết luận cụ thể.
P Ứng dụng công nghệ thông tin cũng được nhiều nơi tận dụng. Tài liệu sinh hoạt được gửi trước cho đảng viên qua ứng dụng “Sổ tay đảng viên điện tử”; chi ủy tiếp nhận ý kiến qua nhóm Zalo của chi bộ, tổng hợp trước khi sinh hoạt. Nhờ vậy, thời gian đọc văn bản tại buổi sinh hoạt giảm đáng kể, dành nhiều thời gian hơn cho thảo luận.
P Đồng chí Nguyễn Thị Lan, đảng viên Chi bộ thôn Đồng Tâm, xã Yên Thịnh nhận xét: “Trước đây sinh hoạt chủ yếu là nghe, giờ mình được nói nhiều hơn. Có những ý kiến của đảng viên được chi bộ đưa vào nghị quyết, triển khai ngay trong tháng, mọi người thấy rõ trách nhiệm của mình”.
H Những băn khoăn còn đó
P Dù có nhiều chuyển biến, chất lượng sinh hoạt chi bộ ở không ít nơi vẫn chưa đồng đều. Qua khảo sát tại một số địa phương, vẫn còn tình trạng sinh hoạt theo “lối mòn”, nội dung dàn trải, tính chiến đấu trong tự phê bình và phê bình chưa cao; một số đảng viên cao tuổi được miễn sinh hoạt nhưng chưa có hình thức phù hợp để phát huy kinh nghiệm của họ.
P Đội ngũ bí thư chi bộ thôn, tổ dân phố cũng là vấn đề cần quan tâm. Nhiều đồng chí kiêm nhiệm trưởng thôn, trưởng ban công tác Mặt trận, phụ cấp thấp, trong khi khối lượng công việc sau sắp xếp tăng lên. Việc bồi dưỡng kỹ năng chủ trì sinh hoạt, nắm bắt tâm tư đảng viên cho đội ngũ này còn ít, chủ yếu lồng ghép trong các hội nghị.
P Những băn khoăn ấy đặt ra yêu cầu phải có giải pháp đồng bộ, từ sự chỉ đạo của cấp ủy cấp trên đến sự chủ động của từng chi bộ, để sinh hoạt chi bộ thực sự là nơi nuôi dưỡng, rèn luyện đảng viên, gắn bó mật thiết với Nhân dân.
""")

A["r10"] = dict(
    platform="custom",
    url="https://baobacninh.vn/xay-dung-dang/phat-trien-dang-vien-trong-doanh-nghiep-ngoai-khu-vuc-nha-nuoc-go-kho-tu-co-so-286415.html",
    title="Phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước: Gỡ khó từ cơ sở",
    dt=datetime.datetime(2026, 6, 18, 7, 12, 48),
    author="MINH KHANG",
    byline=["Bài, ảnh: MINH KHANG"],
    src="""
L Công nhân thường xuyên biến động, thời gian làm việc theo ca kíp, một số chủ doanh nghiệp chưa mặn mà với việc thành lập tổ chức đảng… là những nguyên nhân khiến công tác phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước ở Bắc Ninh còn nhiều khó khăn. Những tháng đầu năm 2026, nhiều cách làm mới đã được triển khai, bước đầu mang lại kết quả.
P Toàn tỉnh hiện có hơn 4.100 doanh nghiệp ngoài khu vực nhà nước đang hoạt động với trên 520.000 lao động, phần lớn tập trung tại các khu công nghiệp. Tuy nhiên, mới có 186 tổ chức đảng với khoảng 3.400 đảng viên trong khu vực này. Nhiều doanh nghiệp quy mô lớn vẫn chưa có tổ chức đảng, đảng viên là công nhân còn ít.
P Anh Nguyễn Văn Tuấn, công nhân một doanh nghiệp điện tử tại Khu công nghiệp Quế Võ, cho biết anh từng là đảng viên khi còn học đại học, nhưng sau khi vào làm việc tại doanh nghiệp đã hai năm không chuyển sinh hoạt đảng vì “không biết chuyển về đâu, ca kíp liên tục, không có thời gian”. Trường hợp như anh Tuấn không phải là hiếm.
R Bắc Ninh: Trao Huy hiệu Đảng cho 1.215 đảng viên dịp 19/5
R Nâng cao chất lượng tổ chức cơ sở đảng trong doanh nghiệp
I Lễ kết nạp đảng viên mới tại Chi bộ Công ty TNHH Điện tử Quế Võ. Ảnh: MINH KHANG
P Để tháo gỡ khó khăn, Đảng ủy các khu công nghiệp tỉnh đã phối hợp với Công đoàn các khu công nghiệp rà soát, lập danh sách quần chúng ưu tú là tổ trưởng, chuyền trưởng, công nhân lành nghề; giao đảng viên giúp đỡ, theo dõi từng người. Việc học lớp nhận thức về Đảng được tổ chức vào ngày nghỉ, ngay tại khu công nghiệp để công nhân không phải đi xa.
P Đặc biệt, cấp ủy đã chủ động gặp gỡ, đối thoại với chủ doanh nghiệp, kể cả doanh nghiệp có vốn đầu tư nước ngoài, để giải thích vai trò của tổ chức đảng, tổ chức công đoàn trong việc ổn định quan hệ lao động. Ông Park Jun Ho, Tổng Giám đốc một công ty sản xuất linh kiện, chia sẻ: “Từ khi có chi bộ và công đoàn hoạt động tốt, công nhân yên tâm làm việc, tỷ lệ nghỉ việc giảm rõ rệt. Chúng tôi sẵn sàng tạo điều kiện về thời gian, địa điểm cho các hoạt động”.
P Nhờ những cách làm đó, 6 tháng đầu năm 2026, Đảng bộ các khu công nghiệp đã kết nạp 142 đảng viên mới là công nhân, thành lập mới 9 chi bộ trong doanh nghiệp ngoài khu vực nhà nước, vượt chỉ tiêu cả năm. Nhiều đảng viên trẻ đã phát huy vai trò nòng cốt trong các phong trào thi đua, sáng kiến cải tiến kỹ thuật.
I Đảng viên trẻ Đỗ Thị Hạnh (bên phải) hướng dẫn đồng nghiệp trên dây chuyền sản xuất. Ảnh: MINH KHANG
P Đồng chí Trần Quang Minh, Bí thư Đảng ủy các khu công nghiệp tỉnh cho biết, thời gian tới, Đảng ủy tiếp tục đẩy mạnh phát triển đảng viên trong công nhân, tập trung vào các doanh nghiệp có từ 300 lao động trở lên; đề xuất cơ chế hỗ trợ kinh phí hoạt động cho chi bộ doanh nghiệp; biểu dương những chủ doanh nghiệp tạo điều kiện tốt cho hoạt động của tổ chức đảng, đoàn thể.
""")

A["r11"] = dict(
    platform="sharepoint",
    url="https://duonghoa.quangninh.gov.vn/dang-bo/Trang/ChiTietTin.aspx?ItemID=1094",
    title="Thông báo kết luận của Ban Thường vụ Đảng ủy xã về công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031",
    dt=datetime.datetime(2026, 2, 2, 15, 40, 0),
    author=None,
    byline=[],
    src="""
P Ngày 30/01/2026, Ban Thường vụ Đảng ủy xã Đường Hoa đã họp, nghe Ủy ban Bầu cử xã báo cáo tiến độ công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031. Trên cơ sở báo cáo và ý kiến thảo luận của các đồng chí dự họp, Ban Thường vụ Đảng ủy xã kết luận như sau:
P 1. Cơ bản thống nhất với báo cáo của Ủy ban Bầu cử xã. Thời gian qua, công tác chuẩn bị bầu cử trên địa bàn xã được triển khai nghiêm túc, đúng kế hoạch; việc thành lập các tổ chức phụ trách bầu cử, xác định khu vực bỏ phiếu bảo đảm đúng quy định. Toàn xã có 14 khu vực bỏ phiếu với 9.846 cử tri.
P 2. Ủy ban nhân dân xã chỉ đạo rà soát, lập danh sách cử tri chính xác, đầy đủ, nhất là cử tri là công nhân làm việc xa nhà, ngư dân đi biển dài ngày, người đang điều trị tại cơ sở y tế; niêm yết danh sách cử tri đúng thời gian quy định.
P 3. Ban Thường trực Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp tổ chức chu đáo các hội nghị hiệp thương, hội nghị lấy ý kiến cử tri nơi cư trú đối với người ứng cử đại biểu HĐND xã; bảo đảm cơ cấu, thành phần hợp lý, tỷ lệ người ứng cử là nữ, người dân tộc thiểu số, người trẻ tuổi theo hướng dẫn.
P 4. Các chi bộ thôn, bản lãnh đạo chặt chẽ công tác tuyên truyền về cuộc bầu cử bằng nhiều hình thức phù hợp, kể cả tiếng Dao, tiếng Sán Chỉ tại các thôn vùng cao; kịp thời nắm tình hình tư tưởng Nhân dân, giải quyết dứt điểm các đơn thư, kiến nghị từ cơ sở, không để phát sinh điểm nóng.
P 5. Công an xã xây dựng phương án bảo đảm an ninh, trật tự trước, trong và sau ngày bầu cử; Ban Chỉ huy Quân sự xã bố trí lực lượng dân quân hỗ trợ bảo vệ các khu vực bỏ phiếu.
P 6. Văn phòng Đảng ủy xã theo dõi, đôn đốc việc thực hiện Thông báo này, định kỳ báo cáo Ban Thường vụ Đảng ủy xã.
P Ban Thường vụ Đảng ủy xã yêu cầu các chi bộ, cơ quan, đơn vị nghiêm túc triển khai thực hiện, bảo đảm cuộc bầu cử ngày 15/3/2026 diễn ra dân chủ, đúng pháp luật, an toàn, tiết kiệm và thực sự là ngày hội của toàn dân.
A TB-37-TB-DU-ket-luan-cong-tac-bau-cu.pdf | 412 KB
A Phu-luc-Lich-trinh-cong-tac-bau-cu-xa-Duong-Hoa.docx | 86 KB
A Danh-sach-khu-vuc-bo-phieu.xlsx | 31 KB
S Nguồn: Văn phòng Đảng ủy xã Đường Hoa
""")

A["r12"] = dict(
    platform="liferay",
    url="https://tgdv.haiphong.gov.vn/web/tgdv/tin-tuc-su-kien/-/asset_publisher/pKm4L2z8QwTe/content/thanh-pho-bieu-duong-120-dien-hinh-dan-van-kheo-giai-doan-2021-2025",
    title="Thành phố biểu dương 120 điển hình “Dân vận khéo” giai đoạn 2021 - 2025",
    dt=datetime.datetime(2025, 10, 14, 16, 5, 0),
    author="Hoàng Minh Quân - Ban Tuyên giáo và Dân vận Thành ủy",
    byline=["Hoàng Minh Quân - Ban Tuyên giáo và Dân vận Thành ủy"],
    src="""
L Chiều 14/10, Ban Thường vụ Thành ủy tổ chức Hội nghị tổng kết phong trào thi đua “Dân vận khéo” giai đoạn 2021 - 2025, biểu dương 120 điển hình tiêu biểu, hướng tới kỷ niệm 95 năm Ngày truyền thống công tác dân vận của Đảng.
P Dự hội nghị có:
U Đồng chí Vũ Thanh Bình, Phó Bí thư Thường trực Thành ủy;
U Đồng chí Trần Thị Ngọc Lan, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy;
U Đồng chí Phạm Văn Hiếu, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố;
U Lãnh đạo các ban xây dựng Đảng, các sở, ngành, đại diện các đảng ủy xã, phường, đặc khu và 120 điển hình được biểu dương.
P Theo báo cáo tổng kết, giai đoạn 2021 - 2025, phong trào thi đua “Dân vận khéo” được triển khai sâu rộng trong toàn hệ thống chính trị thành phố, gắn với việc thực hiện các nhiệm vụ chính trị trọng tâm. Toàn thành phố đã xây dựng 8.635 mô hình, điển hình “Dân vận khéo” trên các lĩnh vực kinh tế, văn hóa - xã hội, quốc phòng - an ninh, xây dựng hệ thống chính trị, trong đó 412 mô hình được công nhận cấp thành phố.
P Nhiều mô hình có sức lan tỏa mạnh, như “Vận động Nhân dân hiến đất mở rộng đường giao thông nông thôn” ở xã Kiến Thụy, huy động hơn 96.000 m² đất do Nhân dân tự nguyện hiến; “Tổ liên gia an toàn phòng cháy, chữa cháy” ở các phường nội đô; “Chính quyền thân thiện, vì Nhân dân phục vụ” tại các trung tâm phục vụ hành chính công cấp xã sau sắp xếp. Ở đặc khu Cát Hải, mô hình “Ngư dân bám biển, giữ vững chủ quyền” đã vận động hơn 300 tàu cá tham gia tổ đoàn kết trên biển.
I Đồng chí Vũ Thanh Bình, Phó Bí thư Thường trực Thành ủy trao Bằng khen cho các điển hình “Dân vận khéo” tiêu biểu.
P Phát biểu chỉ đạo hội nghị, đồng chí Vũ Thanh Bình đánh giá cao những kết quả phong trào đạt được, đồng thời chỉ rõ một số hạn chế: một số nơi còn chạy theo số lượng mô hình, thiếu tính bền vững; việc sơ kết, nhân rộng điển hình chưa kịp thời. Đồng chí đề nghị giai đoạn tới, các cấp ủy, chính quyền tiếp tục gắn phong trào với thực hiện Quy chế công tác dân vận của hệ thống chính trị, với các nhiệm vụ phát triển kinh tế - xã hội của thành phố; mỗi cán bộ, đảng viên phải là một tuyên truyền viên, một “dân vận viên” ở nơi cư trú.
P Tại hội nghị, Ban Thường vụ Thành ủy tặng Giấy khen cho 35 tập thể, 85 cá nhân có thành tích tiêu biểu trong phong trào thi đua “Dân vận khéo” giai đoạn 2021 - 2025.
S Nguồn: Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng
""")

A["r13"] = dict(
    platform="wordpress",
    url="https://phunuvinhlong.org.vn/chi-hoi-truong-phu-nu-ba-cung-voi-hoi-vien-ngheo-o-ap-hoa-loi/",
    title="Chi hội trưởng phụ nữ “ba cùng” với hội viên nghèo ở ấp Hòa Lợi",
    dt=datetime.datetime(2025, 7, 18, 10, 5, 44),
    author="Ngọc Bích",
    byline=["Ngọc Bích"],
    src="""
P Hơn 10 năm làm Chi hội trưởng phụ nữ ấp Hòa Lợi, xã Hòa Hiệp, chị Thạch Thị Sa Rết (dân tộc Khmer) luôn được chị em tin yêu bởi cách làm “cùng ăn, cùng ở, cùng làm” với hội viên nghèo. Nhờ chị, nhiều gia đình đã có việc làm ổn định, thoát nghèo bền vững.
P Ấp Hòa Lợi có hơn 60% dân số là đồng bào Khmer, phần lớn sống bằng nghề làm thuê, trồng lúa trên diện tích nhỏ. Những năm trước, nhiều chị em trong ấp không có việc làm ổn định, thu nhập bấp bênh, có gia đình phải đi làm thuê xa, con cái gửi ông bà chăm sóc.
P “Mình cũng từng nghèo nên hiểu cái khổ của chị em. Muốn vận động được thì phải ở gần, phải hiểu từng nhà thiếu cái gì, cần cái gì”, chị Sa Rết tâm sự.
X Xem thêm: {a:https://phunuvinhlong.org.vn/hoi-lhpn-tinh-trao-50-mai-am-tinh-thuong/}Hội LHPN tỉnh trao 50 “Mái ấm tình thương” cho phụ nữ nghèo{/a}
H Từ sợi lục bình đến nguồn thu nhập ổn định
P Năm 2023, chị Sa Rết đến tận nhà từng chị em nghèo, vận động thành lập tổ hợp tác đan lục bình. Ban đầu chỉ có 8 thành viên, nhiều người còn ngại vì chưa biết nghề. Chị tự bỏ tiền đi học nghề ở xã bên, rồi về nhà từng người cầm tay chỉ việc. Có những buổi, chị ngồi với chị em đến khuya để kịp giao hàng cho thương lái.
I Chị Thạch Thị Sa Rết (bìa phải) hướng dẫn hội viên đan sản phẩm từ lục bình. Ảnh: Ngọc Bích
P Đến nay, tổ hợp tác đã có 35 thành viên, mỗi tháng cung cấp cho doanh nghiệp khoảng 4.000 sản phẩm giỏ, thảm, hộp đựng. Thu nhập bình quân của mỗi thành viên từ 3 đến 4,5 triệu đồng/tháng, có thể vừa làm tại nhà vừa chăm sóc con nhỏ.
P Chị Kim Thị Sóc Phia, một thành viên của tổ, chia sẻ: “Trước đây tôi đi làm thuê ở Bình Dương, tháng nào cũng nhớ con. Giờ ở nhà đan lục bình, thu nhập không kém, lại được gần gia đình. Tôi cảm ơn chị Sa Rết nhiều lắm”.
H “Ba cùng” để chị em tin
P Không chỉ giúp chị em làm kinh tế, chị Sa Rết còn tích cực vận động hội viên tham gia bảo hiểm y tế, cho con đến trường đúng độ tuổi, không tảo hôn. Gia đình nào có người ốm đau, chị cùng chi hội đến thăm hỏi, quyên góp giúp đỡ. Mỗi buổi sinh hoạt chi hội, chị đều lồng ghép tuyên truyền bằng song ngữ Việt - Khmer để chị em lớn tuổi dễ hiểu.
P Nhờ cách làm gần dân, sát dân, từ năm 2023 đến nay, chi hội đã giúp 11 hộ hội viên thoát nghèo, phát triển thêm 46 hội viên mới. Chi hội phụ nữ ấp Hòa Lợi nhiều năm liền được công nhận chi hội vững mạnh.
P Bà Nguyễn Thị Thu Vân, Chủ tịch Hội LHPN xã Hòa Hiệp đánh giá, chị Sa Rết là tấm gương tiêu biểu trong phong trào thi đua “Dân vận khéo” của Hội. Mô hình tổ hợp tác đan lục bình đang được Hội LHPN xã nhân rộng ra 3 ấp khác trên địa bàn.
""")

A["r14"] = dict(
    platform="joomla",
    url="https://mttq.vinhhanh.angiang.gov.vn/index.php/tin-tuc/hoat-dong-mat-tran/214-trao-15-can-nha-dai-doan-ket-cho-ho-ngheo",
    title="Ủy ban MTTQ Việt Nam xã Vĩnh Hanh trao 15 căn nhà Đại đoàn kết cho hộ nghèo",
    dt=datetime.datetime(2025, 11, 6, 8, 30, 0),
    author="Huỳnh Thị Mai",
    byline=["Huỳnh Thị Mai"],
    src="""
P Ngày 5/11, Ủy ban MTTQ Việt Nam xã Vĩnh Hanh tổ chức lễ bàn giao 15 căn nhà Đại đoàn kết cho các hộ nghèo, hộ có hoàn cảnh đặc biệt khó khăn trên địa bàn xã. Đây là hoạt động thiết thực hưởng ứng Ngày hội Đại đoàn kết toàn dân tộc năm 2025.
P Các căn nhà được xây dựng kiên cố, mỗi căn có diện tích từ 48 đến 60 m², tổng kinh phí hơn 900 triệu đồng. Trong đó, Quỹ “Vì người nghèo” xã hỗ trợ 60 triệu đồng mỗi căn, phần còn lại do gia đình đối ứng và các mạnh thường quân, bà con dòng họ đóng góp. Nhiều hộ được các đoàn viên thanh niên, cựu chiến binh, dân quân hỗ trợ ngày công vận chuyển vật liệu, san lấp mặt bằng.
P Ông Lê Văn Tám, 67 tuổi, ở ấp Vĩnh Lợi, người nhận một trong 15 căn nhà, xúc động nói: “Cả đời tôi ở nhà lá, mùa mưa dột khắp nơi, gió lớn là lo sập. Giờ có căn nhà tường, mái tôn vững chắc, tôi không còn lo mỗi khi trời chuyển mưa nữa. Cảm ơn Mặt trận, cảm ơn bà con lối xóm đã giúp đỡ”.
I Lãnh đạo xã trao quyết định bàn giao nhà Đại đoàn kết cho hộ ông Lê Văn Tám, ấp Vĩnh Lợi.
P Bà Nguyễn Thị Kim Loan, Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Hanh cho biết, sau khi sắp xếp đơn vị hành chính, địa bàn xã rộng hơn, số hộ nghèo, cận nghèo nhiều hơn. Ban Thường trực Ủy ban MTTQ xã đã rà soát, lập danh sách 42 hộ có nhà ở xuống cấp cần hỗ trợ, phân kỳ thực hiện đến hết năm 2026.
P Năm 2025, Quỹ “Vì người nghèo” xã đã vận động được hơn 1,4 tỷ đồng. Ngoài xây dựng nhà Đại đoàn kết, Mặt trận xã còn hỗ trợ 120 suất học bổng cho học sinh nghèo, cấp 350 thẻ bảo hiểm y tế cho người cận nghèo, tặng bò giống cho 8 hộ nghèo người dân tộc Khmer.
P Dịp này, Ủy ban MTTQ Việt Nam xã đã biểu dương 12 tập thể, 20 cá nhân và mạnh thường quân có nhiều đóng góp cho Quỹ “Vì người nghèo” và chương trình xóa nhà tạm, nhà dột nát trên địa bàn.
""")

A["r15"] = dict(
    platform="dnn",
    url="https://tgdv.daklak.dcs.vn/tabid/96/ArticleID/3318/Default.aspx",
    title="Phát huy vai trò người có uy tín trong vùng đồng bào dân tộc thiểu số",
    dt=datetime.datetime(2026, 2, 20, 9, 20, 15),
    author="Hồng Nhung",
    byline=["Thực hiện: Hồng Nhung"],
    src="""
L Người có uy tín là “cầu nối” quan trọng giữa cấp ủy, chính quyền với đồng bào các dân tộc. Nhân dịp đầu xuân Bính Ngọ 2026, phóng viên Trang thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy có cuộc trao đổi với đồng chí H’Linh Mlô, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác này.
P {b}PV: Thưa đồng chí, xin đồng chí cho biết vai trò của người có uy tín trong vùng đồng bào dân tộc thiểu số của tỉnh thời gian qua?{/b}
P {b}Đồng chí H’Linh Mlô:{/b} Toàn tỉnh hiện có 1.862 người có uy tín, là già làng, trưởng buôn, trưởng dòng họ, chức sắc tôn giáo, người sản xuất, kinh doanh giỏi. Họ là những người am hiểu phong tục, tập quán, được đồng bào tin yêu, kính trọng. Thời gian qua, người có uy tín đã tích cực tuyên truyền, vận động đồng bào chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; tham gia hòa giải hàng trăm vụ mâu thuẫn, tranh chấp đất đai ngay tại buôn làng.
P Đặc biệt, trong quá trình sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp năm 2025, người có uy tín đã góp phần quan trọng giải thích để bà con hiểu, đồng thuận; không để kẻ xấu lợi dụng xuyên tạc, kích động. Nhiều già làng còn gương mẫu hiến đất xây dựng nhà văn hóa, mở đường, vận động con cháu không tảo hôn, đi học đầy đủ.
P {b}PV: Để phát huy vai trò của lực lượng này, tỉnh đã có những giải pháp gì, thưa đồng chí?{/b}
P {b}Đồng chí H’Linh Mlô:{/b} Ban Thường vụ Tỉnh ủy luôn quan tâm lãnh đạo, chỉ đạo công tác đối với người có uy tín. Hằng năm, tỉnh tổ chức gặp mặt, tập huấn, cung cấp thông tin cho người có uy tín; tổ chức cho họ đi tham quan, học tập kinh nghiệm ở các địa phương khác. Các chính sách hỗ trợ vật chất, động viên tinh thần, thăm hỏi khi ốm đau, dịp lễ, Tết được thực hiện kịp thời, đúng đối tượng.
P Sau sắp xếp, Ban Tuyên giáo và Dân vận Tỉnh ủy đã tham mưu rà soát, củng cố lại danh sách người có uy tín tại các xã mới, phân công cán bộ, đảng viên phụ trách, giữ mối liên hệ thường xuyên. Việc cung cấp thông tin được đổi mới, ngoài tài liệu in còn có các bản tin phát thanh bằng tiếng Ê Đê, M’nông, Gia Rai trên hệ thống loa của buôn.
P {b}PV: Năm 2026, công tác đối với người có uy tín sẽ tập trung vào những nội dung nào?{/b}
P {b}Đồng chí H’Linh Mlô:{/b} Năm 2026, chúng tôi tập trung vào ba nội dung. Thứ nhất, tiếp tục cung cấp thông tin kịp thời, nhất là về Nghị quyết Đại hội XIV của Đảng, cuộc bầu cử đại biểu Quốc hội và HĐND các cấp, để người có uy tín tuyên truyền lại cho bà con. Thứ hai, phát huy vai trò của họ trong xây dựng nông thôn mới, giảm nghèo bền vững, giữ gìn bản sắc văn hóa. Thứ ba, nhân rộng các mô hình “Già làng, người có uy tín tham gia giữ gìn an ninh trật tự” gắn với phong trào thi đua “Dân vận khéo”.
P Chúng tôi cũng đề nghị các địa phương quan tâm hơn đến việc biểu dương, khen thưởng kịp thời những người có uy tín tiêu biểu, để họ thấy được sự ghi nhận của cấp ủy, chính quyền và có thêm động lực đóng góp cho buôn làng.
P {b}PV: Xin cảm ơn đồng chí!{/b}
""")

A["r16"] = dict(
    platform="custom-php",
    url="http://hoinongdan.muongbu.sonla.gov.vn/tintuc.php?id=736&cm=3",
    title="Hội Nông dân xã Mường Bú đồng hành cùng hội viên phát triển cây ăn quả trên đất dốc",
    dt=datetime.datetime(2026, 6, 15, 0, 0, 0),
    author="Lò Văn Thắng, Phó Chủ tịch Hội Nông dân xã Mường Bú",
    byline=["Lò Văn Thắng", "Phó Chủ tịch Hội Nông dân xã Mường Bú"],
    src="""
P Những năm gần đây, thực hiện chủ trương chuyển đổi cơ cấu cây trồng trên đất dốc, Hội Nông dân xã Mường Bú đã tích cực tuyên truyền, vận động, hỗ trợ hội viên chuyển đổi diện tích trồng ngô, sắn kém hiệu quả sang trồng cây ăn quả. Đến nay, toàn xã có hơn 1.350 ha cây ăn quả các loại, chủ yếu là xoài, nhãn, bơ, mận hậu.
P Để hội viên yên tâm chuyển đổi, Hội Nông dân xã phối hợp với Trung tâm Dịch vụ nông nghiệp tổ chức 14 lớp tập huấn kỹ thuật trồng, chăm sóc cây ăn quả trên đất dốc, ghép cải tạo giống, sản xuất theo tiêu chuẩn VietGAP cho hơn 700 lượt hội viên. Nhiều lớp được tổ chức ngay tại vườn, hội viên vừa nghe vừa thực hành nên dễ nhớ, dễ áp dụng.
P Nguồn vốn cũng là điều bà con quan tâm. Thông qua 18 tổ tiết kiệm và vay vốn, Hội Nông dân xã đang quản lý dư nợ ủy thác từ Ngân hàng Chính sách xã hội gần 42 tỷ đồng với 860 hộ vay. Ngoài ra, Hội còn giải ngân 1,2 tỷ đồng từ Quỹ Hỗ trợ nông dân cho 24 hộ hội viên phát triển vườn cây ăn quả kết hợp nuôi ong.
P Gia đình anh Quàng Văn Piếng, bản Nà Tre là một trong những hộ chuyển đổi đầu tiên. Năm 2020, anh mạnh dạn chuyển 3 ha đất trồng ngô sang trồng xoài ghép và nhãn. Được Hội Nông dân xã hỗ trợ vốn vay, hướng dẫn kỹ thuật làm bậc thang, tưới nhỏ giọt, đến nay vườn cây của gia đình anh đã cho thu hoạch ổn định, mỗi năm thu về hơn 400 triệu đồng.
P “Trồng ngô trên đất dốc vừa vất vả vừa làm đất bạc màu. Chuyển sang cây ăn quả, lúc đầu cũng lo, nhưng được Hội hướng dẫn, được đi xem mô hình ở xã khác nên tôi quyết làm. Giờ nhiều hộ trong bản đã làm theo”, anh Piếng chia sẻ.
P Bên cạnh hỗ trợ sản xuất, Hội Nông dân xã còn chú trọng kết nối tiêu thụ sản phẩm. Năm 2025, Hội đã phối hợp với 3 doanh nghiệp, hợp tác xã ký hợp đồng bao tiêu hơn 2.000 tấn xoài, nhãn cho hội viên; hướng dẫn 45 hộ đăng ký mã số vùng trồng, tham gia bán hàng trên các sàn thương mại điện tử. Sản phẩm xoài tròn Mường Bú đã được công nhận sản phẩm OCOP 3 sao.
P Thời gian tới, Hội Nông dân xã tiếp tục vận động hội viên mở rộng diện tích cây ăn quả theo hướng hữu cơ, gắn với bảo vệ rừng, chống xói mòn đất; phấn đấu đến năm 2030 toàn xã có 2.000 ha cây ăn quả, trong đó 30% diện tích đạt tiêu chuẩn VietGAP.
""")

A["r17"] = dict(
    platform="nukeviet",
    url="https://tinhdoan.tayninh.gov.vn/news/hoat-dong-doan/tay-ninh-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-nam-2026-1527.html",
    title="Tây Ninh: Ra quân Chiến dịch Thanh niên tình nguyện hè năm 2026",
    dt=datetime.datetime(2026, 5, 31, 7, 55, 0),
    author="Hà Vy, Đức Thịnh",
    byline=["Tin: Hà Vy - Ảnh: Đức Thịnh"],
    src="""
L Sáng 30/5, tại xã Mỹ Quý, Ban Thường vụ Tỉnh đoàn tổ chức Lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2026 với chủ đề “Tuổi trẻ Tây Ninh xung kích, tình nguyện vì cuộc sống cộng đồng”.
P Chiến dịch năm nay diễn ra từ ngày 30/5 đến ngày 31/8/2026 với sự tham gia của hơn 25.000 đoàn viên, thanh niên, học sinh, sinh viên. Lực lượng nòng cốt gồm các đội hình “Mùa hè xanh”, “Hoa phượng đỏ”, “Tiếp sức mùa thi”, “Thanh niên tình nguyện xây dựng nông thôn mới” và “Bình dân học vụ số”.
P Theo kế hoạch, các đội hình sẽ triển khai 96 công trình, phần việc thanh niên, trong đó có 20 tuyến đường giao thông nông thôn, 15 tuyến đường “Thắp sáng đường quê”, 30 điểm vui chơi cho thiếu nhi; tổ chức 40 lớp hướng dẫn kỹ năng số cho người dân, đặc biệt là người cao tuổi, hộ kinh doanh nhỏ ở khu vực biên giới.
I Các đội hình tình nguyện ra quân tại xã Mỹ Quý.
P Phát biểu tại lễ ra quân, chị Nguyễn Thị Thanh Tuyền, Phó Bí thư Tỉnh đoàn nhấn mạnh, đây là chiến dịch tình nguyện hè đầu tiên sau khi tỉnh Tây Ninh mới được thành lập trên cơ sở hợp nhất tỉnh Long An và tỉnh Tây Ninh. Chị đề nghị các đội hình phát huy tinh thần xung kích, sáng tạo, hướng về cơ sở, lựa chọn những việc làm thiết thực, phù hợp với nhu cầu của người dân từng địa phương.
P Ngay sau lễ ra quân, các đội hình tình nguyện đã tham gia khởi công tuyến đường bê tông dài 800 m tại ấp Mỹ Lợi, trao 50 phần quà cho thiếu nhi có hoàn cảnh khó khăn, tổ chức khám bệnh, cấp thuốc miễn phí cho 300 người cao tuổi và hướng dẫn người dân cài đặt ứng dụng dịch vụ công trực tuyến.
I Đoàn viên thanh niên hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử.
P Năm 2025, Chiến dịch Thanh niên tình nguyện hè của tỉnh đã huy động hơn 23.000 lượt đoàn viên tham gia, thực hiện 88 công trình, phần việc với tổng trị giá gần 12 tỷ đồng. Chiến dịch được Trung ương Đoàn đánh giá là một trong những đơn vị tổ chức hiệu quả khu vực Đông Nam Bộ.
""")

A["r18"] = dict(
    platform="liferay",
    url="https://ldld.camau.gov.vn/web/ldld/tin-hoat-dong/-/view_content/7741928-thang-cong-nhan-nam-2026-hon-3-000-doan-vien-duoc-kham-suc-khoe-mien-phi",
    title="Tháng Công nhân năm 2026: Hơn 3.000 đoàn viên được khám sức khỏe miễn phí",
    dt=datetime.datetime(2026, 5, 5, 14, 20, 0),
    author="LÊ HOÀNG",
    byline=["Bài và ảnh: LÊ HOÀNG"],
    src="""
L Hưởng ứng Tháng Công nhân - Tháng hành động về an toàn, vệ sinh lao động năm 2026, Liên đoàn Lao động tỉnh phối hợp với Sở Y tế tổ chức chương trình khám sức khỏe, tư vấn và cấp thuốc miễn phí cho hơn 3.000 đoàn viên, người lao động tại các khu công nghiệp, làng nghề và xã ven biển.
P Chương trình được triển khai từ ngày 2/5 đến ngày 31/5 tại 12 điểm, tập trung ở Khu công nghiệp Khánh An, Khu công nghiệp Trà Kha, các xã ven biển Đất Mũi, Tân Ân, Gành Hào. Đoàn viên, người lao động được khám tổng quát, đo điện tim, siêu âm, xét nghiệm đường huyết và được bác sĩ tư vấn về phòng, chống bệnh nghề nghiệp.
P Chị Trần Thị Diễm, công nhân Công ty cổ phần Thủy sản Hải Đăng, cho biết: “Làm ca liên tục nên ít khi có thời gian đi khám. Được Công đoàn tổ chức khám ngay tại công ty, tôi rất vui. Bác sĩ còn hướng dẫn cách giữ ấm tay chân khi làm việc trong môi trường lạnh”.
V Clip: Công nhân Khu công nghiệp Khánh An tham gia khám sức khỏe miễn phí trong Tháng Công nhân.
P Theo ông Hồ Minh Tân, Phó Chủ tịch Liên đoàn Lao động tỉnh, qua khám sàng lọc năm 2025, nhiều công nhân ngành chế biến thủy sản có dấu hiệu bệnh cơ xương khớp, viêm mũi dị ứng do đặc thù môi trường làm việc. Vì vậy, năm nay Công đoàn mời thêm các bác sĩ chuyên khoa cơ xương khớp, tai mũi họng tham gia đoàn khám, đồng thời kiến nghị doanh nghiệp cải thiện điều kiện làm việc.
P Cùng với khám sức khỏe, trong Tháng Công nhân, các cấp công đoàn tỉnh còn tổ chức nhiều hoạt động như: đối thoại giữa lãnh đạo tỉnh với công nhân; trao 20 “Mái ấm Công đoàn”, 500 suất quà cho đoàn viên có hoàn cảnh khó khăn; tổ chức giải bóng đá, hội thi an toàn, vệ sinh viên giỏi; ký kết thỏa ước lao động tập thể tại 15 doanh nghiệp.
I Bác sĩ khám sức khỏe cho nữ công nhân tại Khu công nghiệp Khánh An.
P Tháng Công nhân năm 2026 có chủ đề “Công nhân lao động thi đua lập thành tích, chào mừng Đại hội Công đoàn các cấp”. Liên đoàn Lao động tỉnh đặt mục tiêu mỗi công đoàn cơ sở thực hiện ít nhất một phần việc cụ thể chăm lo cho đoàn viên, người lao động, trong đó ưu tiên lao động nữ, lao động có hoàn cảnh khó khăn.
""")

A["r19"] = dict(
    platform="aspnet",
    url="https://tgdv.cantho.dcs.vn/Default.aspx?tabid=118&ItemID=4472",
    title="Hướng dẫn tuyên truyền kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)",
    dt=datetime.datetime(2026, 1, 8, 16, 30, 0),
    author="Mai Anh",
    byline=["Mai Anh"],
    src="""
P Ban Tuyên giáo và Dân vận Thành ủy vừa ban hành hướng dẫn tuyên truyền kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026) và tuyên truyền mừng Đảng, mừng Xuân Bính Ngọ năm 2026. Nội dung chính của hướng dẫn như sau:
H I. MỤC ĐÍCH, YÊU CẦU
P 1. Tuyên truyền sâu rộng truyền thống vẻ vang của Đảng Cộng sản Việt Nam; khẳng định vai trò lãnh đạo, những thành tựu to lớn, có ý nghĩa lịch sử của cách mạng Việt Nam dưới sự lãnh đạo của Đảng, góp phần củng cố niềm tin của cán bộ, đảng viên và Nhân dân đối với Đảng.
P 2. Gắn tuyên truyền kỷ niệm với tuyên truyền kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
P 3. Công tác tuyên truyền phải bảo đảm thiết thực, hiệu quả, tiết kiệm, phù hợp với điều kiện thực tế của từng địa phương, đơn vị; tạo không khí vui tươi, phấn khởi trong Nhân dân đón Tết cổ truyền của dân tộc.
H II. NỘI DUNG TUYÊN TRUYỀN
P 1. Tuyên truyền về sự ra đời của Đảng Cộng sản Việt Nam, bước ngoặt vĩ đại của cách mạng Việt Nam; vai trò của lãnh tụ Nguyễn Ái Quốc - Hồ Chí Minh trong việc thành lập Đảng; những thắng lợi to lớn của cách mạng Việt Nam qua 96 năm dưới sự lãnh đạo của Đảng.
P 2. Tuyên truyền truyền thống cách mạng của Đảng bộ và Nhân dân thành phố Cần Thơ; những kết quả nổi bật trong thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025, nhất là kết quả vận hành chính quyền địa phương hai cấp sau sắp xếp.
P 3. Tuyên truyền các chủ trương, chính sách chăm lo Tết cho Nhân dân, nhất là người có công với cách mạng, hộ nghèo, công nhân, người lao động; đấu tranh phản bác các quan điểm sai trái, thù địch, xuyên tạc lịch sử, phủ nhận vai trò lãnh đạo của Đảng.
H III. HÌNH THỨC TUYÊN TRUYỀN
P 1. Tuyên truyền miệng thông qua đội ngũ báo cáo viên, tuyên truyền viên; sinh hoạt chi bộ, sinh hoạt các đoàn thể, hội nghị của các cơ quan, đơn vị.
P 2. Tuyên truyền trên báo chí, hệ thống thông tin cơ sở, trang thông tin điện tử, mạng xã hội của các cơ quan, đơn vị; tổ chức các hoạt động văn hóa, văn nghệ, thể dục, thể thao chào mừng.
P 3. Tuyên truyền cổ động trực quan bằng băng rôn, khẩu hiệu, pa-nô, áp phích tại các tuyến đường chính, trụ sở cơ quan, khu dân cư, bảo đảm mỹ quan, an toàn giao thông.
H IV. KHẨU HIỆU TUYÊN TRUYỀN
U Nhiệt liệt chào mừng 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)!
U Đảng Cộng sản Việt Nam quang vinh muôn năm!
U Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta!
U Toàn Đảng, toàn dân, toàn quân ra sức thi đua thực hiện thắng lợi Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng!
U Mừng Đảng, mừng Xuân Bính Ngọ năm 2026!
P Ban Tuyên giáo và Dân vận Thành ủy đề nghị các đảng ủy trực thuộc, Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội thành phố căn cứ hướng dẫn, xây dựng kế hoạch tuyên truyền phù hợp; báo cáo kết quả về Ban Tuyên giáo và Dân vận Thành ủy trước ngày 20/02/2026.
S Nguồn: Hướng dẫn số 62-HD/BTGDVTU ngày 06/01/2026
""")

A["r20"] = dict(
    platform="static",
    url="https://dangbodackhuvandon.vn/tin-tuc/ngu-dan-bam-bien-tro-thanh-dang-vien.html",
    title="Những ngư dân bám biển được đứng vào hàng ngũ của Đảng",
    dt=datetime.datetime(2025, 9, 5, 0, 0, 0),
    author="Phương Linh",
    byline=["Phương Linh"],
    src="""
L Xác định ngư dân là lực lượng nòng cốt trong phát triển kinh tế biển và bảo vệ chủ quyền biển, đảo, những năm qua Đảng bộ đặc khu Vân Đồn đặc biệt quan tâm phát triển đảng viên trong ngư dân. Nhiều chủ tàu, thuyền trưởng trẻ đã được kết nạp vào Đảng, trở thành hạt nhân ở các tổ đoàn kết trên biển.
P Cuối tháng 8 vừa qua, Chi bộ thôn Đông Hải tổ chức lễ kết nạp đảng viên cho anh Trần Văn Lực, 34 tuổi, thuyền trưởng tàu cá QN-91268-TS. Đây là đảng viên thứ ba của chi bộ được kết nạp từ lực lượng ngư dân trong năm 2025. Anh Lực chia sẻ: “Đi biển quanh năm, có khi cả tháng mới về, nhưng tôi luôn mong được đứng trong hàng ngũ của Đảng. Tôi sẽ cố gắng gương mẫu, giúp đỡ anh em trong tổ đoàn kết cùng bám biển”.
P Theo đồng chí Vũ Thị Hòa, Bí thư Chi bộ thôn Đông Hải, việc phát triển đảng viên trong ngư dân gặp không ít khó khăn do thời gian đi biển dài ngày, khó tham gia học lớp nhận thức về Đảng và sinh hoạt thường xuyên. Chi bộ đã phân công đảng viên là cựu chiến binh, cán bộ biên phòng giúp đỡ quần chúng; bố trí lịch học, lịch sinh hoạt linh hoạt vào những ngày biển động, tàu thuyền nằm bờ.
P Đảng ủy đặc khu cũng phối hợp với Đồn Biên phòng Vân Đồn tổ chức các lớp bồi dưỡng nhận thức về Đảng ngay tại cảng cá, đồng thời giao các chi bộ thôn ven biển xây dựng danh sách quần chúng ưu tú là chủ tàu, thuyền trưởng, thuyền viên tiêu biểu. Từ năm 2023 đến nay, toàn đặc khu đã kết nạp 27 đảng viên là ngư dân, trong đó có 11 chủ tàu, thuyền trưởng.
P Những đảng viên ngư dân phát huy tốt vai trò tiên phong trên biển. Họ tích cực tuyên truyền, vận động bà con chấp hành quy định về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định, lắp đặt thiết bị giám sát hành trình; kịp thời thông tin cho lực lượng chức năng khi phát hiện tàu lạ, hỗ trợ cứu nạn các tàu gặp sự cố.
P Đồng chí Nguyễn Đức Thắng, Phó Bí thư Thường trực Đảng ủy đặc khu Vân Đồn cho biết, thời gian tới, Đảng ủy tiếp tục chỉ đạo các chi bộ ven biển quan tâm phát hiện, bồi dưỡng quần chúng ưu tú trong ngư dân; phấn đấu mỗi năm kết nạp ít nhất 10 đảng viên là ngư dân, góp phần xây dựng lực lượng nòng cốt vững mạnh trên các ngư trường.
S (Theo Báo Quảng Ninh)
""")


# ---------------------------------------------------------------- renderer

def img_src(rng, base, ext="jpg"):
    return "%s/%s.%s" % (base, hexid(rng, 12), ext)


def render(blocks, st, rng, imgbase="/uploads/images"):
    """Article content blocks (lead excluded) -> HTML in a platform's style."""
    out = []
    for kind, val in blocks:
        if kind == "lead":
            continue
        if kind == "p":
            h = inl(val)
            if st == "sp":
                out.append('<p style="text-align: justify;">%s</p>' % h)
                if rng.random() < 0.2:
                    out.append("<p>&nbsp;</p>")
            elif st == "lr":
                out.append('<p style="text-align:justify"><span style="font-size:14px"><span style="font-family:Arial,Helvetica,sans-serif">%s</span></span></p>' % h)
            elif st == "dnn":
                out.append('<p style="text-align: justify; line-height: 150%%;">%s</p>' % h)
            elif st == "wp":
                out.append("<p>%s</p>" % h)
            elif st == "joomla":
                out.append('<p style="text-align: justify;"><span style="font-family: times new roman, times; font-size: 14pt;">%s</span></p>' % h)
            elif st == "nv":
                out.append('<p style="text-align:justify;">%s</p>' % h)
            elif st == "asp":
                out.append('<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:\'Times New Roman\',serif">%s</span></p>' % h)
            elif st == "static":
                out.append('<p class="doan">%s</p>' % h)
            elif st == "mag":
                out.append('<p class="body-text">%s</p>' % h)
            elif st == "news":
                out.append("<p>%s</p>" % h)
            elif st == "php":
                out.append("&nbsp;&nbsp;&nbsp;&nbsp;%s<br /><br />" % h)
            else:
                out.append("<p>%s</p>" % h)
        elif kind == "h":
            h = inl(val)
            if st in ("sp", "lr", "asp", "joomla-b"):
                out.append('<p style="text-align: justify;"><strong>%s</strong></p>' % h)
            elif st == "wp":
                out.append('<h2 class="wp-block-heading">%s</h2>' % h)
            elif st == "mag":
                out.append('<h2 class="sub-heading">%s</h2>' % h)
            elif st == "php":
                out.append("<b>%s</b><br /><br />" % h)
            elif st == "static":
                out.append('<h4 class="tieude-phu">%s</h4>' % h)
            else:
                out.append("<h3>%s</h3>" % h)
        elif kind in ("ul", "ol"):
            tag = kind
            cls = ' class="wp-block-list"' if st == "wp" else ""
            items = "".join("<li>%s</li>" % inl(v) for v in val)
            out.append("<%s%s>%s</%s>" % (tag, cls, items, tag))
        elif kind == "quote":
            paras = "".join("<p>%s</p>" % inl(v) for v in val)
            if st == "wp":
                out.append('<blockquote class="wp-block-quote">%s</blockquote>' % paras)
            else:
                out.append('<blockquote class="trich-dan">%s</blockquote>' % paras)
        elif kind == "img":
            src = img_src(rng, imgbase)
            cap = inl(val) if val else ""
            if st == "sp":
                out.append('<p style="text-align: center;"><img alt="" src="%s" style="width: 600px; height: 400px;" /></p>' % src)
                if cap:
                    out.append('<p style="text-align: center;"><em>%s</em></p>' % cap)
            elif st == "lr":
                t = '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:600px"><tbody><tr><td><img alt="" src="%s" style="width:600px" /></td></tr>' % src
                if cap:
                    t += '<tr><td style="text-align:center"><span style="font-size:12px"><em>%s</em></span></td></tr>' % cap
                out.append(t + "</tbody></table>")
            elif st == "dnn":
                t = '<div class="edn-image" style="text-align:center;"><img src="%s" alt="%s" style="max-width:100%%;" />' % (src, attr(plain(val)[:60]) if val else "")
                if cap:
                    t += '<div class="edn-image-caption" style="font-style:italic;color:#555;">%s</div>' % cap
                out.append(t + "</div>")
            elif st == "wp":
                t = '<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="1024" height="683" src="%s" alt="" class="wp-image-%d"/>' % (src, rng.randint(10000, 30000))
                if cap:
                    t += '<figcaption class="wp-element-caption">%s</figcaption>' % cap
                out.append(t + "</figure>")
            elif st == "joomla":
                out.append('<p style="text-align: center;"><img src="%s" alt="%s" width="600" height="400" /></p>' % (src, attr(plain(val)[:50]) if val else "anh"))
                if cap:
                    out.append('<p style="text-align: center;"><em><span style="font-size: 10pt;">%s</span></em></p>' % cap)
            elif st == "nv":
                t = '<figure class="image" style="display:table;margin:0 auto"><img alt="%s" height="400" src="%s" width="600" />' % (attr(plain(val)[:40]) if val else "", src)
                if cap:
                    t += "<figcaption>%s</figcaption>" % cap
                out.append(t + "</figure>")
            elif st == "asp":
                out.append('<p class="MsoNormal" align="center" style="text-align:center"><img width="560" src="%s" /></p>' % src)
                if cap:
                    out.append('<p class="MsoNormal" align="center" style="text-align:center"><i><span lang="VI" style="font-size:12.0pt">%s</span></i></p>' % cap)
            elif st == "static":
                t = '<div class="anh-tin"><img src="%s" width="560" border="0" />' % src
                if cap:
                    t += '<p class="chuthich">%s</p>' % cap
                out.append(t + "</div>")
            elif st == "news":
                t = '<figure class="expNoEdit"><img src="%s" alt="%s" width="800" />' % (src, attr(plain(val)) if val else "")
                if cap:
                    t += "<figcaption><p>%s</p></figcaption>" % cap
                out.append(t + "</figure>")
            elif st == "php":
                out.append('<center><img src="%s" width="500" border="0" /><br /><i>%s</i></center><br />' % (src, cap))
            else:
                out.append('<div class="image"><img src="%s" />%s</div>' % (src, "<p><em>%s</em></p>" % cap if cap else ""))
        elif kind == "video":
            vs = "/documents/%d/0/%s.mp4" % (rng.randint(10000, 99999), hexid(rng, 10))
            out.append('<div class="video-embed" style="text-align:center"><video controls="controls" width="640" height="360" poster="%s"><source src="%s" type="video/mp4" />Trình duyệt của bạn không hỗ trợ phát video.</video></div><p style="text-align:center"><em>%s</em></p>' % (img_src(rng, imgbase), vs, inl(val)))
        elif kind == "table":
            ncol = max(len(c) for _, c in val)
            rows = []
            for is_h, cells in val:
                tds = []
                for i, c in enumerate(cells):
                    span = ' colspan="%d"' % (ncol - len(cells) + 1) if (i == 0 and len(cells) < ncol) else ""
                    if st == "asp":
                        inner = '<p class="MsoNormal" align="%s" style="margin:0;line-height:normal"><span lang="VI" style="font-size:13.0pt">%s%s%s</span></p>' % (
                            "center" if (is_h or i == 0 or len(cells) < ncol) else "left", "<b>" if is_h or span else "", inl(c), "</b>" if is_h or span else "")
                        tds.append('<td valign="top" style="border:solid windowtext 1.0pt;padding:0 5.4pt"%s>%s</td>' % (span, inner))
                    else:
                        tag = "th" if is_h else "td"
                        tds.append("<%s%s>%s</%s>" % (tag, span, inl(c), tag))
                rows.append("<tr>%s</tr>" % "".join(tds))
            if st == "asp":
                out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" width="100%%" style="border-collapse:collapse;border:none">%s</table>' % "\n".join(rows))
            else:
                out.append('<table class="table table-bordered">%s</table>' % "".join(rows))
        elif kind == "src":
            if st == "news":
                out.append('<p class="source">%s</p>' % inl(val))
            else:
                out.append('<p style="text-align: right;"><strong><em>%s</em></strong></p>' % inl(val))
        elif kind == "more":
            out.append('<p><strong><em>%s</em></strong></p>' % inl(val))
        elif kind == "related":
            items = "".join('<li><a href="/tin-tuc/%s-%d.html">%s</a></li>' % (slug(t), rng.randint(100000, 299999), esc(t)) for t in val)
            out.append('<div class="box-related-inline"><div class="rl-title">Tin liên quan</div><ul>%s</ul></div>' % items)
        elif kind == "attach":
            pass  # rendered by the template
    return "\n".join(out)


def fits(title, d):
    """a dated teaser must not mention a month/year later than its date"""
    for m, y in re.findall(r"(?:(\d{1,2})/)?(20\d\d)", title):
        if (int(y), int(m or 1)) > (d.year, d.month):
            return False
    return True


def teasers(rng, n, before=None, after=None, pool=None):
    """n (headline, date) pairs, newest first, headlines consistent with dates"""
    out = []
    for d in short_dates(rng, n, before, after):
        used = [t for t, _ in out]
        out.append((rng.choice([t for t in (pool or HEADLINES) if t not in used and fits(t, d)]), d))
    return out


def side_list(rng, n, fmt="li", dates=False, pool=None, before=None, after=None):
    out = []
    for t, d in teasers(rng, n, before, after, pool):
        href = "/tin-tuc/%s-%d" % (slug(t), rng.randint(1000, 99999))
        if fmt == "li":
            out.append('<li><a href="%s.html" title="%s">%s</a>%s</li>' % (
                href, attr(t), esc(t), ' <span class="date">(%s)</span>' % d.strftime("%d/%m/%Y") if dates else ""))
        elif fmt == "div":
            out.append('<div class="item-news"><a class="img" href="%s.html"><img src="/images/thumb/%s.jpg" alt="" /></a><a class="title" href="%s.html">%s</a>%s</div>' % (
                href, hexid(rng, 10), href, esc(t), '<span class="time">%s</span>' % d.strftime("%d/%m/%Y") if dates else ""))
        elif fmt == "tr":
            out.append('<tr><td width="12" valign="top"><img src="/images/bullet.gif" /></td><td class="lienket"><a href="%s.aspx">%s</a>%s</td></tr>' % (
                href, esc(t), ' <font color="#888888">(%s)</font>' % d.strftime("%d/%m") if dates else ""))
    return "\n".join(out)


def links_select(rng, label="Liên kết website"):
    sites = ["Báo điện tử Đảng Cộng sản Việt Nam", "Tạp chí Cộng sản", "Ban Dân vận Trung ương",
             "Ban Tuyên giáo Trung ương", "Ủy ban Trung ương MTTQ Việt Nam", "Cổng thông tin điện tử Chính phủ",
             "Trung ương Hội LHPN Việt Nam", "Trung ương Đoàn TNCS Hồ Chí Minh", "Trung ương Hội Nông dân Việt Nam",
             "Tổng Liên đoàn Lao động Việt Nam", "Trung ương Hội Cựu chiến binh Việt Nam", "Báo Nhân Dân",
             "Báo Quân đội nhân dân", "Thông tấn xã Việt Nam"]
    opts = "".join('<option value="https://%s.vn">%s</option>' % (slug(s)[:18], esc(s)) for s in rng.sample(sites, 10))
    return '<div class="lien-ket"><div class="title-box">%s</div><select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>%s</select></div>' % (label, opts)


def counter(rng, style="div", labels=("Đang truy cập", "Hôm nay", "Tháng hiện tại", "Tổng lượt truy cập")):
    vals = [rng.randint(8, 90), rng.randint(300, 4000), rng.randint(20000, 90000), rng.randint(1000000, 9000000)]
    if style == "table":
        return "<table class=\"thongke\">%s</table>" % "".join(
            "<tr><td>%s:</td><td align=\"right\"><b>%s</b></td></tr>" % (l, "{:,}".format(v).replace(",", ".")) for l, v in zip(labels, vals))
    return '<div class="stats">%s</div>' % "".join(
        '<div class="stat-row"><span class="lbl">%s:</span> <span class="val">%s</span></div>' % (l, "{:,}".format(v).replace(",", ".")) for l, v in zip(labels, vals))


def poll(rng, q, opts, name="poll"):
    items = "".join('<li><label><input type="radio" name="%s" value="%d" /> %s</label></li>' % (name, i + 1, esc(o)) for i, o in enumerate(opts))
    return ('<div class="binh-chon"><div class="title-box">Thăm dò ý kiến</div><p class="q">%s</p><ul>%s</ul>'
            '<button type="button" class="btn-vote">Bình chọn</button> <button type="button" class="btn-result">Xem kết quả</button></div>') % (esc(q), items)


MENU_PARTY = [
    ("Trang chủ", []),
    ("Giới thiệu", ["Chức năng, nhiệm vụ", "Cơ cấu tổ chức", "Lãnh đạo Ban", "Lịch sử truyền thống"]),
    ("Tin tức - Sự kiện", ["Tin trong tỉnh", "Tin trong nước", "Hoạt động của Ban", "Tin cơ sở"]),
    ("Xây dựng Đảng", ["Chính trị tư tưởng", "Tổ chức - Cán bộ", "Kiểm tra - Giám sát", "Học tập và làm theo Bác"]),
    ("Công tác dân vận", ["Dân vận chính quyền", "Dân vận khéo", "Quy chế dân chủ", "Dân tộc - Tôn giáo"]),
    ("Tuyên giáo", ["Lý luận chính trị", "Báo chí - Xuất bản", "Văn hóa - Văn nghệ", "Khoa giáo"]),
    ("Bảo vệ nền tảng tư tưởng", ["Đấu tranh phản bác", "Gương sáng", "Bình luận"]),
    ("Mặt trận - Đoàn thể", ["Mặt trận Tổ quốc", "Công đoàn", "Đoàn Thanh niên", "Hội Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh"]),
    ("Văn bản", ["Văn bản Trung ương", "Văn bản của Tỉnh ủy", "Văn bản của Ban", "Tài liệu tuyên truyền"]),
    ("Thư viện", ["Thư viện ảnh", "Video", "Infographic", "Sách"]),
    ("Liên hệ", []),
]


def menu_html(rng, items, cls="menu", sub="sub-menu", ext="html"):
    out = ['<ul class="%s">' % cls]
    for name, subs in items:
        href = "/" if name == "Trang chủ" else "/%s.%s" % (slug(name), ext)
        if subs:
            out.append('<li class="has-sub"><a href="%s">%s</a><ul class="%s">%s</ul></li>' % (
                href, esc(name), sub, "".join('<li><a href="/%s/%s.%s">%s</a></li>' % (slug(name), slug(s), ext, esc(s)) for s in subs)))
        else:
            out.append('<li><a href="%s">%s</a></li>' % (href, esc(name)))
    out.append("</ul>")
    return "\n".join(out)


def mega_menu(rng, items, ncol=4, per=8):
    """Big dropdown with headline teasers per top item (as portals ship them)."""
    out = ['<div class="mega-wrap">']
    for name, subs in items:
        if not subs:
            continue
        cols = []
        for s in subs[:ncol]:
            lis = side_list(rng, per)
            cols.append('<div class="mega-col"><h4><a href="/%s.html">%s</a></h4><ul>%s</ul></div>' % (slug(s), esc(s), lis))
        out.append('<div class="mega-panel" data-parent="%s">%s</div>' % (slug(name), "".join(cols)))
    out.append("</div>")
    return "\n".join(out)


def footer_lines(org, addr, phone, email, lic, extra=""):
    return ('<p><strong>%s</strong></p><p>Địa chỉ: %s</p><p>Điện thoại: %s - Email: %s</p><p>%s</p>%s'
            % (esc(org), esc(addr), esc(phone), esc(email), esc(lic), extra))


def jsonld(d):
    return '<script type="application/ld+json">%s</script>' % json.dumps(d, ensure_ascii=False)


# ================================================================ pages

def fill(page, token, target, rng, kind="b64"):
    """Replace token by a blob so that the UTF-8 page has `target` bytes."""
    base = len(page.replace(token, "").encode("utf-8"))
    n = max(64, target - base)
    if kind == "b64":
        blob = b64blob(rng, n)
        blob += "A" * (n - len(blob))
    else:
        blob = kind(rng, n)
    return page.replace(token, blob)


def sp_scripts(rng):
    revs = [b64blob(rng, 24).rstrip("=").replace("/", "_").replace("+", "-") for _ in range(8)]
    names = ["init.js", "MicrosoftAjax.js", "sp.core.js", "sp.runtime.js", "sp.js", "core.js", "sp.ui.dialog.js", "callout.js"]
    return "\n".join('<script type="text/javascript" src="/_layouts/15/%s?rev=%s"></script>' % (n, r) for n, r in zip(names, revs))


def page_r01(a, rng):
    lead, blocks = split_lead(parse(a["src"]))
    d = a["dt"]
    body = render(blocks, "sp", rng, "/PublishingImages/2025/10")
    by = '<p style="text-align: right;"><strong>%s</strong></p>\n<p style="text-align: right;"><em>%s</em></p>' % (esc(a["byline"][0]), esc(a["byline"][1]))
    menu = menu_html(rng, MENU_PARTY, "ms-core-listMenu-root td-menu", "td-sub")
    mega = mega_menu(rng, MENU_PARTY, 4, 9)
    others = side_list(rng, 12, "li", dates=True, before=d)
    hot = side_list(rng, 8, "div", dates=True)
    docs = "\n".join('<li><a href="/VanBan/Lists/VanBan/Attachments/%d/%s.pdf">Số %d-%s/TU ngày %s: %s</a></li>' % (
        rng.randint(100, 999), hexid(rng, 8), rng.randint(10, 480), rng.choice(["CV", "KH", "HD", "TB"]),
        rdate(rng, datetime.date(2025, 7, 1), datetime.date(2025, 10, 12)).strftime("%d/%m/%Y"), esc(t)) for t in pick(rng, HEADLINES, 7))
    lich = "\n".join('<tr><td class="lct-day">%s</td><td>%s</td></tr>' % (x, esc(t)) for x, t in zip(
        ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu"], pick(rng, HEADLINES, 5)))
    digest = "0x" + hexid(rng, 128).upper() + ",13 Oct 2025 02:%02d:%02d -0000" % (rng.randint(0, 59), rng.randint(0, 59))
    ext = "ExternalClass" + hexid(rng, 32).upper()
    views = rng.randint(600, 2400)
    head = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr" lang="vi-VN" dir="ltr">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" />
<meta name="description" content="%(lead_attr)s" />
<title>
	%(title)s
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2a3Q%%2Bx8DoFlYbOE1j2%%2F6Gw%%3D%%3DTAG0"/>
<link rel="stylesheet" type="text/css" href="/Style%%20Library/TanDan/css/tdportal.css"/>
<link rel="stylesheet" type="text/css" href="/Style%%20Library/TanDan/css/menu.css"/>
%(scripts)s
<style type="text/css">
%(css)s
</style>
<script type="text/javascript">
var _gaq = _gaq || [];
_gaq.push(['_setAccount', 'UA-%(ua)d-1']);
_gaq.push(['_trackPageview']);
</script>
</head>
<body onhashchange="if (typeof(_spBodyOnHashChangeHandler) != 'undefined') _spBodyOnHashChangeHandler();">
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=40" /></div>
<form method="post" action="./tin-tuc.aspx?ItemID=8317&amp;CateID=34" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="%(digest)s" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="@@VS@@" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var _spPageContextInfo = {webServerRelativeUrl: "\\u002f", webAbsoluteUrl: "https:\\u002f\\u002fbtgdv.thanhhoa.dcs.vn", siteAbsoluteUrl: "https:\\u002f\\u002fbtgdv.thanhhoa.dcs.vn", serverRequestPath: "\\u002fPages\\u002ftin-tuc.aspx", layoutsUrl: "_layouts\\u002f15", webTitle: "Ban Tuy\\u00EAn gi\\u00E1o v\\u00E0 D\\u00E2n v\\u1EADn T\\u1EC9nh \\u1EE7y", webTemplate: "53", tenantAppVersion: "0", webLogoUrl: "_layouts\\u002f15\\u002fimages\\u002fsiteicon.png", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", currentCultureName: "vi-VN", env: null, nid: 0, fid: 0, serverTime: "2025-10-13T02:58:11.4718302Z", siteClientTag: "48$$15.0.5545.1000", crossDomainPhotosEnabled:false, webUIVersion:15, webPermMasks:{High:16,Low:196673}, pageListId:"{%(guid1)s}", pageItemId:%(pid)d, pagePersonalizationScope:1, alertsEnabled:false, siteServerRelativeUrl: "\\u002f", allowSilverlightPrompt:'True'};
//]]>
</script>
"""
    top = """
<div id="s4-workspace" class="ms-core-overlay"><div id="s4-bodyContainer">
<div class="td-topbar">
  <div class="td-container">
    <span class="td-today">Chủ Nhật, 22/11/2026</span>
    <span class="td-hotline">Đường dây nóng: 0237.3852.163</span>
    <div class="td-login"><a href="/_layouts/15/Authenticate.aspx?Source=%%2FPages%%2Ftin%%2Dtuc%%2Easpx">Đăng nhập</a> | <a href="/Pages/sitemap.aspx">Sơ đồ trang</a> | <a href="/Pages/lien-he.aspx">Liên hệ</a></div>
  </div>
</div>
<div class="td-banner">
  <a href="/"><img src="/Style%%20Library/TanDan/images/quochuy.png" alt="Đảng Cộng sản Việt Nam" /></a>
  <div class="td-banner-text"><div class="td-banner-line1">ĐẢNG BỘ TỈNH THANH HÓA</div><div class="td-banner-line2">BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY</div><div class="td-banner-line3">Trang thông tin điện tử</div></div>
  <div class="td-search"><input name="ctl00$PlaceHolderSearchArea$txtSearch" type="text" id="ctl00_PlaceHolderSearchArea_txtSearch" placeholder="Tìm kiếm..." /><a id="ctl00_PlaceHolderSearchArea_btnSearch" href="javascript:__doPostBack('ctl00$PlaceHolderSearchArea$btnSearch','')">Tìm</a></div>
</div>
<div class="td-menu-bar" id="zz1_TopNavigationMenu">
%(menu)s
</div>
<div class="td-mega" style="display:none">
%(mega)s
</div>
<div class="td-ticker"><span class="lbl">Tin mới:</span><marquee scrollamount="3">%(ticker)s</marquee></div>
"""
    main = """
<div class="td-container td-main">
<div class="td-col-left">
<div class="td-breadcrumb"><span><a href="/">Trang chủ</a></span> <span class="sep">›</span> <span><a href="/Pages/tin-tuc.aspx?CateID=3">Tin tức - Sự kiện</a></span> <span class="sep">›</span> <span><a href="/Pages/tin-tuc.aspx?CateID=34">Hoạt động của Ban</a></span></div>
<div id="ctl00_PlaceHolderMain_g_%(guid2)s" class="ms-webpart-zone">
<div class="td-news-detail">
  <div class="td-detail-date"><span id="ctl00_PlaceHolderMain_ctl01_lblNgayDang">%(date)s</span></div>
  <h2 class="td-detail-title"><span id="ctl00_PlaceHolderMain_ctl01_lblTieuDe">%(title)s</span></h2>
  <div class="td-detail-tools"><a href="javascript:void(0)" onclick="tdFont(-1)" title="Giảm cỡ chữ">A-</a> <a href="javascript:void(0)" onclick="tdFont(1)" title="Tăng cỡ chữ">A+</a> <a href="javascript:window.print()">In bài</a> <a href="mailto:?subject=%(title_attr)s">Gửi email</a> <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=%(url_attr)s" target="_blank">Chia sẻ</a></div>
  <div class="td-detail-sapo"><strong>%(lead)s</strong></div>
  <div id="ctl00_PlaceHolderMain_ctl01_divNoiDung" class="td-detail-content ms-rtestate-field"><div class="%(ext)s">
%(body)s
%(byline)s
</div></div>
  <div class="td-detail-views">Lượt xem: %(views)s</div>
  <div class="td-detail-rating">Đánh giá: <span class="star"></span><span class="star"></span><span class="star"></span><span class="star"></span><span class="star"></span> <span>(0 đánh giá)</span></div>
  <div class="td-detail-keywords">Từ khóa: <a href="/Pages/tim-kiem.aspx?k=giao%%20ban">giao ban</a>, <a href="/Pages/tim-kiem.aspx?k=d%%C3%%A2n%%20v%%E1%%BA%%ADn">dân vận</a>, <a href="/Pages/tim-kiem.aspx?k=tuy%%C3%%AAn%%20gi%%C3%%A1o">tuyên giáo</a></div>
</div>
<div class="td-other-news"><div class="td-box-title">Các tin khác</div><ul>
%(others)s
</ul></div>
</div>
</div>
<div class="td-col-right">
<div class="td-box"><div class="td-box-title">Lịch công tác tuần</div><table class="td-lct">%(lich)s</table></div>
<div class="td-box"><div class="td-box-title">Tin đọc nhiều</div>%(hot)s</div>
<div class="td-box"><div class="td-box-title">Văn bản mới</div><ul class="td-docs">%(docs)s</ul></div>
<div class="td-box"><div class="td-box-title">Thư viện video</div><div class="td-video"><iframe width="300" height="170" src="https://www.youtube.com/embed/%(yt)s" frameborder="0" allowfullscreen></iframe></div></div>
<div class="td-box">%(links)s</div>
%(poll)s
<div class="td-box"><div class="td-box-title">Thống kê truy cập</div>%(counter)s</div>
</div>
</div>
<div class="td-footer">
<div class="td-container">
%(footer)s
</div>
</div>
</div></div>
"""
    tail = """
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;
function tdFont(d){var e=document.getElementById('ctl00_PlaceHolderMain_ctl01_divNoiDung');var s=parseInt(window.getComputedStyle(e).fontSize)||14;e.style.fontSize=(s+d)+'px';}
(function(){var m=document.querySelectorAll('.td-menu-bar li.has-sub');for(var i=0;i<m.length;i++){m[i].onmouseover=function(){this.className+=' hover';};m[i].onmouseout=function(){this.className=this.className.replace(' hover','');};}})();
WebForm_InitCallback();
var _fV4UI = true;
_spBodyOnLoadFunctionNames.push("_spFormOnSubmitWrapper");
//]]>
</script>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%(gen)s" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%(ev)s" />
</div>
</form>
</body>
</html>
"""
    footer = footer_lines("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THANH HÓA",
                          "Số 35 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
                          "0237.3852.163", "bantgdv@thanhhoa.dcs.vn",
                          "Chịu trách nhiệm chính: Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy. Giấy phép số 71/GP-TTĐT do Sở Thông tin và Truyền thông cấp.",
                          "<p>Ghi rõ nguồn “Trang thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy Thanh Hóa” khi phát hành lại thông tin từ website này.</p>")
    v = dict(title=esc(a["title"]), title_attr=attr(a["title"]), lead=inl(lead), lead_attr=attr(plain(lead)),
             scripts=sp_scripts(rng), css=css_block(rng, ".td-topbar{background:#b71c1c}", 60), ua=rng.randint(10000000, 99999999),
             digest=digest, guid1=guid(rng).upper(), pid=8317, menu=menu, mega=mega,
             ticker=" &nbsp;•&nbsp; ".join(esc(t) for t in pick(rng, HEADLINES, 5)),
             guid2=hexid(rng, 32), date="%s, %s" % (wd(d), d.strftime("%d/%m/%Y")), url_attr=attr(a["url"]),
             ext=ext, body=body, byline=by, views="{:,}".format(views).replace(",", "."), others=others,
             lich=lich, hot=hot, docs=docs, yt=b64blob(rng, 12)[:11].replace("/", "_").replace("+", "-"),
             links=links_select(rng), poll=poll(rng, "Bạn đánh giá thế nào về nội dung Trang thông tin điện tử?", ["Rất hữu ích", "Hữu ích", "Bình thường", "Chưa hữu ích"]),
             counter=counter(rng), footer=footer, gen=hexid(rng, 8).upper(), ev=b64blob(rng, 420))
    page = (head + top + main + tail) % v
    return fill(page, "@@VS@@", 151 * 1024 + rng.randint(0, 2000), rng)


LR_MODULES = ["frontend-js-web", "frontend-js-aui-web", "frontend-taglib", "frontend-js-metal-web", "frontend-js-spa-web",
              "portal-search-web", "asset-taglib", "journal-web", "layout-taglib", "product-navigation-control-menu-web",
              "frontend-editor-ckeditor-web", "item-selector-taglib", "dynamic-data-mapping-form-renderer", "staging-taglib",
              "site-navigation-menu-web", "comment-taglib", "ratings-taglib", "social-bookmarks-taglib"]


def lr_loader(rng, n):
    parts = []
    size = 0
    i = 0
    while size < n:
        mod = rng.choice(LR_MODULES)
        ver = "%d.%d.%d" % (rng.randint(1, 5), rng.randint(0, 20), rng.randint(0, 60))
        name = "%s@%s/%s/%s" % (mod, ver, rng.choice(["js", "lib", "liferay", "util"]), hexid(rng, rng.randint(6, 14)))
        deps = ",".join('"%s@%s/%s"' % (rng.choice(LR_MODULES), ver, hexid(rng, 8)) for _ in range(rng.randint(1, 4)))
        s = '"%s.es":{"dependencies":["exports","require",%s],"path":"/o/%s/%s.es.js"},' % (name, deps, mod, hexid(rng, 10))
        parts.append(s)
        size += len(s)
        i += 1
    return "".join(parts).rstrip(",")


def lr_head(rng, title, site, theme="vnpt-portal-theme"):
    return """<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>%s - %s</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/o/%s/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="/o/%s/css/clay.css?browserId=other&amp;themeId=vnptportaltheme_WAR_%s&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7210&amp;t=%d" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?browserId=other&amp;themeId=vnptportaltheme_WAR_%s&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7210&amp;t=%d" id="liferayPortalCSS" rel="stylesheet" type="text/css" />
<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7210&amp;t=%d&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js&amp;/o/frontend-js-jquery-web/jquery/bootstrap.bundle.min.js" type="text/javascript"></script>
<script data-senna-track="temporary" type="text/javascript">
//<![CDATA[
var Liferay = Liferay || {};
Liferay.Browser = {acceptsGzip: function() {return true;}, getMajorVersion: function() {return 131.0;}, isChrome: function() {return true;}, isIe: function() {return false;}};
Liferay.Data = Liferay.Data || {};
Liferay.Data.ICONS_INLINE_SVG = true;
Liferay.Data.NAV_SELECTOR = '#navigation';
Liferay.Data.NAV_SELECTOR_MOBILE = '#navigationCollapse';
Liferay.Data.isCustomizationView = function() {return false;};
Liferay.Data.notices = [null];
Liferay.PortletKeys = {DOCUMENT_LIBRARY: 'com_liferay_document_library_web_portlet_DLPortlet', DYNAMIC_DATA_MAPPING: 'com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet', ITEM_SELECTOR: 'com_liferay_item_selector_web_portlet_ItemSelectorPortlet'};
Liferay.PropsValues = {JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0, NTLM_AUTH_ENABLED: false, UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600};
Liferay.ThemeDisplay = {
  getLayoutId: function() {return "%d";}, getLayoutRelativeURL: function() {return "/web/%s/tin-hoat-dong";},
  getCompanyId: function() {return "20099";}, getCompanyGroupId: function() {return "20139";},
  getDefaultLanguageId: function() {return "vi_VN";}, getLanguageId: function() {return "vi_VN";},
  getPathThemeImages: function() {return "/o/%s/images";}, getPortalURL: function() {return "";},
  getScopeGroupId: function() {return "%d";}, getSiteGroupId: function() {return "%d";},
  getTimeZone: function() {return "Asia/Ho_Chi_Minh";}, isSignedIn: function() {return false;}, isStateMaximized: function() {return false;}
};
var themeDisplay = Liferay.ThemeDisplay;
Liferay.AUI = {getAvailableLangPath: function() {return 'available_languages.jsp?browserId=other&themeLocal=vi_VN&languageId=vi_VN&b=7210&t=%d';}, getCombine: function() {return true;}, getComboPath: function() {return '/combo/?browserId=other&minifierType=&languageId=vi_VN&b=7210&t=%d&';}, getJavaScriptRootPath: function() {return '/o/frontend-js-web';}};
Liferay.authToken = '%s';
Liferay.currentURL = '%s';
Liferay.currentURLEncoded = '%s';
//]]>
</script>
<script data-senna-track="temporary" type="text/javascript">
var __CONFIG__ = {basePath: '', combine: true, defaultURLParams: null, maps: {}, paths: {}, resolvePath: '/o/js_resolve_modules', url: '/combo/?browserId=other&languageId=vi_VN&minifierType=js&t=%d&', waitTimeout: 60000};
Liferay.Loader.addModules({@@LOADER@@});
</script>
%s
</head>
""" % (esc(title), esc(site), theme, theme, theme, rng.randint(10**12, 2 * 10**12), theme, rng.randint(10**12, 2 * 10**12),
       rng.randint(10**12, 2 * 10**12), rng.randint(10, 400), slug(site)[:12], theme, rng.randint(30000, 99999),
       rng.randint(30000, 99999), rng.randint(10**12, 2 * 10**12), rng.randint(10**12, 2 * 10**12), hexid(rng, 8),
       "/web/" + slug(site)[:12], "%2Fweb%2F" + slug(site)[:12], rng.randint(10**12, 2 * 10**12), ga(rng))


def lr_foot(rng, pid):
    return """
<script type="text/javascript">
//<![CDATA[
Liferay.Portlet.register('%s');
Liferay.Portlet.onLoad({canEditTitle: false, columnPos: 0, isStatic: 'end', namespacedId: 'p_p_id_%s_', portletId: '%s', refreshURL: '/c/portal/render_portlet?p_l_id=%d&p_p_id=%s&p_p_lifecycle=0&p_t_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_pos=0&p_p_col_count=2&p_p_isolated=1&currentURL=%%2F', refreshURLData: {}});
AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', function(A) {(function() {var $ = AUI.$;var _ = AUI._;if (A.UA.mobile) {Liferay.Util.addInputCancel();}})();(function() {var $ = AUI.$;var _ = AUI._;new Liferay.Menu();var liferayNotices = Liferay.Data.notices;for (var i = 0; i < liferayNotices.length; i++) {new Liferay.Notice(liferayNotices[i]);}})();});
//]]>
</script>
<script src="/o/vnpt-portal-theme/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7210&amp;t=%d" type="text/javascript"></script>
""" % (pid, pid, pid, rng.randint(10000, 99999), pid, rng.randint(10**12, 2 * 10**12))


def page_r02(a, rng):
    lead, blocks = split_lead(parse(a["src"]))
    d = a["dt"]
    pid = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Kq7ZtR2mXb0N"
    body = render(blocks, "lr", rng, "/documents/20139/%d/%s" % (rng.randint(100000, 999999), hexid(rng, 8)))
    by = '<p style="text-align:right"><span style="font-size:14px"><span style="font-family:Arial,Helvetica,sans-serif"><strong>%s</strong></span></span></p>' % esc(a["byline"][0])
    menu_items = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử", "Cơ cấu tổ chức", "Lãnh đạo qua các thời kỳ"]),
                  ("Tin hoạt động", ["Hoạt động Mặt trận tỉnh", "Hoạt động Mặt trận cơ sở", "Các tổ chức chính trị - xã hội"]),
                  ("Cuộc vận động", ["Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Quỹ Vì người nghèo"]),
                  ("Giám sát - Phản biện", ["Giám sát", "Phản biện xã hội", "Tiếp công dân"]),
                  ("Dân tộc - Tôn giáo", ["Công tác dân tộc", "Công tác tôn giáo"]),
                  ("Gương điển hình", ["Dân vận khéo", "Người tốt việc tốt"]),
                  ("Văn bản", ["Văn bản Trung ương", "Văn bản của tỉnh", "Văn bản Mặt trận"]), ("Liên hệ", [])]
    related = side_list(rng, 10, "div", dates=True, before=d)
    hot = side_list(rng, 8, "li")
    ratings = '<div class="taglib-ratings stars"><span class="rating-label">Đánh giá bài viết:</span>' + "".join(
        '<a class="rating-element" href="javascript:void(0)" title="Đánh giá %d sao"><svg class="lexicon-icon lexicon-icon-star-o"><use href="/o/vnpt-portal-theme/images/clay/icons.svg#star-o"></use></svg></a>' % i for i in range(1, 6)) + ' <span class="rating-count">(0 lượt)</span></div>'
    head = lr_head(rng, a["title"], "Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp")
    body_html = """<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site">
<div class="d-flex flex-column min-vh-100">
<div class="pt-0" id="wrapper">
<header id="banner" role="banner">
 <div class="top-header"><div class="container"><div class="row">
  <div class="col-md-6 top-date"><i class="fa fa-calendar"></i> Chủ nhật, ngày 22/11/2026</div>
  <div class="col-md-6 top-right"><a href="/web/mttq/so-do-site">Sơ đồ site</a> | <a href="/c/portal/login?p_l_id=%(lid)d">Đăng nhập</a> | <a href="/web/mttq/en">English</a></div>
 </div></div></div>
 <div class="banner-mttq"><a href="/web/mttq"><img alt="Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp" src="/documents/20139/0/banner-mttq.png/%(g1)s" /></a></div>
 <nav class="navbar navbar-expand-lg site-navigation" id="navigation" role="navigation">
 %(menu)s
 <form action="/web/mttq/tim-kiem" class="nav-search" method="get"><input name="q" placeholder="Nhập từ khóa..." type="text" /><button type="submit"><i class="fa fa-search"></i></button></form>
 </nav>
</header>
<section id="content">
<div class="container"><div class="row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="breadcrumb-mttq"><a href="/web/mttq">Trang chủ</a> / <a href="/web/mttq/tin-hoat-dong">Tin hoạt động</a> / <span>Hoạt động Mặt trận cơ sở</span></div>
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-static-end portlet-decorate portlet-asset-publisher" id="p_p_id_%(pid)s_">
<span id="p_%(pid)s"></span>
<section class="portlet" id="portlet_%(pid)s">
<div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-end"><div class="autofit-section"></div></div></div>
<div class=" portlet-content-container"><div class="portlet-body">
<div class="asset-full-content clearfix mb-5 default-asset-publisher no-title">
 <div class="news-detail-vnpt">
  <h1 class="title-news-detail">%(title)s</h1>
  <div class="info-news"><span class="date-news"><i class="fa fa-clock-o"></i> %(date)s</span> <span class="view-news"><i class="fa fa-eye"></i> %(views)d lượt xem</span></div>
  <div class="tool-news"><a href="javascript:window.print();" title="In bài viết"><i class="fa fa-print"></i></a> <a href="mailto:?body=%(url_attr)s" title="Gửi email"><i class="fa fa-envelope"></i></a> <a class="zoom-in" href="javascript:;" title="Phóng to">A+</a> <a class="zoom-out" href="javascript:;" title="Thu nhỏ">A-</a></div>
  <div class="sapo-news"><p><strong>%(lead)s</strong></p></div>
  <div class="asset-content">
   <div class="journal-content-article " data-analytics-asset-id="%(aid)d" data-analytics-asset-title="%(title_attr)s" data-analytics-asset-type="web-content">
%(body)s
%(byline)s
   </div>
  </div>
  %(ratings)s
  <div class="social-bookmarks"><a class="fb-share" href="https://www.facebook.com/sharer.php?u=%(url_attr)s" target="_blank">Chia sẻ Facebook</a> <a class="zalo-share-button" data-href="%(url_attr)s" data-oaid="%(oaid)d" data-layout="1">Zalo</a></div>
 </div>
</div>
</div></div></div>
</section>
</div>
<div class="portlet-boundary portlet-boundary_tin_cung_chuyen_muc">
 <div class="title-section"><span>Tin cùng chuyên mục</span></div>
 <div class="list-news-related">%(related)s</div>
 <div class="taglib-page-iterator"><ul class="pagination"><li class="page-item active"><a class="page-link" href="#">1</a></li><li class="page-item"><a class="page-link" href="?cur=2">2</a></li><li class="page-item"><a class="page-link" href="?cur=3">3</a></li><li class="page-item"><a class="page-link" href="?cur=2">Tiếp »</a></li></ul></div>
</div>
</div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
 <div class="box-right"><div class="title-box">Tin đọc nhiều</div><ul class="list-hot">%(hot)s</ul></div>
 <div class="box-right"><div class="title-box">Hình ảnh hoạt động</div><div class="slide-anh">%(gallery)s</div></div>
 <div class="box-right">%(links)s</div>
 <div class="box-right"><div class="title-box">Thống kê truy cập</div>%(counter)s</div>
</div>
</div></div>
</section>
<footer id="footer" role="contentinfo"><div class="container">
%(footer)s
<p class="powered">Phát triển bởi VNPT Đồng Tháp - Nền tảng VNPT ePortal</p>
</div></footer>
</div></div>
""" 
    gallery = "".join('<a href="/web/mttq/thu-vien-anh/-/album/%d"><img alt="" src="/documents/20139/0/%s.jpg" /></a>' % (rng.randint(1000, 9999), hexid(rng, 10)) for _ in range(6))
    v = dict(lid=rng.randint(10000, 99999), g1=guid(rng), menu=menu_html(rng, menu_items, "navbar-nav", "dropdown-menu", "html").replace('href="/', 'href="/web/mttq/'),
             pid=pid, title=esc(a["title"]), title_attr=attr(a["title"]), date=d.strftime("%d/%m/%Y - %H:%M"),
             views=rng.randint(300, 1500), url_attr=attr(a["url"]), lead=inl(lead), aid=rng.randint(1000000, 9999999),
             body=body, byline=by, ratings=ratings, oaid=rng.randint(10**17, 10**18), related=related, hot=hot,
             gallery=gallery, links=links_select(rng), counter=counter(rng),
             footer=footer_lines("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG THÁP", "Số 12 đường Võ Trường Toản, phường Cao Lãnh, tỉnh Đồng Tháp",
                                 "0277.3851.247", "mttq@dongthap.gov.vn", "Giấy phép số 24/GP-STTTT ngày 18/5/2020. Chịu trách nhiệm chính: Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh."))
    page = head + (body_html % v) + lr_foot(rng, pid) + "</body>\n</html>\n"
    return fill(page, "@@LOADER@@", 132 * 1024 + rng.randint(0, 3000), rng, lr_loader)


def page_r03(a, rng):
    lead, blocks = split_lead(parse(a["src"]))
    d = a["dt"]
    body = render(blocks, "dnn", rng, "/Portals/0/EasyDNNNews/2741")
    by = '<p style="text-align: right;"><strong>%s</strong></p>' % esc(a["byline"][0])
    menu_items = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử Hội", "Ban Thường vụ", "Các ban chuyên môn"]),
                  ("Tin tức", ["Hoạt động Hội", "Phụ nữ với cuộc sống", "Gương điển hình", "Phóng sự ảnh"]),
                  ("Phong trào", ["Phụ nữ tích cực học tập, lao động sáng tạo", "Xây dựng gia đình 5 không 3 sạch", "Dân vận khéo"]),
                  ("Hỗ trợ phụ nữ", ["Khởi nghiệp", "Vay vốn", "Bình đẳng giới"]), ("Văn bản", []), ("Liên hệ", [])]
    dnn = rng.randint(400, 900)
    html_s = """<!DOCTYPE html>
<html  lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>
	%(title)s &gt; Hội Liên hiệp Phụ nữ tỉnh Lào Cai
</title><meta id="MetaDescription" name="DESCRIPTION" content="%(lead_attr)s" /><meta id="MetaKeywords" name="KEYWORDS" content="hội phụ nữ, Lào Cai, Bắc Hà, ngày hội" /><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=%(cdv)d" type="text/css" rel="stylesheet"/><link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv=%(cdv)d" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/phunu2019/skin.css?cdv=%(cdv)d" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=%(cdv)d" type="text/javascript"></script>
<style>
%(css)s
</style>
%(ga)s
</head>
<body id="Body">
<form method="post" action="/tin-tuc/hoat-dong-hoi/ArticleID/2741/ranh-ro-ngay-hoi-phu-nu-cac-dan-toc-xa-bac-ha" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%(vs)s" />
</div>
<div id="skin-wrapper">
<div class="pn-top"><div class="container">
 <span class="pn-date">Chủ nhật, 22/11/2026</span> <span class="pn-weather">Lào Cai: 17°C - 23°C, trời nhiều mây</span>
 <span class="pn-user"><a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="LoginLink" rel="nofollow" onclick="return dnnModal.show('https://phunu.laocai.gov.vn/Dang-nhap?returnurl=/tin-tuc&amp;popUp=true',/*showReturn*/true,300,650,true,'')" href="https://phunu.laocai.gov.vn/Dang-nhap?returnurl=%%2ftin-tuc">Đăng nhập</a></span>
</div></div>
<div class="pn-header"><a id="dnn_dnnLOGO_hypLogo" title="Hội LHPN tỉnh Lào Cai" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo-hlhpn.png?ver=2019-08-12-101512-207" alt="Hội Liên hiệp Phụ nữ tỉnh Lào Cai" /></a>
 <div class="pn-site-name">HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI</div><div class="pn-slogan">Phụ nữ Việt Nam tự tin, tự trọng, trung hậu, đảm đang</div></div>
<div class="pn-nav">%(menu)s
 <div class="pn-search"><input name="dnn$dnnSearch$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSearch_txtSearch" class="NormalTextBox" placeholder="Tìm kiếm..." /><a id="dnn_dnnSearch_cmdSearch" class="SkinObject" href="javascript:__doPostBack('dnn$dnnSearch$cmdSearch','')">Tìm</a></div>
</div>
<div class="container pn-main">
<div class="row">
<div id="dnn_ContentPane" class="col-md-8 ContentPane">
<div class="DnnModule DnnModule-EasyDNNnews DnnModule-%(dnn)d"><a name="%(dnn)d"></a>
<div class="pn-container"><div id="dnn_ctr%(dnn)d_ContentPane">
<div id="dnn_ctr%(dnn)d_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">
<div class="eds_news_Ozone eds_subCollection_news eds_styleSwitchCriteria_module-%(dnn)d eds_template_Details_Article_Default">
 <div class="edn_article edn_clearFix">
  <div class="edn_breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức</a> » <a href="/tin-tuc/hoat-dong-hoi">Hoạt động Hội</a></div>
  <span class="edn_kicker">PHÓNG SỰ ẢNH</span>
  <h1 class="edn_articleTitle">%(title)s</h1>
  <div class="edn_metaDetails"><time>Cập nhật lúc: %(date)s</time> <span class="edn_numberOfViews">Lượt xem: %(views)d</span></div>
  <div class="edn_articleSummary">%(lead)s</div>
  <div class="edn_articleContent">
%(body)s
%(byline)s
%(src)s
  </div>
  <div class="edn_socialPrintWrapper"><a class="edn_printButton" href="/tin-tuc/hoat-dong-hoi/ArticleID/2741/Print.aspx" rel="nofollow" target="_blank">In bài</a><div class="fb-like" data-href="%(url_attr)s" data-layout="button_count"></div></div>
  <div class="edn_articleTags"><span>Từ khóa:</span> <a href="/tin-tuc/tag/phu-nu-dan-toc">phụ nữ dân tộc</a> <a href="/tin-tuc/tag/8-3">8/3</a> <a href="/tin-tuc/tag/bac-ha">Bắc Hà</a></div>
  <div class="edn_relatedArticles"><h3>Tin liên quan</h3><ul>%(rel)s</ul></div>
  <div class="edn_comments"><h3>Ý kiến bạn đọc</h3><p>Chưa có ý kiến nào. Hãy là người đầu tiên bình luận!</p>
   <div class="edn_commentForm"><input type="text" placeholder="Họ và tên" /><input type="text" placeholder="Email" /><textarea placeholder="Nội dung bình luận"></textarea><a class="edn_button" href="javascript:void(0)">Gửi bình luận</a></div></div>
 </div>
</div>
</div></div></div></div>
</div>
<div id="dnn_RightPane" class="col-md-4 RightPane">
 <div class="pn-box"><h3 class="pn-box-title">Tin mới</h3><ul>%(new)s</ul></div>
 <div class="pn-box"><h3 class="pn-box-title">Gương phụ nữ tiêu biểu</h3>%(guong)s</div>
 <div class="pn-box">%(poll)s</div>
 <div class="pn-box">%(links)s</div>
 <div class="pn-box"><h3 class="pn-box-title">Thống kê truy cập</h3>%(counter)s</div>
</div>
</div></div>
<div class="pn-footer"><div class="container">%(footer)s<p>Thiết kế bởi Trung tâm Công nghệ thông tin và Truyền thông tỉnh Lào Cai</p></div></div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`%(tab)d`}" />
</form>
<script type="text/javascript">
(function(d){var js,id='facebook-jssdk',ref=d.getElementsByTagName('script')[0];if(d.getElementById(id)){return;}js=d.createElement('script');js.id=id;js.async=true;js.src="//connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v18.0";ref.parentNode.insertBefore(js,ref);}(document));
</script>
</body>
</html>
"""
    src_line = [v for k, v in blocks if k == "src"]
    blocks_nosrc = [b for b in blocks if b[0] != "src"]
    body = render(blocks_nosrc, "dnn", rng, "/Portals/0/EasyDNNNews/2741")
    v = dict(title=esc(a["title"]), lead_attr=attr(plain(lead)), cdv=rng.randint(100, 999), css=css_block(rng, ".pn-top{background:#e6007e}", 50),
             ga=ga(rng), vs=b64blob(rng, 3000), menu=menu_html(rng, menu_items, "pn-menu", "pn-sub", "aspx"), dnn=dnn,
             date=d.strftime("%H:%M | %d/%m/%Y"), views=rng.randint(200, 900), lead=inl(lead), body=body, byline=by,
             src='<p style="text-align: right;"><em>%s</em></p>' % inl(src_line[0]), url_attr=attr(a["url"]),
             rel=side_list(rng, 5, "li", dates=True), new=side_list(rng, 8, "li"), guong=side_list(rng, 4, "div"),
             poll=poll(rng, "Chị em quan tâm nội dung nào nhất trên trang?", ["Hoạt động Hội", "Gương điển hình", "Kiến thức gia đình", "Pháp luật"]),
             links=links_select(rng), counter=counter(rng), tab=rng.randint(50, 200),
             footer=footer_lines("HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI", "Tầng 4, Khối 7, Trung tâm hành chính tỉnh, phường Cam Đường, tỉnh Lào Cai",
                                 "0214.3840.126", "hoilhpn@laocai.gov.vn", "Chịu trách nhiệm: Chủ tịch Hội LHPN tỉnh Lào Cai"))
    return html_s % v


def page_r04(a, rng):
    blocks = parse(a["src"])
    d = a["dt"]
    utc = d - datetime.timedelta(hours=7)
    mod = utc + datetime.timedelta(hours=9, minutes=35, seconds=14)
    body = render(blocks, "wp", rng, "https://tinhdoangialai.org.vn/wp-content/uploads/2026/03")
    by = '<p class="has-text-align-right"><strong>%s</strong></p>' % esc(a["byline"][0])
    menu_items = [("Trang chủ", []), ("Giới thiệu", ["Ban Thường vụ Tỉnh đoàn", "Các ban, đơn vị", "Lịch sử Đoàn tỉnh"]),
                  ("Tin tức", ["Hoạt động Tỉnh đoàn", "Tin cơ sở", "Đội TNTP Hồ Chí Minh", "Hội LHTN Việt Nam"]),
                  ("Phong trào", ["Thanh niên tình nguyện", "Sinh viên 5 tốt", "Khởi nghiệp", "Bình dân học vụ số"]),
                  ("Gương sáng", ["Thanh niên tiên tiến làm theo lời Bác", "Người tốt việc tốt"]),
                  ("Văn bản", ["Trung ương Đoàn", "Tỉnh đoàn"]), ("Media", ["Video", "Ảnh"]), ("Liên hệ", [])]
    yoast = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": a["url"] + "#article", "isPartOf": {"@id": a["url"]},
         "author": {"name": "tinhdoan", "@id": "https://tinhdoangialai.org.vn/#/schema/person/%s" % hexid(rng, 32)},
         "headline": a["title"], "datePublished": utc.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
         "dateModified": mod.strftime("%Y-%m-%dT%H:%M:%S+00:00"), "mainEntityOfPage": {"@id": a["url"]},
         "wordCount": 612, "publisher": {"@id": "https://tinhdoangialai.org.vn/#organization"},
         "articleSection": ["Hoạt động Tỉnh đoàn", "Tin tức"], "inLanguage": "vi"},
        {"@type": "WebPage", "@id": a["url"], "url": a["url"], "name": a["title"] + " - Tỉnh đoàn Gia Lai",
         "datePublished": utc.strftime("%Y-%m-%dT%H:%M:%S+00:00"), "dateModified": mod.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
         "breadcrumb": {"@id": a["url"] + "#breadcrumb"}, "inLanguage": "vi"},
        {"@type": "BreadcrumbList", "@id": a["url"] + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": "https://tinhdoangialai.org.vn/"},
            {"@type": "ListItem", "position": 2, "name": a["title"]}]},
        {"@type": "Organization", "@id": "https://tinhdoangialai.org.vn/#organization", "name": "Tỉnh đoàn Gia Lai", "url": "https://tinhdoangialai.org.vn/"}]}
    wpemoji = 'window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{"concatemoji":"https:\\/\\/tinhdoangialai.org.vn\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.6.2"}};\n/*! This file is auto-generated */\n!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}function p(e,t,n){e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data),r=(e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(n,0,0),new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data));return t.every(function(e,t){return e===r[t]})}}(window,document);'
    rel = "".join('<article class="rel-post"><a href="https://tinhdoangialai.org.vn/%s/%s/"><img src="https://tinhdoangialai.org.vn/wp-content/uploads/%s/%s-300x200.jpg" alt="" /></a><h4><a href="https://tinhdoangialai.org.vn/%s/%s/">%s</a></h4><span class="rel-date">%s</span></article>' % (
        dd.strftime("%Y/%m/%d"), slug(t), dd.strftime("%Y/%m"), hexid(rng, 8), dd.strftime("%Y/%m/%d"), slug(t), esc(t), dd.strftime("%d/%m/%Y"))
        for t, dd in teasers(rng, 6, before=d))
    side = side_list(rng, 8, "li", dates=True)
    html_s = """<!DOCTYPE html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s - Tỉnh đoàn Gia Lai</title>
<meta name="robots" content="index, follow, max-image-preview:large" />
<link rel="canonical" href="%(url)s" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="%(title_attr)s" />
<meta property="og:url" content="%(url)s" />
<meta property="og:site_name" content="Tỉnh đoàn Gia Lai" />
<meta property="article:publisher" content="https://www.facebook.com/tinhdoangialai" />
<meta property="article:section" content="Hoạt động Tỉnh đoàn" />
<meta property="article:published_time" content="%(pub)s" />
<meta property="article:modified_time" content="%(mod)s" />
<meta name="author" content="tinhdoan" />
<meta name="twitter:label1" content="Được viết bởi" /><meta name="twitter:data1" content="tinhdoan" />
%(yoast)s
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<script type="text/javascript">
%(emoji)s
</script>
<link rel='stylesheet' id='wp-block-library-css' href='https://tinhdoangialai.org.vn/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' type='text/css' media='all' />
<link rel='stylesheet' id='doanthanhnien-style-css' href='https://tinhdoangialai.org.vn/wp-content/themes/doanthanhnien/style.css?ver=2.3.1' type='text/css' media='all' />
<style id='global-styles-inline-css' type='text/css'>
%(css)s
</style>
%(ga)s
</head>
<body class="post-template-default single single-post postid-%(pid)d single-format-standard wp-embed-responsive">
<div id="page" class="site">
<div class="topbar"><div class="wrap"><span class="today">Chủ Nhật, 22 Tháng Mười Một, 2026</span><ul class="social"><li><a href="https://www.facebook.com/tinhdoangialai">Facebook</a></li><li><a href="https://www.youtube.com/@tinhdoangialai">YouTube</a></li><li><a href="https://zalo.me/tinhdoangialai">Zalo</a></li></ul></div></div>
<header id="masthead" class="site-header"><div class="wrap">
<div class="site-branding"><a href="https://tinhdoangialai.org.vn/" rel="home"><img src="https://tinhdoangialai.org.vn/wp-content/uploads/2025/07/logo-doan.png" alt="Tỉnh đoàn Gia Lai" /></a><p class="site-title">TỈNH ĐOÀN GIA LAI</p><p class="site-description">Đoàn TNCS Hồ Chí Minh tỉnh Gia Lai</p></div>
<form role="search" method="get" class="search-form" action="https://tinhdoangialai.org.vn/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form>
</div></header>
<nav id="site-navigation" class="main-navigation">%(menu)s</nav>
<div id="content" class="site-content"><div class="wrap">
<div id="primary" class="content-area"><main id="main" class="site-main">
<nav class="breadcrumbs"><span><a href="https://tinhdoangialai.org.vn/">Trang chủ</a></span> » <span><a href="https://tinhdoangialai.org.vn/category/tin-tuc/hoat-dong-tinh-doan/">Hoạt động Tỉnh đoàn</a></span></nav>
<article id="post-%(pid)d" class="post-%(pid)d post type-post status-publish format-standard has-post-thumbnail hentry category-hoat-dong-tinh-doan">
<header class="entry-header">
<span class="cat-links"><a href="https://tinhdoangialai.org.vn/category/tin-tuc/hoat-dong-tinh-doan/" rel="category tag">Hoạt động Tỉnh đoàn</a></span>
<h1 class="entry-title">%(title)s</h1>
<div class="entry-meta"><span class="posted-on"><i class="icon-clock"></i> %(vis)s</span> <span class="byline">Đăng bởi: <span class="author vcard"><a class="url fn n" href="https://tinhdoangialai.org.vn/author/tinhdoan/">tinhdoan</a></span></span> <span class="post-views"><i class="icon-eye"></i> %(views)d</span></div>
</header>
<div class="post-thumbnail"><img width="1024" height="683" src="https://tinhdoangialai.org.vn/wp-content/uploads/2026/03/%(thumb)s.jpg" class="attachment-large size-large wp-post-image" alt="" decoding="async" fetchpriority="high" /></div>
<div class="entry-content">
%(body)s
%(byline)s
</div>
<footer class="entry-footer"><span class="tags-links">Thẻ: <a href="https://tinhdoangialai.org.vn/tag/95-nam-thanh-lap-doan/" rel="tag">95 năm thành lập Đoàn</a>, <a href="https://tinhdoangialai.org.vn/tag/thanh-nien-tien-tien/" rel="tag">thanh niên tiên tiến</a>, <a href="https://tinhdoangialai.org.vn/tag/thang-thanh-nien/" rel="tag">Tháng Thanh niên</a></span>
<div class="share-post">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u=%(url)s">Facebook</a> <a href="https://twitter.com/intent/tweet?url=%(url)s">X</a> <a href="javascript:window.print()">In</a></div></footer>
</article>
<nav class="navigation post-navigation" aria-label="Bài viết"><div class="nav-links"><div class="nav-previous"><a href="https://tinhdoangialai.org.vn/2026/03/24/%(prev)s/" rel="prev"><span class="meta-nav">Bài trước</span> %(prev_t)s</a></div><div class="nav-next"><a href="https://tinhdoangialai.org.vn/2026/03/27/%(next)s/" rel="next"><span class="meta-nav">Bài sau</span> %(next_t)s</a></div></div></nav>
<section class="related-posts"><h3 class="section-title">Bài viết liên quan</h3>%(rel)s</section>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><form action="https://tinhdoangialai.org.vn/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *</p><p class="comment-form-comment"><label for="comment">Bình luận *</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="comment-form-author"><label for="author">Tên *</label><input id="author" name="author" type="text" size="30" required /></p><p class="comment-form-email"><label for="email">Email *</label><input id="email" name="email" type="email" size="30" required /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /></p></form></div></div>
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_recent_entries"><h2 class="widget-title">Tin mới nhất</h2><ul>%(side)s</ul></section>
<section class="widget widget_media_image"><a href="https://thanhnien.vn/binh-dan-hoc-vu-so"><img src="https://tinhdoangialai.org.vn/wp-content/uploads/2025/09/banner-bdhvs.jpg" alt="Bình dân học vụ số" /></a></section>
<section class="widget">%(links)s</section>
<section class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><select name="archive-dropdown"><option value="">Chọn tháng</option>%(arch)s</select></section>
</aside>
</div></div>
<footer id="colophon" class="site-footer"><div class="wrap">%(footer)s<p class="site-info">&copy; 2026 Tỉnh đoàn Gia Lai. Vận hành trên WordPress.</p></div></footer>
</div>
<script type="text/javascript" src="https://tinhdoangialai.org.vn/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" src="https://tinhdoangialai.org.vn/wp-content/themes/doanthanhnien/js/navigation.js?ver=2.3.1" id="doanthanhnien-navigation-js"></script>
</body>
</html>
"""
    pt, nt = pick(rng, HEADLINES, 2)
    arch = "".join('<option value="https://tinhdoangialai.org.vn/%d/%02d/">Tháng %d/%d</option>' % (y, m, m, y)
                   for y, m in [(2026, 3), (2026, 2), (2026, 1), (2025, 12), (2025, 11), (2025, 10), (2025, 9), (2025, 8), (2025, 7)])
    v = dict(title=esc(a["title"]), title_attr=attr(a["title"]), url=attr(a["url"]), pub=utc.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
             mod=mod.strftime("%Y-%m-%dT%H:%M:%S+00:00"), yoast='<script type="application/ld+json" class="yoast-schema-graph">%s</script>' % json.dumps(yoast, ensure_ascii=False),
             emoji=wpemoji, css=css_block(rng, ":root{--wp--preset--color--black: #000000;--wp--preset--color--doan: #0057a8;}", 70), ga=ga(rng),
             pid=rng.randint(20000, 40000), menu=menu_html(rng, menu_items, "menu nav-menu", "sub-menu", "html"),
             vis="%s | %s GMT+7" % (d.strftime("%d/%m/%Y"), d.strftime("%H:%M")), views=rng.randint(200, 3000), thumb=hexid(rng, 10),
             body=body, byline=by, prev=slug(pt), prev_t=esc(pt), next=slug(nt), next_t=esc(nt), rel=rel, side=side,
             links=links_select(rng), arch=arch,
             footer=footer_lines("TỈNH ĐOÀN GIA LAI", "Số 2 đường Phù Đổng, phường Pleiku, tỉnh Gia Lai", "0269.3824.458", "tinhdoan@gialai.gov.vn",
                                 "Chịu trách nhiệm nội dung: Ban Tuyên giáo Tỉnh đoàn Gia Lai"))
    return html_s % v


def page_r05(a, rng):
    blocks = parse(a["src"])
    d = a["dt"]
    body = render(blocks, "joomla", rng, "/images/2025/thong-bao")
    by = '<p style="text-align: right;"><strong><span style="font-family: times new roman, times; font-size: 14pt;">%s</span></strong></p>' % esc(a["byline"][0])
    months = ["Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"]
    menu_items = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử", "Tổ chức bộ máy", "Ban Thường vụ"]),
                  ("Tin tức - Sự kiện", ["Hoạt động Hội", "Nông dân với pháp luật", "Khoa học kỹ thuật"]),
                  ("Phong trào nông dân", ["Sản xuất kinh doanh giỏi", "Xây dựng nông thôn mới", "Quỹ Hỗ trợ nông dân"]),
                  ("Thông báo", []), ("Văn bản", ["Văn bản Trung ương Hội", "Văn bản tỉnh Hội"]), ("Liên hệ", [])]
    latest = side_list(rng, 7, "li", dates=True)
    popular = side_list(rng, 6, "li")
    html_s = """<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
    <meta charset="utf-8">
    <meta name="author" content="Quản trị viên">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="Cổng thông tin điện tử Hội Nông dân tỉnh Nghệ An">
    <meta name="generator" content="Joomla! - Open Source Content Management">
    <title>%(title)s - Hội Nông dân tỉnh Nghệ An</title>
    <link href="/media/templates/site/hoinongdan/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
    <link href="/media/templates/site/hoinongdan/css/template.min.css?%(h)s" rel="stylesheet">
    <link href="/media/system/css/joomla-fontawesome.min.css?%(h)s" rel="stylesheet">
    <style>%(css)s</style>
    <script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Lỗi","MESSAGE":"Thông báo","NOTICE":"Chú ý","WARNING":"Cảnh báo","JCLOSE":"Đóng","JOK":"Đồng ý","JOPEN":"Mở"},"system.paths":{"root":"","rootFull":"https:\\/\\/hoinongdan.nghean.gov.vn\\/","base":"","baseFull":"https:\\/\\/hoinongdan.nghean.gov.vn\\/"},"csrf.token":"%(tok)s"}</script>
    <script src="/media/system/js/core.min.js?%(h)s"></script>
    <script src="/media/templates/site/hoinongdan/js/template.min.js?%(h)s" type="module"></script>
%(ga)s
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-%(itemid)d">
<header class="header container-header full-width">
    <div class="grid-child top-bar"><div class="hnd-date">Hôm nay: Chủ nhật, 22/11/2026</div><div class="hnd-login"><a href="/index.php/dang-nhap">Đăng nhập</a></div></div>
    <div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="https://hoinongdan.nghean.gov.vn/images/banner-hnd.png" alt="Hội Nông dân tỉnh Nghệ An" width="1200" height="160"></a><div class="site-description">HỘI NÔNG DÂN TỈNH NGHỆ AN</div></div></div>
    <div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu">%(menu)s</nav>
    <div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/index.php/tim-kiem" method="get" role="search"><label for="mod-finder-searchword" class="visually-hidden finder">Tìm kiếm</label><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm..."></form></div></div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/index.php/thong-bao" class="pathway"><span itemprop="name">Thông báo</span></a><meta itemprop="position" content="2"></li></ol></nav>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="vi-VN">
    <div class="page-header"><h1 itemprop="headline">%(title)s</h1></div>
    <dl class="article-info text-muted">
        <dt class="article-info-term">Chi tiết</dt>
        <dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span> Viết bởi: <span itemprop="name">Quản trị viên</span></dd>
        <dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: <a href="/index.php/thong-bao" itemprop="genre">Thông báo</a></dd>
        <dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> <time datetime="%(iso)s" itemprop="datePublished">Được đăng: %(vis)s</time></dd>
        <dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:%(hits)d"> Lượt xem: %(hits)d</dd>
    </dl>
    <div class="icons"><div class="float-end"><a href="/index.php/thong-bao/1186?tmpl=component&amp;print=1" title="In bài" rel="nofollow"><span class="icon-print"></span> In</a> <a href="/index.php/component/mailto/?link=%(mlink)s" title="Email"><span class="icon-envelope"></span> Email</a></div></div>
    <div itemprop="articleBody" class="com-content-article__body">
%(body)s
%(byline)s
    </div>
    <ul class="tags list-inline"><li class="list-inline-item tag-12 tag-list0"><a href="/index.php/component/tags/tag/hoi-cho" class="btn btn-sm btn-info">hội chợ</a></li><li class="list-inline-item tag-31 tag-list1"><a href="/index.php/component/tags/tag/ocop" class="btn btn-sm btn-info">OCOP</a></li></ul>
    <nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/index.php/thong-bao/1179" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> Trước</a><a class="btn btn-sm btn-secondary next" href="/index.php/thong-bao/1190" rel="next">Tiếp <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>
</div>
</main>
<div class="moduletable"><h3>Các tin khác</h3><ul class="mod-articlescategory category-module">%(latest)s</ul></div>
</div>
<div class="grid-child container-sidebar-right">
<div class="sidebar-right card"><h3 class="card-header">Tin xem nhiều</h3><div class="card-body"><ul class="mostread mod-list">%(popular)s</ul></div></div>
<div class="sidebar-right card"><h3 class="card-header">Giá nông sản hôm nay</h3><div class="card-body"><table class="gia-nong-san">%(gia)s</table><p class="note">Giá mang tính tham khảo</p></div></div>
<div class="sidebar-right card"><div class="card-body">%(links)s</div></div>
<div class="sidebar-right card"><h3 class="card-header">Thống kê</h3><div class="card-body">%(counter)s</div></div>
</div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child">%(footer)s</div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Lên đầu trang"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body>
</html>
"""
    gia = "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(n), esc(p)) for n, p in [
        ("Lúa khang dân (kg)", "7.800 đ"), ("Lợn hơi (kg)", "%d.000 đ" % rng.randint(58, 66)), ("Cam Vinh (kg)", "%d.000 đ" % rng.randint(25, 40)),
        ("Chè búp tươi (kg)", "%d.000 đ" % rng.randint(7, 12)), ("Gà đồi (kg)", "%d.000 đ" % rng.randint(80, 110))])
    v = dict(title=esc(a["title"]), h=hexid(rng, 20), css=css_block(rng, ".top-bar{background:#15692b;color:#fff}", 40), tok=hexid(rng, 32), ga=ga(rng),
             itemid=rng.randint(100, 300), menu=menu_html(rng, menu_items, "mod-menu mod-list nav", "mod-menu__sub list-unstyled small", "html").replace('href="/', 'href="/index.php/'),
             iso=d.strftime("%Y-%m-%dT%H:%M:%S+07:00"), vis="%02d %s %d" % (d.day, months[d.month - 1], d.year), hits=rng.randint(300, 900),
             mlink=hexid(rng, 40), body=body, byline=by, latest=latest, popular=popular, gia=gia, links=links_select(rng), counter=counter(rng),
             footer=footer_lines("HỘI NÔNG DÂN TỈNH NGHỆ AN", "Số 18 đường Trường Thi, phường Thành Vinh, tỉnh Nghệ An", "0238.3844.115",
                                 "hoinongdan@nghean.gov.vn", "Giấy phép số 39/GP-TTĐT. Người chịu trách nhiệm: Chủ tịch Hội Nông dân tỉnh."))
    return html_s % v


def page_r06(a, rng):
    lead, blocks = split_lead(parse(a["src"]))
    d = a["dt"]
    body = render(blocks, "nv", rng, "/uploads/news/2025_08")
    menu_items = [("Trang chủ", []), ("Giới thiệu", ["Tổng quan phường", "Ban Chấp hành Đảng bộ", "Lịch sử Đảng bộ"]),
                  ("Tin tức", ["Hoạt động Đảng bộ", "Chính quyền", "Mặt trận - Đoàn thể", "Tin các chi bộ"]),
                  ("Xây dựng Đảng", ["Công tác tổ chức", "Kiểm tra - Giám sát", "Tuyên giáo - Dân vận"]),
                  ("Văn bản", ["Nghị quyết", "Thông báo", "Kế hoạch"]), ("Hỏi đáp", []), ("Liên hệ", [])]
    newer = side_list(rng, 5, "li", dates=True, after=d)
    older = side_list(rng, 5, "li", dates=True, before=d)
    html_s = """<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>%(title)s - Đảng bộ phường Trung Sơn</title>
<meta name="description" content="%(lead_attr)s" />
<meta name="keywords" content="diễn văn, cách mạng tháng tám, quốc khánh, phường trung sơn" />
<meta name="news_keywords" content="diễn văn, cách mạng tháng tám, quốc khánh" />
<meta name="author" content="Đảng bộ phường Trung Sơn" />
<meta name="copyright" content="Đảng bộ phường Trung Sơn [webmaster@dangbo.trungson.ninhbinh.gov.vn]" />
<meta name="generator" content="NukeViet v4.5" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta property="og:title" content="%(title_attr)s" />
<meta property="og:type" content="article" />
<meta property="og:description" content="%(lead_attr)s" />
<meta property="og:site_name" content="Đảng bộ phường Trung Sơn" />
<meta property="og:url" content="%(url)s" />
<meta property="article:published_time" content="%(nvtime)s" />
<meta property="article:modified_time" content="%(nvmod)s" />
<meta property="article:section" content="Hoạt động Đảng bộ" />
<meta property="article:tag" content="quốc khánh" />
<link rel="shortcut icon" href="/favicon.ico">
<link rel="canonical" href="%(url)s">
<link rel="StyleSheet" href="/themes/default/css/font-awesome.min.css">
<link rel="StyleSheet" href="/themes/dangbo/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="/themes/dangbo/css/style.css">
<link rel="StyleSheet" href="/themes/dangbo/css/news.css">
<style type="text/css">%(css)s</style>
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_%(ck)s",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image",XSSsanitize=1;</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/dangbo/js/main.js"></script>
%(ga)s
</head>
<body>
<div class="section-header"><div class="wraper">
 <div class="header-top"><div class="current-time">Hôm nay: Chủ nhật, 22/11/2026</div><div class="personalArea"><a href="/users/login/" title="Đăng nhập">Đăng nhập</a> &nbsp;|&nbsp; <a href="/users/register/" title="Đăng ký">Đăng ký</a></div></div>
 <div id="header"><div class="logo"><a title="Đảng bộ phường Trung Sơn" href="/"><img src="/uploads/logo-dangbo.png" width="90" height="90" alt="Đảng bộ phường Trung Sơn" /></a><div class="site-name"><span class="l1">ĐẢNG CỘNG SẢN VIỆT NAM</span><span class="l2">ĐẢNG BỘ PHƯỜNG TRUNG SƠN</span><span class="l3">Tỉnh Ninh Bình</span></div></div></div>
 <nav class="second-nav" id="menusite">%(menu)s</nav>
 <div class="headerSearch"><form action="/seek/" method="get"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..." name="q" /><button type="submit" class="btn btn-info">Tìm</button></form></div>
</div></div>
<div class="section-body"><div class="wraper"><div class="row">
<div class="col-md-16">
<div class="breadcrumbs-wrap"><ul class="breadcrumbs list-none"><li><a href="/" title="Trang nhất"><em class="fa fa-lg fa-home">&nbsp;</em></a></li><li><a href="/tin-tuc/" title="Tin tức"><span>Tin tức</span></a></li><li><a href="/tin-tuc/hoat-dong-dang-bo/" title="Hoạt động Đảng bộ"><span>Hoạt động Đảng bộ</span></a></li></ul></div>
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
 <div class="panel-body">
  <h1 class="title margin-bottom-lg" itemprop="headline">%(title)s</h1>
  <div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">%(vis)s</span></div><div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/sendmail/412/','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li><li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('/print/412/','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li><li><a class="dimgray" title="Lưu bài viết này" href="/savefile/412/"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>
  <div class="clearfix"><div class="hometext m-bottom" itemprop="description">%(lead)s</div></div>
  <div id="news-bodyhtml" class="bodytext margin-bottom-lg" itemprop="articleBody">
%(body)s
  </div>
  <div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>%(author)s</p><p class="h5 text-right"><strong>Nguồn tin: </strong>Văn phòng Đảng ủy phường</p></div>
 </div>
</div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><span itemprop="keywords"><a title="diễn văn" href="/tag/dien-van"><em>diễn văn</em></a>, <a title="cách mạng tháng tám" href="/tag/cach-mang-thang-tam"><em>cách mạng tháng tám</em></a>, <a title="quốc khánh" href="/tag/quoc-khanh"><em>quốc khánh</em></a></span></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix"><p>Tổng số điểm của bài viết là: %(pts)d trong %(nvote)d đánh giá</p><div id="stringrating">Click để đánh giá bài viết</div></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
 <p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix"><ul class="related list-items">%(newer)s</ul></div>
 <p class="h3"><strong>Những tin cũ hơn</strong></p><div class="clearfix"><ul class="related list-items">%(older)s</ul></div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div id="idcomment" class="nv-fullbg"><p class="h3">Ý kiến bạn đọc</p><p>Mã bảo mật <img class="captchaImg" alt="Mã bảo mật" src="/index.php?scaptcha=captcha&amp;t=%(ct)d" /></p><textarea name="content" placeholder="Nội dung"></textarea><input type="button" value="Gửi bình luận" /></div></div></div>
</div>
<div class="col-md-8">
 <div class="panel panel-primary"><div class="panel-heading">Lịch công tác tuần</div><div class="panel-body">%(lich)s</div></div>
 <div class="panel panel-primary"><div class="panel-heading">Văn bản mới</div><div class="panel-body"><ul>%(docs)s</ul></div></div>
 <div class="panel panel-primary"><div class="panel-heading">Liên kết</div><div class="panel-body">%(links)s</div></div>
 <div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">%(counter)s</div></div>
</div>
</div></div></div>
<footer id="footer" class="footer-wrap"><div class="wraper">%(footer)s<p>Phát triển trên nền tảng NukeViet CMS</p></div></footer>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<script src="/themes/dangbo/js/bootstrap.min.js"></script>
</body>
</html>
"""
    lich = "".join('<p><strong>%s:</strong> %s</p>' % (x, esc(t)) for x, t in zip(["Thứ Hai", "Thứ Tư", "Thứ Sáu"], pick(rng, HEADLINES, 3)))
    docs = "".join('<li><a href="/van-ban/%s.html">Số %d-%s/ĐU: %s</a></li>' % (hexid(rng, 6), rng.randint(10, 300), rng.choice(["NQ", "TB", "KH"]), esc(t)) for t in pick(rng, HEADLINES, 5))
    mod = d + datetime.timedelta(hours=2, minutes=13, seconds=7)
    v = dict(title=esc(a["title"]), title_attr=attr(a["title"]), lead_attr=attr(plain(lead)), url=attr(a["url"]),
             nvtime=d.strftime("%Y-%m-%dICT%H:%M:%S"), nvmod=mod.strftime("%Y-%m-%dICT%H:%M:%S"),
             css=css_block(rng, ".section-header{background:#c00}", 35), ck=hexid(rng, 10), ga=ga(rng),
             menu=menu_html(rng, menu_items, "nav navbar-nav", "dropdown-menu", "html"),
             vis="%s - %s" % (wd(d, "lower"), d.strftime("%d/%m/%Y %H:%M")), lead=inl(lead), body=body, author=esc(a["byline"][0]),
             pts=rng.randint(10, 40), nvote=rng.randint(3, 9), newer=newer, older=older, ct=rng.randint(10**9, 2 * 10**9),
             lich=lich, docs=docs, links=links_select(rng), counter=counter(rng),
             footer=footer_lines("ĐẢNG ỦY PHƯỜNG TRUNG SƠN", "Trụ sở Đảng ủy - HĐND - UBND phường Trung Sơn, tỉnh Ninh Bình", "0229.3864.208",
                                 "vanphongdanguy.trungson@ninhbinh.gov.vn", "Chịu trách nhiệm nội dung: Văn phòng Đảng ủy phường Trung Sơn"))
    return html_s % v


def page_r07(a, rng):
    blocks = parse(a["src"])
    d = a["dt"]
    body = render(blocks, "asp", rng, "/Upload/TinTuc/2026/02")
    by = '<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" style="font-size:14.0pt;font-family:\'Times New Roman\',serif">%s</span></b></p>' % esc(a["byline"][0])
    left_menu = [("Giới thiệu", ["Lịch sử Công đoàn tỉnh", "Ban Chấp hành", "Ban Thường vụ", "Các ban tham mưu"]),
                 ("Tin tức - Sự kiện", ["Tin hoạt động", "Công đoàn cơ sở", "Trong nước", "Quốc tế"]),
                 ("Chăm lo đời sống", ["Tết Sum vầy", "Mái ấm Công đoàn", "Chương trình phúc lợi đoàn viên", "Quỹ Xã hội"]),
                 ("Chính sách - Pháp luật", ["Bộ luật Lao động", "Bảo hiểm xã hội", "Hỏi đáp pháp luật"]),
                 ("Thi đua - Khen thưởng", []), ("Nữ công", []), ("Tài chính công đoàn", []), ("Văn bản", ["Văn bản Tổng Liên đoàn", "Văn bản LĐLĐ tỉnh"]),
                 ("Thư viện ảnh", []), ("Liên hệ", [])]
    lm = []
    for name, subs in left_menu:
        lm.append('<tr><td class="menutrai" background="/images/bg_menu.gif" height="28">&nbsp;<img src="/images/arrow.gif" />&nbsp;<a href="/chuyenmuc.aspx?id=%d" class="linkmenu">%s</a></td></tr>' % (rng.randint(1, 60), esc(name)))
        for s in subs:
            lm.append('<tr><td class="menucon" height="22">&nbsp;&nbsp;&nbsp;&nbsp;- <a href="/chuyenmuc.aspx?id=%d" class="linkmenucon">%s</a></td></tr>' % (rng.randint(60, 200), esc(s)))
    others = side_list(rng, 10, "tr", dates=True, before=d)
    hot = side_list(rng, 8, "tr")
    banners = "".join('<tr><td align="center" style="padding:4px"><a href="%s" target="_blank"><img src="/Upload/QuangCao/%s.jpg" width="220" border="0" alt="%s" /></a></td></tr>' % (
        u, hexid(rng, 8), esc(n)) for u, n in [("https://congdoan.vn", "Tổng Liên đoàn Lao động Việt Nam"), ("https://dangcongsan.vn", "Báo điện tử Đảng Cộng sản Việt Nam"),
                                               ("https://laodong.vn", "Báo Lao Động"), ("https://dichvucong.gov.vn", "Cổng Dịch vụ công quốc gia")])
    html_s = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>
	LĐLĐ tỉnh Hưng Yên - %(title)s
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="/css/style.css" rel="stylesheet" type="text/css" /><link href="/css/menu.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="/js/ddsmoothmenu.js"></script>
<style type="text/css">
body{margin:0;background:#e9eef2 url(/images/bg_body.jpg) repeat-x}
.tieude{font-family:Arial;font-size:18px;font-weight:bold;color:#004a8f}
.ngaydang{font-family:Arial;font-size:11px;color:#666;font-style:italic}
.noidung{font-family:'Times New Roman';font-size:14pt;text-align:justify}
%(css)s
</style>
</head>
<body>
<form name="form1" method="post" action="chitiet.aspx?id=5128&amp;cat=12" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%(vs)s" />
</div>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td height="24" bgcolor="#004a8f">&nbsp;<font color="#FFFFFF" face="Arial" size="2">Hôm nay, ngày 22 tháng 11 năm 2026</font></td><td bgcolor="#004a8f" align="right"><a href="/dangnhap.aspx"><font color="#FFFFFF" face="Arial" size="2">Đăng nhập</font></a>&nbsp;|&nbsp;<a href="/sitemap.aspx"><font color="#FFFFFF" face="Arial" size="2">Sơ đồ website</font></a>&nbsp;</td></tr></table></td></tr>
<tr><td colspan="3"><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="1002" height="150"><param name="movie" value="/flash/banner.swf" /><img src="/images/banner_ldld.jpg" width="1002" height="150" alt="Liên đoàn Lao động tỉnh Hưng Yên" /></object></td></tr>
<tr><td colspan="3" height="32" background="/images/bg_topmenu.gif"><div id="smoothmenu1" class="ddsmoothmenu">%(topmenu)s</div></td></tr>
<tr><td colspan="3" height="26" bgcolor="#f3f3f3"><table width="100%%"><tr><td width="90"><font face="Arial" size="2" color="#c00"><b>Tin mới:</b></font></td><td><marquee onmouseover="this.stop()" onmouseout="this.start()" scrollamount="2"><font face="Arial" size="2">%(ticker)s</font></marquee></td><td width="220" align="right"><input name="txtTimKiem" type="text" id="txtTimKiem" style="width:140px" /><input type="submit" name="btnTim" value="Tìm" id="btnTim" /></td></tr></table></td></tr>
<tr>
<td width="230" valign="top" bgcolor="#f7f9fb">
<table width="100%%" cellpadding="0" cellspacing="0">%(leftmenu)s</table>
<br /><table width="100%%" cellpadding="0" cellspacing="0"><tr><td class="box-title" background="/images/bg_box.gif" height="28">&nbsp;<b>THĂM DÒ Ý KIẾN</b></td></tr><tr><td style="padding:6px">%(poll)s</td></tr></table>
<br /><table width="100%%" cellpadding="0" cellspacing="0"><tr><td class="box-title" background="/images/bg_box.gif" height="28">&nbsp;<b>THỐNG KÊ TRUY CẬP</b></td></tr><tr><td style="padding:6px">%(counter)s</td></tr></table>
</td>
<td width="532" valign="top" style="padding:8px">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td class="duongdan"><a href="/">Trang chủ</a> &gt;&gt; <a href="/chuyenmuc.aspx?id=12">Chăm lo đời sống</a> &gt;&gt; <a href="/chuyenmuc.aspx?id=14">Tết Sum vầy</a></td></tr></table>
<table width="100%%" border="0" cellspacing="0" cellpadding="4">
  <tr><td><span id="lblTieuDe" class="tieude">%(title)s</span></td></tr>
  <tr><td><span id="lblNgayDang" class="ngaydang">%(vis)s</span> &nbsp; <span class="ngaydang">(Lượt xem: %(views)d)</span></td></tr>
  <tr><td><div id="divNoiDung" class="noidung">
%(body)s
%(byline)s
  </div></td></tr>
  <tr><td align="right"><a href="javascript:window.print()"><img src="/images/print.gif" border="0" /> In trang</a> &nbsp; <a href="/guiemail.aspx?id=5128"><img src="/images/email.gif" border="0" /> Gửi email</a> &nbsp; <a href="javascript:history.back()"><img src="/images/back.gif" border="0" /> Quay lại</a></td></tr>
</table>
<table width="100%%" cellpadding="0" cellspacing="0" style="margin-top:10px"><tr><td class="box-title" background="/images/bg_box.gif" height="28">&nbsp;<b>CÁC TIN KHÁC</b></td></tr><tr><td><table width="100%%">%(others)s</table></td></tr></table>
</td>
<td width="240" valign="top" bgcolor="#f7f9fb">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td class="box-title" background="/images/bg_box.gif" height="28">&nbsp;<b>TIN ĐỌC NHIỀU</b></td></tr><tr><td><table width="100%%">%(hot)s</table></td></tr></table>
<br /><table width="100%%" cellpadding="0" cellspacing="0"><tr><td class="box-title" background="/images/bg_box.gif" height="28">&nbsp;<b>LIÊN KẾT</b></td></tr>%(banners)s</table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#004a8f" style="padding:10px" align="center"><font color="#FFFFFF" face="Arial" size="2">%(footer)s</font></td></tr>
</table>
<div>
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%(gen)s" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%(ev)s" />
</div>
<script type="text/javascript">
ddsmoothmenu.init({mainmenuid: "smoothmenu1", orientation: 'h', classname: 'ddsmoothmenu', contentsource: "markup"});
</script>
</form>
</body>
</html>
"""
    topmenu = menu_html(rng, [("Trang chủ", [])] + left_menu[:4] + [("Liên hệ", [])], "", "", "aspx").replace('<ul class="">', "<ul>")
    v = dict(title=esc(a["title"]), css=css_block(rng, ".menutrai{font-family:Arial;font-size:12px;font-weight:bold}", 30), vs=b64blob(rng, 9000),
             topmenu=topmenu, ticker=" &nbsp;|&nbsp; ".join(esc(t) for t in pick(rng, HEADLINES, 4)), leftmenu="\n".join(lm),
             poll=poll(rng, "Đoàn viên đánh giá thế nào về hoạt động chăm lo của công đoàn?", ["Rất thiết thực", "Thiết thực", "Chưa thiết thực"]),
             counter=counter(rng, "table"), vis="Ngày %d tháng %d năm %d" % (d.day, d.month, d.year), views=rng.randint(150, 700),
             body=body, byline=by, others=others, hot=hot, banners=banners, gen=hexid(rng, 8).upper(), ev=b64blob(rng, 300),
             footer="LIÊN ĐOÀN LAO ĐỘNG TỈNH HƯNG YÊN<br />Địa chỉ: Số 6 đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên - Điện thoại: 0221.3862.445<br />Giấy phép số 12/GP-TTĐT. Chịu trách nhiệm: Ban Tuyên giáo LĐLĐ tỉnh")
    return html_s % v


def page_r08(a, rng):
    blocks = parse(a["src"])
    d = a["dt"]
    body = render(blocks, "static", rng, "/images/tintuc/2025")
    by = '<p class="tacgia" align="right"><b>%s</b><br /><i>%s</i></p>' % (esc(a["byline"][0]), esc(a["byline"][1]))
    menu = " | ".join('<a href="/%s.htm">%s</a>' % (slug(n), esc(n)) for n in
                      ["Trang chủ", "Giới thiệu", "Tin hoạt động", "Gương cựu chiến binh", "Truyền thống", "Văn bản", "Thư viện ảnh", "Liên hệ"])
    others = "\n".join('<li><a href="/tintuc/%s/%s.htm">%s</a> <span class="ngay">(%s)</span></li>' % (
        dd.strftime("%Y/%m"), slug(t), esc(t), dd.strftime("%d/%m/%Y")) for t, dd in teasers(rng, 8, before=d))
    html_s = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>%(title)s :: Hội Cựu chiến binh tỉnh Quảng Trị</title>
<meta name="keywords" content="cựu chiến binh, Quảng Trị, bộ đội cụ Hồ">
<link rel="stylesheet" href="/css/ccb.css" type="text/css">
<style type="text/css">
body{font-family:Tahoma,Arial;font-size:13px;margin:0;background:#fffbe8}
#khung{width:980px;margin:0 auto;background:#fff}
#dau{background:#7a1f00;color:#ffe08a;padding:6px 10px}
#banner{height:140px;background:url(/images/banner_ccb.jpg) no-repeat}
#menu{background:#a52a00;padding:6px 10px}#menu a{color:#fff;font-weight:bold;text-decoration:none}
#trai{float:left;width:690px;padding:10px}#phai{float:right;width:260px;padding:10px 5px}
.tieude-tin{font-size:20px;color:#7a1f00;font-weight:bold;margin:6px 0}
.ngay-dang{color:#777;font-size:11px}
.doan{text-align:justify;line-height:1.6}
.trich-dan{margin:10px 40px;padding:8px 14px;border-left:4px solid #a52a00;background:#fff6e0;font-style:italic}
.chuthich{text-align:center;font-style:italic;color:#333}
#cuoi{clear:both;background:#7a1f00;color:#fff;padding:10px;text-align:center}
</style>
<script language="javascript" src="/js/menu.js"></script>
</head>
<body>
<div id="khung">
<div id="dau"><span style="float:right"><a href="/lienhe.htm" style="color:#ffe08a">Liên hệ</a></span> Chủ nhật, 22/11/2026</div>
<div id="banner"><h1 style="margin:0;padding:40px 0 0 160px;color:#7a1f00">HỘI CỰU CHIẾN BINH TỈNH QUẢNG TRỊ</h1><div style="padding-left:160px;color:#7a1f00"><i>Trung thành - Đoàn kết - Gương mẫu - Đổi mới</i></div></div>
<div id="menu">%(menu)s</div>
<div id="trai">
<div class="duong-dan"><a href="/index.htm">Trang chủ</a> » <a href="/tin-hoat-dong.htm">Tin hoạt động</a></div>
<div class="tieude-tin">%(title)s</div>
<div class="ngay-dang">Đăng lúc: %(vis)s (GMT+7)</div>
<div class="noi-dung-tin">
%(body)s
%(byline)s
</div>
<div class="cong-cu"><a href="javascript:window.print()">[In trang]</a> <a href="javascript:history.back()">[Trở về]</a> <a href="#">[Lên đầu trang]</a></div>
<div class="tin-khac"><b>Các tin đã đưa:</b><ul>%(others)s</ul></div>
</div>
<div id="phai">
<div class="khung-phai"><div class="td-phai">THÔNG BÁO</div><marquee direction="up" scrollamount="1" height="120">%(tb)s</marquee></div>
<div class="khung-phai"><div class="td-phai">LIÊN KẾT WEBSITE</div>%(links)s</div>
<div class="khung-phai"><div class="td-phai">THỐNG KÊ</div>%(counter)s</div>
</div>
<div id="cuoi">HỘI CỰU CHIẾN BINH TỈNH QUẢNG TRỊ<br>Địa chỉ: Số 45 đường Hùng Vương, phường Đông Hà, tỉnh Quảng Trị - ĐT: 0233.3852.611<br>Thiết kế và duy trì: Công ty TNHH Tin học Thành Cổ</div>
</div>
</body>
</html>
"""
    tb = "".join("<p>» %s</p>" % esc(t) for t in pick(rng, HEADLINES, 4))
    v = dict(title=esc(a["title"]), menu=menu, vis=d.strftime("%H:%M:%S %d/%m/%Y"), body=body, byline=by, others=others, tb=tb,
             links=links_select(rng), counter=counter(rng, "table", ("Đang xem", "Hôm nay", "Tháng này", "Tổng cộng")))
    return html_s % v


def next_items(rng, n):
    items = []
    size = 2
    i = 0
    while size < n:
        t = rng.choice(HEADLINES)
        dd = rdate(rng)
        it = {"id": rng.randint(20000, 26000), "title": t, "slug": slug(t), "catSlug": rng.choice(["xay-dung-dang", "ly-luan", "thuc-tien", "guong-sang", "dau-tranh-phan-bac"]),
              "thumb": "https://cdn.sinhhoatdang.org.vn/images/%s/%s.jpg" % (dd.strftime("%Y/%m/%d"), hexid(rng, 16)),
              "publishedAt": dd.strftime("%Y-%m-%dT%H:%M:%S+07:00"), "views": rng.randint(100, 9000)}
        s = json.dumps(it, ensure_ascii=False, separators=(",", ":"))
        items.append(s)
        size += len(s.encode("utf-8")) + 1
    return ",".join(items)


def page_r09(a, rng):
    lead, blocks = split_lead(parse(a["src"]))
    d = a["dt"]
    body = render(blocks, "mag", rng, "https://cdn.sinhhoatdang.org.vn/images/2026/08/10")
    by = '<div class="article__author">%s</div>' % "".join('<p class="author-name">%s</p>' % esc(x) for x in a["byline"])
    nav = [("Trang chủ", []), ("Xây dựng Đảng", ["Chính trị", "Tư tưởng", "Đạo đức", "Tổ chức", "Cán bộ"]),
           ("Lý luận", ["Nghiên cứu", "Trao đổi", "Học tập và làm theo Bác"]), ("Thực tiễn", ["Kinh nghiệm", "Địa phương", "Cơ sở"]),
           ("Bảo vệ nền tảng tư tưởng", ["Phản bác quan điểm sai trái", "Bình luận"]), ("Gương sáng", ["Đảng viên tiêu biểu", "Chi bộ điển hình"]),
           ("Sinh hoạt chi bộ", ["Định hướng nội dung", "Chuyên đề"]), ("Multimedia", ["E-magazine", "Infographic", "Video", "Podcast"])]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": a["url"]},
          "headline": a["title"], "description": plain(lead), "image": ["https://cdn.sinhhoatdang.org.vn/images/2026/08/10/%s.jpg" % hexid(rng, 16)],
          "datePublished": d.strftime("%Y-%m-%dT%H:%M:%S+07:00"), "dateModified": (d + datetime.timedelta(hours=3, minutes=2)).strftime("%Y-%m-%dT%H:%M:%S+07:00"),
          "author": [{"@type": "Person", "name": x} for x in a["byline"]],
          "publisher": {"@type": "Organization", "name": "Tạp chí điện tử Sinh hoạt Đảng", "logo": {"@type": "ImageObject", "url": "https://sinhhoatdang.org.vn/logo.png"}}}
    content_html = body
    nd = {"props": {"pageProps": {"article": {"id": 24719, "title": a["title"], "sapo": plain(lead), "content": content_html,
                                              "authors": a["byline"], "publishedAt": d.strftime("%Y-%m-%dT%H:%M:%S+07:00"), "category": {"id": 18, "name": "Xây dựng Đảng"}},
                                  "latest": ["@@ITEMS@@"]}},
          "page": "/[category]/[slug]", "query": {"category": "xay-dung-dang", "slug": a["url"].rsplit("/", 1)[1][:-5]}, "buildId": b64blob(rng, 24).replace("/", "_").replace("+", "-")[:21],
          "isFallback": False, "gssp": True, "scriptLoader": []}
    nd_s = json.dumps(nd, ensure_ascii=False, separators=(",", ":")).replace('"@@ITEMS@@"', "@@ITEMS@@")
    menu = "".join('<li class="nav__item"><a href="/%s">%s</a>%s</li>' % (slug(n), esc(n), ('<div class="nav__drop"><ul>%s</ul><div class="nav__feature">%s</div></div>' % (
        "".join('<li><a href="/%s/%s">%s</a></li>' % (slug(n), slug(s), esc(s)) for s in subs), side_list(rng, 4, "div"))) if subs else "") for n, subs in nav)
    latest = side_list(rng, 10, "div", dates=True)
    most = side_list(rng, 10, "li")
    topics = "".join('<a class="tag" href="/chu-de/%s">#%s</a>' % (slug(t), esc(t)) for t in ["Đại hội XIV", "Sinh hoạt chi bộ", "Chính quyền hai cấp", "Phát triển đảng viên", "Nêu gương", "Dân vận khéo"])
    html_s = """<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>%(title)s | Tạp chí điện tử Sinh hoạt Đảng</title>
<meta name="description" content="%(lead_attr)s"/>
<meta property="og:type" content="article"/><meta property="og:title" content="%(title_attr)s"/><meta property="og:description" content="%(lead_attr)s"/>
<meta property="article:published_time" content="%(iso)s"/>
<link rel="canonical" href="%(url)s"/>
%(ld)s
<link rel="preload" href="/_next/static/css/%(h1)s.css" as="style"/><link rel="stylesheet" href="/_next/static/css/%(h1)s.css" data-n-g=""/>
<noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-%(h2)s.js"></script>
<script src="/_next/static/chunks/webpack-%(h3)s.js" defer=""></script><script src="/_next/static/chunks/framework-%(h4)s.js" defer=""></script><script src="/_next/static/chunks/main-%(h5)s.js" defer=""></script><script src="/_next/static/chunks/pages/%%5Bcategory%%5D/%%5Bslug%%5D-%(h6)s.js" defer=""></script>
%(ga)s
</head><body><div id="__next">
<div class="topbar"><div class="container"><span class="topbar__date">Chủ nhật, 22/11/2026</span><span class="topbar__issn">ISSN 2815-6021</span><a class="topbar__login" href="/dang-nhap">Đăng nhập</a><a class="topbar__sub" href="/dat-tap-chi">Đặt mua tạp chí in</a></div></div>
<header class="header"><div class="container"><a class="header__logo" href="/"><img alt="Tạp chí điện tử Sinh hoạt Đảng" src="/logo.png" width="320" height="72"/></a><div class="header__search"><form action="/tim-kiem"><input type="search" name="q" placeholder="Tìm kiếm bài viết"/></form></div></div>
<nav class="nav"><div class="container"><ul class="nav__list">%(menu)s</ul></div></nav></header>
<main class="container main">
<div class="grid">
<article class="article">
<div class="article__cat"><a href="/xay-dung-dang">Xây dựng Đảng</a><span> / </span><a href="/xay-dung-dang/to-chuc">Tổ chức</a></div>
<h1 class="article__title">%(title)s</h1>
<div class="article__meta"><time class="article__time">%(vis)s</time> <span class="article__read">Thời gian đọc: 7 phút</span><div class="article__share"><button class="btn-share fb" aria-label="Chia sẻ Facebook">f</button><button class="btn-share zalo" aria-label="Chia sẻ Zalo">Z</button><button class="btn-share copy" aria-label="Sao chép liên kết">🔗</button><button class="btn-font" aria-label="Cỡ chữ">Aa</button></div></div>
<h2 class="article__sapo">%(lead)s</h2>
<figure class="article__cover"><img alt="" src="https://cdn.sinhhoatdang.org.vn/images/2026/08/10/%(cover)s.jpg" width="1200" height="675"/></figure>
<div class="article__body">
%(body)s
</div>
%(byline)s
<div class="article__tags">%(topics)s</div>
<div class="article__series"><div class="series__label">Cùng loạt bài</div><ul><li class="current">Kỳ 1: Những chuyển động từ cơ sở</li><li><a href="/xay-dung-dang/ky-2-go-nut-that-tu-doi-ngu-bi-thu-chi-bo-c18a24733.html">Kỳ 2: Gỡ “nút thắt” từ đội ngũ bí thư chi bộ</a></li><li>Kỳ 3: Để mỗi buổi sinh hoạt là một “ngày hội” (sắp đăng)</li></ul></div>
<div class="article__rating">Bài viết hữu ích? <button>👍 Có</button> <button>👎 Không</button></div>
<section class="comments"><h3>Bình luận</h3><p class="comments__empty">Chưa có bình luận nào.</p><form><textarea placeholder="Nhập bình luận của bạn..."></textarea><input placeholder="Họ tên"/><input placeholder="Email"/><button type="submit">Gửi bình luận</button></form><p class="comments__note">Bình luận sẽ được kiểm duyệt trước khi đăng.</p></section>
<section class="block block--related"><h3 class="block__title">Tin cùng chuyên mục</h3>%(latest)s</section>
</article>
<aside class="sidebar">
<section class="block"><h3 class="block__title">Đọc nhiều nhất</h3><ol class="rank">%(most)s</ol></section>
<section class="block block--magazine"><h3 class="block__title">Tạp chí in số mới</h3><a href="/tap-chi-in/so-8-2026"><img alt="Số 8/2026" src="/covers/2026-08.jpg" width="300" height="420"/></a><p>Số 8 (tháng 8/2026)</p></section>
<section class="block"><h3 class="block__title">Infographic</h3>%(info)s</section>
<section class="block">%(links)s</section>
</aside>
</div>
</main>
<footer class="footer"><div class="container">%(footer)s</div></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">%(nd)s</script>
</body></html>
"""
    v = dict(title=esc(a["title"]), title_attr=attr(a["title"]), lead_attr=attr(plain(lead)), iso=d.strftime("%Y-%m-%dT%H:%M:%S+07:00"),
             url=attr(a["url"]), ld=jsonld(ld), h1=hexid(rng, 16), h2=hexid(rng, 16), h3=hexid(rng, 16), h4=hexid(rng, 16), h5=hexid(rng, 16), h6=hexid(rng, 16),
             ga=ga(rng), menu=menu, vis="%s, %s" % (wd(d), d.strftime("%d/%m/%Y, %H:%M")), lead=inl(lead), cover=hexid(rng, 16),
             body=body, byline=by, topics=topics, latest=latest, most=most, info=side_list(rng, 3, "div"), links=links_select(rng),
             footer=footer_lines("TẠP CHÍ ĐIỆN TỬ SINH HOẠT ĐẢNG", "Số 18 phố Lý Thường Kiệt, phường Cửa Nam, Hà Nội", "024.3825.6187",
                                 "toasoan@sinhhoatdang.org.vn", "Giấy phép hoạt động báo chí điện tử số 318/GP-BVHTTDL. Tổng Biên tập: Nguyễn Văn Toàn",
                                 "<p>© Bản quyền thuộc Tạp chí điện tử Sinh hoạt Đảng. Ghi rõ nguồn khi phát hành lại thông tin.</p>"),
             nd=nd_s.replace("</", "<\\/"))
    page = html_s % v
    return fill(page, "@@ITEMS@@", 138 * 1024, rng, next_items)


def page_r10(a, rng):
    lead, blocks = split_lead(parse(a["src"]))
    d = a["dt"]
    body = render(blocks, "news", rng, "https://image.baobacninh.vn/w800/Uploaded/2026/06/18")
    sections = ["Thời sự", "Xây dựng Đảng", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Pháp luật", "Quốc tế", "Bạn đọc", "Multimedia", "Video", "Podcast"]
    nav = "".join('<li class="%s"><a href="/%s">%s</a></li>' % ("active" if s == "Xây dựng Đảng" else "", slug(s), esc(s)) for s in sections)
    sub = "".join('<a href="/xay-dung-dang/%s">%s</a>' % (slug(s), esc(s)) for s in ["Tin tức", "Bảo vệ nền tảng tư tưởng của Đảng", "Học và làm theo Bác", "Gương sáng"])
    box = "".join('<article class="story story--small"><a class="story__thumb" href="/xay-dung-dang/%s-%d.html"><img src="https://image.baobacninh.vn/w300/Uploaded/%s.jpg" alt="" /></a><h3 class="story__title"><a href="/xay-dung-dang/%s-%d.html">%s</a></h3></article>' % (
        slug(t), n, hexid(rng, 12), slug(t), n, esc(t)) for t, n in zip(pick(rng, HEADLINES, 8), [rng.randint(280000, 286000) for _ in range(8)]))
    most = side_list(rng, 8, "li")
    html_s = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<title>%(title)s | Báo Bắc Ninh điện tử</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="description" content="%(lead_attr)s" />
<meta property="og:site_name" content="Báo Bắc Ninh" /><meta property="og:type" content="article" /><meta property="og:title" content="%(title_attr)s" />
<meta itemprop="datePublished" content="%(iso)s" />
<link rel="stylesheet" href="/static/css/main.min.css?v=%(v)d" />
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"articleId":"286415","category":"xay-dung-dang","author":"MINH KHANG","pageType":"article"});</script>
%(ga)s
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-%(pub)d" crossorigin="anonymous"></script>
</head>
<body class="page-detail">
<div class="header-top"><div class="container"><span class="date-now">Chủ Nhật, 22/11/2026</span><span class="weather-now">Bắc Ninh 21°C</span><a href="/rss">RSS</a><a href="/epaper">Báo in</a><a href="/dang-nhap">Đăng nhập</a></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/static/images/logo-baobacninh.svg" alt="Báo Bắc Ninh" /></a><div class="ads ads-header"><ins class="adsbygoogle" data-ad-slot="%(slot)d"></ins></div></div></header>
<nav class="main-nav"><div class="container"><ul>%(nav)s</ul><button class="btn-search">Tìm kiếm</button></div></nav>
<div class="container">
<div class="sub-nav"><a class="sub-nav__main" href="/xay-dung-dang">Xây dựng Đảng</a>%(sub)s</div>
<div class="row">
<div class="col-main">
<div class="detail">
<h1 class="detail__title">%(title)s</h1>
<div class="detail__meta"><time datetime="%(iso)s">%(vis)s</time> <span class="detail__share"><a href="https://www.facebook.com/sharer/sharer.php?u=%(url)s" target="_blank">Facebook</a> <a href="https://zalo.me/share?u=%(url)s">Zalo</a> <a href="javascript:window.print()">In</a></span></div>
<div class="detail__sapo">%(lead)s</div>
<div class="detail__content">
%(body)s
<p class="author">%(by)s</p>
</div>
<div class="detail__tags"><span>Từ khóa:</span> <a href="/tag/phat-trien-dang-vien">phát triển đảng viên</a> <a href="/tag/doanh-nghiep-ngoai-nha-nuoc">doanh nghiệp ngoài nhà nước</a> <a href="/tag/khu-cong-nghiep">khu công nghiệp</a></div>
<div class="detail__rating">Đánh giá bài viết: <span class="stars" data-score="0">☆☆☆☆☆</span></div>
</div>
<section class="box-comments"><h3>Ý kiến bạn đọc (0)</h3><form class="comment-form"><textarea placeholder="Ý kiến của bạn"></textarea><input type="text" placeholder="Họ tên" /><button>Gửi</button></form></section>
<section class="box-cat"><h2 class="box-cat__title"><a href="/xay-dung-dang">Xây dựng Đảng</a></h2><div class="box-cat__list">%(box)s</div></section>
</div>
<aside class="col-side">
<div class="box-side"><h3>Đọc nhiều</h3><ol>%(most)s</ol></div>
<div class="ads ads-side"><ins class="adsbygoogle" data-ad-slot="%(slot2)d"></ins></div>
<div class="box-side"><h3>Báo in hôm nay</h3><a href="/epaper"><img src="/epaper/thumb/latest.jpg" alt="Báo in" /></a></div>
</aside>
</div>
</div>
<footer class="footer"><div class="container">%(footer)s</div></footer>
<script src="/static/js/main.min.js?v=%(v)d"></script>
<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>
</body>
</html>
"""
    v = dict(title=esc(a["title"]), title_attr=attr(a["title"]), lead_attr=attr(plain(lead)), iso=d.strftime("%Y-%m-%dT%H:%M:%S+07:00"),
             v=rng.randint(100, 999), ga=ga(rng), pub=rng.randint(10**15, 10**16), slot=rng.randint(10**9, 10**10), slot2=rng.randint(10**9, 10**10),
             nav=nav, sub=sub, vis="%s, %s" % (wd(d), d.strftime("%d/%m/%Y %H:%M")), url=attr(a["url"]), lead=inl(lead), body=body,
             by=esc(a["byline"][0]), box=box, most=most,
             footer=footer_lines("BÁO BẮC NINH - CƠ QUAN CỦA ĐẢNG BỘ TỈNH BẮC NINH", "Số 8 đường Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh",
                                 "0222.3822.462", "toasoan@baobacninh.vn", "Giấy phép số 412/GP-BVHTTDL. Tổng Biên tập: Trần Văn Định"))
    return html_s % v


def page_r11(a, rng):
    blocks = parse(a["src"])
    d = a["dt"]
    att = [v for k, v in blocks if k == "attach"][0]
    src_line = [v for k, v in blocks if k == "src"][0]
    main_blocks = [b for b in blocks if b[0] not in ("attach", "src")]
    body = render(main_blocks, "sp", rng, "/dang-bo/PublishingImages")
    h12 = d.hour % 12 or 12
    ampm = "SA" if d.hour < 12 else "CH"
    vis = "%s %d:%02d %s" % (d.strftime("%d/%m/%Y"), h12, d.minute, ampm)
    atts = "".join('<tr><td class="att-icon"><img src="/_layouts/15/images/ic%s.png" alt="" /></td><td><a href="/dang-bo/Lists/TinTuc/Attachments/1094/%s" target="_blank">%s</a></td><td class="att-size">%s</td></tr>' % (
        n.rsplit(".", 1)[1][:3], n, esc(n), esc(s)) for n, s in att)
    nav = menu_html(rng, [("Trang chủ", []), ("Giới thiệu", ["Tổng quan xã", "Ban Chấp hành Đảng bộ", "Ban Thường vụ"]),
                          ("Tin tức", ["Hoạt động Đảng bộ", "Chính quyền", "Mặt trận - Đoàn thể"]),
                          ("Văn bản Đảng", ["Nghị quyết", "Thông báo", "Kế hoạch", "Báo cáo"]), ("Bầu cử 2026", []), ("Hỏi đáp", []), ("Liên hệ", [])],
                    "dh-nav", "dh-nav-sub", "aspx").replace('href="/', 'href="/dang-bo/Trang/')
    others = side_list(rng, 8, "li", dates=True, before=d)
    html_s = """<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>
	Chi tiết tin
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=OqAycmyMLoQIDkAlzHdMhQ%%3D%%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%%20Library/QNPortal/css/xa-style.css"/>
%(scripts)s
<style type="text/css">%(css)s</style>
%(ga)s
</head>
<body>
<form method="post" action="./ChiTietTin.aspx?ItemID=1094" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x%(dig)s,02 Feb 2026 08:41:09 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%(vs)s" />
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="dh-top"><div class="dh-wrap"><span class="dh-today">Hôm nay: 22/11/2026</span><span class="dh-links"><a href="https://www.quangninh.gov.vn">Cổng TTĐT tỉnh</a> | <a href="/_layouts/15/Authenticate.aspx">Đăng nhập</a></span></div></div>
<div class="dh-banner"><img src="/dang-bo/SiteAssets/banner-dang-bo-duong-hoa.jpg" alt="" /><div class="dh-name"><p>ĐẢNG BỘ XÃ ĐƯỜNG HOA</p><p class="sub">Trang thông tin điện tử</p></div></div>
<div class="dh-navbar">%(nav)s<div class="dh-search"><input type="text" title="Tìm kiếm" placeholder="Tìm kiếm..." /><a href="#">Tìm</a></div></div>
<div class="dh-wrap dh-content">
<div class="dh-left">
<div class="dh-breadcrumb"><a href="/dang-bo">Trang chủ</a> / <a href="/dang-bo/Trang/van-ban-dang.aspx">Văn bản Đảng</a> / <span>Thông báo</span></div>
<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPart%(wp)s" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth"><div webpartid="%(g)s" class="ms-WPBody noindex" id="WebPart%(wp)s">
<div class="newsdetail">
 <h1 class="newsdetail-title">%(title)s</h1>
 <div class="newsdetail-date">%(vis)s</div>
 <div class="newsdetail-content ms-rtestate-field">
%(body)s
 </div>
 <div class="newsdetail-attach"><div class="att-title">Tệp đính kèm:</div><table class="att-table">%(atts)s</table></div>
 <div class="newsdetail-source">%(src)s</div>
 <div class="newsdetail-tools"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?subject=%(title_attr)s">Gửi bạn bè</a> | <a href="#">Về đầu trang</a></div>
</div>
</div></div></div></div>
<div class="dh-other"><div class="dh-box-title">Các tin khác</div><ul>%(others)s</ul></div>
</div>
<div class="dh-right">
<div class="dh-box"><div class="dh-box-title">Bầu cử đại biểu Quốc hội và HĐND các cấp</div><a href="/dang-bo/Trang/bau-cu-2026.aspx"><img src="/dang-bo/SiteAssets/banner-bau-cu-2026.jpg" alt="Ngày bầu cử 15/3/2026" /></a></div>
<div class="dh-box"><div class="dh-box-title">Chuyên mục</div><ul>%(cats)s</ul></div>
<div class="dh-box">%(links)s</div>
<div class="dh-box"><div class="dh-box-title">Thống kê truy cập</div>%(counter)s</div>
</div>
</div>
<div class="dh-footer"><div class="dh-wrap">%(footer)s</div></div>
</div></div>
</form>
</body>
</html>
"""
    cats = "".join('<li><a href="/dang-bo/Trang/%s.aspx">%s</a></li>' % (slug(c), esc(c)) for c in ["Nghị quyết", "Chỉ thị", "Thông báo", "Kế hoạch", "Báo cáo", "Hướng dẫn", "Tài liệu sinh hoạt chi bộ"])
    v = dict(scripts=sp_scripts(rng), css=css_block(rng, ".dh-top{background:#8b0000}", 45), ga=ga(rng), dig=hexid(rng, 128).upper(),
             vs=b64blob(rng, 24000), nav=nav, wp=hexid(rng, 8).upper(), g=guid(rng), title=esc(a["title"]), title_attr=attr(a["title"]),
             vis=vis, body=body, atts=atts, src=esc(src_line), others=others, cats=cats, links=links_select(rng), counter=counter(rng),
             footer=footer_lines("ĐẢNG ỦY XÃ ĐƯỜNG HOA", "Trụ sở Đảng ủy - HĐND - UBND xã Đường Hoa, tỉnh Quảng Ninh", "0203.3879.112",
                                 "danguy.duonghoa@quangninh.gov.vn", "Chịu trách nhiệm: Văn phòng Đảng ủy xã Đường Hoa"))
    return html_s % v


def page_r12(a, rng):
    lead, blocks = split_lead(parse(a["src"]))
    d = a["dt"]
    pid = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_pKm4L2z8QwTe"
    src_line = [v for k, v in blocks if k == "src"][0]
    blocks = [b for b in blocks if b[0] != "src"]
    body = render(blocks, "lr", rng, "/documents/41822/%d/%s" % (rng.randint(100000, 999999), hexid(rng, 8)))
    upd = d + datetime.timedelta(hours=16, minutes=15)
    menu_items = [("Trang chủ", []), ("Giới thiệu", ["Chức năng nhiệm vụ", "Lãnh đạo Ban", "Các phòng"]),
                  ("Tin tức - Sự kiện", ["Hoạt động của Ban", "Tuyên giáo", "Dân vận", "Cơ sở"]),
                  ("Bảo vệ nền tảng tư tưởng của Đảng", []), ("Dân vận khéo", ["Mô hình hay", "Điển hình tiên tiến"]),
                  ("Tài liệu", ["Tài liệu sinh hoạt chi bộ", "Đề cương tuyên truyền", "Thông tin nội bộ"]), ("Liên hệ", [])]
    head = lr_head(rng, a["title"], "Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng")
    body_html = """<body class="controls-visible guest-site signed-out public-page site">
<div id="wrapper" class="tgdv-hp">
<header>
<div class="hp-top"><div class="container"><span class="hp-date">Chủ nhật, 22/11/2026</span><span class="hp-hot">Đường dây nóng: 0225.3745.116</span><a class="hp-login" href="/c/portal/login">Đăng nhập</a></div></div>
<div class="hp-banner container"><a href="/web/tgdv"><img src="/documents/41822/0/banner-tgdv-hp.png" alt="Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng" /></a></div>
<nav class="hp-menu"><div class="container">%(menu)s</div></nav>
</header>
<div class="container hp-body"><div class="row">
<div class="col-lg-9">
<div class="hp-breadcrumb"><a href="/web/tgdv">Trang chủ</a> » <a href="/web/tgdv/tin-tuc-su-kien">Tin tức - Sự kiện</a> » <a href="/web/tgdv/dan-van">Dân vận</a></div>
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static" id="p_p_id_%(pid)s_">
<div class="portlet-content-container"><div class="portlet-body">
<div class="asset-full-content">
 <div class="chi-tiet-tin">
  <div class="ctt-title"><h2>%(title)s</h2></div>
  <div class="ctt-date">Ngày đăng: %(vis)s <span class="ctt-sep">|</span> Cập nhật: %(upd)s</div>
  <div class="ctt-tools"><a href="javascript:void(0)" class="cttFontUp">A+</a> <a href="javascript:void(0)" class="cttFontDown">A-</a> <a href="javascript:window.print()">In</a></div>
  <div class="ctt-sapo"><p><em><strong>%(lead)s</strong></em></p></div>
  <div class="journal-content-article" data-analytics-asset-id="%(aid)d">
%(body)s
<p style="text-align:right"><span style="font-size:14px"><span style="font-family:Arial,Helvetica,sans-serif"><strong>%(by)s</strong></span></span></p>
<p style="text-align:right"><span style="font-size:14px"><span style="font-family:Arial,Helvetica,sans-serif"><em>%(src)s</em></span></span></p>
  </div>
  <div class="ctt-views">Số lượt xem: %(views)d</div>
 </div>
</div>
</div></div></div>
<div class="hp-related"><div class="hp-box-title">Tin cùng chuyên mục</div><ul>%(related)s</ul></div>
</div>
<div class="col-lg-3">
<div class="hp-box"><div class="hp-box-title">Tin mới nhất</div><ul>%(newest)s</ul></div>
<div class="hp-box"><div class="hp-box-title">Video</div><div class="hp-video"><video controls width="260" poster="/documents/41822/0/%(poster)s.jpg"><source src="/documents/41822/0/%(vid)s.mp4" type="video/mp4" /></video><p>%(vidt)s</p></div></div>
<div class="hp-box">%(poll)s</div>
<div class="hp-box">%(links)s</div>
<div class="hp-box"><div class="hp-box-title">Thống kê truy cập</div>%(counter)s</div>
</div>
</div></div>
<footer class="hp-footer"><div class="container">%(footer)s<p>Thiết kế và phát triển: VNPT Hải Phòng</p></div></footer>
</div>
"""
    v = dict(menu=menu_html(rng, menu_items, "nav navbar-nav", "dropdown-menu", "html").replace('href="/', 'href="/web/tgdv/'), pid=pid,
             title=esc(a["title"]), vis=d.strftime("%d/%m/%Y %H:%M"), upd=upd.strftime("%d/%m/%Y %H:%M"), lead=inl(lead),
             aid=rng.randint(10**6, 10**7), body=body, by=esc(a["byline"][0]), src=esc(src_line), views=rng.randint(200, 1200),
             related=side_list(rng, 10, "li", dates=True, before=d), newest=side_list(rng, 6, "li"), poster=hexid(rng, 10), vid=hexid(rng, 10),
             vidt=esc(rng.choice(HEADLINES)), poll=poll(rng, "Theo bạn, yếu tố nào quan trọng nhất để “Dân vận khéo”?", ["Gần dân, hiểu dân", "Nói đi đôi với làm", "Tôn trọng ý kiến Nhân dân", "Tất cả các ý trên"]),
             links=links_select(rng), counter=counter(rng),
             footer=footer_lines("BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY HẢI PHÒNG", "Số 1 đường Đinh Tiên Hoàng, phường Hồng Bàng, thành phố Hải Phòng",
                                 "0225.3745.116", "tgdv@haiphong.gov.vn", "Giấy phép số 05/GP-TTĐT. Chịu trách nhiệm chính: Trưởng Ban Tuyên giáo và Dân vận Thành ủy."))
    page = head + (body_html % v) + lr_foot(rng, pid) + "</body>\n</html>\n"
    return fill(page, "@@LOADER@@", 96 * 1024 + rng.randint(0, 4000), rng, lr_loader)


def page_r13(a, rng):
    blocks = parse(a["src"])
    d = a["dt"]
    vmonths = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]
    body = render(blocks, "wp", rng, "https://phunuvinhlong.org.vn/wp-content/uploads/2025/07")
    by = '<p style="text-align: right;"><em><strong>%s</strong></em></p>' % esc(a["byline"][0])
    menu_items = [("Trang chủ", []), ("Giới thiệu", ["Ban Chấp hành", "Ban Thường vụ", "Cơ quan Hội"]),
                  ("Tin tức", ["Hoạt động Hội", "Phụ nữ cơ sở", "Gia đình", "Sức khỏe"]),
                  ("Phong trào - Cuộc vận động", ["Dân vận khéo", "Khởi nghiệp", "Phụ nữ với an toàn giao thông"]),
                  ("Bình đẳng giới", []), ("Văn bản", []), ("Liên hệ", [])]
    rel = "".join('<li><a href="https://phunuvinhlong.org.vn/%s/">%s</a> <time>%s</time></li>' % (slug(t), esc(t), dd.strftime("%d/%m/%Y"))
                  for t, dd in teasers(rng, 5, before=d))
    html_s = """<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>%(title)s &#8211; Hội LHPN tỉnh Vĩnh Long</title>
<meta name="description" content="%(desc)s" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="%(title_attr)s" />
<meta property="article:published_time" content="%(iso)s" />
<meta property="article:modified_time" content="%(mod)s" />
<meta name="author" content="hoiphunu" />
<link rel='stylesheet' id='phunu-main-css' href='https://phunuvinhlong.org.vn/wp-content/themes/phunu-vl/assets/css/main.css?ver=1.8.2' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='https://phunuvinhlong.org.vn/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.23.1' media='all' />
<style id='phunu-inline-css'>%(css)s</style>
%(ga)s
</head>
<body class="post-template-default single single-post postid-%(pid)d single-format-standard elementor-default">
<a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>
<div class="pn-topbar"><div class="pn-container"><span class="pn-today">Chủ nhật, 22/11/2026</span><span class="pn-hotline">Đường dây nóng hỗ trợ phụ nữ: 1900 969 680</span></div></div>
<header class="pn-header"><div class="pn-container"><a href="https://phunuvinhlong.org.vn/" class="custom-logo-link" rel="home"><img width="360" height="90" src="https://phunuvinhlong.org.vn/wp-content/uploads/2025/07/logo-hoi-phu-nu.png" class="custom-logo" alt="Hội LHPN tỉnh Vĩnh Long" /></a>
<div class="pn-header-search"><form role="search" method="get" action="https://phunuvinhlong.org.vn/"><input type="search" name="s" placeholder="Tìm kiếm..." /><button type="submit">Tìm</button></form></div></div>
<nav id="site-navigation" class="pn-nav"><div class="pn-container">%(menu)s</div></nav></header>
<div id="primary" class="pn-container pn-single">
<div class="pn-main">
<div class="pn-breadcrumb"><a href="https://phunuvinhlong.org.vn/">Trang chủ</a> / <a href="https://phunuvinhlong.org.vn/chuyen-muc/phong-trao/dan-van-kheo/">Dân vận khéo</a></div>
<article id="post-%(pid)d" class="post-%(pid)d post type-post status-publish">
<h1 class="pn-post-title">%(title)s</h1>
<div class="pn-post-meta"><span class="pn-meta-date">%(vis)s</span> <span class="pn-meta-author">Đăng bởi: <a href="https://phunuvinhlong.org.vn/author/hoiphunu/">hoiphunu</a></span> <span class="pn-meta-cat">Chuyên mục: <a href="https://phunuvinhlong.org.vn/chuyen-muc/phong-trao/dan-van-kheo/">Dân vận khéo</a></span></div>
<div class="pn-post-content entry-content">
%(body)s
%(byline)s
</div>
<div class="pn-post-share"><span>Chia sẻ bài viết:</span> <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u=%(url)s">Facebook</a> <a class="share-zalo" href="https://sp.zalo.me/share_inline?u=%(url)s">Zalo</a> <a class="share-print" href="javascript:window.print()">In bài</a></div>
<div class="pn-post-tags"><a href="https://phunuvinhlong.org.vn/the/dan-van-kheo/" rel="tag">Dân vận khéo</a> <a href="https://phunuvinhlong.org.vn/the/phu-nu-khmer/" rel="tag">phụ nữ Khmer</a> <a href="https://phunuvinhlong.org.vn/the/giam-ngheo/" rel="tag">giảm nghèo</a></div>
</article>
<section class="pn-related"><h3>Tin cùng chuyên mục</h3><ul>%(rel)s</ul></section>
<div id="comments" class="comments-area"><h3 class="comments-title">Bình luận</h3><p class="no-comments">Chưa có bình luận.</p><div id="respond"><h3>Gửi bình luận</h3><form action="https://phunuvinhlong.org.vn/wp-comments-post.php" method="post"><textarea name="comment" rows="6"></textarea><input name="author" placeholder="Họ tên *" /><input name="email" placeholder="Email *" /><input type="submit" value="Gửi bình luận" /></form></div></div>
</div>
<aside class="pn-sidebar">
<div class="widget"><h3 class="widget-title">Tin mới</h3><ul>%(side)s</ul></div>
<div class="widget"><h3 class="widget-title">Gương phụ nữ tiêu biểu</h3>%(guong)s</div>
<div class="widget">%(poll)s</div>
<div class="widget">%(links)s</div>
</aside>
</div>
<footer class="pn-footer"><div class="pn-container">%(footer)s<p>Copyright © 2025 Hội LHPN tỉnh Vĩnh Long</p></div></footer>
<script src='https://phunuvinhlong.org.vn/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
<script id="phunu-main-js-extra">var phunuVars = {"ajaxurl":"https:\\/\\/phunuvinhlong.org.vn\\/wp-admin\\/admin-ajax.php","nonce":"%(nonce)s","postId":"%(pid)d"};</script>
<script src='https://phunuvinhlong.org.vn/wp-content/themes/phunu-vl/assets/js/main.js?ver=1.8.2' id='phunu-main-js'></script>
</body>
</html>
"""
    v = dict(title=esc(a["title"]), title_attr=attr(a["title"]), desc=attr(plain(blocks[0][1])[:150]), iso=d.strftime("%Y-%m-%dT%H:%M:%S+07:00"),
             mod=(d + datetime.timedelta(days=1, hours=2, minutes=4, seconds=9)).strftime("%Y-%m-%dT%H:%M:%S+07:00"),
             css=css_block(rng, ".pn-topbar{background:#c2185b;color:#fff}", 60), ga=ga(rng), pid=rng.randint(5000, 9000),
             menu=menu_html(rng, menu_items, "pn-menu", "sub-menu", "html").replace('href="/', 'href="https://phunuvinhlong.org.vn/'),
             vis="%d Tháng %s, %d" % (d.day, vmonths[d.month - 1], d.year), body=body, byline=by, url=attr(a["url"]), rel=rel,
             side=side_list(rng, 7, "li"), guong=side_list(rng, 3, "div"),
             poll=poll(rng, "Chị em muốn Hội hỗ trợ nội dung nào?", ["Vay vốn phát triển kinh tế", "Học nghề", "Kiến thức pháp luật", "Chăm sóc sức khỏe"]),
             links=links_select(rng), nonce=hexid(rng, 10),
             footer=footer_lines("HỘI LIÊN HIỆP PHỤ NỮ TỈNH VĨNH LONG", "Số 3 đường Hoàng Thái Hiếu, phường Thanh Đức, tỉnh Vĩnh Long", "0270.3822.431",
                                 "hoilhpn@vinhlong.gov.vn", "Chịu trách nhiệm nội dung: Ban Tuyên giáo Hội LHPN tỉnh"))
    return html_s % v


def page_r14(a, rng):
    blocks = parse(a["src"])
    d = a["dt"]
    nfd = lambda s: unicodedata.normalize("NFD", s)
    body = nfd(render(blocks, "joomla", rng, "/images/tin-tuc/2025"))
    by = nfd('<p style="text-align: right;"><strong>%s</strong></p>' % esc(a["byline"][0]))
    months = ["Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"]
    menu_items = [("Trang chủ", []), ("Giới thiệu", ["Ủy ban MTTQ xã", "Ban Thường trực"]), ("Tin tức", ["Hoạt động Mặt trận", "Đoàn thể", "Khu dân cư"]),
                  ("Cuộc vận động", ["Quỹ Vì người nghèo", "Nhà Đại đoàn kết"]), ("Giám sát - Phản biện", []), ("Liên hệ", [])]
    html_s = """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<base href="%(url)s" />
	<meta http-equiv="content-type" content="text/html; charset=utf-8" />
	<meta name="author" content="Super User" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>%(title_t)s</title>
	<link href="/templates/mttq_vinhhanh/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/mttq_vinhhanh/css/template.css?%(h)s" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js?%(h)s"></script>
	<script src="/media/jui/js/jquery-noconflict.js?%(h)s"></script>
	<script src="/media/system/js/caption.js?%(h)s"></script>
	<script>
jQuery(window).on('load',  function() {
				new JCaption('img.caption');
			});
	</script>
%(ga)s
</head>
<body class="site com_content view-article no-layout no-task itemid-%(itemid)d">
<div class="body"><div class="container">
<div class="top-date">Chủ nhật, 22 Tháng 11 2026</div>
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><img src="/images/banner-mttq-vinh-hanh.png" alt="Ủy ban MTTQ Việt Nam xã Vĩnh Hanh" /></a>
<div class="header-search pull-right"><div class="search"><form action="/index.php" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /></form></div></div></div></header>
<nav class="navigation" role="navigation">%(menu)s</nav>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider"> / </span><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/tin-tuc/hoat-dong-mat-tran" class="pathway"><span itemprop="name">Hoạt động Mặt trận</span></a><meta itemprop="position" content="2"></li></ul>
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />
	<div class="page-header"><h2 itemprop="headline">%(title)s</h2></div>
	<div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#"> <span class="icon-cog"></span><span class="caret"></span> </a><ul class="dropdown-menu"><li class="print-icon"><a href="/index.php/tin-tuc/hoat-dong-mat-tran/214?tmpl=component&amp;print=1" title="In bài" rel="nofollow"><span class="icon-print"></span> In</a></li><li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;link=%(ml)s" title="Email" rel="nofollow"><span class="icon-envelope"></span> Email</a></li></ul></div>
	<dl class="article-info muted">
		<dt class="article-info-term">Chi tiết</dt>
		<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">Super User</span></dd>
		<dd class="category-name">Chuyên mục: <a href="/index.php/tin-tuc/hoat-dong-mat-tran" itemprop="genre">Hoạt động Mặt trận</a></dd>
		<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="%(iso)s" itemprop="datePublished">Được đăng: %(vis)s</time></dd>
		<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:%(hits)d" />Lượt xem: %(hits)d</dd>
	</dl>
	<div itemprop="articleBody">
%(body)s
%(byline)s
	</div>
	<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="%(pt)s" href="/index.php/tin-tuc/hoat-dong-mat-tran/211" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li><li class="next"><a class="hasTooltip" title="%(nt)s" href="/index.php/tin-tuc/hoat-dong-mat-tran/217" rel="next"><span aria-hidden="true">Sau</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li></ul>
</div>
</main>
<div id="aside" class="span3">
<div class="well "><h3 class="page-header">Tin mới</h3><ul class="latestnews">%(latest)s</ul></div>
<div class="well "><h3 class="page-header">Quỹ Vì người nghèo</h3><p>Tài khoản tiếp nhận ủng hộ: Ủy ban MTTQ Việt Nam xã Vĩnh Hanh, số tài khoản %(stk)d tại Ngân hàng Agribank chi nhánh An Giang.</p></div>
<div class="well ">%(links)s</div>
<div class="well "><h3 class="page-header">Thống kê</h3>%(counter)s</div>
</div>
</div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr />%(footer)s<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p></div></footer>
</body>
</html>
"""
    pt, nt = pick(rng, HEADLINES, 2)
    v = dict(url=attr(a["url"]), title_t=nfd(esc(a["title"])) + " - MTTQ xã Vĩnh Hanh", title=nfd(esc(a["title"])), h=hexid(rng, 32), ga=ga(rng), itemid=rng.randint(100, 200),
             menu=menu_html(rng, menu_items, "nav menu nav-pills", "nav-child unstyled small", "html").replace('href="/', 'href="/index.php/'),
             ml=hexid(rng, 40), iso=d.strftime("%Y-%m-%dT%H:%M:%S+07:00"), vis="%s, %02d %s %d %s" % (wd(d, "lower"), d.day, months[d.month - 1], d.year, d.strftime("%H:%M")),
             hits=rng.randint(100, 600), body=body, byline=by, pt=attr(pt), nt=attr(nt), latest=side_list(rng, 6, "li"), stk=rng.randint(10**12, 10**13),
             links=links_select(rng), counter=counter(rng),
             footer=footer_lines("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ VĨNH HANH", "Ấp Vĩnh Thành, xã Vĩnh Hanh, tỉnh An Giang", "0296.3836.214",
                                 "mttq.vinhhanh@angiang.gov.vn", "Chịu trách nhiệm: Ban Thường trực Ủy ban MTTQ Việt Nam xã"))
    return html_s % v


def page_r15(a, rng):
    lead, blocks = split_lead(parse(a["src"]))
    d = a["dt"]
    body = render(blocks, "dnn", rng, "/Portals/0/News/2026/02")
    h12 = d.hour % 12 or 12
    vis = "%s %d:%02d:%02d %s" % (d.strftime("%d/%m/%Y"), h12, d.minute, d.second, "SA" if d.hour < 12 else "CH")
    menu_items = [("Trang chủ", []), ("Giới thiệu", ["Chức năng, nhiệm vụ", "Lãnh đạo Ban"]),
                  ("Tin tức", ["Hoạt động của Ban", "Tuyên giáo", "Dân vận", "Dân tộc - Tôn giáo"]),
                  ("Phỏng vấn - Đối thoại", []), ("Bảo vệ nền tảng tư tưởng", []), ("Văn bản - Tài liệu", ["Văn bản", "Tài liệu tuyên truyền", "Đề cương"]), ("Liên hệ", [])]
    dnn = rng.randint(1000, 1600)
    html_s = """<!DOCTYPE html>
<html  lang="vi-VN">
<head id="Head">
<!--*********************************************-->
<!-- DNN Platform - http://www.dnnsoftware.com   -->
<!--*********************************************-->
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" /><title>
	Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk &gt; Tin tức &gt; Phỏng vấn - Đối thoại
</title><meta id="MetaDescription" name="DESCRIPTION" content="Trang thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<link href="/Portals/_default/Skins/TGDV_DakLak/skin.css?cdv=%(cdv)d" type="text/css" rel="stylesheet"/><link href="/DesktopModules/DNNNews/module.css?cdv=%(cdv)d" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/03_07_01/jquery.js?cdv=%(cdv)d" type="text/javascript"></script><script src="/Resources/libraries/jQuery-Migrate/03_04_01/jquery-migrate.js?cdv=%(cdv)d" type="text/javascript"></script>
<style>%(css)s</style>
</head>
<body id="Body">
<form method="post" action="/tabid/96/ArticleID/3318/Default.aspx" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="StylesheetManager_TSSM" id="StylesheetManager_TSSM" value="" />
<input type="hidden" name="ScriptManager_TSM" id="ScriptManager_TSM" value="" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%(vs)s" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) { theForm = document.Form; }
function __doPostBack(eventTarget, eventArgument) { if (!theForm.onsubmit || (theForm.onsubmit() != false)) { theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); } }
//]]>
</script>
<div class="tgdv-page">
<div class="tgdv-header">
 <div class="tgdv-topline"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">Chủ Nhật, ngày 22 tháng 11 năm 2026</span> <span class="tgdv-user"><a id="dnn_dnnUSER_registerLink" class="SkinObject" rel="nofollow" href="/Dang-ky">Đăng ký</a> <a id="dnn_dnnLOGIN_loginLink" class="SkinObject" rel="nofollow" href="/Dang-nhap">Đăng nhập</a></span></div>
 <div class="tgdv-logo"><a href="/"><img src="/Portals/0/banner-tgdv-daklak.png" alt="Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk" /></a></div>
 <div class="tgdv-menu" id="dnn_pnav">%(menu)s</div>
</div>
<div class="tgdv-main">
<div id="dnn_LeftPane" class="tgdv-leftpane">
<div class="DnnModule DnnModule-DNNNews DnnModule-%(dnn)d"><a name="%(dnn)d"></a>
<div class="c_container c_head_grey"><div class="c_head"><h2 class="c_title"><span id="dnn_ctr%(dnn)d_dnnTITLE_titleLabel" class="TitleHead">Phỏng vấn - Đối thoại</span></h2></div>
<div id="dnn_ctr%(dnn)d_ContentPane" class="c_content"><div id="dnn_ctr%(dnn)d_ModuleContent" class="DNNModuleContent ModDNNNewsC">
<div class="news-detail">
 <table class="news-detail-head" width="100%%"><tr><td><h1 class="news-detail-title"><span id="dnn_ctr%(dnn)d_ViewNews_lblTitle">%(title)s</span></h1></td></tr>
 <tr><td class="news-detail-date">Ngày đăng: <span id="dnn_ctr%(dnn)d_ViewNews_lblDate">%(vis)s</span> &nbsp;&nbsp; Lượt xem: <span id="dnn_ctr%(dnn)d_ViewNews_lblView">%(views)d</span></td></tr></table>
 <div class="news-detail-summary"><span id="dnn_ctr%(dnn)d_ViewNews_lblSummary">%(lead)s</span></div>
 <div class="news-detail-body Normal"><span id="dnn_ctr%(dnn)d_ViewNews_lblContent">
%(body)s
<p style="text-align: right;"><em>%(by)s</em></p>
 </span></div>
 <div class="news-detail-tool"><a href="javascript:window.print();" class="CommandButton">In trang</a> | <a href="/tabid/96/ArticleID/3318/cmd/sendmail/Default.aspx" class="CommandButton">Gửi bài viết</a> | <a href="javascript:history.go(-1);" class="CommandButton">Trở lại</a></div>
 <div class="news-other"><div class="news-other-title">Các tin khác</div><ul>%(others)s</ul></div>
</div>
</div></div>
</div></div>
</div>
<div id="dnn_RightPane" class="tgdv-rightpane">
<div class="tgdv-box"><div class="tgdv-box-title">Tiêu điểm</div>%(focus)s</div>
<div class="tgdv-box"><div class="tgdv-box-title">Lịch công tác</div><p>Lịch làm việc tuần của Lãnh đạo Ban</p><a href="/LichCongTac.aspx">Xem chi tiết »</a></div>
<div class="tgdv-box"><div class="tgdv-box-title">Tài liệu tuyên truyền</div><ul>%(docs)s</ul></div>
<div class="tgdv-box">%(links)s</div>
<div class="tgdv-box"><div class="tgdv-box-title">Số lượt truy cập</div>%(counter)s</div>
</div>
</div>
<div class="tgdv-footer">%(footer)s</div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{`__scdoff`:`1`}" />
</form>
<!--CDF(Javascript|/js/dnncore.js?cdv=%(cdv)d|DnnBodyProvider|100)-->
</body>
</html>
"""
    docs = "".join('<li><a href="/Portals/0/TaiLieu/%s.pdf">%s</a></li>' % (hexid(rng, 8), esc(t)) for t in pick(rng, HEADLINES, 5))
    v = dict(cdv=rng.randint(200, 400), css=css_block(rng, ".tgdv-topline{background:#a00000;color:#fff}", 45), vs=b64blob(rng, 6000),
             menu=menu_html(rng, menu_items, "tgdv-nav", "tgdv-nav-sub", "aspx"), dnn=dnn, title=esc(a["title"]), vis=vis,
             views=rng.randint(300, 1600), lead=inl(lead), body=body, by=esc(a["byline"][0]), others=side_list(rng, 8, "li", dates=True, before=d),
             focus=side_list(rng, 4, "div"), docs=docs, links=links_select(rng), counter=counter(rng),
             footer=footer_lines("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Số 9 đường Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk",
                                 "0262.3852.309", "btgdv@daklak.dcs.vn", "Giấy phép số 18/GP-TTĐT. Chịu trách nhiệm chính: Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy."))
    return html_s % v


def page_r16(a, rng):
    blocks = parse(a["src"])
    d = a["dt"]
    body = render(blocks, "php", rng, "/upload/tintuc")
    by = ('<div align="right" style="padding-right:30px"><b>%s</b></div>\n'
          '<div align="right" style="padding-right:30px"><i>%s</i></div>') % (esc(a["byline"][0]), esc(a["byline"][1]))
    cm = ["Trang chủ", "Giới thiệu", "Tin hoạt động", "Khoa học kỹ thuật", "Gương nông dân giỏi", "Quỹ hỗ trợ nông dân", "Văn bản", "Hỏi đáp", "Liên hệ"]
    topmenu = "".join('<td class="topmenu" align="center"><a href="/index.php?cm=%d">%s</a></td><td width="1"><img src="/images/sep.gif" /></td>' % (i, esc(n)) for i, n in enumerate(cm))
    others = side_list(rng, 10, "tr", dates=True, before=d).replace(".aspx", ".php")
    html_s = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Hội Nông dân xã Mường Bú - %(title)s</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/function.js"></script>
<style>
.tieude{color:#006600;font:bold 17px Arial}
.ngay{color:#888;font:italic 11px Arial}
.noidung{font:14px/1.6 Arial;text-align:justify}
.topmenu a{color:#fff;font:bold 12px Arial;text-decoration:none}
%(css)s
</style>
</head>
<body bgcolor="#dfe8d6" leftmargin="0" topmargin="0">
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td><table width="100%%" cellspacing="0" cellpadding="3" bgcolor="#2e7d32"><tr><td><font color="#FFFFFF" size="2" face="Arial">Hôm nay: Chủ nhật, 22/11/2026</font></td><td align="right"><font color="#FFFFFF" size="2" face="Arial"><a href="/admin/login.php" style="color:#fff">Quản trị</a></font></td></tr></table></td></tr>
<tr><td><img src="/images/banner_hnd_muongbu.jpg" width="990" height="130" alt="Hội Nông dân xã Mường Bú"></td></tr>
<tr><td bgcolor="#388e3c" height="30"><table cellspacing="0" cellpadding="0"><tr>%(topmenu)s</tr></table></td></tr>
<tr><td>
<table width="100%%" border="0" cellspacing="0" cellpadding="0">
<tr>
<td width="200" valign="top" bgcolor="#f1f8e9" style="padding:5px">
<table width="100%%" cellspacing="0" cellpadding="2"><tr><td class="khung_tieude"><b>TÌM KIẾM</b></td></tr><tr><td><form action="/timkiem.php" method="get"><input type="text" name="tu" size="18"> <input type="submit" value="Tìm"></form></td></tr></table>
<br><table width="100%%" cellspacing="0" cellpadding="2"><tr><td class="khung_tieude"><b>GIÁ CẢ THỊ TRƯỜNG</b></td></tr><tr><td>%(gia)s</td></tr></table>
<br><table width="100%%" cellspacing="0" cellpadding="2"><tr><td class="khung_tieude"><b>THỐNG KÊ TRUY CẬP</b></td></tr><tr><td>%(counter)s</td></tr></table>
</td>
<td valign="top" style="padding:8px 12px">
<table width="100%%" cellspacing="0" cellpadding="0"><tr><td class="duongdan"><a href="/">Trang chủ</a> » <a href="/index.php?cm=2">Tin hoạt động</a></td></tr></table>
<table width="100%%" cellspacing="0" cellpadding="4">
<tr><td class="tieude">%(title)s</td></tr>
<tr><td class="ngay">%(vis)s &nbsp;&nbsp;|&nbsp;&nbsp; Lượt xem: %(views)d</td></tr>
<tr><td class="noidung">
%(body)s
%(byline)s
</td></tr>
<tr><td align="right"><a href="javascript:window.print()"><img src="/images/icon_print.gif" border="0"> In bài</a> &nbsp; <a href="/guibai.php?id=736"><img src="/images/icon_mail.gif" border="0"> Gửi bài</a></td></tr>
</table>
<table width="100%%" cellspacing="0" cellpadding="0" style="margin-top:10px"><tr><td class="khung_tieude"><b>TIN CÙNG CHUYÊN MỤC</b></td></tr><tr><td><table width="100%%">%(others)s</table></td></tr></table>
</td>
<td width="210" valign="top" bgcolor="#f1f8e9" style="padding:5px">
<table width="100%%" cellspacing="0" cellpadding="2"><tr><td class="khung_tieude"><b>TIN MỚI</b></td></tr><tr><td><table width="100%%">%(hot)s</table></td></tr></table>
<br><table width="100%%" cellspacing="0" cellpadding="2"><tr><td class="khung_tieude"><b>LIÊN KẾT</b></td></tr><tr><td>%(links)s</td></tr></table>
</td>
</tr>
</table>
</td></tr>
<tr><td bgcolor="#2e7d32" align="center" style="padding:8px"><font color="#FFFFFF" size="2" face="Arial">HỘI NÔNG DÂN XÃ MƯỜNG BÚ - TỈNH SƠN LA<br>Địa chỉ: Bản Mé Ban, xã Mường Bú, tỉnh Sơn La. Điện thoại: 0212.3838.524<br>Thiết kế website: Trung tâm Tin học Tây Bắc</font></td></tr>
</table>
</body>
</html>
"""
    gia = "".join('<div class="gia">%s: <b>%s</b></div>' % (esc(n), esc(p)) for n, p in [
        ("Xoài tròn", "%d.000 đ/kg" % rng.randint(18, 30)), ("Nhãn", "%d.000 đ/kg" % rng.randint(15, 25)), ("Ngô hạt", "%d.500 đ/kg" % rng.randint(5, 7)),
        ("Cà phê nhân", "%d.000 đ/kg" % rng.randint(95, 120))])
    v = dict(title=esc(a["title"]), css=css_block(rng, ".khung_tieude{background:#7cb342;color:#fff;padding:4px}", 25), topmenu=topmenu,
             gia=gia, counter=counter(rng, "table", ("Đang online", "Hôm nay", "Hôm qua", "Tổng số")),
             vis="%s, %s" % (wd(d, "lower"), d.strftime("%d/%m/%Y")), views=rng.randint(80, 500), body=body, byline=by,
             others=others, hot=side_list(rng, 6, "tr").replace(".aspx", ".php"), links=links_select(rng))
    return html_s % v


def page_r17(a, rng):
    lead, blocks = split_lead(parse(a["src"]))
    d = a["dt"]
    body = render(blocks, "nv", rng, "/uploads/news/2026_05")
    by = '<p style="text-align:right;"><strong>%s</strong></p>' % esc(a["byline"][0])
    menu_items = [("Trang chủ", []), ("Giới thiệu", ["Ban Thường vụ Tỉnh đoàn", "Các ban chuyên môn"]),
                  ("Hoạt động Đoàn", ["Tin tỉnh", "Tin cơ sở", "Đội TNTP", "Hội LHTN"]), ("Tình nguyện", ["Mùa hè xanh", "Tiếp sức mùa thi", "Xuân tình nguyện"]),
                  ("Thanh niên khởi nghiệp", []), ("Văn bản", ["Văn bản Trung ương Đoàn", "Văn bản Tỉnh đoàn"]), ("Liên hệ", [])]
    html_s = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>%(title)s - Tỉnh đoàn Tây Ninh</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="%(lead_attr)s">
<meta name="generator" content="NukeViet v4.5">
<meta property="og:title" content="%(title_attr)s">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Tỉnh đoàn Tây Ninh">
<link rel="canonical" href="%(url)s">
<link rel="StyleSheet" href="/themes/tinhdoan/css/bootstrap.min.css">
<link rel="StyleSheet" href="/themes/tinhdoan/css/style.css">
<link rel="StyleSheet" href="/themes/tinhdoan/css/news.css">
<style>%(css)s</style>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_module_name="news",nv_func_name="detail",nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4_%(ck)s";</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/tinhdoan/js/news.js"></script>
%(ga)s
</head>
<body>
<div class="tn-top"><div class="container"><div class="tn-clock">Chủ nhật, 22/11/2026</div><div class="tn-social"><a href="https://facebook.com/tinhdoantayninh">Fanpage</a> <a href="https://www.tiktok.com/@tinhdoantayninh">TikTok</a></div></div></div>
<div class="tn-header"><div class="container"><a href="/"><img src="/uploads/banner-tinh-doan-tay-ninh.png" alt="Tỉnh đoàn Tây Ninh"></a></div></div>
<div class="tn-nav"><div class="container">%(menu)s</div></div>
<div class="container tn-body"><div class="row">
<div class="col-md-8">
<div class="tn-breadcrumb"><a href="/">Trang chủ</a> › <a href="/news/">Tin tức</a> › <a href="/news/hoat-dong-doan/">Hoạt động Đoàn</a></div>
<div class="news_column panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">%(title)s</h1>
<div class="tn-meta"><span class="tn-time"><em class="fa fa-clock-o"></em> Đăng ngày: %(vis)s</span> <span class="tn-view"><em class="fa fa-eye"></em> %(views)d lượt xem</span></div>
<div class="hometext m-bottom"><strong>%(lead)s</strong></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
%(body)s
%(byline)s
</div>
<div class="tn-toolbar"><a href="/news/print/1527/" rel="nofollow">In bài</a> · <a href="/news/sendmail/1527/" rel="nofollow">Gửi email</a> · <div class="fb-share-button" data-href="%(url)s" data-layout="button"></div></div>
<div class="tn-tags"><strong>Từ khóa:</strong> <a href="/news/tag/mua-he-xanh">mùa hè xanh</a>, <a href="/news/tag/tinh-nguyen-he">tình nguyện hè</a>, <a href="/news/tag/binh-dan-hoc-vu-so">bình dân học vụ số</a></div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><p class="h3"><strong>Tin liên quan</strong></p><ul class="related">%(rel)s</ul></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="fb-comments" data-href="%(url)s" data-width="100%%" data-numposts="5"></div></div></div>
</div>
<div class="col-md-4">
<div class="tn-box"><div class="tn-box-title">Tin xem nhiều</div><ul>%(most)s</ul></div>
<div class="tn-box"><div class="tn-box-title">Gương mặt trẻ</div>%(faces)s</div>
<div class="tn-box">%(poll)s</div>
<div class="tn-box">%(links)s</div>
<div class="tn-box"><div class="tn-box-title">Thống kê</div>%(counter)s</div>
</div>
</div></div>
<div class="tn-footer"><div class="container">%(footer)s</div></div>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v19.0"></script>
</body>
</html>
"""
    v = dict(title=esc(a["title"]), title_attr=attr(a["title"]), lead_attr=attr(plain(lead)), url=attr(a["url"]),
             css=css_block(rng, ".tn-top{background:#0d47a1;color:#fff}", 40), ck=hexid(rng, 10), ga=ga(rng),
             menu=menu_html(rng, menu_items, "tn-menu", "tn-sub", "html"), vis=d.strftime("%d/%m/%Y %H:%M"), views=rng.randint(300, 2000),
             lead=inl(lead), body=body, byline=by, rel=side_list(rng, 5, "li", dates=True), most=side_list(rng, 6, "li"),
             faces=side_list(rng, 3, "div"), poll=poll(rng, "Bạn muốn tham gia đội hình tình nguyện nào?", ["Mùa hè xanh", "Tiếp sức mùa thi", "Bình dân học vụ số", "Hoa phượng đỏ"]),
             links=links_select(rng), counter=counter(rng),
             footer=footer_lines("TỈNH ĐOÀN TÂY NINH", "Số 29 đường Trần Hưng Đạo, phường Tân Ninh, tỉnh Tây Ninh", "0276.3822.219",
                                 "tinhdoan@tayninh.gov.vn", "Chịu trách nhiệm nội dung: Ban Tuyên giáo Tỉnh đoàn Tây Ninh"))
    return html_s % v


def page_r18(a, rng):
    lead, blocks = split_lead(parse(a["src"]))
    d = a["dt"]
    pid = "com_vnpt_portal_news_web_portlet_NewsDetailPortlet_INSTANCE_ldld01"
    body = render(blocks, "lr", rng, "/documents/36011/%d/%s" % (rng.randint(100000, 999999), hexid(rng, 8)))
    by = '<p style="text-align:right"><strong>%s</strong></p>' % esc(a["byline"][0])
    menu_items = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử", "Ban Chấp hành", "Cơ quan LĐLĐ tỉnh"]),
                  ("Tin hoạt động", ["Công đoàn tỉnh", "Công đoàn cơ sở", "Nữ công"]), ("Chính sách - Pháp luật", ["Lao động - Tiền lương", "Bảo hiểm"]),
                  ("Chăm lo đoàn viên", ["Mái ấm Công đoàn", "Tết Sum vầy", "Phúc lợi đoàn viên"]), ("Video", []), ("Liên hệ", [])]
    head = lr_head(rng, a["title"], "Liên đoàn Lao động tỉnh Cà Mau")
    body_html = """<body class="controls-visible guest-site signed-out public-page site">
<div id="wrapper">
<div class="cm-topbar"><div class="container"><span class="cm-date">Chủ nhật, 22/11/2026</span><a href="/web/ldld/lien-he">Liên hệ</a> <a href="/c/portal/login">Đăng nhập</a></div></div>
<div class="cm-banner"><div class="container"><img src="/documents/36011/0/banner-ldld-camau.png" alt="Liên đoàn Lao động tỉnh Cà Mau" /></div></div>
<nav class="cm-nav"><div class="container">%(menu)s</div></nav>
<div class="container"><div class="row">
<div class="col-md-8" id="column-1">
<div class="portlet-boundary" id="p_p_id_%(pid)s_"><div class="portlet-body">
<div class="news-detail">
 <ul class="breadcrumb"><li><a href="/web/ldld">Trang chủ</a></li><li><a href="/web/ldld/tin-hoat-dong">Tin hoạt động</a></li></ul>
 <h1 class="news-detail__title">%(title)s</h1>
 <div class="news-detail__date">%(vis)s</div>
 <div class="news-detail__sapo">%(lead)s</div>
 <div class="news-detail__avatar"><img src="/documents/36011/0/%(ava)s.jpg" alt="%(title_attr)s" /></div>
 <div class="news-detail__content">
%(body)s
%(byline)s
 </div>
 <div class="news-detail__footer"><span class="views">Lượt xem: %(views)d</span> <a class="print" href="javascript:window.print()">In</a> <a class="share" href="https://www.facebook.com/sharer/sharer.php?u=%(url)s">Chia sẻ</a></div>
 <div class="news-detail__related"><h3>Tin liên quan</h3><ul>%(rel)s</ul></div>
</div>
</div></div>
</div>
<div class="col-md-4" id="column-2">
<div class="cm-box"><h3>Tin nổi bật</h3>%(hot)s</div>
<div class="cm-box"><h3>Hỏi đáp pháp luật lao động</h3><ul>%(qa)s</ul></div>
<div class="cm-box">%(links)s</div>
<div class="cm-box"><h3>Thống kê truy cập</h3>%(counter)s</div>
</div>
</div></div>
<footer class="cm-footer"><div class="container">%(footer)s<p>Phát triển bởi VNPT Cà Mau</p></div></footer>
</div>
"""
    qa = "".join('<li><a href="/web/ldld/hoi-dap/-/%d">%s</a></li>' % (rng.randint(1000, 9999), esc(q)) for q in [
        "Người lao động nghỉ việc có được nhận trợ cấp thôi việc?", "Thời giờ làm thêm tối đa trong tháng là bao nhiêu?",
        "Lao động nữ mang thai được hưởng chế độ gì?", "Doanh nghiệp chậm đóng bảo hiểm xã hội thì xử lý thế nào?"])
    v = dict(menu=menu_html(rng, menu_items, "nav", "dropdown-menu", "html").replace('href="/', 'href="/web/ldld/'), pid=pid,
             title=esc(a["title"]), title_attr=attr(a["title"]), vis="%s, %s" % (wd(d), d.strftime("%d/%m/%Y - %H:%M")), lead=inl(lead),
             ava=hexid(rng, 12), body=body, byline=by, views=rng.randint(200, 1100), url=attr(a["url"]),
             rel=side_list(rng, 6, "li", dates=True, before=d), hot=side_list(rng, 4, "div", dates=True), qa=qa, links=links_select(rng), counter=counter(rng),
             footer=footer_lines("LIÊN ĐOÀN LAO ĐỘNG TỈNH CÀ MAU", "Số 1 đường Hùng Vương, phường An Xuyên, tỉnh Cà Mau", "0290.3831.219",
                                 "ldld@camau.gov.vn", "Chịu trách nhiệm: Chủ tịch Liên đoàn Lao động tỉnh Cà Mau"))
    page = head + (body_html % v) + lr_foot(rng, pid) + "</body>\n</html>\n"
    return fill(page, "@@LOADER@@", 64 * 1024 + rng.randint(0, 4000), rng, lr_loader)


def page_r19(a, rng):
    blocks = parse(a["src"])
    d = a["dt"]
    src_line = [v for k, v in blocks if k == "src"][0]
    blocks = [b for b in blocks if b[0] != "src"]
    body = render(blocks, "asp", rng, "/Uploads/TinTuc/2026/01")
    menu_items = MENU_PARTY
    side_menu = []
    for name, subs in MENU_PARTY:
        side_menu.append('<div class="leftnav-item"><a id="ctl00_ucLeftMenu_rptMenu_ctl%02d_lnk" href="/Default.aspx?tabid=%d">%s</a></div>' % (len(side_menu), rng.randint(100, 199), esc(name)))
        for s in subs:
            side_menu.append('<div class="leftnav-sub"><a id="ctl00_ucLeftMenu_rptMenu_ctl%02d_lnk" href="/Default.aspx?tabid=%d">%s</a></div>' % (len(side_menu), rng.randint(200, 399), esc(s)))
    html_s = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	%(title)s - Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" /><link href="/App_Themes/Default/menu.css" type="text/css" rel="stylesheet" />
<script src="/Scripts/jquery-1.12.4.min.js" type="text/javascript"></script>
<script src="/Scripts/superfish.js" type="text/javascript"></script>
<style type="text/css">%(css)s</style>
%(ga)s
</head>
<body>
<form name="aspnetForm" method="post" action="./Default.aspx?tabid=118&amp;ItemID=4472" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__LASTFOCUS" id="__LASTFOCUS" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="@@VS@@" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) { theForm = document.aspnetForm; }
function __doPostBack(eventTarget, eventArgument) { if (!theForm.onsubmit || (theForm.onsubmit() != false)) { theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); } }
//]]>
</script>
<script src="/WebResource.axd?d=%(wr1)s&amp;t=638%(t1)d" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=%(wr2)s&amp;t=%(t2)s" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'aspnetForm', ['tctl00$cphMain$upBinhLuan','cphMain_upBinhLuan'], [], [], 90, 'ctl00');
//]]>
</script>
<div id="ct-wrapper">
<div id="ct-top"><span id="ctl00_ucHeader_lblNgay" class="ct-ngay">Chủ nhật, ngày 22/11/2026</span><span class="ct-toplinks"><a href="/Default.aspx?tabid=1">Trang chủ</a> | <a href="/Default.aspx?tabid=99">Sơ đồ cổng</a> | <a id="ctl00_ucHeader_lnkLogin" href="/Login.aspx">Đăng nhập</a></span></div>
<div id="ct-banner"><img src="/Images/banner_tgdv_cantho.jpg" alt="Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ" /></div>
<div id="ct-menu">%(menu)s</div>
<div id="ct-mega" style="display:none">%(mega)s</div>
<div id="ct-search"><input name="ctl00$ucSearch$txtKeyword" type="text" id="ctl00_ucSearch_txtKeyword" class="ct-txt" /><input type="submit" name="ctl00$ucSearch$btnSearch" value="Tìm kiếm" id="ctl00_ucSearch_btnSearch" /></div>
<table id="ct-body" width="100%%" cellpadding="0" cellspacing="0"><tr>
<td id="ct-left" valign="top" width="210">
<div class="leftnav">%(side_menu)s</div>
<div class="ct-box"><div class="ct-box-title">Văn bản mới</div><ul>%(docs)s</ul></div>
</td>
<td id="ct-center" valign="top">
<div class="ct-path"><a href="/Default.aspx?tabid=1">Trang chủ</a> » <a href="/Default.aspx?tabid=118">Tuyên giáo</a> » <span>Hướng dẫn tuyên truyền</span></div>
<div id="ctl00_cphMain_pnlChiTiet" class="ct-detail">
<span id="ctl00_cphMain_lblTieuDe" class="ct-detail-title">%(title)s</span>
<div class="ct-detail-info"><span id="ctl00_cphMain_lblNgayDang">%(vis)s</span> - <span id="ctl00_cphMain_lblLuotXem">%(views)d lượt xem</span></div>
<div id="ctl00_cphMain_divNoiDung" class="ct-detail-content">
%(body)s
<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" style="font-size:14.0pt">%(by)s</span></b></p>
<p class="MsoNormal" align="right" style="text-align:right"><i><span lang="VI" style="font-size:13.0pt">%(src)s</span></i></p>
</div>
<div class="ct-detail-tools"><a id="ctl00_cphMain_lnkPrint" href="javascript:window.print()">In bài</a> | <a id="ctl00_cphMain_lnkEmail" href="javascript:__doPostBack('ctl00$cphMain$lnkEmail','')">Gửi email</a> | <a href="javascript:history.back()">Trở về</a></div>
<div id="cphMain_upBinhLuan"><div class="ct-binhluan"><div class="ct-box-title">Ý kiến bạn đọc</div><table><tr><td>Họ tên:</td><td><input name="ctl00$cphMain$txtHoTen" type="text" id="ctl00_cphMain_txtHoTen" /></td></tr><tr><td>Email:</td><td><input name="ctl00$cphMain$txtEmail" type="text" id="ctl00_cphMain_txtEmail" /></td></tr><tr><td>Nội dung:</td><td><textarea name="ctl00$cphMain$txtNoiDung" rows="4" cols="40" id="ctl00_cphMain_txtNoiDung"></textarea></td></tr><tr><td></td><td><input type="submit" name="ctl00$cphMain$btnGui" value="Gửi ý kiến" id="ctl00_cphMain_btnGui" /></td></tr></table></div></div>
</div>
<div class="ct-tinkhac"><div class="ct-box-title">Các tin đã đưa</div><table width="100%%">%(others)s</table></div>
</td>
<td id="ct-right" valign="top" width="250">
<div class="ct-box"><div class="ct-box-title">Tiêu điểm</div>%(focus)s</div>
<div class="ct-box"><div class="ct-box-title">Đọc nhiều nhất</div><ul>%(most)s</ul></div>
<div class="ct-box"><div class="ct-box-title">Chuyên trang Đại hội XIV của Đảng</div><a href="/Default.aspx?tabid=300"><img src="/Images/banner_daihoi14.jpg" alt="Đại hội XIV" /></a></div>
<div class="ct-box">%(poll)s</div>
<div class="ct-box">%(links)s</div>
<div class="ct-box"><div class="ct-box-title">Thống kê truy cập</div>%(counter)s</div>
</td>
</tr></table>
<div id="ct-footer">%(footer)s</div>
</div>
<div>
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%(gen)s" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%(ev)s" />
</div>
<script type="text/javascript">
//<![CDATA[
jQuery(function(){ jQuery('#ct-menu ul').superfish(); });
Sys.Application.initialize();
//]]>
</script>
</form>
</body>
</html>
"""
    docs = "".join('<li><a href="/Uploads/VanBan/%s.pdf">%s</a></li>' % (hexid(rng, 8), esc(t)) for t in pick(rng, HEADLINES, 6))
    v = dict(title=esc(a["title"]), css=css_block(rng, "#ct-top{background:#b40000;color:#fff}", 60), ga=ga(rng),
             wr1=b64blob(rng, 88).replace("/", "_").replace("+", "-").rstrip("="), t1=rng.randint(10**14, 10**15),
             wr2=b64blob(rng, 140).replace("/", "_").replace("+", "-").rstrip("="), t2=hexid(rng, 8),
             menu=menu_html(rng, menu_items, "sf-menu", "sf-sub", "aspx"), mega=mega_menu(rng, menu_items, 4, 10), side_menu="\n".join(side_menu),
             docs=docs, vis="Ngày %s lúc %s" % (d.strftime("%d/%m/%Y"), d.strftime("%H:%M")), views=rng.randint(400, 3000), body=body,
             by=esc(a["byline"][0]), src=esc(src_line), others=side_list(rng, 14, "tr", dates=True, before=d), focus=side_list(rng, 5, "div"),
             most=side_list(rng, 8, "li"), poll=poll(rng, "Bạn thường tiếp cận thông tin về Đảng qua kênh nào?", ["Sinh hoạt chi bộ", "Báo chí", "Mạng xã hội", "Hệ thống loa truyền thanh"]),
             links=links_select(rng), counter=counter(rng), gen=hexid(rng, 8).upper(), ev=b64blob(rng, 1200),
             footer=footer_lines("BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY CẦN THƠ", "Số 12 đường Hòa Bình, phường Ninh Kiều, thành phố Cần Thơ", "0292.3820.127",
                                 "tgdv@cantho.dcs.vn", "Giấy phép số 22/GP-TTĐT. Chịu trách nhiệm chính: Trưởng Ban Tuyên giáo và Dân vận Thành ủy."))
    page = html_s % v
    return fill(page, "@@VS@@", 160 * 1024 + rng.randint(0, 2000), rng)


def page_r20(a, rng):
    lead, blocks = split_lead(parse(a["src"]))
    d = a["dt"]
    src_line = [v for k, v in blocks if k == "src"][0]
    blocks = [b for b in blocks if b[0] != "src"]
    body = render(blocks, "static", rng, "/upload/images/tin")
    nav = "".join('<li><a href="/%s.html">%s</a></li>' % (slug(n), esc(n)) for n in
                  ["Trang chủ", "Giới thiệu", "Tin tức", "Xây dựng Đảng", "Chính quyền", "Mặt trận - Đoàn thể", "Quốc phòng - An ninh", "Văn bản", "Liên hệ"])
    html_s = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s | Đảng bộ đặc khu Vân Đồn</title>
<link rel="stylesheet" href="/assets/css/site.css?v=3">
<style>
.vd-header{background:linear-gradient(#b30000,#8a0000);color:#fff}
.vd-news h1{font-size:24px;color:#8a0000}
.vd-sapo{font-weight:bold;margin:10px 0}
.vd-date{color:#888;font-size:13px}
.doan{text-align:justify}
%(css)s
</style>
%(ga)s
</head>
<body>
<div class="vd-topline"><div class="wrap">Chủ Nhật, ngày 22 tháng 11 năm 2026 <span class="right"><a href="/lien-he.html">Liên hệ</a> · <a href="/so-do-site.html">Sơ đồ site</a></span></div></div>
<div class="vd-header"><div class="wrap"><img src="/assets/img/logo-dang.png" alt="" width="80"><div class="vd-name"><div>ĐẢNG BỘ TỈNH QUẢNG NINH</div><div class="big">ĐẢNG BỘ ĐẶC KHU VÂN ĐỒN</div></div></div></div>
<nav class="vd-nav"><div class="wrap"><ul>%(nav)s</ul><form action="/tim-kiem.html"><input name="q" placeholder="Tìm kiếm"></form></div></nav>
<div class="wrap vd-main">
<div class="vd-content">
<div class="vd-crumb"><a href="/">Trang chủ</a> / <a href="/xay-dung-dang.html">Xây dựng Đảng</a></div>
<div class="vd-news">
<h1>%(title)s</h1>
<div class="vd-date">%(vis)s</div>
<div class="vd-sapo">%(lead)s</div>
<div class="vd-body">
%(body)s
<p class="doan" style="text-align:right"><strong>%(by)s</strong></p>
<p class="doan" style="text-align:right"><em>%(src)s</em></p>
</div>
<div class="vd-share"><a href="https://www.facebook.com/sharer/sharer.php?u=%(url)s">Chia sẻ</a> <a href="javascript:window.print()">In trang</a></div>
</div>
<div class="vd-others"><h3>Tin cùng chuyên mục</h3><ul>%(others)s</ul></div>
</div>
<div class="vd-side">
<div class="vd-box"><h3>Tin mới</h3><ul>%(newest)s</ul></div>
<div class="vd-box"><h3>Video</h3><iframe width="280" height="160" src="https://www.youtube.com/embed/%(yt)s" frameborder="0"></iframe></div>
<div class="vd-box">%(links)s</div>
<div class="vd-box"><h3>Lượt truy cập</h3>%(counter)s</div>
</div>
</div>
<div class="vd-footer"><div class="wrap">%(footer)s<p>Thiết kế website: Công ty TNHH Giải pháp số Hạ Long</p></div></div>
</body>
</html>
"""
    v = dict(title=esc(a["title"]), css=css_block(rng, ".vd-topline{background:#f3e3c3}", 30), ga=ga(rng), nav=nav,
             vis="%s, ngày %02d tháng %d năm %d" % (wd(d), d.day, d.month, d.year), lead=inl(lead), body=body, by=esc(a["byline"][0]),
             src=esc(src_line), url=attr(a["url"]), others=side_list(rng, 8, "li", dates=True, before=d), newest=side_list(rng, 6, "li"),
             yt=b64blob(rng, 12)[:11].replace("/", "_").replace("+", "-"), links=links_select(rng), counter=counter(rng),
             footer=footer_lines("ĐẢNG ỦY ĐẶC KHU VÂN ĐỒN", "Khu Trung tâm hành chính đặc khu Vân Đồn, tỉnh Quảng Ninh", "0203.3874.115",
                                 "vanphong.danguy@vandon.quangninh.gov.vn", "Chịu trách nhiệm nội dung: Văn phòng Đảng ủy đặc khu Vân Đồn"))
    return html_s % v


# ------------------------------------------------------- non-article pages

N = {
    "n01": dict(kind="listing", platform="liferay", url="https://btgdv.nghean.gov.vn/web/btgdv/dan-van-kheo"),
    "n02": dict(kind="search", platform="nukeviet", url="https://dangbo.trungson.ninhbinh.gov.vn/seek/?q=d%C3%A2n+v%E1%BA%ADn+kh%C3%A9o"),
    "n03": dict(kind="not_found", platform="sharepoint", url="https://btgdv.thanhhoa.dcs.vn/Pages/tin-tuc.aspx?ItemID=99417&CateID=34"),
    "n04": dict(kind="challenge", platform="custom", url="https://hoicuuchienbinh.tuyenquang.gov.vn/tin-tuc/hoat-dong-hoi-1835.html"),
}


def page_n01(n, rng):
    pid = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_dvk2025"
    items = []
    for t, dd in teasers(rng, 15):
        items.append('<div class="news-item row"><div class="col-md-4"><a href="/web/btgdv/dan-van-kheo/-/asset_publisher/dvk2025/content/%s"><img src="/documents/27011/0/%s.jpg" alt="" /></a></div>'
                     '<div class="col-md-8"><h3 class="news-item__title"><a href="/web/btgdv/dan-van-kheo/-/asset_publisher/dvk2025/content/%s">%s</a></h3><div class="news-item__date">%s</div>'
                     '<p class="news-item__sapo">%s</p></div></div>' % (slug(t), hexid(rng, 10), slug(t), esc(t), dd.strftime("%d/%m/%Y %H:%M").replace(" 00:00", " 08:%02d" % rng.randint(0, 59)),
                                                                       esc("Thời gian qua, " + t[0].lower() + t[1:] + " đã nhận được sự hưởng ứng tích cực của cán bộ, đảng viên và Nhân dân các địa phương trong tỉnh.")))
    head = lr_head(rng, "Dân vận khéo", "Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An")
    body = """<body class="controls-visible guest-site signed-out public-page site">
<div id="wrapper">
<div class="na-top"><div class="container">Chủ nhật, 22/11/2026 <a href="/c/portal/login">Đăng nhập</a></div></div>
<div class="na-banner"><img src="/documents/27011/0/banner-btgdv-na.png" alt="Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An" /></div>
<nav class="na-nav">%s</nav>
<div class="container"><div class="row"><div class="col-md-8">
<div class="na-crumb"><a href="/web/btgdv">Trang chủ</a> » <span>Dân vận khéo</span></div>
<h1 class="na-cat-title">Dân vận khéo</h1>
<div class="portlet-boundary" id="p_p_id_%s_"><div class="asset-publisher-list">
%s
</div>
<div class="taglib-page-iterator"><div class="lfr-pagination"><div class="lfr-pagination-config"><span>Hiển thị 1 - 15 của 418 kết quả.</span></div><ul class="lfr-pagination-buttons pager"><li class="disabled"><a href="javascript:;">Đầu</a></li><li class="disabled"><a href="javascript:;">Trước</a></li><li><a href="?p_p_id=%s&amp;cur=2">Tiếp</a></li><li><a href="?p_p_id=%s&amp;cur=28">Cuối</a></li></ul></div></div>
</div>
</div><div class="col-md-4">
<div class="na-box"><h3>Tin đọc nhiều</h3><ul>%s</ul></div>
<div class="na-box">%s</div>
<div class="na-box"><h3>Thống kê truy cập</h3>%s</div>
</div></div></div>
<footer class="na-footer"><div class="container">%s</div></footer>
</div>
""" % (menu_html(rng, MENU_PARTY, "nav", "dropdown-menu", "html"), pid, "\n".join(items), pid, pid, side_list(rng, 8, "li"), links_select(rng), counter(rng),
       footer_lines("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY NGHỆ AN", "Số 1 đường Trường Thi, phường Thành Vinh, tỉnh Nghệ An", "0238.3844.623", "btgdv@nghean.dcs.vn",
                    "Giấy phép số 09/GP-TTĐT. Chịu trách nhiệm chính: Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy."))
    page = head + body + lr_foot(rng, pid) + "</body>\n</html>\n"
    return fill(page, "@@LOADER@@", 58 * 1024, rng, lr_loader)


def page_n02(n, rng):
    res = []
    for t, dd in teasers(rng, 10):
        res.append('<div class="result"><h3 class="title"><a href="/tin-tuc/%s-%d.html">%s</a></h3><div class="result-content">... phong trào thi đua <span class="highlight">dân vận khéo</span> được các chi bộ tổ dân phố triển khai gắn với %s ...</div><div class="result-info"><em class="fa fa-clock-o"></em> %s - Tin tức</div></div>' % (
            slug(t), rng.randint(100, 450), esc(t), esc(t[0].lower() + t[1:]), dd.strftime("%d/%m/%Y %H:%M")))
    return """<!DOCTYPE html>
<html lang="vi">
<head>
<title>Tìm kiếm: dân vận khéo - Đảng bộ phường Trung Sơn</title>
<meta name="generator" content="NukeViet v4.5" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="robots" content="noindex, follow" />
<link rel="StyleSheet" href="/themes/dangbo/css/style.css">
<style>%s</style>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_module_name="seek",nv_func_name="main";</script>
%s
</head>
<body>
<div class="section-header"><div class="wraper">
 <div class="header-top"><div class="current-time">Hôm nay: Chủ nhật, 22/11/2026</div><div class="personalArea"><a href="/users/login/">Đăng nhập</a></div></div>
 <div id="header"><div class="site-name"><span class="l1">ĐẢNG CỘNG SẢN VIỆT NAM</span><span class="l2">ĐẢNG BỘ PHƯỜNG TRUNG SƠN</span></div></div>
 <nav class="second-nav">%s</nav>
</div></div>
<div class="section-body"><div class="wraper">
<div class="page panel panel-default"><div class="panel-body">
<h1>Tìm kiếm</h1>
<form action="/seek/" method="get" class="form-inline"><input type="text" name="q" value="dân vận khéo" class="form-control" /> <select name="m"><option value="">Tất cả</option><option value="news">Tin tức</option><option value="laws">Văn bản</option></select> <input type="submit" value="Tìm kiếm" class="btn btn-primary" /> <a href="/seek/?q=d%%C3%%A2n+v%%E1%%BA%%ADn+kh%%C3%%A9o&amp;adv=1">Tìm kiếm nâng cao</a></form>
<p class="search-summary">Có <strong>57</strong> kết quả phù hợp với từ khóa <strong>dân vận khéo</strong> trong module <strong>Tin tức</strong></p>
<div class="search-results">
%s
</div>
<div class="generate_page"><strong>1</strong> <a href="/seek/?q=d%%C3%%A2n+v%%E1%%BA%%ADn+kh%%C3%%A9o&amp;page=2">2</a> <a href="/seek/?q=d%%C3%%A2n+v%%E1%%BA%%ADn+kh%%C3%%A9o&amp;page=3">3</a> ... <a href="/seek/?q=d%%C3%%A2n+v%%E1%%BA%%ADn+kh%%C3%%A9o&amp;page=6">6</a> <a href="/seek/?q=d%%C3%%A2n+v%%E1%%BA%%ADn+kh%%C3%%A9o&amp;page=2">Trang sau</a></div>
</div></div>
</div></div>
<footer id="footer"><div class="wraper">%s</div></footer>
</body>
</html>
""" % (css_block(rng, ".highlight{background:#ff0}", 30), ga(rng), menu_html(rng, MENU_PARTY[:7], "nav navbar-nav", "dropdown-menu", "html"), "\n".join(res),
       footer_lines("ĐẢNG ỦY PHƯỜNG TRUNG SƠN", "Trụ sở Đảng ủy - HĐND - UBND phường Trung Sơn, tỉnh Ninh Bình", "0229.3864.208",
                    "vanphongdanguy.trungson@ninhbinh.gov.vn", "Chịu trách nhiệm nội dung: Văn phòng Đảng ủy phường Trung Sơn"))


def page_n03(n, rng):
    page = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html lang="vi-VN" dir="ltr">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>
	Không tìm thấy trang
</title>
<link rel="stylesheet" type="text/css" href="/Style%%20Library/TanDan/css/tdportal.css"/>
%s
</head>
<body>
<form method="post" action="./tin-tuc.aspx?ItemID=99417&amp;CateID=34" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x%s,22 Nov 2026 03:40:12 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />
</div>
<div class="td-topbar"><div class="td-container"><span class="td-today">Chủ Nhật, 22/11/2026</span><div class="td-login"><a href="/_layouts/15/Authenticate.aspx">Đăng nhập</a></div></div></div>
<div class="td-banner"><div class="td-banner-text"><div class="td-banner-line1">ĐẢNG BỘ TỈNH THANH HÓA</div><div class="td-banner-line2">BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY</div></div></div>
<div class="td-menu-bar">%s</div>
<div class="td-container td-main">
<div class="td-news-detail td-notfound">
<h2 class="td-detail-title">Không tìm thấy trang</h2>
<p>Bài viết bạn yêu cầu không tồn tại, đã bị gỡ bỏ hoặc đường dẫn không chính xác.</p>
<p>Mã lỗi: 404 - Item không tồn tại trong danh sách “Tin tức”.</p>
<p><a href="/">Quay về trang chủ</a> | <a href="javascript:history.back()">Quay lại trang trước</a></p>
</div>
<div class="td-other-news"><div class="td-box-title">Tin mới nhất</div><ul>%s</ul></div>
</div>
<div class="td-footer"><div class="td-container">%s</div></div>
</form>
</body>
</html>
""" % (sp_scripts(rng), hexid(rng, 128).upper(), b64blob(rng, 5200), menu_html(rng, MENU_PARTY, "ms-core-listMenu-root td-menu", "td-sub"),
       side_list(rng, 8, "li", dates=True),
       footer_lines("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THANH HÓA", "Số 35 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
                    "0237.3852.163", "bantgdv@thanhhoa.dcs.vn", "Giấy phép số 71/GP-TTĐT do Sở Thông tin và Truyền thông cấp."))
    return page


def page_n04(n, rng):
    key = hexid(rng, 32)
    arr = ",".join('"\\x%02x\\x%02x\\x%02x"' % (rng.randint(0x41, 0x5a), rng.randint(0x61, 0x7a), rng.randint(0x30, 0x39)) for _ in range(700))
    return """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<title>Vui lòng chờ...</title>
<style>body{font-family:Arial,sans-serif;background:#f5f5f5;text-align:center;padding-top:120px;color:#333}.box{display:inline-block;background:#fff;padding:30px 40px;border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,.15)}.spin{width:36px;height:36px;border:4px solid #ddd;border-top-color:#c00;border-radius:50%%;animation:s 1s linear infinite;margin:0 auto 16px}@keyframes s{to{transform:rotate(360deg)}}</style>
</head>
<body>
<div class="box"><div class="spin"></div>
<p>Hệ thống đang kiểm tra trình duyệt của bạn trước khi truy cập.</p>
<p>Quá trình này diễn ra tự động, vui lòng chờ trong giây lát...</p>
<noscript><p><b>Vui lòng bật JavaScript và cookie để tiếp tục truy cập.</b></p></noscript>
</div>
<script>
var _0x5a1f=[%s];
(function(_0x2d8f05,_0x4b81bb){var _0x4d74cb=function(_0x32719f){while(--_0x32719f){_0x2d8f05['push'](_0x2d8f05['shift']());}};_0x4d74cb(++_0x4b81bb);}(_0x5a1f,0x1b3));
function _0xc3(k){var s='';for(var i=0;i<k.length;i+=2){s+=String.fromCharCode(parseInt(k.substr(i,2),16)^0x2a);}return s;}
(function(){var t='%s';var d=new Date();d.setTime(d.getTime()+3600*1000);
document.cookie='D1N='+t+'; expires='+d.toUTCString()+'; path=/';
setTimeout(function(){location.reload();},1500);})();
</script>
</body>
</html>
""" % (arr, key)


PAGES = {k: globals()["page_" + k] for k in list(A) + list(N)}


def gold(name):
    if name in A:
        a = A[name]
        return {"kind": "article", "platform": a["platform"], "url": a["url"],
                "charset": "windows-1258" if name == "r08" else "utf-8",
                "title": a["title"], "published_at": a["dt"].strftime("%Y-%m-%dT%H:%M:%S+07:00"),
                "author": a["author"], "body": gold_body(parse(a["src"]))}
    n = N[name]
    return {"kind": n["kind"], "platform": n["platform"], "url": n["url"], "charset": "utf-8"}


def build(name):
    rng = random.Random("%s:%s" % (SET, name))
    h = PAGES[name](A.get(name) or N.get(name), rng)
    data = enc1258(h) if name == "r08" else h.encode("utf-8")
    side = (json.dumps(gold(name), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return data, side


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name in sorted(PAGES):
        data, side = build(name)
        with open(os.path.join(out, name + ".html"), "wb") as f:
            f.write(data)
        with open(os.path.join(out, name + ".json"), "wb") as f:
            f.write(side)


if __name__ == "__main__":
    main()
