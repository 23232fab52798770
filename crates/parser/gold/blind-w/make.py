#!/usr/bin/env python3
"""Generate the blind-w gold set: 20 article pages (w01..w20) and 4 pages
without an article (n01..n04), each with its JSON sidecar.

    python3 make.py [OUTDIR]

Standard library only; every page uses random.Random("blind-w:NAME"), no
clock, no network, so the output is identical byte for byte on every run.
The article texts below are written by hand, page by page; only the chrome
(menus, sidebars, view state, counters) is assembled by code.
"""
import base64
import html
import json
import os
import random
import sys
import unicodedata

SET = "blind-w"


# ----------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------
def E(s):
    return html.escape(s, quote=False)


def A(s):
    return html.escape(s, quote=True)


def NUM(s):
    """Escape and write every non-ASCII character as a decimal entity
    (TinyMCE with entity_encoding: "numeric")."""
    s = html.escape(s, quote=False)
    return "".join(c if ord(c) < 128 else "&#%d;" % ord(c) for c in s)


def NFD_E(s):
    return E(unicodedata.normalize("NFD", s))


WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def weekday(y, m, d):
    import datetime
    return WD[datetime.date(y, m, d).weekday()]


def b64(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def enc1258(s):
    """Encode text as windows-1258 the way Vietnamese Windows tools do:
    base letters (â, ê, ô, ă, ơ, ư) precomposed, tone marks combining."""
    letter_marks = {"\u0302", "\u0306", "\u031b"}
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", d[0] + "".join(c for c in d[1:] if c in letter_marks))
        tones = "".join(c for c in d[1:] if c not in letter_marks)
        try:
            out += base.encode("cp1258") + tones.encode("cp1258")
        except UnicodeEncodeError:
            out += ("&#%d;" % ord(ch)).encode("ascii")
    return bytes(out)


def rand_dates(rng, start, end, n, newest_first=True):
    """n distinct (y, m, d, H, M) tuples between two (y, m, d) dates."""
    import datetime
    a = datetime.date(*start).toordinal()
    b = datetime.date(*end).toordinal()
    days = sorted(rng.sample(range(a, b + 1), n), reverse=newest_first)
    res = []
    for o in days:
        dt = datetime.date.fromordinal(o)
        res.append((dt.year, dt.month, dt.day, rng.choice([7, 8, 9, 10, 11, 14, 15, 16, 17]), rng.randrange(0, 60)))
    return res


# ----------------------------------------------------------------------------
# pools for the chrome (sidebars, "tin cùng chuyên mục", link boxes)
# ----------------------------------------------------------------------------
PROVINCES = [
    ("Hà Nội", "hanoi.gov.vn"), ("Huế", "hue.gov.vn"), ("Hải Phòng", "haiphong.gov.vn"),
    ("Đà Nẵng", "danang.gov.vn"), ("TP. Hồ Chí Minh", "hochiminhcity.gov.vn"), ("Cần Thơ", "cantho.gov.vn"),
    ("Lai Châu", "laichau.gov.vn"), ("Điện Biên", "dienbien.gov.vn"), ("Sơn La", "sonla.gov.vn"),
    ("Lạng Sơn", "langson.gov.vn"), ("Quảng Ninh", "quangninh.gov.vn"), ("Thanh Hóa", "thanhhoa.gov.vn"),
    ("Nghệ An", "nghean.gov.vn"), ("Hà Tĩnh", "hatinh.gov.vn"), ("Cao Bằng", "caobang.gov.vn"),
    ("Tuyên Quang", "tuyenquang.gov.vn"), ("Lào Cai", "laocai.gov.vn"), ("Thái Nguyên", "thainguyen.gov.vn"),
    ("Phú Thọ", "phutho.gov.vn"), ("Bắc Ninh", "bacninh.gov.vn"), ("Hưng Yên", "hungyen.gov.vn"),
    ("Ninh Bình", "ninhbinh.gov.vn"), ("Quảng Trị", "quangtri.gov.vn"), ("Quảng Ngãi", "quangngai.gov.vn"),
    ("Gia Lai", "gialai.gov.vn"), ("Khánh Hòa", "khanhhoa.gov.vn"), ("Lâm Đồng", "lamdong.gov.vn"),
    ("Đắk Lắk", "daklak.gov.vn"), ("Đồng Nai", "dongnai.gov.vn"), ("Tây Ninh", "tayninh.gov.vn"),
    ("Vĩnh Long", "vinhlong.gov.vn"), ("Đồng Tháp", "dongthap.gov.vn"), ("Cà Mau", "camau.gov.vn"),
    ("An Giang", "angiang.gov.vn"),
]

CENTRAL = [
    ("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn"),
    ("Báo điện tử Đảng Cộng sản Việt Nam", "https://dangcongsan.vn"),
    ("Công báo Chính phủ", "https://congbao.chinhphu.vn"),
    ("Hệ thống tiếp nhận phản ánh kiến nghị", "https://pakn.dichvucong.gov.vn"),
    ("Bộ Nội vụ", "https://moha.gov.vn"),
    ("Bộ Tài chính", "https://mof.gov.vn"),
]

HEADLINES = [
    "Hội nghị trực tuyến triển khai nhiệm vụ phát triển kinh tế - xã hội quý IV",
    "Kiểm tra công tác cải cách hành chính tại Trung tâm Phục vụ hành chính công cấp xã",
    "Tăng cường quản lý, bảo vệ rừng trong mùa khô",
    "Hướng dẫn thực hiện chính sách hỗ trợ nhà ở cho người có công với cách mạng",
    "Sơ kết 6 tháng thực hiện phong trào thi đua “Bình dân học vụ số”",
    "Đẩy nhanh tiến độ giải ngân vốn đầu tư công các dự án trọng điểm",
    "Tổ chức Ngày hội việc làm cho lao động nông thôn",
    "Phê duyệt kế hoạch sử dụng đất năm 2026 cấp xã",
    "Tập huấn nghiệp vụ công tác văn thư, lưu trữ cho công chức cấp xã",
    "Triển khai Tháng hành động vì an toàn thực phẩm",
    "Đối thoại với doanh nghiệp về tháo gỡ khó khăn trong sản xuất, kinh doanh",
    "Kiện toàn Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
    "Công bố danh mục thủ tục hành chính được sửa đổi, bổ sung lĩnh vực đất đai",
    "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025",
    "Tăng cường phòng, chống dịch bệnh trên đàn gia súc, gia cầm",
    "Khởi công xây dựng trường học tại xã biên giới",
    "Phát động Tháng cao điểm phòng, chống ma túy",
    "Ra quân kiểm tra, xử lý vi phạm hành lang an toàn giao thông",
    "Triển khai cấp chữ ký số cho cán bộ, công chức cấp xã",
    "Hội thảo khoa học về bảo tồn di sản văn hóa phi vật thể",
    "Ký kết chương trình phối hợp bảo đảm an ninh trật tự khu công nghiệp",
    "Ứng phó với mưa lớn, nguy cơ lũ quét và sạt lở đất",
    "Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2026",
    "Lấy ý kiến Nhân dân về dự thảo quy hoạch chung đô thị",
    "Nghiệm thu, đưa vào sử dụng cầu dân sinh vùng đồng bào dân tộc thiểu số",
    "Giao ban báo chí định kỳ tháng 10",
    "Tổng kết mô hình “Dân vận khéo” trong xây dựng nông thôn mới",
    "Hỗ trợ người dân thực hiện dịch vụ công trực tuyến toàn trình",
    "Kiểm tra tiến độ thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững",
    "Triển khai kế hoạch xúc tiến thương mại năm 2026",
    "Họp Ban Chỉ đạo các chương trình mục tiêu quốc gia",
    "Đoàn công tác của tỉnh thăm, chúc mừng các chức sắc tôn giáo",
    "Ban hành kế hoạch thực hiện Đề án 06 năm 2026",
    "Trao quyết định bổ nhiệm lãnh đạo sở",
    "Diễn tập phòng thủ dân sự ứng phó sự cố tràn dầu",
    "Công khai kết quả giải quyết hồ sơ thủ tục hành chính tháng 9",
    "Nâng cao chất lượng tiếp công dân, giải quyết khiếu nại, tố cáo",
    "Tăng cường công tác quản lý giá, bình ổn thị trường cuối năm",
    "Giới thiệu điển hình tiên tiến trong phong trào thi đua yêu nước",
    "Hội nghị xúc tiến đầu tư vào lĩnh vực nông nghiệp công nghệ cao",
    "Cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân",
    "Rà soát, sắp xếp trụ sở, tài sản công dôi dư sau hợp nhất",
    "Triển khai chương trình sữa học đường năm học 2025 - 2026",
    "Phổ biến pháp luật cho đồng bào vùng biên giới",
    "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Chuyển đổi số trong quản lý hộ tịch, chứng thực",
    "Thẩm định hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao",
    "Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4",
]

DOCS = [
    ("2315/QĐ-UBND", "Về việc công bố danh mục thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước"),
    ("48/2025/QĐ-UBND", "Quy định phân cấp quản lý nhà nước về giá trên địa bàn tỉnh"),
    ("112/KH-UBND", "Kế hoạch cải cách hành chính năm 2026"),
    ("07/CT-UBND", "Chỉ thị về tăng cường kỷ luật, kỷ cương hành chính"),
    ("1876/QĐ-UBND", "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực tư pháp"),
    ("25/2025/NQ-HĐND", "Quy định mức chi hỗ trợ công tác phổ biến, giáo dục pháp luật"),
    ("3401/UBND-KGVX", "Về việc triển khai các giải pháp phòng, chống dịch bệnh mùa đông xuân"),
    ("96/TB-UBND", "Thông báo kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với các sở, ngành"),
    ("15/2026/QĐ-UBND", "Ban hành Quy chế quản lý, vận hành Hệ thống thông tin giải quyết thủ tục hành chính"),
    ("2104/QĐ-UBND", "Giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2026"),
    ("58/KH-UBND", "Kế hoạch tổ chức các hoạt động hưởng ứng Ngày chuyển đổi số quốc gia"),
    ("1290/QĐ-UBND", "Phê duyệt danh mục dự án kêu gọi đầu tư"),
]


def pick_headlines(rng, n):
    return rng.sample(HEADLINES, n)


def link_options(rng, cur=None):
    out = ['<option value="">-- Liên kết website --</option>']
    for name, dom in PROVINCES:
        if name == cur:
            continue
        out.append('<option value="https://%s">Cổng TTĐT %s</option>' % (dom, E(name)))
    return "\n".join(out)


def counter_block(rng, style="ul"):
    total = rng.randrange(4_000_000, 60_000_000)
    today = rng.randrange(800, 9000)
    online = rng.randrange(20, 400)
    if style == "ul":
        return ('<ul class="counter"><li>Đang truy cập: <b>%d</b></li><li>Hôm nay: <b>%s</b></li>'
                '<li>Tháng hiện tại: <b>%s</b></li><li>Tổng lượt truy cập: <b>%s</b></li></ul>'
                % (online, f"{today:,}".replace(",", "."), f"{today*21:,}".replace(",", "."), f"{total:,}".replace(",", ".")))
    return ('<table class="thongke"><tr><td>Trực tuyến:</td><td>%d</td></tr><tr><td>Hôm nay:</td><td>%d</td></tr>'
            '<tr><td>Hôm qua:</td><td>%d</td></tr><tr><td>Tất cả:</td><td>%d</td></tr></table>'
            % (online, today, rng.randrange(800, 9000), total))


# ----------------------------------------------------------------------------
# body rendering
# ----------------------------------------------------------------------------
def render_blocks(blocks, st, e=E):
    """blocks: list of (kind, payload). st: dict of formatters."""
    out = []
    i = 0
    n_img = 0
    while i < len(blocks):
        k, v = blocks[i]
        if k == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(st.get("li", "<li>{}</li>").format(e(blocks[i][1])))
                i += 1
            o, c = st.get("ul", ("<ul>", "</ul>"))
            out.append(o + "\n" + "\n".join(items) + "\n" + c)
            continue
        if k == "p":
            out.append(st.get("p", "<p>{}</p>").format(e(v)))
        elif k == "pb":
            out.append(st.get("pb", "<p><strong>{}</strong></p>").format(e(v)))
        elif k == "h":
            out.append(st.get("h", "<h3>{}</h3>").format(e(v)))
        elif k == "q":
            out.append(st.get("q", "<blockquote><p>{}</p></blockquote>").format(e(v)))
        elif k == "cap":
            n_img += 1
            out.append(st["img"](e(v), n_img))
        elif k == "tbl":
            out.append(st.get("tbl", default_table)(v, e))
        elif k == "raw":
            out.append(v)
        i += 1
    return "\n".join(out)


def default_table(rows, e):
    h = ['<table border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:collapse"><tbody>']
    for r in rows:
        h.append("<tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>")
    h.append("</tbody></table>")
    return "\n".join(h)


def gold_body(a):
    parts = []
    if a.get("lead"):
        parts.append(a["lead"])
    for k, v in a["blocks"]:
        if k == "tbl":
            for r in v:
                parts.extend(r)
        elif k == "raw":
            continue
        else:
            parts.append(v)
    return "\n\n".join(parts)


# ----------------------------------------------------------------------------
# article texts (written by hand, one per page)
# ----------------------------------------------------------------------------
ART = {}

ART["w01"] = dict(
    platform="sharepoint-tandan",
    url="https://www.quangtri.gov.vn/Pages/2026-03-12/Chu-tich-UBND-tinh-Phan-Dinh-Khoi-lam-viec-tai-dac-khu-Con-Co-a1c4f.aspx",
    charset="utf-8",
    title="Chủ tịch UBND tỉnh Phan Đình Khôi làm việc tại đặc khu Cồn Cỏ",
    published_at="2026-03-12T16:15:00+07:00",
    author="Trần Minh Phương, Trung tâm Tin học - Công báo",
    lead="Ngày 11/3, đồng chí Phan Đình Khôi, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dẫn đầu đoàn công tác của tỉnh đến kiểm tra, làm việc với Đảng ủy, UBND đặc khu Cồn Cỏ về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I và các dự án hạ tầng trọng điểm trên đảo.",
    blocks=[
        ("p", "Cùng đi có lãnh đạo các sở: Tài chính, Xây dựng, Công Thương, Nông nghiệp và Môi trường, Văn hóa, Thể thao và Du lịch; Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Văn phòng UBND tỉnh."),
        ("p", "Báo cáo tại buổi làm việc, lãnh đạo đặc khu cho biết, từ đầu năm đến nay tình hình kinh tế - xã hội trên đảo tiếp tục ổn định. Lượng khách ra đảo trong quý I ước đạt hơn 4.200 lượt, tăng 18% so với cùng kỳ; tổng thu ngân sách trên địa bàn ước đạt 2,1 tỷ đồng. Công tác bảo đảm quốc phòng, an ninh, giữ vững chủ quyền biển đảo được duy trì nghiêm túc."),
        ("p", "Tuy nhiên, hạ tầng của đặc khu còn nhiều hạn chế: nguồn điện chủ yếu từ máy phát diesel và hệ thống điện mặt trời công suất nhỏ; nước ngọt phụ thuộc vào nước mưa và hồ chứa; tàu khách ra đảo chỉ chạy được khi thời tiết thuận lợi. Dự án kè chống sạt lở bờ Tây và cầu cảng tổng hợp đang triển khai chậm do vướng điều chỉnh thiết kế."),
        ("cap", "Chủ tịch UBND tỉnh Phan Đình Khôi kiểm tra tiến độ dự án cầu cảng tổng hợp đặc khu Cồn Cỏ"),
        ("h", "Ưu tiên điện, nước và giao thông ra đảo"),
        ("p", "Phát biểu chỉ đạo, Chủ tịch UBND tỉnh Phan Đình Khôi ghi nhận những nỗ lực của cấp ủy, chính quyền và Nhân dân đặc khu trong điều kiện còn nhiều khó khăn. Đồng chí nhấn mạnh, Cồn Cỏ là địa bàn có vị trí đặc biệt quan trọng về quốc phòng, an ninh, đồng thời có tiềm năng lớn để phát triển du lịch sinh thái biển gắn với di tích lịch sử."),
        ("p", "Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng phối hợp với chủ đầu tư hoàn thành điều chỉnh thiết kế dự án cầu cảng trong tháng 4/2026, bảo đảm thi công trước mùa mưa bão; Sở Công Thương nghiên cứu phương án cấp điện lưới hoặc nâng công suất điện mặt trời kết hợp hệ thống lưu trữ; Sở Nông nghiệp và Môi trường khảo sát bổ sung nguồn nước ngọt, đề xuất đầu tư hệ thống lọc nước biển quy mô nhỏ."),
        ("p", "Đối với đề xuất của đặc khu về tăng chuyến tàu khách trong mùa du lịch, Chủ tịch UBND tỉnh giao Sở Xây dựng làm việc với các doanh nghiệp vận tải thủy, xây dựng lịch chạy tàu cố định từ tháng 5 đến tháng 9, công khai trên Cổng Thông tin điện tử tỉnh để người dân và du khách chủ động."),
        ("cap", "Đoàn công tác dâng hương tại Khu di tích lịch sử đảo Cồn Cỏ"),
        ("p", "Trước buổi làm việc, đoàn công tác đã dâng hương tại Khu di tích lịch sử đảo Cồn Cỏ, thăm hỏi, tặng quà cán bộ, chiến sĩ Đồn Biên phòng Cồn Cỏ và các hộ dân đang sinh sống trên đảo."),
    ],
)

ART["w02"] = dict(
    platform="sharepoint-trang",
    url="https://www.dongnai.gov.vn/Trang/ChiTietTinTuc.aspx?nid=48217&title=hop-bao-cung-cap-thong-tin-tinh-hinh-kinh-te-xa-hoi-7-thang-dau-nam-2025",
    charset="utf-8",
    title="Họp báo cung cấp thông tin tình hình kinh tế - xã hội 7 tháng đầu năm 2025",
    published_at="2025-08-05T14:20:00+07:00",
    author="Cổng TTĐT tỉnh",
    lead="Chiều 4/8, UBND tỉnh tổ chức họp báo định kỳ cung cấp thông tin về tình hình kinh tế - xã hội 7 tháng đầu năm 2025 và hoạt động của chính quyền địa phương hai cấp sau một tháng vận hành. Phó Chủ tịch UBND tỉnh Nguyễn Thị Hồng Vân chủ trì họp báo.",
    blocks=[
        ("p", "Theo báo cáo của Sở Tài chính, chỉ số sản xuất công nghiệp 7 tháng tăng 9,4% so với cùng kỳ; kim ngạch xuất khẩu ước đạt 16,8 tỷ USD, tăng 12,1%. Tổng thu ngân sách nhà nước trên địa bàn ước đạt hơn 38.500 tỷ đồng, bằng 66% dự toán. Giải ngân vốn đầu tư công đạt 41,3% kế hoạch vốn được giao, cao hơn bình quân cả nước."),
        ("p", "Về thu hút đầu tư, từ đầu năm đến nay tỉnh đã cấp mới 61 dự án có vốn đầu tư nước ngoài với tổng vốn đăng ký gần 1,2 tỷ USD; điều chỉnh tăng vốn cho 74 lượt dự án. Các dự án trong nước được chấp thuận chủ trương đầu tư có tổng vốn khoảng 21.000 tỷ đồng."),
        ("h", "Bộ máy chính quyền hai cấp vận hành thông suốt"),
        ("p", "Thông tin về hoạt động của chính quyền địa phương hai cấp, đại diện Sở Nội vụ cho biết, sau một tháng đi vào hoạt động, 95 xã, phường của tỉnh đã ổn định tổ chức, bố trí đủ công chức tại Trung tâm Phục vụ hành chính công cấp xã. Tổng số hồ sơ thủ tục hành chính tiếp nhận tại cấp xã trong tháng 7 là hơn 84.000 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 97,6%."),
        ("p", "Một số địa phương còn thiếu công chức chuyên môn lĩnh vực đất đai, xây dựng và tài chính; hạ tầng công nghệ thông tin tại một số trụ sở mới chưa đồng bộ. Sở Nội vụ đang phối hợp với các sở, ngành tổ chức tập huấn, hướng dẫn nghiệp vụ và điều động, biệt phái công chức về hỗ trợ cơ sở."),
        ("p", "Trả lời câu hỏi của phóng viên về tiến độ Cảng hàng không quốc tế Long Thành và các tuyến giao thông kết nối, đại diện Sở Xây dựng cho biết, tỉnh đang tập trung hoàn thành giải phóng mặt bằng các dự án đường kết nối, phấn đấu đồng bộ với tiến độ đưa sân bay vào khai thác."),
        ("p", "Kết luận họp báo, Phó Chủ tịch UBND tỉnh Nguyễn Thị Hồng Vân đề nghị các cơ quan báo chí tiếp tục đồng hành, phản ánh kịp thời những khó khăn, vướng mắc của người dân, doanh nghiệp trong quá trình vận hành chính quyền hai cấp để tỉnh có giải pháp tháo gỡ."),
    ],
)

ART["w03"] = dict(
    platform="liferay-6.2",
    url="https://sotuphap.hungyen.gov.vn/tin-tuc-su-kien/-/asset_publisher/Xq3mEYJ8pKtW/content/so-tu-phap-huong-dan-thuc-hien-thu-tuc-lien-thong-dang-ky-khai-sinh-dang-ky-thuong-tru-cap-the-bao-hiem-y-te-cho-tre-duoi-6-tuoi",
    charset="utf-8",
    title="Sở Tư pháp hướng dẫn thực hiện thủ tục liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi trên môi trường điện tử",
    published_at="2025-09-18T08:32:00+07:00",
    author="Sở Tư pháp",
    lead="Nhằm bảo đảm việc giải quyết nhóm thủ tục hành chính liên thông được thông suốt sau khi sắp xếp đơn vị hành chính, Sở Tư pháp vừa ban hành văn bản hướng dẫn UBND các xã, phường thực hiện thủ tục liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi trên Cổng Dịch vụ công quốc gia.",
    blocks=[
        ("p", "Theo hướng dẫn, người dân có thể nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia hoặc ứng dụng định danh điện tử VNeID; trường hợp không tự thực hiện được, người dân đến bộ phận một cửa của UBND cấp xã để được công chức hướng dẫn, hỗ trợ nộp hồ sơ."),
        ("p", "Thành phần hồ sơ gồm:"),
        ("li", "Tờ khai điện tử liên thông theo mẫu được hiển thị trên Cổng Dịch vụ công quốc gia;"),
        ("li", "Bản chụp hoặc bản điện tử giấy chứng sinh; trường hợp không có giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh;"),
        ("li", "Bản chụp giấy tờ chứng minh nơi cư trú trong trường hợp thông tin chưa được cập nhật trong Cơ sở dữ liệu quốc gia về dân cư;"),
        ("li", "Văn bản ủy quyền theo quy định của pháp luật trong trường hợp ủy quyền thực hiện thủ tục."),
        ("p", "Thời hạn giải quyết nhóm thủ tục liên thông không quá 5 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ. Người dân nhận kết quả là bản điện tử giấy khai sinh, thông tin cư trú được cập nhật và thẻ bảo hiểm y tế điện tử trên ứng dụng VNeID; nếu có yêu cầu, bản giấy được trả tại bộ phận một cửa hoặc qua dịch vụ bưu chính công ích."),
        ("p", "Sở Tư pháp đề nghị UBND các xã, phường chỉ đạo công chức tư pháp - hộ tịch thường xuyên kiểm tra tài khoản trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, tiếp nhận và xử lý hồ sơ đúng thời hạn; không yêu cầu người dân nộp thêm giấy tờ đã được khai thác từ cơ sở dữ liệu. Trường hợp phát sinh lỗi kỹ thuật, địa phương phản ánh qua số điện thoại đường dây nóng của Sở Tư pháp để được hỗ trợ kịp thời."),
        ("p", "Trong 8 tháng năm 2025, toàn tỉnh đã tiếp nhận hơn 21.400 hồ sơ liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi, trong đó 78% hồ sơ được nộp trực tuyến."),
    ],
)

ART["w04"] = dict(
    platform="liferay-7",
    url="https://stc.lamdong.gov.vn/web/so-tai-chinh/tin-tuc/-/asset_publisher/tK8cWq2LmZpR/content/cong-khai-so-lieu-du-toan-ngan-sach-nha-nuoc-nam-2026-cua-tinh-lam-ong",
    charset="utf-8",
    title="Công khai số liệu dự toán ngân sách nhà nước năm 2026 của tỉnh Lâm Đồng",
    published_at="2026-01-15T10:20:00+07:00",
    author="Nguyễn Thị Kim Oanh",
    lead="Thực hiện quy định của Luật Ngân sách nhà nước và hướng dẫn của Bộ Tài chính về công khai ngân sách, Sở Tài chính công khai số liệu dự toán ngân sách nhà nước năm 2026 đã được HĐND tỉnh quyết định và UBND tỉnh giao tại Quyết định số 412/QĐ-UBND.",
    blocks=[
        ("p", "Theo đó, tổng thu ngân sách nhà nước trên địa bàn năm 2026 là 31.840 tỷ đồng, trong đó thu nội địa 29.150 tỷ đồng, thu từ hoạt động xuất nhập khẩu 2.690 tỷ đồng. Tổng chi ngân sách địa phương là 42.615 tỷ đồng, gồm chi đầu tư phát triển 14.380 tỷ đồng, chi thường xuyên 26.970 tỷ đồng, dự phòng ngân sách 810 tỷ đồng."),
        ("p", "Một số chỉ tiêu chủ yếu như sau (đơn vị: tỷ đồng):"),
        ("tbl", [["STT", "Nội dung", "Dự toán năm 2026"],
                 ["1", "Tổng thu ngân sách nhà nước trên địa bàn", "31.840"],
                 ["2", "Thu nội địa", "29.150"],
                 ["3", "Thu từ hoạt động xuất nhập khẩu", "2.690"],
                 ["4", "Tổng chi ngân sách địa phương", "42.615"],
                 ["5", "Chi đầu tư phát triển", "14.380"],
                 ["6", "Chi thường xuyên", "26.970"],
                 ["7", "Dự phòng ngân sách", "810"]]),
        ("p", "Dự toán năm 2026 được xây dựng trên cơ sở tổ chức bộ máy sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận và vận hành mô hình chính quyền địa phương hai cấp. Ngân sách cấp xã được giao dự toán trực tiếp cho 124 xã, phường, đặc khu; nguồn thực hiện cải cách tiền lương được bố trí đầy đủ theo quy định."),
        ("p", "Sở Tài chính đề nghị các sở, ban, ngành và UBND các xã, phường, đặc khu thực hiện công khai dự toán ngân sách của đơn vị mình trong thời hạn 15 ngày kể từ ngày được giao dự toán; nội dung công khai được đăng tải trên trang thông tin điện tử của đơn vị và niêm yết tại trụ sở."),
        ("p", "Thông tin văn bản:"),
        ("tbl", [["Số ký hiệu", "412/QĐ-UBND"],
                 ["Ngày ban hành", "31/12/2025"],
                 ["Cơ quan ban hành", "UBND tỉnh Lâm Đồng"],
                 ["Trích yếu", "Về việc công bố công khai số liệu dự toán ngân sách nhà nước năm 2026"]]),
        ("p", "Toàn văn quyết định và các biểu mẫu kèm theo được đăng tải tại mục Công khai ngân sách trên trang thông tin điện tử của Sở Tài chính."),
    ],
)

ART["w05"] = dict(
    platform="dnn-easydnnnews",
    url="https://ipa.bacninh.gov.vn/tin-tuc/ArtMID/1452/ArticleID/3378/Bac-Ninh-trao-chung-nhan-dau-tu-cho-9-du-an-tai-hoi-nghi-xuc-tien-dau-tu-o-Seoul",
    charset="utf-8",
    title="Bắc Ninh trao chứng nhận đầu tư cho 9 dự án tại hội nghị xúc tiến đầu tư ở Seoul",
    published_at="2026-05-20T16:45:12+07:00",
    author="Hoàng Yến",
    lead="Ngày 19/5 (giờ địa phương), tại Thủ đô Seoul, UBND tỉnh Bắc Ninh phối hợp với Đại sứ quán Việt Nam tại Hàn Quốc và Cơ quan Xúc tiến Thương mại - Đầu tư Hàn Quốc (KOTRA) tổ chức Hội nghị xúc tiến đầu tư tỉnh Bắc Ninh năm 2026 với sự tham dự của hơn 300 doanh nghiệp.",
    blocks=[
        ("p", "Phát biểu khai mạc, Phó Chủ tịch UBND tỉnh Đỗ Quang Huy cho biết, sau khi hợp nhất với tỉnh Bắc Giang, Bắc Ninh có 53 khu công nghiệp đã được quy hoạch với tổng diện tích hơn 16.000 ha, trong đó 35 khu đã đi vào hoạt động. Hàn Quốc hiện là nhà đầu tư lớn nhất của tỉnh với gần 1.900 dự án, tổng vốn đăng ký hơn 28 tỷ USD, tập trung vào lĩnh vực điện tử, linh kiện và công nghiệp hỗ trợ."),
        ("p", "Tỉnh cam kết tiếp tục cải thiện môi trường đầu tư, rút ngắn thời gian giải quyết thủ tục hành chính; bảo đảm nguồn cung điện, nước, nhà ở cho công nhân và hạ tầng giao thông kết nối với Cảng hàng không quốc tế Gia Bình, sân bay Nội Bài và các cảng biển Hải Phòng, Quảng Ninh."),
        ("cap", "Phó Chủ tịch UBND tỉnh Đỗ Quang Huy trao giấy chứng nhận đăng ký đầu tư cho các nhà đầu tư Hàn Quốc"),
        ("p", "Tại hội nghị, lãnh đạo tỉnh đã trao giấy chứng nhận đăng ký đầu tư và quyết định chấp thuận chủ trương đầu tư cho 9 dự án với tổng vốn 1,36 tỷ USD, trong đó có 3 dự án sản xuất linh kiện bán dẫn và 2 dự án trung tâm nghiên cứu, phát triển. Ban Quản lý các khu công nghiệp tỉnh cũng ký biên bản ghi nhớ hợp tác với 6 tập đoàn, doanh nghiệp và hiệp hội doanh nghiệp Hàn Quốc."),
        ("p", "Đại diện các doanh nghiệp Hàn Quốc đánh giá cao sự hỗ trợ của chính quyền tỉnh thời gian qua, đồng thời đề nghị tỉnh quan tâm đào tạo nguồn nhân lực kỹ thuật, đơn giản hóa thủ tục cấp giấy phép lao động cho chuyên gia nước ngoài và sớm hoàn thiện hạ tầng xử lý nước thải tại các khu công nghiệp mới."),
        ("p", "Trong khuôn khổ chuyến công tác, đoàn của tỉnh đã làm việc với một số tập đoàn lớn của Hàn Quốc về kế hoạch mở rộng đầu tư tại Bắc Ninh và thăm mô hình đào tạo nghề gắn với doanh nghiệp tại tỉnh Gyeonggi."),
    ],
)

ART["w06"] = dict(
    platform="wordpress",
    url="https://sgddt.tuyenquang.gov.vn/2025/08/28/chi-thi-ve-thuc-hien-nhiem-vu-trong-tam-nam-hoc-2025-2026/",
    charset="utf-8",
    title="Chỉ thị về thực hiện nhiệm vụ trọng tâm năm học 2025 - 2026",
    published_at="2025-08-28T09:15:40+07:00",
    author="Lương Thu Hà - Văn phòng Sở",
    lead=None,
    blocks=[
        ("p", "Chủ tịch UBND tỉnh vừa ban hành Chỉ thị số 18/CT-UBND về thực hiện nhiệm vụ trọng tâm năm học 2025 - 2026. Đây là năm học đầu tiên ngành Giáo dục tỉnh triển khai nhiệm vụ sau khi hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang, vận hành mô hình chính quyền địa phương hai cấp, với hơn 1.400 cơ sở giáo dục và trên 480.000 học sinh."),
        ("p", "Chỉ thị yêu cầu các sở, ngành, UBND các xã, phường và các cơ sở giáo dục tập trung thực hiện tốt các nhiệm vụ sau:"),
        ("li", "Rà soát, sắp xếp mạng lưới trường, lớp phù hợp với đơn vị hành chính mới; không để học sinh phải đi học xa hơn so với trước khi sắp xếp; ưu tiên duy trì điểm trường ở thôn, bản vùng cao, biên giới."),
        ("li", "Bảo đảm đủ giáo viên theo định mức; thực hiện tuyển dụng, điều động, biệt phái giáo viên giữa các xã để khắc phục tình trạng thừa, thiếu cục bộ, nhất là giáo viên Tiếng Anh, Tin học, Mĩ thuật, Âm nhạc."),
        ("li", "Triển khai chính sách miễn học phí cho học sinh từ mầm non đến trung học phổ thông công lập theo Nghị quyết của Quốc hội; thực hiện đầy đủ, kịp thời các chế độ hỗ trợ học sinh bán trú, học sinh dân tộc thiểu số."),
        ("li", "Đẩy mạnh chuyển đổi số trong quản lý và dạy học; sử dụng học bạ số, sổ điểm điện tử ở tất cả các cấp học; tăng cường dạy tiếng Việt cho trẻ em người dân tộc thiểu số trước khi vào lớp 1."),
        ("li", "Bảo đảm an toàn trường học, phòng, chống đuối nước, tai nạn thương tích; kiểm tra, sửa chữa phòng học xuống cấp trước mùa mưa lũ."),
        ("p", "Chủ tịch UBND tỉnh giao Sở Giáo dục và Đào tạo chủ trì hướng dẫn, đôn đốc, kiểm tra việc thực hiện Chỉ thị; Sở Tài chính tham mưu bố trí kinh phí cho các chương trình kiên cố hóa trường lớp, nhà ở bán trú cho học sinh và nhà công vụ cho giáo viên; UBND các xã, phường chịu trách nhiệm quản lý nhà nước về giáo dục mầm non, tiểu học, trung học cơ sở trên địa bàn theo phân cấp."),
        ("p", "Lễ khai giảng năm học mới được tổ chức đồng loạt vào ngày 5/9/2025, bảo đảm trang trọng, thiết thực, tiết kiệm, tạo không khí phấn khởi cho học sinh ngay từ ngày đầu năm học."),
    ],
)

ART["w07"] = dict(
    platform="joomla-3",
    url="https://svhttdl.ninhbinh.gov.vn/index.php/tin-tuc/hoat-dong-van-hoa/3412-khai-mac-lien-hoan-cheo-va-ca-tru-tinh-ninh-binh-nam-2025",
    charset="utf-8",
    title="Khai mạc Liên hoan Chèo và Ca trù tỉnh Ninh Bình năm 2025",
    published_at="2025-10-14T09:05:12+07:00",
    author="Đinh Thu Hằng",
    lead=None,
    blocks=[
        ("pb", "Tối 13/10, tại Quảng trường Đinh Tiên Hoàng Đế, Sở Văn hóa, Thể thao và Du lịch tổ chức khai mạc Liên hoan Chèo và Ca trù tỉnh Ninh Bình năm 2025 với sự tham gia của 16 đoàn nghệ thuật, câu lạc bộ đến từ các xã, phường trong tỉnh."),
        ("p", "Đây là liên hoan đầu tiên được tổ chức sau khi hợp nhất ba tỉnh Ninh Bình, Hà Nam, Nam Định, nhằm bảo tồn, phát huy giá trị nghệ thuật truyền thống, tạo sân chơi giao lưu cho các nghệ nhân, diễn viên không chuyên và góp phần quảng bá hình ảnh quê hương đến du khách."),
        ("p", "Phát biểu khai mạc, Giám đốc Sở Văn hóa, Thể thao và Du lịch Trần Văn Lâm cho biết, trên địa bàn tỉnh hiện có hơn 120 câu lạc bộ chèo, 14 câu lạc bộ ca trù với gần 3.000 hội viên. Nhiều câu lạc bộ duy trì sinh hoạt thường xuyên, truyền dạy cho thế hệ trẻ, trong đó có những nghệ nhân đã ngoài 80 tuổi vẫn đứng lớp."),
        ("cap", "Tiết mục khai mạc Liên hoan do Nhà hát Chèo Ninh Bình biểu diễn"),
        ("p", "Trong 4 ngày diễn ra liên hoan, các đoàn trình diễn 48 tiết mục gồm trích đoạn chèo cổ, chèo mới, hát ca trù và các tác phẩm sân khấu hóa ca ngợi quê hương, đất nước. Ban tổ chức sẽ trao các giải A, B, C cho tiết mục, giải diễn viên, nhạc công xuất sắc và giải thưởng dành cho nghệ nhân cao tuổi."),
        ("p", "Bên lề liên hoan, Sở phối hợp với UBND phường Hoa Lư tổ chức trưng bày ảnh tư liệu về nghệ thuật chèo, ca trù và mở các lớp truyền dạy hát chèo cho học sinh. Các hoạt động được tổ chức miễn phí, phục vụ Nhân dân và du khách."),
    ],
)

ART["w08"] = dict(
    platform="joomla-4",
    url="https://bqlkkt.haiphong.gov.vn/tin-tuc/xuc-tien-dau-tu/hai-phong-thu-hut-hon-1-1-ty-usd-von-fdi-vao-cac-khu-cong-nghiep-trong-thang-dau-nam-2026",
    charset="utf-8",
    title="Hải Phòng thu hút hơn 1,1 tỷ USD vốn FDI vào các khu công nghiệp trong tháng đầu năm 2026",
    published_at="2026-02-03T14:20:31+07:00",
    author="Phạm Quang Vinh",
    lead=None,
    blocks=[
        ("p", "Theo Ban Quản lý Khu kinh tế Hải Phòng, trong tháng 1/2026, các khu công nghiệp, khu kinh tế trên địa bàn thành phố đã thu hút 14 dự án đầu tư trực tiếp nước ngoài cấp mới và 9 lượt dự án điều chỉnh vốn, với tổng vốn đăng ký đạt hơn 1,1 tỷ USD, tăng gần 2,4 lần so với cùng kỳ năm 2025."),
        ("p", "Các dự án tập trung vào lĩnh vực sản xuất linh kiện điện tử, thiết bị năng lượng tái tạo, logistics và chế biến sâu. Đáng chú ý, một nhà đầu tư Nhật Bản đăng ký dự án sản xuất cáp quang và thiết bị viễn thông với vốn 320 triệu USD tại Khu công nghiệp Nam Đình Vũ; một dự án kho vận thông minh có vốn 180 triệu USD được cấp phép tại Khu kinh tế Đình Vũ - Cát Hải."),
        ("p", "Sau khi hợp nhất với tỉnh Hải Dương, thành phố hiện có 2 khu kinh tế và 41 khu công nghiệp được thành lập, tổng diện tích đất công nghiệp hơn 15.500 ha. Tỷ lệ lấp đầy bình quân của các khu công nghiệp đang hoạt động đạt khoảng 72%."),
        ("h", "Rút ngắn thời gian giải quyết thủ tục"),
        ("p", "Năm 2026, Ban Quản lý Khu kinh tế đặt mục tiêu thu hút từ 5 đến 6 tỷ USD vốn FDI. Để thực hiện mục tiêu này, Ban đã rút ngắn thời gian cấp giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương từ 15 ngày xuống còn 7 ngày làm việc; tiếp nhận 100% hồ sơ trên môi trường điện tử."),
        ("p", "Ban cũng phối hợp với các nhà phát triển hạ tầng đẩy nhanh tiến độ đầu tư các khu công nghiệp mới tại khu vực phía Tây thành phố, bảo đảm quỹ đất sạch sẵn sàng đón các dự án quy mô lớn; đồng thời nâng cao chất lượng dịch vụ hỗ trợ nhà đầu tư sau cấp phép."),
    ],
)

ART["w09"] = dict(
    platform="nukeviet-4",
    url="https://soyte.thanhhoa.gov.vn/news/tin-tuc-su-kien/trien-khai-chien-dich-tiem-bo-sung-vac-xin-soi-rubella-cho-tre-tu-1-den-5-tuoi-2871.html",
    charset="utf-8",
    title="Triển khai chiến dịch tiêm bổ sung vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi",
    published_at="2025-11-20T09:41:00+07:00",
    author="Hải Yến",
    lead="Từ ngày 24/11 đến hết ngày 14/12/2025, ngành Y tế tổ chức chiến dịch tiêm bổ sung vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi tại 166 xã, phường trên địa bàn tỉnh nhằm chủ động phòng, chống dịch sởi trong mùa đông xuân.",
    blocks=[
        ("p", "Theo Sở Y tế, từ đầu năm 2025 đến nay, toàn tỉnh ghi nhận 286 trường hợp sốt phát ban nghi sởi, trong đó 74 trường hợp dương tính với sởi, phần lớn là trẻ chưa tiêm hoặc tiêm chưa đủ mũi vắc xin. Tỷ lệ tiêm vắc xin sởi mũi 2 cho trẻ 18 tháng tuổi ở một số xã miền núi mới đạt 82 - 85%, thấp hơn mức 95% cần thiết để tạo miễn dịch cộng đồng."),
        ("p", "Chiến dịch dự kiến tiêm cho khoảng 41.000 trẻ, được triển khai theo hình thức cuốn chiếu tại trạm y tế xã, phường và các điểm tiêm ngoài trạm ở thôn, bản vùng sâu, vùng xa. Trẻ được khám sàng lọc trước tiêm, theo dõi 30 phút sau tiêm tại điểm tiêm và tiếp tục được theo dõi tại nhà ít nhất 24 giờ."),
        ("p", "Sở Y tế đề nghị UBND các xã, phường chỉ đạo rà soát, lập danh sách đối tượng, thông báo đến từng hộ gia đình; các trường mầm non phối hợp với trạm y tế tổ chức điểm tiêm tại trường. Cha mẹ, người chăm sóc trẻ khi đưa trẻ đi tiêm mang theo sổ tiêm chủng hoặc thông tin tiêm chủng trên ứng dụng VNeID."),
        ("p", "Người dân khi thấy trẻ có biểu hiện sốt, phát ban, ho, chảy nước mũi, viêm kết mạc cần đưa trẻ đến cơ sở y tế để được khám và xử trí kịp thời; hạn chế cho trẻ đến nơi đông người trong thời gian có dịch."),
    ],
)

ART["w10"] = dict(
    platform="drupal-7",
    url="https://sokhcn.cantho.gov.vn/tin-tuc/nghiem-thu-de-tai-san-xuat-che-pham-vi-sinh-xu-ly-rom-ra-tai-ruong",
    charset="utf-8",
    title="Nghiệm thu đề tài sản xuất chế phẩm vi sinh xử lý rơm rạ tại ruộng",
    published_at="2025-12-09T10:12:00+07:00",
    author=None,
    lead=None,
    blocks=[
        ("p", "Ngày 8/12, Hội đồng khoa học và công nghệ thành phố tổ chức nghiệm thu đề tài “Nghiên cứu sản xuất chế phẩm vi sinh xử lý rơm rạ tại ruộng phục vụ canh tác lúa giảm phát thải trên địa bàn thành phố Cần Thơ” do Viện Công nghệ sinh học và Thực phẩm, Trường Đại học Cần Thơ chủ trì, TS. Trần Thị Ngọc Hân làm chủ nhiệm."),
        ("p", "Đề tài được thực hiện trong 24 tháng với tổng kinh phí hơn 1,6 tỷ đồng từ ngân sách sự nghiệp khoa học của thành phố. Nhóm nghiên cứu đã phân lập, tuyển chọn được 5 chủng vi sinh vật có khả năng phân hủy cellulose cao, từ đó xây dựng quy trình sản xuất chế phẩm dạng bột với mật độ vi sinh đạt trên 100 triệu tế bào/gam."),
        ("p", "Kết quả thử nghiệm trên diện tích 40 ha tại các phường Thới Long, Ô Môn và xã Cờ Đỏ cho thấy, sau 15 đến 20 ngày phun chế phẩm, rơm rạ phân hủy trên 70%, giảm đáng kể việc đốt rơm ngoài đồng; năng suất lúa vụ sau tăng bình quân 4 - 6%, chi phí phân bón giảm khoảng 10%."),
        ("p", "Hội đồng đánh giá đề tài có ý nghĩa thực tiễn, phù hợp với Đề án phát triển bền vững một triệu héc ta chuyên canh lúa chất lượng cao, phát thải thấp vùng Đồng bằng sông Cửu Long. Đề tài được nghiệm thu với kết quả xếp loại đạt. Hội đồng đề nghị nhóm nghiên cứu hoàn thiện hồ sơ, chuyển giao quy trình cho các hợp tác xã và doanh nghiệp để nhân rộng."),
    ],
)

ART["w11"] = dict(
    platform="drupal-10",
    url="https://sxd.danang.gov.vn/tin-hoat-dong/hop-bao-thong-tin-phuong-an-to-chuc-giao-thong-phuc-vu-le-hoi-phao-hoa-quoc-te-da-nang-2026",
    charset="utf-8",
    title="Họp báo thông tin phương án tổ chức giao thông phục vụ Lễ hội pháo hoa quốc tế Đà Nẵng 2026",
    published_at="2026-04-21T15:30:00+07:00",
    author="Quốc Bảo",
    lead="Sáng 20/4, Sở Xây dựng phối hợp với Công an thành phố tổ chức họp báo thông tin về phương án tổ chức giao thông, bố trí điểm đỗ xe phục vụ Lễ hội pháo hoa quốc tế Đà Nẵng 2026 (DIFF 2026), diễn ra từ ngày 30/5 đến 11/7.",
    blocks=[
        ("p", "Theo phương án, trong các đêm thi, thành phố cấm các loại phương tiện lưu thông qua cầu Trần Thị Lý, cầu Rồng, cầu Sông Hàn và các tuyến đường ven sông Hàn từ 17 giờ 30 đến 23 giờ 30, trừ xe ưu tiên, xe buýt phục vụ lễ hội và phương tiện có phù hiệu của Ban tổ chức."),
        ("p", "Sở Xây dựng bố trí 42 điểm trông giữ xe với sức chứa khoảng 45.000 xe máy và 3.800 ô tô; giá dịch vụ trông giữ xe được niêm yết công khai, không vượt mức giá do UBND thành phố quy định. Lần đầu tiên, người dân có thể tra cứu vị trí, tình trạng còn chỗ của các bãi xe qua ứng dụng Danang Smart City."),
        ("p", "Ngoài ra, thành phố tăng cường 6 tuyến xe buýt miễn phí kết nối các bãi đỗ xe tập trung với khu vực khán đài, hoạt động liên tục từ 16 giờ đến 24 giờ các đêm thi; tăng tần suất các tuyến xe buýt trợ giá từ khu vực phía Nam, gồm các xã, phường thuộc tỉnh Quảng Nam trước đây, vào trung tâm."),
        ("p", "Trả lời câu hỏi của phóng viên về tình trạng ùn tắc tại các nút giao sau khi kết thúc chương trình, đại diện Phòng Cảnh sát giao thông cho biết sẽ huy động hơn 1.200 cán bộ, chiến sĩ phân luồng, điều tiết; bố trí lực lượng tại 65 nút giao trọng điểm và lắp đặt thêm biển báo, đèn tín hiệu tạm thời."),
        ("cap", "Quang cảnh buổi họp báo sáng 20/4"),
        ("p", "Sở Xây dựng khuyến cáo người dân và du khách chủ động lựa chọn lộ trình, ưu tiên đi bộ, sử dụng xe buýt, xe đạp công cộng; tuân thủ hướng dẫn của lực lượng chức năng để lễ hội diễn ra an toàn, văn minh."),
    ],
)

ART["w12"] = dict(
    platform="aspnet-table",
    url="http://www.caobang.gov.vn/home/newsdetail.aspx?ID=20548&CatID=12",
    charset="windows-1258",
    title="CHỈ THỊ VỀ TĂNG CƯỜNG CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI, SẠT LỞ ĐẤT TRONG MÙA MƯA BÃO NĂM 2025",
    published_at="2025-09-03T00:00:00+07:00",
    author="Văn phòng UBND tỉnh",
    lead=None,
    blocks=[
        ("p", "Ngày 28/8/2025, Chủ tịch UBND tỉnh ban hành Chỉ thị số 09/CT-UBND về tăng cường công tác phòng, chống thiên tai, sạt lở đất trong mùa mưa bão năm 2025."),
        ("p", "Từ đầu mùa mưa đến nay, trên địa bàn tỉnh đã xảy ra 11 đợt mưa lớn, gây sạt lở đất tại 37 xã, làm 2 người chết, hư hỏng 146 nhà ở, nhiều tuyến đường giao thông bị ách tắc; tổng thiệt hại ước tính trên 85 tỷ đồng. Theo dự báo, từ nay đến cuối năm, khu vực miền núi phía Bắc còn có khả năng xảy ra mưa lớn cục bộ, lũ quét, sạt lở đất."),
        ("p", "Để chủ động ứng phó, giảm thiểu thiệt hại về người và tài sản, Chủ tịch UBND tỉnh yêu cầu:"),
        ("p", "1. Chủ tịch UBND các xã, phường khẩn trương rà soát các khu dân cư ven sông, suối, taluy âm, taluy dương có nguy cơ sạt lở; lập danh sách hộ dân cần di dời, chủ động sơ tán người dân khi có mưa lớn kéo dài; tuyệt đối không để người dân ở lại những khu vực nguy hiểm."),
        ("p", "2. Sở Nông nghiệp và Môi trường theo dõi chặt chẽ diễn biến thời tiết, thông tin kịp thời cảnh báo lũ quét, sạt lở đất đến từng xã; kiểm tra an toàn các hồ chứa thủy lợi, thủy điện, yêu cầu chủ hồ vận hành đúng quy trình."),
        ("p", "3. Sở Xây dựng chỉ đạo các đơn vị quản lý đường bộ bố trí lực lượng, vật tư, phương tiện tại các vị trí xung yếu để kịp thời khắc phục sạt lở, bảo đảm giao thông thông suốt trên các tuyến quốc lộ, đường tỉnh, nhất là các tuyến lên cửa khẩu."),
        ("p", "4. Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh chuẩn bị lực lượng, phương tiện sẵn sàng tham gia cứu hộ, cứu nạn, hỗ trợ Nhân dân khắc phục hậu quả thiên tai."),
        ("p", "5. Báo và Phát thanh, Truyền hình Cao Bằng, hệ thống truyền thanh cơ sở tăng thời lượng tuyên truyền, hướng dẫn kỹ năng phòng tránh thiên tai cho người dân, đặc biệt là đồng bào vùng cao."),
        ("p", "Chủ tịch UBND tỉnh yêu cầu thủ trưởng các sở, ngành, Chủ tịch UBND các xã, phường nghiêm túc triển khai thực hiện; chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra thiệt hại về người do chủ quan, thiếu trách nhiệm trong chỉ đạo, điều hành."),
    ],
)

ART["w13"] = dict(
    platform="bootstrap-php",
    url="https://sct.angiang.gov.vn/tin-tuc/chi-tiet/an-giang-ket-noi-tieu-thu-san-pham-ocop-voi-he-thong-phan-phoi-va-san-thuong-mai-dien-tu-5912.html",
    charset="utf-8",
    title="An Giang kết nối tiêu thụ sản phẩm OCOP với hệ thống phân phối và sàn thương mại điện tử",
    published_at="2026-06-05T07:45:00+07:00",
    author="Minh Khôi, Ngọc Trâm",
    lead="Ngày 4/6, tại phường Long Xuyên, Sở Công Thương tổ chức Hội nghị kết nối cung cầu sản phẩm OCOP và nông sản tỉnh An Giang năm 2026 với sự tham gia của hơn 150 doanh nghiệp, hợp tác xã, hệ thống siêu thị và các sàn thương mại điện tử.",
    blocks=[
        ("p", "Hiện toàn tỉnh có 612 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó 18 sản phẩm đạt 5 sao, tập trung vào các nhóm gạo đặc sản, khô cá, nước mắm, đường thốt nốt, hải sản chế biến và dược liệu. Tuy nhiên, nhiều chủ thể OCOP còn gặp khó khăn về bao bì, truy xuất nguồn gốc, năng lực đáp ứng đơn hàng lớn và kỹ năng bán hàng trực tuyến."),
        ("p", "Tại hội nghị, đại diện các hệ thống phân phối đã giới thiệu tiêu chuẩn, quy trình đưa hàng vào siêu thị; các sàn thương mại điện tử hướng dẫn mở gian hàng, livestream bán hàng và chương trình hỗ trợ phí vận chuyển cho sản phẩm OCOP."),
        ("cap", "Đại biểu tham quan gian hàng trưng bày sản phẩm OCOP tại hội nghị"),
        ("p", "Kết quả, 43 biên bản ghi nhớ hợp tác tiêu thụ sản phẩm đã được ký kết giữa các doanh nghiệp, hợp tác xã với đơn vị phân phối, tổng giá trị dự kiến hơn 260 tỷ đồng. Sở Công Thương cũng ra mắt gian hàng chung sản phẩm OCOP An Giang trên hai sàn thương mại điện tử lớn."),
        ("p", "Phó Giám đốc Sở Công Thương Lâm Thị Thu Ba đề nghị các chủ thể OCOP chú trọng nâng cao chất lượng, ổn định nguồn hàng, thực hiện tốt truy xuất nguồn gốc; Sở sẽ tiếp tục hỗ trợ kinh phí thiết kế bao bì, tham gia hội chợ trong và ngoài nước theo Chương trình khuyến công, xúc tiến thương mại năm 2026."),
    ],
)

ART["w14"] = dict(
    platform="nuxt",
    url="https://hue.gov.vn/tin-tuc/hue-thi-diem-ve-dien-tu-tai-5-diem-di-tich-khach-chi-can-quet-ma-qr-t23871",
    charset="utf-8",
    title="Huế thí điểm vé điện tử tại 5 điểm di tích, khách chỉ cần quét mã QR",
    published_at="2025-07-17T10:05:00+07:00",
    author="Hoài Thương",
    lead="Từ ngày 1/8/2025, Trung tâm Bảo tồn Di tích Cố đô Huế thí điểm bán vé điện tử tại 5 điểm di tích trọng điểm; du khách có thể mua vé trực tuyến và quét mã QR tại cổng soát vé mà không cần in vé giấy.",
    blocks=[
        ("p", "Theo Trung tâm Bảo tồn Di tích Cố đô Huế, 5 điểm được chọn thí điểm gồm Đại Nội, lăng Minh Mạng, lăng Khải Định, lăng Tự Đức và Cung An Định. Du khách có thể mua vé qua website của Trung tâm, ứng dụng Hue-S hoặc tại các máy bán vé tự động đặt ở khu vực cổng; thanh toán bằng thẻ ngân hàng, ví điện tử hoặc chuyển khoản qua mã QR."),
        ("p", "Vé điện tử có giá trị sử dụng trong 2 ngày kể từ ngày mua đối với vé đơn, 3 ngày đối với vé combo. Hệ thống tự động ghi nhận lượt vào, hạn chế tình trạng xếp hàng vào giờ cao điểm và giúp Trung tâm thống kê chính xác lượng khách theo từng điểm, từng thời điểm trong ngày."),
        ("cap", "Du khách tham quan Đại Nội Huế (ảnh tư liệu)"),
        ("p", "Trong 6 tháng đầu năm 2025, các điểm di tích do Trung tâm quản lý đón hơn 1,7 triệu lượt khách, tăng 21% so với cùng kỳ; doanh thu bán vé đạt khoảng 300 tỷ đồng. Vào các dịp cao điểm, nhiều đoàn khách phải chờ mua vé từ 20 đến 30 phút."),
        ("p", "Lãnh đạo UBND thành phố yêu cầu Trung tâm phối hợp với Sở Khoa học và Công nghệ bảo đảm an toàn thông tin, dữ liệu khách hàng; bố trí nhân viên hỗ trợ người cao tuổi, khách chưa quen sử dụng điện thoại thông minh; duy trì song song quầy vé truyền thống trong thời gian thí điểm."),
    ],
)

ART["w15"] = dict(
    platform="nextjs",
    url="https://hochiminhcity.gov.vn/w/chu-tich-ubnd-thanh-pho-lam-viec-voi-phuong-thu-dau-mot-ve-chinh-trang-do-thi",
    charset="utf-8",
    title="Chủ tịch UBND Thành phố làm việc với phường Thủ Dầu Một về chỉnh trang đô thị",
    published_at="2026-09-14T18:02:45+07:00",
    author="QUỐC TRUNG",
    lead="Chiều 14/9, Chủ tịch UBND Thành phố Hồ Chí Minh Lê Hoàng Nam đã có buổi làm việc với Đảng ủy, UBND phường Thủ Dầu Một về tình hình thực hiện nhiệm vụ 9 tháng năm 2026 và các dự án chỉnh trang đô thị trọng điểm.",
    blocks=[
        ("p", "Báo cáo với đoàn công tác, lãnh đạo phường cho biết, Thủ Dầu Một là trung tâm hành chính, thương mại của khu vực phía Bắc Thành phố với dân số hơn 370.000 người. 9 tháng năm 2026, tổng thu ngân sách trên địa bàn đạt 2.940 tỷ đồng, bằng 81% dự toán; phường đã giải quyết hơn 61.000 hồ sơ thủ tục hành chính, tỷ lệ đúng hạn đạt 99,2%."),
        ("p", "Phường đang triển khai 12 dự án chỉnh trang đô thị, trong đó có dự án cải tạo bờ kè sông Sài Gòn, mở rộng đường Bạch Đằng và nâng cấp hệ thống thoát nước khu vực chợ Thủ Dầu Một. Một số dự án còn vướng mặt bằng do chưa thống nhất đơn giá bồi thường và thiếu quỹ đất tái định cư."),
        ("cap", "Chủ tịch UBND Thành phố Lê Hoàng Nam khảo sát khu vực bờ kè sông Sài Gòn đoạn qua phường Thủ Dầu Một"),
        ("p", "Phát biểu chỉ đạo, Chủ tịch UBND Thành phố Lê Hoàng Nam đánh giá cao kết quả phường đạt được sau hơn một năm vận hành chính quyền hai cấp. Đồng chí yêu cầu phường tập trung hoàn thành bồi thường, giải phóng mặt bằng dự án bờ kè trong quý IV/2026; công khai, minh bạch phương án bồi thường, lắng nghe ý kiến người dân."),
        ("p", "Chủ tịch UBND Thành phố giao Sở Xây dựng, Sở Nông nghiệp và Môi trường hướng dẫn phường tháo gỡ vướng mắc về quy hoạch, giá đất; Sở Tài chính cân đối, bố trí vốn cho các dự án thoát nước chống ngập. Đối với đề xuất xây dựng khu tái định cư tập trung, Chủ tịch UBND Thành phố đồng ý về chủ trương, giao phường phối hợp với các sở lập hồ sơ trình Thành phố trong tháng 10/2026."),
    ],
)

ART["w16"] = dict(
    platform="liferay-7",
    url="https://www.laocai.gov.vn/tin-tuc-su-kien/-/asset_publisher/vHk2pRmN0sLx/content/dien-van-cua-ong-chi-bi-thu-tinh-uy-tai-le-ky-niem-80-nam-cach-mang-thang-tam-va-quoc-khanh-2-9",
    charset="utf-8",
    title="Diễn văn của đồng chí Bí thư Tỉnh ủy tại Lễ kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9",
    title_lines=["Diễn văn của đồng chí Bí thư Tỉnh ủy", "tại Lễ kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9"],
    published_at="2025-09-01T16:10:00+07:00",
    author=None,
    lead="Sáng 31/8, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh long trọng tổ chức Lễ kỷ niệm 80 năm Cách mạng Tháng Tám thành công (19/8/1945 - 19/8/2025) và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (2/9/1945 - 2/9/2025). Cổng Thông tin điện tử tỉnh trân trọng giới thiệu toàn văn diễn văn của đồng chí Vũ Đức Hạnh, Bí thư Tỉnh ủy tại buổi lễ.",
    blocks=[
        ("p", "Kính thưa các đồng chí lãnh đạo, nguyên lãnh đạo Đảng, Nhà nước, Mặt trận Tổ quốc Việt Nam tỉnh qua các thời kỳ!"),
        ("p", "Kính thưa các Mẹ Việt Nam Anh hùng, các đồng chí lão thành cách mạng, Anh hùng Lực lượng vũ trang nhân dân, Anh hùng Lao động!"),
        ("p", "Kính thưa các vị đại biểu, khách quý cùng toàn thể đồng bào, đồng chí!"),
        ("p", "Hôm nay, trong không khí phấn khởi của cả nước, Đảng bộ, chính quyền và Nhân dân các dân tộc tỉnh Lào Cai long trọng tổ chức Lễ kỷ niệm 80 năm Cách mạng Tháng Tám thành công và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam. Đây là dịp để chúng ta ôn lại truyền thống hào hùng của dân tộc, tri ân công lao to lớn của Chủ tịch Hồ Chí Minh vĩ đại, của các thế hệ cha anh đã hy sinh xương máu vì độc lập, tự do của Tổ quốc; đồng thời khẳng định quyết tâm của Đảng bộ và Nhân dân tỉnh nhà vững bước trên con đường đổi mới, phát triển."),
        ("p", "Thay mặt Ban Chấp hành Đảng bộ tỉnh, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, tôi nhiệt liệt chào mừng và gửi tới các đồng chí lãnh đạo, các vị đại biểu, khách quý cùng toàn thể đồng bào, đồng chí lời chúc sức khỏe, hạnh phúc và thành công."),
        ("p", "Kính thưa các đồng chí!"),
        ("p", "Cách đây 80 năm, dưới sự lãnh đạo của Đảng Cộng sản Đông Dương và Mặt trận Việt Minh, đứng đầu là lãnh tụ Nguyễn Ái Quốc - Hồ Chí Minh, toàn dân tộc ta đã nhất tề đứng lên tổng khởi nghĩa giành chính quyền trong cả nước. Ngày 2/9/1945, tại Quảng trường Ba Đình lịch sử, Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn độc lập, khai sinh nước Việt Nam Dân chủ Cộng hòa, mở ra kỷ nguyên mới của dân tộc - kỷ nguyên độc lập, tự do và chủ nghĩa xã hội."),
        ("p", "Hòa chung khí thế cách mạng của cả nước, trong những ngày tháng Tám lịch sử, Nhân dân các dân tộc Lào Cai, Yên Bái đã nổi dậy giành chính quyền ở nhiều châu, huyện, góp phần vào thắng lợi chung của cách mạng. Trong hai cuộc kháng chiến chống thực dân Pháp và đế quốc Mỹ, cũng như trong cuộc chiến đấu bảo vệ biên giới phía Bắc của Tổ quốc, quân và dân trong tỉnh đã chiến đấu kiên cường, anh dũng, để lại những trang sử vẻ vang. Hàng nghìn người con ưu tú của quê hương đã anh dũng hy sinh, hàng vạn người đã cống hiến một phần xương máu của mình cho độc lập, tự do của dân tộc."),
        ("p", "Kính thưa các đồng chí!"),
        ("p", "Trong những năm đổi mới, Đảng bộ và Nhân dân các dân tộc trong tỉnh đã đoàn kết, nỗ lực vượt qua khó khăn, đạt được nhiều thành tựu quan trọng. Từ một vùng miền núi nghèo, kinh tế chủ yếu dựa vào nông nghiệp tự cung tự cấp, đến nay Lào Cai đã trở thành cửa ngõ giao thương quan trọng của Việt Nam với vùng Tây Nam Trung Quốc, là trung tâm du lịch của vùng trung du và miền núi phía Bắc. Tốc độ tăng trưởng kinh tế giai đoạn 2021 - 2025 bình quân đạt trên 8%/năm; thu nhập bình quân đầu người năm 2025 ước đạt 82 triệu đồng, gấp 1,5 lần năm 2020. Tỷ lệ hộ nghèo giảm bình quân 3,5%/năm; 100% số xã có đường ô tô đến trung tâm, 98% số hộ được sử dụng điện lưới quốc gia."),
        ("p", "Văn hóa, xã hội có nhiều tiến bộ; bản sắc văn hóa các dân tộc được bảo tồn và phát huy. Quốc phòng, an ninh được giữ vững; chủ quyền, an ninh biên giới quốc gia được bảo vệ vững chắc; quan hệ hữu nghị, hợp tác với các địa phương nước bạn tiếp tục được củng cố. Công tác xây dựng Đảng và hệ thống chính trị được chú trọng; khối đại đoàn kết các dân tộc không ngừng được tăng cường."),
        ("p", "Đặc biệt, thực hiện chủ trương của Trung ương, từ ngày 1/7/2025, tỉnh Lào Cai mới được thành lập trên cơ sở hợp nhất tỉnh Lào Cai và tỉnh Yên Bái; chính quyền địa phương hai cấp chính thức vận hành tại 99 xã, phường. Đây là dấu mốc lịch sử, mở ra không gian phát triển mới, đòi hỏi mỗi cán bộ, đảng viên phải đổi mới tư duy, phương thức lãnh đạo, quản lý, phục vụ Nhân dân ngày càng tốt hơn."),
        ("p", "Kính thưa các đồng chí!"),
        ("p", "Bên cạnh những kết quả đạt được, chúng ta cũng thẳng thắn nhìn nhận tỉnh vẫn còn nhiều khó khăn, thách thức. Quy mô kinh tế còn nhỏ; kết cấu hạ tầng, nhất là giao thông kết nối vùng còn thiếu đồng bộ; đời sống của một bộ phận đồng bào vùng cao còn khó khăn; thiên tai, sạt lở đất diễn biến ngày càng phức tạp. Những hạn chế đó đòi hỏi chúng ta phải nỗ lực nhiều hơn nữa."),
        ("p", "Phát huy truyền thống cách mạng vẻ vang, tôi đề nghị các cấp ủy, chính quyền, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và toàn thể cán bộ, đảng viên, Nhân dân các dân tộc trong tỉnh tập trung thực hiện tốt một số nhiệm vụ trọng tâm sau:"),
        ("p", "Một là, tiếp tục đẩy mạnh công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh; vận hành hiệu quả chính quyền địa phương hai cấp, lấy sự hài lòng của người dân, doanh nghiệp làm thước đo chất lượng phục vụ."),
        ("p", "Hai là, huy động mọi nguồn lực đầu tư phát triển kết cấu hạ tầng, trọng tâm là tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng, các tuyến cao tốc và đường kết nối liên vùng; phát triển kinh tế cửa khẩu, du lịch, công nghiệp chế biến và nông nghiệp hàng hóa đặc sản."),
        ("p", "Ba là, chăm lo phát triển văn hóa, giáo dục, y tế; thực hiện tốt chính sách dân tộc, giảm nghèo bền vững; bảo tồn và phát huy bản sắc văn hóa các dân tộc gắn với phát triển du lịch."),
        ("p", "Bốn là, giữ vững quốc phòng, an ninh, bảo vệ vững chắc chủ quyền, an ninh biên giới quốc gia; mở rộng quan hệ đối ngoại, hợp tác cùng có lợi với các địa phương nước bạn."),
        ("p", "Năm là, phát huy sức mạnh khối đại đoàn kết các dân tộc, đẩy mạnh các phong trào thi đua yêu nước, lập thành tích chào mừng Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 và Đại hội đại biểu toàn quốc lần thứ XIV của Đảng."),
        ("p", "Kính thưa các đồng chí!"),
        ("p", "Tám mươi năm đã trôi qua, nhưng tinh thần của Cách mạng Tháng Tám và lời Tuyên ngôn độc lập vẫn còn nguyên giá trị. Với truyền thống cách mạng vẻ vang, với tinh thần đoàn kết, ý chí tự lực, tự cường, tôi tin tưởng rằng Đảng bộ, chính quyền và Nhân dân các dân tộc tỉnh Lào Cai sẽ vượt qua mọi khó khăn, thách thức, xây dựng quê hương ngày càng giàu đẹp, văn minh, cùng cả nước vững bước tiến vào kỷ nguyên vươn mình của dân tộc."),
        ("p", "Xin chân thành cảm ơn!"),
    ],
)

ART["w17"] = dict(
    platform="aspnet-webforms",
    url="https://sonoivu.gialai.gov.vn/Default.aspx?tabid=89&ItemID=6621",
    charset="utf-8",
    title="Ban hành Quy định tiêu chí đánh giá, xếp loại chất lượng cán bộ, công chức cấp xã",
    published_at="2026-06-26T08:15:00+07:00",
    author="Hồng Nhung - Văn phòng Sở",
    lead="Ngày 24/6/2026, Chủ tịch UBND tỉnh ký Quyết định số 1187/QĐ-UBND ban hành Quy định tiêu chí đánh giá, xếp loại chất lượng cán bộ, công chức làm việc tại UBND các xã, phường trên địa bàn tỉnh.",
    blocks=[
        ("p", "Quy định được xây dựng trên cơ sở Nghị định của Chính phủ về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức, phù hợp với chức năng, nhiệm vụ của chính quyền cấp xã sau khi tổ chức lại theo mô hình chính quyền địa phương hai cấp. Theo Sở Nội vụ, việc đánh giá sẽ gắn với kết quả thực hiện nhiệm vụ được lượng hóa bằng sản phẩm cụ thể, thay cho cách đánh giá chung chung, cảm tính như trước đây."),
        ("p", "Quyết định gồm 3 điều, cụ thể như sau:"),
        ("p", "Điều 1. Ban hành kèm theo Quyết định này Quy định tiêu chí đánh giá, xếp loại chất lượng cán bộ, công chức làm việc tại Ủy ban nhân dân các xã, phường trên địa bàn tỉnh Gia Lai."),
        ("p", "Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2026 và được áp dụng từ kỳ đánh giá năm 2026. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, sửa đổi, bổ sung cho phù hợp."),
        ("p", "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Nội vụ; Thủ trưởng các sở, ban, ngành thuộc tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường và các cơ quan, đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này."),
        ("h", "Bốn mức xếp loại, kết quả được công khai"),
        ("p", "Theo Quy định, cán bộ, công chức cấp xã được đánh giá theo 4 nhóm tiêu chí: chính trị tư tưởng, đạo đức, lối sống; tác phong, lề lối làm việc; ý thức tổ chức kỷ luật; kết quả thực hiện chức trách, nhiệm vụ được giao. Trong đó, kết quả thực hiện nhiệm vụ chiếm tối đa 70 điểm trên thang điểm 100, được chấm trên Hệ thống quản lý văn bản và điều hành của tỉnh."),
        ("p", "Kết quả xếp loại gồm 4 mức:"),
        ("li", "Hoàn thành xuất sắc nhiệm vụ: từ 90 điểm trở lên và có ít nhất một sản phẩm, sáng kiến được cấp có thẩm quyền công nhận;"),
        ("li", "Hoàn thành tốt nhiệm vụ: từ 70 đến dưới 90 điểm;"),
        ("li", "Hoàn thành nhiệm vụ: từ 50 đến dưới 70 điểm;"),
        ("li", "Không hoàn thành nhiệm vụ: dưới 50 điểm hoặc thuộc một trong các trường hợp bị xếp loại không hoàn thành nhiệm vụ theo quy định."),
        ("p", "Tỷ lệ cán bộ, công chức được xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số được xếp loại “Hoàn thành tốt nhiệm vụ” của từng xã, phường. Kết quả đánh giá được công khai tại cuộc họp của cơ quan và là căn cứ để bố trí, sử dụng, đào tạo, bồi dưỡng, quy hoạch, bổ nhiệm, khen thưởng, kỷ luật và thực hiện chính sách đối với cán bộ, công chức."),
        ("p", "Giám đốc Sở Nội vụ Ksor H’Bình cho biết, Sở sẽ tổ chức tập huấn cho lãnh đạo UBND các xã, phường trong tháng 7/2026, đồng thời kiểm tra việc đánh giá, xếp loại tại một số địa phương ngay trong năm đầu áp dụng."),
    ],
)

ART["w18"] = dict(
    platform="wordpress",
    url="https://dichvucong.vinhlong.gov.vn/tin-tuc/tu-ngay-1-11-tiep-nhan-ho-so-thu-tuc-hanh-chinh-khong-phu-thuoc-dia-gioi-hanh-chinh-trong-toan-tinh/",
    charset="utf-8",
    title="Từ ngày 1/11, tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc địa giới hành chính trong toàn tỉnh",
    published_at="2025-10-22T08:30:25+07:00",
    author="Trung tâm Phục vụ hành chính công tỉnh",
    lead=None,
    blocks=[
        ("p", "Trung tâm Phục vụ hành chính công tỉnh vừa có thông báo về việc mở rộng tiếp nhận, giải quyết thủ tục hành chính không phụ thuộc vào địa giới hành chính trong phạm vi tỉnh, áp dụng từ ngày 1/11/2025."),
        ("p", "Theo đó, người dân, doanh nghiệp có thể nộp hồ sơ của 347 thủ tục hành chính thuộc thẩm quyền giải quyết của các sở, ngành và UBND cấp xã tại bất kỳ điểm tiếp nhận nào của Trung tâm Phục vụ hành chính công tỉnh và 124 Trung tâm Phục vụ hành chính công cấp xã, mà không phải đến đúng nơi cư trú hoặc nơi đặt trụ sở."),
        ("p", "Các lĩnh vực được áp dụng gồm: hộ tịch, chứng thực, đăng ký kinh doanh hộ cá thể, đất đai (đăng ký biến động, cấp đổi giấy chứng nhận), lao động, người có công, giáo dục và một số thủ tục lĩnh vực tư pháp. Danh mục cụ thể được niêm yết tại các điểm tiếp nhận và đăng tải trên Cổng Dịch vụ công của tỉnh."),
        ("p", "Hồ sơ giấy được tiếp nhận, số hóa và chuyển đến cơ quan có thẩm quyền qua Hệ thống thông tin giải quyết thủ tục hành chính; kết quả được trả tại nơi người dân đã nộp hồ sơ hoặc qua dịch vụ bưu chính công ích theo yêu cầu. Người dân không phải trả thêm chi phí ngoài phí, lệ phí theo quy định."),
        ("p", "Trong quý III/2025, Trung tâm Phục vụ hành chính công tỉnh và cấp xã đã tiếp nhận hơn 312.000 hồ sơ, trong đó hồ sơ trực tuyến chiếm 64%; tỷ lệ giải quyết đúng hạn đạt 98,7%. Việc mở rộng tiếp nhận không phụ thuộc địa giới hành chính được kỳ vọng giúp giảm đáng kể thời gian đi lại cho người dân ở các xã có diện tích rộng sau sắp xếp, nhất là khu vực cù lao, ven biển."),
        ("p", "Mọi thắc mắc, người dân liên hệ Tổng đài hỗ trợ của Trung tâm hoặc phản ánh qua Hệ thống tiếp nhận phản ánh, kiến nghị trên Cổng Dịch vụ công của tỉnh để được hướng dẫn."),
    ],
)

ART["w19"] = dict(
    platform="viettel-portal",
    url="https://camau.gov.vn/wps/portal/trang-chu/thong-bao/thong-bao-lich-tiep-cong-dan-dinh-ky-cua-chu-tich-ubnd-tinh-thang-12-2026",
    charset=None,
    title="Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh tháng 12/2026",
    published_at="2026-11-19T00:00:00+07:00",
    author=None,
    lead=None,
    blocks=[
        ("p", "Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của tỉnh, Văn phòng UBND tỉnh thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh trong tháng 12/2026 như sau:"),
        ("p", "Thời gian: Từ 7 giờ 30 phút, thứ Năm, ngày 17/12/2026."),
        ("p", "Địa điểm: Trụ sở Tiếp công dân tỉnh, số 120 đường Phan Ngọc Hiển, phường An Xuyên, tỉnh Cà Mau."),
        ("p", "Công dân đến khiếu nại, tố cáo, kiến nghị, phản ánh mang theo thẻ căn cước hoặc giấy tờ tùy thân có ảnh và các tài liệu có liên quan; trường hợp nhiều người cùng khiếu nại về một nội dung thì cử đại diện không quá 5 người."),
        ("p", "Công dân đăng ký trước tại Ban Tiếp công dân tỉnh từ ngày 01/12 đến ngày 14/12/2026 (trong giờ hành chính) hoặc qua số điện thoại của Ban Tiếp công dân tỉnh."),
    ],
)

ART["w20"] = dict(
    platform="cmc-portal",
    url="https://tayninh.gov.vn/tin-tuc/xuc-tien-dau-tu/tay-ninh-cong-bo-danh-muc-52-du-an-keu-goi-dau-tu-giai-doan-2026-2030-137402",
    charset="utf-8",
    title="Tây Ninh công bố danh mục 52 dự án kêu gọi đầu tư giai đoạn 2026 - 2030",
    published_at="2026-07-08T11:20:00+07:00",
    author="Nguyễn Văn Đạt, Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch",
    lead="UBND tỉnh vừa ban hành danh mục 52 dự án kêu gọi đầu tư giai đoạn 2026 - 2030 với tổng vốn dự kiến khoảng 186.000 tỷ đồng, tập trung vào công nghiệp, logistics, hạ tầng đô thị, du lịch và nông nghiệp công nghệ cao.",
    blocks=[
        ("p", "Theo danh mục, lĩnh vực công nghiệp và hạ tầng khu công nghiệp có 14 dự án, trong đó có 6 khu công nghiệp mới ở khu vực phía Đông tỉnh (địa bàn tỉnh Long An trước đây), giáp ranh Thành phố Hồ Chí Minh; lĩnh vực logistics có 7 dự án, gồm các trung tâm logistics gắn với cửa khẩu quốc tế Mộc Bài, Xa Mát và cảng Long An."),
        ("p", "Lĩnh vực đô thị, thương mại, dịch vụ có 12 dự án; du lịch có 9 dự án, tập trung ở khu vực núi Bà Đen, hồ Dầu Tiếng và các khu đô thị ven sông Vàm Cỏ; nông nghiệp ứng dụng công nghệ cao có 10 dự án sản xuất rau, quả, chăn nuôi và chế biến nông sản xuất khẩu."),
        ("p", "Danh mục dự án theo lĩnh vực:"),
        ("tbl", [["Lĩnh vực", "Số dự án", "Vốn dự kiến (tỷ đồng)"],
                 ["Công nghiệp, hạ tầng khu công nghiệp", "14", "92.500"],
                 ["Logistics", "7", "23.800"],
                 ["Đô thị, thương mại, dịch vụ", "12", "41.200"],
                 ["Du lịch", "9", "17.600"],
                 ["Nông nghiệp công nghệ cao", "10", "10.900"]]),
        ("p", "Tỉnh cam kết hỗ trợ nhà đầu tư trong toàn bộ quá trình chuẩn bị, thực hiện dự án; áp dụng cơ chế “một đầu mối” tại Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch; công khai quy hoạch, quỹ đất sạch và thông tin hạ tầng trên Cổng Thông tin điện tử tỉnh. Các dự án có suất đầu tư lớn, công nghệ cao, thân thiện môi trường được ưu tiên xem xét chấp thuận chủ trương đầu tư."),
        ("p", "Thông tin chi tiết về từng dự án, nhà đầu tư quan tâm có thể liên hệ Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh để được cung cấp hồ sơ và hướng dẫn khảo sát thực địa."),
    ],
)


# ----------------------------------------------------------------------------
# shared chrome
# ----------------------------------------------------------------------------
def slug(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    out, dash = [], False
    for c in s:
        if c.isalnum():
            out.append(c)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


MENU_TINH = [
    ("Trang chủ", []),
    ("Giới thiệu", ["Tổng quan", "Lịch sử - Văn hóa", "Điều kiện tự nhiên", "Đơn vị hành chính", "Bản đồ hành chính"]),
    ("Chính quyền", ["Tỉnh ủy", "HĐND tỉnh", "UBND tỉnh", "Các sở, ban, ngành", "UBND các xã, phường, đặc khu"]),
    ("Tin tức - Sự kiện", ["Hoạt động của lãnh đạo tỉnh", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Tin địa phương", "Thông báo"]),
    ("Chỉ đạo điều hành", ["Văn bản chỉ đạo", "Lịch công tác", "Thông cáo báo chí", "Phát ngôn báo chí"]),
    ("Văn bản", ["Văn bản quy phạm pháp luật", "Văn bản chỉ đạo điều hành", "Dự thảo lấy ý kiến"]),
    ("Công dân - Doanh nghiệp", ["Dịch vụ công trực tuyến", "Thủ tục hành chính", "Hỏi đáp", "Phản ánh kiến nghị"]),
    ("Đầu tư", ["Môi trường đầu tư", "Dự án kêu gọi đầu tư", "Chính sách ưu đãi"]),
    ("Quy hoạch", ["Quy hoạch tỉnh", "Quy hoạch sử dụng đất", "Quy hoạch xây dựng"]),
    ("Công khai ngân sách", []),
]

MENU_SO = [
    ("Trang chủ", []),
    ("Giới thiệu", ["Chức năng, nhiệm vụ", "Cơ cấu tổ chức", "Lãnh đạo Sở", "Đơn vị trực thuộc"]),
    ("Tin tức - Sự kiện", ["Tin hoạt động", "Tin chuyên ngành", "Tin địa phương", "Thông báo"]),
    ("Văn bản", ["Văn bản của Sở", "Văn bản của UBND tỉnh", "Văn bản của Trung ương"]),
    ("Thủ tục hành chính", ["Danh mục thủ tục", "Quy trình nội bộ", "Kết quả giải quyết"]),
    ("Hỏi đáp", []),
    ("Thống kê", []),
    ("Liên hệ", []),
]


def menu_ul(menu, cls="menu", sub_cls="sub-menu", base="", li_cls="", a_cls=""):
    h = ['<ul class="%s">' % cls]
    for label, kids in menu:
        href = base + ("/" if label == "Trang chủ" else "/" + slug(label))
        lc = ' class="%s%s"' % (li_cls, " has-sub" if kids else "") if (li_cls or kids) else ""
        ac = ' class="%s"' % a_cls if a_cls else ""
        h.append('<li%s><a%s href="%s">%s</a>' % (lc, ac, href, E(label)))
        if kids:
            h.append('<ul class="%s">' % sub_cls)
            for k in kids:
                h.append('<li><a href="%s/%s/%s">%s</a></li>' % (base, slug(label), slug(k), E(k)))
            h.append("</ul>")
        h.append("</li>")
    h.append("</ul>")
    return "\n".join(h)


def svg_icon(rng, name, size=20):
    pts = " ".join("%s%.2f %.2f" % (rng.choice("MLCQ") if i % 5 == 0 else "", rng.uniform(0, 24), rng.uniform(0, 24)) for i in range(rng.randrange(30, 70)))
    return ('<svg xmlns="http://www.w3.org/2000/svg" class="icon icon-%s" width="%d" height="%d" viewBox="0 0 24 24" aria-hidden="true">'
            '<title>%s</title><path fill="currentColor" d="%sZ"/></svg>' % (name, size, size, name, pts))


def fmt_dm(t):
    return "%02d/%02d/%d" % (t[2], t[1], t[0])


def fmt_dmhm(t):
    return "%02d/%02d/%d %02d:%02d" % (t[2], t[1], t[0], t[3], t[4])


def js_blob(rng, n_funcs=30, prefix="portal"):
    """Minified-looking site script (menus, sliders, font size)."""
    names = ["initMenu", "toggleSearch", "setFontSize", "printArticle", "sendMail", "shareFacebook", "shareZalo",
             "initSlider", "lazyLoad", "backToTop", "initWeather", "loadCounter", "initPoll", "submitPoll",
             "openPopup", "closePopup", "fixHeader", "initTabs", "initCalendar", "loadLichCongTac",
             "initMarquee", "trackView", "initVideo", "initGallery", "setCookie", "getCookie", "initAccessibility",
             "speakText", "initMobileMenu", "initDatePicker", "validateForm", "resizeImages", "initBanner"]
    out = ["(function(w,d,$){'use strict';var %s=w.%s||{};" % (prefix, prefix)]
    for i in range(n_funcs):
        fn = names[i % len(names)] + ("" if i < len(names) else str(i))
        body = ";".join("var %s=%s" % ("_" + hexid(rng, 3), rng.choice(["d.querySelector('.%s')" % hexid(rng, 6),
                                                                          "$(this).data('%s')" % hexid(rng, 5),
                                                                          str(rng.randrange(1000)),
                                                                          "'%s'" % hexid(rng, 8)])) for _ in range(rng.randrange(2, 6)))
        out.append("%s.%s=function(e,t){%s;if(!e)return!1;return t};" % (prefix, fn, body))
    out.append("w.%s=%s})(window,document,window.jQuery);" % (prefix, prefix))
    return "".join(out)


def footer_lines(org, addr, phone, email, licence, extra=""):
    return ('<p><strong>%s</strong></p>\n<p>Địa chỉ: %s</p>\n<p>Điện thoại: %s - Email: %s</p>\n<p>%s</p>%s'
            % (E(org), E(addr), E(phone), E(email), E(licence), extra))


def sidebar_docs(rng, n, start, end, fmt="li"):
    ds = rand_dates(rng, start, end, n)
    items = []
    for (so, ty), t in zip(rng.sample(DOCS, n), ds):
        if fmt == "li":
            items.append('<li><a href="/van-ban/%s">%s</a><p class="doc-desc">%s</p><span class="doc-date">Ngày ban hành: %s</span></li>'
                         % (slug(so), E(so), E(ty), fmt_dm(t)))
        else:
            items.append('<tr><td><a href="/van-ban/%s">%s</a></td><td>%s</td><td>%s</td></tr>' % (slug(so), E(so), fmt_dm(t), E(ty)))
    return "\n".join(items)


# ----------------------------------------------------------------------------
# page templates
# ----------------------------------------------------------------------------
SOD = ["sp.ui.dialog.js", "core.js", "menu.js", "mQuery.js", "callout.js", "clienttemplates.js", "sharing.js",
       "suitelinks.js", "clientrenderer.js", "srch.js", "sp.search.js", "sp.res.resx", "sp.runtime.js", "sp.js",
       "sp.ui.policy.resources.resx", "mdn.js", "userprofile", "followingcommon.js", "profilebrowserscriptres.resx",
       "sp.ui.mysitecommon.js", "inplview", "ms.rte.js", "sp.core.js", "cui.js", "inplview.js", "ribbon",
       "sp.ui.rte.js", "sp.publishing.resources.resx", "sp.ui.pub.ribbon.js", "dragdrop.js", "quicklaunch.js",
       "sp.ui.allapps.js", "datepicker.js", "socialdata.js", "offline.js", "sp.ui.datetimecontrol.js", "cmssitemanager.js"]


def sp_scripts(rng):
    lines = []
    for s in SOD:
        lines.append('RegisterSod("%s", "\\u002f_layouts\\u002f15\\u002f%s?rev=%s");' % (s, s, b64(rng, 15).replace("/", "%2F").replace("+", "%2B").replace("=", "%3D")))
    for i in range(12):
        lines.append('RegisterSodDep("%s", "%s");' % (rng.choice(SOD), rng.choice(SOD)))
    return "\n".join(lines)


def page_w01(a, rng):
    y, m, d = 2026, 3, 12
    sp_menu = []
    for label, kids in MENU_TINH:
        href = "/Pages/%s.aspx" % ("TrangChu" if label == "Trang chủ" else slug(label))
        sp_menu.append('<li class="static%s"><a class="static%s menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" tabindex="0" href="%s" accesskey="1"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">%s</span></span></a>'
                       % (" dynamic-children" if kids else "", " dynamic-children" if kids else "", href, E(label)))
        if kids:
            sp_menu.append('<ul class="dynamic">')
            for k in kids:
                sp_menu.append('<li class="dynamic"><a class="dynamic menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" tabindex="0" href="/Pages/%s/%s.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">%s</span></span></a></li>' % (slug(label), slug(k), E(k)))
            sp_menu.append("</ul>")
        sp_menu.append("</li>")
    sp_menu = "\n".join(sp_menu)
    related = rand_dates(rng, (2026, 2, 10), (2026, 3, 11), 10)
    others = rand_dates(rng, (2026, 3, 13), (2026, 3, 30), 6)
    hl = pick_headlines(rng, 16)
    rel_html = "\n".join('<li><a href="/Pages/%s/%s-%s.aspx">%s</a> <span class="date">(%s)</span></li>'
                         % ("%d-%02d-%02d" % t[:3], slug(h)[:60], hexid(rng, 5), E(h), fmt_dm(t)) for h, t in zip(hl[:10], related))
    oth_html = "\n".join('<li><a href="/Pages/%s/%s-%s.aspx">%s</a> <span class="date">(%s)</span></li>'
                         % ("%d-%02d-%02d" % t[:3], slug(h)[:60], hexid(rng, 5), E(h), fmt_dm(t)) for h, t in zip(hl[10:], others))
    img_n = [0]

    def img(cap, n):
        return ('<p style="text-align: center;"><img alt="" src="/PublishingImages/2026/03/12/ct-concon-%d.jpg" style="width: 640px; height: 427px;" /></p>\n'
                '<p style="text-align: center;"><em>%s</em></p>' % (n, cap))
    body = render_blocks(a["blocks"], {"p": '<p style="text-align: justify;">{}</p>', "h": '<p style="text-align: justify;"><strong>{}</strong></p>', "img": img})
    vs = b64(rng, 52000)
    ev = b64(rng, 900)
    digest = "0x%s,22 Nov 2026 01:%02d:%02d -0000" % (hexid(rng, 128).upper(), rng.randrange(60), rng.randrange(60))
    wp = "ctl00_ctl45_g_%s_%s_%s_%s_%s" % (hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12))
    icons = "".join('<a href="#" class="share-%s" title="%s">%s</a>' % (n, n, svg_icon(rng, n)) for n in ["facebook", "zalo", "twitter", "email", "print"])
    social = "".join('<li><a href="https://www.%s.com/congthongtindientuquangtri" target="_blank" rel="noopener">%s</a></li>' % (n, svg_icon(rng, n, 28)) for n in ["facebook", "youtube", "zalo", "tiktok"])
    weather = "\n".join('<li><span class="place">%s</span> <span class="temp">%d°C</span> <span class="desc">%s</span></li>'
                        % (p, rng.randrange(22, 32), rng.choice(["Nắng nhẹ", "Có mây", "Mưa rào", "Nhiều mây"])) for p in ["Đồng Hới", "Đông Hà", "Cồn Cỏ", "Lao Bảo", "Khe Sanh", "Ba Đồn"])
    docs = sidebar_docs(rng, 8, (2026, 2, 1), (2026, 3, 11))
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi-vn" dir="ltr">
<head id="ctl00_Head1"><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>
	{E(a["title"])}
</title>
<meta name="description" content="{A(a["lead"][:150])}" />
<meta property="og:title" content="{A(a["title"])}" />
<meta property="og:image" content="https://www.quangtri.gov.vn/PublishingImages/2026/03/12/ct-concon-1.jpg" />
<link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=23" type="image/vnd.microsoft.icon" id="favicon" />
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=VY9vB3jgIP9eSaXVEPGtwA%3D%3DTAG0"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/QuangTri/css/bootstrap.min.css"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/QuangTri/css/style.css?v=2.6"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/QuangTri/css/responsive.css?v=2.6"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=VY9vB3jgIP9eSaXVEPGtwA%3D%3DTAG0"></script>
<script type="text/javascript" src="/ScriptResource.axd?d={b64(rng, 90).replace("/", "_").replace("+", "-")}&amp;t=ffffffff9a6d2f43"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3DTAG0"></script>
<script type="text/javascript" src="/ScriptResource.axd?d={b64(rng, 90).replace("/", "_").replace("+", "-")}&amp;t=ffffffff9a6d2f43"></script>
<script type="text/javascript">RegisterSod("initstrings.js", "\\u002f_layouts\\u002f15\\u002f1066\\u002finitstrings.js?rev=uNmvBiHdrBzcPQzbZ4Zp7g\\u00253D\\u00253DTAG0");</script>
<script type="text/javascript">RegisterSod("strings.js", "\\u002f_layouts\\u002f15\\u002f1066\\u002fstrings.js?rev=HmNPMXAJLbBHNsQEZVOWRw\\u00253D\\u00253DTAG0");RegisterSodDep("strings.js", "initstrings.js");</script>
<script type="text/javascript">
{sp_scripts(rng)}
</script>
<script src="/Style%20Library/QuangTri/js/jquery-3.6.0.min.js"></script>
<script src="/Style%20Library/QuangTri/js/bootstrap.bundle.min.js"></script>
<script src="/Style%20Library/QuangTri/js/main.js?v=2.6"></script>
</head>
<body onhashchange="if (typeof(_spBodyOnHashChange) != 'undefined') _spBodyOnHashChange();"><div id="imgPrefetch" style="display:none">
<img src="/_layouts/15/images/spcommon.png?rev=23" />
<img src="/_layouts/15/images/spcommon.png?rev=23" />
</div>
<form method="post" action="./Chu-tich-UBND-tinh-Phan-Dinh-Khoi-lam-viec-tai-dac-khu-Con-Co-a1c4f.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="{digest}" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE4NjE0MjY1NjEP{vs}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_correlationId = '{hexid(rng,8)}-{hexid(rng,4)}-{hexid(rng,4)}-{hexid(rng,4)}-{hexid(rng,12)}';
var g_wsaQoSEnabled = false;
var g_wsaQoSDataPoints = [];
var g_wsaRUMEnabled = false;
var g_wsaLCID = 1066;
var g_wsaListTemplateId = 850;
var _fV4UI=true;var _spPageContextInfo = {{webServerRelativeUrl: "\\u002f", webAbsoluteUrl: "https:\\u002f\\u002fwww.quangtri.gov.vn", siteAbsoluteUrl: "https:\\u002f\\u002fwww.quangtri.gov.vn", serverRequestPath: "\\u002fPages\\u002f2026-03-12\\u002fChu-tich-UBND-tinh-Phan-Dinh-Khoi-lam-viec-tai-dac-khu-Con-Co-a1c4f.aspx", layoutsUrl: "_layouts\\u002f15", webTitle: "Cổng thông tin điện tử tỉnh Quảng Trị", webTemplate: "53", tenantAppVersion: "0", isAppWeb: false, Has2019Era: true, webLogoUrl: "_layouts\\u002f15\\u002fimages\\u002fsiteicon.png", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", currentCultureName: "vi-VN", clientServerTimeDelta: new Date("2026-11-22T01:{rng.randrange(10,59)}:{rng.randrange(10,59)}.{rng.randrange(100,999)}Z") - new Date(), siteClientTag: "{rng.randrange(100,999)}$$15.0.5545.1000", crossDomainPhotosEnabled:false, webUIVersion:15, webPermMasks:{{High:16,Low:196673}},pageListId:"{{{hexid(rng,8)}-{hexid(rng,4)}-{hexid(rng,4)}-{hexid(rng,4)}-{hexid(rng,12)}}}",pageItemId:{rng.randrange(3000,9000)}, pagePersonalizationScope:1, alertsEnabled:true, siteServerRelativeUrl: "\\u002f", allowSilverlightPrompt:'True'}};
//]]>
</script>
<div id="s4-ribbonrow" style="display:none"></div>
<div id="s4-workspace" class="ms-core-overlay">
<div id="s4-bodyContainer">
<div class="header-top">
  <div class="container">
    <div class="row">
      <div class="col-md-6 col-sm-6"><span class="date-now">Chủ nhật, 22/11/2026</span></div>
      <div class="col-md-6 col-sm-6 text-right">
        <ul class="top-links"><li><a href="/Pages/SoDoCong.aspx">Sơ đồ cổng</a></li><li><a href="/Pages/LienHe.aspx">Liên hệ</a></li><li><a href="/_layouts/15/Authenticate.aspx?Source=%2FPages%2FTrangChu%2Easpx">Đăng nhập</a></li><li><a href="/en/Pages/default.aspx">English</a></li></ul>
      </div>
    </div>
  </div>
</div>
<div class="banner">
  <div class="container"><a href="/Pages/TrangChu.aspx" title="Cổng thông tin điện tử tỉnh Quảng Trị"><img src="/Style%20Library/QuangTri/images/banner-2025.png" alt="Cổng thông tin điện tử tỉnh Quảng Trị" class="img-responsive" /></a></div>
</div>
<div class="main-menu hidden-xs">
  <div class="container">
<div id="zz1_TopNavigationMenu" class="noindex ms-core-listMenu-horizontalBox">
<ul id="zz2_RootAspMenu" class="root ms-core-listMenu-root static">
{sp_menu}
</ul>
</div>
  </div>
</div>
<div class="mobile-menu visible-xs">
  <button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#mnMobile"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
  <div id="mnMobile" class="collapse">
<ul class="root ms-core-listMenu-root static">
{sp_menu}
</ul>
  </div>
</div>
<div class="marquee-box"><div class="container"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">Nhiệt liệt chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)... Quảng Trị - Điểm đến của hòa bình!</marquee></div></div>
<div id="contentBox" class="container">
<div class="breadcrumb-box"><span id="ctl00_PlaceHolderMain_siteMapPath"><span><a class="ms-sitemapdirectional" href="/Pages/TrangChu.aspx">Trang chủ</a></span><span> &gt; </span><span><a class="ms-sitemapdirectional" href="/Pages/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a></span><span> &gt; </span><span><a class="ms-sitemapdirectional" href="/Pages/tin-tuc-su-kien/hoat-dong-cua-lanh-dao-tinh.aspx">Hoạt động của lãnh đạo tỉnh</a></span></span></div>
<div class="row">
<div class="col-md-8 col-sm-12 main-content">
<div class="ms-webpart-zone ms-fullWidth">
<div id="MSOZoneCell_WebPart{wp}" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">
<div webpartid="{hexid(rng,8)}-{hexid(rng,4)}-{hexid(rng,4)}-{hexid(rng,4)}-{hexid(rng,12)}" haspers="false" id="WebPart{wp}" width="100%" class="ms-WPBody noindex" allowdelete="false" style="">
<div class="news-detail">
  <div class="news-title"><span id="{wp}_lblTitle" class="title-news">{E(a["title"])}</span></div>
  <div class="news-info"><span id="{wp}_lblDate" class="date-news">{d:02d}/{m:02d}/{y} 4:15 CH</span>
    <span class="tools">
      <a href="javascript:void(0)" onclick="setFontSize(-1)" title="Giảm cỡ chữ">A-</a>
      <a href="javascript:void(0)" onclick="setFontSize(0)" title="Cỡ chữ mặc định">A</a>
      <a href="javascript:void(0)" onclick="setFontSize(1)" title="Tăng cỡ chữ">A+</a>
      {icons}
    </span>
  </div>
  <div class="news-sapo"><span id="{wp}_lblSapo"><strong>{E(a["lead"])}</strong></span></div>
  <div class="news-content ms-rtestate-field" id="{wp}_divContent">
{body}
<p style="text-align: right;"><strong>Trần Minh Phương</strong></p>
<p style="text-align: right;">Trung tâm Tin học - Công báo</p>
  </div>
  <div class="news-footer">
    <span class="view-count">Lượt xem: {rng.randrange(300, 4000)}</span>
    <a class="btn-print" href="javascript:window.print()">In bài viết</a>
    <a class="btn-mail" href="mailto:?subject={A(a["title"])}&amp;body=https://www.quangtri.gov.vn/Pages/2026-03-12/Chu-tich-UBND-tinh-Phan-Dinh-Khoi-lam-viec-tai-dac-khu-Con-Co-a1c4f.aspx">Gửi email</a>
    <a class="btn-back" href="javascript:history.back()">Quay lại</a>
  </div>
  <div class="rating"><span>Đánh giá bài viết:</span> <span class="stars"><a href="#" data-v="1">1</a><a href="#" data-v="2">2</a><a href="#" data-v="3">3</a><a href="#" data-v="4">4</a><a href="#" data-v="5">5</a></span> <span class="rating-result">({rng.randrange(0,40)} lượt đánh giá)</span></div>
</div>
<div class="related-news">
  <h3 class="title-box">Tin cùng chuyên mục</h3>
  <ul>
{rel_html}
  </ul>
</div>
<div class="other-news">
  <h3 class="title-box">Các tin khác</h3>
  <ul>
{oth_html}
  </ul>
</div>
</div>
<div class="ms-clear"></div></div>
</div>
</div>
</div>
<div class="col-md-4 col-sm-12 sidebar">
  <div class="box-search"><input type="text" id="txtSearch" placeholder="Nhập từ khóa tìm kiếm..." /><button type="button" onclick="doSearch()">Tìm kiếm</button></div>
  <div class="box-banner"><a href="https://dichvucong.quangtri.gov.vn"><img src="/Style%20Library/QuangTri/images/bn-dichvucong.png" alt="Dịch vụ công trực tuyến" /></a><a href="https://dichvucong.gov.vn"><img src="/Style%20Library/QuangTri/images/bn-dvcqg.png" alt="Cổng Dịch vụ công quốc gia" /></a><a href="/Pages/HoiDap.aspx"><img src="/Style%20Library/QuangTri/images/bn-hoidap.png" alt="Hỏi đáp trực tuyến" /></a></div>
  <div class="box-side"><h3 class="title-box">Văn bản mới</h3><ul class="list-docs">
{docs}
  </ul><a class="view-all" href="/Pages/van-ban.aspx">Xem tất cả</a></div>
  <div class="box-side"><h3 class="title-box">Thời tiết</h3><ul class="weather">
{weather}
  </ul></div>
  <div class="box-side"><h3 class="title-box">Thăm dò ý kiến</h3><p>Bạn đánh giá thế nào về chất lượng phục vụ của bộ phận một cửa cấp xã?</p>
    <ul class="poll"><li><input type="radio" name="poll" id="p1" /><label for="p1">Rất hài lòng</label></li><li><input type="radio" name="poll" id="p2" /><label for="p2">Hài lòng</label></li><li><input type="radio" name="poll" id="p3" /><label for="p3">Chưa hài lòng</label></li></ul>
    <a href="javascript:void(0)" class="btn-vote">Biểu quyết</a> <a href="javascript:void(0)" class="btn-result">Xem kết quả</a></div>
  <div class="box-side"><h3 class="title-box">Liên kết website</h3><select onchange="if(this.value) window.open(this.value)">
{link_options(rng, "Quảng Trị")}
  </select></div>
  <div class="box-side"><h3 class="title-box">Thống kê truy cập</h3>{counter_block(rng)}</div>
</div>
</div>
</div>
<div class="footer">
  <div class="container">
    <div class="row">
      <div class="col-md-8">
{footer_lines("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ", "Số 6 Hùng Vương, phường Đồng Hới, tỉnh Quảng Trị", "0232.3822.611", "bbt@quangtri.gov.vn", "Giấy phép số 58/GP-TTĐT do Sở Thông tin và Truyền thông cấp. Cơ quan chủ quản: Ủy ban nhân dân tỉnh Quảng Trị. Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh.")}
      </div>
      <div class="col-md-4"><ul class="social">{social}</ul><p>Ghi rõ nguồn "Cổng thông tin điện tử tỉnh Quảng Trị" khi phát hành lại thông tin từ website này.</p></div>
    </div>
  </div>
</div>
</div>
</div>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="BAB98CB3" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAK{ev}" />
</div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;window.g_updateFormDigestPageLoaded = new Date(); window.g_updateFormDigestPageLoaded.setDate(window.g_updateFormDigestPageLoaded.getDate() -5);var _fV4UI = true;
function _RegisterWebPartPageCUI()
{{
    var initInfo = {{editable: false,isEditMode: false,allowWebPartAdder: false,listId: "{{{hexid(rng,8)}-{hexid(rng,4)}-{hexid(rng,4)}-{hexid(rng,4)}-{hexid(rng,12)}}}",itemId: {rng.randrange(3000,9000)},recycleBinEnabled: true,enableMinorVersioning: true,enableModeration: true,forceCheckout: true,rootFolderUrl: "\\u002fPages",itemPermissions:{{High:16,Low:196673}}}};
    SP.Ribbon.WebPartComponent.registerWithPageManager(initInfo);
    var wpcomp = SP.Ribbon.WebPartComponent.get_instance();
    var hid;
    hid = document.getElementById("_wpSelected");
    if (hid != null)
    {{
        var wpid = hid.value;
        if (wpid.length > 0)
        {{
            var zc = document.getElementById(wpid);
            if (zc != null)
                wpcomp.selectWebPart(zc, false);
        }}
    }}
}}
ExecuteOrDelayUntilScriptLoaded(_RegisterWebPartPageCUI, "sp.ribbon.js");
var __wpmExportWarning='This Web Part Page has been personalized. As a result, one or more Web Part properties may contain confidential information. Make sure the properties contain information that is safe for others to read. After exporting this Web Part, view properties in the Web Part description file (.WebPart) by using a text editor such as Microsoft Notepad.';var __wpmCloseProviderWarning='You are about to close this Web Part.  It is currently providing data to other Web Parts, and these connections will be deleted if this Web Part is closed.  To close this Web Part, click OK.  To keep this Web Part, click Cancel.';var __wpmDeleteWarning='You are about to permanently delete this Web Part.  Are you sure you want to do this?  To delete this Web Part, click OK.  To keep this Web Part, click Cancel.';
WebForm_InitCallback();
{js_blob(rng, 60, "qtPortal")}
//]]>
</script>
</form>
<span id="DeltaPlaceHolderUtilityContent"></span>
</body>
</html>
'''


def page_w02(a, rng):
    vs = b64(rng, 9000)
    hl = pick_headlines(rng, 14)
    ds = rand_dates(rng, (2025, 7, 10), (2025, 8, 4), 8)
    rel = "\n".join('<li><a href="/Trang/ChiTietTinTuc.aspx?nid=%d">%s</a><span class="ngay">%s</span></li>' % (rng.randrange(47000, 48216), E(h), fmt_dm(t)) for h, t in zip(hl[:8], ds))
    hot = "\n".join('<li><a href="/Trang/ChiTietTinTuc.aspx?nid=%d">%s</a></li>' % (rng.randrange(47000, 48400), E(h)) for h in hl[8:])
    menu = menu_ul(MENU_TINH, "nav navbar-nav", "dropdown-menu", "/Trang")

    def img(cap, n):
        return '<p style="text-align:center"><img src="/HinhAnh/2025/8/hopbao-%d.jpg" alt="" width="600" /></p><p style="text-align:center"><em>%s</em></p>' % (n, cap)
    body = render_blocks(a["blocks"], {"p": '<p style="text-align:justify">{}</p>', "h": '<p style="text-align:justify"><strong><em>{}</em></strong></p>', "img": img})
    return f'''<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Cổng Thông tin điện tử tỉnh Đồng Nai - {E(a["title"])}</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2x3mvp%2BgDZgl3oqn1vu7bA%3D%3D"/>
<link rel="stylesheet" href="/Style%20Library/DongNai/css/bootstrap.min.css" />
<link rel="stylesheet" href="/Style%20Library/DongNai/css/site.css?v=20250701" />
<script type="text/javascript" src="/_layouts/15/init.js?rev=p7bMKkoy3mCYZnx8mzZ6pg%3D%3D"></script>
<script type="text/javascript" src="/_layouts/15/1066/initstrings.js?rev=aSeoFMfkyBHy%2Bgr7f9GZ8A%3D%3D"></script>
<script type="text/javascript" src="/_layouts/15/sp.core.js?rev=2Hr%2FMVhvVwFHW4nKt3mA%2Bw%3D%3D"></script>
<script src="/Style%20Library/DongNai/js/jquery.min.js"></script>
</head>
<body>
<form method="post" action="./ChiTietTinTuc.aspx?nid=48217&amp;title=hop-bao-cung-cap-thong-tin-tinh-hinh-kinh-te-xa-hoi-7-thang-dau-nam-2025" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTM5NjQ1MTI2MA9kFgJmD2QW{vs}" />
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<header class="site-header">
  <div class="topbar"><div class="container"><span class="today">Chủ Nhật, ngày 22/11/2026</span><span class="hotline">Đường dây nóng: 0251.3822.222</span><a href="/Trang/SoDoSite.aspx">Sơ đồ site</a> | <a href="/en">English</a></div></div>
  <div class="container header-logo">
    <a href="/Trang/TrangChu.aspx"><img src="/Style%20Library/DongNai/images/quochuy.png" alt="Quốc huy" class="logo" /></a>
    <div class="site-name"><h1>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG NAI</h1><p class="slogan">Đồng Nai - Năng động, sáng tạo, phát triển</p></div>
  </div>
  <nav class="navbar navbar-default"><div class="container">
{menu}
  </div></nav>
</header>
<div class="container">
  <ol class="breadcrumb"><li><a href="/Trang/TrangChu.aspx">Trang chủ</a></li><li><a href="/Trang/TinTuc.aspx">Tin tức - Sự kiện</a></li><li class="active">Chỉ đạo điều hành</li></ol>
  <div class="row">
    <div class="col-md-9">
      <div class="news-detail">
        <h2 class="news-title">{E(a["title"])}</h2>
        <div class="news-date"><span class="ngay-dang">Ngày đăng: 05/08/2025 14:20</span> <span class="sep">|</span> <span class="ngay-cap-nhat">Cập nhật: 07/08/2025 09:10</span></div>
        <div class="news-tools"><a href="javascript:void(0)" class="font-down">A-</a> <a href="javascript:void(0)" class="font-up">A+</a> <a href="javascript:window.print()" class="print">In trang</a> <a href="javascript:void(0)" class="listen" data-text="#divNoiDung">Nghe đọc bài</a></div>
        <div class="news-summary"><p><strong>{E(a["lead"])}</strong></p></div>
        <div id="divNoiDung" class="news-body">
{body}
<p style="text-align:right"><strong>Cổng TTĐT tỉnh</strong></p>
        </div>
        <div class="news-share"><span>Chia sẻ:</span> <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.dongnai.gov.vn%2FTrang%2FChiTietTinTuc.aspx%3Fnid%3D48217">Facebook</a> <a class="zalo" href="#">Zalo</a> <a class="mail" href="mailto:?subject=Tin%20tu%20Cong%20TTDT%20Dong%20Nai">Email</a></div>
      </div>
      <div class="tin-lien-quan"><h3>Tin cùng chuyên mục</h3><ul>
{rel}
      </ul></div>
    </div>
    <div class="col-md-3 sidebar">
      <div class="box"><h4>Tin nổi bật</h4><ul>
{hot}
      </ul></div>
      <div class="box"><h4>Văn bản chỉ đạo điều hành</h4><ul class="docs">
{sidebar_docs(rng, 6, (2025, 7, 1), (2025, 8, 4))}
      </ul></div>
      <div class="box"><h4>Liên kết</h4><select class="form-control" onchange="window.open(this.value)">
{link_options(rng, "Đồng Nai")}
      </select></div>
      <div class="box"><h4>Thống kê truy cập</h4>{counter_block(rng)}</div>
    </div>
  </div>
</div>
<footer class="site-footer"><div class="container">
{footer_lines("Cơ quan chủ quản: Ủy ban nhân dân tỉnh Đồng Nai", "Số 2 Nguyễn Văn Trị, phường Trấn Biên, tỉnh Đồng Nai", "(0251) 3847 292", "bbt-congttdt@dongnai.gov.vn", "Giấy phép số 07/GP-TTĐT ngày 14/3/2022. Trưởng Ban biên tập: Chánh Văn phòng UBND tỉnh.")}
<p>Bản quyền thuộc Cổng Thông tin điện tử tỉnh Đồng Nai. Ghi rõ nguồn khi phát hành lại thông tin từ Cổng.</p>
</div></footer>
</div></div>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="C7B4E4F9" /></div>
<script type="text/javascript">
//<![CDATA[
{js_blob(rng, 40, "dnPortal")}
//]]>
</script>
</form>
</body>
</html>
'''


LIFERAY_MODULES = ["aui-base", "aui-io-plugin-deprecated", "liferay-menu", "liferay-notice", "liferay-poller", "liferay-session",
                   "aui-tooltip", "liferay-form", "liferay-navigation-interaction", "liferay-portlet-url", "liferay-social-bookmarks",
                   "liferay-util-window", "aui-toggler", "liferay-hudcrumbs", "liferay-ratings", "liferay-asset-categories-selector",
                   "liferay-search-container", "aui-datepicker-deprecated", "liferay-store", "liferay-dockbar", "liferay-layout"]


def liferay_head_js(rng, group_id, plid, path="/web/guest", lang="vi_VN"):
    cur1 = path.strip("/").replace("/", "\\x2f")
    cur2 = path.strip("/").replace("/", "%2F")
    portlets = ",".join('"%s"' % p for p in ["101_INSTANCE_" + hexid(rng, 12), "73_INSTANCE_" + hexid(rng, 12), "56_INSTANCE_" + hexid(rng, 12), "71_INSTANCE_" + hexid(rng, 12), "118_INSTANCE_" + hexid(rng, 12)])
    return f'''<script type="text/javascript">
// <![CDATA[
var Liferay={{Browser:{{acceptsGzip:function(){{return true}},getMajorVersion:function(){{return 120}},getRevision:function(){{return"537.36"}},getVersion:function(){{return"120.0"}},isAir:function(){{return false}},isChrome:function(){{return true}},isFirefox:function(){{return false}},isGecko:function(){{return true}},isIe:function(){{return false}},isIphone:function(){{return false}},isLinux:function(){{return true}},isMac:function(){{return false}},isMobile:function(){{return false}},isMozilla:function(){{return false}},isOpera:function(){{return false}},isRtf:function(){{return true}},isSafari:function(){{return true}},isSun:function(){{return false}},isWap:function(){{return false}},isWapXhtml:function(){{return false}},isWebKit:function(){{return true}},isWindows:function(){{return false}},isWml:function(){{return false}}}},Data:{{NAV_SELECTOR:"#navigation",isCustomizationView:function(){{return false}},notices:[null]}},ThemeDisplay:{{layout:{{}},getLayoutId:function(){{return"{rng.randrange(20,90)}"}},getLayoutURL:function(){{return"{path}/tin-tuc-su-kien"}},getParentLayoutId:function(){{return"0"}},isPrivateLayout:function(){{return"false"}},isVirtualLayout:function(){{return false}},getBCP47LanguageId:function(){{return"vi-VN"}},getCDNBaseURL:function(){{return""}},getCDNDynamicResourcesHost:function(){{return""}},getCDNHost:function(){{return""}},getCompanyId:function(){{return"10154"}},getCompanyGroupId:function(){{return"10194"}},getDefaultLanguageId:function(){{return"{lang}"}},getDoAsUserIdEncoded:function(){{return""}},getLanguageId:function(){{return"{lang}"}},getParentGroupId:function(){{return"{group_id}"}},getPathContext:function(){{return""}},getPathImage:function(){{return"/image"}},getPathJavaScript:function(){{return"/html/js"}},getPathMain:function(){{return"/c"}},getPathThemeImages:function(){{return"/vnpt-portal-theme/images"}},getPathThemeRoot:function(){{return"/vnpt-portal-theme"}},getPlid:function(){{return"{plid}"}},getPortalURL:function(){{return""}},getPortletSetupShowBordersDefault:function(){{return true}},getScopeGroupId:function(){{return"{group_id}"}},getScopeGroupIdOrLiveGroupId:function(){{return"{group_id}"}},getSessionId:function(){{return""}},getSiteGroupId:function(){{return"{group_id}"}},getURLControlPanel:function(){{return"/group/control_panel?refererPlid={plid}"}},getURLHome:function(){{return"{path}"}},getUserId:function(){{return"10158"}},getUserName:function(){{return""}},isAddSessionIdToURL:function(){{return false}},isFreeformLayout:function(){{return false}},isImpersonated:function(){{return false}},isSignedIn:function(){{return false}},isStateExclusive:function(){{return false}},isStateMaximized:function(){{return false}},isStatePopUp:function(){{return false}}}},PropsValues:{{NTLM_AUTH_ENABLED:false}}}};
var themeDisplay=Liferay.ThemeDisplay;
Liferay.AUI={{getAvailableLangPath:function(){{return"available_languages.jsp?browserId=other&themeId=vnptportaltheme_WAR_vnptportaltheme&colorSchemeId=01&minifierType=js&languageId={lang}&b=6210&t=1727250000000"}},getCombine:function(){{return true}},getComboPath:function(){{return"/combo/?browserId=other&minifierType=&languageId={lang}&b=6210&t=1727250000000&"}},getFilter:function(){{return"min"}},getJavaScriptRootPath:function(){{return"/html/js"}},getLangPath:function(){{return"aui_lang.jsp?browserId=other&themeId=vnptportaltheme_WAR_vnptportaltheme&colorSchemeId=01&minifierType=js&languageId={lang}&b=6210&t=1727250000000"}},getStaticResourceURLParams:function(){{return"?browserId=other&minifierType=&languageId={lang}&b=6210&t=1727250000000"}}}};
Liferay.authToken="{hexid(rng,8)}";
Liferay.currentURL="\\x2f{cur1}\\x2ftin-tuc-su-kien";
Liferay.currentURLEncoded="%2F{cur2}%2Ftin-tuc-su-kien";
// ]]>
</script>
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=vnptportaltheme_WAR_vnptportaltheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId={lang}&amp;b=6210&amp;t=1727250000000" type="text/javascript"></script>
<script type="text/javascript">
// <![CDATA[
Liferay.Portlet.list=[{portlets}];
// ]]>
</script>'''


def liferay_foot_js(rng, n):
    lines = ["<script type=\"text/javascript\">", "// <![CDATA[", "Liferay.Util.addInputFocus();"]
    for i in range(n):
        pid = rng.choice(["101", "73", "56", "71", "118", "141", "122", "3"]) + "_INSTANCE_" + hexid(rng, 12)
        lines.append('Liferay.Portlet.onLoad({canEditTitle:false,columnPos:%d,isStatic:"end",namespacedId:"p_p_id_%s_",portletId:"%s",refreshURL:"\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d%d\\x26p_p_id\\x3d%s\\x26p_p_lifecycle\\x3d0\\x26p_t_lifecycle\\x3d0\\x26p_p_state\\x3dnormal\\x26p_p_mode\\x3dview\\x26p_p_col_id\\x3dcolumn-%d\\x26p_p_col_pos\\x3d%d\\x26p_p_col_count\\x3d%d\\x26p_p_isolated\\x3d1\\x26currentURL\\x3d%%2Ftin-tuc-su-kien"});'
                     % (i % 5, pid, pid, rng.randrange(20000, 90000), pid, 1 + i % 3, i % 5, 5))
    lines.append("AUI().use(%s,function(A){(function(){var $=AUI.$;var _=AUI._;Liferay.Util.addInputType();Liferay.Portlet.ready(function(portletId,node){Liferay.Util.addInputType(node)});if(A.UA.mobile){Liferay.Util.addInputCancel()}})();(function(){new Liferay.Menu();var liferayNotices=Liferay.Data.notices;for(var i=1;i<liferayNotices.length;i++){new Liferay.Notice(liferayNotices[i])}})();});"
                 % ",".join("'%s'" % mname for mname in LIFERAY_MODULES))
    lines += ["// ]]>", "</script>"]
    return "\n".join(lines)


def page_w03(a, rng):
    g = rng.randrange(20000, 40000)
    plid = rng.randrange(40000, 90000)
    menu = menu_ul(MENU_SO, "nav", "child-menu", "/web/so-tu-phap", "nav-item", "nav-link")
    related = rand_dates(rng, (2025, 8, 15), (2025, 9, 17), 10)
    newer = rand_dates(rng, (2025, 9, 19), (2025, 10, 2), 5)
    hl = pick_headlines(rng, 15)
    rel = "\n".join('<li class="news-item"><a href="/web/so-tu-phap/tin-tuc-su-kien/-/asset_publisher/Xq3mEYJ8pKtW/content/%s">%s</a> <span class="news-date">(%s)</span></li>' % (slug(h), E(h), fmt_dm(t)) for h, t in zip(hl[:10], related))
    newer_h = "\n".join('<li class="news-item"><a href="/web/so-tu-phap/tin-tuc-su-kien/-/asset_publisher/Xq3mEYJ8pKtW/content/%s">%s</a> <span class="news-date">(%s)</span></li>' % (slug(h), E(h), fmt_dm(t)) for h, t in zip(hl[10:], newer))
    lich = []
    for i, day in enumerate([22, 23, 24, 25, 26]):
        lich.append('<tr><td class="day">%s<br/>%02d/09</td><td>%s</td></tr>' % (["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu"][i], day,
                    E(rng.choice(["8h00: Giám đốc Sở họp giao ban lãnh đạo Sở", "14h00: Phó Giám đốc Sở dự Hội nghị trực tuyến về công tác hộ tịch",
                                  "8h30: Kiểm tra công tác chứng thực tại UBND phường Phố Hiến", "Cả ngày: Lãnh đạo Sở làm việc tại cơ quan",
                                  "9h00: Họp Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "14h00: Làm việc với Văn phòng UBND tỉnh về kiểm soát thủ tục hành chính"]))))
    lich = "\n".join(lich)
    logo = svg_icon(rng, "quoc-huy", 90) + svg_icon(rng, "logo-text", 90)
    sprite = "".join('<symbol id="icon-%s" viewBox="0 0 32 32"><path d="%s"/></symbol>' % (n, " ".join("%.1f,%.1f" % (rng.uniform(0, 32), rng.uniform(0, 32)) for _ in range(rng.randrange(120, 260))))
                     for n in ["home", "search", "calendar", "user", "phone", "mail", "print", "facebook", "youtube", "zalo", "arrow-right", "file-pdf", "file-word", "download", "eye", "share"])
    short = a["title"][:70].rsplit(" ", 1)[0] + "…"
    body = render_blocks(a["blocks"], {"p": '<p style="text-align: justify;">{}</p>', "ul": ('<ul style="text-align: justify;">', "</ul>")})
    return f'''<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>{E(a["title"])} - Tin tức sự kiện - Sở Tư pháp tỉnh Hưng Yên</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{A(a["lead"][:160])}" lang="vi-VN" name="description" />
<meta content="thủ tục liên thông, khai sinh, thường trú, bảo hiểm y tế" lang="vi-VN" name="keywords" />
<link href="/vnpt-portal-theme/images/favicon.ico" rel="Shortcut Icon" />
<link href="https://sotuphap.hungyen.gov.vn/web/so-tu-phap/tin-tuc-su-kien/-/asset_publisher/Xq3mEYJ8pKtW/content/so-tu-phap-huong-dan-thuc-hien-thu-tuc-lien-thong-dang-ky-khai-sinh-dang-ky-thuong-tru-cap-the-bao-hiem-y-te-cho-tre-duoi-6-tuoi" rel="canonical" />
<link class="lfr-css-file" href="/vnpt-portal-theme/css/aui.css?browserId=other&amp;themeId=vnptportaltheme_WAR_vnptportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=1727250000000" rel="stylesheet" type="text/css" />
<link href="/html/css/main.css?browserId=other&amp;themeId=vnptportaltheme_WAR_vnptportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=1727250000000" rel="stylesheet" type="text/css" />
<link href="/html/portlet/asset_publisher/css/main.css?browserId=other&amp;themeId=vnptportaltheme_WAR_vnptportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=1727250000000" rel="stylesheet" type="text/css" />
<link href="/html/portlet/journal_content/css/main.css?browserId=other&amp;themeId=vnptportaltheme_WAR_vnptportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=1727250000000" rel="stylesheet" type="text/css" />
{liferay_head_js(rng, g, plid, "/web/so-tu-phap")}
<link class="lfr-css-file" href="/vnpt-portal-theme/css/main.css?browserId=other&amp;themeId=vnptportaltheme_WAR_vnptportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=1727250000000" rel="stylesheet" type="text/css" />
<style type="text/css">
#p_p_id_101_INSTANCE_Xq3mEYJ8pKtW_ .portlet-borderless-container {{border-width:;border-style:}}
.title-news{{font-size:20px;font-weight:bold;color:#0b5394;margin:10px 0}}.date-public{{color:#888;font-size:12px}}.news-item .news-date{{color:#999;font-style:italic}}
</style>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<svg xmlns="http://www.w3.org/2000/svg" style="display:none">{sprite}</svg>
<a href="#main-content" id="skip-to-content">Nhảy đến nội dung</a>
<div class="container-fluid" id="wrapper">
<div class="top-bar"><div class="container"><span class="date-now">Hôm nay: Chủ nhật, 22/11/2026</span><ul class="top-link"><li><a href="/web/so-tu-phap/so-do-cong">Sơ đồ cổng</a></li><li><a href="/c/portal/login?p_l_id={plid}">Đăng nhập</a></li><li><a href="https://hungyen.gov.vn">Cổng TTĐT tỉnh</a></li></ul></div></div>
<header id="banner" role="banner">
<div class="container banner-inner"><a class="logo custom-logo" href="/web/so-tu-phap" title="Sở Tư pháp tỉnh Hưng Yên">{logo}<span class="site-name"><span class="line1">ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN</span><span class="line2">SỞ TƯ PHÁP</span></span></a></div>
<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation">
<div class="container">
{menu}
</div>
</nav>
</header>
<div class="mobile-nav" id="mobile-navigation">
{menu}
</div>
<div class="container" id="content">
<div class="portlet-boundary portlet-boundary_73_ portlet-static portlet-static-end portlet-borderless portlet-breadcrumb" id="p_p_id_73_INSTANCE_{hexid(rng,12)}_"><span id="p_73_INSTANCE_{hexid(rng,12)}"></span>
<div class="portlet-body">
<ul class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="/web/so-tu-phap">Trang chủ</a><span class="divider">/</span></li><li><a href="/web/so-tu-phap/tin-tuc-su-kien">Tin tức sự kiện</a><span class="divider">/</span></li><li class="active last"><a href="#">{E(short)}</a></li></ul>
</div></div>
<div class="columns-2-r" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-borderless portlet-asset-publisher" id="p_p_id_101_INSTANCE_Xq3mEYJ8pKtW_"><span id="p_101_INSTANCE_Xq3mEYJ8pKtW"></span>
<div class="portlet-borderless-container" style="">
<div class="portlet-body">
<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="/web/so-tu-phap/tin-tuc-su-kien" id="_101_INSTANCE_Xq3mEYJ8pKtW_{hexid(rng,4)}" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span>
<h3 class="header-title title-news"><span>{E(a["title"])}</span></h3></div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date date-public">18/09/2025 08:32</span> <span class="metadata-entry metadata-view-count">{rng.randrange(200,900)} lượt xem</span></div>
<div class="asset-content" id="_101_INSTANCE_Xq3mEYJ8pKtW_{hexid(rng,6)}">
<div class="journal-content-article">
<p style="text-align: justify;"><strong>{E(a["lead"])}</strong></p>
{body}
<p style="text-align: right;"><strong>Sở Tư pháp</strong></p>
</div>
<div class="entry-links"></div>
</div>
<div class="asset-ratings"><div class="taglib-ratings stars" id="_101_INSTANCE_Xq3mEYJ8pKtW_{hexid(rng,5)}ratingStars"><div class="liferay-rating-vote"><div id="_101_INSTANCE_Xq3mEYJ8pKtW_ratingStarContent"><div class="rating-label">Đánh giá của bạn</div><a class="rating-element icon-star-empty" href="javascript:;"></a><a class="rating-element icon-star-empty" href="javascript:;"></a><a class="rating-element icon-star-empty" href="javascript:;"></a><a class="rating-element icon-star-empty" href="javascript:;"></a><a class="rating-element icon-star-empty" href="javascript:;"></a></div></div></div></div>
<div class="taglib-social-bookmarks"><ul class="unstyled"><li class="taglib-social-bookmark taglib-social-bookmark-facebook"><a class="taglib-social-bookmark-link" href="http://www.facebook.com/sharer.php?u=https%3A%2F%2Fsotuphap.hungyen.gov.vn" target="_blank">Facebook</a></li><li class="taglib-social-bookmark taglib-social-bookmark-twitter"><a class="taglib-social-bookmark-link" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fsotuphap.hungyen.gov.vn" target="_blank">Twitter</a></li></ul></div>
<div class="asset-tools"><a href="javascript:window.print();"><svg class="icon"><use xlink:href="#icon-print"></use></svg> In bài viết</a> <a href="mailto:?subject=Chia%20s%E1%BA%BB%20b%C3%A0i%20vi%E1%BA%BFt"><svg class="icon"><use xlink:href="#icon-mail"></use></svg> Gửi email</a></div>
</div>
<div class="other-news"><h4 class="title-other">Tin mới hơn</h4><ul>
{newer_h}
</ul><h4 class="title-other">Tin cùng chuyên mục</h4><ul>
{rel}
</ul></div>
</div>
</div>
</div>
</div>
</div>
<div class="portlet-column portlet-column-last span4" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
<div class="portlet-boundary portlet-boundary_56_ portlet-static portlet-static-end portlet-journal-content" id="p_p_id_56_INSTANCE_{hexid(rng,12)}_"><div class="portlet-body"><div class="journal-content-article"><div class="banner-right"><a href="https://dichvucong.hungyen.gov.vn"><img alt="Dịch vụ công" src="/documents/{g}/0/dvc.png" /></a><a href="https://dichvucong.gov.vn"><img alt="Cổng DVC quốc gia" src="/documents/{g}/0/dvcqg.png" /></a><a href="https://vbpl.vn"><img alt="CSDL văn bản pháp luật" src="/documents/{g}/0/vbpl.png" /></a></div></div></div></div>
<div class="portlet-boundary portlet-boundary_118_ portlet-static"><div class="portlet-body"><h4 class="portlet-title">Lịch công tác tuần</h4><table class="table lich-cong-tac">
{lich}
</table></div></div>
<div class="portlet-boundary portlet-boundary_101_ portlet-static"><div class="portlet-body"><h4 class="portlet-title">Văn bản mới</h4><ul class="list-docs">
{sidebar_docs(rng, 8, (2025, 8, 1), (2025, 9, 17))}
</ul></div></div>
<div class="portlet-boundary portlet-boundary_3_ portlet-static"><div class="portlet-body"><h4 class="portlet-title">Thăm dò ý kiến</h4><p>Bạn thấy thủ tục liên thông trên môi trường điện tử có thuận tiện không?</p><label><input type="radio" name="vote"/> Rất thuận tiện</label><label><input type="radio" name="vote"/> Thuận tiện</label><label><input type="radio" name="vote"/> Chưa thuận tiện</label><button type="button" class="btn">Gửi</button></div></div>
<div class="portlet-boundary portlet-boundary_56_ portlet-static"><div class="portlet-body"><h4 class="portlet-title">Liên kết website</h4><select onchange="window.open(this.value)">
{link_options(rng, "Hưng Yên")}
</select></div></div>
<div class="portlet-boundary portlet-boundary_56_ portlet-static"><div class="portlet-body"><h4 class="portlet-title">Thống kê truy cập</h4>{counter_block(rng)}</div></div>
</div>
</div>
</div>
</div>
<form action="#" id="hrefFm" method="post" name="hrefFm"><span></span></form>
</div>
<footer id="footer" role="contentinfo">
<div class="container">
{footer_lines("TRANG THÔNG TIN ĐIỆN TỬ SỞ TƯ PHÁP TỈNH HƯNG YÊN", "Số 10 đường Hải Thượng Lãn Ông, phường Phố Hiến, tỉnh Hưng Yên", "0221.3862.450", "sotuphap@hungyen.gov.vn", "Chịu trách nhiệm chính: Giám đốc Sở Tư pháp. Thiết kế và phát triển bởi VNPT Hưng Yên.")}
</div>
</footer>
</div>
{liferay_foot_js(rng, 120)}
<script type="text/javascript">
// <![CDATA[
{js_blob(rng, 90, "vnptPortal")}
// ]]>
</script>
</body>
</html>
'''


def liferay7_head(rng, title, path):
    t = rng.randrange(1760000000000, 1762000000000)
    mods = "&amp;".join("/o/%s" % m for m in ["frontend-js-aui-web/aui/aui/aui-min.js", "frontend-js-aui-web/liferay/modules.js", "frontend-js-aui-web/liferay/aui_sandbox.js",
                                              "frontend-js-aui-web/aui/attribute-base/attribute-base-min.js", "frontend-js-aui-web/aui/attribute-complex/attribute-complex-min.js",
                                              "frontend-js-aui-web/aui/event-custom-base/event-custom-base-min.js", "frontend-js-aui-web/aui/oop/oop-min.js",
                                              "frontend-js-web/liferay/dom_task_runner.js", "frontend-js-web/liferay/events.js", "frontend-js-web/liferay/lazy_load.js",
                                              "frontend-js-web/liferay/liferay.js", "frontend-js-web/liferay/global.bundle.js", "frontend-js-web/liferay/portlet.js",
                                              "frontend-js-web/liferay/workflow.js", "oauth2-provider-web/js/liferay.js"])
    return f'''<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=vi_VN&amp;t={t}&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js&amp;/o/frontend-js-jquery-web/jquery/init.js&amp;/o/frontend-js-jquery-web/jquery/ajax.js&amp;/o/frontend-js-jquery-web/jquery/bootstrap.bundle.min.js&amp;/o/frontend-js-jquery-web/jquery/collapsible_search.js&amp;/o/frontend-js-jquery-web/jquery/fm.js&amp;/o/frontend-js-jquery-web/jquery/form.js&amp;/o/frontend-js-jquery-web/jquery/popper.min.js&amp;/o/frontend-js-jquery-web/jquery/side_navigation.js" type="text/javascript"></script>
<link data-senna-track="permanent" href="/o/frontend-theme-font-awesome-web/css/main.css" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="{path}" rel="canonical" />
<link class="lfr-css-file" data-senna-track="temporary" href="/o/vnpt-egov-theme/css/clay.css?browserId=chrome&amp;themeId=vnptegovtheme_WAR_vnptegovtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;t={t}" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?browserId=chrome&amp;themeId=vnptegovtheme_WAR_vnptegovtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;t={t}" id="liferayPortalCSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {{}};
Liferay.Browser = {{acceptsGzip: function() {{return true;}},getMajorVersion: function() {{return 131.0;}},getRevision: function() {{return '537.36';}},getVersion: function() {{return '131.0';}},isAir: function() {{return false;}},isChrome: function() {{return true;}},isEdge: function() {{return false;}},isFirefox: function() {{return false;}},isGecko: function() {{return true;}},isIe: function() {{return false;}},isIphone: function() {{return false;}},isLinux: function() {{return true;}},isMac: function() {{return false;}},isMobile: function() {{return false;}},isMozilla: function() {{return false;}},isOpera: function() {{return false;}},isRtf: function() {{return true;}},isSafari: function() {{return true;}},isSun: function() {{return false;}},isWebKit: function() {{return true;}},isWindows: function() {{return false;}}}};
Liferay.Data = Liferay.Data || {{}};
Liferay.Data.ICONS_INLINE_SVG = true;
Liferay.Data.NAV_SELECTOR = '#navigation';
Liferay.Data.NAV_SELECTOR_MOBILE = '#navigationCollapse';
Liferay.Data.isCustomizationView = function() {{return false;}};
Liferay.Data.notices = [];
Liferay.PortletKeys = {{DOCUMENT_LIBRARY: 'com_liferay_document_library_web_portlet_DLPortlet',DYNAMIC_DATA_MAPPING: 'com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet',ITEM_SELECTOR: 'com_liferay_item_selector_web_portlet_ItemSelectorPortlet'}};
Liferay.PropsValues = {{JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0,NTLM_AUTH_ENABLED: false,UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600}};
Liferay.ThemeDisplay = {{getLayoutId: function() {{return '{rng.randrange(10,99)}';}},getLayoutRelativeControlPanelURL: function() {{return '/group/guest/~/control_panel/manage';}},getLayoutRelativeURL: function() {{return '/tin-tuc';}},getLayoutURL: function() {{return '{path}';}},getParentLayoutId: function() {{return '0';}},isControlPanel: function() {{return false;}},isPrivateLayout: function() {{return 'false';}},isVirtualLayout: function() {{return false;}},getBCP47LanguageId: function() {{return 'vi-VN';}},getCanonicalURL: function() {{return '{path}';}},getCDNBaseURL: function() {{return '';}},getCDNDynamicResourcesHost: function() {{return '';}},getCDNHost: function() {{return '';}},getCompanyGroupId: function() {{return '20123';}},getCompanyId: function() {{return '20097';}},getDefaultLanguageId: function() {{return 'vi_VN';}},getDoAsUserIdEncoded: function() {{return '';}},getLanguageId: function() {{return 'vi_VN';}},getParentGroupId: function() {{return '{rng.randrange(30000,99999)}';}},getPathContext: function() {{return '';}},getPathImage: function() {{return '/image';}},getPathJavaScript: function() {{return '/o/frontend-js-web';}},getPathMain: function() {{return '/c';}},getPathThemeImages: function() {{return '/o/vnpt-egov-theme/images';}},getPathThemeRoot: function() {{return '/o/vnpt-egov-theme';}},getPlid: function() {{return '{rng.randrange(100,9999)}';}},getPortalURL: function() {{return '';}},getRealUserId: function() {{return '20101';}},getRemoteAddr: function() {{return '10.0.{rng.randrange(1,254)}.{rng.randrange(1,254)}';}},getRemoteHost: function() {{return '10.0.{rng.randrange(1,254)}.{rng.randrange(1,254)}';}},getScopeGroupId: function() {{return '{rng.randrange(30000,99999)}';}},getScopeGroupIdOrLiveGroupId: function() {{return '{rng.randrange(30000,99999)}';}},getSessionId: function() {{return '';}},getSiteAdminURL: function() {{return '/group/guest/~/control_panel/manage?p_p_lifecycle=0&p_p_state=maximized&p_v_l_s_g_id=0';}},getSiteGroupId: function() {{return '{rng.randrange(30000,99999)}';}},getURLControlPanel: function() {{return '/group/control_panel?refererPlid=1';}},getURLHome: function() {{return '';}},getUserEmailAddress: function() {{return '';}},getUserId: function() {{return '20101';}},getUserName: function() {{return '';}},isAddSessionIdToURL: function() {{return false;}},isImpersonated: function() {{return false;}},isSignedIn: function() {{return false;}},isStagedPortlet: function() {{return false;}},isStateExclusive: function() {{return false;}},isStateMaximized: function() {{return false;}},isStatePopUp: function() {{return false;}}}};
var themeDisplay = Liferay.ThemeDisplay;
Liferay.AUI = {{getAvailableLangPath: function() {{return 'available_languages.jsp?browserId=chrome&themeId=vnptegovtheme_WAR_vnptegovtheme&colorSchemeId=01&minifierType=js&languageId=vi_VN&t={t}';}},getCombine: function() {{return true;}},getComboPath: function() {{return '/combo/?browserId=chrome&minifierType=&languageId=vi_VN&t={t}&';}},getDateFormat: function() {{return '%d/%m/%Y';}},getEditorCKEditorPath: function() {{return '/o/frontend-editor-ckeditor-web';}},getFilter: function() {{var filter = 'raw';filter = 'min';return filter;}},getFilterConfig: function() {{var instance = this;var filterConfig = null;if (!instance.getCombine()) {{filterConfig = {{replaceStr: '.js' + instance.getStaticResourceURLParams(),searchExp: '\\\\.js$'}};}}return filterConfig;}},getJavaScriptRootPath: function() {{return '/o/frontend-js-web';}},getPortletRootPath: function() {{return '/html/portlet';}},getStaticResourceURLParams: function() {{return '?browserId=chrome&minifierType=&languageId=vi_VN&t={t}';}}}};
Liferay.authToken = '{b64(rng, 6)}';
Liferay.currentURL = '\\x2ftin-tuc';
Liferay.currentURLEncoded = '\\x252Ftin-tuc';
// ]]>
</script>
<script data-senna-track="temporary" type="text/javascript">window.__CONFIG__= {{basePath: '',combine: true,defaultURLParams: null,explainResolutions: false,exposeGlobal: false,logLevel: 'warn',moduleType: 'module',namespace:'Liferay',reportMismatchedAnonymousModules: 'warn',resolvePath: '/o/js_resolve_modules',url: '/combo/?browserId=chrome&minifierType=js&languageId=vi_VN&t={t}&',waitTimeout: 60000}};</script>
<script data-senna-track="permanent" src="/o/frontend-js-loader-modules-extender/loader.js?&amp;mac={b64(rng,20)}&amp;browserId=chrome&amp;languageId=vi_VN&amp;minifierType=js" type="text/javascript"></script>
<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=vi_VN&amp;t={t}&amp;{mods}" type="text/javascript"></script>
<script data-senna-track="temporary" type="text/javascript">window.Liferay = Liferay || {{}}; window.Liferay.OAuth2 = {{getAuthorizeURL: function() {{return '/o/oauth2/authorize';}},getBuiltInRedirectURL: function() {{return '/o/oauth2/redirect';}},getIntrospectURL: function() {{ return '/o/oauth2/introspect';}},getTokenURL: function() {{return '/o/oauth2/token';}},getUserAgentApplication: function(externalReferenceCode) {{return Liferay.OAuth2._userAgentApplications[externalReferenceCode];}}}}</script>'''


def liferay7_foot(rng, n):
    out = ['<script type="text/javascript">', "// <![CDATA[", "Liferay.Loader.require('frontend-js-web/index', 'frontend-js-dropdown-support-web/index', function(frontendJsWebIndex, frontendJsDropdownSupportWebIndex) {"]
    for i in range(n):
        pid = rng.choice(["com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_", "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_",
                          "com_liferay_site_navigation_menu_web_portlet_SiteNavigationMenuPortlet_INSTANCE_", "com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_"]) + hexid(rng, 12)
        out.append("Liferay.Portlet.register('%s');Liferay.Portlet.onLoad({canEditTitle: false,columnPos: %d,isStatic: 'end',namespacedId: 'p_p_id_%s_',portletId: '%s',refreshURL: '\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d%d\\x26p_p_id\\x3d%s\\x26p_p_lifecycle\\x3d0\\x26p_t_lifecycle\\x3d0\\x26p_p_state\\x3dnormal\\x26p_p_mode\\x3dview\\x26p_p_col_id\\x3dnull\\x26p_p_col_pos\\x3dnull\\x26p_p_col_count\\x3dnull\\x26p_p_static\\x3d1\\x26p_p_isolated\\x3d1',refreshURLData: {}});"
                   % (pid, i % 4, pid, pid, rng.randrange(100, 9999), pid))
    out += ["});", "// ]]>", "</script>"]
    return "\n".join(out)


def page_w04(a, rng):
    path = a["url"]
    menu = menu_ul(MENU_SO, "navbar-blank navbar-nav navbar-site", "child-menu dropdown-menu", "/web/so-tai-chinh", "lfr-nav-item nav-item", "nav-link text-truncate")
    hl = pick_headlines(rng, 8)
    ds = rand_dates(rng, (2025, 12, 10), (2026, 1, 14), 8)
    rel = "\n".join('<div class="item-news"><a href="/web/so-tai-chinh/tin-tuc/-/asset_publisher/tK8cWq2LmZpR/content/%s">%s</a><span class="date">%s</span></div>' % (slug(h), E(h), fmt_dmhm(t)) for h, t in zip(hl, ds))

    def tbl(rows, e):
        h = ['<table border="1" cellpadding="5" cellspacing="0" style="width:100%; border-collapse:collapse"><tbody>']
        for i, r in enumerate(rows):
            tag = "th" if (i == 0 and len(r) == 3) else "td"
            h.append("<tr>" + "".join('<%s style="text-align:%s">%s</%s>' % (tag, "right" if (j == 2 and i) else "left", e(c), tag) for j, c in enumerate(r)) + "</tr>")
        h.append("</tbody></table>")
        return "\n".join(h)
    body = render_blocks(a["blocks"], {"p": '<p style="text-align: justify;">{}</p>', "tbl": tbl})
    inst = "tK8cWq2LmZpR"
    return f'''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{E(a["title"])} - Tin tức - Sở Tài chính tỉnh Lâm Đồng</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
{liferay7_head(rng, a["title"], path)}
<meta property="og:locale" content="vi_VN">
<meta property="og:site_name" content="Sở Tài chính tỉnh Lâm Đồng">
<meta property="og:title" content="{A(a["title"])} - Sở Tài chính tỉnh Lâm Đồng">
<meta property="og:type" content="website">
<meta property="og:url" content="{A(path)}">
</head>
<body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site">
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill" id="wrapper">
<header id="banner" role="banner">
<div class="header-top"><div class="container"><span class="current-date">Chủ nhật, ngày 22 tháng 11 năm 2026</span><a class="login" href="/c/portal/login">Đăng nhập</a></div></div>
<div class="header-main"><div class="container"><a class="logo" href="/web/so-tai-chinh"><img alt="Sở Tài chính tỉnh Lâm Đồng" src="/o/vnpt-egov-theme/images/logo-stc.png" height="86" /></a><div class="site-title"><p class="site-title-1">ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG</p><p class="site-title-2">SỞ TÀI CHÍNH</p></div>
<form class="search-form" action="/web/so-tai-chinh/tim-kiem" method="get"><input name="q" placeholder="Tìm kiếm..." type="text" /><button type="submit" class="btn"><svg class="lexicon-icon lexicon-icon-search" focusable="false" role="presentation" viewBox="0 0 512 512"><path class="lexicon-icon-outline" d="M503.254 467.861l-133.645-133.645c27.671-35.13 44.344-79.327 44.344-127.415 0-113.784-92.578-206.362-206.362-206.362s-206.362 92.578-206.362 206.362 92.578 206.362 206.362 206.362c47.268 0 90.735-16.146 125.572-42.969l133.851 133.851c5.002 5.002 11.554 7.488 18.106 7.488s13.104-2.486 18.106-7.488c10.004-10.003 10.004-26.209 0.029-36.183zM52.446 206.801c0-85.558 69.616-155.173 155.173-155.173s155.174 69.616 155.174 155.173-69.616 155.173-155.173 155.173-155.174-69.616-155.174-155.173z"></path></svg></button></form>
</div></div>
<nav class="navbar navbar-expand-md" id="navigation" role="navigation"><div class="container">
{menu}
</div></nav>
</header>
<section class="flex-fill" id="content">
<div class="container">
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-static-end portlet-barebone portlet-asset-publisher" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{inst}_">
<span id="p_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{inst}"></span>
<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{inst}">
<div class="portlet-content">
<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">Tin tức</h2></div></div>
<div class=" portlet-content-container">
<div class="portlet-body">
<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title" data-fragments-editor-item-id="{rng.randrange(10000,99999)}-{rng.randrange(10000,99999)}" data-fragments-editor-item-type="fragments-editor-mapped-item">
<div class="news-detail">
<h1 class="title-detail">{E(a["title"])}</h1>
<div class="meta-detail"><span class="date-detail"><i class="fa fa-calendar"></i> Thứ năm, 15/01/2026 - 10:20</span> <span class="sep">|</span> <span class="author-detail">Tác giả: Nguyễn Thị Kim Oanh</span> <span class="sep">|</span> <span class="view-detail">Lượt xem: {rng.randrange(100,900)}</span></div>
<div class="sapo-detail"><strong>{E(a["lead"])}</strong></div>
<div class="journal-content-article " data-analytics-asset-id="{rng.randrange(100000,999999)}" data-analytics-asset-title="{A(a["title"])}" data-analytics-asset-type="web-content">
{body}
</div>
<div class="tool-detail"><a href="javascript:void(0)" onclick="window.print()">In bài</a> <a href="javascript:void(0)" class="zoom-in">A+</a> <a href="javascript:void(0)" class="zoom-out">A-</a> <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={A(path)}" target="_blank">Chia sẻ</a></div>
<div class="file-attach"><h4>Tệp đính kèm</h4><ul><li><a href="/documents/{rng.randrange(30000,99999)}/0/412-QD-UBND.pdf"><svg class="lexicon-icon lexicon-icon-document-pdf" viewBox="0 0 512 512"><path d="M384 0H128C92.7 0 64 28.7 64 64v384c0 35.3 28.7 64 64 64h256c35.3 0 64-28.7 64-64V64c0-35.3-28.7-64-64-64z"></path></svg> 412-QD-UBND.pdf (2,1 MB)</a></li><li><a href="/documents/{rng.randrange(30000,99999)}/0/bieu-mau-cong-khai-2026.xlsx">bieu-mau-cong-khai-2026.xlsx (384 KB)</a></li></ul></div>
</div>
<div class="other-news"><h3 class="title-other">Tin cùng chuyên mục</h3>
{rel}
</div>
</div>
</div>
</div>
</div>
</section>
</div>
</div>
</div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
<section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">Văn bản mới</h2><ul class="doc-list">
{sidebar_docs(rng, 7, (2025, 12, 1), (2026, 1, 14))}
</ul></div></section>
<section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">Công khai ngân sách</h2><ul><li><a href="/web/so-tai-chinh/cong-khai-ngan-sach/du-toan">Dự toán ngân sách</a></li><li><a href="/web/so-tai-chinh/cong-khai-ngan-sach/quyet-toan">Quyết toán ngân sách</a></li><li><a href="/web/so-tai-chinh/cong-khai-ngan-sach/tinh-hinh-thuc-hien">Tình hình thực hiện dự toán</a></li></ul></div></section>
<section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">Liên kết website</h2><select class="form-control" onchange="window.open(this.value)">
{link_options(rng, "Lâm Đồng")}
</select></div></section>
<section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">Thống kê truy cập</h2>{counter_block(rng)}</div></section>
</div>
</div>
</div>
</div>
</div>
</section>
<footer id="footer" role="contentinfo"><div class="container">
{footer_lines("TRANG THÔNG TIN ĐIỆN TỬ SỞ TÀI CHÍNH TỈNH LÂM ĐỒNG", "Số 36 Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng", "0263.3822.313", "stc@lamdong.gov.vn", "Chịu trách nhiệm chính: Giám đốc Sở Tài chính. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.")}
</div></footer>
</div>
</div>
{liferay7_foot(rng, 22)}
<script type="text/javascript">
{js_blob(rng, 30, "egov")}
</script>
</body>
</html>
'''


def page_w05(a, rng):
    vs = b64(rng, 14000)
    mid = 1452
    menu = menu_ul(MENU_SO[:1] + [("Giới thiệu", ["Chức năng, nhiệm vụ", "Cơ cấu tổ chức", "Lãnh đạo Trung tâm"]), ("Tin tức", ["Xúc tiến đầu tư", "Xúc tiến thương mại", "Du lịch"]),
                   ("Môi trường đầu tư", ["Cơ sở hạ tầng", "Khu công nghiệp", "Chính sách ưu đãi"]), ("Dự án kêu gọi đầu tư", []), ("Thủ tục đầu tư", []), ("Liên hệ", [])],
                   "dnnmega-menu", "subLevel", "", "root", "")
    hl = pick_headlines(rng, 10)
    ds = rand_dates(rng, (2026, 4, 10), (2026, 5, 19), 6)
    rel = "\n".join('<li><a href="/tin-tuc/ArtMID/%d/ArticleID/%d/%s">%s</a> <span class="edn_date">%s</span></li>' % (mid, rng.randrange(3000, 3377), slug(h), E(h), fmt_dm(t)) for h, t in zip(hl[:6], ds))
    popular = "\n".join('<li><a href="/tin-tuc/ArtMID/%d/ArticleID/%d/%s">%s</a></li>' % (mid, rng.randrange(2900, 3377), slug(h), E(h)) for h in hl[6:])
    cats = "".join('<li><a href="/tin-tuc/ArtMID/%d/CategoryID/%d/%s">%s</a> <span>(%d)</span></li>' % (mid, 20 + i, slug(c), E(c), rng.randrange(30, 600)) for i, c in enumerate(["Xúc tiến đầu tư", "Xúc tiến thương mại", "Du lịch", "Thông báo", "Hoạt động của Trung tâm"]))
    arch = "".join('<li><a href="/tin-tuc/ArtMID/%d/ArchiveMonth/%d/ArchiveYear/%d">Tháng %d/%d</a> <span>(%d)</span></li>' % (mid, m_, y_, m_, y_, rng.randrange(5, 40)) for (y_, m_) in [(2026, 5), (2026, 4), (2026, 3), (2026, 2), (2026, 1), (2025, 12), (2025, 11), (2025, 10)])

    def img(cap, n):
        return '<div class="edn_mediaContainer"><img alt="" src="/Portals/0/EasyDNNnews/3378/images/trao-cn-%d.jpg" style="width:100%%" /><p class="caption" style="text-align: center;"><em>%s</em></p></div>' % (n, cap)
    body = render_blocks(a["blocks"], {"p": '<p style="text-align: justify;">{}</p>', "img": img})
    return f'''<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>
	{E(a["title"])}
</title><meta id="MetaDescription" name="DESCRIPTION" content="{A(a["lead"][:155])}" /><meta id="MetaKeywords" name="KEYWORDS" content="xúc tiến đầu tư, Bắc Ninh, Hàn Quốc" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=412" type="text/css" rel="stylesheet"/><link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv=412" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/ipabn/skin.css?cdv=412" type="text/css" rel="stylesheet"/><link href="/Portals/0/portal.css?cdv=412" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=412" type="text/javascript"></script><script src="/Resources/libraries/jQuery-Migrate/03_02_00/jquery-migrate.js?cdv=412" type="text/javascript"></script><script src="/Resources/libraries/jQuery-UI/01_12_01/jquery-ui.js?cdv=412" type="text/javascript"></script>
<meta property="og:type" content="article" /><meta property="og:title" content="{A(a["title"])}" /><meta property="og:url" content="{A(a["url"])}" /><meta property="og:image" content="https://ipa.bacninh.gov.vn/Portals/0/EasyDNNnews/3378/images/trao-cn-1.jpg" />
<meta name="viewport" content="width=device-width, initial-scale=1" /></head>
<body id="Body">
<form method="post" action="/tin-tuc/ArtMID/1452/ArticleID/3378/Bac-Ninh-trao-chung-nhan-dau-tu-cho-9-du-an-tai-hoi-nghi-xuc-tien-dau-tu-o-Seoul" id="Form" enctype="multipart/form-data">
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
<script src="/WebResource.axd?d={b64(rng, 60).replace("/", "_").replace("+", "-")}&amp;t=638628063619783110" type="text/javascript"></script>
<script src="/js/dnn.modalpopup.js?cdv=412" type="text/javascript"></script><script src="/DesktopModules/EasyDNNnews/js/jquery.fancybox.min.js?cdv=412" type="text/javascript"></script><script src="/js/dnncore.js?cdv=412" type="text/javascript"></script><script src="/js/dnn.servicesframework.js?cdv=412" type="text/javascript"></script>
<div class="skin-wrapper">
<div class="header-top"><div class="container"><span class="date-today">Chủ nhật, 22-11-2026</span><div class="lang"><a href="/vi-vn">Tiếng Việt</a> | <a href="/en-us">English</a> | <a href="/ko-kr">한국어</a></div><a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="LoginLink" rel="nofollow" onclick="return dnnModal.show('https://ipa.bacninh.gov.vn/Login?returnurl=/tin-tuc&amp;popUp=true',/*showReturn*/true,300,650,true,'')" href="https://ipa.bacninh.gov.vn/Login?returnurl=%2ftin-tuc">Đăng nhập</a></div></div>
<div class="header"><div class="container"><a id="dnn_dnnLOGO_hypLogo" title="Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Bắc Ninh" href="https://ipa.bacninh.gov.vn/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/Images/logo-ipa.png" alt="Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Bắc Ninh" /></a></div></div>
<div class="menu-bar"><div class="container"><div id="dnn_dnnMEGAMENU">
{menu}
</div></div></div>
<div class="container main">
<div class="breadcrumb"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb" itemprop="breadcrumb" itemscope="" itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="https://ipa.bacninh.gov.vn/" class="breadcrumbLink" itemprop="item"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></span> » <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="https://ipa.bacninh.gov.vn/tin-tuc" class="breadcrumbLink" itemprop="item"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="2" /></span></span></span></div>
<div class="row">
<div id="dnn_ContentPane" class="col-md-8 contentPane">
<div class="DnnModule DnnModule-EasyDNNnews DnnModule-{mid}"><a name="{mid}"></a>
<div class="container-content"><div id="dnn_ctr{mid}_ContentPane">
<div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">
<div class="eds_news_module_{mid} news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default eds_templateGroup_articleDetailsDefault eds_styleSwitchCriteria_portalSettings">
<div id="dnn_ctr{mid}_ViewEasyDNNNewsMain_ctl00_pnlViewArticle">
<div class="edn_article edn_clearFix" itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="datePublished" content="2026-05-20T16:45:12+07:00" />
<meta itemprop="dateModified" content="2026-05-21T08:03:40+07:00" />
<h1 class="edn_articleTitle" itemprop="headline">{E(a["title"])}</h1>
<div class="edn_metaDetails"><span class="edn_articleDate"><i class="fa fa-clock-o"></i> 20/05/2026 16:45</span> <span class="edn_articleAuthor">Người đăng: <a href="/tin-tuc/ArtMID/{mid}/AuthorID/7/bientap02">bientap02</a></span> <span class="edn_numberOfViews">Lượt xem: {rng.randrange(200,1500)}</span></div>
<div class="edn_articleSummary" itemprop="description"><p>{E(a["lead"])}</p></div>
<div class="edn_articleContent" itemprop="articleBody">
{body}
<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Yến</strong></p>
</div>
<div class="edn_socialPrintWrapper"><div class="edn_socialWrapper"><a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u={A(a["url"])}" target="_blank">Chia sẻ</a></div><a class="edn_printButton" href="/DesktopModules/EasyDNNNews/PrintArticle.aspx?ArticleID=3378&amp;ModuleID={mid}&amp;TabID=63" target="_blank">In bài</a></div>
<div class="edn_articleTags"><span>Thẻ:</span> <a href="/tin-tuc/ArtMID/{mid}/TagID/41/xuc-tien-dau-tu">xúc tiến đầu tư</a>, <a href="/tin-tuc/ArtMID/{mid}/TagID/58/han-quoc">Hàn Quốc</a>, <a href="/tin-tuc/ArtMID/{mid}/TagID/12/fdi">FDI</a></div>
<div class="edn_relatedArticles"><h3>Bài viết liên quan</h3><ul>
{rel}
</ul></div>
</div>
</div>
</div>
</div></div></div></div>
</div>
<div id="dnn_RightPane" class="col-md-4 rightPane">
<div class="DnnModule"><h2 class="title-module">Danh mục tin</h2><ul class="edn_category_menu">{cats}</ul></div>
<div class="DnnModule"><h2 class="title-module">Xem nhiều</h2><ul>
{popular}
</ul></div>
<div class="DnnModule"><h2 class="title-module">Lưu trữ</h2><ul class="edn_archive">{arch}</ul></div>
<div class="DnnModule"><h2 class="title-module">Liên kết</h2><select onchange="window.open(this.value)">
{link_options(rng, "Bắc Ninh")}
</select></div>
<div class="DnnModule"><h2 class="title-module">Thống kê truy cập</h2>{counter_block(rng, "table")}</div>
</div>
</div>
</div>
<div class="footer"><div class="container">
{footer_lines("TRUNG TÂM XÚC TIẾN ĐẦU TƯ, THƯƠNG MẠI VÀ DU LỊCH TỈNH BẮC NINH", "Số 10 Phù Đổng Thiên Vương, phường Kinh Bắc, tỉnh Bắc Ninh", "0222.3812.456", "ipa@bacninh.gov.vn", "Chịu trách nhiệm nội dung: Giám đốc Trung tâm. Bản quyền © 2026 Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Bắc Ninh.")}
<a id="dnn_dnnPRIVACY_hypPrivacy" class="SkinObject" rel="nofollow" href="https://ipa.bacninh.gov.vn/Privacy">Chính sách bảo mật</a> | <a id="dnn_dnnTERMS_hypTerms" class="SkinObject" rel="nofollow" href="https://ipa.bacninh.gov.vn/Terms">Điều khoản sử dụng</a>
</div></div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`63`}}" />
<input name="__RequestVerificationToken" type="hidden" value="{b64(rng, 80).replace("+", "-").replace("/", "_").rstrip("=")}" />
<script type="text/javascript">
//<![CDATA[
{js_blob(rng, 25, "ednPortal")}
//]]>
</script>
</form>
</body>
</html>
'''


def wp_global_styles(rng):
    cols = ["black", "cyan-bluish-gray", "white", "pale-pink", "vivid-red", "luminous-vivid-orange", "luminous-vivid-amber", "light-green-cyan", "vivid-green-cyan", "pale-cyan-blue", "vivid-cyan-blue", "vivid-purple"]
    css = [":root{"]
    for c in cols:
        css.append("--wp--preset--color--%s: #%s;" % (c, hexid(rng, 6)))
    for g in ["vivid-cyan-blue-to-vivid-purple", "light-green-cyan-to-vivid-green-cyan", "luminous-vivid-amber-to-luminous-vivid-orange", "luminous-vivid-orange-to-vivid-red", "very-light-gray-to-cyan-bluish-gray", "cool-to-warm-spectrum", "blush-light-purple", "blush-bordeaux", "luminous-dusk", "pale-ocean", "electric-grass", "midnight"]:
        css.append("--wp--preset--gradient--%s: linear-gradient(135deg,#%s 0%%,#%s 100%%);" % (g, hexid(rng, 6), hexid(rng, 6)))
    for s, v in [("small", 13), ("medium", 20), ("large", 36), ("x-large", 42)]:
        css.append("--wp--preset--font-size--%s: %dpx;" % (s, v))
    css.append("}")
    for c in cols:
        css.append(".has-%s-color{color: var(--wp--preset--color--%s) !important;}.has-%s-background-color{background-color: var(--wp--preset--color--%s) !important;}.has-%s-border-color{border-color: var(--wp--preset--color--%s) !important;}" % (c, c, c, c, c, c))
    return "".join(css)


WP_EMOJI = '''window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{"concatemoji":"\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.6.2"}};
/*! This file is auto-generated */
!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}function p(e,t,n){e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data),r=(e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(n,0,0),new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data));return t.every(function(e,t){return e===r[t]})}function u(e,t,n){switch(t){case"flag":return n(e,"\\ud83c\\udff3\\ufe0f\\u200d\\u26a7\\ufe0f","\\ud83c\\udff3\\ufe0f\\u200b\\u26a7\\ufe0f")?!1:!n(e,"\\ud83c\\uddfa\\ud83c\\uddf3","\\ud83c\\uddfa\\u200b\\ud83c\\uddf3")&&!n(e,"\\ud83c\\udff4\\udb40\\udc67\\udb40\\udc62\\udb40\\udc65\\udb40\\udc6e\\udb40\\udc67\\udb40\\udc7f","\\ud83c\\udff4\\u200b\\udb40\\udc67\\u200b\\udb40\\udc62\\u200b\\udb40\\udc65\\u200b\\udb40\\udc6e\\u200b\\udb40\\udc67\\u200b\\udb40\\udc7f");case"emoji":return!n(e,"\\ud83d\\udc26\\u200d\\u2b1b","\\ud83d\\udc26\\u200b\\u2b1b")}return!1}function f(e,t,n){var r="undefined"!=typeof WorkerGlobalScope&&self instanceof WorkerGlobalScope?new OffscreenCanvas(300,150):i.createElement("canvas"),a=r.getContext("2d",{willReadFrequently:!0}),o=(a.textBaseline="top",a.font="600 32px Arial",{});return e.forEach(function(e){o[e]=t(a,e,n)}),o}function t(e){var t=i.createElement("script");t.src=e,t.defer=!0,i.head.appendChild(t)}"undefined"!=typeof Promise&&(o="wpEmojiSettingsSupports",s=["flag","emoji"],n.supports={everything:!0,everythingExceptFlag:!0},e=new Promise(function(e){i.addEventListener("DOMContentLoaded",e,{once:!0})}),new Promise(function(t){var n=function(){try{var e=JSON.parse(sessionStorage.getItem(o));if("object"==typeof e&&"number"==typeof e.timestamp&&(new Date).valueOf()<e.timestamp+604800&&"object"==typeof e.supportTests)return e.supportTests}catch(e){}return null}();if(!n){if("undefined"!=typeof Worker&&"undefined"!=typeof OffscreenCanvas&&"undefined"!=typeof URL&&URL.createObjectURL&&"undefined"!=typeof Blob)try{var e="postMessage("+f.toString()+"("+[JSON.stringify(s),u.toString(),p.toString()].join(",")+"));",r=new Blob([e],{type:"text/javascript"}),a=new Worker(URL.createObjectURL(r),{name:"wpTestEmojiSupports"});return void(a.onmessage=function(e){c(n=e.data),a.terminate(),t(n)})}catch(e){}c(n=f(s,u,p))}t(n)}).then(function(e){for(var t in e)n.supports[t]=e[t],n.supports.everything=n.supports.everything&&n.supports[t],"flag"!==t&&(n.supports.everythingExceptFlag=n.supports.everythingExceptFlag&&n.supports[t]);n.supports.everythingExceptFlag=n.supports.everythingExceptFlag&&!n.supports.flag,n.DOMReady=!1,n.readyCallback=function(){n.DOMReady=!0}}).then(function(){return e}).then(function(){var e;n.supports.everything||(n.readyCallback(),(e=n.source||{}).concatemoji?t(e.concatemoji):e.wpemoji&&e.twemoji&&(t(e.twemoji),t(e.wpemoji)))}))}((window,document),window._wpemojiSettings);'''


def page_w06(a, rng):
    pid = 4821
    menu = menu_ul(MENU_SO, "menu", "sub-menu", "", "menu-item menu-item-type-post_type menu-item-object-page", "")
    hl = pick_headlines(rng, 12)
    recent = "\n".join('<li><a href="/2025/08/%02d/%s/">%s</a></li>' % (rng.randrange(1, 28), slug(h), E(h)) for h in hl[:7])
    relp = "\n".join('<div class="related-post"><a href="/2025/%02d/%02d/%s/"><img width="300" height="200" src="/wp-content/uploads/2025/08/rel-%d-300x200.jpg" alt="" loading="lazy" /></a><h4><a href="/2025/08/%02d/%s/">%s</a></h4></div>' % (rng.randrange(7, 9), rng.randrange(1, 28), slug(h), i, rng.randrange(1, 28), slug(h), E(h)) for i, h in enumerate(hl[7:11]))
    body = render_blocks(a["blocks"], {"p": '<p style="text-align: justify;">{}</p>', "ul": ('<ul class="wp-block-list">', "</ul>")})
    return f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{E(a["title"])} &#8211; Sở Giáo dục và Đào tạo tỉnh Tuyên Quang</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//stats.wp.com' />
<link rel="alternate" type="application/rss+xml" title="Sở Giáo dục và Đào tạo tỉnh Tuyên Quang &raquo; Dòng thông tin" href="https://sgddt.tuyenquang.gov.vn/feed/" />
<script>
{WP_EMOJI}
</script>
<style id='wp-emoji-styles-inline-css'>
	img.wp-smiley, img.emoji {{display: inline !important;border: none !important;box-shadow: none !important;height: 1em !important;width: 1em !important;margin: 0 0.07em !important;vertical-align: -0.1em !important;background: none !important;padding: 0 !important;}}
</style>
<link rel='stylesheet' id='wp-block-library-css' href='https://sgddt.tuyenquang.gov.vn/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />
<style id='global-styles-inline-css'>
{wp_global_styles(rng)}
</style>
<link rel='stylesheet' id='newsmag-style-css' href='https://sgddt.tuyenquang.gov.vn/wp-content/themes/sgd-tq/style.css?ver=2.1.4' media='all' />
<script src="https://sgddt.tuyenquang.gov.vn/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="https://sgddt.tuyenquang.gov.vn/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<link rel="https://api.w.org/" href="https://sgddt.tuyenquang.gov.vn/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="https://sgddt.tuyenquang.gov.vn/wp-json/wp/v2/posts/{pid}" />
<link rel="canonical" href="{A(a["url"])}" />
<link rel='shortlink' href='https://sgddt.tuyenquang.gov.vn/?p={pid}' />
<!-- Jetpack Open Graph Tags -->
<meta property="og:type" content="article" />
<meta property="og:title" content="{A(a["title"])}" />
<meta property="og:url" content="{A(a["url"])}" />
<meta property="og:description" content="Chủ tịch UBND tỉnh vừa ban hành Chỉ thị số 18/CT-UBND về thực hiện nhiệm vụ trọng tâm năm học 2025 - 2026. Đây là năm học đầu tiên ngành Giáo dục tỉnh triển khai nhiệm vụ sau khi hợp nhất&hellip;" />
<meta property="article:published_time" content="2025-08-28T02:15:40+00:00" />
<meta property="article:modified_time" content="2025-08-29T01:02:11+00:00" />
<meta property="og:site_name" content="Sở Giáo dục và Đào tạo tỉnh Tuyên Quang" />
<meta property="og:image" content="https://sgddt.tuyenquang.gov.vn/wp-content/uploads/2025/08/chi-thi-nam-hoc.jpg" />
<meta property="og:locale" content="vi_VN" />
<meta name="twitter:text:title" content="{A(a["title"])}" />
<meta name="twitter:card" content="summary_large_image" />
<!-- End Jetpack Open Graph Tags -->
<link rel="icon" href="https://sgddt.tuyenquang.gov.vn/wp-content/uploads/2025/07/cropped-logo-sgd-32x32.png" sizes="32x32" />
</head>
<body class="post-template-default single single-post postid-{pid} single-format-standard wp-custom-logo group-blog">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
<div class="top-header"><div class="container"><span class="top-date">Chủ Nhật, 22 Tháng Mười Một, 2026</span><ul class="top-menu"><li><a href="/lien-he/">Liên hệ</a></li><li><a href="/so-do-website/">Sơ đồ website</a></li><li><a href="https://mail.tuyenquang.gov.vn">Thư điện tử</a></li></ul></div></div>
<header id="masthead" class="site-header">
<div class="container"><div class="site-branding"><a href="https://sgddt.tuyenquang.gov.vn/" class="custom-logo-link" rel="home"><img width="120" height="120" src="https://sgddt.tuyenquang.gov.vn/wp-content/uploads/2025/07/logo-sgd.png" class="custom-logo" alt="Sở Giáo dục và Đào tạo tỉnh Tuyên Quang" decoding="async" /></a><p class="site-title"><a href="https://sgddt.tuyenquang.gov.vn/" rel="home">Sở Giáo dục và Đào tạo tỉnh Tuyên Quang</a></p><p class="site-description">Trang thông tin điện tử</p></div></div>
<nav id="site-navigation" class="main-navigation"><div class="container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button><div class="menu-main-container">
{menu}
</div></div></nav>
</header>
<div id="content" class="site-content"><div class="container"><div class="row">
<div id="primary" class="content-area col-md-8"><main id="main" class="site-main">
<div class="breadcrumbs"><a href="https://sgddt.tuyenquang.gov.vn/">Trang chủ</a> &raquo; <a href="https://sgddt.tuyenquang.gov.vn/category/van-ban-chi-dao/">Văn bản chỉ đạo</a></div>
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-van-ban-chi-dao category-tin-tuc tag-nam-hoc-moi">
<header class="entry-header">
<h1 class="entry-title">{E(a["title"])}</h1>
<div class="entry-meta"><span class="cat-links"><a href="https://sgddt.tuyenquang.gov.vn/category/van-ban-chi-dao/" rel="category tag">Văn bản chỉ đạo</a>, <a href="https://sgddt.tuyenquang.gov.vn/category/tin-tuc/" rel="category tag">Tin tức</a></span></div>
</header>
<div class="post-thumbnail"><img width="800" height="450" src="https://sgddt.tuyenquang.gov.vn/wp-content/uploads/2025/08/chi-thi-nam-hoc.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" /></div>
<div class="entry-content">
{body}
<p style="text-align: right;"><strong>Lương Thu Hà - Văn phòng Sở</strong></p>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="{A(a["url"])}?share=facebook" target="_blank" title="Nhấn để chia sẻ lên Facebook"><span>Facebook</span></a></li><li class="share-print"><a rel="nofollow noopener noreferrer" class="share-print sd-button share-icon" href="{A(a["url"])}#print" target="_blank" title="Nhấn để in"><span>In</span></a></li><li class="share-email"><a rel="nofollow noopener noreferrer" class="share-email sd-button share-icon" href="mailto:?subject=%5BChia%20s%E1%BA%BB%20b%C3%A0i%5D" target="_blank" title="Nhấn để gửi email cho bạn bè"><span>Email</span></a></li><li class="share-end"></li></ul></div></div></div>
</div>
<footer class="entry-footer"><span class="tags-links">Thẻ: <a href="https://sgddt.tuyenquang.gov.vn/tag/nam-hoc-moi/" rel="tag">năm học mới</a>, <a href="https://sgddt.tuyenquang.gov.vn/tag/chi-thi/" rel="tag">chỉ thị</a></span></footer>
</article>
<div class="related-posts"><h3 class="related-title">Bài viết liên quan</h3>
{relp}
</div>
<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links"><div class="nav-previous"><a href="/2025/08/27/{slug(hl[11])}/" rel="prev"><span class="meta-nav">Bài trước</span> {E(hl[11])}</a></div></div></nav>
</main></div>
<aside id="secondary" class="widget-area col-md-4">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://sgddt.tuyenquang.gov.vn/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>
{recent}
</ul></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">Hệ thống thông tin</h2><div class="textwidget"><p><a href="https://csdl.tuyenquang.edu.vn"><img src="/wp-content/uploads/2025/07/bn-csdl.png" alt="Cơ sở dữ liệu ngành" /></a></p><p><a href="https://dichvucong.tuyenquang.gov.vn"><img src="/wp-content/uploads/2025/07/bn-dvc.png" alt="Dịch vụ công" /></a></p><p><a href="https://vnedu.vn"><img src="/wp-content/uploads/2025/07/bn-vnedu.png" alt="vnEdu" /></a></p></div></section>
<section id="custom_html-4" class="widget_text widget widget_custom_html"><h2 class="widget-title">Liên kết website</h2><div class="textwidget custom-html-widget"><select onchange="window.open(this.value)">
{link_options(rng, "Tuyên Quang")}
</select></div></section>
<section id="counter-2" class="widget widget_counter"><h2 class="widget-title">Thống kê truy cập</h2>{counter_block(rng)}</section>
</aside>
</div></div></div>
<footer id="colophon" class="site-footer"><div class="container">
{footer_lines("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG", "Số 12 đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang", "0207.3822.540", "sgddt@tuyenquang.gov.vn", "Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo.")}
<div class="site-info">Vận hành bởi WordPress | Giao diện: SGD-TQ</div>
</div></footer>
</div>
<script id="jetpack-stats-js-before">
_stq = window._stq || [];
_stq.push([ "view", JSON.parse("{{\\"v\\":\\"ext\\",\\"blog\\":\\"{rng.randrange(100000000,299999999)}\\",\\"post\\":\\"{pid}\\",\\"tz\\":\\"7\\",\\"srv\\":\\"sgddt.tuyenquang.gov.vn\\",\\"j\\":\\"1:13.8\\"}}") ]);
_stq.push([ "clickTrackerInit", "{rng.randrange(100000000,299999999)}", "{pid}" ]);
</script>
<script src="https://stats.wp.com/e-202647.js" id="jetpack-stats-js" defer data-wp-strategy="defer"></script>
<script src="https://sgddt.tuyenquang.gov.vn/wp-content/themes/sgd-tq/js/navigation.js?ver=2.1.4" id="sgd-navigation-js"></script>
</body>
</html>
'''


def page_w07(a, rng):
    menu = menu_ul(MENU_SO, "nav menu nav-pills mod-list", "nav-child unstyled small", "/index.php", "item-%d" % rng.randrange(100, 200), "")
    hl = pick_headlines(rng, 10)
    ds = rand_dates(rng, (2025, 9, 15), (2025, 10, 13), 5)
    latest = "\n".join('<li itemscope itemtype="https://schema.org/Article"><a href="/index.php/tin-tuc/hoat-dong-van-hoa/%d-%s" itemprop="url"><span itemprop="name">%s</span></a></li>' % (rng.randrange(3300, 3411), slug(h), E(h)) for h in hl[:5])
    older = "\n".join('<li><a href="/index.php/tin-tuc/hoat-dong-van-hoa/%d-%s">%s</a> <small>(%s)</small></li>' % (rng.randrange(3200, 3411), slug(h), E(h), fmt_dm(t)) for h, t in zip(hl[5:], ds))

    def img(cap, n):
        return '<p style="text-align: center;"><img src="/images/2025/10/lien-hoan-cheo-%d.jpg" alt="lien hoan cheo" width="700" height="466" /></p>\n<p style="text-align: center;"><em>%s</em></p>' % (n, cap)
    body = render_blocks(a["blocks"], {"p": '<p style="text-align: justify;">{}</p>', "pb": '<p style="text-align: justify;"><strong>{}</strong></p>', "img": img}, e=NUM)
    return f'''<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="https://svhttdl.ninhbinh.gov.vn/index.php/tin-tuc/hoat-dong-van-hoa/3412-khai-mac-lien-hoan-cheo-va-ca-tru-tinh-ninh-binh-nam-2025" />
	<meta name="keywords" content="chèo, ca trù, liên hoan, Ninh Bình" />
	<meta name="author" content="Quản trị viên" />
	<meta name="description" content="Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{E(a["title"])}</title>
	<link href="/templates/svh_nb/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/svh_nb/css/template.css?{hexid(rng,32)}" rel="stylesheet" />
	<link href="/media/jui/css/icomoon.css" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js?{hexid(rng,32)}"></script>
	<script src="/media/jui/js/jquery-noconflict.js?{hexid(rng,32)}"></script>
	<script src="/media/jui/js/jquery-migrate.min.js?{hexid(rng,32)}"></script>
	<script src="/media/system/js/caption.js?{hexid(rng,32)}"></script>
	<script src="/media/jui/js/bootstrap.min.js?{hexid(rng,32)}"></script>
	<script>
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});jQuery(function($){{ initTooltips(); $("body").on("subform-row-add", initTooltips); function initTooltips (event, container) {{ container = container || document;$(container).find(".hasTooltip").tooltip({{"html": true,"container": "body"}});}} }});
	</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-{rng.randrange(110,160)}">
<div class="body" id="top"><div class="container">
<div class="header-top"><span class="today">Hôm nay: 22-11-2026</span><div class="moduletable search"><form action="/index.php/tin-tuc/hoat-dong-van-hoa" method="post" class="form-inline" role="search"><label for="mod-search-searchword93" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="101" /></form></div></div>
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><img src="/images/logo/quoc-huy.png" alt="" /><h1 class="site-title">SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH NINH BÌNH</h1></a></div></header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Toggle Navigation</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></a></div><div class="nav-collapse">
{menu}
</div></nav>
<div class="moduletable breadcrumbs-box"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider"> / </span><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/tin-tuc" class="pathway"><span itemprop="name">Tin tức</span></a><span class="divider"> / </span><meta itemprop="position" content="2"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/tin-tuc/hoat-dong-van-hoa" class="pathway"><span itemprop="name">Hoạt động văn hóa</span></a><meta itemprop="position" content="3"></li></ul></div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />
	<div class="page-header">
		<h2 itemprop="headline">{E(a["title"])}</h2>
	</div>
	<div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-3412" aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button><ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-3412"><li class="print-icon"><a href="/index.php/tin-tuc/hoat-dong-van-hoa/3412-khai-mac-lien-hoan-cheo-va-ca-tru-tinh-ninh-binh-nam-2025?tmpl=component&amp;print=1" title="In bài viết &lt; {A(a["title"])} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> In</a></li><li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=svh_nb&amp;link={hexid(rng,40)}" title="Gửi email liên kết này cho bạn bè" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> Email</a></li></ul></div>
	<dl class="article-info muted">
		<dt class="article-info-term">Chi tiết</dt>
		<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">Quản trị viên</span></dd>
		<dd class="category-name">Danh mục: <a href="/index.php/tin-tuc/hoat-dong-van-hoa" itemprop="genre">Hoạt động văn hóa</a></dd>
		<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="2025-10-14T09:05:12+07:00" itemprop="datePublished">Được đăng ngày 14 Tháng 10 2025</time></dd>
		<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{rng.randrange(200,900)}" />Lượt xem: {rng.randrange(200,900)}</dd>
	</dl>
	<div itemprop="articleBody">
{body}
<p style="text-align: right;"><strong>Tác giả: &#272;inh Thu H&#7857;ng</strong></p>
	</div>
	<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="{A(hl[8])}" aria-label="Bài trước: {A(hl[8])}" href="/index.php/tin-tuc/hoat-dong-van-hoa/3411-{slug(hl[8])}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li><li class="next"><a class="hasTooltip" title="{A(hl[9])}" aria-label="Bài tiếp theo: {A(hl[9])}" href="/index.php/tin-tuc/hoat-dong-van-hoa/3413-{slug(hl[9])}" rel="next"><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li></ul>
</div>
<div class="moduletable older-news"><h3>Các tin đã đưa</h3><ul class="category-module">
{older}
</ul></div>
</main>
<div id="aside" class="span3">
<div class="well "><h3 class="page-header">Tin mới nhất</h3><ul class="latestnews">
{latest}
</ul></div>
<div class="well "><h3 class="page-header">Lễ hội - Sự kiện</h3><div class="custom"><p><a href="/index.php/le-hoi/trang-an"><img src="/images/banners/festival-trang-an.jpg" alt="Festival Tràng An" /></a></p><p><a href="/index.php/le-hoi/hoa-lu"><img src="/images/banners/le-hoi-hoa-lu.jpg" alt="Lễ hội Hoa Lư" /></a></p></div></div>
<div class="well "><h3 class="page-header">Liên kết website</h3><select onchange="window.open(this.value)">
{link_options(rng, "Ninh Bình")}
</select></div>
<div class="well "><h3 class="page-header">Thống kê truy cập</h3>{counter_block(rng, "table")}</div>
</div>
</div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container">
{footer_lines("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH NINH BÌNH", "Số 2 đường Lê Đại Hành, phường Hoa Lư, tỉnh Ninh Bình", "0229.3871.268", "svhttdl@ninhbinh.gov.vn", "Chịu trách nhiệm chính: Giám đốc Sở Văn hóa, Thể thao và Du lịch.")}
<p class="pull-right"><a href="#top" id="back-top">Về đầu trang</a></p>
</div></footer>
<script>{js_blob(rng, 20, "svhPortal")}</script>
</body>
</html>
'''


def page_w08(a, rng):
    menu = menu_ul(MENU_SO[:2] + [("Tin tức", ["Xúc tiến đầu tư", "Hoạt động của Ban", "Thông báo"]), ("Khu kinh tế, khu công nghiệp", ["Khu kinh tế Đình Vũ - Cát Hải", "Khu kinh tế ven biển phía Nam", "Các khu công nghiệp"]),
                   ("Thủ tục hành chính", []), ("Văn bản", []), ("Liên hệ", [])], "mod-menu mod-list nav", "mod-menu__sub list-unstyled small", "", "nav-item", "")
    hl = pick_headlines(rng, 12)
    ds = rand_dates(rng, (2026, 1, 5), (2026, 2, 2), 6)
    cat = "\n".join('<li itemscope itemtype="https://schema.org/Article"><a href="/tin-tuc/xuc-tien-dau-tu/%s" itemprop="url"><span itemprop="name">%s</span></a><span class="mod-articles-category-date">%s</span></li>' % (slug(h), E(h), fmt_dm(t)) for h, t in zip(hl[:6], ds))
    pop = "\n".join('<li><a href="/tin-tuc/%s">%s</a></li>' % (slug(h), E(h)) for h in hl[6:11])
    body = render_blocks(a["blocks"], {"p": '<p style="text-align: justify;">{}</p>', "h": "<h3>{}</h3>"})
    opts = json.dumps({"joomla.jtext": {"ERROR": "Lỗi", "MESSAGE": "Thông báo", "NOTICE": "Chú ý", "WARNING": "Cảnh báo", "JCLOSE": "Đóng", "JOK": "OK", "JOPEN": "Mở"},
                       "system.paths": {"root": "", "rootFull": "https://bqlkkt.haiphong.gov.vn/", "base": "", "baseFull": "https://bqlkkt.haiphong.gov.vn/"},
                       "csrf.token": hexid(rng, 32)}, ensure_ascii=False)
    return f'''<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
    <meta charset="utf-8">
	<meta name="author" content="Ban biên tập">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="Ban Quản lý Khu kinh tế Hải Phòng">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>{E(a["title"])} - Ban Quản lý Khu kinh tế Hải Phòng</title>
	<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/system/css/joomla-fontawesome.min.css?{hexid(rng,20)}" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?{hexid(rng,20)}" rel="stylesheet"></noscript>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?{hexid(rng,20)}" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?{hexid(rng,20)}" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia_bqlkkt/css/user.css?{hexid(rng,20)}" rel="stylesheet">
	<style>:root {{--hue: 214;--template-bg-light: #f0f4fb;--template-text-dark: #495057;--template-text-light: #ffffff;--template-link-color: #1a5fb4;--template-special-color: #0b3d91;}}</style>
	<script type="application/json" class="joomla-script-options new">{opts}</script>
	<script src="/media/system/js/core.min.js?{hexid(rng,20)}"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?{hexid(rng,20)}" type="module"></script>
	<script src="/media/vendor/bootstrap/js/collapse.min.js?{hexid(rng,20)}" type="module"></script>
	<script src="/media/system/js/messages.min.js?{hexid(rng,20)}" type="module"></script>
	<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"item":{{"@id":"https://bqlkkt.haiphong.gov.vn/","name":"Trang chủ"}}}},{{"@type":"ListItem","position":2,"item":{{"@id":"https://bqlkkt.haiphong.gov.vn/tin-tuc","name":"Tin tức"}}}},{{"@type":"ListItem","position":3,"item":{{"@id":"https://bqlkkt.haiphong.gov.vn/tin-tuc/xuc-tien-dau-tu","name":"Xúc tiến đầu tư"}}}}]}}</script>
</head>
<body class="site com_content wrapper-static view-article layout-blog no-task itemid-{rng.randrange(120,180)} has-sidebar-right">
	<header class="header container-header full-width">
		<div class="container-topbar"><div class="mod-custom custom banner-overlay"><p><span class="ngay-thang">Chủ nhật, 22/11/2026</span> | Đường dây nóng hỗ trợ nhà đầu tư: <strong>0225.3836.099</strong></p></div></div>
		<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="https://bqlkkt.haiphong.gov.vn/images/logo-bqlkkt.png" alt="Ban Quản lý Khu kinh tế Hải Phòng" width="520" height="90"></a><div class="site-description">Hai Phong Economic Zone Authority</div></div></div>
		<div class="grid-child container-nav"><nav class="navbar navbar-expand-lg" aria-label="Main Menu"><button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Bật/tắt điều hướng"><span class="icon-menu" aria-hidden="true"></span></button><div class="collapse navbar-collapse" id="navbar1">
{menu}
</div></nav>
		<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/tim-kiem" method="get" role="search"><label for="mod-finder-searchword" class="visually-hidden finder">Tìm kiếm</label><div class="mod-finder__search input-group"><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm..."><button class="btn btn-primary" type="submit"><span class="icon-search icon-white" aria-hidden="true"></span> Tìm kiếm</button></div></form></div>
		</div>
	</header>
	<div class="site-grid">
		<div class="grid-child container-component">
			<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__divider float-start"><span class="divider icon-location icon-fw" aria-hidden="true"></span></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Trang chủ</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/tin-tuc" class="pathway"><span>Tin tức</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>Xúc tiến đầu tư</span></li></ol></nav>
			<div id="system-message-container" aria-live="polite"></div>
			<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN">
	<div class="page-header">
		<h1 itemprop="headline">{E(a["title"])}</h1>
	</div>
	<dl class="article-info text-muted">
		<dt class="article-info-term">Chi tiết</dt>
		<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: <a href="/tin-tuc/xuc-tien-dau-tu" itemprop="genre">Xúc tiến đầu tư</a></dd>
		<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2026-02-03T14:20:31+07:00" itemprop="datePublished">Ngày đăng: 03 Tháng 2 2026</time></dd>
		<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2026-02-05T08:02:10+07:00" itemprop="dateModified">Cập nhật lần cuối: 05 Tháng 2 2026</time></dd>
		<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{rng.randrange(200,800)}">Lượt xem: {rng.randrange(200,800)}</dd>
	</dl>
	<figure class="left item-image"><img src="/images/tin-tuc/2026/02/kcn-nam-dinh-vu.jpg" itemprop="image" width="800" height="500" loading="lazy"></figure>
	<div itemprop="articleBody" class="com-content-article__body">
{body}
<p style="text-align: right;"><em>Người viết: Phạm Quang Vinh</em></p>
	</div>
	<ul class="tags list-inline"><li class="list-inline-item tag-12 tag-list0"><a href="/tin-tuc/tags/fdi" class="btn btn-sm btn-info">FDI</a></li><li class="list-inline-item tag-18 tag-list1"><a href="/tin-tuc/tags/khu-cong-nghiep" class="btn btn-sm btn-info">Khu công nghiệp</a></li></ul>
	<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/tin-tuc/xuc-tien-dau-tu/{slug(hl[11])}" rel="prev"><span class="visually-hidden">Bài trước: {E(hl[11])}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></span></nav>
</div>
			</main>
			<div class="main-bottom card"><h3 class="card-header">Tin cùng chuyên mục</h3><div class="card-body"><ul class="mod-articlescategory category-module mod-list">
{cat}
</ul></div></div>
		</div>
		<div class="grid-child container-sidebar-right">
			<div class="sidebar-right card"><h3 class="card-header">Đọc nhiều</h3><div class="card-body"><ul class="mostread mod-list">
{pop}
</ul></div></div>
			<div class="sidebar-right card"><h3 class="card-header">Hỗ trợ nhà đầu tư</h3><div class="card-body"><div class="mod-custom custom"><p><a href="https://dichvucong.haiphong.gov.vn"><img src="/images/banners/dvc.png" alt="Dịch vụ công trực tuyến"></a></p><p><a href="/ho-tro-nha-dau-tu/hoi-dap"><img src="/images/banners/hoi-dap.png" alt="Hỏi đáp"></a></p></div></div></div>
			<div class="sidebar-right card"><h3 class="card-header">Liên kết</h3><div class="card-body"><select class="form-select" onchange="window.open(this.value)">
{link_options(rng, "Hải Phòng")}
</select></div></div>
			<div class="sidebar-right card"><h3 class="card-header">Thống kê</h3><div class="card-body">{counter_block(rng)}</div></div>
		</div>
	</div>
	<footer class="container-footer footer full-width"><div class="grid-child">
{footer_lines("BAN QUẢN LÝ KHU KINH TẾ HẢI PHÒNG", "Số 24 Cù Chính Lan, phường Hồng Bàng, thành phố Hải Phòng", "0225.3836.099", "bqlkkt@haiphong.gov.vn", "Chịu trách nhiệm nội dung: Trưởng Ban Quản lý Khu kinh tế Hải Phòng.")}
	</div></footer>
	<a href="#top" id="back-top" class="back-to-top-link" aria-label="Về đầu trang"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
<script>{js_blob(rng, 16, "kkt")}</script>
</body>
</html>
'''


def page_w09(a, rng):
    menu = menu_ul(MENU_SO[:2] + [("Tin tức - Sự kiện", ["Tin hoạt động", "Phòng chống dịch bệnh", "Khám chữa bệnh", "Dược - Mỹ phẩm", "An toàn thực phẩm"]),
                   ("Văn bản", []), ("Thủ tục hành chính", []), ("Hỏi đáp", []), ("Liên hệ", [])], "nav navbar-nav", "dropdown-menu", "/news", "dropdown", "")
    hl = pick_headlines(rng, 14)
    ds = rand_dates(rng, (2025, 10, 20), (2025, 11, 19), 8)
    older = "\n".join('<li><em class="fa fa-angle-right">&nbsp;</em><a href="/news/tin-tuc-su-kien/%s-%d.html" title="%s">%s</a> <em>(%s)</em></li>' % (slug(h), rng.randrange(2700, 2870), A(h), E(h), fmt_dm(t)) for h, t in zip(hl[:8], ds))
    hot = "\n".join('<li class="clearfix"><a href="/news/tin-tuc-su-kien/%s-%d.html">%s</a></li>' % (slug(h), rng.randrange(2700, 2870), E(h)) for h in hl[8:])
    body = render_blocks(a["blocks"], {"p": '<p style="text-align: justify;">{}</p>'}, e=NFD_E)
    return f'''<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{E(a["title"])} - Sở Y tế Thanh Hóa</title>
<meta name="description" content="{A(a["lead"][:160])}">
<meta name="keywords" content="tiêm chủng, vắc xin sởi, rubella, Thanh Hóa">
<meta name="news_keywords" content="tiêm chủng, vắc xin sởi, rubella, Thanh Hóa">
<meta name="author" content="Sở Y tế Thanh Hóa">
<meta name="copyright" content="Sở Y tế Thanh Hóa [webmaster@soyte.thanhhoa.gov.vn]">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:title" content="{A(a["title"])}">
<meta property="og:type" content="article">
<meta property="og:description" content="{A(a["lead"][:160])}">
<meta property="og:site_name" content="Sở Y tế Thanh Hóa">
<meta property="og:image" content="https://soyte.thanhhoa.gov.vn/uploads/news/2025_11/tiem-soi.jpg">
<meta property="og:url" content="{A(a["url"])}">
<meta property="article:published_time" content="2025-11-20ICT09:41:00">
<meta property="article:modified_time" content="2025-11-20ICT10:02:00">
<meta property="article:section" content="Tin tức - Sự kiện">
<link rel="shortcut icon" href="/uploads/favicon.ico">
<link rel="canonical" href="{A(a["url"])}">
<link rel="alternate" href="/news/rss/" title="Tin tức" type="application/rss+xml">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="/themes/soyte/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="/themes/soyte/css/style.css">
<link rel="StyleSheet" href="/themes/soyte/css/news.css">
<script data-show="inline">(function(){{var a=document.createElement("script");a.src="/assets/js/jquery/jquery.min.js";document.head.appendChild(a)}})();</script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.<br>Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg">
<div class="wraper">
<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8"><a title="Sở Y tế Thanh Hóa" href="/"><img src="/uploads/logo-syt.png" width="300" height="90" alt="Sở Y tế Thanh Hóa"></a><span class="site_name">Sở Y tế Thanh Hóa</span><span class="site_description">Trang thông tin điện tử</span></div><div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span></div></div></div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">
{menu}
</div></div></div></nav>
<section><div class="container" id="body">
<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix"><div class="col-xs-24 col-sm-18 col-md-18"><div class="current-time"><em class="fa fa-clock-o">&nbsp;</em>Chủ nhật, 22/11/2026</div><div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"></ul></div><ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item" title="Trang nhất"><span itemprop="name">Trang nhất</span></a><i class="hidden" itemprop="position" content="1"></i></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/news/" itemprop="item" title="Tin Tức"><span class="txt" itemprop="name">Tin Tức</span></a><i class="hidden" itemprop="position" content="2"></i></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/news/tin-tuc-su-kien/" itemprop="item" title="Tin tức - Sự kiện"><span class="txt" itemprop="name">Tin tức - Sự kiện</span></a><i class="hidden" itemprop="position" content="3"></i></li></ul></div></div></div></div></div></nav>
<div class="row">
<div class="col-md-17">
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
	<div class="panel-body">
		<h1 class="title margin-bottom-lg" itemprop="headline">{E(a["title"])}</h1>
		<div class="row margin-bottom-lg">
			<div class="col-md-12"><span class="h5">Thứ năm - 20/11/2025 09:41</span></div>
			<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/sendmail/tin-tuc-su-kien/2871','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li><li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('/print/tin-tuc-su-kien/2871','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul></div>
		</div>
		<div class="clearfix">
			<figure class="article left pointer" onclick="modalShowByObj('#imghome', 'auto')"><div style="width:200px;"><p class="text-center"><img alt="{A(a["title"])}" src="/assets/news/2025_11/tiem-soi.jpg" width="200" class="img-thumbnail" id="imghome"></p></div></figure>
			<div class="hometext m-bottom" itemprop="description">{NFD_E(a["lead"])}</div>
		</div>
		<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body}
<p style="text-align: right;"><em>Nguồn: CDC Thanh Hóa</em></p>
<p style="text-align: right;"><strong>Hải Yến</strong></p>
		</div>
	</div>
</div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><span itemprop="keywords"><a title="tiêm chủng" href="/news/tag/tiem-chung"><em>tiêm chủng</em></a>, <a title="vắc xin sởi" href="/news/tag/vac-xin-soi"><em>vắc xin sởi</em></a></span></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p><div style="padding: 5px;"><input class="hover-star required" type="radio" value="1" title="Bài viết rất kém"/><input class="hover-star required" type="radio" value="2" title="Bài viết kém"/><input class="hover-star required" type="radio" value="3" title="Bài viết đạt"/><input class="hover-star required" type="radio" value="4" title="Bài viết tốt"/><input class="hover-star required" type="radio" value="5" title="Bài viết rất tốt"/><span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin cũ hơn</strong></p><div class="clearfix"><ul class="detail-related related list-none list-items">
{older}
</ul></div></div></div>
</div>
<div class="col-md-7">
<div class="panel panel-primary"><div class="panel-heading">Tin nổi bật</div><div class="panel-body"><ul class="list-none">
{hot}
</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Văn bản mới</div><div class="panel-body"><ul class="list-none">
{sidebar_docs(rng, 6, (2025, 10, 1), (2025, 11, 19))}
</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thăm dò ý kiến</div><div class="panel-body"><p>Bạn có hài lòng với dịch vụ khám chữa bệnh tại các cơ sở y tế công lập?</p><div class="radio"><label><input type="radio" name="option" value="1"> Hài lòng</label></div><div class="radio"><label><input type="radio" name="option" value="2"> Bình thường</label></div><div class="radio"><label><input type="radio" name="option" value="3"> Không hài lòng</label></div><input class="btn btn-success btn-sm" type="button" value="Bình chọn"> <input class="btn btn-primary btn-sm" value="Kết quả" type="button"></div></div>
<div class="panel panel-primary"><div class="panel-heading">Liên kết website</div><div class="panel-body"><select class="form-control" onchange="window.open(this.value)">
{link_options(rng, "Thanh Hóa")}
</select></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">{counter_block(rng)}</div></div>
</div>
</div>
</div></section>
</div>
<footer id="footer"><div class="wraper"><div class="container">
{footer_lines("TRANG THÔNG TIN ĐIỆN TỬ SỞ Y TẾ THANH HÓA", "Số 101 Nguyễn Trãi, phường Hạc Thành, tỉnh Thanh Hóa", "0237.3852.470", "soyte@thanhhoa.gov.vn", "Chịu trách nhiệm chính: Giám đốc Sở Y tế Thanh Hóa. Ghi rõ nguồn khi phát hành lại thông tin từ website này.")}
<div class="copyright">&copy; Bản quyền thuộc về <a href="https://soyte.thanhhoa.gov.vn">Sở Y tế Thanh Hóa</a>. Mã nguồn <a href="https://nukeviet.vn/" target="_blank">NukeViet CMS</a>.</div>
</div></div></footer>
</div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/DOMPurify/purify3.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/assets/js/site.js"></script>
<script src="/themes/soyte/js/news.js"></script>
<script src="/themes/soyte/js/main.js"></script>
<script>{js_blob(rng, 18, "nv")}</script>
</body>
</html>
'''


def page_w10(a, rng):
    nid = rng.randrange(2000, 4000)
    menu = menu_ul(MENU_SO, "nice-menu nice-menu-down nice-menu-main-menu", "menu", "", "leaf", "")
    hl = pick_headlines(rng, 12)
    ds = rand_dates(rng, (2025, 11, 10), (2025, 12, 8), 6)
    view = "\n".join('<div class="views-row views-row-%d"><div class="views-field views-field-title"><span class="field-content"><a href="/tin-tuc/%s">%s</a></span></div><div class="views-field views-field-created"><span class="field-content">%s</span></div></div>' % (i + 1, slug(h), E(h), fmt_dm(t)) for i, (h, t) in enumerate(zip(hl[:6], ds)))
    pop = "\n".join('<li><a href="/tin-tuc/%s">%s</a></li>' % (slug(h), E(h)) for h in hl[6:11])
    body = render_blocks(a["blocks"], {"p": '<p style="text-align:justify">{}</p>'})
    settings = json.dumps({"basePath": "/", "pathPrefix": "", "ajaxPageState": {"theme": "skhcn", "theme_token": b64(rng, 30).rstrip("="),
                           "js": {k: 1 for k in ["misc/jquery.js", "misc/jquery-extend-3.4.0.js", "misc/jquery-html-prefilter-3.5.0-backport.js", "misc/jquery.once.js", "misc/drupal.js", "sites/all/modules/nice_menus/js/jquery.bgiframe.js", "sites/all/modules/nice_menus/js/jquery.hoverIntent.js", "sites/all/modules/nice_menus/js/superfish.js", "sites/all/modules/nice_menus/js/nice_menus.js", "public://languages/vi_" + hexid(rng, 32) + ".js", "sites/all/modules/fivestar/js/fivestar.js", "sites/all/themes/skhcn/js/script.js"]},
                           "css": {k: 1 for k in ["modules/system/system.base.css", "modules/system/system.menus.css", "modules/system/system.messages.css", "modules/system/system.theme.css", "modules/field/theme/field.css", "modules/node/node.css", "modules/user/user.css", "sites/all/modules/views/css/views.css", "sites/all/modules/ctools/css/ctools.css", "sites/all/modules/nice_menus/css/nice_menus.css", "sites/all/themes/skhcn/css/style.css"]}},
                           "nice_menus_options": {"delay": 800, "speed": "slow"}, "fivestar": {"ajax": True}}).replace("/", "\\/")
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:og="http://ogp.me/ns#"
  xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:sioct="http://rdfs.org/sioc/types#"
  xmlns:skos="http://www.w3.org/2004/02/skos/core#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="https://sokhcn.cantho.gov.vn/sites/default/files/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="generator" content="Drupal 7 (https://www.drupal.org)" />
<link rel="canonical" href="/tin-tuc/nghiem-thu-de-tai-san-xuat-che-pham-vi-sinh-xu-ly-rom-ra-tai-ruong" />
<link rel="shortlink" href="/node/{nid}" />
  <title>{E(a["title"])} | Sở Khoa học và Công nghệ thành phố Cần Thơ</title>
  <style type="text/css" media="all">
@import url("https://sokhcn.cantho.gov.vn/modules/system/system.base.css?t{hexid(rng,5)}");
@import url("https://sokhcn.cantho.gov.vn/modules/system/system.menus.css?t{hexid(rng,5)}");
@import url("https://sokhcn.cantho.gov.vn/modules/system/system.messages.css?t{hexid(rng,5)}");
@import url("https://sokhcn.cantho.gov.vn/modules/system/system.theme.css?t{hexid(rng,5)}");
</style>
<style type="text/css" media="all">
@import url("https://sokhcn.cantho.gov.vn/modules/field/theme/field.css?t{hexid(rng,5)}");
@import url("https://sokhcn.cantho.gov.vn/modules/node/node.css?t{hexid(rng,5)}");
@import url("https://sokhcn.cantho.gov.vn/sites/all/modules/views/css/views.css?t{hexid(rng,5)}");
@import url("https://sokhcn.cantho.gov.vn/sites/all/modules/nice_menus/css/nice_menus.css?t{hexid(rng,5)}");
@import url("https://sokhcn.cantho.gov.vn/sites/all/themes/skhcn/css/style.css?t{hexid(rng,5)}");
</style>
  <script type="text/javascript" src="https://sokhcn.cantho.gov.vn/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="https://sokhcn.cantho.gov.vn/misc/jquery-extend-3.4.0.js?v=1.4.4"></script>
<script type="text/javascript" src="https://sokhcn.cantho.gov.vn/misc/jquery.once.js?v=1.2"></script>
<script type="text/javascript" src="https://sokhcn.cantho.gov.vn/misc/drupal.js?t{hexid(rng,5)}"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {settings});
//--><!]]>
</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-{nid} node-type-article i18n-vi" >
  <div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Nhảy tới nội dung</a></div>
  <div id="page-wrapper"><div id="page">
  <div id="header"><div class="section clearfix">
    <div class="header-date">Chủ nhật, 22/11/2026</div>
    <a href="/" title="Trang chủ" rel="home" id="logo"><img src="https://sokhcn.cantho.gov.vn/sites/all/themes/skhcn/logo.png" alt="Trang chủ" /></a>
    <div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Trang chủ" rel="home"><span>Sở Khoa học và Công nghệ thành phố Cần Thơ</span></a></strong></div></div>
    <div class="region region-header"><div id="block-search-form" class="block block-search"><div class="content"><form action="/tin-tuc/nghiem-thu-de-tai-san-xuat-che-pham-vi-sinh-xu-ly-rom-ra-tai-ruong" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline"><h2 class="element-invisible">Form tìm kiếm</h2><div class="form-item form-type-textfield form-item-search-block-form"><label class="element-invisible" for="edit-search-block-form--2">Tìm kiếm </label><input title="Nhập từ khóa bạn muốn tìm." type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /></div><div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Tìm kiếm" class="form-submit" /></div><input type="hidden" name="form_build_id" value="form-{b64(rng, 32).replace("+", "-").replace("/", "_").rstrip("=")}" /><input type="hidden" name="form_id" value="search_block_form" /></div></div></form></div></div></div>
  </div></div>
  <div id="navigation"><div class="section">
{menu}
  </div></div>
  <div id="breadcrumb"><h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức</a></div></div>
  <div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
    <div id="content" class="column"><div class="section">
      <a id="main-content"></a>
      <h1 class="title" id="page-title">{E(a["title"])}</h1>
      <div class="tabs"></div>
      <div class="region region-content">
  <div id="block-system-main" class="block block-system">
  <div class="content">
  <div id="node-{nid}" class="node node-article node-promoted node-full clearfix" about="/tin-tuc/nghiem-thu-de-tai-san-xuat-che-pham-vi-sinh-xu-ly-rom-ra-tai-ruong" typeof="sioc:Item foaf:Document">
  <span property="dc:title" content="{A(a["title"])}" class="rdf-meta element-hidden"></span><span property="sioc:num_replies" content="0" datatype="xsd:integer" class="rdf-meta element-hidden"></span>
  <div class="meta submitted">
    <span property="dc:date dc:created" content="2025-12-09T10:12:00+07:00" datatype="xsd:dateTime" rel="sioc:has_creator">Gửi bởi <span class="username" xml:lang="" about="/user/14" typeof="sioc:UserAccount" property="foaf:name" datatype="">editor02</span> vào T3, 09/12/2025 - 10:12</span>
  </div>
  <div class="content">
    <div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso" resource="https://sokhcn.cantho.gov.vn/sites/default/files/styles/large/public/field/image/nghiem-thu-de-tai.jpg"><img typeof="foaf:Image" src="https://sokhcn.cantho.gov.vn/sites/default/files/styles/large/public/field/image/nghiem-thu-de-tai.jpg?itok={b64(rng,6)}" width="480" height="320" alt="" /></div></div></div>
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{body}
</div></div></div>
    <div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><div class="field-item even" rel="dc:subject"><a href="/taxonomy/term/31" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">nghiệm thu đề tài</a></div><div class="field-item odd" rel="dc:subject"><a href="/taxonomy/term/47" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">nông nghiệp</a></div></div></div>
    <div class="field field-name-field-rating field-type-fivestar field-label-above"><div class="field-label">Đánh giá:&nbsp;</div><div class="field-items"><div class="field-item even"><div class="clearfix fivestar-average-stars"><div class="fivestar-static-item"><div class="form-item form-type-item"><div class="fivestar-default"><div class="fivestar-widget-static fivestar-widget-static-vote fivestar-widget-static-5 clearfix"><div class="star star-1 star-odd star-first"><span class="off">0</span></div><div class="star star-2 star-even"><span class="off"></span></div><div class="star star-3 star-odd"><span class="off"></span></div><div class="star star-4 star-even"><span class="off"></span></div><div class="star star-5 star-odd star-last"><span class="off"></span></div></div></div><div class="description"><div class="fivestar-summary fivestar-summary-average-count"><span class="empty">Chưa có bình chọn</span></div></div></div></div></div></div></div></div>
  </div>
  <ul class="links inline"><li class="print_html first"><a href="/print/{nid}" title="Hiển thị phiên bản in của trang này." class="print-page" rel="nofollow">Bản in</a></li><li class="statistics_counter last"><span>{rng.randrange(100,900)} lượt xem</span></li></ul>
</div>
</div>
</div>
<div id="block-views-tin-lien-quan-block" class="block block-views"><h2>Tin cùng chuyên mục</h2><div class="content"><div class="view view-tin-lien-quan view-id-tin_lien_quan view-display-id-block"><div class="view-content">
{view}
</div></div></div></div>
      </div>
    </div></div>
    <div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
<div id="block-block-3" class="block block-block"><h2>Dịch vụ công</h2><div class="content"><p><a href="https://dichvucong.cantho.gov.vn"><img src="/sites/default/files/banner/dvc.png" alt="Dịch vụ công trực tuyến" /></a></p></div></div>
<div id="block-statistics-popular" class="block block-statistics"><h2>Tin đọc nhiều</h2><div class="content"><div class="item-list"><ul>
{pop}
</ul></div></div></div>
<div id="block-block-5" class="block block-block"><h2>Liên kết website</h2><div class="content"><select onchange="window.open(this.value)">
{link_options(rng, "Cần Thơ")}
</select></div></div>
<div id="block-block-6" class="block block-block"><h2>Thống kê truy cập</h2><div class="content">{counter_block(rng)}</div></div>
    </div></div></div>
  </div></div>
  <div id="footer"><div class="section"><div class="region region-footer"><div id="block-block-1" class="block block-block"><div class="content">
{footer_lines("SỞ KHOA HỌC VÀ CÔNG NGHỆ THÀNH PHỐ CẦN THƠ", "Số 2 Lý Thường Kiệt, phường Ninh Kiều, thành phố Cần Thơ", "0292.3820.674", "sokhcn@cantho.gov.vn", "Chịu trách nhiệm chính: Giám đốc Sở Khoa học và Công nghệ.")}
  </div></div></div></div></div>
  </div></div>
<script type="text/javascript">{js_blob(rng, 12, "skhcn")}</script>
</body>
</html>
'''


def page_w11(a, rng):
    nid = rng.randrange(1500, 3000)
    menu = menu_ul(MENU_SO[:2] + [("Tin hoạt động", []), ("Quy hoạch - Kiến trúc", []), ("Giao thông vận tải", ["Tổ chức giao thông", "Vận tải", "Đăng kiểm"]), ("Văn bản", []), ("Thủ tục hành chính", []), ("Liên hệ", [])],
                   "menu menu--main nav navbar-nav", "menu", "", "menu-item", "")
    hl = pick_headlines(rng, 10)
    ds = rand_dates(rng, (2026, 3, 20), (2026, 4, 20), 6)
    rel = "\n".join('<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/tin-hoat-dong/%s" hreflang="vi">%s</a></span></div><div class="views-field views-field-field-ngay-dang"><div class="field-content"><time datetime="%04d-%02d-%02dT%02d:%02d:00Z" class="datetime">%s</time></div></div></div>' % (slug(h), E(h), t[0], t[1], t[2], t[3] - 7 if t[3] >= 7 else t[3], t[4], fmt_dm(t)) for h, t in zip(hl[:6], ds))

    def img(cap, n):
        return '<figure role="group" class="caption caption-img align-center"><img src="/sites/default/files/inline-images/hop-bao-diff-%d.jpg" data-entity-uuid="%s-%s-%s-%s-%s" data-entity-type="file" alt="" width="800" height="533" loading="lazy"><figcaption>%s</figcaption></figure>' % (n, hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12), cap)
    body = render_blocks(a["blocks"], {"p": '<p class="text-align-justify">{}</p>', "img": img})
    ds_json = json.dumps({"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": "node/%d" % nid, "currentPathIsAdmin": False, "isFront": False, "currentLanguage": "vi"},
                          "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True, "ajaxPageState": {"libraries": b64(rng, 120).rstrip("="), "theme": "sxd_theme", "theme_token": None},
                          "ajaxTrustedUrl": {"/tim-kiem": True}, "user": {"uid": 0, "permissionsHash": hexid(rng, 64)}}, ensure_ascii=True)
    return f'''<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
  <head>
    <meta charset="utf-8" />
<meta name="description" content="{A(a["lead"][:180])}" />
<link rel="canonical" href="{A(a["url"])}" />
<meta property="og:site_name" content="Sở Xây dựng thành phố Đà Nẵng" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{A(a["url"])}" />
<meta property="og:title" content="Tin hoạt động: {A(a["title"])}" />
<meta property="og:image" content="https://sxd.danang.gov.vn/sites/default/files/inline-images/hop-bao-diff-1.jpg" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/sxd_theme/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" hreflang="vi" href="{A(a["url"])}" />
<link rel="shortlink" href="https://sxd.danang.gov.vn/node/{nid}" />
    <title>{E(a["title"])} | Sở Xây dựng thành phố Đà Nẵng</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_{b64(rng,32).replace("/", "_").replace("+", "-").rstrip("=")}.css?delta=0&amp;language=vi&amp;theme=sxd_theme&amp;include={b64(rng,60).replace("/", "_").replace("+", "-").rstrip("=")}" />
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_{b64(rng,32).replace("/", "_").replace("+", "-").rstrip("=")}.css?delta=1&amp;language=vi&amp;theme=sxd_theme&amp;include={b64(rng,60).replace("/", "_").replace("+", "-").rstrip("=")}" />
  </head>
  <body class="path-node page-node-type-article">
        <a href="#main-content" class="visually-hidden focusable skip-link">Nhảy tới nội dung</a>
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">
  <header role="banner" class="site-header">
    <div class="region region-header-top"><div class="container d-flex justify-content-between"><div class="header-date">CN, 22/11/2026</div><div class="header-links"><a href="/user/login">Đăng nhập</a> | <a href="/en">English</a></div></div></div>
    <div class="region region-header"><div class="container"><div id="block-sxd-theme-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/sxd_theme/logo.svg" alt="Trang chủ" fetchpriority="high" /></a><div class="site-name"><a href="/" rel="home">Sở Xây dựng thành phố Đà Nẵng</a></div></div></div></div>
    <div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-sxd-theme-main-menu-menu" id="block-sxd-theme-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-sxd-theme-main-menu-menu">Điều hướng chính</h2><div class="container">
{menu}
</div></nav></div>
  </header>
  <div class="region region-breadcrumb"><div class="container"><nav role="navigation" aria-labelledby="system-breadcrumb" class="breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Trang chủ</a></li><li><a href="/tin-hoat-dong">Tin hoạt động</a></li></ol></nav></div></div>
  <main role="main" class="container"><a id="main-content" tabindex="-1"></a>
    <div class="row">
    <div class="layout-content col-lg-8">
      <div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-sxd-theme-content" class="block block-system block-system-main-block">
<article data-history-node-id="{nid}" about="/tin-hoat-dong/hop-bao-thong-tin-phuong-an-to-chuc-giao-thong-phuc-vu-le-hoi-phao-hoa-quoc-te-da-nang-2026" class="node node--type-article node--promoted node--view-mode-full">
  <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{E(a["title"])}</span></h1>
  <div class="node__meta"><div class="field field--name-field-ngay-dang field--type-datetime field--label-inline clearfix"><div class="field__label">Ngày đăng</div><div class="field__item"><time datetime="2026-04-21T08:30:00Z" class="datetime">21/04/2026 - 15:30</time></div></div></div>
  <div class="node__content">
    <div class="clearfix text-formatted field field--name-field-tom-tat field--type-text-long field--label-hidden field__item"><p><strong>{E(a["lead"])}</strong></p></div>
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
<p class="text-align-right"><strong>Bài và ảnh: Quốc Bảo</strong></p>
</div>
    <div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Từ khóa</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/88" hreflang="vi">DIFF 2026</a></div><div class="field__item"><a href="/taxonomy/term/21" hreflang="vi">tổ chức giao thông</a></div></div></div>
    <div class="share-tools"><a class="print" href="javascript:window.print()">In</a> <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={A(a["url"])}" target="_blank">Facebook</a> <a class="zalo" href="https://sp.zalo.me/share_inline?d={A(a["url"])}" target="_blank">Zalo</a></div>
  </div>
</article>
</div>
<div class="views-element-container block block-views block-views-blocktin-cung-chuyen-muc-block-1"><h2>Tin cùng chuyên mục</h2><div><div class="view view-tin-cung-chuyen-muc view-id-tin_cung_chuyen_muc view-display-id-block_1"><div class="view-content">
{rel}
</div></div></div></div>
      </div>
    </div>
    <aside class="layout-sidebar-second col-lg-4" role="complementary">
      <div class="region region-sidebar-second">
<div class="block block-block-content"><h2>Dịch vụ công</h2><div class="clearfix text-formatted field field--name-body"><p><a href="https://dichvucong.danang.gov.vn"><img src="/sites/default/files/banner/dvc-dn.png" alt="Dịch vụ công Đà Nẵng"></a></p><p><a href="https://gopy.danang.gov.vn"><img src="/sites/default/files/banner/gop-y.png" alt="Góp ý, phản ánh"></a></p></div></div>
<div class="block block-block-content"><h2>Văn bản mới</h2><ul>
{sidebar_docs(rng, 6, (2026, 3, 1), (2026, 4, 20))}
</ul></div>
<div class="block block-block-content"><h2>Liên kết website</h2><select onchange="window.open(this.value)">
{link_options(rng, "Đà Nẵng")}
</select></div>
<div class="block block-block-content"><h2>Thống kê truy cập</h2>{counter_block(rng)}</div>
      </div>
    </aside>
    </div>
  </main>
  <footer role="contentinfo" class="site-footer"><div class="container">
{footer_lines("SỞ XÂY DỰNG THÀNH PHỐ ĐÀ NẴNG", "Tầng 7, Trung tâm Hành chính, 24 Trần Phú, phường Hải Châu, thành phố Đà Nẵng", "0236.3822.117", "sxd@danang.gov.vn", "Chịu trách nhiệm chính: Giám đốc Sở Xây dựng.")}
  </div></footer>
</div>
  </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{ds_json}</script>
<script src="/sites/default/files/js/js_{b64(rng,32).replace("/", "_").replace("+", "-").rstrip("=")}.js?scope=footer&amp;delta=0&amp;language=vi&amp;theme=sxd_theme&amp;include={b64(rng,60).replace("/", "_").replace("+", "-").rstrip("=")}"></script>
  </body>
</html>
'''


def page_w12(a, rng):
    vs = "dDwtMTI3NjU0MzIxO3Q8" + b64(rng, 7000)
    cats = ["Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản pháp quy", "Thông báo", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Du lịch", "Đầu tư", "Thủ tục hành chính"]
    left = "\n".join('<tr><td class="leftmenu" height="24">&nbsp;<img src="images/bullet.gif" width="7" height="7"> <a href="news.aspx?CatID=%d" class="leftlink">%s</a></td></tr>' % (10 + i, E(c)) for i, c in enumerate(cats))
    hl = pick_headlines(rng, 14)
    ds = rand_dates(rng, (2025, 8, 1), (2025, 9, 2), 10)
    other = "\n".join('<tr><td class="othernews"><img src="images/arrow.gif"> <a href="newsdetail.aspx?ID=%d&amp;CatID=12" class="link_other">%s</a> <font color="#999999" size="1">(%s)</font></td></tr>' % (rng.randrange(20300, 20547), E(h), fmt_dm(t)) for h, t in zip(hl[:10], ds))
    hot = "\n".join('<tr><td class="hotnews"><a href="newsdetail.aspx?ID=%d&amp;CatID=10">%s</a></td></tr>' % (rng.randrange(20300, 20547), E(h)) for h in hl[10:])
    body = render_blocks(a["blocks"], {"p": '<p align="justify"><font face="Times New Roman" size="3">{}</font></p>'})
    topmenu = " | ".join('<a href="%s" class="topmenu">%s</a>' % (u, E(t)) for t, u in [("Trang chủ", "default.aspx"), ("Giới thiệu", "gioithieu.aspx"), ("Tin tức", "news.aspx?CatID=10"), ("Văn bản", "vanban.aspx"), ("Thủ tục hành chính", "tthc.aspx"), ("Hỏi đáp", "hoidap.aspx"), ("Liên hệ", "lienhe.aspx"), ("Sơ đồ site", "sitemap.aspx")])
    page = f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<HTML>
<HEAD>
<title>Cổng thông tin điện tử tỉnh Cao Bằng</title>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<meta content="Microsoft Visual Studio .NET 7.1" name="GENERATOR">
<meta content="C#" name="CODE_LANGUAGE">
<meta content="JavaScript" name="vs_defaultClientScript">
<LINK href="css/style.css" type="text/css" rel="stylesheet">
<script language="javascript" src="js/common.js"></script>
<script language="javascript">
function openPrint(id){{window.open('print.aspx?ID='+id,'print','width=700,height=600,scrollbars=yes');}}
function MM_swapImgRestore(){{var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;}}
function MM_preloadImages(){{var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array(); var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++) if (a[i].indexOf("#")!=0){{ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}}}}}
</script>
</HEAD>
<body leftMargin="0" topMargin="0" marginheight="0" marginwidth="0" onload="MM_preloadImages('images/menu_over.gif')">
<form name="Form1" method="post" action="newsdetail.aspx?ID=20548&amp;CatID=12" id="Form1">
<input type="hidden" name="__VIEWSTATE" value="{vs}" />
<table cellSpacing="0" cellPadding="0" width="1000" align="center" border="0" bgcolor="#ffffff">
<tr><td><img src="images/banner_caobang.jpg" width="1000" height="150" border="0" alt="Cổng thông tin điện tử tỉnh Cao Bằng"></td></tr>
<tr><td background="images/bg_menu.gif" height="30" align="center">{topmenu}</td></tr>
<tr><td height="24" bgcolor="#f2f2f2"><table width="100%" cellpadding="0" cellspacing="0"><tr><td width="50%">&nbsp;<font color="#003399" size="2"><b>Chủ nhật, ngày 22/11/2026</b></font></td><td align="right"><input name="txtSearch" type="text" id="txtSearch" class="textbox" size="25" /> <input type="submit" name="btnSearch" value="Tìm kiếm" id="btnSearch" class="button" />&nbsp;</td></tr></table></td></tr>
<tr><td>
<table cellSpacing="0" cellPadding="0" width="100%" border="0">
<tr>
<td vAlign="top" width="200" bgcolor="#eef3fa">
<table cellSpacing="0" cellPadding="0" width="100%" border="0">
<tr><td class="lefttitle" height="28" background="images/bg_title.gif"><font color="#ffffff"><b>&nbsp;DANH MỤC</b></font></td></tr>
{left}
<tr><td height="10"></td></tr>
<tr><td class="lefttitle" height="28" background="images/bg_title.gif"><font color="#ffffff"><b>&nbsp;LIÊN KẾT WEBSITE</b></font></td></tr>
<tr><td align="center"><select name="ddlLink" onchange="window.open(this.value)" style="width:180px">
{link_options(rng, "Cao Bằng")}
</select></td></tr>
<tr><td height="10"></td></tr>
<tr><td class="lefttitle" height="28" background="images/bg_title.gif"><font color="#ffffff"><b>&nbsp;THỐNG KÊ TRUY CẬP</b></font></td></tr>
<tr><td>{counter_block(rng, "table")}</td></tr>
</table>
</td>
<td width="10"></td>
<td vAlign="top">
<table cellSpacing="0" cellPadding="4" width="100%" border="0">
<tr><td class="path"><a href="default.aspx">Trang chủ</a> &raquo; <a href="news.aspx?CatID=12">Chỉ đạo điều hành</a></td></tr>
<tr><td class="title_detail"><font color="#b40000" size="3" face="Arial"><b>{E(a["title"])}</b></font></td></tr>
<tr><td class="date_detail"><font color="#777777" size="1" face="Arial"><i>Ngày đăng: 03/09/2025</i></font></td></tr>
<tr><td class="content_detail">
{body}
</td></tr>
<tr><td align="right"><font face="Times New Roman" size="3"><b>Văn phòng UBND tỉnh</b></font></td></tr>
<tr><td align="right"><a href="javascript:openPrint(20548)"><img src="images/print.gif" border="0"> In trang</a>&nbsp;&nbsp;<a href="mailto:?subject=Chi thi phong chong thien tai"><img src="images/email.gif" border="0"> Gửi email</a>&nbsp;&nbsp;<a href="javascript:history.back()"><img src="images/back.gif" border="0"> Trở về</a></td></tr>
<tr><td height="25" background="images/bg_title2.gif"><font color="#003399"><b>&nbsp;CÁC TIN KHÁC</b></font></td></tr>
{other}
</table>
</td>
<td width="10"></td>
<td vAlign="top" width="200">
<table cellSpacing="0" cellPadding="3" width="100%" border="0">
<tr><td class="lefttitle" height="28" background="images/bg_title.gif"><font color="#ffffff"><b>&nbsp;TIN NỔI BẬT</b></font></td></tr>
{hot}
<tr><td align="center"><a href="https://dichvucong.caobang.gov.vn"><img src="images/bn_dvc.jpg" width="190" border="0" alt="Dịch vụ công trực tuyến"></a></td></tr>
<tr><td align="center"><a href="https://dichvucong.gov.vn"><img src="images/bn_dvcqg.jpg" width="190" border="0" alt="Cổng Dịch vụ công quốc gia"></a></td></tr>
</table>
</td>
</tr>
</table>
</td></tr>
<tr><td bgcolor="#1a4d8f" align="center" height="80"><font color="#ffffff" size="2">
<b>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CAO BẰNG</b><br>
Cơ quan chủ quản: Ủy ban nhân dân tỉnh Cao Bằng<br>
Địa chỉ: Số 011 Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng - Điện thoại: 0206.3852.222<br>
Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp. Ghi rõ nguồn khi phát hành lại thông tin từ Cổng.
</font></td></tr>
</table>
</form>
</body>
</HTML>
'''
    return enc1258(page)


def bs_navbar(menu, base=""):
    h = ['<ul class="navbar-nav me-auto mb-2 mb-lg-0">']
    for label, kids in menu:
        href = base + ("/" if label == "Trang chủ" else "/" + slug(label))
        if kids:
            h.append('<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="%s" role="button" data-bs-toggle="dropdown" aria-expanded="false">%s</a><ul class="dropdown-menu">' % (href, E(label)))
            h += ['<li><a class="dropdown-item" href="%s/%s">%s</a></li>' % (href, slug(k), E(k)) for k in kids]
            h.append("</ul></li>")
        else:
            h.append('<li class="nav-item"><a class="nav-link" href="%s">%s</a></li>' % (href, E(label)))
    h.append("</ul>")
    return "\n".join(h)


def page_w13(a, rng):
    menu = bs_navbar(MENU_SO[:2] + [("Tin tức", ["Công nghiệp", "Thương mại", "Xúc tiến thương mại", "Quản lý thị trường"]), ("Văn bản", []), ("Thủ tục hành chính", []), ("Giá cả thị trường", []), ("Liên hệ", [])])
    hl = pick_headlines(rng, 12)
    ds = rand_dates(rng, (2026, 5, 5), (2026, 6, 4), 6)
    side = "\n".join('<li class="list-group-item"><a href="/tin-tuc/chi-tiet/%s-%d.html">%s</a><div class="small text-muted"><i class="bi bi-calendar3"></i> %s</div></li>' % (slug(h), rng.randrange(5800, 5911), E(h), fmt_dm(t)) for h, t in zip(hl[:6], ds))
    rel = "\n".join('<div class="col-md-4"><div class="card h-100 border-0"><img src="/uploads/news/thumb/%s.jpg" class="card-img-top" alt=""><div class="card-body px-0"><h6 class="card-title"><a href="/tin-tuc/chi-tiet/%s-%d.html" class="stretched-link">%s</a></h6></div></div></div>' % (hexid(rng, 10), slug(h), rng.randrange(5800, 5911), E(h)) for h in hl[6:9])
    prices = "\n".join('<tr><td>%s</td><td>%s</td><td class="text-end">%s</td></tr>' % (E(n), E(u), f"{rng.randrange(15, 120) * 1000:,}".replace(",", ".")) for n, u in [("Gạo thường", "kg"), ("Gạo thơm Jasmine", "kg"), ("Thịt heo đùi", "kg"), ("Cá tra nguyên con", "kg"), ("Đường thốt nốt", "kg"), ("Xăng RON95-III", "lít")])

    def img(cap, n):
        return '<figure class="figure d-block text-center"><img src="/uploads/news/2026/06/ket-noi-ocop-%d.jpg" class="figure-img img-fluid" alt=""><figcaption class="figure-caption">%s</figcaption></figure>' % (n, cap)
    body = render_blocks(a["blocks"], {"p": "<p>{}</p>", "img": img})
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": a["url"]}, "headline": a["title"],
                     "description": a["lead"], "image": ["https://sct.angiang.gov.vn/uploads/news/2026/06/ket-noi-ocop-1.jpg"],
                     "datePublished": "2026-06-05T07:45:00+07:00", "dateModified": "2026-06-05T15:10:00+07:00",
                     "author": {"@type": "Organization", "name": "Sở Công Thương tỉnh An Giang"},
                     "publisher": {"@type": "Organization", "name": "Sở Công Thương tỉnh An Giang", "logo": {"@type": "ImageObject", "url": "https://sct.angiang.gov.vn/assets/img/logo.png"}}}, ensure_ascii=False, indent=2)
    return f'''<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} | Sở Công Thương An Giang</title>
<meta name="description" content="{A(a["lead"][:170])}">
<meta property="og:title" content="{A(a["title"])}">
<meta property="og:description" content="{A(a["lead"][:170])}">
<meta property="og:image" content="https://sct.angiang.gov.vn/uploads/news/2026/06/ket-noi-ocop-1.jpg">
<meta property="og:type" content="article">
<link rel="canonical" href="{A(a["url"])}">
<link href="/assets/vendor/bootstrap/5.3.3/css/bootstrap.min.css" rel="stylesheet">
<link href="/assets/vendor/bootstrap-icons/1.11.3/bootstrap-icons.min.css" rel="stylesheet">
<link href="/assets/css/app.css?v=3.2.1" rel="stylesheet">
<script type="application/ld+json">
{ld}
</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-{hexid(rng,10).upper()}"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-{hexid(rng,10).upper()}');</script>
</head>
<body class="d-flex flex-column min-vh-100">
<div class="topbar bg-primary text-white small py-1"><div class="container d-flex justify-content-between"><span><i class="bi bi-calendar-event"></i> Chủ Nhật, 22/11/2026</span><span><a class="text-white" href="/lien-he">Liên hệ</a> · <a class="text-white" href="/so-do-trang">Sơ đồ trang</a> · <a class="text-white" href="/dang-nhap">Đăng nhập</a></span></div></div>
<header class="py-3 border-bottom bg-white"><div class="container d-flex align-items-center"><a href="/" class="d-flex align-items-center text-decoration-none"><img src="/assets/img/logo.png" width="72" height="72" alt="Logo"><div class="ms-3"><div class="text-uppercase small text-secondary">Ủy ban nhân dân tỉnh An Giang</div><div class="fs-4 fw-bold text-primary text-uppercase">Sở Công Thương</div></div></a></div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary sticky-top"><div class="container"><button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="mainNav">
{menu}
<form class="d-flex" role="search" action="/tim-kiem"><input class="form-control me-2" type="search" name="q" placeholder="Tìm kiếm" aria-label="Tìm kiếm"><button class="btn btn-light" type="submit"><i class="bi bi-search"></i></button></form>
</div></div></nav>
<main class="container my-4 flex-grow-1">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li><li class="breadcrumb-item active" aria-current="page">Xúc tiến thương mại</li></ol></nav>
<div class="row g-4">
<div class="col-lg-8">
<article class="article-detail">
<h1 class="article-title h3 fw-bold text-primary">{E(a["title"])}</h1>
<div class="article-tools d-flex gap-2 my-2 small"><a href="#" class="btn btn-sm btn-outline-secondary" onclick="changeFont(-1);return false;">A-</a><a href="#" class="btn btn-sm btn-outline-secondary" onclick="changeFont(1);return false;">A+</a><a href="#" class="btn btn-sm btn-outline-secondary" onclick="window.print();return false;"><i class="bi bi-printer"></i> In</a><a href="#" class="btn btn-sm btn-outline-secondary btn-speak" data-target="#articleContent"><i class="bi bi-volume-up"></i> Nghe</a></div>
<div class="article-sapo fw-semibold mb-3">{E(a["lead"])}</div>
<div class="article-content" id="articleContent">
{body}
</div>
<div class="article-author text-end fw-bold">Tin: Minh Khôi - Ảnh: Ngọc Trâm</div>
<div class="article-share mt-3"><span class="me-2">Chia sẻ:</span><a href="https://www.facebook.com/sharer/sharer.php?u={A(a["url"])}" target="_blank" class="btn btn-sm btn-primary"><i class="bi bi-facebook"></i></a> <a href="https://sp.zalo.me/share_inline?d={A(a["url"])}" target="_blank" class="btn btn-sm btn-info text-white">Zalo</a></div>
</article>
<section class="related mt-4"><h2 class="h5 border-bottom pb-2">Tin liên quan</h2><div class="row g-3">
{rel}
</div></section>
</div>
<aside class="col-lg-4">
<div class="card mb-4"><div class="card-header bg-primary text-white fw-bold">Tin mới</div><ul class="list-group list-group-flush">
{side}
</ul></div>
<div class="card mb-4"><div class="card-header bg-primary text-white fw-bold">Giá cả thị trường</div><div class="card-body p-0"><table class="table table-sm table-striped mb-0"><thead><tr><th>Mặt hàng</th><th>ĐVT</th><th class="text-end">Giá (đồng)</th></tr></thead><tbody>
{prices}
</tbody></table></div></div>
<div class="card mb-4"><div class="card-header bg-primary text-white fw-bold">Liên kết</div><div class="card-body"><select class="form-select" onchange="window.open(this.value)">
{link_options(rng, "An Giang")}
</select></div></div>
<div class="card mb-4"><div class="card-header bg-primary text-white fw-bold">Thống kê truy cập</div><div class="card-body">{counter_block(rng)}</div></div>
</aside>
</div>
</main>
<footer class="bg-dark text-light py-4 mt-auto"><div class="container">
{footer_lines("SỞ CÔNG THƯƠNG TỈNH AN GIANG", "Số 5 Lê Triệu Kiết, phường Long Xuyên, tỉnh An Giang", "0296.3852.577", "sct@angiang.gov.vn", "Chịu trách nhiệm chính: Giám đốc Sở Công Thương. Giấy phép số 23/GP-TTĐT.")}
</div></footer>
<script src="/assets/vendor/bootstrap/5.3.3/js/bootstrap.bundle.min.js"></script>
<script src="/assets/js/app.js?v=3.2.1"></script>
<script>{js_blob(rng, 15, "sct")}</script>
</body>
</html>
'''


def js_str(s):
    return json.dumps(s, ensure_ascii=False).replace("</", "<\\/")


def page_w14(a, rng):
    hl = pick_headlines(rng, 14)
    ds = rand_dates(rng, (2025, 6, 20), (2025, 7, 16), 8)
    nav = [("Trang chủ", "/"), ("Chính quyền", "/chinh-quyen"), ("Tin tức", "/tin-tuc"), ("Du lịch - Di sản", "/du-lich"), ("Đầu tư", "/dau-tu"), ("Văn bản", "/van-ban"), ("Dịch vụ công", "https://dichvucong.hue.gov.vn"), ("Liên hệ", "/lien-he")]
    navh = "".join('<li data-v-5a1b2c3d class="nav-item"><a data-v-5a1b2c3d href="%s" class="nav-link%s">%s</a></li>' % (u, " nuxt-link-active" if t == "Tin tức" else "", E(t)) for t, u in nav)
    lst = "\n".join('<li data-v-7f3e9a21 class="news-item"><a data-v-7f3e9a21 href="/tin-tuc/%s-t%d" class="news-link">%s</a><span data-v-7f3e9a21 class="news-time">%s</span></li>' % (slug(h), rng.randrange(23500, 23870), E(h), fmt_dmhm(t)) for h, t in zip(hl[:8], ds))
    most = "\n".join('<li data-v-7f3e9a21><a data-v-7f3e9a21 href="/tin-tuc/%s-t%d">%s</a></li>' % (slug(h), rng.randrange(23500, 23870), E(h)) for h in hl[8:13])

    def img(cap, n):
        return '<figure class="image"><img src="https://cdn.hue.gov.vn/uploads/2025/07/17/dai-noi-%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (n, cap)
    content = render_blocks(a["blocks"], {"p": "<p>{}</p>", "img": img})
    body = content
    payload = ("window.__NUXT__=(function(a,b,c,d,e,f){return {layout:\"default\",data:[{article:{id:23871,slug:%s,title:%s,sapo:%s,content:%s,thumbnail:\"https:\\u002F\\u002Fcdn.hue.gov.vn\\u002Fuploads\\u002F2025\\u002F07\\u002F17\\u002Fdai-noi-1.jpg\",published_at:\"2025-07-17T03:05:00.000Z\",updated_at:\"2025-07-17T04:12:37.000Z\",author:%s,category:{id:4,name:\"Tin tức\",slug:\"tin-tuc\"},view_count:%d,tags:[a,b]},related:[%s]}],fetch:{},error:c,state:{app:{menuOpen:d,fontScale:1},auth:{user:c,loggedIn:d}},serverRendered:e,routePath:\"\\u002Ftin-tuc\\u002Fhue-thi-diem-ve-dien-tu-tai-5-diem-di-tich-khach-chi-can-quet-ma-qr-t23871\",config:{apiBase:\"https:\\u002F\\u002Fapi.hue.gov.vn\",_app:{basePath:\"\\u002F\",assetsPath:\"\\u002F_nuxt\\u002F\",cdnURL:c}}}}(\"di tích\",\"vé điện tử\",null,false,true,\"\"));"
               % (js_str("hue-thi-diem-ve-dien-tu-tai-5-diem-di-tich-khach-chi-can-quet-ma-qr"), js_str(a["title"]), js_str(a["lead"]), js_str(content), js_str(a["author"]), rng.randrange(500, 3000),
                  ",".join("{id:%d,title:%s}" % (rng.randrange(23500, 23870), js_str(h)) for h in hl[:5])))
    css = "".join(".%s[data-v-%s]{%s}" % (rng.choice(["news-item", "nav-link", "detail-title", "detail-meta", "sidebar", "footer", "header", "btn", "card", "banner"]), rng.choice(["5a1b2c3d", "7f3e9a21", "2c9d0e44"]),
                                          ";".join("%s:%s" % (rng.choice(["margin", "padding", "color", "font-size", "line-height", "border-bottom", "display"]), rng.choice(["0 0 12px", "8px 16px", "#1d3f72", "15px", "1.6", "1px solid #e5e5e5", "flex", "block"])) for _ in range(rng.randrange(2, 6)))) for _ in range(160))
    return f'''<!doctype html>
<html lang="vi" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22vi%22%7D%7D">
<head>
<title>Cổng Thông tin điện tử thành phố Huế</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="Cổng Thông tin điện tử thành phố Huế"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link rel="preload" href="/_nuxt/{hexid(rng,20)}.js" as="script"><link rel="preload" href="/_nuxt/{hexid(rng,20)}.js" as="script"><link rel="preload" href="/_nuxt/{hexid(rng,20)}.js" as="script"><link rel="preload" href="/_nuxt/{hexid(rng,20)}.js" as="script"><style data-vue-ssr-id="{hexid(rng,8)}:0 {hexid(rng,8)}:0">{css}</style>
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div data-v-2c9d0e44 class="app">
<header data-v-2c9d0e44 class="header"><div data-v-2c9d0e44 class="header-top"><div data-v-2c9d0e44 class="container"><span data-v-2c9d0e44 class="today">Chủ nhật, 22/11/2026</span><div data-v-2c9d0e44 class="weather">Huế 26°C - Có mây</div></div></div>
<div data-v-2c9d0e44 class="header-main"><div data-v-2c9d0e44 class="container"><a data-v-2c9d0e44 href="/" class="logo nuxt-link-active"><img data-v-2c9d0e44 src="/_nuxt/img/logo-hue.{hexid(rng,7)}.png" alt="Cổng Thông tin điện tử thành phố Huế"></a><div data-v-2c9d0e44 class="slogan">Huế - Kinh đô văn hóa, di sản đặc sắc</div></div></div>
<nav data-v-5a1b2c3d class="main-nav"><div data-v-5a1b2c3d class="container"><ul data-v-5a1b2c3d class="nav">{navh}</ul></div></nav></header>
<main data-v-2c9d0e44 class="container main"><div data-v-7f3e9a21 class="row">
<div data-v-7f3e9a21 class="col-lg-8"><div data-v-7f3e9a21 class="breadcrumb"><a data-v-7f3e9a21 href="/">Trang chủ</a> / <a data-v-7f3e9a21 href="/tin-tuc">Tin tức</a></div>
<article data-v-7f3e9a21 class="detail">
<h1 data-v-7f3e9a21 class="detail-title">{E(a["title"])}</h1>
<div data-v-7f3e9a21 class="detail-meta"><span data-v-7f3e9a21 class="detail-time">10:05 | 17/07/2025</span><span data-v-7f3e9a21 class="detail-author">{E(a["author"])}</span><span data-v-7f3e9a21 class="detail-view">{rng.randrange(500,3000)} lượt xem</span></div>
<div data-v-7f3e9a21 class="detail-sapo">{E(a["lead"])}</div>
<div data-v-7f3e9a21 class="detail-content">{body}</div>
<div data-v-7f3e9a21 class="detail-tags"><a data-v-7f3e9a21 href="/tag/di-tich">di tích</a><a data-v-7f3e9a21 href="/tag/ve-dien-tu">vé điện tử</a></div>
<div data-v-7f3e9a21 class="detail-share"><button data-v-7f3e9a21 type="button" class="btn-share fb">Chia sẻ Facebook</button><button data-v-7f3e9a21 type="button" class="btn-share zalo">Zalo</button><button data-v-7f3e9a21 type="button" class="btn-copy">Sao chép liên kết</button></div>
</article>
<section data-v-7f3e9a21 class="same-cat"><h3 data-v-7f3e9a21 class="box-title">Tin cùng chuyên mục</h3><ul data-v-7f3e9a21 class="news-list">
{lst}
</ul></section></div>
<aside data-v-7f3e9a21 class="col-lg-4 sidebar"><div data-v-7f3e9a21 class="box"><h3 data-v-7f3e9a21 class="box-title">Đọc nhiều</h3><ul data-v-7f3e9a21>
{most}
</ul></div><div data-v-7f3e9a21 class="box"><a data-v-7f3e9a21 href="https://hues.vn"><img data-v-7f3e9a21 src="/_nuxt/img/hue-s.{hexid(rng,7)}.png" alt="Hue-S"></a><a data-v-7f3e9a21 href="https://dichvucong.hue.gov.vn"><img data-v-7f3e9a21 src="/_nuxt/img/dvc.{hexid(rng,7)}.png" alt="Dịch vụ công"></a></div></aside>
</div></main>
<footer data-v-2c9d0e44 class="footer"><div data-v-2c9d0e44 class="container">
{footer_lines("CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HUẾ", "Số 16 Lê Lợi, phường Thuận Hóa, thành phố Huế", "0234.3822.233", "bbt@hue.gov.vn", "Cơ quan chủ quản: UBND thành phố Huế. Giấy phép số 31/GP-TTĐT.")}
</div></footer>
</div></div></div>
<script>{payload}</script><script src="/_nuxt/{hexid(rng,20)}.js" defer></script><script src="/_nuxt/{hexid(rng,20)}.js" defer></script><script src="/_nuxt/{hexid(rng,20)}.js" defer></script><script src="/_nuxt/{hexid(rng,20)}.js" defer></script>
</body>
</html>
'''


def page_w15(a, rng):
    hl = pick_headlines(rng, 14)
    ds = rand_dates(rng, (2026, 8, 20), (2026, 9, 13), 8)
    build = b64(rng, 15).replace("/", "_").replace("+", "-").rstrip("=")
    chunks = "".join('<script src="/_next/static/chunks/%s-%s.js" defer=""></script>' % (rng.choice(["framework", "main", "pages/_app", "webpack", "commons", "pages/w/[slug]", "%d" % rng.randrange(100, 999)]), hexid(rng, 16)) for _ in range(9))
    nav = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), ("Chỉ đạo điều hành", "/chi-dao-dieu-hanh"), ("Văn bản", "/van-ban"), ("Dịch vụ công", "https://dichvucong.hochiminhcity.gov.vn"), ("Đầu tư", "/dau-tu"), ("Du lịch", "/du-lich"), ("Liên hệ", "/lien-he")]
    navh = "".join('<li class="Header_navItem__%s"><a class="Header_navLink__%s" href="%s">%s</a></li>' % (hexid(rng, 5), hexid(rng, 5), u, E(t)) for t, u in nav)
    lst = "".join('<li class="Related_item__%s"><a href="/w/%s">%s</a><time dateTime="%04d-%02d-%02dT%02d:%02d:00+07:00">%s</time></li>' % (hexid(rng, 5), slug(h), E(h), t[0], t[1], t[2], t[3], t[4], fmt_dmhm(t)) for h, t in zip(hl[:8], ds))

    def img(cap, n):
        return '<figure class="Article_figure__%s"><img alt="" loading="lazy" width="860" height="573" decoding="async" src="/_next/image?url=https%%3A%%2F%%2Fmedia.hochiminhcity.gov.vn%%2F2026%%2F09%%2F14%%2Ftdm-%d.jpg&amp;w=1920&amp;q=75"/><figcaption>%s</figcaption></figure>' % (hexid(rng, 5), n, cap)
    content = render_blocks(a["blocks"], {"p": "<p>{}</p>", "img": img})
    nd = {"props": {"pageProps": {"article": {"id": 1987214, "slug": "chu-tich-ubnd-thanh-pho-lam-viec-voi-phuong-thu-dau-mot-ve-chinh-trang-do-thi", "title": a["title"], "summary": a["lead"],
                                               "content": content, "publishedAt": "2026-09-14T11:02:45.000Z", "updatedAt": "2026-09-14T12:40:03.000Z", "author": "Quốc Trung", "category": {"id": 12, "name": "Hoạt động lãnh đạo Thành phố"}},
                                   "related": [{"title": h, "slug": slug(h)} for h in hl[:8]]}, "__N_SSP": True},
          "page": "/w/[slug]", "query": {"slug": "chu-tich-ubnd-thanh-pho-lam-viec-voi-phuong-thu-dau-mot-ve-chinh-trang-do-thi"}, "buildId": build, "isFallback": False, "gssp": True, "scriptLoader": []}
    most = "".join('<li><a href="/w/%s">%s</a></li>' % (slug(h), E(h)) for h in hl[8:14])
    links = "".join('<li><a href="https://%s" target="_blank" rel="noopener">Cổng TTĐT %s</a></li>' % (dom, E(n)) for n, dom in PROVINCES if n != "TP. Hồ Chí Minh")
    nd_json = json.dumps(nd, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f'''<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{E(a["title"])} - Cổng thông tin điện tử Thành phố Hồ Chí Minh</title><meta name="description" content="{A(a["lead"][:170])}"/><meta property="og:title" content="{A(a["title"])}"/><meta property="og:type" content="article"/><meta property="og:image" content="https://media.hochiminhcity.gov.vn/2026/09/14/tdm-1.jpg"/><link rel="canonical" href="{A(a["url"])}"/><meta name="next-head-count" content="8"/><link rel="preload" href="/_next/static/css/{hexid(rng,16)}.css" as="style"/><link rel="stylesheet" href="/_next/static/css/{hexid(rng,16)}.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-{hexid(rng,16)}.js"></script>{chunks}<script src="/_next/static/{build}/_buildManifest.js" defer=""></script><script src="/_next/static/{build}/_ssgManifest.js" defer=""></script></head><body><div id="__next"><div class="Layout_wrapper__{hexid(rng,5)}"><header class="Header_header__{hexid(rng,5)}"><div class="Header_top__{hexid(rng,5)}"><div class="container"><span>Chủ nhật, 22/11/2026</span><span class="Header_hotline__{hexid(rng,5)}">Tổng đài 1022</span></div></div><div class="Header_brand__{hexid(rng,5)}"><div class="container"><a href="/"><img alt="Cổng thông tin điện tử Thành phố Hồ Chí Minh" src="/images/logo-hcm.svg" width="420" height="80"/></a></div></div><nav class="Header_nav__{hexid(rng,5)}"><div class="container"><ul>{navh}</ul></div></nav></header><main class="container Layout_main__{hexid(rng,5)}"><div class="row"><div class="col-lg-8"><nav class="Breadcrumb_bc__{hexid(rng,5)}"><a href="/">Trang chủ</a><span>›</span><a href="/tin-tuc">Tin tức</a><span>›</span><a href="/tin-tuc/hoat-dong-lanh-dao">Hoạt động lãnh đạo Thành phố</a></nav><article class="Article_article__{hexid(rng,5)}"><h1 class="Article_title__{hexid(rng,5)}">{E(a["title"])}</h1><div class="Article_meta__{hexid(rng,5)}"><time dateTime="2026-09-14T18:02:45+07:00">18:02 14/09/2026</time><span class="Article_cat__{hexid(rng,5)}">Hoạt động lãnh đạo Thành phố</span></div><div class="Article_sapo__{hexid(rng,5)}">{E(a["lead"])}</div><div class="Article_content__{hexid(rng,5)}">{content}</div><p class="Article_author__{hexid(rng,5)}">QUỐC TRUNG</p><div class="Article_tools__{hexid(rng,5)}"><button type="button">In bài</button><button type="button">Chia sẻ</button><button type="button">Sao chép liên kết</button></div></article><section class="Related_related__{hexid(rng,5)}"><h2>Tin liên quan</h2><ul>{lst}</ul></section></div><aside class="col-lg-4"><div class="Sidebar_box__{hexid(rng,5)}"><a href="https://dichvucong.hochiminhcity.gov.vn"><img alt="Dịch vụ công trực tuyến" src="/images/bn-dvc.png" width="360" height="120"/></a><a href="https://tiepnhanphananh.hochiminhcity.gov.vn"><img alt="Tiếp nhận phản ánh" src="/images/bn-1022.png" width="360" height="120"/></a></div><div class="Sidebar_box__{hexid(rng,5)}"><h3>Đọc nhiều</h3><ol>{most}</ol></div><div class="Sidebar_box__{hexid(rng,5)}"><h3>Liên kết</h3><ul>{links}</ul></div></aside></div></main><footer class="Footer_footer__{hexid(rng,5)}"><div class="container">{footer_lines("CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HỒ CHÍ MINH", "86 Lê Thánh Tôn, phường Sài Gòn, Thành phố Hồ Chí Minh", "028.3829.6052", "bbt@tphcm.gov.vn", "Cơ quan chủ quản: Ủy ban nhân dân Thành phố Hồ Chí Minh. Giấy phép số 44/GP-TTĐT.")}</div></footer></div></div><script id="__NEXT_DATA__" type="application/json">{nd_json}</script></body></html>
'''


def page_w16(a, rng):
    path = a["url"]
    menu = menu_ul(MENU_TINH, "navbar-blank navbar-nav navbar-site", "child-menu dropdown-menu", "/web/guest", "lfr-nav-item nav-item", "nav-link text-truncate")
    hl = pick_headlines(rng, 12)
    ds = rand_dates(rng, (2025, 8, 10), (2025, 8, 31), 8)
    rel = "\n".join('<li><a href="/tin-tuc-su-kien/-/asset_publisher/vHk2pRmN0sLx/content/%s">%s</a> <span class="date">(%s)</span></li>' % (slug(h), E(h), fmt_dm(t)) for h, t in zip(hl[:8], ds))
    body = render_blocks(a["blocks"], {"p": '<p style="text-align: justify;">{}</p>'})
    t1, t2 = a["title_lines"]
    inst = "vHk2pRmN0sLx"
    return f'''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>Tin tức sự kiện - Cổng thông tin điện tử tỉnh Lào Cai</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
{liferay7_head(rng, a["title"], path)}
<meta property="og:title" content="{A(a["title"])}">
<meta property="og:site_name" content="Cổng thông tin điện tử tỉnh Lào Cai">
</head>
<body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site">
<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper">
<header id="banner" role="banner">
<div class="header-top"><div class="container"><span class="today">Chủ nhật, 22/11/2026</span><span class="weather">Lào Cai: 19°C, nhiều mây</span><a href="/web/guest/so-do-cong">Sơ đồ cổng</a> <a href="/c/portal/login">Đăng nhập</a></div></div>
<div class="banner-main"><div class="container"><a class="logo" href="/"><img alt="Cổng thông tin điện tử tỉnh Lào Cai" src="/o/laocai-theme/images/banner-laocai-2025.png" /></a></div></div>
<nav class="navbar navbar-expand-md" id="navigation" role="navigation"><div class="container">
{menu}
</div></nav>
</header>
<section class="flex-fill" id="content"><div class="container">
<div class="breadcrumb-wrap"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/"><span class="breadcrumb-text-truncate">Trang chủ</span></a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="/tin-tuc-su-kien"><span class="breadcrumb-text-truncate">Tin tức sự kiện</span></a></li><li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">Chính trị</span></li></ol></div>
<div class="row">
<div class="col-md-8" id="column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-static-end portlet-barebone portlet-asset-publisher" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{inst}_">
<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{inst}"><div class="portlet-content"><div class=" portlet-content-container"><div class="portlet-body">
<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title">
<div class="detail-news">
<h2 class="title-news">{E(t1)}<br>{E(t2)}</h2>
<div class="sapo-news"><p>{E(a["lead"])}</p></div>
<div class="journal-content-article " data-analytics-asset-id="{rng.randrange(100000,999999)}" data-analytics-asset-title="{A(a["title"])}" data-analytics-asset-type="web-content">
{body}
</div>
<div class="date-news">Ngày đăng: 01/09/2025 16:10</div>
<div class="view-news">Lượt xem: {rng.randrange(800,5000)}</div>
<div class="tool-news"><a href="javascript:window.print()">In bài viết</a> | <a href="mailto:?subject=Dien%20van">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></div>
</div>
<div class="other-news"><h3>Các tin khác</h3><ul>
{rel}
</ul></div>
</div>
</div></div></div></section>
</div>
</div>
<div class="col-md-4" id="column-2">
<section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">Chuyên trang</h2><div class="banner-list"><a href="/web/guest/dai-hoi-dang-bo-tinh"><img alt="Đại hội Đảng bộ tỉnh lần thứ I" src="/documents/20126/0/bn-daihoi.png" /></a><a href="/web/guest/80-nam-quoc-khanh"><img alt="80 năm Quốc khánh" src="/documents/20126/0/bn-80nam.png" /></a><a href="https://dichvucong.laocai.gov.vn"><img alt="Dịch vụ công" src="/documents/20126/0/bn-dvc.png" /></a></div></div></section>
<section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">Văn bản chỉ đạo điều hành</h2><ul>
{sidebar_docs(rng, 7, (2025, 7, 15), (2025, 8, 31))}
</ul></div></section>
<section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">Liên kết website</h2><select class="form-control" onchange="window.open(this.value)">
{link_options(rng, "Lào Cai")}
</select></div></section>
<section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">Thống kê truy cập</h2>{counter_block(rng)}</div></section>
</div>
</div>
</div></section>
<footer id="footer" role="contentinfo"><div class="container">
{footer_lines("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI", "Đại lộ Trần Hưng Đạo, phường Cam Đường, tỉnh Lào Cai", "0214.3840.888", "bbt@laocai.gov.vn", "Cơ quan chủ quản: UBND tỉnh Lào Cai. Giấy phép số 15/GP-TTĐT. Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh.")}
</div></footer>
</div></div>
{liferay7_foot(rng, 18)}
</body>
</html>
'''


def page_w17(a, rng):
    vs = b64(rng, 64000)
    ev = b64(rng, 1400)
    menu_items = MENU_SO[:2] + [("Tin tức - Sự kiện", ["Tin hoạt động", "Tổ chức bộ máy", "Công chức, viên chức", "Thi đua, khen thưởng", "Tôn giáo", "Văn thư, lưu trữ"]),
                                ("Văn bản", ["Văn bản của Sở", "Văn bản của UBND tỉnh", "Văn bản Trung ương"]), ("Thủ tục hành chính", []), ("Cải cách hành chính", ["Kế hoạch CCHC", "Chỉ số CCHC", "Kết quả CCHC"]), ("Hỏi đáp", []), ("Liên hệ", [])]
    menu1 = menu_ul(menu_items, "rmRootGroup rmHorizontal", "rmVertical rmGroup rmLevel1", "/Default.aspx?tabid=89", "rmItem", "rmLink")
    menu2 = menu_ul(menu_items, "mobile-menu-list", "mobile-sub", "/Default.aspx?tabid=89", "", "")
    hl = pick_headlines(rng, 20)
    ds = rand_dates(rng, (2026, 5, 20), (2026, 6, 25), 10)
    rel = "\n".join('<li><a id="ctl00_ContentPlaceHolder1_rptTinKhac_ctl%02d_lnkTin" href="/Default.aspx?tabid=89&amp;ItemID=%d">%s</a> <span class="ngay">(%s)</span></li>' % (i, rng.randrange(6400, 6620), E(h), fmt_dm(t)) for i, (h, t) in enumerate(zip(hl[:10], ds)))
    hot = "\n".join('<li><a href="/Default.aspx?tabid=89&amp;ItemID=%d">%s</a></li>' % (rng.randrange(6400, 6620), E(h)) for h in hl[10:18])
    sprite = "".join('<symbol id="i-%s" viewBox="0 0 24 24"><path d="%s"/></symbol>' % (n, " ".join("%s%.2f %.2f" % ("L" if j % 3 else "M", rng.uniform(0, 24), rng.uniform(0, 24)) for j in range(rng.randrange(80, 200))))
                     for n in ["home", "search", "phone", "mail", "print", "fb", "yt", "zalo", "doc", "pdf", "down", "eye", "clock", "user", "menu", "close", "up", "right"])
    telerik = "\n".join('<script src="/Telerik.Web.UI.WebResource.axd?_TSM_HiddenField_=ctl00_RadScriptManager1_TSM&amp;compress=1&amp;_TSM_CombinedScripts_=%s" type="text/javascript"></script>' % b64(rng, 120).replace("+", "%2b").replace("/", "%2f").replace("=", "%3d") for _ in range(4))
    lich = "\n".join('<tr><td>%s</td><td>%s</td></tr>' % (d_, E(rng.choice(["Giám đốc Sở làm việc tại cơ quan", "Họp Ban Giám đốc Sở", "Dự họp UBND tỉnh thường kỳ", "Kiểm tra công tác nội vụ tại xã Ia Grai", "Làm việc với Ban Tôn giáo về công tác quản lý nhà nước", "Dự Hội nghị trực tuyến của Bộ Nội vụ"])))
                     for d_ in ["Thứ hai 22/6", "Thứ ba 23/6", "Thứ tư 24/6", "Thứ năm 25/6", "Thứ sáu 26/6"])
    body = render_blocks(a["blocks"], {"p": '<p style="text-align: justify;">{}</p>', "h": '<p style="text-align: justify;"><b>{}</b></p>'})
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>
	Sở Nội vụ tỉnh Gia Lai - {E(a["title"])}
</title><link href="/App_Themes/SNV/css/bootstrap.min.css" rel="stylesheet" type="text/css" /><link href="/App_Themes/SNV/css/style.css?v=5.1" rel="stylesheet" type="text/css" /><link href="/App_Themes/SNV/css/responsive.css?v=5.1" rel="stylesheet" type="text/css" /><link href="/WebResource.axd?d={b64(rng,50).replace("/", "_").replace("+", "-")}&amp;t=638470209520000000" type="text/css" rel="stylesheet" class="Telerik_stylesheet" /><meta name="description" content="{A(a["lead"][:160])}" /><meta name="keywords" content="Sở Nội vụ, Gia Lai, đánh giá cán bộ" /></head>
<body>
<svg xmlns="http://www.w3.org/2000/svg" style="position:absolute;width:0;height:0;overflow:hidden">{sprite}</svg>
<form name="aspnetForm" method="post" action="./Default.aspx?tabid=89&amp;ItemID=6621" id="aspnetForm">
<div>
<input type="hidden" name="ctl00_RadScriptManager1_TSM" id="ctl00_RadScriptManager1_TSM" value="" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTgzNzU1NjU2Mw9kFgJmD2QWAgIDD2QW{vs}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d={b64(rng,60).replace("/", "_").replace("+", "-")}&amp;t=638470209520000000" type="text/javascript"></script>
{telerik}
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$RadScriptManager1', 'aspnetForm', ['tctl00$ContentPlaceHolder1$upRating','ctl00_ContentPlaceHolder1_upRating'], [], [], 90, 'ctl00');
//]]>
</script>
<div class="wrapper">
<div class="header-top"><div class="container"><div class="row"><div class="col-md-6"><span id="ctl00_lblNgay" class="ngay-hien-tai"><svg class="ic"><use xlink:href="#i-clock"></use></svg> Chủ nhật, ngày 22 tháng 11 năm 2026</span></div><div class="col-md-6 text-right"><a href="/Default.aspx?tabid=120"><svg class="ic"><use xlink:href="#i-phone"></use></svg> Liên hệ</a> <a href="/Default.aspx?tabid=121">Sơ đồ site</a> <a href="/Login.aspx">Đăng nhập</a></div></div></div></div>
<div class="header"><div class="container"><a href="/"><img src="/App_Themes/SNV/images/banner-snv-gialai.png" alt="Sở Nội vụ tỉnh Gia Lai" class="img-responsive" /></a></div></div>
<div class="menu-top hidden-xs"><div class="container"><div id="ctl00_RadMenu1" class="RadMenu RadMenu_SNV">
{menu1}
</div></div></div>
<div class="menu-mobile visible-xs"><a href="javascript:void(0)" class="btn-menu"><svg class="ic"><use xlink:href="#i-menu"></use></svg> Danh mục</a>
{menu2}
</div>
<div class="container main-content">
<div class="breadcrumb"><a href="/">Trang chủ</a> <svg class="ic"><use xlink:href="#i-right"></use></svg> <a href="/Default.aspx?tabid=88">Tin tức - Sự kiện</a> <svg class="ic"><use xlink:href="#i-right"></use></svg> <a href="/Default.aspx?tabid=89">Công chức, viên chức</a></div>
<div class="row">
<div class="col-md-9">
<div id="ctl00_ContentPlaceHolder1_pnlChiTiet" class="chitiet-tin">
<h3 class="tieude-tin"><span id="ctl00_ContentPlaceHolder1_lblTieuDe">{E(a["title"])}</span></h3>
<div class="thongtin-tin"><span id="ctl00_ContentPlaceHolder1_lblNgayDang" class="ngaydang">Thứ sáu, 26/06/2026 08:15</span> <span class="luotxem">Lượt xem: <span id="ctl00_ContentPlaceHolder1_lblLuotXem">{rng.randrange(300,2000)}</span></span>
<span class="congcu"><a href="javascript:void(0)" onclick="zoomText(1)">A+</a> <a href="javascript:void(0)" onclick="zoomText(-1)">A-</a> <a href="javascript:window.print()"><svg class="ic"><use xlink:href="#i-print"></use></svg></a> <a href="mailto:?subject=Tin%20So%20Noi%20vu"><svg class="ic"><use xlink:href="#i-mail"></use></svg></a></span></div>
<div class="tomtat-tin"><span id="ctl00_ContentPlaceHolder1_lblTomTat"><b>{E(a["lead"])}</b></span></div>
<div id="ctl00_ContentPlaceHolder1_divNoiDung" class="noidung-tin">
{body}
</div>
<div class="tacgia-tin">Tác giả: Hồng Nhung - Văn phòng Sở</div>
<div class="vanban-dinhkem"><h4>Văn bản đính kèm</h4>
<table class="table table-bordered">
<tr><td class="lbl">Số ký hiệu</td><td>1187/QĐ-UBND</td></tr>
<tr><td class="lbl">Ngày ban hành</td><td>24/06/2026</td></tr>
<tr><td class="lbl">Người ký</td><td>Chủ tịch UBND tỉnh</td></tr>
<tr><td class="lbl">Tệp tin</td><td><a href="/Uploads/VanBan/2026/1187-QD-UBND.pdf"><svg class="ic"><use xlink:href="#i-pdf"></use></svg> 1187-QD-UBND.pdf</a> (1,4 MB) - <span>{rng.randrange(20,300)} lượt tải</span></td></tr>
</table></div>
<div id="ctl00_ContentPlaceHolder1_upRating"><div class="danhgia">Đánh giá bài viết: <input type="image" name="ctl00$ContentPlaceHolder1$imgStar1" src="/App_Themes/SNV/images/star0.png" /><input type="image" name="ctl00$ContentPlaceHolder1$imgStar2" src="/App_Themes/SNV/images/star0.png" /><input type="image" name="ctl00$ContentPlaceHolder1$imgStar3" src="/App_Themes/SNV/images/star0.png" /><input type="image" name="ctl00$ContentPlaceHolder1$imgStar4" src="/App_Themes/SNV/images/star0.png" /><input type="image" name="ctl00$ContentPlaceHolder1$imgStar5" src="/App_Themes/SNV/images/star0.png" /></div></div>
<div class="binhluan"><h4>Ý kiến bạn đọc</h4><div class="form-group"><input name="ctl00$ContentPlaceHolder1$txtHoTen" type="text" class="form-control" placeholder="Họ và tên" /></div><div class="form-group"><input name="ctl00$ContentPlaceHolder1$txtEmail" type="text" class="form-control" placeholder="Email" /></div><div class="form-group"><textarea name="ctl00$ContentPlaceHolder1$txtNoiDung" rows="4" class="form-control" placeholder="Nội dung ý kiến"></textarea></div><input type="submit" name="ctl00$ContentPlaceHolder1$btnGui" value="Gửi ý kiến" class="btn btn-primary" /></div>
</div>
<div class="tin-khac"><h4 class="tieude-khoi">Các tin khác</h4><ul>
{rel}
</ul></div>
</div>
<div class="col-md-3 sidebar">
<div class="khoi"><h4 class="tieude-khoi">Tin nổi bật</h4><ul>
{hot}
</ul></div>
<div class="khoi"><h4 class="tieude-khoi">Lịch công tác</h4><table class="table table-condensed">
{lich}
</table></div>
<div class="khoi"><h4 class="tieude-khoi">Văn bản mới</h4><ul>
{sidebar_docs(rng, 8, (2026, 5, 1), (2026, 6, 25))}
</ul></div>
<div class="khoi"><h4 class="tieude-khoi">Liên kết website</h4><select onchange="window.open(this.value)" class="form-control">
{link_options(rng, "Gia Lai")}
</select></div>
<div class="khoi"><h4 class="tieude-khoi">Thống kê truy cập</h4>{counter_block(rng)}</div>
</div>
</div>
</div>
<div class="footer"><div class="container">
{footer_lines("SỞ NỘI VỤ TỈNH GIA LAI", "Số 9 Trần Hưng Đạo, phường Quy Nhơn, tỉnh Gia Lai", "0256.3822.458", "sonoivu@gialai.gov.vn", "Chịu trách nhiệm chính: Giám đốc Sở Nội vụ. Thiết kế bởi Trung tâm Công nghệ thông tin.")}
</div></div>
</div>
<div>
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAA{ev}" />
</div>
<script type="text/javascript">
//<![CDATA[
Sys.Application.add_init(function() {{
    $create(Telerik.Web.UI.RadMenu, {{"_childListElementCssClass":null,"_skin":"SNV","clientStateFieldID":"ctl00_RadMenu1_ClientState","collapseAnimation":"{{\\"duration\\":450}}","expandAnimation":"{{\\"duration\\":450}}","itemData":[{{"navigateUrl":"/"}},{{"navigateUrl":"/Default.aspx?tabid=70"}},{{"navigateUrl":"/Default.aspx?tabid=88"}},{{"navigateUrl":"/Default.aspx?tabid=95"}},{{"navigateUrl":"/Default.aspx?tabid=101"}},{{"navigateUrl":"/Default.aspx?tabid=110"}},{{"navigateUrl":"/Default.aspx?tabid=115"}},{{"navigateUrl":"/Default.aspx?tabid=120"}}]}}, null, null, $get("ctl00_RadMenu1"));
}});
{js_blob(rng, 80, "snv")}
//]]>
</script>
</form>
</body>
</html>
'''


def page_w18(a, rng):
    pid = 2317
    menu = menu_ul([("Trang chủ", []), ("Giới thiệu", ["Chức năng, nhiệm vụ", "Cơ cấu tổ chức", "Quy trình phục vụ"]), ("Tin tức", ["Tin hoạt động", "Thông báo"]),
                    ("Thủ tục hành chính", ["Cấp tỉnh", "Cấp xã", "Liên thông"]), ("Tra cứu hồ sơ", []), ("Đánh giá sự hài lòng", []), ("Hỏi đáp", []), ("Liên hệ", [])],
                   "menu nav-menu", "sub-menu", "", "menu-item menu-item-type-taxonomy menu-item-object-category", "")
    hl = pick_headlines(rng, 10)
    ds = rand_dates(rng, (2025, 9, 20), (2025, 10, 21), 5)
    recent = "\n".join('<li><a href="/tin-tuc/%s/">%s</a><span class="post-date">%s</span></li>' % (slug(h), E(h), fmt_dm(t)) for h, t in zip(hl[:5], ds))
    body = render_blocks(a["blocks"], {"p": "<p>{}</p>"})
    yoast = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": a["url"] + "#article", "isPartOf": {"@id": a["url"]}, "author": {"name": "admin_pvhcc", "@id": "https://dichvucong.vinhlong.gov.vn/#/schema/person/%s" % hexid(rng, 32)},
         "headline": a["title"], "datePublished": "2025-10-22T01:30:25+00:00", "dateModified": "2025-10-22T02:11:48+00:00", "mainEntityOfPage": {"@id": a["url"]}, "wordCount": 312,
         "publisher": {"@id": "https://dichvucong.vinhlong.gov.vn/#organization"}, "articleSection": ["Thông báo", "Tin tức"], "inLanguage": "vi"},
        {"@type": "WebPage", "@id": a["url"], "url": a["url"], "name": a["title"] + " - Trung tâm Phục vụ hành chính công tỉnh Vĩnh Long", "isPartOf": {"@id": "https://dichvucong.vinhlong.gov.vn/#website"},
         "datePublished": "2025-10-22T01:30:25+00:00", "dateModified": "2025-10-22T02:11:48+00:00", "breadcrumb": {"@id": a["url"] + "#breadcrumb"}, "inLanguage": "vi"},
        {"@type": "BreadcrumbList", "@id": a["url"] + "#breadcrumb", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": "https://dichvucong.vinhlong.gov.vn/"}, {"@type": "ListItem", "position": 2, "name": a["title"]}]},
        {"@type": "WebSite", "@id": "https://dichvucong.vinhlong.gov.vn/#website", "url": "https://dichvucong.vinhlong.gov.vn/", "name": "Trung tâm Phục vụ hành chính công tỉnh Vĩnh Long", "inLanguage": "vi"},
        {"@type": "Person", "@id": "https://dichvucong.vinhlong.gov.vn/#/schema/person/%s" % hexid(rng, 32), "name": "admin_pvhcc"}]}, ensure_ascii=False)
    return f'''<!DOCTYPE html>
<html lang="vi">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
	<!-- This site is optimized with the Yoast SEO plugin v23.5 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{E(a["title"])} - Trung tâm Phục vụ hành chính công tỉnh Vĩnh Long</title>
	<link rel="canonical" href="{A(a["url"])}" />
	<meta property="og:locale" content="vi_VN" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{A(a["title"])} - Trung tâm Phục vụ hành chính công tỉnh Vĩnh Long" />
	<meta property="og:description" content="Trung tâm Phục vụ hành chính công tỉnh vừa có thông báo về việc mở rộng tiếp nhận, giải quyết thủ tục hành chính không phụ thuộc vào địa giới hành chính trong phạm vi tỉnh, áp dụng từ ngày 1/11/2025." />
	<meta property="og:url" content="{A(a["url"])}" />
	<meta property="og:site_name" content="Trung tâm Phục vụ hành chính công tỉnh Vĩnh Long" />
	<meta property="article:published_time" content="2025-10-22T01:30:25+00:00" />
	<meta property="article:modified_time" content="2025-10-22T02:11:48+00:00" />
	<meta name="author" content="admin_pvhcc" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="Được viết bởi" />
	<meta name="twitter:data1" content="admin_pvhcc" />
	<meta name="twitter:label2" content="Ước tính thời gian đọc" />
	<meta name="twitter:data2" content="2 phút" />
	<script type="application/ld+json" class="yoast-schema-graph">{yoast}</script>
	<!-- / Yoast SEO plugin. -->
<script>
{WP_EMOJI}
</script>
<link rel='stylesheet' id='wp-block-library-css' href='https://dichvucong.vinhlong.gov.vn/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />
<style id='global-styles-inline-css'>
{wp_global_styles(rng)}
</style>
<link rel='stylesheet' id='generatepress-style-css' href='https://dichvucong.vinhlong.gov.vn/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1' media='all' />
<link rel='stylesheet' id='pvhcc-child-css' href='https://dichvucong.vinhlong.gov.vn/wp-content/themes/pvhcc-child/style.css?ver=1.3' media='all' />
<link rel="https://api.w.org/" href="https://dichvucong.vinhlong.gov.vn/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="https://dichvucong.vinhlong.gov.vn/wp-json/wp/v2/posts/{pid}" />
</head>
<body class="post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive right-sidebar nav-below-header separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Chuyển đến nội dung">Chuyển đến nội dung</a>
<div class="top-bar top-bar-align-right"><div class="inside-top-bar grid-container"><aside id="custom_html-2" class="widget_text widget inner-padding widget_custom_html"><div class="textwidget custom-html-widget">Hôm nay: Chủ Nhật, 22/11/2026 | Tổng đài hỗ trợ: 1900.1022</div></aside></div></div>
<header class="site-header grid-container" id="masthead" aria-label="Trang" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container"><div class="site-logo"><a href="https://dichvucong.vinhlong.gov.vn/" rel="home"><img class="header-image is-logo-image" alt="Trung tâm Phục vụ hành chính công tỉnh Vĩnh Long" src="https://dichvucong.vinhlong.gov.vn/wp-content/uploads/2025/07/logo-pvhcc.png" width="560" height="90" /></a></div></div></header>
<nav class="main-navigation grid-container sub-menu-right" id="site-navigation" aria-label="Chính" itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button><div id="primary-menu" class="main-nav">
{menu}
</div></div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-thong-bao category-tin-tuc" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<header class="entry-header">
<h1 class="entry-title" itemprop="headline">{E(a["title"])}</h1>
<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2025-10-22T09:11:48+07:00" itemprop="dateModified">22/10/2025</time><time class="entry-date published" datetime="2025-10-22T08:30:25+07:00" itemprop="datePublished">22/10/2025</time></span> <span class="byline">bởi <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="https://dichvucong.vinhlong.gov.vn/author/admin_pvhcc/" title="Xem tất cả bài viết bởi admin_pvhcc" rel="author" itemprop="url"><span class="author-name" itemprop="name">admin_pvhcc</span></a></span></span></div>
</header>
<div class="entry-content" itemprop="text">
{body}
<p style="text-align: right;"><strong>Trung tâm Phục vụ hành chính công tỉnh</strong></p>
</div>
<footer class="entry-meta" aria-label="Meta bài viết"><span class="cat-links"><span class="screen-reader-text">Chuyên mục </span><a href="https://dichvucong.vinhlong.gov.vn/category/thong-bao/" rel="category tag">Thông báo</a>, <a href="https://dichvucong.vinhlong.gov.vn/category/tin-tuc/" rel="category tag">Tin tức</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Bài viết"><div class="nav-previous"><span class="prev"><a href="https://dichvucong.vinhlong.gov.vn/tin-tuc/{slug(hl[6])}/" rel="prev">{E(hl[6])}</a></span></div><div class="nav-next"><span class="next"><a href="https://dichvucong.vinhlong.gov.vn/tin-tuc/{slug(hl[7])}/" rel="next">{E(hl[7])}</a></span></div></nav></footer>
</div>
</article>
<div class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><form action="https://dichvucong.vinhlong.gov.vn/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Bình luận</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><label for="author" class="screen-reader-text">Tên</label><input placeholder="Tên *" id="author" name="author" type="text" value="" size="30" required /><label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" value="" size="30" required /><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /><input type='hidden' name='comment_post_ID' value='{pid}' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://dichvucong.vinhlong.gov.vn/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" title="Tìm kiếm cho:"></label><button class="search-submit" aria-label="Tìm kiếm">Tìm kiếm</button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>
{recent}
</ul></aside>
<aside id="media_image-3" class="widget inner-padding widget_media_image"><a href="https://dichvucong.gov.vn"><img width="300" height="100" src="https://dichvucong.vinhlong.gov.vn/wp-content/uploads/2025/07/dvcqg.png" class="image wp-image-112 attachment-full size-full" alt="Cổng Dịch vụ công quốc gia" decoding="async" loading="lazy" /></a></aside>
<aside id="custom_html-5" class="widget_text widget inner-padding widget_custom_html"><h2 class="widget-title">Liên kết</h2><div class="textwidget custom-html-widget"><select onchange="window.open(this.value)">
{link_options(rng, "Vĩnh Long")}
</select></div></aside>
</div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Trang" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container"><div class="copyright-bar">
{footer_lines("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH VĨNH LONG", "Số 88 đường 2/9, phường Thanh Đức, tỉnh Vĩnh Long", "1900.1022", "ttpvhcc@vinhlong.gov.vn", "Chịu trách nhiệm nội dung: Giám đốc Trung tâm.")}
</div></div></footer></div>
<script id="generate-menu-js-extra">var generatepressMenu = {{"toggleOpenedSubMenus":true,"openSubMenuLabel":"M\\u1edf Menu con","closeSubMenuLabel":"\\u0110\\u00f3ng Menu con"}};</script>
<script src="https://dichvucong.vinhlong.gov.vn/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1" id="generate-menu-js"></script>
</body>
</html>
'''


def page_w19(a, rng):
    hl = pick_headlines(rng, 10)
    ds = rand_dates(rng, (2026, 10, 20), (2026, 11, 18), 6)
    other = "\n".join('<li><a href="/wps/portal/trang-chu/thong-bao/%s">%s</a> <span class="date">%s</span></li>' % (slug(h), E(h), fmt_dm(t)) for h, t in zip(hl[:6], ds))
    menu = menu_ul(MENU_TINH, "wpthemePrimaryNav wpthemeLeft", "wpthemeSecondaryNav", "/wps/portal/trang-chu", "wpthemeNavListItem wpthemeLeft", "")
    body = render_blocks(a["blocks"], {"p": '<p style="text-align: justify;">{}</p>'})
    return f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])}</title>
<link rel="stylesheet" href="/wps/contenthandler/!ut/p/digest!{b64(rng,18).replace("/", "_").replace("+", "-").rstrip("=")}/sp/mashup:ra:collection?soffset=0&amp;eoffset=12&amp;themeID=ZJ_{hexid(rng,10).upper()}&amp;locale=vi&amp;mime-type=text%2Fcss&amp;lm=1716192000000&amp;entry=wp_one_ui__0.0&amp;entry=wp_theme_portal_85__0.0&amp;entry=camau_theme__0.0" type="text/css">
<script type="text/javascript" src="/wps/contenthandler/!ut/p/digest!{b64(rng,18).replace("/", "_").replace("+", "-").rstrip("=")}/mashup/ra:collection?themeID=ZJ_{hexid(rng,10).upper()}&amp;locale=vi&amp;mime-type=text%2Fjavascript&amp;lm=1716192000000&amp;entry=wp_client_main__0.0&amp;entry=wp_client_ext__0.0&amp;entry=wp_theme_utils__0.0"></script>
<link id="com.ibm.lotus.NavStateUrl" rel="alternate" href="/wps/portal/trang-chu/thong-bao/!ut/p/z1/{b64(rng,150).replace("/", "_").replace("+", "-").rstrip("=")}/" />
</head>
<body class="lotusui30dojo tundra locale_vi">
<div class="wpthemeFrame">
<header role="banner">
<div class="top-info"><div class="container"><span class="today">Chủ nhật 22/11/2026</span><span class="links"><a href="/wps/portal/trang-chu/lien-he">Liên hệ</a> | <a href="/wps/portal/trang-chu/so-do">Sơ đồ cổng</a> | <a href="/wps/myportal">Đăng nhập</a></span></div></div>
<div class="banner"><div class="container"><a href="/wps/portal/trang-chu"><img src="/wps/wcm/connect/camau/banner-camau-2025.png" alt="Cổng thông tin điện tử tỉnh Cà Mau"></a></div></div>
<nav class="wpthemeHeader"><div class="container">
{menu}
</div></nav>
</header>
<div class="wpthemeMainContent container">
<div class="wpthemeInner">
<div class="breadcrumb"><a href="/wps/portal/trang-chu">Trang chủ</a> / <a href="/wps/portal/trang-chu/thong-bao">Thông báo</a></div>
<div class="row">
<section class="col-md-8 ibmDndColumn component-container" id="ibmDndColumn1">
<div class="component-control id-Z7_{hexid(rng,18).upper()}"><section class="ibmPortalControl wpthemeControl wpthemeHidden a11yRegionTarget" role="region">
<div class="wpthemeControlBody wpthemeOverflowAuto wpthemeClear">
<div class="news-detail">
<div class="title-detail">{E(a["title"])}</div>
<div class="date-detail">Ngày cập nhật: 19/11/2026</div>
<div class="content-detail">
{body}
</div>
<div class="attach-detail"><strong>Tệp đính kèm:</strong> <a href="/wps/wcm/connect/camau/thongbao/TB-lich-tiep-cong-dan-T12-2026.pdf">TB-lich-tiep-cong-dan-T12-2026.pdf</a></div>
<div class="tool-detail"><a href="javascript:window.print()">In</a> | <a href="javascript:history.back()">Trở lại</a></div>
</div>
<div class="other-detail"><h3>Thông báo khác</h3><ul>
{other}
</ul></div>
</div></section></div>
</section>
<aside class="col-md-4 ibmDndColumn" id="ibmDndColumn2">
<div class="box"><h3>Lịch tiếp công dân</h3><ul><li><a href="/wps/portal/trang-chu/lich-tiep-cong-dan">Lịch tiếp công dân của lãnh đạo tỉnh</a></li><li><a href="/wps/portal/trang-chu/ket-qua-tiep-cong-dan">Kết quả tiếp công dân</a></li></ul></div>
<div class="box"><h3>Văn bản mới</h3><ul>
{sidebar_docs(rng, 6, (2026, 10, 1), (2026, 11, 18))}
</ul></div>
<div class="box"><h3>Liên kết website</h3><select onchange="window.open(this.value)">
{link_options(rng, "Cà Mau")}
</select></div>
<div class="box"><h3>Lượt truy cập</h3>{counter_block(rng)}</div>
</aside>
</div>
</div>
</div>
<footer class="wpthemeFooter"><div class="container">
{footer_lines("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU", "Số 2 Hùng Vương, phường An Xuyên, tỉnh Cà Mau", "0290.3831.034", "congttdt@camau.gov.vn", "Cơ quan chủ quản: UBND tỉnh Cà Mau. Phát triển bởi Viettel Cà Mau.")}
</div></footer>
</div>
<script type="text/javascript">{js_blob(rng, 20, "cmPortal")}</script>
</body>
</html>
'''


def page_w20(a, rng):
    menu = menu_ul(MENU_TINH, "nav navbar-nav main-menu", "dropdown-menu", "", "dropdown", "")
    hl = pick_headlines(rng, 14)
    ds = rand_dates(rng, (2026, 6, 10), (2026, 7, 7), 8)
    rel = "\n".join('<div class="item-related"><a href="/tin-tuc/xuc-tien-dau-tu/%s-%d"><img src="/Uploads/Images/thumb/%s.jpg" alt=""></a><div class="info"><a href="/tin-tuc/xuc-tien-dau-tu/%s-%d" class="title-related">%s</a><span class="time">%s</span></div></div>' % (slug(h), rng.randrange(137000, 137401), hexid(rng, 8), slug(h), rng.randrange(137000, 137401), E(h), fmt_dmhm(t)) for h, t in zip(hl[:8], ds))
    hot = "\n".join('<li><a href="/tin-tuc/%s-%d">%s</a></li>' % (slug(h), rng.randrange(137000, 137401), E(h)) for h in hl[8:13])

    def tbl(rows, e):
        h = ['<table class="table table-bordered" style="width:100%"><tbody>']
        for i, r in enumerate(rows):
            h.append("<tr>" + "".join(("<td><strong>%s</strong></td>" if i == 0 else "<td>%s</td>") % e(c) for c in r) + "</tr>")
        h.append("</tbody></table>")
        return "\n".join(h)
    body = render_blocks(a["blocks"], {"p": '<p style="text-align:justify">{}</p>', "tbl": tbl})
    token = b64(rng, 90).replace("+", "-").replace("/", "_").rstrip("=")
    return f'''<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Cổng thông tin điện tử tỉnh Tây Ninh</title>
    <meta name="description" content="Cổng thông tin điện tử tỉnh Tây Ninh" />
    <link rel="shortcut icon" href="/Content/images/favicon.ico" />
    <link href="/bundles/css?v={b64(rng,30).replace("+", "-").replace("/", "_").rstrip("=")}" rel="stylesheet"/>
    <script src="/bundles/modernizr?v={b64(rng,30).replace("+", "-").replace("/", "_").rstrip("=")}"></script>
</head>
<body>
<div class="wrapper">
<div class="header-top"><div class="container"><div class="pull-left"><span class="time-now">22/11/2026 (GMT+7)</span></div><div class="pull-right"><a href="/lien-he">Liên hệ</a> | <a href="/so-do-cong">Sơ đồ cổng</a> | <a href="/Account/Login">Đăng nhập</a> | <a href="/en">English</a></div></div></div>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/Content/images/banner-tayninh-2025.png" alt="Cổng thông tin điện tử tỉnh Tây Ninh" /></a></div></div>
<nav class="navbar navbar-default navbar-main"><div class="container">
{menu}
</div></nav>
<div class="container body-content">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/dau-tu">Đầu tư</a></li><li class="active">Xúc tiến đầu tư</li></ol>
<div class="row">
<div class="col-md-8">
<div class="news-detail-page">
<h1 class="news-detail-title">{E(a["title"])}</h1>
<div class="news-detail-info"><span class="publish-date"><i class="fa fa-calendar"></i> Ngày xuất bản: 08/07/2026 | 11:20</span> <span class="view"><i class="fa fa-eye"></i> {rng.randrange(300,2500)}</span>
<div class="news-tool"><a href="javascript:void(0)" class="btn-font" data-size="-1">A-</a><a href="javascript:void(0)" class="btn-font" data-size="1">A+</a><a href="javascript:window.print()"><i class="fa fa-print"></i></a><a href="javascript:void(0)" class="btn-listen"><i class="fa fa-volume-up"></i> Nghe đọc</a></div></div>
<div class="news-detail-sapo"><p>{E(a["lead"])}</p></div>
<div class="news-detail-content">
{body}
</div>
<div class="news-detail-author"><p><strong>Tác giả: Nguyễn Văn Đạt</strong></p><p>Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch</p></div>
<div class="news-detail-share"><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={A(a["url"])}" target="_blank"><i class="fa fa-facebook"></i></a> <a href="https://sp.zalo.me/share_inline?d={A(a["url"])}" target="_blank">Zalo</a></div>
<div class="news-feedback"><h4>Gửi ý kiến</h4><form action="/tin-tuc/gui-y-kien" method="post"><input name="__RequestVerificationToken" type="hidden" value="{token}" /><input type="text" name="HoTen" class="form-control" placeholder="Họ tên" /><input type="text" name="Email" class="form-control" placeholder="Email" /><textarea name="NoiDung" class="form-control" rows="3" placeholder="Nội dung"></textarea><button type="submit" class="btn btn-primary">Gửi</button></form></div>
</div>
<div class="news-related"><h3 class="title-box">Tin cùng chuyên mục</h3>
{rel}
</div>
</div>
<div class="col-md-4 sidebar">
<div class="box-sidebar"><h3 class="title-box">Tin nổi bật</h3><ul>
{hot}
</ul></div>
<div class="box-sidebar"><h3 class="title-box">Văn bản mới</h3><ul>
{sidebar_docs(rng, 6, (2026, 6, 1), (2026, 7, 7))}
</ul></div>
<div class="box-sidebar"><h3 class="title-box">Liên kết website</h3><select class="form-control" onchange="window.open(this.value)">
{link_options(rng, "Tây Ninh")}
</select></div>
<div class="box-sidebar"><h3 class="title-box">Thống kê truy cập</h3>{counter_block(rng)}</div>
</div>
</div>
</div>
<footer class="footer"><div class="container">
{footer_lines("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TÂY NINH", "Số 2 Hùng Vương, phường Long An, tỉnh Tây Ninh", "0272.3826.345", "congttdt@tayninh.gov.vn", "Cơ quan chủ quản: UBND tỉnh Tây Ninh. Giấy phép số 09/GP-TTĐT. Phát triển bởi CMC TS.")}
</div></footer>
</div>
<script src="/bundles/jquery?v={b64(rng,30).replace("+", "-").replace("/", "_").rstrip("=")}"></script>
<script src="/bundles/bootstrap?v={b64(rng,30).replace("+", "-").replace("/", "_").rstrip("=")}"></script>
<script>{js_blob(rng, 25, "tn")}</script>
</body>
</html>
'''


# ----------------------------------------------------------------------------
# pages without an article
# ----------------------------------------------------------------------------
NON = {
    "n01": dict(kind="listing", platform="liferay-7", url="https://stc.lamdong.gov.vn/web/so-tai-chinh/tin-tuc?p_p_id=com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_tK8cWq2LmZpR&_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_tK8cWq2LmZpR_cur=2", charset="utf-8"),
    "n02": dict(kind="search", platform="drupal-10", url="https://sxd.danang.gov.vn/tim-kiem?keys=gi%E1%BA%A5y+ph%C3%A9p+x%C3%A2y+d%E1%BB%B1ng", charset="utf-8"),
    "n03": dict(kind="not_found", platform="joomla-4", url="https://bqlkkt.haiphong.gov.vn/tin-tuc/xuc-tien-dau-tu/hoi-nghi-xuc-tien-dau-tu-2024-tai-nhat-ban", charset="utf-8"),
    "n04": dict(kind="challenge", platform="nginx-testcookie", url="https://www.caobang.gov.vn/home/newsdetail.aspx?ID=20611&CatID=12", charset="utf-8"),
}


def page_n01(rng):
    path = "https://stc.lamdong.gov.vn/web/so-tai-chinh/tin-tuc"
    menu = menu_ul(MENU_SO, "navbar-blank navbar-nav navbar-site", "child-menu dropdown-menu", "/web/so-tai-chinh", "lfr-nav-item nav-item", "nav-link text-truncate")
    hl = rng.sample(HEADLINES, 15)
    ds = rand_dates(rng, (2025, 10, 1), (2025, 12, 20), 15)
    items = "\n".join('<div class="news-item row"><div class="col-md-4"><a href="/web/so-tai-chinh/tin-tuc/-/asset_publisher/tK8cWq2LmZpR/content/%s"><img src="/documents/%d/0/thumb-%s.jpg" alt="" class="img-fluid"></a></div><div class="col-md-8"><h3 class="news-title"><a href="/web/so-tai-chinh/tin-tuc/-/asset_publisher/tK8cWq2LmZpR/content/%s">%s</a></h3><div class="news-date">%s</div><a class="read-more" href="/web/so-tai-chinh/tin-tuc/-/asset_publisher/tK8cWq2LmZpR/content/%s">Xem tiếp</a></div></div>'
                      % (slug(h), rng.randrange(30000, 99999), hexid(rng, 6), slug(h), E(h), fmt_dmhm(t), slug(h)) for h, t in zip(hl, ds))
    pages = "".join('<li class="page-item%s"><a class="page-link" href="?_cur=%d">%d</a></li>' % (" active" if i == 2 else "", i, i) for i in range(1, 8))
    return f'''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>Tin tức - Sở Tài chính tỉnh Lâm Đồng</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
{liferay7_head(rng, "Tin tức", path)}
</head>
<body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site">
<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper">
<header id="banner" role="banner">
<div class="header-top"><div class="container"><span class="current-date">Chủ nhật, ngày 22 tháng 11 năm 2026</span><a class="login" href="/c/portal/login">Đăng nhập</a></div></div>
<div class="header-main"><div class="container"><a class="logo" href="/web/so-tai-chinh"><img alt="Sở Tài chính tỉnh Lâm Đồng" src="/o/vnpt-egov-theme/images/logo-stc.png" height="86" /></a><div class="site-title"><p class="site-title-1">ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG</p><p class="site-title-2">SỞ TÀI CHÍNH</p></div></div></div>
<nav class="navbar navbar-expand-md" id="navigation" role="navigation"><div class="container">
{menu}
</div></nav>
</header>
<section class="flex-fill" id="content"><div class="container"><div class="row">
<div class="col-md-8">
<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_tK8cWq2LmZpR"><div class="portlet-content">
<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">Tin tức</h2></div></div>
<div class=" portlet-content-container"><div class="portlet-body"><div class="news-list">
{items}
</div>
<div class="pagination-bar"><ul class="pagination">{pages}</ul><div class="pagination-results">Hiển thị 16 - 30 trên 102 kết quả.</div></div>
</div></div></div></section>
</div>
<div class="col-md-4">
<section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">Văn bản mới</h2><ul class="doc-list">
{sidebar_docs(rng, 7, (2025, 11, 1), (2025, 12, 20))}
</ul></div></section>
<section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">Liên kết website</h2><select class="form-control" onchange="window.open(this.value)">
{link_options(rng, "Lâm Đồng")}
</select></div></section>
<section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">Thống kê truy cập</h2>{counter_block(rng)}</div></section>
</div>
</div></div></section>
<footer id="footer" role="contentinfo"><div class="container">
{footer_lines("TRANG THÔNG TIN ĐIỆN TỬ SỞ TÀI CHÍNH TỈNH LÂM ĐỒNG", "Số 36 Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng", "0263.3822.313", "stc@lamdong.gov.vn", "Chịu trách nhiệm chính: Giám đốc Sở Tài chính.")}
</div></footer>
</div></div>
{liferay7_foot(rng, 14)}
</body>
</html>
'''


SEARCH_HITS = [
    ("Hướng dẫn thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ sau khi sắp xếp đơn vị hành chính", "… hồ sơ đề nghị cấp <strong>giấy phép xây dựng</strong> nhà ở riêng lẻ được nộp tại Trung tâm Phục vụ hành chính công cấp xã nơi có công trình …"),
    ("Công bố danh mục thủ tục hành chính lĩnh vực hoạt động xây dựng", "… sửa đổi, bổ sung 12 thủ tục, trong đó có thủ tục cấp <strong>giấy phép xây dựng</strong> mới đối với công trình cấp đặc biệt, cấp I …"),
    ("Kiểm tra trật tự xây dựng tại các phường ven biển", "… phát hiện 37 trường hợp xây dựng không có <strong>giấy phép</strong> hoặc sai nội dung <strong>giấy phép xây dựng</strong> được cấp …"),
    ("Phân cấp thẩm quyền cấp giấy phép xây dựng cho UBND cấp xã", "… UBND các xã, phường, đặc khu cấp <strong>giấy phép xây dựng</strong> đối với nhà ở riêng lẻ và công trình cấp III, cấp IV trên địa bàn …"),
    ("Giải đáp vướng mắc về miễn giấy phép xây dựng", "… công trình thuộc dự án đã được thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở được miễn <strong>giấy phép xây dựng</strong> …"),
    ("Kết quả giải quyết thủ tục hành chính lĩnh vực xây dựng quý III/2026", "… tiếp nhận 1.248 hồ sơ đề nghị cấp, điều chỉnh, gia hạn <strong>giấy phép xây dựng</strong>, 99,1% hồ sơ được giải quyết đúng hạn …"),
    ("Thực hiện cấp giấy phép xây dựng trực tuyến toàn trình", "… người dân nộp hồ sơ đề nghị cấp <strong>giấy phép xây dựng</strong> trên Cổng Dịch vụ công, nhận kết quả bản điện tử có giá trị pháp lý …"),
    ("Mẫu đơn đề nghị cấp giấy phép xây dựng áp dụng từ năm 2026", "… mẫu đơn đề nghị cấp <strong>giấy phép xây dựng</strong> được ban hành kèm theo Nghị định, áp dụng thống nhất trên phạm vi cả nước …"),
]


def page_n02(rng):
    menu = menu_ul(MENU_SO[:2] + [("Tin hoạt động", []), ("Quy hoạch - Kiến trúc", []), ("Giao thông vận tải", ["Tổ chức giao thông", "Vận tải", "Đăng kiểm"]), ("Văn bản", []), ("Thủ tục hành chính", []), ("Liên hệ", [])],
                   "menu menu--main nav navbar-nav", "menu", "", "menu-item", "")
    ds = rand_dates(rng, (2025, 8, 1), (2026, 11, 20), len(SEARCH_HITS))
    hits = "\n".join('<li class="search-result"><h3 class="search-result__title"><a href="/tin-hoat-dong/%s">%s</a></h3><div class="search-result__snippet-info"><p class="search-result__snippet">%s</p><p class="search-result__info"><span class="username">bientap_sxd</span> - %s - <span>0 bình luận</span></p></div></li>'
                     % (slug(t), E(t), s, fmt_dmhm(d)) for (t, s), d in zip(SEARCH_HITS, ds))
    return f'''<!DOCTYPE html>
<html lang="vi" dir="ltr">
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="robots" content="noindex" />
<link rel="icon" href="/themes/custom/sxd_theme/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>Tìm kiếm | Sở Xây dựng thành phố Đà Nẵng</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_{b64(rng,32).replace("/", "_").replace("+", "-").rstrip("=")}.css?delta=0&amp;language=vi&amp;theme=sxd_theme" />
  </head>
  <body class="path-tim-kiem">
  <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
  <header role="banner" class="site-header">
    <div class="region region-header-top"><div class="container d-flex justify-content-between"><div class="header-date">CN, 22/11/2026</div><div class="header-links"><a href="/user/login">Đăng nhập</a></div></div></div>
    <div class="region region-header"><div class="container"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/sxd_theme/logo.svg" alt="Trang chủ" /></a><div class="site-name"><a href="/" rel="home">Sở Xây dựng thành phố Đà Nẵng</a></div></div></div>
    <div class="region region-primary-menu"><nav role="navigation" class="block block-menu navigation menu--main"><div class="container">
{menu}
</div></nav></div>
  </header>
  <main role="main" class="container"><div class="row"><div class="layout-content col-lg-8">
    <h1 class="page-title">Tìm kiếm</h1>
    <form class="search-form" data-drupal-selector="search-form" action="/tim-kiem" method="get" id="search-form" accept-charset="UTF-8"><div class="container-inline js-form-wrapper form-wrapper" data-drupal-selector="edit-basic" id="edit-basic"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys"><label for="edit-keys">Nhập từ khóa</label><input data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="giấy phép xây dựng" size="30" maxlength="255" class="form-search" /></div><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Tìm kiếm" class="button js-form-submit form-submit" /></div></form>
    <h2>Kết quả tìm kiếm</h2>
    <ol class="search-results node_search-results">
{hits}
    </ol>
    <nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Phân trang</h4><ul class="pager__items js-pager__items"><li class="pager__item is-active"><a href="?keys=gi%E1%BA%A5y+ph%C3%A9p+x%C3%A2y+d%E1%BB%B1ng&amp;page=0" title="Trang hiện tại" aria-current="page">1</a></li><li class="pager__item"><a href="?keys=gi%E1%BA%A5y+ph%C3%A9p+x%C3%A2y+d%E1%BB%B1ng&amp;page=1" title="Đi tới trang 2">2</a></li><li class="pager__item"><a href="?keys=gi%E1%BA%A5y+ph%C3%A9p+x%C3%A2y+d%E1%BB%B1ng&amp;page=2" title="Đi tới trang 3">3</a></li><li class="pager__item pager__item--next"><a href="?keys=gi%E1%BA%A5y+ph%C3%A9p+x%C3%A2y+d%E1%BB%B1ng&amp;page=1" title="Đi tới trang tiếp" rel="next">Tiếp ›</a></li></ul></nav>
  </div>
  <aside class="layout-sidebar-second col-lg-4" role="complementary">
<div class="block block-block-content"><h2>Văn bản mới</h2><ul>
{sidebar_docs(rng, 8, (2026, 9, 1), (2026, 11, 20))}
</ul></div>
<div class="block block-block-content"><h2>Liên kết website</h2><select onchange="window.open(this.value)">
{link_options(rng, "Đà Nẵng")}
</select></div>
<div class="block block-block-content"><h2>Thống kê truy cập</h2>{counter_block(rng)}</div>
  </aside></div></main>
  <footer role="contentinfo" class="site-footer"><div class="container">
{footer_lines("SỞ XÂY DỰNG THÀNH PHỐ ĐÀ NẴNG", "Tầng 7, Trung tâm Hành chính, 24 Trần Phú, phường Hải Châu, thành phố Đà Nẵng", "0236.3822.117", "sxd@danang.gov.vn", "Chịu trách nhiệm chính: Giám đốc Sở Xây dựng.")}
  </div></footer>
  </div></div>
  <script>{js_blob(rng, 30, "sxd")}</script>
  </body>
</html>
'''


def page_n03(rng):
    menu = menu_ul(MENU_SO[:2] + [("Tin tức", ["Xúc tiến đầu tư", "Hoạt động của Ban", "Thông báo"]), ("Khu kinh tế, khu công nghiệp", ["Khu kinh tế Đình Vũ - Cát Hải", "Khu kinh tế ven biển phía Nam", "Các khu công nghiệp"]),
                   ("Thủ tục hành chính", []), ("Văn bản", []), ("Liên hệ", [])], "mod-menu mod-list nav", "mod-menu__sub list-unstyled small", "", "nav-item", "")
    hl = pick_headlines(rng, 6)
    pop = "\n".join('<li><a href="/tin-tuc/%s">%s</a></li>' % (slug(h), E(h)) for h in hl)
    return f'''<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
    <meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>404 - Không tìm thấy trang - Ban Quản lý Khu kinh tế Hải Phòng</title>
	<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/templates/site/cassiopeia/css/template.min.css?{hexid(rng,20)}" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia_bqlkkt/css/user.css?{hexid(rng,20)}" rel="stylesheet">
	<script src="/media/system/js/core.min.js?{hexid(rng,20)}"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?{hexid(rng,20)}" type="module"></script>
</head>
<body class="site error_site view-article no-layout no-task">
	<header class="header container-header full-width">
		<div class="container-topbar"><div class="mod-custom custom banner-overlay"><p><span class="ngay-thang">Chủ nhật, 22/11/2026</span> | Đường dây nóng hỗ trợ nhà đầu tư: <strong>0225.3836.099</strong></p></div></div>
		<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img src="https://bqlkkt.haiphong.gov.vn/images/logo-bqlkkt.png" alt="Ban Quản lý Khu kinh tế Hải Phòng" width="520" height="90"></a></div></div>
		<div class="grid-child container-nav"><nav class="navbar navbar-expand-lg" aria-label="Main Menu"><div class="collapse navbar-collapse" id="navbar1">
{menu}
</div></nav></div>
	</header>
	<div class="site-grid">
		<div class="grid-child container-component">
			<h1 class="page-header">Không tìm thấy trang</h1>
			<div class="card"><div class="card-body">
				<p><strong>Bạn có thể không truy cập được trang này vì:</strong></p>
				<ol><li>Đánh dấu/yêu thích đã hết hạn</li><li>Công cụ tìm kiếm có danh sách trang web này đã hết hạn</li><li>Địa chỉ gõ sai</li><li>Bạn không có quyền truy cập trang này</li><li>Không tìm thấy nguồn yêu cầu.</li><li>Đã xảy ra lỗi khi xử lý yêu cầu của bạn.</li></ol>
				<p><strong>Vui lòng thử một trong các trang sau:</strong></p>
				<p><a href="/" class="btn btn-secondary"><span class="icon-home" aria-hidden="true"></span> Trang chủ</a></p>
				<hr>
				<p>Nếu khó khăn vẫn còn, vui lòng liên hệ với quản trị hệ thống của website này và báo cáo lỗi bên dưới.</p>
				<blockquote><span class="badge bg-secondary">404</span> Không tìm thấy bài viết</blockquote>
			</div></div>
		</div>
		<div class="grid-child container-sidebar-right">
			<div class="sidebar-right card"><h3 class="card-header">Đọc nhiều</h3><div class="card-body"><ul class="mostread mod-list">
{pop}
</ul></div></div>
			<div class="sidebar-right card"><h3 class="card-header">Liên kết</h3><div class="card-body"><select class="form-select" onchange="window.open(this.value)">
{link_options(rng, "Hải Phòng")}
</select></div></div>
			<div class="sidebar-right card"><h3 class="card-header">Thống kê</h3><div class="card-body">{counter_block(rng)}</div></div>
		</div>
	</div>
	<footer class="container-footer footer full-width"><div class="grid-child">
{footer_lines("BAN QUẢN LÝ KHU KINH TẾ HẢI PHÒNG", "Số 24 Cù Chính Lan, phường Hồng Bàng, thành phố Hải Phòng", "0225.3836.099", "bqlkkt@haiphong.gov.vn", "Chịu trách nhiệm nội dung: Trưởng Ban Quản lý Khu kinh tế Hải Phòng.")}
	</div></footer>
<script>{js_blob(rng, 60, "kkt")}</script>
</body>
</html>
'''


def page_n04(rng):
    arr = ",".join("'%s'" % (hexid(rng, rng.randrange(8, 40)) if rng.random() < 0.7 else b64(rng, rng.randrange(6, 24))) for _ in range(560))
    fn = "_0x%s" % hexid(rng, 4)
    a_, b_, c_ = hexid(rng, 32), hexid(rng, 32), hexid(rng, 32)
    return f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Đang kiểm tra trình duyệt...</title>
<style>
html,body{{height:100%;margin:0;font-family:Arial,Helvetica,sans-serif;background:#f4f6f9;color:#333}}
.wrap{{display:flex;align-items:center;justify-content:center;height:100%}}
.box{{max-width:520px;padding:32px 40px;background:#fff;border-radius:8px;box-shadow:0 2px 12px rgba(0,0,0,.08);text-align:center}}
.box h1{{font-size:20px;color:#1a4d8f;margin:16px 0 8px}}
.box p{{font-size:14px;line-height:1.6;margin:6px 0}}
.spinner{{width:48px;height:48px;margin:0 auto;animation:spin 1s linear infinite}}
@keyframes spin{{to{{transform:rotate(360deg)}}}}
.foot{{font-size:12px;color:#888;margin-top:18px}}
</style>
</head>
<body>
<div class="wrap"><div class="box">
<svg class="spinner" viewBox="0 0 50 50"><circle cx="25" cy="25" r="20" fill="none" stroke="#1a4d8f" stroke-width="5" stroke-linecap="round" stroke-dasharray="90 150"></circle></svg>
<h1>Đang kiểm tra trình duyệt của bạn</h1>
<p>Hệ thống đang xác minh kết nối để bảo vệ Cổng thông tin khỏi truy cập tự động.</p>
<p>Vui lòng chờ trong giây lát, trang sẽ tự động chuyển tiếp.</p>
<noscript><p><b>Trình duyệt của bạn cần bật JavaScript và cookie để truy cập trang này.</b></p></noscript>
<p class="foot">Mã yêu cầu: {hexid(rng, 16)}</p>
</div></div>
<script type="text/javascript" src="/aes.js"></script>
<script type="text/javascript">
var {fn}=[{arr}];
(function(_0xa,_0xb){{var _0xc=function(_0xd){{while(--_0xd){{_0xa['push'](_0xa['shift']());}}}};_0xc(++_0xb);}}({fn},0x{hexid(rng,3)}));
var _0xget=function(_0xa,_0xb){{_0xa=_0xa-0x0;var _0xc={fn}[_0xa];return _0xc;}};
function toNumbers(d){{var e=[];d.replace(/(..)/g,function(d){{e.push(parseInt(d,16))}});return e}}
function toHex(){{for(var d=[],d=1==arguments.length&&arguments[0].constructor==Array?arguments[0]:arguments,e="",f=0;f<d.length;f++)e+=(16>d[f]?"0":"")+d[f].toString(16);return e.toLowerCase()}}
var a=toNumbers("{a_}"),b=toNumbers("{b_}"),c=toNumbers("{c_}");
document.cookie="__tst="+toHex(slowAES.decrypt(c,2,a,b))+"; expires=Thu, 31-Dec-37 23:55:55 GMT; path=/";
location.href="https://www.caobang.gov.vn/home/newsdetail.aspx?ID=20611&CatID=12&ckattempt=1";
</script>
</body>
</html>
'''


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------
def build():
    out = {}
    for name in sorted(ART):
        a = ART[name]
        rng = random.Random("%s:%s" % (SET, name))
        page = globals()["page_" + name](a, rng)
        data = page if isinstance(page, bytes) else page.encode("utf-8")
        out[name + ".html"] = data
        side = {"kind": "article", "platform": a["platform"], "url": a["url"], "charset": a["charset"],
                "title": a["title"], "published_at": a["published_at"], "author": a["author"], "body": gold_body(a)}
        out[name + ".json"] = (json.dumps(side, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    for name in sorted(NON):
        rng = random.Random("%s:%s" % (SET, name))
        out[name + ".html"] = globals()["page_" + name](rng).encode("utf-8")
        out[name + ".json"] = (json.dumps(NON[name], ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(outdir, exist_ok=True)
    for fn, data in build().items():
        with open(os.path.join(outdir, fn), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
