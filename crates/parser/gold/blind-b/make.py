#!/usr/bin/env python3
"""Blind evaluation set B for the Vietnamese portal article extractor.

Written by a separate session that did not read the extractor's code.
Each page is rendered from its own template function; the gold sidecar is
derived from the same article data the HTML is rendered from.

Run:  python3 make.py      (rewrites NAME.html / NAME.json deterministically)
"""
import base64
import datetime as dt
import html
import html.entities
import json
import os
import random
import unicodedata

OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers


def nfc(s):
    return unicodedata.normalize("NFC", s)


def fold(s):
    return " ".join(nfc(s).split())


def e(s):
    """Escape text for an HTML text node."""
    return html.escape(s, quote=False)


def ea(s):
    """Escape text for an attribute value."""
    return html.escape(s, quote=True)


def ent(s):
    """Entity-encode every non-ASCII character (old editors / FrontPage)."""
    out = []
    for ch in s:
        o = ord(ch)
        if o < 128:
            out.append(ch)
        elif o < 256 and o in html.entities.codepoint2name:
            out.append("&%s;" % html.entities.codepoint2name[o])
        else:
            out.append("&#%d;" % o)
    return "".join(out)


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(s):
    """Encode NFC text as windows-1258: precomposed where the code page has
    the letter, otherwise base letter (with circumflex/breve/horn composed)
    followed by a combining tone mark."""
    out = []
    for ch in nfc(s):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        nontone = "".join(m for m in marks if m not in TONES)
        tones = "".join(m for m in marks if m in TONES)
        base = nfc(base + nontone)
        out.append((base + tones).encode("cp1258"))
    return b"".join(out)


WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def D(s):
    """'dd/mm/yyyy' -> date"""
    d, m, y = s.split("/")
    return dt.date(int(y), int(m), int(d))


def wd(d, cap=False):
    w = WD[d.weekday()]
    if cap and w.startswith("Thứ"):
        w = "Thứ " + w[4:].capitalize()
    return w


def dmy(d, sep="/"):
    return d.strftime("%d" + sep + "%m" + sep + "%Y")


def viewstate(rnd, n):
    raw = bytes(rnd.getrandbits(8) for _ in range(n))
    return "/wEP" + base64.b64encode(raw).decode()


def nbs(t, rnd, p=0.35):
    """Escape a text and, sometimes, turn one space into &nbsp; (as pasted
    from Word) -- the visible text is unchanged."""
    s = e(t)
    if rnd.random() < p:
        idx = [i for i, c in enumerate(s) if c == " "]
        if idx:
            i = idx[rnd.randrange(len(idx))]
            s = s[:i] + "&nbsp;" + s[i + 1:]
    return s


# Headlines used in "Tin cùng chuyên mục" / "Các tin khác" boxes.
POOL = [
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 18",
    "Triển khai Kế hoạch cao điểm phòng, chống dịch bệnh trên đàn gia súc, gia cầm",
    "Tăng cường công tác phòng cháy, chữa cháy rừng mùa khô",
    "Hướng dẫn thực hiện Quy chế dân chủ ở cơ sở",
    "Khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới",
    "Ra quân làm đường giao thông nông thôn, kênh mương nội đồng",
    "Kiểm tra công tác cải cách hành chính tại các xã",
    "Hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân",
    "Phát động Tháng hành động vì an toàn thực phẩm",
    "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư",
    "Tiếp xúc cử tri trước kỳ họp thứ 7 HĐND tỉnh",
    "Trao nhà Đại đoàn kết cho hộ nghèo",
    "Sơ kết công tác thu ngân sách 6 tháng đầu năm",
    "Tuyên truyền Luật Thực hiện dân chủ ở cơ sở",
    "Phê duyệt điều chỉnh kế hoạch sử dụng đất",
    "Hội thi tìm hiểu mô hình Dân vận khéo",
    "Ra mắt Tổ công nghệ số cộng đồng",
    "Nghiệm thu công trình nhà văn hóa thôn",
    "Tiêm vắc xin phòng bệnh viêm da nổi cục trên trâu, bò",
    "Lễ giao nhận quân bảo đảm chỉ tiêu, an toàn",
    "Khảo sát mô hình trồng dược liệu dưới tán rừng",
    "Tổng kết phong trào thi đua yêu nước",
    "Hỗ trợ sinh kế cho đồng bào dân tộc thiểu số",
    "Kiểm tra tiến độ giải ngân vốn đầu tư công",
    "Diễn tập chiến đấu phòng thủ",
    "Bàn giao con giống hỗ trợ hộ nghèo",
    "Hội nghị học tập, quán triệt nghị quyết của Đảng",
    "Nông dân thu hoạch lúa đạt năng suất cao",
    "Ký kết chương trình phối hợp giữa Ban Dân vận và Công an tỉnh",
    "Công bố quyết định thành lập Trung tâm Phục vụ hành chính công",
    "Khai mạc Hội chợ nông sản và sản phẩm OCOP",
    "Tập huấn nghiệp vụ công tác Mặt trận ở cơ sở",
    "Chuẩn bị các điều kiện cho kỳ thi tốt nghiệp THPT",
    "Phát động Tết trồng cây đời đời nhớ ơn Bác Hồ",
    "Tuyên dương học sinh đạt giải học sinh giỏi cấp tỉnh",
    "Đoàn công tác của tỉnh thăm các đơn vị lực lượng vũ trang",
    "Hội nghị sơ kết công tác bảo hiểm xã hội, bảo hiểm y tế",
    "Hỗ trợ người dân khắc phục hậu quả mưa đá",
    "Nâng cao chất lượng hoạt động của Tổ hòa giải ở cơ sở",
    "Thẩm định xã đạt chuẩn nông thôn mới nâng cao",
    "Khánh thành cầu dân sinh bản Nà Hẩu",
    "Ra mắt mô hình “Camera an ninh” ở khu dân cư",
    "Lớp tập huấn kỹ năng chuyển đổi số cho cán bộ cấp xã",
    "Cấp phát thẻ bảo hiểm y tế cho người có công",
    "Kỳ họp chuyên đề HĐND xã khóa XXI",
    "Tổ chức Lễ kỷ niệm Ngày thành lập Mặt trận Tổ quốc Việt Nam",
    "Hội thảo giải pháp phát triển du lịch cộng đồng",
    "Xét duyệt hồ sơ hỗ trợ xóa nhà tạm, nhà dột nát",
    "Kiểm tra công tác phòng, chống sốt xuất huyết tại các phường",
    "Đón nhận Bằng công nhận di tích lịch sử cấp tỉnh",
    "Tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới",
    "Tăng cường quản lý nhà nước về an toàn thực phẩm",
    "Đại hội điểm chi bộ thôn",
    "Hướng dẫn thủ tục đăng ký biến động đất đai",
    "Vận hành hệ thống họp trực tuyến đến cấp xã",
    "Chi trả trợ cấp xã hội qua tài khoản ngân hàng",
    "Nghiệm thu mô hình cánh đồng mẫu lớn",
    "Phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số",
    "Kết nạp đảng viên là học sinh THPT",
    "Kiện toàn Ban Chỉ đạo phòng, chống thiên tai cấp xã",
]

SUMMARIES = [
    "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ trong thời gian qua, chỉ ra những tồn tại, hạn chế và đề ra giải pháp trọng tâm thời gian tới.",
    "Đây là hoạt động thiết thực nhằm nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên và Nhân dân trên địa bàn.",
    "Các đại biểu đã tập trung thảo luận, đóng góp nhiều ý kiến tâm huyết, sát với tình hình thực tế của địa phương.",
    "Chương trình thu hút đông đảo người dân tham gia, góp phần tạo không khí phấn khởi, đoàn kết trong cộng đồng.",
    "Qua kiểm tra, đoàn ghi nhận các đơn vị đã chủ động triển khai nhiệm vụ, bảo đảm đúng tiến độ đề ra.",
    "Tổng kinh phí thực hiện hơn 2 tỷ đồng, được huy động từ ngân sách nhà nước và sự đóng góp của Nhân dân.",
]

VANBAN = [
    ("Quyết định số 1254/QĐ-UBND", "Về việc phê duyệt Kế hoạch chuyển đổi số năm"),
    ("Kế hoạch số 87/KH-UBND", "Triển khai công tác phòng, chống thiên tai và tìm kiếm cứu nạn"),
    ("Công văn số 2135/UBND-KT", "Về việc tăng cường quản lý, bảo vệ rừng"),
    ("Thông báo số 45/TB-UBND", "Kết luận của Chủ tịch UBND tại buổi làm việc"),
    ("Chỉ thị số 05/CT-UBND", "Về tăng cường kỷ luật, kỷ cương hành chính"),
    ("Quyết định số 318/QĐ-UBND", "Công bố danh mục thủ tục hành chính được chuẩn hóa"),
    ("Kế hoạch số 112/KH-UBND", "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia"),
]


def related(rnd, before, n, pool=None, step=(1, 6)):
    """n (title, date) pairs, dates going back from `before`."""
    titles = rnd.sample(pool or POOL, n)
    d = before
    out = []
    for t in titles:
        d = d - dt.timedelta(days=rnd.randint(*step))
        out.append((t, d))
    return out


def slug(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    out = []
    for c in s.lower():
        out.append(c if c.isalnum() else "-")
    return "-".join(filter(None, "".join(out).split("-")))


def counters_digits(n):
    return "".join('<img src="/images/counter/%s.gif" alt="%s" />' % (c, c) for c in "%08d" % n)


def js_blob(rnd, n_lines, ns="App"):
    """Bulky inline script like portals ship (configs, menus, trackers)."""
    lines = ["var %s = %s || {};" % (ns, ns)]
    for i in range(n_lines):
        k = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8))
        v = base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(36))).decode()
        lines.append('%s.cfg_%d = {id:"%s", key:"%s", t:%d, enabled:%s};'
                     % (ns, i, k, v, rnd.randint(1000, 99999), rnd.choice(["true", "false"])))
    return "\n".join(lines)


GA = """<script async src="https://www.googletagmanager.com/gtag/js?id=G-%s"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-%s');
</script>"""


def ga(code):
    return GA % (code, code)


# ---------------------------------------------------------------- gold


def gold_body(a):
    parts = []
    if a.get("lead"):
        parts.append(a["lead"])
    for b in a["blocks"]:
        k = b[0]
        if k in ("p", "h", "q"):
            parts.append(b[1])
        elif k == "img":
            if b[1]:
                parts.append(b[1])
        elif k in ("ol", "ul"):
            parts.extend(b[1])
        elif k == "table":
            for row in b[1]:
                parts.extend(c for c in row if c.strip())
        elif k in ("xt", "spacer"):
            pass
        else:
            raise ValueError(k)
    return "\n\n".join(fold(p) for p in parts)


def render(blocks, P, H=None, IMG=None, OL=None, UL=None, Q=None, TABLE=None, XT=None, SPACER=None):
    out = []
    n_img = 0
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(P(b[1]))
        elif k == "h":
            out.append(H(b[1]))
        elif k == "img":
            n_img += 1
            out.append(IMG(b[1], n_img))
        elif k == "ol":
            out.append(OL(b[1]))
        elif k == "ul":
            out.append(UL(b[1]))
        elif k == "q":
            out.append(Q(b[1]))
        elif k == "table":
            out.append(TABLE(b[1]))
        elif k == "xt":
            out.append(XT(b[1]))
        elif k == "spacer":
            out.append(SPACER() if SPACER else "<p>&nbsp;</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- articles
# Every article: metadata for the sidecar + lead + blocks.
# Block kinds: p (paragraph), h (subheading), img (caption or None),
# ol/ul (items), q (block quote), table (rows of cells), xt (inline
# "Xem thêm" box -- not body), spacer (<p>&nbsp;</p> -- not body).

A = {}

A["b01"] = dict(
    name="b01-liferay-so-nongnghiep",
    platform="vnpt-liferay",
    url="https://snnptnt.hatinh.gov.vn/web/snnptnt/tin-tuc-su-kien/-/asset_publisher/Xk2Pq9RtAbCd/content/ha-tinh-co-ban-hoan-thanh-gieo-cay-hon-57-000-ha-lua-vu-xuan-2022",
    charset="utf-8",
    title="Hà Tĩnh cơ bản hoàn thành gieo cấy hơn 57.000 ha lúa vụ Xuân 2022",
    date=D("14/03/2022"), time="09:30",
    published_at="2022-03-14T09:30:00+07:00",
    byline=["Phạm Thị Hà", "Chi cục Trồng trọt và Bảo vệ thực vật"],
    author="Phạm Thị Hà, Chi cục Trồng trọt và Bảo vệ thực vật",
    lead="Đến ngày 12/3, toàn tỉnh đã gieo cấy được 57.320 ha lúa vụ Xuân, đạt 99,6% kế hoạch. Ngành Nông nghiệp khuyến cáo bà con tập trung chăm sóc, phòng trừ sinh vật gây hại ngay từ đầu vụ.",
    blocks=[
        ("p", "Theo báo cáo của Chi cục Trồng trọt và Bảo vệ thực vật, vụ Xuân năm nay thời tiết diễn biến tương đối thuận lợi, nguồn nước tưới cơ bản bảo đảm nên các địa phương triển khai gieo cấy đúng khung lịch thời vụ. Diện tích gieo cấy tập trung chủ yếu trong khoảng từ ngày 25/01 đến 20/02/2022, chậm nhất không quá ngày 28/02/2022."),
        ("img", "Nông dân xã Thạch Lạc, huyện Thạch Hà dặm tỉa, chăm sóc lúa Xuân sau gieo."),
        ("p", "Cơ cấu giống tiếp tục được chuyển dịch theo hướng tăng tỷ lệ lúa chất lượng cao. Các giống chủ lực như Hương Thơm số 1, Bắc Thịnh, Thiên ưu 8, VNR20, Hà Phát 3 chiếm trên 70% diện tích; nhiều địa phương như Đức Thọ, Can Lộc, Cẩm Xuyên đã hình thành các vùng sản xuất hàng hóa tập trung quy mô từ 20 ha trở lên."),
        ("p", "Đáng chú ý, diện tích gieo thẳng bằng máy và cấy bằng máy tăng mạnh so với cùng kỳ, đạt khoảng 6.800 ha. Việc đưa cơ giới hóa vào khâu gieo cấy giúp giảm từ 30 - 40% lượng giống, tiết kiệm chi phí nhân công và tạo thuận lợi cho khâu chăm sóc, thu hoạch."),
        ("h", "Chủ động phòng trừ sinh vật gây hại"),
        ("p", "Hiện lúa sớm đang ở giai đoạn đẻ nhánh, lúa chính vụ và muộn đang bén rễ hồi xanh. Qua điều tra, trên đồng ruộng đã xuất hiện ốc bươu vàng, chuột, bệnh đạo ôn lá gây hại rải rác, mật độ và tỷ lệ hại chưa cao."),
        ("p", "Để vụ Xuân đạt năng suất, sản lượng theo kế hoạch, Sở Nông nghiệp và Phát triển nông thôn đề nghị UBND các huyện, thị xã, thành phố chỉ đạo các xã, phường, thị trấn tập trung dặm tỉa, san cây; bón phân cân đối, bón sớm, bón tập trung; điều tiết nước hợp lý và tổ chức diệt chuột, ốc bươu vàng bằng biện pháp thủ công kết hợp bả, bẫy."),
        ("img", "Cán bộ Chi cục Trồng trọt và Bảo vệ thực vật kiểm tra tình hình sinh vật gây hại trên đồng ruộng."),
        ("p", "Cùng với đó, hệ thống khuyến nông, bảo vệ thực vật cơ sở tăng cường bám đồng ruộng, thông báo kịp thời tình hình sinh vật gây hại và hướng dẫn nông dân phòng trừ theo nguyên tắc 4 đúng, hạn chế tối đa việc sử dụng thuốc bảo vệ thực vật không cần thiết để bảo vệ thiên địch."),
    ],
)

A["b02"] = dict(
    name="b02-liferay-xa-hanhchinhcong",
    platform="vnpt-liferay",
    url="https://yenkhanh.ninhbinh.gov.vn/web/xa-yen-khanh/tin-hoat-dong/-/asset_publisher/m7RcQ2vLk9Zt/content/xa-yen-khanh-hon-4-200-ho-so-thu-tuc-hanh-chinh-duoc-giai-quyet-sau-hai-thang-van-hanh-chinh-quyen-dia-phuong-hai-cap",
    charset="utf-8",
    title="Xã Yên Khánh: Hơn 4.200 hồ sơ thủ tục hành chính được giải quyết sau hai tháng vận hành chính quyền địa phương hai cấp",
    date=D("03/09/2025"), time="16:10",
    published_at="2025-09-03T16:10:00+07:00",
    byline=["Minh Ngọc"],
    author="Minh Ngọc",
    lead="Sau hai tháng vận hành mô hình chính quyền địa phương hai cấp, Trung tâm Phục vụ hành chính công xã Yên Khánh đã tiếp nhận 4.236 hồ sơ, trong đó 98,7% hồ sơ được giải quyết đúng và trước hạn.",
    blocks=[
        ("p", "Xã Yên Khánh được thành lập trên cơ sở sắp xếp toàn bộ diện tích tự nhiên và quy mô dân số của ba xã Khánh Thiện, Khánh Cư và Khánh Vân, với tổng diện tích hơn 28 km² và trên 31.000 nhân khẩu. Ngay từ ngày 01/7/2025, Trung tâm Phục vụ hành chính công xã đã đi vào hoạt động với 12 quầy tiếp nhận, bố trí 15 công chức và 4 nhân viên hỗ trợ từ Bưu điện."),
        ("p", "Các lĩnh vực có số lượng hồ sơ lớn gồm chứng thực, hộ tịch, đất đai và bảo trợ xã hội. Riêng lĩnh vực đất đai, sau khi được phân cấp từ cấp huyện trước đây, xã đã tiếp nhận 612 hồ sơ đăng ký biến động, cấp đổi giấy chứng nhận quyền sử dụng đất."),
        ("p", "Tỷ lệ hồ sơ nộp trực tuyến đạt 67,4%, tăng gần 20 điểm phần trăm so với tháng đầu vận hành. Để hỗ trợ người dân, Đoàn Thanh niên xã duy trì tổ công nghệ số cộng đồng trực tại Trung tâm vào tất cả các ngày làm việc, hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và Cổng Dịch vụ công quốc gia."),
        ("img", "Công chức Trung tâm Phục vụ hành chính công xã hướng dẫn người dân nộp hồ sơ trực tuyến."),
        ("p", "Bên cạnh kết quả đạt được, quá trình vận hành vẫn còn một số khó khăn như đường truyền có thời điểm chập chờn, một số phần mềm chuyên ngành chưa được kết nối đồng bộ, khối lượng công việc lĩnh vực đất đai tăng cao trong khi nhân lực có chuyên môn sâu còn thiếu."),
        ("p", "Chủ tịch UBND xã Yên Khánh Trần Văn Lợi cho biết, thời gian tới xã tiếp tục rà soát, sắp xếp vị trí việc làm, tăng cường đào tạo, bồi dưỡng kỹ năng số cho đội ngũ công chức; đồng thời kiến nghị cấp trên sớm hoàn thiện việc liên thông dữ liệu giữa các hệ thống phần mềm để người dân không phải cung cấp lại thông tin đã có."),
    ],
)

A["b03"] = dict(
    name="b03-tandan-phongchongthientai",
    platform="sharepoint-tandan",
    url="https://sonla.gov.vn/portal/Pages/2023-06-02/Son-La-trien-khai-nhiem-vu-phong-chong-thien-tai-nam-2023-k7d2fa.aspx",
    charset="utf-8",
    title="Sơn La triển khai nhiệm vụ phòng, chống thiên tai năm 2023",
    date=D("02/06/2023"), time=None,
    published_at="2023-06-02T00:00:00+07:00",
    byline=["Tin, ảnh: Quốc Huy"],
    author="Quốc Huy",
    lead="Chiều 1/6, Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh tổ chức hội nghị triển khai nhiệm vụ phòng, chống thiên tai năm 2023, trong bối cảnh mùa mưa lũ được dự báo diễn biến phức tạp, khó lường.",
    blocks=[
        ("p", "Theo báo cáo, từ đầu năm đến nay trên địa bàn tỉnh đã xảy ra 6 đợt thiên tai, chủ yếu là mưa đá, dông lốc, làm hư hỏng 412 ngôi nhà, hơn 380 ha cây trồng; tổng giá trị thiệt hại ước trên 9,6 tỷ đồng. Ngay sau các đợt thiên tai, chính quyền các cấp đã huy động lực lượng giúp nhân dân khắc phục hậu quả, ổn định cuộc sống."),
        ("p", "Đài Khí tượng Thủy văn tỉnh dự báo, năm 2023 hiện tượng El Nino có khả năng hình thành và kéo dài, lượng mưa có xu hướng thấp hơn trung bình nhiều năm nhưng vẫn có khả năng xuất hiện các đợt mưa lớn cục bộ gây lũ quét, sạt lở đất tại các huyện vùng cao như Mường La, Bắc Yên, Sốp Cộp."),
        ("img", "Quang cảnh hội nghị triển khai nhiệm vụ phòng, chống thiên tai năm 2023."),
        ("p", "Toàn tỉnh hiện có 1.126 điểm có nguy cơ sạt lở, 74 khu vực có nguy cơ xảy ra lũ ống, lũ quét với trên 2.900 hộ dân sinh sống. Các huyện, thành phố đã rà soát, lập danh sách các hộ cần di chuyển khẩn cấp và bố trí phương án sơ tán tại chỗ khi có tình huống xấu."),
        ("p", "Phát biểu chỉ đạo hội nghị, đồng chí Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy đề nghị các thành viên Ban Chỉ huy, các sở, ngành và địa phương tuyệt đối không chủ quan, lơ là; quán triệt và thực hiện nghiêm phương châm “bốn tại chỗ”, trong đó lấy phòng ngừa là chính."),
        ("p", "Đồng chí yêu cầu các địa phương kiện toàn ban chỉ huy các cấp, cập nhật kế hoạch phòng, chống thiên tai sát với thực tế; kiểm tra an toàn các hồ chứa thủy lợi, thủy điện; chuẩn bị đầy đủ vật tư, phương tiện, lương thực, thuốc men tại các điểm có nguy cơ bị chia cắt. Chủ hồ thủy điện phải thực hiện nghiêm quy trình vận hành, thông báo kịp thời cho chính quyền và người dân vùng hạ du trước khi xả lũ."),
        ("p", "Tại hội nghị, các đại biểu đã thảo luận, chia sẻ kinh nghiệm trong công tác cảnh báo sớm, tổ chức di dời dân cư ra khỏi vùng nguy hiểm và đề xuất tăng cường lắp đặt trạm đo mưa tự động tại các xã vùng sâu, vùng xa."),
    ],
)

A["b04"] = dict(
    name="b04-sharepoint-trang-langco",
    platform="sharepoint-trang",
    url="https://tienphuoc.quangnam.gov.vn/Trang/ChiTietTinTuc.aspx?nid=4821",
    charset="utf-8",
    title="Tiên Phước bảo tồn làng cổ Lộc Yên gắn với phát triển du lịch cộng đồng",
    date=D("19/10/2022"), time="14:05",
    published_at="2022-10-19T14:05:00+07:00",
    byline=["Lê Văn Nam, Phòng Văn hóa - Thông tin"],
    author="Lê Văn Nam, Phòng Văn hóa - Thông tin",
    lead=None,
    blocks=[
        ("p", "Làng cổ Lộc Yên (xã Tiên Cảnh) hiện còn lưu giữ hơn 40 ngôi nhà cổ có niên đại từ 100 đến 200 năm tuổi, nằm ẩn mình dưới những rặng cau, vườn chè xanh mát và những bức tường đá ong rêu phong. Năm 2016, làng được Bộ Văn hóa, Thể thao và Du lịch xếp hạng là di tích kiến trúc nghệ thuật cấp quốc gia."),
        ("p", "Những năm qua, huyện đã đầu tư hơn 12 tỷ đồng để tu bổ 11 ngôi nhà cổ xuống cấp, chỉnh trang hệ thống đường làng, tường rào đá và xây dựng nhà đón tiếp khách. Người dân trong làng được vận động giữ nguyên kiến trúc truyền thống, không cơi nới, xây dựng công trình mới làm phá vỡ cảnh quan."),
        ("p", "Cùng với bảo tồn di sản vật thể, địa phương chú trọng khôi phục các giá trị văn hóa phi vật thể như hát bả trạo, hô hát bài chòi, các món ăn truyền thống bánh tráng, bánh thuẫn, mít non trộn. Nhiều hộ gia đình đã mạnh dạn mở dịch vụ homestay, trải nghiệm nấu ăn, làm bánh cùng du khách."),
        ("img", "Du khách tham quan một ngôi nhà cổ hơn 150 năm tuổi tại làng Lộc Yên."),
        ("p", "Theo thống kê của Phòng Văn hóa - Thông tin huyện, 9 tháng đầu năm 2022, làng cổ Lộc Yên đón khoảng 18.500 lượt khách, trong đó có gần 2.000 lượt khách quốc tế, doanh thu từ các dịch vụ du lịch ước đạt 3,2 tỷ đồng. Tổ hợp tác du lịch cộng đồng Lộc Yên hiện có 26 thành viên, tạo việc làm thường xuyên cho hơn 60 lao động địa phương."),
        ("q", "“Trước đây con cháu đi làm ăn xa hết, nhà cổ chỉ còn người già giữ. Giờ có khách đến tham quan, ở lại, thanh niên trong làng đã quay về làm du lịch, vừa có thu nhập vừa giữ được nếp nhà của ông bà để lại”, ông Nguyễn Văn Chánh, chủ một ngôi nhà cổ trong làng chia sẻ."),
        ("p", "Tuy nhiên, việc phát triển du lịch tại làng cổ vẫn còn những hạn chế: sản phẩm du lịch chưa đa dạng, chủ yếu phục vụ khách tham quan trong ngày; kỹ năng làm du lịch của người dân còn hạn chế; nhiều ngôi nhà cổ tiếp tục xuống cấp do chủ nhà không đủ kinh phí tu sửa."),
        ("p", "Thời gian tới, huyện Tiên Phước sẽ tập trung xây dựng đề án phát triển du lịch làng cổ Lộc Yên giai đoạn 2023 - 2030, kết nối với các điểm đến như thác Ồ Ồ, lò rèn Phú Lâm, vườn cây ăn quả Tiên Cảnh để hình thành tour trải nghiệm; đồng thời tổ chức các lớp tập huấn kỹ năng đón tiếp, ngoại ngữ giao tiếp cho người dân."),
        ("p", "Huyện cũng kiến nghị tỉnh tiếp tục hỗ trợ kinh phí tu bổ nhà cổ theo cơ chế nhà nước và nhân dân cùng làm, bảo đảm hài hòa giữa bảo tồn di sản với nhu cầu sinh hoạt chính đáng của người dân."),
    ],
)

A["b05"] = dict(
    name="b05-dnn-hocbaso",
    platform="dnn",
    url="https://sgddt.quangtri.gov.vn/Tin-tuc-su-kien/tabid/78/ArticleId/3391/Default.aspx",
    charset="utf-8",
    title="Tập huấn triển khai học bạ số cho cán bộ quản lý các trường tiểu học",
    date=D("27/10/2023"), time="10:15",
    published_at="2023-10-27T10:15:00+07:00",
    byline=["BBT"],
    author="BBT",
    lead=None,
    blocks=[
        ("p", "Trong hai ngày 25 và 26/10/2023, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn triển khai học bạ số cấp tiểu học cho hơn 350 cán bộ quản lý, giáo viên phụ trách công nghệ thông tin của 172 trường tiểu học trên địa bàn tỉnh."),
        ("p", "Tại lớp tập huấn, học viên được hướng dẫn quy trình khởi tạo, ký số và lưu trữ học bạ điện tử trên hệ thống cơ sở dữ liệu ngành; cách xử lý các trường hợp học sinh chuyển trường, điều chỉnh thông tin và kết nối dữ liệu với Cơ sở dữ liệu quốc gia về dân cư."),
        ("p", "Theo kế hoạch, từ năm học 2023 - 2024, 100% trường tiểu học trên địa bàn tỉnh triển khai học bạ số đối với học sinh lớp 1, lớp 2 và lớp 3; các lớp còn lại thực hiện từ năm học 2024 - 2025."),
    ],
)

A["b06"] = dict(
    name="b06-wordpress-khudancu-kieumau",
    platform="wordpress",
    url="https://dongson.hoanghoa.thanhhoa.gov.vn/2025/03/18/xa-dong-son-ra-mat-mo-hinh-khu-dan-cu-kieu-mau-tai-thon-trung-hoa/",
    charset="utf-8",
    title="Xã Đông Sơn ra mắt mô hình “Khu dân cư nông thôn mới kiểu mẫu” tại thôn Trung Hòa",
    date=D("18/03/2025"), time=None,
    iso="2025-03-18T08:42:17+07:00",
    published_at="2025-03-18T08:42:17+07:00",
    byline=["Hoàng Anh"],
    author="Hoàng Anh",
    lead=None,
    blocks=[
        ("p", "Sáng ngày 17/3/2025, UBND xã Đông Sơn tổ chức lễ ra mắt mô hình “Khu dân cư nông thôn mới kiểu mẫu” tại thôn Trung Hòa. Đây là thôn thứ ba của xã hoàn thành các tiêu chí khu dân cư kiểu mẫu theo Bộ tiêu chí của tỉnh giai đoạn 2021 - 2025."),
        ("p", "Thôn Trung Hòa có 286 hộ với 1.104 nhân khẩu. Để đạt chuẩn, thôn đã vận động Nhân dân hiến hơn 1.600 m² đất, tháo dỡ 420 m tường rào để mở rộng đường giao thông; bê tông hóa 100% đường ngõ xóm, lắp đặt 96 bóng đèn chiếu sáng và trồng hơn 2 km đường hoa, hàng rào xanh."),
        ("p", "Tổng kinh phí xây dựng thôn kiểu mẫu đạt trên 5,8 tỷ đồng, trong đó Nhân dân đóng góp gần 2,3 tỷ đồng cùng hàng nghìn ngày công lao động. Nhiều hộ gia đình đã chủ động chỉnh trang nhà ở, cải tạo vườn tạp, xây dựng hố xử lý rác hữu cơ tại hộ."),
        ("xt", ["Xã Đông Sơn tổ chức Hội nghị tổng kết 5 năm xây dựng nông thôn mới nâng cao",
                "Thôn Đông Thành: Điểm sáng trong phong trào hiến đất làm đường"]),
        ("p", "Về phát triển sản xuất, thôn hình thành vùng trồng rau an toàn quy mô 12 ha, liên kết tiêu thụ với hợp tác xã và các bếp ăn tập thể trong khu công nghiệp. Thu nhập bình quân đầu người của thôn năm 2024 đạt 68,5 triệu đồng/người/năm; thôn không còn hộ nghèo."),
        ("p", "Công tác bảo vệ môi trường được chú trọng với việc duy trì tổ tự quản vệ sinh môi trường, tổ chức thu gom rác thải theo lịch cố định 3 lần/tuần. Các hoạt động văn hóa, thể thao, câu lạc bộ dưỡng sinh, dân vũ được duy trì thường xuyên tại nhà văn hóa thôn."),
        ("img", "Lãnh đạo xã trao Bằng công nhận Khu dân cư nông thôn mới kiểu mẫu cho thôn Trung Hòa."),
        ("p", "Phát biểu tại buổi lễ, đồng chí Bí thư Đảng ủy xã ghi nhận, biểu dương tinh thần đoàn kết, chung sức của cán bộ và Nhân dân thôn Trung Hòa; đề nghị thôn tiếp tục giữ vững, nâng cao chất lượng các tiêu chí đã đạt, nhất là tiêu chí môi trường và an ninh trật tự, để mô hình thực sự bền vững."),
        ("p", "Dịp này, UBND xã đã khen thưởng 8 tập thể và 15 cá nhân có thành tích xuất sắc trong phong trào xây dựng khu dân cư kiểu mẫu."),
    ],
)

A["b07"] = dict(
    name="b07-wordpress-entities-nuoiong",
    platform="wordpress",
    url="https://bacquang.hagiang.gov.vn/hoi-nong-dan-huyen-tap-huan-ky-thuat-nuoi-ong-lay-mat-cho-hoi-vien/",
    charset="utf-8",
    title="Hội Nông dân huyện tập huấn kỹ thuật nuôi ong lấy mật cho hội viên",
    date=D("08/08/2023"), time="14:30",
    published_at="2023-08-08T14:30:00+07:00",
    byline=["Bài, ảnh: Thanh Bình"],
    author="Thanh Bình",
    lead=None,
    blocks=[
        ("p", "Ngày 7/8, Hội Nông dân huyện phối hợp với Trung tâm Dịch vụ nông nghiệp huyện tổ chức lớp tập huấn kỹ thuật nuôi ong lấy mật cho 45 hội viên nông dân các xã Tân Thành, Hùng An và Đồng Yên."),
        ("p", "Tại lớp học, học viên được giảng viên hướng dẫn cách chọn địa điểm đặt trại ong, kỹ thuật chia đàn, thay chúa, phòng trị bệnh thối ấu trùng và ve ký sinh; cách quay mật, bảo quản mật đúng quy trình để bảo đảm chất lượng sản phẩm."),
        ("p", "Ngoài phần lý thuyết, các hội viên còn được thực hành trực tiếp tại trại ong của gia đình anh Hoàng Văn Thụ ở thôn Nà Khương, xã Tân Thành. Hiện gia đình anh duy trì 120 đàn ong nội, mỗi năm thu khoảng 1,5 tấn mật, cho thu nhập trên 200 triệu đồng."),
        ("img", "Học viên thực hành kiểm tra cầu ong tại trại ong thôn Nà Khương."),
        ("p", "Theo Hội Nông dân huyện, với lợi thế diện tích rừng lớn và nguồn hoa phong phú từ cây ăn quả có múi, nuôi ong đang là hướng đi phù hợp, ít vốn đầu tư, giúp nhiều hộ nông dân có thêm nguồn thu nhập ổn định. Toàn huyện hiện có trên 3.800 đàn ong, sản lượng mật năm 2022 đạt khoảng 40 tấn."),
        ("p", "Sau lớp tập huấn, Hội Nông dân huyện sẽ phối hợp với Ngân hàng Chính sách xã hội huyện xem xét hỗ trợ vốn từ Quỹ Hỗ trợ nông dân để các hội viên có nhu cầu mở rộng quy mô nuôi ong, hướng tới xây dựng tổ hợp tác và sản phẩm OCOP mật ong của địa phương."),
    ],
)

A["b08"] = dict(
    name="b08-joomla-congbo-xa-moi",
    platform="joomla",
    url="https://hoabinh.phutho.gov.vn/index.php/tin-tuc-su-kien/245-xa-hoa-binh-to-chuc-le-cong-bo-nghi-quyet-thanh-lap-xa-va-cac-quyet-dinh-ve-cong-tac-can-bo",
    charset="utf-8",
    title="Xã Hòa Bình tổ chức Lễ công bố Nghị quyết thành lập xã và các quyết định về công tác cán bộ",
    date=D("01/07/2025"), time=None,
    iso="2025-07-01T08:15:32+07:00",
    published_at="2025-07-01T08:15:32+07:00",
    byline=["Văn phòng HĐND-UBND xã"],
    author="Văn phòng HĐND-UBND xã",
    lead=None,
    blocks=[
        ("p", "Sáng 30/6/2025, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Hòa Bình long trọng tổ chức Lễ công bố Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã; các quyết định thành lập Đảng bộ xã và chỉ định Ban Chấp hành, Ban Thường vụ, Bí thư, Phó Bí thư Đảng ủy xã nhiệm kỳ 2020 - 2025."),
        ("p", "Xã Hòa Bình mới được thành lập trên cơ sở nhập toàn bộ diện tích tự nhiên, quy mô dân số của các xã Hòa Sơn, Hòa Lạc và Bình Thắng, có diện tích tự nhiên 64,7 km², dân số hơn 27.500 người. Trụ sở làm việc của Đảng ủy, HĐND, UBND xã đặt tại trụ sở xã Hòa Sơn cũ."),
        ("p", "Tại buổi lễ, đại diện lãnh đạo tỉnh đã công bố các quyết định về công tác cán bộ, trong đó chỉ định đồng chí Nguyễn Thành Công giữ chức Bí thư Đảng ủy xã; đồng chí Lê Thị Hồng Nhung giữ chức Chủ tịch HĐND xã; đồng chí Phạm Đức Tài giữ chức Chủ tịch UBND xã."),
        ("p", "Phát biểu nhận nhiệm vụ, đồng chí Bí thư Đảng ủy xã cam kết sẽ cùng tập thể Ban Chấp hành Đảng bộ phát huy tinh thần đoàn kết, nhanh chóng ổn định tổ chức bộ máy, bảo đảm các hoạt động của chính quyền địa phương hai cấp vận hành thông suốt từ ngày 01/7/2025, không để gián đoạn công việc, không ảnh hưởng đến hoạt động bình thường của người dân và doanh nghiệp."),
        ("p", "Ngay sau buổi lễ, Trung tâm Phục vụ hành chính công xã chính thức đi vào hoạt động, tiếp nhận và giải quyết thủ tục hành chính cho người dân tại trụ sở chính và hai điểm tiếp nhận tại trụ sở các xã Hòa Lạc, Bình Thắng cũ."),
    ],
)

A["b09"] = dict(
    name="b09-nukeviet-truong-2011",
    platform="nukeviet",
    url="https://thcsleloi.camlo.edu.vn/news/tin-tuc-su-kien/truong-thcs-le-loi-ky-niem-42-nam-ngay-nha-giao-viet-nam-412.html",
    charset="utf-8",
    title="Trường THCS Lê Lợi kỷ niệm 42 năm Ngày Nhà giáo Việt Nam",
    date=D("19/11/2024"), time="15:47",
    published_at="2024-11-19T15:47:00+07:00",
    byline=["Nguyễn Thị Lan"],
    author="Nguyễn Thị Lan",
    lead="Sáng 19/11, Trường THCS Lê Lợi tổ chức Lễ kỷ niệm 42 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2024) và tổng kết đợt thi đua chào mừng với chủ đề “Tri ân thầy cô”.",
    blocks=[
        ("img", "Các em học sinh biểu diễn văn nghệ chào mừng Ngày Nhà giáo Việt Nam."),
        ("p", "Trong không khí trang trọng, ấm áp, các đại biểu, thầy cô giáo và học sinh nhà trường đã cùng ôn lại truyền thống vẻ vang của ngành Giáo dục Việt Nam, ý nghĩa lịch sử của Ngày Nhà giáo Việt Nam; những thành tựu nổi bật của nhà trường trong năm học 2023 - 2024."),
        ("p", "Năm học vừa qua, nhà trường có 31 học sinh đạt giải học sinh giỏi cấp huyện, 7 học sinh đạt giải cấp tỉnh; tỷ lệ học sinh tốt nghiệp THCS đạt 100%, tỷ lệ đỗ vào lớp 10 THPT công lập đứng thứ hai toàn huyện. Đội ngũ 48 cán bộ, giáo viên, nhân viên đều đạt chuẩn và trên chuẩn về trình độ đào tạo."),
        ("p", "Trong đợt thi đua chào mừng ngày 20/11, các chi đội đã có hơn 1.200 giờ học tốt, 860 bài báo tường, bài viết tri ân thầy cô; hội thi giáo viên dạy giỏi cấp trường thu hút 26 thầy cô tham gia với nhiều tiết dạy ứng dụng công nghệ thông tin hiệu quả."),
        ("img", "Lãnh đạo nhà trường trao thưởng cho các tập thể lớp có thành tích xuất sắc trong đợt thi đua."),
        ("p", "Dịp này, nhà trường đã trao thưởng cho 12 tập thể lớp và 45 học sinh đạt thành tích cao trong đợt thi đua; tặng giấy khen cho 8 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường."),
    ],
)

A["b10"] = dict(
    name="b10-drupal-tieuthu-carot",
    platform="drupal",
    url="https://socongthuong.haiduong.gov.vn/tin-tuc/ket-noi-tieu-thu-hon-1200-tan-ca-rot-cho-nong-dan-trong-vung-dich",
    charset="utf-8",
    title="Kết nối tiêu thụ hơn 1.200 tấn cà rốt cho nông dân trong vùng dịch",
    date=D("21/02/2021"), time=None,
    published_at="2021-02-21T00:00:00+07:00",
    byline=["Thu Hà"],
    author="Thu Hà",
    source="Nguồn: Báo Hải Dương",
    lead=None,
    blocks=[
        ("p", "Trong tuần qua, Sở Công Thương đã phối hợp với các hệ thống siêu thị, doanh nghiệp chế biến và các tỉnh, thành phố kết nối tiêu thụ được hơn 1.200 tấn cà rốt của nông dân thị xã Kinh Môn và huyện Cẩm Giàng, giúp người dân giảm bớt khó khăn do ảnh hưởng của dịch COVID-19."),
        ("p", "Hiện toàn tỉnh còn khoảng 6.500 tấn cà rốt, 3.000 tấn bắp cải và su hào chưa thu hoạch. Sở Công Thương đã lập danh sách các đầu mối thu mua, công khai số điện thoại đường dây nóng để doanh nghiệp, thương lái ngoài tỉnh liên hệ; đồng thời phối hợp với lực lượng chức năng cấp “luồng xanh” cho các phương tiện vận chuyển nông sản."),
        ("p", "Bên cạnh kênh tiêu thụ truyền thống, Sở hướng dẫn các hợp tác xã đưa sản phẩm lên các sàn thương mại điện tử như Postmart, Voso và tổ chức các điểm bán hàng lưu động tại Hà Nội, Hải Phòng, Quảng Ninh."),
        ("p", "Sở Công Thương khuyến cáo các địa phương, doanh nghiệp khi thu mua, vận chuyển nông sản phải thực hiện nghiêm các biện pháp phòng, chống dịch theo quy định, khai báo y tế đầy đủ và bảo đảm phương tiện được khử khuẩn trước khi ra khỏi vùng có dịch."),
    ],
)

A["b11"] = dict(
    name="b11-aspnet-font-baucu",
    platform="aspnet-table",
    url="http://yenthanh.nghean.gov.vn/TinTuc/ChiTiet.aspx?id=2187&cat=12",
    charset="utf-8",
    title="Yên Thành sẵn sàng cho cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026",
    date=D("27/04/2021"), time=None,
    published_at="2021-04-27T00:00:00+07:00",
    byline=["Trần Quang Vinh"],
    author="Trần Quang Vinh",
    source="(Theo baonghean.vn)",
    lead=None,
    blocks=[
        ("p", "Đến thời điểm này, công tác chuẩn bị cho cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 trên địa bàn huyện Yên Thành cơ bản hoàn thành theo đúng tiến độ, bảo đảm dân chủ, đúng luật."),
        ("p", "Toàn huyện có 39 đơn vị bầu cử đại biểu HĐND huyện, 137 đơn vị bầu cử đại biểu HĐND xã, thị trấn với tổng số 243 khu vực bỏ phiếu. Danh sách cử tri đã được niêm yết công khai tại trụ sở UBND các xã, thị trấn và nhà văn hóa các xóm đúng thời gian quy định."),
        ("p", "Ủy ban Bầu cử huyện đã tổ chức 3 đợt kiểm tra công tác chuẩn bị bầu cử tại các địa phương; mở lớp tập huấn nghiệp vụ cho hơn 2.100 thành viên các tổ bầu cử. Các xã, thị trấn đã hoàn thành việc trang trí khánh tiết, bố trí hòm phiếu phụ phục vụ cử tri là người già yếu, ốm đau không thể đến khu vực bỏ phiếu."),
        ("img", "Cán bộ xã Hồng Thành kiểm tra danh sách cử tri niêm yết tại nhà văn hóa xóm."),
        ("p", "Công tác thông tin, tuyên truyền được triển khai rộng khắp với nhiều hình thức phong phú như treo băng rôn, khẩu hiệu, pa nô, phát thanh trên hệ thống loa truyền thanh cơ sở, tuyên truyền lưu động. Đến nay toàn huyện đã treo 1.350 băng rôn, 420 cờ phướn và hơn 60 pa nô cổ động trực quan."),
        ("p", "Các hội nghị tiếp xúc cử tri của người ứng cử đại biểu HĐND các cấp được tổ chức nghiêm túc, bảo đảm công tác phòng, chống dịch COVID-19. Nhiều ý kiến, kiến nghị của cử tri tập trung vào các vấn đề giao thông nông thôn, giá cả vật tư nông nghiệp, chính sách đối với người có công và vệ sinh môi trường."),
        ("p", "Lực lượng công an, quân sự huyện đã xây dựng kế hoạch bảo vệ an toàn tuyệt đối cho cuộc bầu cử, chủ động nắm tình hình, kịp thời phát hiện, ngăn chặn các hành vi lợi dụng bầu cử để gây rối an ninh trật tự."),
        ("p", "Ủy ban Bầu cử huyện yêu cầu các địa phương tiếp tục rà soát danh sách cử tri, xử lý dứt điểm các trường hợp thay đổi nơi cư trú; phấn đấu tỷ lệ cử tri đi bầu đạt trên 99%, để ngày bầu cử thực sự là ngày hội của toàn dân."),
    ],
)

A["b12"] = dict(
    name="b12-classicasp-cp1258-trogiupphaply",
    platform="classic-asp",
    url="http://stp.langson.gov.vn/tintuc.asp?id=1165&cat=3",
    charset="windows-1258",
    title="Trợ giúp pháp lý lưu động cho đồng bào dân tộc thiểu số xã Bắc Xa",
    date=D("08/01/2020"), time=None,
    published_at="2020-01-08T00:00:00+07:00",
    byline=["Hoàng Thu Hằng"],
    author="Hoàng Thu Hằng",
    lead=None,
    blocks=[
        ("p", "Ngày 6/1/2020, Trung tâm Trợ giúp pháp lý nhà nước tỉnh phối hợp với UBND xã Bắc Xa, huyện Đình Lập tổ chức buổi trợ giúp pháp lý lưu động kết hợp tuyên truyền pháp luật cho gần 120 người dân là đồng bào dân tộc Dao, Tày, Nùng trên địa bàn xã."),
        ("p", "Tại buổi sinh hoạt, trợ giúp viên pháp lý đã giới thiệu những nội dung cơ bản của Luật Trợ giúp pháp lý năm 2017, các đối tượng được trợ giúp pháp lý miễn phí; phổ biến một số quy định về đất đai, hôn nhân và gia đình, phòng, chống mua bán người và phòng, chống ma túy."),
        ("p", "Người dân được giải đáp trực tiếp nhiều vướng mắc liên quan đến thủ tục cấp giấy chứng nhận quyền sử dụng đất rừng, chia thừa kế, đăng ký kết hôn, khai sinh cho con khi cha mẹ chưa đăng ký kết hôn. Đối với những vụ việc phức tạp, trợ giúp viên đã hướng dẫn người dân chuẩn bị hồ sơ để Trung tâm tiếp tục thụ lý."),
        ("p", "Kết thúc buổi trợ giúp pháp lý, Trung tâm đã cấp phát hơn 200 tờ gấp pháp luật song ngữ Việt - Dao và tiếp nhận 9 yêu cầu trợ giúp pháp lý."),
        ("p", "Năm 2019, Trung tâm Trợ giúp pháp lý nhà nước tỉnh đã thực hiện 312 vụ việc trợ giúp pháp lý, trong đó có 108 vụ việc tham gia tố tụng; tổ chức 46 đợt trợ giúp pháp lý lưu động tại các xã đặc biệt khó khăn."),
    ],
)

A["b13"] = dict(
    name="b13-jsonld-thanhtoan-khongtienmat",
    platform="modern-jsonld",
    url="https://binhdinh.gov.vn/tin-tuc/chuyen-doi-so/binh-dinh-day-manh-thanh-toan-khong-dung-tien-mat-trong-giai-quyet-thu-tuc-hanh-chinh-a12874.html",
    charset="utf-8",
    title="Bình Định đẩy mạnh thanh toán không dùng tiền mặt trong giải quyết thủ tục hành chính",
    date=D("12/11/2024"), time="16:20",
    iso="2024-11-12T16:20:41+07:00",
    published_at="2024-11-12T16:20:41+07:00",
    byline=["Ngọc Bích"],
    author="Ngọc Bích",
    source="Nguồn: Sở Thông tin và Truyền thông",
    lead="Đến hết tháng 10/2024, tỷ lệ hồ sơ thủ tục hành chính có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến trên địa bàn tỉnh đạt 46,8%, tăng gấp hơn ba lần so với cùng kỳ năm trước.",
    blocks=[
        ("p", "Thực hiện Đề án 06 của Chính phủ, thời gian qua tỉnh đã triển khai đồng bộ nhiều giải pháp thúc đẩy thanh toán không dùng tiền mặt trong giải quyết thủ tục hành chính. Tại Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa các cấp, 100% quầy tiếp nhận đã được trang bị mã QR thanh toán phí, lệ phí."),
        ("img", "Người dân quét mã QR thanh toán lệ phí tại Trung tâm Phục vụ hành chính công tỉnh."),
        ("p", "Theo số liệu của Sở Thông tin và Truyền thông, kết quả thanh toán trực tuyến ở một số lĩnh vực như sau:"),
        ("table", [["Lĩnh vực", "Số giao dịch", "Tỷ lệ thanh toán trực tuyến"],
                   ["Đăng ký doanh nghiệp", "5.412", "78,2%"],
                   ["Cấp phiếu lý lịch tư pháp", "9.870", "61,5%"],
                   ["Đất đai", "21.306", "32,4%"],
                   ["Hộ tịch", "14.558", "44,9%"]]),
        ("p", "Bên cạnh dịch vụ công, thanh toán không dùng tiền mặt đã được mở rộng sang các lĩnh vực giáo dục, y tế và dịch vụ điện, nước. Đến nay, 98% trường học trên địa bàn tỉnh đã thu học phí không dùng tiền mặt; 16/18 bệnh viện công lập triển khai thanh toán viện phí qua mã QR và thẻ ngân hàng."),
        ("h", "Còn nhiều dư địa để phát triển"),
        ("p", "Dù đạt được kết quả tích cực, tỷ lệ thanh toán trực tuyến ở khu vực nông thôn, miền núi vẫn còn thấp. Nhiều người dân, nhất là người cao tuổi, còn e ngại rủi ro khi thanh toán trên môi trường mạng hoặc chưa có tài khoản ngân hàng."),
        ("p", "Để nâng cao hiệu quả, Sở Thông tin và Truyền thông đề xuất một số giải pháp trọng tâm:"),
        ("ol", ["Tăng cường tuyên truyền, hướng dẫn người dân mở tài khoản, sử dụng ứng dụng ngân hàng số và VNeID;",
                "Phát huy vai trò của tổ công nghệ số cộng đồng tại thôn, khu phố trong hỗ trợ người dân thanh toán trực tuyến;",
                "Đề nghị các ngân hàng thương mại miễn, giảm phí giao dịch đối với các khoản thanh toán phí, lệ phí thủ tục hành chính;",
                "Đưa chỉ tiêu thanh toán trực tuyến vào tiêu chí đánh giá, xếp loại thi đua của các cơ quan, địa phương."]),
        ("p", "Mục tiêu đến hết năm 2024, tỉnh phấn đấu tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính đạt trên 50%, góp phần xây dựng chính quyền số, kinh tế số và xã hội số."),
    ],
)

A["b14"] = dict(
    name="b14-divsoup-thocam",
    platform="viettel-divsoup",
    url="https://mucangchai.yenbai.gov.vn/tin-tuc/chi-tiet?id=58214&cm=hoat-dong-cac-doan-the",
    charset="utf-8",
    title="Hội LHPN huyện Mù Cang Chải duy trì hiệu quả tổ hợp tác dệt thổ cẩm",
    date=D("15/08/2024"), time="07:05:12",
    published_at="2024-08-15T07:05:12+07:00",
    byline=["Lương Thị Hạnh (Hội LHPN huyện)"],
    author="Lương Thị Hạnh (Hội LHPN huyện)",
    lead=None,
    blocks=[
        ("p", "Những năm qua, Hội Liên hiệp Phụ nữ huyện đã vận động, hỗ trợ hội viên phụ nữ dân tộc Mông thành lập tổ hợp tác dệt thổ cẩm tại bản Lìm Mông, xã Cao Phạ, góp phần bảo tồn nghề truyền thống và tạo thêm thu nhập cho chị em lúc nông nhàn."),
        ("p", "Tổ hợp tác hiện có 32 thành viên, sản xuất các sản phẩm như váy áo, túi xách, khăn quàng, đệm ghế từ vải lanh nhuộm chàm và vẽ sáp ong. Mỗi tháng, tổ làm ra khoảng 300 sản phẩm, thu nhập bình quân của mỗi thành viên đạt từ 3 đến 4 triệu đồng."),
        ("img", "Phụ nữ bản Lìm Mông vẽ sáp ong trên vải lanh."),
        ("p", "Chị Sùng Thị Dợ, tổ trưởng tổ hợp tác cho biết, trước đây chị em chỉ dệt vải để may trang phục cho gia đình. Từ khi được Hội Phụ nữ hỗ trợ máy may, kết nối với các công ty du lịch và cửa hàng lưu niệm, sản phẩm của tổ đã có mặt ở Hà Nội, Lào Cai và cả khách du lịch nước ngoài."),
        ("p", "Để mô hình phát triển bền vững, Hội LHPN huyện đã phối hợp mở 4 lớp dạy nghề may, thêu cho 120 phụ nữ; hướng dẫn chị em đăng bán sản phẩm trên các trang mạng xã hội và sàn thương mại điện tử. Năm 2024, sản phẩm khăn thổ cẩm của tổ được công nhận sản phẩm OCOP 3 sao cấp tỉnh."),
        ("p", "Thời gian tới, Hội LHPN huyện tiếp tục nhân rộng mô hình ra các xã Chế Tạo, Nậm Khắt, gắn với phát triển du lịch cộng đồng, góp phần thực hiện Dự án 8 “Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em” thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi."),
    ],
)

A["b15"] = dict(
    name="b15-bangso-thiethai-bao3",
    platform="aspnet-mvc",
    url="https://snnptnt.tuyenquang.gov.vn/tin-tuc/phong-chong-thien-tai/tong-hop-thiet-hai-do-con-bao-so-3-va-mua-lu-sau-bao-tinh-den-17-gio-ngay-10-9-2024-3120.html",
    charset="utf-8",
    title="Tổng hợp thiệt hại do cơn bão số 3 và mưa lũ sau bão trên địa bàn tỉnh (tính đến 17 giờ ngày 10/9/2024)",
    date=D("10/09/2024"), time="17:45",
    published_at="2024-09-10T17:45:00+07:00",
    byline=None,
    author=None,
    lead=None,
    blocks=[
        ("p", "Thực hiện chế độ báo cáo, Văn phòng Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh tổng hợp tình hình thiệt hại do ảnh hưởng của cơn bão số 3 (bão Yagi) và hoàn lưu sau bão trên địa bàn tỉnh, tính đến 17 giờ ngày 10/9/2024 như sau:"),
        ("table", [["STT", "Đơn vị", "Nhà bị hư hỏng, tốc mái (cái)", "Nhà bị sạt lở, ngập nước (cái)", "Lúa, hoa màu bị thiệt hại (ha)", "Đường giao thông bị sạt lở (điểm)"],
                   ["1", "Thành phố Tuyên Quang", "356", "1.245", "412,5", "18"],
                   ["2", "Huyện Lâm Bình", "87", "64", "156,0", "42"],
                   ["3", "Huyện Na Hang", "142", "203", "287,3", "57"],
                   ["4", "Huyện Chiêm Hóa", "318", "526", "1.032,8", "64"],
                   ["5", "Huyện Hàm Yên", "264", "391", "845,6", "49"],
                   ["6", "Huyện Yên Sơn", "401", "872", "1.206,4", "73"],
                   ["7", "Huyện Sơn Dương", "233", "158", "694,1", "38"],
                   ["", "Tổng cộng", "1.801", "3.459", "4.634,7", "341"]]),
        ("p", "Ghi chú: Số liệu đang tiếp tục được các địa phương rà soát, cập nhật."),
        ("p", "Về người: 3 người bị thương nhẹ do cây đổ, hiện sức khỏe đã ổn định. Lực lượng chức năng đang tiếp tục rà soát, thống kê thiệt hại và hỗ trợ các hộ dân bị ảnh hưởng."),
        ("p", "Mực nước sông Lô tại thành phố Tuyên Quang lúc 17 giờ đạt 26,45 m, trên báo động III 0,45 m và đang lên chậm. Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh đề nghị các địa phương tiếp tục theo dõi chặt chẽ diễn biến mưa lũ, sơ tán người dân ra khỏi khu vực nguy hiểm, tuyệt đối không để người dân qua lại các ngầm tràn, khu vực ngập sâu."),
    ],
)

A["b16"] = dict(
    name="b16-emagazine-danvankheo",
    platform="emagazine",
    url="https://bantuyengiaodanvan.dienbien.org.vn/emagazine/dan-van-kheo-suc-lan-toa-tu-nhung-ban-lang-vung-cao-2417.htm",
    charset="utf-8",
    title="Dân vận khéo – sức lan tỏa từ những bản làng vùng cao",
    date=D("19/05/2025"), time="06:00",
    iso="2025-05-19T06:00:00+07:00",
    published_at="2025-05-19T06:00:00+07:00",
    byline=["Bài và ảnh: Minh Khang"],
    author="Minh Khang",
    lead="Từ những bản làng xa xôi nơi biên cương Tổ quốc, phong trào thi đua “Dân vận khéo” đã và đang thấm sâu vào từng nếp nhà, trở thành động lực để đồng bào các dân tộc chung sức xây dựng quê hương ngày càng no ấm.",
    blocks=[
        ("h", "Khi cán bộ “ba cùng” với dân"),
        ("p", "Sáng sớm, sương mù còn bảng lảng trên những triền núi, đồng chí Lò Văn Thanh, Bí thư Chi bộ bản Huổi Lóng đã có mặt ở nhà văn hóa bản để cùng bà con bàn việc làm đường lên khu sản xuất. Con đường dài gần 3 km, trước đây chỉ là lối mòn, mùa mưa trơn trượt, việc vận chuyển ngô, sắn xuống bản phải trông cả vào sức người."),
        ("p", "“Muốn dân nghe thì mình phải làm trước. Nhà tôi hiến 300 m² đất vườn, các đảng viên trong chi bộ cũng người hiến đất, người góp công, thế là bà con tự nguyện làm theo”, anh Thanh kể. Chỉ sau hơn hai tháng, con đường đã được bê tông hóa với sự đóng góp của 86 hộ dân cùng nguồn hỗ trợ xi măng của Nhà nước."),
        ("p", "Câu chuyện ở Huổi Lóng là một trong hàng trăm mô hình “Dân vận khéo” được xây dựng trên địa bàn tỉnh những năm gần đây. Điểm chung của các mô hình là cán bộ, đảng viên thực sự gần dân, hiểu dân, thực hiện phương châm “ba cùng”: cùng ăn, cùng ở, cùng làm với Nhân dân, từ đó khơi dậy ý chí tự lực, tự cường của đồng bào."),
        ("img", "Người dân bản Huổi Lóng cùng cán bộ xã làm đường bê tông lên khu sản xuất."),
        ("p", "Theo Ban Tuyên giáo và Dân vận Tỉnh ủy, giai đoạn 2021 - 2025, toàn tỉnh đã xây dựng, duy trì hơn 1.300 mô hình, điển hình “Dân vận khéo” trên các lĩnh vực, trong đó lĩnh vực kinh tế chiếm trên 40%. Nhiều mô hình được công nhận, khen thưởng cấp tỉnh và cấp Trung ương."),
        ("p", "Cùng với việc xây dựng mô hình, công tác dân vận của chính quyền được chú trọng. Cán bộ, công chức cấp xã được yêu cầu nói đi đôi với làm, giải quyết công việc của dân nhanh gọn, đúng hẹn; các cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân được tổ chức định kỳ, giúp tháo gỡ kịp thời nhiều vướng mắc ngay từ cơ sở."),
        ("p", "Ở nhiều bản, những buổi sinh hoạt chi bộ được tổ chức ngay tại nhà văn hóa, có sự tham dự của người có uy tín và đại diện các hộ gia đình. Những việc lớn của bản như làm đường, quy hoạch khu sản xuất, xây dựng hương ước đều được đưa ra bàn bạc công khai, dân chủ, “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”."),
        ("h", "Đổi thay từ những việc làm cụ thể"),
        ("p", "Ở xã Mường Phăng, nơi có nhiều hộ đồng bào Thái trồng cà phê, mô hình “Dân vận khéo trong phát triển cà phê đặc sản” đã giúp người dân thay đổi tập quán canh tác. Trước kia, bà con thu hái cả quả xanh lẫn quả chín, phơi trên nền đất nên giá bán thấp, thu nhập bấp bênh."),
        ("p", "Cán bộ khuyến nông, cán bộ Hội Nông dân xã đã về từng nhà hướng dẫn kỹ thuật hái chọn quả chín, sơ chế ướt, phơi trên giàn. Hợp tác xã được thành lập, ký hợp đồng bao tiêu với doanh nghiệp chế biến. Đến nay, giá cà phê nhân của bà con tăng gần gấp đôi so với trước, nhiều hộ có thu nhập từ 150 đến 200 triệu đồng mỗi năm."),
        ("img", "Cà phê đặc sản của đồng bào Thái ở Mường Phăng được sơ chế trên giàn phơi theo đúng kỹ thuật."),
        ("p", "Tại các xã vùng biên Mường Nhé, Mường Chà, lực lượng bộ đội biên phòng với mô hình “Nâng bước em tới trường”, “Con nuôi đồn biên phòng” đã trở thành điểm tựa của nhiều gia đình khó khăn. Những người lính quân hàm xanh không chỉ giữ bình yên nơi biên giới mà còn là thầy giáo, thầy thuốc, là người con của bản."),
        ("q", "“Ngày trước, nhà tôi nghèo lắm, các con không được đi học đầy đủ. Từ khi có bộ đội biên phòng nhận đỡ đầu, cháu lớn nhà tôi đã học hết lớp 12, giờ đang học trường cao đẳng y tế ở thành phố”, chị Giàng Thị Mỷ, bản Nậm Pố xúc động chia sẻ."),
        ("p", "Ở lĩnh vực xây dựng nông thôn mới, nhiều địa phương đã vận động Nhân dân hiến hàng chục nghìn mét vuông đất, đóng góp hàng nghìn ngày công để làm đường, xây nhà văn hóa, kênh mương nội đồng. Không ít thôn, bản vùng cao từ chỗ “trắng” tiêu chí đã trở thành khu dân cư kiểu mẫu, sáng, xanh, sạch, đẹp."),
        ("p", "Phong trào cũng lan tỏa mạnh mẽ trong khối cơ quan nhà nước. Nhiều sở, ngành đã gắn “Dân vận khéo” với cải cách thủ tục hành chính, nâng cao chỉ số hài lòng của người dân và doanh nghiệp; cán bộ tiếp dân niềm nở, hướng dẫn tận tình, không để người dân phải đi lại nhiều lần."),
        ("p", "Công tác dân vận cũng góp phần quan trọng trong việc giữ vững ổn định chính trị, trật tự an toàn xã hội ở vùng đồng bào dân tộc thiểu số. Thông qua đội ngũ người có uy tín, các chức sắc, chức việc tôn giáo, chính quyền các cấp đã kịp thời nắm bắt tâm tư, nguyện vọng của Nhân dân, vận động bà con không nghe theo kẻ xấu, không tham gia tổ chức bất hợp pháp, không di cư tự do."),
        ("p", "Năm 2024, toàn tỉnh có hơn 1.100 người có uy tín được cấp ủy, chính quyền tôn vinh, cung cấp thông tin và hỗ trợ theo chính sách. Nhiều người đã trở thành “cánh tay nối dài” của chính quyền trong việc tuyên truyền, hòa giải các mâu thuẫn nhỏ ngay tại bản, không để phát sinh điểm nóng."),
        ("p", "Đặc biệt, công tác vận động đồng bào xóa bỏ hủ tục trong việc cưới, việc tang đã đạt được kết quả rõ nét. Nhiều bản đã đưa nội dung thực hiện nếp sống văn minh vào hương ước, quy ước; tục thách cưới, tổ chức tang lễ kéo dài nhiều ngày từng bước được loại bỏ, giảm gánh nặng chi phí cho các gia đình."),
        ("h", "Đổi mới phương thức trong giai đoạn mới"),
        ("p", "Từ ngày 01/3/2025, Ban Tuyên giáo Tỉnh ủy và Ban Dân vận Tỉnh ủy hợp nhất thành Ban Tuyên giáo và Dân vận Tỉnh ủy. Việc hợp nhất đặt ra yêu cầu mới trong việc kết hợp chặt chẽ giữa công tác tuyên truyền và công tác vận động quần chúng, bảo đảm thông tin đến với Nhân dân kịp thời, chính xác, dễ hiểu."),
        ("p", "Trước yêu cầu sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, công tác dân vận được xác định là nhiệm vụ “đi trước một bước”. Các cấp ủy chỉ đạo tổ chức hàng trăm buổi tuyên truyền, lấy ý kiến cử tri về chủ trương sắp xếp; tỷ lệ cử tri đồng ý tại hầu hết các xã đạt trên 95%."),
        ("p", "Bên cạnh phương thức truyền thống, nhiều địa phương đã ứng dụng mạng xã hội, nhóm Zalo thôn, bản để thông tin, tuyên truyền và tiếp nhận phản ánh của người dân. Mô hình “Dân vận số” ở một số xã giúp cán bộ nắm bắt tình hình nhanh hơn, người dân cũng dễ dàng phản ánh những vấn đề bức xúc ngay tại cơ sở."),
        ("q", "“Dân vận bây giờ không chỉ là đến từng nhà mà còn phải có mặt trên không gian mạng. Người dân hỏi trên nhóm Zalo của bản, cán bộ phải trả lời ngay, việc gì chưa giải quyết được thì hẹn ngày cụ thể”, đồng chí Vừ A Dế, Bí thư Đảng ủy xã Sín Thầu chia sẻ."),
        ("p", "Trao đổi về định hướng thời gian tới, lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy cho biết, Ban sẽ tiếp tục tham mưu cấp ủy đổi mới nội dung, phương thức công tác dân vận phù hợp với mô hình tổ chức mới; nâng cao chất lượng phong trào thi đua “Dân vận khéo”, tránh hình thức, chạy theo số lượng; chú trọng phát hiện, biểu dương, nhân rộng các điển hình tiên tiến ở cơ sở."),
        ("img", "Hội nghị biểu dương điển hình “Dân vận khéo” tỉnh năm 2024."),
        ("p", "Đồng thời, Ban sẽ tăng cường công tác nắm tình hình Nhân dân, nhất là ở vùng đồng bào dân tộc thiểu số, vùng biên giới; phát huy vai trò của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong giám sát, phản biện xã hội, góp ý xây dựng Đảng, xây dựng chính quyền trong sạch, vững mạnh."),
        ("p", "Những mô hình “Dân vận khéo” từ bản làng vùng cao hôm nay không chỉ mang lại những con đường mới, những vườn cà phê trĩu quả hay những ngôi trường khang trang. Điều quý giá hơn cả là niềm tin của Nhân dân vào Đảng, vào chính quyền được củng cố, bồi đắp từ chính những việc làm cụ thể, thiết thực hằng ngày."),
        ("p", "Để làm được điều đó, mỗi cán bộ, đảng viên cần thấm nhuần lời dạy của Chủ tịch Hồ Chí Minh: “Dễ trăm lần không dân cũng chịu, khó vạn lần dân liệu cũng xong”, lấy hiệu quả công việc và sự hài lòng của Nhân dân làm thước đo."),
    ],
)

A["b17"] = dict(
    name="b17-jsp-latin1label-quatet",
    platform="jsp-portal",
    url="https://thanhlam.nhuxuan.thanhhoa.gov.vn/portal/news/detail.jsp?id=10452&catid=7",
    charset="iso-8859-1",
    title="Xã Thanh Lâm trao 150 suất quà Tết cho hộ nghèo, gia đình chính sách",
    date=D("16/01/2025"), time="10:02",
    published_at="2025-01-16T10:02:00+07:00",
    byline=None,
    author=None,
    lead=None,
    blocks=[
        ("img", None),
        ("p", "Sáng 15/1, UBND xã Thanh Lâm phối hợp với Ủy ban MTTQ xã tổ chức trao 150 suất quà Tết Nguyên đán Ất Tỵ 2025 cho các hộ nghèo, hộ cận nghèo, gia đình chính sách có hoàn cảnh khó khăn trên địa bàn. Mỗi suất quà gồm 500.000 đồng tiền mặt và các nhu yếu phẩm, tổng trị giá hơn 105 triệu đồng, được trích từ Quỹ “Vì người nghèo” của xã và sự đóng góp của các doanh nghiệp, nhà hảo tâm."),
        ("p", "Dịp này, lãnh đạo xã cũng đã đến thăm, tặng quà 12 gia đình người có công tiêu biểu và các cụ cao tuổi neo đơn, chúc các gia đình đón Tết vui tươi, đầm ấm."),
    ],
)

A["b18"] = dict(
    name="b18-bom-dangbo-huyhieu",
    platform="party-php",
    url="https://dangbo.tanphong.quangninh.org.vn/tin-tuc/dang-uy-xa-tan-phong-trao-huy-hieu-dang-dot-3-2-cho-42-dang-vien-1187.html",
    charset="utf-8",
    title="Đảng ủy xã Tân Phong trao Huy hiệu Đảng đợt 3/2 cho 42 đảng viên",
    date=D("03/02/2026"), time="08:00",
    published_at="2026-02-03T08:00:00+07:00",
    byline=["Thanh Tùng"],
    author="Thanh Tùng",
    source="Nguồn: Đảng ủy xã Tân Phong",
    lead=None,
    blocks=[
        ("p", "Chiều 2/2, Đảng ủy xã Tân Phong tổ chức Lễ kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026) và trao tặng Huy hiệu Đảng đợt 3/2 cho 42 đảng viên."),
        ("p", "Tại buổi lễ, các đại biểu đã ôn lại chặng đường lịch sử vẻ vang 96 năm Đảng Cộng sản Việt Nam lãnh đạo cách mạng Việt Nam; khẳng định những thành tựu to lớn, có ý nghĩa lịch sử của đất nước sau 40 năm đổi mới và những kết quả nổi bật của Đảng bộ xã sau hơn nửa năm vận hành mô hình chính quyền địa phương hai cấp."),
        ("p", "Trong đợt này, có 2 đồng chí được trao Huy hiệu 75 năm tuổi Đảng, 5 đồng chí được trao Huy hiệu 65 năm tuổi Đảng, 9 đồng chí được trao Huy hiệu 55 năm tuổi Đảng, 11 đồng chí được trao Huy hiệu 45 năm tuổi Đảng và 15 đồng chí được trao Huy hiệu 30 năm tuổi Đảng."),
        ("img", "Đồng chí Bí thư Đảng ủy xã trao Huy hiệu 75 năm tuổi Đảng cho các đảng viên lão thành."),
        ("p", "Thay mặt Ban Chấp hành Đảng bộ xã, đồng chí Bí thư Đảng ủy xã chúc mừng các đảng viên vinh dự được nhận Huy hiệu Đảng; mong các đồng chí tiếp tục giữ gìn phẩm chất, đạo đức cách mạng, là tấm gương sáng cho các thế hệ đảng viên trẻ noi theo, tích cực tham gia xây dựng Đảng, chính quyền ở cơ sở."),
        ("p", "Phát biểu cảm tưởng, đồng chí Lê Văn Cẩn, 95 tuổi, đảng viên Chi bộ thôn Đông, xúc động bày tỏ niềm vinh dự, tự hào khi nhận Huy hiệu 75 năm tuổi Đảng và hứa sẽ luôn giữ vững niềm tin, tiếp tục động viên con cháu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước."),
    ],
)

A["b19"] = dict(
    name="b19-huyen-cu-nghecoi",
    platform="egov-district",
    url="https://ngason.thanhhoa.gov.vn/web/trang-chu/tin-tuc-su-kien/kinh-te/nga-son-so-ket-3-nam-thuc-hien-de-an-phat-trien-vung-nguyen-lieu-coi.html",
    charset="utf-8",
    title="Nga Sơn sơ kết 3 năm thực hiện Đề án phát triển vùng nguyên liệu cói gắn với nghề thủ công truyền thống",
    date=D("22/05/2024"), time=None,
    published_at="2024-05-22T00:00:00+07:00",
    byline=["Thu Trang – Trung tâm VHTT&TT huyện"],
    author="Thu Trang – Trung tâm VHTT&TT huyện",
    lead=None,
    blocks=[
        ("p", "Ngày 21/5, UBND huyện Nga Sơn tổ chức hội nghị sơ kết 3 năm thực hiện Đề án phát triển vùng nguyên liệu cói gắn với nghề thủ công truyền thống giai đoạn 2021 - 2025. Dự hội nghị có đại diện Sở Nông nghiệp và PTNT, Sở Công Thương, lãnh đạo các phòng, ban của huyện và đại diện các doanh nghiệp, hợp tác xã sản xuất hàng thủ công mỹ nghệ."),
        ("spacer",),
        ("p", "Sau 3 năm triển khai, diện tích trồng cói toàn huyện được duy trì ổn định ở mức 620 ha, tập trung tại các xã Nga Tân, Nga Thủy, Nga Liên; năng suất cói bình quân đạt 14 tấn/ha/năm. Trong đó, 180 ha được áp dụng quy trình canh tác cói theo hướng an toàn, liên kết bao tiêu sản phẩm với doanh nghiệp."),
        ("p", "Toàn huyện hiện có 6 doanh nghiệp, 9 hợp tác xã và hơn 1.200 hộ gia đình tham gia sản xuất, kinh doanh các mặt hàng từ cói, tạo việc làm cho khoảng 8.500 lao động, chủ yếu là lao động nữ, lao động cao tuổi với mức thu nhập từ 3,5 đến 5 triệu đồng/người/tháng. Giá trị sản xuất ngành cói năm 2023 ước đạt 420 tỷ đồng."),
        ("img", "Quang cảnh hội nghị."),
        ("p", "Nhiều sản phẩm như chiếu cói, làn cói, thảm cói, hộp đựng đồ thủ công đã được xuất khẩu sang thị trường Nhật Bản, Hàn Quốc, châu Âu. Huyện có 5 sản phẩm từ cói được công nhận sản phẩm OCOP từ 3 sao trở lên."),
        ("p", "Tuy nhiên, hội nghị cũng chỉ ra những khó khăn như giá cói nguyên liệu bấp bênh, diện tích trồng cói có xu hướng giảm do chuyển đổi sang nuôi trồng thủy sản; lực lượng lao động trẻ ít gắn bó với nghề; mẫu mã sản phẩm chưa đa dạng, khả năng tiếp cận thị trường của các cơ sở nhỏ lẻ còn hạn chế."),
        ("p", "Để thực hiện thắng lợi mục tiêu của Đề án đến năm 2025, hội nghị thống nhất một số nhiệm vụ trọng tâm:"),
        ("p", "1. Quy hoạch ổn định vùng nguyên liệu cói tối thiểu 600 ha, khuyến khích tích tụ ruộng đất, cơ giới hóa khâu thu hoạch và sơ chế."),
        ("p", "2. Hỗ trợ doanh nghiệp, hợp tác xã đổi mới thiết kế, đa dạng hóa sản phẩm, xây dựng nhãn hiệu tập thể “Cói Nga Sơn”."),
        ("p", "3. Mở các lớp đào tạo nghề thủ công mỹ nghệ cho lao động nông thôn, ưu tiên lao động nữ và thanh niên."),
        ("p", "4. Đẩy mạnh xúc tiến thương mại, quảng bá sản phẩm trên các nền tảng thương mại điện tử, gắn với phát triển du lịch làng nghề."),
        ("spacer",),
        ("p", "Dịp này, UBND huyện đã tặng giấy khen cho 7 tập thể và 10 cá nhân có thành tích xuất sắc trong thực hiện Đề án."),
    ],
)

A["b20"] = dict(
    name="b20-dnn-easydnn-soyte-sxh",
    platform="dnn",
    url="https://soyte.khanhhoa.gov.vn/tin-tuc/ArtMID/1208/ArticleID/9734/Khuyen-cao-nguoi-dan-chu-dong-phong-chong-benh-sot-xuat-huyet-trong-mua-mua",
    charset="utf-8",
    title="Khuyến cáo người dân chủ động phòng, chống bệnh sốt xuất huyết trong mùa mưa",
    date=D("05/09/2025"), time=None,
    published_at="2025-09-05T00:00:00+07:00",
    byline=["Bùi Thị Hạnh"],
    author="Bùi Thị Hạnh",
    lead="Từ đầu năm đến nay, toàn tỉnh ghi nhận 2.146 ca mắc sốt xuất huyết, tăng 18% so với cùng kỳ năm 2024. Ngành Y tế dự báo số ca mắc tiếp tục tăng trong những tháng mùa mưa.",
    blocks=[
        ("p", "Theo Trung tâm Kiểm soát bệnh tật tỉnh, các ca mắc tập trung chủ yếu tại các phường trung tâm và các xã ven biển có mật độ dân cư đông, nhiều dụng cụ chứa nước sinh hoạt. Qua giám sát, chỉ số véc-tơ truyền bệnh tại nhiều khu dân cư vượt ngưỡng nguy cơ, đặc biệt là chỉ số Breteau (BI) ở một số điểm lên đến 45 - 60."),
        ("p", "Sốt xuất huyết là bệnh truyền nhiễm cấp tính do vi rút Dengue gây ra, lây truyền qua muỗi vằn. Bệnh hiện chưa có thuốc điều trị đặc hiệu và chưa có vắc xin phòng bệnh được sử dụng rộng rãi trong chương trình tiêm chủng mở rộng; vì vậy biện pháp phòng bệnh hiệu quả nhất là diệt muỗi, diệt bọ gậy (lăng quăng), phòng muỗi đốt."),
        ("h", "Sở Y tế khuyến cáo người dân thực hiện tốt các biện pháp sau:"),
        ("ul", ["Đậy kín tất cả các dụng cụ chứa nước để muỗi không vào đẻ trứng; thả cá hoặc sử dụng hóa chất diệt bọ gậy theo hướng dẫn của ngành Y tế.",
                "Hằng tuần thu gom, hủy các vật dụng phế thải, lật úp các dụng cụ chứa nước không sử dụng; thay nước bình hoa, máng nước chăn nuôi.",
                "Ngủ màn kể cả ban ngày, mặc quần áo dài tay, sử dụng kem xua muỗi để phòng muỗi đốt.",
                "Phối hợp với ngành Y tế trong các đợt phun hóa chất diệt muỗi phòng, chống dịch."]),
        ("p", "Khi có các dấu hiệu sốt cao đột ngột, đau đầu, đau cơ, phát ban hoặc chảy máu chân răng, chảy máu cam, người dân cần đến ngay cơ sở y tế để được khám, tư vấn và điều trị kịp thời; tuyệt đối không tự ý điều trị tại nhà."),
        ("q", "“Giai đoạn nguy hiểm nhất của bệnh thường từ ngày thứ 3 đến ngày thứ 7 của bệnh, khi người bệnh đã hạ sốt nhưng có thể xuất hiện sốc, xuất huyết nặng. Người dân không nên chủ quan khi thấy hết sốt mà cần tiếp tục theo dõi sát và tái khám đúng hẹn”, BSCKII Trần Minh Tâm, Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh khuyến cáo."),
        ("img", "Cán bộ y tế phường hướng dẫn người dân diệt bọ gậy trong các dụng cụ chứa nước."),
        ("p", "Hiện ngành Y tế đã chỉ đạo các bệnh viện chuẩn bị đầy đủ thuốc, dịch truyền, giường bệnh để tiếp nhận, điều trị bệnh nhân; tổ chức tập huấn phác đồ chẩn đoán, điều trị sốt xuất huyết cho nhân viên y tế tuyến xã và tăng cường giám sát, xử lý triệt để ổ dịch ngay khi phát hiện."),
    ],
)


# ---------------------------------------------------------------- templates

def menu_ul(items, cls="", sub_cls="dropdown-menu", href=lambda t: "/" + slug(t)):
    out = ['<ul class="%s">' % cls]
    for it in items:
        if isinstance(it, tuple):
            t, subs = it
            out.append('<li class="dropdown"><a href="%s">%s</a><ul class="%s">' % (href(t), e(t), sub_cls))
            for s in subs:
                out.append('<li><a href="%s">%s</a></li>' % (href(s), e(s)))
            out.append("</ul></li>")
        else:
            out.append('<li><a href="%s">%s</a></li>' % (href(it), e(it)))
    out.append("</ul>")
    return "\n".join(out)


PROV_MENU = [
    "Trang chủ",
    ("Giới thiệu", ["Chức năng, nhiệm vụ", "Cơ cấu tổ chức", "Lãnh đạo đơn vị", "Lịch sử hình thành"]),
    ("Tin tức - Sự kiện", ["Tin hoạt động", "Tin trong tỉnh", "Tin trong nước", "Chuyển đổi số", "Cải cách hành chính"]),
    ("Văn bản", ["Văn bản quy phạm pháp luật", "Văn bản chỉ đạo điều hành", "Dự thảo văn bản", "Văn bản hướng dẫn"]),
    ("Thủ tục hành chính", ["Bộ thủ tục hành chính", "Dịch vụ công trực tuyến", "Tra cứu hồ sơ", "Đánh giá mức độ hài lòng"]),
    ("Thông tin công khai", ["Công khai ngân sách", "Quy hoạch - Kế hoạch", "Đấu thầu - Mua sắm công", "Thống kê"]),
    "Hỏi đáp",
    "Liên hệ",
]

LINKED_SITES = [
    "Cổng Thông tin điện tử Chính phủ", "Cổng Dịch vụ công quốc gia", "Bộ Nông nghiệp và Môi trường",
    "Bộ Nội vụ", "Báo Nhân Dân", "Báo điện tử Đảng Cộng sản Việt Nam", "Cổng thông tin điện tử tỉnh",
    "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "Thư điện tử công vụ",
]


def t01(a):
    rnd = random.Random(101)
    today = D("22/03/2022")
    rel = related(rnd, a["date"], 10)
    imgs = ["/documents/1246811/0/lua-xuan-1.jpg", "/documents/1246811/0/kiem-tra-sau-benh.jpg"]

    def IMG(cap, i):
        return ('<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:600px">\n<tbody>\n'
                '<tr><td><img alt="" src="%s" style="width: 600px; height: 400px;" /></td></tr>\n'
                '<tr><td style="text-align: center;"><span style="font-size:12px;"><em>%s</em></span></td></tr>\n'
                '</tbody>\n</table>') % (imgs[i - 1], e(cap))

    body = render(
        a["blocks"],
        P=lambda t: '<p style="text-align: justify;">%s</p>' % nbs(t, rnd),
        H=lambda t: '<p style="text-align: justify;"><strong>%s</strong></p>' % e(t),
        IMG=IMG,
    )
    rel_html = "\n".join(
        '<li><a href="/web/snnptnt/tin-tuc-su-kien/-/asset_publisher/Xk2Pq9RtAbCd/content/%s">%s</a> <span class="date">(%s)</span></li>'
        % (slug(t), e(t), dmy(d)) for t, d in rel)
    vb = "\n".join('<li><a href="/van-ban/%d">%s</a><p>%s %d</p><span>Ngày ban hành: %s</span></li>'
                   % (i, e(s), e(d), a["date"].year, dmy(a["date"] - dt.timedelta(days=3 * i + 2)))
                   for i, (s, d) in enumerate(VANBAN[:5]))
    links = "\n".join('<option value="https://%s.gov.vn">%s</option>' % (slug(s)[:12], e(s)) for s in LINKED_SITES)
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{e(a['title'])} - Sở Nông nghiệp và Phát triển nông thôn Hà Tĩnh</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{ea(a['lead'])}" lang="vi-VN" name="description" />
<link href="/html/themes/classic/images/favicon.ico" rel="Shortcut Icon" />
<link class="lfr-css-file" href="/snnptnt-theme/css/main.css?browserId=other&amp;themeId=snnptnt_WAR_snnptnttheme&amp;languageId=vi_VN&amp;b=6210&amp;t=1647225000000" rel="stylesheet" type="text/css" />
<script type="text/javascript">
var themeDisplay = (function() {{ return {{
  getCDNHost: function() {{ return ""; }}, getCompanyId: function() {{ return "10154"; }},
  getLanguageId: function() {{ return "vi_VN"; }}, getLayoutId: function() {{ return "37"; }},
  getPathMain: function() {{ return "/c"; }}, getPlid: function() {{ return "1246930"; }},
  getScopeGroupId: function() {{ return "1246811"; }}, isSignedIn: function() {{ return false; }}
}}; }})();
var Liferay = {{ Browser: {{}}, Data: {{ NAV_SELECTOR: '#navigation', isCustomizationView: function() {{ return false; }} }},
  PortletKeys: {{ DOCUMENT_LIBRARY: '20', DYNAMIC_DATA_MAPPING: '166' }}, PropsValues: {{ NTLM_AUTH_ENABLED: false }} }};
var themeDisplayPortletIds = ['101_INSTANCE_Xk2Pq9RtAbCd', '56_INSTANCE_qW3e', '73_INSTANCE_vBn8', 'lichcongtac_WAR_vnptportlet'];
</script>
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=snnptnt_WAR_snnptnttheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6210&amp;t=1647225000000" type="text/javascript"></script>
{ga("HT5N2Q8K1")}
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
 <div class="top-bar"><div class="date-now"><i class="icon-calendar"></i> {wd(today, True)}, ngày {dmy(today)}</div>
  <div class="top-links"><a href="/web/snnptnt/so-do-site">Sơ đồ site</a> | <a href="/web/snnptnt/lien-he">Liên hệ</a> | <a href="/c/portal/login">Đăng nhập</a></div></div>
 <div class="banner-logo"><a href="/web/snnptnt" title="Trang chủ"><img alt="Logo" src="/snnptnt-theme/images/logo.png" /></a>
  <div class="banner-text"><span class="line1">UBND TỈNH HÀ TĨNH</span><span class="line2">SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN</span></div></div>
 <nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation">
 {menu_ul(PROV_MENU, "nav navbar-nav", href=lambda t: "/web/snnptnt/" + slug(t))}
 </nav>
 <div class="search-box"><form action="/web/snnptnt/tim-kiem" method="get"><input name="_3_keywords" placeholder="Tìm kiếm..." type="text" /><button type="submit">Tìm</button></form></div>
</header>
<div id="content">
<div class="columns-2-r" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span9" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-borderless portlet-asset-publisher" id="p_p_id_101_INSTANCE_Xk2Pq9RtAbCd_">
<span id="p_101_INSTANCE_Xk2Pq9RtAbCd"></span>
<div class="portlet-borderless-container"><div class="portlet-body">
<ul class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="/web/snnptnt">Trang chủ</a><span class="divider">/</span></li><li><a href="/web/snnptnt/tin-tuc-su-kien">Tin tức - Sự kiện</a><span class="divider">/</span></li><li class="active last">Trồng trọt - Bảo vệ thực vật</li></ul>
<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="/web/snnptnt/tin-tuc-su-kien" id="_101_INSTANCE_Xk2Pq9RtAbCd_TabsBack" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span></div>
<div class="asset-full-content default-asset-publisher show-asset-title">
<h1 class="header-title title-detail"><span>{e(a['title'])}</span></h1>
<div class="date-detail"><span class="icon-time"></span> Cập nhật lúc: {a['time']} | {dmy(a['date'])}</div>
<div class="asset-content" id="_101_INSTANCE_Xk2Pq9RtAbCd_{rnd.randint(10**5, 10**6)}">
<div class="journal-content-article">
<p style="text-align: justify;"><strong>{e(a['lead'])}</strong></p>
{body}
<p style="text-align: right;"><strong>{e(a['byline'][0])}</strong></p>
<p style="text-align: right;"><em>{e(a['byline'][1])}</em></p>
</div>
<div class="entry-links"></div>
</div>
<div class="asset-details-toolbar"><span class="print"><a href="javascript:window.print();"><i class="icon-print"></i> In bài viết</a></span> <span class="email"><a href="mailto:?subject={ea(a['title'])}"><i class="icon-envelope"></i> Gửi email</a></span> <span class="views">Lượt xem: 1.284</span></div>
<div class="taglib-social-bookmarks"><ul class="unstyled"><li class="taglib-social-bookmark-facebook"><a href="https://www.facebook.com/sharer.php?u=..." target="_blank">Chia sẻ Facebook</a></li><li class="taglib-social-bookmark-twitter"><a href="https://twitter.com/intent/tweet" target="_blank">Twitter</a></li><li><a href="https://zalo.me/share">Zalo</a></li></ul></div>
<div class="taglib-ratings stars"><div class="liferay-rating-score">Đánh giá: <span class="rating-label">Trung bình (0 lượt bình chọn)</span></div></div>
</div>
<div class="other-news"><h3 class="title-other">Tin cùng chuyên mục</h3><ul>
{rel_html}
</ul><div class="xem-them"><a href="/web/snnptnt/tin-tuc-su-kien">Xem thêm »</a></div></div>
</div></div></div>
</div></div>
<div class="portlet-column portlet-column-last span3" id="column-2">
<div class="portlet-boundary portlet-journal-content" id="p_p_id_56_INSTANCE_qW3e_">
<div class="portlet-title"><h2>Văn bản mới</h2></div><ul class="van-ban-moi">{vb}</ul></div>
<div class="portlet-boundary" id="p_p_id_lichcongtac_WAR_vnptportlet_"><div class="portlet-title"><h2>Lịch công tác</h2></div>
<table class="lich"><tr><th>Thứ</th><th>Nội dung</th></tr><tr><td>Thứ hai</td><td>08h00: Giám đốc Sở họp giao ban đầu tuần</td></tr><tr><td>Thứ ba</td><td>14h00: Phó Giám đốc Sở làm việc tại huyện Hương Khê</td></tr><tr><td>Thứ tư</td><td>Cả ngày: Kiểm tra sản xuất vụ Xuân tại Can Lộc</td></tr></table></div>
<div class="portlet-boundary" id="p_p_id_video"><div class="portlet-title"><h2>Video</h2></div><iframe allowfullscreen="" frameborder="0" height="200" src="https://www.youtube.com/embed/Zy3kq0Lx7aQ" width="100%"></iframe></div>
<div class="portlet-boundary" id="p_p_id_lienket"><div class="portlet-title"><h2>Liên kết website</h2></div><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>{links}</select></div>
<div class="portlet-boundary" id="p_p_id_thongke"><div class="portlet-title"><h2>Thống kê truy cập</h2></div>
<ul class="thong-ke"><li>Đang truy cập: <b>25</b></li><li>Hôm nay: <b>1.032</b></li><li>Tháng hiện tại: <b>38.906</b></li><li>Tổng lượt truy cập: <b>4.812.337</b></li></ul></div>
</div>
</div>
</div>
</div>
<footer id="footer" role="contentinfo">
<div class="footer-info"><p><strong>SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HÀ TĨNH</strong></p>
<p>Địa chỉ: Số 5, đường Nguyễn Chí Thanh, thành phố Hà Tĩnh, tỉnh Hà Tĩnh</p>
<p>Điện thoại: 0239.3855.627 - Fax: 0239.3855.628 - Email: snnptnt@hatinh.gov.vn</p>
<p>Chịu trách nhiệm chính: Ông Nguyễn Văn Hùng - Giám đốc Sở</p>
<p>Ghi rõ nguồn "snnptnt.hatinh.gov.vn" khi phát hành lại thông tin từ website này.</p></div>
<div class="powered">Phát triển bởi VNPT Hà Tĩnh</div>
</footer>
</div>
<script type="text/javascript">
// <![CDATA[
Liferay.Util.addInputFocus();
Liferay.Portlet.runtimePortletIds = ["73_INSTANCE_vBn8","56_INSTANCE_qW3e"];
{js_blob(rnd, 40, "Liferay.Portlet")}
Liferay.Portlet.onLoad({{canEditTitle: false, columnPos: 0, isStatic: 'end', namespacedId: 'p_p_id_101_INSTANCE_Xk2Pq9RtAbCd_', portletId: '101_INSTANCE_Xk2Pq9RtAbCd', refreshURL: '/c/portal/render_portlet?p_l_id=1246930&p_p_id=101_INSTANCE_Xk2Pq9RtAbCd&p_p_lifecycle=0&p_t_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_pos=0&p_p_col_count=1&p_p_isolated=1&currentURL=%2F'}});
AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', function(A) {{ (function() {{ Liferay.Util.addInputType(); Liferay.Portlet.ready(function(portletId, node) {{ Liferay.Util.addInputType(node); }}); }})(); }});
// ]]>
</script>
</body>
</html>
"""


def t02(a):
    rnd = random.Random(202)
    today = D("12/09/2025")
    rel = related(rnd, a["date"], 8, step=(1, 3))
    ns = "_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_m7RcQ2vLk9Zt_"

    def IMG(cap, i):
        return ('<p style="text-align: center;"><img alt="" height="450" src="/documents/20182/0/hcc-yen-khanh-%d.jpg/%s" width="680" /></p>\n'
                '<p style="text-align: center;"><em>%s</em></p>') % (i, "3f1c2a7e-91d0-4f55-b0f1-7a9e2c41d6b2", e(cap))

    body = render(a["blocks"], P=lambda t: '<p style="text-align: justify;">&nbsp; &nbsp; %s</p>' % nbs(t, rnd), IMG=IMG)
    rel_html = "\n".join(
        '<div class="item-news-other"><a href="/web/xa-yen-khanh/tin-hoat-dong/-/asset_publisher/m7RcQ2vLk9Zt/content/%s"><i class="fa fa-caret-right"></i> %s</a><span class="time-other"> - %s</span></div>'
        % (slug(t), e(t), dmy(d)) for t, d in rel)
    menu = ["Trang chủ", ("Giới thiệu", ["Tổng quan", "Bộ máy tổ chức", "Đảng ủy", "HĐND xã", "UBND xã"]),
            ("Tin tức", ["Tin hoạt động", "Chính quyền hai cấp", "Kinh tế - Xã hội", "Quốc phòng - An ninh"]),
            "Văn bản chỉ đạo điều hành", "Thủ tục hành chính", "Dịch vụ công", ("Công khai", ["Ngân sách", "Đất đai", "Đầu tư công"]),
            "Hỏi đáp", "Sơ đồ cổng"]
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{e(a['title'])} - Cổng thông tin điện tử xã Yên Khánh</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta property="og:title" content="{ea(a['title'])}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{ea(a['url'])}" />
<meta property="og:image" content="https://yenkhanh.ninhbinh.gov.vn/documents/20182/0/hcc-yen-khanh-1.jpg" />
<link data-senna-track="temporary" href="{ea(a['url'])}" rel="canonical" />
<link class="lfr-css-file" data-senna-track="temporary" href="https://yenkhanh.ninhbinh.gov.vn/o/ninhbinh-xa-theme/css/main.css?browserId=chrome&amp;themeId=ninhbinhxatheme_WAR_ninhbinhxatheme&amp;languageId=vi_VN&amp;t=1756200000000" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {{}};
Liferay.Browser = {{ acceptsGzip: function() {{ return true; }}, getMajorVersion: function() {{ return 139.0; }}, isChrome: function() {{ return true; }} }};
Liferay.Data = Liferay.Data || {{}}; Liferay.Data.ICONS_INLINE_SVG = true; Liferay.Data.NAV_SELECTOR = '#navigation';
Liferay.ThemeDisplay = {{ getCompanyId: function() {{ return "20116"; }}, getLayoutRelativeURL: function() {{ return "/web/xa-yen-khanh/tin-hoat-dong"; }}, getLanguageId: function() {{ return "vi_VN"; }}, getScopeGroupId: function() {{ return "4471207"; }}, isSignedIn: function() {{ return false; }} }};
Liferay.authToken = 'xK2m9QaP';
Liferay.currentURL = '\\x2fweb\\x2fxa-yen-khanh\\x2ftin-hoat-dong';
{js_blob(rnd, 25, "Liferay.Data")}
// ]]>
</script>
</head>
<body class="chrome controls-visible yui3-skin-sam signed-out public-page site">
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
<header class="header-xa">
<div class="top-header"><div class="container"><span class="today">{wd(today)}, {dmy(today)}</span>
<span class="hotline">Đường dây nóng: 0229.3840.115</span></div></div>
<div class="container banner"><a class="logo" href="/web/xa-yen-khanh"><img alt="Quốc huy" src="/o/ninhbinh-xa-theme/images/quoc-huy.png" /></a>
<div class="site-name"><p class="sub">ỦY BAN NHÂN DÂN TỈNH NINH BÌNH</p><p class="main">CỔNG THÔNG TIN ĐIỆN TỬ XÃ YÊN KHÁNH</p></div></div>
<nav class="navbar navbar-expand-md navbar-light" id="navigation">{menu_ul(menu, "navbar-nav", href=lambda t: "/web/xa-yen-khanh/" + slug(t))}</nav>
</header>
<section class="container" id="content">
<div class="row">
<div class="col-md-8">
<section class="portlet" id="portlet{ns}">
<div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-end"><div class="autofit-section"></div></div></div>
<div class=" portlet-content-container"><div class="portlet-body">
<ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/xa-yen-khanh">Trang chủ</a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/xa-yen-khanh/tin-hoat-dong">Tin hoạt động</a></li></ol>
<div class="asset-full-content clearfix mb-5 show-asset-title">
<div class="news-detail">
<h2 class="component-title title-news">{e(a['title'])}</h2>
<div class="info-news"><span class="date-news"><i class="far fa-clock"></i> {dmy(a['date'])} {a['time']}</span> <span class="view-news"><i class="far fa-eye"></i> Lượt xem: 128</span>
<span class="font-size">Cỡ chữ: <a href="javascript:;" onclick="zoomText(-1)">A-</a> <a href="javascript:;" onclick="zoomText(1)">A+</a></span></div>
<div class="asset-content mb-3">
<div class="clearfix journal-content-article" data-analytics-asset-id="4486613" data-analytics-asset-title="{ea(a['title'])}" data-analytics-asset-type="web-content">
<p style="text-align: justify;"><em>{e(a['lead'])}</em></p>
{body}
<p style="text-align: right;"><strong>{e(a['byline'][0])}</strong></p>
</div>
</div>
<div class="share-news"><span>Chia sẻ:</span> <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={ea(a['url'])}" target="_blank">Facebook</a> <a class="zalo" href="#">Zalo</a> <a href="javascript:window.print()">In trang</a> <a href="mailto:?subject=Chia%20se">Gửi email</a></div>
</div>
</div>
<div class="other-news"><div class="title-other"><span>Tin khác</span></div>
{rel_html}
</div>
</div></div></div>
</section>
</div>
<div class="col-md-4 sidebar">
<div class="box-sidebar"><div class="title-box">Dịch vụ công trực tuyến</div><a href="https://dichvucong.gov.vn"><img alt="Cổng Dịch vụ công quốc gia" src="/o/ninhbinh-xa-theme/images/dvc-qg.png" /></a><a href="https://dichvucong.ninhbinh.gov.vn"><img alt="Dịch vụ công tỉnh" src="/o/ninhbinh-xa-theme/images/dvc-tinh.png" /></a></div>
<div class="box-sidebar"><div class="title-box">Lịch tiếp công dân</div><ul><li>Thứ năm hằng tuần: Chủ tịch UBND xã tiếp công dân định kỳ tại trụ sở UBND xã.</li><li>Ngày 15 hằng tháng: Bí thư Đảng ủy xã tiếp công dân.</li></ul></div>
<div class="box-sidebar"><div class="title-box">Khảo sát ý kiến</div><p>Bạn đánh giá thế nào về chất lượng phục vụ của Trung tâm Phục vụ hành chính công xã?</p>
<form><label><input name="ks" type="radio" value="1" /> Rất hài lòng</label><br /><label><input name="ks" type="radio" value="2" /> Hài lòng</label><br /><label><input name="ks" type="radio" value="3" /> Chưa hài lòng</label><br /><button type="button">Bình chọn</button> <button type="button">Xem kết quả</button></form></div>
<div class="box-sidebar"><div class="title-box">Thống kê truy cập</div><p>Đang trực tuyến: 14</p><p>Hôm nay: 356</p><p>Tổng lượt truy cập: 58.214</p></div>
</div>
</div>
</section>
<footer class="footer-xa"><div class="container">
<p><b>CỔNG THÔNG TIN ĐIỆN TỬ XÃ YÊN KHÁNH, TỈNH NINH BÌNH</b></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân xã Yên Khánh</p>
<p>Địa chỉ: Trụ sở UBND xã Yên Khánh, tỉnh Ninh Bình - Điện thoại: 0229.3840.115</p>
<p>Chịu trách nhiệm chính: Trần Văn Lợi - Chủ tịch UBND xã</p>
</div></footer>
</div></div>
<script type="text/javascript">
// <![CDATA[
function zoomText(d){{var el=document.querySelector('.journal-content-article');var s=parseInt(window.getComputedStyle(el).fontSize)+d;el.style.fontSize=s+'px';}}
Liferay.Portlet.register('{ns.strip('_')}');
Liferay.Portlet.onLoad({{canEditTitle: false, columnPos: 0, isStatic: 'end', namespacedId: 'p_p_id{ns}', portletId: '{ns.strip('_')}', refreshURL: '\\x2fc\\x2fportal\\x2frender_portlet', refreshURLData: {{}}}});
// ]]>
</script>
</body>
</html>
"""


def sp_head_scripts(rnd, site):
    return f"""<script type="text/javascript">
// <![CDATA[
var _spPageContextInfo={{webServerRelativeUrl:"{site}",webAbsoluteUrl:"https://{site.strip('/')}",siteAbsoluteUrl:"https://sonla.gov.vn",serverRequestPath:"/portal/Pages/",layoutsUrl:"_layouts/15",webTitle:"Cổng thông tin điện tử",webTemplate:"53",tenantAppVersion:"0",isAppWeb:false,webLogoUrl:"_layouts/15/images/siteicon.png",webLanguage:1066,currentLanguage:1066,currentUICultureName:"vi-VN",currentCultureName:"vi-VN",clientServerTimeDelta:new Date("2023-06-05T02:11:09.1811234Z") - new Date(),siteClientTag:"1302$$15.0.5023.1000",crossDomainPhotosEnabled:false,webUIVersion:15,webPermMasks:{{High:16,Low:200769}},pageListId:"{{a5f1c9b6-70de-4d0c-9a1b-4b2d8e2f7c31}}",pageItemId:6418,pagePersonalizationScope:1,alertsEnabled:false,siteServerRelativeUrl:"/",allowSilverlightPrompt:'True'}};
var L_Menu_BaseUrl="/portal";var L_Menu_LCID="1066";var L_Menu_SiteTheme="null";
document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){{removeAllStatus(true)}};
Flighting.ExpFeatures = [480216468,1884350801,1158731092,62197791,538521105,335811073,4194306,34614301,268500996,-1946025984,28445328,-2147475455,134291456,65536,288,950272,1073807360,-2147483392,1049088,-2147483648];
//]]>
</script>
<script src="/_layouts/15/init.js?rev=ZEKKZ6mtb4vFsdpOgT3%2BhA%3D%3D" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=nv7asgRUU0tRmHNR2D6t1HtjP3ebJ9QfcbsCOEfnb6Uxr4OjzzNbMpXsvNpMUWcZr9TQOQ0uc9R9Kc0NSR-nuy0_T29mQMyqaBqz2zRSfgJcxGIjfRb7ZN_ETzSIh5OnXrQm0w2&amp;t=ffffffffcd368728" type="text/javascript"></script>
<script src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3D" type="text/javascript"></script>
<script type="text/javascript">RegisterSod("sp.core.js", "\\u002f_layouts\\u002f15\\u002fsp.core.js?rev=tZDGLPOvY1bRw\\u00252BsgzXpxTg\\u00253D\\u00253D");
RegisterSod("sp.res.resx", "\\u002f_layouts\\u002f15\\u002fScriptResx.ashx?culture=vi\\u00252Dvn\\u0026name=SP\\u00252ERes\\u0026rev=rahMKq6GrgZl7AKGp2KmNA\\u00253D\\u00253D");
RegisterSod("sp.ui.dialog.js", "\\u002f_layouts\\u002f15\\u002fsp.ui.dialog.js?rev=3Oh2QbaaiXSb7ldu2zd6QQ\\u00253D\\u00253D");</script>"""


def t03(a):
    rnd = random.Random(303)
    today = D("05/06/2023")
    rel = related(rnd, a["date"], 9, step=(0, 2))
    vs = viewstate(rnd, 9000)

    def IMG(cap, i):
        return ('<div style="text-align: center;"><img alt="" src="/PublishingImages/2023/06/02/pctt-hoi-nghi.jpg" style="margin: 5px; width: 640px;" /><br />'
                '<span style="font-size: 10pt;"><em>%s</em></span></div>') % e(cap)

    body = render(a["blocks"], P=lambda t: '<p style="text-align: justify;">%s</p>' % nbs(t, rnd), IMG=IMG)
    rel_html = "\n".join(
        '<li class="tandan-other-item"><a href="/portal/Pages/%s/%s.aspx">%s</a> <span class="tandan-other-date">(%s)</span></li>'
        % (d.isoformat(), slug(t)[:60], e(t), dmy(d)) for t, d in rel)
    menu = ["Trang chủ", ("Giới thiệu", ["Tổng quan về Sơn La", "Lịch sử - Văn hóa", "Tiềm năng - Thế mạnh", "Bản đồ hành chính"]),
            ("Chính quyền", ["Tỉnh ủy", "HĐND tỉnh", "UBND tỉnh", "Sở, ban, ngành", "UBND huyện, thành phố"]),
            ("Tin tức - Sự kiện", ["Tin hoạt động của tỉnh", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Phòng chống thiên tai"]),
            ("Công dân", ["Dịch vụ công", "Hỏi đáp trực tuyến", "Phản ánh kiến nghị"]), ("Doanh nghiệp", ["Thu hút đầu tư", "Dự án kêu gọi đầu tư"]),
            ("Du khách", ["Điểm đến", "Lễ hội", "Ẩm thực"]), "Văn bản", "Liên hệ"]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" />
<title>
	{e(a['title'])}
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=VY%2BwyEmZ4VeBNMq6%2BgwRaA%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style Library/TanDan/css/tandan-portal.css"/>
{sp_head_scripts(rnd, "/portal")}
</head>
<body>
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=23" /></div>
<form method="post" action="./{a['url'].rsplit('/', 1)[1]}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x6C1F5E0A8D3B4A2C9E71F0D6B38A5C2E4F9D0B1A7C6E3F2A8D5B4C1E0F9A7D6C3B2E1F0A9D8C7B6A5F4E3D2C1B0A9F8E7D6C5B4,05 Jun 2023 02:11:09 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="tandan-header">
 <div class="tandan-topbar"><span class="tandan-today">{wd(today, True)}, ngày {dmy(today)}</span><span class="tandan-lang"><a href="/portal/Pages/default.aspx">Tiếng Việt</a> | <a href="/en/Pages/default.aspx">English</a></span></div>
 <div class="tandan-banner"><a href="/portal"><img src="/Style Library/TanDan/images/banner-sonla.png" alt="Cổng thông tin điện tử tỉnh Sơn La" /></a></div>
 <div class="tandan-menu">{menu_ul(menu, "tandan-mainmenu", "tandan-submenu", href=lambda t: "/portal/Pages/" + slug(t) + ".aspx")}</div>
 <div class="tandan-search"><input type="text" name="ctl00$txtSearch" placeholder="Nhập từ khóa tìm kiếm" /><input type="submit" name="ctl00$btnSearch" value="Tìm kiếm" /></div>
</div>
<div class="tandan-body">
<div class="tandan-left">
<div class="tandan-breadcrumb"><a href="/portal">Trang chủ</a> &gt; <a href="/portal/Pages/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a> &gt; <span>Phòng chống thiên tai</span></div>
<div class="tandan-newsdetail">
<div class="tandan-date">{wd(a['date'])}, {dmy(a['date'])}</div>
<h1 class="tandan-title">{e(a['title'])}</h1>
<div class="tandan-sapo"><strong>{e(a['lead'])}</strong></div>
<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field tandan-content" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label">
{body}
<p style="text-align: right;"><strong>{e(a['byline'][0])}</strong></p>
</div>
<div class="tandan-tools"><a href="javascript:window.print()" class="tandan-print">In trang</a> <a href="mailto:?subject=Tin%20tuc" class="tandan-email">Gửi email</a> <a href="#" class="tandan-top">Về đầu trang</a>
<span class="tandan-share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={ea(a['url'])}">Facebook</a></span></div>
<div class="tandan-comment"><h3>Ý kiến bạn đọc</h3>
<table class="tandan-form"><tr><td>Họ và tên (*)</td><td><input type="text" name="ctl00$txtHoTen" /></td></tr><tr><td>Email (*)</td><td><input type="text" name="ctl00$txtEmail" /></td></tr><tr><td>Nội dung (*)</td><td><textarea name="ctl00$txtNoiDung" rows="5" cols="50"></textarea></td></tr><tr><td></td><td><input type="submit" name="ctl00$btnGui" value="Gửi ý kiến" /></td></tr></table></div>
<div class="tandan-other"><h3 class="tandan-other-title">Các tin đã đưa</h3><ul>
{rel_html}
</ul></div>
</div>
</div>
<div class="tandan-right">
<div class="tandan-box"><div class="tandan-box-title">Thông tin cần biết</div><ul><li><a href="#">Lịch công tác tuần của UBND tỉnh</a></li><li><a href="#">Thông tin dự báo thời tiết</a></li><li><a href="#">Mực nước các hồ chứa thủy điện</a></li><li><a href="#">Số điện thoại đường dây nóng</a></li></ul></div>
<div class="tandan-box"><div class="tandan-box-title">Thăm dò ý kiến</div><p>Bạn quan tâm đến thông tin nào trên Cổng thông tin điện tử tỉnh?</p>
<input type="radio" name="ctl00$poll" value="1" />Tin tức - sự kiện<br /><input type="radio" name="ctl00$poll" value="2" />Văn bản chỉ đạo điều hành<br /><input type="radio" name="ctl00$poll" value="3" />Thủ tục hành chính<br /><input type="button" value="Biểu quyết" /></div>
<div class="tandan-box"><div class="tandan-box-title">Thống kê truy cập</div><div>Đang truy cập: 187</div><div>Tổng lượt truy cập: 21.584.903</div></div>
</div>
</div>
<div class="tandan-footer">
<p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN LA</p>
<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Sơn La</p>
<p>Cơ quan thường trực: Sở Thông tin và Truyền thông tỉnh Sơn La. Địa chỉ: Tầng 6, Tòa nhà 9 tầng, Trung tâm Hành chính tỉnh Sơn La</p>
<p>Điện thoại: 0212.3852.080 - Email: bbt@sonla.gov.vn - Giấy phép số 112/GP-TTĐT ngày 12/8/2021</p>
<p>Chịu trách nhiệm chính: Trưởng Ban biên tập Cổng thông tin điện tử tỉnh</p>
</div>
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;function WebForm_OnSubmit() {{ UpdateFormDigest('\\u002fportal', 1440000); return true; }}
_spBodyOnLoadFunctionNames.push("_spFormOnSubmitWrapper");
{js_blob(rnd, 30, "g_tandan")}
//]]>
</script>
</form>
</body>
</html>
"""


def t04(a):
    rnd = random.Random(404)
    today = D("27/10/2022")
    vs = viewstate(rnd, 100000)
    rel = related(rnd, a["date"], 12, step=(1, 4))
    hot = related(rnd, a["date"], 8, step=(0, 3))
    communes = ["Tiên Kỳ", "Tiên Cảnh", "Tiên Châu", "Tiên Hà", "Tiên Cẩm", "Tiên Lãnh", "Tiên Lộc", "Tiên Mỹ",
                "Tiên Ngọc", "Tiên An", "Tiên Sơn", "Tiên Phong", "Tiên Lập", "Tiên Thọ"]
    depts = ["Văn phòng HĐND và UBND", "Phòng Nội vụ", "Phòng Tài chính - Kế hoạch", "Phòng Tư pháp",
             "Phòng Kinh tế và Hạ tầng", "Phòng Nông nghiệp và PTNT", "Phòng Tài nguyên và Môi trường",
             "Phòng Văn hóa - Thông tin", "Phòng Giáo dục và Đào tạo", "Phòng Lao động - TB&XH", "Phòng Y tế",
             "Thanh tra huyện", "Phòng Dân tộc", "Trung tâm Văn hóa - Thể thao và Truyền thanh"]
    mega = []
    for grp, items in [("Xã, thị trấn", communes), ("Cơ quan chuyên môn", depts),
                       ("Tin tức", ["Chính trị", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Du lịch", "Nông thôn mới",
                                    "Giáo dục", "Y tế", "Chuyển đổi số", "Cải cách hành chính", "Tin tổng hợp"]),
                       ("Văn bản", ["Văn bản của huyện", "Văn bản của tỉnh", "Văn bản Trung ương", "Văn bản dự thảo"]),
                       ("Công khai", ["Ngân sách", "Đầu tư công", "Quy hoạch sử dụng đất", "Bồi thường GPMB", "Kết quả đánh giá CCHC"])]:
        mega.append('<div class="mega-col"><h4>%s</h4><ul>' % e(grp))
        for it in items:
            for k in range(3):
                mega.append('<li><a href="/Trang/%s.aspx?k=%d" title="%s">%s</a></li>' % (slug(it), k, ea(it), e(it) if k == 0 else e(it) + " (" + ["Tin", "Ảnh", "Video"][k] + ")"))
        mega.append("</ul></div>")
    mega = "\n".join(mega)

    def IMG(cap, i):
        return ('<p style="text-align: center;"><img alt="%s" src="/SiteAssets/2022/10/lang-co-loc-yen-%d.jpg" width="600" /></p>\n'
                '<p style="text-align: center;"><span style="font-size: 9pt; color: #0000ff;"><em>%s</em></span></p>') % (ea(cap), i, e(cap))

    body = render(a["blocks"], P=lambda t: '<p class="MsoNormal" style="text-align: justify; text-indent: 36pt;"><span style="font-family: Arial; font-size: 12pt;">%s</span></p>' % nbs(t, rnd),
                  IMG=IMG, Q=lambda t: '<blockquote style="margin: 0 0 0 40px; border: none; padding: 0px;"><p style="text-align: justify;"><em>%s</em></p></blockquote>' % e(t))
    rel_html = "\n".join('<li><a href="/Trang/ChiTietTinTuc.aspx?nid=%d">%s</a><span class="NgayTin"> (%s)</span></li>' % (4820 - i * 3, e(t), dmy(d)) for i, (t, d) in enumerate(rel))
    hot_html = "\n".join('<div class="TinNoiBat"><a href="/Trang/ChiTietTinTuc.aspx?nid=%d"><img src="/SiteAssets/thumb/%d.jpg" alt="" /></a><a class="TieuDeTin" href="/Trang/ChiTietTinTuc.aspx?nid=%d">%s</a><p class="TomTat">%s</p></div>'
                         % (4700 + i, i, 4700 + i, e(t), e(SUMMARIES[i % len(SUMMARIES)])) for i, (t, d) in enumerate(hot))
    lich = "\n".join('<tr><td>%s<br />%s</td><td>%s</td><td>%s</td></tr>' % (wd(today + dt.timedelta(days=k)), dmy(today + dt.timedelta(days=k)),
                     rnd.choice(["07h30", "08h00", "14h00"]), e(rnd.choice(["Bí thư Huyện ủy dự họp Ban Thường vụ Tỉnh ủy", "Chủ tịch UBND huyện tiếp công dân định kỳ",
                                                                       "Phó Chủ tịch UBND huyện kiểm tra công trình đường ĐH3", "Họp Ban Chỉ đạo xây dựng nông thôn mới huyện",
                                                                       "Làm việc với Đoàn kiểm tra của Sở Nội vụ về cải cách hành chính"])))
                     for k in range(5))
    scripts = js_blob(rnd, 160, "g_portal")
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" />
<title>
	Chi tiết tin tức
</title>
<meta name="description" content="Cổng thông tin điện tử huyện Tiên Phước" />
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=VY%2BwyEmZ4VeBNMq6%2BgwRaA%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/QNPortal/css/style.css"/>
{sp_head_scripts(rnd, "/")}
<style type="text/css">
.ChiTietTin .TieuDe h1{{font-size:20px;color:#0b4c8c;font-weight:bold;margin:10px 0}} .NgayDang{{color:#888;font-size:12px}}
.mega-col{{float:left;width:19%}} .mega-col h4{{color:#fff;background:#0b4c8c;padding:4px}} .TinNoiBat{{overflow:hidden;margin-bottom:8px}}
.TinNoiBat img{{float:left;width:90px;margin-right:6px}} .box-title{{background:url(/Style%20Library/QNPortal/images/bg-title.png) no-repeat;color:#fff;padding:5px 10px}}
</style>
</head>
<body>
<form method="post" action="./ChiTietTinTuc.aspx?nid=4821" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x9F0C3E1D7A6B5C4D3E2F1A0B9C8D7E6F5A4B3C2D1E0F9A8B7C6D5E4F3A2B1C0D9E8F7A6B5C4D3E2F1A0B9C8D7E6F5A4B3C2D1E0F,27 Oct 2022 01:42:33 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div id="header">
<div class="header-top"><span class="ngay-hien-tai">Hôm nay, {wd(today)} ngày {today.day} tháng {today.month} năm {today.year}</span>
<span class="links-top"><a href="/Trang/SoDoSite.aspx">Sơ đồ cổng</a> | <a href="/Trang/LienHe.aspx">Liên hệ</a> | <a href="/_layouts/15/Authenticate.aspx">Đăng nhập</a></span></div>
<div class="banner"><img src="/Style%20Library/QNPortal/images/banner-tienphuoc.jpg" alt="Cổng thông tin điện tử huyện Tiên Phước - Tỉnh Quảng Nam" /></div>
<div class="menu-ngang"><ul><li><a href="/">Trang chủ</a></li><li><a href="/Trang/GioiThieu.aspx">Giới thiệu</a></li><li><a href="/Trang/TinTuc.aspx">Tin tức - Sự kiện</a></li><li><a href="/Trang/VanBan.aspx">Văn bản</a></li><li><a href="/Trang/ThuTucHanhChinh.aspx">Thủ tục hành chính</a></li><li><a href="/Trang/DuLich.aspx">Du lịch</a></li><li><a href="/Trang/HoiDap.aspx">Hỏi đáp</a></li><li><a href="/Trang/LienHe.aspx">Liên hệ</a></li></ul></div>
<div class="mega-menu" style="display:none">
{mega}
</div>
</div>
<div id="content-wrapper">
<div id="left-col">
<div class="box"><div class="box-title">Chuyên mục</div><ul class="left-menu"><li><a href="/Trang/TinTuc.aspx?cat=1">Tin hoạt động</a></li><li><a href="/Trang/TinTuc.aspx?cat=2">Kinh tế</a></li><li><a href="/Trang/TinTuc.aspx?cat=3">Văn hóa - Xã hội</a></li><li><a href="/Trang/TinTuc.aspx?cat=4">Du lịch</a></li><li><a href="/Trang/TinTuc.aspx?cat=5">Quốc phòng - An ninh</a></li><li><a href="/Trang/TinTuc.aspx?cat=6">Chuyển đổi số</a></li></ul></div>
<div class="box"><div class="box-title">Lịch công tác</div><table class="lich-cong-tac" border="1" cellpadding="3"><tr><th>Ngày</th><th>Giờ</th><th>Nội dung</th></tr>
{lich}
</table></div>
<div class="box"><div class="box-title">Video</div><video controls="controls" width="100%" poster="/SiteAssets/video/poster.jpg"><source src="/SiteAssets/video/tien-phuoc-dat-va-nguoi.mp4" type="video/mp4" /></video><p><a href="/Trang/Video.aspx">Tiên Phước - đất và người</a></p></div>
</div>
<div id="main-col">
<div class="duong-dan"><a href="/">Trang chủ</a> » <a href="/Trang/TinTuc.aspx">Tin tức - Sự kiện</a> » <a href="/Trang/TinTuc.aspx?cat=4">Du lịch</a></div>
<div class="ChiTietTin">
<div class="TieuDe"><h1>{e(a['title'])}</h1></div>
<div class="NgayDang">Ngày cập nhật {dmy(a['date'])} {a['time']}</div>
<div class="NoiDung ms-rtestate-field">
{body}
<p style="text-align: right;"><strong>{e(a['byline'][0])}</strong></p>
</div>
<div class="CongCu"><a href="javascript:window.print();">In bài</a> | <a href="/Trang/GuiEmail.aspx?nid=4821">Gửi bạn bè</a> | <a href="javascript:history.back();">Quay lại</a></div>
<div class="SoLanXem">Số lượt xem: 2.047</div>
<div class="TinKhac"><div class="box-title">Tin liên quan</div><ul>
{rel_html}
</ul></div>
</div>
</div>
<div id="right-col">
<div class="box"><div class="box-title">Tin nổi bật</div>
{hot_html}
</div>
<div class="box"><div class="box-title">Thăm dò ý kiến</div><p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin điện tử huyện?</p><ul class="poll"><li><input type="radio" name="poll" /> Đẹp, dễ sử dụng</li><li><input type="radio" name="poll" /> Bình thường</li><li><input type="radio" name="poll" /> Cần cải thiện</li></ul><a href="#" class="btn">Bình chọn</a></div>
<div class="box"><div class="box-title">Liên kết website</div><select onchange="window.open(this.value,'_blank')"><option>--- Liên kết website ---</option>{"".join('<option value="#">%s</option>' % e(s) for s in LINKED_SITES)}</select></div>
<div class="box"><div class="box-title">Thống kê truy cập</div><p>Đang truy cập: 31</p><p>Hôm nay: 1.208</p><p>Tổng lượt truy cập: 3.974.115</p></div>
</div>
</div>
<div id="footer">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIÊN PHƯỚC</strong></p>
<p>Cơ quan chủ quản: UBND huyện Tiên Phước, tỉnh Quảng Nam</p>
<p>Địa chỉ: Khối phố Bình Hòa, thị trấn Tiên Kỳ, huyện Tiên Phước - Điện thoại: 0235.3884.224</p>
<p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</p>
<p>Thiết kế và phát triển bởi Sở Thông tin và Truyền thông Quảng Nam</p>
</div>
</div></div>
<script type="text/javascript">
//<![CDATA[
{scripts}
//]]>
</script>
</form>
</body>
</html>
"""


def t05(a):
    rnd = random.Random(505)
    today = D("30/10/2023")
    vs = viewstate(rnd, 6000)
    rel = related(rnd, a["date"], 10, step=(1, 5))
    body = render(a["blocks"], P=lambda t: '<p style="text-align: justify;">%s</p>' % nbs(t, rnd))
    rel_html = "\n".join('<tr><td class="Normal"><img src="/Portals/0/Skins/SGD/images/bullet.gif" alt="" />&nbsp;<a class="OtherNewsTitle" href="/Tin-tuc-su-kien/tabid/78/ArticleId/%d/Default.aspx">%s</a>&nbsp;<span class="OtherNewsDate">(%s)</span></td></tr>'
                         % (3390 - i, e(t), dmy(d)) for i, (t, d) in enumerate(rel))
    return f"""<!DOCTYPE html>
<html  lang="vi-VN">
<head id="Head">
<!--*********************************************-->
<!-- DNN Platform - http://www.dnnsoftware.com   -->
<!-- Copyright (c) 2002-2018, by DNN Corporation -->
<!--*********************************************-->
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta name="REVISIT-AFTER" content="1 DAYS" />
<meta name="RATING" content="GENERAL" />
<meta name="RESOURCE-TYPE" content="DOCUMENT" />
<meta content="text/javascript" http-equiv="Content-Script-Type" />
<meta content="text/css" http-equiv="Content-Style-Type" />
<title>
	Sở Giáo dục và Đào tạo Quảng Trị &gt; Tin tức - Sự kiện &gt; {e(a['title'])}
</title><meta id="MetaDescription" name="DESCRIPTION" content="Sở Giáo dục và Đào tạo tỉnh Quảng Trị" /><meta id="MetaKeywords" name="KEYWORDS" content="giáo dục, quảng trị, học bạ số,DotNetNuke,DNN" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=112" type="text/css" rel="stylesheet"/><link href="/Portals/0/Skins/SGD/skin.css?cdv=112" type="text/css" rel="stylesheet"/><link href="/Portals/0/portal.css?cdv=112" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=112" type="text/javascript"></script><script src="/Resources/libraries/jQuery-Migrate/03_02_00/jquery-migrate.js?cdv=112" type="text/javascript"></script>
</head>
<body id="Body">
<form method="post" action="/Tin-tuc-su-kien/tabid/78/ArticleId/3391/Default.aspx" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{ theForm = document.Form; }}
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZNZr42xUqmA1cu5uT6JWy71MV02kNwuLGL617JfsWitqyEH-aZNltvZEzaoYE2aXbY1dKeSpRoJ4wnYsMb5TVk0sBGBJ0&amp;t=638286151360000000" type="text/javascript"></script>
<!-- 2023.10.30 03:15:02 -->
<div id="dnn_wrapper">
<div class="header"><div class="header-date">Hôm nay: {wd(today)}, {dmy(today)}</div>
<div class="logo"><a id="dnn_dnnLOGO_hypLogo" title="Sở Giáo dục và Đào tạo Quảng Trị" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo-sgd.png" alt="Sở Giáo dục và Đào tạo Quảng Trị" /></a></div>
<div class="login"><a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="LoginLink" rel="nofollow" onclick="this.disabled=true;" href="/Login/tabid/55/Default.aspx">Đăng nhập</a></div></div>
<div id="dnn_MenuPane" class="menu">
<ul class="topLevel"><li class="item first"><a href="/Trang-chu/tabid/36/Default.aspx"><div><span>Trang chủ</span></div></a></li>
<li class="item haschild"><a href="/Gioi-thieu/tabid/77/Default.aspx"><div><span>Giới thiệu</span></div></a><div class="subLevel"><ul><li class="item"><a href="#">Chức năng nhiệm vụ</a></li><li class="item"><a href="#">Lãnh đạo Sở</a></li><li class="item"><a href="#">Các phòng chức năng</a></li><li class="item"><a href="#">Đơn vị trực thuộc</a></li></ul></div></li>
<li class="item selected haschild"><a href="/Tin-tuc-su-kien/tabid/78/Default.aspx"><div><span>Tin tức - Sự kiện</span></div></a><div class="subLevel"><ul><li class="item"><a href="#">Hoạt động của ngành</a></li><li class="item"><a href="#">Giáo dục mầm non</a></li><li class="item"><a href="#">Giáo dục tiểu học</a></li><li class="item"><a href="#">Giáo dục trung học</a></li><li class="item"><a href="#">Chuyển đổi số trong giáo dục</a></li></ul></div></li>
<li class="item"><a href="/Van-ban/tabid/79/Default.aspx"><div><span>Văn bản</span></div></a></li><li class="item"><a href="/Thu-tuc-hanh-chinh/tabid/80/Default.aspx"><div><span>Thủ tục hành chính</span></div></a></li>
<li class="item"><a href="/Tuyen-sinh/tabid/81/Default.aspx"><div><span>Tuyển sinh</span></div></a></li><li class="item"><a href="/Thi-cu/tabid/82/Default.aspx"><div><span>Thi cử</span></div></a></li><li class="item last"><a href="/Lien-he/tabid/83/Default.aspx"><div><span>Liên hệ</span></div></a></li></ul>
</div>
<div class="main">
<div id="dnn_LeftPane" class="leftpane">
<div class="DnnModule DnnModule-DNN_HTML DnnModule-410"><a name="410"></a><div class="c_title"><h2 class="c_title_text"><span id="dnn_ctr410_dnnTITLE_titleLabel" class="Head">Thông báo</span></h2></div>
<div id="dnn_ctr410_ContentPane"><div id="dnn_ctr410_ModuleContent" class="DNNModuleContent ModDNNHTMLC"><div id="dnn_ctr410_HtmlModule_lblContent" class="Normal">
<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"><p><a href="#">Thông báo tuyển dụng viên chức giáo dục năm 2023</a></p><p><a href="#">Kế hoạch tổ chức kỳ thi chọn học sinh giỏi văn hóa lớp 12</a></p><p><a href="#">Lịch tiếp công dân của Giám đốc Sở tháng 11/2023</a></p></marquee>
</div></div></div></div>
<div class="DnnModule DnnModule-411"><div class="c_title"><h2 class="c_title_text"><span class="Head">Liên kết</span></h2></div><ul class="links"><li><a href="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</a></li><li><a href="https://quangtri.gov.vn">Cổng TTĐT tỉnh Quảng Trị</a></li><li><a href="https://csdl.moet.gov.vn">CSDL ngành giáo dục</a></li></ul></div>
</div>
<div id="dnn_ContentPane" class="contentpane">
<div class="DnnModule DnnModule-ArticleView DnnModule-1234"><a name="1234"></a>
<div id="dnn_ctr1234_ContentPane"><!-- Start_Module_1234 --><div id="dnn_ctr1234_ModuleContent" class="DNNModuleContent ModArticleViewC">
<div class="article-breadcrumb"><a href="/Trang-chu/tabid/36/Default.aspx">Trang chủ</a> / <a href="/Tin-tuc-su-kien/tabid/78/Default.aspx">Tin tức - Sự kiện</a></div>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td>
<h1 class="article-title"><span id="dnn_ctr1234_ViewArticle_lblTitle">{e(a['title'])}</span></h1>
<div class="article-date"><span id="dnn_ctr1234_ViewArticle_lblDate">{dmy(a['date'])} - {a['time']}</span> <span class="article-view">Số lượt xem: 245</span></div>
<div id="dnn_ctr1234_ViewArticle_divContent" class="article-content Normal">
{body}
<p style="text-align: right;"><strong>{e(a['byline'][0])}</strong></p>
</div>
<div class="article-tools"><a id="dnn_ctr1234_ViewArticle_lnkPrint" href="javascript:window.print()">In bài viết</a> | <a id="dnn_ctr1234_ViewArticle_lnkEmail" href="javascript:__doPostBack('dnn$ctr1234$ViewArticle$lnkEmail','')">Gửi email</a> | <a href="javascript:history.back()">Trở về</a></div>
<div class="other-news"><span class="OtherNewsHeader">Các tin khác</span>
<table width="100%" class="OtherNews">{rel_html}</table></div>
</td></tr></table>
</div><!-- End_Module_1234 --></div>
</div>
</div>
<div id="dnn_RightPane" class="rightpane">
<div class="DnnModule"><div class="c_title"><h2 class="c_title_text"><span class="Head">Hệ thống thông tin</span></h2></div><ul><li><a href="#">Hệ thống quản lý trường học</a></li><li><a href="#">Học bạ số</a></li><li><a href="#">Tuyển sinh đầu cấp trực tuyến</a></li><li><a href="#">Thư điện tử ngành</a></li></ul></div>
<div class="DnnModule"><div class="c_title"><h2 class="c_title_text"><span class="Head">Thống kê truy cập</span></h2></div><div class="counter">Đang online: 42<br />Lượt truy cập: 9.815.402</div></div>
</div>
</div>
<div class="footer"><div id="dnn_FooterPane">
<p>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ</p>
<p>Địa chỉ: 32 Hùng Vương, thành phố Đông Hà, tỉnh Quảng Trị - Điện thoại: 0233.3852.345 - Email: sgddt@quangtri.gov.vn</p>
<p>Chịu trách nhiệm nội dung: Giám đốc Sở Giáo dục và Đào tạo</p>
</div><span id="dnn_dnnCOPYRIGHT_lblCopyright" class="Footer">Copyright 2023 by Sở GD&amp;ĐT Quảng Trị</span></div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`78`}}" />
<input name="__RequestVerificationToken" type="hidden" value="Qm4b1kGxUjX1vV0F3y8dQh7JkqZo2LCs9PdEo0rWm3gK0YkO8uT5nI2a" />
</form>
</body>
</html>
"""


def t06(a):
    rnd = random.Random(606)
    today = D("25/03/2025")
    rel = related(rnd, a["date"], 6, step=(2, 6))
    iso = a["iso"]

    def IMG(cap, i):
        return ('<figure class="wp-block-image aligncenter size-large"><img decoding="async" width="1024" height="683" src="https://dongson.hoanghoa.thanhhoa.gov.vn/wp-content/uploads/2025/03/trao-bang-trung-hoa-1024x683.jpg" alt="" class="wp-image-2823" srcset="https://dongson.hoanghoa.thanhhoa.gov.vn/wp-content/uploads/2025/03/trao-bang-trung-hoa-1024x683.jpg 1024w, https://dongson.hoanghoa.thanhhoa.gov.vn/wp-content/uploads/2025/03/trao-bang-trung-hoa-300x200.jpg 300w" sizes="(max-width: 1024px) 100vw, 1024px" />'
                '<figcaption class="wp-element-caption">%s</figcaption></figure>') % e(cap)

    def XT(titles):
        lis = "".join('<li><a href="https://dongson.hoanghoa.thanhhoa.gov.vn/%s/">%s</a></li>' % (slug(t), e(t)) for t in titles)
        return '<div class="related-inline" style="border-left:4px solid #c00;background:#f7f7f7;padding:8px 12px;margin:12px 0"><p><strong>Xem thêm:</strong></p><ul>%s</ul></div>' % lis

    body = render(a["blocks"], P=lambda t: "<p>%s</p>" % nbs(t, rnd), IMG=IMG, XT=XT)
    ld = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": a["url"] + "#article", "isPartOf": {"@id": a["url"]},
         "author": {"name": "admin", "@id": "https://dongson.hoanghoa.thanhhoa.gov.vn/#/schema/person/1a2b"},
         "headline": a["title"], "datePublished": iso, "dateModified": "2025-03-18T09:05:51+07:00",
         "mainEntityOfPage": {"@id": a["url"]}, "wordCount": 612, "articleSection": ["Nông thôn mới", "Tin tức"], "inLanguage": "vi"},
        {"@type": "WebPage", "@id": a["url"], "url": a["url"], "name": a["title"] + " - UBND xã Đông Sơn", "datePublished": iso},
        {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": "https://dongson.hoanghoa.thanhhoa.gov.vn/"}, {"@type": "ListItem", "position": 2, "name": a["title"]}]}]},
        ensure_ascii=False)
    rel_html = "\n".join('<article class="related-post"><a href="https://dongson.hoanghoa.thanhhoa.gov.vn/%s/"><img src="https://dongson.hoanghoa.thanhhoa.gov.vn/wp-content/uploads/2025/0%d/thumb-%d-300x200.jpg" alt="" /></a><h3 class="entry-title"><a href="https://dongson.hoanghoa.thanhhoa.gov.vn/%s/">%s</a></h3><span class="posted-on"><time datetime="%s">%s</time></span></article>'
                         % (slug(t), max(1, d.month), i, slug(t), e(t), d.isoformat(), dmy(d)) for i, (t, d) in enumerate(rel))
    recent = "\n".join('<li><a href="#">%s</a><span class="post-date">%s</span></li>' % (e(t), dmy(d)) for t, d in related(rnd, today, 5, step=(1, 3)))
    return f"""<!doctype html>
<html lang="vi">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
	<title>{e(a['title'])} - UBND xã Đông Sơn</title>
	<link rel="canonical" href="{ea(a['url'])}" />
	<meta property="og:locale" content="vi_VN" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{ea(a['title'])} - UBND xã Đông Sơn" />
	<meta property="og:url" content="{ea(a['url'])}" />
	<meta property="og:site_name" content="UBND xã Đông Sơn" />
	<meta property="article:published_time" content="{iso}" />
	<meta property="article:modified_time" content="2025-03-18T09:05:51+07:00" />
	<meta property="og:image" content="https://dongson.hoanghoa.thanhhoa.gov.vn/wp-content/uploads/2025/03/trao-bang-trung-hoa.jpg" />
	<meta name="author" content="admin" />
	<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
<link rel='stylesheet' id='wp-block-library-css' href='https://dongson.hoanghoa.thanhhoa.gov.vn/wp-includes/css/dist/block-library/style.min.css?ver=6.7.2' media='all' />
<link rel='stylesheet' id='generatepress-style-css' href='https://dongson.hoanghoa.thanhhoa.gov.vn/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1' media='all' />
<style id='generate-style-inline-css'>
body{{background-color:#f7f8f9;color:#222222;}}a{{color:#1e73be;}}.entry-content p{{text-align:justify}}.site-header{{background:#b30000}}.main-navigation a{{color:#fff;font-weight:600}}
</style>
<script src="https://dongson.hoanghoa.thanhhoa.gov.vn/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-2817 single-format-standard wp-embed-responsive right-sidebar nav-below-header separate-containers header-aligned-left" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Chuyển đến nội dung">Chuyển đến nội dung</a>
<div class="top-bar"><div class="inside-top-bar grid-container"><aside class="widget"><div class="textwidget">{wd(today, True)}, {dmy(today)} | Đường dây nóng: 0237.3869.012</div></aside></div></div>
<header class="site-header" id="masthead" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://dongson.hoanghoa.thanhhoa.gov.vn/" rel="home">UBND xã Đông Sơn</a></p><p class="site-description" itemprop="description">Trang thông tin điện tử xã Đông Sơn - huyện Hoằng Hóa - tỉnh Thanh Hóa</p></div></div></header>
<nav class="main-navigation sub-menu-right" id="site-navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="inside-navigation grid-container">
<ul id="primary-menu" class="menu sf-menu"><li class="menu-item"><a href="/">Trang chủ</a></li><li class="menu-item menu-item-has-children"><a href="/gioi-thieu/">Giới thiệu</a><ul class="sub-menu"><li><a href="/lich-su/">Lịch sử</a></li><li><a href="/to-chuc-bo-may/">Tổ chức bộ máy</a></li></ul></li><li class="menu-item current-post-ancestor"><a href="/category/tin-tuc/">Tin tức</a></li><li class="menu-item"><a href="/category/nong-thon-moi/">Nông thôn mới</a></li><li class="menu-item"><a href="/category/van-ban/">Văn bản</a></li><li class="menu-item"><a href="/thu-tuc-hanh-chinh/">Thủ tục hành chính</a></li><li class="menu-item"><a href="/lien-he/">Liên hệ</a></li></ul></div></nav>
<div class="site grid-container container hfeed" id="page">
<div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-2817" class="post-2817 post type-post status-publish format-standard has-post-thumbnail hentry category-nong-thon-moi category-tin-tuc tag-khu-dan-cu-kieu-mau tag-nong-thon-moi" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p><a href="/">Trang chủ</a><span class="separator"> » </span><a href="/category/nong-thon-moi/">Nông thôn mới</a></p></nav>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{e(a['title'])}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{iso}" itemprop="datePublished">{dmy(a['date'])}</time></span> <span class="byline">bởi <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="/author/admin/" title="Xem tất cả bài viết của admin" rel="author" itemprop="url"><span class="author-name" itemprop="name">admin</span></a></span></span></div>
</header>
<div class="entry-content" itemprop="text">
{body}
<p style="text-align: right;"><strong>{e(a['byline'][0])}</strong></p>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Chuyên mục </span><a href="/category/nong-thon-moi/" rel="category tag">Nông thôn mới</a>, <a href="/category/tin-tuc/" rel="category tag">Tin tức</a></span> <span class="tags-links"><span class="screen-reader-text">Thẻ </span>Từ khóa: <a href="/tag/khu-dan-cu-kieu-mau/" rel="tag">khu dân cư kiểu mẫu</a>, <a href="/tag/nong-thon-moi/" rel="tag">nông thôn mới</a>, <a href="/tag/trung-hoa/" rel="tag">Trung Hòa</a></span>
<div class="share-buttons">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={ea(a['url'])}" target="_blank" rel="noopener">Facebook</a> <a href="https://zalo.me/share?u={ea(a['url'])}">Zalo</a> <a href="javascript:window.print()">In</a></div>
<nav id="nav-below" class="post-navigation" aria-label="Bài viết"><div class="nav-previous"><span class="prev"><a href="/{slug(rel[0][0])}/" rel="prev">{e(rel[0][0])}</a></span></div></nav></footer>
</div>
</article>
<div class="related-posts"><h2 class="related-title">Bài viết liên quan</h2>
{rel_html}
</div>
<div id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Bình luận</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><label for="author" class="screen-reader-text">Tên</label><input placeholder="Tên *" id="author" name="author" type="text" value="" size="30" required /><label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" value="" size="30" required /><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> <input type='hidden' name='comment_post_ID' value='2817' id='comment_post_ID' /></p></form></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" title="Tìm kiếm cho:"></label><button class="search-submit" aria-label="Tìm kiếm">Tìm</button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></aside>
<aside id="custom_html-3" class="widget_text widget inner-padding widget_custom_html"><h2 class="widget-title">Lịch tiếp công dân</h2><div class="textwidget custom-html-widget">Chủ tịch UBND xã tiếp công dân vào sáng thứ Năm hằng tuần tại Phòng tiếp công dân, trụ sở UBND xã.</div></aside>
<aside id="custom_html-4" class="widget_text widget inner-padding widget_custom_html"><h2 class="widget-title">Thống kê truy cập</h2><div class="textwidget custom-html-widget">Đang truy cập: 9<br>Hôm nay: 214<br>Tổng lượt truy cập: 186.530</div></aside>
</div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container"><div class="copyright-bar">
<p><strong>TRANG THÔNG TIN ĐIỆN TỬ XÃ ĐÔNG SƠN</strong></p><p>Cơ quan chủ quản: UBND xã Đông Sơn, huyện Hoằng Hóa, tỉnh Thanh Hóa</p><p>Địa chỉ: Thôn Trung Hòa, xã Đông Sơn - Điện thoại: 0237.3869.012 - Email: dongson.hoanghoa@thanhhoa.gov.vn</p><p>Chịu trách nhiệm chính: Chủ tịch UBND xã</p>
</div></div></footer></div>
<script id="generate-menu-js-extra">var generatepressMenu = {{"toggleOpenedSubMenus":true,"openSubMenuLabel":"M\\u1edf Sub-Menu","closeSubMenuLabel":"\\u0110\\u00f3ng Sub-Menu"}};</script>
<script src="https://dongson.hoanghoa.thanhhoa.gov.vn/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1" id="generate-menu-js"></script>
<script src="https://dongson.hoanghoa.thanhhoa.gov.vn/wp-includes/js/comment-reply.min.js?ver=6.7.2" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
"""


def t07(a):
    rnd = random.Random(707)
    today = D("11/08/2023")
    rel = related(rnd, a["date"], 5, step=(1, 4))
    X = lambda t: ent(e(t))

    def IMG(cap, i):
        return ('<div id="attachment_5120" style="width: 650px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-5120" class="size-full wp-image-5120" src="https://bacquang.hagiang.gov.vn/wp-content/uploads/2023/08/nuoi-ong-na-khuong.jpg" alt="" width="640" height="427" />'
                '<p id="caption-attachment-5120" class="wp-caption-text">%s</p></div>') % X(cap)

    body = render(a["blocks"], P=lambda t: '<p style="text-align: justify;">%s</p>' % X(t), IMG=IMG)
    rel_html = "\n".join('<li><a href="https://bacquang.hagiang.gov.vn/%s/" rel="bookmark">%s</a> <span class="tie-date">%s</span></li>' % (slug(t), e(t), dmy(d)) for t, d in rel)
    pop = "\n".join('<li><div class="post-thumbnail"><a href="#"><img src="https://bacquang.hagiang.gov.vn/wp-content/uploads/thumb%d.jpg" alt="" /></a></div><h3><a href="#">%s</a></h3><span class="tie-date"><i class="fa fa-clock-o"></i>%s</span></li>' % (i, e(t), dmy(d)) for i, (t, d) in enumerate(related(rnd, today, 6, step=(3, 12))))
    return f"""<!DOCTYPE html>
<html lang="vi" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="UTF-8" />
<link rel="pingback" href="https://bacquang.hagiang.gov.vn/xmlrpc.php" />
<title>{X(a['title'])} | Trang thông tin điện tử huyện Bắc Quang</title>
<meta property="og:title" content="{ea(a['title'])}"/>
<meta property="og:type" content="article"/>
<meta property="og:url" content="{ea(a['url'])}"/>
<meta property="og:site_name" content="Trang thông tin điện tử huyện Bắc Quang"/>
<link rel='stylesheet' id='tie-style-css'  href='https://bacquang.hagiang.gov.vn/wp-content/themes/sahifa/style.css' type='text/css' media='all' />
<link rel='stylesheet' id='Oswald-css'  href='https://fonts.googleapis.com/css?family=Oswald%3Aregular%2C700&#038;subset=latin%2Cvietnamese' type='text/css' media='all' />
<script type='text/javascript' src='https://bacquang.hagiang.gov.vn/wp-includes/js/jquery/jquery.js?ver=1.12.4-wp'></script>
<script type='text/javascript'>
/* <![CDATA[ */
var tie = {{"mobile_menu_active":"true","mobile_menu_top":"","lightbox_all":"true","lightbox_gallery":"true","woocommerce_lightbox":"","lightbox_skin":"dark","lightbox_thumb":"vertical","lightbox_arrows":"","sticky_sidebar":"1","is_singular":"1","reading_indicator":"","lang_no_results":"Kh\\u00f4ng t\\u00ecm th\\u1ea5y k\\u1ebft qu\\u1ea3","lang_results_found":"K\\u1ebft qu\\u1ea3 t\\u00ecm ki\\u1ebfm"}};
/* ]]> */
</script>
{ga("BQ7H2C0P3")}
</head>
<body id="top" class="post-template-default single single-post postid-5118 single-format-standard lazy-enabled">
<div class="wrapper-outer"><div class="background-cover"></div>
<aside id="slide-out"><div class="search-mobile"><form method="get" id="searchform-mobile" action="https://bacquang.hagiang.gov.vn/"><input type="text" id="s-mobile" name="s" value="Tìm kiếm" /></form></div><div id="mobile-menu"></div></aside>
<div id="wrapper" class="wide-layout"><div class="inner-wrapper">
<header id="theme-header" class="theme-header center-logo">
<div id="top-nav" class="top-nav"><div class="container"><span class="today-date">{wd(today, True)}, {today.day} Tháng {today.month}, {today.year}</span>
<div class="top-menu"><ul id="menu-top" class="menu"><li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="/so-do-site/">Sơ đồ site</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul></div></div></div>
<div class="header-content"><div class="logo"><h2><a title="Trang thông tin điện tử huyện Bắc Quang" href="https://bacquang.hagiang.gov.vn/"><img src="https://bacquang.hagiang.gov.vn/wp-content/uploads/2021/05/logo-bacquang.png" alt="Trang thông tin điện tử huyện Bắc Quang" /><strong>Trang thông tin điện tử huyện Bắc Quang</strong></a></h2></div></div>
<nav id="main-nav" class="fixed-enabled"><div class="container"><div class="main-menu"><ul id="menu-main" class="menu"><li class="menu-item"><a href="/">Trang chủ</a></li><li class="menu-item menu-item-has-children"><a href="/category/tin-tuc/">Tin tức - Sự kiện</a><ul class="sub-menu menu-sub-content"><li><a href="/category/chinh-tri/">Chính trị</a></li><li><a href="/category/kinh-te/">Kinh tế</a></li><li><a href="/category/van-hoa-xa-hoi/">Văn hóa - Xã hội</a></li></ul></li><li class="menu-item"><a href="/category/mat-tran-doan-the/">Mặt trận - Đoàn thể</a></li><li class="menu-item"><a href="/category/nong-nghiep/">Nông nghiệp</a></li><li class="menu-item"><a href="/category/van-ban/">Văn bản</a></li><li class="menu-item"><a href="/category/thong-bao/">Thông báo</a></li></ul></div></div></nav>
</header>
<div id="main-content" class="container">
<div class="content">
<nav id="crumbs"><a href="https://bacquang.hagiang.gov.vn/">Trang chủ</a><span class="delimiter">/</span><a href="https://bacquang.hagiang.gov.vn/category/mat-tran-doan-the/">Mặt trận - Đoàn thể</a><span class="delimiter">/</span><span class="current">{X(a['title'])}</span></nav>
<article class="post-listing post-5118 post type-post status-publish format-standard has-post-thumbnail" id="the-post">
<div class="post-inner">
<h1 class="name post-title entry-title"><span itemprop="name">{X(a['title'])}</span></h1>
<p class="post-meta"><span class="tie-date"><i class="fa fa-clock-o"></i>{a['time']}, {dmy(a['date'])}</span> <span class="post-cats"><i class="fa fa-folder"></i><a href="/category/mat-tran-doan-the/" rel="category tag">Mặt trận - Đoàn thể</a></span> <span class="post-views"><i class="fa fa-eye"></i>317 Lượt xem</span></p>
<div class="clear"></div>
<div class="entry">
{body}
<p style="text-align: right;"><em><strong>{X(a['byline'][0])}</strong></em></p>
</div>
<div class="share-post"><span class="share-text">Chia sẻ</span><ul class="flat-social"><li><a href="https://www.facebook.com/sharer.php?u={ea(a['url'])}" class="social-facebook" rel="external" target="_blank"><i class="fa fa-facebook"></i> <span>Facebook</span></a></li><li><a href="https://twitter.com/intent/tweet?url={ea(a['url'])}" class="social-twitter" rel="external" target="_blank"><i class="fa fa-twitter"></i> <span>Twitter</span></a></li></ul><div class="clear"></div></div>
<div class="clear"></div>
</div>
</article>
<p class="post-tag">Thẻ<a href="/tag/hoi-nong-dan/" rel="tag">Hội Nông dân</a> <a href="/tag/nuoi-ong/" rel="tag">nuôi ong</a> <a href="/tag/tap-huan/" rel="tag">tập huấn</a></p>
<section id="related_posts"><div class="block-head"><h3>Bài viết liên quan</h3><div class="stripe-line"></div></div><div class="post-listing"><ul>{rel_html}</ul><div class="clear"></div></div></section>
<div id="comments"><div class="clear"></div><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời</h3><form action="https://bacquang.hagiang.gov.vn/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *</p><p class="comment-form-comment"><label for="comment">Bình luận</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="comment-form-author"><label for="author">Tên *</label><input id="author" name="author" type="text" value="" size="30" /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /></p></form></div></div>
</div>
<aside id="sidebar"><div class="theiaStickySidebar">
<div id="posts-list-widget-2" class="widget posts-list"><div class="widget-top"><h4>Tin đọc nhiều</h4><div class="stripe-line"></div></div><div class="widget-container"><ul>{pop}</ul><div class="clear"></div></div></div>
<div id="text-5" class="widget widget_text"><div class="widget-top"><h4>Thống kê truy cập</h4></div><div class="widget-container"><div class="textwidget"><p>Đang online: 12<br />Hôm nay: 408<br />Tổng truy cập: 1.027.664</p></div></div></div>
</div></aside>
<div class="clear"></div>
</div>
<footer id="theme-footer"><div id="footer-widget-area" class="footer-3c"><div class="container">
<p>TRANG THÔNG TIN ĐIỆN TỬ HUYỆN BẮC QUANG - TỈNH HÀ GIANG</p><p>Cơ quan chủ quản: UBND huyện Bắc Quang</p><p>Địa chỉ: Tổ 4, thị trấn Việt Quang, huyện Bắc Quang, tỉnh Hà Giang. Điện thoại: 0219.3820.118</p><p>Chịu trách nhiệm nội dung: Chánh Văn phòng HĐND và UBND huyện</p>
</div></div></footer>
<div class="clear"></div>
</div></div></div>
<div id="topcontrol" class="fa fa-angle-up" title="Lên đầu trang"></div>
<script type='text/javascript' src='https://bacquang.hagiang.gov.vn/wp-content/themes/sahifa/js/tie-scripts.js'></script>
</body>
</html>
"""


def t08(a):
    rnd = random.Random(808)
    today = D("04/07/2025")
    rel = related(rnd, a["date"], 7, step=(0, 2))
    iso = a["iso"]
    body = render(a["blocks"], P=lambda t: '<p style="text-align: justify;"><span style="font-family: times new roman, times; font-size: 14pt;">%s</span></p>' % nbs(t, rnd))
    rel_html = "\n".join('<li itemscope itemtype="https://schema.org/Article"><a href="/index.php/tin-tuc-su-kien/%d-%s" itemprop="url"><span itemprop="name">%s</span></a> <small>(%s)</small></li>'
                         % (244 - i, slug(t)[:50], e(t), d.strftime("%d-%m-%Y")) for i, (t, d) in enumerate(rel))
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="{ea(a['url'])}" />
	<meta name="keywords" content="xã Hòa Bình, chính quyền hai cấp, sắp xếp đơn vị hành chính" />
	<meta name="author" content="Quản trị viên" />
	<meta name="description" content="Cổng thông tin điện tử xã Hòa Bình, tỉnh Phú Thọ" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{e(a['title'])}</title>
	<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/xahoabinh/css/template.css?4d1f0c8b2a" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js?4d1f0c8b2a"></script>
	<script src="/media/jui/js/jquery-noconflict.js?4d1f0c8b2a"></script>
	<script src="/media/system/js/caption.js?4d1f0c8b2a"></script>
	<script src="/media/jui/js/bootstrap.min.js?4d1f0c8b2a"></script>
	<script>
jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});
jQuery(function($){{ initTooltips(); $("body").on("subform-row-add", initTooltips); function initTooltips (event, container) {{ container = container || document;$(container).find(".hasTooltip").tooltip({{"html": true,"container": "body"}});}} }});
	</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-112">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix">
<a class="brand pull-left" href="/"><img src="/images/banner-xa-hoa-binh.png" alt="Cổng thông tin điện tử xã Hòa Bình" /></a>
<div class="header-search pull-right"><div class="search"><form action="/index.php/tin-tuc-su-kien" method="post" class="form-inline" role="search"><label for="mod-search-searchword93" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200"  class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="112" /></form></div>
<div class="custom"><p>{wd(today, True)}, ngày {dmy(today)}</p></div></div>
</div></header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Toggle Navigation</span><span class="icon-bar"></span></a></div><div class="nav-collapse">
<ul class="nav menu nav-pills mod-list"><li class="item-101 default"><a href="/index.php" >Trang chủ</a></li><li class="item-111 deeper parent"><a href="/index.php/gioi-thieu" >Giới thiệu</a><ul class="nav-child unstyled small"><li class="item-120"><a href="/index.php/gioi-thieu/tong-quan" >Tổng quan</a></li><li class="item-121"><a href="/index.php/gioi-thieu/co-cau-to-chuc" >Cơ cấu tổ chức</a></li></ul></li><li class="item-112 current active"><a href="/index.php/tin-tuc-su-kien" >Tin tức - Sự kiện</a></li><li class="item-113"><a href="/index.php/van-ban" >Văn bản</a></li><li class="item-114"><a href="/index.php/thu-tuc-hanh-chinh" >Thủ tục hành chính</a></li><li class="item-115"><a href="/index.php/cong-khai" >Công khai</a></li><li class="item-116"><a href="/index.php/lien-he" >Liên hệ</a></li></ul>
</div></nav>
<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider"> / </span><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/tin-tuc-su-kien" class="pathway"><span itemprop="name">Tin tức - Sự kiện</span></a><meta itemprop="position" content="2"></li></ul></div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />
	<div class="page-header">
		<h2 itemprop="headline">{e(a['title'])}</h2>
	</div>
	<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-245" aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button><ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-245"><li class="print-icon"> <a href="/index.php/tin-tuc-su-kien/245?tmpl=component&amp;print=1" title="In bài viết" rel="nofollow">In</a> </li><li class="email-icon"> <a href="/index.php/component/mailto/?tmpl=component&amp;template=protostar&amp;link=8c1a" title="Gửi email" rel="nofollow">Email</a> </li></ul></div></div>
	<dl class="article-info muted">
		<dt class="article-info-term">Chi tiết</dt>
		<dd class="category-name"><span class="icon-folder-open icon-fw"></span> Chuyên mục: <a href="/index.php/tin-tuc-su-kien" itemprop="genre">Tin tức - Sự kiện</a></dd>
		<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{iso}" itemprop="datePublished">Ngày đăng {a['date'].strftime('%d-%m-%Y')}</time></dd>
		<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:412" /> Lượt xem: 412</dd>
	</dl>
	<div itemprop="articleBody">
		{body}
<p style="text-align: right;"><strong><span style="font-family: times new roman, times; font-size: 14pt;">{e(a['byline'][0])}</span></strong></p>
	</div>
	<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="{ea(rel[0][0])}" aria-label="Bài trước: {ea(rel[0][0])}" href="/index.php/tin-tuc-su-kien/244" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li></ul>
</div>
<div class="moduletable"><h3>Tin cùng chuyên mục</h3><ul class="relateditems mod-list">{rel_html}</ul></div>
</main>
<div id="aside" class="span3">
<div class="well "><h3 class="page-header">Thông báo</h3><div class="custom"><p><a href="#">Thông báo lịch tiếp công dân của Bí thư Đảng ủy xã tháng 7/2025</a></p><p><a href="#">Thông báo địa điểm tiếp nhận hồ sơ thủ tục hành chính sau sắp xếp</a></p></div></div>
<div class="well "><h3 class="page-header">Dịch vụ công</h3><div class="custom"><p><a href="https://dichvucong.gov.vn"><img src="/images/dvcqg.png" alt="Cổng dịch vụ công quốc gia" /></a></p></div></div>
<div class="well "><h3 class="page-header">Thống kê truy cập</h3><div class="vcnt"><div>Hôm nay: 233</div><div>Hôm qua: 418</div><div>Tuần này: 1.105</div><div>Tất cả: 74.302</div><div>Đang xem: 7</div></div></div>
</div>
</div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr />
<div class="custom"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÒA BÌNH</strong></p><p>Cơ quan chủ quản: Ủy ban nhân dân xã Hòa Bình, tỉnh Phú Thọ</p><p>Địa chỉ: Trụ sở UBND xã Hòa Bình - Điện thoại: 0218.3856.209</p><p>Chịu trách nhiệm chính: Phạm Đức Tài - Chủ tịch UBND xã</p></div>
<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p><p>&copy; 2025 Cổng thông tin điện tử xã Hòa Bình</p></div></footer>
</body>
</html>
"""


def t09(a):
    rnd = random.Random(909)
    today = D("25/11/2024")
    newer = related(rnd, today, 4, step=(1, 2))
    older = related(rnd, a["date"], 6, step=(2, 5))
    caps = [b[1] for b in a["blocks"] if b[0] == "img"]
    blocks = a["blocks"][1:]  # first image is NukeViet's "homeimg" with its caption

    def IMG(cap, i):
        return ('<div class="image-center"><figure class="image"><img alt="%s" height="480" src="/uploads/news/2024_11/trao-thuong-20-11.jpg" width="720" />'
                '<figcaption>%s</figcaption></figure></div>') % (ea(cap), e(cap))

    body = render(blocks, P=lambda t: '<p style="text-align:justify">%s</p>' % nbs(t, rnd), IMG=IMG)
    fmt = lambda items: "\n".join('<li><em class="fa fa-angle-right">&nbsp;</em><a href="/news/tin-tuc-su-kien/%s-%d.html" title="%s">%s</a><em> (%s)</em></li>'
                                  % (slug(t)[:50], 400 + i, ea(t), e(t), dmy(d)) for i, (t, d) in enumerate(items))
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{e(a['title'])} - Tin tức - Sự kiện - Trường THCS Lê Lợi</title>
<meta name="description" content="{ea(a['lead'][:150])}">
<meta name="keywords" content="ngày nhà giáo việt nam, tri ân thầy cô, thcs lê lợi">
<meta name="news_keywords" content="ngày nhà giáo việt nam, tri ân thầy cô">
<meta name="author" content="Trường THCS Lê Lợi">
<meta name="copyright" content="Trường THCS Lê Lợi [webmaster@thcsleloi.camlo.edu.vn]">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:title" content="{ea(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:description" content="{ea(a['lead'][:150])}">
<meta property="og:site_name" content="Trường THCS Lê Lợi">
<meta property="og:image" content="https://thcsleloi.camlo.edu.vn/uploads/news/2024_11/van-nghe-20-11.jpg">
<meta property="og:url" content="{ea(a['url'])}">
<link rel="shortcut icon" href="/uploads/favicon.ico">
<link rel="canonical" href="{ea(a['url'])}">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="/themes/default/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="/themes/default/css/style.css">
<link rel="StyleSheet" href="/themes/default/css/news.css">
<script data-show="inline">(function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){{(i[r].q=i[r].q||[]).push(arguments)}},i[r].l=1*new Date();a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)}})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');ga('create', 'UA-120483021-1', '.thcsleloi.camlo.edu.vn');ga('send', 'pageview');</script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.<br>Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg">
<div class="wraper">
<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8"><a title="Trường THCS Lê Lợi" href="/"><img src="/uploads/logo-thcs-le-loi.png" alt="Trường THCS Lê Lợi"></a><span class="site_name">Trường THCS Lê Lợi</span><span class="site_description">Huyện Cam Lộ - Tỉnh Quảng Trị</span></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span></div></div></div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">
<div class="navbar navbar-default navbar-static-top" role="navigation"><div class="collapse navbar-collapse" id="menu-site-default"><ul class="nav navbar-nav">
<li><a class="home" title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang nhất</span></a></li>
<li role="presentation" class="dropdown"><a class="dropdown-toggle" href="/about/" role="button" aria-expanded="false">Giới thiệu</a><ul class="dropdown-menu"><li><a href="/about/lich-su-nha-truong.html">Lịch sử nhà trường</a></li><li><a href="/about/co-cau-to-chuc.html">Cơ cấu tổ chức</a></li></ul></li>
<li role="presentation" class="active"><a href="/news/">Tin tức</a></li><li role="presentation"><a href="/news/hoat-dong-chuyen-mon/">Hoạt động chuyên môn</a></li><li role="presentation"><a href="/news/doan-doi/">Đoàn - Đội</a></li><li role="presentation"><a href="/laws/">Văn bản</a></li><li role="presentation"><a href="/download/">Tài nguyên</a></li><li role="presentation"><a href="/contact/">Liên hệ</a></li>
</ul></div></div></div></div></div></nav>
<section><div class="container" id="body">
<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix"><div class="col-xs-24 col-sm-18 col-md-18"><div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"></ul></div><ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item" title="Trang nhất"><span itemprop="name">Trang nhất</span></a><i class="hidden" itemprop="position" content="1"></i></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/news/" itemprop="item" title="Tin Tức"><span class="txt" itemprop="name">Tin Tức</span></a><i class="hidden" itemprop="position" content="2"></i></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/news/tin-tuc-su-kien/" itemprop="item" title="Tin tức - Sự kiện"><span class="txt" itemprop="name">Tin tức - Sự kiện</span></a><i class="hidden" itemprop="position" content="3"></i></li></ul></div></div>
<div class="current-time col-xs-24 col-sm-6 col-md-6">{wd(today, True)}, {dmy(today)}</div></div></div></div></nav>
<div class="row"><div class="col-md-18">
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{e(a['title'])}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{wd(a['date'], True)} - {dmy(a['date'])} {a['time']}</span></div>
<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/sendmail/', 'sendmail', 650, 500);"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li><li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('/print/', 'print', 840, 500);"><em class="fa fa-print fa-lg">&nbsp;</em></a></li><li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="/savefile/"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>
<div class="clearfix">
<div class="hometext m-bottom" itemprop="description">{e(a['lead'])}</div>
<figure class="article center">
<img alt="{ea(caps[0])}" src="/uploads/news/2024_11/van-nghe-20-11.jpg" width="460" class="img-thumbnail">
<figcaption>{e(caps[0])}</figcaption>
</figure>
</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg" itemprop="articleBody">
{body}
</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>{e(a['byline'][0])}</p><p class="h5 text-right"><strong>Nguồn tin: </strong>Trường THCS Lê Lợi</p></div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><span><a title="ngày nhà giáo việt nam" href="/news/tag/ngay-nha-giao-viet-nam"><em>ngày nhà giáo việt nam</em></a>, <a title="tri ân thầy cô" href="/news/tag/tri-an-thay-co"><em>tri ân thầy cô</em></a></span></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: 15 trong 3 đánh giá</p><div style="padding: 5px;"><input class="hover-star required" type="radio" value="1" title="Bài viết rất kém"/><input class="hover-star required" type="radio" value="2" title="Bài viết kém"/><input class="hover-star required" type="radio" value="3" title="Bài viết đạt"/><input class="hover-star required" type="radio" value="4" title="Bài viết tốt"/><input class="hover-star required" type="radio" value="5" title="Bài viết rất tốt"/><span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
<p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix"><ul class="related list-items">{fmt(newer)}</ul></div>
<p class="h3"><strong>Những tin cũ hơn</strong></p><div class="clearfix"><ul class="related list-items">{fmt(older)}</ul></div>
</div></div>
</div>
<div class="col-md-6">
<div class="panel panel-primary"><div class="panel-heading">Thông báo</div><div class="panel-body"><ul><li><a href="#">Lịch thi học kỳ I năm học 2024 - 2025</a></li><li><a href="#">Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường</a></li></ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><ul class="counter list-none display-table"><li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>6</span></li><li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span>184</span></li><li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>5,210</span></li><li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>412,908</span></li></ul></div></div>
</div></div>
</div></section>
</div>
<footer id="footer" class="footer"><div class="container"><div class="row"><div class="col-xs-24 col-sm-24 col-md-12"><ul class="company_info" itemscope itemtype="http://schema.org/LocalBusiness"><li class="company_name"><span itemprop="name">Trường THCS Lê Lợi - Huyện Cam Lộ</span></li><li><em class="fa fa-map-marker"></em><span>Địa chỉ: Khu phố 3, thị trấn Cam Lộ, huyện Cam Lộ, tỉnh Quảng Trị</span></li><li><em class="fa fa-phone"></em><span>Điện thoại: 0233.3871.256</span></li><li><em class="fa fa-envelope"></em><span>Email: thcsleloi.camlo@quangtri.edu.vn</span></li></ul></div>
<div class="col-xs-24 col-sm-24 col-md-12"><div class="copyright">© Bản quyền thuộc về Trường THCS Lê Lợi. Chịu trách nhiệm nội dung: Hiệu trưởng nhà trường.</div><div class="theme-change">Thiết kế bởi <a href="http://vinades.vn/">VINADES.,JSC</a></div></div></div></div></footer>
</div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Xq1b2",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=0,nv_is_recaptcha=0;</script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/default/js/news.js"></script>
<script src="/themes/default/js/main.js"></script>
</body>
</html>
"""


def t10(a):
    rnd = random.Random(1010)
    rel = related(rnd, a["date"], 5, step=(1, 3))
    body = render(a["blocks"], P=lambda t: "<p>%s</p>" % nbs(t, rnd))
    rel_html = "\n".join('<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/tin-tuc/%s" hreflang="vi">%s</a></span></div><div class="views-field views-field-created"><span class="field-content">%s</span></div></div>'
                         % (slug(t), e(t), dmy(d)) for t, d in rel)
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
  <head>
    <meta charset="utf-8" />
<link rel="canonical" href="{ea(a['url'])}" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/sites/default/files/favicon.png" type="image/png" />
    <title>{e(a['title'])} | Sở Công Thương Hải Dương</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq9Ue1uX4d3RXbA0mZc0u2oQy6r7aM.css" />
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":"node\\/1532","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"vi"}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"user":{{"uid":0,"permissionsHash":"7b1b4c3f0e0c5c8fd9d5f2a1bd0c3e3b3d7a5c7e3c8f0b2a0d1e6b7f9c2a1d0e"}}}}</script>
  </head>
  <body class="path-node page-node-type-article">
    <a href="#main-content" class="visually-hidden focusable skip-link">Chuyển đến nội dung chính</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">
  <header role="banner">
    <div class="region region-header">
      <div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home"><img src="/sites/default/files/logo-sct.png" alt="Trang chủ" /></a><div class="site-name"><a href="/" rel="home">Sở Công Thương Hải Dương</a></div></div>
    </div>
  </header>
  <div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
  <ul class="menu"><li class="menu-item"><a href="/" data-drupal-link-system-path="&lt;front&gt;">Trang chủ</a></li><li class="menu-item menu-item--active-trail"><a href="/tin-tuc">Tin tức</a></li><li class="menu-item"><a href="/xuc-tien-thuong-mai">Xúc tiến thương mại</a></li><li class="menu-item"><a href="/quan-ly-thi-truong">Quản lý thị trường</a></li><li class="menu-item"><a href="/van-ban">Văn bản</a></li><li class="menu-item"><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li class="menu-item"><a href="/lien-he">Liên hệ</a></li></ul></nav></div>
  <div class="region region-breadcrumb"><div id="block-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ol></nav></div></div>
  <main role="main">
    <a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
      <div class="region region-content">
        <div data-drupal-messages-fallback class="hidden"></div>
        <div id="block-pagetitle" class="block block-core block-page-title-block">
  <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{e(a['title'])}</span></h1>
</div>
<div id="block-mainpagecontent" class="block block-system block-system-main-block">
<article role="article" about="/tin-tuc/{slug(a['title'])}" class="node node--type-article node--promoted node--view-mode-full">
  <div class="node__meta"><span class="node__submitted">Ngày xuất bản: {dmy(a['date'])}</span></div>
  <div class="node__content">
  <div class="field field--name-field-image field--type-image field--label-hidden field__item">  <img loading="lazy" src="/sites/default/files/styles/large/public/2021-02/ca-rot.jpg?itok=Qm2dX0aL" width="480" height="320" alt="Cà rốt" typeof="foaf:Image" />
</div>
  <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}
<p style="text-align: right;"><strong>{e(a['byline'][0])}</strong></p>
<p><em>{e(a['source'])}</em></p>
</div>
  <div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">Từ khóa</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/41" hreflang="vi">tiêu thụ nông sản</a></div><div class="field__item"><a href="/taxonomy/term/57" hreflang="vi">COVID-19</a></div></div></div>
  </div>
</article>
</div>
<div class="views-element-container block block-views" id="block-views-block-tin-lien-quan"><h2>Tin liên quan</h2><div class="view view-tin-lien-quan view-id-tin_lien_quan view-display-id-block_1">{rel_html}</div></div>
      </div>
    </div>
    <aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second"><div id="block-thongketruycap" class="block block-block-content"><h2>Thống kê truy cập</h2><div class="clearfix text-formatted field field--name-body"><p>Đang truy cập: 18<br />Tổng lượt truy cập: 702.319</p></div></div></div></aside>
  </main>
  <footer role="contentinfo"><div class="region region-footer"><div id="block-footerinfo" class="block block-block-content"><div class="clearfix text-formatted field field--name-body"><p><strong>SỞ CÔNG THƯƠNG TỈNH HẢI DƯƠNG</strong></p><p>Địa chỉ: Số 1 Nguyễn Du, thành phố Hải Dương - Điện thoại: 0220.3852.482</p><p>Chịu trách nhiệm chính: Giám đốc Sở Công Thương</p></div></div></div></footer>
</div>
    </div>
    <script src="/sites/default/files/js/js_Mq1vZ0u0x3s4Z5f6O8aB1c2D3e4F5g6H7i8J9k0.js"></script>
  </body>
</html>
"""


def t11(a):
    rnd = random.Random(1111)
    vs = viewstate(rnd, 12000)
    X = lambda t: ent(e(t))
    rel = related(rnd, a["date"], 10, step=(1, 3))
    paras = []
    for b in a["blocks"]:
        if b[0] == "p":
            paras.append(X(b[1]))
        elif b[0] == "img":
            paras.append('<table align="center" border="0" cellpadding="0" cellspacing="0" width="500"><tr><td align="center"><img src="/Upload/TinTuc/2021/04/baucu-hongthanh.jpg" width="500" border="0"></td></tr>'
                         '<tr><td align="center"><font face="Arial" size="1" color="#333333"><i>%s</i></font></td></tr></table>' % X(b[1]))
    body = "<br><br>\n".join(paras)
    rel_html = "\n".join('<tr><td width="10" valign="top"><img src="/images/arrow.gif" width="7" height="7"></td><td><a href="/TinTuc/ChiTiet.aspx?id=%d&amp;cat=12" class="lnkOther"><font face="Arial" size="2">%s</font></a> <font face="Arial" size="1" color="#999999">(%s)</font></td></tr>'
                         % (2186 - i, X(t), dmy(d)) for i, (t, d) in enumerate(rel))
    leftmenu = "".join('<tr><td class="menuleft" height="24">&nbsp;<img src="/images/bullet_red.gif">&nbsp;<a href="/TinTuc/DanhSach.aspx?cat=%d"><font face="Arial" size="2" color="#003399"><b>%s</b></font></a></td></tr>' % (i, X(t))
                       for i, t in enumerate(["Giới thiệu chung", "Tin tức - Sự kiện", "Bầu cử Quốc hội và HĐND", "Chỉ đạo điều hành", "Văn bản pháp quy", "Kinh tế - Xã hội", "Văn hóa - Du lịch", "Thủ tục hành chính", "Lịch công tác", "Hỏi đáp - Góp ý"]))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<title>{X(a['title'])}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft Visual Studio .NET 7.1">
<meta name="CODE_LANGUAGE" content="C#">
<meta name="vs_defaultClientScript" content="JavaScript">
<meta name="vs_targetSchema" content="http://schemas.microsoft.com/intellisense/ie5">
<LINK href="/Styles/style.css" type="text/css" rel="stylesheet">
<script language="javascript" src="/js/common.js"></script>
<script language="javascript">
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
function MM_preloadImages() {{ var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array(); var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++) if (a[i].indexOf("#")!=0){{ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}}} }}
</script>
</HEAD>
<body bottomMargin="0" leftMargin="0" topMargin="0" rightMargin="0" onload="MM_preloadImages('/images/menu_over.gif')">
<form name="Form1" method="post" action="ChiTiet.aspx?id=2187&amp;cat=12" id="Form1">
<input type="hidden" name="__VIEWSTATE" value="{vs}" />
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="/images/banner_yenthanh.jpg" width="980" height="150" alt="{X('Trang thông tin điện tử huyện Yên Thành')}"></td></tr>
<tr><td colspan="3" bgcolor="#A50000" height="28"><font face="Arial" size="2" color="#FFFFFF">&nbsp;<a href="/"><font color="#FFFFFF"><b>{X('TRANG CHỦ')}</b></font></a> | <a href="/GioiThieu.aspx"><font color="#FFFFFF"><b>{X('GIỚI THIỆU')}</b></font></a> | <a href="/TinTuc/DanhSach.aspx"><font color="#FFFFFF"><b>{X('TIN TỨC')}</b></font></a> | <a href="/VanBan.aspx"><font color="#FFFFFF"><b>{X('VĂN BẢN')}</b></font></a> | <a href="/LienHe.aspx"><font color="#FFFFFF"><b>{X('LIÊN HỆ')}</b></font></a></font></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#F3F3F3">
<table width="200" border="0" cellspacing="0" cellpadding="0">
<tr><td bgcolor="#003399" height="26"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;{X('DANH MỤC')}</b></font></td></tr>
{leftmenu}
<tr><td height="10"></td></tr>
<tr><td bgcolor="#003399" height="26"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;{X('LIÊN KẾT WEBSITE')}</b></font></td></tr>
<tr><td align="center"><a href="http://www.nghean.gov.vn"><img src="/images/lk_nghean.gif" width="180" border="0"></a><br><a href="http://baonghean.vn"><img src="/images/lk_baonghean.gif" width="180" border="0"></a><br><a href="http://www.chinhphu.vn"><img src="/images/lk_chinhphu.gif" width="180" border="0"></a></td></tr>
<tr><td bgcolor="#003399" height="26"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;{X('SỐ LƯỢT TRUY CẬP')}</b></font></td></tr>
<tr><td align="center" height="30">{counters_digits(2315648)}</td></tr>
</table>
</td>
<td width="580" valign="top" style="padding: 8px">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td><font face="Arial" size="1" color="#666666"><a href="/">{X('Trang chủ')}</a> &raquo; <a href="/TinTuc/DanhSach.aspx?cat=12">{X('Bầu cử Quốc hội và HĐND')}</a></font></td></tr>
<tr><td height="8"></td></tr>
<tr><td><font face="Arial" size="3" color="#A50000"><b><span id="lblTieuDe">{X(a['title'])}</span></b></font></td></tr>
<tr><td><font face="Arial" size="1" color="#808080"><span id="lblNgay">{X('Cập nhật')}: {dmy(a['date'])}</span></font></td></tr>
<tr><td height="8"></td></tr>
<tr><td><font face="Arial" size="2"><div align="justify"><span id="lblNoiDung">
{body}
<br><br>
<div align="right"><b>{X(a['byline'][0])}</b><br><i>{X(a['source'])}</i></div>
</span></div></font></td></tr>
<tr><td height="10"></td></tr>
<tr><td align="right"><font face="Arial" size="1"><a href="javascript:window.print()">[{X('In trang')}]</a> &nbsp; <a href="javascript:history.back()">[{X('Trở về')}]</a> &nbsp; <a href="#top">[{X('Lên đầu trang')}]</a></font></td></tr>
<tr><td height="10"></td></tr>
<tr><td bgcolor="#A50000" height="24"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;{X('CÁC TIN KHÁC')}</b></font></td></tr>
<tr><td><table width="100%" border="0" cellspacing="2" cellpadding="2">
{rel_html}
</table></td></tr>
</table>
</td>
<td width="200" valign="top" bgcolor="#F3F3F3">
<table width="200" border="0" cellspacing="0" cellpadding="0">
<tr><td bgcolor="#003399" height="26"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;{X('LỊCH CÔNG TÁC')}</b></font></td></tr>
<tr><td><font face="Arial" size="2">{X('Tuần 17 (26/4 - 02/5/2021)')}<br><a href="/LichCongTac.aspx">{X('Xem chi tiết')}</a></font></td></tr>
<tr><td bgcolor="#003399" height="26"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;{X('VĂN BẢN MỚI')}</b></font></td></tr>
<tr><td><font face="Arial" size="2">{"<br>".join(X(s + ": " + d) for s, d in VANBAN[:4])}</font></td></tr>
<tr><td bgcolor="#003399" height="26"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;{X('THĂM DÒ Ý KIẾN')}</b></font></td></tr>
<tr><td><font face="Arial" size="2">{X('Bạn biết thông tin về cuộc bầu cử qua kênh nào?')}<br><input type="radio" name="poll" value="1">{X('Loa truyền thanh')}<br><input type="radio" name="poll" value="2">{X('Báo, đài')}<br><input type="radio" name="poll" value="3">{X('Mạng xã hội')}<br><input type="submit" name="btnBinhChon" value="{X('Bình chọn')}"></font></td></tr>
</table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#A50000" align="center" height="70"><font face="Arial" size="2" color="#FFFFFF">{X('TRANG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH - TỈNH NGHỆ AN')}<br>{X('Cơ quan chủ quản: UBND huyện Yên Thành. Chịu trách nhiệm chính: Chánh Văn phòng HĐND - UBND huyện')}<br>{X('Địa chỉ: Khối 1, thị trấn Yên Thành - Điện thoại: 0238.3863.228')}</font></td></tr>
</table>
</form>
</body>
</HTML>
"""


def t12(a):
    rnd = random.Random(1212)
    rel = related(rnd, a["date"], 6, step=(2, 7))
    body = render(a["blocks"], P=lambda t: '<p align="justify">%s</p>' % e(t))
    rel_html = "\n".join('<tr><td class="tinkhac">&#8226; <a href="tintuc.asp?id=%d&amp;cat=3">%s</a> <span class="ngay">[%s]</span></td></tr>' % (1164 - i, e(t), dmy(d)) for i, (t, d) in enumerate(rel))
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<meta http-equiv="Content-Language" content="vi">
<title>SỞ TƯ PHÁP TỈNH LẠNG SƠN - {e(a['title'])}</title>
<link rel="stylesheet" type="text/css" href="style.css">
<style>
.tieude {{ font-family: Arial; font-size: 15px; font-weight: bold; color: #990000 }}
.ngay {{ font-family: Arial; font-size: 11px; color: #777777 }}
.noidung {{ font-family: Arial; font-size: 13px; line-height: 18px }}
.tinkhac {{ font-family: Arial; font-size: 12px }}
</style>
</head>
<body topmargin="0" leftmargin="0">
<table border="0" width="900" align="center" cellspacing="0" cellpadding="0">
<tr><td colspan="2"><img border="0" src="images/banner.jpg" width="900" height="120" alt="Sở Tư pháp tỉnh Lạng Sơn"></td></tr>
<tr><td colspan="2" bgcolor="#336699" height="25" class="menu">&nbsp;<a href="default.asp"><font color="#FFFFFF">Trang chủ</font></a> &nbsp;|&nbsp; <a href="gioithieu.asp"><font color="#FFFFFF">Giới thiệu</font></a> &nbsp;|&nbsp; <a href="tintuc.asp?cat=1"><font color="#FFFFFF">Tin hoạt động</font></a> &nbsp;|&nbsp; <a href="tintuc.asp?cat=3"><font color="#FFFFFF">Trợ giúp pháp lý</font></a> &nbsp;|&nbsp; <a href="vanban.asp"><font color="#FFFFFF">Văn bản pháp luật</font></a> &nbsp;|&nbsp; <a href="hoidap.asp"><font color="#FFFFFF">Hỏi đáp pháp luật</font></a></td></tr>
<tr>
<td width="190" valign="top" bgcolor="#EEF3F8">
<table width="100%" cellpadding="4"><tr><td bgcolor="#336699"><font color="#FFFFFF"><b>CHUYÊN MỤC</b></font></td></tr>
<tr><td><a href="tintuc.asp?cat=1">Tin hoạt động</a><br><a href="tintuc.asp?cat=2">Phổ biến giáo dục pháp luật</a><br><a href="tintuc.asp?cat=3">Trợ giúp pháp lý</a><br><a href="tintuc.asp?cat=4">Hộ tịch - Chứng thực</a><br><a href="tintuc.asp?cat=5">Bổ trợ tư pháp</a></td></tr>
<tr><td bgcolor="#336699"><font color="#FFFFFF"><b>VĂN BẢN MỚI</b></font></td></tr>
<tr><td>{"".join('<a href="vanban.asp?id=%d">%s</a><br><span class="ngay">%s</span><br>' % (300 + i, e(s + " - " + d), dmy(a["date"] - dt.timedelta(days=5 * i + 1))) for i, (s, d) in enumerate(VANBAN))}</td></tr>
<tr><td bgcolor="#336699"><font color="#FFFFFF"><b>LIÊN KẾT WEBSITE</b></font></td></tr>
<tr><td><select name="lienket" onchange="window.open(this.options[this.selectedIndex].value)"><option value="">-- Chọn website --</option><option value="http://moj.gov.vn">Bộ Tư pháp</option><option value="http://langson.gov.vn">Cổng TTĐT tỉnh Lạng Sơn</option><option value="http://trogiupphaply.gov.vn">Cục Trợ giúp pháp lý</option><option value="http://baolangson.vn">Báo Lạng Sơn</option></select></td></tr>
<tr><td bgcolor="#336699"><font color="#FFFFFF"><b>HỎI ĐÁP PHÁP LUẬT</b></font></td></tr>
<tr><td><a href="hoidap.asp?id=88">Thủ tục đăng ký khai sinh cho con ngoài giá thú?</a><br><a href="hoidap.asp?id=87">Ai được trợ giúp pháp lý miễn phí?</a><br><a href="hoidap.asp?id=86">Chia thừa kế quyền sử dụng đất khi không có di chúc?</a></td></tr>
<tr><td bgcolor="#336699"><font color="#FFFFFF"><b>LƯỢT TRUY CẬP</b></font></td></tr>
<tr><td>Đang online: 3<br>Tổng số: 512.877</td></tr></table>
</td>
<td width="710" valign="top" style="padding:10px">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="tieude">{e(a['title'])}</td></tr>
<tr><td class="ngay">Ngày cập nhật: {dmy(a['date'])} - Người đăng: {e(a['byline'][0])}</td></tr>
<tr><td><hr size="1" color="#CCCCCC"></td></tr>
<tr><td class="noidung">
{body}
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">In trang</a> | <a href="javascript:history.back()">Quay lại</a></td></tr>
<tr><td><b>Các tin khác:</b></td></tr>
<tr><td><table width="100%">{rel_html}</table></td></tr>
</table>
</td>
</tr>
<tr><td colspan="2" bgcolor="#336699" align="center"><font color="#FFFFFF" size="2">SỞ TƯ PHÁP TỈNH LẠNG SƠN<br>Địa chỉ: Số 2 đường Hoàng Văn Thụ, thành phố Lạng Sơn - Điện thoại: 025.3812.345<br>© Bản quyền thuộc Sở Tư pháp tỉnh Lạng Sơn</font></td></tr>
</table>
</body>
</html>
"""


def t13(a):
    rnd = random.Random(1313)
    today = D("18/11/2024")
    rel = related(rnd, a["date"], 6, step=(1, 4))
    most = related(rnd, today, 5, step=(0, 5))

    def IMG(cap, i):
        return ('<figure class="image"><img src="https://binhdinh.gov.vn/uploads/2024/11/12/qr-hcc.jpg" alt="%s" loading="lazy" width="800" height="533">'
                '<figcaption>%s</figcaption></figure>') % (ea(cap), e(cap))

    def TABLE(rows):
        h = "".join("<th>%s</th>" % e(c) for c in rows[0])
        trs = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in r) for r in rows[1:])
        return '<figure class="table"><table class="table table-bordered"><thead><tr>%s</tr></thead><tbody>%s</tbody></table></figure>' % (h, trs)

    body = render(a["blocks"], P=lambda t: "<p>%s</p>" % nbs(t, rnd), IMG=IMG, TABLE=TABLE,
                  H=lambda t: "<h2>%s</h2>" % e(t),
                  OL=lambda items: "<ol>%s</ol>" % "".join("<li>%s</li>" % e(i) for i in items))
    ld = json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": a["url"]},
        "headline": a["title"], "description": a["lead"],
        "image": ["https://binhdinh.gov.vn/uploads/2024/11/12/qr-hcc.jpg"],
        "datePublished": a["iso"], "dateModified": "2024-11-13T08:02:10+07:00",
        "author": {"@type": "Person", "name": a["author"]},
        "publisher": {"@type": "Organization", "name": "Cổng thông tin điện tử tỉnh Bình Định",
                      "logo": {"@type": "ImageObject", "url": "https://binhdinh.gov.vn/assets/img/logo.png"}}},
        ensure_ascii=False, indent=2)
    rel_html = "\n".join('<div class="col-md-4"><div class="card news-card"><a href="/tin-tuc/%s-a%d.html"><img class="card-img-top" src="/uploads/thumb/%d.jpg" alt=""></a><div class="card-body"><h3 class="card-title"><a href="/tin-tuc/%s-a%d.html">%s</a></h3><p class="card-text text-muted small">%s</p></div></div></div>'
                         % (slug(t), 12860 - i, i, slug(t), 12860 - i, e(t), dmy(d)) for i, (t, d) in enumerate(rel))
    most_html = "\n".join('<li class="list-group-item"><span class="badge bg-danger me-2">%d</span><a href="#">%s</a></li>' % (i + 1, e(t)) for i, (t, d) in enumerate(most))
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a['title'])} | Cổng thông tin điện tử tỉnh Bình Định</title>
<meta name="description" content="{ea(a['lead'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{ea(a['title'])}">
<meta property="og:description" content="{ea(a['lead'])}">
<meta property="og:image" content="https://binhdinh.gov.vn/uploads/2024/11/12/qr-hcc.jpg">
<meta property="og:url" content="{ea(a['url'])}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{ea(a['url'])}">
<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet">
<link href="https://cdn.jsdelivr.net/npm/bootstrap-icons@1.11.3/font/bootstrap-icons.min.css" rel="stylesheet">
<link href="/assets/css/portal.min.css?v=2.4.1" rel="stylesheet">
<script type="application/ld+json">
{ld}
</script>
{ga("BD0X4R7T2")}
</head>
<body>
<div class="topbar bg-light border-bottom small"><div class="container d-flex justify-content-between py-1"><span><i class="bi bi-calendar3"></i> {wd(today, True)}, {dmy(today)}</span><span><a href="/en">English</a> · <a href="/so-do-cong">Sơ đồ cổng</a> · <a href="/dang-nhap">Đăng nhập</a></span></div></div>
<header class="site-header"><div class="container d-flex align-items-center py-3"><a href="/" class="d-flex align-items-center text-decoration-none"><img src="/assets/img/logo.png" alt="Quốc huy" width="72" height="72"><div class="ms-3"><div class="text-uppercase fw-bold text-danger fs-4">Cổng thông tin điện tử tỉnh Bình Định</div><div class="text-muted">Binh Dinh Provincial Portal</div></div></a>
<form class="ms-auto d-none d-md-flex" role="search" action="/tim-kiem"><input class="form-control me-2" type="search" name="q" placeholder="Tìm kiếm" aria-label="Tìm kiếm"><button class="btn btn-danger" type="submit"><i class="bi bi-search"></i></button></form></div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-danger"><div class="container"><button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="Menu"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav me-auto"><li class="nav-item"><a class="nav-link" href="/"><i class="bi bi-house-fill"></i></a></li><li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">Giới thiệu</a><ul class="dropdown-menu"><li><a class="dropdown-item" href="/gioi-thieu/tong-quan">Tổng quan</a></li><li><a class="dropdown-item" href="/gioi-thieu/lich-su">Lịch sử</a></li></ul></li><li class="nav-item"><a class="nav-link" href="/chinh-quyen">Chính quyền</a></li><li class="nav-item"><a class="nav-link active" href="/tin-tuc">Tin tức</a></li><li class="nav-item"><a class="nav-link" href="/chuyen-doi-so">Chuyển đổi số</a></li><li class="nav-item"><a class="nav-link" href="/van-ban">Văn bản</a></li><li class="nav-item"><a class="nav-link" href="https://dichvucong.binhdinh.gov.vn">Dịch vụ công</a></li><li class="nav-item"><a class="nav-link" href="/dau-tu">Đầu tư</a></li><li class="nav-item"><a class="nav-link" href="/du-lich">Du lịch</a></li></ul></div></div></nav>
<main class="container my-4">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li><li class="breadcrumb-item active" aria-current="page">Chuyển đổi số</li></ol></nav>
<div class="row g-4">
<div class="col-lg-8">
<article class="article-detail">
<h1 class="article-title fw-bold">{e(a['title'])}</h1>
<div class="article-meta text-muted small mb-3 d-flex flex-wrap gap-3"><span><i class="bi bi-clock"></i> {dmy(a['date'])} | {a['time']} GMT+7</span><span><i class="bi bi-eye"></i> 1.962 lượt xem</span><span class="ms-auto"><a href="#" class="text-muted" onclick="window.print();return false;"><i class="bi bi-printer"></i> In</a> <a href="#" class="text-muted ms-2" data-action="font-up">A+</a> <a href="#" class="text-muted" data-action="font-down">A-</a></span></div>
<div class="sapo fw-semibold mb-3">{e(a['lead'])}</div>
<div class="article-content">
{body}
</div>
<div class="article-footer mt-3"><p class="author text-end fw-bold mb-0">{e(a['byline'][0])}</p><p class="source text-end fst-italic small">{e(a['source'])}</p></div>
<div class="article-tags mt-3"><i class="bi bi-tags"></i> Từ khóa: <a class="badge text-bg-light" href="/tag/de-an-06">Đề án 06</a> <a class="badge text-bg-light" href="/tag/thanh-toan-truc-tuyen">thanh toán trực tuyến</a> <a class="badge text-bg-light" href="/tag/chuyen-doi-so">chuyển đổi số</a></div>
<div class="article-share mt-3"><span>Chia sẻ:</span> <a class="btn btn-sm btn-outline-primary" href="https://www.facebook.com/sharer/sharer.php?u={ea(a['url'])}" target="_blank"><i class="bi bi-facebook"></i></a> <a class="btn btn-sm btn-outline-info" href="https://zalo.me/share?url={ea(a['url'])}" target="_blank">Zalo</a> <button class="btn btn-sm btn-outline-secondary" onclick="navigator.clipboard.writeText(location.href)"><i class="bi bi-link-45deg"></i> Sao chép liên kết</button></div>
</article>
<section class="feedback mt-4"><h2 class="h5 border-bottom pb-2">Ý kiến bạn đọc</h2><form class="row g-2"><div class="col-md-6"><input class="form-control" placeholder="Họ và tên"></div><div class="col-md-6"><input class="form-control" type="email" placeholder="Email"></div><div class="col-12"><textarea class="form-control" rows="4" placeholder="Nội dung ý kiến"></textarea></div><div class="col-12"><button class="btn btn-danger" type="button">Gửi ý kiến</button></div></form></section>
<section class="related mt-4"><h2 class="h5 border-bottom pb-2">Tin cùng chuyên mục</h2><div class="row g-3">
{rel_html}
</div></section>
</div>
<aside class="col-lg-4">
<div class="card mb-3"><div class="card-header bg-danger text-white">Đọc nhiều</div><ul class="list-group list-group-flush">{most_html}</ul></div>
<div class="card mb-3"><div class="card-header bg-danger text-white">Chỉ số chuyển đổi số</div><div class="card-body small"><p>Tỷ lệ hồ sơ trực tuyến toàn trình: <b>42,3%</b></p><p>Tỷ lệ số hóa hồ sơ, kết quả: <b>87,1%</b></p><p>Mức độ hài lòng: <b>96,4%</b></p></div></div>
<div class="card mb-3"><div class="card-header bg-danger text-white">Thống kê truy cập</div><div class="card-body small">Đang truy cập: 413<br>Hôm nay: 18.227<br>Tổng lượt truy cập: 61.845.092</div></div>
</aside>
</div>
</main>
<footer class="bg-dark text-light pt-4 pb-3 small"><div class="container">
<p class="fw-bold text-uppercase">Cổng thông tin điện tử tỉnh Bình Định</p>
<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bình Định. Cơ quan thường trực: Văn phòng UBND tỉnh.</p>
<p>Địa chỉ: 01 Trần Phú, thành phố Quy Nhơn, tỉnh Bình Định. Điện thoại: 0256.3822.160. Email: bbt@binhdinh.gov.vn</p>
<p>Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh, Trưởng Ban Biên tập</p>
<p>Giấy phép số 42/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp.</p>
</div></footer>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script>
<script src="/assets/js/portal.min.js?v=2.4.1" defer></script>
</body>
</html>
"""


def t14(a):
    rnd = random.Random(1414)
    today = D("20/08/2024")
    rel = related(rnd, a["date"], 8, step=(1, 4))

    def IMG(cap, i):
        return ('<div style="text-align: center;"><img src="/upload/58214/20240815/ve-sap-ong-lim-mong.jpg" style="width: 600px; height: 400px;" /></div>\n'
                '<div style="text-align: center;"><i>%s</i></div>') % e(cap)

    body = render(a["blocks"], P=lambda t: '<div style="text-align: justify;">%s</div>\n<div>&nbsp;</div>' % nbs(t, rnd), IMG=IMG)
    rel_html = "\n".join('<div class="item-lq"><div class="img-lq"><a href="/tin-tuc/chi-tiet?id=%d"><img src="/upload/thumb/%d.jpg" /></a></div><div class="txt-lq"><a href="/tin-tuc/chi-tiet?id=%d">%s</a><div class="d-lq">%s</div></div></div>'
                         % (58213 - i, i, 58213 - i, e(t), d.strftime("%d/%m/%Y")) for i, (t, d) in enumerate(rel))
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{e(a['title'])} - Cổng thông tin điện tử huyện Mù Cang Chải</title>
<link href="/Content/css/bootstrap.min.css" rel="stylesheet" />
<link href="/Content/css/site.css?v=3.1" rel="stylesheet" />
<style>
.box-detail{{background:#fff;padding:15px}} .ct .noidung{{font-size:15px;line-height:1.6}} .tg{{color:#888;font-size:12px;margin:6px 0 12px}} .t1{{font-size:22px;color:#0a5c36;font-weight:700}}
.item-lq{{overflow:hidden;margin-bottom:10px}} .img-lq{{float:left;width:110px;margin-right:8px}} .d-lq{{color:#999;font-size:12px}}
</style>
<script src="/Scripts/jquery-3.6.0.min.js"></script>
</head>
<body>
<div class="wrap">
<div class="top"><div class="container"><div class="l">{wd(today, True)}, {dmy(today)}</div><div class="r"><a href="/">Trang chủ</a> | <a href="/so-do">Sơ đồ cổng</a> | <a href="/lien-he">Liên hệ</a></div></div></div>
<div class="bn"><div class="container"><a href="/"><img src="/Content/images/banner-mcc.png" alt="" /></a></div></div>
<div class="mn"><div class="container"><div class="mn1"><a href="/">TRANG CHỦ</a></div><div class="mn1"><a href="/gioi-thieu">GIỚI THIỆU</a><div class="mn2"><a href="/gioi-thieu/dieu-kien-tu-nhien">Điều kiện tự nhiên</a><a href="/gioi-thieu/lich-su">Lịch sử</a><a href="/gioi-thieu/to-chuc">Tổ chức bộ máy</a></div></div><div class="mn1"><a href="/tin-tuc">TIN TỨC</a><div class="mn2"><a href="/tin-tuc/chinh-tri">Chính trị</a><a href="/tin-tuc/kinh-te">Kinh tế</a><a href="/tin-tuc/hoat-dong-cac-doan-the">Hoạt động các đoàn thể</a><a href="/tin-tuc/du-lich">Du lịch</a></div></div><div class="mn1"><a href="/van-ban">VĂN BẢN</a></div><div class="mn1"><a href="/thu-tuc-hanh-chinh">THỦ TỤC HÀNH CHÍNH</a></div><div class="mn1"><a href="/du-lich">DU LỊCH</a></div><div class="mn1"><a href="/hoi-dap">HỎI ĐÁP</a></div></div></div>
<div class="container">
<div class="row">
<div class="col-md-9">
<div class="dd"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức</a> &gt; <a href="/tin-tuc/hoat-dong-cac-doan-the">Hoạt động các đoàn thể</a></div>
<div class="box-detail">
<div class="t1">{e(a['title'])}</div>
<div class="tg">Đăng lúc: {a['time']} {dmy(a['date'])} (GMT+7)</div>
<div class="content-detail"><div class="ct"><div class="noidung"><div class="chitiet">
{body}
<div style="text-align: right;"><b>{e(a['byline'][0])}</b></div>
</div></div></div></div>
<div class="tool"><a href="javascript:window.print()"><img src="/Content/images/print.png" /> In bài</a> <a href="mailto:?subject=Tin"><img src="/Content/images/mail.png" /> Gửi bài</a> <span class="lx">Lượt xem: 386</span></div>
<div class="lq"><div class="lq-t">Tin liên quan</div>
{rel_html}
</div>
</div>
</div>
<div class="col-md-3">
<div class="bx"><div class="bx-t">Văn bản mới</div><div class="bx-c">{"".join('<div class="vb"><a href="#">%s</a><div>%s</div></div>' % (e(s), e(d)) for s, d in VANBAN[2:6])}</div></div>
<div class="bx"><div class="bx-t">Video</div><div class="bx-c"><iframe width="100%" height="180" src="https://www.youtube.com/embed/Rk2wq8Pz1xY" frameborder="0" allowfullscreen></iframe></div></div>
<div class="bx"><div class="bx-t">Thống kê truy cập</div><div class="bx-c"><div>Đang truy cập: 25</div><div>Hôm nay: 743</div><div>Tổng lượt truy cập: 1.234.567</div></div></div>
</div>
</div>
</div>
<div class="ft"><div class="container"><div>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÙ CANG CHẢI</div><div>Cơ quan chủ quản: UBND huyện Mù Cang Chải, tỉnh Yên Bái</div><div>Địa chỉ: Tổ dân phố 1, thị trấn Mù Cang Chải - Điện thoại: 0216.3878.126</div><div>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</div><div>Phát triển bởi Viettel Yên Bái</div></div></div>
</div>
<script>
$(function(){{ $('.mn1').hover(function(){{ $(this).find('.mn2').stop().slideDown(150); }}, function(){{ $(this).find('.mn2').stop().slideUp(150); }}); }});
</script>
</body>
</html>
"""


def t15(a):
    rnd = random.Random(1515)
    today = D("11/09/2024")
    rel = related(rnd, a["date"], 8, step=(0, 1))

    def TABLE(rows):
        out = ['<table border="1" cellpadding="4" cellspacing="0" style="border-collapse: collapse; width: 100%; font-size: 13px;">', "<tbody>"]
        out.append('<tr style="background-color: #dbe5f1; font-weight: bold; text-align: center;">%s</tr>' % "".join("<td>%s</td>" % e(c) for c in rows[0]))
        for r in rows[1:]:
            last = r[1] == "Tổng cộng"
            tds = []
            for j, c in enumerate(r):
                al = "left" if j == 1 else "center" if j == 0 else "right"
                inner = ("<strong>%s</strong>" % e(c)) if (last and c) else e(c)
                tds.append('<td style="text-align: %s;">%s</td>' % (al, inner if c else "&nbsp;"))
            out.append("<tr>%s</tr>" % "".join(tds))
        out.append("</tbody></table>")
        return "\n".join(out)

    body = render(a["blocks"], P=lambda t: ('<p style="text-align: justify;"><em>%s</em></p>' % e(t)) if t.startswith("Ghi chú") else '<p style="text-align: justify;">%s</p>' % e(t), TABLE=TABLE)
    rel_html = "\n".join('<li><a href="/tin-tuc/phong-chong-thien-tai/%s-%d.html">%s</a> <span class="date">%s</span></li>' % (slug(t)[:50], 3119 - i, e(t), d.strftime("%d/%m/%Y")) for i, (t, d) in enumerate(rel))
    warn = "\n".join('<li><a href="#">%s</a></li>' % e(t) for t in [
        "Công điện số 12/CĐ-BCH về việc chủ động ứng phó với mưa lũ sau bão số 3",
        "Bản tin dự báo lũ khẩn cấp trên sông Lô, sông Gâm",
        "Cảnh báo lũ quét, sạt lở đất tại các huyện vùng cao",
        "Thông báo vận hành xả lũ hồ thủy điện Tuyên Quang",
        "Hướng dẫn người dân vệ sinh môi trường, phòng dịch sau lũ"])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{e(a['title'])} - Sở Nông nghiệp và Phát triển nông thôn tỉnh Tuyên Quang</title>
<meta name="description" content="Tổng hợp thiệt hại do cơn bão số 3 và mưa lũ sau bão trên địa bàn tỉnh" />
<link href="/bundles/css?v=Jx1Aq0s2" rel="stylesheet"/>
<script src="/bundles/modernizr?v=inCVuEFe6J4Q07A0AcRsbJic"></script>
</head>
<body>
<div id="header"><div class="container"><div class="row"><div class="col-md-2"><a href="/"><img src="/Content/img/logo-snn.png" class="logo" /></a></div><div class="col-md-10"><h2 class="site-title">SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TUYÊN QUANG</h2><div class="site-sub">Văn phòng thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh</div></div></div></div></div>
<div id="menu"><div class="container"><ul class="nav nav-pills"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li class="active"><a href="/tin-tuc">Tin tức</a></li><li><a href="/tin-tuc/phong-chong-thien-tai">Phòng chống thiên tai</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li><a href="/gia-ca-thi-truong">Giá cả thị trường</a></li><li><a href="/lien-he">Liên hệ</a></li></ul><span class="pull-right today">{wd(today, True)}, {dmy(today)}</span></div></div>
<div class="container body-content">
<div class="row">
<div class="col-md-8">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li class="active">Phòng chống thiên tai</li></ol>
<div class="news-detail">
<h1 class="news-title">{e(a['title'])}</h1>
<div class="news-date"><i class="glyphicon glyphicon-time"></i> {wd(a['date'], True)}, {dmy(a['date'])} - {a['time']}</div>
<div class="news-content">
{body}
</div>
<div class="news-attach"><b>Tệp đính kèm:</b> <a href="/Upload/2024/09/bao-cao-nhanh-thiet-hai-bao-so-3-17h-10-9.pdf"><i class="glyphicon glyphicon-paperclip"></i> bao-cao-nhanh-thiet-hai-bao-so-3-17h-10-9.pdf</a></div>
<div class="news-tools"><a href="javascript:window.print()">In trang</a> · <a href="#" onclick="history.back()">Quay lại</a></div>
</div>
<div class="news-other"><h4>Tin cùng chuyên mục</h4><ul>{rel_html}</ul></div>
</div>
<div class="col-md-4">
<div class="panel panel-danger"><div class="panel-heading">Cảnh báo - Chỉ đạo</div><div class="panel-body"><ul>{warn}</ul></div></div>
<div class="panel panel-default"><div class="panel-heading">Mực nước các sông chính</div><div class="panel-body"><table class="table table-condensed"><tr><th>Trạm</th><th>Mực nước (m)</th><th>Báo động</th></tr><tr><td>Tuyên Quang (sông Lô)</td><td>26,45</td><td>Trên BĐ III</td></tr><tr><td>Chiêm Hóa (sông Gâm)</td><td>58,12</td><td>Trên BĐ II</td></tr><tr><td>Hàm Yên (sông Lô)</td><td>39,80</td><td>Trên BĐ II</td></tr></table></div></div>
<div class="panel panel-default"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">Đang truy cập: 57<br />Tổng lượt truy cập: 2.406.711</div></div>
</div>
</div>
</div>
<footer><div class="container"><p>SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TUYÊN QUANG</p><p>Địa chỉ: Số 10 đường 17/8, phường Minh Xuân, thành phố Tuyên Quang - Điện thoại: 0207.3822.317</p><p>Chịu trách nhiệm chính: Giám đốc Sở Nông nghiệp và Phát triển nông thôn</p></div></footer>
<script src="/bundles/jquery?v=2u0aRenDpYxArEyILB59ETSCA2cfQkSMlxb6jbMBqf81"></script>
<script src="/bundles/bootstrap?v=lescQEuG5u4jd-GcVDBcbpUOSyTDIg0Kk9zHDX55GCw1"></script>
</body>
</html>
"""


def t16(a):
    rnd = random.Random(1616)
    rel = related(rnd, a["date"], 4, step=(3, 10))
    covers = ["huoi-long-lam-duong", "ca-phe-muong-phang", "bieu-duong-dvk"]

    def IMG(cap, i):
        return ('<div class="e-section e-photo full-width"><img src="https://bantuyengiaodanvan.dienbien.org.vn/emagazine/2417/%s.jpg" alt="" class="lazyload">'
                '<div class="e-caption"><p>%s</p></div></div>') % (covers[i - 1], e(cap))

    def Q(t):
        return '<div class="e-section e-quote"><blockquote class="e-bq"><p>%s</p></blockquote></div>' % e(t)

    def H(t):
        return '<div class="e-section e-heading"><h2 class="e-h2">%s</h2></div>' % e(t)

    body = render(a["blocks"], P=lambda t: '<div class="e-section e-text"><p>%s</p></div>' % nbs(t, rnd), IMG=IMG, Q=Q, H=H)
    rel_html = "\n".join('<div class="e-more-item"><a href="/emagazine/%s-%d.htm"><img src="/emagazine/thumb/%d.jpg" alt=""><span class="e-more-title">%s</span></a><span class="e-more-date">%s</span></div>'
                         % (slug(t), 2416 - i, i, e(t), dmy(d)) for i, (t, d) in enumerate(rel))
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>[E-Magazine] {e(a['title'])} - Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên</title>
<meta name="description" content="{ea(a['lead'])}">
<meta property="og:title" content="{ea(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:image" content="https://bantuyengiaodanvan.dienbien.org.vn/emagazine/2417/cover.jpg">
<meta property="article:published_time" content="{a['iso']}">
<meta property="article:section" content="E-Magazine">
<link rel="stylesheet" href="/static/emagazine/css/emagazine.min.css?v=1.8">
<style>
body.emagazine{{background:#f4efe6;margin:0;font-family:'Noto Serif',serif}}
.e-cover{{position:relative;height:100vh;background:url(/emagazine/2417/cover.jpg) center/cover}}
.e-cover-inner{{position:absolute;bottom:12%;left:8%;right:8%;color:#fff;text-shadow:0 2px 6px rgba(0,0,0,.6)}}
.e-cover h1{{font-size:54px;line-height:1.15;margin:0 0 16px}}
.e-section{{max-width:720px;margin:0 auto;padding:0 16px}} .e-section.full-width{{max-width:none;padding:0}}
.e-text p{{font-size:19px;line-height:1.75;text-align:justify}} .e-sapo p{{font-size:22px;font-weight:700;line-height:1.6}}
.e-h2{{font-size:32px;color:#a4161a;text-align:center;margin:48px 0 24px}} .e-caption p{{text-align:center;font-style:italic;font-size:15px;color:#555}}
.e-quote blockquote{{border-left:6px solid #a4161a;margin:32px 0;padding:8px 24px;font-size:21px;font-style:italic}}
.e-progress{{position:fixed;top:0;left:0;height:4px;background:#a4161a;z-index:99}}
</style>
</head>
<body class="emagazine">
<div class="e-progress" id="eProgress"></div>
<div class="e-topbar"><a href="/" class="e-logo"><img src="/static/images/logo-btgdv.png" alt="Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên"></a><a href="/emagazine" class="e-back">E-Magazine</a><div class="e-share-top"><a href="https://www.facebook.com/sharer/sharer.php?u={ea(a['url'])}" target="_blank">Facebook</a><a href="https://zalo.me/share" target="_blank">Zalo</a></div></div>
<article class="e-article">
<div class="e-cover"><div class="e-cover-inner"><div class="e-label">E-MAGAZINE</div><h1 class="e-title">{e(a['title'])}</h1><div class="e-time">{dmy(a['date'])} {a['time']}</div></div></div>
<div class="e-section e-sapo"><p>{e(a['lead'])}</p></div>
{body}
<div class="e-section e-credit"><p style="text-align:right"><strong>{e(a['byline'][0])}</strong></p></div>
</article>
<div class="e-more"><div class="e-more-head">E-Magazine khác</div>
{rel_html}
</div>
<footer class="e-footer"><p>BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐIỆN BIÊN</p><p>Địa chỉ: Tổ dân phố 9, phường Mường Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên</p><p>Điện thoại: 0215.3825.642 - Email: btgdv@dienbien.org.vn</p><p>Chịu trách nhiệm chính: Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy</p></footer>
<script src="/static/js/jquery.min.js"></script>
<script src="/static/emagazine/js/lazysizes.min.js" async></script>
<script>
window.addEventListener('scroll',function(){{var h=document.documentElement;var p=h.scrollTop/(h.scrollHeight-h.clientHeight)*100;document.getElementById('eProgress').style.width=p+'%';}});
</script>
</body>
</html>
"""


def t17(a):
    rnd = random.Random(1717)
    today = D("18/01/2025")
    rel = related(rnd, a["date"], 10, step=(0, 2))
    newest = related(rnd, today, 8, step=(0, 1))
    body = render(a["blocks"], P=lambda t: '<p style="text-align:justify">%s</p>' % nbs(t, rnd),
                  IMG=lambda cap, i: '<p style="text-align:center"><img src="/portal/upload/2025/01/15/trao-qua-tet-thanh-lam.jpg" width="620" alt="trao-qua-tet" /></p>')
    rel_html = "\n".join('<div class="news-item"><a class="thumb" href="/portal/news/detail.jsp?id=%d&amp;catid=7"><img src="/portal/upload/thumb/%d.jpg" alt="" /></a><div class="info"><a class="title" href="/portal/news/detail.jsp?id=%d&amp;catid=7">%s</a><span class="date">%s</span><p class="sum">%s</p></div></div>'
                         % (10451 - i, i, 10451 - i, e(t), dmy(d), e(SUMMARIES[(i + 2) % len(SUMMARIES)])) for i, (t, d) in enumerate(rel))
    new_html = "\n".join('<li><a href="/portal/news/detail.jsp?id=%d">%s</a> <i>(%s)</i></li>' % (10460 + i, e(t), dmy(d)) for i, (t, d) in enumerate(newest))
    lich = "\n".join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (wd(today + dt.timedelta(days=k + 2)), rnd.choice(["7h30", "8h00", "14h00"]),
                     e(rnd.choice(["Họp giao ban Thường trực Đảng ủy", "Kiểm tra công tác chuẩn bị Tết tại các thôn", "Tiếp công dân định kỳ",
                                   "Dự Hội nghị tổng kết công tác Mặt trận năm 2024", "Thăm, tặng quà các gia đình chính sách"])),
                     e(rnd.choice(["Hội trường UBND xã", "Các thôn", "Phòng tiếp công dân", "Nhà văn hóa thôn Lâm Chính"]))) for k in range(6))
    ann = "\n".join('<li><a href="#">%s</a></li>' % e(t) for t in [
        "Thông báo lịch nghỉ Tết Nguyên đán Ất Tỵ 2025", "Thông báo về việc thu thuế sử dụng đất phi nông nghiệp năm 2024",
        "Thông báo tuyển chọn công dân nhập ngũ năm 2025", "Thông báo lịch tiêm chủng mở rộng tháng 1/2025",
        "Kế hoạch tổ chức các hoạt động mừng Đảng, mừng Xuân"])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Cổng thông tin điện tử xã Thanh Lâm - {e(a['title'])}</title>
<link type="text/css" rel="stylesheet" href="/portal/css/portal.css" />
<link type="text/css" rel="stylesheet" href="/portal/css/news.css" />
<script type="text/javascript" src="/portal/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/portal/js/portal.js"></script>
<script type="text/javascript">
var ctx = '/portal'; var siteId = 'thanhlam'; var catId = 7; var newsId = 10452;
function changeFontSize(n){{ $('#newsContent').css('font-size', n + 'px'); }}
{js_blob(rnd, 20, "portalCfg")}
</script>
</head>
<body>
<div id="container">
<div id="top"><div class="date">{wd(today, True)}, ngày {dmy(today)}</div><div class="toplink"><a href="/portal/index.jsp">Trang chủ</a> | <a href="/portal/sitemap.jsp">Sơ đồ trang</a> | <a href="/portal/contact.jsp">Liên hệ</a> | <a href="/portal/login.jsp">Đăng nhập</a></div></div>
<div id="banner"><img src="/portal/images/banner-thanhlam.jpg" alt="Cổng thông tin điện tử xã Thanh Lâm - huyện Như Xuân - tỉnh Thanh Hóa" /></div>
<div id="menu"><ul><li><a href="/portal/index.jsp">Trang chủ</a></li><li><a href="/portal/news/list.jsp?catid=1">Giới thiệu</a><ul><li><a href="#">Điều kiện tự nhiên</a></li><li><a href="#">Lịch sử truyền thống</a></li><li><a href="#">Đảng ủy - HĐND - UBND</a></li></ul></li><li><a href="/portal/news/list.jsp?catid=7">Tin tức - Sự kiện</a></li><li><a href="/portal/news/list.jsp?catid=8">Kinh tế</a></li><li><a href="/portal/news/list.jsp?catid=9">Văn hóa - Xã hội</a></li><li><a href="/portal/news/list.jsp?catid=10">An ninh - Quốc phòng</a></li><li><a href="/portal/doc/list.jsp">Văn bản</a></li><li><a href="/portal/tthc.jsp">Thủ tục hành chính</a></li><li><a href="/portal/qa.jsp">Hỏi đáp</a></li></ul></div>
<div id="marquee"><marquee scrollamount="3">Chào mừng kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025) * Mừng Đảng, mừng Xuân Ất Tỵ 2025 *</marquee></div>
<div id="main">
<div id="left">
<div class="box"><div class="box-title">Thông báo</div><ul>{ann}</ul></div>
<div class="box"><div class="box-title">Văn bản mới</div><ul>{"".join('<li><a href="#">%s</a><br /><span>%s</span></li>' % (e(s), e(d)) for s, d in VANBAN)}</ul></div>
<div class="box"><div class="box-title">Liên kết</div><ul><li><a href="https://thanhhoa.gov.vn">Cổng TTĐT tỉnh Thanh Hóa</a></li><li><a href="https://nhuxuan.thanhhoa.gov.vn">Cổng TTĐT huyện Như Xuân</a></li><li><a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a></li></ul></div>
</div>
<div id="center">
<div class="path"><a href="/portal/index.jsp">Trang chủ</a> » <a href="/portal/news/list.jsp?catid=7">Tin tức - Sự kiện</a></div>
<div class="news-detail">
<h1 class="detail-title">{e(a['title'])}</h1>
<div class="detail-info"><span class="detail-date">{wd(a['date'], True)}, {dmy(a['date'])} | {a['time']}</span><span class="detail-font">Cỡ chữ: <a href="javascript:changeFontSize(13)">A</a> <a href="javascript:changeFontSize(15)">A</a> <a href="javascript:changeFontSize(17)">A</a></span></div>
<div id="newsContent" class="detail-content">
{body}
</div>
<div class="detail-tool"><a href="javascript:window.print()">In tin</a> | <a href="/portal/news/sendmail.jsp?id=10452">Gửi tin cho bạn bè</a> | <a href="javascript:history.go(-1)">Quay lại</a></div>
<div class="comment"><div class="box-title">Ý kiến bạn đọc</div><form action="/portal/news/comment.do" method="post"><table><tr><td>Họ tên:</td><td><input type="text" name="name" size="40" /></td></tr><tr><td>Email:</td><td><input type="text" name="email" size="40" /></td></tr><tr><td>Nội dung:</td><td><textarea name="content" rows="4" cols="50"></textarea></td></tr><tr><td>Mã xác nhận:</td><td><input type="text" name="captcha" size="8" /> <img src="/portal/captcha.jpg" alt="" /></td></tr><tr><td></td><td><input type="submit" value="Gửi ý kiến" /> <input type="reset" value="Nhập lại" /></td></tr></table></form></div>
</div>
<div class="news-other"><div class="box-title">Tin cùng chuyên mục</div>
{rel_html}
</div>
</div>
<div id="right">
<div class="box"><div class="box-title">Tin mới nhất</div><ul>{new_html}</ul></div>
<div class="box"><div class="box-title">Lịch công tác tuần</div><table class="lich" border="1" cellspacing="0" cellpadding="3"><tr><th>Thứ</th><th>Giờ</th><th>Nội dung</th><th>Địa điểm</th></tr>{lich}</table></div>
<div class="box"><div class="box-title">Hình ảnh hoạt động</div><div class="album"><img src="/portal/upload/album/1.jpg" alt="" /><img src="/portal/upload/album/2.jpg" alt="" /><img src="/portal/upload/album/3.jpg" alt="" /></div></div>
<div class="box"><div class="box-title">Thống kê truy cập</div><div class="counter">Đang truy cập: 25<br />Tổng lượt truy cập: 1.234.567</div></div>
</div>
</div>
<div id="footer"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ XÃ THANH LÂM</b></p><p>Cơ quan chủ quản: Ủy ban nhân dân xã Thanh Lâm, huyện Như Xuân, tỉnh Thanh Hóa</p><p>Địa chỉ: Thôn Lâm Chính, xã Thanh Lâm - Điện thoại: 0237.3641.089 - Email: thanhlam.nhuxuan@thanhhoa.gov.vn</p><p>Chịu trách nhiệm chính: Ông Lê Văn Thành - Chủ tịch UBND xã</p></div>
</div>
</body>
</html>
"""


def t18(a):
    rnd = random.Random(1818)
    today = D("05/02/2026")
    rel = related(rnd, a["date"], 7, step=(1, 4))

    def IMG(cap, i):
        return ('<table class="tplCaption" align="center" border="0" cellpadding="3" cellspacing="0" style="width:100%%"><tbody>'
                '<tr><td><img alt="" src="/uploads/news/2026/02/trao-huy-hieu-75-nam.jpg" style="width:100%%" /></td></tr>'
                '<tr><td class="caption"><p style="text-align:center"><span style="color:#2c3e50"><em>%s</em></span></p></td></tr></tbody></table>') % e(cap)

    body = render(a["blocks"], P=lambda t: '<p style="text-align:justify">%s</p>' % nbs(t, rnd), IMG=IMG)
    rel_html = "\n".join('<li><a href="/tin-tuc/%s-%d.html">%s</a><span class="time"> - %s</span></li>' % (slug(t)[:50], 1186 - i, e(t), dmy(d)) for i, (t, d) in enumerate(rel))
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a['title'])} | Đảng bộ xã Tân Phong</title>
<meta name="description" content="{ea(a['blocks'][0][1])}">
<meta property="og:title" content="{ea(a['title'])}">
<meta property="og:site_name" content="Đảng bộ xã Tân Phong">
<link rel="stylesheet" href="/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/dangbo.css?v=20251120">
</head>
<body>
<div class="header-top"><div class="container"><div class="row"><div class="col-sm-6"><i class="fa fa-calendar"></i> {wd(today)}, {dmy(today)}</div><div class="col-sm-6 text-right"><a href="/lien-he">Liên hệ</a> | <a href="/rss">RSS</a></div></div></div></div>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/assets/images/logo-dang.png" alt="Đảng Cộng sản Việt Nam"></a><div class="site-title"><span class="t1">ĐẢNG CỘNG SẢN VIỆT NAM</span><span class="t2">ĐẢNG BỘ XÃ TÂN PHONG</span></div></div></div>
<nav class="navbar navbar-default main-menu"><div class="container"><ul class="nav navbar-nav"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li class="active"><a href="/tin-tuc">Tin tức</a></li><li><a href="/xay-dung-dang">Xây dựng Đảng</a></li><li><a href="/hoc-tap-va-lam-theo-bac">Học tập và làm theo Bác</a></li><li><a href="/bao-ve-nen-tang-tu-tuong">Bảo vệ nền tảng tư tưởng</a></li><li><a href="/dan-van">Dân vận</a></li><li><a href="/van-ban">Văn bản</a></li></ul></div></nav>
<div class="container main">
<div class="row">
<div class="col-md-8">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li class="active">Xây dựng Đảng</li></ol>
<div class="detail-news">
<h1>{e(a['title'])}</h1>
<div class="date"><i class="fa fa-clock-o"></i> {wd(a['date'])}, {dmy(a['date'])} {a['time']}</div>
<div class="detail-content">
{body}
<p style="text-align:right"><strong>{e(a['byline'][0])}</strong></p>
<p style="text-align:right"><em>{e(a['source'])}</em></p>
</div>
<div class="detail-tags"><b>Từ khóa:</b> <a href="/tag/huy-hieu-dang">Huy hiệu Đảng</a>, <a href="/tag/ky-niem-ngay-thanh-lap-dang">kỷ niệm Ngày thành lập Đảng</a></div>
<div class="detail-share"><a href="https://www.facebook.com/sharer/sharer.php?u={ea(a['url'])}" class="btn btn-primary btn-xs">Chia sẻ Facebook</a> <a href="javascript:window.print()" class="btn btn-default btn-xs">In bài</a></div>
</div>
<div class="news-related"><h3 class="title-box">Tin đã đưa</h3><ul>{rel_html}</ul></div>
</div>
<div class="col-md-4">
<div class="box"><h3 class="title-box">Chuyên đề</h3><ul><li><a href="#">Mừng Đảng quang vinh - Mừng Xuân Bính Ngọ 2026</a></li><li><a href="#">Đại hội Đảng bộ các cấp nhiệm kỳ 2025 - 2030</a></li><li><a href="#">Thực hiện Nghị quyết Đại hội XIV của Đảng</a></li></ul></div>
<div class="box"><h3 class="title-box">Văn bản mới</h3><ul><li><a href="#">Kế hoạch số 15-KH/ĐU về tổ chức các hoạt động kỷ niệm 96 năm Ngày thành lập Đảng</a></li><li><a href="#">Hướng dẫn số 03-HD/ĐU về xét tặng Huy hiệu Đảng</a></li></ul></div>
<div class="box"><h3 class="title-box">Thống kê truy cập</h3><p>Trực tuyến: 11</p><p>Hôm nay: 302</p><p>Tổng: 96.418</p></div>
</div>
</div>
</div>
<footer class="footer"><div class="container"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ XÃ TÂN PHONG</strong></p><p>Cơ quan chủ quản: Đảng ủy xã Tân Phong, tỉnh Quảng Ninh</p><p>Chịu trách nhiệm chính: Phó Bí thư Thường trực Đảng ủy xã</p><p>Địa chỉ: Trụ sở Đảng ủy xã Tân Phong - Điện thoại: 0203.3876.511</p></div></footer>
<script src="/assets/js/jquery.min.js"></script><script src="/assets/js/bootstrap.min.js"></script>
</body>
</html>
"""


def t19(a):
    rnd = random.Random(1919)
    today = D("16/07/2024")
    rel = related(rnd, a["date"], 12, step=(1, 3))
    body = render(a["blocks"], P=lambda t: '<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; %s</p>' % nbs(t, rnd),
                  IMG=lambda cap, i: '<p style="text-align: center;"><img alt="" src="/Uploads/images/2024/05/hoi-nghi-coi.jpg" style="width: 650px; height: 433px;" /></p>\n<p style="text-align: center;"><em>%s</em></p>' % e(cap))
    rel_html = "\n".join('<div class="item"><a href="/web/trang-chu/tin-tuc-su-kien/kinh-te/%s.html">%s</a><p class="time">%s</p></div>' % (slug(t)[:60], e(t), dmy(d)) for t, d in rel)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{e(a['title'])}</title>
<link rel="stylesheet" href="/themes/egov/css/style.css">
<link rel="stylesheet" href="/themes/egov/css/responsive.css">
<script src="/themes/egov/js/jquery.min.js"></script>
</head>
<body>
<div class="top-header"><div class="container"><div class="name-site"><p>Trang Thông tin điện tử</p><h2>Huyện Nga Sơn</h2></div><div class="date-time">{wd(today)}, {dmy(today)}</div></div></div>
<div class="banner-welcome"><marquee>Chào mừng bạn đến với Trang thông tin điện tử huyện Nga Sơn</marquee></div>
<div class="menu-top"><div class="container"><ul>
<li><a href="/web/trang-chu">Trang chủ</a></li><li><a href="/web/trang-chu/gioi-thieu">Giới thiệu</a><ul><li><a href="#">Tổng quan</a></li><li><a href="#">Lịch sử - văn hóa</a></li><li><a href="#">Bộ máy tổ chức</a></li></ul></li>
<li><a href="/web/trang-chu/tin-tuc-su-kien">Tin tức - Sự kiện</a><ul><li><a href="#">Chính trị</a></li><li><a href="#">Kinh tế</a></li><li><a href="#">Văn hóa - Xã hội</a></li><li><a href="#">Quốc phòng - An ninh</a></li></ul></li>
<li><a href="/web/trang-chu/chi-dao-dieu-hanh">Chỉ đạo điều hành</a></li><li><a href="/web/trang-chu/quy-hoach">Quy hoạch - Kế hoạch</a></li><li><a href="/web/trang-chu/van-ban">Văn bản</a></li><li><a href="/web/trang-chu/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li><a href="/web/trang-chu/lien-he">Liên hệ</a></li></ul></div></div>
<div class="container main-content"><div class="row">
<div class="col-left">
<div class="breadcrumb"><a href="/web/trang-chu">Trang chủ</a> / <a href="/web/trang-chu/tin-tuc-su-kien">Tin tức - Sự kiện</a> / <a href="/web/trang-chu/tin-tuc-su-kien/kinh-te">Kinh tế</a></div>
<div class="news-detail">
<h1 class="title-news">{e(a['title'])}</h1>
<div class="info-news"><span class="date">{wd(a['date'])}, {dmy(a['date'])}</span> <span class="views">512 lượt xem</span></div>
<div class="rating"><ul><li>Đánh giá cho bài viết:</li><li><span class="star" data-v="1"></span><span class="star" data-v="2"></span><span class="star" data-v="3"></span><span class="star" data-v="4"></span><span class="star" data-v="5"></span></li><li>0 điểm ( 0 đánh giá )</li></ul></div>
<div class="content-news">
{body}
<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; <strong>{e(a['byline'][0])}</strong></p>
</div>
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u={ea(a['url'])}">Chia sẻ</a> <a href="javascript:window.print()">In bài</a></div>
<div class="other-news"><h3>Tin cùng chuyên mục</h3>
{rel_html}
</div>
</div>
</div>
<div class="col-right">
<div class="box-link"><a href="https://dichvucong.thanhhoa.gov.vn"><img src="/themes/egov/images/motcua.png" alt=""><span>Một cửa điện tử</span></a><a href="https://qlvb.thanhhoa.gov.vn"><img src="/themes/egov/images/vanban.png" alt=""><span>Văn bản điện tử</span></a></div>
<div class="box"><h3 class="title">Bình chọn</h3><p>Bạn quan tâm mục gì nhất trong Website của chúng tôi?</p><form><label><input type="radio" name="bc"> Tin tức - Sự kiện</label><label><input type="radio" name="bc"> Văn bản</label><label><input type="radio" name="bc"> Thủ tục hành chính</label><button type="button">Bình chọn</button></form></div>
<div class="box"><h3 class="title">Văn bản mới</h3><ul>{"".join('<li><a href="#">%s - %s</a></li>' % (e(s), e(d)) for s, d in VANBAN[:5])}</ul><a class="more" href="/web/trang-chu/van-ban">Xem thêm</a></div>
<div class="box"><h3 class="title">Thống kê truy cập</h3><p>Lượt truy cập: 2104733</p><p>Trực tuyến: 30</p><p>Hôm nay: 146</p></div>
</div>
</div></div>
<div class="footer"><div class="container"><p><b>TRANG THÔNG TIN ĐIỆN TỬ HUYỆN NGA SƠN</b></p><p>Cơ quan chủ quản: UBND huyện Nga Sơn, tỉnh Thanh Hóa</p><p>Địa chỉ: Tiểu khu Ba Đình, thị trấn Nga Sơn, huyện Nga Sơn - ĐT: 0237.3872.115</p><p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</p></div></div>
</body>
</html>
"""


def t20(a):
    rnd = random.Random(2020)
    today = D("10/09/2025")
    vs = viewstate(rnd, 4000)
    rel = related(rnd, a["date"], 6, step=(1, 4))

    def IMG(cap, i):
        return ('<p style="text-align: center;"><img alt="" src="/Portals/0/EasyDNNnews/9734/diet-bo-gay.jpg" style="width: 700px;" /></p>\n'
                '<p style="text-align: center;"><span style="font-size:12px;"><em>%s</em></span></p>') % e(cap)

    body = render(a["blocks"], P=lambda t: '<p style="text-align: justify;">%s</p>' % nbs(t, rnd), IMG=IMG,
                  H=lambda t: '<p style="text-align: justify;"><strong>%s</strong></p>' % e(t),
                  UL=lambda items: "<ul>%s</ul>" % "".join('<li style="text-align: justify;">%s</li>' % e(i) for i in items),
                  Q=lambda t: '<blockquote><p style="text-align: justify;"><em>%s</em></p></blockquote>' % e(t))
    rel_html = "\n".join('<div class="edNews_articleItem"><h3 class="edn_articleTitle"><a href="/tin-tuc/ArtMID/1208/ArticleID/%d/%s">%s</a></h3><time>%s</time></div>' % (9733 - i, slug(t), e(t), dmy(d)) for i, (t, d) in enumerate(rel))
    return f"""<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>
	{e(a['title'])}
</title><meta id="MetaDescription" name="DESCRIPTION" content="{ea(a['lead'])}" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=245" type="text/css" rel="stylesheet"/><link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv=245" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/soyte/skin.css?cdv=245" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=245" type="text/javascript"></script>
<meta property="og:site_name" content="Sở Y tế tỉnh Khánh Hòa" /><meta property="og:title" content="{ea(a['title'])}" /><meta property="og:description" content="{ea(a['lead'])}" /><meta property="og:type" content="article" /><meta property="og:url" content="{ea(a['url'])}" /><meta property="og:image" content="https://soyte.khanhhoa.gov.vn/Portals/0/EasyDNNnews/9734/diet-bo-gay.jpg" />
<meta name="viewport" content="width=device-width,initial-scale=1" /></head>
<body id="Body">
<form method="post" action="{ea(a['url'].split('soyte.khanhhoa.gov.vn')[1])}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" /><input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" /><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" /></div>
<div class="skin-wrapper">
<div class="skin-top"><div class="container"><span class="skin-date">{wd(today, True)}, {dmy(today)}</span><span class="skin-hotline">Đường dây nóng ngành Y tế: 1900 9095</span></div></div>
<div class="skin-header"><div class="container"><a id="dnn_dnnLOGO_hypLogo" title="Sở Y tế tỉnh Khánh Hòa" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo-syt.png" alt="Sở Y tế tỉnh Khánh Hòa" /></a></div></div>
<div class="skin-menu"><div class="container"><ul class="dnnmega"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li class="active"><a href="/tin-tuc">Tin tức</a><ul><li><a href="#">Hoạt động ngành</a></li><li><a href="#">Y tế dự phòng</a></li><li><a href="#">Khám chữa bệnh</a></li><li><a href="#">Dược - Mỹ phẩm</a></li></ul></li><li><a href="/giao-duc-suc-khoe">Giáo dục sức khỏe</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></div></div>
<div class="container skin-body"><div class="row">
<div id="dnn_ContentPane" class="col-md-8 contentPane">
<div class="DnnModule DnnModule-EasyDNNnews DnnModule-1208"><a name="1208"></a>
<div id="dnn_ctr1208_ContentPane"><div id="dnn_ctr1208_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">
<div class="eds_news_module_1208 news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default eds_templateGroup_articleDetails eds_styleSwitchCriteria_module-1208">
<div id="dnn_ctr1208_ViewEasyDNNNewsMain_ctl00_pnlViewArticle">
<div class="edn_article edn_clearFix">
<div class="edn_articleBreadcrumb"><a href="/">Trang chủ</a> › <a href="/tin-tuc">Tin tức</a> › <a href="/tin-tuc/y-te-du-phong">Y tế dự phòng</a></div>
<h1 class="edn_articleTitle">{e(a['title'])}</h1>
<div class="edn_metaDetails"><span class="edn_articleDate">Ngày {a['date'].day} tháng {a['date'].month} năm {a['date'].year}</span> <span class="edn_articleAuthor">Tác giả: <a href="/tin-tuc/author/bui-thi-hanh">{e(a['byline'][0])}</a></span> <span class="edn_articleViews">Lượt xem: 874</span></div>
<div class="edn_articleSummary"><p>{e(a['lead'])}</p></div>
<div class="edn_articleContent">
{body}
</div>
<div class="edn_socialPrintWrapper"><a class="edn_printButton" href="/tin-tuc/ArtMID/1208/ArticleID/9734?print=1" target="_blank">In bài viết</a> <a class="edn_emailButton" href="mailto:?subject={ea(a['title'])}">Gửi email</a></div>
<div class="edn_articleTags"><span>Từ khóa: </span><a href="/tin-tuc/tag/sot-xuat-huyet">sốt xuất huyết</a><a href="/tin-tuc/tag/phong-chong-dich">phòng chống dịch</a></div>
</div>
<div class="edn_relatedArticles"><h2 class="edn_sectionTitle">Các tin khác</h2>{rel_html}</div>
</div>
</div>
</div></div></div>
</div>
<div id="dnn_RightPane" class="col-md-4 rightPane">
<div class="DnnModule"><h2 class="module-title">Cảnh báo dịch bệnh</h2><ul><li><a href="#">Tình hình dịch sốt xuất huyết tuần 35/2025</a></li><li><a href="#">Khuyến cáo phòng bệnh tay chân miệng cho trẻ</a></li><li><a href="#">Phòng chống bệnh dại trong cộng đồng</a></li></ul></div>
<div class="DnnModule"><h2 class="module-title">Lịch tiêm chủng</h2><p>Tiêm chủng mở rộng được tổ chức vào ngày 25 hằng tháng tại trạm y tế các xã, phường.</p></div>
<div class="DnnModule"><h2 class="module-title">Thống kê truy cập</h2><p>Đang truy cập: 64<br />Hôm nay: 2.811<br />Tổng lượt truy cập: 7.304.156</p></div>
</div>
</div></div>
<div class="skin-footer"><div class="container"><p><b>SỞ Y TẾ TỈNH KHÁNH HÒA</b></p><p>Địa chỉ: 04 Phan Chu Trinh, phường Nha Trang, tỉnh Khánh Hòa - Điện thoại: 0258.3822.945</p><p>Chịu trách nhiệm chính: Giám đốc Sở Y tế</p></div></div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" /><input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`}}" />
</form>
<script type="text/javascript">
//<![CDATA[
{js_blob(rnd, 15, "eds")}
//]]>
</script>
</body>
</html>
"""


# ---------------------------------------------------------------- non-article pages

def t21_listing(p):
    rnd = random.Random(2121)
    today = D("14/04/2025")
    items = related(rnd, today, 12, step=(0, 2))
    vs = viewstate(rnd, 5000)
    lst = []
    for i, (t, d) in enumerate(items):
        s1 = SUMMARIES[i % len(SUMMARIES)]
        s2 = SUMMARIES[(i * 5 + 3) % len(SUMMARIES)]
        lst.append('<div class="tandan-list-item clearfix"><div class="tandan-list-img"><a href="/portal/Pages/%s/%s.aspx"><img src="/PublishingImages/thumb/%d.jpg" alt="%s" /></a></div>'
                   '<div class="tandan-list-info"><h3 class="tandan-list-title"><a href="/portal/Pages/%s/%s.aspx">%s</a></h3><div class="tandan-list-date">%s, %s</div>'
                   '<div class="tandan-list-sapo">%s %s</div></div></div>'
                   % (d.isoformat(), slug(t)[:60], i, ea(t), d.isoformat(), slug(t)[:60], e(t), wd(d), dmy(d), e(s1), e(s2)))
    lst = "\n".join(lst)
    pager = " ".join('<a href="?Page=%d"%s>%d</a>' % (k, ' class="current"' if k == 2 else "", k) for k in range(1, 8))
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>
	Tin hoạt động
</title>
<link rel="stylesheet" type="text/css" href="/Style Library/TanDan/css/tandan-portal.css"/>
{sp_head_scripts(rnd, "/portal")}
</head>
<body>
<form method="post" action="./Tin-hoat-dong.aspx?Page=2" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" /></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="tandan-header"><div class="tandan-topbar"><span class="tandan-today">{wd(today, True)}, ngày {dmy(today)}</span></div>
<div class="tandan-banner"><a href="/portal"><img src="/Style Library/TanDan/images/banner-daklak.png" alt="Cổng thông tin điện tử tỉnh Đắk Lắk" /></a></div>
<div class="tandan-menu">{menu_ul(PROV_MENU, "tandan-mainmenu", "tandan-submenu", href=lambda t: "/portal/Pages/" + slug(t) + ".aspx")}</div></div>
<div class="tandan-body"><div class="tandan-left">
<div class="tandan-breadcrumb"><a href="/portal">Trang chủ</a> &gt; <a href="/portal/Pages/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a> &gt; <span>Tin hoạt động</span></div>
<h2 class="tandan-cat-title">Tin hoạt động</h2>
<div class="tandan-list">
{lst}
</div>
<div class="tandan-pager">Trang: {pager} <a href="?Page=3">Sau »</a></div>
</div>
<div class="tandan-right"><div class="tandan-box"><div class="tandan-box-title">Thống kê truy cập</div><div>Đang truy cập: 213</div><div>Tổng lượt truy cập: 35.118.402</div></div></div>
</div>
<div class="tandan-footer"><p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐẮK LẮK</p><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Đắk Lắk</p><p>Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh</p></div>
</div></div>
</form>
</body>
</html>
"""


def t22_notfound(p):
    rnd = random.Random(2222)
    today = D("07/10/2025")
    news = related(rnd, today, 8, step=(0, 2))
    news_html = "\n".join('<li><a href="/web/sotnmt/tin-tuc/-/asset_publisher/Tq8w/content/%s">%s</a><span class="date">%s</span></li>' % (slug(t), e(t), dmy(d)) for t, d in news)
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>Không tìm thấy trang - Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link class="lfr-css-file" href="/o/qngai-theme/css/main.css?browserId=chrome&amp;languageId=vi_VN&amp;t=1759800000000" rel="stylesheet" type="text/css" />
<script type="text/javascript">var Liferay = Liferay || {{}}; Liferay.ThemeDisplay = {{ getLanguageId: function() {{ return "vi_VN"; }}, isSignedIn: function() {{ return false; }} }};
{js_blob(rnd, 12, "Liferay.Data")}</script>
</head>
<body class="chrome controls-visible signed-out public-page site">
<div id="wrapper">
<header id="banner"><div class="top-bar"><span class="today">{wd(today, True)}, {dmy(today)}</span></div>
<div class="logo"><a href="/web/sotnmt"><img src="/o/qngai-theme/images/logo.png" alt="Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi" /></a><span class="site-title">SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH QUẢNG NGÃI</span></div>
<nav id="navigation">{menu_ul(PROV_MENU, "nav", href=lambda t: "/web/sotnmt/" + slug(t))}</nav></header>
<section id="content"><div class="row"><div class="col-md-8">
<section class="portlet" id="portlet_com_liferay_portal_kernel_servlet_taglib_ui_ErrorPortlet">
<div class="portlet-content"><div class="portlet-body">
<div class="error-page">
<h1 class="error-title">Không tìm thấy trang</h1>
<p>Trang bạn yêu cầu không tồn tại hoặc đã được chuyển sang địa chỉ khác.</p>
<p>Có thể đường dẫn đã bị thay đổi sau khi hợp nhất Sở Nông nghiệp và Phát triển nông thôn với Sở Tài nguyên và Môi trường. Vui lòng sử dụng chức năng tìm kiếm hoặc quay lại <a href="/web/sotnmt">trang chủ</a>.</p>
<div class="alert alert-danger">Lỗi: Không tìm thấy tài nguyên được yêu cầu (/web/sotnmt/-/asset_publisher/Tq8w/content/id/5521930).</div>
<form action="/web/sotnmt/tim-kiem" method="get"><input type="text" name="q" placeholder="Nhập từ khóa" /><button type="submit">Tìm kiếm</button></form>
</div>
</div></div></section>
</div>
<div class="col-md-4"><div class="box"><h3>Tin mới</h3><ul>{news_html}</ul></div>
<div class="box"><h3>Thống kê truy cập</h3><p>Đang truy cập: 19</p><p>Tổng lượt truy cập: 2.418.006</p></div></div>
</div></section>
<footer id="footer"><p><strong>SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH QUẢNG NGÃI</strong></p><p>Địa chỉ: 163 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi - Điện thoại: 0255.3822.411</p><p>Chịu trách nhiệm chính: Giám đốc Sở</p></footer>
</div>
</body>
</html>
"""


def t23_challenge(p):
    return """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="robots" content="noindex, nofollow">
<title>Đang kiểm tra trình duyệt...</title>
<style>body{font-family:Arial,sans-serif;background:#f5f5f5;text-align:center;padding-top:120px;color:#333}.spinner{margin:20px auto;width:40px;height:40px;border:4px solid #ddd;border-top-color:#c00;border-radius:50%;animation:spin 1s linear infinite}@keyframes spin{to{transform:rotate(360deg)}}</style>
<script type="text/javascript">
function toNumbers(d){var e=[];d.replace(/(..)/g,function(d){e.push(parseInt(d,16))});return e}
function toHex(){for(var d=[],d=1==arguments.length&&arguments[0].constructor==Array?arguments[0]:arguments,e="",f=0;f<d.length;f++)e+=(16>d[f]?"0":"")+d[f].toString(16);return e.toLowerCase()}
var a=toNumbers("f655ba9d09a112d4968c63579db590b4"),b=toNumbers("98344c2eee86c3994890592585b49f80"),c=toNumbers("2b9ec1c8bf6d5f8d3e9a7e0c1f4a2b6d");
setTimeout(function(){
  document.cookie="__test="+toHex(slowAES.decrypt(c,2,a,b))+"; expires=Thu, 31-Dec-37 23:55:55 GMT; path=/";
  location.href=location.pathname+location.search+(location.search?"&":"?")+"i=1";
}, 1500);
</script>
<script type="text/javascript" src="/aes.js"></script>
</head>
<body>
<div class="spinner"></div>
<p>Hệ thống đang kiểm tra trình duyệt của bạn trước khi truy cập Cổng thông tin điện tử.</p>
<p>Quá trình này diễn ra tự động, vui lòng chờ trong giây lát...</p>
<noscript><p><b>Vui lòng bật JavaScript và tải lại trang để tiếp tục.</b></p></noscript>
</body>
</html>
"""


def t24_empty(p):
    rnd = random.Random(2424)
    today = D("06/08/2025")
    d0 = D("01/08/2025")
    vs = viewstate(rnd, 3000)
    rel = related(rnd, d0, 8, step=(1, 4))
    rel_html = "\n".join('<li><a href="/tin-tuc/chi-tiet-tin.aspx?id=%d">%s</a> <span class="ngay">(%s)</span></li>' % (770 - i, e(t), dmy(d)) for i, (t, d) in enumerate(rel))
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Lịch tiếp công dân của Chủ tịch UBND xã tháng 8/2025 - Cổng thông tin điện tử xã Quảng Phú</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script src="/js/jquery.min.js" type="text/javascript"></script>
</head>
<body>
<form method="post" action="./chi-tiet-tin.aspx?id=771" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" /><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="C9A1E2B4" /></div>
<div class="wrapper">
<div class="header"><div class="ngay">{wd(today, True)}, {dmy(today)}</div><img src="/images/banner-quangphu.jpg" alt="Cổng thông tin điện tử xã Quảng Phú" /></div>
<div class="menu"><a href="/">Trang chủ</a><a href="/gioi-thieu.aspx">Giới thiệu</a><a href="/tin-tuc.aspx">Tin tức</a><a href="/thong-bao.aspx">Thông báo</a><a href="/van-ban.aspx">Văn bản</a><a href="/thu-tuc-hanh-chinh.aspx">Thủ tục hành chính</a><a href="/lien-he.aspx">Liên hệ</a></div>
<div class="content">
<div class="left">
<div class="duongdan"><a href="/">Trang chủ</a> » <a href="/thong-bao.aspx">Thông báo</a></div>
<div class="chitiettin">
<h1 class="tieude"><span id="lblTieuDe">Lịch tiếp công dân của Chủ tịch UBND xã tháng 8/2025</span></h1>
<div class="ngaydang"><span id="lblNgayDang">Ngày đăng: {dmy(d0)} 09:12</span> | <span id="lblLuotXem">Lượt xem: 57</span></div>
<div class="noidungtin"><span id="lblNoiDung"><p>&nbsp;</p></span></div>
<div class="tepdinhkem"><span id="lblTepDinhKem"></span></div>
<div class="congcu"><a href="javascript:window.print()">In trang</a> | <a href="javascript:history.back()">Quay lại</a></div>
</div>
<div class="tinkhac"><h3>Tin cùng chuyên mục</h3><ul>{rel_html}</ul></div>
</div>
<div class="right"><div class="box"><h3>Liên kết website</h3><select><option>-- Chọn --</option>{"".join('<option>%s</option>' % e(s) for s in LINKED_SITES)}</select></div>
<div class="box"><h3>Thống kê truy cập</h3><p>Đang truy cập: 4</p><p>Tổng lượt truy cập: 41.207</p></div></div>
</div>
<div class="footer"><p>CỔNG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG PHÚ</p><p>Cơ quan chủ quản: UBND xã Quảng Phú - Chịu trách nhiệm chính: Chủ tịch UBND xã</p></div>
</div>
</form>
</body>
</html>
"""


NONART = [
    dict(name="b21-listing-tandan-tinhoatdong", kind="listing", platform="sharepoint-tandan",
         url="https://daklak.gov.vn/portal/Pages/Tin-hoat-dong.aspx?Page=2", charset="utf-8", tpl=t21_listing),
    dict(name="b22-notfound-liferay", kind="not_found", platform="vnpt-liferay",
         url="https://sonnmt.quangngai.gov.vn/web/sotnmt/-/asset_publisher/Tq8w/content/id/5521930", charset="utf-8", tpl=t22_notfound),
    dict(name="b23-challenge-cookie", kind="challenge", platform="js-challenge",
         url="https://xadongtien.thainguyen.gov.vn/tin-tuc/hoi-nghi-tong-ket-cong-tac-mat-tran-nam-2024.html", charset="utf-8", tpl=t23_challenge),
    dict(name="b24-empty-aspnet-lichtiepdan", kind="empty", platform="aspnet-portal",
         url="https://quangphu.gov.vn/tin-tuc/chi-tiet-tin.aspx?id=771", charset="utf-8", tpl=t24_empty),
]

TEMPLATES = {"b01": t01, "b02": t02, "b03": t03, "b04": t04, "b05": t05, "b06": t06, "b07": t07,
             "b08": t08, "b09": t09, "b10": t10, "b11": t11, "b12": t12, "b13": t13, "b14": t14,
             "b15": t15, "b16": t16, "b17": t17, "b18": t18, "b19": t19, "b20": t20}

# How each page's bytes are produced (the sidecar charset is what the server sends).
ENCODING = {"b12": "cp1258", "b17": "utf-8 (served as iso-8859-1)", "b18": "utf-8-bom"}


def encode(key, text):
    mode = ENCODING.get(key, "utf-8")
    if mode == "cp1258":
        return to_cp1258(text)
    if mode == "utf-8-bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    return text.encode("utf-8")


def write(name, data, side):
    with open(os.path.join(OUT, name + ".html"), "wb") as f:
        f.write(data)
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(side, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    # sanity on weekday-bearing display dates
    for k, a in A.items():
        assert a["published_at"].startswith(a["date"].isoformat()), k
    for k in sorted(A):
        a = A[k]
        html_text = TEMPLATES[k](a)
        side = {
            "kind": "article",
            "platform": a["platform"],
            "url": a["url"],
            "charset": a["charset"],
            "title": fold(a["title"]),
            "published_at": a["published_at"],
            "author": a["author"],
            "body": gold_body(a),
        }
        write(a["name"], encode(k, html_text), side)
    for p in NONART:
        side = {"kind": p["kind"], "platform": p["platform"], "url": p["url"], "charset": p["charset"]}
        write(p["name"], p["tpl"](p).encode("utf-8"), side)


if __name__ == "__main__":
    main()
