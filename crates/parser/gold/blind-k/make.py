#!/usr/bin/env python3
"""Generator for the blind-k gold set (news media, second round).

Deterministic: every page uses random.Random("blind-k:NAME"), no clock.
Usage: python3 make.py [OUTDIR]   (default: this script's directory)
All article texts, names, figures and quotes are invented.
"""
import datetime
import html
import json
import os
import random
import sys
import unicodedata

SET = "blind-k"
CRAWL = datetime.date(2026, 11, 22)
WD_VI = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

def esc(s):
    return html.escape(s, quote=False)

def attr(s):
    return html.escape(s, quote=True)

NAMED = {"à": "agrave", "á": "aacute", "â": "acirc", "ã": "atilde", "è": "egrave", "é": "eacute",
         "ê": "ecirc", "ì": "igrave", "í": "iacute", "ò": "ograve", "ó": "oacute", "ô": "ocirc",
         "õ": "otilde", "ù": "ugrave", "ú": "uacute", "ý": "yacute", "À": "Agrave", "Á": "Aacute",
         "Â": "Acirc", "Ê": "Ecirc", "Ô": "Ocirc", "Đ": "#272", "đ": "#273", "“": "ldquo",
         "”": "rdquo", "’": "rsquo", "–": "ndash"}

def ent_named(s):
    """Old-CMS style: Latin-1 letters as named entities, the rest raw."""
    out = []
    for ch in esc(s):
        out.append("&%s;" % NAMED[ch] if ch in NAMED else ch)
    return "".join(out)

def ent_numeric(s):
    """Every non-ASCII character as a decimal character reference."""
    return "".join(ch if ord(ch) < 128 else "&#%d;" % ord(ch) for ch in esc(s))

def nfd(s):
    return unicodedata.normalize("NFD", s)

def wd(d):
    return WD_VI[d.weekday()]

def today_vi():
    return "%s, %s" % (wd(CRAWL), CRAWL.strftime("%d/%m/%Y"))

POOL = [
    "Khởi công tuyến đường ven biển nối hai khu kinh tế trọng điểm",
    "Hơn 2.000 đoàn viên thanh niên ra quân làm sạch bờ biển",
    "Giá lúa thu đông tăng nhẹ, nông dân phấn khởi",
    "Phát động cuộc thi viết về gương người tốt, việc tốt năm 2026",
    "Cảnh báo thủ đoạn giả danh nhân viên điện lực gọi điện lừa đảo",
    "Tập huấn chuyển đổi số cho cán bộ cấp xã",
    "Trao 150 suất học bổng cho học sinh vượt khó",
    "Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể",
    "Đẩy nhanh tiến độ giải ngân vốn đầu tư công những tháng cuối năm",
    "Ra mắt mô hình “Chợ 4.0” thanh toán không dùng tiền mặt",
    "Hội nghị xúc tiến đầu tư vào các khu công nghiệp",
    "Diễn tập phòng cháy, chữa cháy tại khu chung cư cao tầng",
    "Khai mạc Giải bóng đá thiếu niên nhi đồng toàn tỉnh",
    "Sửa chữa khẩn cấp đoạn đê bị sạt lở sau mưa lớn",
    "Gần 90% thủ tục hành chính được tiếp nhận trực tuyến",
    "Tôn vinh 60 nhà giáo tiêu biểu nhân Ngày Nhà giáo Việt Nam",
    "Cấp nước sạch miễn phí cho các hộ dân vùng hạn mặn",
    "Phấn đấu hoàn thành xóa nhà tạm, nhà dột nát trước Tết",
    "Đoàn công tác Trung ương làm việc về công tác cán bộ",
    "Bắt giữ đối tượng vận chuyển 3.000 bao thuốc lá lậu",
    "Người dân hào hứng tham gia Ngày hội Đại đoàn kết toàn dân tộc",
    "Thời tiết chuyển lạnh, chủ động phòng bệnh hô hấp cho trẻ nhỏ",
    "Mở rộng vùng trồng dược liệu dưới tán rừng",
    "Khai trương tuyến du lịch đường sông mới",
    "Hỗ trợ 500 lao động tìm việc làm tại phiên giao dịch việc làm",
    "Bảo đảm hàng hóa phục vụ Tết Nguyên đán Đinh Mùi 2027",
    "Hoàn thành cấp giấy chứng nhận quyền sử dụng đất lần đầu cho 1.200 hộ",
    "Phát hiện cơ sở sản xuất giò chả sử dụng hàn the",
    "Tăng cường tuần tra kiểm soát tốc độ trên quốc lộ",
    "Nâng cấp hệ thống cảnh báo lũ sớm tại các xã miền núi",
    "Học sinh vùng cao được học bơi miễn phí",
    "Ký kết hợp tác phát triển nguồn nhân lực bán dẫn",
    "Tọa đàm về bảo tồn di sản văn hóa phi vật thể",
    "Khánh thành nhà văn hóa thôn từ nguồn xã hội hóa",
    "Chợ phiên vùng cao nhộn nhịp mùa du lịch",
    "Kiện toàn Ban Chỉ đạo phòng, chống thiên tai cấp xã",
    "Tiêm vắc xin sởi bổ sung cho trẻ từ 1 đến 5 tuổi",
    "Tổng kết mô hình dân vận khéo trong xây dựng nông thôn mới",
    "Doanh nghiệp xuất khẩu gỗ tìm đơn hàng cho quý I/2027",
    "Thông xe kỹ thuật cầu vượt nút giao phía Bắc thành phố",
    "Rà soát hộ nghèo, hộ cận nghèo năm 2026",
    "Lan tỏa phong trào đọc sách trong trường học",
    "Siết chặt quản lý hoạt động khai thác cát lòng sông",
    "Ngân hàng chính sách giải ngân 120 tỷ đồng cho vay nhà ở xã hội",
    "Phố đi bộ mở cửa trở lại sau thời gian cải tạo",
    "Xã biên giới nhận bàn giao 40 căn nhà Đại đoàn kết",
    "Công bố kết quả chỉ số cải cách hành chính năm 2026",
    "Kiểm soát chặt dịch tả lợn châu Phi tại các xã giáp ranh",
]

SLUG_MAP = str.maketrans("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ",
                         "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd")

def slug(s):
    s = unicodedata.normalize("NFC", s.lower()).translate(SLUG_MAP)
    out, dash = [], False
    for ch in s:
        if ch.isascii() and ch.isalnum():
            out.append(ch); dash = False
        elif not dash:
            out.append("-"); dash = True
    return "".join(out).strip("-")[:80]

def news_items(rng, n, start=datetime.datetime(2026, 11, 1, 6, 0), end=datetime.datetime(2026, 11, 22, 9, 30)):
    """n invented headlines with datetimes, newest first."""
    heads = rng.sample(POOL, min(n, len(POOL)))
    span = int((end - start).total_seconds() // 60)
    times = sorted((start + datetime.timedelta(minutes=rng.randrange(span)) for _ in heads), reverse=True)
    return list(zip(heads, times))

def script_blob(rng, name, kb):
    """A realistic-looking inline configuration script of about kb kilobytes."""
    parts = []
    i = 0
    while sum(len(p) for p in parts) < kb * 1024:
        i += 1
        parts.append('{"id":"slot-%d","unit":"/2145%04d/%s_%d","sizes":[[300,250],[336,280],[728,90]],'
                     '"refresh":%d,"targeting":{"pos":"%s","sec":"%s","k":"%08x"}}'
                     % (i, rng.randrange(10000), name, i, rng.choice([0, 30, 60]),
                        rng.choice(["top", "mid", "bottom", "side"]), name, rng.getrandbits(32)))
    return "<script>window.__ADS_CFG__=[%s];</script>\n" % ",".join(parts)

def svg_sprite(rng, n):
    syms = []
    for i in range(n):
        pts = " ".join("%s%d %d" % (rng.choice("MLC"), rng.randrange(24), rng.randrange(24)) for _ in range(14))
        syms.append('<symbol id="ic-%d" viewBox="0 0 24 24"><path d="%s Z"/></symbol>' % (i, pts))
    return '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">%s</svg>\n' % "".join(syms)

# ---------------------------------------------------------------- body model
# blocks: ("p", text) ("h", text) ("li", text) ("oli", text) ("cap", text) ("img",) ("q", text)
#         ("tbl", [row, ...]) ("box", title, [blocks]) ("pull", text)  (pull quote: not body)

def gold_blocks(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "h", "li", "oli", "cap", "q", "lead"):
            out.append(b[1])
        elif k == "tbl":
            for row in b[1]:
                out.extend(row)
        elif k == "box":
            if b[1]:
                out.append(b[1])
            out.extend(gold_blocks(b[2]))
    return out

def gold_body(art):
    blocks = ([art["sapo"]] if art.get("sapo") else []) + gold_blocks(art["blocks"])
    return "\n\n".join(blocks)

# ---------------------------------------------------------------- article texts (invented)
A = {}

A["k01"] = dict(
    title="Hà Nội chạy thử tuyến xe buýt điện nối ga Yên Nghĩa với khu dân cư phía tây",
    sapo="Sở Xây dựng Hà Nội vừa chấp thuận cho chạy thử tuyến xe buýt điện số 171 kết nối ga Yên Nghĩa với các khu dân cư phía tây, thời gian chạy thử dự kiến kéo dài 30 ngày.",
    author="Hoàng Lan",
    blocks=[
        ("p", "Theo phương án được duyệt, tuyến 171 có chiều dài khoảng 14,6 km, đi qua các phường Hà Đông, Dương Nội, Yên Nghĩa và xã Chương Dương. Tuyến sử dụng 12 xe điện loại 40 chỗ, tần suất 15 - 20 phút/chuyến vào giờ cao điểm."),
        ("p", "Giá vé lượt trong thời gian chạy thử là 8.000 đồng; hành khách dùng thẻ vé liên thông của tuyến đường sắt đô thị Cát Linh - Hà Đông được giảm 20% khi chuyển tuyến trong vòng 60 phút."),
        ("cap", "Xe buýt điện chạy thử tại điểm đầu cuối Yên Nghĩa chiều 19/11. Ảnh: Minh Khôi"),
        ("p", "Ông Trần Quốc Vượng, đại diện đơn vị vận hành, cho biết trong tuần đầu, doanh nghiệp bố trí nhân viên hướng dẫn tại các điểm dừng lớn và thu thập ý kiến hành khách về lộ trình, giờ chạy."),
        ("p", "“Nếu sản lượng đạt từ 1.500 lượt khách/ngày trở lên, chúng tôi sẽ đề xuất đưa tuyến vào khai thác chính thức và bổ sung 4 xe vào khung giờ sáng”, ông Vượng nói."),
        ("p", "Trong 10 tháng năm 2026, mạng lưới xe buýt Hà Nội vận chuyển khoảng 312 triệu lượt khách, tăng 6,8% so với cùng kỳ. Thành phố đặt mục tiêu đến năm 2030 toàn bộ xe buýt trợ giá đầu tư mới sử dụng năng lượng sạch."),
    ])

A["k02"] = dict(
    title="Quốc hội thảo luận cơ chế đặc thù phát triển nhà ở xã hội cho công nhân",
    sapo="Chiều 18/11, tiếp tục Kỳ họp thứ hai, Quốc hội khóa XVI thảo luận ở hội trường về dự thảo Nghị quyết thí điểm một số cơ chế, chính sách đặc thù phát triển nhà ở xã hội.",
    author="Thanh Hà, Minh Quân",
    blocks=[
        ("p", "Phát biểu tại phiên thảo luận, đại biểu Lê Thị Hồng Vân (Đoàn ĐBQH tỉnh Bắc Ninh) cho biết nhu cầu nhà ở của công nhân tại các khu công nghiệp trên địa bàn rất lớn, trong khi nguồn cung nhà ở xã hội hiện mới đáp ứng khoảng 18%."),
        ("p", "Theo đại biểu, cần quy định rõ tỷ lệ quỹ đất dành cho nhà ở công nhân ngay từ khâu lập quy hoạch khu công nghiệp, tránh tình trạng “quy hoạch xong mới đi tìm đất”."),
        ("cap", "Đại biểu Lê Thị Hồng Vân (Đoàn ĐBQH tỉnh Bắc Ninh) phát biểu tại phiên thảo luận. Ảnh: Duy Linh"),
        ("h", "Đề xuất rút ngắn thủ tục đầu tư"),
        ("p", "Đồng tình với phạm vi điều chỉnh của dự thảo, đại biểu Phạm Minh Chiến (Đoàn ĐBQH TP Hải Phòng) đề nghị cho phép chủ đầu tư thực hiện đồng thời thủ tục điều chỉnh quy hoạch chi tiết và thẩm định thiết kế cơ sở, qua đó tiết kiệm từ 6 đến 9 tháng."),
        ("p", "Một số đại biểu lưu ý việc xét duyệt đối tượng mua, thuê mua nhà ở xã hội phải được công khai trên cổng thông tin điện tử của địa phương, có sự giám sát của Mặt trận Tổ quốc và công đoàn cơ sở."),
        ("h", "Bảo đảm nguồn vốn ưu đãi"),
        ("p", "Giải trình, làm rõ ý kiến đại biểu, Bộ trưởng Bộ Xây dựng cho biết đến hết tháng 10/2026, cả nước đã hoàn thành 146 dự án nhà ở xã hội với khoảng 98.300 căn; 212 dự án khác đã khởi công."),
        ("p", "Bộ trưởng khẳng định cơ quan soạn thảo sẽ tiếp thu ý kiến về nguồn vốn, đồng thời phối hợp với Ngân hàng Nhà nước nghiên cứu kéo dài thời hạn cho vay ưu đãi đối với người mua nhà là công nhân, người lao động có thu nhập thấp."),
        ("p", "Theo chương trình, Quốc hội sẽ biểu quyết thông qua nghị quyết tại phiên bế mạc kỳ họp."),
    ])

A["k03"] = dict(
    title="Nông dân Lâm Đồng vào vụ thu hoạch cà phê, giá thu mua duy trì ở mức cao",
    sapo="Những ngày này, nông dân các xã phía tây tỉnh Lâm Đồng đang tất bật thu hoạch cà phê niên vụ 2026 - 2027 trong bối cảnh giá thu mua duy trì ở mức cao.",
    author="K’Thuận",
    blocks=[
        ("p", "Tại xã Đắk Song, gia đình ông Y Thuôn (thôn Bu Prăng) có 2,5 ha cà phê đang cho thu hoạch. Ông cho biết năm nay vườn cà phê đạt khoảng 4,2 tấn nhân/ha nhờ áp dụng tưới tiết kiệm và bón phân hữu cơ."),
        ("p", "“Giá cà phê nhân xô hiện dao động 96.000 - 98.500 đồng/kg, cao hơn cùng kỳ năm ngoái gần 10.000 đồng. Trừ chi phí, gia đình tôi lãi hơn 600 triệu đồng”, ông Y Thuôn phấn khởi nói."),
        ("cap", "Nông dân xã Đắk Song thu hoạch cà phê niên vụ 2026 - 2027."),
        ("p", "Theo Sở Nông nghiệp và Môi trường tỉnh, niên vụ này toàn tỉnh có hơn 305.000 ha cà phê cho thu hoạch, sản lượng ước đạt 1,02 triệu tấn. Diện tích cà phê được chứng nhận sản xuất bền vững chiếm gần 38%."),
        ("p", "Tuy nhiên, tình trạng thiếu nhân công hái cà phê khiến giá thuê lao động tăng lên 350.000 - 400.000 đồng/người/ngày. Nhiều hộ đã chuyển sang thu hái bằng máy rung cầm tay để giảm chi phí."),
        ("img",),
        ("p", "Ngành nông nghiệp khuyến cáo người dân không thu hái quả xanh, phơi sấy đúng kỹ thuật và chủ động liên kết tiêu thụ với doanh nghiệp để giữ chất lượng, tránh bị ép giá."),
    ])

A["k04"] = dict(
    title="Tuyên phạt 7 bị cáo trong vụ lừa đảo qua ứng dụng đầu tư giả mạo",
    sapo=None,
    author="Ngọc Diệp",
    blocks=[
        ("p", "(PLV) - Ngày 17/11, TAND TP Cần Thơ tuyên phạt 7 bị cáo tổng cộng 68 năm tù về tội “Lừa đảo chiếm đoạt tài sản” thông qua một ứng dụng đầu tư giả mạo."),
        ("p", "Theo cáo trạng, từ tháng 3/2025 đến tháng 2/2026, Trần Văn Khải (SN 1991, trú phường Ninh Kiều) cùng đồng phạm lập ra ứng dụng có giao diện giống một sàn giao dịch quốc tế, quảng cáo lợi nhuận 3 - 5%/tuần."),
        ("p", "Các bị cáo lập hàng trăm tài khoản mạng xã hội, giả làm “chuyên gia tài chính” để lôi kéo người tham gia. Ban đầu, nhà đầu tư được rút lãi nhỏ để tạo lòng tin, sau đó bị yêu cầu nộp thêm tiền “nâng hạng tài khoản”."),
        ("p", "Cơ quan điều tra xác định có 412 bị hại ở 19 tỉnh, thành phố bị chiếm đoạt tổng số tiền hơn 86 tỷ đồng. Đến nay, các bị cáo và gia đình mới khắc phục được khoảng 9,4 tỷ đồng."),
        ("cap", "Các bị cáo tại phiên tòa sơ thẩm ngày 17/11."),
        ("p", "Tại phiên tòa, các bị cáo thành khẩn khai báo. Hội đồng xét xử nhận định hành vi của các bị cáo đặc biệt nghiêm trọng, gây bức xúc trong dư luận, cần xử phạt nghiêm để răn đe, phòng ngừa chung."),
        ("p", "Kết thúc phiên tòa, Trần Văn Khải bị tuyên phạt 18 năm tù; các bị cáo còn lại nhận từ 5 đến 12 năm tù. Tòa buộc các bị cáo liên đới bồi thường cho các bị hại số tiền còn lại."),
    ])

A["k05"] = dict(
    title="Thôn Nậm Đăm đổi thay nhờ du lịch cộng đồng",
    sapo="Từ một thôn nghèo của đồng bào Dao, Nậm Đăm (xã Quản Bạ, tỉnh Tuyên Quang) nay đã trở thành điểm du lịch cộng đồng thu hút hàng chục nghìn lượt khách mỗi năm.",
    author="Vàng Thị Mai",
    blocks=[
        ("p", "Những ngày cuối thu, con đường bê tông dẫn vào thôn Nậm Đăm rợp sắc hoa tam giác mạch. Dọc hai bên đường, những ngôi nhà trình tường được cải tạo thành homestay, sân vườn sạch sẽ, có biển chỉ dẫn song ngữ."),
        ("p", "Anh Triệu Văn Phin, Trưởng thôn Nậm Đăm, cho biết thôn hiện có 23 hộ làm du lịch cộng đồng, trong đó 14 hộ kinh doanh lưu trú. Năm 2026, thôn đón khoảng 31.000 lượt khách, doanh thu từ du lịch ước đạt 9,5 tỷ đồng."),
        ("p", "“Trước đây bà con chỉ biết trồng ngô, nuôi lợn, thu nhập bấp bênh. Giờ nhiều gia đình có thu nhập 150 - 200 triệu đồng/năm từ homestay, biểu diễn văn nghệ và bán sản phẩm thổ cẩm”, anh Phin chia sẻ."),
        ("box", "Nậm Đăm qua những con số", [
            ("li", "23 hộ tham gia du lịch cộng đồng, 14 hộ kinh doanh lưu trú."),
            ("li", "Khoảng 31.000 lượt khách năm 2026, trong đó có 4.200 lượt khách quốc tế."),
            ("li", "Tỷ lệ hộ nghèo giảm từ 47% (năm 2015) xuống còn 3,1%."),
            ("li", "Đội văn nghệ dân tộc Dao có 25 thành viên, biểu diễn phục vụ khách hằng tối."),
        ]),
        ("p", "Để giữ bản sắc, thôn xây dựng quy ước không bê tông hóa nhà trình tường, không sử dụng loa kéo sau 22 giờ và yêu cầu các hộ phân loại rác tại nguồn. Các lớp truyền dạy thêu thổ cẩm, hát Páo dung được duy trì hằng tuần."),
        ("cap", "Du khách trải nghiệm tắm lá thuốc của người Dao tại thôn Nậm Đăm."),
        ("p", "Bà Hoàng Thị Thu, Phó Chủ tịch UBND xã Quản Bạ, cho biết xã đang phối hợp với các doanh nghiệp lữ hành xây dựng tour kết nối Nậm Đăm với các điểm du lịch trong Công viên địa chất toàn cầu UNESCO Cao nguyên đá Đồng Văn."),
    ])

A["k06"] = dict(
    title="Hướng dẫn đăng ký tài khoản định danh điện tử cho trẻ em dưới 14 tuổi trên VNeID",
    sapo="Phụ huynh có thể tự đăng ký tài khoản định danh điện tử cho con dưới 14 tuổi ngay trên ứng dụng VNeID của mình mà không cần đến cơ quan công an. Dưới đây là các bước thực hiện.",
    author="Bảo Anh",
    blocks=[
        ("p", "Tài khoản định danh điện tử của trẻ em được dùng khi thực hiện các thủ tục như đăng ký nhập học, khám chữa bệnh bằng bảo hiểm y tế hay làm hộ chiếu trực tuyến. Trẻ dưới 14 tuổi được đăng ký theo tài khoản của cha, mẹ hoặc người giám hộ."),
        ("h", "Chuẩn bị trước khi đăng ký"),
        ("li", "Tài khoản VNeID mức 2 của cha hoặc mẹ đã được kích hoạt."),
        ("li", "Ảnh chân dung của trẻ chụp trên nền trắng, không đội mũ, không đeo kính."),
        ("li", "Số định danh cá nhân của trẻ (in trên giấy khai sinh hoặc tra cứu trên ứng dụng)."),
        ("h", "Bước 1: Đăng nhập ứng dụng VNeID"),
        ("p", "Mở ứng dụng VNeID trên điện thoại, đăng nhập bằng tài khoản định danh mức 2 của cha hoặc mẹ. Tại màn hình chính, chọn mục “Thủ tục hành chính”."),
        ("h", "Bước 2: Chọn thủ tục cấp tài khoản cho trẻ em"),
        ("p", "Chọn “Đề nghị cấp tài khoản định danh điện tử cho công dân dưới 14 tuổi”, sau đó bấm “Tạo mới yêu cầu”. Nhập số định danh cá nhân của trẻ, hệ thống sẽ tự điền họ tên và ngày sinh."),
        ("cap", "Màn hình chọn thủ tục cấp tài khoản cho trẻ em trên ứng dụng VNeID. Ảnh chụp màn hình"),
        ("h", "Bước 3: Tải ảnh chân dung và xác nhận"),
        ("p", "Tải ảnh chân dung của trẻ lên, kiểm tra lại thông tin rồi nhập mật khẩu ứng dụng hoặc mã OTP gửi về số điện thoại để gửi hồ sơ."),
        ("h", "Bước 4: Theo dõi kết quả"),
        ("p", "Hồ sơ được Công an cấp xã tiếp nhận, xử lý trong khoảng 3 - 7 ngày làm việc. Khi được phê duyệt, tài khoản của trẻ sẽ hiển thị trong mục “Thông tin người phụ thuộc” trên tài khoản của cha, mẹ."),
        ("p", "Trường hợp hồ sơ bị từ chối, người dân xem lý do trong mục “Quản lý thủ tục” và bổ sung theo hướng dẫn."),
    ])

A["k07"] = dict(
    title="Lợi nhuận ngân hàng niêm yết 9 tháng: Phân hóa mạnh, nợ xấu chững lại",
    sapo="Tổng lợi nhuận trước thuế 9 tháng năm 2026 của 27 ngân hàng niêm yết ước đạt 268.400 tỷ đồng, tăng 14,2% so với cùng kỳ, nhưng mức chênh lệch giữa các nhóm ngân hàng ngày càng lớn.",
    author="Thu Trang",
    blocks=[
        ("h", "Nhóm có vốn nhà nước giữ vai trò dẫn dắt"),
        ("p", "Theo số liệu tổng hợp từ báo cáo tài chính quý III, 4 ngân hàng có vốn nhà nước chi phối đóng góp khoảng 41% tổng lợi nhuận, với mức tăng trưởng bình quân 16,5%. Động lực chính đến từ tăng trưởng tín dụng và thu nhập từ dịch vụ thanh toán."),
        ("p", "Biên lãi ròng (NIM) của nhóm này giảm nhẹ xuống 2,9% do lãi suất cho vay tiếp tục được điều chỉnh giảm để hỗ trợ doanh nghiệp, song được bù đắp bởi chi phí vốn thấp."),
        ("h", "Ngân hàng tư nhân quy mô lớn tăng tốc"),
        ("p", "Nhóm 8 ngân hàng tư nhân có tổng tài sản trên 500.000 tỷ đồng ghi nhận lợi nhuận tăng 19,8%, cao nhất trong các nhóm. Nhiều nhà băng trong nhóm đã hoàn thành trên 80% kế hoạch lợi nhuận năm chỉ sau 9 tháng."),
        ("p", "Ông Nguyễn Đức Hải, Giám đốc phân tích của một công ty chứng khoán, nhận định việc đẩy mạnh cho vay bán lẻ, đặc biệt là cho vay mua nhà và tiêu dùng có tài sản bảo đảm, giúp nhóm này cải thiện hiệu quả sinh lời."),
        ("h", "Nhóm quy mô nhỏ chịu áp lực trích lập"),
        ("p", "Ngược lại, 15 ngân hàng quy mô nhỏ chỉ tăng trưởng lợi nhuận bình quân 3,4%, trong đó 4 ngân hàng báo lãi giảm so với cùng kỳ do phải tăng trích lập dự phòng rủi ro."),
        ("p", "Tỷ lệ nợ xấu nội bảng của nhóm này ở mức 2,71%, cao hơn mức bình quân toàn hệ thống. Một số ngân hàng có tỷ lệ bao phủ nợ xấu dưới 60%, buộc phải tiếp tục trích lập trong quý IV."),
        ("h", "Nợ xấu có dấu hiệu chững lại"),
        ("p", "Điểm tích cực là tỷ lệ nợ xấu bình quân của các ngân hàng niêm yết cuối quý III ở mức 1,92%, giảm nhẹ so với mức 1,97% cuối quý II. Đây là quý đầu tiên trong hai năm tỷ lệ này không tăng."),
        ("p", "Kết quả kinh doanh 9 tháng năm 2026 theo nhóm ngân hàng:"),
        ("tbl", [["Nhóm ngân hàng", "LNTT 9 tháng (tỷ đồng)", "Tăng trưởng", "Nợ xấu cuối quý III"],
                 ["Có vốn nhà nước (4 NH)", "110.044", "+16,5%", "1,38%"],
                 ["Tư nhân quy mô lớn (8 NH)", "121.780", "+19,8%", "1,85%"],
                 ["Quy mô nhỏ (15 NH)", "36.576", "+3,4%", "2,71%"],
                 ["Toàn nhóm (27 NH)", "268.400", "+14,2%", "1,92%"]]),
        ("p", "Các chuyên gia dự báo lợi nhuận toàn ngành năm 2026 có thể tăng 13 - 15%, với điều kiện tín dụng tiếp tục tăng trưởng tốt trong quý cuối năm và chất lượng tài sản được kiểm soát."),
    ])

A["k08"] = dict(
    title="Đừng để trẻ lớn lên xa trang sách",
    sapo="Khi chiếc điện thoại trở thành “người trông trẻ” quen thuộc trong nhiều gia đình, chuyện đọc sách của trẻ em không còn là việc riêng của nhà trường.",
    author="TS. Phạm Thu Hằng, Viện Nghiên cứu Văn hóa",
    blocks=[
        ("p", "Một khảo sát nhỏ do nhóm nghiên cứu của chúng tôi thực hiện với 1.200 học sinh tiểu học ở ba tỉnh cho thấy, thời gian trung bình các em dùng thiết bị điện tử là 2 giờ 40 phút mỗi ngày, trong khi thời gian đọc sách giấy chưa đến 15 phút."),
        ("p", "Con số ấy không khiến ai bất ngờ, nhưng đáng lo ở chỗ: phần lớn phụ huynh được hỏi đều cho rằng “con còn nhỏ, đọc sách để sau cũng được”."),
        ("pull", "Thói quen đọc không tự nhiên mà có; nó được nuôi dưỡng từ những trang sách đầu tiên cha mẹ đọc cùng con."),
        ("p", "Thói quen đọc không tự nhiên mà có; nó được nuôi dưỡng từ những trang sách đầu tiên cha mẹ đọc cùng con. Một đứa trẻ được nghe kể chuyện mỗi tối sẽ lớn lên với vốn từ phong phú, khả năng tập trung và trí tưởng tượng mà không màn hình nào thay thế được."),
        ("p", "Nhiều trường học đã nỗ lực xây dựng thư viện thân thiện, tổ chức ngày hội đọc sách. Song nếu về nhà, điều trẻ nhìn thấy đầu tiên là cha mẹ cắm cúi vào điện thoại, những nỗ lực ấy khó bền lâu."),
        ("p", "Cũng cần nhìn nhận rằng sách thiếu nhi chất lượng, giá phù hợp ở vùng nông thôn, miền núi vẫn còn thiếu. Tủ sách lớp học nhiều nơi chỉ có vài chục cuốn, phần lớn là sách được tặng từ nhiều năm trước."),
        ("p", "Muốn trẻ yêu sách, người lớn phải đọc trước. Mỗi gia đình dành ra 20 phút không điện thoại mỗi tối để cùng đọc; mỗi xã, phường duy trì một tủ sách cộng đồng được bổ sung đều đặn - đó là những việc nhỏ nhưng làm được ngay."),
        ("p", "Đừng để đến khi trẻ đã quen với những đoạn video vài chục giây, chúng ta mới bắt đầu tìm cách kéo các em trở lại với trang sách."),
    ])

A["k09"] = dict(
    title="Khai mạc Tuần lễ Văn hóa ẩm thực phố cổ Hà Nội 2026",
    sapo="Tối 20/11, tại khu vực hồ Hoàn Kiếm và phụ cận, Tuần lễ Văn hóa ẩm thực phố cổ Hà Nội 2026 chính thức khai mạc với hơn 120 gian hàng của các nghệ nhân, nhà hàng và làng nghề.",
    author="PV",
    blocks=[
        ("p", "Tuần lễ năm nay có chủ đề “Hương vị Thăng Long”, giới thiệu hơn 300 món ăn truyền thống như phở, bún chả, bánh cuốn Thanh Trì, cốm làng Vòng, chả cá Lã Vọng cùng đặc sản của các làng nghề ngoại thành."),
        ("cap", "Du khách thưởng thức món ăn tại gian hàng của nghệ nhân làng Vòng."),
        ("p", "Phát biểu khai mạc, bà Nguyễn Thị Lan Phương, Phó Giám đốc Sở Văn hóa và Thể thao Hà Nội, cho biết sự kiện nhằm quảng bá giá trị ẩm thực Hà Nội, góp phần đưa ẩm thực trở thành sản phẩm du lịch đặc trưng của Thủ đô."),
        ("p", "Bên cạnh không gian trưng bày, ban tổ chức bố trí khu trình diễn chế biến món ăn, tọa đàm “Giữ hồn ẩm thực phố cổ” và chương trình ca trù, xẩm phục vụ du khách vào các buổi tối."),
        ("p", "Để bảo đảm trật tự, lực lượng chức năng phường Hoàn Kiếm phân luồng giao thông, bố trí 6 điểm trông giữ xe quanh khu vực tổ chức. Các gian hàng cam kết không sử dụng đồ nhựa dùng một lần."),
        ("p", "Tuần lễ diễn ra đến hết ngày 26/11, mở cửa tự do từ 9 giờ đến 22 giờ hằng ngày."),
    ])
