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

A["k10"] = dict(
    title="Ca mắc cúm mùa tăng, bác sĩ khuyến cáo 5 nhóm người cần tiêm vắc xin sớm",
    sapo="Bước vào những tuần cuối năm, số người đến khám vì sốt, ho, đau họng tại các bệnh viện tăng rõ rệt; nhiều trường hợp dương tính với cúm A/H3N2.",
    author="Ngọc Mai",
    blocks=[
        ("p", "Tại Bệnh viện Đa khoa tỉnh Thanh Hóa, trong hai tuần qua, khoa Khám bệnh tiếp nhận trung bình 160 ca có triệu chứng cúm mỗi ngày, tăng khoảng 40% so với tháng trước. Khoảng 1/3 số ca làm xét nghiệm nhanh cho kết quả dương tính với cúm A."),
        ("p", "BSCKII Lê Văn Thành, Trưởng khoa Truyền nhiễm, cho biết phần lớn người bệnh có triệu chứng nhẹ, điều trị ngoại trú. Tuy nhiên, khoa đang điều trị nội trú 23 bệnh nhân, chủ yếu là người cao tuổi có bệnh nền tim mạch, đái tháo đường và phụ nữ mang thai."),
        ("p", "“Cúm không phải là cảm lạnh thông thường. Ở người có bệnh nền, cúm có thể gây viêm phổi, suy hô hấp, thậm chí tử vong nếu phát hiện và điều trị muộn”, bác sĩ Thành nhấn mạnh."),
        ("cap", "Bác sĩ khám cho bệnh nhân mắc cúm tại khoa Truyền nhiễm. Ảnh: BVCC"),
        ("p", "Theo khuyến cáo của ngành y tế, những nhóm sau nên tiêm vắc xin cúm sớm, trước cao điểm mùa dịch:"),
        ("li", "Trẻ em từ 6 tháng đến 5 tuổi."),
        ("li", "Người từ 65 tuổi trở lên."),
        ("li", "Phụ nữ mang thai hoặc chuẩn bị mang thai."),
        ("li", "Người mắc bệnh mạn tính như hen suyễn, bệnh phổi tắc nghẽn, tim mạch, đái tháo đường."),
        ("li", "Nhân viên y tế và người chăm sóc trẻ nhỏ, người cao tuổi."),
        ("p", "Vắc xin cúm cần tiêm nhắc lại hằng năm do virus cúm thường xuyên biến đổi. Sau tiêm khoảng 2 tuần, cơ thể mới tạo được miễn dịch bảo vệ."),
        ("p", "Bác sĩ cũng khuyên người dân không tự ý dùng thuốc kháng virus, kháng sinh khi chưa có chỉ định; khi sốt cao trên 39 độ C kéo dài, khó thở, tức ngực cần đến ngay cơ sở y tế."),
    ])

A["k11"] = dict(
    title="Nhiều trường xây dựng đề ôn tập sát định dạng thi tốt nghiệp THPT 2027",
    sapo="Ngay từ giữa học kỳ I, nhiều trường THPT đã chủ động xây dựng ngân hàng câu hỏi theo định dạng mới, giúp học sinh lớp 12 làm quen với cấu trúc đề thi tốt nghiệp năm 2027.",
    author="Lê Vân",
    blocks=[
        ("p", "Tại Trường THPT Chu Văn An (phường Tây Hồ, Hà Nội), tổ Toán đã biên soạn hơn 600 câu hỏi chia theo ba dạng: trắc nghiệm nhiều lựa chọn, trắc nghiệm đúng - sai và trả lời ngắn. Mỗi tuần, học sinh làm một đề ôn tập trên hệ thống trực tuyến của trường."),
        ("p", "Thầy Đỗ Mạnh Cường, tổ trưởng tổ Toán, cho biết dạng câu hỏi trả lời ngắn đòi hỏi học sinh phải tính toán chính xác, không thể loại trừ đáp án như trước. “Chúng tôi tăng thời lượng cho các bài toán thực tế, gắn với dữ liệu, biểu đồ”, thầy Cường nói."),
        ("h", "Chú trọng kỹ năng đọc hiểu"),
        ("p", "Với môn Ngữ văn, nhiều giáo viên chọn ngữ liệu ngoài sách giáo khoa để học sinh luyện kỹ năng đọc hiểu và viết. Cô Trần Thị Minh Nguyệt, giáo viên Trường THPT Nguyễn Trãi (TP Đà Nẵng), cho biết mỗi buổi ôn tập dành ít nhất 30 phút cho học sinh tự viết đoạn văn nghị luận."),
        ("p", "Em Phạm Gia Huy, học sinh lớp 12A3, chia sẻ ban đầu em khá lúng túng với câu hỏi đúng - sai vì phải xét cả bốn ý trong một câu. Sau hơn hai tháng luyện đề, em đã quen cách phân bổ thời gian."),
        ("cap", "Học sinh lớp 12 Trường THPT Chu Văn An trong giờ ôn tập môn Toán."),
        ("p", "Theo các chuyên gia giáo dục, học sinh không nên sa đà luyện thật nhiều đề mà cần nắm chắc kiến thức cơ bản, rèn kỹ năng vận dụng và giữ sức khỏe, tâm lý ổn định trong suốt năm học."),
    ])

A["k12"] = dict(
    title="Những người giữ rừng ngập mặn ở mũi đất cuối trời",
    sapo="Gần ba mươi năm bám bãi bồi, những người giữ rừng ở ven biển Cà Mau lặng lẽ trồng lại từng cây đước, cây mắm, giữ cho đất liền không bị biển lấn.",
    author="Huỳnh Phước Lộc",
    blocks=[
        ("p", "Năm giờ sáng, khi con nước ròng vừa rút, ông Lý Văn Đực (62 tuổi) đã xách chiếc xô nhựa đựng trái đước giống lội ra bãi bồi trước trạm bảo vệ rừng số 7. Bùn ngập quá đầu gối, mỗi bước chân phải rút lên thật chậm."),
        ("p", "“Cắm trái đước phải đúng con nước, bùn không quá lỏng, không quá cứng. Cắm sai một con nước là trái trôi hết”, ông Đực vừa nói vừa ấn từng trái đước xuống bùn, khoảng cách đều nhau chừng một mét."),
        ("p", "Ông nhận khoán giữ rừng từ năm 1998, khi bãi bồi trước nhà chỉ là một dải bùn trống trơn. Gần ba mươi năm sau, dải rừng phòng hộ do ông cùng các hộ trong tổ chăm sóc đã rộng hơn 140 ha."),
        ("cap", "Ông Lý Văn Đực cắm trái đước giống trên bãi bồi lúc nước ròng. Ảnh: Phước Lộc"),
        ("h", "Cuộc chạy đua với biển"),
        ("p", "Bờ biển phía Đông của tỉnh Cà Mau dài hơn 100 km, nhiều đoạn đang bị sạt lở nghiêm trọng. Có nơi mỗi năm biển lấn vào 30 - 50 m, cuốn theo cả những cánh rừng phòng hộ đã tồn tại hàng chục năm."),
        ("p", "Ông Nguyễn Hoàng Tâm, Giám đốc Ban Quản lý rừng phòng hộ ven biển, cho biết rừng ngập mặn là “tấm lá chắn xanh” quan trọng nhất. Một dải rừng rộng 100 m có thể làm giảm 50 - 70% năng lượng sóng trước khi sóng đến chân đê."),
        ("p", "Từ năm 2021 đến nay, tỉnh đã xây dựng hơn 28 km kè mềm bằng cọc bê tông ly tâm kết hợp trồng rừng phía sau. Nhờ đó, ở nhiều đoạn, bãi bồi đã hình thành trở lại, tạo điều kiện cho cây mắm, cây đước tự tái sinh."),
        ("p", "“Kè chỉ giữ được đất. Muốn giữ lâu dài thì phải có rừng, mà rừng thì phải có người giữ”, ông Tâm nói."),
        ("cap", "Kè mềm ngăn sóng kết hợp trồng rừng phòng hộ phía sau. Ảnh: Phước Lộc"),
        ("h", "Gắn bó với rừng bằng sinh kế"),
        ("p", "Trong tổ giữ rừng của ông Đực có 11 hộ, mỗi hộ nhận khoán từ 8 đến 15 ha. Ngoài tiền khoán bảo vệ, các hộ được khai thác thủy sản tự nhiên dưới tán rừng như cua, sò huyết, ba khía theo quy định."),
        ("p", "Chị Trần Thị Mỹ, con dâu ông Đực, cho biết mỗi tháng gia đình thu được 8 - 10 triệu đồng từ bắt cua và nuôi sò dưới tán rừng. “Rừng tốt thì con cua, con sò mới nhiều. Mình giữ rừng cũng là giữ nồi cơm của mình”, chị nói."),
        ("p", "Mô hình tôm - rừng kết hợp được chứng nhận hữu cơ cũng mở ra hướng đi mới. Hiện toàn tỉnh có hơn 20.000 ha tôm - rừng đạt chứng nhận quốc tế, sản phẩm được các doanh nghiệp thu mua với giá cao hơn 10 - 15% so với tôm nuôi thông thường."),
        ("p", "Tuy vậy, thu nhập từ giữ rừng vẫn chưa đủ hấp dẫn người trẻ. Nhiều thanh niên trong xã đã lên thành phố hoặc vào các khu công nghiệp làm việc, để lại những người giữ rừng ngày càng cao tuổi."),
        ("cap", "Sò huyết được khai thác dưới tán rừng ngập mặn mang lại nguồn thu ổn định cho các hộ nhận khoán. Ảnh: Phước Lộc"),
        ("h", "Nỗi lo người kế cận"),
        ("p", "Ông Đực có ba người con, hai người đã làm ăn xa. Người con trai út hiện phụ ông giữ rừng nhưng vẫn đang tính chuyện đi làm công nhân."),
        ("p", "“Tôi không trách tụi nhỏ. Giữ rừng cực, tiền không nhiều. Nhưng nếu không ai giữ, vài năm nữa biển sẽ vô tới tận nhà”, ông trầm ngâm."),
        ("p", "Theo ông Tâm, tỉnh đang đề xuất nâng mức hỗ trợ khoán bảo vệ rừng phòng hộ ven biển, đồng thời thí điểm chi trả tín chỉ carbon từ rừng ngập mặn cho các hộ nhận khoán. Nếu được triển khai, mỗi hecta rừng có thể mang lại thêm vài triệu đồng mỗi năm."),
        ("p", "Chiều xuống, nước lớn dần tràn vào bãi bồi. Những trái đước ông Đực cắm buổi sáng chỉ còn nhô lên một đoạn ngắn giữa làn nước đục. Vài tháng nữa, chúng sẽ bén rễ, ra lá, và nếu may mắn, mười năm sau sẽ thành rừng."),
        ("p", "“Tôi già rồi, chắc không thấy được hết. Nhưng tụi nhỏ sẽ thấy”, ông cười, rồi lại cúi xuống với xô đước giống còn dở."),
    ])

A["k13"] = dict(
    title="Xuất khẩu hồ tiêu 10 tháng vượt 1,4 tỷ USD",
    sapo="Dù sản lượng giảm, kim ngạch xuất khẩu hồ tiêu 10 tháng năm 2026 vẫn tăng mạnh nhờ giá bán bình quân duy trì ở mức cao.",
    author="Minh Châu",
    blocks=[
        ("p", "Theo số liệu của Hiệp hội Hồ tiêu và Cây gia vị, trong 10 tháng năm 2026, Việt Nam xuất khẩu khoảng 214.600 tấn hồ tiêu các loại, giảm 4,8% về lượng nhưng kim ngạch đạt 1,43 tỷ USD, tăng 11,2% so với cùng kỳ năm trước."),
        ("p", "Giá xuất khẩu bình quân tiêu đen đạt khoảng 6.420 USD/tấn, tiêu trắng đạt 8.150 USD/tấn. Hoa Kỳ tiếp tục là thị trường lớn nhất, chiếm 27% tổng lượng xuất khẩu, tiếp theo là các thị trường Đức, UAE và Ấn Độ."),
        ("p", "Ông Lê Quang Định, Phó Chủ tịch hiệp hội, cho biết nhiều doanh nghiệp đã đầu tư dây chuyền chế biến sâu như tiêu nghiền, tiêu hữu cơ, gia vị đóng gói, giúp nâng giá trị xuất khẩu thay vì chỉ bán tiêu thô."),
        ("p", "Tuy nhiên, các thị trường nhập khẩu ngày càng siết chặt yêu cầu về dư lượng thuốc bảo vệ thực vật và truy xuất nguồn gốc. Hiệp hội khuyến nghị doanh nghiệp liên kết với nông dân xây dựng vùng trồng được cấp mã số, tuân thủ quy trình canh tác bền vững."),
        ("p", "Dự báo cả năm 2026, kim ngạch xuất khẩu hồ tiêu có thể đạt 1,65 - 1,7 tỷ USD, mức cao nhất trong gần một thập kỷ."),
    ])

A["k14"] = dict(
    title="Lâm Đồng Đại Ngàn ngược dòng đánh bại Gia Lai Phố Núi",
    sapo="Bị dẫn bàn từ phút thứ 9, Lâm Đồng Đại Ngàn vẫn đứng dậy mạnh mẽ để thắng 2-1 trên sân nhà ở vòng 8 Giải hạng Nhất quốc gia 2026/27.",
    author="Hoài Phong, Quốc An",
    blocks=[
        ("p", "Đội khách Gia Lai Phố Núi nhập cuộc hứng khởi và sớm có bàn mở tỷ số. Phút 9, từ quả phạt góc bên cánh trái, trung vệ Rơ Châm Khuyên bật cao đánh đầu cận thành, không cho thủ môn Nguyễn Đình Bảo cơ hội cản phá."),
        ("p", "Bị thủng lưới, đội chủ nhà đẩy cao đội hình và liên tục gây sức ép. Phút 37, tiền vệ Võ Thanh Sang thoát xuống bên cánh phải, căng ngang chính xác để Ka Tuấn đệm bóng cận thành gỡ hòa 1-1."),
        ("cap", "Ka Tuấn (số 10) ăn mừng bàn gỡ hòa cho Lâm Đồng Đại Ngàn."),
        ("p", "Sang hiệp hai, thế trận diễn ra giằng co. Phút 71, tiền đạo vào sân từ ghế dự bị Trần Minh Khang dứt điểm chìm từ ngoài vòng cấm, ấn định chiến thắng 2-1 cho đội chủ nhà."),
        ("p", "Với 3 điểm giành được, Lâm Đồng Đại Ngàn vươn lên vị trí thứ ba trên bảng xếp hạng với 14 điểm, kém đội đầu bảng 2 điểm."),
        ("h", "Đội hình xuất phát"),
        ("li", "Lâm Đồng Đại Ngàn: Nguyễn Đình Bảo (TM), Lê Văn Hậu, Đinh Công Phú, K’Brơi, Phạm Quốc Việt, Võ Thanh Sang, Nguyễn Hữu Lộc, Trịnh Văn Đạt, Ka Tuấn, Hồ Sỹ Nguyên, Trương Tấn Phát."),
        ("li", "Gia Lai Phố Núi: Siu Thành (TM), Rơ Châm Khuyên, Nguyễn Văn Tài, Đặng Quang Huy, Ksor Hiếu, Lê Minh Tú, Phan Văn Trọng, Rah Lan Phi, Vũ Đức Thịnh, Nguyễn Công Danh, Y Bhin Niê."),
    ])

A["k15"] = dict(
    title="Cách nấu canh chua cá lóc miền Tây đậm đà, không tanh",
    sapo="Canh chua cá lóc là món ăn quen thuộc trong bữa cơm của người miền Tây. Chỉ với vài bước đơn giản, bạn có thể nấu được nồi canh chua thanh, ngọt vị cá mà không bị tanh.",
    author="Ngọc Hân",
    blocks=[
        ("h", "Nguyên liệu (cho 4 người ăn)"),
        ("li", "1 con cá lóc khoảng 700 - 800 g"),
        ("li", "150 g me chua"),
        ("li", "1/4 quả dứa (thơm), 2 quả cà chua, 1 cây bạc hà (dọc mùng)"),
        ("li", "100 g giá đỗ, 100 g đậu bắp"),
        ("li", "Rau ngổ, ngò gai, ớt, tỏi phi"),
        ("li", "Gia vị: nước mắm, đường, muối, hạt nêm"),
        ("h", "Cách làm"),
        ("oli", "Cá lóc làm sạch, chà muối hạt rồi rửa lại với nước pha chút giấm để khử nhớt, cắt khúc vừa ăn. Ướp cá với một chút nước mắm, tiêu trong 15 phút."),
        ("oli", "Me chua ngâm với nước ấm rồi dằm lấy nước cốt, bỏ hạt. Dứa cắt lát mỏng, cà chua bổ múi cau, bạc hà tước vỏ, cắt xéo."),
        ("oli", "Đun sôi khoảng 1,2 lít nước, cho nước cốt me và dứa vào nấu 3 phút. Thả cá vào, để lửa vừa, vớt bọt thường xuyên để nước canh trong."),
        ("oli", "Khi cá chín, nêm 2 muỗng nước mắm, 1,5 muỗng đường, chút hạt nêm cho vừa vị chua ngọt. Cho cà chua, đậu bắp, bạc hà vào đun thêm 1 phút."),
        ("oli", "Tắt bếp, cho giá đỗ, rau ngổ, ngò gai cắt nhỏ và tỏi phi lên trên."),
        ("cap", "Canh chua cá lóc ăn nóng với cơm trắng và nước mắm ớt."),
        ("p", "Mẹo nhỏ: không đậy nắp nồi khi nấu cá và chỉ cho rau thơm khi đã tắt bếp để canh giữ được mùi thơm, không bị nồng."),
    ])

A["k16"] = dict(
    title="Khánh Hòa đón hơn 1,2 triệu lượt khách quốc tế trong 10 tháng",
    sapo="Ngành du lịch Khánh Hòa ước đón khoảng 1,23 triệu lượt khách quốc tế trong 10 tháng năm 2026, tăng 21% so với cùng kỳ, trong đó thị trường Hàn Quốc và Trung Quốc chiếm tỷ trọng lớn.",
    author="Bảo Ngọc",
    blocks=[
        ("p", "Theo Sở Văn hóa, Thể thao và Du lịch, tổng lượt khách lưu trú trên địa bàn tỉnh 10 tháng qua ước đạt 6,4 triệu lượt, tổng thu từ khách du lịch khoảng 52.000 tỷ đồng."),
        ("p", "Bên cạnh Nha Trang, các điểm đến ở khu vực phía Nam của tỉnh như vịnh Vĩnh Hy, đồi cát Nam Cương, làng gốm Bàu Trúc ngày càng thu hút du khách nhờ các tour kết nối biển - văn hóa Chăm."),
        ("cap", "Du khách quốc tế tham quan làng gốm Bàu Trúc."),
        ("p", "Hiện sân bay Cam Ranh có 28 đường bay quốc tế thường lệ, tăng 5 đường bay so với đầu năm. Nhiều hãng lữ hành đã đặt kín phòng cho mùa cao điểm từ tháng 12/2026 đến tháng 2/2027."),
        ("p", "Sở đề nghị các cơ sở lưu trú, điểm tham quan niêm yết giá công khai, tăng cường kiểm tra an toàn tàu du lịch và xử lý nghiêm tình trạng chèo kéo khách."),
    ])

A["k17"] = dict(
    title="UBND tỉnh họp phiên thường kỳ tháng 11/2026",
    sapo="Sáng 19/11, đồng chí Nguyễn Văn Khiêm, Chủ tịch UBND tỉnh chủ trì phiên họp thường kỳ tháng 11 nhằm đánh giá tình hình kinh tế - xã hội và cho ý kiến vào nhiều nội dung quan trọng.",
    author="Phạm Hiền",
    blocks=[
        ("p", "Theo báo cáo, 11 tháng năm 2026, chỉ số sản xuất công nghiệp của tỉnh tăng 13,6%; tổng thu ngân sách nhà nước ước đạt 31.240 tỷ đồng, bằng 104% dự toán. Giải ngân vốn đầu tư công đạt 78,3% kế hoạch."),
        ("p", "Tại phiên họp, các đại biểu cho ý kiến vào dự thảo kế hoạch phát triển kinh tế - xã hội năm 2027; phương án sắp xếp trụ sở làm việc dôi dư sau sắp xếp đơn vị hành chính và đề án hỗ trợ nhà ở cho người có công."),
        ("cap", "Đồng chí Nguyễn Văn Khiêm, Chủ tịch UBND tỉnh phát biểu kết luận phiên họp."),
        ("p", "Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương tập trung tháo gỡ vướng mắc về giải phóng mặt bằng, phấn đấu giải ngân 100% kế hoạch vốn đầu tư công được giao; chuẩn bị tốt hàng hóa phục vụ Tết Nguyên đán Đinh Mùi năm 2027."),
    ])

A["k18"] = dict(
    title="Xã Tân Phú ra mắt mô hình “Tổ công nghệ số cộng đồng” ở 12 ấp",
    sapo=None,
    author="Nguyễn Thị Thu Hà, Văn phòng HĐND và UBND xã",
    blocks=[
        ("p", "Chiều 17/11, UBND xã Tân Phú tổ chức ra mắt mô hình “Tổ công nghệ số cộng đồng” tại 12 ấp trên địa bàn xã với 86 thành viên là đoàn viên thanh niên, công an viên và cán bộ ấp."),
        ("p", "Các tổ có nhiệm vụ hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và nhận biết các thủ đoạn lừa đảo trên không gian mạng."),
        ("p", "Dịp này, xã trao tặng 12 bộ thiết bị phát wifi và 24 điện thoại thông minh cho các tổ để phục vụ hoạt động hỗ trợ người dân, đặc biệt là người cao tuổi, hộ nghèo."),
    ])

A["k19"] = dict(
    title="Thông báo lịch tiếp công dân định kỳ tháng 12/2026 của Giám đốc Sở Tư pháp",
    sapo=None,
    author="Văn phòng Sở",
    blocks=[
        ("p", "Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của UBND tỉnh, Giám đốc Sở Tư pháp tiếp công dân định kỳ vào ngày 10/12/2026 (thứ Năm), tại Phòng tiếp công dân, tầng 1, trụ sở Sở Tư pháp, số 25 đường Lê Lợi, phường Hạc Thành."),
        ("p", "Công dân có nhu cầu đăng ký trước qua số điện thoại 0237.3852.416 (Văn phòng Sở) trong giờ hành chính; khi đến mang theo căn cước và giấy tờ, tài liệu liên quan đến nội dung khiếu nại, tố cáo, kiến nghị, phản ánh."),
    ])

A["k20"] = dict(
    title="Kết quả thu hoạch lúa mùa năm 2026 trên địa bàn xã Quảng Phú",
    sapo=None,
    author="Lê Văn Hùng, Trung tâm Dịch vụ tổng hợp xã",
    blocks=[
        ("p", "Đến ngày 02/11/2026, nông dân xã Quảng Phú đã thu hoạch xong 1.146 ha lúa mùa, đạt 100% diện tích gieo cấy. Năng suất bình quân ước đạt 58,2 tạ/ha, tăng 1,7 tạ/ha so với vụ mùa năm 2025."),
        ("p", "Các giống lúa chất lượng cao như BC15, Thiên ưu 8, Đài thơm 8 chiếm 72% diện tích. Một số cánh đồng liên kết với doanh nghiệp bao tiêu sản phẩm cho năng suất trên 62 tạ/ha."),
        ("p", "Kết quả cụ thể tại một số thôn như sau:"),
        ("tbl", [["Thôn", "Diện tích (ha)", "Năng suất (tạ/ha)", "Sản lượng (tấn)"],
                 ["Phú Xá", "212", "59,5", "1.261,4"],
                 ["Đông Thôn", "187", "57,8", "1.080,9"],
                 ["Thượng Phú", "164", "60,1", "985,6"],
                 ["Nam Hải", "143", "55,4", "792,2"]]),
        ("p", "Ngay sau thu hoạch, xã chỉ đạo các thôn làm đất, gieo trồng cây vụ đông, phấn đấu đạt 320 ha, chủ yếu là ngô, khoai tây và rau màu các loại."),
        ("p", "Trung tâm Dịch vụ tổng hợp xã khuyến cáo người dân không đốt rơm rạ trên đồng ruộng, tận dụng rơm làm thức ăn chăn nuôi, trồng nấm hoặc ủ phân hữu cơ."),
    ])

# ---------------------------------------------------------------- shared renderers
def fig(cap, src, style="figure", e=esc):
    if style == "figure":
        return ('<figure class="image"><img src="%s" alt="%s" loading="lazy"><figcaption>%s</figcaption></figure>\n'
                % (src, attr(cap[:40]), e(cap)))
    if style == "table":
        return ('<table class="image center"><tbody><tr><td><img src="%s" alt="%s"></td></tr>'
                '<tr><td class="image_desc"><em>%s</em></td></tr></tbody></table>\n' % (src, attr(cap[:30]), e(cap)))
    if style == "pem":
        return '<p style="text-align:center"><img src="%s" alt=""></p>\n<p style="text-align:center"><em>%s</em></p>\n' % (src, e(cap))
    raise ValueError(style)

def render(blocks, rng, img="figure", e=esc, p=lambda t, e: "<p>%s</p>\n" % e(t), h="h2",
           ul='<ul>', ol='<ol>', box=None, pull=None, tbl='<table class="table" border="1" cellpadding="4">'):
    out, i = [], 0
    lst = None
    imgn = [0]
    def src():
        imgn[0] += 1
        return "/uploads/2026/11/%08x-%d.jpg" % (rng.getrandbits(32), imgn[0])
    for b in blocks:
        k = b[0]
        if lst and k != lst:
            out.append("</ul>\n" if lst == "li" else "</ol>\n"); lst = None
        if k == "p":
            out.append(p(b[1], e))
        elif k == "h":
            out.append("<%s>%s</%s>\n" % (h, e(b[1]), h.split()[0]))
        elif k in ("li", "oli"):
            if lst is None:
                out.append((ul if k == "li" else ol) + "\n"); lst = k
            out.append("<li>%s</li>\n" % e(b[1]))
        elif k == "cap":
            out.append(fig(b[1], src(), img, e))
        elif k == "img":
            out.append('<p><img src="%s" alt="Ảnh minh họa"></p>\n' % src())
        elif k == "q":
            out.append("<blockquote><p>%s</p></blockquote>\n" % e(b[1]))
        elif k == "tbl":
            rows = b[1]
            t = [tbl + "\n<thead><tr>" + "".join("<th>%s</th>" % e(c) for c in rows[0]) + "</tr></thead>\n<tbody>\n"]
            for r in rows[1:]:
                t.append("<tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>\n")
            t.append("</tbody></table>\n")
            out.append("".join(t))
        elif k == "box":
            inner = render(b[2], rng, img, e, p, h, ul, ol)
            out.append(box(b[1], inner))
        elif k == "pull":
            out.append(pull(b[1]))
    if lst:
        out.append("</ul>\n" if lst == "li" else "</ol>\n")
    return "".join(out)

def sidebar(rng, title, n, fmt, cls="side-box", item='<li><a href="{u}">{t}</a> <span class="time">{d}</span></li>', base="/tin-tuc/"):
    items = "".join(item.format(u=base + slug(t) + "-%d.html" % rng.randrange(100000, 999999), t=esc(t), d=d.strftime(fmt))
                    for t, d in news_items(rng, n))
    return '<div class="%s"><h3 class="side-title">%s</h3><ul>%s</ul></div>\n' % (cls, esc(title), items)

def menu(items, cls="menu", sub=None, rng=None):
    out = ['<ul class="%s">' % cls]
    for it in items:
        out.append('<li><a href="/%s">%s</a>' % (slug(it), esc(it)))
        if sub and rng:
            subs = rng.sample(sub, 4)
            out.append('<ul class="sub">%s</ul>' % "".join('<li><a href="/%s/%s">%s</a></li>' % (slug(it), slug(s), esc(s)) for s in subs))
        out.append("</li>")
    out.append("</ul>\n")
    return "".join(out)

SUBS = ["Thời sự", "Chính sách", "Địa phương", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Pháp luật", "Giáo dục",
        "Y tế", "Quốc tế", "Nông nghiệp", "Du lịch", "Khoa học", "Công nghệ", "Bạn đọc", "Góc nhìn", "Media", "Ảnh", "Video"]

def doc(lang_head, body, charset_meta='<meta charset="utf-8">'):
    return "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n%s\n%s</head>\n%s</html>\n" % (charset_meta, lang_head, body)

# ---------------------------------------------------------------- page templates
PAGES = {}

def page(name):
    def deco(f):
        PAGES[name] = f
        return f
    return deco

@page("k01")
def k01(rng, a):
    url = "https://nhipsongso.vn/giao-thong/ha-noi-chay-thu-tuyen-xe-buyt-dien-noi-ga-yen-nghia-0271945.html"
    tw_p = lambda t, e: '<p class="mb-4 text-[17px] leading-[1.7] text-neutral-800">%s</p>\n' % e(t)
    def tw_fig(blocks):
        return render(blocks, rng, p=tw_p)
    body_html = render(a["blocks"], rng, p=tw_p).replace(
        '<figure class="image">', '<figure class="my-6 -mx-4 md:mx-0">').replace(
        '<figcaption>', '<figcaption class="mt-2 px-4 text-sm italic text-neutral-500">')
    nav = "".join('<a class="px-3 py-2 text-sm font-semibold uppercase hover:text-red-600" href="/%s">%s</a>' % (slug(s), esc(s))
                  for s in ["Thời sự", "Giao thông", "Kinh doanh", "Công nghệ", "Đời sống", "Giải trí", "Thể thao", "Xe", "Sức khỏe"])
    trending = "".join('<li class="flex gap-3 border-b border-neutral-200 py-3"><span class="text-2xl font-bold text-red-600">%d</span>'
                       '<a class="text-[15px] font-medium leading-snug hover:underline" href="/%s-%d.html">%s</a></li>'
                       % (i + 1, slug(t), rng.randrange(270000, 279999), esc(t)) for i, (t, d) in enumerate(news_items(rng, 8)))
    latest = "".join('<div class="flex gap-3 py-3"><img class="h-16 w-24 rounded object-cover" src="/thumb/%x.webp" alt=""><div>'
                     '<a class="text-sm font-semibold hover:text-red-600" href="/%s.html">%s</a>'
                     '<div class="mt-1 text-xs text-neutral-400">%s</div></div></div>'
                     % (rng.getrandbits(40), slug(t), esc(t), d.strftime("%d/%m/%Y %H:%M")) for t, d in news_items(rng, 10))
    head = ('<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s | Nhịp Sống Số</title>\n'
            '<link rel="stylesheet" href="/_assets/app.8f3c2e.css">\n<meta property="og:title" content="%s">\n'
            '<script>!function(){var t=localStorage.getItem("theme");t==="dark"&&document.documentElement.classList.add("dark")}();</script>\n'
            % (esc(a["title"]), attr(a["title"])))
    body = ('<body class="bg-white font-sans text-neutral-900 antialiased dark:bg-neutral-900">\n'
            '<div class="border-b border-neutral-200 bg-neutral-50 text-xs text-neutral-500"><div class="mx-auto flex max-w-6xl justify-between px-4 py-1">'
            '<span>%s</span><span><a class="hover:underline" href="/rss">RSS</a> · <a class="hover:underline" href="/lien-he">Liên hệ</a></span></div></div>\n'
            '<header class="sticky top-0 z-40 bg-white shadow-sm"><div class="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3">'
            '<a href="/" class="text-2xl font-black tracking-tight text-red-600">nhịp<span class="text-neutral-900">sống</span>số</a>'
            '<nav class="hidden flex-1 md:flex">%s</nav><button class="rounded-full p-2 hover:bg-neutral-100" aria-label="Tìm kiếm">'
            '<svg class="h-5 w-5" viewBox="0 0 24 24"><path d="M10 2a8 8 0 1 0 5 14l5 5 1-1-5-5A8 8 0 0 0 10 2z"/></svg></button></div></header>\n'
            '<main class="mx-auto grid max-w-6xl grid-cols-1 gap-8 px-4 py-6 lg:grid-cols-[1fr_320px]">\n<div>\n'
            '<div class="mb-3 flex items-center gap-2 text-sm"><a class="font-semibold text-red-600" href="/giao-thong">Giao thông</a>'
            '<span class="text-neutral-300">/</span><a class="text-neutral-500" href="/giao-thong/do-thi">Đô thị</a></div>\n'
            '<h1 class="text-3xl font-extrabold leading-tight md:text-[40px]">%s</h1>\n'
            '<div class="mt-4 flex items-center gap-3 text-sm text-neutral-500"><img class="h-9 w-9 rounded-full" src="/avatar/hoang-lan.webp" alt="">'
            '<div><a class="font-semibold text-neutral-800" href="/tac-gia/hoang-lan">%s</a><div>'
            '<time datetime="2026-11-20T03:05:00Z">20/11/2026 10:05</time> · 3 phút</div></div>'
            '<div class="ml-auto flex gap-2"><button class="rounded border px-2 py-1">A-</button><button class="rounded border px-2 py-1">A+</button>'
            '<button class="rounded bg-blue-600 px-3 py-1 text-white">Chia sẻ</button></div></div>\n'
            '<p class="mt-5 text-lg font-semibold leading-relaxed text-neutral-700">%s</p>\n'
            '<div class="mt-6">\n%s</div>\n'
            '<div class="mt-6 flex flex-wrap gap-2">%s</div>\n'
            '<div class="mt-8 rounded-lg bg-neutral-100 p-4"><div class="mb-2 text-sm font-bold uppercase">Bình luận (0)</div>'
            '<textarea class="w-full rounded border p-2" placeholder="Chia sẻ ý kiến của bạn"></textarea>'
            '<button class="mt-2 rounded bg-red-600 px-4 py-2 text-sm font-semibold text-white">Gửi</button></div>\n'
            '</div>\n<aside class="space-y-6"><section><h2 class="mb-2 border-l-4 border-red-600 pl-2 font-bold uppercase">Đọc nhiều</h2><ol>%s</ol></section>\n'
            '<section><h2 class="mb-2 border-l-4 border-red-600 pl-2 font-bold uppercase">Mới cập nhật</h2>%s</section></aside>\n</main>\n'
            '<footer class="mt-10 bg-neutral-900 py-8 text-sm text-neutral-400"><div class="mx-auto max-w-6xl px-4">'
            '<p class="font-bold text-white">Nhịp Sống Số</p><p>Giấy phép thiết lập trang thông tin điện tử tổng hợp số 218/GP-TTĐT do Sở Văn hóa và Thể thao Hà Nội cấp.</p>'
            '<p>Địa chỉ: Tầng 9, tòa nhà 41 Lê Văn Lương, phường Thanh Xuân, Hà Nội. Email: toasoan@nhipsongso.vn</p>'
            '<p>© 2026 Nhịp Sống Số. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></footer>\n'
            '<script src="/_assets/app.8f3c2e.js" defer></script>\n</body>\n'
            % (today_vi(), nav, esc(a["title"]), esc(a["author"]), esc(a["sapo"]), body_html,
               "".join('<a class="rounded-full bg-neutral-100 px-3 py-1 text-sm" href="/tag/%s">%s</a>' % (slug(t), esc(t))
                       for t in ["xe buýt điện", "giao thông công cộng", "Hà Nội"]),
               trending, latest))
    return doc(head, body), dict(platform="tailwind-news", url=url, charset="utf-8", published_at="2026-11-20T10:05:00+07:00")

@page("k02")
def k02(rng, a):
    url = "https://tiengnoiviet.vn/chinh-tri/quoc-hoi-thao-luan-co-che-dac-thu-phat-trien-nha-o-xa-hoi-cho-cong-nhan-post804417.html"
    blocks = render(a["blocks"], rng, h='h2 class="article__subhead"').replace(
        '<figure class="image">', '<figure class="article__photo" itemprop="image" itemscope itemtype="https://schema.org/ImageObject">')
    blocks = blocks.replace("<p>", '<p class="article__p">')
    mega = menu(["Chính trị", "Thời sự", "Kinh tế", "Xã hội", "Pháp luật", "Văn hóa", "Thế giới", "Giáo dục", "Y tế",
                 "Thể thao", "Bạn đọc", "Multimedia"], "mega", SUBS, rng)
    rel = "".join('<article class="story story--related" itemscope itemtype="https://schema.org/NewsArticle"><h3 class="story__title" itemprop="headline">'
                  '<a href="/%s-post%d.html">%s</a></h3><time class="story__time" datetime="%s">%s</time></article>'
                  % (slug(t), rng.randrange(800000, 804400), esc(t), d.strftime("%Y-%m-%dT%H:%M:00+07:00"), d.strftime("%d/%m/%Y"))
                  for t, d in news_items(rng, 6))
    most = sidebar(rng, "Đọc nhiều nhất", 10, "%H:%M %d/%m", cls="box-most")
    newest = sidebar(rng, "Tin mới", 12, "%d/%m/%Y %H:%M", cls="box-newest")
    head = ('<title>%s - Báo Tiếng Nói Việt</title>\n<meta name="description" content="%s">\n<meta name="author" content="Báo Tiếng Nói Việt">\n'
            '<link rel="canonical" href="%s">\n<link rel="stylesheet" href="/static/css/main.min.css?v=20261102">\n'
            % (esc(a["title"]), attr(a["sapo"]), url))
    scripts = script_blob(rng, "tnv_article", 70) + svg_sprite(rng, 80)
    byline = "".join('<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">%s</span></span>%s'
                     % (esc(n), ", " if i == 0 else "") for i, n in enumerate(a["author"].split(", ")))
    body = ('<body class="page-detail">\n%s<div class="topbar"><div class="container"><span class="today">%s</span>'
            '<a href="/e-paper">Báo in</a><a href="/dang-nhap">Đăng nhập</a></div></div>\n'
            '<header class="header"><div class="container"><a class="logo" href="/"><img src="/static/img/logo.svg" alt="Báo Tiếng Nói Việt"></a>'
            '<div class="hotline">Đường dây nóng: 0243.8257.119</div></div><nav class="main-nav"><div class="container">%s</div></nav></header>\n'
            '<main class="container main">\n<section class="layout layout--detail">\n<section class="layout__main">\n'
            '<article class="article" itemscope itemtype="https://schema.org/NewsArticle">\n'
            '<meta itemprop="mainEntityOfPage" content="%s">\n'
            '<section class="article__header"><ul class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">'
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/chinh-tri"><span itemprop="name">Chính trị</span></a><meta itemprop="position" content="1"></li>'
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/chinh-tri/quoc-hoi"><span itemprop="name">Quốc hội</span></a><meta itemprop="position" content="2"></li></ul>\n'
            '<h1 class="article__title" itemprop="headline">%s</h1>\n'
            '<div class="article__meta"><time class="article__time" itemprop="datePublished" datetime="2026-11-18T19:42:18+07:00">Thứ tư, 18/11/2026 - 19:42</time>'
            '<meta itemprop="dateModified" content="2026-11-18T21:03:51+07:00">'
            '<span class="article__views">1.284 lượt xem</span></div></section>\n'
            '<section class="article__body">\n<section class="article__sapo" itemprop="description"><p>%s</p></section>\n'
            '<section class="article__content" itemprop="articleBody">\n%s</section>\n'
            '<section class="article__author">%s</section>\n</section>\n'
            '<section class="article__footer"><div class="article__tags">Từ khóa: <a href="/tag/ky-hop-thu-hai">Kỳ họp thứ hai</a> '
            '<a href="/tag/nha-o-xa-hoi">nhà ở xã hội</a></div><div class="article__tools"><a href="#" class="btn-print">In bài</a>'
            '<a href="#" class="btn-share-fb">Chia sẻ</a><a href="#" class="btn-copy">Sao chép liên kết</a></div></section>\n'
            '</article>\n<section class="related"><h2 class="related__title">Tin liên quan</h2>%s</section>\n'
            '</section>\n<aside class="layout__side">%s%s</aside>\n</section>\n</main>\n'
            '<footer class="footer"><div class="container"><p><strong>BÁO TIẾNG NÓI VIỆT</strong> - Cơ quan của Liên hiệp các Hội Văn học nghệ thuật Việt Nam</p>'
            '<p>Giấy phép hoạt động báo điện tử số 431/GP-BTTTT ngày 12/8/2024. Tổng Biên tập: Đỗ Văn Khiêm</p>'
            '<p>Tòa soạn: 51 Hàng Bài, phường Hoàn Kiếm, Hà Nội. Điện thoại: 0243.8257.119</p></div></footer>\n%s</body>\n'
            % (svg_sprite(rng, 20), today_vi(), mega, url, esc(a["title"]), esc(a["sapo"]), blocks, byline, rel, most, newest, scripts))
    return doc(head, body), dict(platform="schema-microdata", url=url, charset="utf-8", published_at="2026-11-18T19:42:18+07:00")

@page("k03")
def k03(rng, a):
    url = "https://baolamdong.vn/kinh-te/202611/nong-dan-lam-dong-vao-vu-thu-hoach-ca-phe-gia-thu-mua-duy-tri-o-muc-cao-7c41d9e/"
    e = lambda t: esc(t).replace("’", "&rsquo;")
    dp = lambda t, e: '<div style="text-align: justify; margin-bottom: 12px; font-family: Arial; font-size: 16px; line-height: 1.6">%s</div>\n' % e(t)
    content = render(a["blocks"], rng, img="table", e=e, p=dp)
    content = content.replace('<p><img', '<div style="text-align:center"><img').replace('></p>\n', '></div>\n')
    head = ('<title>%s - Báo Lâm Đồng</title>\n<meta name="keywords" content="cà phê, Lâm Đồng, thu hoạch">\n'
            '<link href="/Content/site.css" rel="stylesheet">\n' % esc(a["title"]))
    body = ('<body>\n<div id="wrapper">\n<div class="top-header"><span class="date-now">%s</span> | <a href="/">Báo và Phát thanh, Truyền hình Lâm Đồng</a>'
            ' | <a href="/truyen-hinh">Xem truyền hình</a> | <a href="/phat-thanh">Nghe phát thanh</a></div>\n'
            '<div class="banner"><a href="/"><img src="/Content/images/banner-2025.jpg" alt="Báo Lâm Đồng"></a></div>\n'
            '<div class="navbar">%s</div>\n'
            '<div class="content-wrap"><div class="col-left">\n'
            '<div class="breadcrumbs"><a href="/">Trang chủ</a> » <a href="/kinh-te">Kinh tế</a> » <a href="/kinh-te/nong-nghiep">Nông nghiệp</a></div>\n'
            '<div class="detail-title" style="font-size:28px;font-weight:bold;color:#0b4f8a;margin:10px 0">%s</div>\n'
            '<div class="detail-time" style="color:#888;font-size:13px">Thứ sáu, 20/11/2026 | 06:15</div>\n'
            '<div class="tools"><a href="javascript:window.print()">In bài</a> <a href="#" onclick="zoom(1)">A+</a> <a href="#" onclick="zoom(-1)">A-</a> '
            '<a href="#" class="fb-share">Facebook</a> <a href="#" class="zalo-share">Zalo</a></div>\n'
            '<div class="detail-content" id="content">\n'
            '<div style="font-weight: bold; text-align: justify; margin-bottom: 14px; font-size: 17px">%s</div>\n%s'
            '<div style="text-align: right; font-weight: bold; margin-top: 10px">Bài, ảnh: %s</div>\n</div>\n'
            '<div class="tags">Tags: <a href="/tag/ca-phe">cà phê</a>, <a href="/tag/nong-nghiep">nông nghiệp</a></div>\n'
            '<div class="other-news"><div class="title-box">Các tin khác</div><ul>%s</ul></div>\n'
            '<div class="comment-form"><div class="title-box">Ý kiến bạn đọc</div><form><input type="text" placeholder="Họ tên">'
            '<input type="email" placeholder="Email"><textarea placeholder="Nội dung"></textarea><button type="button">Gửi ý kiến</button></form></div>\n'
            '</div><div class="col-right">%s%s<div class="adv"><a href="/qc"><img src="/Upload/qc/dalat-festival.gif" alt="Quảng cáo"></a></div></div></div>\n'
            '<div class="footer"><p><b>BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG</b></p><p>Cơ quan của Đảng bộ tỉnh Lâm Đồng</p>'
            '<p>Giấy phép số 128/GP-BVHTTDL. Địa chỉ: 38 Quang Trung, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng.</p>'
            '<p>Điện thoại: 0263.3822.478 - Email: toasoan@baolamdong.vn</p></div>\n</div>\n'
            '<script>function zoom(d){var c=document.getElementById("content");var s=parseInt(getComputedStyle(c).fontSize)+d;c.style.fontSize=s+"px";}</script>\n'
            '<script async src="https://www.googletagmanager.com/gtag/js?id=G-LD2025"></script>\n</body>\n'
            % (today_vi(), menu(["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Du lịch", "Thể thao", "Phát thanh", "Truyền hình"], "nav"),
               esc(a["title"]), esc(a["sapo"]), content, e(a["author"]),
               "".join('<li><a href="/%s.html">%s</a> <i>(%s)</i></li>' % (slug(t), esc(t), d.strftime("%d/%m/%Y")) for t, d in news_items(rng, 8)),
               sidebar(rng, "Tin mới nhất", 8, "%H:%M - %d/%m"), sidebar(rng, "Đọc nhiều", 6, "%d/%m/%Y")))
    return doc(head, body), dict(platform="aspnet-mvc-inline-div", url=url, charset="utf-8", published_at="2026-11-20T06:15:00+07:00")

@page("k04")
def k04(rng, a):
    url = "https://phaplyviet.vn/phap-dinh/tuyen-phat-7-bi-cao-trong-vu-lua-dao-qua-ung-dung-dau-tu-gia-mao-a51873.html"
    e = ent_named
    def pp(t, e, first=[True]):
        if first[0]:
            first[0] = False
            return '<p><strong>%s</strong></p>\n' % e(t)
        return '<p style="text-align: justify;">%s</p>\n' % e(t)
    blocks = list(a["blocks"])
    content = render(blocks[:4], rng, img="table", e=e, p=pp)
    content += ('<div class="box-xemthem"><p><strong>Xem thêm:</strong> <a href="/phap-dinh/canh-bao-ung-dung-dau-tu-gia-mao-a51102.html">'
                'Cảnh báo thủ đoạn mời chào đầu tư qua ứng dụng giả mạo sàn quốc tế</a></p></div>\n')
    content += render(blocks[4:], rng, img="table", e=e, p=pp)
    head = ('<meta http-equiv="X-UA-Compatible" content="IE=edge">\n<title>%s</title>\n<link rel="stylesheet" href="/templates/plv/css/style.css">\n'
            '<meta property="og:type" content="article">\n' % ent_named(a["title"]))
    body = ('<body>\n<div class="container">\n<div class="header-top"><div class="date">%s</div><div class="links"><a href="/gioi-thieu">Giới thiệu</a> | '
            '<a href="/lien-he">Liên hệ tòa soạn</a> | <a href="/quang-cao">Quảng cáo</a></div></div>\n'
            '<div class="logo"><a href="/"><img src="/templates/plv/img/logo.png" alt="Pháp Lý Việt"></a></div>\n'
            '<div id="menu">%s</div>\n<div class="row">\n<div class="col-8">\n'
            '<div class="cat-path"><a href="/phap-dinh">Pháp đình</a></div>\n'
            '<h1 class="title-detail">%s</h1>\n'
            '<div class="meta"><span class="author">%s</span> | <span class="date">Thứ tư, 18/11/2026 - 14:54:14</span>'
            ' | <span class="view">Lượt xem: 2.951</span></div>\n'
            '<div class="share-box"><a class="fb" href="#">Thích</a><a class="print" href="#">In</a><a class="mail" href="#">Gửi email</a></div>\n'
            '<div class="content-detail" id="contentdetail">\n%s</div>\n'
            '<div class="news-relation"><div class="title">Tin liên quan</div><ul>%s</ul></div>\n</div>\n'
            '<div class="col-4">%s%s</div>\n</div>\n'
            '<div class="footer"><p>BÁO ĐIỆN TỬ PHÁP LÝ VIỆT - Cơ quan của Hội Luật gia tỉnh</p><p>Giấy phép số 96/GP-BTTTT. Trụ sở: 12 Trần Quốc Toản, phường Ninh Kiều, TP Cần Thơ.</p>'
            '<p>Ghi rõ nguồn “Pháp Lý Việt” khi phát hành lại thông tin từ website này.</p></div>\n</div>\n'
            '<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(["_setAccount","UA-3102881-9"]);_gaq.push(["_trackPageview"]);</script>\n</body>\n'
            % (today_vi(), menu(["Trang chủ", "Thời sự", "Pháp đình", "Điều tra", "Bạn đọc", "Tư vấn pháp luật", "Văn bản mới", "Kinh tế"], "topmenu"),
               e(a["title"]), e(a["author"]), content,
               "".join('<li><a href="/%s.html">%s</a></li>' % (slug(t), ent_named(t)) for t, d in news_items(rng, 5)),
               sidebar(rng, "Tin mới", 10, "%d/%m/%Y"), sidebar(rng, "Tin đọc nhiều", 8, "%d/%m")))
    return doc(head, body, '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'), dict(
        platform="php-legacy-entities", url=url, charset="utf-8", published_at="2026-11-18T14:54:14+07:00")

@page("k05")
def k05(rng, a):
    url = "https://dongbaomiennui.vn/thon-nam-dam-doi-thay-nho-du-lich-cong-dong-d58214.html"
    box = lambda title, inner: ('<div class="box-content" style="border: 2px solid #c8a46b; background: #fbf6ec; padding: 12px 16px; margin: 16px 0;">\n'
                                '<h4 style="color: #8a5a1e; text-transform: none">%s</h4>\n%s</div>\n' % (esc(title), inner))
    content = render(a["blocks"], rng, box=box)
    head = '<title>%s</title>\n<link rel="stylesheet" href="/assets/css/dbmn.css?v=3.2">\n' % esc(a["title"])
    body = ('<body class="detail">\n<div class="site-top"><div class="wrap"><span>%s</span><span class="lang"><a href="/">Tiếng Việt</a> | '
            '<a href="/mong">Hmông</a> | <a href="/khmer">Khmer</a> | <a href="/jrai">Jrai</a></span></div></div>\n'
            '<header class="site-header"><div class="wrap"><a class="logo" href="/"><img src="/assets/img/logo-dbmn.png" alt="Đồng bào Miền núi"></a></div>\n'
            '<nav class="site-nav"><div class="wrap">%s</div></nav></header>\n'
            '<div class="wrap main"><div class="main-col">\n<div class="crumb"><a href="/">Trang chủ</a> / <a href="/dan-toc-ton-giao">Dân tộc - Tôn giáo</a> / <a href="/du-lich">Du lịch</a></div>\n'
            '<div class="post">\n<h1 class="post-title">%s</h1>\n<div class="post-date">Ngày 17 tháng 11 năm 2026</div>\n'
            '<div class="post-sapo"><b>%s</b></div>\n<div class="post-content">\n%s'
            '<p style="text-align:right"><strong>Bài và ảnh: %s</strong></p>\n</div>\n'
            '<div class="post-tool"><a href="#">Gửi bài viết</a> <a href="#">In trang</a> <a href="#">Về đầu trang</a></div>\n</div>\n'
            '<div class="same-cat"><h3>Tin cùng chuyên mục</h3><ul>%s</ul></div>\n</div>\n'
            '<div class="side-col">%s<div class="box-video"><h3>Video</h3><div class="v-item"><img src="/thumb/v1.jpg" alt=""><p>Lễ cấp sắc của người Dao đỏ</p></div></div>%s</div>\n</div>\n'
            '<footer class="site-footer"><div class="wrap"><p><b>BÁO ĐỒNG BÀO MIỀN NÚI</b> - Diễn đàn của đồng bào các dân tộc thiểu số</p>'
            '<p>Giấy phép số 257/GP-BTTTT. Trụ sở: 349 Đội Cấn, phường Ngọc Hà, Hà Nội.</p></div></footer>\n</body>\n'
            % (today_vi(), menu(["Thời sự", "Dân tộc - Tôn giáo", "Miền núi", "Kinh tế", "Văn hóa", "Du lịch", "Giáo dục", "Pháp luật", "Ảnh", "Video"], "nav"),
               esc(a["title"]), esc(a["sapo"]), content, esc(a["author"]),
               "".join('<li><a href="/%s.html">%s</a> <span>(%s)</span></li>' % (slug(t), esc(t), d.strftime("%d/%m")) for t, d in news_items(rng, 7)),
               sidebar(rng, "Tin mới", 8, "%d/%m/%Y"), sidebar(rng, "Xem nhiều", 6, "%d/%m/%Y")))
    return doc(head, body), dict(platform="custom-php-boxed", url=url, charset="utf-8", published_at="2026-11-17T00:00:00+07:00")

@page("k06")
def k06(rng, a):
    url = "https://congnghevadoisong.vn/huong-dan-dang-ky-tai-khoan-dinh-danh-dien-tu-cho-tre-em-duoi-14-tuoi/"
    content = render(a["blocks"], rng, h="h3", ul='<ul class="checklist">').replace(
        '<figure class="image">', '<figure class="kg-card kg-image-card kg-card-hascaption">').replace('loading="lazy"', 'class="kg-image" loading="lazy"')
    content = content.replace("<h3>Bước", '<h3 id="buoc" class="step">Bước')
    head = ('<title>%s</title>\n<meta property="og:site_name" content="Công nghệ và Đời sống">\n<meta property="og:type" content="article">\n'
            '<meta property="article:published_time" content="2026-11-16T08:30:00+07:00">\n<meta property="article:modified_time" content="2026-11-16T09:10:44+07:00">\n'
            '<meta name="generator" content="Ghost 5.96">\n<link rel="stylesheet" href="/assets/built/screen.css?v=a1c0e2">\n' % esc(a["title"]))
    toc = "".join('<li><a href="#s%d">%s</a></li>' % (i, esc(b[1])) for i, b in enumerate(a["blocks"]) if b[0] == "h")
    body = ('<body class="post-template tag-huong-dan">\n<div class="gh-viewport">\n<div class="gh-topline">%s</div>\n'
            '<header id="gh-head" class="gh-head"><a class="gh-head-logo" href="/">Công nghệ &amp; Đời sống</a><nav class="gh-head-menu">%s</nav>'
            '<div class="gh-head-actions"><a href="#/search">Tìm kiếm</a><a class="gh-head-button" href="#/portal/signup">Đăng ký nhận tin</a></div></header>\n'
            '<main id="gh-main" class="gh-main">\n<article class="gh-article post tag-huong-dan">\n<header class="gh-article-header gh-canvas">\n'
            '<a class="gh-article-tag" href="/tag/huong-dan/">Hướng dẫn</a>\n<h1 class="gh-article-title">%s</h1>\n'
            '<p class="gh-article-excerpt">%s</p>\n'
            '<div class="gh-article-meta"><div class="gh-article-author-name"><a href="/author/bao-anh/">%s</a></div>'
            '<div class="gh-article-meta-content"><time class="gh-article-date" datetime="2026-11-16">08:30, 16/11/2026</time>'
            '<span class="gh-article-meta-sep"></span> Cập nhật: 09:10, 16/11/2026</div></div>\n</header>\n'
            '<aside class="gh-toc"><div class="gh-toc-title">Nội dung bài viết</div><ol>%s</ol></aside>\n'
            '<section class="gh-content gh-canvas">\n%s</section>\n'
            '<section class="gh-article-share"><a href="#">Facebook</a><a href="#">X</a><a href="#">Sao chép liên kết</a></section>\n</article>\n'
            '<section class="gh-read-next"><h3 class="gh-read-next-title">Đọc tiếp</h3>%s</section>\n'
            '<section class="gh-cta"><h3>Nhận bản tin công nghệ mỗi sáng thứ Hai</h3><form><input type="email" placeholder="Email của bạn"><button>Đăng ký</button></form></section>\n'
            '</main>\n<footer class="gh-foot"><p>Công nghệ &amp; Đời sống - Chuyên trang của Tạp chí Thông tin và Truyền thông số.</p>'
            '<p>Giấy phép số 55/GP-CBC. Địa chỉ: 18 Nguyễn Du, phường Hai Bà Trưng, Hà Nội.</p><p>Được xây dựng trên Ghost</p></footer>\n</div>\n'
            '<script src="/assets/built/main.min.js?v=a1c0e2"></script>\n<script>document.querySelectorAll(".gh-content h3").forEach(function(h,i){h.id="s"+i});</script>\n</body>\n'
            % (today_vi(), "".join('<a href="/tag/%s/">%s</a>' % (slug(s), esc(s)) for s in ["Tin công nghệ", "Hướng dẫn", "Đánh giá", "Chuyển đổi số", "An ninh mạng", "Thiết bị"]),
               esc(a["title"]), esc(a["sapo"]), esc(a["author"]), toc, content,
               "".join('<article class="gh-card"><a class="gh-card-link" href="/%s/"><h3 class="gh-card-title">%s</h3><p class="gh-card-excerpt">%s</p>'
                       '<time class="gh-card-date">%s</time></a></article>' % (slug(t), esc(t), esc("Bài viết hướng dẫn chi tiết cho người dùng phổ thông."), d.strftime("%d/%m/%Y"))
                       for t, d in news_items(rng, 3))))
    return doc(head, body), dict(platform="ghost", url=url, charset="utf-8", published_at="2026-11-16T08:30:00+07:00")

@page("k07")
def k07(rng, a):
    url = "https://taichinhdautu24h.vn/loi-nhuan-ngan-hang-niem-yet-9-thang-phan-hoa-manh-no-xau-chung-lai-20261107062012345.htm"
    content = render(a["blocks"], rng, h="h3", tbl='<table class="tbl-data" style="width:100%;border-collapse:collapse" border="1">')
    head = ('<title>%s</title>\n<meta name="description" content="%s">\n<link rel="stylesheet" href="https://static.tcdt24h.vn/web/css/detail.min.css">\n'
            % (esc(a["title"]), attr(a["sapo"])))
    stocks = "".join('<span class="tick %s">%s %s</span>' % (rng.choice(["up", "down"]), s, "%.2f" % (rng.uniform(10, 90)))
                     for s in ["VN-INDEX", "HNX", "UPCOM", "VN30"])
    body = ('<body>\n<div class="header-top"><div class="w1160"><span class="date">%s</span><div class="market">%s</div></div></div>\n'
            '<div class="header"><div class="w1160"><a class="logo" href="/">Tài chính &amp; Đầu tư 24h</a></div>'
            '<div class="menu-main">%s</div></div>\n<div class="w1160 detail">\n'
            '<div class="detail-cate"><a href="/ngan-hang.htm">Ngân hàng</a></div>\n<div class="detail-left">\n'
            '<h1 class="detail-title" data-role="title">%s</h1>\n'
            '<div class="detail-info"><span class="detail-time" data-role="publishdate">07/11/2026 | 06:20 GMT+7</span>'
            '<div class="detail-social"><a class="sbtn fb" href="#"></a><a class="sbtn zalo" href="#"></a><a class="sbtn link" href="#"></a></div></div>\n'
            '<h2 class="detail-sapo" data-role="sapo">%s</h2>\n'
            '<div class="detail-relate"><ul><li><a href="/ngan-hang-dong-loat-giam-lai-suat-cho-vay.htm">Ngân hàng đồng loạt giảm lãi suất cho vay mua nhà</a></li>'
            '<li><a href="/du-bao-tin-dung-cuoi-nam.htm">Dự báo tín dụng cuối năm: Tăng tốc nhưng có chọn lọc</a></li></ul></div>\n'
            '<div class="detail-content afcbc-body" data-role="content">\n%s'
            '<p class="author" style="text-align:right"><b>%s</b></p>\n</div>\n'
            '<div class="detail-tags">Tag: <a href="/ngan-hang.htm">ngân hàng</a>, <a href="/no-xau.htm">nợ xấu</a>, <a href="/bao-cao-tai-chinh.htm">báo cáo tài chính</a></div>\n'
            '<div class="box-cung-chuyen-muc"><h3>Tin cùng chuyên mục</h3>%s</div>\n</div>\n'
            '<div class="detail-right">%s<div class="box-tygia"><h3>Tỷ giá</h3><table><tr><td>USD</td><td>25.312</td><td>25.702</td></tr>'
            '<tr><td>EUR</td><td>27.845</td><td>29.310</td></tr></table></div>%s</div>\n</div>\n'
            '<div class="footer"><p>Tạp chí điện tử Tài chính &amp; Đầu tư 24h. Giấy phép số 341/GP-BTTTT.</p><p>Tòa soạn: 24 Phạm Văn Bạch, phường Cầu Giấy, Hà Nội.</p></div>\n'
            '%s</body>\n'
            % (today_vi(), stocks, menu(["Chứng khoán", "Ngân hàng", "Bất động sản", "Doanh nghiệp", "Vĩ mô", "Tài chính quốc tế", "Tiêu dùng"], "mnu"),
               esc(a["title"]), esc(a["sapo"]), content, esc(a["author"]),
               "".join('<div class="item"><a href="/%s.htm"><img src="/thumb/%x.jpg" alt=""></a><h4><a href="/%s.htm">%s</a></h4><span>%s</span></div>'
                       % (slug(t), rng.getrandbits(36), slug(t), esc(t), d.strftime("%d/%m/%Y %H:%M")) for t, d in news_items(rng, 6)),
               sidebar(rng, "Đọc nhiều", 8, "%d/%m"), sidebar(rng, "Mới nhất", 10, "%H:%M %d/%m"), script_blob(rng, "tcdt", 6)))
    return doc(head, body), dict(platform="custom-finance-cms", url=url, charset="utf-8", published_at="2026-11-07T06:20:00+07:00")

@page("k08")
def k08(rng, a):
    url = "https://tapchivanhoadoisong.vn/goc-nhin/dung-de-tre-lon-len-xa-trang-sach-10729.html"
    pull = lambda t: ('<aside class="pullquote" aria-hidden="true"><span class="pq-mark">“</span><p class="pq-text">%s</p></aside>\n' % esc(t))
    content = render(a["blocks"], rng, pull=pull)
    name, unit = a["author"].split(", ")
    head = ('<title>%s | Tạp chí Văn hóa &amp; Đời sống</title>\n<meta name="generator" content="Umbraco">\n'
            '<link rel="stylesheet" href="/css/vhds.min.css">\n' % esc(a["title"]))
    body = ('<body class="opinion">\n<div class="today">%s</div>\n<header class="hdr"><a class="brand" href="/">VĂN HÓA &amp; ĐỜI SỐNG</a>%s</header>\n'
            '<div class="page"><div class="page-main">\n<div class="kicker"><a href="/goc-nhin">GÓC NHÌN</a></div>\n'
            '<h1 class="headline">%s</h1>\n'
            '<div class="opinion-author"><img src="/media/authors/pham-thu-hang.jpg" alt=""><div><strong class="oa-name">%s</strong><br><span class="oa-unit">%s</span></div></div>\n'
            '<div class="dates"><span>15/11/2026 - 08:45</span> <span class="upd">Cập nhật: 15/11/2026 - 20:10</span></div>\n'
            '<div class="lead"><p>%s</p></div>\n<div class="rte">\n%s</div>\n'
            '<div class="note"><em>Bài viết thể hiện quan điểm riêng của tác giả.</em></div>\n'
            '<div class="share"><a href="#">Chia sẻ</a> <a href="#">In</a> <a href="#">Lưu bài</a></div>\n'
            '<div class="more-opinion"><h3>Cùng chuyên mục</h3><ul>%s</ul></div>\n'
            '</div><div class="page-side">%s</div></div>\n'
            '<footer><p>Tạp chí Văn hóa &amp; Đời sống - Giấy phép số 412/GP-BTTTT. Địa chỉ: 65 Nguyễn Thái Học, phường Ba Đình, Hà Nội.</p></footer>\n</body>\n'
            % (today_vi(), menu(["Góc nhìn", "Văn hóa", "Gia đình", "Giáo dục", "Sách", "Nghệ thuật", "Di sản"], "nav"),
               esc(a["title"]), esc(name), esc(unit), esc(a["sapo"]), content,
               "".join('<li><a href="/goc-nhin/%s.html">%s</a></li>' % (slug(t), esc(t)) for t, d in news_items(rng, 5)),
               sidebar(rng, "Đọc nhiều", 8, "%d/%m/%Y")))
    return doc(head, body), dict(platform="umbraco", url=url, charset="utf-8", published_at="2026-11-15T08:45:00+07:00")

@page("k09")
def k09(rng, a):
    url = "https://truyenhinhthudo.vn/van-hoa/khai-mac-tuan-le-van-hoa-am-thuc-pho-co-ha-noi-2026-n218736.html"
    content = render(a["blocks"], rng, img="pem")
    share = ('<div class="sticky-share" style="position:sticky;top:120px;float:left;margin-left:-70px">'
             '<a class="s-fb" href="#" title="Chia sẻ Facebook">Facebook</a><a class="s-zalo" href="#" title="Chia sẻ Zalo">Zalo</a>'
             '<a class="s-copy" href="#" title="Sao chép">Copy link</a><a class="s-print" href="#" title="In bài">In</a></div>\n')
    floating = ('<div id="floating-video" class="float-player" style="position:fixed;right:16px;bottom:16px;width:360px;z-index:999">'
                '<div class="fp-head"><span class="fp-live">TRỰC TIẾP</span> <span class="fp-title">Kênh H1 - Bản tin Thời sự 19 giờ</span>'
                '<button class="fp-close" aria-label="Đóng">×</button></div>'
                '<video id="live-h1" muted autoplay playsinline poster="/images/live-h1.jpg"><source src="https://live.truyenhinhthudo.vn/h1/index.m3u8" type="application/x-mpegURL">'
                'Trình duyệt của bạn không hỗ trợ phát video.</video><div class="fp-duration">LIVE</div></div>\n')
    schedule = "".join('<li><span class="t">%02d:%02d</span> %s</li>' % (h, m, esc(p)) for h, m, p in
                       [(6, 0, "Chào buổi sáng"), (7, 30, "Hà Nội hôm nay"), (11, 45, "Thời sự trưa"), (14, 0, "Phim truyện: Phố cũ"),
                        (18, 30, "Chuyện phố phường"), (19, 0, "Thời sự 19 giờ"), (20, 10, "Ký sự: Những làng nghề ven đô"), (22, 0, "Bản tin cuối ngày")])
    head = ('<title>%s</title>\n<meta property="og:video" content="https://truyenhinhthudo.vn/embed/218736">\n'
            '<link rel="stylesheet" href="/Themes/THTD/css/style.css?v=11">\n' % esc(a["title"]))
    body = ('<body>\n%s<div class="top"><div class="container"><span>%s</span> <a href="/truc-tuyen/h1">H1</a> <a href="/truc-tuyen/h2">H2</a>'
            ' <a href="/phat-thanh/fm90">FM 90MHz</a></div></div>\n'
            '<header class="hd"><div class="container"><a href="/" class="logo">Truyền hình Thủ đô</a></div><nav class="container">%s</nav></header>\n'
            '<div class="container page"><div class="col-main">\n<div class="bread"><a href="/">Trang chủ</a> › <a href="/van-hoa">Văn hóa</a></div>\n'
            '<div class="article-detail">\n%s<h1 class="title">%s</h1>\n<div class="info"><span class="cate">Văn hóa</span> <span class="time">Cập nhật lúc: 21:40 | 20/11/2026</span></div>\n'
            '<div class="sapo">%s</div>\n<div class="detail-body">\n%s<p style="text-align:right"><strong>%s</strong></p>\n</div>\n</div>\n'
            '<div class="news-other"><h3>Tin khác</h3><ul>%s</ul></div>\n<div class="fb-comments" data-href="%s" data-numposts="5"></div>\n</div>\n'
            '<div class="col-side"><div class="box-lich"><h3>Lịch phát sóng H1</h3><ul>%s</ul></div>%s%s</div></div>\n'
            '%s<footer class="ft"><div class="container"><p>ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THỦ ĐÔ</p><p>Giấy phép số 91/GP-BTTTT. Trụ sở: 47 Hai Bà Trưng, phường Cửa Nam, Hà Nội.</p>'
            '<p>Đường dây nóng: 0243.9412.306</p></div></footer>\n%s</body>\n'
            % (svg_sprite(rng, 120), today_vi(), menu(["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Phóng sự", "Truyền hình", "Phát thanh", "Podcast"], "menu", SUBS, rng),
               share, esc(a["title"]), esc(a["sapo"]), content, esc(a["author"]),
               "".join('<li><a href="/%s.html">%s</a> <span>%s</span></li>' % (slug(t), esc(t), d.strftime("%d/%m/%Y")) for t, d in news_items(rng, 8)),
               url, schedule, sidebar(rng, "Tin mới", 12, "%H:%M %d/%m"), sidebar(rng, "Xem nhiều", 8, "%d/%m"), floating,
               script_blob(rng, "thtd_detail", 84)))
    return doc(head, body), dict(platform="radio-tv-float-video", url=url, charset="utf-8", published_at="2026-11-20T21:40:00+07:00")

COMMENTERS = ["Nguyễn Thị Hoa", "Trần Văn Bình", "Lê Minh", "Phạm Thu Thủy", "Hoàng Đức Anh", "Bác sĩ Tâm", "Mẹ Bống", "Vũ Quang", "Đặng Hải Yến",
              "Bùi Tiến", "Ngô Lan", "Trịnh Công", "Lý Thị Ngọc", "Đỗ Hùng", "Kim Oanh"]
COMMENTS = [
    "Cảm ơn bài viết rất hữu ích. Nhà tôi có bố mẹ già đã đưa đi tiêm tuần trước.",
    "Cho hỏi phụ nữ đang cho con bú có tiêm vắc xin cúm được không ạ?",
    "Tuần này lớp con tôi nghỉ gần một nửa vì sốt, phụ huynh ai cũng lo.",
    "Nên có thêm điểm tiêm buổi tối và cuối tuần cho người đi làm.",
    "Giá vắc xin cúm ở phòng tiêm dịch vụ khoảng bao nhiêu vậy mọi người?",
    "Năm nào tôi cũng tiêm, thấy cả năm ít ốm vặt hơn hẳn.",
    "Bác sĩ cho hỏi trẻ vừa khỏi cúm thì bao lâu sau tiêm được?",
    "Mong ngành y tế tuyên truyền nhiều hơn ở vùng nông thôn.",
    "Đừng tự mua thuốc kháng sinh uống, bài viết nói rất đúng.",
    "Trạm y tế xã tôi chưa có vắc xin cúm, phải lên bệnh viện tỉnh.",
    "Người có bệnh tim như tôi thì tiêm có cần khám trước không?",
    "Cảm ơn báo đã thông tin kịp thời.",
    "Nhà tôi cả nhà bị cúm A, sốt ba ngày mới đỡ, mọi người cẩn thận nhé.",
    "Nên đeo khẩu trang khi đến chỗ đông người trong mùa này.",
    "Bài viết dễ hiểu, tôi đã chia sẻ cho nhóm phụ huynh lớp con.",
]

@page("k10")
def k10(rng, a):
    url = "https://suckhoedoisong24h.vn/ca-mac-cum-mua-tang-bac-si-khuyen-cao-5-nhom-nguoi-can-tiem-vac-xin-som-169261114082033.htm"
    content = render(a["blocks"], rng).replace("<ul>", '<ul class="list-dot">')
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["sapo"],
                     "datePublished": "2026-11-14T01:20:33Z", "dateModified": "2026-11-14T03:02:10Z",
                     "author": {"@type": "Person", "name": a["author"]},
                     "publisher": {"@type": "Organization", "name": "Sức khỏe & Đời sống 24h"}}, ensure_ascii=False)
    base = datetime.datetime(2026, 11, 14, 9, 0)
    cm = []
    for i in range(15):
        t = base + datetime.timedelta(minutes=37 * i + rng.randrange(30))
        reply = ""
        if i in (1, 6, 10):
            reply = ('<div class="cmt-reply"><div class="cmt-name">Ban Biên tập</div><div class="cmt-text">Cảm ơn bạn đã quan tâm. Bạn nên hỏi ý kiến bác sĩ tại cơ sở tiêm chủng để được khám sàng lọc và tư vấn cụ thể.</div></div>')
        cm.append('<li class="cmt-item" id="c%d"><div class="cmt-name">%s</div><div class="cmt-time">%s</div><div class="cmt-text">%s</div>'
                  '<div class="cmt-act"><a href="#">Thích (%d)</a> <a href="#">Trả lời</a></div>%s</li>'
                  % (7810 + i, esc(COMMENTERS[i]), t.strftime("%H:%M %d/%m/%Y"), esc(COMMENTS[i]), rng.randrange(0, 60), reply))
    head = ('<title>%s</title>\n<script type="application/ld+json">%s</script>\n<link rel="stylesheet" href="/css/skds.css?v=2026.11">\n'
            % (esc(a["title"]), ld))
    body = ('<body>\n%s<div class="header-top"><div class="container">%s <a href="/hoi-dap">Hỏi đáp bác sĩ</a> <a href="/tra-cuu-thuoc">Tra cứu thuốc</a></div></div>\n'
            '<header><div class="container"><a class="logo" href="/">Sức khỏe &amp; Đời sống 24h</a></div><nav class="mega">%s</nav></header>\n'
            '<div class="container"><div class="main-left">\n<ul class="bread"><li><a href="/y-te">Y tế</a></li><li><a href="/y-te/phong-benh">Phòng bệnh</a></li></ul>\n'
            '<h1 class="detail-title">%s</h1>\n<div class="detail-meta"><span class="author-name">%s</span> <span class="sep">-</span> '
            '<span class="publish-date">14/11/2026 08:20</span> <span class="view-count">12.408 lượt xem</span></div>\n'
            '<div class="detail-sapo"><strong>%s</strong></div>\n<div class="detail-content">\n%s</div>\n'
            '<div class="rating">Bài viết có hữu ích không? <button>Có</button> <button>Không</button></div>\n'
            '<div class="comment-box"><h3>Bình luận (15)</h3><form class="cmt-form"><textarea placeholder="Viết bình luận của bạn..."></textarea>'
            '<input placeholder="Họ tên"><input placeholder="Email"><button type="button">Gửi bình luận</button></form><ul class="cmt-list">%s</ul>'
            '<a class="cmt-more" href="#">Xem thêm bình luận</a></div>\n'
            '<div class="same-cate"><h3>Tin cùng chuyên mục</h3><ul>%s</ul></div>\n</div>\n'
            '<div class="main-right">%s%s%s</div></div>\n'
            '<footer><div class="container"><p>SỨC KHỎE &amp; ĐỜI SỐNG 24H - Chuyên trang của Hội Y học dự phòng</p><p>Giấy phép số 77/GP-TTĐT. Trụ sở: 138A Giảng Võ, phường Giảng Võ, Hà Nội.</p>'
            '<p>Thông tin trên website chỉ mang tính tham khảo, không thay thế cho việc chẩn đoán, điều trị của bác sĩ.</p></div></footer>\n%s</body>\n'
            % (svg_sprite(rng, 60), today_vi(), menu(["Thời sự y tế", "Phòng bệnh", "Dinh dưỡng", "Mẹ và bé", "Người cao tuổi", "Y học cổ truyền", "Thuốc", "Giới tính", "Khỏe đẹp"], "mega", SUBS, rng),
               esc(a["title"]), esc(a["author"]), esc(a["sapo"]), content, "".join(cm),
               "".join('<li><a href="/%s.htm">%s</a> <span>%s</span></li>' % (slug(t), esc(t), d.strftime("%d/%m/%Y")) for t, d in news_items(rng, 8)),
               sidebar(rng, "Tin mới", 12, "%H:%M %d/%m/%Y"), sidebar(rng, "Đọc nhiều", 10, "%d/%m"), sidebar(rng, "Hỏi đáp mới", 6, "%d/%m/%Y"),
               script_blob(rng, "skds_detail", 68)))
    return doc(head, body), dict(platform="health-comments-jsonld", url=url, charset="utf-8", published_at="2026-11-14T08:20:33+07:00")

@page("k11")
def k11(rng, a):
    url = "https://giaoducthoidai24.vn/nhieu-truong-xay-dung-de-on-tap-sat-dinh-dang-thi-tot-nghiep-thpt-2027-post761204.html"
    content = render(a["blocks"], rng, h="h2")
    head = '<title>%s | Giáo dục Thời đại 24</title>\n<link rel="stylesheet" href="/dist/gd.css">\n' % esc(a["title"])
    body = ('<body>\n<div class="utility"><div class="wrap"><time class="now">%s</time><a href="/tuyen-sinh">Tra cứu tuyển sinh</a><a href="/diem-thi">Tra cứu điểm thi</a></div></div>\n'
            '<header class="masthead"><div class="wrap"><a class="logo" href="/">Giáo dục Thời đại 24</a></div><nav class="wrap">%s</nav></header>\n'
            '<div class="wrap detail-grid"><div class="detail-main">\n'
            '<div class="breadcrumb"><a href="/giao-duc">Giáo dục</a> <span>›</span> <a href="/thi-cu">Thi cử</a></div>\n'
            '<h1 class="article-title">%s</h1>\n'
            '<div class="article-meta"><span class="badge-readtime" title="Thời gian đọc ước tính">⏱ 6 phút đọc</span>'
            '<span class="article-date">Thứ sáu, 13/11/2026, 15:30 (GMT+7)</span></div>\n'
            '<div class="listen"><button class="btn-tts">Nghe bài viết</button> <span class="tts-note">Giọng đọc tự động</span></div>\n'
            '<h2 class="article-sapo">%s</h2>\n<div class="article-body">\n%s'
            '<p class="article-author" style="text-align:right"><strong>%s</strong></p>\n</div>\n'
            '<div class="article-tags"><a href="/tag/thi-tot-nghiep-thpt-2027">thi tốt nghiệp THPT 2027</a> <a href="/tag/on-thi">ôn thi</a></div>\n'
            '<div class="article-related"><h3>Bài liên quan</h3><ul>%s</ul></div>\n</div>\n<aside class="detail-side">%s%s</aside></div>\n'
            '<footer class="site-footer"><div class="wrap"><p>Giáo dục Thời đại 24 - Cơ quan của Hội Khuyến học</p><p>Giấy phép số 118/GP-BTTTT. Tòa soạn: 15 Hai Bà Trưng, phường Cửa Nam, Hà Nội.</p></div></footer>\n'
            '<script>var readTime=Math.ceil(document.querySelector(".article-body").innerText.split(/\\s+/).length/220);</script>\n</body>\n'
            % (today_vi(), menu(["Giáo dục", "Thi cử", "Tuyển sinh", "Du học", "Nhà trường", "Nhà giáo", "Học đường", "Giáo dục nghề nghiệp"], "main-menu"),
               esc(a["title"]), esc(a["sapo"]), content, esc(a["author"]),
               "".join('<li><a href="/%s-post%d.html">%s</a></li>' % (slug(t), rng.randrange(750000, 761000), esc(t)) for t, d in news_items(rng, 4)),
               sidebar(rng, "Tin mới nhất", 10, "%d/%m/%Y %H:%M"), sidebar(rng, "Đọc nhiều", 6, "%d/%m")))
    return doc(head, body), dict(platform="custom-edu-readtime", url=url, charset="utf-8", published_at="2026-11-13T15:30:00+07:00")

@page("k12")
def k12(rng, a):
    url = "https://laodongtre.vn/phong-su/nhung-nguoi-giu-rung-ngap-man-o-mui-dat-cuoi-troi-1183402.ldt"
    content = render(a["blocks"], rng, h='h2 class="sub-title"')
    bio = ("Huỳnh Phước Lộc là phóng viên thường trú của Báo Lao Động Trẻ tại khu vực Đồng bằng sông Cửu Long từ năm 2012. "
           "Anh tốt nghiệp Khoa Báo chí, Trường Đại học Khoa học Xã hội và Nhân văn TP Hồ Chí Minh, chuyên viết phóng sự, điều tra về môi trường, "
           "biến đổi khí hậu và đời sống người lao động vùng ven biển. Các loạt bài của anh về sạt lở bờ biển miền Tây và nghề cào nghêu ven biển "
           "từng đoạt giải B Giải Báo chí quốc gia năm 2020 và giải Nhất Giải báo chí về phòng, chống thiên tai năm 2023. Ngoài công việc phóng viên, "
           "anh tham gia giảng dạy lớp kỹ năng viết phóng sự cho phóng viên trẻ các cơ quan báo chí địa phương. Liên hệ: phuocloc@laodongtre.vn")
    head = ('<title>%s</title>\n<meta property="article:published_time" content="2026-11-12T11:05:27+07:00">\n'
            '<meta property="article:author" content="https://laodongtre.vn/tac-gia/huynh-phuoc-loc">\n<link rel="stylesheet" href="/css/ldt.min.css">\n' % esc(a["title"]))
    body = ('<body>\n<div class="top"><span>%s</span><a href="/bao-in">Đọc báo in</a></div>\n<header><a class="logo" href="/">LAO ĐỘNG TRẺ</a>%s</header>\n'
            '<main class="longform">\n<div class="cat"><a href="/phong-su">Phóng sự</a></div>\n<h1 class="lf-title">%s</h1>\n'
            '<div class="lf-byline"><a class="author-link" href="/tac-gia/huynh-phuoc-loc" rel="author">%s</a> <span class="dot">•</span> '
            '<span class="lf-date">12/11/2026 11:05</span> <span class="dot">•</span> <span class="lf-views">8.733 lượt đọc</span></div>\n'
            '<div class="lf-sapo"><p>%s</p></div>\n<div class="lf-body">\n%s</div>\n'
            '<section class="author-card"><a href="/tac-gia/huynh-phuoc-loc"><img src="/authors/huynh-phuoc-loc.jpg" alt="Huỳnh Phước Lộc"></a>'
            '<div class="ac-info"><div class="ac-label">Về tác giả</div><a class="ac-name" href="/tac-gia/huynh-phuoc-loc">Huỳnh Phước Lộc</a>'
            '<p class="ac-bio">%s</p><a class="ac-more" href="/tac-gia/huynh-phuoc-loc">Xem tất cả bài viết của tác giả →</a></div></section>\n'
            '<div class="lf-share"><a href="#">Chia sẻ Facebook</a> <a href="#">Gửi Zalo</a> <a href="#">In bài</a></div>\n'
            '<section class="more"><h3>Phóng sự khác</h3><ul>%s</ul></section>\n</main>\n'
            '<footer><p>Báo Lao Động Trẻ - Cơ quan ngôn luận của Liên đoàn Lao động thành phố</p><p>Giấy phép số 302/GP-BTTTT. Địa chỉ: 14 Cách Mạng Tháng Tám, phường Bến Thành, TP Hồ Chí Minh.</p></footer>\n'
            '%s</body>\n'
            % (today_vi(), menu(["Thời sự", "Công đoàn", "Việc làm", "Phóng sự", "Bạn đọc", "Pháp luật", "Văn hóa", "Thể thao"], "nav"),
               esc(a["title"]), esc(a["author"]), esc(a["sapo"]), content, esc(bio),
               "".join('<li><a href="/phong-su/%s.ldt">%s</a> <i>%s</i></li>' % (slug(t), esc(t), d.strftime("%d/%m/%Y")) for t, d in news_items(rng, 6)),
               script_blob(rng, "ldt_longform", 10)))
    return doc(head, body), dict(platform="longform-author-profile", url=url, charset="utf-8", published_at="2026-11-12T11:05:27+07:00")

@page("k13")
def k13(rng, a):
    url = "https://doanhnhanhoinhap.vn/xuat-khau-ho-tieu-10-thang-vuot-1-4-ty-usd-a92841.html"
    content = render(a["blocks"], rng)
    side = "".join('<li><a href="/%s.html">%s</a><small>%s</small></li>' % (slug(t), esc(t), d.strftime("%b %d, %Y")) for t, d in news_items(rng, 10))
    head = '<title>%s</title>\n<link rel="stylesheet" href="/static/dnhn/site.css?ver=4.1">\n' % esc(a["title"])
    body = ('<body class="page-post">\n<div class="topbar"><span class="date">%s</span><span class="lang"><a href="/">VN</a> | <a href="/en">EN</a></span></div>\n'
            '<header class="masthead"><a class="logo" href="/">Doanh nhân &amp; Hội nhập</a>%s</header>\n'
            '<div class="site-content"><div class="primary">\n<div class="entry-cat"><a href="/thi-truong">Thị trường</a></div>\n'
            '<h1 class="entry-title">%s</h1>\n<div class="entry-meta"><span class="byline">By <a href="/author/minh-chau">%s</a></span> '
            '<span class="posted-on">Thursday, November 19, 2026 9:15 PM</span></div>\n'
            '<div class="entry-summary"><p><strong>%s</strong></p></div>\n<div class="entry-content">\n%s</div>\n'
            '<div class="entry-footer"><span class="tags-links">Tags: <a href="/tag/ho-tieu">hồ tiêu</a>, <a href="/tag/xuat-khau">xuất khẩu</a></span></div>\n'
            '<nav class="post-navigation"><div class="nav-previous"><a href="/gia-ca-phe-hom-nay.html">← Bài trước: Giá cà phê hôm nay tăng mạnh</a></div>'
            '<div class="nav-next"><a href="/dong-bang-song-cuu-long-xuat-khau-trai-cay.html">Bài sau: Trái cây miền Tây vào mùa xuất khẩu →</a></div></nav>\n'
            '</div><div class="secondary"><section class="widget"><h3 class="widget-title">Latest News</h3><ul>%s</ul></section></div></div>\n'
            '<footer class="site-footer"><p>Tạp chí Doanh nhân &amp; Hội nhập - Giấy phép số 208/GP-BTTTT. Tòa soạn: 9 Đào Duy Anh, phường Kim Liên, Hà Nội.</p></footer>\n</body>\n'
            % (today_vi(), menu(["Thời sự", "Thị trường", "Doanh nghiệp", "Đầu tư", "Hội nhập", "Doanh nhân"], "menu"),
               esc(a["title"]), esc(a["author"]), esc(a["sapo"]), content, side))
    return doc(head, body), dict(platform="english-date-theme", url=url, charset="utf-8", published_at="2026-11-19T21:15:00+07:00")

@page("k14")
def k14(rng, a):
    url = "https://thethaoviet247.vn/bong-da-viet-nam/hang-nhat/lam-dong-dai-ngan-nguoc-dong-danh-bai-gia-lai-pho-nui-t109584.html"
    content = render(a["blocks"], rng, h="h3", ul='<ul class="lineup">').replace('<figure class="image">', '<figure class="photo">')
    name1, name2 = a["author"].split(", ")
    scores = "".join('<li><span class="home">%s</span> <b>%d - %d</b> <span class="away">%s</span></li>' % (h, rng.randrange(4), rng.randrange(4), w)
                     for h, w in [("Phù Sa Cần Thơ", "Sông Lam Trẻ"), ("Bến Thành FC", "Quảng Nam Xanh"), ("Hạ Long United", "Tây Đô"), ("Cố Đô Huế", "Kinh Bắc Star")])
    head = '<title>%s</title>\n<link rel="stylesheet" href="/css/ttv.css">\n' % esc(a["title"])
    body = ('<body>\n<div class="topline">%s · <a href="/lich-thi-dau">Lịch thi đấu</a> · <a href="/bang-xep-hang">Bảng xếp hạng</a></div>\n'
            '<header class="hdr"><a class="logo" href="/">Thể Thao Việt 247</a>%s</header>\n<div class="wrap"><div class="col-main">\n'
            '<div class="crumbs"><a href="/bong-da-viet-nam">Bóng đá Việt Nam</a> / <a href="/bong-da-viet-nam/hang-nhat">Hạng Nhất</a></div>\n'
            '<div class="match-box"><div class="mb-round">Vòng 8 - Hạng Nhất 2026/27</div><div class="mb-score"><span class="t1">Lâm Đồng Đại Ngàn</span>'
            '<span class="sc">2 - 1</span><span class="t2">Gia Lai Phố Núi</span></div><div class="mb-goals">Ka Tuấn 37\', Trần Minh Khang 71\' | Rơ Châm Khuyên 9\'</div>'
            '<div class="mb-venue">SVĐ Đà Lạt, 21/11/2026</div></div>\n'
            '<h1 class="art-title">%s</h1>\n<div class="art-meta"><span class="time">22:47 | 21/11/2026</span> <span class="credit">Bài: %s - Ảnh: %s</span></div>\n'
            '<p class="art-sapo"><strong>%s</strong></p>\n<div class="art-body">\n%s</div>\n'
            '<div class="art-tags"><a href="/tag/hang-nhat">Hạng Nhất</a> <a href="/tag/lam-dong-dai-ngan">Lâm Đồng Đại Ngàn</a></div>\n'
            '<div class="others"><h3>Tin khác</h3><ul>%s</ul></div>\n</div>\n'
            '<div class="col-side"><div class="box-results"><h3>Kết quả vòng 8</h3><ul>%s</ul></div>%s</div></div>\n'
            '<footer><p>Thể Thao Việt 247 - Trang tin điện tử tổng hợp. Giấy phép số 4412/GP-TTĐT. Địa chỉ: 36 Điện Biên Phủ, phường Bình Thạnh, TP Hồ Chí Minh.</p></footer>\n</body>\n'
            % (today_vi(), menu(["Bóng đá Việt Nam", "Bóng đá quốc tế", "Futsal", "Tennis", "Pickleball", "Thể thao điện tử", "Hậu trường"], "nav"),
               esc(a["title"]), esc(name1), esc(name2), esc(a["sapo"]), content,
               "".join('<li><a href="/%s.html">%s</a></li>' % (slug(t), esc(t)) for t, d in news_items(rng, 6)),
               scores, sidebar(rng, "Tin nóng", 8, "%H:%M %d/%m")))
    return doc(head, body), dict(platform="sports-matchbox", url=url, charset="utf-8", published_at="2026-11-21T22:47:00+07:00")

@page("k15")
def k15(rng, a):
    url = "https://phunuvagiadinh.vn/bep-nha/cach-nau-canh-chua-ca-loc-mien-tay-dam-da-khong-tanh-58302.html"
    content = render(a["blocks"], rng, h='h2 class="recipe-h"', ul='<ul class="ingredients">', ol='<ol class="steps">')
    head = '<title>%s</title>\n<link rel="stylesheet" href="/assets/pngd.css">\n' % esc(a["title"])
    body = ('<body>\n<div class="bar"><span>%s</span></div>\n<header><a class="logo" href="/">Phụ nữ &amp; Gia đình</a>%s</header>\n'
            '<div class="container"><div class="content">\n<nav class="crumb"><a href="/">Trang chủ</a> » <a href="/bep-nha">Bếp nhà</a></nav>\n'
            '<h1>%s</h1>\n<div class="post-meta">Chủ nhật, 08/11/2026 07:00 <span class="cat">Bếp nhà</span></div>\n'
            '<div class="recipe-info"><span>Thời gian: 45 phút</span><span>Khẩu phần: 4 người</span><span>Độ khó: Dễ</span></div>\n'
            '<div class="sapo">%s</div>\n<div class="post-body">\n%s<p class="tacgia" style="text-align:right"><b>%s</b></p>\n</div>\n'
            '<div class="rate">Đánh giá công thức: ★★★★☆ (38 lượt)</div>\n<div class="more"><h3>Món ngon khác</h3><ul>%s</ul></div>\n'
            '</div><aside class="sidebar">%s</aside></div>\n'
            '<footer><p>Phụ nữ &amp; Gia đình - Chuyên trang của Báo Phụ nữ Thủ đô. Giấy phép số 65/GP-TTĐT.</p><p>Địa chỉ: 72 Quán Sứ, phường Cửa Nam, Hà Nội.</p></footer>\n</body>\n'
            % (today_vi(), menu(["Gia đình", "Làm mẹ", "Bếp nhà", "Làm đẹp", "Sức khỏe", "Nhà đẹp", "Tâm sự"], "nav"),
               esc(a["title"]), esc(a["sapo"]), content, esc(a["author"]),
               "".join('<li><a href="/bep-nha/%s.html">%s</a></li>' % (slug(t), esc(t)) for t in
                       ["Cách làm cá kho tộ đậm đà đưa cơm", "Bí quyết nấu phở bò tại nhà trong trong", "Gỏi cuốn tôm thịt cho bữa cuối tuần", "Cách làm bánh xèo miền Tây giòn lâu"]),
               sidebar(rng, "Mới nhất", 8, "%d/%m/%Y")))
    return doc(head, body), dict(platform="lifestyle-recipe", url=url, charset="utf-8", published_at="2026-11-08T07:00:00+07:00")

@page("k16")
def k16(rng, a):
    url = "https://baokhanhhoa.vn/du-lich/202610/khanh-hoa-don-hon-1-2-trieu-luot-khach-quoc-te-trong-10-thang-8a71c02/"
    content = render(a["blocks"], rng)
    rel = []
    for t, d in news_items(rng, 6, start=datetime.datetime(2026, 10, 1, 6, 0), end=datetime.datetime(2026, 10, 29, 22, 0)):
        rel.append('<article class="post post--card">\n<header class="post__header"><h3 class="post__title"><a href="/%s/">%s</a></h3>\n'
                   '<div class="post__meta"><time class="post__date" datetime="%s">%s</time> <span class="post__author">Bảo Ngọc</span></div></header>\n'
                   '<div class="post__sapo"><p>%s</p></div>\n</article>\n'
                   % (slug(t), esc(t), d.strftime("%Y-%m-%dT%H:%M:00+07:00"), d.strftime("%d/%m/%Y"),
                      esc("Thông tin chi tiết về " + t[0].lower() + t[1:] + ".")))
    head = '<title>%s - Báo Khánh Hòa</title>\n<link rel="stylesheet" href="/themes/bkh/main.css">\n' % esc(a["title"])
    body = ('<body>\n<div class="top-bar">%s | Báo và Phát thanh, Truyền hình Khánh Hòa</div>\n<header class="site-header"><a class="logo" href="/">BÁO KHÁNH HÒA</a>%s</header>\n'
            '<div class="container"><main class="main">\n<article class="post post--detail">\n<header class="post__header"><div class="post__cat"><a href="/du-lich">Du lịch</a></div>'
            '<h1 class="post__title">%s</h1>\n<div class="post__meta"><time class="post__date" datetime="2026-10-30">30/10/2026</time> '
            '<span class="post__author">%s</span></div></header>\n'
            '<div class="post__sapo"><p>%s</p></div>\n<div class="post__content">\n%s</div>\n'
            '<footer class="post__footer"><a href="#">Chia sẻ</a> <a href="#">In bài</a></footer>\n</article>\n'
            '<section class="related-posts"><h2 class="section-title">Tin liên quan</h2>\n%s</section>\n</main>\n<aside class="sidebar">%s%s</aside></div>\n'
            '<footer class="site-footer"><p>BÁO VÀ PHÁT THANH, TRUYỀN HÌNH KHÁNH HÒA - Cơ quan của Đảng bộ tỉnh Khánh Hòa</p>'
            '<p>Giấy phép số 38/GP-BVHTTDL. Địa chỉ: 3 Lê Thánh Tôn, phường Nha Trang, tỉnh Khánh Hòa.</p></footer>\n</body>\n'
            % (today_vi(), menu(["Thời sự", "Chính trị", "Kinh tế", "Du lịch", "Văn hóa", "Biển đảo", "Thể thao", "Truyền hình"], "nav"),
               esc(a["title"]), esc(a["author"]), esc(a["sapo"]), content, "".join(rel),
               sidebar(rng, "Tin mới", 10, "%d/%m/%Y"), sidebar(rng, "Đọc nhiều", 6, "%d/%m/%Y")))
    return doc(head, body), dict(platform="semantic-article-cards", url=url, charset="utf-8", published_at="2026-10-30T00:00:00+07:00")

@page("k17")
def k17(rng, a):
    url = "https://phutho.gov.vn/tin-tuc/ubnd-tinh-hop-phien-thuong-ky-thang-11-2026-8841"
    content = render(a["blocks"], rng)
    head = ('<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="csrf-token" content="hN2kq0Zt8JxW4b1mQyP7cV3sLd9eRf6uTgA5oIi2">\n'
            '<title>%s - Cổng Thông tin điện tử tỉnh Phú Thọ</title>\n<link href="/css/app.css?id=9c1e44" rel="stylesheet">\n' % esc(a["title"]))
    body = ('<body>\n<div class="bg-primary text-white small py-1"><div class="container d-flex justify-content-between"><span>%s</span>'
            '<span><a class="text-white" href="/en">English</a> | <a class="text-white" href="/so-do-cong">Sơ đồ cổng</a></span></div></div>\n'
            '<div class="banner"><div class="container"><img src="/images/banner-phutho.png" alt="Cổng Thông tin điện tử tỉnh Phú Thọ"></div></div>\n'
            '<nav class="navbar navbar-expand-lg navbar-dark bg-danger"><div class="container">%s</div></nav>\n'
            '<div class="container my-3"><div class="row"><div class="col-lg-8">\n'
            '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'
            '<li class="breadcrumb-item"><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li class="breadcrumb-item active">Hoạt động lãnh đạo tỉnh</li></ol></nav>\n'
            '<div class="card border-0"><div class="card-body p-0">\n<h1 class="h3 fw-bold text-primary">%s</h1>\n'
            '<div class="d-flex gap-3 text-muted small mb-2"><span>Ngày đăng: 19/11/2026</span><span>Lượt xem: 316</span>'
            '<span class="ms-auto"><a href="#" onclick="window.print()">In</a> | <a href="#" data-size="+">A+</a> <a href="#" data-size="-">A-</a></span></div>\n'
            '<div class="fw-bold fst-italic mb-3">%s</div>\n<div class="news-content">\n%s'
            '<p class="text-end"><strong>Tin, ảnh: %s</strong></p>\n</div>\n</div></div>\n'
            '<div class="card mt-4"><div class="card-header fw-bold">Tin khác</div><ul class="list-group list-group-flush">%s</ul></div>\n'
            '</div><div class="col-lg-4"><div class="card mb-3"><div class="card-header bg-danger text-white">Thông báo</div><ul class="list-group list-group-flush">'
            '<li class="list-group-item">Lịch tiếp công dân tháng 12/2026</li><li class="list-group-item">Thông báo tuyển dụng viên chức năm 2026</li></ul></div>%s'
            '<div class="card"><div class="card-header">Thống kê truy cập</div><div class="card-body small">Đang truy cập: 214<br>Tổng lượt truy cập: 18.402.771</div></div></div></div></div>\n'
            '<footer class="bg-danger text-white py-3 small"><div class="container"><p class="mb-1 fw-bold">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ THỌ</p>'
            '<p class="mb-1">Cơ quan chủ quản: Ủy ban nhân dân tỉnh Phú Thọ. Địa chỉ: Đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ.</p>'
            '<p class="mb-0">Giấy phép số 23/GP-TTĐT. Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.</p></div></footer>\n'
            '<script src="/js/app.js?id=51ab3f"></script>\n</body>\n'
            % (today_vi(), menu(["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Công dân", "Doanh nghiệp", "Du khách", "Văn bản", "Dịch vụ công"], "navbar-nav"),
               esc(a["title"]), esc(a["sapo"]), content, esc(a["author"]),
               "".join('<li class="list-group-item"><a href="/tin-tuc/%s-%d">%s</a> <small class="text-muted">(%s)</small></li>'
                       % (slug(t), rng.randrange(8000, 8840), esc(t), d.strftime("%d/%m/%Y")) for t, d in news_items(rng, 8)),
               sidebar(rng, "Tin mới", 6, "%d/%m/%Y", cls="card mb-3")))
    return doc(head, body), dict(platform="laravel-bootstrap-portal", url=url, charset="utf-8", published_at="2026-11-19T00:00:00+07:00")

@page("k18")
def k18(rng, a):
    url = "https://tanphu.dongnai.gov.vn/tin-tuc-su-kien/xa-tan-phu-ra-mat-mo-hinh-to-cong-nghe-so-cong-dong-o-12-ap"
    e = lambda t: esc(nfd(t))
    content = render(a["blocks"], rng, e=e, p=lambda t, e: '<p class="MsoNormal" style="text-indent:36pt">%s</p>\n' % e(t))
    name, unit = a["author"].split(", ")
    head = '<title>%s</title>\n<link rel="stylesheet" href="/portal/css/xa.css">\n' % esc(a["title"])
    body = ('<body>\n<table class="layout" width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2" class="hdr">'
            '<img src="/portal/img/banner-tanphu.jpg" alt="Trang thông tin điện tử xã Tân Phú"><div class="hdr-date">%s</div></td></tr>\n'
            '<tr><td colspan="2" class="mnu">%s</td></tr>\n<tr><td class="left" valign="top" width="700">\n'
            '<div class="path">Trang chủ &gt; Tin tức - Sự kiện</div>\n<div class="news-title"><h2>%s</h2></div>\n'
            '<div class="news-date">Đăng ngày: 18/11/2026 lúc 16:20</div>\n<div class="news-body">\n%s'
            '<p align="right"><b>%s</b><br><i>%s</i></p>\n</div>\n'
            '<div class="news-other"><b>Các tin đã đưa:</b><ul>%s</ul></div>\n</td>\n'
            '<td class="right" valign="top">%s<div class="links"><b>Liên kết</b><select><option>Cổng TTĐT tỉnh Đồng Nai</option><option>Cổng Dịch vụ công quốc gia</option></select></div></td></tr>\n'
            '<tr><td colspan="2" class="ftr">Trang thông tin điện tử xã Tân Phú, tỉnh Đồng Nai<br>Địa chỉ: Ấp 4, xã Tân Phú, tỉnh Đồng Nai - Điện thoại: 0251.3856.112<br>'
            'Chịu trách nhiệm: Chủ tịch UBND xã Tân Phú</td></tr></table>\n</body>\n'
            % (today_vi(), menu(["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"], "m"),
               esc(a["title"]), content, e(name), e(unit),
               "".join('<li><a href="/tin-tuc-su-kien/%s">%s</a> (%s)</li>' % (slug(t), esc(t), d.strftime("%d/%m/%Y")) for t, d in news_items(rng, 6)),
               sidebar(rng, "Tin mới", 5, "%d/%m/%Y")))
    return doc(head, body), dict(platform="table-layout-commune-portal", url=url, charset="utf-8", published_at="2026-11-18T16:20:00+07:00")

@page("k19")
def k19(rng, a):
    url = "https://stp.thanhhoa.gov.vn/thong-bao/thong-bao-lich-tiep-cong-dan-dinh-ky-thang-12-2026-cua-giam-doc-so-tu-phap-1652.html"
    content = render(a["blocks"], rng)
    head = '<title>%s</title>\n<link rel="stylesheet" href="/css/stp.css">\n' % esc(a["title"])
    body = ('<body>\n<div id="header"><div class="date">%s</div><img src="/images/header-stp.png" alt="Sở Tư pháp tỉnh Thanh Hóa"></div>\n'
            '<div id="menu">%s</div>\n<div id="main"><div id="left">\n<div class="title-cat">THÔNG BÁO</div>\n'
            '<div class="detail"><h1>%s</h1><div class="ngay">20-11-2026 09:00</div>\n<div class="noidung">\n%s'
            '<p style="text-align:right"><b>%s</b></p>\n</div></div>\n'
            '<div class="tinkhac"><b>Thông báo khác</b><ul>%s</ul></div>\n</div>\n'
            '<div id="right"><div class="box"><b>Dịch vụ công</b><ul><li><a href="/dvc/ly-lich-tu-phap">Cấp phiếu lý lịch tư pháp</a></li>'
            '<li><a href="/dvc/chung-thuc">Chứng thực</a></li></ul></div></div></div>\n'
            '<div id="footer">SỞ TƯ PHÁP TỈNH THANH HÓA - 25 Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa. ĐT: 0237.3852.416</div>\n</body>\n'
            % (today_vi(), menu(["Trang chủ", "Giới thiệu", "Tin tức", "Thông báo", "Văn bản", "Phổ biến pháp luật", "Dịch vụ công"], "m"),
               esc(a["title"]), content, esc(a["author"]),
               "".join('<li><a href="/thong-bao/%s.html">%s</a> (%s)</li>' % (slug(t), esc(t), d.strftime("%d/%m/%Y")) for t, d in
                       [("Thông báo lịch tiếp công dân định kỳ tháng 11/2026 của Giám đốc Sở Tư pháp", datetime.datetime(2026, 10, 22, 9, 0)),
                        ("Thông báo kết quả lựa chọn tổ chức đấu giá tài sản", datetime.datetime(2026, 10, 9, 14, 0)),
                        ("Thông báo tuyển chọn cộng tác viên trợ giúp pháp lý năm 2026", datetime.datetime(2026, 9, 28, 8, 0))])))
    return doc(head, body), dict(platform="classic-department-portal", url=url, charset="utf-8", published_at="2026-11-20T09:00:00+07:00")

@page("k20")
def k20(rng, a):
    url = "https://quangphu.hungyen.gov.vn/tin-tuc/ket-qua-thu-hoach-lua-mua-nam-2026-tren-dia-ban-xa-quang-phu.html"
    e = ent_numeric
    parts = []
    for b in a["blocks"]:
        if b[0] == "p":
            parts.append("&nbsp;&nbsp;&nbsp;&nbsp;" + e(b[1]) + "<br>\n")
        else:
            parts.append(render([b], rng, e=e, tbl='<table border="1" cellspacing="0" cellpadding="3" style="width:90%;margin:auto">'))
    name, unit = a["author"].split(", ")
    head = '<title>%s</title>\n<link rel="stylesheet" href="/Portal/Skins/Default/css/main.css">\n' % e(a["title"])
    body = ('<body>\n<div class="wrapper"><div class="hdr"><span class="today">%s</span><img src="/Portal/Skins/Default/img/banner.jpg" alt=""></div>\n'
            '<div class="mnu">%s</div>\n<div class="cols"><div class="col-l">\n<div class="tit-cat">Tin tức - Sự kiện</div>\n'
            '<div class="art"><div class="art-title">%s</div><div class="art-date">%s</div>\n<div class="art-content">\n%s'
            '<div style="text-align:right"><strong>%s<br>%s</strong></div>\n</div></div>\n'
            '<div class="other"><div class="tit">Tin đã đăng</div><ul>%s</ul></div>\n</div>\n<div class="col-r">%s</div></div>\n'
            '<div class="ftr">Trang thông tin điện tử xã Quảng Phú, tỉnh Hưng Yên. Cơ quan chủ quản: UBND xã Quảng Phú.</div></div>\n</body>\n'
            % (today_vi(), menu(["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Nông nghiệp", "Văn bản", "Công khai ngân sách"], "m"),
               e(a["title"]), e("Thứ tư, 04/11/2026 - 10:12"), "".join(parts), e(name), e(unit),
               "".join('<li><a href="/tin-tuc/%s.html">%s</a> - %s</li>' % (slug(t), e(t), d.strftime("%d/%m/%Y")) for t, d in news_items(rng, 6)),
               sidebar(rng, "Thông báo mới", 5, "%d/%m/%Y")))
    return doc(head, body), dict(platform="dotnet-portal-br-entities", url=url, charset="utf-8", published_at="2026-11-04T10:12:00+07:00")

# ---------------------------------------------------------------- non-article pages
NONART = {}

def nonart(name):
    def deco(f):
        NONART[name] = f
        return f
    return deco

@nonart("n01")
def n01(rng):
    url = "https://baokhanhhoa.vn/du-lich/"
    cards = []
    for t, d in news_items(rng, 20, start=datetime.datetime(2026, 10, 20, 6, 0)):
        cards.append('<article class="post post--card">\n<header class="post__header"><h3 class="post__title"><a href="/du-lich/%s/">%s</a></h3>'
                     '<div class="post__meta"><time class="post__date" datetime="%s">%s</time></div></header>\n'
                     '<div class="post__sapo"><p>%s</p></div>\n</article>\n'
                     % (slug(t), esc(t), d.strftime("%Y-%m-%dT%H:%M:00+07:00"), d.strftime("%d/%m/%Y"),
                        esc("Ngành du lịch và các địa phương triển khai nhiều hoạt động liên quan đến nội dung: " + t[0].lower() + t[1:] + ".")))
    body = ('<body>\n<div class="top-bar">%s | Báo và Phát thanh, Truyền hình Khánh Hòa</div>\n<header class="site-header"><a class="logo" href="/">BÁO KHÁNH HÒA</a>%s</header>\n'
            '<div class="container"><main class="main"><h1 class="cat-title">Du lịch</h1>\n%s'
            '<nav class="pager"><span class="current">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Trang sau »</a></nav>\n'
            '</main><aside class="sidebar">%s</aside></div>\n<footer class="site-footer"><p>BÁO VÀ PHÁT THANH, TRUYỀN HÌNH KHÁNH HÒA</p></footer>\n</body>\n'
            % (today_vi(), menu(["Thời sự", "Chính trị", "Kinh tế", "Du lịch", "Văn hóa", "Biển đảo", "Thể thao", "Truyền hình"], "nav"),
               "".join(cards), sidebar(rng, "Đọc nhiều", 8, "%d/%m/%Y")))
    return doc("<title>Du lịch - Báo Khánh Hòa</title>\n", body), dict(kind="listing", platform="semantic-article-cards", url=url, charset="utf-8")

@nonart("n02")
def n02(rng):
    url = "https://phutho.gov.vn/tim-kiem?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91"
    res = "".join('<div class="search-item border-bottom py-2"><h5><a href="/tin-tuc/%s-%d">%s</a></h5><div class="small text-muted">Ngày đăng: %s</div>'
                  '<p class="mb-0">... đẩy mạnh <mark>chuyển đổi số</mark> trong cải cách hành chính, %s ...</p></div>\n'
                  % (slug(t), rng.randrange(7000, 8840), esc(t), d.strftime("%d/%m/%Y"), esc(t.lower()))
                  for t, d in news_items(rng, 10, start=datetime.datetime(2026, 6, 1)))
    body = ('<body>\n<div class="bg-primary text-white small py-1"><div class="container">%s</div></div>\n'
            '<nav class="navbar bg-danger"><div class="container">%s</div></nav>\n<div class="container my-3">\n'
            '<form class="d-flex mb-3" action="/tim-kiem"><input class="form-control" name="q" value="chuyển đổi số"><button class="btn btn-primary">Tìm kiếm</button></form>\n'
            '<h1 class="h5">Kết quả tìm kiếm cho “chuyển đổi số”: 248 kết quả</h1>\n%s'
            '<ul class="pagination"><li class="page-item active"><span class="page-link">1</span></li><li class="page-item"><a class="page-link" href="?q=chuy%%E1%%BB%%83n&amp;page=2">2</a></li></ul>\n</div>\n'
            '<footer class="bg-danger text-white py-3 small"><div class="container">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ THỌ</div></footer>\n</body>\n'
            % (today_vi(), menu(["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Văn bản", "Dịch vụ công"], "navbar-nav"), res))
    return doc("<title>Tìm kiếm - Cổng Thông tin điện tử tỉnh Phú Thọ</title>\n", body), dict(kind="search", platform="laravel-bootstrap-portal", url=url, charset="utf-8")

@nonart("n03")
def n03(rng):
    url = "https://nhipsongso.vn/giao-thong/tuyen-buyt-so-171-da-dung-hoat-dong-0269911.html"
    latest = "".join('<li class="py-2"><a class="font-medium hover:text-red-600" href="/%s.html">%s</a> <span class="text-xs text-neutral-400">%s</span></li>'
                     % (slug(t), esc(t), d.strftime("%d/%m/%Y")) for t, d in news_items(rng, 8))
    body = ('<body class="bg-white font-sans text-neutral-900">\n<header class="border-b"><div class="mx-auto max-w-6xl px-4 py-3">'
            '<a href="/" class="text-2xl font-black text-red-600">nhịp<span class="text-neutral-900">sống</span>số</a></div></header>\n'
            '<main class="mx-auto max-w-3xl px-4 py-16 text-center"><div class="text-8xl font-black text-neutral-200">404</div>'
            '<h1 class="mt-4 text-2xl font-bold">Không tìm thấy trang</h1><p class="mt-2 text-neutral-500">Bài viết bạn tìm có thể đã bị gỡ hoặc đường dẫn không còn tồn tại.</p>'
            '<a class="mt-6 inline-block rounded bg-red-600 px-5 py-2 font-semibold text-white" href="/">Về trang chủ</a>'
            '<section class="mt-12 text-left"><h2 class="mb-2 border-l-4 border-red-600 pl-2 font-bold uppercase">Tin mới</h2><ul class="divide-y">%s</ul></section></main>\n'
            '<footer class="bg-neutral-900 py-6 text-sm text-neutral-400"><div class="mx-auto max-w-6xl px-4">© 2026 Nhịp Sống Số. Giấy phép số 218/GP-TTĐT.</div></footer>\n</body>\n'
            % latest)
    return doc("<title>404 - Không tìm thấy trang | Nhịp Sống Số</title>\n", body), dict(kind="not_found", platform="tailwind-news", url=url, charset="utf-8")

@nonart("n04")
def n04(rng):
    url = "https://giaoducthoidai24.vn/post761588.html"
    body = ('<body>\n<div class="utility"><div class="wrap"><time class="now">%s</time></div></div>\n'
            '<header class="masthead"><div class="wrap"><a class="logo" href="/">Giáo dục Thời đại 24</a></div><nav class="wrap">%s</nav></header>\n'
            '<div class="wrap detail-grid"><div class="detail-main">\n<div class="breadcrumb"><a href="/giao-duc">Giáo dục</a></div>\n'
            '<h1 class="article-title"></h1>\n<div class="article-meta"><span class="badge-readtime">⏱ 0 phút đọc</span><span class="article-date"></span></div>\n'
            '<h2 class="article-sapo"></h2>\n<div class="article-body">\n</div>\n<div class="article-tags"></div>\n'
            '<div class="article-related"><h3>Bài liên quan</h3><ul></ul></div>\n</div>\n<aside class="detail-side">%s</aside></div>\n'
            '<footer class="site-footer"><div class="wrap"><p>Giáo dục Thời đại 24 - Cơ quan của Hội Khuyến học</p></div></footer>\n</body>\n'
            % (today_vi(), menu(["Giáo dục", "Thi cử", "Tuyển sinh", "Du học", "Nhà trường", "Nhà giáo"], "main-menu"),
               sidebar(rng, "Tin mới nhất", 10, "%d/%m/%Y %H:%M")))
    return doc("<title> | Giáo dục Thời đại 24</title>\n", body), dict(kind="empty", platform="custom-edu-readtime", url=url, charset="utf-8")

# ---------------------------------------------------------------- main
# Extra inline tracking/ad configuration (script text, invisible) as real pages carry, in KB.
EXTRA_KB = {"k09": 36, "k10": 30, "k13": 3, "k15": 2, "k18": 2, "k19": 4, "k20": 1, "n02": 2, "n03": 4, "n04": 4}

def pad(name, page_html):
    kb = EXTRA_KB.get(name)
    if not kb:
        return page_html
    blob = script_blob(random.Random("%s:%s:pad" % (SET, name)), name, kb)
    i = page_html.rindex("</body>")
    return page_html[:i] + blob + page_html[i:]

def build():
    files = {}
    for name, f in PAGES.items():
        a = A[name]
        rng = random.Random("%s:%s" % (SET, name))
        page_html, meta = f(rng, a)
        page_html = pad(name, page_html)
        side = {"kind": "article", "platform": meta["platform"], "url": meta["url"], "charset": meta["charset"],
                "title": a["title"], "published_at": meta["published_at"], "author": a["author"], "body": gold_body(a)}
        files[name + ".html"] = page_html.encode(meta["charset"] or "utf-8")
        files[name + ".json"] = (json.dumps(side, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    for name, f in NONART.items():
        rng = random.Random("%s:%s" % (SET, name))
        page_html, meta = f(rng)
        page_html = pad(name, page_html)
        files[name + ".html"] = page_html.encode("utf-8")
        files[name + ".json"] = (json.dumps(meta, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for fn, data in sorted(build().items()):
        with open(os.path.join(out, fn), "wb") as fh:
            fh.write(data)

if __name__ == "__main__":
    main()
