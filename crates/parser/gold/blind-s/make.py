#!/usr/bin/env python3
"""Generator of the blind-s gold set (news media, fifth round).

Usage: python3 make.py [OUTDIR]      (default: the directory of this file)

Deterministic: python3 stdlib only, one random.Random("blind-s:NAME") per
page, no clock.  Every page and its JSON sidecar are written byte for byte
the same on every run.
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

SET = "blind-s"
CRAWL = datetime.date(2026, 11, 22)          # Sunday: the crawl day
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
WD_UP = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WD_LOW = ["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"]


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


_MARK = re.compile(r"\{a:[^}]*\}|\{/a\}|\{/?b\}|\{/?i\}")


def inline(s):
    """Text with {b}{/b} {i}{/i} {a:URL}{/a} markers -> HTML."""
    s = esc(s)
    s = re.sub(r"\{a:([^}]*)\}", lambda m: '<a href="%s">' % attr(m.group(1)), s)
    return (s.replace("{/a}", "</a>").replace("{b}", "<strong>").replace("{/b}", "</strong>")
             .replace("{i}", "<em>").replace("{/i}", "</em>"))


def plain(s):
    return _MARK.sub("", s)


def slug(s):
    s = plain(s).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
    return s


def dmy(d):
    return "%02d/%02d/%04d" % (d.day, d.month, d.year)


def wd(d, table=WD):
    return table[d.weekday()]


def blob(rng, n):
    """Opaque base64 payload (view state, ad config) of about n characters."""
    raw = bytes(rng.getrandbits(8) for _ in range(n * 3 // 4))
    return base64.b64encode(raw).decode("ascii")


def hexid(rng, n=12):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# --------------------------------------------------------------------------
# Pools for page chrome (sidebars, menus, trending tags, comments)
# --------------------------------------------------------------------------

HEADLINES = [
    "Giá xăng dầu đồng loạt giảm từ 15h chiều nay",
    "Hà Nội phân luồng giao thông phục vụ thi công hầm chui Hoàng Quốc Việt",
    "Đề xuất nâng mức giảm trừ gia cảnh lên 15,5 triệu đồng mỗi tháng",
    "Sạt lở bờ sông uy hiếp hàng chục hộ dân ở Vĩnh Long",
    "Học sinh cả nước được nghỉ Tết Nguyên đán Đinh Mùi bao nhiêu ngày?",
    "Bắt nhóm đối tượng chuyên trộm xe máy tại các khu nhà trọ",
    "Giá lúa tăng, nông dân miền Tây phấn khởi xuống giống vụ đông xuân",
    "Phát hiện cơ sở sản xuất nước mắm không rõ nguồn gốc quy mô lớn",
    "Giá vàng nhẫn biến động mạnh trong phiên đầu tuần",
    "Cao tốc Bắc - Nam đoạn qua Quảng Ngãi ùn tắc kéo dài vì sự cố",
    "Hơn 3.000 chỉ tiêu tuyển dụng giáo viên năm học mới",
    "Bộ Y tế cảnh báo tình trạng mua bán thuốc giả trên mạng xã hội",
    "Khánh thành trường học mới cho học sinh vùng cao Lai Châu",
    "Đồng Nai đẩy nhanh tiến độ giải phóng mặt bằng sân bay Long Thành",
    "Tỷ giá USD hôm nay giảm nhẹ tại các ngân hàng thương mại",
    "Người dân đổ xô mua cây giống sau mùa lũ",
    "Xử phạt tài xế xe tải chở hàng quá tải gần 150%",
    "Khởi tố nguyên cán bộ địa chính xã nhận hối lộ",
    "Gần 40.000 thí sinh đăng ký thi đánh giá năng lực đợt một",
    "Trẻ nhập viện vì cúm A tăng mạnh khi thời tiết chuyển lạnh",
    "Miền Bắc đón đợt không khí lạnh mới, vùng núi có nơi dưới 10 độ C",
    "Cảng Hải Phòng đón tàu container trọng tải lớn nhất từ trước đến nay",
    "Tây Ninh đưa vào vận hành trạm bơm tiêu úng hơn 200 tỷ đồng",
    "Hải quan phát hiện lô hàng mỹ phẩm nhập lậu trị giá hàng tỷ đồng",
    "Nhiều tuyến xe buýt điện mới chạy từ đầu tháng 12",
    "Cần Thơ khai trương phố đi bộ ven sông vào cuối tuần",
    "Đội tuyển Việt Nam chốt danh sách chuẩn bị cho giải Đông Nam Á",
    "Tuyển nữ Việt Nam thắng đậm trong trận giao hữu quốc tế",
    "Chạy bộ vì cộng đồng thu hút hơn 8.000 vận động viên",
    "Thêm một ngân hàng giảm lãi suất cho vay mua nhà",
    "Doanh nghiệp dệt may có đơn hàng đến quý II năm sau",
    "Quảng Ninh đón lượng khách quốc tế tăng mạnh dịp cuối năm",
    "Phố cổ Hội An trang hoàng đèn lồng đón mùa lễ hội",
    "Ngư dân Quảng Trị trúng đậm mùa cá cơm",
    "Giải cứu 12 người mắc kẹt trong thang máy chung cư",
    "Phát hiện thi thể người đàn ông dưới chân cầu",
    "Ra mắt sách ảnh về Thủ đô những năm đầu đổi mới",
    "Triển lãm tranh của họa sĩ trẻ thu hút đông người xem",
    "Nghệ sĩ cải lương được phong tặng danh hiệu Nghệ sĩ Nhân dân",
    "Lễ hội hoa tam giác mạch mở cửa đón khách",
    "Nâng cấp quốc lộ 4D, rút ngắn thời gian di chuyển lên vùng cao",
    "Lâm Đồng khởi công đường cao tốc nối với Nha Trang",
    "Đà Nẵng thí điểm miễn phí vé xe buýt cho người cao tuổi",
    "An Giang phát triển vùng nguyên liệu lúa chất lượng cao",
    "Cà Mau chủ động ứng phó triều cường dịp cuối năm",
    "Bắc Ninh thu hút thêm hai dự án FDI quy mô lớn",
    "Hưng Yên đấu giá quyền sử dụng đất, thu hơn 500 tỷ đồng",
    "Phú Thọ đón nhận bằng di sản cho lễ hội truyền thống",
    "Thái Nguyên mở rộng vùng chè đạt chuẩn hữu cơ",
    "Tuyên Quang đầu tư hạ tầng du lịch cao nguyên đá",
    "Nghệ An: Lũ quét cuốn trôi cầu tạm, hàng trăm hộ bị cô lập",
    "Hà Tĩnh hỗ trợ ngư dân đóng mới tàu vỏ thép",
    "Thanh Hóa điều chỉnh quy hoạch khu kinh tế Nghi Sơn",
    "Gia Lai phát triển điện gió, điện mặt trời mái nhà",
    "Đắk Lắk tổ chức lễ hội cà phê quy mô quốc gia",
    "Khánh Hòa đón tàu du lịch quốc tế đầu tiên của mùa mới",
    "Quảng Ngãi nâng cấp cảng cá Sa Huỳnh",
    "Lạng Sơn thông quan hơn 1.000 xe hàng mỗi ngày",
    "Cao Bằng mở tuyến du lịch mới đến thác Bản Giốc",
    "Sơn La được mùa mận hậu, giá ổn định",
    "Điện Biên hoàn thành xóa nhà tạm, nhà dột nát",
    "Lai Châu trồng mới hơn 2.000 ha cây mắc ca",
    "Ninh Bình lọt top điểm đến hấp dẫn nhất châu Á",
    "TP.HCM lắp thêm camera phạt nguội trên các tuyến đường trọng điểm",
    "Huế trùng tu hoàn thành điện Kiến Trung",
    "Đồng Tháp khai thác du lịch mùa nước nổi",
    "Vĩnh Long xây dựng thương hiệu bưởi năm roi xuất khẩu",
    "Ngân hàng Nhà nước điều chỉnh tỷ giá trung tâm",
    "Chứng khoán tăng điểm phiên thứ ba liên tiếp",
    "Nhiều sân bay tăng chuyến phục vụ cao điểm cuối năm",
    "Đề xuất làm tuyến đường sắt nhẹ nối trung tâm với sân bay",
    "Hàng nghìn công nhân được thưởng Tết sớm",
    "Ôtô điện giá rẻ cạnh tranh quyết liệt trên thị trường",
    "Những lưu ý khi chuyển đổi định danh điện tử mức độ 2",
    "Cách nhận biết cuộc gọi lừa đảo mạo danh cơ quan thuế",
    "Cảnh báo chiêu lừa tuyển cộng tác viên bán hàng online",
    "Bệnh viện tuyến tỉnh ghép thận thành công cho bệnh nhân nghèo",
    "Mắc sởi, bé trai 4 tuổi nguy kịch",
    "Thủ tướng dự lễ khởi công dự án nhà ở xã hội",
    "Quốc hội chất vấn Bộ trưởng về quản lý thị trường vàng",
    "Công bố quyết định bổ nhiệm Thứ trưởng",
    "Phát động phong trào thi đua cao điểm chào mừng Đại hội",
    "Thanh tra chỉ ra sai phạm tại dự án khu đô thị mới",
    "Xét xử vụ án vi phạm quy định về đấu thầu tại bệnh viện",
    "Tạm giữ tài xế tông xe vào nhà dân rồi bỏ chạy",
    "Cháy nhà trọ trong đêm, nhiều người thoát nạn",
    "Bão tuyết tấn công Bắc Mỹ, hàng nghìn chuyến bay bị hủy",
    "Giá dầu thế giới giảm sâu nhất trong ba tháng",
    "Thủ đô Hàn Quốc đón đợt tuyết đầu mùa",
    "Nhật Bản ghi nhận động đất mạnh 6,1 độ",
]

TAGS_POOL = [
    "Giá vàng hôm nay", "Bão số 15", "Tuyển sinh 2027", "Thời tiết", "V.League",
    "Sốt xuất huyết", "Giá xăng", "Cao tốc Bắc - Nam", "Không khí lạnh", "Lịch nghỉ Tết",
    "Chuyển đổi số", "Sáp nhập tỉnh", "Nghị định mới", "Lừa đảo qua mạng", "Giá cà phê",
    "Tỷ giá", "Bóng đá Việt Nam", "Chính quyền hai cấp", "Bảo hiểm y tế", "Giáo dục",
]

WEATHER = [("Hà Nội", 19, 26), ("TP.HCM", 25, 33), ("Đà Nẵng", 22, 27), ("Huế", 21, 25),
           ("Hải Phòng", 18, 25), ("Cần Thơ", 24, 32), ("Lâm Đồng", 15, 23), ("Lào Cai", 13, 21),
           ("Khánh Hòa", 23, 28), ("Gia Lai", 18, 26)]

READERS = ["Nguyễn Văn Hùng", "Minh Thư", "Trần Hoàng", "Lê Thị Hạnh", "Phạm Quang", "Ngọc Ánh",
           "Hải Đăng", "Bùi Thu Trang", "Đỗ Mạnh", "Vũ Thành Long", "Hoàng Yến", "Tâm An",
           "Quốc Việt", "Kim Oanh", "Tuấn Kiệt", "Thanh Bình", "Mai Phương", "Anh Tú"]

MENU = [
    ("Thời sự", ["Chính trị", "Dân sinh", "Giao thông", "Lao động - Việc làm", "Đô thị", "Chống tham nhũng"]),
    ("Thế giới", ["Tư liệu", "Phân tích", "Người Việt 5 châu", "Cuộc sống đó đây", "Quân sự"]),
    ("Kinh doanh", ["Tài chính", "Chứng khoán", "Bất động sản", "Doanh nghiệp", "Hàng hóa", "Ebank", "Vĩ mô"]),
    ("Pháp luật", ["Hồ sơ phá án", "Tư vấn", "Vụ án", "Tòa án", "Ký sự pháp đình"]),
    ("Xã hội", ["Bạn đọc", "Môi trường", "Người tốt việc tốt", "Từ thiện", "Dân tộc - Tôn giáo"]),
    ("Giáo dục", ["Tin tuyển sinh", "Du học", "Chân dung", "Học tiếng Anh", "Giáo dục 4.0"]),
    ("Sức khỏe", ["Tin tức", "Các bệnh", "Dinh dưỡng", "Khỏe đẹp", "Tư vấn"]),
    ("Thể thao", ["Bóng đá", "V.League", "Quần vợt", "Marathon", "Các môn khác", "Hậu trường"]),
    ("Văn hóa", ["Sân khấu", "Điện ảnh", "Âm nhạc", "Văn học", "Di sản", "Mỹ thuật"]),
    ("Giải trí", ["Giới sao", "Phim", "Nhạc", "Thời trang", "Sách"]),
    ("Du lịch", ["Điểm đến", "Ẩm thực", "Dấu chân", "Cẩm nang", "Tư vấn"]),
    ("Số hóa", ["Công nghệ", "Sản phẩm", "Thiết bị", "Chuyển đổi số", "Bảo mật"]),
    ("Xe", ["Thị trường", "Diễn đàn", "Cầm lái", "Đánh giá xe", "Xe điện"]),
    ("Bất động sản", ["Chính sách", "Thị trường", "Dự án", "Không gian sống", "Tư vấn"]),
    ("Địa phương", ["Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế"]),
    ("Ý kiến", ["Thời sự", "Đời sống", "Góc nhìn", "Tâm sự", "Bàn luận"]),
]

PROVINCES = ["Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh",
             "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai",
             "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình",
             "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
             "Đắk Lắk", "TP.HCM", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long",
             "Đồng Tháp", "Cà Mau", "An Giang"]


def pick_headlines(rng, n, exclude=()):
    pool = [h for h in HEADLINES if h not in exclude]
    rng.shuffle(pool)
    out = []
    while len(out) < n:
        out.extend(pool)
    return out[:n]


def rel_time(rng):
    k = rng.randint(0, 3)
    if k == 0:
        return "%d phút trước" % rng.randint(5, 55)
    if k == 1:
        return "%d giờ trước" % rng.randint(1, 20)
    return "%d ngày trước" % rng.randint(1, 6)


def side_date(rng, fmt="%d/%m/%Y %H:%M"):
    """A plausible date for a sidebar item: within the week before the crawl."""
    d = datetime.datetime(2026, 11, 22, 8, 0) - datetime.timedelta(minutes=rng.randint(30, 6 * 24 * 60))
    return d.strftime(fmt)


def gtag(uid):
    return ("<script async src=\"https://www.googletagmanager.com/gtag/js?id=%s\"></script>\n"
            "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
            "gtag('js',new Date());gtag('config','%s');</script>\n" % (uid, uid))


def css_block(rng, prefix, n=40):
    """A realistic-looking inline stylesheet of n rules."""
    props = ["margin:0", "padding:0 12px", "font-size:14px", "line-height:1.6", "color:#222",
             "color:#9f224e", "display:flex", "display:none", "float:left", "width:100%",
             "max-width:1130px", "border-bottom:1px solid #e5e5e5", "font-weight:700",
             "text-transform:uppercase", "position:relative", "overflow:hidden",
             "background:#f7f7f7", "margin-bottom:16px", "font-family:Arial,Helvetica,sans-serif",
             "justify-content:space-between", "align-items:center", "cursor:pointer"]
    names = ["header", "top-bar", "logo", "nav", "menu-item", "sub-menu", "breadcrumb", "title",
             "sapo", "content", "detail", "box-news", "item-news", "thumb", "caption", "footer",
             "sidebar", "most-view", "tag", "share", "author", "date", "banner", "ads", "weather",
             "search-box", "btn", "list", "col-left", "col-right", "wrap", "container"]
    out = []
    for i in range(n):
        sel = ".%s-%s" % (prefix, rng.choice(names))
        if rng.random() < 0.4:
            sel += " .%s" % rng.choice(names)
        out.append("%s{%s}" % (sel, ";".join(rng.sample(props, rng.randint(1, 4)))))
    return "\n".join(out)

# --------------------------------------------------------------------------
# Article texts (all invented).  Block kinds:
#   body:     p, h, ul, ol, table (first row = header), img (caption), quote
#   not body: related, xemthem, ad, audio, author, source, note
# --------------------------------------------------------------------------

A = {}

A["s01"] = dict(
    title="Sạt lở vùi lấp 40 m đường tỉnh ở Lào Cai, hàng trăm xe mắc kẹt",
    sapo="Khoảng 3.000 m3 đất đá từ taluy dương đổ xuống đường tỉnh 160 qua xã Tả Phìn, tỉnh Lào Cai, chia cắt tuyến đường nối trung tâm xã với khu du lịch từ rạng sáng 19/11.",
    blocks=[
        ("p", "Khoảng 4h, người dân thôn Sín Chải nghe tiếng ầm lớn từ phía sườn đồi cách nhà chừng 200 m. Ông Giàng A Tủa, 52 tuổi, kể khi soi đèn ra đường thì thấy cả mảng đồi trượt xuống, kéo theo nhiều cây thông lớn, bùn đất tràn kín mặt đường dài khoảng 40 m, có đoạn cao hơn 3 m."),
        ("p", "\"Chúng tôi chạy sang gọi các nhà ven đường ra chỗ an toàn vì đất vẫn còn chảy, nước suối đục ngầu\", ông Tủa nói."),
        ("img", "Đất đá vùi lấp đường tỉnh 160 đoạn qua thôn Sín Chải, sáng 19/11. Ảnh: Giàng Dũng", "sat-lo-1"),
        ("p", "Theo UBND xã Tả Phìn, vụ sạt lở không gây thiệt hại về người. Một căn nhà tạm dùng làm kho chứa nông sản của hộ dân bị đất đá xô đổ một phần; khoảng 1 ha rừng thông và ruộng bậc thang bị vùi lấp. Khoảng 300 ôtô, xe máy chở khách du lịch và hàng hóa bị kẹt ở hai đầu điểm sạt từ sáng sớm."),
        ("p", "Ông Lý Văn Sử, Chủ tịch UBND xã, cho biết lượng mưa trong ba ngày qua tại khu vực vượt 180 mm, khiến đất trên các sườn đồi ngậm nước. Xã đã huy động công an, dân quân cùng lực lượng của Ban Chỉ huy phòng thủ khu vực chốt chặn hai đầu, hướng dẫn phương tiện quay đầu, đi vòng qua đường liên xã dài thêm khoảng 25 km."),
        ("related", ["Mưa lớn gây sạt lở nhiều tuyến đường vùng cao phía Bắc", "Lào Cai di dời khẩn cấp 40 hộ dân khỏi vùng nguy cơ sạt lở"]),
        ("h", "Dự kiến thông xe tạm vào tối nay"),
        ("p", "Đến 10h, Sở Xây dựng Lào Cai điều ba máy xúc, bốn ôtô tải đến hiện trường, san gạt đất đá theo kiểu cuốn chiếu từ hai đầu. Do phía trên taluy vẫn còn nhiều vết nứt dài, lực lượng thi công phải bố trí người cảnh giới liên tục, dừng máy mỗi khi có đất đá lăn xuống."),
        ("img", "Máy xúc san gạt đất đá để mở một làn đường tạm cho xe qua, trưa 19/11. Ảnh: Sở Xây dựng Lào Cai", "sat-lo-2"),
        ("p", "Ông Hoàng Đức Minh, Phó giám đốc Sở Xây dựng, cho biết đơn vị phấn đấu thông xe một làn trước 20h cùng ngày. Sau đó, sở sẽ thuê đơn vị tư vấn khảo sát địa chất toàn bộ sườn đồi để có phương án gia cố lâu dài, tránh sạt lở tái diễn trong mùa mưa năm sau."),
        ("p", "Đường tỉnh 160 dài khoảng 38 km, là tuyến chính nối khu vực thị xã Sa Pa cũ với các xã vùng cao phía tây tỉnh. Từ đầu năm đến nay, tuyến đường đã xảy ra 11 điểm sạt lở lớn nhỏ, phần lớn ở các đoạn mở rộng qua vùng đồi có độ dốc cao."),
        ("p", "Trung tâm Dự báo khí tượng thủy văn quốc gia nhận định, trong hai ngày tới, các tỉnh vùng núi phía Bắc tiếp tục có mưa rào và dông rải rác, nguy cơ sạt lở đất trên sườn dốc ở Lào Cai, Tuyên Quang, Lai Châu còn cao. Cơ quan này khuyến cáo người dân hạn chế di chuyển qua các tuyến đường đèo dốc vào ban đêm."),
        ("author", "Hoàng Tuấn"),
    ],
    comments=[
        ("Minh Thư", "Mùa này đi Sa Pa phải hết sức cẩn thận, nhất là đi xe máy buổi tối.", "2 ngày trước"),
        ("Quốc Việt", "Cảm ơn lực lượng chức năng đã khắc phục rất nhanh. Mong sớm có phương án gia cố lâu dài.", "3 ngày trước"),
        ("Tâm An", "Đoạn này năm nào cũng sạt, cần làm tường chắn kiên cố chứ san gạt thì mùa mưa sau lại sạt tiếp.", "3 ngày trước"),
    ],
)

A["s02"] = dict(
    title="Lĩnh 12 năm tù vì dựng dự án “ma” bán đất nền, chiếm đoạt gần 70 tỉ đồng",
    sapo="Ngày 19-11, TAND TP.HCM tuyên phạt bị cáo Trần Quốc Huy, nguyên giám đốc Công ty CP Địa ốc Phú An Land, 12 năm tù về tội lừa đảo chiếm đoạt tài sản, đồng thời buộc bị cáo bồi thường cho 214 khách hàng.",
    blocks=[
        ("p", "Cùng bị xét xử trong vụ án có Lê Thị Ngọc Diễm (39 tuổi, nguyên kế toán trưởng) và Phạm Minh Thắng (35 tuổi, nguyên trưởng phòng kinh doanh). Hai bị cáo lần lượt nhận 7 năm và 5 năm tù về cùng tội danh với vai trò giúp sức."),
        ("h", "Vẽ dự án trên đất nông nghiệp"),
        ("p", "Theo cáo trạng, từ tháng 3-2022 đến tháng 8-2023, Huy chỉ đạo nhân viên quảng cáo dự án khu dân cư Phú An Riverside rộng hơn 5ha tại xã Phước Thạnh, huyện Củ Chi cũ. Thực tế, khu đất này phần lớn là đất trồng cây lâu năm do công ty nhận chuyển nhượng bằng giấy tay từ một số hộ dân, chưa được cơ quan có thẩm quyền cho phép chuyển mục đích sử dụng hay chấp thuận chủ trương đầu tư."),
        ("p", "Để tạo lòng tin, Huy cho san lấp mặt bằng, làm đường nội bộ bằng đá mi, cắm mốc từng lô và dựng nhà mẫu. Khách hàng được ký “hợp đồng đặt cọc giữ chỗ”, cam kết sẽ nhận sổ hồng riêng trong vòng 12 tháng. Giá mỗi nền từ 1,2 đến 2,8 tỉ đồng, khách phải thanh toán trước 70 - 90% giá trị."),
        ("p", "Với cách thức này, công ty đã thu của 214 khách hàng tổng cộng hơn 69,4 tỉ đồng. Số tiền thu về được Huy dùng trả nợ, chi hoa hồng cho môi giới và chi tiêu cá nhân, một phần chuyển sang góp vốn ở các dự án khác. Khi hết thời hạn cam kết, khách hàng không nhận được sổ, liên tục kéo đến trụ sở công ty đòi tiền thì Huy né tránh, tắt điện thoại."),
        ("xemthem", ["Cảnh giác chiêu bán đất nền dự án chưa đủ pháp lý ở ven TP.HCM"]),
        ("h", "Bị hại mong được nhận lại tiền"),
        ("p", "Tại phiên tòa, Huy thừa nhận hành vi nhưng cho rằng công ty “có ý định làm dự án thật”, chỉ vì thủ tục kéo dài và thị trường khó khăn nên không thể thực hiện cam kết. Bị cáo xin được tiếp tục bán tài sản để khắc phục hậu quả."),
        ("p", "Nhiều bị hại có mặt tại tòa cho biết đã vay mượn, bán nhà ở quê để mua nền. Bà Nguyễn Thị Hoa (56 tuổi, ngụ phường Thủ Dầu Một) kể gia đình dồn gần 1,9 tỉ đồng mua hai nền cho hai con. “Ba năm nay tôi đi đòi không biết bao nhiêu lần. Tôi chỉ mong tòa buộc họ trả lại tiền để tôi còn trả nợ ngân hàng”, bà Hoa nói."),
        ("img", "Bị cáo Trần Quốc Huy (giữa) cùng đồng phạm tại phiên tòa - Ảnh: TUYẾT MAI", "phien-toa"),
        ("p", "Hội đồng xét xử nhận định hành vi của các bị cáo là đặc biệt nghiêm trọng, xâm phạm quyền sở hữu tài sản của nhiều người, gây bức xúc trong dư luận. Tuy nhiên, các bị cáo đã thành khẩn khai báo, gia đình Huy đã nộp 4,5 tỉ đồng khắc phục một phần hậu quả nên được xem xét giảm nhẹ một phần hình phạt."),
        ("p", "Ngoài án tù, tòa buộc Huy phải bồi thường số tiền còn lại cho các bị hại, tiếp tục kê biên quyền sử dụng đất và căn nhà của bị cáo ở phường Bình Thạnh để bảo đảm thi hành án. Các bị cáo và bị hại có quyền kháng cáo trong thời hạn luật định."),
    ],
    comments=[
        ("Nguyễn Văn Hùng", "Người mua cũng cần tỉnh táo, đất chưa có sổ, chưa có pháp lý dự án thì đừng xuống tiền.", "19-11-2026 12:40"),
        ("Kim Oanh", "Tiền bồi thường không biết bao giờ mới lấy lại được, tội cho các bị hại.", "19-11-2026 14:05"),
    ],
)

A["s03"] = dict(
    title="Xe khách va chạm xe đầu kéo trên cao tốc, 2 người tử vong",
    sapo="(Dân Thời) - Xe khách giường nằm chở 34 người đâm vào đuôi xe đầu kéo trên cao tốc Cam Lâm - Vĩnh Hảo đoạn qua tỉnh Khánh Hòa, khiến 2 người tử vong, 11 người bị thương.",
    blocks=[
        ("p", "Khoảng 2h30 ngày 20/11, xe khách giường nằm mang biển kiểm soát TP.HCM do tài xế Nguyễn Văn Tâm (46 tuổi) điều khiển, lưu thông trên cao tốc Cam Lâm - Vĩnh Hảo theo hướng Nam - Bắc. Khi đến km 52+300, đoạn qua xã Thuận Bắc, tỉnh Khánh Hòa, xe khách bất ngờ tông mạnh vào đuôi xe đầu kéo chạy cùng chiều."),
        ("p", "Cú va chạm khiến phần đầu xe khách bẹp dúm, nhiều hành khách đang ngủ bị văng khỏi giường. Phụ xe và một hành khách ngồi ở hàng ghế đầu tử vong tại chỗ; 11 người khác bị thương, trong đó tài xế bị kẹt cứng trong cabin."),
        ("img", "Hiện trường vụ tai nạn trên cao tốc Cam Lâm - Vĩnh Hảo rạng sáng 20/11 (Ảnh: Trung Thi).", "hien-truong"),
        ("p", "Anh Lê Hoàng Phúc (29 tuổi, hành khách nằm ở tầng trên, cuối xe) cho biết lúc xảy ra va chạm, xe đang chạy nhanh, trời tối và có mưa nhỏ. \"Tôi nghe một tiếng rầm rất lớn, cả xe rung lên rồi mọi người la hét. Mấy anh em nằm phía sau tự đạp cửa thoát hiểm ra ngoài rồi quay lại phụ kéo người bị kẹt\", anh Phúc kể."),
        ("related", ["Xe tải tông đuôi xe container trên cao tốc, tài xế tử vong", "Cao tốc 4 làn chưa có dải phân cách: Bao giờ hết \"cao tốc tử thần\"?"]),
        ("p", "Nhận tin báo, Phòng Cảnh sát giao thông Công an tỉnh Khánh Hòa cùng lực lượng cứu nạn, cứu hộ và Công an xã Thuận Bắc đến hiện trường, dùng thiết bị chuyên dụng cắt cabin để đưa tài xế ra ngoài. Các nạn nhân được chuyển đến Bệnh viện Đa khoa tỉnh Khánh Hòa cơ sở 2 tại phường Phan Rang cấp cứu."),
        ("p", "Theo bác sĩ Trần Minh Khoa, Phó giám đốc bệnh viện, trong số 11 người nhập viện có 3 người bị đa chấn thương, gãy xương đùi, chấn thương sọ não, đang được theo dõi sát; những người còn lại bị xây xát, sức khỏe ổn định."),
        ("p", "Vụ tai nạn khiến cao tốc hướng Nam - Bắc ùn tắc khoảng 4 km trong gần ba giờ. Đến 6h, lực lượng chức năng điều xe cẩu đưa hai phương tiện vào làn dừng khẩn cấp, phân luồng cho xe lưu thông một làn."),
        ("p", "Theo lãnh đạo Phòng Cảnh sát giao thông, kết quả kiểm tra ban đầu cho thấy tài xế xe khách âm tính với ma túy, nồng độ cồn bằng 0. Cơ quan chức năng đang trích xuất dữ liệu thiết bị giám sát hành trình, camera trên xe và lấy lời khai các bên liên quan để làm rõ nguyên nhân."),
        ("p", "Cao tốc Cam Lâm - Vĩnh Hảo dài gần 79 km, đi qua địa bàn tỉnh Khánh Hòa và Lâm Đồng, đưa vào khai thác từ tháng 5/2023. Tuyến có quy mô 4 làn xe nhưng một số đoạn chưa có dải phân cách cứng, hệ thống chiếu sáng còn hạn chế, từng xảy ra nhiều vụ tai nạn nghiêm trọng vào ban đêm."),
    ],
)

A["s04"] = dict(
    title="Bão số 15 mạnh cấp 11, hướng vào vùng biển Khánh Hòa - Lâm Đồng",
    sapo="Hồi 4h ngày 21/11, tâm bão số 15 ở vào khoảng 12,1 độ Vĩ Bắc; 113,6 độ Kinh Đông, trên vùng biển phía Bắc quần đảo Trường Sa. Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 11 (103 - 117 km/h), giật cấp 13.",
    blocks=[
        ("p", "Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, trong 24 giờ tới, bão di chuyển chủ yếu theo hướng Tây, mỗi giờ đi được khoảng 15 km và có khả năng mạnh thêm. Đây là cơn bão thứ 15 hoạt động trên Biển Đông từ đầu năm và là cơn bão muộn hiếm gặp hướng vào vùng biển Nam Trung Bộ."),
        ("h", "Dự báo diễn biến bão trong các giờ tới"),
        ("table", [
            ["Thời điểm dự báo", "Vị trí", "Cường độ", "Vùng nguy hiểm", "Cấp độ rủi ro thiên tai"],
            ["4h/22/11", "12,0°N - 111,3°E; trên vùng biển phía Tây quần đảo Trường Sa", "Cấp 12, giật cấp 15", "Từ vĩ tuyến 9,5°N đến 14,5°N; phía Tây kinh tuyến 115,5°E", "Cấp 3"],
            ["4h/23/11", "11,9°N - 109,4°E; trên vùng biển Khánh Hòa - Lâm Đồng", "Cấp 11, giật cấp 13", "Từ vĩ tuyến 10,0°N đến 14,0°N; phía Tây kinh tuyến 113,0°E", "Cấp 3; vùng biển ven bờ Khánh Hòa - Lâm Đồng cấp 4"],
            ["4h/24/11", "11,8°N - 107,3°E; trên đất liền phía Nam tỉnh Lâm Đồng", "Suy yếu thành vùng áp thấp", "-", "-"],
        ]),
        ("p", "Do ảnh hưởng của bão, vùng biển phía Tây khu vực giữa và Nam Biển Đông có gió mạnh cấp 8 - 9, vùng gần tâm bão cấp 10 - 12, giật cấp 15; sóng biển cao 5 - 7 m, biển động dữ dội. Từ chiều tối 22/11, vùng biển ven bờ từ Đắk Lắk đến Lâm Đồng gió tăng dần lên cấp 6 - 7, sau tăng lên cấp 8 - 10, giật cấp 12; vùng ven biển có nước dâng 0,4 - 0,6 m."),
        ("p", "Trên đất liền, từ đêm 22/11, khu vực ven biển từ phía Nam tỉnh Đắk Lắk đến Lâm Đồng có gió mạnh dần lên cấp 6 - 7, vùng gần tâm bão cấp 8 - 9, giật cấp 11. Từ đêm 22 đến hết ngày 24/11, khu vực từ Gia Lai đến Lâm Đồng có mưa to đến rất to với lượng mưa phổ biến 150 - 300 mm, có nơi trên 450 mm."),
        ("ad",),
        ("h", "Các địa phương khẩn trương ứng phó"),
        ("p", "Chiều 20/11, Ban Chỉ đạo phòng thủ dân sự quốc gia đã có công điện đề nghị các tỉnh, thành phố ven biển từ Quảng Ngãi đến TP.HCM theo dõi chặt chẽ diễn biến của bão, kiểm đếm, hướng dẫn tàu thuyền còn hoạt động trên biển thoát ra khỏi hoặc không đi vào vùng nguy hiểm. Theo Bộ đội Biên phòng các tỉnh, đến 18h cùng ngày còn hơn 1.200 tàu cá với gần 7.000 lao động hoạt động trong vùng có khả năng bị ảnh hưởng."),
        ("p", "Tỉnh Khánh Hòa đã yêu cầu các xã, phường ven biển rà soát, chuẩn bị phương án sơ tán dân khỏi khu vực nhà yếu, vùng trũng thấp, lồng bè nuôi trồng thủy sản trên vịnh trước 17h ngày 22/11. Tỉnh Lâm Đồng cho học sinh các xã, phường ven biển nghỉ học ngày 23/11, đồng thời chỉ đạo các hồ chứa thủy lợi, thủy điện vận hành điều tiết, hạ mực nước để đón lũ."),
        ("p", "Cơ quan khí tượng cảnh báo, gió mạnh và mưa lớn có thể làm đổ cây, hư hại nhà cửa, công trình giao thông và hạ tầng; nguy cơ lũ quét ở các sông, suối nhỏ và sạt lở đất trên sườn dốc tại vùng núi Khánh Hòa, Lâm Đồng. Người dân cần theo dõi chặt chẽ các bản tin dự báo tiếp theo, được cập nhật 3 giờ một lần."),
        ("source", "Theo Trung tâm Dự báo KTTV quốc gia"),
    ],
)

A["s05"] = dict(
    title="Hoàng Thành Hà Nội ngược dòng thắng Phố Hiến",
    sapo="Bị dẫn trước từ phút thứ 8, Hoàng Thành Hà Nội vùng lên mạnh mẽ trong hiệp hai để thắng Phố Hiến 3-1 trên sân Hàng Đẫy tối 15/11, qua đó áp sát ngôi đầu V.League 2026/27.",
    blocks=[
        ("p", "Đội khách nhập cuộc đầy hưng phấn và có bàn mở tỷ số ngay phút thứ 8. Từ quả phạt góc bên cánh phải của Trần Văn Lợi, trung vệ Đinh Quang Hưng bật cao đánh đầu cận thành, bóng chạm chân hậu vệ đội nhà đổi hướng vào lưới."),
        ("p", "Bị thủng lưới sớm, Hoàng Thành Hà Nội đẩy cao đội hình, cầm bóng tới 64% thời lượng hiệp một nhưng gặp khó trước lối chơi phòng ngự số đông của đội bóng đất Hưng Yên. Cơ hội rõ rệt nhất của chủ nhà đến ở phút 33, khi cú vô lê của tiền đạo ngoại binh Rafael Souza đi chìm, bị thủ môn Vũ Đình Khang đẩy ra chịu phạt góc."),
        ("p", "Sau giờ nghỉ, HLV Lê Đức Tuấn tung tiền vệ trẻ Nguyễn Hữu Tài vào sân đá cánh trái. Sự thay đổi phát huy tác dụng ngay. Phút 52, Hữu Tài nhận bóng ở rìa vòng cấm, loại một cầu thủ đối phương rồi dứt điểm chân phải vào góc xa, gỡ hòa 1-1."),
        ("img", "Nguyễn Hữu Tài (số 10) ăn mừng bàn gỡ hòa cho Hoàng Thành Hà Nội. Ảnh: Việt Hùng.", "huu-tai"),
        ("p", "Đà hưng phấn giúp chủ nhà dồn ép liên tục. Phút 67, từ đường chọc khe của đội trưởng Phạm Minh Đức, Rafael Souza thoát xuống đối mặt thủ môn và sút tung nóc lưới, nâng tỷ số lên 2-1. Bàn thắng thứ ba đến ở phút 81, khi hậu vệ Lý Công Thành băng vào cột gần, đánh đầu dứt điểm quả tạt của Hữu Tài."),
        ("p", "Những phút cuối, Phố Hiến dồn lên tìm bàn rút ngắn cách biệt. Tiền đạo Hồ Văn Tú có cơ hội ở phút 88 nhưng cú sút của anh từ khoảng cách 11 m đi vọt xà. Trọng tài Nguyễn Đình Hải cũng từ chối một tình huống đòi phạt đền của đội khách sau khi tham khảo VAR."),
        ("ad",),
        ("p", "Trả lời phỏng vấn sau trận, HLV Lê Đức Tuấn thừa nhận đội bóng đã chơi thiếu tập trung trong hiệp một. “Chúng tôi để đối thủ ghi bàn từ một tình huống cố định, điều mà cả tuần qua đã tập rất kỹ. Tôi hài lòng vì các cầu thủ giữ được bình tĩnh và chơi đúng những gì đã trao đổi trong phòng thay đồ”, ông nói."),
        ("p", "Phía đội khách, HLV Trương Quốc Bảo cho rằng thể lực là nguyên nhân chính dẫn đến thất bại. Phố Hiến chỉ có bốn ngày nghỉ sau trận đấu ở Cúp Quốc gia, trong khi ba trụ cột hàng phòng ngự vắng mặt vì chấn thương."),
        ("p", "Với chiến thắng này, Hoàng Thành Hà Nội có 19 điểm sau 9 trận, kém đội đầu bảng Sông Hàn Đà Nẵng 1 điểm. Phố Hiến đứng thứ 11 với 10 điểm. Ở vòng 10, Hoàng Thành Hà Nội làm khách trên sân Lạch Tray, còn Phố Hiến tiếp đón Núi Hồng Hà Tĩnh vào cuối tuần tới."),
    ],
)

A["s06"] = dict(
    title="Xuất khẩu nông, lâm, thủy sản 10 tháng đạt 61,8 tỷ USD",
    sapo="Kim ngạch xuất khẩu nông, lâm, thủy sản 10 tháng năm 2026 ước đạt 61,8 tỷ USD, tăng 9,4% so với cùng kỳ năm trước; thặng dư thương mại toàn ngành đạt gần 17,5 tỷ USD.",
    blocks=[
        ("p", "Theo số liệu Bộ Nông nghiệp và Môi trường công bố ngày 6/11, riêng trong tháng 10, kim ngạch xuất khẩu nông, lâm, thủy sản ước đạt 6,7 tỷ USD, tăng 3,1% so với tháng trước và tăng 11,2% so với tháng 10/2025. Đây là tháng thứ ba liên tiếp kim ngạch của toàn ngành vượt mốc 6,5 tỷ USD."),
        ("p", "Trong cơ cấu xuất khẩu 10 tháng, giá trị nhóm nông sản chính ước đạt 33,2 tỷ USD, tăng 10,6%; lâm sản chính đạt 15,1 tỷ USD, tăng 7,9%; thủy sản đạt 8,9 tỷ USD, tăng 8,3%; sản phẩm chăn nuôi đạt 0,5 tỷ USD. Nhóm đầu vào sản xuất như phân bón, thức ăn chăn nuôi cũng ghi nhận mức tăng khá."),
        ("h", "Cà phê, rau quả dẫn dắt tăng trưởng"),
        ("p", "Cà phê tiếp tục là điểm sáng với kim ngạch ước đạt 7,4 tỷ USD, tăng 14,7% dù khối lượng xuất khẩu chỉ tăng nhẹ. Giá cà phê xuất khẩu bình quân 10 tháng ở mức khoảng 5.300 USD/tấn, cao hơn 12% so với cùng kỳ do nguồn cung toàn cầu tiếp tục khan hiếm."),
        ("p", "Rau quả đạt 6,9 tỷ USD, tăng 11,3%, trong đó sầu riêng đóng góp khoảng 3,4 tỷ USD nhờ mở rộng mã số vùng trồng và thị trường tiêu thụ. Gạo đạt 4,2 tỷ USD, giảm 6,1% về giá trị do giá xuất khẩu bình quân giảm, dù khối lượng vẫn tăng 4,5%."),
        ("p", "{b}Một số mặt hàng xuất khẩu chủ lực 10 tháng năm 2026{/b}"),
        ("table", [
            ["Mặt hàng", "Kim ngạch (tỷ USD)", "So với cùng kỳ"],
            ["Gỗ và sản phẩm gỗ", "14,1", "+8,2%"],
            ["Cà phê", "7,4", "+14,7%"],
            ["Rau quả", "6,9", "+11,3%"],
            ["Hạt điều", "4,5", "+9,8%"],
            ["Gạo", "4,2", "-6,1%"],
            ["Tôm", "3,5", "+7,6%"],
        ]),
        ("source", "Nguồn: Bộ Nông nghiệp và Môi trường"),
        ("h", "Mỹ, Trung Quốc chiếm hơn 40% kim ngạch"),
        ("p", "Về thị trường, Mỹ, Trung Quốc và Nhật Bản tiếp tục là ba thị trường xuất khẩu lớn nhất, lần lượt chiếm 21,3%, 19,6% và 6,8% tổng kim ngạch. Xuất khẩu sang khu vực châu Âu tăng 13,5%, mức tăng cao nhất trong các khu vực thị trường, nhờ tận dụng tốt ưu đãi thuế quan từ Hiệp định EVFTA."),
        ("p", "Ông Phạm Văn Hòa, Phó cục trưởng Cục Chất lượng, Chế biến và Phát triển thị trường (Bộ Nông nghiệp và Môi trường), nhận định mục tiêu xuất khẩu 74 tỷ USD cả năm 2026 là khả thi nếu hai tháng cuối năm duy trì mức bình quân 6,1 tỷ USD mỗi tháng. Tuy nhiên, doanh nghiệp cần theo dõi sát các quy định mới về truy xuất nguồn gốc, chống phá rừng của EU và các biện pháp phòng vệ thương mại có thể phát sinh ở thị trường Mỹ."),
        ("p", "Ở chiều ngược lại, kim ngạch nhập khẩu nông, lâm, thủy sản 10 tháng ước đạt 44,3 tỷ USD, tăng 6,2%. Các mặt hàng nhập khẩu lớn gồm ngô, đậu tương, bông, gỗ nguyên liệu và hạt điều thô phục vụ chế biến xuất khẩu."),
    ],
)

A["s07"] = dict(
    title="Hà Nội công bố phương án tuyển sinh vào lớp 10 năm học 2027-2028",
    sapo="Sở Giáo dục và Đào tạo Hà Nội vừa công bố phương án tuyển sinh vào lớp 10 năm học 2027-2028. Kỳ thi tiếp tục gồm ba môn Ngữ văn, Toán và Ngoại ngữ, dự kiến tổ chức trong hai ngày đầu tháng 6/2027.",
    blocks=[
        ("p", "Theo văn bản gửi các trường THCS, THPT và UBND các xã, phường trên địa bàn, phương án tuyển sinh năm học 2027-2028 cơ bản giữ ổn định như năm trước để học sinh, phụ huynh chủ động trong ôn tập. Điểm mới là thành phố tiếp tục điều chỉnh khu vực tuyển sinh theo địa giới hành chính của các xã, phường sau sắp xếp, bảo đảm học sinh được học gần nơi cư trú."),
        ("p", "Những nội dung chính của phương án như sau:"),
        ("ul", [
            "Thi tuyển với ba môn Ngữ văn, Toán và Ngoại ngữ; môn Ngữ văn và Toán làm bài tự luận 120 phút, Ngoại ngữ thi trắc nghiệm 60 phút.",
            "Điểm xét tuyển là tổng điểm ba bài thi tính theo thang điểm 10, không nhân hệ số, cộng điểm ưu tiên (nếu có).",
            "Mỗi thí sinh được đăng ký tối đa ba nguyện vọng vào lớp 10 trường THPT công lập, xếp theo thứ tự ưu tiên 1, 2, 3; nguyện vọng 1 và 2 phải thuộc cùng một khu vực tuyển sinh.",
            "Thí sinh đăng ký dự tuyển trực tuyến trên hệ thống của Sở từ ngày 15/4 đến 25/4/2027; việc điều chỉnh nguyện vọng thực hiện trước ngày 10/5/2027.",
            "Kỳ thi vào lớp 10 chuyên và lớp 10 tích hợp tổ chức sau kỳ thi chung, thí sinh dự thi thêm môn chuyên theo đăng ký.",
        ]),
        ("p", "Năm học 2027-2028, toàn thành phố dự kiến có khoảng 135.000 học sinh tốt nghiệp THCS, tăng gần 4.000 em so với năm trước. Các trường THPT công lập dự kiến tuyển khoảng 82.000 chỉ tiêu, đạt tỷ lệ khoảng 61%; số còn lại học tại các trường tư thục, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên và các cơ sở giáo dục nghề nghiệp."),
        ("img", "Học sinh lớp 9 Trường THCS Nam Từ Liêm trong giờ ôn tập. Ảnh: Lan Phương", "hoc-sinh-on-tap"),
        ("p", "Bà Trần Thị Thu Hương, Trưởng phòng Quản lý thi và Kiểm định chất lượng, Sở GD&ĐT Hà Nội, cho biết để giảm áp lực cho học sinh, Sở đang đề nghị thành phố đầu tư xây mới 12 trường THPT công lập ở các phường, xã có mật độ dân cư cao như Yên Nghĩa, Hoàng Mai, Long Biên, Đông Anh, đưa vào sử dụng trước năm học 2027-2028."),
        ("p", "Sở cũng lưu ý các trường THCS tổ chức ôn tập theo đúng chương trình giáo dục phổ thông 2018, không dạy thêm trái quy định, không tổ chức thi thử tràn lan gây áp lực cho học sinh. Phụ huynh có thể theo dõi thông tin chính thức về tuyển sinh trên cổng thông tin điện tử của Sở và của nhà trường."),
    ],
)

A["s08"] = dict(
    title="Sốt xuất huyết tăng cao, ngành y tế khuyến cáo 6 biện pháp phòng bệnh",
    sapo="Từ đầu năm đến nay, TP.HCM ghi nhận hơn 21.400 ca sốt xuất huyết, tăng 27% so với cùng kỳ, trong đó có 6 ca tử vong. Ngành y tế khuyến cáo người dân không chủ quan, chủ động diệt lăng quăng và đưa người bệnh đến cơ sở y tế khi có dấu hiệu cảnh báo.",
    blocks=[
        ("p", "Theo Sở Y tế TP.HCM, chỉ riêng trong tuần từ ngày 2 đến 8-11, thành phố có 1.136 ca mắc mới, tăng 9,8% so với trung bình bốn tuần trước. Các ca bệnh tập trung ở những phường, xã có mật độ dân cư cao, nhiều nhà trọ và công trình xây dựng như Bình Tân, Tân Tạo, Thủ Dầu Một, Dĩ An."),
        ("p", "Bác sĩ CKII Nguyễn Thanh Trường, Phó trưởng khoa Nhiễm, Bệnh viện Nhiệt đới TP.HCM, cho biết khoảng 15% bệnh nhân nhập viện trong tháng là người lớn bị sốc sốt xuất huyết hoặc có biến chứng xuất huyết tiêu hóa, tổn thương gan. Nhiều trường hợp tự điều trị tại nhà, dùng thuốc hạ sốt không đúng cách và chỉ đến bệnh viện khi đã vào giai đoạn nặng."),
        ("img", "Bác sĩ thăm khám cho bệnh nhân sốt xuất huyết tại Bệnh viện Nhiệt đới TP.HCM. Ảnh: HOÀNG HÙNG", "kham-benh"),
        ("p", "“Giai đoạn nguy hiểm nhất là từ ngày thứ 3 đến ngày thứ 7 của bệnh, khi bệnh nhân đã hết sốt. Người nhà thường nghĩ bệnh đã khỏi nhưng đây lại là lúc dễ xảy ra sốc”, bác sĩ Trường lưu ý."),
        ("h", "Dấu hiệu cần đưa người bệnh đến viện ngay"),
        ("p", "Theo Sở Y tế, người bệnh cần được đưa ngay đến cơ sở y tế khi có một trong các dấu hiệu: đau bụng nhiều, nôn ói liên tục, chảy máu mũi hoặc chảy máu chân răng, tiểu ít, vật vã, li bì, tay chân lạnh ẩm."),
        ("h", "Sáu biện pháp phòng bệnh"),
        ("p", "Để chủ động phòng bệnh, ngành y tế khuyến cáo người dân thực hiện các biện pháp sau:"),
        ("ol", [
            "Đậy kín tất cả các dụng cụ chứa nước để muỗi không vào đẻ trứng; thau rửa lu, khạp, bể chứa nước ít nhất mỗi tuần một lần.",
            "Thả cá hoặc dùng nắp đậy cho bể chứa nước lớn; thay nước bình hoa, chén nước kê chân tủ hằng tuần.",
            "Thu gom, loại bỏ vật dụng phế thải có thể đọng nước như chai lọ, lốp xe, vỏ dừa quanh nơi ở.",
            "Ngủ màn kể cả ban ngày, mặc quần áo dài tay, dùng bình xịt hoặc kem chống muỗi.",
            "Phối hợp với cơ quan y tế trong các đợt phun hóa chất diệt muỗi, không đóng cửa khi đội phun đến.",
            "Khi bị sốt, tuyệt đối không tự ý dùng aspirin, ibuprofen; uống nhiều nước, oresol và đến cơ sở y tế để được khám, theo dõi.",
        ]),
        ("p", "Sở Y tế TP.HCM đã đề nghị UBND các phường, xã, đặc khu tổ chức chiến dịch diệt lăng quăng trong hai tuần, huy động đoàn viên, thanh niên và cộng tác viên y tế đến từng hộ gia đình kiểm tra, hướng dẫn. Các bệnh viện được yêu cầu sẵn sàng giường bệnh, thuốc, dịch truyền và chế phẩm máu để điều trị ca bệnh nặng, hạn chế thấp nhất tử vong."),
    ],
)

A["s09"] = dict(
    title="“Người giữ lửa làng Vân”: Vở chèo mới chạm vào những phận người thời chuyển đổi",
    sapo="Vở chèo “Người giữ lửa làng Vân” của Nhà hát Chèo Thăng Long, ra mắt khán giả Thủ đô tối 7-11, là một nỗ lực đáng ghi nhận trong việc đưa đề tài đương đại lên chiếu chèo mà không đánh mất cái hồn của nghệ thuật truyền thống.",
    blocks=[
        ("p", "Vở diễn dựa trên kịch bản của tác giả Lê Thị Hạnh Nguyên, do NSƯT Đỗ Văn Khiêm dàn dựng. Câu chuyện xoay quanh bà Vân, một nghệ nhân ngoài bảy mươi tuổi, người cuối cùng của làng còn giữ được nghề làm giấy dó và những làn điệu hát ví quen thuộc. Khi làng được quy hoạch thành khu đô thị du lịch, bà đứng trước lựa chọn: bán đất, lên phố sống cùng con cháu, hay ở lại với xưởng giấy đã nguội lửa nhiều năm."),
        ("p", "Ngay từ cảnh mở màn, người xem đã bị cuốn vào không gian làng quê được tái hiện tinh tế bằng những tấm giấy dó khổng lồ treo lơ lửng, vừa là phông nền, vừa là màn chiếu cho ánh sáng thay đổi theo từng tâm trạng nhân vật. Họa sĩ thiết kế Nguyễn Mạnh Cường đã tiết chế đạo cụ, để lại khoảng trống cho diễn viên và cho trí tưởng tượng của khán giả."),
        ("quote", "“Lửa tàn thì giấy cũng tàn / Tay người còn ấm, làng Vân còn tình”"),
        ("p", "Câu hát ấy được nhắc lại nhiều lần như một điệp khúc, kết nối các lớp diễn. Nhạc sĩ Trần Quang Minh giữ lại các làn điệu chèo cổ như sử rầu, đường trường thu không, con gà rừng, đồng thời khéo léo đưa thêm tiếng đàn bầu, sáo trúc phối khí đương đại ở những đoạn chuyển cảnh, tạo nhịp nhanh hơn, hợp với khán giả trẻ."),
        ("h", "Dàn diễn viên vững nghề"),
        ("p", "Thành công lớn nhất của vở diễn thuộc về NSND Phạm Thị Thu Hà trong vai bà Vân. Chị không cần gào khóc hay những động tác cường điệu mà vẫn khiến khán phòng lặng đi ở lớp diễn bà một mình nhóm lại lò nấu vỏ dó giữa đêm mưa. Giọng hát đã có độ trầm của tuổi nghề nhưng luyến láy vẫn chắc, hơi ngân dài, đúng chất chèo sân đình."),
        ("img", "NSND Phạm Thị Thu Hà trong vai bà Vân. Ảnh: NHÀ HÁT CHÈO THĂNG LONG", "ba-van"),
        ("p", "Các diễn viên trẻ như Nguyễn Thùy Linh (vai cháu gái Mai), Đặng Hoàng Long (vai anh cán bộ dự án) cũng cho thấy sự tiến bộ rõ rệt. Đáng chú ý, vai hề chèo truyền thống được tác giả biến tấu thành nhân vật anh xe ôm công nghệ, vừa dí dỏm, vừa là người dẫn chuyện, khiến khán phòng nhiều lần bật cười."),
        ("h", "Vẫn còn những khoảng trống"),
        ("p", "Dù vậy, vở diễn vẫn còn một số hạn chế. Ở phần giữa, khi mâu thuẫn giữa bà Vân và người con trai được đẩy lên, kịch bản có phần dàn trải, lời thoại nặng tính thuyết minh. Một vài cảnh múa tập thể chưa thật sự ăn nhập với mạch cảm xúc, làm chậm nhịp vở diễn vốn đã kéo dài gần 150 phút."),
        ("p", "Tuy nhiên, những hạn chế đó không làm mờ đi giá trị của một tác phẩm dám đối thoại với đời sống hôm nay. Trong bối cảnh nhiều nhà hát truyền thống loay hoay tìm khán giả, “Người giữ lửa làng Vân” cho thấy chèo hoàn toàn có thể kể những câu chuyện của thời đại mình, nếu người làm nghề đủ tâm huyết và dám thay đổi."),
        ("p", "Vở diễn sẽ tiếp tục biểu diễn vào tối thứ bảy hằng tuần tại rạp Hồng Hà, phố Đinh Lễ, phường Hoàn Kiếm, Hà Nội đến hết tháng 12-2026."),
    ],
)

A["s10"] = dict(
    title="Khánh thành cầu treo dân sinh nối hai xã vùng cao Điện Biên",
    sapo=None,
    blocks=[
        ("p", "Ngày 21/11, UBND tỉnh Điện Biên tổ chức lễ khánh thành và đưa vào sử dụng cầu treo Huổi Lóng bắc qua sông Nậm Mức, nối xã Mường Chà với xã Na Sang. Công trình do Quỹ Hỗ trợ cộng đồng Ánh Dương tài trợ 3,8 tỷ đồng, phần còn lại do ngân sách tỉnh bố trí."),
        ("p", "Cầu dài 96 m, rộng 2,5 m, tải trọng 3,5 tấn, cho phép xe máy, xe công nông nhỏ qua lại. Sau hơn 7 tháng thi công, công trình hoàn thành sớm hơn kế hoạch gần một tháng, bảo đảm chất lượng kỹ thuật."),
        ("p", "Trước đây, người dân hai bên bờ chủ yếu qua sông bằng thuyền máy hoặc lội qua đoạn nước nông vào mùa khô. Vào mùa mưa lũ, việc đi lại gần như bị chia cắt; hơn 200 học sinh bản Huổi Lóng phải nghỉ học nhiều ngày mỗi khi nước sông dâng cao."),
        ("p", "Phát biểu tại buổi lễ, ông Lò Văn Thanh, Phó Chủ tịch UBND tỉnh Điện Biên, đánh giá cây cầu không chỉ giúp gần 1.500 người dân đi lại an toàn mà còn mở ra cơ hội giao thương, tiêu thụ nông sản, phát triển du lịch cộng đồng cho vùng đồng bào dân tộc thiểu số. Ông đề nghị chính quyền hai xã xây dựng quy chế quản lý, bảo trì, hướng dẫn người dân sử dụng cầu đúng tải trọng."),
        ("p", "Năm 2026, tỉnh Điện Biên đã huy động nguồn lực xã hội hóa xây dựng 14 cầu dân sinh ở các xã vùng sâu, vùng xa, với tổng kinh phí hơn 46 tỷ đồng."),
    ],
)

A["s11"] = dict(
    title="Khổ vì bãi rác tự phát giữa khu dân cư",
    sapo="Gần một năm nay, khoảng đất trống cạnh con hẻm nơi gia đình tôi sinh sống ở phường Tân Tạo, TP.HCM đã biến thành bãi rác tự phát, bốc mùi hôi thối, ruồi muỗi bu kín.",
    blocks=[
        ("p", "Ban đầu chỉ là vài bao rác do ai đó lén bỏ vào ban đêm. Dần dần, người ta mang cả xà bần, nệm cũ, bàn ghế hư, thậm chí xác động vật chết đến đổ. Đến nay, bãi rác đã rộng chừng 200 m2, có chỗ cao ngang đầu người, lấn cả ra mặt hẻm vốn chỉ rộng khoảng 4 m."),
        ("p", "Những ngày nắng, mùi hôi bốc lên nồng nặc, các hộ sống gần đó phải đóng kín cửa cả ngày. Khi trời mưa, nước rỉ từ đống rác chảy tràn ra hẻm, đen kịt, ai đi qua cũng phải bịt mũi. Tháng trước, hai cháu nhỏ trong xóm bị sốt xuất huyết phải nhập viện; người dân lo lắng bãi rác chính là nơi sinh sôi của muỗi."),
        ("img", "Bãi rác tự phát lấn ra mặt hẻm ở phường Tân Tạo. Ảnh: Bạn đọc cung cấp", "bai-rac"),
        ("p", "Cách đây vài tháng, có lần ai đó đốt rác vào ban đêm, khói mù mịt bay vào nhà dân. Tôi và nhiều hộ xung quanh phải thức dậy dùng xô, vòi nước dập lửa vì sợ cháy lan sang dãy nhà trọ bên cạnh."),
        ("p", "Bà con trong khu phố đã nhiều lần phản ánh qua tổ dân phố, đường dây nóng và ứng dụng tiếp nhận phản ánh của thành phố. Có đợt, phường cho xe đến thu dọn, nhưng chỉ được vài tuần, rác lại chất đống như cũ vì khu đất không có rào chắn, không có camera, cũng không ai canh giữ."),
        ("p", "Theo tìm hiểu của tôi, khu đất này thuộc một dự án nhà ở được giao từ hơn 10 năm trước nhưng chủ đầu tư chưa triển khai. Người dân không biết phải tìm ai để yêu cầu rào chắn, quản lý khu đất cho đúng quy định."),
        ("p", "Thông qua Báo Người Thợ, tôi thay mặt nhiều hộ dân kiến nghị UBND phường Tân Tạo sớm tổ chức thu dọn triệt để bãi rác, yêu cầu chủ đầu tư dự án rào chắn khu đất, đồng thời lắp camera giám sát và xử phạt nghiêm những trường hợp đổ rác trái phép. Chúng tôi chỉ mong có được một môi trường sống sạch sẽ, an toàn cho con cháu."),
        ("author", "Trần Văn Lộc (phường Tân Tạo, TP.HCM)"),
        ("p", "{i}* Ngày 20-11, trao đổi với phóng viên, ông Huỳnh Văn Lợi, Phó Chủ tịch UBND phường Tân Tạo, cho biết phường đã tiếp nhận phản ánh và sẽ phối hợp với đơn vị dịch vụ công ích tổ chức thu gom trong tuần này. Phường cũng đã có văn bản đề nghị chủ đầu tư khẩn trương rào chắn khu đất.{/i}"),
    ],
    comments=[
        ("Thanh Bình", "Khu tôi ở Bình Hưng Hòa cũng y chang, phản ánh hoài mà không ai xử lý dứt điểm.", "20-11-2026 17:02"),
        ("Mai Phương", "Nên công khai hình ảnh người đổ rác trộm và phạt thật nặng.", "20-11-2026 19:46"),
        ("Hải Đăng", "Chủ đầu tư bỏ hoang đất hơn 10 năm thì cũng nên xem xét thu hồi.", "21-11-2026 07:15"),
    ],
)

A["s12"] = dict(
    title="Nghỉ việc không báo trước, người lao động có được nhận trợ cấp thôi việc?",
    sapo="Nghỉ việc ngang, không báo trước đủ thời hạn theo quy định, người lao động có thể mất trợ cấp thôi việc và phải bồi thường cho người sử dụng lao động.",
    blocks=[
        ("p", "{b}Bạn đọc Nguyễn Văn Khánh (xã Yên Phong, tỉnh Bắc Ninh) hỏi:{/b} Tôi làm công nhân cho một công ty điện tử ở khu công nghiệp Yên Phong được hơn 4 năm, ký hợp đồng lao động không xác định thời hạn. Do gia đình có việc gấp, tôi nộp đơn xin nghỉ và nghỉ luôn sau 10 ngày. Công ty nói tôi vi phạm thời hạn báo trước nên không chi trả trợ cấp thôi việc, còn yêu cầu tôi bồi thường. Xin hỏi công ty làm vậy có đúng không?"),
        ("p", "{b}Luật sư Phạm Văn Quân, Công ty Luật TNHH Quân Minh, trả lời:{/b}"),
        ("p", "Theo khoản 1 Điều 35 Bộ luật Lao động năm 2019, người lao động có quyền đơn phương chấm dứt hợp đồng lao động nhưng phải báo trước cho người sử dụng lao động ít nhất 45 ngày nếu làm việc theo hợp đồng lao động không xác định thời hạn; ít nhất 30 ngày nếu hợp đồng xác định thời hạn từ 12 tháng đến 36 tháng; ít nhất 3 ngày làm việc nếu hợp đồng xác định thời hạn dưới 12 tháng."),
        ("p", "Khoản 2 Điều 35 cũng quy định một số trường hợp người lao động được nghỉ mà không cần báo trước, như:"),
        ("ul", [
            "Không được bố trí theo đúng công việc, địa điểm làm việc hoặc không được bảo đảm điều kiện làm việc theo thỏa thuận;",
            "Không được trả đủ lương hoặc trả lương không đúng thời hạn;",
            "Bị ngược đãi, đánh đập hoặc có lời nói, hành vi nhục mạ, bị quấy rối tình dục tại nơi làm việc;",
            "Lao động nữ mang thai phải nghỉ việc theo chỉ định của cơ sở khám bệnh, chữa bệnh có thẩm quyền;",
            "Người sử dụng lao động cung cấp thông tin không trung thực làm ảnh hưởng đến việc thực hiện hợp đồng lao động.",
        ]),
        ("p", "Trường hợp của anh, lý do “gia đình có việc gấp” không thuộc các trường hợp nêu trên. Anh ký hợp đồng không xác định thời hạn nhưng chỉ báo trước 10 ngày, như vậy là đơn phương chấm dứt hợp đồng lao động trái pháp luật."),
        ("p", "Theo Điều 40 Bộ luật Lao động, người lao động đơn phương chấm dứt hợp đồng trái pháp luật thì không được trợ cấp thôi việc; phải bồi thường cho người sử dụng lao động nửa tháng tiền lương theo hợp đồng lao động và một khoản tiền tương ứng với tiền lương theo hợp đồng trong những ngày không báo trước. Ngoài ra, nếu đã được công ty cử đi đào tạo, anh phải hoàn trả chi phí đào tạo theo Điều 62 của Bộ luật."),
        ("p", "Như vậy, việc công ty không chi trả trợ cấp thôi việc và yêu cầu anh bồi thường là có căn cứ. Tuy nhiên, công ty vẫn phải thanh toán đầy đủ tiền lương những ngày anh đã làm việc, tiền lương cho những ngày phép năm chưa nghỉ (nếu có), đồng thời có trách nhiệm hoàn thành thủ tục xác nhận thời gian đóng bảo hiểm xã hội và trả lại sổ bảo hiểm cho anh trong thời hạn 14 ngày làm việc kể từ ngày chấm dứt hợp đồng."),
        ("p", "Anh cũng lưu ý, theo Luật Việc làm, người lao động đơn phương chấm dứt hợp đồng trái pháp luật không thuộc đối tượng được hưởng trợ cấp thất nghiệp; thời gian đóng bảo hiểm thất nghiệp của anh sẽ được bảo lưu để tính cho lần hưởng sau. Trong trường hợp có tranh chấp, anh có thể đề nghị hòa giải viên lao động hỗ trợ hoặc khởi kiện tại Tòa án nhân dân có thẩm quyền."),
        ("author", "Quế Chi - Ban Bạn đọc"),
        ("note", "Bạn đọc có thắc mắc về pháp luật lao động, công đoàn, xin gửi câu hỏi về hộp thư Tư vấn pháp luật, hoặc qua địa chỉ thư điện tử tuvanphapluat@suclaodong.vn. Luật sư của Ban Bạn đọc trả lời vào thứ Hai, thứ Tư, thứ Sáu hằng tuần."),
    ],
)

A["s13"] = dict(
    title="Lâm Đồng vào vụ thu hoạch cà phê, nông dân phấn khởi vì được giá",
    sapo="Những ngày giữa tháng 11, nông dân các xã phía Tây tỉnh Lâm Đồng đồng loạt bước vào vụ thu hoạch cà phê niên vụ 2026 - 2027. Giá cà phê nhân xô ở mức trên 110.000 đồng/kg giúp người trồng phấn khởi, dù chi phí thuê nhân công tăng mạnh.",
    blocks=[
        ("audio", "Nghe phóng sự: Vào vụ cà phê trên vùng đất Lâm Hà"),
        ("p", "Có mặt tại thôn Tân Lập, xã Nam Ban từ sáng sớm, chúng tôi ghi nhận không khí thu hoạch nhộn nhịp trên những triền đồi phủ kín cà phê. Gia đình ông Nguyễn Văn Thắng có 2,5 ha cà phê vối ghép, năm nay dự kiến thu khoảng 10 tấn nhân, tăng gần 1 tấn so với vụ trước nhờ mùa mưa thuận lợi."),
        ("p", "“Giá như hiện nay thì trừ hết chi phí phân bón, tưới nước, thuê nhân công, mỗi héc-ta gia đình còn lãi trên 200 triệu đồng. Khó nhất bây giờ là thuê người hái, phải trả 350.000 đồng mỗi ngày, bao cơm trưa mà vẫn thiếu”, ông Thắng chia sẻ."),
        ("img", "Nông dân xã Nam Ban thu hoạch cà phê chín.", "thu-hoach-ca-phe"),
        ("p", "Theo Sở Nông nghiệp và Môi trường Lâm Đồng, niên vụ 2026 - 2027, toàn tỉnh có khoảng 312.000 ha cà phê, sản lượng dự kiến đạt hơn 920.000 tấn nhân, đứng đầu cả nước. Trong đó, diện tích cà phê được cấp chứng nhận sản xuất bền vững chiếm gần 35%."),
        ("p", "Bên cạnh niềm vui được giá, nhiều hộ trồng cà phê cũng lo lắng trước tình trạng trộm cắp cà phê trên vườn. Công an các xã đã tăng cường tuần tra ban đêm, phối hợp với tổ bảo vệ an ninh, trật tự ở cơ sở, vận động người dân không thu mua cà phê không rõ nguồn gốc."),
        ("h", "Khuyến cáo thu hái quả chín"),
        ("p", "Ông Trần Văn Sơn, Phó Giám đốc Sở Nông nghiệp và Môi trường, khuyến cáo nông dân chỉ thu hái khi tỷ lệ quả chín đạt trên 90%, không hái xanh để tránh làm giảm chất lượng và giá bán. Cà phê sau thu hoạch cần được phơi trên sân xi măng, bạt hoặc nhà phơi có mái che, không phơi trực tiếp trên nền đất."),
        ("img", "Phơi cà phê trên sân xi măng tại một hợp tác xã ở xã Đinh Văn Lâm Hà.", "phoi-ca-phe"),
        ("p", "Để nâng cao giá trị, tỉnh đang khuyến khích các hợp tác xã đầu tư máy sấy, kho bảo quản và liên kết với doanh nghiệp chế biến, xuất khẩu. Đến nay, toàn tỉnh có 58 hợp tác xã và tổ hợp tác sản xuất cà phê, liên kết tiêu thụ trên diện tích hơn 21.000 ha."),
    ],
)

A["s14"] = dict(
    title="Bộ đội Biên phòng giúp dân vùng biên khắc phục hậu quả mưa lũ",
    sapo="Những ngày qua, hàng trăm cán bộ, chiến sĩ Bộ đội Biên phòng tỉnh Quảng Trị đã có mặt tại các bản làng vùng biên giúp đồng bào dọn dẹp nhà cửa, sửa chữa đường sá, khắc phục hậu quả đợt mưa lũ lịch sử cuối tháng 10.",
    blocks=[
        ("p", "Tại bản Cù Bai, xã Lìa, từ sáng sớm, cán bộ, chiến sĩ Đồn Biên phòng Pa Tầng đã chia thành nhiều tổ, mang theo cuốc xẻng, máy bơm nước, cưa máy đến từng gia đình bị ảnh hưởng. Lớp bùn dày hơn nửa mét phủ kín nền nhà, sân vườn được các chiến sĩ xúc dọn, rửa sạch; những cây lớn bị gió quật đổ chắn lối đi được cưa cắt, thu gom gọn gàng."),
        ("p", "Thiếu tá Hồ Văn Dũng, Chính trị viên Đồn Biên phòng Pa Tầng, cho biết đợt mưa lũ vừa qua khiến 46 ngôi nhà trên địa bàn đồn quản lý bị ngập sâu, 5 nhà bị sạt lở đất uy hiếp, nhiều đoạn đường liên bản bị chia cắt. Ngay khi nước rút, đơn vị đã huy động 60 cán bộ, chiến sĩ phối hợp với dân quân, đoàn viên thanh niên xã giúp dân với phương châm “nhà nào khó khăn nhất làm trước”."),
        ("img", "Cán bộ, chiến sĩ Đồn Biên phòng Pa Tầng giúp người dân bản Cù Bai dọn bùn đất sau lũ.", "don-bun"),
        ("p", "Gia đình bà Hồ Thị Lan là một trong những hộ bị thiệt hại nặng nhất bản. Nước lũ dâng cao gần chạm mái khiến toàn bộ lúa giống, đồ đạc trong nhà bị cuốn trôi. “Lũ rút, nhìn nhà cửa ngổn ngang tôi không biết bắt đầu từ đâu. May có bộ đội biên phòng về giúp, chỉ trong hai ngày nhà đã sạch sẽ, có chỗ ăn ngủ”, bà Lan xúc động nói."),
        ("p", "Không chỉ giúp dân dọn dẹp, các đồn biên phòng còn trích kinh phí, phối hợp với các nhà hảo tâm trao tặng gạo, mì tôm, nước uống, thuốc men cho các hộ bị ảnh hưởng. Quân y các đồn tổ chức khám bệnh, cấp phát thuốc miễn phí, hướng dẫn người dân xử lý nguồn nước, vệ sinh môi trường để phòng dịch bệnh sau lũ."),
        ("h", "Không để người dân nào thiếu đói"),
        ("p", "Theo Đại tá Lê Minh Quang, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Quảng Trị, đợt mưa lũ từ ngày 26 đến 30-10 gây thiệt hại nặng nề cho các xã biên giới phía Tây của tỉnh. Bộ đội Biên phòng tỉnh đã huy động hơn 1.100 lượt cán bộ, chiến sĩ cùng hàng chục phương tiện tham gia sơ tán, cứu hộ, giúp dân khắc phục hậu quả."),
        ("img", "Quân y Đồn Biên phòng Pa Tầng khám bệnh, cấp thuốc cho người dân.", "quan-y"),
        ("p", "“Chúng tôi xác định giúp nhân dân ổn định cuộc sống là nhiệm vụ chính trị trọng tâm lúc này. Các đồn biên phòng phải nắm chắc từng hộ gia đình, không để người dân nào bị đói, rét, không có chỗ ở”, Đại tá Lê Minh Quang nhấn mạnh."),
        ("p", "Đến nay, Bộ đội Biên phòng tỉnh đã giúp dân dọn dẹp hơn 800 ngôi nhà, khơi thông gần 30 km đường giao thông, kênh mương nội đồng; trao hơn 4.000 suất quà với tổng trị giá gần 2 tỷ đồng. Hình ảnh người lính quân hàm xanh lội bùn giúp dân tiếp tục góp phần củng cố vững chắc “thế trận lòng dân” nơi biên giới."),
    ],
)

A["s15"] = dict(
    title="Triệt phá đường dây đánh bạc qua mạng quy mô hơn 1.200 tỷ đồng",
    sapo="Công an tỉnh Phú Thọ vừa triệt phá đường dây tổ chức đánh bạc qua mạng với tổng số tiền giao dịch hơn 1.200 tỷ đồng, khởi tố 17 bị can.",
    blocks=[
        ("p", "Ngày 10/11, thông tin từ Công an tỉnh Phú Thọ cho biết, Cơ quan Cảnh sát điều tra Công an tỉnh đã ra quyết định khởi tố vụ án, khởi tố bị can đối với 17 đối tượng về các tội “Tổ chức đánh bạc” và “Đánh bạc”, trong đó Đặng Văn Lực (SN 1988, trú tại phường Vĩnh Yên) là đối tượng cầm đầu."),
        ("p", "Trước đó, qua công tác nắm tình hình trên không gian mạng, Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh phát hiện một nhóm đối tượng sử dụng website có máy chủ đặt ở nước ngoài để tổ chức cho người chơi cá độ bóng đá, chơi xóc đĩa, tài xỉu trực tuyến. Ban chuyên án đã được thành lập để đấu tranh, làm rõ."),
        ("p", "Kết quả điều tra ban đầu xác định, từ tháng 6/2025, Lực cùng đồng bọn thuê tài khoản quản trị cấp “tổng đại lý” trên các trang web cờ bạc, sau đó phân cấp cho các đại lý cấp dưới tại Phú Thọ, Hà Nội, Bắc Ninh, Thái Nguyên. Các đại lý này mời chào người chơi qua mạng xã hội, nhận tiền và đổi điểm cho người chơi qua nhiều tài khoản ngân hàng thuê, mua của người khác."),
        ("p", "Để đối phó với cơ quan chức năng, các đối tượng thường xuyên thay đổi địa chỉ trang web, liên lạc với nhau qua ứng dụng nhắn tin mã hóa, chỉ giao dịch bằng tài khoản đứng tên người khác. Mỗi tháng, đường dây thu lợi bất chính hàng chục tỷ đồng từ tiền chênh lệch thắng thua và hoa hồng."),
        ("p", "Ngày 2/11, Ban chuyên án huy động hơn 150 cán bộ, chiến sĩ đồng loạt kiểm tra, khám xét 12 địa điểm tại 4 tỉnh, thành phố, bắt giữ các đối tượng; thu giữ 35 điện thoại di động, 9 máy tính, hơn 200 thẻ ngân hàng, 1 ôtô cùng nhiều tài liệu liên quan. Cơ quan điều tra đã phong tỏa 46 tài khoản ngân hàng với số dư hơn 8,6 tỷ đồng."),
        ("img", "Các đối tượng trong đường dây đánh bạc qua mạng tại cơ quan công an. Ảnh: Công an tỉnh Phú Thọ", "doi-tuong"),
        ("p", "Tại cơ quan điều tra, các đối tượng đã khai nhận toàn bộ hành vi phạm tội. Qua xác minh dữ liệu điện tử, tổng số tiền giao dịch đánh bạc của đường dây được xác định hơn 1.200 tỷ đồng với hàng nghìn người chơi tham gia."),
        ("p", "Công an tỉnh Phú Thọ khuyến cáo người dân tuyệt đối không tham gia đánh bạc, cá độ dưới mọi hình thức; không cho thuê, cho mượn, mua bán tài khoản ngân hàng, thông tin cá nhân. Những hành vi này không chỉ vi phạm pháp luật mà còn tiếp tay cho tội phạm, có thể bị xử lý hình sự. Người dân phát hiện dấu hiệu tổ chức đánh bạc qua mạng có thể thông báo cho công an xã, phường nơi gần nhất."),
    ],
)

A["s16"] = dict(
    title="Hà Nội thông xe cầu vượt nút giao Vành đai 2,5 - Giải Phóng",
    sapo="Sáng 14/11, UBND TP Hà Nội tổ chức thông xe cầu vượt tại nút giao giữa đường Vành đai 2,5 và đường Giải Phóng, sớm hơn kế hoạch gần hai tháng, góp phần giảm ùn tắc cho cửa ngõ phía Nam Thủ đô.",
    blocks=[
        ("p", "Cầu vượt có tổng chiều dài 620m, gồm 2 làn xe, rộng 9m, kết cấu dầm thép liên hợp bản mặt cầu bê tông cốt thép, chạy theo hướng đường Vành đai 2,5 vượt qua đường Giải Phóng và tuyến đường sắt Bắc - Nam. Dự án do Ban Quản lý dự án đầu tư xây dựng các công trình giao thông thành phố làm chủ đầu tư, tổng mức đầu tư hơn 780 tỷ đồng từ ngân sách thành phố."),
        ("p", "Theo chủ đầu tư, dự án được khởi công từ tháng 12/2024 nhưng gặp nhiều khó khăn trong giải phóng mặt bằng, di dời hạ tầng kỹ thuật. Sau khi thành phố tập trung tháo gỡ, nhà thầu đã tổ chức thi công “ba ca, bốn kíp”, bảo đảm an toàn giao thông trong khu vực đông dân cư."),
        ("xemthem", ["Hà Nội đặt mục tiêu hoàn thành 4 cầu vượt trong năm 2026", "Cận cảnh đường Vành đai 2,5 đoạn qua phường Định Công trước ngày về đích"]),
        ("p", "Phát biểu tại buổi lễ, Phó Chủ tịch UBND TP Hà Nội Trần Quang Vinh đánh giá, việc đưa cầu vượt vào khai thác sẽ tách dòng phương tiện đi thẳng trên Vành đai 2,5, giảm xung đột giao thông tại nút Giải Phóng - nơi thường xuyên ùn tắc vào giờ cao điểm. Ông yêu cầu chủ đầu tư tiếp tục hoàn thiện các hạng mục chiếu sáng, cây xanh, tổ chức giao thông dưới gầm cầu trước ngày 31/12."),
        ("img", "Các phương tiện lưu thông trên cầu vượt ngay sau lễ thông xe. Ảnh: Minh Tâm", "cau-vuot"),
        ("p", "Theo ghi nhận của phóng viên, ngay sau khi thông xe, các phương tiện đi thẳng từ hướng Đầm Hồng sang Kim Đồng không còn phải chờ đèn đỏ tại nút giao. Anh Nguyễn Hữu Tiến, một tài xế xe công nghệ thường xuyên qua khu vực, cho biết trước đây vào giờ cao điểm chiều, anh mất 15 - 20 phút mới qua được nút giao, nay chỉ hơn 2 phút."),
        ("h", "Hoàn thiện mạng lưới đường vành đai"),
        ("p", "Đường Vành đai 2,5 có tổng chiều dài khoảng 19,4km, đi qua nhiều phường trung tâm như Đống Đa, Thanh Xuân, Định Công, Hoàng Mai, Lĩnh Nam. Đến nay, thành phố đã hoàn thành khoảng 70% chiều dài tuyến; các đoạn còn lại đang được đẩy nhanh giải phóng mặt bằng, phấn đấu cơ bản khép kín toàn tuyến vào năm 2028."),
        ("p", "Theo Sở Xây dựng Hà Nội, cùng với cầu vượt Vành đai 2,5 - Giải Phóng, trong năm 2026, thành phố tập trung hoàn thành một số công trình giao thông trọng điểm như cầu Trần Hưng Đạo, hầm chui nút giao Hoàng Quốc Việt - Nguyễn Văn Huyên, các dự án thành phần đường Vành đai 4 - Vùng Thủ đô, góp phần mở rộng không gian phát triển và giảm áp lực giao thông cho khu vực nội đô."),
    ],
)

A["s17"] = dict(
    title="Chính sách mới có hiệu lực từ tháng 12/2026",
    sapo="Nâng mức hỗ trợ đóng bảo hiểm y tế cho học sinh, sinh viên; rút ngắn thời hạn cấp hộ chiếu phổ thông qua mạng; phạt đến 100 triệu đồng với quảng cáo sai sự thật trên mạng xã hội… là những chính sách mới có hiệu lực từ tháng 12/2026.",
    blocks=[
        ("h", "Tăng mức hỗ trợ đóng bảo hiểm y tế cho học sinh, sinh viên"),
        ("p", "Theo Nghị định số 268/2026/NĐ-CP của Chính phủ, có hiệu lực từ ngày 1/12/2026, ngân sách nhà nước hỗ trợ tối thiểu 50% mức đóng bảo hiểm y tế cho học sinh, sinh viên, thay vì 30% như trước đây. Các địa phương có thể dùng ngân sách địa phương để hỗ trợ thêm ngoài mức tối thiểu này."),
        ("p", "Với mức đóng bảo hiểm y tế hiện nay bằng 4,5% mức lương cơ sở, mỗi học sinh, sinh viên sẽ được ngân sách nhà nước hỗ trợ ít nhất khoảng 632.000 đồng mỗi năm."),
        ("h", "Cấp hộ chiếu phổ thông qua mạng trong 5 ngày làm việc"),
        ("p", "Thông tư số 41/2026/TT-BCA của Bộ Công an, có hiệu lực từ ngày 5/12/2026, rút ngắn thời hạn giải quyết hồ sơ đề nghị cấp hộ chiếu phổ thông nộp trực tuyến trên Cổng dịch vụ công quốc gia và ứng dụng định danh điện tử xuống còn 5 ngày làm việc. Người dân có thể lựa chọn nhận hộ chiếu qua dịch vụ bưu chính công ích tại địa chỉ đăng ký."),
        ("p", "Thông tư cũng quy định công dân đã có tài khoản định danh điện tử mức độ 2 không phải khai lại các thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư khi làm thủ tục."),
        ("ad",),
        ("h", "Phạt đến 100 triệu đồng với quảng cáo sai sự thật trên mạng xã hội"),
        ("p", "Nghị định số 274/2026/NĐ-CP quy định xử phạt vi phạm hành chính trong hoạt động quảng cáo có hiệu lực từ ngày 15/12/2026. Theo đó, người có ảnh hưởng trên mạng xã hội quảng cáo sản phẩm, dịch vụ mà không kiểm tra tài liệu chứng minh chất lượng, hoặc quảng cáo gây nhầm lẫn về tính năng, công dụng của sản phẩm có thể bị phạt tiền từ 60 đến 100 triệu đồng."),
        ("p", "Ngoài phạt tiền, người vi phạm còn bị buộc gỡ bỏ nội dung quảng cáo, cải chính thông tin và có thể bị đình chỉ hoạt động quảng cáo từ 3 đến 6 tháng. Mức phạt đối với tổ chức gấp hai lần mức phạt đối với cá nhân."),
        ("h", "Siết giám sát chất lượng nước sạch sinh hoạt"),
        ("p", "Quy chuẩn kỹ thuật quốc gia về chất lượng nước sạch sử dụng cho mục đích sinh hoạt (sửa đổi) do Bộ Y tế ban hành có hiệu lực từ ngày 20/12/2026, bổ sung chỉ tiêu giám sát đối với một số hóa chất bảo vệ thực vật, kim loại nặng; tăng tần suất xét nghiệm định kỳ đối với các nhà máy nước quy mô lớn."),
        ("p", "Đơn vị cấp nước phải công khai kết quả xét nghiệm chất lượng nước trên trang thông tin điện tử của đơn vị ít nhất mỗi tháng một lần; khi phát hiện chỉ tiêu vượt ngưỡng phải thông báo ngay cho khách hàng và cơ quan quản lý."),
    ],
)

A["s18"] = dict(
    title="Nước lũ rút chậm, hàng nghìn hộ dân ở Huế vẫn bị cô lập",
    sapo="Đến trưa 30/10, nước lũ trên các sông ở TP Huế bắt đầu rút nhưng còn chậm; hàng nghìn hộ dân ở các phường, xã vùng trũng vẫn bị cô lập, nhiều nơi thiếu nước sạch và lương thực.",
    blocks=[
        ("p", "Theo Ban Chỉ huy phòng thủ dân sự TP Huế, mực nước trên sông Hương tại trạm Kim Long lúc 11h ngày 30/10 ở mức 3,62m, trên báo động 3 khoảng 0,12m, giảm 0,9m so với đỉnh lũ đêm 28/10. Mực nước sông Bồ tại trạm Phú Ốc ở mức 4,15m, trên báo động 2."),
        ("p", "Tại phường Hương Trà và xã Quảng Điền, nhiều tuyến đường liên thôn vẫn ngập sâu 0,5 - 1m, nước chảy xiết. Người dân muốn đi lại phải dùng thuyền, ghe nhỏ. Hơn 4.600 hộ dân với khoảng 17.000 nhân khẩu tại các vùng trũng thấp vẫn bị cô lập."),
        ("img", "Người dân phường Hương Trà di chuyển bằng thuyền trên tuyến đường ngập sâu, sáng 30/10.", "thuyen"),
        ("p", "Bà Nguyễn Thị Hoa (62 tuổi, thôn Phước Yên, xã Quảng Điền) cho biết nước lên quá nhanh trong đêm 28/10, gia đình chỉ kịp kê đồ đạc lên gác. “Ba ngày nay cả nhà ăn mì tôm, nước uống cũng sắp hết. Lúc nước lớn nhất ngập gần tới mái, may hàng xóm chở tôi với cháu ra nhà văn hóa thôn”, bà Hoa kể."),
        ("p", "Sáng cùng ngày, lực lượng quân đội, công an, dân quân tự vệ cùng các đoàn thiện nguyện dùng xuồng máy chở lương thực, nước uống, thuốc men đến từng khu dân cư bị cô lập. Tại xã Phong Điền, bộ đội Ban Chỉ huy phòng thủ khu vực 2 đã tiếp cận, chuyển hơn 3 tấn gạo, 500 thùng mì tôm và nước uống cho người dân."),
        ("img", "Lực lượng chức năng chuyển hàng cứu trợ đến các hộ dân bị cô lập ở xã Phong Điền.", "cuu-tro"),
        ("h", "Ít nhất 3 người chết, 2 người mất tích"),
        ("p", "Thống kê sơ bộ của TP Huế, đợt lũ đã làm 3 người chết, 2 người mất tích do bị nước cuốn trôi; hơn 32.000 ngôi nhà bị ngập, gần 1.800ha hoa màu bị hư hại, hàng chục điểm sạt lở trên các tuyến đường ở khu vực miền núi A Lưới, Nam Đông cũ. Nhiều trường học phải cho học sinh nghỉ để bảo đảm an toàn."),
        ("p", "Ông Hoàng Văn Thuận, Phó Chủ tịch UBND TP Huế, yêu cầu các địa phương khi nước rút phải khẩn trương tổ chức vệ sinh môi trường, khử khuẩn nguồn nước, phòng chống dịch bệnh; rà soát các hộ bị mất nhà, thiếu đói để kịp thời hỗ trợ. Các xã, phường tuyệt đối không để người dân quay về nhà ở những khu vực có nguy cơ sạt lở khi chưa bảo đảm an toàn."),
        ("p", "Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, trong 1 - 2 ngày tới, khu vực TP Huế còn mưa rải rác, lũ trên các sông tiếp tục xuống chậm; nguy cơ sạt lở đất vùng núi vẫn ở mức cao."),
    ],
)

A["s19"] = dict(
    title="Cứu 5 ngư dân gặp nạn trên vùng biển Cà Mau",
    sapo="Sau gần 10 giờ tìm kiếm trong điều kiện sóng to, gió lớn, lực lượng cứu nạn đã đưa 5 ngư dân trên tàu cá bị chìm ở vùng biển phía Tây tỉnh Cà Mau vào bờ an toàn.",
    blocks=[
        ("p", "Chiều 8.12, Bộ đội Biên phòng tỉnh Cà Mau cho biết, khoảng 22 giờ ngày 7.12, tàu cá CM 93421 TS do ông Lê Văn Út (48 tuổi, ngụ xã Sông Đốc) làm thuyền trưởng, trên tàu có 5 lao động, đang khai thác hải sản cách cửa biển Sông Đốc khoảng 40 hải lý thì bị sóng lớn đánh vỡ mạn, nước tràn vào khoang."),
        ("p", "Dù các ngư dân đã dùng máy bơm, tát nước nhưng không kịp, tàu chìm dần. Thuyền trưởng kịp phát tín hiệu cấp cứu qua máy thông tin liên lạc tầm xa, sau đó cả 5 người mặc áo phao, bám vào thùng nhựa và phao cứu sinh trôi dạt trên biển."),
        ("p", "Nhận tin báo, Bộ đội Biên phòng tỉnh Cà Mau điều tàu tuần tra của Hải đội Biên phòng 2 cùng hai tàu cá đang hoạt động gần khu vực đến hiện trường tìm kiếm. Do trời tối, sóng cao 3 - 4 m, gió giật cấp 7, việc tìm kiếm gặp rất nhiều khó khăn."),
        ("p", "Đến khoảng 8 giờ ngày 8.12, tàu cá CM 90876 TS phát hiện 3 ngư dân đang trôi dạt cách vị trí tàu chìm khoảng 6 hải lý. Gần một giờ sau, tàu của Hải đội Biên phòng 2 tiếp cận, cứu vớt 2 người còn lại, trong đó có thuyền trưởng Lê Văn Út."),
        ("img", "Các ngư dân được đưa lên tàu tuần tra của Bộ đội Biên phòng. ẢNH: BĐBP CUNG CẤP", "ngu-dan"),
        ("p", "Các ngư dân bị lạnh, kiệt sức, một người bị thương ở tay do va đập vào mạn tàu. Sau khi được sơ cứu, cho ăn uống, thay quần áo, các ngư dân được đưa về cảng cá Sông Đốc, bàn giao cho gia đình và chính quyền địa phương lúc 17 giờ cùng ngày."),
        ("p", "“Tôi đi biển hơn 20 năm nay, chưa lần nào gặp sóng dữ như vậy. Ngâm mình dưới nước cả đêm, anh em cứ động viên nhau bám chặt phao, tin là thế nào cũng có người tới cứu”, ông Út kể lại, giọng vẫn còn run."),
        ("p", "Thượng tá Nguyễn Hoàng Nam, Phó chỉ huy trưởng Bộ đội Biên phòng tỉnh Cà Mau, cho biết thời điểm này đang vào mùa gió chướng, biển động mạnh. Đơn vị đề nghị các chủ tàu, thuyền trưởng thường xuyên theo dõi bản tin thời tiết, trang bị đầy đủ áo phao, phao cứu sinh, duy trì liên lạc với đất liền, không ra khơi khi có cảnh báo gió mạnh, sóng lớn."),
    ],
)

A["s20"] = dict(
    title="Quốc hội thông qua Luật Phòng, chống thiên tai (sửa đổi)",
    sapo="Chiều 19/11, tiếp tục Kỳ họp thứ hai, Quốc hội khóa XVI biểu quyết thông qua Luật Phòng, chống thiên tai (sửa đổi) với 458/467 đại biểu tham gia biểu quyết tán thành, chiếm 91,6% tổng số đại biểu Quốc hội.",
    blocks=[
        ("p", "Luật gồm 9 chương, 58 điều, có hiệu lực thi hành từ ngày 1/7/2027. So với luật hiện hành, luật sửa đổi lần này tập trung hoàn thiện cơ chế phân cấp, phân quyền cho chính quyền địa phương hai cấp, bổ sung quy định về quỹ phòng, chống thiên tai và ứng dụng công nghệ trong cảnh báo sớm."),
        ("img", "Các đại biểu Quốc hội biểu quyết thông qua luật chiều 19/11. (Ảnh: Quang Khánh)", "bieu-quyet"),
        ("p", "Trước khi Quốc hội biểu quyết, Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường Nguyễn Thanh Sơn trình bày báo cáo giải trình, tiếp thu, chỉnh lý dự thảo luật. Theo đó, nhiều ý kiến đại biểu đề nghị làm rõ trách nhiệm của chủ tịch UBND cấp xã trong chỉ huy ứng phó thiên tai tại chỗ, nhất là khi địa bàn xã sau sắp xếp có diện tích rộng, dân cư phân tán."),
        ("h", "Trao quyền chủ động cho cấp xã"),
        ("p", "Tiếp thu ý kiến đại biểu, luật quy định chủ tịch UBND cấp xã được quyết định sơ tán khẩn cấp người dân ra khỏi khu vực nguy hiểm, huy động nhân lực, vật tư, phương tiện trên địa bàn để ứng phó thiên tai; được sử dụng dự phòng ngân sách xã để hỗ trợ khẩn cấp cho người dân bị thiệt hại mà không phải chờ cấp trên phê duyệt."),
        ("p", "Luật cũng bổ sung quy định mỗi xã, phường, đặc khu phải kiện toàn lực lượng xung kích phòng, chống thiên tai, nòng cốt là dân quân tự vệ, công an xã và thanh niên tình nguyện; lực lượng này được tập huấn, trang bị phương tiện cứu hộ cơ bản và hưởng chế độ khi làm nhiệm vụ."),
        ("related", ["Đại biểu Quốc hội đề xuất cơ chế đặc thù khắc phục hậu quả thiên tai", "Chính phủ trình dự án Luật Phòng, chống thiên tai (sửa đổi)"]),
        ("h", "Cảnh báo thiên tai đến từng thuê bao di động"),
        ("p", "Một điểm mới đáng chú ý là quy định về hệ thống cảnh báo sớm thiên tai. Các doanh nghiệp viễn thông có trách nhiệm gửi tin nhắn cảnh báo miễn phí đến các thuê bao di động trong khu vực bị ảnh hưởng theo yêu cầu của cơ quan chỉ đạo phòng, chống thiên tai. Dữ liệu quan trắc khí tượng thủy văn, hồ chứa, sạt lở được kết nối, chia sẻ trên nền tảng số dùng chung."),
        ("p", "Về quỹ phòng, chống thiên tai, luật quy định quỹ được thành lập ở trung ương và cấp tỉnh. Mức đóng góp bắt buộc của người lao động giữ nguyên, trong khi doanh nghiệp có thể được giảm mức đóng khi chủ động đầu tư công trình, thiết bị phòng, chống thiên tai."),
        ("p", "Đại biểu Lê Thị Thanh Xuân (Đoàn ĐBQH tỉnh Quảng Trị) cho rằng: “Việc trao quyền cho cấp xã là rất cần thiết, vì khi lũ về, từng giờ đều quý giá. Chính quyền cơ sở phải được quyết ngay, làm ngay, chịu trách nhiệm ngay”."),
        ("p", "Cùng ngày, Quốc hội cũng thông qua Nghị quyết về kế hoạch tài chính quốc gia 5 năm giai đoạn 2026 - 2030 và nghe Tờ trình dự án Luật Đô thị."),
    ],
)

BODY_KINDS = ("p", "h", "ul", "ol", "table", "img", "quote")


def gold_body(art):
    out = []
    if art.get("sapo"):
        out.append(plain(art["sapo"]))
    for b in art["blocks"]:
        k = b[0]
        if k in ("p", "h", "quote"):
            out.append(plain(b[1]))
        elif k in ("ul", "ol"):
            out.extend(plain(x) for x in b[1])
        elif k == "table":
            for row in b[1]:
                out.extend(plain(c) for c in row)
        elif k == "img":
            out.append(plain(b[1]))
    return "\n\n".join(out)


# --------------------------------------------------------------------------
# Rendering of the article blocks; every outlet passes its own markup style.
# --------------------------------------------------------------------------

def _default_list(tag):
    def f(items, st):
        return "<%s>\n%s\n</%s>" % (tag, "\n".join("<li>%s</li>" % inline(x) for x in items), tag)
    return f


def _default_table(rows, st):
    out = ['<table class="%s">' % st.get("table_class", "table"), "<tbody>"]
    for i, row in enumerate(rows):
        cell = "th" if i == 0 and st.get("th", True) else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (cell, inline(c), cell) for c in row) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def _default_img(caption, name, idx, st):
    src = "%s/%s-%d.jpg" % (st.get("img_base", "/images"), name, idx)
    return ('<figure class="image">\n<img src="%s" alt="%s" width="680" height="453">\n'
            '<figcaption>%s</figcaption>\n</figure>' % (src, attr(plain(caption)), inline(caption)))


DEFAULT_STYLE = {
    "p": "<p>{}</p>",
    "h": "<h2>{}</h2>",
    "quote": "<blockquote><p>{}</p></blockquote>",
    "ul": _default_list("ul"),
    "ol": _default_list("ol"),
    "table": _default_table,
    "img": _default_img,
    "related": lambda items, st: ('<div class="box-related"><p class="title">Tin liên quan</p><ul>%s</ul></div>'
                                  % "".join('<li><a href="/%s.html">%s</a></li>' % (slug(t), esc(t)) for t in items)),
    "xemthem": lambda items, st: "\n".join('<p class="see-more"><strong>Xem thêm:</strong> <a href="/%s.html">%s</a></p>'
                                           % (slug(t), esc(t)) for t in items),
    "ad": lambda st: '<div class="ads-inread" id="inread-%s"></div>' % st.get("ad_id", "1"),
    "audio": lambda title, st: '<div class="audio"><p>%s</p><audio controls src="/audio/tin.mp3"></audio></div>' % esc(title),
    "author": lambda text, st: '<p class="author"><strong>%s</strong></p>' % esc(text),
    "source": lambda text, st: '<p class="source"><em>%s</em></p>' % esc(text),
    "note": lambda text, st: '<div class="note">%s</div>' % esc(text),
}


def render_blocks(art, style):
    st = dict(DEFAULT_STYLE)
    st.update(style)
    out = []
    img_i = 0
    for b in art["blocks"]:
        k = b[0]
        if k == "p":
            out.append(st["p"].format(inline(b[1])))
        elif k == "h":
            out.append(st["h"].format(inline(b[1])))
        elif k == "quote":
            out.append(st["quote"].format(inline(b[1])))
        elif k in ("ul", "ol", "table"):
            out.append(st[k](b[1], st))
        elif k == "img":
            img_i += 1
            out.append(st["img"](b[1], b[2], img_i, st))
        elif k in ("related", "xemthem", "audio", "author", "source", "note"):
            out.append(st[k](b[1], st))
        elif k == "ad":
            out.append(st["ad"](st))
        else:
            raise ValueError(k)
    return "\n".join(out)


def jsonld(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


def news_ld(art, url, pub, mod, author, publisher, image=None, body_copy=False):
    obj = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": plain(art["title"]),
        "description": plain(art["sapo"] or ""),
        "datePublished": pub,
        "dateModified": mod,
        "publisher": {"@type": "Organization", "name": publisher,
                      "logo": {"@type": "ImageObject", "url": "https://static.example.vn/logo.png"}},
    }
    if image:
        obj["image"] = {"@type": "ImageObject", "url": image, "width": 1200, "height": 675}
    if author:
        obj["author"] = {"@type": "Person", "name": author}
    if body_copy:
        obj["articleBody"] = gold_body(art)[:1200]
    return jsonld(obj)


def breadcrumb_ld(items):
    return jsonld({"@context": "https://schema.org", "@type": "BreadcrumbList",
                   "itemListElement": [{"@type": "ListItem", "position": i + 1, "name": n,
                                        "item": u} for i, (n, u) in enumerate(items)]})


# --------------------------------------------------------------------------
# Article pages s01 - s05
# --------------------------------------------------------------------------

def page_s01():
    """VnExpress-like national outlet: author at the foot of the text."""
    rng = random.Random(SET + ":s01")
    art = A["s01"]
    url = "https://tinnhanhviet.vn/sat-lo-vui-lap-40-m-duong-tinh-o-lao-cai-hang-tram-xe-mac-ket-4938271.html"
    st = {
        "p": '<p class="Normal">{}</p>',
        "h": '<h2 class="Normal"><strong>{}</strong></h2>',
        "img": lambda c, n, i, s: (
            '<figure data-size="true" itemprop="associatedMedia image" itemscope itemtype="http://schema.org/ImageObject" class="tplCaption action_thumb_added">\n'
            '<meta itemprop="url" content="https://i1-thoisu.tnvcdn.net/2026/11/19/%s-%d.jpg">\n'
            '<div class="fig-picture" style="padding-bottom:66.6%%;position:relative;"><picture>'
            '<source data-srcset="https://i1-thoisu.tnvcdn.net/2026/11/19/%s-%d.jpg?w=680&amp;q=100 1x, https://i1-thoisu.tnvcdn.net/2026/11/19/%s-%d.jpg?w=1020&amp;q=100 1.5x">'
            '<img itemprop="contentUrl" loading="lazy" intrinsicsize="680x0" alt="%s" class="lazy" src="https://s1.tnvcdn.net/t/v1/default.png"></picture></div>\n'
            '<figcaption itemprop="description"><p class="Image">%s</p></figcaption>\n</figure>'
            % (n, i, n, i, n, i, attr(plain(c)[:60]), inline(c))),
        "related": lambda items, s: (
            '<div class="box-tinlienquanv2"><ul class="list-news">%s</ul></div>'
            % "".join('<li><h4 class="title_news"><a href="https://tinnhanhviet.vn/%s-%d.html" data-medium="Item-%d">%s</a></h4></li>'
                      % (slug(t), 4937000 + k * 311, k + 1, esc(t)) for k, t in enumerate(items))),
        "author": lambda t, s: '<p class="Normal" style="text-align:right;"><strong>%s</strong></p>' % esc(t),
    }
    body = render_blocks(art, st)
    menu = MENU[:14]
    nav = "\n".join(
        '<li class="%s" data-id="%d"><a href="/%s" title="%s" data-medium="Menu-%s">%s</a></li>'
        % (slug(s), 1001000 + i * 3, slug(s), esc(s), slug(s).title().replace("-", ""), esc(s)) for i, (s, _) in enumerate(menu))
    allmenu = "\n".join(
        '<ul class="ul-nav-folder"><li><a class="parent" href="/%s">%s</a></li>%s</ul>'
        % (slug(s), esc(s), "".join('<li><a href="/%s/%s">%s</a></li>' % (slug(s), slug(x), esc(x)) for x in sub))
        for s, sub in MENU)
    heads = pick_headlines(rng, 26)
    def item(h, k, thumb=True):
        return ('<article class="item-news item-news-common thumb-left" data-offset="%d"><h3 class="title-news"><a href="https://tinnhanhviet.vn/%s-%d.html" title="%s">%s</a></h3>'
                '%s<p class="meta-news"><a class="count_cmt" href="#box_comment"><span class="font_icon widget-comment-%d-1"></span>%d</a></p></article>'
                % (k, slug(h), 4930000 + rng.randint(1, 9999), attr(h), esc(h),
                   ('<div class="thumb-art"><a href="#"><picture><img loading="lazy" src="https://i1-vnexpress.tnvcdn.net/thumb/%s.jpg" alt="%s"></picture></a></div>' % (hexid(rng, 10), attr(h))) if thumb else "",
                   4930000 + k, rng.randint(0, 140)))
    xemnhieu = "\n".join(item(h, k) for k, h in enumerate(heads[:6]))
    tinkhac = "\n".join(item(h, k) for k, h in enumerate(heads[6:16]))
    moinhat = "\n".join('<li><a href="/%s.html">%s</a><span class="time">%s</span></li>' % (slug(h), esc(h), rel_time(rng)) for h in heads[16:26])
    cmts = "\n".join(
        '<div class="comment_item"><div class="content-comment"><p class="full_content"><span class="txt-name"><a class="nickname" href="#"><b>%s</b></a></span>%s</p></div>'
        '<div class="user-status"><a class="link_reply" href="#">Trả lời</a><span class="time-com">%s</span><a class="txt_666 like" href="#">Thích</a><span class="total_like">%d</span></div></div>'
        % (esc(n), esc(t), esc(w), rng.randint(1, 90)) for n, t, w in art["comments"])
    tags = ["Sạt lở", "Lào Cai", "Mưa lũ", "Giao thông vùng cao"]
    html_out = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(art["title"])} - Tin Nhanh Việt</title>
<meta name="description" content="{attr(art["sapo"])}">
<meta name="keywords" content="sạt lở, Lào Cai, đường tỉnh 160, Tả Phìn">
<meta name="pubdate" itemprop="datePublished" content="2026-11-19T14:35:12+07:00">
<meta name="lastmod" itemprop="dateModified" content="2026-11-19T16:02:48+07:00">
<meta name="its_id" content="4938271"><meta name="its_section" content="thoi-su, thoi-su/giao-thong"><meta name="its_type" content="text">
<meta name="its_publication" content="1795073712"><meta name="its_wordcount" content="612">
<meta property="og:type" content="article"><meta property="og:title" content="{attr(art["title"])}">
<meta property="og:url" content="{url}"><meta property="og:image" content="https://i1-thoisu.tnvcdn.net/2026/11/19/sat-lo-1-1.jpg">
<meta property="fb:app_id" content="1547540628876392">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://s1.tnvcdn.net/t/v1/css/v3/detail.css?v=20261118">
<style>
{css_block(rng, "tnv", 60)}
</style>
<script>var PageType='detail',article_id=4938271,site_id=1000000,category_id=1001005,parent_category=1001000,cmt_allow=1,tt_lang='vi',typeArticle=0;
var ORIGINAL_ID=4938271,isMobile=false,timeLogin=0,LOG_URL='https://l.eclick.tnvcdn.net/l';</script>
{gtag("G-TNV1X2Y3Z4")}
{news_ld(art, url, "2026-11-19T14:35:12+07:00", "2026-11-19T16:02:48+07:00", "Hoàng Tuấn", "Tin Nhanh Việt", "https://i1-thoisu.tnvcdn.net/2026/11/19/sat-lo-1-1.jpg")}
{breadcrumb_ld([("Thời sự", "https://tinnhanhviet.vn/thoi-su"), ("Giao thông", "https://tinnhanhviet.vn/thoi-su/giao-thong")])}
</head>
<body class="page-detail">
<div id="top-banner" class="banner-ads" data-slot="masthead"><div id="div-gpt-ad-masthead"></div></div>
<header class="section header">
<div class="container flexbox">
<div class="left flexbox">
<a class="logo" href="/" title="Tin Nhanh Việt - Báo tiếng Việt nhiều người xem nhất"><img src="https://s1.tnvcdn.net/t/v1/logos/tnv_logo.svg" alt="Tin Nhanh Việt"></a>
<span class="time-now">Chủ nhật, 22/11/2026</span>
</div>
<div class="right flexbox">
<a class="newest" href="/tin-tuc-24h">Mới nhất</a>
<a class="local" href="/tin-theo-khu-vuc">Tin theo khu vực</a>
<a class="inter" href="https://e.tinnhanhviet.vn">International</a>
<div class="search-form"><form action="https://timkiem.tinnhanhviet.vn" method="get"><input type="text" name="q" placeholder="Tìm kiếm" class="keyword"><button type="submit" class="btn-search">Tìm</button></form></div>
<div class="login"><a href="#" class="btn-login" data-event="login">Đăng nhập</a></div>
</div>
</div>
</header>
<nav class="main-nav">
<ul class="parent">
<li class="home"><a href="/" title="Trang chủ">Trang chủ</a></li>
<li class="newlest"><a href="/video">Video</a></li>
{nav}
<li class="all-menu"><a href="#" class="btn-all-menu">Tất cả</a></li>
</ul>
<div class="wrap-all-menu" style="display:none">{allmenu}</div>
</nav>
<section class="section section_topstory_folder"><div class="container"><ul class="breadcrumb" data-campaign="Header">
<li><a href="/thoi-su" title="Thời sự">Thời sự</a></li><li><a href="/thoi-su/giao-thong" title="Giao thông">Giao thông</a></li></ul></div></section>
<section class="section page-detail top-detail">
<div class="container flexbox">
<div class="sidebar-1">
<div class="header-content width_common"><ul class="breadcrumb"><li><a href="/thoi-su">Thời sự</a></li></ul><span class="date">Thứ năm, 19/11/2026, 14:35 (GMT+7)</span></div>
<h1 class="title-detail">{esc(art["title"])}</h1>
<p class="description">{esc(art["sapo"])}</p>
<article class="fck_detail " data-component-input="" data-component="true">
{body}
</article>
<div class="footer-content">
<div class="tags"><h4 class="item-tag">Tags:</h4>{"".join('<h4 class="item-tag"><a href="/chu-de/%s" title="%s">%s</a></h4>' % (slug(t), attr(t), esc(t)) for t in tags)}</div>
<div class="social-share"><a href="#" class="btn-share-fb" data-social="facebook">Chia sẻ</a><a href="#" class="btn-copy-link" data-url="{url}">Sao chép liên kết</a><a href="#" class="btn-save" data-id="4938271">Lưu</a><a class="btn-font" href="#">Cỡ chữ</a></div>
<div class="box-comment width_common" id="box_comment"><h3 class="title_box_comment">Ý kiến <span class="total">({len(art["comments"])})</span></h3>
<div class="input-comment"><textarea placeholder="Chia sẻ ý kiến của bạn"></textarea><button>Gửi</button></div>
<div class="sort-comment"><a class="active" href="#">Quan tâm nhất</a><a href="#">Mới nhất</a></div>
<div id="list_comment">{cmts}</div></div>
</div>
<div class="box-category box-xemnhieu"><h2 class="title-box"><a href="#">Xem nhiều</a></h2><div class="list-news">{xemnhieu}</div></div>
<div class="box-tinkhac"><h2 class="title-box">Tin khác</h2>{tinkhac}</div>
</div>
<div class="sidebar-2">
<div class="banner-ads" id="sis_right_1"><div id="div-gpt-ad-right1" style="min-height:600px"></div></div>
<div class="box-moinhat"><h2 class="title-box">Mới nhất</h2><ul>{moinhat}</ul></div>
<div class="banner-ads" id="sis_right_2"><div id="div-gpt-ad-right2" style="min-height:250px"></div></div>
<div class="box-weather"><p class="title-box">Thời tiết</p><ul>{"".join('<li>%s <span>%d°C - %d°C</span></li>' % (c, lo, hi) for c, lo, hi in WEATHER[:5])}</ul></div>
</div>
</div>
</section>
<footer class="footer">
<div class="container">
<div class="top-footer"><a href="/" class="logo"><img src="https://s1.tnvcdn.net/t/v1/logos/tnv_logo_footer.svg" alt="Tin Nhanh Việt"></a>
<ul class="menu-footer">{"".join('<li><a href="/%s">%s</a></li>' % (slug(s), esc(s)) for s, _ in MENU)}</ul></div>
<div class="bottom-footer">
<p><strong>Báo điện tử Tin Nhanh Việt</strong> - Báo tiếng Việt nhiều người xem nhất</p>
<p>Thuộc Công ty Cổ phần Truyền thông Số Việt</p>
<p>Tổng biên tập: Phạm Văn Thành. Địa chỉ: Tầng 8, tòa nhà Sông Hồng, 18 phố Trung Kính, phường Yên Hòa, Hà Nội</p>
<p>Điện thoại: 024 7300 8899 - máy lẻ 4500. Email: webmaster@tinnhanhviet.vn</p>
<p>Giấy phép số 548/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 24/08/2021</p>
<p>© 1997-2026. Toàn bộ bản quyền thuộc Tin Nhanh Việt</p>
</div></div>
</footer>
<script src="https://s1.tnvcdn.net/t/v1/js/v3/detail.js?v=20261118" defer></script>
<script>(function(){{var s=document.createElement('script');s.src='https://l.eclick.tnvcdn.net/l?aid=4938271&r='+Math.random();document.body.appendChild(s);}})();</script>
</body>
</html>
"""
    meta = dict(platform="custom (VnExpress-like)", url=url, charset="utf-8",
                published_at="2026-11-19T14:35:12+07:00", author="Hoàng Tuấn")
    return html_out, meta


def page_s02():
    """Tuổi Trẻ-like: author in capitals above the sapo; UTC Z date in JSON-LD."""
    rng = random.Random(SET + ":s02")
    art = A["s02"]
    url = "https://tuoixanh.vn/linh-12-nam-tu-vi-dung-du-an-ma-ban-dat-nen-chiem-doat-gan-70-ti-dong-20261119101240816.htm"
    st = {
        "p": "<p>{}</p>",
        "h": "<p><b>{}</b></p>",
        "img": lambda c, n, i, s: (
            '<figure class="VCSortableInPreviewMode" type="Photo" style="">\n<div><a href="https://cdn.tuoixanh.vn/2026/11/19/%s.jpg" data-fancybox="img-lightbox" title="%s" target="_blank" class="detail-img-lightbox">'
            '<img src="https://cdn.tuoixanh.vn/thumb_w/730/2026/11/19/%s.jpg" id="img_%s" w="1200" h="800" alt="%s" title="%s" rel="lightbox" photoid="%s" type="photo" data-original="https://cdn.tuoixanh.vn/2026/11/19/%s.jpg" width="" height="" class="lightbox-content"></a></div>\n'
            '<figcaption class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]" class="">%s</p></figcaption>\n</figure>'
            % (n, attr(plain(c)), n, hexid(rng, 18), attr(plain(c)), attr(plain(c)), hexid(rng, 18), n, inline(c))),
        "xemthem": lambda items, s: "\n".join(
            '<div class="VCSortableInPreviewMode link-content-footer IMSCurrentEditorEditObject" type="link-content-footer" style=""><span class="lcf-label">Đọc tiếp: </span><a href="/%s-2026%07d.htm" title="%s">%s</a></div>'
            % (slug(t), rng.randint(1000000, 9999999), attr(t), esc(t)) for t in items),
    }
    body = render_blocks(art, st)
    heads = pick_headlines(rng, 30)
    menu = [("Thời sự", []), ("Thế giới", []), ("Pháp luật", ["Tòa án", "Tư vấn", "Vụ án"]), ("Kinh doanh", []), ("Công nghệ", []),
            ("Xe", []), ("Du lịch", []), ("Nhịp sống trẻ", []), ("Văn hóa", []), ("Giải trí", []), ("Thể thao", []),
            ("Giáo dục", []), ("Nhà đất", []), ("Sức khỏe", []), ("Giả thật", []), ("Bạn đọc", [])]
    nav = "".join('<li class="menu-li"><a href="/%s.htm" title="%s">%s</a>%s</li>'
                  % (slug(m), attr(m), esc(m), ('<ul class="sub-menu">%s</ul>' % "".join('<li><a href="/%s/%s.htm">%s</a></li>' % (slug(m), slug(x), esc(x)) for x in sub)) if sub else "")
                  for m, sub in menu)
    boxes = "".join('<div class="box-category-item"><a class="box-category-link-with-avatar img-resize" href="/%s.htm"><img loading="lazy" src="https://cdn.tuoixanh.vn/zoom/212_132/2026/11/%s.jpg" alt="%s"></a>'
                    '<h3 class="box-title-text"><a class="box-category-link-title" href="/%s.htm">%s</a></h3></div>'
                    % (slug(h), hexid(rng, 14), attr(h), slug(h), esc(h)) for h in heads[:12])
    docnhieu = "".join('<li><span class="num">%d</span><a href="/%s.htm">%s</a></li>' % (k + 1, slug(h), esc(h)) for k, h in enumerate(heads[12:22]))
    tinmoi = "".join('<li><a href="/%s.htm">%s</a> <span class="time-ago">%s</span></li>' % (slug(h), esc(h), rel_time(rng)) for h in heads[22:30])
    cmts = "".join('<li class="item-comment"><div class="comment-name">%s</div><div class="comment-content">%s</div><div class="comment-bottom"><span class="time">%s</span><a class="reply" href="#">Trả lời</a><span class="like">Thích (%d)</span></div></li>'
                   % (esc(n), esc(t), esc(w), rng.randint(0, 60)) for n, t, w in art["comments"])
    ld = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
                 "datePublished": "2026-11-19T03:12:40Z", "dateModified": "2026-11-19T04:01:05Z",
                 "author": {"@type": "Person", "name": "Tuyết Mai"}, "articleSection": "Pháp luật",
                 "publisher": {"@type": "Organization", "name": "Báo Tuổi Xanh"},
                 "description": art["sapo"]})
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(art["title"])} | Tuổi Xanh Online</title>
<meta name="description" content="{attr(art["sapo"])}">
<meta property="og:site_name" content="TUOI XANH ONLINE"><meta property="og:type" content="article">
<meta property="og:title" content="{attr(art["title"])}"><meta property="og:url" content="{url}">
<meta property="article:section" content="Pháp luật"><meta name="tx:cate" content="pháp luật">
<link rel="canonical" href="{url}">
<link rel="amphtml" href="https://tuoixanh.vn/amp/{url.rsplit("/", 1)[1]}">
<link href="https://static.tuoixanh.vn/web/css/detail.min.css?v=2611191" rel="stylesheet">
{ld}
<script>var _ADM_Channel='%2fphap-luat%2ftoa-an%2fdetail%2f';var pageSettings={{DomainAPI:"https://s5.tuoixanh.vn",Domain:"https://tuoixanh.vn",sharefbApiDomain:"https://sharefb.cnnd.vn",allowComment:true,newsId:20261119101240816,newsType:0,zone:200005}};</script>
{gtag("G-TX8472KQ1")}
<style>{css_block(rng, "tx", 35)}</style>
</head>
<body>
<div id="admzone480455" class="ads-top"></div>
<div class="header">
<div class="header-top"><div class="w1160 clearfix">
<div class="header-date">22/11/2026</div>
<div class="header-weather"><span class="city">TP.HCM</span> <span class="temp">31°C</span></div>
<div class="header-right"><a href="/tin-moi-nhat.htm">Tin mới nhất</a><a href="/video.htm">Video</a><a href="/podcast.htm">Podcast</a><a href="/tuoi-xanh-sao.htm" class="btn-star">Tuổi Xanh Sao</a><a class="btn-login" href="#">Đăng nhập</a></div>
</div></div>
<div class="header-logo"><div class="w1160"><a href="/" title="Tuổi Xanh Online"><img src="https://static.tuoixanh.vn/web/images/logo.svg" alt="Tuổi Xanh Online"></a>
<form class="frm-search" action="/tim-kiem.htm"><input type="text" name="keywords" placeholder="Tìm kiếm..."><button>Tìm</button></form></div></div>
<div class="header-nav"><div class="w1160"><ul class="menu-nav"><li class="home"><a href="/">Trang chủ</a></li>{nav}</ul></div></div>
</div>
<div class="main-detail"><div class="w1160 clearfix">
<div class="detail-top"><div class="detail-cate"><a href="/phap-luat.htm" title="Pháp luật">Pháp luật</a><a href="/phap-luat/toa-an.htm" class="sub-cate">Tòa án</a></div>
<div class="detail-time"><div data-role="publishdate">19/11/2026 10:12 GMT+7</div></div></div>
<div class="detail-cmain clearfix">
<h1 class="detail-title article-title" data-role="title">{esc(art["title"])}</h1>
<div class="detail-author"><div class="author-info"><a class="name" href="/tac-gia/tuyet-mai.htm" title="TUYẾT MAI">TUYẾT MAI</a></div>
<div class="detail-toolbar"><a href="#" class="btn-font-size" title="Cỡ chữ">A-</a><a href="#" class="btn-font-size up" title="Cỡ chữ">A+</a><a href="#" class="btn-save-news">Lưu</a><a href="#" class="btn-share" data-href="{url}">Chia sẻ</a></div></div>
<h2 class="detail-sapo" data-role="sapo">{esc(art["sapo"])}</h2>
<div class="detail-content afcbc-body" data-role="content" itemprop="articleBody">
{body}
</div>
<div class="detail-ggnews"><a href="https://news.google.com/publications/CAAqBwgKMKWzzQswxLflAw" target="_blank" rel="nofollow">Theo dõi Tuổi Xanh trên Google News</a></div>
<div class="detail-tab"><span class="title">TỪ KHÓA:</span><a href="/lua-dao.html">lừa đảo</a><a href="/dat-nen.html">đất nền</a><a href="/du-an-ma.html">dự án ma</a><a href="/xet-xu.html">xét xử</a></div>
<div class="detail-rating"><span class="label">Bài viết hay?</span><a class="star" href="#">Tặng sao</a><span class="count">{rng.randint(3, 80)} sao</span></div>
<div class="detail-comment" id="comment"><div class="title">Bình luận ({len(art["comments"])})</div><textarea placeholder="Nhập bình luận của bạn"></textarea><ul class="lst-comment">{cmts}</ul></div>
</div>
<div class="box-category" data-layout="cungchuyenmuc"><div class="box-category-top"><h2 class="title">Tin cùng chuyên mục</h2></div><div class="box-category-middle">{boxes}</div></div>
<aside class="detail-aside"><div class="box-docnhieu"><h3>Đọc nhiều</h3><ol>{docnhieu}</ol></div>
<div class="box-tinmoi"><h3>Tin mới nhất</h3><ul>{tinmoi}</ul></div><div id="admzone480456" class="ads-sticky"></div></aside>
</div></div>
<div class="footer"><div class="w1160">
<ul class="footer-menu">{"".join('<li><a href="/%s.htm">%s</a></li>' % (slug(m), esc(m)) for m, _ in menu)}</ul>
<div class="footer-info"><p>Cơ quan chủ quản: Thành Đoàn TP.HCM. Tổng biên tập: NGUYỄN QUANG HUY</p>
<p>Giấy phép hoạt động báo điện tử số 571/GP-BTTTT ngày 15/10/2021</p>
<p>Trụ sở: 215 Nam Kỳ Khởi Nghĩa, phường Xuân Hòa, TP.HCM. Điện thoại: (028) 3997 4848. Email: tto@tuoixanh.vn</p>
<p>Liên hệ quảng cáo: 0904 600 889. © Bản quyền thuộc Báo Tuổi Xanh. Ghi rõ nguồn "Tuổi Xanh Online" khi phát hành lại thông tin từ website này.</p></div>
</div></div>
<script src="https://static.tuoixanh.vn/web/js/detail.min.js?v=2611191" async></script>
</body>
</html>
"""
    meta = dict(platform="custom (Tuổi Trẻ-like)", url=url, charset="utf-8",
                published_at="2026-11-19T10:12:40+07:00", author="TUYẾT MAI")
    return html_out, meta


def page_s03():
    """Dân trí-like: author page link only, outlet prefix in the sapo, related box in the text."""
    rng = random.Random(SET + ":s03")
    art = A["s03"]
    url = "https://danthoi.com.vn/xa-hoi/xe-khach-va-cham-xe-dau-keo-tren-cao-toc-2-nguoi-tu-vong-20261120051208534.htm"
    st = {
        "p": "<p>{}</p>",
        "img": lambda c, n, i, s: (
            '<figure class="image align-center" contenteditable="false"><img title="%s" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://cdnphoto.danthoi.com.vn/thumb_w/680/2026/11/20/%s-%d.jpg" alt="%s" data-width="1200" data-height="800">'
            '<figcaption><p>%s</p></figcaption></figure>' % (attr(plain(c)), n, i, attr(plain(c)), inline(c))),
        "related": lambda items, s: (
            '<article class="article-related singular-related"><h3 class="related-title">Tin liên quan</h3>%s</article>'
            % "".join('<div class="article-item"><div class="article-thumb"><a href="/%s.htm"><img src="https://cdnphoto.danthoi.com.vn/thumb/%s.jpg" alt=""></a></div><h3 class="article-title"><a href="/%s.htm">%s</a></h3></div>'
                      % (slug(t), hexid(rng, 10), slug(t), esc(t)) for t in items)),
    }
    body = render_blocks(art, st)
    heads = pick_headlines(rng, 34)
    cats = ["Xã hội", "Thế giới", "Kinh doanh", "Bất động sản", "Thể thao", "Lao động - Việc làm", "Tấm lòng nhân ái",
            "Sức khỏe", "Văn hóa", "Giải trí", "Bạn đọc", "Pháp luật", "Giáo dục", "Ô tô - Xe máy", "Công nghệ", "Du lịch"]
    nav = "".join('<li class="menu-item"><a href="/%s.htm">%s</a></li>' % (slug(c), esc(c)) for c in cats)
    trend = "".join('<a class="trending-item" href="/tim-kiem/%s.htm">#%s</a>' % (slug(t), esc(t)) for t in rng.sample(TAGS_POOL, 6))
    def art_item(h):
        return ('<article class="article-item"><div class="article-thumb"><a href="/%s.htm"><img loading="lazy" src="https://cdnphoto.danthoi.com.vn/thumb_w/200/2026/11/%s.jpg" alt="%s"></a></div>'
                '<h3 class="article-title"><a href="/%s.htm">%s</a></h3><div class="article-excerpt">%s</div></article>'
                % (slug(h), hexid(rng, 12), attr(h), slug(h), esc(h), esc(rng.choice(["Xem chi tiết", "Đọc tiếp", ""]))))
    html_out = f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
<meta charset="UTF-8">
<title>{esc(art["title"])} | Báo Dân Thời</title>
<meta name="description" content="{attr(art["sapo"])}">
<meta property="og:title" content="{attr(art["title"])}"><meta property="og:type" content="article"><meta property="og:url" content="{url}">
<meta property="article:published_time" content="2026-11-20T05:12:00+07:00">
<meta property="article:modified_time" content="2026-11-20T07:40:19+07:00">
<meta property="article:author" content="https://danthoi.com.vn/tac-gia/trung-thi.htm">
<meta name="author" content="Báo Dân Thời">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://cdnweb.danthoi.com.vn/web_v4/css/main.css?v=1.8.7">
<script>window.__dtConfig={{articleId:"20261120051208534",categoryId:"xa-hoi/giao-thong",pageType:"article",isPremium:false,adsEnable:true}};</script>
{gtag("G-DT58RB1C7Z")}
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-DT4K2M');</script>
</head>
<body class="dt-article">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-DT4K2M" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<header class="site-header">
<div class="header-top container">
<a class="logo" href="/"><img src="https://cdnweb.danthoi.com.vn/web_v4/images/logo.svg" alt="Báo Dân Thời"></a>
<div class="header-date">Chủ nhật, 22/11/2026 - 09:14</div>
<div class="header-actions"><a href="/tin-moi-nhat.htm" class="btn-latest">Tin mới</a><a href="#" class="btn-search" title="Tìm kiếm">Tìm kiếm</a><a href="#" class="btn-user">Đăng nhập</a><a href="/premium.htm" class="btn-premium">DT Premium</a></div>
</div>
<nav class="menu-wrap"><ul class="menu-main container"><li class="home"><a href="/">Trang chủ</a></li>{nav}<li class="menu-more"><a href="#">Xem thêm</a></li></ul></nav>
<div class="trending container"><span class="trending-label">Xu hướng:</span>{trend}</div>
</header>
<main class="container main-detail">
<div class="grid-container">
<article class="singular-container">
<ul class="dt-breadcrumb"><li><a href="/xa-hoi.htm">Xã hội</a></li><li><a href="/xa-hoi/giao-thong.htm">Giao thông</a></li></ul>
<h1 class="title-page detail">{esc(art["title"])}</h1>
<div class="author-wrap">
<div class="author-avatar"><a href="/tac-gia/trung-thi.htm"><img src="https://cdnphoto.danthoi.com.vn/avatar/trung-thi.png" alt=""></a></div>
<div class="author-name"><a href="/tac-gia/trung-thi.htm"><b>Trung Thi</b></a></div>
<time class="author-time" datetime="2026-11-20 05:12">Thứ sáu, 20/11/2026 - 05:12</time>
</div>
<div class="singular-tools"><a class="save-article" href="#">Lưu bài</a><a class="share-fb" href="#">Chia sẻ</a><a class="font-size" href="#">Aa</a></div>
<h2 class="singular-sapo">{esc(art["sapo"])}</h2>
<div class="singular-content">
{body}
</div>
<div class="singular-gg-news"><a href="https://news.google.com/publications/CAAqLQgKIidDQklTRndnTWFoTUtFV1JoYm5Sb2IyY" rel="nofollow">Theo dõi Dân Thời trên Google News</a></div>
<div class="singular-reaction"><span>Bài viết này có hữu ích với bạn?</span><button class="like">Hữu ích ({rng.randint(5, 90)})</button><button class="dislike">Không ({rng.randint(0, 9)})</button></div>
<ul class="tags-wrap"><li><a href="/tai-nan-giao-thong.tag">tai nạn giao thông</a></li><li><a href="/cao-toc-cam-lam-vinh-hao.tag">cao tốc Cam Lâm - Vĩnh Hảo</a></li><li><a href="/xe-khach.tag">xe khách</a></li></ul>
<section class="comment-wrap" id="comment"><h3>Bình luận (0)</h3><div class="comment-form"><textarea placeholder="Mời bạn chia sẻ thêm thông tin, ý tưởng..."></textarea></div><p class="comment-empty">Hãy là người đầu tiên bình luận</p></section>
<section class="article-lienquan"><h3 class="section-title">Có thể bạn quan tâm</h3>{"".join(art_item(h) for h in heads[:8])}</section>
</article>
<aside class="sidebar">
<div class="ads" id="ads-right-1" style="min-height:600px"></div>
<div class="box-tin-moi"><h3 class="section-title">Tin mới</h3>{"".join(art_item(h) for h in heads[8:18])}</div>
<div class="box-doc-nhieu"><h3 class="section-title">Đọc nhiều</h3><ol>{"".join('<li><a href="/%s.htm">%s</a></li>' % (slug(h), esc(h)) for h in heads[18:28])}</ol></div>
<div class="box-nhan-ai"><h3 class="section-title">Tấm lòng nhân ái</h3><p>Mã số 2026.318: Cụ bà 80 tuổi một mình nuôi cháu bại não. Đã nhận: {rng.randint(10, 99)}.{rng.randint(100, 999)}.000 đồng.</p></div>
</aside>
</div>
<section class="news-bottom"><h3 class="section-title">Tin cùng chuyên mục</h3>{"".join(art_item(h) for h in heads[28:34])}</section>
</main>
<footer class="site-footer"><div class="container">
<ul class="footer-nav">{nav}</ul>
<div class="footer-info">
<p>Cơ quan của Bộ Nội vụ. Tổng Biên tập: Đinh Quốc Khánh</p>
<p>Giấy phép hoạt động báo điện tử số 298/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 16/06/2023</p>
<p>Địa chỉ tòa soạn: Số 17 phố Thành Công, phường Giảng Võ, Hà Nội. Điện thoại: 024-3736-6491. Hotline HN: 0973-567-567</p>
<p>Email: info@danthoi.com.vn. Văn phòng đại diện miền Nam: 88 Trần Quốc Thảo, phường Xuân Hòa, TP.HCM</p>
<p>Chịu trách nhiệm nội dung: Đinh Quốc Khánh. © Bản quyền thuộc về Báo Dân Thời. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p>
</div></div></footer>
<script src="https://cdnweb.danthoi.com.vn/web_v4/js/main.js?v=1.8.7" defer></script>
</body>
</html>
"""
    meta = dict(platform="custom (Dân trí-like)", url=url, charset="utf-8",
                published_at="2026-11-20T05:12:00+07:00", author="Trung Thi")
    return html_out, meta


def page_s04():
    """VTV-like broadcaster: weather table with inline styles, video with player title only,
    machine date without zone, 'Theo ...' source line."""
    rng = random.Random(SET + ":s04")
    art = A["s04"]
    url = "https://dvtv.vn/xa-hoi/bao-so-15-manh-cap-11-huong-vao-vung-bien-khanh-hoa-lam-dong-20261121054215627.htm"
    def table(rows, s):
        out = ['<table border="1" cellpadding="0" cellspacing="0" class="MsoTableGrid" style="border-collapse:collapse;border:none;width:100%">', "<tbody>"]
        for i, row in enumerate(rows):
            tds = []
            for c in row:
                inner = ('<p style="text-align:center"><strong>%s</strong></p>' if i == 0 else '<p>%s</p>') % inline(c)
                tds.append('<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt;%s" valign="top">%s</td>'
                           % ("background:#dbe5f1;" if i == 0 else "", inner))
            out.append("<tr>" + "".join(tds) + "</tr>")
        out += ["</tbody>", "</table>"]
        return "\n".join(out)
    st = {
        "p": '<p style="text-align: justify;">{}</p>',
        "h": '<h3 style="text-align: justify;"><strong>{}</strong></h3>',
        "table": table,
        "ad": lambda s: '<div class="ads-inpage" id="admzone_inpage"><script>/*<![CDATA[*/ admicroAD.unit.push(function(){ admicroAD.show("admzone_inpage") }); /*]]>*/</script></div>',
        "source": lambda t, s: '<p style="text-align: right;"><em>%s</em></p>' % esc(t),
    }
    body = render_blocks(art, st)
    heads = pick_headlines(rng, 30)
    lich = [("05:30", "Chào buổi sáng"), ("06:45", "Bản tin Thời tiết"), ("09:00", "Thời sự 9h"), ("11:30", "Thời sự 11h30"),
            ("12:00", "Thời sự 12h"), ("16:00", "Thời sự 16h"), ("19:00", "Thời sự 19h"), ("19:45", "Bản tin Thời tiết"),
            ("21:00", "Thời sự 21h"), ("22:30", "Thể thao 24/7")]
    menu = ["Chính trị", "Xã hội", "Pháp luật", "Thế giới", "Kinh tế", "Thể thao", "Truyền hình", "Văn hóa - Giải trí",
            "Sức khỏe", "Giáo dục", "Công nghệ", "Đời sống", "Thời tiết"]
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(art["title"])} | DVTV.VN</title>
<meta name="description" content="{attr(art["sapo"])}">
<meta property="og:title" content="{attr(art["title"])}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-21T05:42:00">
<meta property="article:modified_time" content="2026-11-21T06:15:33">
<meta name="news_keywords" content="bão số 15, thời tiết, Khánh Hòa, Lâm Đồng">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://static.dvtv.vn/web/css/style.min.css?v=20261120">
<style>{css_block(rng, "dv", 30)}</style>
{gtag("G-DVTV55821")}
<script>var ArticleId = 1121054215627; var CateId = 2; var isAmp = false; var adsCategory = "xa-hoi";</script>
</head>
<body>
<div class="wrapper">
<div class="top-header"><div class="container">
<span class="today">Chủ Nhật, 22-11-2026</span>
<a class="live" href="/truc-tuyen.htm">Trực tuyến</a><a href="/lich-phat-song.htm">Lịch phát sóng</a><a href="/video.htm">Video</a>
<div class="search"><input type="text" placeholder="Tìm kiếm" id="txtSearch"><a href="#" class="btn">Tìm</a></div>
</div></div>
<div class="header"><div class="container"><a href="/" class="logo"><img src="https://static.dvtv.vn/web/images/logo.png" alt="DVTV - Truyền hình Đất Việt"></a>
<div class="banner-top"><div id="admzone_top" style="width:728px;height:90px"></div></div></div></div>
<div class="menu"><div class="container"><ul>{"".join('<li><a href="/%s.htm">%s</a></li>' % (slug(m), esc(m)) for m in menu)}</ul></div></div>
<div class="container main clearfix">
<div class="content-left">
<div class="breadcrumb"><a href="/">Trang chủ</a> <span>›</span> <a href="/xa-hoi.htm">Xã hội</a> <span>›</span> <a href="/thoi-tiet.htm">Thời tiết</a></div>
<h1 class="title_detail">{esc(art["title"])}</h1>
<div class="infotime clearfix">
<p class="author">Hải Hà</p>
<p class="time">21/11/2026 05:42 GMT+7</p>
<div class="social"><a class="fb" href="#">Chia sẻ</a><a class="zalo" href="#">Zalo</a><a class="print" href="#" onclick="window.print()">In</a></div>
</div>
<h2 class="sapo">{esc(art["sapo"])}</h2>
<div class="video-detail">
<div class="player" data-vid="dvtv-2026-11-21-bao15">
<video controls preload="none" poster="https://static.dvtv.vn/video/2026/11/21/bao15.jpg" src="https://media.dvtv.vn/2026/11/21/bao15_720.mp4">Trình duyệt của bạn không hỗ trợ phát video.</video>
<div class="player-title">Bão số 15 giật cấp 13 trên vùng biển Trường Sa</div>
<div class="player-duration">02:46</div>
</div></div>
<div id="entry-body" class="ta-justify">
{body}
</div>
<div class="tags"><span>Từ khóa:</span><a href="/bao-so-15.htm">bão số 15</a><a href="/thoi-tiet.htm">thời tiết</a><a href="/du-bao-thoi-tiet.htm">dự báo thời tiết</a></div>
<div class="box-related"><div class="title">Tin liên quan</div><ul>{"".join('<li><a href="/%s.htm">%s</a></li>' % (slug(h), esc(h)) for h in heads[:5])}</ul></div>
<div class="box-news-cate"><div class="title">Tin cùng chuyên mục</div>{"".join('<div class="item"><a href="/%s.htm"><img src="https://static.dvtv.vn/thumb/%s.jpg" alt=""></a><h4><a href="/%s.htm">%s</a></h4><span class="time">%s</span></div>' % (slug(h), hexid(rng, 10), slug(h), esc(h), side_date(rng)) for h in heads[5:15])}</div>
</div>
<div class="content-right">
<div class="box-lich"><div class="title">Lịch phát sóng DVTV1</div><ul>{"".join('<li><span class="hour">%s</span> %s</li>' % (a, esc(b)) for a, b in lich)}</ul></div>
<div class="box-tinmoi"><div class="title">Tin mới nhất</div><ul>{"".join('<li><a href="/%s.htm">%s</a></li>' % (slug(h), esc(h)) for h in heads[15:25])}</ul></div>
<div id="admzone_right" style="min-height:600px"></div>
<div class="box-xemnhieu"><div class="title">Xem nhiều</div><ol>{"".join('<li><a href="/%s.htm">%s</a></li>' % (slug(h), esc(h)) for h in heads[25:30])}</ol></div>
</div>
</div>
<div class="footer"><div class="container">
<p class="name">DVTV.VN - Kênh Truyền hình Đất Việt</p>
<p>Giấy phép cung cấp dịch vụ phát thanh, truyền hình trên mạng số 12/GP-BVHTTDL ngày 02/10/2025</p>
<p>Địa chỉ: 118 Láng Hạ, phường Láng, Hà Nội. Điện thoại: 024.3835.5931. Email: toasoan@dvtv.vn</p>
<p>Chịu trách nhiệm nội dung: Vũ Thanh Bình. Ghi rõ nguồn "DVTV.VN" khi phát hành lại thông tin từ website này.</p>
</div></div>
</div>
<script src="https://static.dvtv.vn/web/js/main.min.js?v=20261120"></script>
</body>
</html>
"""
    meta = dict(platform="custom (VTV-like)", url=url, charset="utf-8",
                published_at="2026-11-21T05:42:00+07:00", author="Hải Hà")
    return html_out, meta


def page_s05():
    """Znews-like: writer and photographer in the meta line, UTC date with milliseconds."""
    rng = random.Random(SET + ":s05")
    art = A["s05"]
    url = "https://ttsnews.vn/hoang-thanh-ha-noi-nguoc-dong-thang-pho-hien-post1604418.html"
    st = {
        "p": "<p>{}</p>",
        "img": lambda c, n, i, s: (
            '<table class="picture" align="center"><tbody><tr><td class="pic"><img src="https://photo.ttsnews.vn/w660/Uploaded/2026/11/15/%s-%d.jpg" alt="%s" data-width="1200" data-height="800"></td></tr>'
            '<tr><td class="pCaption caption">%s</td></tr></tbody></table>' % (n, i, attr(plain(c)), inline(c))),
        "ad": lambda s: '<div class="inner-article-ad"><div id="ttsnews_inarticle_1" class="ad-slot" data-size="300x250"></div><span class="ad-label">Quảng cáo</span></div>',
    }
    body = render_blocks(art, st)
    heads = pick_headlines(rng, 30)
    ld = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
                 "datePublished": "2026-11-15T15:15:07.000Z", "dateModified": "2026-11-15T15:48:51.000Z",
                 "author": [{"@type": "Person", "name": "Minh Khôi", "url": "https://ttsnews.vn/tac-gia/minh-khoi.html"}],
                 "publisher": {"@type": "Organization", "name": "TTS News"}})
    table_rows = [("1", "Sông Hàn Đà Nẵng", 9, 20), ("2", "Hoàng Thành Hà Nội", 9, 19), ("3", "Cảng Đồ Sơn", 9, 17),
                  ("4", "Núi Hồng Hà Tĩnh", 9, 15), ("5", "Thép Thái Nguyên", 9, 14), ("6", "Sài Gòn Xanh", 9, 13),
                  ("7", "Cố đô Ninh Bình", 9, 12), ("8", "Phố Núi Gia Lai", 9, 12)]
    bxh = "".join('<tr><td>%s</td><td><a href="/doi-bong/%s.html">%s</a></td><td>%d</td><td>%d</td></tr>' % (a, slug(b), esc(b), c, d) for a, b, c, d in table_rows)
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(art["title"])} - Bóng đá Việt Nam - TTS News</title>
<meta name="description" content="{attr(art["sapo"])}">
<meta property="og:title" content="{attr(art["title"])}"><meta property="og:type" content="article"><meta property="og:url" content="{url}">
<meta property="article:published_time" content="2026-11-15T15:15:07.000Z">
<meta property="article:modified_time" content="2026-11-15T15:48:51.000Z">
<meta property="article:section" content="Thể thao">
<link rel="canonical" href="{url}">
<link rel="preload" href="https://static.ttsnews.vn/fonts/merriweather.woff2" as="font" crossorigin>
<link rel="stylesheet" href="https://static.ttsnews.vn/css/article.css?v=9.4.1">
{ld}
{gtag("G-TTS0093KX")}
<script>window.TTS={{page:"article",id:1604418,cat:"bong-da-viet-nam",tags:["V.League","Hoàng Thành Hà Nội","Phố Hiến"],premium:0}};</script>
</head>
<body class="article-page">
<header id="site-header">
<div class="header-inner">
<a id="logo" href="/"><img src="https://static.ttsnews.vn/images/logo.svg" alt="TTS News - Tri thức trực tuyến"></a>
<div class="header-date">Chủ nhật, 22/11/2026</div>
<nav id="main-nav"><ul>{"".join('<li><a href="/%s.html">%s</a></li>' % (slug(m), esc(m)) for m in ["Thời sự", "Thế giới", "Kinh doanh", "Công nghệ", "Sức khỏe", "Thể thao", "Giải trí", "Đời sống", "Giáo dục", "Du lịch", "Xuất bản", "Ô tô - Xe máy"])}</ul></nav>
<div class="header-tools"><a href="#" class="search-toggle">Tìm kiếm</a><a href="/dang-nhap.html" class="login">Đăng nhập</a></div>
</div>
<div class="hot-topics"><span>Chủ đề nóng:</span>{"".join('<a href="/tieu-diem/%s.html">%s</a>' % (slug(t), esc(t)) for t in ["V.League 2026/27", "Đội tuyển Việt Nam", "SEA Games 34", "Ngoại hạng Anh"])}</div>
</header>
<div id="scoreboard" class="match-scoreboard"><div class="team home">Hoàng Thành Hà Nội</div><div class="score">3 - 1</div><div class="team away">Phố Hiến</div>
<div class="status">Kết thúc</div><div class="scorers"><span>Hữu Tài 52', Souza 67', Công Thành 81'</span><span>Quang Hưng 8'</span></div></div>
<div class="page-wrapper">
<article class="the-article type_text">
<header class="the-article-header">
<p class="the-article-category"><a href="/the-thao.html">Thể thao</a> <a href="/bong-da-viet-nam.html">Bóng đá Việt Nam</a></p>
<h1 class="the-article-title">{esc(art["title"])}</h1>
<ul class="the-article-meta">
<li class="the-article-author"><a href="/tac-gia/minh-khoi.html" class="author">Minh Khôi</a></li>
<li class="the-article-photographer">Ảnh: Việt Hùng</li>
<li class="the-article-publish">22:15 15/11/2026</li>
<li class="the-article-comment"><a href="#comments">{rng.randint(2, 40)} bình luận</a></li>
</ul>
</header>
<div class="the-article-toolbar sticky"><a href="#" class="share fb">Chia sẻ</a><a href="#" class="bookmark">Lưu bài</a><a href="#" class="font">Cỡ chữ</a></div>
<p class="the-article-summary">{esc(art["sapo"])}</p>
<div class="the-article-body">
{body}
</div>
<div class="the-article-tags"><span class="label">Tags:</span>{"".join('<a href="/tieu-diem/%s.html" class="tag-item">%s</a>' % (slug(t), esc(t)) for t in ["V.League", "Hoàng Thành Hà Nội", "Phố Hiến", "Nguyễn Hữu Tài"])}</div>
<div class="article-rating"><span>Bạn thấy bài viết thế nào?</span><a href="#" data-r="1">Hay</a><a href="#" data-r="2">Bình thường</a><a href="#" data-r="3">Chưa hay</a></div>
<section id="comments" class="comments"><h3>Bình luận</h3><div class="comment-box"><textarea placeholder="Viết bình luận..."></textarea></div><p class="cmt-login">Đăng nhập để bình luận</p></section>
</article>
<aside class="sidebar">
<div class="widget standings"><h3 class="widget-title">Bảng xếp hạng V.League 2026/27</h3><table class="bxh"><thead><tr><th>#</th><th>Đội</th><th>Trận</th><th>Điểm</th></tr></thead><tbody>{bxh}</tbody></table></div>
<div class="widget"><h3 class="widget-title">Đọc nhiều</h3><ul>{"".join('<li><a href="/%s-post%d.html">%s</a></li>' % (slug(h), 1600000 + rng.randint(1, 9999), esc(h)) for h in heads[:8])}</ul></div>
<div id="ttsnews_sidebar_sticky" class="ad-slot" data-size="300x600"></div>
</aside>
<section class="recommendation"><h3 class="section-title">Có thể bạn quan tâm</h3><div class="article-list">{"".join('<article class="article-item"><p class="article-thumbnail"><a href="/%s.html"><img loading="lazy" src="https://photo.ttsnews.vn/w210/%s.jpg" alt=""></a></p><p class="article-title"><a href="/%s.html">%s</a></p><p class="article-meta"><span class="time">%s</span></p></article>' % (slug(h), hexid(rng, 12), slug(h), esc(h), rel_time(rng)) for h in heads[8:22])}</div></section>
<section class="newsletter"><h3>Nhận bản tin thể thao mỗi sáng</h3><form><input type="email" placeholder="Email của bạn"><button>Đăng ký</button></form></section>
</div>
<footer id="site-footer"><div class="footer-inner">
<ul class="footer-links">{"".join('<li><a href="/%s.html">%s</a></li>' % (slug(h), esc(h)) for h in ["Giới thiệu", "Liên hệ quảng cáo", "Điều khoản sử dụng", "Chính sách bảo mật"])}</ul>
<p>Tạp chí điện tử Tri Thức Số - Cơ quan chủ quản: Hội Xuất bản Việt Nam. Tổng biên tập: Hoàng Minh Khải</p>
<p>Giấy phép số 35/GP-BVHTTDL do Bộ Văn hóa, Thể thao và Du lịch cấp ngày 14/08/2025</p>
<p>Tòa soạn: Số 21 Lê Văn Lương, phường Thanh Xuân, Hà Nội. Hotline: 0889 220 330. Email: toasoan@ttsnews.vn</p>
</div></footer>
<script src="https://static.ttsnews.vn/js/article.js?v=9.4.1" async></script>
</body>
</html>
"""
    meta = dict(platform="custom (Znews-like)", url=url, charset="utf-8",
                published_at="2026-11-15T22:15:07+07:00", author="Minh Khôi, Việt Hùng")
    return html_out, meta


# --------------------------------------------------------------------------
# Article pages s06 - s10
# --------------------------------------------------------------------------

def page_s06():
    """Báo Đầu tư-like economic daily: heavy page (market widgets, hydration state),
    table of figures with a 'Nguồn:' line under it."""
    rng = random.Random(SET + ":s06")
    art = A["s06"]
    url = "https://dautumoi.vn/xuat-khau-nong-lam-thuy-san-10-thang-dat-618-ty-usd-d318842.html"
    def table(rows, s):
        out = ['<div class="table-responsive"><table class="table table-bordered table-economy" style="width:100%;">']
        out.append("<thead><tr>%s</tr></thead><tbody>" % "".join('<th style="text-align:center;">%s</th>' % inline(c) for c in rows[0]))
        for row in rows[1:]:
            out.append("<tr>%s</tr>" % "".join('<td style="text-align:%s;">%s</td>' % ("left" if j == 0 else "right", inline(c)) for j, c in enumerate(row)))
        out.append("</tbody></table></div>")
        return "\n".join(out)
    st = {
        "p": '<p style="text-align: justify;">{}</p>',
        "h": "<h2><strong>{}</strong></h2>",
        "table": table,
        "source": lambda t, s: '<p style="text-align: right;"><span style="font-size:12px;"><em>%s</em></span></p>' % esc(t),
    }
    body = render_blocks(art, st)
    heads = pick_headlines(rng, 90)
    sections = [
        ("Thời sự", ["Chính trị", "Kinh tế", "Xã hội", "Quốc tế", "Quốc phòng", "Chuyển động"]),
        ("Đầu tư", ["Dự án", "Đầu tư nước ngoài", "Kinh tế vùng", "Đầu tư công", "Môi trường đầu tư", "PPP"]),
        ("Tài chính - Chứng khoán", ["Ngân hàng", "Chứng khoán", "Bảo hiểm", "Thuế", "Tiền tệ", "Trái phiếu"]),
        ("Bất động sản", ["Thị trường", "Chính sách", "Dự án", "Nhà ở xã hội", "Khu công nghiệp"]),
        ("Doanh nghiệp", ["Doanh nhân", "Khởi nghiệp", "Quản trị", "Kinh tế tư nhân", "Thông tin doanh nghiệp"]),
        ("Thị trường", ["Hàng hóa", "Xuất nhập khẩu", "Giá cả", "Tiêu dùng", "Nông sản"]),
        ("Quốc tế", ["Kinh tế thế giới", "Góc nhìn", "Thương mại", "ASEAN"]),
        ("Số hóa", ["Kinh tế số", "Viễn thông", "Fintech", "AI", "Bán dẫn"]),
        ("Ấn phẩm", ["Đầu Tư Mới", "Đầu tư Chứng khoán", "Vietnam Investment Review", "E-magazine"]),
        ("Địa phương", PROVINCES),
    ]
    mega = "\n".join(
        '<li class="nav-item dropdown"><a class="nav-link" href="/%s.html">%s</a><div class="mega-menu"><div class="mega-col"><ul>%s</ul></div>'
        '<div class="mega-featured">%s</div></div></li>'
        % (slug(s), esc(s), "".join('<li><a href="/%s/%s.html">%s</a></li>' % (slug(s), slug(x), esc(x)) for x in sub),
           "".join('<div class="mega-item"><a href="/%s-d%d.html"><img loading="lazy" src="https://img.dautumoi.vn/thumb/%s.jpg" alt=""></a><h4><a href="/%s-d%d.html">%s</a></h4></div>'
                   % (slug(h), 310000 + rng.randint(1, 9999), hexid(rng, 12), slug(h), 310000 + rng.randint(1, 9999), esc(h))
                   for h in rng.sample(HEADLINES, 3)))
        for s, sub in sections)
    indices = [("VN-Index", 1318.42, 6.15), ("HNX-Index", 231.07, -0.84), ("UPCoM", 98.66, 0.21), ("VN30", 1402.9, 7.3)]
    ticker = "".join('<li class="%s"><span class="name">%s</span><span class="val">%s</span><span class="chg">%+.2f</span></li>'
                     % ("up" if c >= 0 else "down", n, ("%.2f" % v).replace(".", ","), c) for n, v, c in indices)
    golds = [("SJC 1L, 10L", "148.200", "150.200"), ("Nhẫn SJC 99,99", "145.800", "148.300"), ("PNJ", "145.900", "148.400"),
             ("DOJI HN", "148.200", "150.200"), ("DOJI HCM", "148.200", "150.200"), ("Bảo Tín Minh Châu", "146.100", "148.900")]
    gold_tbl = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (a, b, c) for a, b, c in golds)
    fx = [("USD", "25.938", "26.298"), ("EUR", "29.744", "31.310"), ("JPY", "165,21", "175,70"), ("CNY", "3.571", "3.722"),
          ("GBP", "33.802", "35.236"), ("AUD", "16.701", "17.410"), ("SGD", "19.621", "20.455"), ("KRW", "16,93", "19,64"),
          ("THB", "714,55", "823,80"), ("CAD", "18.244", "19.019")]
    fx_tbl = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (a, b, c) for a, b, c in fx)
    stocks = []
    for k in range(60):
        code = "".join(rng.choice("ABCDEFGHKLMNPQRSTV") for _ in range(3))
        price = rng.randint(800, 12000) / 100
        stocks.append('<tr><td class="code">%s</td><td>%s</td><td class="%s">%+.2f%%</td><td>%s</td></tr>'
                      % (code, ("%.2f" % price).replace(".", ","), rng.choice(["up", "down", "ref"]), rng.uniform(-6.9, 6.9),
                         "{:,}".format(rng.randint(10000, 9000000)).replace(",", ".")))
    latest = "".join('<li class="item"><a href="/%s-d%d.html" class="title">%s</a><span class="time">%s</span></li>'
                     % (slug(h), 318000 + rng.randint(1, 9999), esc(h), side_date(rng, "%H:%M %d/%m")) for h in heads[:40])
    most = "".join('<li><span class="rank">%02d</span><a href="/%s-d%d.html">%s</a></li>' % (k + 1, slug(h), 318000 + rng.randint(1, 9999), esc(h)) for k, h in enumerate(heads[40:50]))
    same = "".join('<article class="story"><figure class="story__thumb"><a href="/%s-d%d.html"><img loading="lazy" src="https://img.dautumoi.vn/w300/2026/11/%s.jpg" alt="%s"></a></figure>'
                   '<h3 class="story__heading"><a href="/%s-d%d.html">%s</a></h3><time class="story__time">%s</time></article>'
                   % (slug(h), 318000 + rng.randint(1, 9999), hexid(rng, 14), attr(h), slug(h), 318000 + rng.randint(1, 9999), esc(h), side_date(rng, "%d/%m/%Y"))
                   for h in heads[50:74])
    emag = "".join('<div class="emag-item"><a href="/emagazine/%s.html"><img loading="lazy" src="https://img.dautumoi.vn/emag/%s.jpg" alt=""><span>%s</span></a></div>'
                   % (slug(h), hexid(rng, 10), esc(h)) for h in heads[74:82])
    state = {
        "page": "detail", "articleId": 318842, "zone": {"id": 46, "name": "Thị trường", "parent": "Xuất nhập khẩu"},
        "menu": [{"name": s, "url": "/%s.html" % slug(s), "children": [{"name": x, "url": "/%s/%s.html" % (slug(s), slug(x))} for x in sub]} for s, sub in sections],
        "latest": [{"id": 318000 + rng.randint(1, 99999), "title": h, "url": "/%s.html" % slug(h), "thumb": "https://img.dautumoi.vn/%s.jpg" % hexid(rng, 16),
                    "publishedAt": side_date(rng, "%Y-%m-%dT%H:%M:%S+07:00"), "views": rng.randint(100, 90000)} for h in heads[:90]],
        "stocks": [{"code": "".join(rng.choice("ABCDEFGHKLMNPQRSTV") for _ in range(3)), "price": rng.randint(800, 12000) * 10,
                    "change": round(rng.uniform(-6.9, 6.9), 2), "volume": rng.randint(1000, 9000000)} for _ in range(560)],
        "ads": {"zones": [{"id": "dt_%d" % k, "size": rng.choice(["300x250", "300x600", "728x90", "970x250"]), "token": blob(rng, 96)} for k in range(24)]},
    }
    state_js = json.dumps(state, ensure_ascii=False, separators=(",", ":"))
    html_out = f"""<!DOCTYPE html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(art["title"])}</title>
<meta name="description" content="{attr(art["sapo"])}">
<meta name="keywords" content="xuất khẩu nông sản, cà phê, rau quả, sầu riêng, Bộ Nông nghiệp và Môi trường">
<meta property="og:site_name" content="Báo Đầu Tư Mới"><meta property="og:type" content="article">
<meta property="og:title" content="{attr(art["title"])}"><meta property="og:url" content="{url}">
<meta property="og:image" content="https://img.dautumoi.vn/2026/11/06/xuat-khau-nong-san.jpg">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://static.dautumoi.vn/v3/css/bootstrap.min.css">
<link rel="stylesheet" href="https://static.dautumoi.vn/v3/css/main.css?v=3.12.5">
<style>
{css_block(rng, "dtm", 120)}
</style>
{gtag("G-DTM7781QW")}
<script>var _paq=window._paq=window._paq||[];_paq.push(['trackPageView']);_paq.push(['enableLinkTracking']);(function(){{var u="https://stat.dautumoi.vn/";_paq.push(['setTrackerUrl',u+'matomo.php']);_paq.push(['setSiteId','3']);}})();</script>
</head>
<body class="detail-page zone-46">
<div class="topbar"><div class="container d-flex justify-content-between">
<div class="topbar__date">Chủ Nhật, ngày 22/11/2026</div>
<ul class="topbar__market">{ticker}<li class="gold"><span class="name">Vàng SJC</span><span class="val">150,2 tr</span></li><li class="usd"><span class="name">USD</span><span class="val">26.298</span></li></ul>
<div class="topbar__links"><a href="https://vir.dautumoi.vn">English</a><a href="/lien-he-quang-cao.html">Quảng cáo</a><a href="/dat-bao.html">Đặt báo</a><a href="#" class="login">Đăng nhập</a></div>
</div></div>
<header class="header"><div class="container">
<a href="/" class="header__logo"><img src="https://static.dautumoi.vn/v3/images/logo.svg" alt="Báo Đầu Tư Mới"></a>
<div class="header__banner"><div id="ad-header" class="ad" data-zone="dt_0" style="width:728px;height:90px"></div></div>
<form class="header__search" action="/tim-kiem.html"><input type="search" name="q" placeholder="Nhập từ khóa..."><button type="submit">Tìm kiếm</button></form>
</div></header>
<nav class="main-menu"><div class="container"><ul class="nav">
<li class="nav-item home"><a class="nav-link" href="/">Trang chủ</a></li>
{mega}
</ul></div></nav>
<div class="container">
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/thi-truong.html">Thị trường</a></li><li class="breadcrumb-item active"><a href="/thi-truong/xuat-nhap-khau.html">Xuất nhập khẩu</a></li></ol>
<div class="row">
<div class="col-lg-8 main-col">
<article class="detail" itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="datePublished" content="2026-11-06T16:35:00+07:00">
<meta itemprop="dateModified" content="2026-11-06T17:20:00+07:00">
<h1 class="detail__title" itemprop="headline">{esc(art["title"])}</h1>
<div class="detail__meta"><span class="detail__author" itemprop="author">Thanh Hương</span><span class="detail__time">Thứ Sáu, 06/11/2026 | 16:35</span>
<div class="detail__tools"><a href="#" class="btn-print" title="In bài">In</a><a href="#" class="btn-zoom" title="Phóng to chữ">A+</a><a href="#" class="btn-share" title="Chia sẻ">Chia sẻ</a><a href="#" class="btn-save" title="Lưu bài">Lưu bài</a></div></div>
<div class="detail__summary" itemprop="description"><strong>{esc(art["sapo"])}</strong></div>
<figure class="detail__avatar"><img src="https://img.dautumoi.vn/2026/11/06/xuat-khau-nong-san.jpg" alt="{attr(art["title"])}"></figure>
<div class="detail__content" itemprop="articleBody">
{body}
</div>
<div class="detail__tags"><span>Tags:</span><a href="/tag/xuat-khau.html">xuất khẩu</a><a href="/tag/nong-san.html">nông sản</a><a href="/tag/ca-phe.html">cà phê</a><a href="/tag/sau-rieng.html">sầu riêng</a></div>
<div class="detail__ggnews"><a href="https://news.google.com/publications/CAAqBwgKMM-dtm" rel="nofollow">Theo dõi Báo Đầu Tư Mới trên Google News</a></div>
<div class="detail__rating"><span>Đánh giá bài viết:</span>{"".join('<a href="#" data-star="%d">★</a>' % k for k in range(1, 6))}<span class="count">({rng.randint(3, 40)} lượt)</span></div>
</article>
<section class="box-same-zone"><h2 class="box-title">Tin cùng chuyên mục</h2><div class="story-list">{same}</div></section>
<section class="box-emag"><h2 class="box-title">E-magazine</h2>{emag}</section>
</div>
<aside class="col-lg-4 sidebar">
<div class="box-market"><h3 class="box-title">Thị trường chứng khoán</h3><table class="table-stock"><thead><tr><th>Mã</th><th>Giá</th><th>+/-</th><th>KL</th></tr></thead><tbody>{"".join(stocks)}</tbody></table></div>
<div class="box-gold"><h3 class="box-title">Giá vàng (nghìn đồng/lượng)</h3><table><thead><tr><th>Loại</th><th>Mua</th><th>Bán</th></tr></thead><tbody>{gold_tbl}</tbody></table></div>
<div class="box-fx"><h3 class="box-title">Tỷ giá ngoại tệ</h3><table><thead><tr><th>Mã</th><th>Mua</th><th>Bán</th></tr></thead><tbody>{fx_tbl}</tbody></table></div>
<div class="box-latest"><h3 class="box-title">Tin mới</h3><ul>{latest}</ul></div>
<div class="ad" data-zone="dt_5" style="min-height:600px"></div>
<div class="box-most"><h3 class="box-title">Đọc nhiều</h3><ul>{most}</ul></div>
<div class="box-newsletter"><h3 class="box-title">Đăng ký nhận bản tin</h3><form><input type="email" placeholder="Email của bạn"><button>Đăng ký</button></form></div>
</aside>
</div></div>
<footer class="footer"><div class="container">
<div class="footer__menu">{"".join('<div class="col"><h4>%s</h4><ul>%s</ul></div>' % (esc(s), "".join('<li><a href="/%s/%s.html">%s</a></li>' % (slug(s), slug(x), esc(x)) for x in sub)) for s, sub in sections)}</div>
<div class="footer__info">
<p><strong>BÁO ĐẦU TƯ MỚI</strong> - Cơ quan của Bộ Tài chính</p>
<p>Tổng biên tập: Phan Hữu Thắng. Phó Tổng biên tập: Nguyễn Thị Hồng Hạnh, Trần Đức Thịnh</p>
<p>Giấy phép hoạt động báo điện tử số 98/GP-BVHTTDL do Bộ Văn hóa, Thể thao và Du lịch cấp ngày 21/07/2025</p>
<p>Tòa soạn: 29 Hàng Chuối, phường Hai Bà Trưng, Hà Nội. Điện thoại: 024.3845.0537. Fax: 024.3823.5281. Email: baodautumoi@dautumoi.vn</p>
<p>Văn phòng đại diện tại TP.HCM: 74 Đinh Tiên Hoàng, phường Tân Định, TP.HCM</p>
<p>© Bản quyền thuộc về Báo Đầu Tư Mới. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p>
</div></div></footer>
<script>window.__INITIAL_STATE__={state_js};</script>
<script src="https://static.dautumoi.vn/v3/js/vendor.min.js"></script>
<script src="https://static.dautumoi.vn/v3/js/main.js?v=3.12.5"></script>
</body>
</html>
"""
    meta = dict(platform="custom (Báo Đầu tư-like)", url=url, charset="utf-8",
                published_at="2026-11-06T16:35:00+07:00", author="Thanh Hương")
    return html_out, meta


def page_s07():
    """Hà Nội Mới-like Party daily of the capital: table layout, byline with e-mail at the foot,
    poll in the sidebar."""
    rng = random.Random(SET + ":s07")
    art = A["s07"]
    url = "https://thudomoi.vn/ha-noi-cong-bo-phuong-an-tuyen-sinh-vao-lop-10-nam-hoc-2027-2028-748213.html"
    st = {
        "p": '<p class="MsoNormal" style="text-align:justify">{}</p>',
        "ul": lambda items, s: '<ul class="list-dot">%s</ul>' % "".join('<li style="text-align:justify">%s</li>' % inline(x) for x in items),
        "img": lambda c, n, i, s: (
            '<table class="image center" align="center" style="width:100%%"><tbody><tr><td><img src="/Uploaded/2026_11_17/%s.jpg" alt="" width="640"></td></tr>'
            '<tr><td class="image_desc" style="text-align:center"><em>%s</em></td></tr></tbody></table>' % (n, inline(c))),
    }
    body = render_blocks(art, st)
    heads = pick_headlines(rng, 36)
    menu = ["Chính trị", "Thời sự", "Kinh tế", "Xã hội", "Giáo dục", "Văn hóa", "Thể thao", "Pháp luật", "Quốc tế",
            "Đô thị", "Bạn đọc", "Sức khỏe", "Hà Nội 24h", "Đời sống", "Video"]
    html_out = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(art["title"])} - Báo Thủ Đô Mới</title>
<meta name="description" content="{attr(art["sapo"])}" />
<meta property="article:published_time" content="2026-11-17T16:20:33+07:00" />
<meta property="og:title" content="{attr(art["title"])}" /><meta property="og:url" content="{url}" />
<link href="/Content/css/style.css?v=5" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/Scripts/jquery-1.12.4.min.js"></script>
{gtag("UA-31488710-1")}
<style type="text/css">{css_block(rng, "tdm", 25)}</style>
</head>
<body>
<div id="wrapper">
<table width="100%" cellpadding="0" cellspacing="0" border="0" class="top-bar"><tr>
<td class="date" align="left">Chủ nhật, ngày 22 tháng 11 năm 2026</td>
<td class="hotline" align="center">Đường dây nóng: 0243.942.3111</td>
<td class="links" align="right"><a href="/rss.html">RSS</a> | <a href="/lien-he.html">Liên hệ</a> | <a href="/epaper.html">Báo in</a> | <a href="#">Đăng nhập</a></td>
</tr></table>
<div id="header"><a href="/" class="logo"><img src="/Content/images/logo-thudomoi.png" alt="Báo Thủ Đô Mới - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội" /></a>
<div class="banner"><img src="/Uploaded/banner/chao-mung-dai-hoi.gif" alt="" width="728" height="90" /></div></div>
<div id="menu"><ul class="menu">{"".join('<li><a href="/%s.html">%s</a></li>' % (slug(m), esc(m)) for m in menu)}</ul>
<div class="search"><form action="/tim-kiem.html"><input type="text" name="k" value="" /><input type="submit" value="Tìm" /></form></div></div>
<div id="hotnews" class="marquee"><strong>Tin nóng:</strong> {" | ".join('<a href="/%s.html">%s</a>' % (slug(h), esc(h)) for h in heads[:4])}</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" id="main"><tr>
<td valign="top" class="col-main" width="660">
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/giao-duc.html">Giáo dục</a> » <a href="/giao-duc/tuyen-sinh.html">Tuyển sinh</a></div>
<div class="detail">
<div class="date-detail">17/11/2026 16:20</div>
<h1 class="title-detail">{esc(art["title"])}</h1>
<div class="tools"><a href="javascript:window.print()">In bài</a> | <a href="#" onclick="sendMail()">Gửi bài</a> | <a href="#" class="font-up">A+</a> <a href="#" class="font-down">A-</a> | Lượt xem: {rng.randint(800, 9000)}</div>
<div class="sapo"><strong>{esc(art["sapo"])}</strong></div>
<div class="related-top"><ul><li><a href="/ha-noi-du-kien-tuyen-82000-chi-tieu-lop-10-cong-lap.html">Hà Nội dự kiến tuyển 82.000 chỉ tiêu lớp 10 công lập</a></li><li><a href="/nhung-luu-y-khi-dang-ky-nguyen-vong-vao-lop-10.html">Những lưu ý khi đăng ký nguyện vọng vào lớp 10</a></li></ul></div>
<div class="content-detail" id="content-detail">
{body}
</div>
<div class="author-box" style="text-align:right"><strong class="author-name">Lan Phương</strong> <a class="author-mail" href="mailto:lanphuong@thudomoi.vn">(lanphuong@thudomoi.vn)</a></div>
<div class="share-bottom"><a href="#" class="fb">Chia sẻ Facebook</a> <a href="#" class="zalo">Chia sẻ Zalo</a> <a href="#" class="copy">Sao chép liên kết</a></div>
<div class="keyword"><strong>Từ khóa:</strong> <a href="/tag/tuyen-sinh-lop-10.html">tuyển sinh lớp 10</a>, <a href="/tag/so-gd-dt-ha-noi.html">Sở GD&amp;ĐT Hà Nội</a>, <a href="/tag/nam-hoc-2027-2028.html">năm học 2027-2028</a></div>
<div class="comment"><h3>Ý kiến bạn đọc</h3><form><textarea rows="4" cols="60"></textarea><br /><input type="text" placeholder="Họ tên" /><input type="text" placeholder="Email" /><input type="submit" value="Gửi ý kiến" /></form></div>
<div class="other-news"><h3>Các tin khác</h3><ul>{"".join('<li><a href="/%s.html">%s</a> <span class="date">(%s)</span></li>' % (slug(h), esc(h), side_date(rng, "%d/%m/%Y")) for h in heads[4:16])}</ul></div>
</div>
</td>
<td valign="top" class="col-right" width="300">
<div class="box"><div class="box-title">Tin mới</div><ul>{"".join('<li><a href="/%s.html">%s</a></li>' % (slug(h), esc(h)) for h in heads[16:26])}</ul></div>
<div class="box poll"><div class="box-title">Thăm dò ý kiến</div><p>Theo bạn, có nên tổ chức thi môn thứ tư vào lớp 10?</p>
<form><label><input type="radio" name="poll" value="1" /> Nên, để đánh giá toàn diện</label><br /><label><input type="radio" name="poll" value="2" /> Không nên, tăng áp lực cho học sinh</label><br /><label><input type="radio" name="poll" value="3" /> Ý kiến khác</label><br /><input type="button" value="Biểu quyết" /> <a href="#">Xem kết quả</a></form></div>
<div class="box"><div class="box-title">Đọc nhiều nhất</div><ol>{"".join('<li><a href="/%s.html">%s</a></li>' % (slug(h), esc(h)) for h in heads[26:36])}</ol></div>
<div class="box weather"><div class="box-title">Thời tiết Hà Nội</div><p>Nhiều mây, không mưa. Nhiệt độ 19 - 26°C. Độ ẩm 68%.</p></div>
<div class="box"><a href="/epaper.html"><img src="/Uploaded/epaper/2026-11-22.jpg" alt="Báo in" width="300" /></a></div>
</td></tr></table>
<div id="footer">
<p><strong>BÁO THỦ ĐÔ MỚI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ HÀ NỘI</strong></p>
<p>Tổng Biên tập: Đặng Văn Tiến. Phó Tổng Biên tập: Lương Thị Hòa, Bùi Hữu Khánh</p>
<p>Giấy phép số 45/GP-BVHTTDL cấp ngày 05/08/2025. Tòa soạn: 35 phố Nhà Chung, phường Hoàn Kiếm, Hà Nội</p>
<p>Điện thoại: 0243.825.3067 - Fax: 0243.828.7345. Email: toasoan@thudomoi.vn</p>
<p>Ghi rõ nguồn "Báo Thủ Đô Mới" khi phát hành lại thông tin từ website này.</p>
</div>
</div>
<script type="text/javascript">$(function(){{$('.font-up').click(function(){{$('#content-detail').css('font-size','+=1');return false;}});}});</script>
</body>
</html>
"""
    meta = dict(platform="custom ASP.NET (Hà Nội Mới-like)", url=url, charset="utf-8",
                published_at="2026-11-17T16:20:33+07:00", author="Lan Phương")
    return html_out, meta


def page_s08():
    """SGGP-like: author in capitals, date in JSON-LD given in UTC (+00:00), numbered list."""
    rng = random.Random(SET + ":s08")
    art = A["s08"]
    url = "https://saigonmoi.vn/sot-xuat-huyet-tang-cao-nganh-y-te-khuyen-cao-6-bien-phap-phong-benh-post851204.html"
    st = {
        "p": "<p>{}</p>",
        "h": "<h2>{}</h2>",
        "ol": lambda items, s: "<ol>%s</ol>" % "".join("<li><p>%s</p></li>" % inline(x) for x in items),
        "img": lambda c, n, i, s: (
            '<div class="article__image"><figure class="image"><img src="https://image.saigonmoi.vn/w640/Uploaded/2026/gxrkxqcq/2026_11_12/%s.jpg" alt="%s">'
            '<figcaption><p class="caption">%s</p></figcaption></figure></div>' % (n, attr(plain(c)), inline(c))),
    }
    body = render_blocks(art, st)
    heads = pick_headlines(rng, 32)
    ld = jsonld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": art["title"],
                 "datePublished": "2026-11-12T04:05:18+00:00", "dateModified": "2026-11-12T06:40:02+00:00",
                 "author": {"@type": "Person", "name": "MINH KHANG"}, "publisher": {"@type": "Organization", "name": "Báo Sài Gòn Mới"},
                 "image": ["https://image.saigonmoi.vn/w1200/Uploaded/2026/kham-benh.jpg"]})
    menu = ["Chính trị", "Xã hội", "Kinh tế", "Thế giới", "Giáo dục", "Pháp luật", "Văn hóa - Giải trí", "Y tế", "Khoa học - Công nghệ",
            "Thể thao", "Đời sống", "Môi trường", "Bạn đọc", "Sài Gòn Mới Media"]
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(art["title"])} | Báo Sài Gòn Mới</title>
<meta name="description" content="{attr(art["sapo"])}">
<meta property="og:title" content="{attr(art["title"])}"><meta property="og:type" content="article"><meta property="og:url" content="{url}">
<meta name="dable:item_id" content="851204"><meta name="dable:author" content="MINH KHANG">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://cdn.saigonmoi.vn/themes/sgm/css/app.css?v=20261109">
{ld}
{gtag("G-SGM54471E2")}
<script>(function(d,a,b,l,e,_){{d[b]=d[b]||function(){{(d[b].q=d[b].q||[]).push(arguments)}};e=a.createElement(l);e.async=1;e.charset='utf-8';e.src='//static.dable.io/dist/plugin.min.js';_=a.getElementsByTagName(l)[0];_.parentNode.insertBefore(e,_);}})(window,document,'dable','script');dable('setService','saigonmoi.vn');dable('sendLogOnce');</script>
</head>
<body>
<header class="site-header">
<div class="header__top"><div class="container">
<span class="header__date">Chủ nhật 22/11/2026</span>
<span class="header__weather">TP.HCM 25 - 33°C</span>
<div class="header__lang"><a href="https://en.saigonmoi.vn">English</a><a href="https://cn.saigonmoi.vn">中文</a></div>
<a href="/bao-in.html" class="header__epaper">Báo in</a><a href="#" class="header__login">Đăng nhập</a>
</div></div>
<div class="header__logo container"><a href="/"><img src="https://cdn.saigonmoi.vn/themes/sgm/images/logo.svg" alt="Báo Sài Gòn Mới"></a></div>
<nav class="header__nav"><div class="container"><ul class="menu">{"".join('<li class="menu__item"><a href="/%s/">%s</a></li>' % (slug(m), esc(m)) for m in menu)}</ul><button class="btn-search">Tìm</button></div></nav>
</header>
<main class="container">
<div class="breadcrumb"><a href="/y-te/">Y tế</a><a href="/y-te/phong-benh/">Phòng bệnh</a></div>
<div class="row">
<div class="col-main">
<article class="article">
<div class="article__meta"><span class="article__author">MINH KHANG</span><time class="article__time">Thứ Năm, 12/11/2026 11:05 (GMT+07:00)</time></div>
<h1 class="article__title cms-title">{esc(art["title"])}</h1>
<div class="article__sapo cms-desc"><p>{esc(art["sapo"])}</p></div>
<div class="article__tools sticky-share"><a class="share-fb" href="#">Chia sẻ</a><a class="save" href="#">Lưu bài</a><a class="print" href="#">In</a><a class="text-size" href="#">Cỡ chữ</a></div>
<div class="article__body cms-body">
{body}
</div>
<div class="article__ggnews"><a href="https://news.google.com/publications/CAAqBwgKMK-sgm" rel="nofollow">Theo dõi Báo Sài Gòn Mới trên Google News</a></div>
<div class="article__tags"><a href="/tags/sot-xuat-huyet.html">#Sốt xuất huyết</a><a href="/tags/phong-benh.html">#Phòng bệnh</a><a href="/tags/so-y-te-tphcm.html">#Sở Y tế TP.HCM</a></div>
</article>
<section class="related"><h3 class="title">Tin liên quan</h3><ul>{"".join('<li><a href="/%s-post%d.html">%s</a></li>' % (slug(h), 850000 + rng.randint(1, 9999), esc(h)) for h in heads[:4])}</ul></section>
<section class="dable-widget"><div id="dablewidget_G7Z9wnXl" data-widget_id="G7Z9wnXl"><h3 class="title">Có thể bạn quan tâm</h3>{"".join('<div class="dable-item"><a href="/%s.html"><img src="https://image.saigonmoi.vn/w300/%s.jpg" alt=""><span>%s</span></a></div>' % (slug(h), hexid(rng, 12), esc(h)) for h in heads[4:12])}</div></section>
<section class="comments"><h3 class="title">Bình luận</h3><textarea placeholder="Nhập bình luận"></textarea><button>Gửi bình luận</button></section>
</div>
<aside class="col-side">
<div class="box"><h3 class="box__title">Tin mới</h3><ul>{"".join('<li><time>%s</time><a href="/%s.html">%s</a></li>' % (side_date(rng, "%H:%M"), slug(h), esc(h)) for h in heads[12:24])}</ul></div>
<div class="ads" id="sgm_right_1" style="min-height:600px"></div>
<div class="box"><h3 class="box__title">Đọc nhiều</h3><ol>{"".join('<li><a href="/%s.html">%s</a></li>' % (slug(h), esc(h)) for h in heads[24:32])}</ol></div>
</aside>
</div>
</main>
<footer class="site-footer"><div class="container">
<p><strong>BÁO SÀI GÒN MỚI</strong> - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam TP.HCM</p>
<p>Tổng Biên tập: Trương Quốc Hưng. Giấy phép số 120/GP-BVHTTDL ngày 01/09/2025</p>
<p>Tòa soạn: 286 Điện Biên Phủ, phường Xuân Hòa, TP.HCM. Điện thoại: (028) 3929 5519. Email: sgm@saigonmoi.vn</p>
<p>Ghi rõ nguồn "Báo Sài Gòn Mới" khi phát hành lại thông tin từ website này.</p>
</div></footer>
<script src="https://cdn.saigonmoi.vn/themes/sgm/js/app.js?v=20261109" defer></script>
</body>
</html>
"""
    meta = dict(platform="custom (SGGP-like)", url=url, charset="utf-8",
                published_at="2026-11-12T11:05:18+07:00", author="MINH KHANG")
    return html_out, meta


def page_s09():
    """Nhân Dân-like: author in capitals above the title, dashed date form, verse quotation,
    no machine-readable date."""
    rng = random.Random(SET + ":s09")
    art = A["s09"]
    url = "https://baodatnuoc.vn/nguoi-giu-lua-lang-van-vo-cheo-moi-cham-vao-nhung-phan-nguoi-thoi-chuyen-doi-post918450.html"
    st = {
        "p": "<p>{}</p>",
        "h": "<p><strong>{}</strong></p>",
        "quote": '<blockquote class="quote"><p style="text-align:center;"><em>{}</em></p></blockquote>',
        "img": lambda c, n, i, s: (
            '<div class="article__image"><figure class="image"><img src="https://img.baodatnuoc.vn/800x/Files/Images/2026/11/14/%s.jpg" alt="%s"><figcaption>%s</figcaption></figure></div>'
            % (n, attr(plain(c)), inline(c))),
    }
    body = render_blocks(art, st)
    heads = pick_headlines(rng, 30)
    langs = [("English", "en"), ("Français", "fr"), ("中文", "cn"), ("Русский", "ru"), ("Español", "es"), ("العربية", "ar")]
    menu = ["Chính trị", "Xã luận", "Bình luận - Phê phán", "Kinh tế", "Văn hóa", "Xã hội", "Pháp luật", "Du lịch", "Thế giới",
            "Thể thao", "Giáo dục", "Y tế", "Khoa học - Công nghệ", "Môi trường", "Bạn đọc", "Media"]
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(art["title"])}</title>
<meta name="description" content="{attr(art["sapo"])}">
<meta property="og:title" content="{attr(art["title"])}"><meta property="og:site_name" content="Báo Đất Nước điện tử">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://static.baodatnuoc.vn/web/styles/main.css?v=4.2">
{gtag("G-BDN11XY97")}
</head>
<body class="detail-page">
<div class="topbar"><div class="uk-container">
<div class="topbar__date">Chủ Nhật, 22-11-2026</div>
<ul class="topbar__lang">{"".join('<li><a href="https://%s.baodatnuoc.vn">%s</a></li>' % (b, a) for a, b in langs)}</ul>
<div class="topbar__right"><a href="/bao-in.html">Báo in</a><a href="/dien-tu.html">Đất Nước điện tử</a><a href="#" class="login">Đăng nhập</a></div>
</div></div>
<header class="header"><div class="uk-container"><a href="/" class="header__logo"><img src="https://static.baodatnuoc.vn/web/images/logo.png" alt="Báo Đất Nước - Tiếng nói của Đất Nước"></a></div></header>
<nav class="main-nav"><div class="uk-container"><ul>{"".join('<li><a href="/%s/">%s</a></li>' % (slug(m), esc(m)) for m in menu)}</ul></div></nav>
<div class="uk-container main">
<div class="breadcrumbs"><a href="/van-hoa/">Văn hóa</a> <a href="/van-hoa/san-khau/">Sân khấu</a></div>
<div class="uk-grid">
<div class="uk-width-2-3">
<article class="article">
<div class="article__author"><span class="name">VŨ HOÀI LINH</span></div>
<h1 class="article__title">{esc(art["title"])}</h1>
<div class="article__meta"><time>Thứ Bảy, 14-11-2026, 19:40</time><div class="article__share"><a href="#" class="fb">Chia sẻ</a><a href="#" class="tw">X</a><a href="#" class="print">In bài</a><a href="#" class="listen">Nghe bài viết</a></div></div>
<div class="article__sapo">{esc(art["sapo"])}</div>
<div class="article__body" id="article-body">
{body}
</div>
<div class="article__tags"><span>Chủ đề:</span><a href="/chu-de/san-khau-truyen-thong.html">Sân khấu truyền thống</a><a href="/chu-de/nghe-thuat-cheo.html">Nghệ thuật chèo</a></div>
<div class="article__related"><h3>Tin liên quan</h3><ul>{"".join('<li><a href="/%s.html">%s</a></li>' % (slug(h), esc(h)) for h in heads[:4])}</ul></div>
</article>
<section class="box-cungchuyenmuc"><h3 class="box-title">Cùng chuyên mục</h3>{"".join('<article class="story"><a href="/%s.html"><img src="https://img.baodatnuoc.vn/320x/%s.jpg" alt=""></a><h4><a href="/%s.html">%s</a></h4></article>' % (slug(h), hexid(rng, 12), slug(h), esc(h)) for h in heads[4:14])}</section>
</div>
<aside class="uk-width-1-3">
<div class="box"><h3 class="box-title">Tin mới</h3><ul>{"".join('<li><a href="/%s.html">%s</a> <span>%s</span></li>' % (slug(h), esc(h), side_date(rng, "%d-%m-%Y %H:%M")) for h in heads[14:24])}</ul></div>
<div class="box"><h3 class="box-title">Xem nhiều</h3><ol>{"".join('<li><a href="/%s.html">%s</a></li>' % (slug(h), esc(h)) for h in heads[24:30])}</ol></div>
<div class="box ads"><img src="https://static.baodatnuoc.vn/banner/chuyen-doi-so.jpg" alt="Chuyển đổi số quốc gia" width="300"></div>
</aside>
</div></div>
<footer class="footer"><div class="uk-container">
<p><strong>BÁO ĐẤT NƯỚC</strong> - Tổng Biên tập: Hà Văn Thịnh</p>
<p>Giấy phép số 481/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 17/11/2020</p>
<p>Tòa soạn: 12 phố Lý Nam Đế, phường Hoàn Kiếm, Hà Nội. Điện thoại: 024.3825.9117. Email: toasoan@baodatnuoc.vn</p>
<p>Bản quyền thuộc về Báo Đất Nước. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div></footer>
<script src="https://static.baodatnuoc.vn/web/scripts/main.js?v=4.2"></script>
</body>
</html>
"""
    meta = dict(platform="custom (Nhân Dân-like)", url=url, charset="utf-8",
                published_at="2026-11-14T19:40:00+07:00", author="VŨ HOÀI LINH")
    return html_out, meta


def page_s10():
    """Báo Tin tức (TTXVN)-like short 'Tin vắn' item: kicker label, name (agency) byline,
    itemprop date with an offset lacking the colon."""
    rng = random.Random(SET + ":s10")
    art = A["s10"]
    url = "https://tinviet.vn/khanh-thanh-cau-treo-dan-sinh-noi-hai-xa-vung-cao-dien-bien-20261121110245.htm"
    body = render_blocks(art, {"p": '<p style="text-align: justify;">{}</p>'})
    heads = pick_headlines(rng, 24)
    menu = ["Thời sự", "Thế giới", "Kinh tế", "Xã hội", "Pháp luật", "Văn hóa", "Thể thao", "Giáo dục", "Khoa học - Công nghệ",
            "Sức khỏe", "Đời sống", "Dân tộc và Miền núi", "Tin vắn", "Ảnh", "Video"]
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(art["title"])} | Báo Tin Việt - TTVN</title>
<meta name="description" content="{attr(plain(art["blocks"][0][1])[:160])}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/css/tv.min.css?v=20261101">
{gtag("G-TINVIET88")}
</head>
<body>
<div class="header">
<div class="header-top"><div class="wrapper"><span class="time-now">Chủ nhật, 22/11/2026 | 10:05 GMT+7</span>
<span class="agency">Thông tấn xã Việt Nam Mới - TTVN</span><a href="/rss.htm">RSS</a><a href="/lien-he.htm">Liên hệ</a></div></div>
<div class="header-logo wrapper"><a href="/"><img src="/images/logo-tinviet.png" alt="Báo Tin Việt"></a><div class="banner"></div></div>
<div class="nav"><ul class="wrapper">{"".join('<li><a href="/%s.htm">%s</a></li>' % (slug(m), esc(m)) for m in menu)}</ul></div>
</div>
<div class="wrapper content">
<div class="main-col">
<div class="breadcrumb"><a href="/xa-hoi.htm">Xã hội</a> › <a href="/dan-toc-va-mien-nui.htm">Dân tộc và Miền núi</a></div>
<div class="detail" itemscope itemtype="http://schema.org/NewsArticle">
<meta itemprop="datePublished" content="2026-11-21T11:02:45+0700">
<span class="kicker">TIN VẮN</span>
<h1 class="detail-title" itemprop="headline">{esc(art["title"])}</h1>
<div class="detail-info"><span class="date">21/11/2026 11:02</span><span class="views">Lượt xem: {rng.randint(200, 3000)}</span>
<span class="tools"><a href="#" class="zoom-in">A+</a><a href="#" class="zoom-out">A-</a><a href="#" class="print">In</a></span></div>
<div class="detail-content" itemprop="articleBody">
{body}
</div>
<div class="detail-author" style="text-align:right;"><strong>Xuân Tiến (TTVN)</strong></div>
<div class="share"><a href="#">Chia sẻ</a><a href="#">Zalo</a></div>
<div class="box-tinlienquan"><h3>Tin liên quan</h3><ul>{"".join('<li><a href="/%s.htm">%s</a></li>' % (slug(h), esc(h)) for h in heads[:4])}</ul></div>
</div>
<div class="box-tinvan"><h3>Tin vắn khác</h3><ul>{"".join('<li><span class="time">%s</span> <a href="/%s.htm">%s</a></li>' % (side_date(rng, "%H:%M"), slug(h), esc(h)) for h in heads[4:14])}</ul></div>
</div>
<div class="side-col">
<div class="box"><h3>Tin mới nhất</h3><ul>{"".join('<li><a href="/%s.htm">%s</a></li>' % (slug(h), esc(h)) for h in heads[14:24])}</ul></div>
<div class="box"><a href="https://ttvn.vn"><img src="/images/banner-ttvn.jpg" alt="TTVN"></a></div>
</div>
</div>
<div class="footer"><div class="wrapper">
<p>Báo Tin Việt - Cơ quan của Thông tấn xã Việt Nam Mới. Tổng Biên tập: Đỗ Hoàng Nam</p>
<p>Giấy phép số 92/GP-BVHTTDL ngày 12/08/2025. Địa chỉ: 63 Nguyễn Thái Học, phường Ba Đình, Hà Nội. Điện thoại: 024.3933.2888</p>
<p>© Bản quyền thuộc về Báo Tin Việt. Không được sao chép khi chưa có sự đồng ý bằng văn bản.</p>
</div></div>
<script src="/js/tv.min.js?v=20261101" defer></script>
</body>
</html>
"""
    meta = dict(platform="custom (Báo Tin tức-like)", url=url, charset="utf-8",
                published_at="2026-11-21T11:02:45+07:00", author="Xuân Tiến (TTVN)")
    return html_out, meta


# --------------------------------------------------------------------------
# Article pages s11 - s15
# --------------------------------------------------------------------------

def page_s11():
    """Người Lao Động-like reader's letter: kicker above the title, the reader's signature
    inside the text, followed by the newsroom's note (body)."""
    rng = random.Random(SET + ":s11")
    art = A["s11"]
    url = "https://nguoitho.vn/kho-vi-bai-rac-tu-phat-giua-khu-dan-cu-196261120153100412.htm"
    st = {
        "p": "<p>{}</p>",
        "img": lambda c, n, i, s: (
            '<div class="VCSortableInPreviewMode" type="Photo"><div><img src="https://nld.mediacdn.vn/thumb_w/684/2026/11/20/%s.jpg" alt="%s" type="photo"></div>'
            '<div class="PhotoCMS_Caption"><p>%s</p></div></div>' % (n, attr(plain(c)), inline(c))),
        "author": lambda t, s: '<p style="text-align: right;"><b>%s</b></p>' % esc(t),
    }
    body = render_blocks(art, st)
    heads = pick_headlines(rng, 30)
    cmts = "".join('<li class="cmt-item"><p class="cmt-name">%s</p><p class="cmt-content">%s</p><p class="cmt-time">%s <a href="#">Trả lời</a> <a href="#">Thích</a></p></li>'
                   % (esc(n), esc(t), esc(w)) for n, t, w in art["comments"])
    menu = ["Thời sự", "Quốc tế", "Lao động", "Bạn đọc", "Net Zero", "Kinh tế", "Sức khỏe", "Giáo dục", "Pháp luật", "Văn hóa - Văn nghệ",
            "Giải trí", "Thể thao", "AI 365", "Du lịch xanh", "Phụ nữ", "Gia đình"]
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(art["title"])} - Báo Người Thợ Online</title>
<meta name="description" content="{attr(art["sapo"])}">
<meta property="article:published_time" content="2026-11-20T15:31:00+07:00">
<meta property="og:title" content="{attr(art["title"])}"><meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://static.nguoitho.vn/web/css/detail.min.css?v=20261116">
{gtag("G-NTO2216TY")}
<script>var pageSettings={{newsId:"196261120153100412",zoneId:1961021,zoneUrl:"ban-doc",isLiveNews:false}};</script>
</head>
<body>
<div class="header">
<div class="header__top"><div class="container"><span class="header__date">Chủ nhật, 22-11-2026</span>
<a href="/nld-plus.htm" class="plus">Người Thợ Plus</a><a href="/doc-bao-in.htm">Đọc báo in</a><a href="#" class="login">Đăng nhập</a></div></div>
<div class="header__main container"><a href="/" class="logo"><img src="https://static.nguoitho.vn/web/images/logo.svg" alt="Người Thợ"></a>
<div class="header__search"><input type="text" placeholder="Tìm kiếm"><button>Tìm</button></div></div>
<nav class="header__menu"><ul class="container">{"".join('<li><a href="/%s.htm">%s</a></li>' % (slug(m), esc(m)) for m in menu)}</ul></nav>
</div>
<div class="container detail">
<div class="detail__cate"><a href="/ban-doc.htm">Bạn đọc</a> <a href="/ban-doc/phan-anh.htm">Phản ánh</a></div>
<div class="detail__cmain">
<div class="detail__time"><span>20-11-2026 - 15:31</span><span class="detail__zone">| Bạn đọc</span></div>
<p class="detail__kicker">Bạn đọc viết</p>
<h1 class="detail__title" data-role="title">{esc(art["title"])}</h1>
<div class="detail__share sticky"><a href="#" class="fb">Chia sẻ</a><a href="#" class="zalo">Zalo</a><a href="#" class="bookmark">Lưu</a><a href="#" class="font">Aa</a></div>
<h2 class="detail__sapo" data-role="sapo">{esc(art["sapo"])}</h2>
<div class="detail__content" data-role="content">
{body}
</div>
<div class="detail__gg"><a href="https://news.google.com/publications/CAAqBwgKMNT-nto" rel="nofollow">Theo dõi Người Thợ trên Google News</a></div>
<div class="detail__tags"><a href="/bai-rac-tu-phat.html">bãi rác tự phát</a><a href="/o-nhiem-moi-truong.html">ô nhiễm môi trường</a><a href="/phuong-tan-tao.html">phường Tân Tạo</a></div>
<div class="detail__letter-box">Bạn đọc có thể gửi bài viết, phản ánh về địa chỉ <a href="mailto:bandoc@nguoitho.vn">bandoc@nguoitho.vn</a> hoặc qua đường dây nóng 0908.989.111</div>
<div class="detail__comment"><h3>Bình luận ({len(art["comments"])})</h3><textarea placeholder="Nhập nội dung bình luận"></textarea><ul>{cmts}</ul></div>
</div>
<div class="detail__side">
<div class="box"><h3>Tin mới</h3><ul>{"".join('<li><a href="/%s.htm">%s</a></li>' % (slug(h), esc(h)) for h in heads[:10])}</ul></div>
<div class="box"><h3>Đọc nhiều</h3><ol>{"".join('<li><a href="/%s.htm">%s</a></li>' % (slug(h), esc(h)) for h in heads[10:18])}</ol></div>
<div class="ads" style="min-height:600px" id="nto_right"></div>
</div>
<div class="box-bottom"><h3>Tin cùng chuyên mục</h3>{"".join('<div class="item"><a href="/%s.htm"><img src="https://nld.mediacdn.vn/zoom/250_156/%s.jpg" alt=""></a><h4><a href="/%s.htm">%s</a></h4></div>' % (slug(h), hexid(rng, 12), slug(h), esc(h)) for h in heads[18:30])}</div>
</div>
<div class="footer"><div class="container">
<p>Cơ quan chủ quản: Thành ủy TP.HCM. Tổng Biên tập: Võ Minh Trí</p>
<p>Giấy phép số 115/GP-BTTTT cấp ngày 09/03/2022. Tòa soạn: 340 Cách Mạng Tháng Tám, phường Nhiêu Lộc, TP.HCM. Điện thoại: 028-3930 6262</p>
<p>Email: bandientu@nguoitho.vn. © Bản quyền thuộc về Báo Người Thợ.</p>
</div></div>
<script src="https://static.nguoitho.vn/web/js/detail.min.js?v=20261116" async></script>
</body>
</html>
"""
    meta = dict(platform="custom (Người Lao Động-like)", url=url, charset="utf-8",
                published_at="2026-11-20T15:31:00+07:00", author="Trần Văn Lộc (phường Tân Tạo, TP.HCM)")
    return html_out, meta


def page_s12():
    """Lao Động-like legal Q&A: question and lawyer's answer labelled in bold, byline
    'Name - unit' at the foot, standing column note after it."""
    rng = random.Random(SET + ":s12")
    art = A["s12"]
    url = "https://suclaodong.vn/ban-doc/nghi-viec-khong-bao-truoc-nguoi-lao-dong-co-duoc-nhan-tro-cap-thoi-viec-1428577.ldo"
    st = {
        "p": "<p>{}</p>",
        "ul": lambda items, s: "<ul>%s</ul>" % "".join("<li>%s</li>" % inline(x) for x in items),
        "author": lambda t, s: '<p class="author-bottom" style="text-align:right"><strong>%s</strong></p>' % esc(t),
        "note": lambda t, s: '<div class="box-hotline" style="border:1px dashed #c00;padding:10px;margin-top:15px"><p><em>%s</em></p></div>' % esc(t),
    }
    body = render_blocks(art, st)
    heads = pick_headlines(rng, 26)
    hoidap = ["Người lao động nghỉ thai sản có được hưởng lương tháng 13?", "Làm thêm giờ vào ngày nghỉ lễ được trả lương thế nào?",
              "Công ty chậm trả lương, người lao động cần làm gì?", "Điều kiện hưởng lương hưu trước tuổi năm 2026",
              "Thử việc bao lâu thì phải ký hợp đồng lao động?", "Bị sa thải khi đang nghỉ ốm có đúng luật?"]
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(art["title"])} | Báo Sức Lao Động</title>
<meta name="description" content="{attr(art["sapo"])}">
<meta property="article:published_time" content="2026-05-18T07:30:00+07:00">
<meta property="article:section" content="Bạn đọc">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://static.suclaodong.vn/css/site.min.css?v=88">
{gtag("G-SLD0047ZZ")}
</head>
<body>
<header class="ld-header">
<div class="ld-header__top"><div class="wrap"><span class="date">Chủ Nhật, 22/11/2026</span><a href="/e-paper">Báo in</a><a href="/video">Video</a><a href="/podcast">Podcast</a></div></div>
<div class="ld-header__main wrap"><a href="/" class="logo"><img src="https://static.suclaodong.vn/images/logo.svg" alt="Sức Lao Động"></a><div class="ads-top" id="sld_top"></div></div>
<nav class="ld-nav wrap"><ul>{"".join('<li><a href="/%s">%s</a></li>' % (slug(m), esc(m)) for m in ["Thời sự", "Công đoàn", "Xã hội", "Kinh tế", "Bất động sản", "Thế giới", "Bạn đọc", "Pháp luật", "Văn hóa", "Giải trí", "Thể thao", "Sức khỏe", "Giáo dục", "Xe +"])}</ul></nav>
</header>
<main class="wrap">
<div class="breadcrumbs"><a href="/ban-doc">Bạn đọc</a><a href="/ban-doc/tu-van-phap-luat">Tư vấn pháp luật</a></div>
<article class="article-detail">
<div class="meta"><span class="time">07:30 AM, 18/05/2026</span></div>
<h1 class="title">{esc(art["title"])}</h1>
<div class="chappeau"><p>{esc(art["sapo"])}</p></div>
<div class="art-tools"><a href="#" class="share">Chia sẻ</a><a href="#" class="save">Lưu bài viết</a><a href="#" class="fontsize">A</a></div>
<div class="art-body">
{body}
</div>
<div class="tags"><span>Tags:</span><a href="/tags/tro-cap-thoi-viec.ldo">Trợ cấp thôi việc</a><a href="/tags/hop-dong-lao-dong.ldo">Hợp đồng lao động</a><a href="/tags/tu-van-phap-luat.ldo">Tư vấn pháp luật</a></div>
<div class="box-related"><h3>Tin liên quan</h3><ul>{"".join('<li><a href="/%s.ldo">%s</a></li>' % (slug(h), esc(h)) for h in hoidap[:3])}</ul></div>
</article>
<aside class="sidebar">
<div class="box-hoidap"><h3>Hỏi đáp pháp luật</h3><ul>{"".join('<li><a href="/%s.ldo">%s</a></li>' % (slug(h), esc(h)) for h in hoidap)}</ul><a href="/gui-cau-hoi" class="btn">Gửi câu hỏi</a></div>
<div class="box"><h3>Tin mới nhất</h3><ul>{"".join('<li><a href="/%s.ldo">%s</a><span>%s</span></li>' % (slug(h), esc(h), rel_time(rng)) for h in heads[:10])}</ul></div>
<div class="box"><h3>Đọc nhiều</h3><ol>{"".join('<li><a href="/%s.ldo">%s</a></li>' % (slug(h), esc(h)) for h in heads[10:18])}</ol></div>
</aside>
<section class="box-bottom"><h3>Có thể bạn quan tâm</h3>{"".join('<div class="item"><a href="/%s.ldo">%s</a></div>' % (slug(h), esc(h)) for h in heads[18:26])}</section>
</main>
<footer class="ld-footer"><div class="wrap">
<p>Cơ quan của Tổng Liên đoàn Lao động Việt Nam. Tổng Biên tập: Lại Văn Quyết</p>
<p>Giấy phép số 1888/GP-BTTTT ngày 30/10/2012. Tòa soạn: 27 Trần Thái Tông, phường Cầu Giấy, Hà Nội. Điện thoại: 024.3533.0305</p>
<p>Email: toasoan@suclaodong.vn. © Bản quyền thuộc về Báo Sức Lao Động.</p>
</div></footer>
<script src="https://static.suclaodong.vn/js/site.min.js?v=88" defer></script>
</body>
</html>
"""
    meta = dict(platform="custom (Lao Động-like)", url=url, charset="utf-8",
                published_at="2026-05-18T07:30:00+07:00", author="Quế Chi - Ban Bạn đọc")
    return html_out, meta


def page_s13():
    """Merged provincial 'Báo và Phát thanh, Truyền hình' outlet on ASP.NET WebForms:
    view state, radio audio embed with a player title, 'Bài, ảnh:' byline at the foot."""
    rng = random.Random(SET + ":s13")
    art = A["s13"]
    url = "https://lamvien.vn/kinh-te/lam-dong-vao-vu-thu-hoach-ca-phe-nong-dan-phan-khoi-vi-duoc-gia-a214508.html"
    st = {
        "p": '<p style="text-align: justify;"><span style="font-size:16px;">{}</span></p>',
        "h": '<p style="text-align: justify;"><strong><span style="font-size:16px;">{}</span></strong></p>',
        "img": lambda c, n, i, s: (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" class="tbl-image" style="width:100%%"><tbody>'
            '<tr><td style="text-align: center;"><img alt="" src="/Uploads/images/2026/11/16/%s.jpg" style="width: 640px; height: 427px;"></td></tr>'
            '<tr><td style="text-align: center;"><span style="color:#0000cd;"><em>%s</em></span></td></tr></tbody></table>' % (n, inline(c))),
        "audio": lambda t, s: (
            '<div class="audio-box" id="audio_214508"><div class="audio-title"><span class="ico-radio"></span>%s</div>'
            '<audio controls="controls" preload="none"><source src="https://media.lamvien.vn/radio/2026/11/16/ps-vao-vu-ca-phe.mp3" type="audio/mpeg">Trình duyệt của bạn không hỗ trợ phát audio.</audio>'
            '<div class="audio-meta"><span class="duration">04:12</span><a href="/phat-thanh.html">Chương trình phát thanh</a></div></div>' % esc(t)),
    }
    body = render_blocks(art, st)
    heads = pick_headlines(rng, 96)
    communes = ["Đà Lạt", "Lang Biang - Đà Lạt", "Xuân Hương - Đà Lạt", "Cam Ly - Đà Lạt", "Bảo Lộc", "B'Lao", "Nam Ban", "Đinh Văn Lâm Hà",
                "Phúc Thọ Lâm Hà", "Tân Hà Lâm Hà", "Đức Trọng", "Hiệp Thạnh", "Di Linh", "Gia Hiệp", "Đam Rông", "Đơn Dương", "Lạc Dương",
                "Bảo Lâm", "Đạ Huoai", "Cát Tiên", "Gia Nghĩa", "Đắk Mil", "Đắk Song", "Tuy Đức", "Krông Nô", "Phan Thiết", "Mũi Né",
                "La Gi", "Hàm Thuận", "Tuy Phong", "Bắc Bình", "Đức Linh", "Tánh Linh", "Phú Quý"]
    menu = [("Thời sự", ["Chính trị", "Xây dựng Đảng", "Quốc phòng - An ninh", "Hoạt động lãnh đạo tỉnh"]),
            ("Kinh tế", ["Nông nghiệp", "Công nghiệp", "Thương mại - Dịch vụ", "Du lịch", "Đầu tư"]),
            ("Xã hội", ["Giáo dục", "Y tế", "Lao động - Việc làm", "Môi trường", "Dân tộc - Tôn giáo"]),
            ("Văn hóa - Thể thao", ["Văn hóa", "Văn nghệ", "Thể thao", "Di sản"]),
            ("Pháp luật", ["An ninh trật tự", "Văn bản mới", "Hỏi đáp"]),
            ("Phát thanh", ["Thời sự sáng", "Thời sự trưa", "Thời sự tối", "Chuyên đề", "Tiếng dân tộc"]),
            ("Truyền hình", ["Thời sự LTV", "Phóng sự", "Chuyên mục", "Trực tiếp"]),
            ("Địa phương", communes)]
    nav = "".join('<li class="dropdown"><a href="/%s.html">%s</a><ul class="dropdown-menu">%s</ul></li>'
                  % (slug(m), esc(m), "".join('<li><a href="/%s/%s.html">%s</a></li>' % (slug(m), slug(x), esc(x)) for x in sub)) for m, sub in menu)
    days = [CRAWL + datetime.timedelta(days=k) for k in range(0, 7)]
    progs = ["Thời sự sáng", "Nhịp sống cao nguyên", "Phim truyện", "Nông nghiệp - Nông thôn", "Thời sự trưa", "Ca nhạc theo yêu cầu",
             "Chương trình tiếng K'Ho", "Chương trình tiếng Chu Ru", "Thời sự chiều", "Chuyện làng, chuyện xã", "Thời sự tối", "Văn nghệ cuối tuần"]
    lps = "".join('<div class="lps-day" data-day="%s"><h4>%s, %s</h4><table class="lps">%s</table></div>'
                  % (d.isoformat(), WD[d.weekday()], dmy(d), "".join('<tr><td class="h">%02d:%02d</td><td>%s</td></tr>' % (5 + k * 1 + (k // 3), rng.choice([0, 15, 30, 45]), esc(p)) for k, p in enumerate(progs)))
                  for d in days)
    links = ["Cổng TTĐT tỉnh Lâm Đồng", "Tỉnh ủy Lâm Đồng", "HĐND tỉnh Lâm Đồng", "Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thể thao và Du lịch",
             "Công an tỉnh Lâm Đồng", "Bộ Chỉ huy Quân sự tỉnh"] + ["UBND xã %s" % c for c in communes]
    viewstate = blob(rng, 86000)
    evval = blob(rng, 1200)
    tin_dp = "".join('<li><a href="/dia-phuong/%s-a%d.html">%s</a><span class="date">%s</span></li>'
                     % (slug(h), 214000 + rng.randint(1, 499), esc(h), side_date(rng, "%d/%m/%Y")) for h in heads[:40])
    tin_cm = "".join('<div class="item-news"><a href="/%s-a%d.html" class="img"><img src="/Uploads/thumbs/%s.jpg" alt=""></a><h3><a href="/%s-a%d.html">%s</a></h3><p class="date">%s</p></div>'
                     % (slug(h), 214000 + rng.randint(1, 499), hexid(rng, 10), slug(h), 214000 + rng.randint(1, 499), esc(h), side_date(rng)) for h in heads[40:64])
    videos = "".join('<li><a href="/truyen-hinh/%s-v%d.html"><span class="play"></span>%s</a></li>' % (slug(h), 9000 + rng.randint(1, 999), esc(h)) for h in heads[64:80])
    html_out = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head id="Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(art["title"])} - Báo và Phát thanh, Truyền hình Lâm Viên</title>
<meta name="description" content="{attr(art["sapo"])}" />
<meta name="keywords" content="cà phê, thu hoạch, Lâm Đồng, Nam Ban" />
<link href="/App_Themes/LamVien/css/style.css?v=2.4" rel="stylesheet" type="text/css" />
<link href="/App_Themes/LamVien/css/responsive.css?v=2.4" rel="stylesheet" type="text/css" />
<script src="/Scripts/jquery-3.6.0.min.js" type="text/javascript"></script>
{gtag("G-LVTV20251")}
<style type="text/css">{css_block(rng, "lv", 70)}</style>
</head>
<body>
<form method="post" action="./lam-dong-vao-vu-thu-hoach-ca-phe-nong-dan-phan-khoi-vi-duoc-gia-a214508.html" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {{ theForm = document.form1; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{evval}" />
</div>
<div id="page">
<div id="top-bar"><div class="container">
<span id="ctl00_lblDate" class="date">Chủ nhật, ngày 22/11/2026</span>
<a href="/phat-thanh-truc-tuyen.html" class="live-radio">Nghe phát thanh trực tiếp</a>
<a href="/truyen-hinh-truc-tuyen.html" class="live-tv">Xem truyền hình trực tiếp LVTV</a>
<a href="/bao-in.html">Báo in</a>
<div class="search-top"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" placeholder="Tìm kiếm..." /><a id="ctl00_btnSearch" href="javascript:__doPostBack('ctl00$btnSearch','')">Tìm</a></div>
</div></div>
<div id="banner"><div class="container"><a href="/"><img src="/App_Themes/LamVien/images/banner-lamvien.png" alt="Báo và Phát thanh, Truyền hình Lâm Viên" /></a></div></div>
<div id="menu"><div class="container"><ul class="nav"><li><a href="/">Trang chủ</a></li>{nav}</ul></div></div>
<div id="content"><div class="container">
<div class="col-left">
<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/kinh-te.html">Kinh tế</a> / <a href="/kinh-te/nong-nghiep.html">Nông nghiệp</a></div>
<div class="news-detail">
<h1 class="title">{esc(art["title"])}</h1>
<div class="info"><span class="time">08:47 | 16/11/2026</span> <span class="view">Lượt xem: {rng.randint(300, 4000)}</span>
<span class="font-tools"><a href="#" class="a-minus">A-</a><a href="#" class="a-plus">A+</a></span><a href="#" class="print">In bài</a></div>
<div class="sapo"><strong>{esc(art["sapo"])}</strong></div>
<div class="content" id="ctl00_ContentPlaceHolder1_divContent">
{body}
</div>
<p class="author" style="text-align:right"><strong>Bài, ảnh: Quốc Trung</strong></p>
<div class="share"><span>Chia sẻ:</span><a href="#">Facebook</a><a href="#">Zalo</a><a href="#">Twitter</a></div>
<div class="rating"><span>Đánh giá:</span>{"".join('<input type="radio" name="ctl00$rate" value="%d" />' % k for k in range(1, 6))}<span>({rng.randint(1, 30)} lượt)</span></div>
<div class="comment-box"><h3>Ý kiến bạn đọc</h3><textarea name="ctl00$txtComment" rows="4"></textarea><input name="ctl00$txtName" type="text" placeholder="Họ tên" /><input name="ctl00$txtEmail" type="text" placeholder="Email" /><a href="javascript:__doPostBack('ctl00$btnSend','')" class="btn">Gửi</a></div>
</div>
<div class="box-news-related"><h3 class="box-title">Tin cùng chuyên mục</h3>{tin_cm}</div>
</div>
<div class="col-right">
<div class="box radio-now"><h3 class="box-title">Đang phát sóng</h3><p>Chương trình Thời sự tối - 18:00</p><audio controls preload="none" src="https://live.lamvien.vn/radio.m3u8"></audio></div>
<div class="box"><h3 class="box-title">Tin địa phương</h3><ul class="list">{tin_dp}</ul></div>
<div class="box"><h3 class="box-title">Lịch phát sóng</h3>{lps}</div>
<div class="box"><h3 class="box-title">Video - Truyền hình</h3><ul>{videos}</ul></div>
<div class="box"><h3 class="box-title">Liên kết website</h3><select name="ctl00$ddlLink" onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>{"".join('<option value="https://%s.lamdong.gov.vn">%s</option>' % (slug(l), esc(l)) for l in links)}</select></div>
<div class="box weather"><h3 class="box-title">Thời tiết</h3><ul>{"".join('<li>%s: %d - %d°C</li>' % (c, lo, hi) for c, lo, hi in [("Đà Lạt", 14, 22), ("Bảo Lộc", 18, 26), ("Gia Nghĩa", 19, 28), ("Phan Thiết", 24, 31)])}</ul></div>
</div>
</div></div>
<div id="footer"><div class="container">
<p><strong>BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM VIÊN</strong></p>
<p>Cơ quan của Đảng bộ tỉnh Lâm Đồng. Tổng Biên tập: Trần Văn Hùng</p>
<p>Giấy phép hoạt động báo điện tử số 210/GP-BVHTTDL ngày 25/08/2025 của Bộ Văn hóa, Thể thao và Du lịch</p>
<p>Địa chỉ: 38 Quang Trung, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng. Điện thoại: 0263.3822.440. Email: toasoan@lamvien.vn</p>
<p>Ghi rõ nguồn "Báo và Phát thanh, Truyền hình Lâm Viên" khi phát hành lại thông tin từ website này.</p>
</div></div>
</div>
</form>
<script type="text/javascript">$(function(){{$('.a-plus').click(function(e){{e.preventDefault();$('.content').css('font-size','+=1');}});}});</script>
</body>
</html>
"""
    meta = dict(platform="ASP.NET WebForms (provincial BPTTH)", url=url, charset="utf-8",
                published_at="2026-11-16T08:47:00+07:00", author="Quốc Trung")
    return html_out, meta


def page_s14():
    """QĐND-like army daily: no charset in the HTTP header (meta http-equiv only),
    'Bài và ảnh:' byline in capitals at the foot, captions without credit."""
    rng = random.Random(SET + ":s14")
    art = A["s14"]
    url = "https://baochiensi.vn/bien-gioi-bien-dao/bo-doi-bien-phong-giup-dan-vung-bien-khac-phuc-hau-qua-mua-lu-972215"
    st = {
        "p": '<p style="text-align: justify;">{}</p>',
        "h": '<p style="text-align: justify;"><strong>{}</strong></p>',
        "img": lambda c, n, i, s: (
            '<div class="image-caption"><figure class="expNoEdit"><img src="/Uploaded/2026/bqjvfxvt/2026_11_03/%s.jpg" alt="%s" width="640">'
            '<figcaption class="expNoEdit">%s</figcaption></figure></div>' % (n, attr(plain(c)), inline(c))),
    }
    body = render_blocks(art, st)
    heads = pick_headlines(rng, 30)
    menu = ["Chính trị", "Quốc phòng an ninh", "Quân sự thế giới", "Biên giới biển đảo", "Kinh tế", "Xã hội", "Văn hóa", "Pháp luật",
            "Thể thao", "Bạn đọc", "Chống diễn biến hòa bình", "Multimedia"]
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(art["title"])}</title>
<meta name="description" content="{attr(art["sapo"])}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/Content/css/main.css?v=7">
{gtag("G-BCS43RW77")}
</head>
<body>
<div id="top"><div class="container"><span class="date">Chủ Nhật, ngày 22-11-2026</span>
<span class="links"><a href="/bao-in">Báo in</a> | <a href="/truyen-hinh">Truyền hình Chiến Sĩ</a> | <a href="https://en.baochiensi.vn">English</a> | <a href="https://cn.baochiensi.vn">中文</a> | <a href="https://lo.baochiensi.vn">ພາສາລາວ</a></span></div></div>
<div id="header"><div class="container"><a href="/"><img src="/Content/images/logo-chiensi.png" alt="Báo Chiến Sĩ - Cơ quan Trung ương của Quân ủy Trung ương và Bộ Quốc phòng"></a></div></div>
<div id="nav"><ul class="container">{"".join('<li><a href="/%s">%s</a></li>' % (slug(m), esc(m)) for m in menu)}</ul></div>
<div class="container" id="main">
<div class="col-main">
<div class="breadcrumb"><a href="/bien-gioi-bien-dao">Biên giới biển đảo</a></div>
<div class="post-detail">
<h1 class="post-title">{esc(art["title"])}</h1>
<div class="post-meta"><span class="post-date">Thứ Ba, 03/11/2026, 07:15 (GMT+7)</span><span class="post-tools"><a href="#">In bài</a><a href="#">Gửi email</a><a href="#">Chia sẻ</a></span></div>
<div class="post-summary"><strong>{esc(art["sapo"])}</strong></div>
<div class="post-content">
{body}
<p style="text-align: right;"><strong>Bài và ảnh: NGUYỄN HẢI</strong></p>
</div>
<div class="post-tags">Từ khóa: <a href="/tag/bo-doi-bien-phong">Bộ đội Biên phòng</a>, <a href="/tag/quang-tri">Quảng Trị</a>, <a href="/tag/khac-phuc-hau-qua-mua-lu">khắc phục hậu quả mưa lũ</a></div>
<div class="post-related"><h3>Tin liên quan</h3><ul>{"".join('<li><a href="/%s">%s</a></li>' % (slug(h), esc(h)) for h in heads[:4])}</ul></div>
<div class="post-other"><h3>Tin cùng chuyên mục</h3><ul>{"".join('<li><a href="/%s">%s</a> <em>(%s)</em></li>' % (slug(h), esc(h), side_date(rng, "%d/%m/%Y")) for h in heads[4:14])}</ul></div>
</div>
</div>
<div class="col-side">
<div class="box"><h3>Tin mới</h3><ul>{"".join('<li><a href="/%s">%s</a></li>' % (slug(h), esc(h)) for h in heads[14:24])}</ul></div>
<div class="box"><h3>Đọc nhiều</h3><ol>{"".join('<li><a href="/%s">%s</a></li>' % (slug(h), esc(h)) for h in heads[24:30])}</ol></div>
<div class="box banner"><img src="/Uploaded/banner/hoc-tap-lam-theo-bac.jpg" alt="" width="300"></div>
</div>
</div>
<div id="footer"><div class="container">
<p>BÁO CHIẾN SĨ - Cơ quan Trung ương của Quân ủy Trung ương và Bộ Quốc phòng. Tổng Biên tập: Thiếu tướng Nguyễn Hồng Sơn</p>
<p>Giấy phép số 108/GP-BTTTT ngày 24/03/2021. Địa chỉ: 25 Hoàng Diệu, phường Ba Đình, Hà Nội. Điện thoại: 069.554.119</p>
<p>Email: bandientu@baochiensi.vn. Ghi rõ nguồn "Báo Chiến Sĩ" khi phát hành lại thông tin từ website này.</p>
</div></div>
<script src="/Content/js/main.js?v=7"></script>
</body>
</html>
"""
    meta = dict(platform="custom (QĐND-like)", url=url, charset=None,
                published_at="2026-11-03T07:15:00+07:00", author="NGUYỄN HẢI")
    return html_out, meta


def page_s15():
    """CAND-like police daily: byline above the text, JSON-LD with seconds, photo credit in caption."""
    rng = random.Random(SET + ":s15")
    art = A["s15"]
    url = "https://anninhviet.vn/phap-luat/triet-pha-duong-day-danh-bac-qua-mang-quy-mo-hon-1200-ty-dong-i781563/"
    st = {
        "p": "<p>{}</p>",
        "img": lambda c, n, i, s: (
            '<figure class="image align-center"><img src="https://anninhviet.vn/images/2026/11/10/%s.jpg" alt="%s" width="720" height="480">'
            '<figcaption><p>%s</p></figcaption></figure>' % (n, attr(plain(c)), inline(c))),
    }
    body = render_blocks(art, st)
    heads = pick_headlines(rng, 30)
    ld = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"], "description": art["sapo"],
                 "datePublished": "2026-11-10T09:26:41+07:00", "dateModified": "2026-11-10T10:02:13+07:00",
                 "author": {"@type": "Person", "name": "Quang Vinh"}, "publisher": {"@type": "Organization", "name": "Báo An Ninh Việt"}})
    menu = ["Tin tức", "Thời sự", "Pháp luật", "Hồ sơ phá án", "Chống diễn biến hòa bình", "Xã hội", "Quốc tế", "Kinh tế",
            "Văn hóa", "Thể thao", "Xây dựng lực lượng", "Cảnh báo lừa đảo", "Video"]
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<title>{esc(art["title"])} - Báo An Ninh Việt</title>
<meta name="description" content="{attr(art["sapo"])}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://anninhviet.vn/assets/css/app.css?v=3.4">
{ld}
{gtag("G-ANV6611AA")}
</head>
<body class="detail">
<div class="topbar"><div class="container"><span class="today">Chủ nhật, 22/11/2026</span><span class="hotline">Đường dây nóng: 069.219.6886</span><a href="/an-ninh-the-gioi">An ninh thế giới</a><a href="/van-nghe-cong-an">Văn nghệ Công an</a><a href="#" class="login">Đăng nhập</a></div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="https://anninhviet.vn/assets/images/logo.png" alt="Báo An Ninh Việt"></a><div class="ads-header"></div></div></header>
<nav class="menu"><div class="container"><ul>{"".join('<li><a href="/%s/">%s</a></li>' % (slug(m), esc(m)) for m in menu)}</ul></div></nav>
<div class="container main">
<div class="col-8">
<nav class="breadcrumb"><a href="/">Trang chủ</a><span>/</span><a href="/phap-luat/">Pháp luật</a></nav>
<article class="article">
<h1 class="article-title">{esc(art["title"])}</h1>
<div class="article-meta"><span class="icon-user"></span><span class="author">Quang Vinh</span><span class="icon-clock"></span><span class="time">09:26 10/11/2026</span></div>
<div class="article-share sticky-share"><a href="#" class="fb">f</a><a href="#" class="zl">Zalo</a><a href="#" class="cp">Sao chép</a><a href="#" class="save">Lưu</a></div>
<div class="article-sapo"><p>{esc(art["sapo"])}</p></div>
<div class="article-content">
{body}
</div>
<div class="article-tags"><a href="/tag/danh-bac-qua-mang/">đánh bạc qua mạng</a><a href="/tag/cong-an-phu-tho/">Công an tỉnh Phú Thọ</a><a href="/tag/ca-do-bong-da/">cá độ bóng đá</a></div>
<div class="article-follow"><a href="https://news.google.com/publications/CAAqBwgKM-anv" rel="nofollow">Theo dõi An Ninh Việt trên Google News</a></div>
</article>
<section class="box-related"><h3 class="title">Tin liên quan</h3><ul>{"".join('<li><a href="/%s/">%s</a></li>' % (slug(h), esc(h)) for h in heads[:5])}</ul></section>
<section class="box-same"><h3 class="title">Tin cùng chuyên mục</h3>{"".join('<div class="item"><a href="/%s/"><img src="https://anninhviet.vn/images/thumb/%s.jpg" alt=""></a><h4><a href="/%s/">%s</a></h4><p class="time">%s</p></div>' % (slug(h), hexid(rng, 10), slug(h), esc(h), side_date(rng)) for h in heads[5:15])}</section>
</div>
<aside class="col-4">
<div class="box"><h3 class="title">Tin mới</h3><ul>{"".join('<li><a href="/%s/">%s</a></li>' % (slug(h), esc(h)) for h in heads[15:25])}</ul></div>
<div class="box warn"><h3 class="title">Cảnh báo lừa đảo</h3><ul>{"".join('<li><a href="/%s/">%s</a></li>' % (slug(h), esc(h)) for h in ["Cách nhận biết cuộc gọi lừa đảo mạo danh cơ quan thuế", "Cảnh báo chiêu lừa tuyển cộng tác viên bán hàng online", "Những lưu ý khi chuyển đổi định danh điện tử mức độ 2"])}</ul></div>
<div class="box"><h3 class="title">Đọc nhiều</h3><ol>{"".join('<li><a href="/%s/">%s</a></li>' % (slug(h), esc(h)) for h in heads[25:30])}</ol></div>
</aside>
</div>
<footer class="footer"><div class="container">
<p>Cơ quan chủ quản: Bộ Công an. Tổng Biên tập: Thiếu tướng Trịnh Quốc Bảo</p>
<p>Giấy phép số 421/GP-BTTTT ngày 12/06/2021. Địa chỉ: 40 Hàng Bài, phường Hoàn Kiếm, Hà Nội. Điện thoại: 069.219.6886</p>
<p>Email: toasoan@anninhviet.vn. © Bản quyền thuộc về Báo An Ninh Việt.</p>
</div></footer>
<script src="https://anninhviet.vn/assets/js/app.js?v=3.4" defer></script>
</body>
</html>
"""
    meta = dict(platform="custom (CAND-like)", url=url, charset="utf-8",
                published_at="2026-11-10T09:26:41+07:00", author="Quang Vinh")
    return html_out, meta


# --------------------------------------------------------------------------
# Article pages s16 - s20
# --------------------------------------------------------------------------

def page_s16():
    """Kinh tế & Đô thị-like: 'Xem thêm' box inside the text, two writers on two lines at the foot."""
    rng = random.Random(SET + ":s16")
    art = A["s16"]
    url = "https://dothikinhte.vn/ha-noi-thong-xe-cau-vuot-nut-giao-vanh-dai-25-giai-phong-612097.html"
    st = {
        "p": '<p style="text-align:justify">{}</p>',
        "h": '<h3 style="text-align:justify"><strong>{}</strong></h3>',
        "xemthem": lambda items, s: (
            '<div class="box-xemthem" style="border-left:3px solid #0a5fa5;padding:8px 12px;background:#f3f7fb"><p class="xt-title"><strong>Xem thêm</strong></p><ul>%s</ul></div>'
            % "".join('<li><a href="/%s-%d.html">%s</a></li>' % (slug(t), 611000 + rng.randint(1, 999), esc(t)) for t in items)),
        "img": lambda c, n, i, s: (
            '<div class="img-detail"><img src="https://cdn.dothikinhte.vn/images/2026/11/14/%s-%d.jpg" alt="%s" class="img-responsive">'
            '<p class="img-caption" style="text-align:center"><em>%s</em></p></div>' % (n, i, attr(plain(c)), inline(c))),
    }
    body = render_blocks(art, st)
    heads = pick_headlines(rng, 30)
    menu = ["Chính trị", "Hà Nội", "Đô thị", "Kinh tế", "Tài chính", "Bất động sản", "Văn hóa", "Xã hội", "Giáo dục", "Pháp luật",
            "Sống khỏe", "Quốc tế", "Multimedia", "Đô thị xanh"]
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(art["title"])}</title>
<meta name="description" content="{attr(art["sapo"])}">
<meta property="article:published_time" content="2026-11-14T11:20:00+07:00">
<meta property="og:title" content="{attr(art["title"])}"><meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://cdn.dothikinhte.vn/css/site.css?v=202611">
{gtag("G-DTKT22901")}
</head>
<body>
<div class="top-header"><div class="container"><span class="date">Chủ Nhật 22/11/2026</span>
<span class="weather">Hà Nội: 19°C - 26°C</span><a href="/bao-in">Báo in</a><a href="/rss">RSS</a></div></div>
<header><div class="container"><a href="/" class="logo"><img src="https://cdn.dothikinhte.vn/images/logo.png" alt="Báo Đô Thị &amp; Kinh Tế"></a></div></header>
<nav class="navbar"><div class="container"><ul>{"".join('<li><a href="/%s">%s</a></li>' % (slug(m), esc(m)) for m in menu)}</ul></div></nav>
<div class="container page">
<div class="main">
<div class="breadcrumb"><a href="/do-thi">Đô thị</a> / <a href="/do-thi/giao-thong">Giao thông</a></div>
<div class="detail-head">
<h1 class="detail-title">{esc(art["title"])}</h1>
<div class="detail-meta"><span class="cat">Giao thông</span><span class="date">14/11/2026 - 11:20</span><a href="#" class="btn-save">Lưu bài</a><a href="#" class="btn-share">Chia sẻ</a></div>
</div>
<div class="detail-sapo"><h2>{esc(art["sapo"])}</h2></div>
<div class="detail-content">
{body}
</div>
<div class="detail-author" style="text-align:right">
<p class="author-name"><strong>Hoài Nam</strong></p>
<p class="author-name"><strong>Minh Tâm</strong></p>
</div>
<div class="detail-tags"><span>Từ khóa:</span><a href="/tag/cau-vuot">cầu vượt</a><a href="/tag/vanh-dai-25">Vành đai 2,5</a><a href="/tag/giai-phong">Giải Phóng</a><a href="/tag/giao-thong-ha-noi">giao thông Hà Nội</a></div>
<div class="detail-other"><h3>Các tin khác</h3><ul>{"".join('<li><a href="/%s">%s</a></li>' % (slug(h), esc(h)) for h in heads[:10])}</ul></div>
</div>
<aside class="sidebar">
<div class="box"><h3>Tin mới</h3><ul>{"".join('<li><a href="/%s">%s</a><span>%s</span></li>' % (slug(h), esc(h), side_date(rng, "%H:%M")) for h in heads[10:22])}</ul></div>
<div class="box"><h3>Đọc nhiều</h3><ol>{"".join('<li><a href="/%s">%s</a></li>' % (slug(h), esc(h)) for h in heads[22:30])}</ol></div>
<div class="box ad" style="height:600px"></div>
</aside>
</div>
<footer><div class="container">
<p>BÁO ĐÔ THỊ &amp; KINH TẾ - Cơ quan của UBND TP Hà Nội. Tổng Biên tập: Nguyễn Văn Toản</p>
<p>Giấy phép số 66/GP-BVHTTDL ngày 11/08/2025. Tòa soạn: 67 Trần Duy Hưng, phường Yên Hòa, Hà Nội. Điện thoại: 024.3978.4011</p>
<p>Email: toasoan@dothikinhte.vn. © Bản quyền thuộc Báo Đô Thị &amp; Kinh Tế.</p>
</div></footer>
<script src="https://cdn.dothikinhte.vn/js/site.js?v=202611" defer></script>
</body>
</html>
"""
    meta = dict(platform="custom (Kinh tế & Đô thị-like)", url=url, charset="utf-8",
                published_at="2026-11-14T11:20:00+07:00", author="Hoài Nam, Minh Tâm")
    return html_out, meta


def page_s17():
    """VTC News-like aggregated policy round-up: only a 'Theo ...' source where the byline
    would be (author null), JSON-LD with the site as author, published and updated times."""
    rng = random.Random(SET + ":s17")
    art = A["s17"]
    url = "https://vietthoi.vn/chinh-sach-moi-co-hieu-luc-tu-thang-12-2026-ar982314.html"
    st = {
        "p": "<p>{}</p>",
        "h": "<h2>{}</h2>",
        "ad": lambda s: '<div class="inread-ads"><div id="div-gpt-ad-inread" data-ad="vt_inread"></div></div>',
    }
    body = render_blocks(art, st)
    heads = pick_headlines(rng, 30)
    ld = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"], "description": art["sapo"],
                 "datePublished": "2026-11-21T06:00:00+07:00", "dateModified": "2026-11-21T08:15:00+07:00",
                 "author": {"@type": "Organization", "name": "Báo điện tử Việt Thời"},
                 "publisher": {"@type": "Organization", "name": "Báo điện tử Việt Thời"}})
    menu = ["Thời sự", "Thế giới", "Kinh tế", "Giải trí", "Thể thao", "Sức khỏe", "Giáo dục", "Pháp luật", "Đời sống",
            "Khoa học - Công nghệ", "Ô tô - Xe máy", "Truyền hình", "Podcast"]
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(art["title"])} | Việt Thời</title>
<meta name="description" content="{attr(art["sapo"])}">
<meta name="author" content="Báo điện tử Việt Thời">
<meta property="og:title" content="{attr(art["title"])}"><meta property="og:url" content="{url}"><meta property="og:type" content="article">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://cdn.vietthoi.vn/assets/css/detail.css?v=61">
{ld}
{gtag("G-VTH2291AB")}
</head>
<body>
<header class="vt-header">
<div class="vt-header__top"><div class="container"><span class="vt-date">Chủ Nhật, 22/11/2026</span><a href="/tin-moi-nhat.html">Tin mới nhất</a><a href="/video.html">Video</a><a href="/podcast.html">Podcast</a><a href="#" class="vt-login">Đăng nhập</a></div></div>
<div class="vt-header__main container"><a href="/" class="vt-logo"><img src="https://cdn.vietthoi.vn/assets/img/logo.svg" alt="Việt Thời"></a>
<div class="vt-search"><input type="text" placeholder="Tìm kiếm..."><button>Tìm</button></div></div>
<nav class="vt-nav"><ul class="container">{"".join('<li><a href="/%s.html">%s</a></li>' % (slug(m), esc(m)) for m in menu)}</ul></nav>
</header>
<main class="container vt-detail">
<div class="vt-breadcrumb"><a href="/thoi-su.html">Thời sự</a> <span>›</span> <a href="/thoi-su/chinh-sach.html">Chính sách</a></div>
<article class="vt-article">
<h1 class="vt-article__title">{esc(art["title"])}</h1>
<div class="vt-article__meta">
<span class="vt-article__source">Theo Báo Điện tử Chính phủ</span>
<span class="vt-article__time">Thứ Bảy, 21/11/2026 - 06:00</span>
<span class="vt-article__update">Cập nhật: 08:15</span>
</div>
<div class="vt-article__tools"><a href="#" class="share">Chia sẻ</a><a href="#" class="save">Lưu</a><a href="#" class="listen">Nghe đọc bài</a></div>
<h2 class="vt-article__sapo">{esc(art["sapo"])}</h2>
<div class="vt-article__body edittor-content">
{body}
</div>
<div class="vt-article__tags"><a href="/tag/chinh-sach-moi.html">Chính sách mới</a><a href="/tag/bao-hiem-y-te.html">Bảo hiểm y tế</a><a href="/tag/ho-chieu.html">Hộ chiếu</a><a href="/tag/quang-cao.html">Quảng cáo</a></div>
<div class="vt-article__gg"><a href="https://news.google.com/publications/CAAqBwgKM-vth" rel="nofollow">Theo dõi Việt Thời trên Google News</a></div>
<div class="vt-comments"><h3>Bình luận</h3><textarea placeholder="Bạn nghĩ gì về tin này?"></textarea><button>Gửi</button></div>
</article>
<aside class="vt-side">
<div class="vt-box"><h3>Tin mới</h3><ul>{"".join('<li><a href="/%s.html">%s</a><time>%s</time></li>' % (slug(h), esc(h), rel_time(rng)) for h in heads[:10])}</ul></div>
<div class="vt-box"><h3>Đọc nhiều</h3><ol>{"".join('<li><a href="/%s.html">%s</a></li>' % (slug(h), esc(h)) for h in heads[10:18])}</ol></div>
</aside>
<section class="vt-recommend"><h3>Có thể bạn quan tâm</h3>{"".join('<div class="item"><a href="/%s.html"><img src="https://cdn.vietthoi.vn/thumb/%s.jpg" alt=""></a><h4><a href="/%s.html">%s</a></h4></div>' % (slug(h), hexid(rng, 12), slug(h), esc(h)) for h in heads[18:30])}</section>
</main>
<footer class="vt-footer"><div class="container">
<p>Báo điện tử Việt Thời - Cơ quan chủ quản: Đài Truyền thanh Đất Việt. Tổng biên tập: Nguyễn Đình Khôi</p>
<p>Giấy phép số 76/GP-BVHTTDL ngày 28/07/2025. Địa chỉ: Tầng 11, tòa nhà Hòa Bình, 106 Hoàng Quốc Việt, phường Nghĩa Đô, Hà Nội. Hotline: 0855.911.911</p>
<p>© Bản quyền thuộc về Báo điện tử Việt Thời.</p>
</div></footer>
<script src="https://cdn.vietthoi.vn/assets/js/detail.js?v=61" defer></script>
</body>
</html>
"""
    meta = dict(platform="custom (VTC News-like)", url=url, charset="utf-8",
                published_at="2026-11-21T06:00:00+07:00", author=None)
    return html_out, meta


def page_s18():
    """VietNamNet-like: 'Nhóm phóng viên' byline, captions without credit."""
    rng = random.Random(SET + ":s18")
    art = A["s18"]
    url = "https://vietlink.vn/nuoc-lu-rut-cham-hang-nghin-ho-dan-o-hue-van-bi-co-lap-2458113.html"
    st = {
        "p": "<p>{}</p>",
        "h": "<h2>{}</h2>",
        "img": lambda c, n, i, s: (
            '<figure class="image vnn-content-image"><img src="https://static-images.vietlink.vn/vps_images_publish/000001/2026/10/30/%s.jpg?width=760" alt="%s" data-original="https://static-images.vietlink.vn/%s.jpg">'
            '<figcaption>%s</figcaption></figure>' % (n, attr(plain(c)), n, inline(c))),
    }
    body = render_blocks(art, st)
    heads = pick_headlines(rng, 30)
    ld = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
                 "datePublished": "2026-10-30T13:47:12+07:00", "dateModified": "2026-10-30T15:02:40+07:00",
                 "author": {"@type": "Person", "name": "Nhóm phóng viên"}, "publisher": {"@type": "Organization", "name": "VietLink"}})
    menu = ["Chính trị", "Thời sự", "Kinh doanh", "Dân tộc và Tôn giáo", "Thể thao", "Giáo dục", "Thế giới", "Đời sống", "Giải trí",
            "Sức khỏe", "Công nghệ", "Pháp luật", "Ô tô xe máy", "Bất động sản", "Du lịch", "Bạn đọc"]
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(art["title"])}</title>
<meta name="description" content="{attr(art["sapo"])}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://static.vietlink.vn/web/v2/css/main.css?v=2026.10">
{ld}
{gtag("G-VLK0001Q9")}
</head>
<body>
<div class="header">
<div class="header__top"><div class="container"><span class="header__date">Chủ nhật, 22/11/2026</span><a href="https://en.vietlink.vn">English</a><a href="/tuanvietlink">Tuần VietLink</a><a href="#" class="login">Đăng nhập</a></div></div>
<div class="header__logo container"><a href="/"><img src="https://static.vietlink.vn/web/v2/img/logo.svg" alt="VietLink"></a><div class="header__search"><input type="text" placeholder="Tìm kiếm"></div></div>
<div class="header__nav"><ul class="container">{"".join('<li><a href="/%s">%s</a></li>' % (slug(m), esc(m)) for m in menu)}</ul></div>
</div>
<div class="container">
<div class="breadcrumb-box"><a href="/thoi-su">Thời sự</a> <a href="/thoi-su/moi-truong">Môi trường</a></div>
<div class="content-detail">
<div class="bread-crumb-detail__time">30/10/2026 13:47 (GMT+07:00)</div>
<h1 class="content-detail-title">{esc(art["title"])}</h1>
<div class="newFeature__main-textBold"><span class="name">Nhóm phóng viên</span></div>
<div class="share-social sticky"><a href="#">Chia sẻ</a><a href="#">Lưu bài</a><a href="#">Bình luận</a></div>
<h2 class="content-detail-sapo sm-sapo-mb-0">{esc(art["sapo"])}</h2>
<div class="maincontent main-content" id="maincontent">
{body}
</div>
<div class="tag-cotnent"><h3>Từ khóa:</h3><a href="/mua-lu">mưa lũ</a><a href="/hue">Huế</a><a href="/co-lap">cô lập</a></div>
<div class="newsletter-box"><h3>Đăng ký nhận bản tin VietLink</h3><p>Tin tức nổi bật được gửi đến hộp thư của bạn mỗi sáng.</p><input type="email" placeholder="Email"><button>Đăng ký</button></div>
<div class="vnn-comment"><h3>Bình luận</h3><textarea placeholder="Bình luận của bạn"></textarea></div>
<div class="related-news"><h3>Có thể bạn quan tâm</h3>{"".join('<div class="horizontalPost"><a href="/%s-%d.html"><img src="https://static-images.vietlink.vn/thumb/%s.jpg" alt=""></a><h3><a href="/%s-%d.html">%s</a></h3></div>' % (slug(h), 2450000 + rng.randint(1, 9999), hexid(rng, 10), slug(h), 2450000 + rng.randint(1, 9999), esc(h)) for h in heads[:12])}</div>
</div>
<div class="sidebar">
<div class="box"><h3>Tin nổi bật</h3><ul>{"".join('<li><a href="/%s.html">%s</a></li>' % (slug(h), esc(h)) for h in heads[12:22])}</ul></div>
<div class="box"><h3>Đọc nhiều</h3><ol>{"".join('<li><a href="/%s.html">%s</a></li>' % (slug(h), esc(h)) for h in heads[22:30])}</ol></div>
</div>
</div>
<div class="footer"><div class="container">
<p>Báo VietLink - Cơ quan chủ quản: Bộ Dân tộc và Tôn giáo. Tổng Biên tập: Lưu Đình Nghĩa</p>
<p>Giấy phép số 59/GP-BVHTTDL ngày 09/08/2025. Tòa soạn: Tòa nhà Sao Mai, 42 Nguyễn Lương Bằng, phường Đống Đa, Hà Nội. Điện thoại: 024.3772.2729</p>
<p>© Bản quyền thuộc về Báo VietLink.</p>
</div></div>
<script src="https://static.vietlink.vn/web/v2/js/main.js?v=2026.10" defer></script>
</body>
</html>
"""
    meta = dict(platform="custom (VietNamNet-like)", url=url, charset="utf-8",
                published_at="2026-10-30T13:47:12+07:00", author="Nhóm phóng viên")
    return html_out, meta


def page_s19():
    """Thanh Niên-like: dotted day.month dates in the text, capital photo credit in caption,
    UTC machine date, publication in December 2025."""
    rng = random.Random(SET + ":s19")
    art = A["s19"]
    url = "https://nguoitre.vn/cuu-5-ngu-dan-gap-nan-tren-vung-bien-ca-mau-185251208182530.htm"
    st = {
        "p": "<p>{}</p>",
        "img": lambda c, n, i, s: (
            '<figure class="picture" type="Photo"><div><img src="https://images2.nguoitre.vn/thumb_w/640/528068263637045248/2025/12/8/%s.jpg" alt="%s" type="photo"></div>'
            '<figcaption class="PhotoCMS_Caption"><p>%s</p></figcaption></figure>' % (n, attr(plain(c)), inline(c))),
    }
    body = render_blocks(art, st)
    heads = pick_headlines(rng, 30)
    menu = ["Thời sự", "Thế giới", "Kinh tế", "Đời sống", "Sức khỏe", "Giới trẻ", "Giáo dục", "Du lịch", "Văn hóa", "Giải trí",
            "Thể thao", "Công nghệ", "Xe", "Video", "Tiêu dùng thông minh"]
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(art["title"])}</title>
<meta name="description" content="{attr(art["sapo"])}">
<meta property="article:published_time" content="2025-12-08T11:25:30Z">
<meta property="article:modified_time" content="2025-12-08T12:03:11Z">
<meta property="og:title" content="{attr(art["title"])}"><meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://static.nguoitre.vn/web/css/detail.min.css?v=41">
{gtag("G-NGT1955QP")}
</head>
<body>
<header class="header">
<div class="header__top"><div class="container"><span class="header__today">Chủ nhật, 22/11/2026</span><a href="/tin-24h.htm">Tin 24h</a><a href="/video.htm">Video</a><a href="/podcast.htm">Podcast</a><a href="#" class="login">Đăng nhập</a></div></div>
<div class="header__main container"><a href="/" class="logo"><img src="https://static.nguoitre.vn/web/images/logo.svg" alt="Người Trẻ"></a></div>
<nav class="header__menu"><ul class="container">{"".join('<li><a href="/%s.htm">%s</a></li>' % (slug(m), esc(m)) for m in menu)}</ul></nav>
</header>
<div class="container detail">
<div class="detail__cate"><a href="/thoi-su.htm">Thời sự</a><a href="/thoi-su/dan-sinh.htm">Dân sinh</a></div>
<div class="detail__meta"><div class="detail__author"><a href="/tac-gia/gia-bao-3218.htm" class="detail__author-name">Gia Bảo</a><a href="#" class="follow">Theo dõi</a></div>
<div class="detail__time">08/12/2025 18:25 GMT+7</div></div>
<h1 class="detail__title" data-role="title">{esc(art["title"])}</h1>
<div class="detail__toolbar sticky"><a href="#" class="share">Chia sẻ</a><a href="#" class="save">Lưu</a><a href="#" class="comment">Bình luận</a><a href="#" class="fontsize">Cỡ chữ</a></div>
<h2 class="detail__sapo" data-role="sapo">{esc(art["sapo"])}</h2>
<div class="detail__content" data-role="content">
{body}
</div>
<div class="detail__ggnews"><a href="https://news.google.com/publications/CAAqBwgKM-ngt" rel="nofollow">Theo dõi Người Trẻ trên Google News</a></div>
<div class="detail__tags"><a href="/ngu-dan.tag">ngư dân</a><a href="/cuu-nan-tren-bien.tag">cứu nạn trên biển</a><a href="/ca-mau.tag">Cà Mau</a></div>
<div class="detail__cmt"><h3>Bình luận (0)</h3><textarea placeholder="Bình luận của bạn..."></textarea></div>
<div class="box-relate"><h3>Xem thêm</h3><ul>{"".join('<li><a href="/%s.htm">%s</a></li>' % (slug(h), esc(h)) for h in heads[:6])}</ul></div>
<div class="sidebar"><div class="box"><h3>Tin mới</h3><ul>{"".join('<li><a href="/%s.htm">%s</a></li>' % (slug(h), esc(h)) for h in heads[6:16])}</ul></div>
<div class="box"><h3>Đọc nhiều</h3><ol>{"".join('<li><a href="/%s.htm">%s</a></li>' % (slug(h), esc(h)) for h in heads[16:24])}</ol></div></div>
<div class="box-bottom"><h3>Tin cùng chuyên mục</h3>{"".join('<div class="item"><a href="/%s.htm">%s</a></div>' % (slug(h), esc(h)) for h in heads[24:30])}</div>
</div>
<footer class="footer"><div class="container">
<p>Cơ quan chủ quản: Hội Liên hiệp Thanh niên Việt Nam. Tổng Biên tập: Phan Gia Long</p>
<p>Giấy phép số 413/GP-BTTTT ngày 22/07/2022. Địa chỉ: 214 Điện Biên Phủ, phường Xuân Hòa, TP.HCM. Điện thoại: 028.3930.2302</p>
<p>Email: online@nguoitre.vn. © Bản quyền thuộc về Báo Người Trẻ.</p>
</div></footer>
<script src="https://static.nguoitre.vn/web/js/detail.min.js?v=41" defer></script>
</body>
</html>
"""
    meta = dict(platform="custom (Thanh Niên-like)", url=url, charset="utf-8",
                published_at="2025-12-08T18:25:30+07:00", author="Gia Bảo")
    return html_out, meta


def page_s20():
    """VOV-like broadcaster on Drupal: heavy page (drupalSettings, channel menus, schedules),
    'Name/OUTLET' byline, listen-to-article widget."""
    rng = random.Random(SET + ":s20")
    art = A["s20"]
    url = "https://tnv.vn/chinh-tri/quoc-hoi-thong-qua-luat-phong-chong-thien-tai-sua-doi-post1238871.tnv"
    st = {
        "p": "<p>{}</p>",
        "h": "<h3><strong>{}</strong></h3>",
        "img": lambda c, n, i, s: (
            '<div class="article__image"><figure role="group" class="caption caption-img align-center"><img alt="%s" data-entity-type="file" src="/sites/default/files/styles/large/public/2026-11/%s.jpg" width="800" height="533" loading="lazy">'
            '<figcaption>%s</figcaption></figure></div>' % (attr(plain(c)), n, inline(c))),
        "related": lambda items, s: (
            '<div class="article-related-inline"><div class="title">Tin liên quan</div><ul>%s</ul></div>'
            % "".join('<li><a href="/chinh-tri/%s-post%d.tnv">%s</a></li>' % (slug(t), 1238000 + rng.randint(1, 800), esc(t)) for t in items)),
    }
    body = render_blocks(art, st)
    heads = pick_headlines(rng, 92)
    channels = [("TNV1 - Thời sự", ["Thời sự 6h", "Thời sự 12h", "Thời sự 18h", "Thời sự 23h", "Điểm báo", "Tạp chí kinh tế"]),
                ("TNV2 - Văn hóa - Đời sống - Khoa giáo", ["Văn học nghệ thuật", "Khoa học - Giáo dục", "Sức khỏe cộng đồng", "Đọc truyện đêm khuya"]),
                ("TNV3 - Âm nhạc - Giải trí", ["Ca nhạc theo yêu cầu", "Bảng xếp hạng", "Giai điệu xanh", "Đêm nhạc hội"]),
                ("TNV4 - Dân tộc", ["Tiếng Mông", "Tiếng Thái", "Tiếng Ê Đê", "Tiếng Khmer", "Tiếng Gia Rai", "Tiếng Dao"]),
                ("TNV5 - Đối ngoại", ["English", "Français", "Español", "中文", "日本語", "Русский", "ภาษาไทย", "ພາສາລາວ", "Bahasa Indonesia"]),
                ("TNV Giao thông", ["Hà Nội 91 MHz", "TP.HCM 91 MHz", "Mekong 90 MHz", "Cảnh báo giao thông"]),
                ("Truyền hình TNVTV", ["Thời sự", "Phóng sự", "Talkshow", "Phim tài liệu", "Trực tiếp"])]
    sections = [("Chính trị", ["Quốc hội", "Chính phủ", "Xây dựng Đảng", "Đối ngoại", "Kỳ họp thứ hai Quốc hội khóa XVI"]),
                ("Xã hội", ["Giáo dục", "Y tế", "Lao động", "Môi trường", "Đời sống"]),
                ("Kinh tế", ["Tài chính", "Doanh nghiệp", "Bất động sản", "Thị trường", "Kinh tế số"]),
                ("Thế giới", ["Bình luận quốc tế", "Hồ sơ", "Châu Á", "Châu Âu", "Châu Mỹ"]),
                ("Pháp luật", ["Vụ án", "Hỏi đáp", "Văn bản mới"]),
                ("Văn hóa - Giải trí", ["Sân khấu", "Âm nhạc", "Điện ảnh", "Văn học"]),
                ("Thể thao", ["Bóng đá Việt Nam", "Bóng đá quốc tế", "Thể thao khác"]),
                ("Sức khỏe", ["Tin tức", "Dinh dưỡng", "Phòng bệnh"]),
                ("Công nghệ", ["AI", "Viễn thông", "Chuyển đổi số"]),
                ("Du lịch", ["Điểm đến", "Ẩm thực"]),
                ("Địa phương", PROVINCES)]
    mega = "".join('<li class="menu-item menu-item--expanded"><a href="/%s">%s</a><ul class="menu">%s</ul></li>'
                   % (slug(s), esc(s), "".join('<li class="menu-item"><a href="/%s/%s">%s</a></li>' % (slug(s), slug(x), esc(x)) for x in sub)) for s, sub in sections)
    ch_menu = "".join('<li class="channel"><a href="/kenh/%s">%s</a><ul>%s</ul></li>'
                      % (slug(c), esc(c), "".join('<li><a href="/kenh/%s/%s">%s</a></li>' % (slug(c), slug(x) or "x", esc(x)) for x in sub)) for c, sub in channels)
    def row(h):
        return ('<div class="views-row"><div class="card"><a href="/%s-post%d.tnv" class="card__image"><img loading="lazy" src="/sites/default/files/styles/thumb_300/public/2026-11/%s.jpg" alt=""></a>'
                '<h3 class="card__title"><a href="/%s-post%d.tnv">%s</a></h3><span class="card__date">%s</span></div></div>'
                % (slug(h), 1238000 + rng.randint(1, 900), hexid(rng, 12), slug(h), 1238000 + rng.randint(1, 900), esc(h), side_date(rng, "%d/%m/%Y %H:%M")))
    latest = "".join(row(h) for h in heads[:30])
    cungmuc = "".join(row(h) for h in heads[30:54])
    docnhieu = "".join('<li><span class="n">%d</span><a href="/%s-post%d.tnv">%s</a></li>' % (k + 1, slug(h), 1238000 + rng.randint(1, 900), esc(h)) for k, h in enumerate(heads[54:64]))
    podcasts = "".join('<li><a href="/podcast/%s"><span class="ico-play"></span>%s</a><span class="dur">%02d:%02d</span></li>' % (slug(h), esc(h), rng.randint(3, 25), rng.randint(0, 59)) for h in heads[64:80])
    sched = "".join('<tr><td>%02d:%02d</td><td>%s</td></tr>' % (h, m, esc(p)) for h, m, p in
                    [(5, 0, "Thời sự 5h"), (6, 0, "Thời sự 6h"), (7, 0, "Điểm báo"), (8, 15, "Câu chuyện thời sự"), (9, 0, "Thời sự 9h"),
                     (11, 0, "Chương trình thời sự trưa"), (12, 0, "Thời sự 12h"), (14, 30, "Tạp chí pháp luật"), (17, 0, "Thời sự 17h"),
                     (18, 0, "Thời sự 18h"), (20, 0, "Vấn đề hôm nay"), (23, 0, "Thời sự 23h")])
    settings = {
        "path": {"baseUrl": "/", "scriptPath": None, "pathPrefix": "", "currentPath": "node/1238871", "currentPathIsAdmin": False,
                 "isFront": False, "currentLanguage": "vi"},
        "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True,
        "ajaxPageState": {"libraries": ",".join("tnv_theme/%s" % slug(h)[:24] for h in heads[:60]), "theme": "tnv_theme", "theme_token": blob(rng, 40)},
        "tnv_ads": {"zones": [{"id": "tnv_%d" % k, "size": rng.choice(["300x250", "300x600", "728x90", "970x250", "1x1"]), "targeting": blob(rng, 180)} for k in range(170)]},
        "tnv_player": {"tts": {"voices": ["nam-mien-bac", "nu-mien-bac", "nu-mien-nam"], "src": "https://tts.tnv.vn/audio/1238871.mp3"},
                       "radio": [{"name": c, "stream": "https://stream.tnv.vn/%s/playlist.m3u8" % slug(c)} for c, _ in channels]},
        "views": {"ajax_path": "/views/ajax", "ajaxViews": {("views_dom_id:%s" % hexid(rng, 64)): {"view_name": "latest_news", "view_display_id": "block_%d" % k, "view_args": "", "pager_element": 0} for k in range(40)}},
        "menu_cache": [{"title": h, "url": "/%s" % slug(h), "weight": rng.randint(-50, 50)} for h in heads],
    }
    settings_js = json.dumps(settings, ensure_ascii=False, separators=(",", ":"))
    html_out = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ og: http://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="description" content="{attr(art["sapo"])}" />
<link rel="canonical" href="{url}" />
<meta property="og:site_name" content="TNV.VN" /><meta property="og:type" content="article" />
<meta property="og:title" content="{attr(art["title"])}" />
<meta property="article:published_time" content="2026-11-19T17:34:09+07:00" />
<meta property="article:modified_time" content="2026-11-19T18:10:26+07:00" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" /><meta name="HandheldFriendly" content="true" />
<title>{esc(art["title"])} | TNV.VN</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{hexid(rng, 43)}.css?delta=0&amp;language=vi&amp;theme=tnv_theme" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{hexid(rng, 43)}.css?delta=1&amp;language=vi&amp;theme=tnv_theme" />
<style>{css_block(rng, "tnv", 110)}</style>
{gtag("G-TNV4418ZX")}
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Chuyển đến nội dung chính</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<div class="region region-topbar"><div class="container">
<div class="block-date">Chủ Nhật, 22/11/2026 - 08:40</div>
<ul class="lang-switch">{"".join('<li><a href="/%s">%s</a></li>' % (slug(x) or "zh", esc(x)) for x in channels[4][1])}</ul>
<div class="block-live"><a href="/nghe-truc-tiep" class="btn-live">Nghe trực tiếp</a><a href="/xem-truc-tiep" class="btn-live-tv">Xem TNVTV</a></div>
</div></div>
<header role="banner" class="region region-header"><div class="container">
<div class="site-branding"><a href="/" rel="home"><img src="/themes/custom/tnv_theme/logo.svg" alt="Trang chủ - Tiếng Nói Việt" /></a></div>
<div class="block-search"><form action="/search/node" method="get"><input type="search" name="keys" placeholder="Tìm kiếm" /><input type="submit" value="Tìm" /></form></div>
<div class="block-user"><a href="/user/login">Đăng nhập</a></div>
</div></header>
<nav role="navigation" class="region region-primary-menu"><div class="container"><ul class="menu menu--main">{mega}</ul>
<ul class="menu menu--channels">{ch_menu}</ul></div></nav>
<div class="region region-breadcrumb"><div class="container"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li><li><a href="/chinh-tri/quoc-hoi">Quốc hội</a></li></ol></nav></div></div>
<main role="main" class="container main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">
<article role="article" class="node node--type-article node--view-mode-full">
<h1 class="article__title page-title"><span class="field field--name-title">{esc(art["title"])}</span></h1>
<div class="article__meta">
<div class="article__author"><span class="field field--name-field-author">Thu Hà/TNV.VN</span></div>
<div class="article__date"><span class="field field--name-created">Thứ Năm, 19/11/2026 | 17:34</span></div>
<div class="article__tools"><a href="#" class="btn-font">Aa</a><a href="#" class="btn-print">In</a><a href="#" class="btn-save">Lưu</a><a href="#" class="btn-share">Chia sẻ</a></div>
</div>
<div class="article__tts"><span class="label">Nghe bài viết</span><audio controls preload="none" src="https://tts.tnv.vn/audio/1238871.mp3"></audio><select class="tts-voice"><option>Giọng nam miền Bắc</option><option>Giọng nữ miền Bắc</option><option>Giọng nữ miền Nam</option></select></div>
<div class="article__sapo field field--name-field-sapo"><p>{esc(art["sapo"])}</p></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
</div>
<div class="field field--name-field-tags"><div class="field__label">Tags</div><div class="field__items">{"".join('<div class="field__item"><a href="/tag/%s" hreflang="vi">%s</a></div>' % (slug(t), esc(t)) for t in ["Quốc hội", "Luật Phòng, chống thiên tai", "Kỳ họp thứ hai", "chính quyền hai cấp"])}</div></div>
<div class="article__rating"><span>Bài viết hữu ích?</span><button>Có</button><button>Không</button></div>
<div class="article__ggnews"><a href="https://news.google.com/publications/CAAqBwgKM-tnv" rel="nofollow">Theo dõi TNV.VN trên Google News</a></div>
</article>
<section class="block-views-cungchuyenmuc"><h2 class="block-title">Tin cùng chuyên mục</h2><div class="view-content">{cungmuc}</div></section>
</div>
<aside class="layout-sidebar-second" role="complementary">
<div class="block block-radio"><h2 class="block-title">Lịch phát sóng TNV1</h2><table class="schedule">{sched}</table></div>
<div class="block block-views-latest"><h2 class="block-title">Tin mới</h2><div class="view-content">{latest}</div></div>
<div class="block block-most-read"><h2 class="block-title">Đọc nhiều</h2><ol>{docnhieu}</ol></div>
<div class="block block-podcast"><h2 class="block-title">Podcast</h2><ul>{podcasts}</ul></div>
<div class="block block-ads" id="tnv_right_1" style="min-height:600px"></div>
</aside>
</main>
<footer role="contentinfo" class="region region-footer"><div class="container">
<div class="footer-menu">{"".join('<div class="col"><h4>%s</h4><ul>%s</ul></div>' % (esc(s), "".join('<li><a href="/%s/%s">%s</a></li>' % (slug(s), slug(x), esc(x)) for x in sub)) for s, sub in sections)}</div>
<div class="footer-info">
<p><strong>TIẾNG NÓI VIỆT - TNV.VN</strong></p>
<p>Cơ quan chủ quản: Đài Tiếng nói Việt. Tổng Biên tập: Nguyễn Hữu Định</p>
<p>Giấy phép số 105/GP-BVHTTDL do Bộ Văn hóa, Thể thao và Du lịch cấp ngày 15/08/2025</p>
<p>Địa chỉ: 17 Trần Hưng Đạo, phường Cửa Nam, Hà Nội. Điện thoại: 024.3934.6785. Email: toasoan@tnv.vn</p>
<p>© Bản quyền thuộc về Tiếng Nói Việt. Ghi rõ nguồn "TNV.VN" khi phát hành lại thông tin từ website này.</p>
</div></div></footer>
</div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{settings_js}</script>
<script src="/sites/default/files/js/js_{hexid(rng, 43)}.js?scope=footer&amp;delta=0&amp;language=vi&amp;theme=tnv_theme"></script>
</body>
</html>
"""
    meta = dict(platform="Drupal (VOV-like)", url=url, charset="utf-8",
                published_at="2026-11-19T17:34:09+07:00", author="Thu Hà/TNV.VN")
    return html_out, meta


# --------------------------------------------------------------------------
# Pages without an article: n01 listing, n02 search, n03 not found, n04 challenge
# --------------------------------------------------------------------------

LISTING = [
    ("Hà Nội tăng cường kiểm tra an toàn thực phẩm dịp cuối năm", "Đoàn liên ngành sẽ kiểm tra các cơ sở sản xuất, kinh doanh bánh kẹo, đồ uống, thực phẩm đông lạnh trên địa bàn thành phố."),
    ("Gần 2.000 lao động được tuyển dụng tại phiên giao dịch việc làm", "Phiên giao dịch việc làm lưu động thu hút hơn 60 doanh nghiệp với nhiều vị trí trong lĩnh vực điện tử, dệt may, logistics."),
    ("Trao 500 suất học bổng cho học sinh vượt khó vùng lũ", "Mỗi suất học bổng trị giá 2 triệu đồng, kèm sách vở và đồ dùng học tập cho học sinh các xã bị ảnh hưởng nặng."),
    ("Người dân vùng cao háo hức đón lễ hội mùa hoa tam giác mạch", "Lễ hội diễn ra trong ba ngày với nhiều hoạt động văn hóa, chợ phiên và giới thiệu sản vật địa phương."),
    ("Xe buýt điện chạy thử tuyến nối trung tâm với khu công nghiệp", "Tuyến buýt dài 28 km, tần suất 15 phút mỗi chuyến vào giờ cao điểm, phục vụ chủ yếu công nhân."),
    ("Hơn 1.200 tình nguyện viên tham gia hiến máu đầu mùa đông", "Chương trình tiếp nhận gần 1.100 đơn vị máu, bổ sung nguồn máu dự trữ cho các bệnh viện dịp cuối năm."),
    ("Khánh thành nhà văn hóa cộng đồng kết hợp điểm tránh trú bão", "Công trình hai tầng có sức chứa khoảng 300 người, phục vụ sinh hoạt cộng đồng và sơ tán dân khi có thiên tai."),
    ("Phát hiện cá thể rùa biển quý hiếm mắc lưới ngư dân", "Ngư dân đã bàn giao cá thể rùa cho Ban quản lý khu bảo tồn biển để chăm sóc trước khi thả về tự nhiên."),
    ("Chung cư cũ xuống cấp, cư dân mong sớm được cải tạo", "Nhiều mảng tường bong tróc, hệ thống điện nước hư hỏng khiến người dân sống trong nỗi lo mất an toàn."),
    ("Chợ nổi miền Tây nhộn nhịp mùa trái cây cuối năm", "Ghe thuyền tấp nập chở cam, quýt, bưởi về chợ từ tờ mờ sáng, giá nhiều loại trái cây ổn định."),
    ("Học sinh thành phố được học bơi miễn phí trong hè tới", "Chương trình phổ cập bơi cho học sinh tiểu học được triển khai tại hơn 120 bể bơi trường học và cộng đồng."),
    ("Hàng trăm hộ dân được cấp nước sạch sau nhiều năm chờ đợi", "Tuyến ống cấp nước dài 12 km vừa được đưa vào sử dụng, chấm dứt cảnh người dân phải mua nước bình."),
    ("Siết quản lý xe chở vật liệu xây dựng gây bụi bẩn", "Lực lượng chức năng lập chốt kiểm tra tại các tuyến đường dẫn vào công trình lớn, xử lý nhiều trường hợp vi phạm."),
    ("Làng nghề hoa giấy tất bật vào vụ Tết", "Các hộ làm nghề đã nhận đơn đặt hàng đến tháng Chạp, nhiều sản phẩm được xuất sang thị trường châu Âu."),
    ("Bệnh viện tuyến xã tiếp nhận thêm trang thiết bị hiện đại", "Máy siêu âm, máy xét nghiệm sinh hóa được trao tặng giúp người dân khám chữa bệnh ngay tại cơ sở."),
    ("Phố đi bộ mới thu hút đông người dân dịp cuối tuần", "Không gian đi bộ dài gần 1 km với nhiều hoạt động biểu diễn nghệ thuật đường phố, ẩm thực và trò chơi dân gian."),
    ("Nông dân chuyển đổi đất lúa kém hiệu quả sang trồng rau sạch", "Mô hình liên kết với hợp tác xã giúp thu nhập của nông dân tăng gấp ba lần so với trồng lúa."),
    ("Thêm điểm thu gom pin cũ, rác thải điện tử trong khu dân cư", "Các thùng thu gom được đặt tại trụ sở UBND phường, trường học và siêu thị, miễn phí cho người dân."),
    ("Tìm thấy thi thể nam sinh mất tích khi tắm sông", "Lực lượng cứu hộ sau hai ngày tìm kiếm đã phát hiện thi thể nạn nhân cách nơi gặp nạn khoảng 3 km."),
    ("Khởi động chương trình tình nguyện mùa đông năm 2026", "Hàng nghìn đoàn viên, thanh niên sẽ tham gia sửa nhà, làm đường, trao quà cho người dân vùng sâu, vùng xa."),
]


def page_n01():
    """Tiền Phong-like category listing (page 2 of 'Xã hội')."""
    rng = random.Random(SET + ":n01")
    url = "https://thanhxuanonline.vn/xa-hoi/trang-2.tpo"
    items = []
    for k, (t, s) in enumerate(LISTING):
        d = datetime.datetime(2026, 11, 21, 22, 0) - datetime.timedelta(minutes=37 * k + rng.randint(0, 30))
        items.append('<article class="story"><figure class="story__thumb"><a href="/xa-hoi/%s-post%d.tpo"><img loading="lazy" src="https://image.thanhxuanonline.vn/w300/%s.jpg" alt="%s"></a></figure>'
                     '<h2 class="story__heading"><a class="cms-link" href="/xa-hoi/%s-post%d.tpo">%s</a></h2><div class="story__summary">%s</div><div class="story__meta"><time>%s</time></div></article>'
                     % (slug(t), 1790000 + k * 17, hexid(rng, 12), attr(t), slug(t), 1790000 + k * 17, esc(t), esc(s), d.strftime("%d/%m/%Y %H:%M")))
    menu = ["Thời sự", "Thế giới", "Kinh tế", "Xã hội", "Pháp luật", "Giáo dục", "Giới trẻ", "Văn hóa", "Giải trí", "Thể thao", "Sức khỏe", "Hoa hậu", "Bạn đọc"]
    out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Xã hội - Trang 2 | Báo Thanh Xuân</title>
<meta name="description" content="Tin tức xã hội mới nhất, dân sinh, môi trường, giao thông, đời sống - Báo Thanh Xuân">
<link rel="canonical" href="{url}">
<link rel="prev" href="https://thanhxuanonline.vn/xa-hoi.tpo"><link rel="next" href="https://thanhxuanonline.vn/xa-hoi/trang-3.tpo">
<link rel="stylesheet" href="https://static.thanhxuanonline.vn/web/css/zone.min.css?v=19">
{gtag("G-TXO7712PL")}
</head>
<body class="zone-page">
<header class="site-header"><div class="header-top container"><span class="date">Chủ nhật, 22/11/2026</span><a href="/bao-in.tpo">Báo in</a><a href="#">Đăng nhập</a></div>
<div class="container"><a href="/" class="logo"><img src="https://static.thanhxuanonline.vn/web/images/logo.svg" alt="Báo Thanh Xuân"></a></div>
<nav class="main-nav"><ul class="container">{"".join('<li><a href="/%s.tpo">%s</a></li>' % (slug(m), esc(m)) for m in menu)}</ul></nav></header>
<main class="container">
<h1 class="zone-title">Xã hội</h1>
<ul class="zone-sub">{"".join('<li><a href="/xa-hoi/%s.tpo">%s</a></li>' % (slug(x), esc(x)) for x in ["Dân sinh", "Giao thông", "Môi trường", "Đô thị", "Phóng sự - Điều tra"])}</ul>
<div class="zone-list">
{"".join(items)}
</div>
<nav class="pagination"><a href="/xa-hoi.tpo">‹ Trước</a><a href="/xa-hoi.tpo">1</a><span class="active">2</span><a href="/xa-hoi/trang-3.tpo">3</a><a href="/xa-hoi/trang-4.tpo">4</a><a href="/xa-hoi/trang-3.tpo">Sau ›</a></nav>
<aside class="sidebar"><div class="box"><h3>Đọc nhiều</h3><ol>{"".join('<li><a href="/%s.tpo">%s</a></li>' % (slug(h), esc(h)) for h in pick_headlines(rng, 8))}</ol></div></aside>
</main>
<footer class="site-footer"><div class="container"><p>Báo Thanh Xuân - Cơ quan Trung ương của Đoàn TNCS Hồ Chí Minh. Tổng Biên tập: Lê Hồng Quang</p>
<p>Giấy phép số 77/GP-BVHTTDL ngày 30/07/2025. Tòa soạn: 32 Nguyễn Du, phường Hai Bà Trưng, Hà Nội. Điện thoại: 024.3943.4777</p></div></footer>
</body>
</html>
"""
    return out, dict(kind="listing", platform="custom (Tiền Phong-like)", url=url, charset="utf-8")


def page_n02():
    """Znews-like search results page."""
    rng = random.Random(SET + ":n02")
    url = "https://ttsnews.vn/tim-kiem.html?q=b%C3%A3o+s%E1%BB%91+15"
    results = [
        ("Bão số 15 giật cấp 13, các tỉnh Nam Trung Bộ khẩn trương ứng phó", "Các địa phương ven biển từ Quảng Ngãi đến TP.HCM được yêu cầu kiểm đếm tàu thuyền, chuẩn bị phương án sơ tán dân."),
        ("Hình ảnh vệ tinh cho thấy bão số 15 có mắt bão rõ", "Ảnh mây vệ tinh sáng 21/11 cho thấy bão số 15 đã hình thành mắt bão, hoàn lưu rộng bao trùm vùng biển Trường Sa."),
        ("Các chuyến bay đến Cam Ranh có thể bị ảnh hưởng bởi bão số 15", "Các hãng hàng không cho biết sẽ điều chỉnh lịch bay nếu thời tiết tại sân bay Cam Ranh không bảo đảm an toàn."),
        ("Bão số 15 hình thành từ áp thấp nhiệt đới trên biển Đông", "Áp thấp nhiệt đới đã mạnh lên thành bão, là cơn bão thứ 15 hoạt động trên Biển Đông trong năm 2026."),
        ("Học sinh nhiều xã ven biển Lâm Đồng nghỉ học tránh bão", "Sở Giáo dục và Đào tạo đề nghị các trường chủ động kiểm tra cơ sở vật chất, bảo đảm an toàn cho học sinh."),
        ("Nông dân khẩn trương thu hoạch lúa chạy bão", "Hàng trăm ha lúa đông xuân sớm được người dân huy động máy gặt thu hoạch trước khi bão đổ bộ."),
        ("Giá rau xanh tăng nhẹ trước khi bão số 15 vào đất liền", "Tại các chợ dân sinh, giá rau ăn lá tăng 10 - 20% do người dân mua dự trữ."),
        ("Chủ động sơ tán người dân trên lồng bè nuôi thủy sản", "Lực lượng biên phòng vận động hàng nghìn người dân rời lồng bè về nơi an toàn trước 17h ngày 22/11."),
    ]
    items = "".join('<article class="article-item type-text"><p class="article-thumbnail"><a href="/%s-post%d.html"><img loading="lazy" src="https://photo.ttsnews.vn/w210/%s.jpg" alt=""></a></p>'
                    '<header><p class="article-title"><a href="/%s-post%d.html">%s</a></p><p class="article-meta"><span class="article-publish"><span class="friendly-time">%s</span></span></p>'
                    '<p class="article-summary">%s</p></header></article>'
                    % (slug(t), 1604000 + k * 11, hexid(rng, 12), slug(t), 1604000 + k * 11, esc(t), rel_time(rng), esc(s)) for k, (t, s) in enumerate(results))
    out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kết quả tìm kiếm: bão số 15 - TTS News</title>
<meta name="robots" content="noindex, follow">
<link rel="stylesheet" href="https://static.ttsnews.vn/css/search.css?v=9.4.1">
{gtag("G-TTS0093KX")}
<script>window.TTS={{page:"search",q:"bão số 15",total:128}};</script>
</head>
<body class="search-page">
<header id="site-header"><div class="header-inner"><a id="logo" href="/"><img src="https://static.ttsnews.vn/images/logo.svg" alt="TTS News"></a>
<div class="header-date">Chủ nhật, 22/11/2026</div>
<nav id="main-nav"><ul>{"".join('<li><a href="/%s.html">%s</a></li>' % (slug(m), esc(m)) for m in ["Thời sự", "Thế giới", "Kinh doanh", "Công nghệ", "Sức khỏe", "Thể thao", "Giải trí", "Đời sống", "Giáo dục", "Du lịch"])}</ul></nav></div></header>
<div class="page-wrapper">
<section class="search-box"><form action="/tim-kiem.html" method="get"><input type="search" name="q" value="bão số 15"><button type="submit">Tìm kiếm</button></form>
<div class="search-filter"><label>Thời gian: <select name="date"><option>Tất cả</option><option>24 giờ qua</option><option>Tuần qua</option><option>Tháng qua</option></select></label>
<label>Chuyên mục: <select name="cat"><option>Tất cả</option><option>Thời sự</option><option>Đời sống</option></select></label></div></section>
<p class="search-summary">Tìm thấy <strong>128</strong> kết quả cho từ khóa <strong>"bão số 15"</strong></p>
<section class="search-result article-list">{items}</section>
<nav class="pagination"><span class="current">1</span><a href="?q=b%C3%A3o+s%E1%BB%91+15&amp;page=2">2</a><a href="?q=b%C3%A3o+s%E1%BB%91+15&amp;page=3">3</a><a href="?q=b%C3%A3o+s%E1%BB%91+15&amp;page=2">Trang sau</a></nav>
</div>
<footer id="site-footer"><div class="footer-inner"><p>Tạp chí điện tử Tri Thức Số. Giấy phép số 35/GP-BVHTTDL do Bộ Văn hóa, Thể thao và Du lịch cấp ngày 14/08/2025</p></div></footer>
</body>
</html>
"""
    return out, dict(kind="search", platform="custom (Znews-like)", url=url, charset="utf-8")


def page_n03():
    """Dân trí-like 404 page with suggestions."""
    rng = random.Random(SET + ":n03")
    url = "https://danthoi.com.vn/xa-hoi/xe-khach-lat-tren-deo-khanh-le-20261118224501122.htm"
    heads = pick_headlines(rng, 16)
    cats = ["Xã hội", "Thế giới", "Kinh doanh", "Bất động sản", "Thể thao", "Lao động - Việc làm", "Sức khỏe", "Văn hóa", "Giải trí",
            "Bạn đọc", "Pháp luật", "Giáo dục", "Ô tô - Xe máy", "Công nghệ", "Du lịch"]
    out = f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
<meta charset="UTF-8">
<title>404 - Không tìm thấy trang | Báo Dân Thời</title>
<meta name="robots" content="noindex">
<link rel="stylesheet" href="https://cdnweb.danthoi.com.vn/web_v4/css/main.css?v=1.8.7">
{gtag("G-DT58RB1C7Z")}
</head>
<body class="dt-404">
<header class="site-header"><div class="header-top container"><a class="logo" href="/"><img src="https://cdnweb.danthoi.com.vn/web_v4/images/logo.svg" alt="Báo Dân Thời"></a>
<div class="header-date">Chủ nhật, 22/11/2026 - 09:20</div></div>
<nav class="menu-wrap"><ul class="menu-main container">{"".join('<li class="menu-item"><a href="/%s.htm">%s</a></li>' % (slug(c), esc(c)) for c in cats)}</ul></nav></header>
<main class="container page-404">
<div class="error-box">
<div class="error-code">404</div>
<h1 class="error-title">Không tìm thấy trang</h1>
<p class="error-desc">Đường dẫn bạn truy cập không tồn tại hoặc nội dung đã bị gỡ bỏ. Vui lòng kiểm tra lại địa chỉ hoặc quay về trang chủ.</p>
<p><a href="/" class="btn-home">Về trang chủ</a> <a href="/tin-moi-nhat.htm" class="btn-latest">Xem tin mới nhất</a></p>
<form class="error-search" action="/tim-kiem.htm"><input type="text" name="keyword" placeholder="Tìm kiếm trên Dân Thời"><button>Tìm</button></form>
</div>
<section class="suggest"><h2 class="section-title">Có thể bạn quan tâm</h2>{"".join('<article class="article-item"><div class="article-thumb"><a href="/%s.htm"><img loading="lazy" src="https://cdnphoto.danthoi.com.vn/thumb_w/200/2026/11/%s.jpg" alt=""></a></div><h3 class="article-title"><a href="/%s.htm">%s</a></h3></article>' % (slug(h), hexid(rng, 12), slug(h), esc(h)) for h in heads)}</section>
</main>
<footer class="site-footer"><div class="container"><p>Cơ quan của Bộ Nội vụ. Giấy phép hoạt động báo điện tử số 298/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 16/06/2023</p>
<p>© Bản quyền thuộc về Báo Dân Thời.</p></div></footer>
</body>
</html>
"""
    return out, dict(kind="not_found", platform="custom (Dân trí-like)", url=url, charset="utf-8")


def page_n04():
    """JavaScript cookie challenge served in front of a news site (anti-DDoS layer)."""
    rng = random.Random(SET + ":n04")
    url = "https://vietthoi.vn/gia-vang-hom-nay-22-11-2026-ar982501.html"
    token = blob(rng, 2400)
    parts = [blob(rng, 40) for _ in range(72)]
    arr = ",".join('"%s"' % p for p in parts)
    out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vui lòng chờ trong giây lát...</title>
<style>
html,body{{height:100%;margin:0;font-family:Arial,Helvetica,sans-serif;background:#f4f6f8;color:#333}}
.wrap{{display:flex;flex-direction:column;align-items:center;justify-content:center;height:100%;text-align:center;padding:0 16px}}
.spinner{{width:42px;height:42px;border:4px solid #d0d7de;border-top-color:#c8102e;border-radius:50%;animation:spin 1s linear infinite;margin-bottom:18px}}
@keyframes spin{{to{{transform:rotate(360deg)}}}}
h1{{font-size:20px;margin:0 0 8px}} p{{font-size:14px;margin:4px 0;color:#555}} .ray{{font-size:12px;color:#999;margin-top:24px}}
noscript p{{color:#c8102e;font-weight:bold}}
</style>
</head>
<body>
<div class="wrap">
<div class="spinner"></div>
<h1>Đang kiểm tra trình duyệt của bạn...</h1>
<p>Quá trình này diễn ra tự động. Trình duyệt sẽ chuyển đến nội dung bạn yêu cầu trong giây lát.</p>
<p>Vui lòng bật JavaScript và cookie để tiếp tục.</p>
<noscript><p>Trình duyệt của bạn đã tắt JavaScript. Vui lòng bật JavaScript để truy cập trang.</p></noscript>
<div class="ray">Mã yêu cầu: {hexid(rng, 16)} · Bảo vệ bởi VNShield</div>
</div>
<form id="challenge-form" action="/__vns_challenge?__vns_chk_jschl_tk__={hexid(rng, 40)}" method="POST" style="display:none">
<input type="hidden" name="r" value="{token}">
<input type="hidden" name="jschl_vc" value="{hexid(rng, 32)}">
<input type="hidden" name="pass" value="179533{rng.randint(1000, 9999)}.{rng.randint(100, 999)}-{blob(rng, 12)}">
<input type="hidden" id="jschl-answer" name="jschl_answer">
</form>
<script>
(function(){{var _0x=[{arr}];
function _d(s){{var o='';for(var i=0;i<s.length;i++){{o+=String.fromCharCode(s.charCodeAt(i)^((i*7+{rng.randint(11, 97)})%255));}}return o;}}
var a=0;for(var i=0;i<_0x.length;i++){{a=(a*31+_0x[i].length+_0x[i].charCodeAt(i%_0x[i].length))%1000003;}}
setTimeout(function(){{document.cookie="__vns_jschl="+a+"; path=/; max-age=1800; SameSite=Lax";
document.getElementById('jschl-answer').value=a+location.hostname.length;
document.getElementById('challenge-form').submit();}},4000);}})();
</script>
</body>
</html>
"""
    return out, dict(kind="challenge", platform="anti-DDoS JS challenge (VNShield)", url=url, charset="utf-8")


# --------------------------------------------------------------------------

ARTICLE_PAGES = [("s%02d" % i, globals()["page_s%02d" % i]) for i in range(1, 21)]
OTHER_PAGES = [("n01", page_n01), ("n02", page_n02), ("n03", page_n03), ("n04", page_n04)]


def build():
    files = {}
    for name, fn in ARTICLE_PAGES:
        page, meta = fn()
        art = A[name]
        gold = {
            "kind": "article",
            "platform": meta["platform"],
            "url": meta["url"],
            "charset": meta["charset"],
            "title": plain(art["title"]),
            "published_at": meta["published_at"],
            "author": meta["author"],
            "body": gold_body(art),
        }
        files[name + ".html"] = page
        files[name + ".json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    for name, fn in OTHER_PAGES:
        page, meta = fn()
        files[name + ".html"] = page
        files[name + ".json"] = json.dumps(meta, ensure_ascii=False, indent=1) + "\n"
    return files


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name, text in build().items():
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


if __name__ == "__main__":
    main()
