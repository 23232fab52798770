#!/usr/bin/env python3
"""Deterministic generator for the blind-m gold set (news media, third round).

Usage: python3 make.py [OUTDIR]     (default: the directory of this script)

Stdlib only. Every page has its own random.Random seeded with "blind-m:NAME";
no clock is read. Re-running writes identical bytes.
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

HERE = os.path.dirname(os.path.abspath(__file__))
CRAWL = datetime.date(2026, 11, 22)


def R(name):
    return random.Random("blind-m:" + name)


WD_LOW = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
WD_CAP = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WD_SHORT = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]


def wd(y, m, d, style=WD_LOW):
    return style[datetime.date(y, m, d).weekday()]


def esc(s):
    return html.escape(s, quote=True)


def strip(s):
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def slug(s):
    s = strip(s).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()


def b64(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- filler text
PLACES = ["Hà Nội", "TP.HCM", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Quảng Ninh",
          "Cao Bằng", "Lạng Sơn", "Lai Châu", "Điện Biên", "Sơn La", "Thanh Hóa", "Nghệ An",
          "Hà Tĩnh", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh",
          "Hưng Yên", "Ninh Bình", "Quảng Trị", "Quảng Ngãi", "Gia Lai", "Khánh Hòa",
          "Lâm Đồng", "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp",
          "Cà Mau", "An Giang"]

PREDS = [
    "đẩy nhanh tiến độ giải ngân vốn đầu tư công", "khởi công tuyến đường kết nối vùng kinh tế",
    "tổ chức diễn tập phòng thủ dân sự năm 2026", "trao nhà Đại đoàn kết cho hộ khó khăn",
    "xử lý dứt điểm các dự án chậm tiến độ", "phát động Tháng hành động vì an toàn thực phẩm",
    "tăng cường kiểm tra kinh doanh xăng dầu dịp cuối năm", "đón hơn 1 triệu lượt khách dịp nghỉ lễ",
    "kiện toàn bộ máy chính quyền cấp xã sau sắp xếp", "thu hút thêm 12 dự án FDI vào khu công nghiệp",
    "xuất khẩu nông sản tăng mạnh trong 10 tháng", "ra quân cao điểm tấn công trấn áp tội phạm",
    "hỗ trợ người dân vùng lũ khắc phục hậu quả", "khai mạc tuần lễ văn hóa, du lịch",
    "công bố quy hoạch phân khu đô thị mới", "ra mắt trung tâm phục vụ hành chính công liên xã",
    "phát hiện cơ sở sản xuất thực phẩm không rõ nguồn gốc", "nâng cấp hệ thống cấp nước sạch nông thôn",
    "tuyển sinh lớp 10 công lập thêm 3.000 chỉ tiêu", "hoàn thành xóa nhà tạm, nhà dột nát",
    "đưa vào vận hành bệnh viện đa khoa khu vực", "triển khai cấp căn cước cho trẻ em dưới 6 tuổi",
    "xét xử vụ án gây thất thoát tại dự án khu dân cư", "tổ chức hội chợ OCOP quy mô lớn",
    "chủ động ứng phó không khí lạnh tăng cường", "giải cứu ngư dân gặp nạn trên biển",
    "đặt mục tiêu tăng trưởng hai con số năm 2027", "thông xe cầu vượt sông sau 30 tháng thi công",
    "di dời khẩn cấp hàng trăm hộ dân khỏi vùng sạt lở", "cấp sổ đỏ cho người dân chờ đợi hơn 10 năm",
    "chuyển đổi 500 ha đất lúa kém hiệu quả sang trồng cây ăn quả",
    "số hóa toàn bộ hồ sơ hộ tịch", "mở rộng tuyến xe buýt điện nội đô",
]

STANDALONE = [
    "Giá vàng hôm nay tiếp tục lập đỉnh mới", "Thời tiết ngày mai: Bắc Bộ đón đợt không khí lạnh mạnh",
    "Đội tuyển Việt Nam chốt danh sách dự vòng loại Asian Cup", "Bộ Giáo dục và Đào tạo công bố phương án thi tốt nghiệp năm 2027",
    "Lãi suất tiết kiệm nhích tăng ở nhiều ngân hàng", "Giá xăng dầu đồng loạt giảm từ chiều nay",
    "Cảnh báo thủ đoạn giả danh cơ quan thuế gọi điện lừa đảo", "Hơn 20.000 thí sinh đăng ký thi đánh giá năng lực đợt 1",
    "Tỷ giá USD hôm nay biến động nhẹ", "Khẩn trương khắc phục sự cố sạt lở trên quốc lộ",
    "Người dân xếp hàng từ sáng sớm mua vé xem chung kết", "Ra mắt tuyển tập truyện ngắn về đề tài biển đảo",
    "Phát hiện thêm nhiều hiện vật tại di chỉ khảo cổ", "Tăng cường kiểm soát dịch sốt xuất huyết mùa mưa",
    "Học sinh giành huy chương vàng Olympic Tin học quốc tế", "Sân bay quốc tế đón lượng khách kỷ lục",
    "Khai trương tuyến tàu du lịch ven biển", "Chuyên gia khuyến cáo cách phòng bệnh hô hấp khi trời trở lạnh",
    "Thủ tướng chỉ đạo gỡ vướng cho các dự án năng lượng", "Quốc hội thảo luận dự án Luật sửa đổi nhiều luật",
    "Nông dân phấn khởi vì lúa thu đông được giá", "Ngân hàng Nhà nước điều chỉnh hạn mức tăng trưởng tín dụng",
    "Triệt xóa đường dây đánh bạc qua mạng quy mô lớn", "Bắt giữ đối tượng vận chuyển 12 bánh heroin",
    "Giải chạy marathon vì người nghèo thu hút hơn 8.000 vận động viên", "Trường học đầu tiên dùng sổ liên lạc điện tử toàn phần",
    "Tháo gỡ khó khăn cho doanh nghiệp xuất khẩu thủy sản", "Cận cảnh công trường nhà ga mới",
    "Đề xuất tăng mức trợ cấp cho người có công", "Chợ đêm phố cổ tấp nập khách cuối tuần",
    "Mở đợt cao điểm kiểm tra nồng độ cồn dịp cuối năm", "Ra mắt ứng dụng tra cứu thông tin quy hoạch",
]


def headlines(rng, n):
    pool = list(STANDALONE)
    for p in PLACES:
        for q in PREDS:
            pool.append(p + " " + q if rng.random() < 0.5 else p + ": " + q[0].upper() + q[1:])
    return rng.sample(pool, n)


def desc_sentence(rng):
    p = rng.choice(PLACES)
    q = rng.choice(PREDS)
    tail = rng.choice([
        "góp phần bảo đảm an sinh xã hội và ổn định đời sống Nhân dân.",
        "nhằm tạo động lực phát triển kinh tế - xã hội của địa phương.",
        "theo chỉ đạo của cấp ủy, chính quyền địa phương.",
        "thu hút sự quan tâm của đông đảo người dân.",
        "trong bối cảnh nhu cầu của người dân ngày càng tăng.",
    ])
    return "Các cơ quan chức năng tại " + p + " vừa " + q + ", " + tail



def desc_for(h, rng):
    """A teaser sentence that agrees with headline h."""
    tail = rng.choice([
        "góp phần bảo đảm an sinh xã hội và ổn định đời sống Nhân dân.",
        "nhằm tạo động lực phát triển kinh tế - xã hội của địa phương.",
        "theo chỉ đạo của cấp ủy, chính quyền địa phương.",
        "thu hút sự quan tâm của đông đảo người dân.",
    ])
    for p in PLACES:
        if h.startswith(p + " ") or h.startswith(p + ":"):
            rest = h[len(p):].lstrip(": ")
            return "Các cơ quan chức năng tại " + p + " vừa " + rest[0].lower() + rest[1:] + ", " + tail
    return "Theo thông tin từ các cơ quan chức năng, " + h[0].lower() + h[1:] + "."


def rand_time(rng, day=None):
    if day is None:
        day = CRAWL - datetime.timedelta(days=rng.randint(0, 9))
    h = rng.randint(0, 23) if day != CRAWL else rng.randint(0, 1)
    return datetime.datetime(day.year, day.month, day.day, h, rng.randint(0, 59))


SECTIONS = [
    ("Thời sự", ["Chính trị", "Dân sinh", "Giao thông", "Môi trường", "Chuyển đổi số", "Mekong"]),
    ("Thế giới", ["Tư liệu", "Phân tích", "Người Việt 5 châu", "Cuộc sống đó đây", "Quân sự"]),
    ("Kinh tế", ["Tài chính", "Bất động sản", "Doanh nghiệp", "Hàng hóa", "Chứng khoán", "Ebank", "Vĩ mô"]),
    ("Xã hội", ["Lao động - Việc làm", "Bảo hiểm", "Người tốt việc tốt", "Dân tộc - Tôn giáo"]),
    ("Pháp luật", ["Hồ sơ phá án", "Tư vấn", "Tòa án", "Ký sự pháp đình"]),
    ("Giáo dục", ["Tuyển sinh", "Du học", "Học tiếng Anh", "Giáo dục 4.0", "Chân dung"]),
    ("Sức khỏe", ["Tin tức", "Các bệnh", "Dinh dưỡng", "Khỏe đẹp", "Tư vấn"]),
    ("Văn hóa", ["Âm nhạc", "Điện ảnh", "Sách", "Di sản", "Mỹ thuật"]),
    ("Giải trí", ["Sao", "Thời trang", "Truyền hình", "Sân khấu"]),
    ("Thể thao", ["Bóng đá", "Tennis", "Marathon", "Golf", "Các môn khác"]),
    ("Du lịch", ["Điểm đến", "Ẩm thực", "Cẩm nang", "Dấu chân"]),
    ("Khoa học - Công nghệ", ["AI", "Thiết bị", "Khám phá", "Đổi mới sáng tạo"]),
    ("Xe", ["Thị trường", "Cầm lái", "Diễn đàn", "Đánh giá xe"]),
    ("Đời sống", ["Tổ ấm", "Bài học sống", "Nhịp sống", "Tiêu dùng"]),
    ("Bạn đọc", ["Tâm sự", "Góc nhìn", "Ý kiến", "Đường dây nóng"]),
    ("Multimedia", ["Video", "Ảnh", "Podcast", "Infographic", "E-magazine"]),
]

CSS_PROPS = ["display:flex", "display:block", "display:none", "display:inline-block", "position:relative",
             "position:absolute", "margin:0 auto", "margin-bottom:12px", "padding:8px 12px", "padding:0",
             "font-size:13px", "font-size:14px", "font-size:16px", "font-size:20px", "line-height:1.5",
             "line-height:160%", "color:#222", "color:#9f224e", "color:#757575", "color:#fff",
             "background:#fff", "background:#f7f7f7", "border-bottom:1px solid #e5e5e5", "width:100%",
             "max-width:1130px", "overflow:hidden", "text-overflow:ellipsis", "white-space:nowrap",
             "font-weight:700", "float:left", "float:right", "clear:both", "z-index:10", "top:0",
             "left:0", "object-fit:cover", "border-radius:4px", "transition:all .3s", "cursor:pointer",
             "align-items:center", "justify-content:space-between", "gap:16px", "height:auto",
             "text-transform:uppercase", "font-family:Arial,sans-serif", "list-style:none"]
CSS_NAMES = ["header", "nav", "menu", "item", "box", "title", "thumb", "list", "sidebar", "footer",
             "banner", "btn", "icon", "tab", "col", "row", "wrap", "inner", "meta", "tag", "breadcrumb",
             "logo", "search", "ads", "hot", "most", "video", "photo", "cate", "sub", "swiper", "modal"]


def css_blob(rng, prefix, n):
    out = []
    for i in range(n):
        sel = "." + prefix + "-" + rng.choice(CSS_NAMES)
        if rng.random() < 0.5:
            sel += "-" + rng.choice(CSS_NAMES)
        if rng.random() < 0.3:
            sel += " " + rng.choice(["a", "li", "img", "span", "p", ".active", "h3", "svg"])
        if rng.random() < 0.12:
            sel += ":hover"
        rule = sel + "{" + ";".join(rng.sample(CSS_PROPS, rng.randint(2, 6))) + "}"
        if rng.random() < 0.08:
            rule = "@media (max-width:%dpx){%s}" % (rng.choice([480, 767, 991, 1199]), rule)
        out.append(rule)
    return "".join(out)


def gtag(ga):
    return ("<script async src=\"https://www.googletagmanager.com/gtag/js?id=%s\"></script>\n"
            "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
            "gtag('js',new Date());gtag('config','%s');</script>\n" % (ga, ga))


def ads_script(rng, site, n):
    slots = []
    for i in range(n):
        slots.append({"id": "%s_%s_%d" % (site, rng.choice(["top", "right", "inpage", "sticky", "balloon", "catfish"]), i),
                      "zone": int(digits(rng, 6)), "size": rng.choice([[300, 250], [300, 600], [970, 250], [728, 90], [320, 100]]),
                      "lazy": rng.random() < 0.6})
    return "<script>window.__adsSlots=" + json.dumps(slots, separators=(",", ":")) + ";</script>\n"


def svg_sprite(rng, n):
    icons = []
    for i in range(n):
        pts = " ".join("%d %d" % (rng.randint(0, 24), rng.randint(0, 24)) for _ in range(rng.randint(6, 14)))
        icons.append('<symbol id="ico-%d" viewBox="0 0 24 24"><path d="M%s Z"/></symbol>' % (i, pts.replace(" ", " L", 1)))
    return '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">' + "".join(icons) + "</svg>\n"


def fmt_dmy(dt, sep="/"):
    return "%02d%s%02d%s%d" % (dt.day, sep, dt.month, sep, dt.year)


def fmt_hm(dt):
    return "%02d:%02d" % (dt.hour, dt.minute)


# ---------------------------------------------------------------- article texts
# Block kinds: p (paragraph, may hold inline tags), h (subheading), cap (image +
# caption), img (image, no caption), ul (list items), table (rows of cells),
# video (video + caption), note (correction note), and non-body kinds: rel
# (inline related links), xem (inline "Xem thêm"), embed (social embed), ad, toc.
BODY_KINDS = {"p", "h", "cap", "video", "note"}

A = {}

A["m01"] = dict(
    title="Nông dân Tây Nguyên trữ cà phê chờ giá",
    sapo="Giá cà phê nhân xô tại Đắk Lắk lùi về quanh 92.000 đồng một kg, thấp hơn khoảng 20% so với đầu năm, nhiều nhà vườn chọn giữ hàng thay vì bán ngay.",
    author="Hoài Thu",
    blocks=[
        ("p", "Sáng 6/3, trong kho chứa rộng chừng 60 m2 của gia đình ông Y Khuê Niê ở xã Ea Kiết, tỉnh Đắk Lắk, gần 18 tấn cà phê nhân vẫn được xếp thành từng chồng bao. Ông cho biết vụ này vườn rộng 3 ha cho năng suất khá, nhưng giá đi xuống liên tục từ sau Tết nên gia đình chỉ bán lượng đủ trả tiền phân bón và tiền công hái."),
        ("p", "“Cuối năm ngoái có lúc giá vượt 130.000 đồng một kg, giờ bán ra thì coi như mất phần công chăm sóc cả năm. Tôi chờ thêm vài tuần xem thị trường thế nào”, ông nói."),
        ("p", "Nhiều hộ ở các xã Ea Kiết, Ea Drông và Pơng Drang có cùng lựa chọn. Chủ các đại lý thu mua cho biết lượng hàng nông dân mang đến bán trong tuần đầu tháng 3 chỉ bằng khoảng một nửa cùng kỳ năm trước, dù giá đã nhích nhẹ trở lại trong hai phiên gần nhất."),
        ("cap", "Cà phê nhân được đóng bao, chờ bán tại một kho của nông dân xã Ea Kiết, sáng 6/3. Ảnh: Hoài Thu", "kho-ca-phe"),
        ("p", "Theo số liệu của <a href=\"https://tinexpress.net/chu-de/hiep-hoi-ca-phe-ca-cao-viet-nam-1822\">Hiệp hội Cà phê - Ca cao Việt Nam</a>, hai tháng đầu năm, cả nước xuất khẩu khoảng 310.000 tấn cà phê, giảm 9% về lượng so với cùng kỳ nhưng kim ngạch vẫn tăng nhờ giá bình quân cao hơn. Giá xuất khẩu bình quân hiện ở mức 4.950 USD một tấn."),
        ("p", "Ông Trần Văn Hiếu, giám đốc một doanh nghiệp xuất khẩu tại phường Buôn Ma Thuột, nhận định giá giảm chủ yếu do nguồn cung từ Brazil được dự báo tăng mạnh trong niên vụ tới, trong khi tồn kho tại các sàn giao dịch London và New York đã cải thiện. “Việc nông dân giữ hàng giúp thị trường trong nước không bị bán tháo, nhưng nếu cầm cự quá lâu, người trồng có thể chịu thêm chi phí lãi vay và hao hụt”, ông nói."),
        ("p", "Đại diện Sở Nông nghiệp và Môi trường Đắk Lắk khuyến cáo nông dân không nên dồn toàn bộ sản lượng vào một thời điểm, cân nhắc bán theo từng đợt và sử dụng kho bảo quản đúng kỹ thuật để giữ chất lượng hạt. Sở cũng đề nghị các hợp tác xã tăng liên kết với doanh nghiệp, ký hợp đồng bao tiêu có giá sàn cho vụ tới."),
        ("p", "Niên vụ 2025-2026, Đắk Lắk có khoảng 213.000 ha cà phê, sản lượng ước đạt hơn 550.000 tấn, chiếm gần một phần ba sản lượng cả nước."),
        ("xem", "Giá hồ tiêu chạm đáy sáu tháng, nông dân Gia Lai lo mất mùa kép"),
    ],
)

A["m02"] = dict(
    title="Tài xế xe buýt trả lại túi xách có hơn 60 triệu đồng, hành khách đăng Facebook cảm ơn",
    sapo="TXO - Bài đăng cảm ơn tài xế tuyến xe buýt số 45 ở TP.HCM đã trả lại chiếc túi xách bỏ quên cùng hơn 60 triệu đồng tiền mặt thu hút hàng chục nghìn lượt tương tác trên mạng xã hội.",
    author="NGỌC PHƯỢNG",
    blocks=[
        ("p", "Chiều 17/12, chị Lê Thị Bích Ngọc (34 tuổi, ngụ phường Bình Tây, TP.HCM) đăng tải trên trang cá nhân bài viết kể lại việc được tài xế xe buýt liên hệ trả lại chiếc túi xách mà chị để quên trên xe sáng cùng ngày."),
        ("embed", "facebook", dict(
            href="https://www.facebook.com/bichngoc.le.1408/posts/pfbid02kQx7hQm9",
            text="Xin cảm ơn anh tài xế tuyến 45 đã giữ giúp em cái túi. Sáng nay em vội xuống trạm chợ Bình Tây nên bỏ quên trên ghế, trong túi có tiền đóng học phí cho hai đứa nhỏ với tiền mặt bằng. Về tới nhà mới phát hiện, em run hết cả người. Gọi lên tổng đài thì được báo anh đã nhặt được và đang giữ ở trạm cuối. Tiền với giấy tờ còn nguyên. Người tử tế vẫn còn nhiều lắm mọi người ơi ❤️",
            who="Bích Ngọc Lê", when="Thứ Tư, 17 tháng 12, 2025")),
        ("p", "Theo chị Ngọc, trong túi có hơn 60 triệu đồng chị vừa rút để đóng học phí cho hai con và trả tiền thuê mặt bằng, cùng căn cước, thẻ ngân hàng và giấy tờ xe. Do vội xuống trạm gần chợ Bình Tây, chị để quên túi trên ghế và chỉ phát hiện khi về đến nhà."),
        ("p", "“Tôi gần như hoảng loạn, gọi lên tổng đài của hợp tác xã thì được báo tài xế đã nhặt được và đang giữ ở trạm cuối. Khi nhận lại, tiền và giấy tờ còn nguyên”, chị kể."),
        ("p", "Người trả lại chiếc túi là anh Nguyễn Văn Thạnh (42 tuổi), tài xế có 11 năm lái xe buýt. Anh Thạnh cho biết khi xe về bến, anh kiểm tra hàng ghế như thường lệ thì thấy túi xách, mở ra tìm giấy tờ để liên hệ chủ nhân thì phát hiện nhiều tiền nên lập tức báo cho bộ phận điều hành."),
        ("rel", ["Nhặt được ví có 2.000 USD, nam sinh lớp 8 tìm người đánh rơi để trả lại", "Hành khách bỏ quên laptop trên taxi, tài xế chạy 20 km mang trả"]),
        ("p", "“Tiền của ai thì trả lại cho người đó, chuyện bình thường thôi. Tôi chỉ mong chị ấy bớt lo”, anh Thạnh nói và từ chối khoản tiền cảm ơn chị Ngọc gửi."),
        ("cap", "Anh Nguyễn Văn Thạnh bên chiếc xe buýt tuyến số 45 - Ảnh: NGỌC PHƯỢNG", "tai-xe-thanh"),
        ("p", "Đại diện hợp tác xã vận tải quản lý tuyến xe cho biết đơn vị sẽ khen thưởng đột xuất tài xế này. Năm 2025, các tài xế và nhân viên phục vụ của hợp tác xã đã trả lại cho hành khách hơn 140 tài sản bỏ quên, trong đó có nhiều điện thoại, máy tính xách tay và tiền mặt."),
        ("p", "Bài đăng của chị Ngọc sau một ngày đã nhận hơn 25.000 lượt tương tác, nhiều người bình luận cảm ơn và mong những câu chuyện tử tế như vậy được lan tỏa."),
    ],
)

A["m03"] = dict(
    title="Thức khuya lướt điện thoại, người trẻ đang ‘vay’ giấc ngủ của ngày mai",
    sapo="Ngủ không đủ giấc kéo dài khiến khả năng tập trung giảm, dễ cáu gắt và làm tăng nguy cơ mắc nhiều bệnh mạn tính. Trong số podcast này, bác sĩ Phan Quốc Trung, khoa Thần kinh một bệnh viện tại TP.HCM, chia sẻ cách lấy lại nhịp ngủ lành mạnh.",
    author="Hà Mai",
    blocks=[
        ("p", "<strong>Hà Mai:</strong> Xin chào quý vị và các bạn đang lắng nghe podcast Sống khỏe mỗi ngày. Theo một khảo sát trực tuyến gần đây với hơn 3.000 người từ 18 đến 30 tuổi, gần 60% cho biết thường đi ngủ sau 0 giờ. Thưa bác sĩ, thức khuya có thực sự đáng lo như nhiều người vẫn nói?"),
        ("p", "<strong>Bác sĩ Phan Quốc Trung:</strong> Điều đáng lo không chỉ nằm ở chuyện ngủ muộn mà ở tổng thời lượng và chất lượng giấc ngủ. Người trưởng thành cần ngủ từ 7 đến 9 tiếng mỗi đêm. Nếu đi ngủ lúc 1-2 giờ sáng rồi 6 giờ đã phải dậy đi học, đi làm thì cơ thể chỉ được nghỉ khoảng bốn, năm tiếng. Tình trạng này lặp lại nhiều tuần sẽ tạo ra cái mà chúng tôi gọi là nợ ngủ."),
        ("p", "<strong>Hà Mai:</strong> Nợ ngủ biểu hiện ra sao, thưa bác sĩ?"),
        ("p", "<strong>Bác sĩ Phan Quốc Trung:</strong> Dễ thấy nhất là buồn ngủ ban ngày, khó tập trung, hay quên, dễ cáu gắt. Về lâu dài, thiếu ngủ mạn tính liên quan đến tăng cân, rối loạn chuyển hóa đường, tăng huyết áp và suy giảm miễn dịch. Nhiều bạn trẻ đến khám vì đau đầu kéo dài, hồi hộp, nhưng khi hỏi kỹ thì nguyên nhân chính là thói quen lướt điện thoại đến gần sáng."),
        ("p", "<strong>Hà Mai:</strong> Vì sao chiếc điện thoại lại khiến chúng ta khó ngủ đến vậy?"),
        ("p", "<strong>Bác sĩ Phan Quốc Trung:</strong> Có hai lý do. Thứ nhất, ánh sáng xanh từ màn hình ức chế tiết melatonin, hormone báo cho cơ thể rằng đã đến giờ ngủ. Thứ hai, và quan trọng hơn, là nội dung. Những đoạn video ngắn được thiết kế để mình xem tiếp, xem tiếp, não bộ luôn ở trạng thái bị kích thích nên rất khó chuyển sang thư giãn."),
        ("p", "<strong>Hà Mai:</strong> Vậy người trẻ nên bắt đầu thay đổi từ đâu?"),
        ("p", "<strong>Bác sĩ Phan Quốc Trung:</strong> Tôi thường khuyên ba việc đơn giản. Một là cố định giờ thức dậy, kể cả cuối tuần, vì giờ dậy ổn định sẽ kéo giờ ngủ về đúng chỗ. Hai là cất điện thoại ra khỏi giường ít nhất 30 phút trước khi ngủ, thay bằng đọc sách giấy hay nghe nhạc nhẹ. Ba là hạn chế cà phê, trà sữa sau 3 giờ chiều. Nếu đã thử vài tuần mà vẫn mất ngủ, ngủ ngáy to hoặc hay thức giấc giữa đêm thì nên đi khám chuyên khoa để được đánh giá đầy đủ."),
        ("p", "<strong>Hà Mai:</strong> Cảm ơn bác sĩ. Quý vị có thể nghe podcast Sống khỏe mỗi ngày lúc 6 giờ sáng thứ Tư hằng tuần trên báo Tuổi Mới. Hẹn gặp lại."),
    ],
)

A["m04"] = dict(
    title="Một năm vận hành chính quyền hai cấp: Chuyện ở một xã ven biển",
    sapo="Tròn một năm sau khi kết thúc hoạt động cấp huyện, sắp xếp lại đơn vị hành chính cấp xã, người dân xã Hải Hậu (Ninh Bình) đã quen với trụ sở mới, nhiều thủ tục được rút ngắn, song cán bộ cơ sở vẫn đối diện không ít áp lực.",
    authors=["Hoàng Lam", "Minh Nhật"],
    blocks=[
        ("toc",),
        ("h", "1. Trụ sở mới, thói quen mới"),
        ("p", "Trụ sở Đảng ủy, HĐND, UBND xã Hải Hậu hiện đặt tại khu hành chính của huyện Hải Hậu cũ, cách những thôn xa nhất khoảng 9 km. Những tháng đầu, nhiều người cao tuổi ngại đi xa, có người phải nhờ con cháu chở ra làm giấy tờ."),
        ("p", "Ông Vũ Văn Lực (68 tuổi, thôn Đông Hải) kể, lần đầu ra trụ sở mới để làm thủ tục sang tên thửa đất, ông phải hỏi đường hai lần. “Giờ thì quen rồi, lại có chỗ ngồi chờ mát mẻ, có cán bộ hướng dẫn tận tình”, ông nói."),
        ("p", "Để giảm quãng đường đi lại, xã duy trì ba điểm tiếp nhận hồ sơ tại các trụ sở cũ, mỗi tuần làm việc hai buổi, đồng thời bố trí tổ công nghệ số cộng đồng ở từng thôn hướng dẫn người dân nộp hồ sơ trực tuyến."),
        ("cap", "Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công xã Hải Hậu (Ninh Bình). (Ảnh: Hoàng Lam)", "trung-tam-hcc"),
        ("h", "2. Thủ tục hành chính không còn “đi lòng vòng”"),
        ("p", "Theo UBND xã, trong 12 tháng qua, Trung tâm Phục vụ hành chính công xã tiếp nhận hơn 21.400 hồ sơ, trong đó 68% được nộp trực tuyến. Tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 98,6%."),
        ("p", "Chị Trần Thị Hoa, chủ một cơ sở chế biến nước mắm, cho biết trước đây muốn xin giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm phải lên huyện rồi chờ các phòng chuyên môn thẩm định. Nay hồ sơ được tiếp nhận và trả kết quả ngay tại xã, thời gian rút từ gần một tháng xuống còn 12 ngày làm việc."),
        ("table", [["Chỉ tiêu", "Trước sắp xếp", "Sau một năm"],
                   ["Số đơn vị hành chính cấp xã trong khu vực", "5", "1"],
                   ["Thời gian cấp giấy chứng nhận an toàn thực phẩm", "25 ngày", "12 ngày"],
                   ["Tỷ lệ hồ sơ nộp trực tuyến", "31%", "68%"]]),
        ("h", "3. Cán bộ xã gánh việc nhiều hơn"),
        ("p", "Đổi lại, khối lượng công việc của cán bộ xã tăng đáng kể. Xã Hải Hậu hiện quản lý địa bàn rộng gần 40 km2 với hơn 52.000 dân, gấp nhiều lần một xã trước đây, trong khi số công chức chuyên môn chỉ tăng chưa đến hai lần."),
        ("p", "“Trước kia một công chức địa chính phụ trách một xã, giờ phải theo dõi cả những hồ sơ tồn đọng từ cấp huyện chuyển về. Có tuần anh em làm đến 8-9 giờ tối”, ông Đoàn Minh Tiến, Phó Chủ tịch UBND xã, cho biết."),
        ("p", "Một số lĩnh vực mới được phân cấp như quản lý quy hoạch, xây dựng, giáo dục đòi hỏi chuyên môn sâu, nhưng nhiều cán bộ trước đây chỉ quen việc ở cấp xã, phải vừa làm vừa học qua các lớp bồi dưỡng do tỉnh tổ chức."),
        ("cap", "Cán bộ xã Hải Hậu kiểm tra hồ sơ đất đai tồn đọng từ cấp huyện chuyển về. (Ảnh: Minh Nhật)", "can-bo-xa"),
        ("h", "4. Những kiến nghị từ cơ sở"),
        ("p", "Qua một năm, lãnh đạo xã kiến nghị tỉnh sớm ban hành hướng dẫn thống nhất về vị trí việc làm, bổ sung biên chế cho các lĩnh vực có khối lượng hồ sơ lớn và đầu tư đồng bộ hạ tầng số, nhất là đường truyền và thiết bị tại các điểm tiếp nhận."),
        ("p", "Bà Nguyễn Thị Thu Hà, Chủ tịch UBND xã Hải Hậu, cho rằng mô hình chính quyền hai cấp đã giúp bộ máy gọn hơn, gần dân hơn. “Cái khó bây giờ là làm sao để cán bộ không bị quá tải, giữ được người giỏi ở lại với cơ sở”, bà nói."),
    ],
)

A["m05"] = dict(
    title="Giá chung cư vùng ven Hà Nội tăng mạnh, người mua nhà lần đầu xoay xở ra sao?",
    sapo="Sau một năm, giá căn hộ tại nhiều dự án ở vùng ven Hà Nội tăng 25-30%, vượt xa tốc độ tăng thu nhập. Không ít gia đình trẻ buộc phải kéo dài thời gian tích lũy, chuyển sang thuê nhà hoặc chấp nhận vay tới 70% giá trị căn hộ.",
    author="Thanh Hùng",
    blocks=[
        ("p", "Anh Đỗ Minh Quân (32 tuổi, kỹ sư phần mềm) và vợ đã để dành gần 1,2 tỷ đồng sau 6 năm đi làm. Cuối năm 2024, số tiền này đủ để anh chị tính chuyện mua một căn hộ hai phòng ngủ khoảng 65 m2 ở phường Tây Mỗ với khoản vay ngân hàng chừng 1 tỷ đồng."),
        ("p", "Thế nhưng khi quay lại chính dự án này vào tháng 4 năm nay, căn hộ tương tự được chào bán hơn 3,4 tỷ đồng. “Một năm chúng tôi tiết kiệm được khoảng 250 triệu, còn giá nhà thì tăng gần 800 triệu. Càng chờ càng xa”, anh Quân nói."),
        ("p", "Số liệu của một đơn vị nghiên cứu thị trường cho thấy trong quý I/2026, giá bán sơ cấp bình quân căn hộ tại Hà Nội đạt khoảng 78 triệu đồng/m2, tăng 29% so với cùng kỳ. Nguồn cung mới chủ yếu thuộc phân khúc cao cấp, trong khi căn hộ dưới 50 triệu đồng/m2 gần như vắng bóng ở các dự án mới mở bán."),
        ("p", "Theo các chuyên gia, giá tăng nhanh một phần do chi phí đất đai, vật liệu và lãi vay, một phần do dòng tiền đầu tư quay lại sau giai đoạn trầm lắng. Điều này khiến khoảng cách giữa giá nhà và khả năng chi trả của người mua ở thực ngày càng nới rộng."),
        ("p", "Nhiều người trẻ như anh Quân đang đứng trước ba lựa chọn: tiếp tục tích lũy, mua căn hộ ở khu vực xa trung tâm hơn, hoặc chấp nhận vay với tỷ lệ cao và áp lực trả nợ kéo dài hàng chục năm."),
    ],
)

A["m06"] = dict(
    title="Làng gốm Thanh Hà nhộn nhịp mùa du lịch hè",
    sapo="Những ngày đầu tháng 6, làng gốm Thanh Hà ở phường Hội An Tây (Đà Nẵng) đón hàng nghìn lượt khách mỗi ngày, nhiều gia đình đưa trẻ nhỏ đến trải nghiệm nặn gốm trong dịp nghỉ hè.",
    author="Phương Lâm",
    blocks=[
        ("p", "Nằm bên bờ sông Thu Bồn, cách phố cổ Hội An khoảng 3 km, làng gốm Thanh Hà hình thành từ cuối thế kỷ XV và từng là nơi cung cấp gạch ngói, đồ gia dụng cho cả vùng. Hiện làng còn khoảng 30 hộ giữ nghề, phần lớn kết hợp sản xuất với đón khách tham quan."),
        ("cap", "Lò gốm của gia đình nghệ nhân Lê Văn Phúc vẫn giữ cách nung bằng củi truyền thống. Mỗi mẻ gốm kéo dài khoảng hai ngày đêm.", "lo-gom"),
        ("p", "Theo nghệ nhân Lê Văn Phúc (71 tuổi), đất làm gốm được lấy từ ruộng ven sông, ngâm, lọc kỹ rồi ủ nhiều ngày trước khi lên bàn xoay. Sản phẩm của làng có màu đỏ gạch đặc trưng, mộc mạc, không tráng men."),
        ("cap", "Du khách nhỏ tuổi được hướng dẫn nặn gốm trên bàn xoay đạp chân. Mỗi lượt trải nghiệm có giá 40.000-60.000 đồng, khách được mang sản phẩm về sau khi phơi khô.", "ban-xoay"),
        ("p", "Chị Nguyễn Thảo Vy, du khách đến từ TP.HCM, cho biết cả gia đình dành trọn buổi sáng ở làng. “Hai bé nhà tôi lần đầu tự tay làm được chiếc chén, dù méo mó nhưng rất thích. Không gian làng yên bình, người dân dễ mến”, chị nói."),
        ("rel", ["Phố cổ Hội An thử nghiệm thu phí tham quan bằng vé điện tử"]),
        ("cap", "Công viên đất nung Thanh Hà trưng bày mô hình thu nhỏ nhiều công trình kiến trúc nổi tiếng thế giới làm bằng gốm.", "cong-vien"),
        ("p", "Bên cạnh các xưởng gốm, công viên đất nung Thanh Hà là điểm dừng chân được nhiều du khách lựa chọn. Không gian trưng bày giới thiệu lịch sử làng nghề cùng hàng trăm mô hình công trình kiến trúc làm hoàn toàn bằng đất nung."),
        ("cap", "Các sản phẩm lưu niệm như còi gốm hình con giáp, chuông gió, bình hoa nhỏ được bày bán dọc lối vào làng.", "luu-niem"),
        ("ad",),
        ("p", "Theo Ban quản lý làng gốm, 5 tháng đầu năm, làng đón hơn 180.000 lượt khách, tăng 22% so với cùng kỳ, trong đó khách quốc tế chiếm khoảng 60%. Dịp hè, làng mở cửa từ 8h đến 18h, tăng thêm các buổi trải nghiệm cho nhóm học sinh, gia đình."),
        ("p", "Để giữ nghề, địa phương hỗ trợ các hộ cải tạo lò nung, mở lớp truyền nghề cho thanh niên và xây dựng bộ nhận diện thương hiệu gốm Thanh Hà."),
    ],
)

A["m07"] = dict(
    title="Hơn 1.200 công nhân Bắc Ninh được thuê nhà ở xã hội giá ưu đãi",
    sapo="Ngày 2/7, Liên đoàn Lao động tỉnh Bắc Ninh phối hợp với chủ đầu tư khu nhà ở xã hội Đình Trám bàn giao 420 căn hộ cho thuê, giúp hơn 1.200 công nhân có chỗ ở ổn định với giá thuê chỉ từ 1,3 triệu đồng/tháng.",
    author="QUẾ CHI",
    blocks=[
        ("p", "Khu nhà ở xã hội nằm cách các khu công nghiệp Đình Trám, Quang Châu khoảng 3-5 km, gồm ba tòa nhà 9 tầng. Mỗi căn hộ rộng 30-45 m2, có khu vệ sinh khép kín, ban công phơi đồ và được trang bị sẵn giường, tủ, bình nóng lạnh."),
        ("cap", "Công nhân nhận bàn giao căn hộ tại khu nhà ở xã hội Đình Trám, ngày 2/7. Ảnh: Quế Chi", "ban-giao"),
        ("p", "Chị Hoàng Thị Nhàn (29 tuổi, công nhân một công ty điện tử) cho biết trước đây vợ chồng chị cùng con nhỏ thuê phòng trọ 12 m2, mỗi tháng trả gần 2 triệu đồng cả tiền điện nước. “Giờ có thêm chỗ cho con chơi, điện nước tính theo giá nhà nước, mỗi tháng tiết kiệm được khoảng 700.000 đồng”, chị Nhàn nói."),
        ("p", "Theo ông Nguyễn Văn Thạch, Chủ tịch Liên đoàn Lao động tỉnh, Bắc Ninh hiện có khoảng 480.000 công nhân làm việc tại 36 khu công nghiệp, trong đó hơn một nửa là lao động ngoại tỉnh. Nhu cầu nhà ở của công nhân rất lớn, trong khi nguồn cung nhà ở xã hội mới đáp ứng được một phần nhỏ."),
        ("h", "Ưu tiên công nhân có hoàn cảnh khó khăn"),
        ("p", "Đối tượng được thuê đợt này do công đoàn cơ sở lựa chọn, ưu tiên công nhân có con nhỏ, thu nhập thấp, chưa có nhà ở thuộc sở hữu của mình. Hợp đồng thuê có thời hạn 5 năm, người thuê không phải đặt cọc quá ba tháng tiền nhà."),
        ("ad",),
        ("p", "Liên đoàn Lao động tỉnh cho biết sẽ tiếp tục đề xuất tỉnh dành quỹ đất sạch gần các khu công nghiệp để xây dựng thiết chế công đoàn, gồm nhà ở, nhà trẻ, siêu thị và khu sinh hoạt văn hóa cho người lao động. Trong giai đoạn 2026-2030, tỉnh đặt mục tiêu hoàn thành ít nhất 30.000 căn nhà ở xã hội, trong đó khoảng một phần ba dành cho thuê."),
    ],
)

A["m08"] = dict(
    title="Thanh Hóa: Khi người dân làm chủ con đường, ngõ xóm",
    sapo="Thay vì chờ ngân sách, hàng nghìn hộ dân ở các xã miền núi tỉnh Thanh Hóa đã tự nguyện hiến đất, góp công mở rộng đường làng, làm sáng điện ngõ xóm. Cách làm “dân bàn, dân làm, dân kiểm tra” đang tạo diện mạo mới cho nhiều vùng quê.",
    author="THANH HÀ",
    blocks=[
        ("p", "Con đường bê-tông rộng 5 m dẫn vào thôn Bàn Lai, xã Cẩm Tú những ngày đầu tháng 8 rợp bóng cây, hai bên là hàng rào xanh được cắt tỉa gọn gàng. Ít ai nghĩ chỉ hai năm trước, đây là lối đất nhỏ, mùa mưa lầy lội, xe máy đi lại khó khăn."),
        ("p", "Ông Bùi Văn Chiến, Trưởng thôn Bàn Lai, kể khi thôn phát động mở rộng đường, nhiều hộ còn băn khoăn vì phải hiến phần đất vườn, chặt bỏ cây ăn quả lâu năm. Chi bộ và ban công tác mặt trận thôn đã tổ chức nhiều cuộc họp, đảng viên, người có uy tín gương mẫu hiến đất trước. “Khi thấy cán bộ làm trước, bà con tin tưởng, rồi cùng bàn cách làm sao cho hợp lý”, ông Chiến nói."),
        ("p", "Kết quả, 64 hộ trong thôn đã hiến hơn 3.200 m2 đất, góp gần 1.500 ngày công. Nhà nước hỗ trợ xi-măng, phần còn lại do Nhân dân đóng góp và con em xa quê ủng hộ."),
        ("h", "Dân chủ từ những việc cụ thể"),
        ("p", "Theo Ban Dân vận Tỉnh ủy Thanh Hóa, từ năm 2021 đến nay, Nhân dân trong tỉnh đã hiến hơn 1,8 triệu m2 đất, đóng góp trên 2.100 tỷ đồng và hàng triệu ngày công để xây dựng nông thôn mới. Nhiều công trình được người dân trực tiếp bàn bạc, lựa chọn, giám sát từ khâu thiết kế đến nghiệm thu."),
        ("p", "Tại xã Cẩm Tú, mọi khoản đóng góp đều được công khai trên bảng tin của thôn và nhóm Zalo chung. Ban giám sát đầu tư của cộng đồng gồm đại diện các đoàn thể, người cao tuổi, thường xuyên có mặt tại công trình để kiểm tra chất lượng vật liệu."),
        ("cap", "Người dân thôn Bàn Lai, xã Cẩm Tú chăm sóc hàng rào xanh dọc tuyến đường mới mở rộng.", "hang-rao-xanh"),
        ("p", "Bà Trương Thị Mai, Phó Bí thư Đảng ủy xã, cho rằng điều quan trọng nhất là người dân được biết, được bàn và được quyết những việc thiết thân. “Khi người dân thấy rõ lợi ích, thấy đồng tiền mình góp được sử dụng minh bạch thì phong trào tự khắc lan tỏa”, bà nói."),
        ("h", "Giữ nhịp phong trào bằng sự gương mẫu"),
        ("p", "Bên cạnh những kết quả đạt được, một số nơi vẫn còn tình trạng huy động đóng góp vượt quá khả năng của người dân, hoặc công trình xuống cấp nhanh do thiếu kinh phí duy tu. Tỉnh Thanh Hóa đã yêu cầu các địa phương tuyệt đối không ép buộc, không đặt chỉ tiêu đóng góp bình quân theo hộ."),
        ("p", "Trong thời gian tới, tỉnh tiếp tục đẩy mạnh phong trào thi đua “Dân vận khéo”, gắn với xây dựng nông thôn mới nâng cao, kiểu mẫu; chú trọng phát huy vai trò của đảng viên, người có uy tín trong cộng đồng, để mỗi con đường, mỗi công trình thực sự là của dân, do dân và vì dân."),
    ],
)

A["m09"] = dict(
    title="Rèn bản lĩnh chiến sĩ mới từ những bài bắn đạn thật đầu tiên",
    sapo="Sau hơn 5 tháng huấn luyện, chiến sĩ mới của Tiểu đoàn 4, Trung đoàn 141 đã hoàn thành bài bắn súng tiểu liên AK bài 1 với tỷ lệ khá, giỏi trên 85%. Kết quả ấy đến từ cách huấn luyện tỉ mỉ, sát từng đối tượng.",
    author_lines=["Đại úy LÊ VĂN TÚ (Tiểu đoàn 4, Trung đoàn 141)", "Thượng úy HOÀNG ANH (Đại đội 2, Tiểu đoàn 4)"],
    blocks=[
        ("p", "Trên thao trường bắn của đơn vị những ngày đầu tháng 9, tiếng súng vang lên đều đặn theo từng loạt. Binh nhì Lò Văn Hưng, quê xã Mường Giôn, tỉnh Sơn La, vừa hoàn thành lượt bắn với ba viên trúng vòng 9, 10. Rời bệ bắn, Hưng chia sẻ: “Lần đầu cầm súng bắn đạn thật em rất hồi hộp, nhưng nhờ các anh cán bộ kèm cặp từng động tác ngắm, bóp cò nên em tự tin hơn nhiều”."),
        ("p", "Theo Thiếu tá Phạm Đức Long, Tiểu đoàn trưởng Tiểu đoàn 4, chiến sĩ mới năm nay có trình độ học vấn không đồng đều, nhiều đồng chí là người dân tộc thiểu số, lần đầu xa gia đình. Vì vậy, đơn vị phân loại đối tượng ngay từ đầu, bố trí cán bộ tiểu đội, trung đội có kinh nghiệm kèm cặp những chiến sĩ tiếp thu chậm."),
        ("p", "Ở nội dung bắn súng, đơn vị thực hiện phương châm “chắc từng động tác, thuần thục từng bước”, cho bộ đội tập ngắm trên bia chuẩn, bia kiểm tra, sau đó mới chuyển sang bắn đạn thật. Mỗi buổi tập đều có kiểm tra, đánh giá, rút kinh nghiệm ngay tại thao trường."),
        ("cap", "Cán bộ Tiểu đoàn 4 hướng dẫn chiến sĩ mới động tác ngắm bắn trên thao trường.", "tap-ngam"),
        ("h", "Chú trọng giáo dục chính trị, quản lý tư tưởng"),
        ("p", "Song song với huấn luyện kỹ thuật, chiến thuật, Tiểu đoàn 4 coi trọng công tác giáo dục chính trị, nắm bắt tâm tư, nguyện vọng của chiến sĩ mới. Các buổi sinh hoạt tổ ba người, hòm thư góp ý, chương trình “Chia sẻ tâm tư” cuối tuần giúp cán bộ kịp thời phát hiện, giải quyết những băn khoăn của bộ đội."),
        ("p", "Thượng úy Nguyễn Văn Quyết, Chính trị viên Đại đội 2, cho biết nhiều chiến sĩ nhớ nhà trong những tuần đầu nhập ngũ. Cán bộ đơn vị đã chủ động liên hệ với gia đình, tổ chức cho chiến sĩ gọi điện, viết thư về nhà, đồng thời phát huy vai trò của đoàn viên, hội viên trong động viên đồng đội."),
        ("p", "Kết thúc giai đoạn huấn luyện chiến sĩ mới, 100% quân số của tiểu đoàn được kiểm tra đạt yêu cầu, trong đó hơn 70% khá, giỏi; không có vụ việc vi phạm kỷ luật nghiêm trọng. Đây là tiền đề quan trọng để đơn vị bước vào giai đoạn huấn luyện chuyên môn, sẵn sàng nhận nhiệm vụ mới."),
    ],
)

A["m10"] = dict(
    title="Triệt phá nhóm đối tượng dùng TikTok giả danh nhà từ thiện để lừa đảo",
    sapo="Công an tỉnh An Giang vừa triệt phá một nhóm đối tượng lập nhiều tài khoản TikTok đăng video giả danh hoạt động từ thiện, kêu gọi quyên góp rồi chiếm đoạt hơn 2,7 tỷ đồng của hàng trăm người.",
    author="VŨ LINH",
    blocks=[
        ("p", "Ngày 19/9, Phòng Cảnh sát hình sự Công an tỉnh An Giang cho biết đã khởi tố vụ án, khởi tố bị can và bắt tạm giam 4 đối tượng về hành vi lừa đảo chiếm đoạt tài sản, gồm: Trần Văn Lộc (31 tuổi), Nguyễn Thị Mỹ Duyên (27 tuổi), Lâm Quốc Khải (24 tuổi) và Phan Thanh Tú (29 tuổi), cùng trú tại phường Rạch Giá."),
        ("p", "Theo cơ quan điều tra, từ tháng 3/2025, nhóm đối tượng lập nhiều tài khoản TikTok với tên gọi mang tính thiện nguyện, cắt ghép hình ảnh bệnh nhân nghèo, trẻ em mồ côi lấy từ các trang báo và mạng xã hội, kèm lời kêu gọi quyên góp khẩn cấp. Mỗi video đều gắn số tài khoản ngân hàng đứng tên người khác do nhóm thuê lại."),
        ("embed", "tiktok", dict(
            href="https://www.tiktok.com/@tamlongvang.thiennguyen/video/7481236625183919368",
            vid="7481236625183919368", handle="@tamlongvang.thiennguyen",
            text="Bé Na 6 tuổi đang cần gấp 80 triệu để mổ tim, gia đình đã bán hết tài sản rồi, mọi người chung tay giúp bé với 🙏🙏",
            tags=["thiennguyen", "giupdo", "langtoayeuthuong"], music="♬ nhạc nền - Tấm Lòng Vàng")),
        ("p", "Video trên được cơ quan công an thu thập trong quá trình điều tra. Hình ảnh bệnh nhi trong video thực chất được lấy từ một bài báo năm 2022, gia đình cháu bé không hề biết việc hình ảnh của con mình bị sử dụng."),
        ("p", "Để tạo lòng tin, các đối tượng thường xuyên livestream, đọc tên người ủng hộ và đăng ảnh chụp màn hình “đã trao tiền” được dàn dựng. Chỉ trong khoảng 6 tháng, nhóm này nhận hơn 2,7 tỷ đồng từ khoảng 900 lượt chuyển khoản, toàn bộ số tiền được rút ra tiêu xài cá nhân."),
        ("rel", ["Cảnh giác chiêu lừa “hỗ trợ lấy lại tiền bị lừa đảo” trên mạng xã hội", "Khởi tố nhóm đối tượng lập trang bán vé máy bay giả"]),
        ("p", "Vụ việc bị phát hiện khi một người dân ở phường Long Xuyên nghi ngờ, tìm đến địa chỉ bệnh viện nêu trong video để thăm hỏi nhưng không có bệnh nhân nào như mô tả, nên đã trình báo cơ quan công an."),
        ("cap", "Bốn đối tượng trong nhóm lừa đảo tại cơ quan công an.", "doi-tuong"),
        ("h", "Cảnh giác với các lời kêu gọi từ thiện trên mạng"),
        ("p", "Công an tỉnh An Giang khuyến cáo người dân chỉ ủng hộ qua các tổ chức, cá nhân có uy tín, được xác minh rõ ràng; không chuyển tiền vào tài khoản cá nhân không rõ nguồn gốc; kiểm tra kỹ thông tin bệnh nhân, địa chỉ bệnh viện trước khi quyên góp."),
        ("p", "Người dân phát hiện dấu hiệu lừa đảo cần báo ngay cho cơ quan công an gần nhất hoặc qua ứng dụng VNeID, mục phản ánh kiến nghị, để được hướng dẫn, xử lý kịp thời."),
    ],
)

A["m11"] = dict(
    title="Mưa lớn kéo dài, nhiều tuyến đường ở Quảng Ngãi bị sạt lở, chia cắt",
    sapo="Mưa lớn kéo dài từ đêm 12/10 đến sáng 14/10 khiến nhiều điểm trên các quốc lộ 24, 40B qua khu vực phía Bắc tỉnh Quảng Ngãi bị sạt lở nghiêm trọng, giao thông đến một số xã vùng cao bị chia cắt.",
    author="Thu Hằng/Sóng Việt-Tây Nguyên",
    blocks=[
        ("p", "Theo Ban Chỉ huy Phòng thủ dân sự tỉnh Quảng Ngãi, đến 6 giờ sáng nay (14/10), lượng mưa đo được tại nhiều trạm ở các xã Măng Đen, Măng Bút, Đăk Tô Kan phổ biến từ 250 đến 380 mm. Trên quốc lộ 24 đoạn qua đèo Violak, khoảng 2.000 m3 đất đá từ taluy dương đổ xuống mặt đường, các phương tiện không thể lưu thông."),
        ("p", "Tại quốc lộ 40B đoạn qua xã Măng Ri, nhiều vị trí taluy âm bị sụt lún, mặt đường nứt toác dài hàng chục mét. Lực lượng chức năng đã lập rào chắn, cắm biển cảnh báo và bố trí người túc trực hướng dẫn phương tiện đi đường vòng."),
        ("p", "Ông Y Sa Ly, Chủ tịch UBND xã Măng Ri, cho biết trên địa bàn có 37 hộ dân sống gần khu vực có nguy cơ sạt lở cao. Ngay trong đêm 13/10, xã đã huy động lực lượng dân quân, công an xã hỗ trợ di dời người và tài sản đến nơi an toàn, bố trí chỗ ở tạm tại nhà văn hóa thôn và trường học."),
        ("cap", "Lực lượng chức năng dùng máy xúc dọn đất đá trên quốc lộ 24 đoạn qua đèo Violak sáng 14/10.", "sat-lo-violak"),
        ("p", "Đơn vị quản lý đường bộ đã huy động 6 máy xúc, máy ủi cùng hàng chục công nhân khắc phục sự cố. Dự kiến đến chiều nay, một làn đường trên quốc lộ 24 sẽ được thông xe tạm thời cho các phương tiện ưu tiên."),
        ("rel", ["Quảng Ngãi chủ động sơ tán dân vùng trũng trước đợt mưa lớn"]),
        ("p", "Theo Đài Khí tượng Thủy văn khu vực Tây Nguyên, trong 24 đến 48 giờ tới, khu vực phía Bắc tỉnh Quảng Ngãi tiếp tục có mưa to đến rất to, nguy cơ cao xảy ra lũ quét, sạt lở đất ở vùng núi. Người dân được khuyến cáo không di chuyển qua các ngầm tràn, khu vực có nguy cơ sạt lở khi trời mưa lớn."),
    ],
)

A["m12"] = dict(
    title="Hà Nội: Lớp học “bình dân số” cho người cao tuổi",
    sapo="VNTV.vn - Tại nhiều phường, xã của Hà Nội, các lớp học miễn phí hướng dẫn người cao tuổi sử dụng điện thoại thông minh, ứng dụng VNeID và thanh toán không dùng tiền mặt đang thu hút đông đảo học viên.",
    author_credits=[("Tin:", "Quang Minh"), ("Quay phim:", "Đức Tâm")],
    blocks=[
        ("video", "Lớp học kỹ năng số cho người cao tuổi tại phường Ba Đình, Hà Nội."),
        ("p", "Chiều 25/10, tại nhà văn hóa tổ dân phố số 7, phường Ba Đình, hơn 40 học viên, người nhiều tuổi nhất đã 82, chăm chú theo dõi hướng dẫn của các đoàn viên thanh niên về cách cài đặt ứng dụng, tạo mật khẩu và nhận diện tin nhắn lừa đảo."),
        ("p", "Bà Nguyễn Thị Lộc (74 tuổi) cho biết trước đây mỗi lần cần đặt lịch khám bệnh hay nộp tiền điện, bà đều phải nhờ con cháu. “Học ba buổi, giờ tôi tự chuyển tiền được rồi, lại biết khi có người gọi xưng là công an đòi chuyển tiền là phải cúp máy ngay”, bà Lộc vui vẻ nói."),
        ("p", "Mỗi lớp học kéo dài 4 buổi, mỗi buổi 90 phút, học viên được chia nhóm nhỏ để các tình nguyện viên hướng dẫn cầm tay chỉ việc. Nội dung học tập trung vào những nhu cầu thiết thực như gọi video cho người thân, sử dụng dịch vụ công trực tuyến, thanh toán hóa đơn và bảo vệ thông tin cá nhân."),
        ("rel", ["Hà Nội phấn đấu 80% người dân trưởng thành có kỹ năng số cơ bản", "Cảnh báo chiêu giả danh nhân viên điện lực gọi điện đòi tiền"]),
        ("p", "Theo Thành đoàn Hà Nội, từ đầu năm đến nay, các cơ sở Đoàn đã tổ chức hơn 1.300 lớp “Bình dân học vụ số”, thu hút trên 65.000 lượt người dân tham gia, trong đó khoảng 40% là người từ 60 tuổi trở lên."),
        ("p", "Anh Lê Quang Huy, Bí thư Đoàn phường Ba Đình, cho biết khó khăn lớn nhất là người cao tuổi hay quên, thao tác chậm nên tình nguyện viên phải kiên nhẫn nhắc đi nhắc lại. Đoàn phường đã in sổ tay hướng dẫn khổ chữ lớn, có hình minh họa từng bước để học viên mang về nhà ôn tập."),
        ("p", "Thời gian tới, Hà Nội sẽ nhân rộng mô hình tới các tổ dân phố, thôn, đồng thời phối hợp với các ngân hàng, doanh nghiệp viễn thông hỗ trợ thiết bị cho người cao tuổi có hoàn cảnh khó khăn."),
    ],
)

A["m13"] = dict(
    title="Phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước: Khơi thông từ cơ sở",
    sapo="Những năm gần đây, công tác phát triển tổ chức đảng, đảng viên trong doanh nghiệp ngoài khu vực nhà nước có nhiều chuyển biến. Tuy vậy, tỷ lệ doanh nghiệp có tổ chức đảng vẫn còn thấp, đòi hỏi những cách làm linh hoạt, phù hợp với đặc thù từng loại hình doanh nghiệp.",
    author="Hải Minh",
    blocks=[
        ("p", "Tại Đồng Nai, địa phương có hơn 1,2 triệu công nhân lao động, số doanh nghiệp ngoài khu vực nhà nước có tổ chức đảng mới chiếm khoảng 4%. Theo Ban Tổ chức Tỉnh ủy, nguyên nhân một phần do nhiều chủ doanh nghiệp chưa thấy rõ lợi ích của tổ chức đảng, lo ngại ảnh hưởng đến thời gian sản xuất; một bộ phận công nhân chưa mặn mà với việc phấn đấu vào Đảng vì áp lực việc làm, thu nhập."),
        ("p", "Để tháo gỡ, tỉnh chỉ đạo các đảng ủy xã, phường phối hợp chặt chẽ với công đoàn, đoàn thanh niên nắm danh sách quần chúng ưu tú trong doanh nghiệp; tổ chức lớp bồi dưỡng nhận thức về Đảng vào ngày nghỉ, ngoài giờ làm việc để không ảnh hưởng sản xuất."),
        ("p", "Ông Lê Minh Sang, Giám đốc một công ty may mặc tại phường Trảng Dài, cho biết từ khi thành lập chi bộ năm 2023, doanh nghiệp có thêm kênh nắm bắt tâm tư người lao động, giải quyết kịp thời những vướng mắc về tiền lương, chế độ. “Chi bộ không làm cản trở sản xuất mà ngược lại, giúp doanh nghiệp ổn định lực lượng lao động, giảm tỷ lệ nghỉ việc”, ông Sang chia sẻ."),
        ("h", "Cần cơ chế đủ mạnh"),
        ("p", "Nhiều ý kiến cho rằng, bên cạnh sự chủ động của cấp ủy cơ sở, cần có cơ chế khuyến khích cụ thể đối với doanh nghiệp có tổ chức đảng hoạt động hiệu quả, như ưu tiên trong tiếp cận chính sách hỗ trợ, biểu dương, khen thưởng; đồng thời quan tâm chế độ cho cán bộ làm công tác đảng kiêm nhiệm trong doanh nghiệp."),
        ("p", "Trong nhiệm kỳ 2025-2030, Đảng bộ tỉnh Đồng Nai đặt mục tiêu mỗi năm thành lập mới ít nhất 50 tổ chức đảng và kết nạp 1.000 đảng viên trong doanh nghiệp ngoài khu vực nhà nước, trong đó chú trọng công nhân trực tiếp sản xuất."),
    ],
)

A["m14"] = dict(
    title="Ấm áp Ngày hội Đại đoàn kết ở ấp Mỹ Hưng",
    sapo="Tối 21/11, Ban Công tác Mặt trận ấp Mỹ Hưng, xã Mỹ Thọ tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026 với sự tham gia của đông đảo bà con trong ấp.",
    author="Thanh Nhàn (Trung tâm Văn hóa - Thể thao xã Mỹ Thọ)",
    blocks=[
        ("p", "Dự ngày hội có ông Nguyễn Văn Bé Tư, Phó Bí thư Đảng ủy xã Mỹ Thọ cùng đại diện Ủy ban MTTQ Việt Nam xã, các đoàn thể và hơn 300 hộ dân trong ấp."),
        ("p", "Năm qua, Nhân dân ấp Mỹ Hưng tích cực hưởng ứng cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”. Bà con đã đóng góp hơn 460 triệu đồng, hiến gần 1.100 m2 đất để làm mới 2,3 km đường giao thông nông thôn, lắp đặt 85 bóng đèn chiếu sáng trên các tuyến đường liên tổ."),
        ("p", "Phong trào trồng hoa, cây xanh ven đường được duy trì thường xuyên; 97% hộ gia đình đạt danh hiệu gia đình văn hóa. Ấp không còn hộ nghèo, số hộ cận nghèo giảm còn 6 hộ; thu nhập bình quân đầu người đạt khoảng 78 triệu đồng/năm."),
        ("p", "Phát biểu tại ngày hội, ông Nguyễn Văn Bé Tư ghi nhận những kết quả mà Nhân dân ấp Mỹ Hưng đạt được, đồng thời đề nghị Ban Công tác Mặt trận ấp tiếp tục phát huy vai trò nòng cốt trong tập hợp, vận động Nhân dân; chú trọng giúp đỡ các hộ cận nghèo vươn lên, giữ gìn an ninh trật tự và vệ sinh môi trường."),
        ("cap", "Lãnh đạo xã Mỹ Thọ trao quà cho các hộ có hoàn cảnh khó khăn tại ngày hội.", "trao-qua"),
        ("p", "Dịp này, Ban Công tác Mặt trận ấp trao 20 phần quà cho hộ cận nghèo, hộ có hoàn cảnh khó khăn, mỗi phần trị giá 500.000 đồng; khen thưởng 12 gia đình tiêu biểu trong các phong trào thi đua. Ngày hội khép lại với chương trình văn nghệ, đờn ca tài tử do chính người dân trong ấp biểu diễn."),
    ],
)

A["m15"] = dict(
    title="Vàng óng mùa lúa chín Mù Cang Chải",
    sapo="Những ngày giữa tháng 9, ruộng bậc thang ở các xã Mù Cang Chải, Khao Mang, Púng Luông (Lào Cai) bước vào mùa lúa chín đẹp nhất trong năm, thu hút hàng nghìn du khách và nhiếp ảnh gia.",
    author_credits=[("Ảnh:", "Đức Phương"), ("Bài:", "Hồng Duyên")],
    blocks=[
        ("cap", "Từ đèo Khau Phạ nhìn xuống, những thửa ruộng bậc thang uốn lượn theo sườn núi như những nấc thang vàng óng nối nhau lên tận mây trời.", "khau-pha"),
        ("cap", "Ruộng bậc thang Mù Cang Chải được đồng bào Mông khai phá qua nhiều thế hệ, với tổng diện tích hơn 2.200 ha. Năm 2007, 500 ha ruộng bậc thang tại ba xã La Pán Tẩn, Chế Cu Nha, Dế Xu Phình được công nhận là Di tích quốc gia.", "ruong-bac-thang"),
        ("cap", "Khu đồi Mâm Xôi ở La Pán Tẩn là điểm check-in được du khách yêu thích nhất. Vào sáng sớm, sương mù phủ kín thung lũng, tạo nên khung cảnh huyền ảo.", "mam-xoi"),
        ("cap", "Bà con người Mông thu hoạch lúa trên những thửa ruộng cao. Lúa sau khi gặt được tuốt ngay tại ruộng rồi gùi về nhà.", "thu-hoach"),
        ("cap", "Nhiều gia đình tận dụng mùa lúa chín để làm du lịch cộng đồng, mở homestay, dịch vụ chụp ảnh, cho thuê trang phục dân tộc.", "homestay"),
        ("cap", "Anh Giàng A Chờ, chủ một homestay ở thôn Lìm Mông, cho biết mùa lúa chín năm nay phòng đã kín lịch đến cuối tháng. Mỗi đêm, homestay đón khoảng 30-40 khách, phần lớn đến từ Hà Nội và các tỉnh miền xuôi.", "giang-a-cho"),
        ("cap", "Bay dù lượn trên đèo Khau Phạ là trải nghiệm hấp dẫn trong mùa lúa chín. Từ độ cao hơn 1.200 m, du khách có thể ngắm trọn vẻ đẹp của thung lũng Cao Phạ.", "du-luon"),
        ("cap", "Chính quyền địa phương khuyến cáo du khách không giẫm đạp lên bờ ruộng, không tự ý bay flycam ở khu vực cấm, tôn trọng phong tục của đồng bào khi tham quan.", "du-khach"),
        ("p", "Theo kế hoạch, Tuần Văn hóa - Du lịch Mù Cang Chải năm 2026 sẽ diễn ra từ ngày 25 đến 27/9 với nhiều hoạt động như trình diễn dù lượn, thi giã bánh dày, chợ phiên vùng cao và giới thiệu ẩm thực của đồng bào Mông."),
    ],
)

A["m16"] = dict(
    title="Cà Mau: Mô hình tôm - lúa cho lợi nhuận gấp đôi trồng lúa thuần",
    sapo=None,
    author="Trọng Linh",
    blocks=[
        ("p", "<strong>Vụ lúa trên đất nuôi tôm năm 2025 tại các xã phía Bắc tỉnh Cà Mau đạt năng suất bình quân 5,2 tấn/ha. Cộng với thu nhập từ tôm, mỗi ha mang lại lợi nhuận 110-140 triệu đồng, gấp đôi trồng lúa thuần.</strong>"),
        ("p", "Gia đình ông Trương Văn Hiền ở ấp Tân Phong, xã Thới Bình có 2,5 ha đất sản xuất theo mô hình tôm - lúa. Mùa khô, ông thả tôm sú kết hợp cua, đến mùa mưa rửa mặn rồi cấy lúa. Năm nay, ông thu hoạch 1,2 tấn tôm thương phẩm và gần 13 tấn lúa, trừ chi phí còn lãi khoảng 290 triệu đồng."),
        ("cap", "Nông dân xã Thới Bình thu hoạch lúa trên đất nuôi tôm. Ảnh: Trọng Linh", "lua-tom"),
        ("p", "“Cây lúa giúp cải tạo môi trường ao nuôi, hạn chế mầm bệnh cho con tôm vụ sau, còn tôm để lại nguồn dinh dưỡng cho lúa nên gần như không phải bón nhiều phân”, ông Hiền chia sẻ."),
        ("p", "Theo Sở Nông nghiệp và Môi trường Cà Mau, năm 2025 toàn tỉnh có khoảng 48.000 ha sản xuất theo mô hình tôm - lúa, tập trung ở các xã Thới Bình, Trí Phải, Biển Bạch, U Minh và khu vực phía Bắc của tỉnh Bạc Liêu cũ. Nhiều diện tích đã liên kết với doanh nghiệp bao tiêu sản phẩm gạo hữu cơ với giá cao hơn thị trường 10-15%."),
        ("h", "Giống lúa chịu mặn là chìa khóa"),
        ("p", "Kỹ sư Lâm Thị Thu Ba, Trung tâm Khuyến nông tỉnh, cho biết yếu tố quyết định thành công là chọn giống lúa chịu mặn, thời gian sinh trưởng ngắn như ST24, ST25, OM242, đồng thời rửa mặn kỹ trước khi xuống giống. Những năm mưa muộn, nông dân nên gieo mạ tập trung rồi cấy để rút ngắn thời gian lúa ở ngoài đồng."),
        ("p", "Dù hiệu quả, mô hình vẫn gặp khó khăn do hệ thống thủy lợi nội đồng chưa hoàn chỉnh, nhiều nơi thiếu nước ngọt cuối vụ. Ngành nông nghiệp tỉnh kiến nghị đầu tư thêm cống điều tiết, nạo vét kênh cấp nước, đồng thời hỗ trợ nông dân chứng nhận sản phẩm theo tiêu chuẩn hữu cơ để nâng giá trị hạt gạo."),
        ("note", "<em><strong>Ghi chú của Tòa soạn:</strong> Bản đăng lúc 14h07 ngày 23/9 ghi chưa chính xác diện tích sản xuất tôm - lúa toàn tỉnh là 84.000 ha. Số liệu đúng là 48.000 ha. Tòa soạn đã sửa lại và thành thật xin lỗi bạn đọc.</em>"),
    ],
)

A["m17"] = dict(
    title="Những tiệm sửa đồng hồ cuối cùng trên phố cũ Sài Gòn",
    sapo="Giữa thời điện thoại thông minh và đồng hồ điện tử, vài tiệm sửa đồng hồ cơ nhỏ xíu trên những con phố cũ ở trung tâm TP.HCM vẫn lặng lẽ mở cửa mỗi sáng, như một cách giữ lại nhịp thời gian của thành phố.",
    author_credits=[("Bài:", "VĂN THƯ"), ("Ảnh:", "HẢI ĐĂNG")],
    blocks=[
        ("p", "Tiệm của ông Lâm Văn Sáu chỉ rộng chừng hai mét vuông, nép bên hiên một ngôi nhà cổ trên đường Lê Thánh Tôn. Mặt tủ kính đã mờ, bên trong là hàng chục chiếc đồng hồ đeo tay đủ loại đang chờ được lau dầu, thay dây cót. Ông ngồi đó từ năm 1978, khi còn là cậu thanh niên học việc của một người thợ gốc Hoa."),
        ("p", "“Hồi đó cả con đường này có cả chục tiệm, ai cũng đông khách. Đồng hồ là của hồi môn, là quà cưới, hư cái là đem đi sửa chứ không ai bỏ”, ông nói, mắt vẫn không rời chiếc kính lúp."),
        ("cap", "Ông Lâm Văn Sáu bên tiệm sửa đồng hồ nhỏ trên đường Lê Thánh Tôn, phường Sài Gòn.", "ong-sau"),
        ("p", "Bây giờ, khách của ông phần lớn là người lớn tuổi mang đến những chiếc Seiko, Citizen đã theo họ mấy chục năm, hoặc người trẻ mua đồng hồ cũ trên mạng, đeo được vài hôm thì chết máy. Có những ngày ông chỉ sửa được một, hai chiếc, đủ tiền cà phê và tiền xe buýt về nhà ở phường Chánh Hưng."),
        ("rel", ["Sài Gòn: Những tiệm sách cũ còn sót lại trên đường Trần Nhân Tôn"]),
        ("h", "Nghề cần sự kiên nhẫn"),
        ("p", "Sửa đồng hồ cơ là nghề của đôi mắt và sự kiên nhẫn. Một bộ máy đồng hồ có thể có hơn một trăm chi tiết, nhiều chi tiết nhỏ hơn hạt gạo. Chỉ cần một vết bụi, một giọt dầu đặt sai chỗ, đồng hồ sẽ chạy nhanh, chạy chậm hoặc ngừng hẳn."),
        ("p", "Cách đó không xa, trên đường Nguyễn Thái Bình, anh Trần Minh Khoa, 38 tuổi, là một trong số ít người trẻ theo nghề. Anh từng làm kỹ thuật viên cho một hãng đồng hồ Thụy Sĩ, rồi nghỉ việc mở tiệm riêng vì muốn được “chạm vào những chiếc đồng hồ có câu chuyện”."),
        ("p", "“Có bà cụ mang đến chiếc đồng hồ của chồng đã mất, nhờ làm cho nó chạy lại để đeo trong ngày giỗ. Sửa xong, bà ngồi khóc ngay trong tiệm. Những lúc như vậy mình thấy nghề này có ý nghĩa hơn chuyện tiền bạc”, Khoa kể."),
        ("cap", "Anh Trần Minh Khoa kiểm tra bộ máy một chiếc đồng hồ cơ trong tiệm trên đường Nguyễn Thái Bình.", "anh-khoa"),
        ("rel", ["Người thợ cuối cùng làm bảng hiệu chữ nổi bằng tay"]),
        ("h", "Khi phố cũ đổi thay"),
        ("p", "Những năm gần đây, nhiều tiệm sửa đồng hồ phải đóng cửa vì mặt bằng tăng giá, người thợ già yếu không có người nối nghề. Ông Sáu nói con cái ông đều đi làm văn phòng, không ai muốn ngồi cả ngày bên chiếc bàn nhỏ giữa khói bụi."),
        ("p", "Nhưng ông chưa định nghỉ. “Còn khách tìm đến là tôi còn ngồi. Đồng hồ của người ta chạy lại được, mình cũng thấy mình còn có ích”, ông cười, rồi cúi xuống gắp chiếc bánh răng nhỏ xíu bằng nhíp, tiếp tục công việc đã làm suốt gần nửa thế kỷ."),
    ],
)

A["m18"] = dict(
    title="Đề xuất mở rộng cao tốc Cam Lộ - La Sơn lên 4 làn xe hoàn chỉnh",
    sapo="Bộ Xây dựng vừa có văn bản đề nghị bổ sung vốn để mở rộng tuyến cao tốc Cam Lộ - La Sơn từ 2 làn lên 4 làn xe hoàn chỉnh, nhằm giảm ùn tắc và tai nạn trên tuyến.",
    author="Tạ Hải",
    blocks=[
        ("p", "Theo văn bản, tuyến cao tốc Cam Lộ - La Sơn dài gần 98 km, đi qua tỉnh Quảng Trị và thành phố Huế, được đưa vào khai thác từ đầu năm 2023 với quy mô phân kỳ 2 làn xe, không có dải phân cách cứng ở nhiều đoạn."),
        ("cap", "Cao tốc Cam Lộ - La Sơn hiện mới có 2 làn xe, nhiều đoạn không có dải phân cách cứng.", "cam-lo-la-son"),
        ("p", "Sau hơn hai năm khai thác, lưu lượng xe trên tuyến tăng nhanh, bình quân đạt khoảng 14.000 xe quy đổi/ngày đêm, vượt năng lực thiết kế của giai đoạn phân kỳ. Những dịp lễ, Tết, tình trạng ùn tắc cục bộ thường xuyên xảy ra tại các nút giao, đặc biệt là đoạn qua phường Thủy Bằng và xã Phong Điền."),
        ("p", "Bộ Xây dựng đề xuất đầu tư mở rộng toàn tuyến lên 4 làn xe, bề rộng nền đường 17 m, tổng mức đầu tư sơ bộ khoảng 7.200 tỷ đồng từ nguồn vốn ngân sách trung ương giai đoạn 2026-2030. Dự án dự kiến khởi công trong năm 2026, hoàn thành năm 2028."),
        ("p", "Ông Nguyễn Văn Tài, đại diện một doanh nghiệp vận tải hành khách tuyến Đông Hà - Huế, cho biết từ khi có cao tốc, thời gian di chuyển rút ngắn gần 40 phút, nhưng tài xế luôn phải căng mình vì đường hẹp, nhiều xe tải nặng. “Nếu được mở rộng, vừa an toàn hơn, vừa giảm chi phí cho doanh nghiệp”, ông Tài nói."),
        ("p", "Trước đó, Cục Đường bộ Việt Nam đã triển khai một số giải pháp tạm thời như lắp dải phân cách mềm, bổ sung biển báo, camera giám sát tốc độ và điểm dừng khẩn cấp trên tuyến."),
    ],
)

A["m19"] = dict(
    title="Quảng Trị đặt mục tiêu giải ngân 100% kế hoạch vốn đầu tư công năm 2026",
    sapo=None,
    author="Hồng Nhung - Văn phòng UBND tỉnh",
    blocks=[
        ("p", "<strong>Sáng 2/2, đồng chí Hoàng Minh Đức, Phó Chủ tịch UBND tỉnh chủ trì hội nghị triển khai kế hoạch đầu tư công năm 2026 và đánh giá kết quả giải ngân năm 2025. Dự hội nghị có lãnh đạo các sở, ban, ngành, chủ đầu tư và Chủ tịch UBND các xã, phường trên địa bàn tỉnh.</strong>"),
        ("cap", "Phó Chủ tịch UBND tỉnh Hoàng Minh Đức phát biểu chỉ đạo hội nghị.", "hoi-nghi"),
        ("p", "Theo báo cáo của Sở Tài chính, năm 2025, tổng kế hoạch vốn đầu tư công của tỉnh là hơn 9.860 tỷ đồng. Đến hết ngày 31/01/2026, toàn tỉnh đã giải ngân 9.120 tỷ đồng, đạt 92,5% kế hoạch, cao hơn mức bình quân chung cả nước. Nhiều dự án trọng điểm như đường ven biển, cảng hàng không Quảng Trị, các tuyến đường kết nối khu kinh tế đã cơ bản hoàn thành các hạng mục theo kế hoạch."),
        ("p", "Tuy nhiên, vẫn còn một số chủ đầu tư giải ngân chậm, chủ yếu do vướng mắc trong bồi thường, giải phóng mặt bằng, thiếu vật liệu đắp nền và năng lực của một số nhà thầu còn hạn chế."),
        ("p", "Năm 2026, tỉnh được giao kế hoạch vốn đầu tư công hơn 11.200 tỷ đồng. Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Hoàng Minh Đức yêu cầu các sở, ngành, địa phương xác định giải ngân vốn đầu tư công là nhiệm vụ chính trị trọng tâm, gắn trách nhiệm của người đứng đầu với kết quả giải ngân; phấn đấu giải ngân 100% kế hoạch vốn được giao."),
        ("p", "Phó Chủ tịch UBND tỉnh giao nhiệm vụ cụ thể như sau:"),
        ("ul", ["Các chủ đầu tư khẩn trương hoàn thiện thủ tục, tổ chức lựa chọn nhà thầu ngay trong quý I/2026;",
                "UBND các xã, phường tập trung tháo gỡ vướng mắc về bồi thường, giải phóng mặt bằng, bố trí tái định cư cho người dân;",
                "Sở Tài chính theo dõi sát tiến độ, kịp thời tham mưu điều chuyển vốn từ dự án chậm giải ngân sang dự án có khả năng giải ngân tốt;",
                "Xử lý nghiêm các nhà thầu vi phạm tiến độ, chất lượng công trình."]),
        ("p", "UBND tỉnh sẽ thành lập các tổ công tác đặc biệt do lãnh đạo tỉnh làm tổ trưởng, định kỳ hằng tháng kiểm tra, đôn đốc tiến độ các dự án trọng điểm."),
    ],
)

A["m20"] = dict(
    title="Gia Lai khuyến cáo người dân chủ động phòng, chống hạn cho cây trồng",
    sapo=None,
    author=None,
    blocks=[
        ("p", "Theo Sở Nông nghiệp và Môi trường tỉnh Gia Lai, từ đầu tháng 4 đến nay, nắng nóng kéo dài, lượng mưa thấp hơn trung bình nhiều năm từ 30 đến 50%, mực nước tại nhiều hồ chứa thủy lợi ở khu vực phía Tây của tỉnh xuống thấp. Một số diện tích cà phê, hồ tiêu, lúa đông xuân muộn tại các xã Chư Prông, Ia Pia, Ia Mơ có nguy cơ thiếu nước tưới cục bộ."),
        ("p", "Để hạn chế thiệt hại, Sở khuyến cáo người dân và các hợp tác xã thực hiện một số biện pháp sau:"),
        ("ul", ["Sử dụng nước tiết kiệm, ưu tiên tưới cho cây công nghiệp dài ngày đang giai đoạn ra hoa, đậu quả; áp dụng tưới nhỏ giọt, tưới phun mưa tại gốc;",
                "Tủ gốc bằng rơm rạ, cỏ khô, vỏ cà phê để giữ ẩm; không làm cỏ trắng gốc trong mùa khô;",
                "Không xuống giống các diện tích lúa, hoa màu ở vùng không chủ động được nguồn nước tưới;",
                "Theo dõi thông tin dự báo thời tiết, thông báo lịch điều tiết nước của các công ty khai thác công trình thủy lợi để chủ động kế hoạch sản xuất."]),
        ("p", "Mực nước một số hồ chứa lớn ở khu vực phía Tây tỉnh tính đến ngày 27/4:"),
        ("table", [["Hồ chứa", "Dung tích thiết kế (triệu m3)", "Dung tích hiện tại (%)"],
                   ["Ia Mơr", "178", "41"],
                   ["Ia Ring", "10,5", "36"],
                   ["Plei Pai", "4,2", "29"]]),
        ("p", "Sở cũng đề nghị UBND các xã, phường rà soát, thống kê diện tích cây trồng có nguy cơ bị hạn, chủ động phương án nạo vét kênh mương, đắp đập tạm ngăn dòng, huy động máy bơm hỗ trợ người dân; phối hợp với đơn vị khai thác công trình thủy lợi điều tiết nước hợp lý, bảo đảm nước sinh hoạt cho Nhân dân."),
        ("p", "Người dân cần hỗ trợ kỹ thuật có thể liên hệ Trung tâm Khuyến nông tỉnh hoặc cán bộ nông nghiệp tại UBND xã, phường nơi cư trú để được hướng dẫn kịp thời."),
    ],
)


def gold_blocks(a):
    out = []
    if a.get("sapo"):
        out.append(strip(a["sapo"]))
    for b in a["blocks"]:
        k = b[0]
        if k in BODY_KINDS:
            out.append(strip(b[1]))
        elif k == "ul":
            out.extend(strip(x) for x in b[1])
        elif k == "table":
            for row in b[1]:
                out.extend(strip(c) for c in row)
    return out


def gold_author(a):
    if "authors" in a:
        return ", ".join(a["authors"])
    if "author_lines" in a:
        return ", ".join(a["author_lines"])
    if "author_credits" in a:
        return ", ".join(n for _, n in a["author_credits"])
    return a.get("author")


# ---------------------------------------------------------------- shared bits
COMMENT_NAMES = ["Nguyễn Văn Hòa", "Trần Thu Trang", "Lê Minh", "Phạm Quốc Việt", "Hoàng Anh Tuấn",
                 "Vũ Thị Hạnh", "Đặng Khoa", "Bùi Thanh Sơn", "Đỗ Ngọc Mai", "Hồ Văn Lợi", "Ngô Bảo",
                 "Dương Thị Liên", "Lý Quang", "Phan Hải Yến", "Mai Xuân Trường", "tuan.nguyen88", "minhthu_92"]
COMMENT_TEXTS = [
    "Bài viết rất thiết thực, mong các cơ quan chức năng sớm có giải pháp.",
    "Đọc xong thấy ấm lòng, cảm ơn tác giả.",
    "Ở quê tôi cũng gặp tình trạng tương tự, mong được quan tâm hơn.",
    "Thông tin hữu ích, tôi đã chia sẻ cho người thân.",
    "Cần kiểm tra kỹ hơn trước khi triển khai, tránh làm hình thức.",
    "Ủng hộ cách làm này, nên nhân rộng ra các địa phương khác.",
    "Mong báo tiếp tục theo dõi và thông tin thêm về vấn đề này.",
    "Người dân chỉ mong thủ tục đơn giản, nhanh gọn.",
    "Chuyện nhỏ nhưng ý nghĩa lớn, cảm ơn những người tử tế.",
    "Giá cả lên xuống thất thường thì người sản xuất luôn chịu thiệt.",
]


def comments_html(rng, n, wrap, item, name_cls, text_cls, time_fmt, base=None, texts=None):
    out = ["<%s>" % wrap]
    texts = list(texts or COMMENT_TEXTS)
    rng.shuffle(texts)
    for i in range(n):
        if base is None:
            dt = rand_time(rng)
        else:
            dt = base + datetime.timedelta(minutes=rng.randint(15, 2000))
        out.append('<%s data-id="%s"><span class="%s">%s</span><p class="%s">%s</p><span class="time">%s</span>'
                   '<a href="javascript:;" class="like">Thích</a> <a href="javascript:;" class="reply">Trả lời</a></%s>'
                   % (item, digits(rng, 8), name_cls, rng.choice(COMMENT_NAMES), text_cls,
                      texts[i % len(texts)], time_fmt(dt), item))
    out.append("</%s>" % wrap.split()[0])
    return "\n".join(out)


def img_url(host, d, name, rng):
    return "https://%s/%04d/%02d/%02d/%s-%s.jpg" % (host, d.year, d.month, d.day, name, digits(rng, 10))


def write_page(outdir, name, page_html, side, charset="utf-8"):
    enc = charset or "utf-8"
    with open(os.path.join(outdir, name + ".html"), "wb") as f:
        f.write(page_html.encode(enc))
    with open(os.path.join(outdir, name + ".json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(side, ensure_ascii=False, indent=1) + "\n")


def article_side(name, platform, url, published_at, charset="utf-8"):
    a = A[name]
    return {"kind": "article", "platform": platform, "url": url, "charset": charset,
            "title": strip(a["title"]), "published_at": published_at,
            "author": gold_author(a), "body": "\n\n".join(gold_blocks(a))}


def related_titles(rng, n):
    return headlines(rng, n)


# ---------------------------------------------------------------- m01
def page_m01():
    a, rng = A["m01"], R("m01")
    url = "https://tinexpress.net/nong-dan-tay-nguyen-tru-ca-phe-cho-gia-4971256.html"
    d = datetime.date(2026, 3, 6)
    css = css_blob(rng, "tx", 260)
    nav = "".join('<li class="%s"><a href="/%s" title="%s" data-medium="Menu-%s">%s</a></li>'
                  % (slug(s), slug(s), s, slug(s), s) for s, _ in SECTIONS)
    megamenu = "".join('<ul class="ul-nav-folder"><li><a href="/%s" class="fw-bold">%s</a></li>%s</ul>'
                       % (slug(s), s, "".join('<li><a href="/%s/%s">%s</a></li>' % (slug(s), slug(x), x) for x in subs))
                       for s, subs in SECTIONS)
    body = []
    for b in a["blocks"]:
        if b[0] == "p":
            body.append('<p class="Normal">%s</p>' % b[1])
        elif b[0] == "cap":
            src = img_url("i1-kinhdoanh.tinexpress.net", d, b[2], rng)
            body.append('<figure data-size="true" itemprop="associatedMedia image" itemscope itemtype="http://schema.org/ImageObject" class="tplCaption action_thumb_added">'
                        '<meta itemprop="url" content="%s"><meta itemprop="width" content="1200"><meta itemprop="height" content="800">'
                        '<div class="fig-picture" style="padding-bottom:66.6%%;position:relative;"><picture><source data-srcset="%s?w=680&amp;h=0&amp;q=100&amp;dpr=1 1x, %s?w=1020&amp;h=0&amp;q=100&amp;dpr=1 1.5x" srcset="%s?w=680&amp;h=0&amp;q=100&amp;dpr=1 1x">'
                        '<img itemprop="contentUrl" loading="lazy" intrinsicsize="680x0" alt="%s" class="lazy" src="%s?w=680&amp;h=0&amp;q=100&amp;dpr=1"></picture></div>'
                        '<figcaption itemprop="description"><p class="Image">%s</p></figcaption></figure>'
                        % (src, src, src, src, esc(strip(b[1])[:60]), src, b[1]))
        elif b[0] == "xem":
            body.append('<p class="Normal"><em>Xem thêm: </em><a href="/gia-ho-tieu-cham-day-sau-thang-4970881.html" data-itm-source="#tx_web~doc-them">%s</a></p>' % b[1])
    body.append('<p class="Normal" style="text-align:right;"><strong>%s</strong></p>' % a["author"])
    latest = headlines(rng, 18)
    most = headlines(rng, 10)
    box_news = "".join('<article class="item-news"><h3 class="title-news"><a href="/%s-%s.html" title="%s">%s</a></h3>'
                       '<p class="description"><a href="/%s-%s.html">%s</a></p></article>'
                       % (slug(h), digits(rng, 7), esc(h), h, slug(h), digits(rng, 7), desc_for(h, rng)) for h in latest)
    box_most = "".join('<li><span class="number">%d</span><h3><a href="/%s-%s.html">%s</a></h3></li>' % (i + 1, slug(h), digits(rng, 7), h) for i, h in enumerate(most))
    cm = comments_html(rng, 6, 'div class="list_comment width_common"', "div", "nickname", "full_content",
                       lambda t: t.strftime("%H:%M %d/%m/%Y"), base=datetime.datetime(2026, 3, 6, 14, 20), texts=[
                           "Giá lên thì thương lái ép, giá xuống thì nông dân ôm hàng, năm nào cũng vậy.",
                           "Nhà tôi ở Krông Pắc cũng đang giữ 5 tấn, chờ qua tháng 4 xem sao.",
                           "Giữ hàng cũng phải tính lãi ngân hàng, không phải ai cũng cầm cự được.",
                           "Nên có sàn giao dịch cà phê trong nước để nông dân chủ động hơn.",
                           "Cà phê Việt cần đầu tư chế biến sâu thay vì chỉ bán nhân xô.",
                           "Mong báo tiếp tục theo dõi diễn biến giá trong các tuần tới."])
    page = f"""<!DOCTYPE html>
<html lang="vi" class="desktop tx-2026">
<head>
<meta charset="utf-8">
<title>{a['title']} - TinExpress Kinh doanh</title>
<meta name="description" content="{esc(a['sapo'])}">
<meta name="keywords" content="giá cà phê, cà phê nhân xô, Đắk Lắk, xuất khẩu cà phê, nông dân trữ hàng">
<meta name="news_keywords" content="giá cà phê, Đắk Lắk">
<meta name="robots" content="index,follow,max-image-preview:large">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="copyright" content="TinExpress">
<meta name="author" content="TinExpress">
<meta name="its_url" content="{url}">
<meta name="its_id" content="4971256">
<meta name="its_section" content="kinhdoanh, hanghoa">
<meta name="its_author" content="{a['author']}">
<meta name="its_type" content="text">
<meta name="its_wordcount" content="512">
<meta name="its_publication" content="{epoch(2026, 3, 6, 14, 20)}">
<meta name="pubdate" itemprop="datePublished" content="2026-03-06T14:20:00+07:00">
<meta name="lastmod" itemprop="dateModified" content="2026-03-06T16:02:11+07:00">
<meta property="og:site_name" content="TinExpress">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['sapo'])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://i1-kinhdoanh.tinexpress.net/2026/03/06/kho-ca-phe-1772781600.jpg?w=1200&amp;h=0&amp;q=100&amp;dpr=1&amp;fit=crop">
<meta property="article:published_time" content="2026-03-06T14:20:00+07:00">
<meta property="article:modified_time" content="2026-03-06T16:02:11+07:00">
<meta property="article:author" content="https://tinexpress.net/tac-gia/hoai-thu">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
<link rel="amphtml" href="https://tinexpress.net/nong-dan-tay-nguyen-tru-ca-phe-cho-gia-4971256.html?amp">
<link rel="dns-prefetch" href="https://s1.tinexpress.net">
<link rel="preload" as="font" href="https://s1.tinexpress.net/t/v2/fonts/Merriweather-Bold.woff2" crossorigin>
<link rel="icon" href="https://s1.tinexpress.net/t/v2/images/graphics/favicon.ico">
<style>{css}</style>
<script>var PageInfo={{"id":4971256,"category":{{"id":1003012,"name":"Hàng hóa","parent":"Kinh doanh"}},"type":"article","premium":false,"author":"{a['author']}","publish_time":{epoch(2026, 3, 6, 14, 20)},"dev":"desktop"}};</script>
{gtag('G-TX8K2Q4N1P')}{ads_script(rng, 'tx', 9)}</head>
<body class="page-detail kinhdoanh">
<div id="tx-sticky-top"></div>
<header class="section header" id="header">
<div class="container flexbox">
<a class="logo" href="https://tinexpress.net" title="TinExpress - Báo tiếng Việt nhiều người xem"><img src="https://s1.tinexpress.net/t/v2/images/graphics/logo.svg" alt="TinExpress"></a>
<span class="time-now">Chủ nhật, 22/11/2026</span>
<div class="header-right">
<a class="link-top" href="/tin-tuc-24h">Mới nhất</a>
<a class="link-top" href="/tin-theo-khu-vuc">Tin theo khu vực</a>
<a class="link-top" href="/international">International</a>
<form class="search-box" action="https://timkiem.tinexpress.net/" method="get"><input type="text" name="q" placeholder="Tìm kiếm" autocomplete="off"><button type="submit" aria-label="Tìm">&#9906;</button></form>
<a class="login" href="https://my.tinexpress.net/users/login" rel="nofollow">Đăng nhập</a>
</div>
</div>
</header>
<nav class="main-nav" id="main-nav"><div class="container"><ul class="parent"><li class="home"><a href="/" title="Trang chủ">Trang chủ</a></li><li><a href="/video">Video</a></li><li><a href="/podcast">Podcast</a></li>{nav}<li class="all-menu"><a href="javascript:;">Tất cả</a></li></ul></div>
<div class="wrap-all-menu" style="display:none">{megamenu}</div></nav>
<section class="section page-detail top-detail">
<div class="container">
<div class="sidebar-1">
<div class="header-content width_common">
<ul class="breadcrumb" data-campaign="Header"><li><a href="/kinh-doanh" title="Kinh doanh">Kinh doanh</a></li><li><a href="/kinh-doanh/hang-hoa" title="Hàng hóa">Hàng hóa</a></li></ul>
<span class="date">{wd(2026, 3, 6)}, 6/3/2026, 14:20 (GMT+7)</span>
</div>
<h1 class="title-detail">{a['title']}</h1>
<p class="description">{a['sapo']}</p>
<article class="fck_detail " style="">
{chr(10).join(body)}
</article>
<div class="footer-content width_common">
<div class="tags"><h4 class="item-tag"><a href="/chu-de/gia-ca-phe-1511">Giá cà phê</a></h4><h4 class="item-tag"><a href="/chu-de/dak-lak-1009">Đắk Lắk</a></h4><h4 class="item-tag"><a href="/chu-de/xuat-khau-nong-san-1200">Xuất khẩu nông sản</a></h4></div>
<div class="social_pin"><a href="javascript:;" class="btn_facebook" rel="nofollow">Chia sẻ</a><a href="javascript:;" class="btn_copy">Sao chép liên kết</a><a href="javascript:;" class="btn_save">Lưu bài</a></div>
</div>
<div class="box_comment_tx width_common" id="box_comment_tx">
<h3 class="title_box_category">Ý kiến <span class="count_cmt">(27)</span></h3>
<div class="input_comment"><textarea placeholder="Ý kiến của bạn" maxlength="1000"></textarea><button class="btn_send_comment">Gửi</button></div>
{cm}
<a class="view_more_coment" href="javascript:;">Xem thêm ý kiến</a>
</div>
<div class="box-news-other width_common"><h2 class="title-box">Tin cùng chuyên mục</h2>{box_news}</div>
</div>
<div class="sidebar-2">
<div class="banner-ads" id="tx_right_1"><div class="ads-placeholder" style="min-height:600px"></div></div>
<div class="box-category box-most-view"><h2 class="title-box"><a href="/tin-xem-nhieu">Xem nhiều</a></h2><ul class="list-news">{box_most}</ul></div>
<div class="banner-ads" id="tx_right_2"><div class="ads-placeholder" style="min-height:250px"></div></div>
</div>
</div>
</section>
<footer class="footer" id="footer">
<div class="container">
<div class="footer-menu">{nav}</div>
<div class="footer-info">
<p><strong>Báo điện tử TinExpress</strong> - Báo tiếng Việt nhiều người xem</p>
<p>Thuộc Bộ Khoa học và Công nghệ. Số giấy phép: 548/GP-BTTTT ngày 24/08/2021</p>
<p>Tổng biên tập: Nguyễn Minh Khang. Địa chỉ: Tầng 10, Tòa A, số 1 Phạm Văn Bạch, phường Cầu Giấy, Hà Nội</p>
<p>Điện thoại: 024 7300 8899 - máy lẻ 4500. Email: webmaster@tinexpress.net</p>
<p>© 1997-2026. Toàn bộ bản quyền thuộc TinExpress</p>
</div>
</div>
</footer>
<script src="https://s1.tinexpress.net/t/v2/js/detail.min.js?v=20261120" defer></script>
<script>(function(){{var c=document.querySelectorAll('img.lazy');for(var i=0;i<c.length;i++){{c[i].setAttribute('decoding','async');}}}})();</script>
</body>
</html>
"""
    return page, article_side("m01", "custom (TinExpress, VnExpress-like)", url, "2026-03-06T14:20:00+07:00")


def epoch(y, mo, d, h, mi, s=0):
    tz = datetime.timezone(datetime.timedelta(hours=7))
    return int(datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz).timestamp())


# ---------------------------------------------------------------- m02
def page_m02():
    a, rng = A["m02"], R("m02")
    url = "https://tuoixanh.vn/tai-xe-xe-buyt-tra-lai-tui-xach-co-hon-60-trieu-dong-hanh-khach-dang-facebook-cam-on-20251218103527164.htm"
    d = datetime.date(2025, 12, 18)
    menu = "".join('<li class="menu-item"><a href="/%s.htm" title="%s">%s</a><ul class="sub-menu">%s</ul></li>'
                   % (slug(s), s, s, "".join('<li><a href="/%s/%s.htm">%s</a></li>' % (slug(s), slug(x), x) for x in subs))
                   for s, subs in SECTIONS)
    body = []
    for b in a["blocks"]:
        if b[0] == "p":
            body.append("<p>%s</p>" % b[1])
        elif b[0] == "cap":
            src = img_url("cdn.tuoixanh.vn/471584752817336320", d, b[2], rng)
            body.append('<figure class="VCSortableInPreviewMode" type="Photo" style=""><div><a href="%s" data-fancybox="img-lightbox" title="%s" target="_blank" class="detail-img-lightbox">'
                        '<img src="%s" id="img-%s" w="1440" h="960" alt="%s" title="%s" data-original="%s" width="1440" height="960" loading="lazy"></a></div>'
                        '<figcaption class="PhotoCMS_Caption"><p data-placeholder="Nhập chú thích ảnh" class="">%s</p></figcaption></figure>'
                        % (src, esc(strip(b[1])), src.replace("/471584752817336320/", "/thumb_w/640/471584752817336320/"),
                           digits(rng, 18), esc(strip(b[1])), esc(strip(b[1])), src, b[1]))
        elif b[0] == "embed":
            e = b[2]
            body.append('<div class="VCSortableInPreviewMode" type="insertembedcode" style=""><div class="fb-post" data-href="%s" data-width="500" data-show-text="true">'
                        '<blockquote cite="%s" class="fb-xfbml-parse-ignore"><p>%s</p>Đăng bởi <a href="https://www.facebook.com/bichngoc.le.1408">%s</a> vào&nbsp;<a href="%s">%s</a></blockquote></div></div>'
                        % (e["href"], e["href"], e["text"], e["who"], e["href"], e["when"]))
        elif b[0] == "rel":
            lis = "".join('<li><a data-type="0" data-id="%s" href="/%s-2025121%s.htm" class="kbwscwlrl-title" title="%s">%s</a></li>'
                          % (digits(rng, 17), slug(t), digits(rng, 11), esc(t), t) for t in b[1])
            body.append('<div class="VCSortableInPreviewMode" type="RelatedNewsBox" style=""><div class="kbwscwl-relatedbox type-2"><strong class="kbwscwlrl-heading">Đọc tiếp</strong><ul class="kbwscwlrl-list">%s</ul></div></div>' % lis)
    hot = headlines(rng, 6)
    lst = headlines(rng, 24)
    box_list = "".join('<div class="box-category-item"><a class="box-category-link-with-avatar img-resize" href="/%s-%s.htm" title="%s"><img loading="lazy" src="https://cdn.tuoixanh.vn/zoom/212_133/%s.jpg" alt="%s"></a>'
                       '<h3 class="box-title-text"><a class="box-category-link-title" href="/%s-%s.htm" title="%s">%s</a></h3><p class="box-category-sapo">%s</p></div>'
                       % (slug(h), digits(rng, 17), esc(h), hexid(rng, 24), esc(h), slug(h), digits(rng, 17), esc(h), h, desc_for(h, rng)) for h in lst)
    hot_html = "".join('<li><a href="/%s-%s.htm">%s</a></li>' % (slug(h), digits(rng, 17), h) for h in hot)
    cm = comments_html(rng, 5, 'ul class="lstcommentpopup"', "li", "name", "contentcomment", lambda t: fmt_hm(t) + " " + fmt_dmy(t), base=datetime.datetime(2025, 12, 18, 10, 35), texts=[
        "Cảm ơn anh tài xế, người tử tế vẫn còn nhiều lắm.",
        "Tôi đi tuyến 45 mỗi ngày, các anh tài xế tuyến này đều rất lịch sự.",
        "Chuyện nhỏ nhưng ý nghĩa lớn, mong hợp tác xã khen thưởng xứng đáng.",
        "Đọc mà ấm lòng giữa những ngày cuối năm.",
        "Nên có thêm những câu chuyện như thế này trên báo."])
    # the comment boxes show dates of the crawl week
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{a['title']} | Báo Tuổi Xanh Online</title>
<meta name="description" content="{esc(strip(a['sapo']))}">
<meta name="keywords" content="tài xế xe buýt, trả lại tài sản, người tốt việc tốt, TP.HCM">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=5">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['sapo'])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://cdn.tuoixanh.vn/zoom/600_315/471584752817336320/2025/12/18/tai-xe-thanh-1766028927.jpg">
<meta property="og:site_name" content="TUOI XANH ONLINE">
<meta property="article:published_time" content="2025-12-18T10:35:27+07:00">
<meta property="article:section" content="Thời sự">
<meta property="fb:app_id" content="1052143448198133">
<meta name="tx:cate" content="Thời sự">
<link rel="canonical" href="{url}">
<link rel="alternate" media="only screen and (max-width: 640px)" href="https://tuoixanh.vn/m/{url.split('/')[-1]}">
<link rel="stylesheet" href="https://static.tuoixanh.vn/web_css/20251210/detail.min.css">
<style>{css_blob(rng, 'tx2', 220)}</style>
<script type="text/javascript">var _ADM_Channel='%2fthoi-su%2fdetail%2f';var pageSettings={{DomainAPI:"https://api.tuoixanh.vn",newsId:"20251218103527164",zoneId:"200003",allowComment:true,commentCount:48}};</script>
{gtag('G-TXO2025X')}{ads_script(rng, 'txo', 7)}<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v19.0"></script>
</head>
<body>
<div id="fb-root"></div>
<div class="header">
<div class="header__top"><div class="container"><span class="header__date">Chủ Nhật, 22/11/2026</span><a class="header__logo" href="/"><img src="https://static.tuoixanh.vn/web_images/logo_txo.svg" alt="Tuổi Xanh Online"></a>
<div class="header__search"><input type="text" id="txtSearch" placeholder="Nhập từ khóa..."><a href="javascript:;" class="btn-search">Tìm</a></div><a class="header__login" href="https://id.tuoixanh.vn/dang-nhap">Đăng nhập</a><a class="header__star" href="/sao-tuoi-xanh.htm">Tuổi Xanh Sao</a></div></div>
<div class="header__nav"><div class="container"><ul class="menu-nav"><li><a class="home" href="/">Trang chủ</a></li><li><a href="/video.htm">Video</a></li>{menu}</ul></div></div>
<div class="header__hot"><div class="container"><span class="label">Sự kiện:</span><ul>{hot_html}</ul></div></div>
</div>
<div class="main detail-container">
<div class="container">
<div class="detail__section">
<div class="detail-top"><div class="detail-cate"><a href="/thoi-su.htm" title="Thời sự">Thời sự</a></div><div data-role="publishdate" class="detail-time">18/12/2025 10:35 GMT+7</div>
<div class="detail-tools"><a href="javascript:;" class="btn-font" title="Cỡ chữ">Aa</a><a href="javascript:;" class="btn-print" title="In bài">In</a></div></div>
<h1 class="detail-title article-title" data-role="title">{a['title']}</h1>
<div class="detail-cmain">
<h2 class="detail-sapo" data-role="sapo">{a['sapo']}</h2>
<div class="detail-content afcbc-body" data-role="content">
{chr(10).join(body)}
</div>
<div class="author-info"><div class="name-author"><a class="name" href="/tac-gia/ngoc-phuong.htm" title="{a['author']}">{a['author']}</a></div></div>
<div class="detail-tab"><span class="tag-label">Từ khóa:</span><a href="/tai-xe-xe-buyt.html">tài xế xe buýt</a><a href="/tra-lai-tai-san.html">trả lại tài sản</a><a href="/nguoi-tot-viec-tot.html">người tốt việc tốt</a></div>
<div class="detail-reaction"><a class="btn-star" href="javascript:;">Tặng sao</a><a class="btn-share" href="javascript:;">Chia sẻ</a></div>
</div>
<div class="detail-comment" id="comment-box">
<div class="comment-head"><span class="title">Bình luận</span> <span class="total">(48)</span></div>
<div class="comment-input"><textarea placeholder="Chia sẻ ý kiến của bạn"></textarea></div>
{cm}
<a class="viewmore-comment" href="javascript:;">Xem thêm bình luận</a>
</div>
</div>
<div class="detail__aside"><div class="box-aside"><div class="title">Tin mới nhất</div>{box_list[:len(box_list)//2]}</div></div>
<div class="box-category list-news-same"><div class="box-category-top"><h2 class="title">Tin cùng chuyên mục</h2></div>{box_list[len(box_list)//2:]}</div>
</div>
</div>
<div class="footer">
<div class="container">
<div class="footer__top"><a href="/"><img src="https://static.tuoixanh.vn/web_images/logo_txo_white.svg" alt="Tuổi Xanh"></a><ul class="footer__menu">{''.join('<li><a href="/%s.htm">%s</a></li>' % (slug(s), s) for s, _ in SECTIONS)}</ul></div>
<div class="footer__info">
<p>Tổng Biên tập: <strong>Lê Thế Anh</strong></p>
<p>Giấy phép số 571/GP-BTTTT ngày 12/10/2022 của Bộ Thông tin và Truyền thông</p>
<p>Cơ quan chủ quản: Thành Đoàn TP.HCM. Tòa soạn: 60A Hoàng Văn Thụ, phường Tân Sơn Hòa, TP.HCM</p>
<p>Đường dây nóng: 0918 033 133 - Email: tto@tuoixanh.vn</p>
<p>© Bản quyền thuộc Báo Tuổi Xanh. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div>
</div>
</div>
<script src="https://static.tuoixanh.vn/web_js/20251210/detail.min.js" async></script>
</body>
</html>
"""
    return page, article_side("m02", "custom (Tuổi Xanh, Tuổi Trẻ-like CMS)", url, "2025-12-18T10:35:27+07:00")


# ---------------------------------------------------------------- m03
def page_m03():
    a, rng = A["m03"], R("m03")
    url = "https://tuoimoi.vn/thuc-khuya-luot-dien-thoai-nguoi-tre-dang-vay-giac-ngu-cua-ngay-mai-185260414230000123.htm"
    menu = "".join('<li class="item"><a href="/%s.htm" class="nav-link" title="%s">%s</a></li>' % (slug(s), s, s) for s, _ in SECTIONS)
    transcript = "\n".join("<p>%s</p>" % b[1] for b in a["blocks"] if b[0] == "p")
    eps = headlines(rng, 8)
    ep_html = "".join('<div class="box-podcast-item"><a class="thumb" href="/podcast/%s.htm"><img src="https://images.tuoimoi.vn/thumb_w/300/podcast/%s.jpg" alt=""></a><div class="info"><span class="duration">%02d:%02d</span><h3><a href="/podcast/%s.htm">%s</a></h3></div></div>'
                      % (slug(h), hexid(rng, 12), rng.randint(8, 25), rng.randint(0, 59), slug(h), h) for h in eps)
    news = headlines(rng, 14)
    news_html = "".join('<li><a href="/%s-%s.htm" title="%s">%s</a></li>' % (slug(h), digits(rng, 18), esc(h), h) for h in news)
    page = f"""<!DOCTYPE html>
<html lang="vi" xmlns:og="http://ogp.me/ns#">
<head>
<meta charset="utf-8">
<title>Podcast: {a['title']}</title>
<meta name="description" content="{esc(a['sapo'])}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://images.tuoimoi.vn/zoom/600_315/2026/4/14/podcast-giac-ngu-1776207600.jpg">
<meta property="og:audio" content="https://audio.tuoimoi.vn/podcast/2026/04/song-khoe-moi-ngay-ep112.mp3">
<meta property="article:published_time" content="2026-04-14T23:00:00.000Z">
<meta property="article:modified_time" content="2026-04-15T01:47:12.000Z">
<meta property="article:section" content="Podcast">
<meta property="article:tag" content="giấc ngủ, sức khỏe, người trẻ">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://static.tuoimoi.vn/v4/css/detail.css?v=2026041">
<style>{css_blob(rng, 'tm', 150)}</style>
{gtag('G-TM11P0DC4S')}</head>
<body class="detail podcast-detail">
<header class="site-header">
<div class="header-top"><div class="container"><p class="today">Chủ Nhật, 22/11/2026</p><a class="logo" href="/"><img src="https://static.tuoimoi.vn/v4/images/logo.svg" alt="Báo Tuổi Mới"></a><div class="header-search"><form action="/tim-kiem.htm"><input name="keywords" placeholder="Tìm kiếm"></form></div><a class="btn-epaper" href="https://epaper.tuoimoi.vn">Báo in</a></div></div>
<nav class="header-nav"><div class="container"><ul class="menu">{menu}</ul></div></nav>
</header>
<main class="main-detail">
<div class="container">
<div class="detail__header">
<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/podcast.htm">Podcast</a></li><li><a href="/podcast/song-khoe-moi-ngay.htm">Sống khỏe mỗi ngày</a></li></ul>
<span class="detail-kicker">PODCAST</span>
<h1 class="detail-title"><span data-role="title">{a['title']}</span></h1>
<div class="detail-info">
<div class="detail-author"><span class="label">Thực hiện:</span> <a class="name" href="/tac-gia/ha-mai-218.htm" title="{a['author']}">{a['author']}</a></div>
<div class="detail-time"><div data-role="publishdate">15/04/2026 06:00 GMT+7</div></div>
</div>
</div>
<div class="detail__cmain">
<div class="podcast-player" id="podcast-player" data-audio="https://audio.tuoimoi.vn/podcast/2026/04/song-khoe-moi-ngay-ep112.mp3">
<div class="player-cover"><img src="https://images.tuoimoi.vn/thumb_w/400/2026/4/14/podcast-giac-ngu-1776207600.jpg" alt="Podcast Sống khỏe mỗi ngày"></div>
<div class="player-controls">
<span class="player-label">Nghe podcast</span>
<button class="btn-back" aria-label="Lùi 15 giây">-15s</button><button class="btn-play" aria-label="Phát">Phát</button><button class="btn-next" aria-label="Tới 15 giây">+15s</button>
<div class="progress"><span class="current">00:00</span><span class="bar"><span class="fill" style="width:0"></span></span><span class="total">12:46</span></div>
<button class="btn-speed">1x</button><a class="btn-download" href="https://audio.tuoimoi.vn/podcast/2026/04/song-khoe-moi-ngay-ep112.mp3" download>Tải về</a>
</div>
<audio preload="none" src="https://audio.tuoimoi.vn/podcast/2026/04/song-khoe-moi-ngay-ep112.mp3">Trình duyệt của bạn không hỗ trợ phát audio.</audio>
</div>
<h2 class="detail-sapo" data-role="sapo">{a['sapo']}</h2>
<div class="detail-content afcbc-body" data-role="content" itemprop="articleBody">
{transcript}
</div>
<div class="detail-tags"><a href="/giac-ngu.tag">giấc ngủ</a><a href="/suc-khoe.tag">sức khỏe</a><a href="/nguoi-tre.tag">người trẻ</a><a href="/podcast.tag">podcast</a></div>
<div class="detail-share"><a href="javascript:;" class="fb">Facebook</a><a href="javascript:;" class="zalo">Zalo</a><a href="javascript:;" class="copy">Sao chép link</a></div>
<div class="box-podcast-list"><h3 class="box-title">Các số podcast khác</h3>{ep_html}</div>
</div>
<aside class="detail__aside"><div class="box-latest"><h3 class="box-title">Tin mới</h3><ul>{news_html}</ul></div><div class="ads" id="tm_right"></div></aside>
</div>
</main>
<footer class="site-footer">
<div class="container">
<p>Cơ quan chủ quản: Trung ương Hội Liên hiệp Thanh niên Việt Nam</p>
<p>Tổng biên tập: Trần Quốc Dũng. Giấy phép hoạt động báo điện tử số 475/GP-BTTTT</p>
<p>Tòa soạn: 268-270 Nguyễn Đình Chiểu, phường Xuân Hòa, TP.HCM. Điện thoại: (028) 3930 2345</p>
<p>© 2026 Báo Tuổi Mới. All rights reserved.</p>
</div>
</footer>
<script>document.querySelector('.btn-play').addEventListener('click',function(){{var a=document.querySelector('#podcast-player audio');a.paused?a.play():a.pause();}});</script>
<script src="https://static.tuoimoi.vn/v4/js/detail.js?v=2026041" defer></script>
</body>
</html>
"""
    return page, article_side("m03", "custom (Tuổi Mới, Thanh Niên-like)", url, "2026-04-15T06:00:00+07:00")


# ---------------------------------------------------------------- m04
def page_m04():
    a, rng = A["m04"], R("m04")
    url = "https://dantam.com.vn/thoi-su/mot-nam-van-hanh-chinh-quyen-hai-cap-chuyen-o-mot-xa-ven-bien-20260701053000412.htm"
    d = datetime.date(2026, 7, 1)
    heads = [b[1] for b in a["blocks"] if b[0] == "h"]
    toc = "".join('<li><a href="#muc-%d" data-toc="%d">%s</a></li>' % (i + 1, i + 1, re.sub(r"^\d+\.\s*", "", h)) for i, h in enumerate(heads))
    body, hi = [], 0
    for b in a["blocks"]:
        k = b[0]
        if k == "toc":
            continue  # rendered after the sapo, outside the content div
        if k == "h":
            hi += 1
            body.append('<h2 id="muc-%d">%s</h2>' % (hi, b[1]))
        elif k == "p":
            body.append("<p>%s</p>" % b[1])
        elif k == "cap":
            src = img_url("cdnphoto.dantam.com.vn/thumb_w/1020", d, b[2], rng)
            body.append('<figure class="image align-center" contenteditable="false"><img title="%s" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" data-original="%s" data-src="%s" alt="%s" class="lazy" width="1020" height="680"><figcaption><p>%s</p></figcaption></figure>'
                        % (esc(strip(b[1])), src, src, esc(strip(b[1])), b[1]))
        elif k == "table":
            rows = b[1]
            th = "".join("<th>%s</th>" % c for c in rows[0])
            tb = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in r) for r in rows[1:])
            body.append('<figure class="table"><table class="dt-table" border="1" cellpadding="6"><thead><tr>%s</tr></thead><tbody>%s</tbody></table></figure>' % (th, tb))
    menu = "".join('<li class="menu-item"><a href="/%s.htm">%s</a><div class="submenu">%s</div></li>' % (
        slug(s), s, "".join('<a href="/%s/%s.htm">%s</a>' % (slug(s), slug(x), x) for x in subs)) for s, subs in SECTIONS)
    readmost = headlines(rng, 10)
    rm_html = "".join('<article class="article-item"><div class="article-thumb"><a href="/%s-%s.htm"><img data-src="https://cdnphoto.dantam.com.vn/thumb_w/320/%s.jpg" class="lazy" alt=""></a></div><h3 class="article-title"><a href="/%s-%s.htm">%s</a></h3></article>'
                      % (slug(h), digits(rng, 17), hexid(rng, 20), slug(h), digits(rng, 17), h) for h in readmost)
    related = headlines(rng, 6)
    rel_html = "".join('<article class="article-item"><h3 class="article-title"><a href="/%s-%s.htm">%s</a></h3><div class="article-excerpt">%s</div></article>'
                       % (slug(h), digits(rng, 17), h, desc_for(h, rng)) for h in related)
    cm = comments_html(rng, 4, 'div class="comment-list"', "div", "comment-name", "comment-text",
                       lambda t: "%d/%d/%d" % (t.day, t.month, t.year), base=datetime.datetime(2026, 7, 1, 5, 30), texts=[
                           "Xã tôi cũng sáp nhập, đi làm giấy tờ xa hơn nhưng làm online thì nhanh thật.",
                           "Cán bộ xã bây giờ vất vả quá, cần bổ sung thêm người.",
                           "Mong tỉnh sớm đầu tư đường truyền cho các điểm tiếp nhận cũ.",
                           "Người già không dùng điện thoại thông minh vẫn còn khó khăn lắm."])
    ld = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Thời sự", "item": "https://dantam.com.vn/thoi-su.htm"},
        {"@type": "ListItem", "position": 2, "name": "Chính trị", "item": "https://dantam.com.vn/thoi-su/chinh-tri.htm"}]}
    page = f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{a['title']} | Báo Dân Tâm</title>
<meta name="description" content="{esc(a['sapo'])}">
<meta name="keywords" content="chính quyền hai cấp, sắp xếp đơn vị hành chính, Ninh Bình, xã Hải Hậu">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['sapo'])}">
<meta property="og:image" content="https://cdnphoto.dantam.com.vn/zoom/1200_630/2026/07/01/trung-tam-hcc.jpg">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
<meta name="dt:author" content="Hoàng Lam, Minh Nhật">
<link rel="canonical" href="{url}">
<link rel="preconnect" href="https://cdnphoto.dantam.com.vn">
<link rel="stylesheet" href="https://cdnweb.dantam.com.vn/web/css/article.c3f9e1.css">
<style>{css_blob(rng, 'dt', 330)}</style>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
{gtag('G-DT4M20F1Q')}{ads_script(rng, 'dt', 12)}</head>
<body class="body-singular">
<header class="header">
<div class="header__top container"><div class="header__date">Chủ nhật, 22/11/2026 - 02:14</div><a class="header__logo" href="/"><img src="https://cdnweb.dantam.com.vn/web/images/logo.svg" alt="Báo Dân Tâm"></a>
<div class="header__right"><a href="/tin-moi-nhat.htm">Mới nhất</a><a href="/dkn.htm">Dân Tâm Plus</a><form class="search" action="/tim-kiem.htm"><input name="q" placeholder="Tìm kiếm"><button>Tìm</button></form></div></div>
<nav class="menu container"><ul class="menu-wrap"><li><a class="home" href="/">Trang chủ</a></li>{menu}</ul></nav>
</header>
<main class="body container">
<div class="grid-container">
<article class="singular-container">
<ul class="dt-breadcrumb"><li><a href="/thoi-su.htm">Thời sự</a></li><li><a href="/thoi-su/chinh-tri.htm">Chính trị</a></li></ul>
<h1 class="title-page detail">{a['title']}</h1>
<div class="author-wrap">
<div class="author-avatar"><img src="https://cdnphoto.dantam.com.vn/avatar/default.png" alt=""></div>
<div class="author-info"><div class="author-name"><a href="/tac-gia/hoang-lam-318.htm"><b>{a['authors'][0]}</b></a></div><div class="author-name"><a href="/tac-gia/minh-nhat-407.htm"><b>{a['authors'][1]}</b></a></div>
<time class="author-time" datetime="2026-07-01 05:30">{wd(2026, 7, 1)}, 01/07/2026 - 05:30</time></div>
<div class="author-action"><a class="comment-count" href="#comments">15</a><a class="share" href="javascript:;">Chia sẻ</a></div>
</div>
<h2 class="singular-sapo">{a['sapo']}</h2>
<div class="table-of-content"><p class="toc-title">Nội dung chính</p><ol class="toc-list">{toc}</ol><a class="toc-toggle" href="javascript:;">Thu gọn</a></div>
<div class="singular-content">
{chr(10).join(body)}
</div>
<div class="singular-footer"><div class="tags-wrap"><span>Tags:</span><a href="/chinh-quyen-hai-cap.tag">chính quyền hai cấp</a><a href="/ninh-binh.tag">Ninh Bình</a><a href="/sap-xep-don-vi-hanh-chinh.tag">sắp xếp đơn vị hành chính</a></div></div>
<div class="article-related"><h3 class="title">Tin liên quan</h3>{rel_html}</div>
<section id="comments" class="comment-wrap"><h3>Bình luận <span>(15)</span></h3>{cm}</section>
</article>
<aside class="sidebar"><div class="widget most-read"><h3 class="widget-title">Đọc nhiều</h3>{rm_html}</div><div class="ads-wrap" id="dt_sidebar_sticky"></div></aside>
</div>
</main>
<footer class="footer"><div class="container">
<div class="footer__menu">{''.join('<a href="/%s.htm">%s</a>' % (slug(s), s) for s, _ in SECTIONS)}</div>
<p>Cơ quan chủ quản: Hội Bảo trợ Người khuyết tật và Trẻ mồ côi Việt Nam. Giấy phép hoạt động báo điện tử số 298/GP-BTTTT</p>
<p>Tổng biên tập: Phạm Tuấn Anh. Địa chỉ tòa soạn: Số 48 Láng Hạ, phường Giảng Võ, Hà Nội</p>
<p>Hotline: 0973 567 567 - Email: info@dantam.com.vn. © 2005-2026 Báo Dân Tâm.</p>
</div></footer>
<script src="https://cdnweb.dantam.com.vn/web/js/article.c3f9e1.js" defer></script>
<script>window.lazySizesConfig={{loadMode:1,expand:300}};</script>
</body>
</html>
"""
    return page, article_side("m04", "custom (Dân Tâm, Dân trí-like)", url, "2026-07-01T05:30:00+07:00")


# ---------------------------------------------------------------- m05
def page_m05():
    a, rng = A["m05"], R("m05")
    url = "https://netviet.vn/gia-chung-cu-vung-ven-ha-noi-tang-manh-nguoi-mua-nha-lan-dau-xoay-xo-ra-sao-2401987.html"
    body = "\n".join("<p>%s</p>" % b[1] for b in a["blocks"] if b[0] == "p")
    menu = "".join('<li class="mainMenu__item"><a href="/%s" class="mainMenu__link">%s</a><ul class="subMenu">%s</ul></li>'
                   % (slug(s), s, "".join('<li><a href="/%s/%s">%s</a></li>' % (slug(s), slug(x), x) for x in subs)) for s, subs in SECTIONS)
    plus = headlines(rng, 8)
    plus_html = "".join('<div class="verticalPost"><span class="icon-plus">Plus</span><h3 class="verticalPost__main-title"><a href="/%s-%s.html">%s</a></h3></div>'
                        % (slug(h), digits(rng, 7), h) for h in plus)
    news = headlines(rng, 20)
    news_html = "".join('<div class="horizontalPost"><div class="horizontalPost__avt"><a href="/%s-%s.html"><img src="https://static-images.netviet.vn/thumbs/240x160/%s.jpg" alt=""></a></div><div class="horizontalPost__main"><h3><a href="/%s-%s.html">%s</a></h3><div class="horizontalPost__main-desc">%s</div></div></div>'
                        % (slug(h), digits(rng, 7), hexid(rng, 16), slug(h), digits(rng, 7), h, desc_for(h, rng)) for h in news)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "description": a["sapo"], "datePublished": "2026-05-20T07:00:00+07:00",
          "dateModified": "2026-05-20T07:00:00+07:00", "isAccessibleForFree": "False",
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".content-paywall"},
          "author": {"@type": "Person", "name": a["author"]},
          "publisher": {"@type": "Organization", "name": "NetViệt", "logo": {"@type": "ImageObject", "url": "https://static.netviet.vn/logo.png"}},
          "mainEntityOfPage": url}
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{a['title']} - Báo NetViệt</title>
<meta name="description" content="{esc(a['sapo'])}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://static-images.netviet.vn/images/2026/05/19/chung-cu-vung-ven.jpg">
<meta name="article:premium" content="true">
<link rel="canonical" href="{url}">
<style>{css_blob(rng, 'nv', 300)}</style>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>var dataLayer=[{{"articleId":"2401987","articleCategory":"Bất động sản","articleType":"premium","paywall":"metered"}}];</script>
{gtag('G-NV26PLUS9')}{ads_script(rng, 'nv', 6)}</head>
<body>
<div class="header">
<div class="header__top"><div class="container"><span class="header__top-date">Chủ nhật, 22/11/2026</span><a class="header__logo" href="/"><img src="https://static.netviet.vn/images/logo.svg" alt="NetViệt"></a><a class="btn-plus" href="/plus">NetViệt Plus</a><a class="btn-login" href="https://id.netviet.vn">Đăng nhập</a><div class="search"><input type="search" placeholder="Tìm kiếm..."></div></div></div>
<nav class="mainMenu"><div class="container"><ul class="mainMenu__list"><li><a href="/" class="home">Trang chủ</a></li>{menu}</ul></div></nav>
</div>
<div class="container">
<div class="content-detail">
<div class="bread-crumb-detail sm-show-time"><ul><li><a href="/bat-dong-san">Bất động sản</a></li><li><a href="/bat-dong-san/thi-truong">Thị trường</a></li></ul><div class="bread-crumb-detail__time">20/05/2026 07:00 (GMT+07:00)</div></div>
<span class="icon-premium-lg" title="Bài viết dành cho hội viên">NetViệt Plus</span>
<h1 class="content-detail-title">{a['title']}</h1>
<div class="article-detail-author"><p class="article-detail-author__info"><span class="name">{a['author']}</span></p><div class="article-detail-author__tools"><a href="javascript:;">Nghe bài viết</a><a href="javascript:;">Lưu</a><a href="javascript:;">Chia sẻ</a></div></div>
<h2 class="content-detail-sapo sm-sapo-mb-0">{a['sapo']}</h2>
<div class="maincontent main-content" id="maincontent">
{body}
</div>
<div class="content-paywall" id="paywall">
<div class="paywall__mask"></div>
<div class="paywall__box">
<p class="paywall__title">Bạn đang đọc bài viết dành cho hội viên NetViệt Plus</p>
<p class="paywall__desc">Đăng ký gói hội viên chỉ từ 2.000 đồng/ngày để đọc toàn bộ nội dung, nghe bài viết và nhận bản tin phân tích độc quyền mỗi sáng.</p>
<a class="paywall__btn" href="https://netviet.vn/plus/dang-ky?ref=2401987">Đăng ký ngay</a>
<p class="paywall__login">Đã là hội viên? <a href="https://id.netviet.vn/dang-nhap?ref=2401987">Đăng nhập</a></p>
</div>
</div>
<div class="box-plus"><h3>Đọc nhiều trong NetViệt Plus</h3>{plus_html}</div>
<div class="box-news-same"><h3>Tin cùng chuyên mục</h3>{news_html}</div>
</div>
</div>
<footer class="footer"><div class="container">
<p>Báo NetViệt - Cơ quan chủ quản: Bộ Khoa học và Công nghệ</p>
<p>Tổng Biên tập: Nguyễn Văn Bá. Giấy phép số 22/GP-BTTTT ngày 18/01/2023</p>
<p>Tòa soạn: Tầng 18, Tòa nhà C'Land, số 156 Xã Đàn 2, phường Kim Liên, Hà Nội. Điện thoại: 024 3772 7988</p>
<p>© 1997 Báo NetViệt. All rights reserved.</p>
</div></footer>
<script src="https://static.netviet.vn/js/paywall.min.js?v=3.2.1" defer></script>
</body>
</html>
"""
    return page, article_side("m05", "custom (NetViệt, VietNamNet-like, paywall)", url, "2026-05-20T07:00:00+07:00")


# ---------------------------------------------------------------- m06
PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def page_m06():
    a, rng = A["m06"], R("m06")
    url = "https://zinfo.vn/lang-gom-thanh-ha-nhon-nhip-mua-du-lich-he-post1638204.html"
    d = datetime.date(2026, 6, 10)
    body = []
    for b in a["blocks"]:
        k = b[0]
        if k == "p":
            body.append("<p>%s</p>" % b[1])
        elif k == "cap":
            src = img_url("photo.zinfo.vn/w960/Uploaded/qhj_xvauvhu", d, b[2], rng)
            body.append('<figure class="pic" data-lazy="1"><div class="pic-wrap" style="aspect-ratio:3/2"><img src="%s" data-src="%s" data-srcset="%s 1x, %s 2x" alt="%s" class="lazyload" width="960" height="640">'
                        '<noscript><img src="%s" alt=""></noscript></div><figcaption class="pCaption caption">%s</figcaption></figure>'
                        % (PIXEL, src, src, src.replace("/w960/", "/w1920/"), esc(strip(b[1])[:80]), src, b[1]))
        elif k == "rel":
            for t in b[1]:
                body.append('<div class="inner-article"><a href="/%s-post%s.html"><span class="inner-label">Tin liên quan</span><img data-src="https://photo.zinfo.vn/w210/%s.jpg" class="lazyload" alt=""><p class="title">%s</p></a></div>'
                            % (slug(t), digits(rng, 7), hexid(rng, 16), t))
        elif k == "ad":
            body.append('<div class="z-ads-inpage" id="zinfo_inpage_1"><div id="div-gpt-ad-1620805600-0" style="min-height:250px"><script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-1620805600-0");});</script></div></div>')
    cats = "".join('<li><a href="/%s.html">%s</a></li>' % (slug(s), s) for s, _ in SECTIONS)
    trending = headlines(rng, 26)
    tr_html = "".join('<article class="article-item type-text"><p class="article-thumbnail"><a href="/%s-post%s.html"><img src="%s" data-src="https://photo.zinfo.vn/w360/%s.jpg" class="lazyload" alt="%s"></a></p><header><p class="article-title"><a href="/%s-post%s.html">%s</a></p><p class="article-meta"><span class="friendly-time">%d giờ trước</span></p></header></article>'
                      % (slug(h), digits(rng, 7), PIXEL, hexid(rng, 16), esc(h), slug(h), digits(rng, 7), h, rng.randint(1, 23)) for h in trending)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "headline": a["title"], "description": a["sapo"],
          "image": [img_url("photo.zinfo.vn/w1200", d, "lo-gom", rng)],
          "datePublished": "2026-06-10T14:32:05+07:00", "dateModified": "2026-06-10T15:10:44+07:00",
          "author": [{"@type": "Person", "name": a["author"], "url": "https://zinfo.vn/tac-gia/phuong-lam.html"}],
          "publisher": {"@type": "Organization", "name": "Zinfo", "logo": {"@type": "ImageObject", "url": "https://static.zinfo.vn/images/logo-zinfo.png"}}}
    page = f"""<!DOCTYPE html>
<html lang="vi" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="utf-8">
<title>{a['title']} - Du lịch - Zinfo</title>
<meta name="description" content="{esc(a['sapo'])}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['sapo'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://photo.zinfo.vn/w1200/Uploaded/qhj_xvauvhu/2026_06_10/lo-gom.jpg">
<link rel="canonical" href="{url}">
<link rel="amphtml" href="https://zinfo.vn/lang-gom-thanh-ha-nhon-nhip-mua-du-lich-he-post1638204.amp">
<link rel="stylesheet" href="https://static.zinfo.vn/css/web/article.css?v=1.4.93">
<style>{css_blob(rng, 'z', 360)}</style>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>window.googletag=window.googletag||{{cmd:[]}};</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
{gtag('G-ZINFO8812')}{ads_script(rng, 'zinfo', 14)}</head>
<body class="article-page">
<header id="site-header"><div class="container">
<div class="header-top"><span class="site-date">Chủ nhật, 22/11/2026</span><a id="logo" href="/"><img src="https://static.zinfo.vn/images/logo-zinfo.svg" alt="Zinfo"></a>
<form id="search" action="/tim-kiem.html"><input type="text" name="q" placeholder="Tìm kiếm"><button type="submit">Tìm</button></form><a href="https://zinfo.vn/dang-ky-nhan-tin.html" class="newsletter">Nhận bản tin</a></div>
<nav id="site-menu"><ul class="main-nav"><li><a class="home" href="/">Zinfo</a></li><li><a href="/tin-moi.html">Tin mới</a></li>{cats}<li><a href="/video.html">Video</a></li><li><a href="/magazine.html">Magazine</a></li></ul></nav>
</div></header>
<div id="site-content" class="container">
<div class="page-wrapper">
<article class="the-article type-text" id="article-1638204">
<header class="the-article-header">
<p class="the-article-category"><a href="/du-lich.html" class="parent_cate">Du lịch</a><a href="/du-lich/diem-den.html" class="cate">Điểm đến</a></p>
<h1 class="the-article-title">{a['title']}</h1>
<ul class="the-article-meta">
<li class="the-article-author"><a href="/tac-gia/phuong-lam.html" class="author">{a['author']}</a></li>
<li class="the-article-publish">14:32 10/6/2026</li>
<li class="the-article-comment"><a href="#comment" title="Bình luận">Bình luận <span class="comment-count">(6)</span></a></li>
</ul>
</header>
<section class="main">
<p class="the-article-summary">{a['sapo']}</p>
<div class="the-article-body">
{chr(10).join(body)}
</div>
<p class="the-article-tags"><strong>Từ khóa:</strong><a href="/tieu-diem/hoi-an.html" class="topic">Hội An</a><a href="/tieu-diem/lang-nghe.html" class="topic">làng nghề</a><a href="/tieu-diem/du-lich-he.html" class="topic">du lịch hè</a></p>
<div class="the-article-rating"><span>Bạn cảm thấy bài viết thế nào?</span><button>Hữu ích</button><button>Không hữu ích</button></div>
</section>
<section id="comment" class="comments"><h3>Bình luận (6)</h3><div class="comment-form"><textarea placeholder="Viết bình luận..."></textarea></div><div id="comment-list" data-url="https://api.zinfo.vn/comment/1638204"></div></section>
</article>
<aside class="sidebar"><div class="section" id="trending"><h3 class="section-title">Đang được quan tâm</h3><div class="article-list listing-layout">{tr_html}</div></div></aside>
</div>
</div>
<footer id="site-footer"><div class="container">
<ul class="footer-nav">{cats}</ul>
<p>Zinfo - Tạp chí điện tử Tri thức và Đời sống. Cơ quan chủ quản: Hội Xuất bản Việt Nam</p>
<p>Giấy phép số 113/GP-BTTTT. Tổng biên tập: Lê Hữu Nghĩa. Địa chỉ: 65 Nguyễn Du, phường Cửa Nam, Hà Nội</p>
<p>Email: toasoan@zinfo.vn. © Zinfo 2026</p>
</div></footer>
<script src="https://static.zinfo.vn/js/lazysizes.min.js" async></script>
<script src="https://static.zinfo.vn/js/web/article.js?v=1.4.93" defer></script>
</body>
</html>
"""
    return page, article_side("m06", "custom (Zinfo, Znews-like, lazy images)", url, "2026-06-10T14:32:05+07:00")


# ---------------------------------------------------------------- m07 (AMP)
def page_m07():
    a, rng = A["m07"], R("m07")
    url = "https://nguoicongnhan.vn/cong-doan/hon-1200-cong-nhan-bac-ninh-duoc-thue-nha-o-xa-hoi-gia-uu-dai-1557320.amp"
    canon = url[:-4] + ".ldo"
    d = datetime.date(2026, 7, 3)
    body = []
    for b in a["blocks"]:
        k = b[0]
        if k == "p":
            body.append("<p>%s</p>" % b[1])
        elif k == "h":
            body.append("<h2>%s</h2>" % b[1])
        elif k == "cap":
            src = img_url("media.nguoicongnhan.vn/files/quechi", d, b[2], rng)
            body.append('<figure class="amp-fig"><amp-img src="%s" width="1200" height="800" layout="responsive" alt="%s"></amp-img><figcaption>%s</figcaption></figure>'
                        % (src, esc(strip(b[1])[:70]), b[1]))
        elif k == "ad":
            body.append('<div class="amp-ad-wrap"><span class="ad-label">Quảng cáo</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/21827961/nguoicongnhan_amp_inarticle" data-multi-size="336x280"></amp-ad></div>')
    side = "".join('<li><a href="https://nguoicongnhan.vn/%s.amp">%s</a></li>' % (slug(s), s) for s, _ in SECTIONS)
    rel = headlines(rng, 6)
    rel_html = "".join('<li><a href="https://nguoicongnhan.vn/%s-%s.amp"><amp-img src="https://media.nguoicongnhan.vn/thumb/%s.jpg" width="120" height="80" layout="fixed" alt=""></amp-img><span>%s</span></a></li>'
                       % (slug(h), digits(rng, 7), hexid(rng, 14), h) for h in rel)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": canon,
          "headline": a["title"], "datePublished": "2026-07-03T07:15:00+07:00", "dateModified": "2026-07-03T08:40:21+07:00",
          "author": {"@type": "Person", "name": "Quế Chi"},
          "image": {"@type": "ImageObject", "url": "https://media.nguoicongnhan.vn/files/quechi/2026/07/03/ban-giao.jpg", "width": 1200, "height": 800},
          "publisher": {"@type": "Organization", "name": "Báo Người Công Nhân", "logo": {"@type": "ImageObject", "url": "https://nguoicongnhan.vn/images/logo-amp.png", "width": 600, "height": 60}},
          "description": a["sapo"]}
    amp_css = css_blob(rng, "amp", 120)
    page = f"""<!doctype html>
<html ⚡ lang="vi">
<head>
<meta charset="utf-8">
<title>{a['title']} | Báo Người Công Nhân</title>
<link rel="canonical" href="{canon}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="{esc(a['sapo'])}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{canon}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@-webkit-keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:Arial,sans-serif;color:#222;margin:0}}.amp-header{{background:#c4161c;color:#fff;display:flex;align-items:center;padding:8px 12px}}.amp-article{{padding:0 14px}}h1{{font-size:24px;line-height:1.3}}.sapo{{font-weight:700}}figcaption{{font-size:13px;color:#555;text-align:center}}{amp_css}</style>
</head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-NCN2026AMP","config":{{"G-NCN2026AMP":{{"groups":"default"}}}}}}}}</script></amp-analytics>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><button on="tap:sidebar.close" class="close">Đóng</button><ul class="amp-menu"><li><a href="https://nguoicongnhan.vn/">Trang chủ</a></li>{side}</ul></amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle" class="hamburger" aria-label="Menu">☰</button><a href="https://nguoicongnhan.vn/" class="amp-logo"><amp-img src="https://nguoicongnhan.vn/images/logo-amp-white.png" width="180" height="32" alt="Người Công Nhân"></amp-img></a><span class="amp-today">Chủ nhật, 22/11/2026</span></header>
<article class="amp-article">
<div class="amp-breadcrumb"><a href="https://nguoicongnhan.vn/cong-doan.amp">Công đoàn</a></div>
<h1>{a['title']}</h1>
<div class="amp-meta"><span class="amp-author">{a['author']}</span> <span class="amp-sep">|</span> <time>{wd(2026, 7, 3, WD_CAP)}, 03/07/2026 07:15 (GMT+7)</time></div>
<div class="amp-share"><amp-social-share type="facebook" width="32" height="32" data-param-app_id="1398712840"></amp-social-share><amp-social-share type="email" width="32" height="32"></amp-social-share></div>
<p class="sapo">{a['sapo']}</p>
<div class="amp-content">
{chr(10).join(body)}
</div>
<div class="amp-tags"><a href="https://nguoicongnhan.vn/tags/nha-o-xa-hoi.amp">nhà ở xã hội</a> <a href="https://nguoicongnhan.vn/tags/cong-nhan.amp">công nhân</a> <a href="https://nguoicongnhan.vn/tags/bac-ninh.amp">Bắc Ninh</a></div>
<section class="amp-related"><h3>Tin liên quan</h3><ul>{rel_html}</ul></section>
<a class="amp-view-full" href="{canon}">Xem phiên bản đầy đủ</a>
</article>
<footer class="amp-footer"><p>Báo Người Công Nhân - Cơ quan của Tổng Liên đoàn Lao động Việt Nam</p><p>Giấy phép số 166/GP-BTTTT. Tòa soạn: 6 Phạm Văn Bạch, phường Cầu Giấy, Hà Nội</p><p>© 2026 Người Công Nhân</p></footer>
</body>
</html>
"""
    return page, article_side("m07", "custom-amp (Người Công Nhân, Lao Động-like AMP)", url, "2026-07-03T07:15:00+07:00")


# ---------------------------------------------------------------- m08 (big)
def page_m08():
    a, rng = A["m08"], R("m08")
    url = "https://toandan.vn/thanh-hoa-khi-nguoi-dan-lam-chu-con-duong-ngo-xom-post903144.html"
    d = datetime.date(2026, 8, 8)
    body = []
    for b in a["blocks"]:
        k = b[0]
        if k == "p":
            body.append("<p>%s</p>" % b[1])
        elif k == "h":
            body.append('<h2 class="article__subtitle">%s</h2>' % b[1])
        elif k == "cap":
            src = img_url("img.toandan.vn/1200x630/Uploaded/2026/fcivpcvo", d, b[2], rng)
            body.append('<figure class="picture"><img src="%s" alt="%s" data-width="1200" data-height="800" loading="lazy"><figcaption class="caption">%s</figcaption></figure>'
                        % (src, esc(strip(b[1])), b[1]))
    languages = ["English", "Français", "中文", "Русский", "Español", "Lao", "Khmer", "日本語", "한국어"]
    mega = []
    for s, subs in SECTIONS * 2:
        items = "".join('<li class="sub-item"><a href="/%s/%s-%s/">%s</a></li>' % (slug(s), slug(x), digits(rng, 3), x) for x in subs)
        feat = headlines(rng, 3)
        feat_html = "".join('<article class="mega-story"><a href="/%s-post%s.html"><img data-src="https://img.toandan.vn/320x180/%s.jpg" class="lazy" alt=""><span>%s</span></a></article>' % (slug(h), digits(rng, 6), hexid(rng, 20), h) for h in feat)
        mega.append('<li class="nav-item has-mega"><a href="/%s/" class="nav-link">%s</a><div class="mega-menu"><ul class="sub-list">%s</ul><div class="mega-featured">%s</div></div></li>' % (slug(s), s, items, feat_html))
    mega = "".join(mega[:len(SECTIONS)]) + '<li class="nav-item"><a href="/chuyen-de/">Chuyên đề</a></li>'
    hidden_mega = "".join(mega)
    latest = []
    for h in headlines(rng, 30):
        t = rand_time(rng)
        latest.append('<article class="story story--timeline"><time class="story__time" datetime="%s">%s</time><h3 class="story__heading"><a class="cms-link" href="/%s-post%s.html" title="%s">%s</a></h3></article>'
                      % (t.strftime("%Y-%m-%dT%H:%M:00+07:00"), t.strftime("%H:%M %d/%m"), slug(h), digits(rng, 6), esc(h), h))
    mostread = "".join('<li><span class="rank">%d</span><a href="/%s-post%s.html">%s</a></li>' % (i + 1, slug(h), digits(rng, 6), h) for i, h in enumerate(headlines(rng, 12)))
    samecat = []
    for h in headlines(rng, 30):
        samecat.append('<article class="story"><figure class="story__thumb"><a class="cms-link" href="/%s-post%s.html"><img class="lazyload" src="%s" data-src="https://img.toandan.vn/480x300/Uploaded/2026/%s.jpg" alt="%s"></a></figure><h3 class="story__heading"><a class="cms-link" href="/%s-post%s.html">%s</a></h3><div class="story__summary">%s</div></article>'
                       % (slug(h), digits(rng, 6), PIXEL, hexid(rng, 24), esc(h), slug(h), digits(rng, 6), h, desc_for(h, rng)))
    topics = "".join('<a class="topic-item" href="/chu-de/%s-%s">%s</a>' % (slug(p), digits(rng, 4), p) for p in PLACES)
    cfg = {"site": "toandan", "articleId": 903144, "zoneId": 1172, "zones": [{"id": 1000 + i, "name": s, "slug": slug(s), "children": [{"id": 2000 + 10 * i + j, "name": x, "slug": slug(x)} for j, x in enumerate(subs)]} for i, (s, subs) in enumerate(SECTIONS)],
           "adsZones": [{"zone": digits(rng, 8), "pos": p} for p in ["top", "right1", "right2", "inread", "bottom", "catfish", "popup"] * 6],
           "tracking": {"ga": "G-TD90314401", "comscore": "38451812", "chartbeat": {"uid": 62819, "domain": "toandan.vn"}}}
    page = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{a['title']}</title>
<meta name="description" content="{esc(a['sapo'])}">
<meta name="keywords" content="Thanh Hóa, hiến đất làm đường, nông thôn mới, dân vận khéo, dân chủ cơ sở">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="index, follow">
<meta property="og:site_name" content="Báo Toàn Dân">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['sapo'])}">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
<meta property="og:image" content="https://img.toandan.vn/1200x630/Uploaded/2026/fcivpcvo/2026_08_08/hang-rao-xanh.jpg">
<meta name="dable:item_id" content="903144">
<meta name="dable:author" content="Thanh Hà">
<link rel="canonical" href="{url}">
<link rel="alternate" hreflang="en" href="https://en.toandan.vn/">
<link rel="preload" href="https://static.toandan.vn/web/fonts/NotoSerif-Bold.woff2" as="font" type="font/woff2" crossorigin>
<style>{css_blob(rng, 'td', 520)}</style>
<script>window.__SITE_CONFIG__={json.dumps(cfg, ensure_ascii=False, separators=(',', ':'))};</script>
{gtag('G-TD90314401')}{ads_script(rng, 'td', 30)}<script>!function(e,t){{var n=t.createElement("script");n.async=!0,n.src="https://static.chartbeat.com/js/chartbeat.js",t.head.appendChild(n)}}(window,document);</script>
</head>
<body class="article-detail zone-1172">
{svg_sprite(rng, 70)}
<div class="site-topbar"><div class="container"><span class="topbar__date">Chủ Nhật, ngày 22/11/2026</span><div class="topbar__lang">{''.join('<a href="https://%s.toandan.vn/">%s</a>' % (slug(l) or 'lang%d' % i, l) for i, l in enumerate(languages))}</div><a class="topbar__epaper" href="https://baoin.toandan.vn/">Báo in</a><a class="topbar__login" href="/dang-nhap">Đăng nhập</a></div></div>
<header class="site-header"><div class="container"><a class="site-logo" href="/"><img src="https://static.toandan.vn/web/images/logo-toandan.svg" alt="Báo Toàn Dân - Cơ quan Trung ương"></a><div class="site-header__banner" id="td-top-banner"></div><form class="site-search" action="/tim-kiem"><input name="q" placeholder="Nhập từ khóa tìm kiếm"><button type="submit"><svg><use href="#ico-1"/></svg></button></form></div></header>
<nav class="site-nav"><div class="container"><ul class="nav-list"><li class="nav-item"><a class="nav-link home" href="/"><svg><use href="#ico-0"/></svg></a></li>{mega}</ul></div></nav>
<div class="nav-mobile" hidden><ul>{hidden_mega}</ul></div>
<div class="topic-bar"><div class="container"><span class="topic-label">Chủ đề:</span>{topics}</div></div>
<main class="site-main"><div class="container">
<div class="breadcrumb"><a href="/">Trang chủ</a><a href="/chinh-tri/">Chính trị</a><a href="/chinh-tri/dan-van-1172/">Dân vận</a></div>
<div class="layout-detail">
<div class="col-main">
<div class="article">
<div class="article__meta"><a class="article__cate" href="/chinh-tri/dan-van-1172/">Dân vận</a><div class="box-date">{wd(2026, 8, 8, WD_CAP)}, 08-08-2026, 05:40</div></div>
<h1 class="article__title cms-title">{a['title']}</h1>
<div class="article__tools"><a class="btn-listen" href="javascript:;">Nghe</a><a class="btn-fontsize" href="javascript:;">A-</a><a class="btn-fontsize" href="javascript:;">A+</a><a class="btn-print" href="javascript:;">In bài</a><a class="btn-share" href="javascript:;">Chia sẻ</a></div>
<div class="article__sapo cms-desc">{a['sapo']}</div>
<div class="article__body cms-body" itemprop="articleBody">
{chr(10).join(body)}
</div>
<p class="article__author"><span class="name">Bài và ảnh: {a['author']}</span></p>
<div class="article__tag"><span>Tags:</span><a href="/tag/thanh-hoa">Thanh Hóa</a><a href="/tag/nong-thon-moi">nông thôn mới</a><a href="/tag/dan-van-kheo">Dân vận khéo</a><a href="/tag/hien-dat-lam-duong">hiến đất làm đường</a></div>
<div class="article__rating"><span>Đánh giá bài viết:</span><a href="javascript:;">1</a><a href="javascript:;">2</a><a href="javascript:;">3</a><a href="javascript:;">4</a><a href="javascript:;">5</a></div>
</div>
<section class="box-samecat"><h2 class="box-heading">Tin cùng chuyên mục</h2><div class="box-content">{''.join(samecat)}</div><a class="btn-more" href="/chinh-tri/dan-van-1172/">Xem thêm</a></section>
</div>
<aside class="col-sidebar">
<div class="box-latest"><h2 class="box-heading">Tin mới</h2><div class="box-content timeline">{''.join(latest)}</div></div>
<div class="ads-right" id="td-right-1"></div>
<div class="box-mostread"><h2 class="box-heading">Đọc nhiều</h2><ol>{mostread}</ol></div>
<div class="box-poll"><h2 class="box-heading">Thăm dò ý kiến</h2><form><p>Bạn đánh giá thế nào về hiệu quả phong trào “Dân vận khéo” ở địa phương mình?</p><label><input type="radio" name="poll"> Rất hiệu quả</label><label><input type="radio" name="poll"> Hiệu quả</label><label><input type="radio" name="poll"> Chưa rõ nét</label><button type="button">Biểu quyết</button> <a href="javascript:;">Xem kết quả</a></form></div>
<div class="ads-right" id="td-right-2"></div>
</aside>
</div>
</div></main>
<footer class="site-footer"><div class="container">
<div class="footer-nav">{''.join('<div class="footer-col"><a class="footer-col__title" href="/%s/">%s</a>%s</div>' % (slug(s), s, ''.join('<a href="/%s/%s/">%s</a>' % (slug(s), slug(x), x) for x in subs)) for s, subs in SECTIONS)}</div>
<div class="footer-info">
<p><strong>Báo Toàn Dân</strong> - Cơ quan Trung ương của Đảng Cộng sản Việt Nam, Tiếng nói của Đảng, Nhà nước và Nhân dân Việt Nam</p>
<p>Tổng Biên tập: Lê Quốc Minh. Phó Tổng Biên tập: Phan Văn Hùng, Đinh Như Hoan</p>
<p>Tòa soạn: 71 Hàng Trống, phường Hoàn Kiếm, Hà Nội. Điện thoại: (024) 38254231 - Fax: (024) 38255593</p>
<p>Giấy phép số 2121/GP-BTTTT. Bản quyền thuộc về Báo Toàn Dân. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div>
<div class="footer-counter">Số người đang truy cập: 4.812 | Lượt truy cập trong ngày: 391.207</div>
</div></footer>
<script src="https://static.toandan.vn/web/js/app.9a1d2.js" defer></script>
<script src="https://static.toandan.vn/web/js/article.9a1d2.js" defer></script>
</body>
</html>
"""
    return page, article_side("m08", "custom (Toàn Dân, Nhân Dân-like)", url, "2026-08-08T05:40:00+07:00")


# ---------------------------------------------------------------- m09
def page_m09():
    a, rng = A["m09"], R("m09")
    url = "https://nguoichiensi.vn/ren-ban-linh-chien-si-moi-tu-nhung-bai-ban-dan-that-dau-tien-854211"
    d = datetime.date(2026, 9, 10)
    body = []
    for b in a["blocks"]:
        k = b[0]
        if k == "p":
            body.append('<p style="text-align: justify;">%s</p>' % b[1])
        elif k == "h":
            body.append('<p style="text-align: justify;"><strong>%s</strong></p>' % b[1])
        elif k == "cap":
            src = img_url("file.nguoichiensi.vn/data/images/0/2026/09/10/upload_2048", d, b[2], rng)
            body.append('<table class="image center" align="center"><tbody><tr><td><img src="%s" alt="%s" width="700" height="467"></td></tr><tr><td class="image_desc">%s</td></tr></tbody></table>'
                        % (src, esc(strip(b[1])), b[1]))
    lines = a["author_lines"]
    body.append('<p style="text-align: right;"><strong>Bài và ảnh: %s</strong></p>' % lines[0])
    body.append('<p style="text-align: right;"><strong>%s</strong></p>' % lines[1])
    menu = "".join('<li><a href="/%s">%s</a></li>' % (slug(s), s) for s in
                   ["Chính trị", "Quốc phòng - An ninh", "Kinh tế", "Xã hội", "Pháp luật", "Quốc tế", "Văn hóa", "Thể thao",
                    "Bạn đọc", "Khoa giáo", "Y tế", "Giáo dục", "Bảo vệ nền tảng tư tưởng của Đảng", "Biển đảo", "Tiêu điểm"])
    news = headlines(rng, 18)
    news_html = "".join('<div class="pcontent"><a href="/%s-%s"><img src="https://file.nguoichiensi.vn/thumb/%s.jpg" alt=""></a><h3><a href="/%s-%s">%s</a></h3><span class="time">%s</span></div>'
                        % (slug(h), digits(rng, 6), hexid(rng, 12), slug(h), digits(rng, 6), h, rand_time(rng).strftime("%H:%M %d/%m/%Y")) for h in news)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{a['title']}</title>
<meta name="description" content="{esc(a['sapo'])}" />
<meta name="keywords" content="huấn luyện chiến sĩ mới, bắn đạn thật, Trung đoàn 141" />
<meta property="og:title" content="{esc(a['title'])}" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="https://file.nguoichiensi.vn/data/images/0/2026/09/10/upload_2048/tap-ngam.jpg" />
<meta itemprop="datePublished" content="2026-09-10T07:48:00+07:00" />
<link rel="canonical" href="{url}" />
<link href="/Content/css/style.css?v=20260901" rel="stylesheet" type="text/css" />
<style type="text/css">{css_blob(rng, 'ncs', 240)}</style>
<script type="text/javascript" src="/Scripts/jquery-3.6.0.min.js"></script>
{gtag('G-NCS2019XQ')}</head>
<body>
<div id="wrapper">
<div class="top-bar"><div class="container"><span class="date-now">Chủ nhật, 22/11/2026</span><a href="/rss">RSS</a><a href="https://en.nguoichiensi.vn">English</a><a href="https://cn.nguoichiensi.vn">中文</a></div></div>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/Content/images/logo.png" alt="Báo Người Chiến Sĩ" /></a><div class="search-box"><input type="text" id="txtSearch" placeholder="Tìm kiếm..." /><input type="button" value="Tìm" /></div></div></div>
<div class="menu"><div class="container"><ul class="menu-main"><li class="home"><a href="/">Trang chủ</a></li>{menu}</ul></div></div>
<div class="container">
<div class="col-left">
<div class="breadcrumbs"><a href="/quoc-phong-an-ninh">Quốc phòng - An ninh</a> &gt; <a href="/quoc-phong-an-ninh/xay-dung-quan-doi">Xây dựng quân đội</a></div>
<div class="post-detail">
<div class="post-subinfo"><span class="post-date">{wd(2026, 9, 10, WD_CAP)}, 10/09/2026 | 07:48</span><span class="post-views">Lượt xem: 1.846</span></div>
<h1 class="post-title">{a['title']}</h1>
<div class="post-summary"><h2>{a['sapo']}</h2></div>
<div class="post-content" id="dnn_ctr_Content" itemprop="articleBody">
{chr(10).join(body)}
</div>
<div class="post-tools"><a href="javascript:window.print()">In bài viết</a> <a href="javascript:;">Gửi bài viết</a> <a href="javascript:;">Chia sẻ Facebook</a></div>
<div class="post-tags">Từ khóa: <a href="/tag/chien-si-moi">chiến sĩ mới</a>, <a href="/tag/huan-luyen">huấn luyện</a>, <a href="/tag/ban-dan-that">bắn đạn thật</a></div>
</div>
<div class="post-related"><h3>Tin liên quan</h3>{news_html[:len(news_html)//3]}</div>
</div>
<div class="col-right"><div class="box"><h3 class="box-title">Tin mới nhất</h3>{news_html[len(news_html)//3:]}</div>
<div class="box-video"><h3 class="box-title">Truyền hình Người Chiến Sĩ</h3><a href="/video">Xem trực tiếp</a></div></div>
</div>
<div class="footer"><div class="container">
<p>BÁO NGƯỜI CHIẾN SĨ - CƠ QUAN TRUNG ƯƠNG CỦA QUÂN ỦY TRUNG ƯƠNG VÀ BỘ QUỐC PHÒNG</p>
<p>Tổng Biên tập: Thiếu tướng Đoàn Xuân Bộ. Giấy phép số 2040/GP-BTTTT</p>
<p>Địa chỉ: Số 7 Phan Đình Phùng, phường Ba Đình, Hà Nội. Điện thoại: 069.554119</p>
<p>Bản quyền thuộc về Báo Người Chiến Sĩ.</p>
</div></div>
</div>
</body>
</html>
"""
    return page, article_side("m09", "dnn (Người Chiến Sĩ, QĐND-like)", url, "2026-09-10T07:48:00+07:00")


# ---------------------------------------------------------------- m10
def page_m10():
    a, rng = A["m10"], R("m10")
    url = "https://binhyen.vn/triet-pha-nhom-doi-tuong-dung-tiktok-gia-danh-nha-tu-thien-de-lua-dao-i781204/"
    d = datetime.date(2025, 9, 20)
    body = []
    for b in a["blocks"]:
        k = b[0]
        if k == "p":
            body.append("<p>%s</p>" % b[1])
        elif k == "h":
            body.append("<h3>%s</h3>" % b[1])
        elif k == "cap":
            src = img_url("image.binhyen.vn/w800/Uploaded/2025/bpivpjbp", d, b[2], rng)
            body.append('<div class="light-img"><figure><img src="%s" alt="%s" width="800" height="533"><figcaption><p>%s</p></figcaption></figure></div>' % (src, esc(strip(b[1])), b[1]))
        elif k == "embed":
            e = b[2]
            tags = " ".join('<a title="%s" target="_blank" href="https://www.tiktok.com/tag/%s?refer=embed">#%s</a>' % (t, t, t) for t in e["tags"])
            body.append('<blockquote class="tiktok-embed" cite="%s" data-video-id="%s" style="max-width: 605px;min-width: 325px;"><section><a target="_blank" title="%s" href="https://www.tiktok.com/%s?refer=embed">%s</a> %s %s <a target="_blank" title="%s" href="https://www.tiktok.com/music/nhac-nen-%s?refer=embed">%s</a></section></blockquote>'
                        '<script async src="https://www.tiktok.com/embed.js"></script>'
                        % (e["href"], e["vid"], e["handle"], e["handle"], e["handle"], e["text"], tags, esc(e["music"]), digits(rng, 19), e["music"]))
        elif k == "rel":
            lis = "".join('<li><a href="/%s-i%s/">%s</a></li>' % (slug(t), digits(rng, 6), t) for t in b[1])
            body.append('<div class="box-related-inline"><p class="title-related">Tin liên quan</p><ul>%s</ul></div>' % lis)
    cats = ["Tin tức", "Thời sự", "Chống diễn biến hòa bình", "Pháp luật", "Kinh tế", "Văn hóa", "Thể thao", "Quốc tế", "Bạn đọc", "Chuyên đề", "Xã hội", "Đời sống"]
    menu = "".join('<li><a href="/%s/">%s</a></li>' % (slug(c), c) for c in cats)
    focus = headlines(rng, 22)
    focus_html = "".join('<li class="item"><a href="/%s-i%s/" class="thumb"><img src="https://image.binhyen.vn/w300/%s.jpg" alt=""></a><h4><a href="/%s-i%s/">%s</a></h4><span class="time">%s</span></li>'
                         % (slug(h), digits(rng, 6), hexid(rng, 16), slug(h), digits(rng, 6), h, rand_time(rng, datetime.date(2025, 9, rng.randint(15, 20))).strftime("%H:%M %d/%m/%Y")) for h in focus)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{a['title']} - Báo Bình Yên</title>
<meta name="description" content="{esc(a['sapo'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://image.binhyen.vn/w1200/Uploaded/2025/bpivpjbp/2025_09_20/doi-tuong.jpg">
<meta property="article:published_time" content="2025-09-20T05:05:00+00:00">
<meta property="article:modified_time" content="2025-09-20T06:31:18+00:00">
<meta property="article:section" content="Pháp luật">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://binhyen.vn/assets/css/main.min.css?v=2.7.0">
<style>{css_blob(rng, 'by', 380)}</style>
{gtag('G-BY55T8KQ')}{ads_script(rng, 'by', 10)}</head>
<body class="page-detail">
<div class="header-top"><div class="container d-flex"><div class="date-today">Chủ nhật, 22/11/2026</div><div class="hotline">Đường dây nóng: 069.2342.108</div><div class="social"><a href="https://facebook.com/baobinhyen">Facebook</a><a href="https://youtube.com/@binhyentv">YouTube</a><a href="https://tiktok.com/@baobinhyen">TikTok</a></div></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img src="https://binhyen.vn/assets/images/logo.png" alt="Báo Bình Yên"></a><div class="header-banner"></div></div></header>
<nav class="main-menu"><div class="container"><ul class="nav"><li class="home"><a href="/">Trang chủ</a></li>{menu}</ul><div class="box-search"><input type="text" placeholder="Tìm kiếm"></div></div></nav>
<div class="container main">
<div class="row">
<div class="col-8">
<div class="box-widget-detail">
<div class="breadcrumbs"><a href="/phap-luat/">Pháp luật</a> / <a href="/phap-luat/ky-an/">Kỳ án</a></div>
<div class="box-title-detail"><h1>{a['title']}</h1></div>
<div class="box-info-detail"><div class="box-author"><strong>{a['author']}</strong></div><span class="box-date">12:05 20/09/2025</span><div class="box-tools"><a href="javascript:;" class="font">A-</a><a href="javascript:;" class="font">A+</a><a href="javascript:;" class="print">In</a></div></div>
<div class="box-des-detail this-one"><p>{a['sapo']}</p></div>
<div class="detail-content-body">
{chr(10).join(body)}
</div>
<div class="box-keyword"><span>Từ khóa:</span><a href="/tag/lua-dao-qua-mang/">lừa đảo qua mạng</a><a href="/tag/tiktok/">TikTok</a><a href="/tag/tu-thien/">từ thiện</a></div>
</div>
<div class="box-focus"><h2 class="title">Tin cùng chuyên mục</h2><ul>{focus_html[:len(focus_html)//2]}</ul></div>
</div>
<div class="col-4"><div class="box-sidebar"><h3 class="title">Tiêu điểm</h3><ul>{focus_html[len(focus_html)//2:]}</ul></div><div class="ads-300x600" id="by_right"></div></div>
</div>
</div>
<footer class="footer"><div class="container">
<p><strong>BÁO BÌNH YÊN</strong> - Cơ quan của Bộ Công an</p>
<p>Tổng Biên tập: Đại tá Nguyễn Văn Kiên. Giấy phép số 1089/GP-BTTTT</p>
<p>Tòa soạn: 92 Nguyễn Du, phường Cửa Nam, Hà Nội. Điện thoại: 069.2342.108</p>
<p>© Bản quyền thuộc về Báo Bình Yên.</p>
</div></footer>
<script src="https://binhyen.vn/assets/js/main.min.js?v=2.7.0" defer></script>
</body>
</html>
"""
    return page, article_side("m10", "custom (Bình Yên, CAND-like)", url, "2025-09-20T12:05:00+07:00")


# ---------------------------------------------------------------- m11 (big, Drupal)
def page_m11():
    a, rng = A["m11"], R("m11")
    url = "https://songviet.vn/xa-hoi/mua-lon-keo-dai-nhieu-tuyen-duong-o-quang-ngai-bi-sat-lo-chia-cat-post1241877.vnp"
    d = datetime.date(2026, 10, 14)
    body = []
    for b in a["blocks"]:
        k = b[0]
        if k == "p":
            body.append("<p>%s</p>" % b[1])
        elif k == "cap":
            src = "https://media.songviet.vn/sites/default/files/styles/large/public/2026-10/%s.jpg?itok=%s" % (b[2], b64(rng, 6).replace("/", "_").replace("+", "-"))
            body.append('<figure role="group" class="caption caption-img align-center"><img alt="%s" data-entity-type="file" data-entity-uuid="%s-%s-%s" src="%s" width="1000" height="667" loading="lazy"><figcaption>%s</figcaption></figure>'
                        % (esc(strip(b[1])), hexid(rng, 8), hexid(rng, 4), hexid(rng, 12), src, b[1]))
        elif k == "rel":
            body.append('<div class="related-in-article"><div class="label">Tin liên quan</div>%s</div>' % "".join(
                '<a href="/xa-hoi/%s-post%s.vnp">%s</a>' % (slug(t), digits(rng, 7), t) for t in b[1]))
    ticker = headlines(rng, 12)
    ticker_html = "".join('<li class="ticker__item"><a href="/%s-post%s.vnp">%s</a></li>' % (slug(h), digits(rng, 7), h) for h in ticker)
    regions = ["Tây Bắc", "Đông Bắc", "Đồng bằng sông Hồng", "Bắc Trung Bộ", "Miền Trung", "Tây Nguyên", "Đông Nam Bộ", "Đồng bằng sông Cửu Long"]
    menu = []
    for s, subs in SECTIONS:
        menu.append('<li class="menu-item menu-item--expanded"><a href="/%s" data-drupal-link-system-path="taxonomy/term/%s">%s</a><ul class="menu">%s</ul></li>'
                    % (slug(s), digits(rng, 3), s, "".join('<li class="menu-item"><a href="/%s/%s" data-drupal-link-system-path="taxonomy/term/%s">%s</a></li>' % (slug(s), slug(x), digits(rng, 3), x) for x in subs)))
    menu.append('<li class="menu-item menu-item--expanded"><a href="/dia-phuong">Địa phương</a><ul class="menu">%s</ul></li>' % "".join('<li class="menu-item"><a href="/dia-phuong/%s">%s</a></li>' % (slug(r), r) for r in regions))
    menu = "".join(menu)
    def teasers(n, cls):
        out = []
        for h in headlines(rng, n):
            t = rand_time(rng)
            out.append('<div class="views-row"><article role="article" class="node node--type-article node--view-mode-%s"><div class="node__image"><a href="/%s-post%s.vnp"><img loading="lazy" src="https://media.songviet.vn/sites/default/files/styles/%s/public/2026-11/%s.jpg" width="320" height="213" alt="%s"></a></div>'
                       '<h3 class="node__title"><a href="/%s-post%s.vnp" hreflang="vi">%s</a></h3><div class="node__meta"><span class="field--name-created">%s</span> <span class="comment-count">%d bình luận</span></div></article></div>'
                       % (cls, slug(h), digits(rng, 7), cls, hexid(rng, 16), esc(h), slug(h), digits(rng, 7), h, t.strftime("%H:%M %d/%m/%Y"), rng.randint(0, 30)))
        return "".join(out)
    settings = {"path": {"baseUrl": "/", "scriptPath": None, "pathPrefix": "", "currentPath": "node/1241877", "currentPathIsAdmin": False, "isFront": False, "currentLanguage": "vi"},
                "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True,
                "ajaxPageState": {"libraries": ",".join("songviet/%s" % x for x in ["global", "article", "ticker", "comment", "share", "lazy", "audio", "video", "gallery", "ads", "menu", "search", "weather", "poll"] * 3), "theme": "songviet", "theme_token": b64(rng, 32)},
                "ajaxTrustedUrl": {"/search/node": True},
                "views": {"ajax_path": "/views/ajax", "ajaxViews": {"views_dom_id:" + hexid(rng, 64): {"view_name": "frontpage", "view_display_id": "block_%d" % i, "view_args": "", "view_path": "/node/1241877", "view_base_path": "", "view_dom_id": hexid(rng, 64), "pager_element": 0} for i in range(24)}},
                "songviet": {"nid": 1241877, "tid": 14, "comment_count": 12, "audio": {"enabled": True, "voices": ["Bắc", "Trung", "Nam"]}, "ads": [{"zone": digits(rng, 6), "id": "sv-%d" % i} for i in range(40)]},
                "user": {"uid": 0, "permissionsHash": hexid(rng, 64)}}
    page = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#  schema: http://schema.org/">
<head>
<meta charset="utf-8" />
<meta name="description" content="{esc(a['sapo'])}" />
<link rel="canonical" href="{url}" />
<meta property="og:site_name" content="Báo điện tử Sóng Việt" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{esc(a['title'])}" />
<meta property="og:image" content="https://media.songviet.vn/sites/default/files/styles/og_image/public/2026-10/sat-lo-violak.jpg" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/songviet/favicon.ico" type="image/vnd.microsoft.icon" />
<title>{a['title']} | Báo điện tử Sóng Việt</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{b64(rng, 30).replace('/', '_').replace('+', '-')}.css?delta=0&amp;language=vi&amp;theme=songviet&amp;include=eJx" />
<style>{css_blob(rng, 'sv', 850)}</style>
{gtag('G-SV8819TN')}{ads_script(rng, 'sv', 24)}</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Nhảy đến nội dung</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<div class="ticker-hot sticky-top" id="ticker-hot"><div class="container"><span class="ticker__label">Tin nóng</span><ul class="ticker__list" data-speed="40">{ticker_html}</ul></div></div>
<header role="banner" class="site-header">
<div class="region region-header-top"><div class="container"><div class="block block-songviet-date">Chủ nhật, 22/11/2026</div><div class="block block-radio-links"><a href="/nghe-truc-tiep/vov1">Nghe trực tiếp SV1</a> <a href="/nghe-truc-tiep/vov2">SV2</a> <a href="/nghe-truc-tiep/vov3">SV3</a> <a href="/xem-truc-tiep/svtv">Xem truyền hình</a></div><div class="block block-weather">Hà Nội 19°C - 24°C</div></div></div>
<div class="region region-header"><div class="container"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/songviet/logo.svg" alt="Trang chủ" /></a><div class="search-block-form block block-search" role="search"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><input title="Nhập từ khóa tìm kiếm." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" /><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Tìm kiếm" class="button js-form-submit form-submit" /></form></div></div></div>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu">{menu}</ul></nav></div>
</header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Trang chủ</a></li><li><a href="/xa-hoi">Xã hội</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content container">
<div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<article role="article" about="/node/1241877" class="node node--type-article node--view-mode-full">
<div class="article-header">
<div class="article-date"><span>{wd(2026, 10, 14, WD_CAP)}, 07:25, 14/10/2026</span></div>
<h1 class="article-title"><span class="field field--name-title field--type-string field--label-hidden">{a['title']}</span></h1>
<div class="article-tools"><span class="comment-count"><a href="#comments">12 bình luận</a></span> <a href="javascript:;" class="listen">Nghe bài viết</a> <a href="javascript:;" class="print">In</a></div>
</div>
<div class="article-summary field field--name-field-summary">{a['sapo']}</div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{chr(10).join(body)}
</div>
<div class="article-author"><p class="author">{a['author']}</p></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-inline"><div class="field__label">Tag</div><div class="field__items"><div class="field__item"><a href="/tag/sat-lo" hreflang="vi">sạt lở</a></div><div class="field__item"><a href="/tag/quang-ngai" hreflang="vi">Quảng Ngãi</a></div><div class="field__item"><a href="/tag/mua-lu" hreflang="vi">mưa lũ</a></div></div></div>
<section id="comments" class="comment-section"><h2 class="title">Bình luận (12)</h2><div class="comment-form">Bạn cần <a href="/user/login">đăng nhập</a> để bình luận.</div><div class="comments-list">{comments_html(rng, 8, 'div class="comment-wrapper"', "article", "comment-author", "comment-body", lambda t: t.strftime("%H:%M %d/%m/%Y"), base=datetime.datetime(2026, 10, 14, 7, 25), texts=[
        "Mong mọi người ở vùng núi chú ý an toàn, không cố vượt qua ngầm tràn.",
        "Đèo Violak năm nào mưa lớn cũng sạt, cần giải pháp lâu dài.",
        "Cảm ơn lực lượng chức năng đã thức trắng đêm hỗ trợ bà con.",
        "Xin hỏi quốc lộ 24 đã thông xe chưa ạ?",
        "Quê tôi ở Măng Ri, mưa từ tối qua đến giờ chưa ngớt.",
        "Thương bà con vùng cao, mùa mưa nào cũng khổ.",
        "Cần cảnh báo sớm hơn để người dân chủ động di dời.",
        "Chúc các anh công nhân làm đường an toàn."])}</div></section>
</article>
<div class="views-element-container block block-views"><h2 class="block-title">Tin cùng chuyên mục</h2><div class="view view-same-category">{teasers(24, 'teaser')}</div></div>
</div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">
<div class="block block-most-read"><h2 class="block-title">Đọc nhiều</h2>{teasers(12, 'mini')}</div>
<div class="block block-ads" id="sv-right-1"></div>
<div class="block block-latest"><h2 class="block-title">Tin mới</h2>{teasers(20, 'mini')}</div>
</div></aside>
</div>
</main>
<footer role="contentinfo" class="site-footer"><div class="container">
<div class="footer-menu"><ul>{''.join('<li><a href="/%s">%s</a></li>' % (slug(s), s) for s, _ in SECTIONS)}</ul></div>
<p>BÁO ĐIỆN TỬ SÓNG VIỆT - Cơ quan chủ quản: Đài Phát thanh Quốc gia Sóng Việt</p>
<p>Giấy phép số 1278/GP-BTTTT. Tổng Biên tập: Nguyễn Thị Thu Hà</p>
<p>Địa chỉ: 45 Bà Triệu, phường Hai Bà Trưng, Hà Nội. Điện thoại: 024.39344231. Email: online@songviet.vn</p>
<p>© Copyright Sóng Việt. Ghi rõ nguồn “Báo điện tử Sóng Việt” khi phát hành lại thông tin từ website này.</p>
</div></footer>
</div>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{json.dumps(settings, ensure_ascii=False)}</script>
<script src="/sites/default/files/js/js_{b64(rng, 30).replace('/', '_').replace('+', '-')}.js?scope=footer&amp;delta=0&amp;language=vi&amp;theme=songviet"></script>
</body>
</html>
"""
    return page, article_side("m11", "drupal (Sóng Việt, VOV-like)", url, "2026-10-14T07:25:00+07:00")


# ---------------------------------------------------------------- m12
def page_m12():
    a, rng = A["m12"], R("m12")
    url = "https://vntv.vn/ha-noi-lop-hoc-binh-dan-so-cho-nguoi-cao-tuoi-20261026194512345.htm"
    body = []
    for b in a["blocks"]:
        k = b[0]
        if k == "p":
            body.append("<p>%s</p>" % b[1])
        elif k == "video":
            body.append('<div class="VCSortableInPreviewMode" type="VideoStream" embed-type="4" data-item-id="%s"><div class="videoNewsPlayer" data-vid="vntv.mediacdn.vn/2026/10/26/binh-dan-so-1761482700.mp4" data-thumb="https://vntv.mediacdn.vn/zoom/640_360/2026/10/26/thumb-binh-dan-so.jpg">'
                        '<video controls preload="none" poster="https://vntv.mediacdn.vn/zoom/640_360/2026/10/26/thumb-binh-dan-so.jpg" width="640" height="360"><source src="https://vntv.mediacdn.vn/2026/10/26/binh-dan-so-1761482700.mp4" type="video/mp4">Trình duyệt của bạn không hỗ trợ phát video.</video>'
                        '<div class="player-bar"><span class="player-title">Lớp học bình dân số</span><span class="player-duration">02:47</span></div></div>'
                        '<div class="VideoCMS_Caption"><p data-placeholder="[nhập chú thích]">%s</p></div></div>' % (digits(rng, 6), b[1]))
        elif k == "rel":
            body.append('<div class="tinlienquan-inline"><p class="lbl">Tin liên quan:</p><ul>%s</ul></div>' % "".join(
                '<li><a href="/%s-2026%s.htm">%s</a></li>' % (slug(t), digits(rng, 13), t) for t in b[1]))
    cr = a["author_credits"]
    byline = " - ".join("%s %s" % (lab, n) for lab, n in cr)
    cats = ["Chính trị", "Xã hội", "Pháp luật", "Thế giới", "Kinh tế", "Thể thao", "Giải trí", "Công nghệ", "Sức khỏe", "Đời sống", "Giáo dục", "Du lịch", "Truyền hình"]
    menu = "".join('<li><a href="/%s.htm" title="%s">%s</a></li>' % (slug(c), c, c) for c in cats)
    sched = []
    t0 = datetime.datetime(2026, 11, 22, 0, 0)
    for i in range(28):
        t0 += datetime.timedelta(minutes=rng.choice([15, 25, 30, 45, 60]))
        sched.append('<li><span class="time">%s</span><span class="prog">%s</span></li>' % (t0.strftime("%H:%M"), rng.choice(["Thời sự", "Chào buổi sáng", "Phim truyện: Đất rừng phương Nam", "Thể thao 24/7", "Cà phê sáng", "Chuyển động 24h", "Ký sự biên cương", "Tài chính kinh doanh", "Nông nghiệp sạch", "Bản tin thời tiết"])))
    hot = headlines(rng, 16)
    hot_html = "".join('<li><a href="/%s-2026%s.htm"><img src="https://vntv.mediacdn.vn/zoom/260_163/%s.jpg" alt="">%s</a></li>' % (slug(h), digits(rng, 13), hexid(rng, 14), h) for h in hot)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{strip(a['title'])} - VNTV.VN</title>
<meta name="description" content="{esc(a['sapo'])}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta property="og:title" content="{esc(a['title'])}" />
<meta property="og:type" content="video.other" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="https://vntv.mediacdn.vn/zoom/600_315/2026/10/26/thumb-binh-dan-so.jpg" />
<meta property="og:video" content="https://vntv.mediacdn.vn/2026/10/26/binh-dan-so-1761482700.mp4" />
<meta itemprop="datePublished" content="2026-10-26T19:45:12+07:00" />
<meta itemprop="dateModified" content="2026-10-26T20:03:50+07:00" />
<link rel="canonical" href="{url}" />
<link rel="stylesheet" href="https://static.vntv.vn/web_css/detail-20261020.min.css" />
<style>{css_blob(rng, 'vt', 260)}</style>
{gtag('G-VNTV81LQ2')}{ads_script(rng, 'vntv', 8)}</head>
<body>
<div id="header"><div class="w1040">
<div class="header-top"><span class="today">Chủ Nhật, 22/11/2026</span><a class="logo" href="/"><img src="https://static.vntv.vn/web_images/logo-vntv.png" alt="VNTV"></a><a class="btn-live" href="/truc-tuyen.htm">Trực tuyến</a><div class="search"><input type="text" placeholder="Tìm kiếm"></div></div>
<ul class="menu-top"><li class="home"><a href="/">Trang chủ</a></li>{menu}</ul>
</div></div>
<div id="main" class="w1040">
<div class="col-left">
<div class="infodetail">
<div class="breadcrumb"><a href="/xa-hoi.htm">Xã hội</a></div>
<h1 class="title_detail">{a['title']}</h1>
<p class="news-info"><span class="time">19:45 - 26/10/2026</span> <span class="view">Lượt xem: 3.912</span></p>
<h2 class="sapo">{a['sapo']}</h2>
<div id="entry-body" class="ta-justify noidungbaiviet">
{chr(10).join(body)}
</div>
<p class="news-info author"><span class="author">{byline}</span></p>
<div class="tags">Từ khóa: <a href="/chuyen-doi-so.html">chuyển đổi số</a> <a href="/nguoi-cao-tuoi.html">người cao tuổi</a> <a href="/binh-dan-hoc-vu-so.html">Bình dân học vụ số</a></div>
</div>
<div class="box-hot"><h3>Tin nổi bật</h3><ul>{hot_html}</ul></div>
</div>
<div class="col-right"><div class="lichphatsong"><h3>Lịch phát sóng VNTV1</h3><p class="day">22/11/2026</p><ul>{''.join(sched)}</ul></div><div class="ads" id="vntv_right"></div></div>
</div>
<div id="footer"><div class="w1040">
<p>Đài Truyền hình Việt Nam Online - VNTV.VN. Giấy phép số 2063/GP-BTTTT</p>
<p>Trưởng ban: Trần Đăng Tuấn. Địa chỉ: 43 Nguyễn Chí Thanh, phường Giảng Võ, Hà Nội</p>
<p>Email: toasoan@vntv.vn. © Bản quyền thuộc VNTV</p>
</div></div>
<script src="https://static.vntv.vn/web_js/player.min.js" defer></script>
</body>
</html>
"""
    return page, article_side("m12", "custom (VNTV, VTV-like, video)", url, "2026-10-26T19:45:12+07:00")


# ---------------------------------------------------------------- m13
def page_m13():
    a, rng = A["m13"], R("m13")
    url = "https://tiengnoinhandan.vn/xay-dung-dang/phat-trien-dang-vien-trong-doanh-nghiep-ngoai-khu-vuc-nha-nuoc-khoi-thong-tu-co-so-693512.html"
    body = []
    for b in a["blocks"]:
        if b[0] == "p":
            body.append('<p style="text-align:justify">%s</p>' % b[1])
        elif b[0] == "h":
            body.append('<p style="text-align:justify"><strong><em>%s</em></strong></p>' % b[1])
    body.append('<p style="text-align:right"><strong>%s</strong></p>' % a["author"])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": a["title"],
          "description": a["sapo"], "datePublished": "2026-11-05T01:30:00Z", "dateModified": "2026-11-05T02:12:40Z",
          "author": {"@type": "Person", "name": a["author"]},
          "publisher": {"@type": "Organization", "name": "Báo điện tử Tiếng nói Nhân dân", "logo": {"@type": "ImageObject", "url": "https://tiengnoinhandan.vn/images/logo.png"}},
          "articleBody": " ".join(strip(b[1]) for b in a["blocks"] if b[0] in ("p", "h"))}
    left = ["Tin tức", "Xây dựng Đảng", "Chính trị", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Đối ngoại", "Phòng, chống tham nhũng, tiêu cực", "Bảo vệ nền tảng tư tưởng của Đảng", "Tư liệu văn kiện", "Học tập và làm theo Bác", "Ảnh", "Video"]
    menu = "".join('<li><a href="/%s">%s</a></li>' % (slug(c), c) for c in left)
    other = headlines(rng, 12)
    other_html = "".join('<li><a href="/%s-%s.html">%s</a> <span class="date">(%s)</span></li>' % (slug(h), digits(rng, 6), h, fmt_dmy(rand_time(rng))) for h in other)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{a['title']}</title>
<meta name="description" content="{esc(a['sapo'])}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/Content/site.css?v=5.3">
<style>{css_blob(rng, 'tn', 140)}</style>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
{gtag('G-TNND2201X')}</head>
<body>
<div id="top"><div class="wrap"><span class="ngay">Chủ nhật, 22/11/2026</span> <a href="/en">English</a> | <a href="/fr">Français</a> | <a href="/cn">中文</a> | <a href="/ru">Русский</a></div></div>
<div id="banner"><div class="wrap"><a href="/"><img src="/images/banner-2026.jpg" alt="Báo điện tử Tiếng nói Nhân dân - Cơ quan của Ban Chấp hành Trung ương"></a></div></div>
<div id="menu"><div class="wrap"><ul>{menu}</ul><form action="/tim-kiem" class="timkiem"><input name="q" placeholder="Tìm kiếm"></form></div></div>
<div id="content" class="wrap">
<div class="col-main">
<div class="detail-title"><div class="cate"><a href="/xay-dung-dang">Xây dựng Đảng</a></div>
<h1 class="title">{a['title']}</h1>
<div class="date-ct"><span class="date">05/11/2026 08:30</span> <span class="font-size"><a href="javascript:;">A</a> <a href="javascript:;">A+</a></span></div></div>
<div class="sapo"><strong>{a['sapo']}</strong></div>
<div class="post-content" id="noidung">
{chr(10).join(body)}
</div>
<div class="tools"><a href="javascript:window.print();">In bài</a> | <a href="javascript:;">Gửi email</a> | <a href="javascript:;">Chia sẻ</a></div>
<div class="other-news"><h3>Các tin khác</h3><ul>{other_html}</ul></div>
</div>
<div class="col-right"><div class="box"><h3>Chuyên đề</h3><ul><li><a href="/chuyen-de/dai-hoi-xiv">Đại hội XIV của Đảng</a></li><li><a href="/chuyen-de/chinh-quyen-hai-cap">Chính quyền địa phương hai cấp</a></li><li><a href="/chuyen-de/nghi-quyet-57">Nghị quyết 57-NQ/TW</a></li></ul></div>
<div class="box"><h3>Liên kết</h3><select onchange="window.open(this.value)"><option>-- Liên kết website --</option><option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option><option value="https://quochoi.vn">Cổng TTĐT Quốc hội</option></select></div>
<div class="counter">Đang truy cập: 1.284<br>Tổng lượt truy cập: 98.412.730</div></div>
</div>
<div id="footer"><div class="wrap">
<p>BÁO ĐIỆN TỬ TIẾNG NÓI NHÂN DÂN - CƠ QUAN CỦA BAN CHẤP HÀNH TRUNG ƯƠNG</p>
<p>Giấy phép số 215/GP-BTTTT. Tổng Biên tập: Nguyễn Ngọc Hà</p>
<p>Địa chỉ: 381 Đội Cấn, phường Ngọc Hà, Hà Nội. Điện thoại: 080.48161</p>
</div></div>
</body>
</html>
"""
    return page, article_side("m13", "custom (Tiếng nói Nhân dân, ĐCSVN-like)", url, "2026-11-05T08:30:00+07:00")


# ---------------------------------------------------------------- m14 (relative date)
def page_m14():
    a, rng = A["m14"], R("m14")
    url = "https://dtpt.vn/van-hoa-xa-hoi/am-ap-ngay-hoi-dai-doan-ket-o-ap-my-hung-a214987.html"
    d = datetime.date(2026, 11, 21)
    body = []
    for b in a["blocks"]:
        if b[0] == "p":
            body.append("<p>%s</p>" % b[1])
        elif b[0] == "cap":
            src = img_url("cdn.dtpt.vn/images", d, b[2], rng)
            body.append('<figure class="image"><img src="%s" alt="%s" loading="lazy"><figcaption>%s</figcaption></figure>' % (src, esc(strip(b[1])), b[1]))
    rel_items = []
    base = datetime.datetime(2026, 11, 22, 1, 10)
    for i, h in enumerate(headlines(rng, 16)):
        mins = 40 + i * rng.randint(35, 90)
        rel = "%d phút trước" % mins if mins < 60 else ("%d giờ trước" % (mins // 60) if mins < 1440 else "%d ngày trước" % (mins // 1440))
        t = base - datetime.timedelta(minutes=mins)
        rel_items.append('<li class="news-item"><a href="/%s-a%s.html"><img src="https://cdn.dtpt.vn/thumbs/%s.jpg" alt=""><span class="title">%s</span></a><time datetime="%s">%s</time></li>'
                         % (slug(h), digits(rng, 6), hexid(rng, 12), h, t.strftime("%Y-%m-%dT%H:%M:00+07:00"), rel))
    sched = "".join('<li><b>%02d:%02d</b> %s</li>' % (h, rng.choice([0, 15, 30, 45]), rng.choice(["Thời sự Đồng Tháp", "Nông nghiệp xanh", "Đờn ca tài tử", "Phim truyện", "Ca nhạc theo yêu cầu", "Chuyện làng quê", "Tạp chí Mặt trận", "Bản tin thời tiết"])) for h in range(5, 24))
    menu = "".join('<li><a href="/%s">%s</a></li>' % (slug(c), c) for c in ["Thời sự", "Chính trị", "Kinh tế", "Văn hóa - Xã hội", "Nông nghiệp", "Pháp luật", "Thể thao", "Giáo dục", "Sức khỏe", "Du lịch", "Phát thanh", "Truyền hình", "Podcast", "Báo in"])
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{a['title']} - Báo và Phát thanh, Truyền hình Đồng Tháp</title>
<meta name="description" content="{esc(a['sapo'])}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
<meta property="og:image" content="https://cdn.dtpt.vn/images/2026/11/21/trao-qua.jpg">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/_nuxt/entry.8d1f3a2c.css">
<style>{css_blob(rng, 'dtp', 200)}</style>
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/entry.4c1b77e0.js">
{gtag('G-DTPT2025A')}</head>
<body>
<div id="__nuxt"><div id="__layout">
<header class="site-header">
<div class="topbar"><div class="container"><span class="today">Chủ nhật, 22/11/2026</span><div class="live-links"><a href="/truyen-hinh/truc-tiep/thdt1" class="live">THĐT1 trực tiếp</a><a href="/phat-thanh/truc-tiep/fm" class="live">Phát thanh FM 97,5 MHz</a></div></div></div>
<div class="brand container"><a href="/" class="logo"><img src="/images/logo-dtpt.svg" alt="Báo và Phát thanh, Truyền hình Đồng Tháp"></a><form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm tin tức"></form></div>
<nav class="main-nav"><div class="container"><ul>{menu}</ul></div></nav>
</header>
<main class="container page-article">
<div class="row">
<div class="col-main">
<nav class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/van-hoa-xa-hoi">Văn hóa - Xã hội</a></nav>
<article class="article-detail">
<h1 class="article-title">{a['title']}</h1>
<div class="article-meta"><span class="time"><time datetime="2026-11-21T22:10:00+07:00" title="21/11/2026 22:10">3 giờ trước</time></span><span class="views">215 lượt xem</span></div>
<div class="article-sapo">{a['sapo']}</div>
<div class="article-content">
{chr(10).join(body)}
</div>
<p class="article-author"><span class="label">Bài, ảnh:</span> {a['author']}</p>
<div class="article-share"><a href="javascript:;">Facebook</a><a href="javascript:;">Zalo</a><a href="javascript:;">Sao chép link</a></div>
</article>
<section class="related"><h2>Tin liên quan</h2><ul>{''.join(rel_items[:6])}</ul></section>
</div>
<aside class="col-side"><section class="latest"><h2>Tin mới</h2><ul>{''.join(rel_items[6:])}</ul></section>
<section class="schedule"><h2>Lịch phát sóng THĐT1 hôm nay</h2><ul>{sched}</ul></section></aside>
</div>
</main>
<footer class="site-footer"><div class="container">
<p><strong>BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG THÁP</strong> - Cơ quan của Đảng bộ tỉnh Đồng Tháp</p>
<p>Giấy phép số 45/GP-BVHTTDL. Tổng Biên tập: Nguyễn Thị Ngọc Hân</p>
<p>Địa chỉ: Số 3, đường 30/4, phường Cao Lãnh, tỉnh Đồng Tháp. Điện thoại: 0277.3851.234</p>
</div></footer>
</div></div>
<script>window.__NUXT__={{config:{{public:{{apiBase:"https://api.dtpt.vn"}}}},state:{{article:{{id:214987,created:"2026-11-21T22:10:00+07:00"}}}}}}</script>
<script type="module" src="/_nuxt/entry.4c1b77e0.js" crossorigin></script>
</body>
</html>
"""
    return page, article_side("m14", "nuxt (Báo và PT-TH Đồng Tháp, merged provincial)", url, "2026-11-21T22:10:00+07:00")


# ---------------------------------------------------------------- m15 (photo story)
def page_m15():
    a, rng = A["m15"], R("m15")
    url = "https://laocaitv.vn/anh/vang-ong-mua-lua-chin-mu-cang-chai-p188450.html"
    d = datetime.date(2026, 9, 20)
    items = []
    for i, b in enumerate(a["blocks"]):
        if b[0] == "cap":
            src = img_url("media.laocaitv.vn/photo/2026", d, b[2], rng)
            items.append('<div class="ps-item" data-index="%d"><div class="ps-photo"><img src="%s" srcset="%s 1x, %s 2x" alt="" width="1600" height="1067"></div><div class="ps-caption"><span class="ps-num">%d/%d</span><p>%s</p></div></div>'
                         % (i + 1, src, src, src.replace(".jpg", "@2x.jpg"), i + 1, 8, b[1]))
        elif b[0] == "p":
            items.append('<div class="ps-text"><p>%s</p></div>' % b[1])
    cr = a["author_credits"]
    more = headlines(rng, 10)
    more_html = "".join('<div class="ps-more-item"><a href="/anh/%s-p%s.html"><img src="https://media.laocaitv.vn/thumb/%s.jpg" alt=""><h3>%s</h3></a></div>' % (slug(h), digits(rng, 6), hexid(rng, 12), h) for h in more)
    menu = "".join('<a href="/%s">%s</a>' % (slug(c), c) for c in ["Thời sự", "Kinh tế", "Xã hội", "Văn hóa", "Du lịch", "Biên giới", "Nông nghiệp", "Thể thao", "Ảnh", "Video", "Podcast", "Truyền hình", "Phát thanh"])
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>[Ảnh] {a['title']} | Báo và PT-TH Lào Cai</title>
<meta name="description" content="{esc(a['sapo'])}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://media.laocaitv.vn/photo/2026/09/20/khau-pha.jpg">
<link rel="canonical" href="{url}">
<style>body{{background:#111;color:#eee;margin:0;font-family:'Noto Serif',serif}}.ps-photo img{{width:100%;height:auto;display:block}}.ps-caption{{max-width:760px;margin:12px auto 40px;font-size:17px;line-height:1.6}}.ps-num{{color:#e8b93a;margin-right:8px}}{css_blob(rng, 'ps', 120)}</style>
{gtag('G-LCTV7781P')}</head>
<body class="photo-story-page">
<header class="ps-header"><div class="ps-bar"><a class="ps-logo" href="/"><img src="/assets/logo-laocaitv-white.svg" alt="Báo và Phát thanh, Truyền hình Lào Cai"></a><span class="ps-today">Chủ nhật, 22/11/2026</span><nav class="ps-nav">{menu}</nav><a class="ps-search" href="/tim-kiem">Tìm kiếm</a></div></header>
<div class="photo-story">
<div class="ps-cover"><img src="https://media.laocaitv.vn/photo/2026/09/20/cover-mu-cang-chai.jpg" alt="{esc(a['title'])}"></div>
<div class="ps-head">
<span class="badge">PHOTO</span>
<h1 class="ps-title">{a['title']}</h1>
<div class="ps-meta"><span class="date">{wd(2026, 9, 20)}, 20/09/2026 | 16:10</span><span class="credit">{cr[0][0]} {cr[0][1]} - {cr[1][0]} {cr[1][1]}</span></div>
<div class="lead">{a['sapo']}</div>
</div>
<div class="ps-body">
{chr(10).join(items)}
</div>
<div class="ps-footer-tools"><a href="javascript:;">Chia sẻ</a> <a href="javascript:;">Tải ảnh chất lượng cao</a></div>
</div>
<section class="ps-more"><h2>Ảnh khác</h2>{more_html}</section>
<footer class="ps-site-footer">
<p>BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÀO CAI - Cơ quan của Đảng bộ tỉnh Lào Cai</p>
<p>Giấy phép số 38/GP-BVHTTDL. Tổng Biên tập: Vũ Thị Hồng Thúy</p>
<p>Địa chỉ: Đường Hoàng Liên, phường Cam Đường, tỉnh Lào Cai. Điện thoại: 0214.3840.111</p>
</footer>
<script src="/assets/js/photostory.js" defer></script>
</body>
</html>
"""
    return page, article_side("m15", "custom (Báo và PT-TH Lào Cai, photo story)", url, "2026-09-20T16:10:00+07:00")


# ---------------------------------------------------------------- m16 (WordPress, correction)
def page_m16():
    a, rng = A["m16"], R("m16")
    url = "https://nongnghiepxanh.vn/ca-mau-mo-hinh-tom-lua-cho-loi-nhuan-gap-doi-trong-lua-thuan/"
    d = datetime.date(2025, 9, 23)
    body = []
    for b in a["blocks"]:
        k = b[0]
        if k == "p":
            body.append("<p>%s</p>" % b[1])
        elif k == "h":
            body.append('<h2 class="wp-block-heading">%s</h2>' % b[1])
        elif k == "cap":
            src = "https://nongnghiepxanh.vn/wp-content/uploads/2025/09/%s-%s.jpg" % (b[2], digits(rng, 4))
            body.append('<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="%s" alt="" class="wp-image-%s" srcset="%s 1024w, %s 300w, %s 768w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">%s</figcaption></figure>'
                        % (src, digits(rng, 5), src, src.replace(".jpg", "-300x200.jpg"), src.replace(".jpg", "-768x512.jpg"), b[1]))
        elif k == "note":
            body.append('<p class="correction-note" style="border-top:1px solid #ddd;padding-top:8px">%s</p>' % b[1])
    cats = ["Thời sự", "Trồng trọt", "Chăn nuôi", "Thủy sản", "Lâm nghiệp", "Môi trường", "Khuyến nông", "Thị trường", "Kinh tế hợp tác", "Nông thôn mới", "OCOP", "Khoa học", "Tư vấn nhà nông"]
    menu = "".join('<li id="menu-item-%s" class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="https://nongnghiepxanh.vn/category/%s/"><div class="tdb-menu-item-text">%s</div></a></li>' % (digits(rng, 4), slug(c), c) for c in cats)
    recent = headlines(rng, 30)
    recent_html = "".join('<div class="td_module_flex td_module_flex_1"><div class="td-module-container"><div class="td-image-container"><a href="https://nongnghiepxanh.vn/%s/" rel="bookmark" class="td-image-wrap" title="%s"><span class="entry-thumb td-thumb-css" data-type="css_image" data-img-url="https://nongnghiepxanh.vn/wp-content/uploads/2025/%02d/%s-218x150.jpg"></span></a></div><div class="td-module-meta-info"><h3 class="entry-title td-module-title"><a href="https://nongnghiepxanh.vn/%s/">%s</a></h3><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></span></div></div></div>'
                          % (slug(h), esc(h), rng.randint(7, 9), hexid(rng, 10), slug(h), h, "2025-09-%02dT%02d:%02d:00+07:00" % (rng.randint(18, 23), rng.randint(6, 20), rng.randint(0, 59)), "%02d/09/2025" % rng.randint(18, 23)) for h in recent)
    yoast = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": a["author"], "@id": "https://nongnghiepxanh.vn/#/schema/person/" + hexid(rng, 32)},
         "headline": a["title"], "datePublished": "2025-09-23T07:07:41+00:00", "dateModified": "2025-09-23T09:30:12+00:00", "mainEntityOfPage": {"@id": url},
         "wordCount": 612, "publisher": {"@id": "https://nongnghiepxanh.vn/#organization"}, "articleSection": ["Thủy sản"], "inLanguage": "vi"},
        {"@type": "WebPage", "@id": url, "url": url, "name": a["title"] + " - Báo Nông nghiệp Xanh", "datePublished": "2025-09-23T07:07:41+00:00", "dateModified": "2025-09-23T09:30:12+00:00"},
        {"@type": "Organization", "@id": "https://nongnghiepxanh.vn/#organization", "name": "Báo Nông nghiệp Xanh", "url": "https://nongnghiepxanh.vn/"}]}
    tdc = {"tdAjaxUrl": "https://nongnghiepxanh.vn/wp-admin/admin-ajax.php?td_theme_name=Newspaper&v=12.6.8", "tdThemeName": "Newspaper", "tdDateNamesI18n": {"month_names": ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"], "day_names": ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]},
           "td_blocks": [{"id": "tdi_%d" % i, "atts": b64(rng, 90), "td_column_number": 1, "block_type": "tdb_single_related"} for i in range(40)]}
    page = f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<title>{a['title']} - Báo Nông nghiệp Xanh</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<meta name="description" content="Vụ lúa trên đất nuôi tôm năm 2025 tại các xã phía Bắc tỉnh Cà Mau đạt năng suất bình quân 5,2 tấn/ha..." />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a['title'])}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Báo Nông nghiệp Xanh" />
<meta property="article:published_time" content="2025-09-23T07:07:41+00:00" />
<meta property="article:modified_time" content="2025-09-23T09:30:12+00:00" />
<meta name="author" content="{a['author']}" />
<meta name="twitter:label1" content="Được viết bởi" /><meta name="twitter:data1" content="{a['author']}" />
<meta name="twitter:label2" content="Ước tính thời gian đọc" /><meta name="twitter:data2" content="3 phút" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(yoast, ensure_ascii=False)}</script>
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="Dòng thông tin Báo Nông nghiệp Xanh &raquo;" href="https://nongnghiepxanh.vn/feed/" />
<link rel='stylesheet' id='td-theme-css' href='https://nongnghiepxanh.vn/wp-content/themes/Newspaper/style.css?ver=12.6.8' type='text/css' media='all' />
<style id='td-theme-inline-css'>{css_blob(rng, 'td', 520)}</style>
<script type="text/javascript" src="https://nongnghiepxanh.vn/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script>var tdBlocksArray = []; window.tdcConfig = {json.dumps(tdc, ensure_ascii=False)};</script>
<link rel="https://api.w.org/" href="https://nongnghiepxanh.vn/wp-json/" /><link rel="alternate" type="application/json" href="https://nongnghiepxanh.vn/wp-json/wp/v2/posts/48213" />
<link rel='shortlink' href='https://nongnghiepxanh.vn/?p=48213' />
{gtag('G-NNX5513K2')}</head>
<body class="post-template-default single single-post postid-48213 single-format-standard td-standard-pack global-block-template-1 tdb_template_312 tdb-template td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-template-wrap" style="position: relative">
<div class="td-header-desktop-wrap">
<div class="tdb-header-top"><div class="tdb-block-inner td-fix-index"><span class="tdb-current-date">Chủ Nhật, Tháng Mười Một 22, 2026</span> <span class="tdb-date-short">(22/11/2026)</span></div></div>
<div class="tdb-logo"><a class="tdb-logo-a" href="https://nongnghiepxanh.vn/"><img class="tdb-logo-img" src="https://nongnghiepxanh.vn/wp-content/uploads/2024/03/logo-nnx.png" alt="Báo Nông nghiệp Xanh" title="" /></a></div>
<div class="td_block_wrap tdb_header_menu"><div id="tdi_14" class="td_block_inner td-fix-index"><ul id="menu-main-menu-1" class="tdb-block-menu tdb-menu tdb-menu-items-visible"><li class="menu-item menu-item-type-custom menu-item-home"><a href="https://nongnghiepxanh.vn/"><div class="tdb-menu-item-text">Trang chủ</div></a></li>{menu}</ul></div></div>
<div class="tdb_header_search"><form method="get" class="tdb-search-form" action="https://nongnghiepxanh.vn/"><input class="tdb-head-search-form-input" placeholder="Tìm kiếm" type="text" value="" name="s" /><button class="wpb_button" type="submit">Tìm</button></form></div>
</div></div>
<div id="tdb-autoload-article" data-autoload="off" data-autoload-org-post-id="48213" data-autoload-type="" data-autoload-count="5">
<article class="post-48213 post type-post status-publish format-standard has-post-thumbnail category-thuy-san">
<div class="td-main-content-wrap td-container-wrap"><div class="tdc-content-wrap">
<div class="tdb_single_breadcrumbs"><span><a title="" class="tdb-entry-crumb" href="https://nongnghiepxanh.vn/">Trang chủ</a></span> <i class="tdb-bread-sep td-icon-right"></i> <span><a title="Xem tất cả bài viết trong Thủy sản" class="tdb-entry-crumb" href="https://nongnghiepxanh.vn/category/thuy-san/">Thủy sản</a></span></div>
<div class="td_block_wrap tdb_single_categories"><a class="tdb-entry-category" href="https://nongnghiepxanh.vn/category/thuy-san/"><span class="tdb-cat-bg"></span>Thủy sản</a></div>
<div class="td_block_wrap tdb_title"><h1 class="tdb-title-text">{a['title']}</h1></div>
<div class="td_block_wrap tdb_single_author"><div class="tdb-block-inner td-fix-index"><a class="tdb-author-photo" href="https://nongnghiepxanh.vn/author/tronglinh/" title="{a['author']}"><img alt="" src="https://secure.gravatar.com/avatar/{hexid(rng, 32)}?s=96&amp;d=mm&amp;r=g" class="avatar avatar-96 photo" height="96" width="96" /></a><div class="tdb-author-by">Tác giả</div> <a class="tdb-author-name" href="https://nongnghiepxanh.vn/author/tronglinh/">{a['author']}</a></div></div>
<div class="td_block_wrap tdb_single_date"><div class="tdb-block-inner td-fix-index"><time class="entry-date updated td-module-date" datetime="2025-09-23T14:07:41+07:00">14:07 | 23/09/2025</time></div></div>
<div class="td_block_wrap tdb_single_modified_date"><div class="tdb-block-inner td-fix-index"><span class="tdb-date-label">Cập nhật:</span> <time class="entry-date td-module-date" datetime="2025-09-23T16:30:12+07:00">16:30 | 23/09/2025</time></div></div>
<div class="td_block_wrap tdb_single_content"><div class="tdb-block-inner td-fix-index">
{chr(10).join(body)}
</div></div>
<div class="td_block_wrap tdb_single_tags"><ul class="tdb-tags"><li><span>Từ khóa</span></li><li><a href="https://nongnghiepxanh.vn/tag/tom-lua/">tôm - lúa</a></li><li><a href="https://nongnghiepxanh.vn/tag/ca-mau/">Cà Mau</a></li><li><a href="https://nongnghiepxanh.vn/tag/lua-chiu-man/">lúa chịu mặn</a></li></ul></div>
<div class="td_block_wrap tdb_single_post_share"><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-facebook" href="https://www.facebook.com/sharer.php?u={url}"><span class="td-social-but-text">Facebook</span></a><a class="td-social-sharing-button td-social-zalo" href="javascript:;"><span class="td-social-but-text">Zalo</span></a></div></div>
<div class="td_block_wrap tdb_single_related"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>Bài viết liên quan</span></h4></div><div class="td_block_inner tdb-block-inner td-fix-index">{recent_html[:len(recent_html)//2]}</div></div>
<div class="td_block_wrap tdb_single_comments"><div class="comments" id="comments"><div id="respond" class="comment-respond"><h4 id="reply-title" class="comment-reply-title">Để lại một bình luận</h4><form action="https://nongnghiepxanh.vn/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Bình luận:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></div><div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Tên:*" type="text" value="" size="30" aria-required='true' /></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /></p></form></div></div></div>
</div></div>
</article>
</div>
<div class="td-sidebar"><div class="td_block_wrap td_flex_block_1"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>Tin mới nhất</span></h4></div>{recent_html[len(recent_html)//2:]}</div></div>
<div class="td-footer-template-wrap"><div class="tdc-footer-wrap">
<p>BÁO NÔNG NGHIỆP XANH - Cơ quan của Hội Nông dân Việt Nam. Giấy phép số 372/GP-BTTTT</p>
<p>Tổng biên tập: Trần Văn Thống. Trụ sở: Số 9 Tôn Thất Thuyết, phường Cầu Giấy, Hà Nội. Điện thoại: 024.3856.4321</p>
<p>© 2025 Báo Nông nghiệp Xanh. Thiết kế bởi tagDiv.</p>
</div></div>
</div>
<script type="text/javascript" src="https://nongnghiepxanh.vn/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6.8" id="td-generated-footer-js"></script>
</body>
</html>
"""
    return page, article_side("m16", "wordpress (Nông nghiệp Xanh, tagDiv Newspaper)", url, "2025-09-23T14:07:41+07:00")


# ---------------------------------------------------------------- m17 (magazine)
def page_m17():
    a, rng = A["m17"], R("m17")
    url = "https://nhipsongdothi.vn/phong-su/nhung-tiem-sua-dong-ho-cuoi-cung-tren-pho-cu-sai-gon-4512.html"
    body = []
    for b in a["blocks"]:
        k = b[0]
        if k == "p":
            body.append("<p>%s</p>" % b[1])
        elif k == "h":
            body.append("<h3>%s</h3>" % b[1])
        elif k == "cap":
            body.append('<div class="img-block"><img src="/uploads/2025/10/%s.jpg" alt=""><p class="img-caption"><em>%s</em></p></div>' % (b[2], b[1]))
        elif k == "rel":
            for t in b[1]:
                body.append('<div class="related-inline"><span class="related-label">Tin liên quan:</span> <a href="/phong-su/%s-%s.html">%s</a></div>' % (slug(t), digits(rng, 4), t))
    cr = a["author_credits"]
    issues = "".join('<li><a href="/so-bao/so-%d"><img src="/uploads/covers/so-%d.jpg" alt="Số %d"><span>Số %d - Tháng %d/2025</span></a></li>' % (n, n, n, n, (n - 150) % 12 + 1) for n in range(160, 172))
    readmore = "".join('<li><a href="/phong-su/%s-%s.html">%s</a><p>%s</p></li>' % (slug(h), digits(rng, 4), h, desc_for(h, rng)) for h in headlines(rng, 12))
    cats = "".join('<li><a href="/%s">%s</a></li>' % (slug(c), c) for c in ["Phóng sự", "Đô thị", "Kiến trúc", "Văn hóa", "Ẩm thực", "Người Sài Gòn", "Ký ức", "Sống xanh", "Kinh tế đô thị", "Tạp chí in"])
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{a['title']} | Tạp chí Nhịp sống Đô thị</title>
<meta name="description" content="{esc(a['sapo'])}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://nhipsongdothi.vn/uploads/2025/10/ong-sau.jpg">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/assets/magazine.css?v=12">
<style>.article-body p{{font-size:18px;line-height:1.75}}.img-caption{{text-align:center;color:#666}}.related-inline{{border-left:3px solid #b71c1c;padding-left:10px;margin:16px 0}}{css_blob(rng, 'mg', 90)}</style>
</head>
<body>
<div class="masthead"><div class="wrap"><span class="issue-date">Chủ nhật, 22/11/2026</span><a class="brand" href="/">NHỊP SỐNG ĐÔ THỊ</a><span class="tagline">Tạp chí của Hội Kiến trúc sư TP.HCM</span></div></div>
<nav class="topnav"><div class="wrap"><ul>{cats}</ul><a class="subscribe" href="/dat-mua">Đặt mua tạp chí</a></div></nav>
<div class="wrap layout">
<article class="article">
<div class="kicker"><a href="/phong-su">Phóng sự</a></div>
<h1 class="article-title">{a['title']}</h1>
<div class="article-meta"><span class="byline">{cr[0][0]} {cr[0][1]} – {cr[1][0]} {cr[1][1]}</span><span class="dot">·</span><span class="pubdate">{wd(2025, 10, 2, WD_CAP)}, ngày 2 tháng 10 năm 2025</span></div>
<div class="article-lead"><p>{a['sapo']}</p></div>
<div class="article-body">
{chr(10).join(body)}
</div>
<div class="article-end"><span class="end-mark">■</span></div>
<div class="article-issue">Bài đăng trên Nhịp sống Đô thị số 168, tháng 10/2025</div>
</article>
<aside class="side"><h3>Các số tạp chí</h3><ul class="issues">{issues}</ul><h3>Đọc thêm</h3><ul class="readmore">{readmore}</ul></aside>
</div>
<footer class="foot"><div class="wrap"><p>Tạp chí Nhịp sống Đô thị. Giấy phép số 512/GP-BTTTT. Tổng biên tập: KTS. Nguyễn Trường Lưu</p><p>Tòa soạn: 57 Võ Văn Tần, phường Xuân Hòa, TP.HCM</p></div></footer>
</body>
</html>
"""
    return page, article_side("m17", "custom static (Nhịp sống Đô thị, magazine)", url, "2025-10-02T00:00:00+07:00")


# ---------------------------------------------------------------- m18 (mobile)
def page_m18():
    a, rng = A["m18"], R("m18")
    url = "https://m.duongviet.vn/de-xuat-mo-rong-cao-toc-cam-lo-la-son-len-4-lan-xe-hoan-chinh-d712455.html"
    d = datetime.date(2025, 8, 12)
    body = []
    for b in a["blocks"]:
        if b[0] == "p":
            body.append("<p>%s</p>" % b[1])
        elif b[0] == "cap":
            body.append('<div class="m-img"><img src="%s" alt="" width="100%%"><p class="img-caption">%s</p></div>' % (img_url("cdn.duongviet.vn/m480", d, b[2], rng), b[1]))
    more = headlines(rng, 10)
    more_html = "".join('<li><a href="/%s-d%s.html"><img src="https://cdn.duongviet.vn/m160/%s.jpg" alt=""><span>%s</span></a></li>' % (slug(h), digits(rng, 6), hexid(rng, 10), h) for h in more)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">
<title>{a['title']}</title>
<meta name="description" content="{esc(a['sapo'])}">
<link rel="canonical" href="{url.replace('://m.', '://')}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:url" content="{url.replace('://m.', '://')}">
<meta name="apple-mobile-web-app-capable" content="yes">
<style>body{{margin:0;font:16px/1.55 -apple-system,Roboto,Arial,sans-serif}}.m-header{{position:sticky;top:0;background:#0b4f8a;color:#fff;display:flex;align-items:center;height:48px}}.m-content p{{margin:0 0 14px}}.img-caption{{font-size:13px;color:#666;text-align:center}}{css_blob(rng, 'm', 60)}</style>
</head>
<body class="mobile">
<div class="m-header"><a class="m-burger" href="#m-menu" aria-label="Menu">☰</a><a class="m-logo" href="/"><img src="https://m.duongviet.vn/img/logo-m.png" alt="Báo Đường Việt" height="28"></a><a class="m-search" href="/tim-kiem">Tìm</a></div>
<div class="m-date">Chủ nhật, 22/11/2026</div>
<div id="m-menu" class="m-menu" hidden><ul><li><a href="/thoi-su">Thời sự</a></li><li><a href="/giao-thong">Giao thông</a></li><li><a href="/ha-tang">Hạ tầng</a></li><li><a href="/van-tai">Vận tải</a></li><li><a href="/xe">Xe</a></li><li><a href="/an-toan-giao-thong">An toàn giao thông</a></li><li><a href="/xay-dung">Xây dựng</a></li><li><a href="/do-thi">Đô thị</a></li></ul></div>
<div class="m-cate"><a href="/ha-tang">Hạ tầng</a></div>
<h1 class="m-title">{a['title']}</h1>
<div class="m-meta"><span class="m-author">{a['author']}</span> <span class="m-time">{wd(2025, 8, 12, WD_SHORT)}, 12/08/2025 - 08:15</span></div>
<p class="m-sapo"><strong>{a['sapo']}</strong></p>
<div class="m-content">
{chr(10).join(body)}
</div>
<div class="m-share"><a href="fb-messenger://share?link={url}">Messenger</a><a href="https://zalo.me/share?u={url}">Zalo</a></div>
<div class="m-more"><h3>Đọc thêm</h3><ul>{more_html}</ul></div>
<div class="m-footer"><p>Báo Đường Việt - Cơ quan của Bộ Xây dựng</p><p>Tổng Biên tập: Trần Minh Hải. Giấy phép số 340/GP-BTTTT</p><a href="{url.replace('://m.', '://')}?desktop=1">Xem phiên bản máy tính</a></div>
<script async src="https://m.duongviet.vn/js/m.min.js"></script>
</body>
</html>
"""
    return page, article_side("m18", "custom-mobile (Đường Việt, m. site)", url, "2025-08-12T08:15:00+07:00")


# ---------------------------------------------------------------- m19 (ASP.NET, big)
QT_UNITS = ["phường Đồng Hới", "phường Đồng Thuận", "phường Đồng Sơn", "phường Đông Hà", "phường Nam Đông Hà",
            "phường Quảng Trị", "phường Ba Đồn", "phường Bắc Gianh", "xã Vĩnh Linh", "xã Cửa Tùng", "xã Vĩnh Hoàng",
            "xã Cồn Tiên", "xã Gio Linh", "xã Cửa Việt", "xã Cam Lộ", "xã Hiếu Giang", "xã Hướng Hóa", "xã Khe Sanh",
            "xã Lao Bảo", "xã Lìa", "xã A Dơi", "xã Đakrông", "xã La Lay", "xã Triệu Phong", "xã Ái Tử", "xã Triệu Bình",
            "xã Hải Lăng", "xã Nam Hải Lăng", "xã Mỹ Thủy", "xã Lệ Thủy", "xã Kim Thủy", "xã Sen Ngư", "xã Quảng Ninh",
            "xã Trường Sơn", "xã Bố Trạch", "xã Nam Trạch", "xã Phong Nha", "xã Hoàn Lão", "xã Minh Hóa", "xã Dân Hóa",
            "xã Tuyên Hóa", "xã Đồng Lê", "xã Quảng Trạch", "xã Hòa Trạch", "đặc khu Cồn Cỏ"]


def page_m19():
    a, rng = A["m19"], R("m19")
    url = "https://www.quangtri.gov.vn/tin-tuc/ChiTietTin.aspx?ItemID=31877&CatID=12"
    d = datetime.date(2026, 2, 3)
    body = []
    for b in a["blocks"]:
        k = b[0]
        if k == "p":
            body.append('<p style="text-align: justify;">%s</p>' % b[1])
        elif k == "cap":
            body.append('<p style="text-align: center;"><img alt="" src="/Uploads/Images/2026/02/%s-%s.jpg" style="width: 650px; height: 433px;" /></p><p style="text-align: center;"><em>%s</em></p>' % (b[2], digits(rng, 6), b[1]))
        elif k == "ul":
            body.append('<ul>%s</ul>' % "".join('<li style="text-align: justify;">%s</li>' % x for x in b[1]))
    body.append('<p style="text-align: right;"><strong>Tin, ảnh: %s</strong></p>' % a["author"])
    viewstate = b64(rng, 52000)
    evval = b64(rng, 2400)
    left = ["Giới thiệu chung", "Lịch sử - Văn hóa", "Tổ chức bộ máy", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản quy phạm pháp luật",
            "Văn bản chỉ đạo điều hành", "Quy hoạch - Kế hoạch", "Dự án đầu tư", "Thông tin đấu thầu", "Thống kê", "Ngân sách nhà nước",
            "Thủ tục hành chính", "Dịch vụ công trực tuyến", "Hỏi đáp trực tuyến", "Lấy ý kiến dự thảo văn bản", "Phổ biến giáo dục pháp luật",
            "Chuyển đổi số", "Cải cách hành chính", "Thông tin tuyên truyền", "Người phát ngôn", "Lịch làm việc", "Báo cáo kinh tế - xã hội",
            "Cơ sở dữ liệu chuyên ngành", "Thông tin du lịch", "Xúc tiến đầu tư", "Danh bạ điện thoại", "Hệ thống thư điện tử"]
    left_html = "".join('<tr><td class="menutrai"><a id="ctl00_ucMenuTrai_rptMenu_ctl%02d_hplMenu" href="/%s.aspx">%s</a></td></tr>' % (i, slug(x), x) for i, x in enumerate(left))
    depts = ["Văn phòng UBND tỉnh", "Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp", "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng",
             "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo",
             "Sở Ngoại vụ", "Thanh tra tỉnh", "Ban Quản lý Khu kinh tế tỉnh", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"]
    dept_html = "".join('<option value="https://%s.quangtri.gov.vn">%s</option>' % (slug(x), x) for x in depts)
    units_html = "".join('<option value="https://%s.quangtri.gov.vn">%s</option>' % (slug(x), x) for x in QT_UNITS)
    samecat = []
    for h in headlines(rng, 40):
        t = rand_time(rng, datetime.date(2026, 2, 3) - datetime.timedelta(days=rng.randint(0, 20)))
        samecat.append('<tr><td class="tinkhac"><img src="/Images/icon_bullet.gif" alt="" />&nbsp;<a id="ctl00_ContentPlaceHolder1_ctl00_rptTinKhac_ctl%02d_hplTitle" href="/tin-tuc/ChiTietTin.aspx?ItemID=%s&amp;CatID=12">%s</a>&nbsp;<span class="ngay">(%s)</span></td></tr>'
                       % (len(samecat), digits(rng, 5), h, fmt_dmy(t)))
    hot = []
    for h in headlines(rng, 30):
        hot.append('<div class="tinnoibat-item"><a href="/tin-tuc/ChiTietTin.aspx?ItemID=%s&amp;CatID=%d"><img src="/Uploads/Thumbs/%s.jpg" alt="" width="90" height="60" /></a><a class="tieude-tin" href="/tin-tuc/ChiTietTin.aspx?ItemID=%s">%s</a></div>' % (digits(rng, 5), rng.randint(1, 30), hexid(rng, 10), digits(rng, 5), h))
    notices = "".join('<li><a href="/thong-bao/%s.aspx">%s</a></li>' % (digits(rng, 4), t) for t in [
        "Thông báo tuyển dụng viên chức năm 2026", "Lịch tiếp công dân của Chủ tịch UBND tỉnh tháng 2/2026",
        "Công khai dự toán ngân sách tỉnh năm 2026", "Kết quả lựa chọn nhà thầu gói thầu số 07/2026",
        "Thông báo nghỉ Tết Nguyên đán Bính Ngọ năm 2026", "Danh mục thủ tục hành chính mới ban hành",
        "Lấy ý kiến dự thảo Nghị quyết về chính sách hỗ trợ đầu tư", "Kế hoạch cải cách hành chính năm 2026"])
    scripts = "\n".join('<script src="/WebResource.axd?d=%s&amp;t=%s" type="text/javascript"></script>' % (b64(rng, 60).replace("+", "-").replace("/", "_"), digits(rng, 18)) for _ in range(6))
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{a['title']} - Cổng thông tin điện tử tỉnh Quảng Trị
</title><meta name="keywords" content="Quảng Trị, đầu tư công, giải ngân" /><meta name="description" content="Cổng thông tin điện tử tỉnh Quảng Trị" /><link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" /><link href="/App_Themes/Default/menu.css" type="text/css" rel="stylesheet" />
<style type="text/css">{css_blob(rng, 'qt', 380)}</style>
<script type="text/javascript" src="/Scripts/jquery-1.12.4.min.js"></script>
<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-21877021-1']);_gaq.push(['_trackPageview']);</script>
</head>
<body>
<form name="aspnetForm" method="post" action="./ChiTietTin.aspx?ItemID=31877&amp;CatID=12" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK{viewstate}" />
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
{scripts}
<div>
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{hexid(rng, 8).upper()}" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAA{evval}" />
</div>
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" class="khung">
<tr><td colspan="3"><div class="banner"><img src="/App_Themes/Default/images/banner-quangtri-2025.jpg" alt="Cổng thông tin điện tử tỉnh Quảng Trị" width="1000" height="150" /></div></td></tr>
<tr><td colspan="3" class="menungang"><a href="/">Trang chủ</a> | <a href="/gioi-thieu.aspx">Giới thiệu</a> | <a href="/tin-tuc.aspx">Tin tức</a> | <a href="/van-ban.aspx">Văn bản</a> | <a href="https://dichvucong.quangtri.gov.vn">Dịch vụ công</a> | <a href="/hoi-dap.aspx">Hỏi đáp</a> | <a href="/lien-he.aspx">Liên hệ</a> | <a href="/en">English</a>
<span class="ngayhientai"><span id="ctl00_lblNgay">Chủ nhật, ngày 22/11/2026</span></span>
<span class="timkiem"><input name="ctl00$txtTimKiem" type="text" id="ctl00_txtTimKiem" class="txttimkiem" value="Nhập từ khóa..." /><input type="submit" name="ctl00$btnTimKiem" value="Tìm" id="ctl00_btnTimKiem" /></span></td></tr>
<tr>
<td width="200" valign="top" class="cottrai">
<table width="100%" cellpadding="0" cellspacing="0">{left_html}</table>
<div class="box-trai"><div class="tieudebox">Thông báo</div><ul class="thongbao">{notices}</ul></div>
<div class="box-trai"><div class="tieudebox">Liên kết Sở, ngành</div><select onchange="window.open(this.value)"><option>-- Chọn đơn vị --</option>{dept_html}</select></div>
<div class="box-trai"><div class="tieudebox">Xã, phường, đặc khu</div><select onchange="window.open(this.value)"><option>-- Chọn xã, phường --</option>{units_html}</select></div>
<div class="box-trai"><div class="tieudebox">Thăm dò ý kiến</div><p>Bạn đánh giá thế nào về chất lượng dịch vụ công trực tuyến của tỉnh?</p><input type="radio" name="ctl00$poll" value="1" /> Rất hài lòng<br /><input type="radio" name="ctl00$poll" value="2" /> Hài lòng<br /><input type="radio" name="ctl00$poll" value="3" /> Chưa hài lòng<br /><input type="submit" name="ctl00$btnBieuQuyet" value="Biểu quyết" /></div>
</td>
<td width="560" valign="top" class="cotgiua">
<div class="duongdan"><a href="/">Trang chủ</a> &raquo; <a href="/tin-tuc.aspx">Tin tức - Sự kiện</a> &raquo; <a href="/tin-tuc/DanhSachTin.aspx?CatID=12">Chỉ đạo điều hành</a></div>
<div class="chitiettin">
<div class="tieude"><span id="ctl00_ContentPlaceHolder1_ctl00_lblTieuDe" class="tieudetin">{a['title']}</span></div>
<div class="ngaydang"><span id="ctl00_ContentPlaceHolder1_ctl00_lblNgayDang">03/02/2026 09:05:33</span>&nbsp;&nbsp;<span class="luotxem">Lượt xem: <span id="ctl00_ContentPlaceHolder1_ctl00_lblLuotXem">1245</span></span></div>
<div class="noidung" id="ctl00_ContentPlaceHolder1_ctl00_divNoiDung">
{chr(10).join(body)}
</div>
<div class="congcu"><a href="javascript:window.print();"><img src="/Images/print.gif" alt="" /> In trang</a>&nbsp;<a href="mailto:?subject=Tin%20tuc"><img src="/Images/email.gif" alt="" /> Gửi email</a>&nbsp;<a href="javascript:history.back();">Quay lại</a></div>
<div class="tinkhac-title">Các tin khác</div>
<table width="100%" class="tbl-tinkhac">{''.join(samecat)}</table>
</div>
</td>
<td width="240" valign="top" class="cotphai">
<div class="box-phai"><div class="tieudebox">Tin nổi bật</div>{''.join(hot)}</div>
<div class="box-phai"><a href="https://dichvucong.quangtri.gov.vn"><img src="/Images/banner-dvc.jpg" alt="Dịch vụ công" width="240" /></a><a href="https://congbao.quangtri.gov.vn"><img src="/Images/banner-congbao.jpg" alt="Công báo" width="240" /></a></div>
<div class="box-phai thongke"><div class="tieudebox">Thống kê truy cập</div>Đang trực tuyến: <b>125</b><br />Hôm nay: <b>6.418</b><br />Tổng lượt truy cập: <b>12.345.678</b></div>
</td>
</tr>
<tr><td colspan="3" class="footer">
<p><b>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ</b></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Quảng Trị. Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh</p>
<p>Địa chỉ: Số 6 Hùng Vương, phường Đồng Hới, tỉnh Quảng Trị. Điện thoại: 0232.3822.530. Email: ubnd@quangtri.gov.vn</p>
<p>Giấy phép số 09/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch cấp. Ghi rõ nguồn “Cổng TTĐT tỉnh Quảng Trị” khi phát hành lại thông tin từ website này.</p>
</td></tr>
</table>
<script type="text/javascript">
//<![CDATA[
Sys.Application.initialize();
//]]>
</script>
</form>
</body>
</html>
"""
    return page, article_side("m19", "aspnet-webforms (Cổng TTĐT tỉnh Quảng Trị)", url, "2026-02-03T09:05:33+07:00")


# ---------------------------------------------------------------- m20 (Liferay, no charset in header)
def page_m20():
    a, rng = A["m20"], R("m20")
    url = "https://gialai.gov.vn/web/guest/tin-tuc/-/asset_publisher/Xk9pQm2vTnLr/content/gia-lai-khuyen-cao-nguoi-dan-chu-dong-phong-chong-han-cho-cay-trong"
    body = []
    for b in a["blocks"]:
        k = b[0]
        if k == "p":
            body.append('<p style="text-align:justify">%s</p>' % b[1])
        elif k == "ul":
            body.append("<ul>%s</ul>" % "".join("<li>%s</li>" % x for x in b[1]))
        elif k == "table":
            rows = b[1]
            body.append('<table border="1" cellpadding="1" cellspacing="1" style="width:100%%"><tbody>%s</tbody></table>' % "".join(
                "<tr>%s</tr>" % "".join("<td>%s</td>" % (("<strong>%s</strong>" % c) if i == 0 else c) for c in r) for i, r in enumerate(rows)))
    body.append('<p style="text-align:right"><em>Nguồn: Sở Nông nghiệp và Môi trường</em></p>')
    nav = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Công dân", "Doanh nghiệp", "Du khách", "Văn bản", "Dịch vụ công", "Hỏi đáp", "Sơ đồ cổng"]
    nav_html = "".join('<li class="lfr-nav-item" role="presentation"><a aria-labelledby="layout_%d" href="/web/guest/%s" role="menuitem"><span>%s</span></a></li>' % (i, slug(x), x) for i, x in enumerate(nav))
    others = []
    for h in headlines(rng, 25):
        t = rand_time(rng, datetime.date(2026, 4, rng.randint(10, 28)))
        others.append('<div class="asset-abstract"><h3 class="asset-title"><a href="/web/guest/tin-tuc/-/asset_publisher/Xk9pQm2vTnLr/content/%s">%s</a></h3><span class="metadata-entry metadata-publish-date">%s</span></div>' % (slug(h), h, fmt_dmy(t)))
    theme = {"companyId": "20116", "groupId": "20143", "languageId": "vi_VN", "layoutId": "27", "plid": "%s" % digits(rng, 5),
             "portalURL": "https://gialai.gov.vn", "scopeGroupId": "20143", "timeZone": "Asia/Ho_Chi_Minh", "pathThemeImages": "https://gialai.gov.vn/o/gialai-theme/images",
             "sessionId": hexid(rng, 32).upper(), "userId": "20120", "isSignedIn": False, "doAsUserIdEncoded": "", "cdnBasePath": ""}
    aui = "\n".join("Liferay.Portlet.onLoad({canEditTitle:false,columnPos:%d,isStatic:'end',namespacedId:'p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_%s_',portletId:'com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_%s',refreshURL:'\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d%s\\x26p_p_id\\x3d%s',refreshURLData:{{}}}});"
                    % (i, hexid(rng, 12), hexid(rng, 12), digits(rng, 5), hexid(rng, 20)) for i in range(14))
    page = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{a['title']} - Cổng thông tin điện tử tỉnh Gia Lai</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta content="{esc(a['title'])}" lang="vi-VN" name="title" />
<meta content="hạn hán, Gia Lai, khuyến cáo, cây trồng" lang="vi-VN" name="keywords" />
<link href="https://gialai.gov.vn/o/gialai-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="https://gialai.gov.vn/o/gialai-theme/css/main.css?browserId=chrome&amp;themeId=gialaitheme_WAR_gialaitheme&amp;languageId=vi_VN&amp;t=1745898000000" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
<style>{css_blob(rng, 'gl', 420)}</style>
<script data-senna-track="temporary" type="text/javascript">var Liferay = Liferay || {{}}; Liferay.Browser = {{acceptsGzip: function() {{return true;}}}}; Liferay.ThemeDisplay = {json.dumps(theme)};var themeDisplay = Liferay.ThemeDisplay;Liferay.AUI={{getCombine:function(){{return true;}}}};</script>
<script src="/o/js_loader_config?t=1745898000000" type="text/javascript"></script>
<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=vi_VN&amp;t=1745898000000&amp;/o/frontend-js-aui-web/aui/aui/aui-min.js" type="text/javascript"></script>
</head>
<body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site">
<div class="d-flex flex-column min-vh-100">
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-header"><div class="container"><span class="current-date">Chủ nhật, 22/11/2026</span><a href="/web/guest/dang-nhap" class="sign-in">Đăng nhập</a></div></div>
<div class="banner-main"><a class="logo custom-logo" href="https://gialai.gov.vn/web/guest" title="Đi đến Cổng thông tin điện tử tỉnh Gia Lai"><img alt="Cổng thông tin điện tử tỉnh Gia Lai" height="120" src="/image/layout_set_logo?img_id=58221&amp;t=1745898000000" width="1140" /></a></div>
<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation"><ul aria-label="Các trang web" role="menubar">{nav_html}</ul></nav>
</header>
<section id="content">
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-static-end portlet-barebone portlet-asset-publisher" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Xk9pQm2vTnLr_">
<span id="p_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Xk9pQm2vTnLr"></span>
<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Xk9pQm2vTnLr">
<div class="portlet-content">
<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">Tin tức - Sự kiện</h2></div></div>
<div class="portlet-content-container"><div class="portlet-body">
<div class="asset-full-content clearfix default-asset-publisher no-title">
<div class="asset-title-detail"><h3 class="header-title"><span>{a['title']}</span></h3></div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">Ngày xuất bản: 28/04/2026 4:22 CH</span> <span class="metadata-entry metadata-view-count">Lượt xem: 387</span></div>
<div class="asset-content" id="_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Xk9pQm2vTnLr_{hexid(rng, 6)}">
<div class="journal-content-article" data-analytics-asset-id="{digits(rng, 7)}" data-analytics-asset-title="{esc(a['title'])}" data-analytics-asset-type="web-content">
{chr(10).join(body)}
</div>
</div>
<div class="asset-links"><span class="taglib-icon-help">Chia sẻ:</span> <a href="javascript:;">Facebook</a> <a href="javascript:;">Twitter</a> <a href="javascript:window.print();">In trang</a></div>
</div>
<div class="asset-others"><h4>Tin khác</h4>{''.join(others)}</div>
</div></div>
</div>
</section>
</div>
</div>
</div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<div class="portlet-boundary"><div class="journal-content-article"><h4>Liên kết</h4><p><a href="https://dichvucong.gialai.gov.vn">Cổng dịch vụ công tỉnh Gia Lai</a></p><p><a href="https://vanban.gialai.gov.vn">Hệ thống văn bản điều hành</a></p><p><a href="https://hoidap.gialai.gov.vn">Hỏi đáp trực tuyến</a></p></div></div>
<div class="portlet-boundary"><div class="thong-ke"><h4>Thống kê truy cập</h4><p>Đang truy cập: 98</p><p>Tổng lượt truy cập: 7.654.321</p></div></div>
</div>
</div>
</div>
</section>
<footer id="footer" role="contentinfo">
<p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH GIA LAI</p>
<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Gia Lai. Địa chỉ: Số 1 Trần Phú, phường Quy Nhơn, tỉnh Gia Lai</p>
<p>Điện thoại: 0256.3822.600. Email: ubnd@gialai.gov.vn. Ghi rõ nguồn khi phát hành lại thông tin từ Cổng thông tin điện tử tỉnh Gia Lai.</p>
</footer>
</div>
</div>
<script type="text/javascript">
// <![CDATA[
AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', 'liferay-session', function(A) {{(function() {{var $ = AUI.$;var _ = AUI._;
{aui}
}})();}});
// ]]>
</script>
</body>
</html>
"""
    return page, article_side("m20", "liferay (Cổng TTĐT tỉnh Gia Lai)", url, "2026-04-28T16:22:00+07:00", charset=None)


# ---------------------------------------------------------------- non-articles
def page_n01():
    rng = R("n01")
    url = "https://tuoixanh.vn/thoi-su.htm"
    items = []
    for i, h in enumerate(headlines(rng, 36)):
        t = rand_time(rng)
        items.append('<div class="box-category-item"><a class="box-category-link-with-avatar img-resize" href="/%s-%s.htm" title="%s"><img loading="lazy" src="https://cdn.tuoixanh.vn/zoom/260_163/%s.jpg" alt="%s"></a>'
                     '<h3 class="box-title-text"><a class="box-category-link-title" href="/%s-%s.htm" title="%s">%s</a></h3><p class="box-category-sapo">TXO - %s</p><span class="box-category-time">%s</span></div>'
                     % (slug(h), t.strftime("%Y%m%d%H%M") + digits(rng, 5), esc(h), hexid(rng, 24), esc(h), slug(h), t.strftime("%Y%m%d%H%M") + digits(rng, 5), esc(h), h, desc_for(h, rng), t.strftime("%d/%m/%Y %H:%M")))
    menu = "".join('<li class="menu-item"><a href="/%s.htm" title="%s">%s</a><ul class="sub-menu">%s</ul></li>'
                   % (slug(s), s, s, "".join('<li><a href="/%s/%s.htm">%s</a></li>' % (slug(s), slug(x), x) for x in subs)) for s, subs in SECTIONS)
    subs = "".join('<a href="/thoi-su/%s.htm">%s</a>' % (slug(x), x) for x in SECTIONS[0][1])
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Tin tức thời sự 24h mới nhất trong ngày - Tuổi Xanh Online</title>
<meta name="description" content="Tin tức thời sự trong nước: chính trị, xã hội, giao thông, môi trường, đô thị, dân sinh cập nhật liên tục.">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:type" content="website">
<meta property="og:title" content="Thời sự - Tuổi Xanh Online">
<meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
<link rel="next" href="https://tuoixanh.vn/timeline/200003/trang-2.htm">
<style>{css_blob(rng, 'tx2', 260)}</style>
<script>var pageSettings={{zoneId:"200003",pageType:"category"}};</script>
{gtag('G-TXO2025X')}{ads_script(rng, 'txo', 7)}</head>
<body>
<div class="header">
<div class="header__top"><div class="container"><span class="header__date">Chủ Nhật, 22/11/2026</span><a class="header__logo" href="/"><img src="https://static.tuoixanh.vn/web_images/logo_txo.svg" alt="Tuổi Xanh Online"></a><div class="header__search"><input type="text" placeholder="Nhập từ khóa..."></div></div></div>
<div class="header__nav"><div class="container"><ul class="menu-nav"><li><a class="home" href="/">Trang chủ</a></li>{menu}</ul></div></div>
</div>
<div class="main list-container"><div class="container">
<div class="list__header"><h1 class="list__title"><a href="/thoi-su.htm">Thời sự</a></h1><div class="list__sub">{subs}</div></div>
<div class="list__listing-main">{''.join(items)}</div>
<div class="list__viewmore"><a href="/timeline/200003/trang-2.htm" class="view-more">Xem thêm</a></div>
</div></div>
<div class="footer"><div class="container"><p>Tổng Biên tập: <strong>Lê Thế Anh</strong></p><p>© Bản quyền thuộc Báo Tuổi Xanh.</p></div></div>
</body>
</html>
"""
    return page, {"kind": "listing", "platform": "custom (Tuổi Xanh, Tuổi Trẻ-like CMS)", "url": url, "charset": "utf-8"}


def page_n02():
    rng = R("n02")
    url = "https://www.quangtri.gov.vn/tim-kiem.aspx?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91"
    results = []
    for i in range(20):
        h = rng.choice(["Quảng Trị", "Tỉnh"]) + " " + rng.choice(PREDS) if i % 3 else "Chuyển đổi số: " + rng.choice(PREDS)
        t = rand_time(rng, datetime.date(2026, rng.randint(1, 11), rng.randint(1, 20)))
        results.append('<div class="kq-item"><a class="kq-title" href="/tin-tuc/ChiTietTin.aspx?ItemID=%s&amp;CatID=%d">%s</a><div class="kq-ngay">%s</div><div class="kq-tomtat">... đẩy mạnh <b>chuyển đổi số</b> trong hoạt động của cơ quan nhà nước, %s</div></div>'
                       % (digits(rng, 5), rng.randint(1, 30), h[0].upper() + h[1:], fmt_dmy(t), desc_sentence(rng)))
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>Tìm kiếm - Cổng thông tin điện tử tỉnh Quảng Trị</title>
<link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" />
<style type="text/css">{css_blob(rng, 'qt', 160)}</style></head>
<body>
<form name="aspnetForm" method="post" action="./tim-kiem.aspx?q=chuy%e1%bb%83n+%c4%91%e1%bb%95i+s%e1%bb%91" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK{b64(rng, 9000)}" /></div>
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" class="khung">
<tr><td><div class="banner"><img src="/App_Themes/Default/images/banner-quangtri-2025.jpg" alt="Cổng thông tin điện tử tỉnh Quảng Trị" width="1000" height="150" /></div></td></tr>
<tr><td class="menungang"><a href="/">Trang chủ</a> | <a href="/tin-tuc.aspx">Tin tức</a> | <a href="/van-ban.aspx">Văn bản</a> <span class="ngayhientai">Chủ nhật, ngày 22/11/2026</span></td></tr>
<tr><td class="cotgiua">
<div class="duongdan"><a href="/">Trang chủ</a> &raquo; Tìm kiếm</div>
<div class="timkiem-form"><input name="ctl00$ContentPlaceHolder1$txtTuKhoa" type="text" value="chuyển đổi số" /><select name="ctl00$ContentPlaceHolder1$ddlLoai"><option value="0">Tất cả</option><option value="1">Tin tức</option><option value="2">Văn bản</option></select><input type="submit" value="Tìm kiếm" /></div>
<div class="kq-tong">Tìm thấy <b>214</b> kết quả cho từ khóa “<b>chuyển đổi số</b>” (0,21 giây)</div>
<div class="kq-list">{''.join(results)}</div>
<div class="phantrang"><span class="current">1</span> <a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$pager','2')">2</a> <a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$pager','3')">3</a> ... <a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$pager','11')">11</a> <a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$pager','2')">Sau »</a></div>
</td></tr>
<tr><td class="footer"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ</b></p><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Quảng Trị</p></td></tr>
</table>
</form>
</body>
</html>
"""
    return page, {"kind": "search", "platform": "aspnet-webforms (Cổng TTĐT tỉnh Quảng Trị)", "url": url, "charset": "utf-8"}


def page_n03():
    rng = R("n03")
    url = "https://zinfo.vn/mot-bai-viet-da-bi-go-post1599002.html"
    sugg = headlines(rng, 12)
    sugg_html = "".join('<article class="article-item"><p class="article-thumbnail"><a href="/%s-post%s.html"><img src="%s" data-src="https://photo.zinfo.vn/w360/%s.jpg" class="lazyload" alt=""></a></p><p class="article-title"><a href="/%s-post%s.html">%s</a></p></article>'
                        % (slug(h), digits(rng, 7), PIXEL, hexid(rng, 16), slug(h), digits(rng, 7), h) for h in sugg)
    cats = "".join('<li><a href="/%s.html">%s</a></li>' % (slug(s), s) for s, _ in SECTIONS)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Không tìm thấy trang - Zinfo</title>
<meta name="robots" content="noindex, follow">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://static.zinfo.vn/css/web/error.css?v=1.4.93">
<style>{css_blob(rng, 'z', 160)}</style>
{gtag('G-ZINFO8812')}</head>
<body class="error-page">
<header id="site-header"><div class="container"><div class="header-top"><span class="site-date">Chủ nhật, 22/11/2026</span><a id="logo" href="/"><img src="https://static.zinfo.vn/images/logo-zinfo.svg" alt="Zinfo"></a><form id="search" action="/tim-kiem.html"><input type="text" name="q" placeholder="Tìm kiếm"></form></div>
<nav id="site-menu"><ul class="main-nav">{cats}</ul></nav></div></header>
<div id="site-content" class="container">
<div class="error-404">
<h1>404</h1>
<h2>Rất tiếc, trang bạn tìm không tồn tại</h2>
<p>Đường dẫn có thể đã bị thay đổi hoặc bài viết đã được gỡ bỏ. Vui lòng quay lại <a href="/">trang chủ</a> hoặc sử dụng ô tìm kiếm để tìm nội dung bạn cần.</p>
<form action="/tim-kiem.html"><input type="text" name="q" placeholder="Nhập từ khóa"><button type="submit">Tìm kiếm</button></form>
</div>
<section class="suggest"><h3 class="section-title">Có thể bạn quan tâm</h3><div class="article-list">{sugg_html}</div></section>
</div>
<footer id="site-footer"><div class="container"><p>Zinfo - Tạp chí điện tử Tri thức và Đời sống. Giấy phép số 113/GP-BTTTT.</p><p>© Zinfo 2026</p></div></footer>
</body>
</html>
"""
    return page, {"kind": "not_found", "platform": "custom (Zinfo, Znews-like)", "url": url, "charset": "utf-8"}


def page_n04():
    rng = R("n04")
    url = "https://dtpt.vn/thoi-su/dong-thap-khoi-cong-cau-noi-hai-bo-song-tien-a215102.html"
    key = hexid(rng, 32)
    arr = ",".join(str(rng.randint(0, 255)) for _ in range(1700))
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Đang kiểm tra trình duyệt...</title>
<style>html,body{{height:100%;margin:0;font-family:Arial,Helvetica,sans-serif;background:#f5f6f8;color:#333}}.box{{max-width:520px;margin:12vh auto;padding:32px;background:#fff;border-radius:8px;box-shadow:0 2px 12px rgba(0,0,0,.08);text-align:center}}.spinner{{width:42px;height:42px;border:4px solid #ddd;border-top-color:#0a6ebd;border-radius:50%;margin:0 auto 18px;animation:spin 1s linear infinite}}@keyframes spin{{to{{transform:rotate(360deg)}}}}small{{color:#888}}</style>
<script>
(function(){{
var _0x={json.dumps(key)},_d=[{arr}];
function _h(s){{var h=0;for(var i=0;i<s.length;i++){{h=((h<<5)-h)+s.charCodeAt(i);h|=0;}}return h>>>0;}}
function _c(){{var t=0;for(var i=0;i<_d.length;i++){{t=(t*31+_d[i]^i)>>>0;}}return (t^_h(_0x)).toString(16);}}
setTimeout(function(){{
document.cookie="__vnshield_jsc="+_c()+"."+_0x+"; path=/; max-age=3600; SameSite=Lax";
location.replace(location.href.split('#')[0]);
}},1800);
}})();
</script>
</head>
<body>
<div class="box">
<div class="spinner"></div>
<h1 style="font-size:20px">Đang kiểm tra trình duyệt của bạn...</h1>
<p>Quá trình này diễn ra tự động. Trình duyệt sẽ chuyển hướng đến nội dung bạn yêu cầu trong giây lát.</p>
<p>Vui lòng bật JavaScript và cookie để tiếp tục.</p>
<noscript><p><strong>Trình duyệt của bạn đang tắt JavaScript.</strong></p></noscript>
<small>VNShield Anti-DDoS · Ray ID: {hexid(rng, 16)} · IP của bạn được bảo vệ</small>
</div>
</body>
</html>
"""
    return page, {"kind": "challenge", "platform": "anti-ddos JS challenge (in front of dtpt.vn)", "url": url, "charset": "utf-8"}


PAGES = [("m%02d" % i, globals()["page_m%02d" % i]) for i in range(1, 21)] + \
        [("n%02d" % i, globals()["page_n%02d" % i]) for i in range(1, 5)]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(outdir, exist_ok=True)
    for name, fn in PAGES:
        page, side = fn()
        write_page(outdir, name, page, side, side.get("charset"))


if __name__ == "__main__":
    main()
