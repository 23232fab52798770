#!/usr/bin/env python3
"""Blind held-out extraction pages, set A.

Written by a separate session that did not read the extractor's code.  Each
article is data (title, date, lead, blocks, byline); each page has its own
template function that renders that data inside the chrome of one portal
platform.  The gold sidecar is derived from the same data, so the HTML and
the expected extraction always agree.

    python3 make.py        # rewrites every NAME.html / NAME.json here

Output is deterministic (seeded random for view states, counters, lists).
"""
import base64
import html
import json
import os
import random
import re
import unicodedata
from datetime import datetime, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

WEEKDAY = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
WEEKDAY_CAP = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def thu(dt, cap=False):
    return (WEEKDAY_CAP if cap else WEEKDAY)[dt.weekday()]


def iso(dt, prec):
    """RFC 3339 at the precision the page shows ('date', 'minute', 'second')."""
    if prec == "date":
        dt = dt.replace(hour=0, minute=0, second=0)
    elif prec == "minute":
        dt = dt.replace(second=0)
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def entities(s, numeric_only=False):
    """Encode every non-ASCII character as an HTML entity, the way old WYSIWYG
    editors (FCKeditor, JCE) stored Vietnamese text: named entities for the
    Latin-1 letters, decimal references for the rest."""
    out = []
    for ch in s:
        o = ord(ch)
        if o < 128:
            out.append(ch)
        elif not numeric_only and o in html.entities.codepoint2name:
            out.append("&%s;" % html.entities.codepoint2name[o])
        else:
            out.append("&#%d;" % o)
    return "".join(out)


# Inline markup in the article data: **bold**, *italic*, [text](url).
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITAL = re.compile(r"(?<!\*)\*(?!\*)(.+?)(?<!\*)\*(?!\*)")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def inline(s, ent=False, nbsp=False):
    """Render inline markup to HTML.  ent: encode letters as entities.
    nbsp: put a no-break space after the first comma (as editors often do)."""
    h = esc(s)
    h = _BOLD.sub(r"<strong>\1</strong>", h)
    h = _ITAL.sub(r"<em>\1</em>", h)
    h = _LINK.sub(r'<a href="\2">\1</a>', h)
    if nbsp:
        h = h.replace(", ", ",&nbsp;", 1)
    if ent:
        h = entities(h)
    return h


def plain(s):
    s = _BOLD.sub(r"\1", s)
    s = _ITAL.sub(r"\1", s)
    s = _LINK.sub(r"\1", s)
    return s


def fold(s):
    return " ".join(unicodedata.normalize("NFC", s).split())


def gold_body(a):
    """Lead, then paragraphs, headings, list items, table cells, quotations
    and captions in reading order, joined by blank lines."""
    parts = []
    if a.get("lead"):
        parts.append(a["lead"])
    for b in a["blocks"]:
        kind = b[0]
        if kind in ("p", "h"):
            parts.append(b[1])
        elif kind in ("ul", "ol"):
            parts.extend(b[1])
        elif kind == "fig":
            if b[1]:
                parts.append(b[1])
        elif kind == "table":
            for row in b[1]:
                parts.extend(row)
        elif kind == "quote":
            parts.extend(b[1])
    return "\n\n".join(fold(plain(p)) for p in parts)


def rng(seed):
    return random.Random(seed)


def fmt_int(n):
    """Vietnamese thousands separator."""
    return "{:,}".format(n).replace(",", ".")


# ---------------------------------------------------------------------------
# article data
# ---------------------------------------------------------------------------
# blocks: ("p", text) ("h", text) ("ul"|"ol", [items]) ("fig", caption, img)
#         ("table", [[cells], ...]) ("quote", [lines])
# dt + prec give published_at; author is the gold byline (labels cut);
# byline is what the page prints.

A = {}

A["a01"] = dict(
    platform="vnpt-liferay",
    url="https://thachthanh.thanhhoa.gov.vn/web/trang-chu/tin-tuc-su-kien/-/asset_publisher/Jd5mKqPz1a9X/content/thach-thanh-phan-dau-co-them-3-xa-dat-chuan-nong-thon-moi-nang-cao-trong-nam-2024",
    title="Thạch Thành phấn đấu có thêm 3 xã đạt chuẩn nông thôn mới nâng cao trong năm 2024",
    dt=datetime(2024, 3, 15, 8, 45), prec="minute",
    lead="Ngày 14/3, Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện Thạch Thành tổ chức hội nghị triển khai nhiệm vụ xây dựng nông thôn mới năm 2024. Đồng chí Lê Văn Quang, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo chủ trì hội nghị.",
    blocks=[
        ("p", "Năm 2023, huyện Thạch Thành huy động hơn 186 tỷ đồng cho chương trình xây dựng nông thôn mới, trong đó Nhân dân đóng góp trên 21 tỷ đồng và hiến hơn 14.000 m² đất để mở rộng đường giao thông nông thôn. Toàn huyện đã cứng hóa thêm 42 km đường trục thôn, liên thôn; xây mới và cải tạo 27 phòng học, 9 nhà văn hóa thôn."),
        ("fig", "Đồng chí Lê Văn Quang, Chủ tịch UBND huyện phát biểu chỉ đạo tại hội nghị.", "/documents/20182/1548210/hn-ntm-2024.jpg"),
        ("p", "Đến hết năm 2023, huyện có 19/25 xã đạt chuẩn nông thôn mới, 4 xã đạt chuẩn nông thôn mới nâng cao và 41 thôn đạt chuẩn nông thôn mới kiểu mẫu. Thu nhập bình quân đầu người khu vực nông thôn đạt 52,6 triệu đồng/năm; tỷ lệ hộ nghèo theo chuẩn đa chiều giảm còn 3,12%."),
        ("p", "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: tiêu chí môi trường và an toàn thực phẩm ở một số xã chưa bền vững; việc phân loại rác thải tại nguồn còn mang tính phong trào; nguồn lực đầu tư cho các xã vùng sâu, vùng xa còn hạn chế."),
        ("h", "Năm 2024, tập trung vào các tiêu chí khó"),
        ("p", "Phát biểu kết luận hội nghị, Chủ tịch UBND huyện Lê Văn Quang yêu cầu các xã khẩn trương rà soát từng tiêu chí, chỉ tiêu; xây dựng kế hoạch cụ thể, phân công rõ người, rõ việc, rõ thời gian hoàn thành. Các phòng, ban chuyên môn của huyện bám sát địa bàn được phân công phụ trách, kịp thời tháo gỡ khó khăn, vướng mắc cho cơ sở."),
        ("p", "Huyện phấn đấu trong năm 2024 có thêm 2 xã đạt chuẩn nông thôn mới, 3 xã đạt chuẩn nông thôn mới nâng cao và 12 thôn đạt chuẩn nông thôn mới kiểu mẫu; mỗi xã có ít nhất 1 sản phẩm OCOP đạt từ 3 sao trở lên."),
        ("p", "Tại hội nghị, UBND huyện đã khen thưởng 8 tập thể và 15 cá nhân có thành tích xuất sắc trong phong trào thi đua “Thạch Thành chung sức xây dựng nông thôn mới” năm 2023."),
    ],
    byline=["Hồng Vân"], author="Hồng Vân",
)

A["a02"] = dict(
    platform="vnpt-liferay",
    url="https://bdvtu.hatinh.gov.vn/tin-tuc/-/asset_publisher/aB3dEf9GhIjK/content/huong-khe-nhan-rong-mo-hinh-dan-van-kheo-trong-xay-dung-duong-giao-thong-nong-thon?inheritRedirect=false",
    title="Hương Khê nhân rộng mô hình “Dân vận khéo” trong xây dựng đường giao thông nông thôn",
    dt=datetime(2023, 4, 3), prec="date",
    lead=None,
    blocks=[
        ("p", "Những năm gần đây, phong trào thi đua “Dân vận khéo” ở huyện Hương Khê được triển khai sâu rộng, gắn với thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới. Nhiều mô hình hay, cách làm sáng tạo đã huy động được sức dân, tạo sự đồng thuận trong cộng đồng."),
        ("p", "Tiêu biểu là mô hình “Vận động Nhân dân hiến đất, mở rộng đường giao thông nông thôn” tại xã Hương Trạch. Từ năm 2021 đến nay, Nhân dân trong xã đã tự nguyện hiến hơn 9.500 m² đất, tháo dỡ hơn 2.300 m tường rào, cổng ngõ để mở rộng 18 tuyến đường với tổng chiều dài 11,4 km."),
        ("p", "Theo đồng chí Phan Thị Huyền, Trưởng Ban Dân vận Huyện ủy, để các mô hình đi vào thực chất, huyện chú trọng mấy nội dung chính:"),
        ("ul", [
            "Lựa chọn mô hình gắn với nhu cầu thiết thực của người dân, không chạy theo số lượng;",
            "Cán bộ, đảng viên phải gương mẫu đi đầu, “nói đi đôi với làm”;",
            "Công khai, minh bạch nguồn đóng góp và tiến độ thi công để Nhân dân cùng giám sát;",
            "Kịp thời biểu dương, khen thưởng các tập thể, cá nhân có nhiều đóng góp.",
        ]),
        ("p", "Năm 2022, toàn huyện có 46 mô hình “Dân vận khéo” được công nhận, trong đó 19 mô hình thuộc lĩnh vực kinh tế, 14 mô hình văn hóa - xã hội, 8 mô hình quốc phòng - an ninh và 5 mô hình xây dựng hệ thống chính trị."),
        ("p", "Thời gian tới, Ban Dân vận Huyện ủy tiếp tục tham mưu cấp ủy chỉ đạo rà soát, đánh giá chất lượng các mô hình, kịp thời nhân rộng những cách làm hiệu quả; đồng thời phát hiện, tuyên truyền các gương điển hình “Dân vận khéo” để lan tỏa trong toàn huyện."),
    ],
    byline=["Lê Thu Trang"], author="Lê Thu Trang",
)

A["a03"] = dict(
    platform="sharepoint-tandan",
    url="https://www.laocai.gov.vn/portal/Pages/2024-01-15/Lao-Cai-Cong-tac-dan-van-gop-phan-giu-vung-on-dinh-vung-dong-bao-dan-toc-thieu-so-r3k2hd.aspx",
    title="Lào Cai: Công tác dân vận góp phần giữ vững ổn định vùng đồng bào dân tộc thiểu số",
    dt=datetime(2024, 1, 15), prec="date",
    lead="Ngày 15/1, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác dân vận năm 2023, triển khai nhiệm vụ năm 2024. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới 9 điểm cầu các huyện, thị xã, thành phố.",
    blocks=[
        ("p", "Năm 2023, cấp ủy, chính quyền các cấp trong tỉnh tiếp tục quan tâm lãnh đạo, chỉ đạo công tác dân vận; kịp thời nắm bắt tâm tư, nguyện vọng của Nhân dân, nhất là ở vùng đồng bào dân tộc thiểu số, vùng biên giới. Ban Dân vận các cấp đã tham mưu ban hành 37 văn bản lãnh đạo, chỉ đạo; tổ chức 214 cuộc tiếp xúc, đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân."),
        ("fig", "Quang cảnh hội nghị tại điểm cầu tỉnh.", "/PublishingImages/2024/01/15/hn-dan-van-2023.jpg"),
        ("p", "Phong trào thi đua “Dân vận khéo” tiếp tục lan tỏa với 1.126 mô hình, điển hình được công nhận ở các cấp. Nhiều mô hình đã mang lại hiệu quả rõ rệt như: “Thôn bản không có người nghiện ma túy”, “Dòng họ không có người vượt biên trái phép”, “Phụ nữ dân tộc thiểu số tham gia phát triển du lịch cộng đồng”."),
        ("p", "Công tác dân tộc, tôn giáo được quan tâm thực hiện có hiệu quả. Tình hình các tôn giáo trên địa bàn cơ bản ổn định; các chức sắc, chức việc và tín đồ chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước. Không phát sinh điểm nóng, vụ việc phức tạp liên quan đến dân tộc, tôn giáo."),
        ("p", "Việc thực hiện dân chủ ở cơ sở tiếp tục có chuyển biến. Các cơ quan, đơn vị, địa phương đã triển khai học tập, quán triệt Luật Thực hiện dân chủ ở cơ sở đến 100% cán bộ, đảng viên; công khai đầy đủ các nội dung Nhân dân được biết, được bàn, được quyết định, được kiểm tra, giám sát."),
        ("h", "Sáu nhóm nhiệm vụ trọng tâm năm 2024"),
        ("p", "Phát biểu chỉ đạo hội nghị, đồng chí Hoàng Văn Thắng, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy ghi nhận những kết quả đạt được và đề nghị hệ thống dân vận các cấp tập trung thực hiện tốt một số nhiệm vụ sau:"),
        ("ol", [
            "Nâng cao chất lượng công tác nắm tình hình Nhân dân, dự báo sớm những vấn đề phát sinh ở cơ sở.",
            "Tham mưu sơ kết, tổng kết các chỉ thị, nghị quyết của Trung ương và của tỉnh về công tác dân vận.",
            "Đẩy mạnh phong trào thi đua “Dân vận khéo”, gắn với thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.",
            "Thực hiện hiệu quả Luật Thực hiện dân chủ ở cơ sở và công tác dân vận chính quyền.",
            "Phối hợp chặt chẽ với lực lượng vũ trang trong công tác dân vận ở khu vực biên giới.",
            "Tiếp tục kiện toàn, nâng cao năng lực đội ngũ cán bộ làm công tác dân vận các cấp.",
        ]),
        ("p", "Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 12 tập thể và 18 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2023."),
    ],
    byline=["Vàng Thị Mai, Ban Dân vận Tỉnh ủy"], author="Vàng Thị Mai, Ban Dân vận Tỉnh ủy",
)

A["a04"] = dict(
    platform="sharepoint-trang",
    url="https://eakar.daklak.gov.vn/Trang/ChiTietTinTuc.aspx?nid=1842",
    title="Huyện Ea Kar triển khai tiêm mũi 4 vắc xin phòng COVID-19 cho người từ 50 tuổi trở lên",
    dt=datetime(2022, 5, 22, 16, 35), prec="minute",
    lead=None,
    blocks=[
        ("p", "Ngày 21/5, Trung tâm Y tế huyện Ea Kar phối hợp với UBND thị trấn Ea Kar tổ chức tiêm mũi 4 vắc xin phòng COVID-19 cho người từ 50 tuổi trở lên, người có bệnh nền và cán bộ y tế tuyến đầu. Trong ngày đầu triển khai, điểm tiêm tại Trạm Y tế thị trấn đã tiêm cho 312 người."),
        ("fig", "Nhân viên y tế khám sàng lọc cho người dân trước khi tiêm.", "/PublishingImages/TinTuc/2022/05/tiem-mui-4.jpg"),
        ("p", "Theo kế hoạch, toàn huyện có khoảng 19.800 người thuộc đối tượng tiêm mũi 4. Các trạm y tế xã, thị trấn được chia thành 3 đợt tiêm cuốn chiếu, bảo đảm an toàn, không để tồn đọng vắc xin; đối với người cao tuổi, người khó khăn trong việc đi lại, ngành y tế bố trí các tổ tiêm lưu động đến tận thôn, buôn."),
        ("p", "Bác sĩ Võ Thị Thanh Loan, Giám đốc Trung tâm Y tế huyện cho biết: Đơn vị đã tập huấn cho 100% nhân viên tham gia công tác tiêm chủng, chuẩn bị đầy đủ thuốc, trang thiết bị xử trí phản ứng sau tiêm. Người dân sau khi tiêm được theo dõi 30 phút tại điểm tiêm và được hướng dẫn theo dõi sức khỏe tại nhà trong 7 ngày."),
        ("p", "Trung tâm Y tế huyện khuyến cáo người dân thuộc đối tượng tiêm chủ động đến điểm tiêm theo thông báo của địa phương, mang theo căn cước công dân và giấy xác nhận đã tiêm các mũi trước để được tiêm kịp thời."),
    ],
    byline=["Tin, ảnh: Minh Châu"], author="Minh Châu",
)

A["a05"] = dict(
    platform="dnn",
    url="https://nongcong.gov.vn/tin-tuc-su-kien/ArticleId/2214/nong-cong-gui-25-tan-nong-san-ho-tro-nhan-dan-cac-tinh-phia-nam-chong-dich",
    title="Nông Cống gửi 25 tấn nông sản hỗ trợ Nhân dân các tỉnh phía Nam chống dịch",
    dt=datetime(2021, 8, 18, 9, 12, 40), prec="second",
    lead=None,
    blocks=[
        ("p", "Sáng 18/8, Ủy ban MTTQ huyện Nông Cống tổ chức tiễn đoàn xe chở 25 tấn nông sản gồm gạo, rau củ, bí đỏ và trứng gia cầm do cán bộ, đảng viên và Nhân dân trong huyện quyên góp, gửi tặng Nhân dân các tỉnh phía Nam đang thực hiện giãn cách xã hội."),
        ("p", "Số nông sản trên được vận động từ 29 xã, thị trấn trong thời gian 5 ngày, với tổng trị giá khoảng 320 triệu đồng. Toàn bộ hàng hóa được Ủy ban MTTQ huyện tiếp nhận, phân loại, đóng gói bảo đảm chất lượng trước khi vận chuyển."),
        ("p", "Dịp này, Ủy ban MTTQ huyện kêu gọi các tổ chức, doanh nghiệp, nhà hảo tâm tiếp tục chung tay ủng hộ Quỹ phòng, chống dịch COVID-19 theo tinh thần “lá lành đùm lá rách”, cùng cả nước sớm đẩy lùi dịch bệnh."),
    ],
    byline=["Quỳnh Anh – Trung tâm VHTT&TT huyện"], author="Quỳnh Anh – Trung tâm VHTT&TT huyện",
)

A["a06"] = dict(
    platform="dnn",
    url="https://dvtu.sonla.gov.vn/Default.aspx?tabid=118&ctl=Detail&mid=2301&ItemID=1937",
    title="Mường La: Kết quả 5 năm thực hiện Kết luận số 114-KL/TW về công tác dân vận của cơ quan nhà nước",
    dt=datetime(2023, 9, 7, 16, 20), prec="minute",
    lead=None,
    blocks=[
        ("p", "Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp, những năm qua, cấp ủy, chính quyền huyện Mường La đã chú trọng đổi mới phong cách, lề lối làm việc, gần dân, sát dân, tạo chuyển biến rõ nét trong quan hệ giữa chính quyền với Nhân dân."),
        ("p", "1. Về công tác lãnh đạo, chỉ đạo: Ban Thường vụ Huyện ủy ban hành 12 văn bản lãnh đạo, chỉ đạo; UBND huyện ban hành 23 kế hoạch, văn bản triển khai thực hiện. 100% cơ quan hành chính nhà nước, đơn vị sự nghiệp và UBND các xã, thị trấn xây dựng quy chế công tác dân vận của cơ quan, đơn vị mình."),
        ("p", "2. Về cải cách hành chính: Bộ phận tiếp nhận và trả kết quả cấp huyện và 16 xã, thị trấn hoạt động nền nếp. Tỷ lệ hồ sơ giải quyết đúng hạn năm 2022 đạt 99,6%; mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính đạt 96,3%."),
        ("p", "3. Về tiếp công dân, đối thoại và giải quyết khiếu nại, tố cáo: Người đứng đầu cấp ủy, chính quyền các cấp thực hiện nghiêm lịch tiếp công dân định kỳ; trong 5 năm đã tổ chức 148 cuộc đối thoại trực tiếp với Nhân dân, giải quyết dứt điểm 312/318 đơn thư thuộc thẩm quyền, đạt 98,1%."),
        ("p", "4. Về phong trào thi đua “Dân vận khéo”: Các cơ quan nhà nước đăng ký và xây dựng 87 mô hình “Dân vận khéo” trong lĩnh vực cải cách hành chính, chuyển đổi số, phát triển sản xuất. Tiêu biểu như mô hình “Cán bộ xã hướng dẫn người dân làm dịch vụ công trực tuyến tại nhà” ở xã Ít Ong, “Tổ công nghệ số cộng đồng” ở thị trấn."),
        ("p", "Bên cạnh kết quả đạt được, công tác dân vận chính quyền ở một số nơi vẫn còn hạn chế: một bộ phận cán bộ, công chức cấp xã chưa thực sự gần dân; việc giải quyết một số kiến nghị về đất đai còn kéo dài; kỹ năng vận động quần chúng của đội ngũ cán bộ trẻ còn hạn chế."),
        ("p", "Thời gian tới, huyện Mường La tiếp tục nâng cao chất lượng hoạt động của các cơ quan nhà nước; gắn công tác dân vận chính quyền với thực hiện Luật Thực hiện dân chủ ở cơ sở, đẩy mạnh cải cách hành chính, chuyển đổi số, xây dựng đội ngũ cán bộ, công chức “trọng dân, gần dân, hiểu dân, giúp dân, học dân và có trách nhiệm với dân”."),
    ],
    byline=["Lò Văn Phúc", "Phó Trưởng Ban Dân vận Huyện ủy"],
    author="Lò Văn Phúc, Phó Trưởng Ban Dân vận Huyện ủy",
)

A["a07"] = dict(
    platform="wordpress",
    url="http://xatanhung.tayninh.gov.vn/2025/08/14/xa-tan-hung-ra-mat-mo-hinh-binh-dan-hoc-vu-so-tai-12-ap/",
    title="Xã Tân Hưng ra mắt mô hình “Bình dân học vụ số” tại 12 ấp",
    dt=datetime(2025, 8, 14, 7, 32, 11), prec="second",
    lead="Sáng 13/8, Đảng ủy, UBND xã Tân Hưng tổ chức lễ ra mắt mô hình “Bình dân học vụ số”, hướng dẫn người dân sử dụng các kỹ năng số cơ bản, góp phần đưa chính quyền hai cấp đến gần hơn với Nhân dân.",
    blocks=[
        ("p", "Mô hình được triển khai tại 12 ấp trên địa bàn xã sau sắp xếp, với 36 tổ công nghệ số cộng đồng do đoàn viên thanh niên, giáo viên và cán bộ ấp làm nòng cốt. Mỗi tổ phụ trách từ 80 đến 120 hộ dân, hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử VNeID, thanh toán không dùng tiền mặt và nộp hồ sơ dịch vụ công trực tuyến."),
        ("fig", "Đoàn viên thanh niên hướng dẫn người cao tuổi cài đặt ứng dụng VNeID.", "/wp-content/uploads/2025/08/binh-dan-hoc-vu-so-1.jpg"),
        ("p", "Theo đồng chí Trần Văn Lợi, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, sau hơn một tháng vận hành chính quyền địa phương hai cấp, lượng hồ sơ tiếp nhận tại Trung tâm Phục vụ hành chính công xã tăng gần gấp đôi so với trước, trong khi nhiều người dân, nhất là người cao tuổi, còn lúng túng khi thực hiện thủ tục trên môi trường mạng."),
        ("p", "“Chúng tôi đặt mục tiêu đến cuối năm 2025, ít nhất 80% người dân trong độ tuổi lao động biết sử dụng dịch vụ công trực tuyến; mỗi hộ gia đình có ít nhất một người thành thạo kỹ năng số cơ bản”, đồng chí Trần Văn Lợi nhấn mạnh."),
        ("p", "Ngay sau lễ ra mắt, các tổ công nghệ số cộng đồng đã tổ chức hướng dẫn trực tiếp cho hơn 450 lượt người dân tại nhà văn hóa các ấp. Nhiều người dân phấn khởi khi lần đầu tự đăng ký khai sinh cho con, tra cứu hồ sơ đất đai ngay trên điện thoại."),
    ],
    byline=["Bài và ảnh: Hoàng Long"], author="Hoàng Long",
)

A["a08"] = dict(
    platform="wordpress",
    url="https://mocaynam.bentre.gov.vn/2024/01/12/mo-cay-nam-buoi-da-xanh-vietgap-giup-nong-dan-tang-thu-nhap/",
    title="Mỏ Cày Nam: Bưởi da xanh VietGAP giúp nông dân tăng thu nhập",
    dt=datetime(2024, 1, 12, 15, 4, 33), prec="second",
    lead=None,
    blocks=[
        ("p", "Những năm gần đây, nhiều nông dân ở huyện Mỏ Cày Nam mạnh dạn chuyển đổi diện tích dừa kém hiệu quả sang trồng bưởi da xanh theo tiêu chuẩn VietGAP. Cách làm này không chỉ giúp nâng cao giá trị sản phẩm mà còn mở ra hướng tiêu thụ ổn định qua các hợp đồng liên kết với doanh nghiệp."),
        ("h", "Sản xuất theo quy trình, bán được giá"),
        ("p", "Gia đình ông Nguyễn Văn Sáu ở ấp Phước Hậu, xã Định Thủy có 1,2 ha bưởi da xanh tham gia tổ hợp tác sản xuất theo tiêu chuẩn VietGAP từ năm 2020. Ông cho biết, ban đầu việc ghi chép nhật ký sản xuất, sử dụng phân bón, thuốc bảo vệ thực vật theo đúng quy trình khiến nhiều người ngại, nhưng khi có đầu ra ổn định thì bà con đều tự giác thực hiện."),
        ("fig", "Ông Nguyễn Văn Sáu kiểm tra bưởi da xanh chuẩn bị thu hoạch.", "/wp-content/uploads/2024/01/buoi-da-xanh-vietgap.jpg"),
        ("p", "Nhờ được bao tiêu, giá bưởi VietGAP luôn cao hơn giá thị trường từ 3.000 đến 5.000 đồng/kg. Năm 2023, sau khi trừ chi phí, gia đình ông Sáu thu lãi gần 400 triệu đồng."),
        ("p", "Theo số liệu của Phòng Nông nghiệp và Phát triển nông thôn huyện, diện tích bưởi da xanh đạt chứng nhận VietGAP tăng đều qua các năm:"),
        ("table", [
            ["Năm", "Diện tích (ha)", "Sản lượng (tấn)", "Số hộ tham gia"],
            ["2021", "126", "2.150", "148"],
            ["2022", "173", "2.980", "201"],
            ["2023", "238", "4.120", "276"],
        ]),
        ("h", "Hướng tới vùng nguyên liệu xuất khẩu"),
        ("p", "Huyện đang phối hợp với các doanh nghiệp xây dựng mã số vùng trồng phục vụ xuất khẩu sang thị trường Hoa Kỳ và châu Âu. Đến nay đã có 5 vùng trồng với tổng diện tích 92 ha được cấp mã số."),
        ("quote", [
            "Chúng tôi xác định phát triển bưởi da xanh theo hướng an toàn, có truy xuất nguồn gốc là con đường bền vững để nâng cao thu nhập cho nông dân và thích ứng với tình trạng xâm nhập mặn ngày càng phức tạp.",
            "Ông Lê Hoàng Minh, Trưởng phòng Nông nghiệp và PTNT huyện",
        ]),
        ("p", "Năm 2024, huyện phấn đấu mở rộng diện tích bưởi da xanh VietGAP lên 300 ha, đồng thời hỗ trợ các hợp tác xã đầu tư kho sơ chế, đóng gói đạt chuẩn."),
    ],
    byline=["Ngọc Hân - Trung tâm Dịch vụ nông nghiệp huyện"],
    author="Ngọc Hân - Trung tâm Dịch vụ nông nghiệp huyện",
)

A["a09"] = dict(
    platform="joomla",
    url="https://cammy.dongnai.gov.vn/index.php/tin-tuc/y-te/1386-cam-my-ra-quan-chien-dich-diet-lang-quang-phong-chong-sot-xuat-huyet",
    title="Cẩm Mỹ ra quân chiến dịch diệt lăng quăng phòng, chống sốt xuất huyết",
    dt=datetime(2022, 9, 27, 10, 15, 22), prec="second",
    lead=None,
    blocks=[
        ("p", "Trước diễn biến phức tạp của dịch sốt xuất huyết, sáng 26/9, Ban Chỉ đạo phòng, chống dịch bệnh huyện Cẩm Mỹ phối hợp với UBND xã Xuân Đường tổ chức lễ ra quân chiến dịch vệ sinh môi trường, diệt lăng quăng, bọ gậy."),
        ("p", "Từ đầu năm đến nay, toàn huyện ghi nhận 412 ca mắc sốt xuất huyết, tăng 2,8 lần so với cùng kỳ năm 2021; trong đó xã Xuân Đường và xã Sông Ray có số ca mắc cao nhất. Chưa ghi nhận trường hợp tử vong."),
        ("p", "Trong chiến dịch, các lực lượng gồm y tế, quân sự, công an, đoàn viên thanh niên và hội viên phụ nữ được chia thành 24 tổ, đến từng hộ gia đình để:"),
        ("ul", [
            "Hướng dẫn người dân thu gom, tiêu hủy các vật dụng phế thải có khả năng chứa nước;",
            "Súc rửa, đậy kín các dụng cụ chứa nước sinh hoạt, thả cá diệt lăng quăng vào bể chứa lớn;",
            "Phát tờ rơi tuyên truyền các biện pháp phòng bệnh, nhận biết dấu hiệu cảnh báo nặng;",
            "Phun hóa chất diệt muỗi tại các ổ dịch đã được xác định.",
        ]),
        ("p", "Bác sĩ Phạm Văn Hùng, Giám đốc Trung tâm Y tế huyện khuyến cáo: Sốt xuất huyết hiện chưa có vắc xin phòng bệnh đặc hiệu, biện pháp hữu hiệu nhất là diệt lăng quăng, bọ gậy và phòng muỗi đốt. Khi có dấu hiệu sốt cao đột ngột, người dân cần đến cơ sở y tế để được khám, điều trị kịp thời, không tự ý điều trị tại nhà."),
        ("p", "Chiến dịch sẽ được duy trì vào thứ Bảy hằng tuần đến hết tháng 11/2022 tại tất cả các xã, thị trấn trên địa bàn huyện."),
    ],
    byline=["Văn Tuấn (Trung tâm Y tế huyện)"], author="Văn Tuấn (Trung tâm Y tế huyện)",
)

A["a10"] = dict(
    platform="joomla",
    url="http://lucnam.bacgiang.gov.vn/index.php?option=com_content&view=article&id=912:huyen-luc-nam-co-2856-thi-sinh-dang-ky-du-thi-tot-nghiep-thpt-nam-2022&catid=35:giao-duc&Itemid=62",
    title="Huyện Lục Nam có 2.856 thí sinh đăng ký dự thi tốt nghiệp THPT năm 2022",
    dt=datetime(2022, 6, 24, 7, 30), prec="minute",
    lead=None,
    blocks=[
        ("p", "Kỳ thi tốt nghiệp THPT năm 2022 diễn ra từ ngày 7 đến 8/7. Trên địa bàn huyện Lục Nam có 2.856 thí sinh đăng ký dự thi tại 6 điểm thi đặt tại các trường THPT và Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện."),
        ("p", "Để chuẩn bị cho kỳ thi, UBND huyện đã thành lập Ban Chỉ đạo, chỉ đạo các cơ quan liên quan phối hợp bảo đảm an ninh trật tự, an toàn giao thông, cung cấp điện, nước và công tác y tế tại các điểm thi. Các trường THPT tổ chức ôn tập, hướng dẫn thí sinh làm thủ tục dự thi, tránh các lỗi vi phạm quy chế."),
        ("p", "Huyện đoàn Lục Nam cũng triển khai chương trình “Tiếp sức mùa thi” với 120 tình nguyện viên, hỗ trợ thí sinh tìm nhà trọ, hướng dẫn đường đến điểm thi và cung cấp nước uống miễn phí."),
        ("p", "Với sự chuẩn bị chu đáo, huyện phấn đấu kỳ thi diễn ra an toàn, nghiêm túc, đúng quy chế; tỷ lệ thí sinh đỗ tốt nghiệp đạt trên 98%."),
    ],
    byline=[], author=None, source="Nguồn: baobacgiang.vn",
)

A["a11"] = dict(
    platform="nukeviet",
    url="https://yenthanh.nghean.gov.vn/tin-tuc/hoi-nong-dan/hoi-nong-dan-huyen-yen-thanh-to-chuc-tap-huan-chuyen-giao-khoa-hoc-ky-thuat-cho-hoi-vien-3481.html",
    title="Hội Nông dân huyện Yên Thành tổ chức tập huấn chuyển giao khoa học kỹ thuật cho hội viên",
    dt=datetime(2024, 7, 13, 8, 42), prec="minute",
    lead="Trong 2 ngày 11 và 12/7, Hội Nông dân huyện Yên Thành phối hợp với Trung tâm Dịch vụ nông nghiệp huyện tổ chức 4 lớp tập huấn kỹ thuật chăn nuôi, phòng, chống dịch bệnh cho gia súc, gia cầm cho hơn 240 hội viên nông dân.",
    blocks=[
        ("p", "Tại các lớp tập huấn, hội viên được các kỹ sư chăn nuôi, thú y truyền đạt kiến thức về kỹ thuật làm chuồng trại, phối trộn thức ăn, tiêm phòng vắc xin định kỳ cho đàn vật nuôi; nhận biết sớm các triệu chứng của bệnh viêm da nổi cục ở trâu, bò và bệnh dịch tả lợn châu Phi để chủ động phòng, chống."),
        ("fig", "Hội viên nông dân xã Đức Thành tham gia lớp tập huấn. (Ảnh: Hà Phương)", "/uploads/news/2024_07/tap-huan-hnd.jpg"),
        ("p", "Bên cạnh lý thuyết, học viên được hướng dẫn thực hành ủ thức ăn thô xanh bằng chế phẩm sinh học, làm đệm lót sinh học trong chăn nuôi lợn, gà nhằm giảm chi phí và hạn chế ô nhiễm môi trường."),
        ("p", "Ông Hồ Văn Tám, hội viên xã Đức Thành chia sẻ: “Gia đình tôi nuôi 12 con bò sinh sản. Qua lớp tập huấn, tôi biết thêm cách ủ chua cây ngô làm thức ăn dự trữ cho mùa đông, vừa tiết kiệm, vừa bảo đảm dinh dưỡng cho đàn bò”."),
        ("p", "Năm 2024, Hội Nông dân huyện phấn đấu tổ chức 20 lớp tập huấn chuyển giao khoa học kỹ thuật, hỗ trợ hội viên tiếp cận nguồn vốn vay từ Quỹ Hỗ trợ nông dân để phát triển sản xuất, chăn nuôi theo hướng hàng hóa."),
    ],
    byline=["Hà Phương"], author="Hà Phương", source="Hội Nông dân huyện Yên Thành",
)

A["a12"] = dict(
    platform="drupal",
    url="https://thoaison.angiang.gov.vn/tin-tuc/thoai-son-hoan-thanh-lay-y-kien-cu-tri-ve-sap-xep-don-vi-hanh-chinh-cap-xa",
    title="Thoại Sơn hoàn thành lấy ý kiến cử tri về sắp xếp đơn vị hành chính cấp xã",
    dt=datetime(2025, 4, 22, 14, 10), prec="minute",
    lead="Từ ngày 18 đến 21/4, huyện Thoại Sơn tổ chức lấy ý kiến cử tri về chủ trương sắp xếp đơn vị hành chính cấp xã. Kết quả có 97,8% cử tri đồng ý với phương án sắp xếp 17 xã, thị trấn thành 6 xã mới.",
    blocks=[
        ("p", "Việc lấy ý kiến được thực hiện theo hình thức phát phiếu đến từng hộ gia đình, do tổ trưởng tổ nhân dân tự quản, trưởng ấp phối hợp với Ban công tác Mặt trận ấp trực tiếp tổ chức. Toàn huyện có 112.346 cử tri thuộc 31.820 hộ tham gia cho ý kiến."),
        ("p", "Theo phương án được lấy ý kiến, sau sắp xếp, huyện Thoại Sơn hình thành 6 đơn vị hành chính cấp xã mới, cụ thể như sau:"),
        ("table", [
            ["Đơn vị hành chính mới", "Các đơn vị được sắp xếp", "Tỷ lệ cử tri đồng ý"],
            ["Xã Thoại Sơn", "Thị trấn Núi Sập, xã Thoại Giang, xã Bình Thành", "97,2%"],
            ["Xã Óc Eo", "Thị trấn Óc Eo, xã Vọng Thê, xã Vọng Đông", "98,1%"],
            ["Xã Phú Hòa", "Thị trấn Phú Hòa, xã Phú Thuận, xã Vĩnh Chánh", "97,5%"],
            ["Xã Định Mỹ", "Xã Định Mỹ, xã Định Thành, xã Mỹ Phú Đông", "98,4%"],
            ["Xã Tây Phú", "Xã Tây Phú, xã An Bình, xã Vĩnh Phú", "97,9%"],
            ["Xã Vĩnh Trạch", "Xã Vĩnh Trạch, xã Vĩnh Khánh", "97,6%"],
        ]),
        ("p", "Nhìn chung, cử tri đồng tình cao với chủ trương của Trung ương, cho rằng việc sắp xếp sẽ giúp bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả, tạo không gian phát triển mới cho địa phương. Một số ý kiến đề nghị quan tâm bố trí trụ sở làm việc thuận tiện cho người dân, nhất là bà con ở các ấp xa trung tâm."),
        ("p", "Ông Nguyễn Hữu Phước, Phó Chủ tịch UBND huyện cho biết, huyện đã chỉ đạo các xã, thị trấn tiếp tục làm tốt công tác tuyên truyền, nắm bắt tâm tư của cán bộ, công chức và Nhân dân; bảo đảm không để gián đoạn việc giải quyết thủ tục hành chính trong thời gian chuyển tiếp."),
        ("p", "Kết quả lấy ý kiến cử tri sẽ được tổng hợp, trình HĐND các xã, thị trấn và HĐND huyện xem xét, thông qua trước ngày 30/4/2025."),
    ],
    byline=["Minh Thư - Phòng Nội vụ huyện"], author="Minh Thư - Phòng Nội vụ huyện",
)

A["a13"] = dict(
    platform="classic-asp",
    url="http://giatrung.ninhbinh.gov.vn/chitiet.asp?ID=412&CatID=5",
    title="Xã Gia Trung lấy ý kiến cử tri nơi cư trú đối với người ứng cử đại biểu HĐND xã",
    dt=datetime(2021, 3, 16), prec="date",
    lead=None,
    blocks=[
        ("p", "Thực hiện Kế hoạch của Ủy ban bầu cử xã về tổ chức bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026, trong các ngày 14 và 15/3/2021, Ban Thường trực Ủy ban MTTQ xã Gia Trung phối hợp với UBND xã tổ chức hội nghị lấy ý kiến nhận xét và tín nhiệm của cử tri nơi cư trú đối với người được giới thiệu ứng cử đại biểu HĐND xã."),
        ("p", "Hội nghị được tổ chức tại 7 thôn với sự tham gia của hơn 560 cử tri. Tại các hội nghị, cử tri được nghe giới thiệu tóm tắt lý lịch, quá trình công tác của những người được giới thiệu ứng cử; thẳng thắn nhận xét về phẩm chất chính trị, đạo đức, lối sống và mối quan hệ với Nhân dân nơi cư trú của từng người."),
        ("p", "Kết quả, 100% người được giới thiệu ứng cử đại biểu HĐND xã đều nhận được sự tín nhiệm cao của cử tri nơi cư trú, với tỷ lệ từ 95,4% trở lên. Các hội nghị diễn ra dân chủ, đúng quy định của Luật Bầu cử và hướng dẫn của Ủy ban Trung ương MTTQ Việt Nam."),
        ("p", "Kết quả lấy ý kiến cử tri là căn cứ để Ủy ban MTTQ xã tổ chức Hội nghị hiệp thương lần thứ ba, lựa chọn, lập danh sách chính thức những người đủ tiêu chuẩn ứng cử đại biểu HĐND xã nhiệm kỳ 2021 - 2026."),
    ],
    byline=["Trần Văn Bình"], author="Trần Văn Bình",
)

A["a14"] = dict(
    platform="aspnet",
    url="https://krongpac.daklak.gov.vn/ChiTietTin.aspx?id=3317&cat=12",
    title="Krông Pắc đẩy mạnh chuyển đổi số, phấn đấu 80% hồ sơ thủ tục hành chính được xử lý trực tuyến",
    dt=datetime(2024, 2, 26, 8, 45), prec="minute",
    lead=None,
    blocks=[
        ("p", "Sáng 23/02, UBND huyện Krông Pắc tổ chức hội nghị sơ kết 2 năm thực hiện Đề án chuyển đổi số huyện giai đoạn 2022 - 2025, định hướng đến năm 2030 và triển khai nhiệm vụ năm 2024. Đồng chí Y Khuê Niê, Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo chuyển đổi số huyện chủ trì hội nghị."),
        ("h", "Nhiều chuyển biến tích cực"),
        ("p", "Sau 2 năm triển khai Đề án, nhận thức của cán bộ, công chức và người dân về chuyển đổi số đã có chuyển biến rõ rệt. Hạ tầng số được đầu tư đồng bộ: 100% cơ quan, đơn vị từ huyện đến xã được kết nối mạng truyền số liệu chuyên dùng; 100% thôn, buôn có sóng di động 4G; tỷ lệ hộ gia đình có kết nối internet cáp quang đạt 78,5%."),
        ("p", "Hệ thống quản lý văn bản và điều hành được sử dụng thống nhất; tỷ lệ văn bản đi được ký số và gửi hoàn toàn trên môi trường điện tử đạt 98,7%. Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh được vận hành tại 16 xã, thị trấn; năm 2023 có 64,2% hồ sơ được tiếp nhận trực tuyến."),
        ("fig", "Cán bộ Bộ phận một cửa xã Ea Phê hướng dẫn người dân nộp hồ sơ trực tuyến.", "/Upload/TinTuc/2024/02/mot-cua-ea-phe.jpg"),
        ("p", "Trong lĩnh vực kinh tế số, huyện hỗ trợ 112 hộ sản xuất, hợp tác xã đưa sản phẩm lên các sàn thương mại điện tử như postmart.vn, voso.vn; nhiều sản phẩm chủ lực như sầu riêng, cà phê, mật ong được giới thiệu, quảng bá rộng rãi trên không gian mạng."),
        ("p", "Các tổ công nghệ số cộng đồng được thành lập tại 100% thôn, buôn, tổ dân phố với 1.356 thành viên, trở thành “cánh tay nối dài” đưa các nền tảng số đến với người dân."),
        ("h", "Còn nhiều khó khăn, hạn chế"),
        ("p", "Tuy vậy, hội nghị cũng chỉ ra không ít khó khăn: một số xã còn thiếu cán bộ chuyên trách về công nghệ thông tin; trang thiết bị tại bộ phận một cửa cấp xã xuống cấp; tỷ lệ người dân thanh toán không dùng tiền mặt đối với dịch vụ công còn thấp, đặc biệt ở các buôn đồng bào dân tộc thiểu số."),
        ("p", "Việc khai thác, sử dụng dữ liệu dân cư phục vụ giải quyết thủ tục hành chính ở một số nơi chưa hiệu quả; vẫn còn tình trạng yêu cầu người dân nộp bản sao giấy tờ đã có trong cơ sở dữ liệu quốc gia."),
        ("h", "Nhiệm vụ năm 2024"),
        ("fig", "Đồng chí Y Khuê Niê, Phó Chủ tịch UBND huyện phát biểu kết luận hội nghị.", "/Upload/TinTuc/2024/02/ket-luan-hn-cds.jpg"),
        ("p", "Phát biểu kết luận, đồng chí Y Khuê Niê yêu cầu các cơ quan, đơn vị, UBND các xã, thị trấn xác định chuyển đổi số là nhiệm vụ chính trị trọng tâm, người đứng đầu phải trực tiếp chỉ đạo và chịu trách nhiệm về kết quả chuyển đổi số của đơn vị mình."),
        ("p", "Năm 2024, huyện phấn đấu 80% hồ sơ thủ tục hành chính được tiếp nhận và xử lý trực tuyến; 100% kết quả giải quyết thủ tục hành chính được số hóa; 50% người dân trưởng thành có tài khoản thanh toán điện tử; mỗi xã có ít nhất 3 sản phẩm nông sản chủ lực được đưa lên sàn thương mại điện tử."),
        ("p", "Các cơ quan chuyên môn tham mưu UBND huyện bố trí kinh phí nâng cấp trang thiết bị cho bộ phận một cửa cấp xã; tăng cường tập huấn kỹ năng số cho cán bộ, công chức và thành viên tổ công nghệ số cộng đồng; đẩy mạnh tuyên truyền để người dân hiểu và tích cực sử dụng các dịch vụ số."),
        ("p", "Dịp này, UBND huyện tặng Giấy khen cho 6 tập thể và 11 cá nhân có thành tích tiêu biểu trong thực hiện chuyển đổi số năm 2023."),
    ],
    byline=["Thu Hà"], author="Thu Hà",
)

A["a15"] = dict(
    platform="bootstrap-jsonld",
    url="https://tuyenquang.gov.vn/tin-tuc/tuyen-quang-phan-dau-ty-le-bao-phu-bao-hiem-y-te-dat-95-5-dan-so-a12873.html",
    title="Tuyên Quang phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt 95,5% dân số",
    dt=datetime(2025, 10, 6, 9, 35), prec="second",
    modified=datetime(2025, 10, 6, 16, 2, 18),
    lead="Sau hợp nhất, tỉnh Tuyên Quang có hơn 1,86 triệu người dân. Đến hết tháng 9/2025, toàn tỉnh có trên 1,74 triệu người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ 93,6% dân số.",
    blocks=[
        ("p", "Theo Bảo hiểm xã hội tỉnh, số người tham gia bảo hiểm y tế tăng trên 21.000 người so với cùng kỳ năm 2024, chủ yếu ở nhóm hộ gia đình và nhóm học sinh, sinh viên. Nhóm do ngân sách nhà nước đóng hoặc hỗ trợ mức đóng vẫn chiếm tỷ trọng lớn, khoảng 68% tổng số người tham gia."),
        ("p", "Để hoàn thành chỉ tiêu năm 2025, Bảo hiểm xã hội tỉnh đã phối hợp với các sở, ngành, UBND các xã, phường đẩy mạnh tuyên truyền, vận động người dân tham gia bảo hiểm y tế hộ gia đình; rà soát, đối chiếu dữ liệu với Cơ sở dữ liệu quốc gia về dân cư để cấp thẻ kịp thời cho các đối tượng theo quy định."),
        ("fig", "Cán bộ Bảo hiểm xã hội tư vấn chính sách bảo hiểm y tế cho người dân xã Minh Tân.", "https://cdn.tuyenquang.gov.vn/uploads/2025/10/06/bhyt-minh-tan.jpg"),
        ("h", "Khó khăn ở vùng cao"),
        ("p", "Tuy nhiên, việc phát triển người tham gia ở một số xã vùng cao, biên giới còn gặp khó khăn do thu nhập của người dân thấp, giao thông đi lại cách trở. Sau khi sắp xếp đơn vị hành chính, một số đối tượng thay đổi mức hỗ trợ theo quy định nên cần thời gian rà soát, cập nhật."),
        ("p", "Bà Hoàng Thị Thu, Phó Giám đốc Bảo hiểm xã hội tỉnh cho biết: “Chúng tôi đã thành lập các tổ công tác xuống từng xã, phối hợp với đội ngũ nhân viên đại lý thu và các hội, đoàn thể để tư vấn trực tiếp cho người dân. Mục tiêu là không để ai bị gián đoạn quyền lợi khi đi khám, chữa bệnh”."),
        ("p", "Cùng với đó, nhiều địa phương đã vận động các nhà hảo tâm, doanh nghiệp tặng thẻ bảo hiểm y tế cho hộ cận nghèo, hộ có hoàn cảnh khó khăn. Từ đầu năm đến nay, toàn tỉnh đã trao tặng 4.270 thẻ bảo hiểm y tế với tổng trị giá hơn 3,2 tỷ đồng."),
    ],
    byline=["Ngọc Ánh"], author="Ngọc Ánh",
)

A["a16"] = dict(
    platform="amp",
    url="https://thuanhoa.hue.gov.vn/amp/tin-tuc/phuong-thuan-hoa-to-chuc-ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc-nam-2025-20250816160500.html",
    title="Phường Thuận Hóa tổ chức Ngày hội “Toàn dân bảo vệ an ninh Tổ quốc” năm 2025",
    dt=datetime(2025, 8, 16, 16, 5), prec="second",
    lead="Chiều 16/8, UBND phường Thuận Hóa (thành phố Huế) tổ chức Ngày hội “Toàn dân bảo vệ an ninh Tổ quốc” năm 2025, hướng tới kỷ niệm 80 năm Ngày truyền thống Công an nhân dân Việt Nam (19/8/1945 - 19/8/2025).",
    blocks=[
        ("p", "Đây là lần đầu tiên Ngày hội được tổ chức ở quy mô toàn phường sau khi sắp xếp đơn vị hành chính, thu hút hơn 800 đại biểu là cán bộ, hội viên các đoàn thể, lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở và Nhân dân các tổ dân phố."),
        ("fig", "Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở diễu hành tại Ngày hội.", "https://thuanhoa.hue.gov.vn/uploads/2025/08/ngay-hoi-bvantq.jpg"),
        ("p", "Theo báo cáo, từ đầu năm 2025 đến nay, Nhân dân trên địa bàn đã cung cấp cho lực lượng công an hơn 230 nguồn tin có giá trị, giúp phát hiện, xử lý 41 vụ việc vi phạm pháp luật. Toàn phường duy trì hiệu quả 37 mô hình tự quản về an ninh, trật tự như “Camera an ninh”, “Tổ dân phố không có tội phạm và tệ nạn xã hội”, “Zalo an ninh khu dân cư”."),
        ("p", "Tại Ngày hội, UBND phường đã khen thưởng 12 tập thể, 25 cá nhân có thành tích xuất sắc trong phong trào; trao tặng 20 suất quà cho các thành viên lực lượng bảo vệ an ninh, trật tự ở cơ sở có hoàn cảnh khó khăn."),
        ("p", "Các đại biểu và người dân cũng được tham quan gian trưng bày về phương thức, thủ đoạn lừa đảo trên không gian mạng và được hướng dẫn cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2."),
    ],
    byline=["Phạm Hoài"], author="Phạm Hoài",
)

A["a17"] = dict(
    platform="emagazine",
    url="https://laocai.gov.vn/emagazine/mu-cang-chai-ruong-bac-thang-va-khat-vong-doi-doi-1289.html",
    title="Mù Cang Chải: Ruộng bậc thang và khát vọng đổi đời",
    dt=datetime(2025, 9, 1, 20, 0, 0), prec="second",
    lead="Từ một huyện vùng cao đặc biệt khó khăn, sau hơn một thập kỷ, Mù Cang Chải đã tìm được hướng đi riêng dựa vào chính những thửa ruộng bậc thang được xếp hạng di tích quốc gia đặc biệt. Du lịch cộng đồng, nông nghiệp hàng hóa và sự đồng lòng của đồng bào Mông đang viết tiếp câu chuyện đổi thay trên miền đất này.",
    blocks=[
        ("h", "Những “bậc thang lên trời”"),
        ("p", "Tháng Chín, khi lúa bắt đầu ngả vàng, những thửa ruộng bậc thang ở La Pán Tẩn, Chế Cu Nha, Dế Xu Phình như những nấc thang uốn lượn nối nhau từ thung lũng lên tận lưng chừng núi. Mỗi thửa ruộng là thành quả của nhiều thế hệ đồng bào Mông bền bỉ khai phá, dẫn nước từ khe suối về tưới cho từng bậc."),
        ("p", "Năm 2019, danh thắng Ruộng bậc thang Mù Cang Chải được xếp hạng di tích quốc gia đặc biệt. Danh hiệu ấy không chỉ là niềm tự hào mà còn mở ra cơ hội để người dân sống được bằng chính di sản của cha ông mình."),
        ("fig", "Ruộng bậc thang xã La Pán Tẩn mùa lúa chín.", "/emagazine/1289/ruong-bac-thang-la-pan-tan.jpg"),
        ("p", "Ông Giàng A Dê, người có uy tín ở bản Lìm Thái, xã Lìm Mông kể: “Ngày trước, người Mông làm ruộng chỉ để có cái ăn. Giờ khách đến xem ruộng, ở nhà mình, ăn cơm mình nấu, bà con mới hiểu giữ ruộng đẹp cũng là làm kinh tế”."),
        ("p", "Để bảo tồn cảnh quan, chính quyền địa phương hỗ trợ người dân duy trì canh tác lúa nước trên ruộng bậc thang, không bỏ hoang, không tự ý chuyển đổi mục đích sử dụng đất. Mỗi năm, hàng nghìn hộ được hỗ trợ giống lúa, phân bón và kinh phí tu sửa mương phai."),
        ("h", "Du lịch cộng đồng – sinh kế mới"),
        ("p", "Từ vài homestay đầu tiên hình thành năm 2015, đến nay khu vực Mù Cang Chải đã có hơn 140 cơ sở lưu trú, trong đó phần lớn là homestay do chính người Mông làm chủ. Nhiều thanh niên trong bản đã trở thành hướng dẫn viên, dẫn khách trekking, trải nghiệm cấy lúa, gặt lúa cùng gia đình bản địa."),
        ("fig", "Du khách trải nghiệm gặt lúa cùng người dân bản Lìm Thái.", "/emagazine/1289/du-khach-gat-lua.jpg"),
        ("p", "Chị Sùng Thị Mỷ, chủ một homestay ở xã Cao Phạ, vay vốn ưu đãi 100 triệu đồng để cải tạo nhà sàn, làm khu vệ sinh khép kín. “Mùa lúa chín, nhà em lúc nào cũng kín phòng. Khách nước ngoài đến cũng nhiều nên em phải tự học thêm tiếng Anh để nói chuyện”, chị Mỷ cười."),
        ("p", "Tuần văn hóa du lịch “Khám phá danh thắng quốc gia Ruộng bậc thang Mù Cang Chải” được tổ chức thường niên vào dịp cuối tháng Chín, với các hoạt động bay dù lượn, chợ phiên vùng cao, thi giã bánh dày, thổi khèn Mông… đã trở thành sản phẩm du lịch đặc trưng, thu hút hàng chục nghìn lượt khách mỗi năm."),
        ("quote", [
            "Giữ được ruộng bậc thang là giữ được bản sắc, giữ được sinh kế cho đồng bào. Chúng tôi không làm du lịch bằng mọi giá mà làm du lịch để người dân được hưởng lợi.",
            "Ông Hờ A Chư, Chủ tịch UBND xã Lao Chải",
        ]),
        ("p", "Năm 2024, khu vực này đón hơn 240.000 lượt khách, tổng thu từ du lịch ước đạt gần 200 tỷ đồng. Nhiều hộ gia đình từ chỗ thiếu ăn, nay đã có thu nhập ổn định từ dịch vụ lưu trú, ăn uống, bán nông sản, thổ cẩm cho du khách."),
        ("h", "Nông nghiệp hàng hóa trên đất dốc"),
        ("p", "Bên cạnh du lịch, Mù Cang Chải chuyển đổi mạnh mẽ cơ cấu cây trồng, vật nuôi. Trên những sườn đồi trước đây chỉ trồng ngô một vụ, nay đã phủ xanh bằng sơn tra, thảo quả, chè Shan tuyết và cây dược liệu dưới tán rừng."),
        ("fig", "Người dân xã Chế Tạo thu hoạch thảo quả dưới tán rừng già.", "/emagazine/1289/thao-qua-che-tao.jpg"),
        ("p", "Xã Chế Tạo có hơn 1.000 ha thảo quả, mỗi năm mang lại cho người dân nguồn thu hàng chục tỷ đồng. Sản phẩm thảo quả sấy khô của hợp tác xã trong xã đã đạt chứng nhận OCOP 3 sao, được tiêu thụ tại nhiều tỉnh, thành phố."),
        ("p", "Mô hình nuôi cá hồi, cá tầm bằng nguồn nước lạnh tự nhiên ở xã Nậm Khắt, nuôi ong lấy mật bạc hà, trồng cây ăn quả ôn đới… cũng đang cho hiệu quả, giúp người dân có thêm thu nhập ngoài cây lúa."),
        ("table", [
            ["Chỉ tiêu", "Năm 2015", "Năm 2024"],
            ["Tỷ lệ hộ nghèo", "56,9%", "21,4%"],
            ["Thu nhập bình quân (triệu đồng/người/năm)", "9,8", "34,5"],
            ["Lượt khách du lịch", "32.000", "240.000"],
        ]),
        ("h", "Đường mới, trường mới, diện mạo mới"),
        ("p", "Cùng với phát triển kinh tế, hạ tầng vùng cao được đầu tư đồng bộ. Đến nay, 100% xã có đường ô tô đến trung tâm được cứng hóa; hầu hết các bản đã có điện lưới quốc gia. Nhiều điểm trường được xây dựng kiên cố, việc tổ chức bán trú cho học sinh được quan tâm."),
        ("fig", "Điểm trường mầm non bản Hồ Nhì Pá được xây dựng kiên cố.", "/emagazine/1289/diem-truong-ho-nhi-pa.jpg"),
        ("p", "Thầy giáo Lường Văn Thắng, người có gần 20 năm gắn bó với các điểm trường vùng cao chia sẻ, điều thay đổi lớn nhất là nhận thức của phụ huynh. “Bây giờ bà con tự đưa con đến lớp, có nhà còn dành dụm tiền mua máy tính cho con học. Ngày trước, giáo viên phải vào từng nhà vận động”, thầy Thắng nói."),
        ("p", "Tỷ lệ trẻ em trong độ tuổi đi học mẫu giáo đạt trên 98%; tình trạng tảo hôn, hôn nhân cận huyết thống giảm rõ rệt nhờ sự vào cuộc của già làng, trưởng bản và người có uy tín."),
        ("h", "Bước vào giai đoạn mới"),
        ("p", "Từ ngày 1/7/2025, thực hiện chủ trương sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, các xã thuộc Mù Cang Chải trước đây được sắp xếp lại, trực thuộc tỉnh Lào Cai mới. Không gian phát triển được mở rộng, kết nối với những trung tâm du lịch lớn như Sa Pa, Bắc Hà."),
        ("p", "Lãnh đạo các xã vùng cao xác định, trong giai đoạn mới, phải tiếp tục bảo tồn danh thắng ruộng bậc thang gắn với phát triển du lịch xanh, du lịch cộng đồng; thúc đẩy nông nghiệp hàng hóa theo chuỗi giá trị; đào tạo nghề cho thanh niên để người dân thực sự làm chủ trên quê hương mình."),
        ("p", "Chiều muộn, trên đỉnh đèo Khau Phạ, mây trắng trôi lững lờ phủ xuống những thửa ruộng vàng óng. Giữa mênh mông núi đồi, những mái nhà mới, những con đường mới đang cùng đồng bào Mông viết tiếp khát vọng đổi đời."),
    ],
    byline=["Bài: Lan Anh", "Ảnh: Quốc Việt"], author="Lan Anh, Quốc Việt",
)

A["a18"] = dict(
    platform="custom-php",
    url="http://xaquangloi.gov.vn/tin-tuc/chi-tiet.php?id=218",
    title="Xã Quảng Lợi ra quân tổng vệ sinh môi trường “Ngày Chủ nhật xanh”",
    dt=datetime(2024, 4, 9, 10, 15), prec="minute",
    lead=None,
    blocks=[
        ("p", "Sáng 7/4, UBND xã Quảng Lợi phối hợp với Ủy ban MTTQ và các đoàn thể tổ chức ra quân tổng vệ sinh môi trường hưởng ứng phong trào “Ngày Chủ nhật xanh”. Hơn 300 cán bộ, đoàn viên, hội viên và Nhân dân các thôn đã tham gia phát quang bụi rậm, khơi thông cống rãnh, thu gom rác thải dọc các tuyến đường liên thôn."),
        ("p", "Kết thúc buổi ra quân, các lực lượng đã thu gom khoảng 5 tấn rác thải, phát quang hơn 6 km đường giao thông. Dịp này, xã phát động mỗi hộ gia đình thực hiện phân loại rác thải tại nguồn, trồng hoa, cây xanh trước cổng nhà, góp phần xây dựng xã đạt chuẩn nông thôn mới nâng cao."),
    ],
    byline=["PV"], author="PV",
)

A["a19"] = dict(
    platform="aspnet",
    url="http://btgtamdao.vinhphuc.org.vn/NewsDetail.aspx?id=642&cid=3",
    title="Tam Đảo: 18 thí sinh tranh tài tại Hội thi báo cáo viên giỏi cấp huyện năm 2024",
    dt=datetime(2024, 6, 19, 15, 30, 0), prec="second",
    lead=None,
    blocks=[
        ("p", "Ngày 19/6, Ban Tuyên giáo Huyện ủy Tam Đảo tổ chức Hội thi báo cáo viên giỏi cấp huyện năm 2024. Tham gia hội thi có 18 thí sinh là báo cáo viên cấp huyện, tuyên truyền viên cơ sở đến từ các xã, thị trấn, các cơ quan, đơn vị trong huyện."),
        ("p", "Hội thi gồm hai phần: thi viết và thi trình bày bài giảng. Ở phần thi viết, thí sinh làm bài về các nội dung lý luận chính trị, nghị quyết của Đảng và tình hình kinh tế - xã hội của huyện. Ở phần thi trình bày, mỗi thí sinh có 20 phút để thuyết trình một chủ đề tự chọn, sau đó trả lời câu hỏi phụ của Ban Giám khảo."),
        ("fig", "Ảnh: Thí sinh trình bày phần thi bài giảng tại hội thi", "/Uploads/Images/2024/6/hoi-thi-bcv.jpg"),
        ("p", "Các bài dự thi bám sát thực tiễn địa phương với nhiều chủ đề thiết thực như: phát triển du lịch bền vững gắn với bảo vệ rừng Vườn quốc gia Tam Đảo; đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng; xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu."),
        ("p", "Kết quả, Ban Tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 4 giải Khuyến khích cho các thí sinh. Giải Nhất thuộc về thí sinh Đỗ Thị Thu Hương, Đảng ủy xã Hợp Châu với bài trình bày “Phát huy vai trò của Nhân dân trong bảo vệ nền tảng tư tưởng của Đảng”."),
        ("p", "Phát biểu bế mạc, đồng chí Trưởng Ban Tuyên giáo Huyện ủy đánh giá hội thi là dịp để đội ngũ báo cáo viên nâng cao kỹ năng tuyên truyền miệng, đổi mới phương pháp truyền đạt, góp phần đưa nghị quyết của Đảng đến với cán bộ, đảng viên và Nhân dân một cách sinh động, hiệu quả."),
        ("p", "Các thí sinh đạt giải cao sẽ được lựa chọn tham gia Hội thi báo cáo viên giỏi cấp tỉnh dự kiến tổ chức vào tháng 8/2024."),
    ],
    byline=["Hải Yến - Ban Tuyên giáo Huyện ủy"], author="Hải Yến - Ban Tuyên giáo Huyện ủy",
)

A["a20"] = dict(
    platform="nukeviet",
    url="https://hoathinh.daklak.gov.vn/news/tin-tuc/xa-hoa-thinh-moi-di-vao-hoat-dong-bao-dam-thong-suot-khong-gian-doan-phuc-vu-nguoi-dan-215.html",
    title="Xã Hòa Thịnh mới đi vào hoạt động: Bảo đảm thông suốt, không gián đoạn phục vụ người dân",
    dt=datetime(2025, 7, 8, 15, 20), prec="minute",
    lead="Sau một tuần vận hành mô hình chính quyền địa phương hai cấp, bộ máy của xã Hòa Thịnh (tỉnh Đắk Lắk) đã đi vào nền nếp, việc tiếp nhận và giải quyết thủ tục hành chính cho người dân, doanh nghiệp diễn ra thông suốt.",
    blocks=[
        ("p", "Xã Hòa Thịnh được thành lập trên cơ sở sắp xếp toàn bộ diện tích tự nhiên và quy mô dân số của các xã Hòa Thịnh, Hòa Đồng và Hòa Tân Tây cũ, có diện tích hơn 120 km² với trên 32.000 nhân khẩu. Đảng bộ xã có 1.146 đảng viên sinh hoạt tại 38 chi bộ trực thuộc."),
        ("p", "Ngay từ ngày 1/7, Trung tâm Phục vụ hành chính công xã đã bố trí 8 quầy tiếp nhận hồ sơ, đủ máy tính, máy quét, kết nối mạng ổn định. Trong tuần đầu tiên, Trung tâm đã tiếp nhận 624 hồ sơ, trong đó 71% hồ sơ được nộp trực tuyến; giải quyết đúng hạn 100% hồ sơ đến hạn."),
        ("fig", "Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công xã Hòa Thịnh.", "/uploads/news/2025_07/ttpvhcc-hoa-thinh.jpg"),
        ("p", "Để thuận tiện cho người dân ở xa trụ sở, xã duy trì 2 điểm tiếp nhận hồ sơ tại trụ sở cũ của xã Hòa Đồng và Hòa Tân Tây, mỗi điểm bố trí 2 công chức luân phiên trực vào các ngày trong tuần. Đoàn Thanh niên xã thành lập đội tình nguyện “Thanh niên hỗ trợ dịch vụ công”, hướng dẫn người dân nộp hồ sơ trực tuyến."),
        ("p", "Bà Lê Thị Ngọc Hà, một người dân thôn Phú Thứ cho biết: “Tôi đến làm thủ tục chứng thực giấy tờ, chỉ mất khoảng 15 phút là xong. Cán bộ hướng dẫn tận tình, niềm nở nên người dân rất yên tâm”."),
        ("p", "Đồng chí Nguyễn Văn Thành, Bí thư Đảng ủy xã cho biết, thời gian tới, Đảng ủy xã tập trung chỉ đạo hoàn thiện quy chế làm việc, sắp xếp, bố trí cán bộ phù hợp năng lực, sở trường; đồng thời quan tâm nắm bắt tâm tư, nguyện vọng của cán bộ, công chức và Nhân dân, kịp thời giải quyết những vướng mắc phát sinh."),
    ],
    byline=["Bài và ảnh: Khánh Linh"], author="Khánh Linh", source="Đảng ủy xã Hòa Thịnh",
)

for _k, _a in A.items():
    _a["key"] = _k
    _a["published_at"] = iso(_a["dt"], _a["prec"])


# ---------------------------------------------------------------------------
# shared chrome material (menus, boxes, other headlines, footers)
# ---------------------------------------------------------------------------

CRAWL = datetime(2026, 11, 22, 6, 12)   # pages were "fetched" on this morning


def slug(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
    return s


# Headlines for "Tin cùng chuyên mục", "Các tin khác", "Tin mới" boxes.
HEADLINES = [
    "Hội nghị sơ kết công tác dân vận 6 tháng đầu năm",
    "Ra mắt mô hình “Dân vận khéo” trong cải cách thủ tục hành chính",
    "Tập huấn nghiệp vụ công tác Mặt trận cho cán bộ cơ sở",
    "Trao 50 suất học bổng cho học sinh nghèo vượt khó",
    "Kiểm tra tiến độ xây dựng nông thôn mới tại các xã",
    "Hội Cựu chiến binh tổng kết phong trào thi đua",
    "Triển khai kế hoạch tiêm chủng mở rộng cho trẻ em",
    "Đối thoại giữa người đứng đầu cấp ủy với Nhân dân",
    "Phát động Tháng cao điểm “Vì người nghèo”",
    "Hội thi “Dân vận khéo” thu hút 24 đội tham gia",
    "Khánh thành cầu dân sinh tại thôn Đồng Tâm",
    "Giám sát việc thực hiện dân chủ ở cơ sở",
    "Tập huấn kỹ năng cho tổ công nghệ số cộng đồng",
    "Bàn giao 15 nhà Đại đoàn kết cho hộ nghèo",
    "Lễ giao nhận quân diễn ra an toàn, trang trọng",
    "Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư",
    "Hội Liên hiệp Phụ nữ ra mắt câu lạc bộ phụ nữ khởi nghiệp",
    "Chủ động phòng, chống thiên tai và tìm kiếm cứu nạn",
    "Tăng cường quản lý đất đai, trật tự xây dựng",
    "Tổng kết năm học, triển khai nhiệm vụ năm học mới",
    "Đoàn công tác của tỉnh kiểm tra công tác cải cách hành chính",
    "Tiếp xúc cử tri trước kỳ họp thường lệ của HĐND",
    "Phát triển sản phẩm OCOP gắn với du lịch nông thôn",
    "Đẩy mạnh thanh toán không dùng tiền mặt trong dịch vụ công",
    "Gặp mặt kỷ niệm Ngày truyền thống công tác dân vận của Đảng",
    "Ra quân hưởng ứng Tháng Thanh niên",
    "Tuyên truyền phòng, chống ma túy trong trường học",
    "Hỗ trợ sinh kế cho đồng bào dân tộc thiểu số",
    "Khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới",
    "Kết nạp đảng viên là người có đạo",
    "Chủ động phòng, chống dịch bệnh trên đàn gia súc, gia cầm",
    "Chương trình “Xuân yêu thương” trao quà cho hộ khó khăn",
    "Hoàn thành bầu cử trưởng thôn, tổ trưởng tổ dân phố",
    "Giải bóng chuyền hơi chào mừng ngày thành lập Đảng",
    "Kiện toàn Ban Chỉ đạo thực hiện dân chủ ở cơ sở",
    "Tọa đàm vai trò người có uy tín trong đồng bào dân tộc thiểu số",
    "Phổ biến Luật Đất đai năm 2024 cho cán bộ, Nhân dân",
    "Thu hoạch lúa vụ xuân, năng suất ước đạt 62 tạ/ha",
    "Phát động đợt thi đua cao điểm chào mừng đại hội Đảng bộ",
    "Xây dựng khu dân cư kiểu mẫu gắn với bảo vệ môi trường",
    "Trao Huy hiệu Đảng cho đảng viên lão thành",
    "Hội thao Dân quân tự vệ thu hút 16 đoàn tham gia",
    "Nâng cao chất lượng sinh hoạt chi bộ",
    "Bàn giao trụ sở làm việc sau sắp xếp đơn vị hành chính",
    "Hướng dẫn người dân sử dụng ứng dụng VNeID",
    "Ký kết chương trình phối hợp giữa Ban Dân vận và Công an",
    "Đưa nghị quyết của Đảng vào cuộc sống",
    "Ra mắt tổ hòa giải ở cơ sở điển hình",
    "Đón nhận bằng công nhận xã đạt chuẩn nông thôn mới nâng cao",
    "Trao tặng thẻ bảo hiểm y tế cho hộ cận nghèo",
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Kiểm tra công tác phòng cháy, chữa cháy tại khu dân cư",
    "Hội nghị tổng kết công tác Mặt trận năm",
    "Lễ ra quân Tết trồng cây “Đời đời nhớ ơn Bác Hồ”",
    "Khảo sát tình hình thực hiện chính sách đối với người có công",
    "Tuyên dương gương điển hình tiên tiến trong phong trào thi đua yêu nước",
]


def related(seed, before, n, max_gap=9):
    """n other headlines dated before `before`, newest first."""
    r = rng(seed)
    titles = r.sample(HEADLINES, n)
    out, day = [], before.date()
    for t in titles:
        day = day - timedelta(days=r.randint(0, max_gap))
        dt = datetime(day.year, day.month, day.day, r.randint(7, 17), r.randint(0, 59))
        if dt >= before:   # same day but later than `before`: a day earlier
            day = day - timedelta(days=1)
            dt = dt - timedelta(days=1)
        out.append((t, dt))
    out.sort(key=lambda x: x[1], reverse=True)
    return out


def newest(seed, n):
    """n headlines dated in the days before the crawl (for 'Tin mới' boxes)."""
    return related(seed, CRAWL - timedelta(hours=3), n, max_gap=3)


MENU_HUYEN = [
    ("Trang chủ", []),
    ("Giới thiệu", ["Tổng quan", "Lịch sử hình thành", "Điều kiện tự nhiên", "Cơ cấu tổ chức",
                    "Lãnh đạo qua các thời kỳ", "Bản đồ hành chính", "Danh bạ điện thoại"]),
    ("Tin tức - Sự kiện", ["Tin trong huyện", "Tin trong tỉnh", "Chính trị", "Kinh tế",
                           "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Xây dựng Đảng", "Thông báo"]),
    ("Chỉ đạo điều hành", ["Lịch công tác", "Văn bản chỉ đạo điều hành", "Thông cáo báo chí",
                           "Phát ngôn và cung cấp thông tin"]),
    ("Văn bản", ["Văn bản quy phạm pháp luật", "Văn bản của HĐND", "Văn bản của UBND",
                 "Dự thảo lấy ý kiến", "Công báo"]),
    ("Thủ tục hành chính", ["Dịch vụ công trực tuyến", "Tra cứu hồ sơ", "Bộ thủ tục hành chính",
                            "Đánh giá mức độ hài lòng"]),
    ("Quy hoạch - Kế hoạch", ["Quy hoạch sử dụng đất", "Kế hoạch phát triển KT-XH",
                              "Dự án đầu tư", "Đấu giá, đấu thầu"]),
    ("Tuyên truyền", ["Phổ biến giáo dục pháp luật", "Chuyển đổi số", "Nông thôn mới",
                      "Cải cách hành chính", "Phòng, chống tham nhũng", "An toàn giao thông"]),
    ("Công khai ngân sách", []),
    ("Hỏi đáp", []),
    ("Liên hệ", []),
]

MENU_PARTY = [
    ("Trang chủ", []),
    ("Giới thiệu", ["Chức năng, nhiệm vụ", "Lãnh đạo Ban", "Tổ chức bộ máy", "Lịch sử truyền thống"]),
    ("Tin hoạt động", ["Hoạt động của Ban", "Dân vận các địa phương", "Mặt trận và đoàn thể",
                       "Lực lượng vũ trang"]),
    ("Dân vận khéo", ["Mô hình điển hình", "Gương người tốt, việc tốt"]),
    ("Dân vận chính quyền", []),
    ("Thực hiện dân chủ ở cơ sở", []),
    ("Công tác dân tộc - tôn giáo", ["Công tác dân tộc", "Công tác tôn giáo"]),
    ("Nghiên cứu - Trao đổi", []),
    ("Văn bản", ["Văn bản của Trung ương", "Văn bản của Tỉnh ủy", "Văn bản của Ban"]),
    ("Thư viện", ["Thư viện ảnh", "Thư viện video"]),
    ("Liên hệ", []),
]

LINKS = [
    ("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ("Báo Nhân Dân điện tử", "https://nhandan.vn"),
    ("Tạp chí Cộng sản", "https://tapchicongsan.org.vn"),
    ("Ban Dân vận Trung ương", "https://danvan.vn"),
    ("Báo điện tử Đảng Cộng sản Việt Nam", "https://dangcongsan.vn"),
    ("Bộ Thông tin và Truyền thông", "https://mic.gov.vn"),
    ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn"),
    ("Mặt trận Tổ quốc Việt Nam", "https://mattran.org.vn"),
    ("Thông tấn xã Việt Nam", "https://vnanet.vn"),
]

DOC_TOPICS = [
    "về việc tổ chức các hoạt động kỷ niệm Ngày Nhà giáo Việt Nam 20/11",
    "về triển khai Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
    "về việc tăng cường công tác phòng, chống dịch bệnh mùa đông xuân",
    "ban hành Quy chế làm việc của Ủy ban nhân dân nhiệm kỳ 2021 - 2026",
    "về kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc",
    "về việc công bố danh mục thủ tục hành chính mới ban hành, được sửa đổi, bổ sung",
    "về tăng cường quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng mùa khô",
    "về việc giao chỉ tiêu tuyển chọn và gọi công dân nhập ngũ",
    "phê duyệt kế hoạch chuyển đổi số năm 2027",
    "về việc thực hiện các giải pháp bảo đảm trật tự an toàn giao thông dịp cuối năm",
]
DOC_KINDS = [("Quyết định", "QĐ-UBND"), ("Kế hoạch", "KH-UBND"), ("Công văn", "UBND-VP"),
             ("Thông báo", "TB-UBND"), ("Chỉ thị", "CT-UBND")]


def new_docs(seed, n=6):
    r = rng(seed)
    out = []
    d = CRAWL
    for topic in r.sample(DOC_TOPICS, n):
        kind, code = r.choice(DOC_KINDS)
        d = d - timedelta(days=r.randint(0, 4))
        out.append(("%s số %d/%s" % (kind, r.randint(120, 4800), code), d, topic))
    return out


def counters(seed):
    r = rng(seed)
    total = r.randint(900_000, 48_000_000)
    return dict(online=r.randint(12, 340), today=r.randint(300, 6000), yesterday=r.randint(800, 7000),
                week=r.randint(8000, 40000), month=r.randint(30000, 160000), total=total)


def viewstate(seed, nbytes):
    """A base64 blob shaped like an ASP.NET __VIEWSTATE."""
    r = rng(seed)
    raw = b"\xff\x01\x0f\x0f\x05\x0a" + bytes(r.getrandbits(8) for _ in range(nbytes))
    return "/wEPDwUK" + base64.b64encode(raw).decode("ascii")[8:]


def css_filler(seed, n_rules):
    """A block of site CSS, as themes inline it."""
    r = rng(seed)
    sels = ["header", "nav", ".menu", ".box", ".title", ".footer", ".sidebar", ".news-item", ".list",
            ".btn", ".banner", ".content", ".widget", ".breadcrumb", ".pagination", ".search", ".thumb"]
    props = ["margin:%dpx %dpx", "padding:%dpx %dpx", "font-size:%dpx;line-height:%dpx",
             "border:%dpx solid #%03x", "width:%d%%;max-width:%dpx", "color:#%03x;background:#%03x"]
    out = []
    for i in range(n_rules):
        sel = "%s %s-%d" % (r.choice(sels), r.choice(sels), i)
        p = r.choice(props)
        nargs = len(re.findall(r"%0?\d*[dx]", p))
        args = tuple(r.randint(0, 4000) for _ in range(nargs))
        out.append("%s{%s}" % (sel, p % args))
    return "\n".join(out)


# ---------------------------------------------------------------------------
# rendering helpers
# ---------------------------------------------------------------------------

def _default_table(rows):
    out = ['<table border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:collapse"><tbody>']
    for i, row in enumerate(rows):
        tag = "td"
        cells = "".join("<%s>%s</%s>" % (tag, c if i else "<strong>%s</strong>" % c, tag) for c in row)
        out.append("<tr>%s</tr>" % cells)
    out.append("</tbody></table>")
    return "\n".join(out)


DEFAULT_STYLE = {
    "p": lambda t: "<p>%s</p>" % t,
    "h": lambda t: "<h3>%s</h3>" % t,
    "ul": lambda items: "<ul>\n%s\n</ul>" % "\n".join("<li>%s</li>" % i for i in items),
    "ol": lambda items: "<ol>\n%s\n</ol>" % "\n".join("<li>%s</li>" % i for i in items),
    "fig": lambda cap, src: '<figure><img src="%s" alt="" /><figcaption>%s</figcaption></figure>' % (src, cap),
    "table": _default_table,
    "quote": lambda lines: "<blockquote>%s</blockquote>" % "".join("<p>%s</p>" % l for l in lines),
}


def render_blocks(a, style=None, ent=False, sep="\n", nbsp_every=0):
    """Render the article's blocks with the template's own markup for each
    kind.  nbsp_every=k puts a no-break space into every k-th paragraph."""
    s = dict(DEFAULT_STYLE)
    s.update(style or {})
    out = []
    np = 0
    for b in a["blocks"]:
        k = b[0]
        if k == "p":
            np += 1
            out.append(s["p"](inline(b[1], ent, nbsp=bool(nbsp_every) and np % nbsp_every == 0)))
        elif k == "h":
            out.append(s["h"](inline(b[1], ent)))
        elif k in ("ul", "ol"):
            out.append(s[k]([inline(x, ent) for x in b[1]]))
        elif k == "fig":
            out.append(s["fig"](inline(b[1], ent), b[2]))
        elif k == "table":
            out.append(s["table"]([[inline(c, ent) for c in row] for row in b[1]]))
        elif k == "quote":
            out.append(s["quote"]([inline(x, ent) for x in b[1]]))
    return sep.join(out)


def nav_ul(menu, base, ul_cls="", li_cls="", sub_cls="", a_cls="", depth=True):
    out = ['<ul class="%s">' % ul_cls if ul_cls else "<ul>"]
    for name, subs in menu:
        href = base if name == "Trang chủ" else "%s/%s" % (base.rstrip("/"), slug(name))
        li = '<li class="%s">' % li_cls if li_cls else "<li>"
        a_attr = ' class="%s"' % a_cls if a_cls else ""
        out.append('%s<a%s href="%s">%s</a>' % (li, a_attr, href, esc(name)))
        if subs and depth:
            out.append('<ul class="%s">' % sub_cls if sub_cls else "<ul>")
            for sname in subs:
                out.append('<li><a href="%s/%s/%s">%s</a></li>' % (base.rstrip("/"), slug(name), slug(sname), esc(sname)))
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)


def d(dt):
    return dt.strftime("%d/%m/%Y")


def hm(dt):
    return dt.strftime("%H:%M")


GA = """<script async src="https://www.googletagmanager.com/gtag/js?id=%s"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', '%s');
</script>"""


def ga(seed):
    code = "G-%s" % "".join(rng(seed).choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
    return GA % (code, code)


# ---------------------------------------------------------------------------
# a01: VNPT ePortal on Liferay 6.2, district portal (portlet h1 box title,
#      title in h3.header-title, bold lead inside the body, centred caption)
# ---------------------------------------------------------------------------

def liferay_portlet(pid, title, inner, cls="portlet-asset-publisher"):
    if title is None:   # borderless portlet: no topper
        return """<div class="portlet-boundary portlet-boundary_%s_ portlet-static portlet-static-end portlet-borderless %s" id="p_p_id_%s_">
<span id="p_%s"></span><div class="portlet-borderless-container" style=""><div class="portlet-body">
%s
</div></div></div>""" % (pid.split("_")[0], cls, pid, pid, inner)
    return """<div class="portlet-boundary portlet-boundary_%(num)s_ portlet-static portlet-static-end %(cls)s" id="p_p_id_%(pid)s_">
<span id="p_%(pid)s"></span>
<section class="portlet" id="portlet_%(pid)s">
<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">%(title)s</span></h1>
<menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_%(pid)s" type="toolbar"></menu></header>
<div class="portlet-content"><div class="portlet-content-container" style=""><div class="portlet-body">
%(inner)s
</div></div></div>
</section>
</div>""" % dict(num=pid.split("_")[0], pid=pid, cls=cls, title=esc(title), inner=inner)


def liferay_head(title_el, canonical, theme, extra=""):
    return """<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>%(t)s</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/%(theme)s/images/favicon.ico" rel="Shortcut Icon" />
<link href="%(c)s" rel="canonical" />
<link href="/html/css/main.css?browserId=other&amp;themeId=%(theme)s_WAR_%(theme)s&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=1699864137000" rel="stylesheet" type="text/css" />
<link class="lfr-css-file" href="/%(theme)s/css/main.css?browserId=other&amp;themeId=%(theme)s_WAR_%(theme)s&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=1699864137000" rel="stylesheet" type="text/css" />
<script type="text/javascript">
/*<![CDATA[*/
var Liferay={Browser:{acceptsGzip:function(){return true},getMajorVersion:function(){return 119},getRevision:function(){return "537.36"},getVersion:function(){return "119.0"},isIe:function(){return false},isChrome:function(){return true}},
Data:{NAV_SELECTOR:"#navigation",isCustomizationView:function(){return false},notices:[null]},
ThemeDisplay:{getLayoutId:function(){return "42"},getLayoutURL:function(){return "/web/trang-chu/tin-tuc-su-kien"},getParentLayoutId:function(){return "3"},isPrivateLayout:function(){return "false"},isVirtualLayout:function(){return false},getBCP47LanguageId:function(){return "vi-VN"},getCDNBaseURL:function(){return ""},getCompanyId:function(){return "20155"},getDefaultLanguageId:function(){return "vi_VN"},getLanguageId:function(){return "vi_VN"},getPathMain:function(){return "/c"},getPathThemeImages:function(){return "/%(theme)s/images"},getScopeGroupId:function(){return "20182"},isSignedIn:function(){return false},getUserId:function(){return "20159"}},
PropsValues:{NTLM_AUTH_ENABLED:false}};
var themeDisplay=Liferay.ThemeDisplay;
Liferay.AUI={getAvailableLangPath:function(){return "available_languages.jsp?browserId=other&themeId=%(theme)s_WAR_%(theme)s&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=6210&t=1699864137000"},getCombine:function(){return true},getComboPath:function(){return "/combo/?browserId=other&minifierType=&languageId=vi_VN&b=6210&t=1699864137000&"},getFilter:function(){return "min"},getJavaScriptRootPath:function(){return "/html/js"},getLangPath:function(){return "aui_lang.jsp?browserId=other&themeId=%(theme)s_WAR_%(theme)s&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=6210&t=1699864137000"}};
Liferay.authToken="Xq3Zp0Lm";
Liferay.currentURL="\\u002fweb\\u002ftrang-chu";
/*]]>*/
</script>
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=%(theme)s_WAR_%(theme)s&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6210&amp;t=1699864137000" type="text/javascript"></script>
%(extra)s
</head>""" % dict(t=esc(title_el), c=attr(canonical), theme=theme, extra=extra)


def t_a01(a):
    site = "Cổng thông tin điện tử huyện Thạch Thành"
    base = "/web/trang-chu"
    body = ['<p style="text-align: justify;"><strong>%s</strong></p>' % inline(a["lead"])]
    body.append(render_blocks(a, {
        "p": lambda t: '<p style="text-align: justify;">&nbsp; &nbsp; &nbsp;%s</p>' % t,
        "h": lambda t: '<p style="text-align: justify;"><strong>%s</strong></p>' % t,
        "fig": lambda cap, src: ('<p style="text-align: center;"><img alt="" src="%s" style="width: 640px; height: 427px;" /></p>\n'
                                 '<p style="text-align: center;"><em>%s</em></p>') % (src, cap),
    }, nbsp_every=3))
    body.append('<p style="text-align: right;"><strong>%s</strong></p>' % esc(a["byline"][0]))
    pid = "101_INSTANCE_Jd5mKqPz1a9X"
    c = counters(101)
    article = """<div class="taglib-header ">
<span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="%(base)s/tin-tuc-su-kien" id="_%(pid)s_TabsBack" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span>
<h3 class="header-title"><span>%(title)s</span></h3>
</div>
<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date"><i class="icon-calendar"></i> %(date)s</span>
<span class="metadata-entry metadata-view-count">%(views)s Lượt xem</span></div>
<div class="asset-content" id="_%(pid)s_%(slug)s">
<div class="journal-content-article">
%(body)s
</div>
</div>
<div class="asset-ratings"><div class="taglib-ratings stars" id="_%(pid)s_rt_ratingStarContent"><div class="liferay-rating-vote">
<div id="_%(pid)s_rt_ratingStar"><div class="rating-label">Đánh giá (0 Phiếu bầu)</div>
<a class="rating-element icon-star-empty" href="javascript:;"></a><a class="rating-element icon-star-empty" href="javascript:;"></a><a class="rating-element icon-star-empty" href="javascript:;"></a><a class="rating-element icon-star-empty" href="javascript:;"></a><a class="rating-element icon-star-empty" href="javascript:;"></a>
</div></div></div></div>
<div class="taglib-social-bookmarks" id="_%(pid)s_socialBookmarks">
<ul class="lfr-icon-list"><li><a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u=%(url)s" target="_blank">Facebook</a></li>
<li><a class="share-zalo" href="https://zalo.me/share?u=%(url)s" target="_blank">Zalo</a></li>
<li><a href="javascript:window.print();" class="print">In bài viết</a></li>
<li><a href="mailto:?subject=%(slug)s&amp;body=%(url)s" class="email">Gửi email</a></li></ul>
</div>
</div>""" % dict(base=base, pid=pid, title=esc(a["title"]), date="%s - %s" % (d(a["dt"]), hm(a["dt"])),
               views=fmt_int(1245), slug=slug(a["title"])[:60], body="\n".join(body), url=attr(a["url"]))
    others = "<ul class=\"title-list\">\n%s\n</ul>" % "\n".join(
        '<li class="title-list"><a href="%s/tin-tuc-su-kien/-/asset_publisher/Jd5mKqPz1a9X/content/%s">%s</a> <span class="metadata-publish-date">(%s)</span></li>'
        % (base, slug(t), esc(t), d(dt)) for t, dt in related(11, a["dt"], 10))
    docs = "\n".join('<div class="vb-item"><a href="%s/van-ban/%s"><strong>%s</strong></a><p>%s</p><span class="vb-date">Ngày ban hành: %s</span></div>'
                     % (base, slug(n), esc(n), esc(t.capitalize()), d(dd)) for n, dd, t in new_docs(12))
    sidebar = "\n".join([
        liferay_portlet("56_INSTANCE_vbmoi001", "Văn bản mới", docs, "portlet-journal-content"),
        liferay_portlet("56_INSTANCE_lct00002", "Lịch công tác", '<ul class="lich-tuan"><li><a href="%s/lich-cong-tac">Lịch công tác tuần 47 (từ 16/11 đến 22/11/2026)</a></li><li><a href="%s/lich-cong-tac">Lịch công tác tuần 46 (từ 09/11 đến 15/11/2026)</a></li></ul>' % (base, base), "portlet-journal-content"),
        liferay_portlet("56_INSTANCE_video003", "Video", '<div class="video-box"><video controls="controls" poster="/documents/20182/video/poster-ntm.jpg" width="100%"><source src="/documents/20182/video/ntm-thach-thanh.mp4" type="video/mp4" /></video><p class="video-title">Thạch Thành - dấu ấn một nhiệm kỳ xây dựng nông thôn mới</p></div>', "portlet-journal-content"),
        liferay_portlet("56_INSTANCE_lienket4", "Liên kết website", '<select onchange="window.open(this.value)" class="lien-ket"><option value="">-- Chọn website --</option>%s</select>' % "".join('<option value="%s">%s</option>' % (u, esc(n)) for n, u in LINKS), "portlet-journal-content"),
        liferay_portlet("86_INSTANCE_poll0005", "Thăm dò ý kiến", '<form><p>Bạn đánh giá thế nào về giao diện Cổng thông tin điện tử huyện?</p><label><input type="radio" name="q" value="1" /> Đẹp, dễ sử dụng</label><br /><label><input type="radio" name="q" value="2" /> Bình thường</label><br /><label><input type="radio" name="q" value="3" /> Khó sử dụng</label><br /><button type="button">Biểu quyết</button> <a href="#">Xem kết quả</a></form>', "portlet-polls-display"),
        liferay_portlet("56_INSTANCE_tktc0006", "Thống kê truy cập", '<ul class="thong-ke"><li>Đang truy cập: <span>%s</span></li><li>Hôm nay: <span>%s</span></li><li>Tháng hiện tại: <span>%s</span></li><li>Tổng lượt truy cập: <span>%s</span></li></ul>' % (c["online"], fmt_int(c["today"]), fmt_int(c["month"]), fmt_int(c["total"])), "portlet-journal-content"),
    ])
    crumbs = '<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="%s">Trang chủ</a><span class="divider">/</span></li><li><a href="%s/tin-tuc-su-kien">Tin tức - Sự kiện</a><span class="divider">/</span></li><li class="active last"><a href="%s/tin-tuc-su-kien/tin-trong-huyen">Tin trong huyện</a></li></ul>' % (base, base, base)
    return liferay_head("%s - %s" % (a["title"], site), a["url"], "thachthanh-theme", "<style>%s</style>" % css_filler(1, 160)) + """
<body class="yui3-skin-sam controls-visible signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua để tới Nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar"><div class="date-time"><i class="icon-time"></i> <span id="today">%(today)s</span></div>
<div class="top-links"><a href="%(base)s/so-do-cong">Sơ đồ cổng</a> | <a href="%(base)s/rss">RSS</a> | <a href="%(base)s/hoi-dap">Hỏi đáp</a> | <a href="/web/guest/login">Đăng nhập</a></div></div>
<div class="banner-img"><a href="%(base)s" title="%(site)s"><img alt="%(site)s" src="/thachthanh-theme/images/banner-2024.png" /></a>
<div class="site-title"><h2>%(site)s</h2><p>Thạch Thành - Phát triển nhanh và bền vững</p></div></div>
<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation">
%(nav)s
</nav>
<div class="search-bar"><form action="%(base)s/tim-kiem" method="get"><input name="q" placeholder="Nhập từ khóa tìm kiếm..." type="text" /><button type="submit">Tìm kiếm</button></form></div>
<div class="marquee-news"><marquee scrollamount="3">Chào mừng kỷ niệm 96 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam (18/11/1930 - 18/11/2026) và Ngày hội Đại đoàn kết toàn dân tộc</marquee></div>
</header>
<div id="content">
<div class="columns-2-r" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span9" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
%(crumbs)s
%(article)s
%(others)s
</div>
</div>
<div class="portlet-column portlet-column-last span3" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
%(sidebar)s
</div>
</div>
</div>
</div>
</div>
<footer id="footer" role="contentinfo">
<div class="footer-content">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH THÀNH</strong></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân huyện Thạch Thành</p>
<p>Địa chỉ: Khu phố 1, thị trấn Kim Tân, huyện Thạch Thành, tỉnh Thanh Hóa</p>
<p>Điện thoại: 0237.3877.135 - Email: ubndthachthanh@thanhhoa.gov.vn</p>
<p>Ghi rõ nguồn “Cổng thông tin điện tử huyện Thạch Thành” khi phát hành lại thông tin từ website này.</p>
<p class="powered">Thiết kế và phát triển bởi VNPT Thanh Hóa</p>
</div>
</footer>
</div>
<script type="text/javascript">
/*<![CDATA[*/
Liferay.Util.addInputFocus();
Liferay.Portlet.runtimePortletIds=["73_INSTANCE_brcrmb01","101_INSTANCE_tinkhac01"];
Liferay.Portlet.onLoad({canEditTitle:false,columnPos:1,isStatic:"end",namespacedId:"p_p_id_%(pid)s_",portletId:"%(pid)s",refreshURL:"\\u002fc\\u002fportal\\u002frender_portlet?p_l_id=20487&p_p_id=%(pid)s&p_p_lifecycle=0&p_t_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_pos=1&p_p_col_count=3&p_p_isolated=1"});
AUI().use("aui-base","liferay-menu","liferay-notice","liferay-poller",function(A){(function(){Liferay.Util.addInputType();Liferay.Portlet.ready(function(portletId,node){Liferay.Util.addInputType(node);});})();(function(){new Liferay.Menu();var liferayNotices=Liferay.Data.notices;for(var i=1;i<liferayNotices.length;i++){new Liferay.Notice(liferayNotices[i]);}})();});
/*]]>*/
</script>
%(ga)s
</body>
</html>
""" % dict(today="%s, ngày %s" % (thu(CRAWL, True), d(CRAWL)), base=base, site=site,
           nav=nav_ul(MENU_HUYEN, base, "nav", "lfr-nav-item", "child-menu"), crumbs=liferay_portlet("73_INSTANCE_brcrmb01", None, crumbs, "portlet-breadcrumb"),
           article=liferay_portlet(pid, "Tin trong huyện", article), others=liferay_portlet("101_INSTANCE_tinkhac01", "Tin cùng chuyên mục", others),
           sidebar=sidebar, pid=pid, ga=ga(1))


# ---------------------------------------------------------------------------
# a02: VNPT ePortal, Ban Dân vận sub-site; custom detail portlet with
#      "Ngày đăng:" and "Tác giả:" in a meta row above the body
# ---------------------------------------------------------------------------

def t_a02(a):
    site = "Ban Dân vận Tỉnh ủy Hà Tĩnh"
    base = "/web/ban-dan-van"
    pid = "tintuc_WAR_vnptportalportlet_INSTANCE_aB3dEf9GhIjK"
    body = render_blocks(a, {
        "p": lambda t: '<p style="text-align:justify">%s</p>' % t,
        "ul": lambda items: '<ul style="list-style-type:disc">\n%s\n</ul>' % "\n".join('<li style="text-align:justify">%s</li>' % i for i in items),
    }, sep="\n<p>&nbsp;</p>\n")
    rel = related(21, a["dt"], 12)
    others = "\n".join('<div class="item-news-other"><a href="%s/tin-tuc/-/asset_publisher/aB3dEf9GhIjK/content/%s"><i class="fa fa-caret-right"></i> %s</a> <span class="date-other">- %s</span></div>'
                       % (base, slug(t), esc(t), d(dt)) for t, dt in rel)
    c = counters(202)
    return liferay_head("%s - %s" % (site, a["title"]), a["url"], "bandanvan-theme") + """
<body class="yui3-skin-sam controls-visible signed-out public-page site dan-van">
<div id="wrapper">
<div class="header"><div class="banner"><img src="/bandanvan-theme/images/banner-bdv.jpg" alt="Banner Ban Dân vận Tỉnh ủy" /></div>
<div class="menu-top">%(nav)s</div>
<div class="sub-bar"><span class="ngay-thang">%(today)s</span><form class="search" action="%(base)s/tim-kiem"><input type="text" name="keywords" placeholder="Tìm kiếm" /></form></div></div>
<div class="main-container row">
<div class="col-md-8 col-content">
<div class="portlet-boundary portlet-boundary_tintuc_WAR_vnptportalportlet_ portlet-static" id="p_p_id_%(pid)s_">
<div class="portlet-body">
<div class="breadcrumb-news"><a href="%(base)s">Trang chủ</a> <i class="fa fa-angle-right"></i> <a href="%(base)s/tin-hoat-dong">Tin hoạt động</a> <i class="fa fa-angle-right"></i> <a href="%(base)s/dan-van-kheo">Dân vận khéo</a></div>
<div class="news-detail">
<div class="title-news"><h2>%(title)s</h2></div>
<div class="meta-news">
<span class="date-news"><i class="fa fa-calendar"></i> Ngày đăng: %(date)s</span>
<span class="author-news"><i class="fa fa-user"></i> Tác giả: %(author)s</span>
<span class="view-news"><i class="fa fa-eye"></i> Lượt xem: 856</span>
<span class="tool-news"><a href="javascript:void(0)" onclick="changeFont(1)">A+</a> <a href="javascript:void(0)" onclick="changeFont(-1)">A-</a> <a href="javascript:window.print()"><i class="fa fa-print"></i> In</a></span>
</div>
<div class="content-news" id="content-news">
%(body)s
</div>
<div class="share-news">Chia sẻ: <a href="https://www.facebook.com/sharer.php?u=%(url)s"><i class="fa fa-facebook"></i></a> <a href="https://twitter.com/share?url=%(url)s"><i class="fa fa-twitter"></i></a></div>
</div>
<div class="news-other"><div class="title-other"><span>Tin cùng chuyên mục</span></div>
%(others)s
</div>
<div class="comment-news"><h4>Ý kiến bạn đọc</h4>
<form id="frmComment"><div class="row"><div class="col-md-6"><input type="text" name="hoten" placeholder="Họ và tên (*)" /></div><div class="col-md-6"><input type="text" name="email" placeholder="Email (*)" /></div></div>
<textarea name="noidung" rows="4" placeholder="Nội dung ý kiến"></textarea><input type="text" name="captcha" placeholder="Mã xác nhận" /> <button type="button" onclick="guiYKien()">Gửi ý kiến</button></form></div>
</div></div>
</div>
<div class="col-md-4 col-sidebar">
<div class="box-right"><div class="title-box">Văn bản mới</div><ul>%(docs)s</ul></div>
<div class="box-right"><div class="title-box">Gương điển hình “Dân vận khéo”</div><ul>%(guong)s</ul></div>
<div class="box-right"><div class="title-box">Liên kết website</div><ul class="lien-ket">%(links)s</ul></div>
<div class="box-right"><div class="title-box">Thống kê truy cập</div>
<table class="tk"><tr><td>Đang trực tuyến:</td><td>%(online)s</td></tr><tr><td>Hôm nay:</td><td>%(todayc)s</td></tr><tr><td>Hôm qua:</td><td>%(yest)s</td></tr><tr><td>Tổng số:</td><td>%(total)s</td></tr></table></div>
</div>
</div>
<div class="footer"><p>BAN DÂN VẬN TỈNH ỦY HÀ TĨNH</p><p>Địa chỉ: Số 68 đường Phan Đình Phùng, thành phố Hà Tĩnh</p><p>Điện thoại: 0239.3855.462 - Fax: 0239.3855.463</p><p>Chịu trách nhiệm chính: Trưởng Ban Dân vận Tỉnh ủy</p></div>
</div>
<script>function changeFont(s){var e=document.getElementById("content-news");var f=parseInt(window.getComputedStyle(e).fontSize);e.style.fontSize=(f+s)+"px";}function guiYKien(){alert("Cảm ơn bạn đã gửi ý kiến!");}</script>
</body>
</html>
""" % dict(nav=nav_ul(MENU_PARTY, base, "menu-main", "", "sub-menu"), today="%s, %s" % (thu(CRAWL, True), d(CRAWL)), base=base, pid=pid,
           title=esc(a["title"]), date=d(a["dt"]), author=esc(a["byline"][0]), body=body, url=attr(a["url"]), others=others,
           docs="".join('<li><a href="%s/van-ban/%s">%s</a> <em>(%s)</em></li>' % (base, slug(n), esc(n + " " + t), d(dd)) for n, dd, t in new_docs(22, 4)),
           guong="".join('<li><a href="%s/dan-van-kheo/%s">%s</a></li>' % (base, slug(t), esc(t)) for t, _ in related(23, a["dt"], 4)),
           links="".join('<li><a href="%s" target="_blank">%s</a></li>' % (u, esc(n)) for n, u in LINKS[:6]),
           online=c["online"], todayc=fmt_int(c["today"]), yest=fmt_int(c["yesterday"]), total=fmt_int(c["total"]))


# ---------------------------------------------------------------------------
# a03: SharePoint 2013, Tân Dân portal template (tandan-* classes,
#      ms-rtestate-field, large __VIEWSTATE, RegisterSod noise)
# ---------------------------------------------------------------------------

def sp_hidden(seed, vs_bytes, digest_date):
    r = rng(seed)
    digest = "0x" + "".join(r.choice("0123456789ABCDEF") for _ in range(128))
    return """<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="%s,%s" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />
</div>""" % (digest, digest_date, viewstate(seed, vs_bytes))


SOD_FILES = ["initstrings.js", "strings.js", "sp.init.js", "sp.res.resx", "sp.ui.dialog.js", "core.js", "menu.js",
             "mQuery.js", "callout.js", "clienttemplates.js", "sharing.js", "suitelinks.js", "clientrenderer.js",
             "srch.resources.resx", "search.clientcontrols.js", "sp.search.js", "ajaxtoolkit.js", "userprofile",
             "followingcommon.js", "profilebrowserscriptres.resx", "sp.ribbon.js", "sp.core.js", "cui.js",
             "inplview", "ribbon", "sp.datetimeutil.js", "datepicker.js", "sp.ui.mysitecommon.js", "browserScript"]


def sp_sod(seed):
    r = rng(seed)
    return "\n".join('RegisterSod("%s", "\\u002f_layouts\\u002f15\\u002f%s?rev=%s");' % (f, f, base64.b64encode(bytes(r.getrandbits(8) for _ in range(15))).decode().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"))
                     for f in SOD_FILES)


def sp_webpart(n, title, inner):
    return """<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ%(n)d" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">
<div class="ms-webpart-chrome-title" id="WebPartTitleWPQ%(n)d"><span title="%(t)s" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>%(t)s</span><span id="WebPartCaptionWPQ%(n)d"></span></nobr></h2></span></div>
<div webpartid="%(g)s" haspers="false" id="WebPartWPQ%(n)d" width="100%%" class="ms-WPBody" allowdelete="false" style="">
%(inner)s
<div class="ms-clear"></div></div></div></div></div>""" % dict(n=n, t=esc(title), inner=inner,
                                                             g="%08x-%04x-4%03x-a%03x-%012x" % (n * 7919, n * 31, n, n * 3, n * 104729))


def t_a03(a):
    site = "Cổng thông tin điện tử tỉnh Lào Cai"
    body = render_blocks(a, {
        "p": lambda t: '<p style="text-align:justify;">%s</p>' % t,
        "h": lambda t: '<p style="text-align:justify;"><strong>%s</strong></p>' % t,
        "fig": lambda cap, src: ('<p style="text-align:center;"><img src="%s" alt="%s" style="margin:5px;width:620px;height:413px;" /></p>'
                                 '<p style="text-align:center;"><em>%s</em></p>') % (src, attr(plain(html.unescape(cap))), cap),
        "ol": lambda items: '<ol style="text-align:justify;">%s</ol>' % "".join("<li>%s</li>" % i for i in items),
    })
    body += '\n<p style="text-align:right;"><strong>%s</strong></p>' % esc(a["byline"][0])
    news_rel = related(31, a["dt"], 5)
    news_other = related(32, a["dt"] - timedelta(days=2), 12)
    rel_html = "".join('<li><a href="/portal/Pages/%s/%s.aspx">%s</a> <span class="tandan-item-date">(%s)</span></li>'
                       % (dt.strftime("%Y-%m-%d"), slug(t)[:60], esc(t), d(dt)) for t, dt in news_rel)
    other_html = "".join('<div class="tandan-other-item"><a href="/portal/Pages/%s/%s.aspx"><img src="/portal/PublishingImages/thumb/%s.jpg" alt="" /></a><a class="tandan-other-title" href="/portal/Pages/%s/%s.aspx">%s</a><span class="tandan-other-date">%s</span></div>'
                         % (dt.strftime("%Y-%m-%d"), slug(t)[:60], slug(t)[:20], dt.strftime("%Y-%m-%d"), slug(t)[:60], esc(t), d(dt)) for t, dt in news_other)
    c = counters(303)
    notices = "".join('<li><a href="/portal/Pages/thong-bao/%s.aspx">%s %s</a></li>' % (slug(n), esc(n), esc(t)) for n, _, t in new_docs(33, 6))
    sidebar = "\n".join([
        sp_webpart(3, "Thông báo", '<ul class="tandan-list-notice">%s</ul>' % notices),
        sp_webpart(4, "Lịch công tác", '<div class="tandan-schedule"><a href="/portal/Pages/Lich-cong-tac.aspx">Lịch công tác tuần của Thường trực Tỉnh ủy</a><br /><a href="/portal/Pages/Lich-cong-tac-UBND.aspx">Lịch công tác tuần của UBND tỉnh</a></div>'),
        sp_webpart(5, "Video clip", '<div class="tandan-video"><iframe width="100%" height="190" src="https://www.youtube.com/embed/Xk3pQ7vYb2M" frameborder="0" allowfullscreen=""></iframe><ul><li>Lào Cai: Sắc màu văn hóa vùng cao</li><li>Bản tin thời sự tối</li></ul></div>'),
        sp_webpart(6, "Liên kết website", '<select class="tandan-links" onchange="if(this.value)window.open(this.value);"><option value="">--- Liên kết website ---</option>%s</select>' % "".join('<option value="%s">%s</option>' % (u, esc(n)) for n, u in LINKS)),
        sp_webpart(7, "Thống kê truy cập", '<div class="tandan-counter"><p>Đang truy cập: <b>%s</b></p><p>Hôm nay: <b>%s</b></p><p>Tháng hiện tại: <b>%s</b></p><p>Tổng lượt truy cập: <b>%s</b></p></div>' % (c["online"], fmt_int(c["today"]), fmt_int(c["month"]), fmt_int(c["total"]))),
    ])
    menu = nav_ul(MENU_HUYEN, "/portal/Pages", "tandan-menu-root", "tandan-menu-item", "tandan-menu-sub")
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<meta name="description" content="%(lead_attr)s" />
<meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" />
<title>
	%(title)s
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2bpHeX9U8DH09TB5zpJcsQ%%3D%%3DTAG0"/>
<link rel="stylesheet" type="text/css" href="/Style%%20Library/TanDan/css/tandan.portal.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=LsBrFg7tqvX%%2FbN4eQp1Yqw%%3D%%3DTAG0"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvqSoQ4E4vWf2rXk0&amp;t=ffffffff9d0e8a02"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%%2F8A%%3D%%3DTAG0"></script>
<script type="text/javascript">RegisterSod("require.js", "\\u002f_layouts\\u002f15\\u002frequire.js?rev=ndvOvhQKpWHn7KAt9cR6hQ\\u00253D\\u00253D");</script>
<style type="text/css">%(css)s</style>
</head>
<body>
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=23" /><img src="/_layouts/15/images/spcommon.png?rev=23" /></div>
<form method="post" action="./%(page)s" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
%(hidden)s
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) { theForm = document.aspnetForm; }
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZK5Yj0Q1&amp;t=637100613604004756" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_correlationId = '7e1a3f9f-2d41-c0b6-9a3e-3d1f0b3a6e12';
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\\u002fportal", webAbsoluteUrl: "https:\\u002f\\u002fwww.laocai.gov.vn\\u002fportal", siteAbsoluteUrl: "https:\\u002f\\u002fwww.laocai.gov.vn", serverRequestPath: "\\u002fportal\\u002fPages\\u002f%(date_iso)s\\u002f%(page)s", layoutsUrl: "_layouts\\u002f15", webTitle: "C\\u1ED5ng th\\u00F4ng tin \\u0111i\\u1EC7n t\\u1EED t\\u1EC9nh L\\u00E0o Cai", webTemplate: "53", tenantAppVersion: "0", isAppWeb: false, webLogoUrl: "_layouts\\u002f15\\u002fimages\\u002fsiteicon.png", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", currentCultureName: "vi-VN", clientServerTimeDelta: new Date("2026-11-21T23:12:05.5130000Z") - new Date(), siteClientTag: "1189$$15.0.5023.1000", crossDomainPhotosEnabled:false, webUIVersion:15, webPermMasks:{High:16,Low:196673}, pageListId:"{a8a7b0e2-bb54-4c7a-8f5e-6c2b3f0ee6d1}", pageItemId:4127, pagePersonalizationScope:1, alertsEnabled:true, siteServerRelativeUrl: "\\u002f", allowSilverlightPrompt:'True'};
%(sod)s
//]]>
</script>
<div id="ms-designer-ribbon"><div id="s4-ribbonrow" style="visibility:hidden;display:none"></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="tandan-wrapper">
<div class="tandan-header">
<div class="tandan-header-top"><span class="tandan-today">%(today)s</span>
<span class="tandan-toplinks"><a href="/portal/Pages/So-do-site.aspx">Sơ đồ site</a> | <a href="/portal/Pages/Lien-he.aspx">Liên hệ</a> | <a href="/_layouts/15/Authenticate.aspx">Đăng nhập</a> | <a href="/en">English</a></span></div>
<div class="tandan-banner"><a href="/portal"><img src="/portal/PublishingImages/banner-laocai-2024.png" alt="%(site)s" /></a></div>
<div class="tandan-menu">%(menu)s</div>
<div class="tandan-search"><input type="text" id="txtSearch" placeholder="Tìm kiếm..." onkeypress="if(event.keyCode==13){TDSearch();return false;}" /><a href="javascript:TDSearch();" class="tandan-btn-search">Tìm</a></div>
</div>
<div class="tandan-breadcrumb"><span id="ctl00_PlaceHolderMain_SiteMapPath1"><a href="/portal">Trang chủ</a><span> &gt; </span><a href="/portal/Pages/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a><span> &gt; </span><span class="current">Chính trị</span></span></div>
<div class="tandan-main">
<div class="tandan-col-left">
<div class="tandan-news-detail">
<h1 class="tandan-title">%(h1)s</h1>
<div class="tandan-date-detail"><span class="tandan-icon-date"></span>%(date)s</div>
<div class="tandan-summary"><div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label"><strong>%(lead)s</strong></div></div>
<div class="tandan-content"><div id="ctl00_PlaceHolderMain_ctl02_label" style="display:none">Page Content</div><div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label"><div class="ExternalClass3F6E8C1A4B2D4A5E9E3B7C0D1F2A3B4C">
%(body)s
</div></div></div>
<div class="tandan-tool"><a href="javascript:window.print();" class="tandan-print">In trang</a> <a href="mailto:?subject=%(h1)s" class="tandan-mail">Gửi email</a> <a href="https://www.facebook.com/sharer/sharer.php?u=%(url)s" class="tandan-fb">Chia sẻ</a></div>
</div>
<div class="tandan-related"><h3 class="tandan-related-title">Tin liên quan</h3><ul>%(rel)s</ul></div>
<div class="tandan-other"><h3 class="tandan-other-title-box">Các tin khác</h3>%(other)s
<div class="tandan-paging"><a href="/portal/Pages/tin-tuc-su-kien.aspx?page=2">Xem thêm »</a></div></div>
</div>
<div class="tandan-col-right">
%(sidebar)s
</div>
</div>
<div class="tandan-footer">
<p><b>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI</b></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lào Cai - Cơ quan thường trực: Sở Thông tin và Truyền thông</p>
<p>Địa chỉ: Tầng 3, Khối 5, Đại lộ Trần Hưng Đạo, phường Nam Cường, thành phố Lào Cai</p>
<p>Điện thoại: 0214.3840.888 - Email: cttdt@laocai.gov.vn</p>
<p>Giấy phép số 45/GP-TTĐT do Bộ Thông tin và Truyền thông cấp</p>
</div>
</div>
</div></div>
<script type="text/javascript">
//<![CDATA[
function TDSearch(){var k=document.getElementById('txtSearch').value;window.location='/portal/Pages/Tim-kiem.aspx?k='+encodeURIComponent(k);}
var _spFormDigestRefreshInterval = 1440000;
function WebForm_OnSubmit() { UpdateFormDigest('\\u002fportal', 1440000); return true; }
ExecuteOrDelayUntilScriptLoaded(function(){var initInfo = {editable: false, isEditMode: false, allowWebPartAdder: false, listId: "{a8a7b0e2-bb54-4c7a-8f5e-6c2b3f0ee6d1}", itemId: 4127, recycleBinEnabled: true, enableMinorVersioning: true, enableModeration: true};SP.Ribbon.PageState.Handlers.ShowStateChangeDialog = function(){};}, 'sp.ribbon.js');
_spBodyOnLoadFunctionNames.push("_spRestoreScrollForDiv_rscr");
//]]>
</script>
</form>
%(ga)s
</body>
</html>
""" % dict(lead_attr=attr(a["lead"]), title=esc(a["title"]), css=css_filler(3, 320), page=a["url"].rsplit("/", 1)[1],
           hidden=sp_hidden(3, 66000, "21 Nov 2026 23:12:05 -0000"), date_iso=a["dt"].strftime("%Y-%m-%d"), sod=sp_sod(3),
           today="%s, ngày %s" % (thu(CRAWL, True), d(CRAWL)), site=site, menu=menu, h1=esc(a["title"]),
           date="%s, %s" % (thu(a["dt"], True), d(a["dt"])), lead=inline(a["lead"]), body=body, url=attr(a["url"]),
           rel=rel_html, other=other_html, sidebar=sidebar, ga=ga(3))


# ---------------------------------------------------------------------------
# a04: SharePoint 2010 site with a custom /Trang/ChiTietTinTuc.aspx web part;
#      title in a <span>, everything stored as HTML entities, caption table,
#      "Tin, ảnh:" credit line
# ---------------------------------------------------------------------------

def t_a04(a):
    site = "Cổng thông tin điện tử huyện Ea Kar"
    E = lambda s: entities(esc(s))
    wp = "ctl00_m_g_5f2a8c1e_3b4d_4e6f_9a0b_1c2d3e4f5a6b"
    body = render_blocks(a, {
        "p": lambda t: '<p style="text-align: justify;">&nbsp; &nbsp; %s</p>' % t,
        "fig": lambda cap, src: ('<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 500px;"><tbody>'
                                 '<tr><td><img alt="" src="%s" style="width: 500px; height: 333px;" /></td></tr>'
                                 '<tr><td style="text-align: center;"><em>%s</em></td></tr></tbody></table>') % (src, cap),
    }, ent=True, nbsp_every=2)
    body += '\n<p style="text-align: right;"><strong>%s</strong></p>' % E(a["byline"][0])
    others = "\n".join('<tr><td class="tinkhac-icon"><img src="/_layouts/images/EaKar/arrow.gif" alt="" /></td><td><a href="/Trang/ChiTietTinTuc.aspx?nid=%d">%s</a> <span class="tinkhac-ngay">(%s)</span></td></tr>'
                       % (1841 - i, E(t), d(dt)) for i, (t, dt) in enumerate(related(41, a["dt"], 10)))
    c = counters(404)
    left = "".join('<li><a href="/Trang/%s.aspx">%s</a></li>' % (slug(n)[:30], E(n)) for n, _ in MENU_HUYEN)
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr" lang="vi-vn" dir="ltr">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" />
<title>
	%(title)s - %(site)s
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=cubbcEyxDEZ3dWcKmLVwvQ%%3D%%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%%20Library/EaKar/eakar.css"/>
<script type="text/javascript">
// <![CDATA[
document.write('<script type="text/javascript" src="/_layouts/1066/init.js?rev=BJDmyeIdJDOrASkMPYDpCg%%3D%%3D"></' + 'script>');
document.write('<script type="text/javascript" src="/ScriptResource.axd?d=ErEFbJRC2KvrjcbT6Q1&amp;t=ffffffffec2d9970"></' + 'script>');
// ]]>
</script>
<script type="text/javascript">RegisterSod("sp.core.js", "\\u002f_layouts\\u002fsp.core.js?rev=7ByNlH\\u00252BvcgRJg\\u00252BRCctdC0w\\u00253D\\u00253D");RegisterSod("sp.res.resx", "\\u002f_layouts\\u002fScriptResx.ashx?culture=vi\\u00252Dvn\\u0026name=SP\\u00252ERes\\u0026rev=b6\\u00252FcRx1a6orhAQ\\u00252FcF\\u00252B0ytQ\\u00253D\\u00253D");RegisterSod("sp.ui.dialog.js", "\\u002f_layouts\\u002fsp.ui.dialog.js?rev=IuXtJ2CrScK6oX4zOTTy\\u00252BA\\u00253D\\u00253D");</script>
</head>
<body scroll="no" onload="if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();" class="v4master">
<form name="aspnetForm" method="post" action="ChiTietTinTuc.aspx?nid=1842" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
%(hidden)s
<div id="s4-workspace"><div id="s4-bodyContainer">
<table id="tblMain" width="1000" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" class="banner"><img src="/PublishingImages/banner_eakar.jpg" alt="%(site)s" width="1000" height="160" /></td></tr>
<tr><td colspan="2" class="topmenu"><div class="ngayhientai">%(today)s</div>%(topmenu)s</td></tr>
<tr>
<td class="cotTrai" valign="top" width="230">
<div class="boxTrai"><div class="tieudeBox">DANH MỤC</div><ul class="danhmuc">%(left)s</ul></div>
<div class="boxTrai"><div class="tieudeBox">DỊCH VỤ CÔNG</div><a href="https://dichvucong.daklak.gov.vn"><img src="/PublishingImages/dvc.png" alt="Dịch vụ công" /></a></div>
<div class="boxTrai"><div class="tieudeBox">THỐNG KÊ TRUY CẬP</div><div class="thongke">Đang online: %(online)s<br />Hôm nay: %(todayc)s<br />Tổng truy cập: %(total)s</div></div>
</td>
<td class="cotGiua" valign="top">
<div class="duongdan"><a href="/Trang/Default.aspx">Trang chủ</a> &raquo; <a href="/Trang/TinTuc.aspx?cid=3">Y tế - Giáo dục</a></div>
<div id="%(wp)s" class="ChiTietTin">
<div class="tieude-tin"><span id="%(wp)s_lblTieuDe" class="TieuDe">%(h)s</span></div>
<div class="ngay-dang"><span id="%(wp)s_lblNgayDang" class="NgayDang">Cập nhật lúc: %(time)s | %(date)s</span></div>
<div class="noidung-tin"><span id="%(wp)s_lblNoiDung">
%(body)s
</span></div>
<div class="congcu"><a href="javascript:window.print()"><img src="/_layouts/images/EaKar/print.gif" alt="" /> In bài</a> &nbsp; <a href="javascript:history.back()"><img src="/_layouts/images/EaKar/back.gif" alt="" /> Quay lại</a></div>
<div class="tinkhac"><div class="tinkhac-title">C&aacute;c tin &#273;&atilde; &#273;&#432;a</div>
<table class="tinkhac-bang" width="100%%">%(others)s</table></div>
</div>
</td></tr>
<tr><td colspan="2" class="footer">
<p>&copy; Cổng thông tin điện tử huyện Ea Kar - Cơ quan chủ quản: UBND huyện Ea Kar, tỉnh Đắk Lắk</p>
<p>Địa chỉ: 01 Hùng Vương, thị trấn Ea Kar, huyện Ea Kar - Điện thoại: 0262.3625.138</p>
<p>Trưởng Ban biên tập: Chánh Văn phòng HĐND và UBND huyện</p>
</td></tr>
</table>
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;
function WebForm_OnSubmit() { UpdateFormDigest('\\u002f', 1440000); return true; }
_spBodyOnLoadFunctionNames.push("_spRestoreScrollForDiv_rscr");
//]]>
</script>
</form>
</body>
</html>
""" % dict(title=E(a["title"]), site=E(site), hidden=sp_hidden(4, 9000, "21 Nov 2026 23:40:52 -0000"),
           today=E("%s, ngày %s" % (thu(CRAWL, True), d(CRAWL))),
           topmenu=" | ".join('<a href="/Trang/%s.aspx">%s</a>' % (slug(n)[:30], E(n)) for n, _ in MENU_HUYEN[:8]),
           left=left, online=c["online"], todayc=fmt_int(c["today"]), total=fmt_int(c["total"]), wp=wp,
           h=E(a["title"]), time=hm(a["dt"]), date=d(a["dt"]), body=body, others=others)


# ---------------------------------------------------------------------------
# a05: DotNetNuke with a NewsArticles-style module; paragraphs are <div>s,
#      short item, date "Đăng lúc: hh:mm:ss dd/mm/yyyy (GMT+7)"
# ---------------------------------------------------------------------------

def dnn_hidden(seed, vs_bytes):
    return """<div class="aspNetHidden">
<input type="hidden" name="StylesheetManager_TSSM" id="StylesheetManager_TSSM" value="" />
<input type="hidden" name="ScriptManager_TSM" id="ScriptManager_TSM" value="" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) { theForm = document.Form; }
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0V3bBXb4bB4xLzE1&amp;t=637814689746327080" type="text/javascript"></script>""" % viewstate(seed, vs_bytes)


def t_a05(a):
    site = "Cổng thông tin điện tử huyện Nông Cống"
    mid = "dnn_ctr1422"
    body = render_blocks(a, {
        "p": lambda t: '<div style="text-align: justify;">&nbsp;&nbsp;&nbsp; %s</div>' % t,
    }, sep="\n<div>&nbsp;</div>\n", nbsp_every=2)
    body += '\n<div style="text-align: right;"><b>%s</b></div>' % esc(a["byline"][0])
    others = "\n".join('<li><a href="/tin-tuc-su-kien/ArticleId/%d/%s">%s</a> <span class="others-date">%s</span></li>'
                       % (2213 - i, slug(t), esc(t), dt.strftime("%d/%m/%Y %H:%M")) for i, (t, dt) in enumerate(related(51, a["dt"], 8)))
    c = counters(505)
    menu = "\n".join('<li class="rmItem"><a class="rmLink" href="/%s"><span class="rmText">%s</span></a></li>' % (slug(n), esc(n)) for n, _ in MENU_HUYEN)
    return """<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>
	%(title)s &gt; Tin tức - Sự kiện
</title>
<meta id="MetaDescription" name="DESCRIPTION" content="%(desc)s" />
<meta id="MetaKeywords" name="KEYWORDS" content="Nông Cống, MTTQ, COVID-19, nông sản, ủng hộ" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=142" type="text/css" rel="stylesheet"/><link href="/DesktopModules/DnnForge%%20-%%20NewsArticles/module.css?cdv=142" type="text/css" rel="stylesheet"/><link href="/Portals/_default/Skins/NongCong/skin.css?cdv=142" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=142" type="text/javascript"></script><script src="/Resources/libraries/jQuery-UI/01_12_01/jquery-ui.js?cdv=142" type="text/javascript"></script>
</head>
<body id="Body">
<form method="post" action="/tin-tuc-su-kien/ArticleId/2214/%(slug)s" id="Form" enctype="multipart/form-data">
%(hidden)s
<!--CDF(Css|/Portals/_default/Skins/NongCong/skin.css?cdv=142|DnnPageHeaderProvider|100)-->
<!--CDF(Javascript|/Resources/Shared/Scripts/dnn.modalpopup.js?cdv=142|DnnBodyProvider|50)-->
<div id="dnn_wrapper">
<div class="header">
<div class="logo"><a id="dnn_dnnLOGO_hypLogo" title="%(site)s" href="https://nongcong.gov.vn/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner-nongcong.png?ver=2021-03-02-101512-000" alt="%(site)s" /></a></div>
<div class="date"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">%(today)s</span></div>
<div class="user"><a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="LoginLink" rel="nofollow" onclick="this.disabled=true;" href="https://nongcong.gov.vn/Login?returnurl=%%2f">Đăng nhập</a></div>
</div>
<div class="menu"><div id="dnn_dnnMENU_RadMenu1" class="RadMenu RadMenu_NongCong"><ul class="rmRootGroup rmHorizontal">%(menu)s</ul></div></div>
<div class="breadcrumb"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb" itemprop="breadcrumb" itemscope="" itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="https://nongcong.gov.vn/tin-tuc-su-kien" class="SkinObject" itemprop="item"><span itemprop="name">Tin tức - Sự kiện</span></a><meta itemprop="position" content="1" /></span></span></span></div>
<div class="main">
<div id="dnn_ContentPane" class="ContentPane col-md-9">
<div class="DnnModule DnnModule-DnnForge-NewsArticles DnnModule-1422"><a name="1422"></a>
<div class="Container-Title"><h2><span id="%(mid)s_dnnTITLE_titleLabel" class="Head">Tin tức - Sự kiện</span></h2></div>
<div id="%(mid)s_ContentPane" class="contentpane">
<div id="%(mid)s_ModuleContent" class="DNNModuleContent ModDnnForgeNewsArticlesC">
<div class="NewsArticles">
<div class="article">
<h1 class="article-title"><span id="%(mid)s_ViewArticle_lblTitle">%(title)s</span></h1>
<div class="article-meta"><span id="%(mid)s_ViewArticle_lblDate" class="article-date">Đăng lúc: %(date)s (GMT+7)</span> <span class="article-views">Lượt xem: 612</span></div>
<div class="article-content" id="%(mid)s_ViewArticle_pnlContent">
%(body)s
</div>
<div class="article-share"><a href="https://www.facebook.com/sharer/sharer.php?u=%(url)s" target="_blank">Chia sẻ Facebook</a> | <a href="javascript:window.print()">In bài viết</a> | <a href="mailto:?body=%(url)s">Gửi cho bạn bè</a></div>
</div>
<div class="article-others"><div class="others-title">Các tin khác</div><ul>%(others)s</ul></div>
</div>
</div></div></div>
</div>
<div id="dnn_RightPane" class="RightPane col-md-3">
<div class="DnnModule DnnModule-DNN_HTML DnnModule-1388"><div class="Container-Box"><h3><span id="dnn_ctr1388_dnnTITLE_titleLabel" class="Head">Dịch vụ công trực tuyến</span></h3>
<div id="dnn_ctr1388_ContentPane"><div id="dnn_ctr1388_ModuleContent" class="DNNModuleContent ModDNNHTMLC"><div id="dnn_ctr1388_HtmlModule_lblContent" class="Normal"><p><a href="https://dichvucong.thanhhoa.gov.vn"><img alt="Dịch vụ công" src="/Portals/0/Images/dichvucong.jpg" /></a></p></div></div></div></div></div>
<div class="DnnModule DnnModule-Counter DnnModule-1390"><div class="Container-Box"><h3><span class="Head">Truy cập</span></h3>
<div class="counter"><div><span>Hôm nay:</span><span>%(c_today)s</span></div><div><span>Hôm qua:</span><span>%(c_yest)s</span></div><div><span>Tuần này:</span><span>%(c_week)s</span></div><div><span>Tháng này:</span><span>%(c_month)s</span></div><div><span>Tất cả:</span><span>%(c_total)s</span></div></div></div></div>
</div>
</div>
<div class="footer"><div id="dnn_FooterPane" class="FooterPane"><p>Cơ quan chủ quản: UBND huyện Nông Cống, tỉnh Thanh Hóa</p><p>Địa chỉ: Tiểu khu Bắc Giang, thị trấn Nông Cống - ĐT: 0237.3835.217</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này</p></div>
<span id="dnn_dnnCOPYRIGHT_lblCopyright" class="Footer">Copyright 2021 by Trung tâm Văn hóa, Thông tin và Thể thao huyện Nông Cống</span></div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`58`}" />
<script type="text/javascript" src="/Resources/Shared/scripts/initWidgets.js" ></script>
</form>
<!--CDF(Javascript|/js/dnncore.js?cdv=142|DnnBodyProvider|100)-->
</body>
</html>
""" % dict(title=esc(a["title"]), desc=attr(plain(a["blocks"][0][1])[:150]), slug=slug(a["title"]),
           hidden=dnn_hidden(5, 3500), site=site, today="Chủ Nhật, 22 Tháng Mười Một 2026", menu=menu, mid=mid,
           date=a["dt"].strftime("%H:%M:%S %d/%m/%Y"), body=body, url=attr(a["url"]), others=others,
           c_today=fmt_int(c["today"]), c_yest=fmt_int(c["yesterday"]), c_week=fmt_int(c["week"]),
           c_month=fmt_int(c["month"]), c_total=fmt_int(c["total"]))


# ---------------------------------------------------------------------------
# a06: DNN skin of a Party-committee site; title in a <div>, indented
#      paragraphs with &nbsp; runs and <p>&nbsp;</p> spacers, byline as name
#      and role on two right-aligned lines
# ---------------------------------------------------------------------------

def t_a06(a):
    site = "Ban Dân vận Tỉnh ủy Sơn La"
    mid = "dnn_ctr2301"
    body = render_blocks(a, {
        "p": lambda t: '<p style="text-align:justify">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%s</p>' % t,
    }, sep="\n<p>&nbsp;</p>\n", nbsp_every=2)
    body += ('\n<p style="text-align:right"><strong>%s</strong></p>\n<p style="text-align:right"><em>%s</em></p>'
             % (esc(a["byline"][0]), esc(a["byline"][1])))
    items = related(61, a["dt"], 10)
    others = "\n".join('<div class="tinlienquan-item"><a href="/Default.aspx?tabid=118&amp;ctl=Detail&amp;mid=2301&amp;ItemID=%d">%s</a><span class="ngay">(%s)</span></div>'
                       % (1936 - i, esc(t), d(dt)) for i, (t, dt) in enumerate(items))
    c = counters(606)
    notice = "".join('<li><a href="/Default.aspx?tabid=120&amp;ItemID=%d">%s</a></li>' % (500 + i, esc(t)) for i, (t, _) in enumerate(newest(62, 5)))
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="vi-VN" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml">
<head id="Head"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta content="text/javascript" http-equiv="Content-Script-Type" /><meta content="text/css" http-equiv="Content-Style-Type" />
<meta id="MetaCopyright" name="COPYRIGHT" content="Copyright 2023 by Ban Dân vận Tỉnh ủy Sơn La" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<meta id="MetaAuthor" name="AUTHOR" content="Ban Dân vận Tỉnh ủy Sơn La" />
<meta name="RESOURCE-TYPE" content="DOCUMENT" /><meta name="DISTRIBUTION" content="GLOBAL" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><meta name="REVISIT-AFTER" content="1 DAYS" /><meta name="RATING" content="GENERAL" />
<style id="StylePlaceholder" type="text/css"></style>
<link id="_Portals__default_" rel="stylesheet" type="text/css" href="/Portals/_default/default.css" /><link id="_Portals_2_Skins_DanVan_" rel="stylesheet" type="text/css" href="/Portals/2/Skins/DanVan/skin.css" /><link id="_Portals_2_Containers_DanVan_" rel="stylesheet" type="text/css" href="/Portals/2/Containers/DanVan/container.css" />
<title>
	Ban Dân vận Tỉnh ủy Sơn La &gt; Tin tức &gt; Dân vận chính quyền
</title>
</head>
<body id="Body">
<noscript></noscript>
<form name="Form" method="post" action="/Default.aspx?tabid=118&amp;ctl=Detail&amp;mid=2301&amp;ItemID=1937" onsubmit="javascript:return WebForm_OnSubmit();" id="Form" enctype="multipart/form-data" style="height:100%%;">
%(hidden)s
<table class="skin-main" cellspacing="0" cellpadding="0" align="center" border="0" width="1004">
<tr><td class="skin-banner" colspan="3"><object width="1004" height="180" data="/Portals/2/banner-dvtu.swf" type="application/x-shockwave-flash"><param name="wmode" value="transparent" /><img src="/Portals/2/banner-dvtu.jpg" alt="%(site)s" /></object></td></tr>
<tr><td class="skin-menu" colspan="3"><div id="dnn_dnnNAV_ctldnnNAV">%(nav)s</div>
<div class="skin-date"><span id="dnn_dnnCURRENTDATE_lblDate" class="SkinObject">%(today)s</span></div></td></tr>
<tr valign="top">
<td class="skin-left" width="220"><div id="dnn_LeftPane">
<div class="c-box"><div class="c-box-title">Thông báo</div><ul class="c-list">%(notice)s</ul></div>
<div class="c-box"><div class="c-box-title">Liên kết</div><ul class="c-list">%(links)s</ul></div>
</div></td>
<td class="skin-content" width="564"><div id="dnn_ContentPane">
<a name="2301"></a>
<div class="c-detail"><div class="c-detail-title"><span id="%(mid)s_dnnTITLE_lblTitle" class="Head">DÂN VẬN CHÍNH QUYỀN</span></div>
<div id="%(mid)s_ContentPane" align="left"><div id="%(mid)s_ModuleContent">
<div id="%(mid)s_TinTucChiTiet_pnlChiTiet" class="tintuc-chitiet">
<div class="tieude_chitiet">%(title)s</div>
<div class="ngaydang">%(date)s</div>
<div class="noidung_chitiet">
%(body)s
</div>
<div class="cong-cu"><a id="%(mid)s_TinTucChiTiet_lnkPrint" href="javascript:inBai()">[In bài]</a> <a id="%(mid)s_TinTucChiTiet_lnkBack" href="javascript:history.go(-1)">[Trở về]</a> <a href="#top">[Đầu trang]</a></div>
<div class="tinlienquan"><div class="tinlienquan-title">Các tin khác:</div>
%(others)s
</div>
</div>
</div></div></div>
</div></td>
<td class="skin-right" width="220"><div id="dnn_RightPane">
<div class="c-box"><div class="c-box-title">Tìm kiếm</div><input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="18" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" />&nbsp;<a id="dnn_dnnSEARCH_cmdSearch" class="SkinObject" href="javascript:__doPostBack('dnn$dnnSEARCH$cmdSearch','')">Tìm</a></div>
<div class="c-box"><div class="c-box-title">Thư viện ảnh</div><img src="/Portals/2/ThuVienAnh/dai-hoi-mttq.jpg" width="200" alt="" /></div>
<div class="c-box"><div class="c-box-title">Số lượt truy cập</div><div class="counter">Trực tuyến: %(online)s<br />Hôm nay: %(ctoday)s<br />Tổng số: %(total)s</div></div>
</div></td>
</tr>
<tr><td class="skin-footer" colspan="3">
<p>BAN DÂN VẬN TỈNH ỦY SƠN LA</p><p>Địa chỉ: Số 6, đường Chu Văn Thịnh, phường Chiềng Lề, thành phố Sơn La</p><p>Điện thoại: 0212.3852.197 - Email: bandanvan@sonla.dcs.vn</p>
</td></tr>
</table>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" />
<script type="text/javascript">function inBai(){var w=window.open('','in');w.document.write(document.getElementById('%(mid)s_TinTucChiTiet_pnlChiTiet').innerHTML);w.print();}</script>
</form>
</body>
</html>
""" % dict(hidden=dnn_hidden(6, 14000), site=site, nav=nav_ul(MENU_PARTY, "/Default.aspx?tabid=", "dnn-nav", "", "dnn-sub"),
           today="%s, %s" % (thu(CRAWL, True), CRAWL.strftime("%d/%m/%Y")), notice=notice,
           links="".join('<li><a href="%s">%s</a></li>' % (u, esc(n)) for n, u in LINKS[:7]), mid=mid,
           title=esc(a["title"]), date="%s %s" % (d(a["dt"]), hm(a["dt"])), body=body, others=others,
           online=c["online"], ctoday=fmt_int(c["today"]), total=fmt_int(c["total"]))


# ---------------------------------------------------------------------------
# a07: WordPress, tagDiv "Newspaper"-style theme (og:title,
#      article:published_time, strong lead, wp-caption figure, related posts,
#      comment form)
# ---------------------------------------------------------------------------

def wp_head_common(a, site, extra_meta=""):
    return """<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="pingback" href="%(root)s/xmlrpc.php" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel="canonical" href="%(url)s" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="%(title)s - %(site)s" />
<meta property="og:description" content="%(desc)s" />
<meta property="og:url" content="%(url)s" />
<meta property="og:site_name" content="%(site)s" />
%(extra)s
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="%(site)s &raquo; Dòng thông tin" href="%(root)s/feed/" />
<link rel="alternate" type="application/rss+xml" title="%(site)s &raquo; %(title)s Dòng phản hồi" href="%(url)sfeed/" />
<script type="text/javascript">
window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/svg\\/","svgExt":".svg","source":{"concatemoji":"%(root_js)s\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.4.2"}};
!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}function p(e,t,n){e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data),r=(e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(n,0,0),new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data));return t.every(function(e,t){return e===r[t]})}}(window,document);
</script>
<link rel='stylesheet' id='wp-block-library-css' href='%(root)s/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2' type='text/css' media='all' />
<link rel='stylesheet' id='classic-theme-styles-css' href='%(root)s/wp-includes/css/classic-themes.min.css?ver=6.4.2' type='text/css' media='all' />
<script type="text/javascript" src="%(root)s/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" src="%(root)s/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<link rel="https://api.w.org/" href="%(root)s/wp-json/" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="%(root)s/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.4.2" />""" % dict(root=a["url"].split("/20")[0], url=attr(a["url"]), title=attr(a["title"]), site=attr(site),
                                                             desc=attr(plain(a.get("lead") or a["blocks"][0][1])[:155]), extra=extra_meta,
                                                             root_js=a["url"].split("/20")[0].replace("/", "\\/"))


def t_a07(a):
    site = "Trang thông tin điện tử xã Tân Hưng"
    root = "http://xatanhung.tayninh.gov.vn"
    meta = """<meta property="article:publisher" content="https://www.facebook.com/xatanhung" />
<meta property="article:published_time" content="%s" />
<meta property="article:modified_time" content="2025-08-14T09:05:47+07:00" />
<meta property="og:image" content="%s/wp-content/uploads/2025/08/binh-dan-hoc-vu-so-1.jpg" />
<meta name="author" content="Ban biên tập" />""" % (a["published_at"], root)
    body = ['<p><strong>%s</strong></p>' % inline(a["lead"])]
    body.append(render_blocks(a, {
        "fig": lambda cap, src: ('<figure id="attachment_%d" aria-describedby="caption-attachment-%d" style="width: 800px" class="wp-caption aligncenter">'
                                 '<img decoding="async" class="size-full wp-image-%d" src="%s%s" alt="" width="800" height="533" />'
                                 '<figcaption id="caption-attachment-%d" class="wp-caption-text">%s</figcaption></figure>')
                                % (4812, 4812, 4812, root, src, 4812, cap),
    }))
    body.append('<p style="text-align: right;"><strong>%s</strong></p>' % esc(a["byline"][0]))
    rel = related(71, a["dt"], 6)
    rel_html = "\n".join("""<div class="td_module_related_posts td-animation-stack td_mod_related_posts">
<div class="td-module-image"><div class="td-module-thumb"><a href="%s/2025/%s/%s/" rel="bookmark" class="td-image-wrap" title="%s"><img class="entry-thumb" src="%s/wp-content/uploads/2025/%s/thumb-%d.jpg" alt="" title="%s" width="218" height="150" /></a></div></div>
<div class="item-details"><h3 class="entry-title td-module-title"><a href="%s/2025/%s/%s/" rel="bookmark" title="%s">%s</a></h3><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></span></div>
</div>""" % (root, dt.strftime("%m/%d"), slug(t), attr(t), root, dt.strftime("%m"), i, attr(t), root, dt.strftime("%m/%d"), slug(t), attr(t), esc(t),
             dt.strftime("%Y-%m-%dT%H:%M:%S+07:00"), d(dt)) for i, (t, dt) in enumerate(rel))
    popular = "\n".join('<li><a href="%s/2025/%s/%s/">%s</a><span class="td-post-date">%s</span></li>' % (root, dt.strftime("%m/%d"), slug(t), esc(t), d(dt)) for t, dt in newest(72, 6))
    menu = nav_ul(MENU_HUYEN[:8], root, "sf-menu", "menu-item menu-item-type-taxonomy menu-item-object-category", "sub-menu")
    return """<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="vi"> <!--<![endif]-->
<head>
<title>%(title)s - %(site)s</title>
%(head)s
<style id="td-theme-options-css">%(css)s</style>
</head>
<body class="post-template-default single single-post postid-4811 single-format-standard td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background"></div>
<div id="td-mobile-nav"><div class="td-mobile-container"><div class="td-mobile-content"><div class="menu-main-menu-container">%(menu)s</div></div></div></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1 ">
<div class="td-header-top-menu-full td-container-wrap "><div class="td-container td-header-row td-header-top-menu">
<div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time"><div>%(today)s</div></div>
<div class="menu-top-container"><ul id="menu-top-menu" class="top-header-menu"><li class="menu-item"><a href="%(root)s/gioi-thieu/"><span>Giới thiệu</span></a></li><li class="menu-item"><a href="%(root)s/lien-he/"><span>Liên hệ</span></a></li><li class="menu-item"><a href="https://dichvucong.gov.vn"><span>Dịch vụ công</span></a></li></ul></div></div></div>
</div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap "><div class="td-container td-header-row td-header-header">
<div class="td-header-sp-logo"><a class="td-main-logo" href="%(root)s/"><img class="td-retina-data" src="%(root)s/wp-content/uploads/2025/07/logo-xa-tan-hung.png" alt="%(site)s" title="%(site)s" width="544" height="90" /><span class="td-visual-hidden">%(site)s</span></a></div>
</div></div>
<div class="td-header-menu-wrap-full td-container-wrap "><div class="td-header-menu-wrap td-header-gradient "><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation"><div class="menu-main-menu-container">%(menu)s</div></div></div></div></div>
</div>
<div class="td-main-content-wrap td-container-wrap">
<div class="td-container td-post-template-default ">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="%(root)s/">Trang chủ</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="Xem tất cả bài viết trong Tin hoạt động" class="entry-crumb" href="%(root)s/category/tin-hoat-dong/">Tin hoạt động</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">%(title)s</span></div></div>
<div class="td-pb-row">
<div class="td-pb-span8 td-main-content" role="main">
<div class="td-ss-main-content">
<article id="post-4811" class="post-4811 post type-post status-publish format-standard has-post-thumbnail category-tin-hoat-dong tag-chuyen-doi-so" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header">
<ul class="td-category"><li class="entry-category"><a href="%(root)s/category/tin-hoat-dong/">Tin hoạt động</a></li><li class="entry-category"><a href="%(root)s/category/chuyen-doi-so/">Chuyển đổi số</a></li></ul>
<header class="td-post-title">
<h1 class="entry-title">%(title)s</h1>
<div class="td-module-meta-info">
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%(pub)s" >%(date)s</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-4811">387</span></div>
<div class="td-post-comments"><a href="%(url)s#respond"><i class="td-icon-comments"></i>0</a></div>
</div>
</header>
</div>
<div class="td-post-sharing-top"><div class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 "><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="https://www.facebook.com/sharer.php?u=%(url)s"><div class="td-social-but-icon"><i class="td-icon-facebook"></i></div><div class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-zalo" href="https://zalo.me/share?u=%(url)s"><div class="td-social-but-text">Zalo</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-print" href="#"><div class="td-social-but-text">In</div></a></div></div></div>
<div class="td-post-content tagdiv-type">
<div class="td-post-featured-image"><a href="%(root)s/wp-content/uploads/2025/08/binh-dan-hoc-vu-so-0.jpg" data-caption=""><img width="696" height="464" class="entry-thumb td-modal-image" src="%(root)s/wp-content/uploads/2025/08/binh-dan-hoc-vu-so-0-696x464.jpg" alt="" title="binh-dan-hoc-vu-so-0"/></a></div>
%(body)s
</div>
<footer>
<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>Từ khóa</span></li><li><a href="%(root)s/tag/binh-dan-hoc-vu-so/">Bình dân học vụ số</a></li><li><a href="%(root)s/tag/chuyen-doi-so/">chuyển đổi số</a></li><li><a href="%(root)s/tag/vneid/">VNeID</a></li></ul></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Bài trước</span><a href="%(root)s/2025/08/12/%(prev)s/">%(prevt)s</a></div></div></div>
<div class="td-author-name vcard author" style="display: none"><span class="fn"><a href="%(root)s/author/bbt/">Ban biên tập</a></span></div>
<span class="td-page-meta" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Ban biên tập"></span><meta itemprop="datePublished" content="%(pub)s"><meta itemprop="dateModified" content="2025-08-14T09:05:47+07:00">
</footer>
</article>
<div class="td_block_wrap td_block_related_posts td_with_ajax_pagination td-pb-border-top td_block_template_1"><h4 class="td-related-title td-block-title"><a id="td_uid_1" class="td-related-left td-cur-simple-item" href="#">BÀI VIẾT LIÊN QUAN</a><a id="td_uid_2" class="td-related-right" href="#">XEM THÊM</a></h4>
<div class="td_block_inner">%(rel)s</div></div>
<div class="comments" id="comments">
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="%(url)s#respond" style="display:none;">Hủy trả lời</a></small></h3>
<form action="%(root)s/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Bình luận:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea><div class="td-warning-comment">Vui lòng nhập bình luận của bạn!</div></div>
<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Tên:*" type="text" value="" size="30"  aria-required='true' /><div class="td-warning-author">Vui lòng nhập tên của bạn ở đây</div></div>
<div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text" value="" size="30"  aria-required='true' /><div class="td-warning-email-error">Bạn đã nhập một địa chỉ email không chính xác!</div></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /> <input type='hidden' name='comment_post_ID' value='4811' id='comment_post_ID' /></p></form>
</div></div>
</div>
</div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_7 td_block_widget"><h4 class="block-title"><span class="td-pulldown-size">Tin mới nhất</span></h4><ul class="td-widget-list">%(popular)s</ul></div>
<aside class="td_block_template_1 widget widget_media_image"><h4 class="block-title"><span>Dịch vụ công trực tuyến</span></h4><a href="https://dichvucong.gov.vn"><img width="300" height="120" src="%(root)s/wp-content/uploads/2025/07/dvc-banner.png" alt="Cổng dịch vụ công quốc gia" /></a></aside>
<aside class="td_block_template_1 widget widget_text"><h4 class="block-title"><span>Đường dây nóng</span></h4><div class="textwidget"><p>Chủ tịch UBND xã: 0276.3851.226</p><p>Trung tâm Phục vụ hành chính công xã: 0276.3851.118</p></div></aside>
</div></div>
</div>
</div>
</div>
<div class="td-footer-wrapper td-container-wrap "><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12"><div class="footer-text-wrap">
<p><strong>TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN HƯNG</strong></p><p>Cơ quan chủ quản: Ủy ban nhân dân xã Tân Hưng, tỉnh Tây Ninh</p><p>Địa chỉ: Ấp Gò Thuyền, xã Tân Hưng - Điện thoại: 0272.3851.226</p></div></div></div></div></div>
<div class="td-sub-footer-container td-container-wrap "><div class="td-container"><div class="td-pb-row"><div class="td-pb-span td-sub-footer-copy">&copy; 2025 Bản quyền thuộc UBND xã Tân Hưng</div></div></div></div>
</div>
<script type="text/javascript" id="td-generated-footer-js">
var td_blocks = [];
var block_td_uid_1 = new tdBlock();block_td_uid_1.id = "td_uid_1";block_td_uid_1.atts = '{"limit":6,"ajax_pagination":"next_prev","live_filter":"cur_post_same_categories","td_ajax_filter_type":"td_custom_related","class":"td_uid_1_rand","td_column_number":3,"block_type":"td_block_related_posts","live_filter_cur_post_id":4811}';block_td_uid_1.td_column_number = "3";block_td_uid_1.block_type = "td_block_related_posts";td_blocks.push(block_td_uid_1);
</script>
<script type="text/javascript" src="%(root)s/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6.1" id="td-site-min-js"></script>
%(ga)s
</body>
</html>
""" % dict(title=esc(a["title"]), site=esc(site), head=wp_head_common(a, site, meta), css=css_filler(7, 220), menu=menu, root=root,
           today="%s, %s" % (thu(CRAWL, True), CRAWL.strftime("%d/%m/%Y")), pub=a["published_at"], date=d(a["dt"]),
           url=attr(a["url"]), body="\n".join(body), rel=rel_html, popular=popular,
           prev=slug(rel[0][0]), prevt=esc(rel[0][0]), ga=ga(7))


# ---------------------------------------------------------------------------
# a08: WordPress with a block theme (Astra-like): Gutenberg headings,
#      image with figcaption, table block, quote block with <cite>;
#      published and updated <time> elements
# ---------------------------------------------------------------------------

def t_a08(a):
    site = "Trang thông tin điện tử huyện Mỏ Cày Nam"
    root = "https://mocaynam.bentre.gov.vn"

    def table(rows):
        head = "".join("<th>%s</th>" % c for c in rows[0])
        rest = "".join("<tr>%s</tr>" % "".join('<td class="has-text-align-center" data-align="center">%s</td>' % c for c in r) for r in rows[1:])
        return '<figure class="wp-block-table is-style-stripes"><table><thead><tr>%s</tr></thead><tbody>%s</tbody></table></figure>' % (head, rest)

    body = render_blocks(a, {
        "h": lambda t: '<h3 class="wp-block-heading">%s</h3>' % t,
        "fig": lambda cap, src: ('<figure class="wp-block-image aligncenter size-large"><img decoding="async" width="1024" height="683" src="%s%s" alt="" class="wp-image-9124" srcset="%s%s 1024w, %s%s 300w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">%s</figcaption></figure>'
                                 % (root, src, root, src, root, src.replace(".jpg", "-300x200.jpg"), cap)),
        "table": table,
        "quote": lambda lines: '<blockquote class="wp-block-quote"><p>%s</p><cite>%s</cite></blockquote>' % (lines[0], lines[1]),
    }, sep="\n\n\n\n")
    body += '\n\n\n\n<p class="has-text-align-right"><strong><em>%s</em></strong></p>' % esc(a["byline"][0])
    recent = "\n".join('<li><a href="%s/%s/%s/">%s</a><span class="post-date">%s</span></li>' % (root, dt.strftime("%Y/%m/%d"), slug(t), esc(t), d(dt)) for t, dt in newest(81, 6))
    rel = related(82, a["dt"], 3)
    rel_html = "\n".join("""<article class="ast-related-post post-%d"><div class="ast-related-post-content"><div class="ast-related-post-featured-section post-has-thumb"><div class="post-thumb-img-content post-thumb"><a href="%s/%s/%s/"><img width="300" height="200" src="%s/wp-content/uploads/2023/12/thumb-%d.jpg" alt="" /></a></div></div>
<header class="entry-header related-entry-header"><h3 class="ast-related-post-title entry-title"><a href="%s/%s/%s/" rel="bookmark">%s</a></h3><div class="entry-meta ast-related-cat-style--none ast-related-tag-style--none"><span class="posted-on"><span class="published">%s</span></span></div></header>
<div class="entry-content clear"><p class="ast-related-post-excerpt">%s&hellip;</p></div></div></article>"""
                         % (9000 + i, root, dt.strftime("%Y/%m/%d"), slug(t), root, i, root, dt.strftime("%Y/%m/%d"), slug(t), esc(t), d(dt),
                            esc("Sáng nay, đại diện lãnh đạo huyện cùng các phòng, ban chuyên môn đã đến dự và chỉ đạo. Đây là hoạt động thiết thực")) for i, (t, dt) in enumerate(rel))
    return """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<title>%(title)s &#8211; %(site)s</title>
%(head)s
<style id='astra-theme-css-inline-css' type='text/css'>%(css)s</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"%(url)s","url":"%(url)s","name":"%(title_js)s","isPartOf":{"@id":"%(root)s/#website"},"inLanguage":"vi"},{"@type":"WebSite","@id":"%(root)s/#website","url":"%(root)s/","name":"%(site)s","inLanguage":"vi"}]}</script>
</head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-9123 single-format-standard wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar astra-4.5.2">
<a class="skip-link screen-reader-text" href="#content" title="Chuyển tới nội dung">Chuyển tới nội dung</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-above-header-wrap"><div class="ast-above-header-bar ast-above-header site-header-focus-item"><div class="site-above-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row">
<div class="site-header-above-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-html-1"><div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element"><p>%(today)s | Đường dây nóng: 0275.3843.291</p></div></div></div></div>
</div></div></div></div>
<div class="ast-main-header-wrap main-header-bar-wrap "><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a href="%(root)s/" class="custom-logo-link" rel="home"><img width="90" height="90" src="%(root)s/wp-content/uploads/2022/05/logo.png" class="custom-logo" alt="%(site)s" decoding="async" /></a></span><div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="%(root)s/" rel="home" itemprop="url">%(site)s</a></span><p class="site-description" itemprop="description">Huyện Mỏ Cày Nam, tỉnh Bến Tre</p></div></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Điều hướng trang web" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex">%(menu)s</div></nav></div></div></div></div>
</div></div></div></div>
</div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-9123 post type-post status-publish format-standard has-post-thumbnail hentry category-kinh-te category-nong-nghiep ast-article-single" id="post-9123" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1">
<header class="entry-header ">
<div class="ast-single-post-order">
<h1 class="entry-title" itemprop="headline">%(title)s</h1>
<div class="entry-meta"><span class="cat-links"><a href="%(root)s/category/kinh-te/" rel="category tag">Kinh tế</a>, <a href="%(root)s/category/nong-nghiep/" rel="category tag">Nông nghiệp</a></span> / <span class="posted-on"><span class="published" itemprop="datePublished"> <time class="entry-date published" datetime="%(pub)s">%(date)s</time></span><span class="updated-on"> Cập nhật: <time class="updated" datetime="2024-01-13T08:10:02+07:00">13/01/2024</time></span></span></div>
</div>
</header>
<div class="entry-content clear" itemprop="text">
%(body)s
</div>
</div>
</article>
<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links"><div class="nav-previous"><a href="%(root)s/2024/01/11/%(prev)s/" rel="prev"><span class="ast-left-arrow">&larr;</span> Bài viết trước</a></div><div class="nav-next"><a href="%(root)s/2024/01/13/%(next)s/" rel="next">Bài viết tiếp theo <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div class="ast-single-related-posts-container ast-separate-container"><div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">Bài viết liên quan</h2></div><div class="ast-related-posts-wrapper">%(rel)s</div></div>
</main>
</div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="%(root)s/"><label for="search-field"><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" id="search-field" class="search-field" placeholder="Tìm kiếm..." value="" name="s" tabindex="-1"></label><input type="submit" class="search-submit" value="Tìm kiếm"></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><nav aria-label="Bài viết mới"><ul>%(recent)s</ul></nav></aside>
<aside id="text-3" class="widget widget_text"><h2 class="widget-title">Lịch tiếp công dân</h2><div class="textwidget"><p>Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 15 hằng tháng tại Trụ sở Tiếp công dân huyện.</p></div></aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon"><div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack"><div class="ast-builder-grid-row-container-inner"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright"><div class="ast-footer-copyright"><p>Bản quyền &copy; 2024 %(site)s<br />Cơ quan chủ quản: UBND huyện Mỏ Cày Nam - Địa chỉ: Khu phố 7, thị trấn Mỏ Cày, huyện Mỏ Cày Nam, tỉnh Bến Tre</p></div></div></div></div></div></footer>
</div>
<script type="text/javascript" id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"","is_header_footer_builder_active":"1"};</script>
<script type="text/javascript" src="%(root)s/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.5.2" id="astra-theme-js-js"></script>
</body>
</html>
""" % dict(title=esc(a["title"]), site=esc(site), head=wp_head_common(a, site), css=css_filler(8, 260), url=attr(a["url"]), root=root,
           title_js=a["title"].replace('"', '\\"'), today="%s, %s" % (thu(CRAWL, True), d(CRAWL)),
           menu=nav_ul(MENU_HUYEN, root, "main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border", "menu-item", "sub-menu"),
           pub=a["published_at"], date=d(a["dt"]), body=body, prev=slug(rel[0][0]), next=slug(rel[1][0]), rel=rel_html, recent=recent)


# ---------------------------------------------------------------------------
# a09: Joomla 3 (com_content, itemprop="articleBody", <time datetime>
#      with itemprop datePublished, pager, title in h2 itemprop headline)
# ---------------------------------------------------------------------------

def t_a09(a):
    site = "Cổng thông tin điện tử huyện Cẩm Mỹ"
    root = "https://cammy.dongnai.gov.vn"
    body = render_blocks(a, {
        "p": lambda t: '<p style="text-align: justify;">%s</p>' % t,
        "ul": lambda items: "<ul>\n%s\n</ul>" % "\n".join('<li style="text-align: justify;">%s</li>' % i for i in items),
    }, nbsp_every=2)
    body += '\n<p style="text-align: right;"><em>%s</em></p>' % esc(a["byline"][0])
    latest = "\n".join('<li itemscope itemtype="https://schema.org/Article"><a href="%s/index.php/tin-tuc/%d-%s" itemprop="url"><span itemprop="name">%s</span></a></li>'
                       % (root, 1385 - i, slug(t), esc(t)) for i, (t, _) in enumerate(related(91, a["dt"], 7)))
    c = counters(909)
    return """<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="%(url)s" />
<meta name="keywords" content="sốt xuất huyết, lăng quăng, Cẩm Mỹ" />
<meta name="author" content="Super User" />
<meta name="description" content="Cổng thông tin điện tử huyện Cẩm Mỹ, tỉnh Đồng Nai" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>%(title)s - %(site)s</title>
<link href="/templates/cammy/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/jui/css/bootstrap.min.css?3b1c9e7f" rel="stylesheet" />
<link href="/templates/cammy/css/template.css?3b1c9e7f" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?3b1c9e7f"></script>
<script src="/media/jui/js/jquery-noconflict.js?3b1c9e7f"></script>
<script src="/media/system/js/caption.js?3b1c9e7f"></script>
<script src="/media/jui/js/bootstrap.min.js?3b1c9e7f"></script>
<script>jQuery(window).on('load',  function() { new JCaption('img.caption'); });jQuery(function($){ initTooltips(); $("body").on("subform-row-add", initTooltips); function initTooltips (event, container) { container = container || document;$(container).find(".hasTooltip").tooltip({"html": true,"container": "body"});} });</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-138">
<div class="body" id="top">
<div class="container">
<header class="header" role="banner">
<div class="header-inner clearfix">
<a class="brand pull-left" href="/"><img src="%(root)s/images/banner/banner-cammy.png" alt="%(site)s" /></a>
<div class="header-search pull-right"><div class="search"><form action="/index.php/tin-tuc/y-te" method="post" class="form-inline" role="search"><label for="mod-search-searchword93" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200"  class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="138" /></form></div></div>
</div>
</header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Toggle Navigation</span><span class="icon-bar"></span></a></div><div class="nav-collapse">%(menu)s</div></nav>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/tin-tuc" class="pathway"><span itemprop="name">Tin tức</span></a><span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span><meta itemprop="position" content="2"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">Y tế</span><meta itemprop="position" content="3"></li></ul>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header">
<h2 itemprop="headline">%(title)s</h2>
</div>
<div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-1386" aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-1386"><li class="print-icon"> <a href="/index.php/tin-tuc/y-te/1386-cam-my?tmpl=component&amp;print=1" title="In bài viết &lt; %(title)s &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> In</a></li><li class="email-icon"> <a href="/index.php/component/mailto/?tmpl=component&amp;template=cammy&amp;link=3f1b2c" title="Email" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> Email</a></li></ul></div>
<dl class="article-info muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="category-name"><span class="icon-folder-open icon-fw"></span> Danh mục: <a href="/index.php/tin-tuc/y-te" itemprop="genre">Y tế</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="%(pub)s" itemprop="datePublished">Ngày đăng: %(date)s</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:1432" />Lượt xem: 1432</dd>
</dl>
<div itemprop="articleBody">
%(body)s
</div>
<ul class="pager pagenav">
<li class="previous"><a class="hasTooltip" title="%(prevt)s" aria-label="Bài trước: %(prevt)s" href="/index.php/tin-tuc/y-te/1385-%(prev)s" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li>
<li class="next"><a class="hasTooltip" title="%(nextt)s" aria-label="Bài tiếp theo: %(nextt)s" href="/index.php/tin-tuc/y-te/1387-%(next)s" rel="next"><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>
</ul>
</div>
</main>
<div id="aside" class="span3">
<div class="well "><h3 class="page-header">Bài viết mới nhất</h3><ul class="latestnews mod-list">%(latest)s</ul></div>
<div class="well "><h3 class="page-header">Liên kết</h3><ul class="weblinks">%(links)s</ul></div>
<div class="well "><h3 class="page-header">Thống kê truy cập</h3><div class="vcounter"><table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%%;" class="vcnt"><tbody><tr align="left"><td><img src="/modules/mod_vvisit_counter/images/tbl_today.png" alt="Hôm nay" /></td><td>Hôm nay</td><td align="right">%(ctoday)s</td></tr><tr align="left"><td><img src="/modules/mod_vvisit_counter/images/tbl_yesterday.png" alt="Hôm qua" /></td><td>Hôm qua</td><td align="right">%(cyest)s</td></tr><tr align="left"><td><img src="/modules/mod_vvisit_counter/images/tbl_all.png" alt="Tất cả" /></td><td>Tất cả</td><td align="right">%(ctotal)s</td></tr></tbody></table><div style="text-align: center;">Hôm nay: %(today)s</div></div></div>
</div>
</div>
</div>
</div>
<footer class="footer" role="contentinfo"><div class="container"><hr />
<div class="custom"><p style="text-align: center;"><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẨM MỸ</strong><br />Cơ quan chủ quản: UBND huyện Cẩm Mỹ - Địa chỉ: Ấp Suối Cả, xã Long Giao, huyện Cẩm Mỹ, tỉnh Đồng Nai<br />Điện thoại: 0251.3878.012 - Email: ubndcammy@dongnai.gov.vn</p></div>
<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p><p>&copy; 2022 %(site)s</p></div></footer>
</body>
</html>
""" % dict(url=attr(a["url"]), title=esc(a["title"]), site=esc(site), root=root,
           menu=nav_ul(MENU_HUYEN, "/index.php", "nav menu nav-pills mod-list", "", "nav-child unstyled small"),
           pub=a["published_at"], date=d(a["dt"]), body=body,
           prevt=esc(related(92, a["dt"], 2)[0][0]), prev=slug(related(92, a["dt"], 2)[0][0]),
           nextt=esc(related(92, a["dt"], 2)[1][0]), next=slug(related(92, a["dt"], 2)[1][0]),
           latest=latest, links="".join('<li><a href="%s" target="_blank" rel="noopener">%s</a></li>' % (u, esc(n)) for n, u in LINKS[:5]),
           ctoday=fmt_int(c["today"]), cyest=fmt_int(c["yesterday"]), ctotal=fmt_int(c["total"]),
           today="%s %s" % (CRAWL.strftime("%Y-%m-%d"), "06:12"))


# ---------------------------------------------------------------------------
# a10: Joomla 1.5, table layout (contentpaneopen), createdate and
#      modifydate rows, named and numeric entities, "Nguồn:" line, no byline
# ---------------------------------------------------------------------------

def t_a10(a):
    site = "Cổng thông tin điện tử huyện Lục Nam"
    E = lambda s: entities(esc(s))
    months = ["Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"]
    created = "%s, %02d %s %d %s" % (thu(a["dt"]), a["dt"].day, months[a["dt"].month - 1], a["dt"].year, hm(a["dt"]))
    mod = a["dt"] + timedelta(hours=1, minutes=32)
    modified = "%s, %02d %s %d %s" % (thu(mod), mod.day, months[mod.month - 1], mod.year, hm(mod))
    body = render_blocks(a, {
        "p": lambda t: '<p style="text-align: justify;">%s</p>' % t,
    }, ent=True, nbsp_every=2)
    body += '\n<p style="text-align: right;"><em>%s</em></p>' % E(a["source"])
    leftmenu = "\n".join('<tr align="left"><td><a href="/index.php?option=com_content&amp;view=category&amp;id=%d&amp;Itemid=%d" class="mainlevel">%s</a></td></tr>' % (30 + i, 50 + i, E(n)) for i, (n, _) in enumerate(MENU_HUYEN))
    newer = "\n".join('<li><a href="/index.php?option=com_content&amp;view=article&amp;id=%d&amp;catid=35&amp;Itemid=62">%s</a></li>' % (913 + i, E(t)) for i, (t, _) in enumerate(related(101, a["dt"] + timedelta(days=12), 4, 3)))
    older = "\n".join('<li><a href="/index.php?option=com_content&amp;view=article&amp;id=%d&amp;catid=35&amp;Itemid=62">%s</a></li>' % (911 - i, E(t)) for i, (t, _) in enumerate(related(102, a["dt"], 5)))
    c = counters(1010)
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" >
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="index, follow" />
  <meta name="keywords" content="Lục Nam, Bắc Giang" />
  <meta name="title" content="%(title_m)s" />
  <meta name="description" content="Cổng thông tin điện tử huyện Lục Nam" />
  <meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
  <title>%(title)s</title>
  <link href="/templates/lucnam/favicon.ico" rel="shortcut icon" type="image/x-icon" />
  <script type="text/javascript" src="/media/system/js/mootools.js"></script>
  <script type="text/javascript" src="/media/system/js/caption.js"></script>
<link rel="stylesheet" href="/templates/system/css/system.css" type="text/css" />
<link rel="stylesheet" href="/templates/lucnam/css/template.css" type="text/css" />
</head>
<body>
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
<tr><td colspan="3"><img src="/templates/lucnam/images/banner.jpg" width="990" height="150" alt="" /></td></tr>
<tr><td colspan="3" class="topmenu"><table width="100%%"><tr><td>%(today)s</td><td align="right"><a href="/">Trang chủ</a> | <a href="/index.php?option=com_contact&amp;Itemid=3">Liên hệ</a> | <a href="/index.php?option=com_xmap&amp;Itemid=70">Sơ đồ website</a></td></tr></table></td></tr>
<tr valign="top">
<td width="200" class="left">
<div class="moduletable_menu"><h3>Danh mục chính</h3><table width="100%%" border="0" cellpadding="0" cellspacing="1">%(leftmenu)s</table></div>
<div class="moduletable"><h3>Tìm kiếm</h3><form action="index.php" method="post"><div class="search"><input name="searchword" id="mod_search_searchword" maxlength="20" alt="Tìm kiếm" class="inputbox" type="text" size="20" value="tìm kiếm..."  onblur="if(this.value=='') this.value='tìm kiếm...';" onfocus="if(this.value=='tìm kiếm...') this.value='';" /></div><input type="hidden" name="task"   value="search" /><input type="hidden" name="option" value="com_search" /></form></div>
</td>
<td class="center">
<span class="breadcrumbs pathway"><a href="/" class="pathway">Trang chủ</a> <img src="/templates/lucnam/images/arrow.png" alt=""  /> <a href="/index.php?option=com_content&amp;view=category&amp;id=35&amp;Itemid=62" class="pathway">Giáo dục</a> <img src="/templates/lucnam/images/arrow.png" alt=""  /> %(title)s</span>
<table class="contentpaneopen">
<tr>
<td class="contentheading" width="100%%">%(title)s</td>
<td align="right" width="100%%" class="buttonheading"><a href="/index.php?view=article&amp;catid=35%%3Agiao-duc&amp;id=912&amp;format=pdf" title="PDF" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><img src="/images/M_images/pdf_button.png" alt="PDF"  /></a></td>
<td align="right" width="100%%" class="buttonheading"><a href="/index.php?view=article&amp;catid=35%%3Agiao-duc&amp;id=912&amp;tmpl=component&amp;print=1&amp;layout=default&amp;page=" title="In" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><img src="/images/M_images/printButton.png" alt="In"  /></a></td>
<td align="right" width="100%%" class="buttonheading"><a href="/index.php?option=com_mailto&amp;tmpl=component&amp;link=aHR0cDovL2x1Y25hbS5iYWNnaWFuZy5nb3Yudm4v" title="E-mail" onclick="window.open(this.href,'win2','width=400,height=350,menubar=yes,resizable=yes'); return false;"><img src="/images/M_images/emailButton.png" alt="E-mail"  /></a></td>
</tr>
</table>
<table class="contentpaneopen">
<tr><td valign="top" class="createdate">%(created)s</td></tr>
<tr><td valign="top">
%(body)s
</td></tr>
<tr><td class="modifydate">Lần cập nhật cuối ( %(modified)s )</td></tr>
</table>
<span class="article_separator">&nbsp;</span>
<div class="items-more"><h3>Những bài mới hơn:</h3><ul>%(newer)s</ul><h3>Những bài cũ hơn:</h3><ul>%(older)s</ul></div>
</td>
<td width="200" class="right">
<div class="moduletable"><h3>Thống kê truy cập</h3><div class="counter">Hiện có %(online)s khách trực tuyến<br />Tổng lượt truy cập: %(total)s</div></div>
<div class="moduletable"><h3>Thăm dò ý kiến</h3><form action="index.php" method="post" name="form2"><table width="95%%" border="0" cellspacing="0" cellpadding="1" align="center" class="poll"><thead><tr><td style="font-weight: bold;">Bạn biết đến website qua kênh nào?</td></tr></thead><tr><td align="center"><table class="pollstableborder" cellspacing="0" cellpadding="0" border="0"><tr><td class="sectiontableentry2" valign="top"><input type="radio" name="voteid" id="voteid1" value="1" alt="1" /></td><td class="sectiontableentry2" valign="top"><label for="voteid1">Báo chí</label></td></tr><tr><td class="sectiontableentry1" valign="top"><input type="radio" name="voteid" id="voteid2" value="2" alt="2" /></td><td class="sectiontableentry1" valign="top"><label for="voteid2">Bạn bè giới thiệu</label></td></tr><tr><td class="sectiontableentry2" valign="top"><input type="radio" name="voteid" id="voteid3" value="3" alt="3" /></td><td class="sectiontableentry2" valign="top"><label for="voteid3">Công cụ tìm kiếm</label></td></tr></table></td></tr><tr><td><div align="center"><input type="submit" name="task_button" class="button" value="Bình chọn" />&nbsp;<input type="button" name="option" class="button" value="Kết quả" onclick="document.location.href='index.php?option=com_poll&amp;id=14:ban-biet-den-website&amp;Itemid=1'" /></div></td></tr></table></form></div>
</td>
</tr>
<tr><td colspan="3" class="footer"><div align="center">Bản quyền thuộc UBND huyện Lục Nam, tỉnh Bắc Giang<br />Địa chỉ: Tổ dân phố Thanh Bình, thị trấn Đồi Ngô, huyện Lục Nam - ĐT: 0204.3884.208</div></td></tr>
</table>
</body>
</html>
""" % dict(title_m=attr(a["title"]), title=E(a["title"]), today=E("%s, %s" % (thu(CRAWL, True), d(CRAWL))), leftmenu=leftmenu,
           created=E(created), modified=E(modified), body=body, newer=newer, older=older,
           online=c["online"], total=fmt_int(c["total"]))


# ---------------------------------------------------------------------------
# a11: NukeViet 4 news module (hometext lead, #news-bodyhtml, "Tác giả bài
#      viết:" / "Nguồn tin:" rows after the body, article:published_time in
#      NukeViet's own odd format "YYYY-MM-DDICTHH:MM:SS")
# ---------------------------------------------------------------------------

def nv_head(a, site, pub_meta, css_seed):
    return """<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>%(title)s - %(site)s</title>
<meta name="description" content="%(desc)s">
<meta name="keywords" content="%(kw)s">
<meta name="news_keywords" content="%(kw)s">
<meta name="author" content="%(site)s">
<meta name="copyright" content="%(site)s [webmaster@%(host)s]">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:title" content="%(title)s">
<meta property="og:type" content="article">
<meta property="og:description" content="%(desc)s">
<meta property="og:site_name" content="%(site)s">
<meta property="og:image" content="https://%(host)s/uploads/news/og.jpg">
<meta property="og:url" content="%(url)s">
<meta property="article:published_time" content="%(pub)s">
<meta property="article:modified_time" content="%(pub)s">
<meta property="article:section" content="Tin tức">
<link rel="shortcut icon" href="/uploads/favicon.ico">
<link rel="canonical" href="%(url)s">
<link rel="alternate" href="/news/rss/" title="Tin Tức" type="application/rss+xml">
<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=1702345011">
<link rel="stylesheet" href="/assets/css/font-awesome.min.css?t=1702345011">
<link rel="stylesheet" href="/themes/egov/css/bootstrap.min.css?t=1702345011">
<link rel="stylesheet" href="/themes/egov/css/style.css?t=1702345011">
<link rel="stylesheet" href="/themes/egov/css/news.css?t=1702345011">
<style>%(css)s</style>
</head>""" % dict(title=esc(a["title"]), site=esc(site), desc=attr(a["lead"]), kw=attr(", ".join(slug(a["title"]).split("-")[:4])),
                  host=a["url"].split("/")[2], url=attr(a["url"]), pub=pub_meta, css=css_filler(css_seed, 120))


def nv_counter(seed):
    c = counters(seed)
    return """<ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>%s</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">%s</span></li>
<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>%s</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>%s</span></li>
</ul>""" % (c["online"], fmt_int(c["today"]), fmt_int(c["month"]), fmt_int(c["total"]))


def t_a11(a):
    site = "Cổng thông tin điện tử huyện Yên Thành"
    body = render_blocks(a, {
        "p": lambda t: '<p style="text-align:justify">%s</p>' % t,
        "fig": lambda cap, src: ('<p style="text-align:center"><img alt="tập huấn" height="450" src="%s" width="675" /></p>\n'
                                 '<p style="text-align:center"><em>%s</em></p>') % (src, cap),
    }, nbsp_every=2)
    newer = "".join('<li><em class="fa fa-angle-right">&nbsp;</em><a title="%s" href="/tin-tuc/hoi-nong-dan/%s-%d.html">%s</a> <em>(%s)</em></li>' % (attr(t), slug(t), 3482 + i, esc(t), d(dt))
                    for i, (t, dt) in enumerate(related(111, a["dt"] + timedelta(days=6), 3, 2)))
    older = "".join('<li><em class="fa fa-angle-right">&nbsp;</em><a title="%s" href="/tin-tuc/hoi-nong-dan/%s-%d.html">%s</a> <em>(%s)</em></li>' % (attr(t), slug(t), 3480 - i, esc(t), d(dt))
                    for i, (t, dt) in enumerate(related(112, a["dt"], 8)))
    pub = a["dt"].strftime("%Y-%m-%d") + "ICT" + a["dt"].strftime("%H:%M:%S")
    return nv_head(a, site, pub, 11) + """
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.<br>Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg">
<div class="wraper">
<header>
<div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="%(site)s" href="/"><img src="/uploads/logo-yenthanh.png" alt="%(site)s"></a><span class="site_name">%(site)s</span><span class="site_description">Yên Thành - Vựa lúa xứ Nghệ</span></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span></div></div></div>
</div></div>
</header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">
<div class="navbar navbar-default navbar-static-top" role="navigation"><div class="collapse navbar-collapse" id="menu-site-default">%(menu)s</div></div>
</div></div></div></nav>
<section>
<div class="container" id="body">
<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix">
<div class="col-xs-24 col-sm-18 col-md-18"><div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" itemprop="item" title="Trang nhất"><span itemprop="name">Trang nhất</span></a><i class="hidden" itemprop="position" content="1"></i></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/tin-tuc/" itemprop="item" title="Tin Tức"><span class="txt" itemprop="name">Tin Tức</span></a><i class="hidden" itemprop="position" content="2"></i></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/tin-tuc/hoi-nong-dan/" itemprop="item" title="Hội Nông dân"><span class="txt" itemprop="name">Hội Nông dân</span></a><i class="hidden" itemprop="position" content="3"></i></li></ul></div></div></div>
<div class="headerSearch col-xs-24 col-sm-6 col-md-6"><span class="current-time">%(today)s</span></div>
</div></div></div></nav>
<div class="row">
<div class="col-md-18">
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">%(title)s</h1>
<div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope><span itemprop="name">Hà Phương</span></div>
<span class="hidden hide d-none" itemprop="datePublished">%(pubiso)s</span>
<span class="hidden hide d-none" itemprop="dateModified">%(pubiso)s</span>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">%(shown)s</span></div>
<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/sendmail/','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li><li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('/print/','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul></div></div>
<div class="clearfix">
<div class="hometext m-bottom" itemprop="description">%(lead)s</div>
</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
%(body)s
</div>
<div class="margin-bottom-lg">
<p class="h5 text-right"><strong>Tác giả bài viết: </strong>%(author)s</p>
<p class="h5 text-right"><strong>Nguồn tin: </strong>%(source)s</p>
</div>
</div>
</div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><span><a title="tập huấn" href="/tin-tuc/tag/tap-huan"><em>tập huấn</em></a>, <a title="hội nông dân" href="/tin-tuc/tag/hoi-nong-dan"><em>hội nông dân</em></a>, <a title="chăn nuôi" href="/tin-tuc/tag/chan-nuoi"><em>chăn nuôi</em></a></span></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix"><p>Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p><div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém" /><input class="hover-star" type="radio" value="2" title="Bài viết kém" /><input class="hover-star" type="radio" value="3" title="Bài viết đạt" /><input class="hover-star" type="radio" value="4" title="Bài viết tốt" /><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt" /><span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
<p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix"><ul class="related list-items">%(newer)s</ul></div>
<p class="h3"><strong>Những tin cũ hơn</strong></p><div class="clearfix"><ul class="related list-items">%(older)s</ul></div>
</div></div>
</div>
<div class="col-md-6">
<div class="panel panel-primary"><div class="panel-heading">Thông báo</div><div class="panel-body"><ul class="list-none">%(notice)s</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">%(counter)s</div></div>
</div>
</div>
</div>
</section>
<footer id="footer"><div class="wraper"><div class="container"><div class="row"><div class="col-xs-24 col-sm-24 col-md-16">
<div class="panel-body"><h3 class="column-margin-left">%(site)s</h3><ul class="company_info"><li class="company_name">Cơ quan chủ quản: UBND huyện Yên Thành, tỉnh Nghệ An</li><li><em class="fa fa-map-marker"></em><span>Địa chỉ: Khối 4, thị trấn Hoa Thành, huyện Yên Thành, tỉnh Nghệ An</span></li><li><em class="fa fa-phone"></em><span>Điện thoại: 0238.3863.255</span></li><li><em class="fa fa-envelope"></em><span>Email: ubnd@yenthanh.nghean.gov.vn</span></li></ul></div>
</div><div class="col-xs-24 col-sm-24 col-md-8"><div class="copyright">&copy; Bản quyền thuộc về %(site)s</div><div class="theme-change">Sử dụng mã nguồn NukeViet</div></div></div></div></div></footer>
</div></div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<script src="/assets/js/jquery/jquery.min.js?t=1702345011"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Yt3k9",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_is_recaptcha=0;</script>
<script src="/assets/js/language/vi.js?t=1702345011"></script>
<script src="/assets/js/global.js?t=1702345011"></script>
<script src="/themes/egov/js/news.js?t=1702345011"></script>
<script src="/themes/egov/js/main.js?t=1702345011"></script>
</body>
</html>
""" % dict(site=esc(site), menu=nav_ul(MENU_HUYEN, "/", "nav navbar-nav", "", "dropdown-menu"), today="%s, %s" % (thu(CRAWL, True), d(CRAWL)),
           title=esc(a["title"]), pubiso=a["dt"].strftime("%Y-%m-%dT%H:%M:%S+07:00"),
           shown="%s - %s %s" % (thu(a["dt"]), d(a["dt"]), hm(a["dt"])), lead=inline(a["lead"]), body=body,
           author=esc(a["byline"][0]), source=esc(a["source"]), newer=newer, older=older,
           notice="".join('<li><a href="/thong-bao/%s.html">%s</a></li>' % (slug(n), esc(n + " " + t)) for n, _, t in new_docs(113, 4)),
           counter=nv_counter(1111))


# ---------------------------------------------------------------------------
# a12: Drupal 9 (node--type-article, summary field shown as lead,
#      field--name-body text-with-summary, table, views "Tin liên quan" block)
# ---------------------------------------------------------------------------

def t_a12(a):
    site = "Cổng thông tin điện tử huyện Thoại Sơn"

    def table(rows):
        head = "".join("<th>%s</th>" % c for c in rows[0])
        rest = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in r) for r in rows[1:])
        return '<table class="table table-bordered" style="width:100%%"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (head, rest)

    body = render_blocks(a, {"p": lambda t: '<p class="text-align-justify">%s</p>' % t, "table": table}, nbsp_every=3)
    body += '\n<p class="text-align-right"><strong><em>%s</em></strong></p>' % esc(a["byline"][0])
    rel = "\n".join("""<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/tin-tuc/%s" hreflang="vi">%s</a></span></div><div class="views-field views-field-created"><span class="field-content"><time datetime="%s" class="datetime">%s</time></span></div></div>"""
                    % (slug(t), esc(t), dt.strftime("%Y-%m-%dT%H:%M:%S+07:00"), d(dt)) for t, dt in related(121, a["dt"], 8))
    settings = json.dumps({"path": {"baseUrl": "/", "scriptPath": None, "pathPrefix": "", "currentPath": "node/5521", "currentPathIsAdmin": False,
                                    "isFront": False, "currentLanguage": "vi"}, "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True,
                           "ajaxPageState": {"libraries": "bootstrap_barrio/global-styling,core/drupal.active-link,system/base,views/views.module", "theme": "thoaison", "theme_token": None},
                           "ajaxTrustedUrl": [], "user": {"uid": 0, "permissionsHash": "6f1b0c2a9d4e8f3b7a5c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a"}})
    c = counters(1212)
    return """<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
<link rel="icon" href="/themes/custom/thoaison/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="canonical" href="%(url)s" />
<link rel="shortlink" href="/node/5521" />
<title>%(title)s | %(site)s</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qb3vX2mFq8bJ0y1c7V5ZpK4T9nRwE6uHsLdGiA.css" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_8KcY2rT5vN1mQ0pX7bZ4wJ3eH6uF9sDgLaIoE.css" />
<style>%(css)s</style>
</head>
<body class="layout-one-sidebar layout-sidebar-second page-node-5521 path-node node--type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Nhảy tới nội dung</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper"><div id="page">
<header id="header" class="header" role="banner" aria-label="Đầu trang">
<div class="top-header"><div class="container"><span class="today">%(today)s</span><span class="hotline">Đường dây nóng: 0296.3878.101</span></div></div>
<nav class="navbar navbar-dark bg-primary navbar-expand-lg" id="navbar-main">
<a href="/" title="Trang chủ" rel="home" class="navbar-brand"><img src="/themes/custom/thoaison/logo.png" alt="Trang chủ" class="img-fluid d-inline-block align-top" /> %(site)s</a>
<div class="collapse navbar-collapse justify-content-end" id="CollapsingNavbar"><nav role="navigation" aria-labelledby="block-thoaison-main-menu-menu" id="block-thoaison-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-thoaison-main-menu-menu">Điều hướng chính</h2>%(menu)s</nav></div>
</nav>
</header>
<div id="main-wrapper" class="layout-main-wrapper clearfix">
<div id="main" class="container">
<div id="block-thoaison-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="content"><nav role="navigation" aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li><li class="breadcrumb-item active">%(title)s</li></ol></nav></div></div>
<div class="row row-offcanvas row-offcanvas-left clearfix">
<main class="main-content col" id="content" role="main">
<section class="section">
<a id="main-content" tabindex="-1"></a>
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-thoaison-page-title" class="block block-core block-page-title-block"><div class="content"><h1 class="title"><span class="field field--name-title field--type-string field--label-hidden">%(title)s</span></h1></div></div>
<div id="block-thoaison-content" class="block block-system block-system-main-block"><div class="content">
<article role="article" about="/tin-tuc/%(slug)s" class="node node--type-article node--promoted node--view-mode-full clearfix">
<header><div class="node__meta"><span class="node__date"><i class="far fa-clock"></i> %(date)s</span> <span class="node__views">Lượt xem: 926</span></div></header>
<div class="node__content clearfix">
<div class="field field--name-field-tom-tat field--type-string-long field--label-hidden field__item"><strong>%(lead)s</strong></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
%(body)s
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">Từ khóa</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/88" hreflang="vi">sắp xếp đơn vị hành chính</a></div><div class="field__item"><a href="/taxonomy/term/91" hreflang="vi">lấy ý kiến cử tri</a></div></div></div>
</div>
</article>
</div></div>
<div class="views-element-container block block-views block-views-blocktin-lien-quan-block-1" id="block-views-block-tin-lien-quan-block-1"><h2>Tin liên quan</h2><div class="content"><div><div class="view view-tin-lien-quan view-id-tin_lien_quan view-display-id-block_1 js-view-dom-id-5f0c1e2d"><div class="view-content">%(rel)s</div></div></div></div></div>
</section>
</main>
<div class="sidebar_second sidebar col-md-3 order-last" id="sidebar_second"><aside class="section" role="complementary">
<div class="views-element-container block block-views" id="block-views-block-van-ban-moi"><h2>Văn bản mới</h2><div class="content"><ul>%(docs)s</ul></div></div>
<div id="block-thongketruycap" class="block block-block-content"><h2>Thống kê truy cập</h2><div class="content"><div class="clearfix text-formatted field field--name-body"><p>Đang truy cập: %(online)s</p><p>Hôm nay: %(ctoday)s</p><p>Tổng lượt truy cập: %(total)s</p></div></div></div>
</aside></div>
</div>
</div>
</div>
<footer class="site-footer"><div class="container"><div class="site-footer__top clearfix"><section class="row region region-footer-first"><div id="block-footerinfo" class="block block-block-content"><div class="content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THOẠI SƠN</strong></p><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Thoại Sơn, tỉnh An Giang</p><p>Địa chỉ: Số 01 Nguyễn Huệ, thị trấn Núi Sập, huyện Thoại Sơn - Điện thoại: 0296.3878.101</p></div></div></div></section></div></div></footer>
</div></div>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">%(settings)s</script>
<script src="/sites/default/files/js/js_Hq1bT2Gm3xV7z0pK9lY4cN8sE5uR6wD0fJ1aB2c.js"></script>
</body>
</html>
""" % dict(url=attr(a["url"]), title=esc(a["title"]), site=esc(site), css=css_filler(12, 200), today="%s, %s" % (thu(CRAWL, True), d(CRAWL)),
           menu=nav_ul(MENU_HUYEN, "", "clearfix nav navbar-nav", "nav-item", "dropdown-menu", "nav-link"), slug=slug(a["title"]),
           date="%s | %s GMT+7" % (d(a["dt"]), hm(a["dt"])), lead=inline(a["lead"]), body=body, rel=rel,
           docs="".join('<li><a href="/van-ban/%s">%s</a><br /><span class="date">%s</span></li>' % (slug(n), esc(n + " " + t), d(dd)) for n, dd, t in new_docs(122, 5)),
           online=c["online"], ctoday=fmt_int(c["today"]), total=fmt_int(c["total"]), settings=settings)


# ---------------------------------------------------------------------------
# a13: classic ASP commune site: table layout, <font> tags, served as
#      windows-1258 with decomposed tone marks; title and date in <font>
# ---------------------------------------------------------------------------

def t_a13(a):
    site = "UBND xã Gia Trung - huyện Gia Viễn - tỉnh Ninh Bình"
    F = '<font face="Times New Roman" size="3">%s</font>'
    body = render_blocks(a, {"p": lambda t: '<p align="justify">' + F % ("&nbsp;&nbsp;&nbsp;&nbsp;" + t) + "</p>"}, nbsp_every=2)
    body += '\n<p align="right">' + F % ("<b>%s</b>" % esc(a["byline"][0])) + "</p>"
    others = "\n".join('<tr><td width="12" valign="top"><img src="images/dot.gif" width="7" height="7" /></td><td><a href="chitiet.asp?ID=%d&amp;CatID=5" class="lienket"><font face="Arial" size="2">%s</font></a> <font size="1" color="#808080">(%s)</font></td></tr>'
                       % (411 - i, esc(t), d(dt)) for i, (t, dt) in enumerate(related(131, a["dt"], 8)))
    menu = "\n".join('<tr><td height="26" class="menutrai"><img src="images/muiten.gif" />&nbsp;<a href="danhmuc.asp?CatID=%d"><font face="Arial" size="2" color="#FFFFFF"><b>%s</b></font></a></td></tr>' % (i + 1, esc(n.upper())) for i, (n, _) in enumerate(MENU_HUYEN[:9]))
    return """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<meta http-equiv="Content-Language" content="vi">
<title>%(site)s</title>
<link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript">
<!--
function MM_openBrWindow(theURL,winName,features) { window.open(theURL,winName,features); }
function ngayThang(){var d=new Date();var thu=["Chủ nhật","Thứ hai","Thứ ba","Thứ tư","Thứ năm","Thứ sáu","Thứ bảy"];document.write(thu[d.getDay()]+", ngày "+d.getDate()+"/"+(d.getMonth()+1)+"/"+d.getFullYear());}
//-->
</script>
</head>
<body bgcolor="#E8F0F8" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/banner_giatrung.jpg" width="980" height="140" alt="Cổng thông tin điện tử xã Gia Trung"></td></tr>
<tr><td colspan="3" bgcolor="#003399" height="28"><font face="Arial" size="2" color="#FFFFFF">&nbsp;&nbsp;<script>ngayThang();</script> &nbsp;|&nbsp; <a href="default.asp"><font color="#FFFFFF">Trang chủ</font></a> &nbsp;|&nbsp; <a href="lienhe.asp"><font color="#FFFFFF">Liên hệ</font></a></font></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#0A4C9A">
<table width="100%%" border="0" cellspacing="0" cellpadding="0">
%(menu)s
</table>
<table width="100%%" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#FFCC00"><font face="Arial" size="2"><b>THỐNG KÊ TRUY CẬP</b></font></td></tr>
<tr><td bgcolor="#FFFFFF"><font face="Arial" size="2">Số lượt truy cập: <b>0125487</b><br>Đang trực tuyến: <b>7</b></font></td></tr></table>
</td>
<td width="580" valign="top">
<table width="100%%" border="0" cellspacing="0" cellpadding="8">
<tr><td><font face="Arial" size="2" color="#666666"><a href="default.asp">Trang chủ</a> &gt;&gt; <a href="danhmuc.asp?CatID=5">Tin tức - Sự kiện</a></font></td></tr>
<tr><td>
<font face="Times New Roman" size="4" color="#003399"><b>%(title)s</b></font><br>
<font face="Arial" size="2" color="#808080"><i>%(date)s</i></font>
<hr size="1" color="#CCCCCC">
%(body)s
<p align="right"><a href="javascript:MM_openBrWindow('inbai.asp?ID=412','inbai','scrollbars=yes,width=700,height=600')"><font face="Arial" size="1">[In bài]</font></a> <a href="javascript:history.back()"><font face="Arial" size="1">[Quay lại]</font></a></p>
</td></tr>
<tr><td bgcolor="#E8F0F8"><font face="Arial" size="2" color="#003399"><b>CÁC TIN KHÁC</b></font></td></tr>
<tr><td><table width="100%%" border="0" cellspacing="2" cellpadding="2">
%(others)s
</table></td></tr>
</table>
</td>
<td width="200" valign="top" bgcolor="#F4F8FC">
<table width="100%%" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#003399"><font face="Arial" size="2" color="#FFFFFF"><b>LIÊN KẾT WEBSITE</b></font></td></tr>
<tr><td><select name="lienket" onchange="window.open(this.value)" style="width:180px"><option>-- Chọn liên kết --</option>%(links)s</select></td></tr>
<tr><td bgcolor="#003399"><font face="Arial" size="2" color="#FFFFFF"><b>VĂN BẢN MỚI</b></font></td></tr>
<tr><td><font face="Arial" size="2">%(docs)s</font></td></tr></table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#003399" align="center"><font face="Arial" size="2" color="#FFFFFF">Bản quyền thuộc UBND xã Gia Trung, huyện Gia Viễn, tỉnh Ninh Bình<br>Địa chỉ: Thôn Đông Trung, xã Gia Trung - Điện thoại: 0229.3640.125</font></td></tr>
</table>
</body>
</html>
""" % dict(site=esc(site), menu=menu, title=esc(a["title"]),
           date="Ngày %02d tháng %d năm %d" % (a["dt"].day, a["dt"].month, a["dt"].year), body=body, others=others,
           links="".join('<option value="%s">%s</option>' % (u, esc(n)) for n, u in LINKS[:6]),
           docs="<br>".join("- %s" % esc(n) for n, _, _ in new_docs(132, 4)))


def to_cp1258(text):
    """Encode to windows-1258 the way Vietnamese Windows software did: letters
    cp1258 has (â, ê, ô, ơ, ư, ă, đ and some toned vowels) precomposed, the
    remaining tone marks as combining characters."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], list(decomposed[1:])
        # fold into the base every mark cp1258 can hold precomposed (the
        # circumflex, breve and horn; sometimes a tone), keep the rest combining
        changed = True
        while changed:
            changed = False
            for i, m in enumerate(marks):
                cand = unicodedata.normalize("NFC", base + m)
                if len(cand) == 1:
                    try:
                        cand.encode("cp1258")
                    except UnicodeEncodeError:
                        continue
                    base = cand
                    marks.pop(i)
                    changed = True
                    break
        piece = base + "".join(marks)
        out += piece.encode("cp1258")   # raises if something is unencodable
    return bytes(out)


# ---------------------------------------------------------------------------
# a14: custom ASP.NET WebForms portal: ~140 KB __VIEWSTATE, entity-encoded
#      body with <p>&nbsp;</p> spacers, bold-paragraph subheadings, <title>
#      with a site-name suffix and a clean <h1>
# ---------------------------------------------------------------------------

def t_a14(a):
    site = "Cổng thông tin điện tử huyện Krông Pắc"
    E = lambda s: entities(esc(s))
    cph = "ctl00_ContentPlaceHolder1"
    body = render_blocks(a, {
        "p": lambda t: '<p style="text-align: justify;">%s</p>' % t,
        "h": lambda t: '<p style="text-align: justify;"><strong>%s</strong></p>' % t,
        "fig": lambda cap, src: ('<p style="text-align: center;"><img alt="" src="%s" style="width: 600px; height: 400px;" /></p>'
                                 '<p style="text-align: center;"><span style="font-size:12px;"><em>%s</em></span></p>') % (src, cap),
    }, ent=True, sep="\n<p>&nbsp;</p>\n", nbsp_every=2)
    body += '\n<p style="text-align: right;"><strong>%s</strong></p>' % E(a["byline"][0])
    others = "\n".join('<li><a id="%s_rptTinKhac_ctl%02d_lnkTin" href="ChiTietTin.aspx?id=%d&amp;cat=12">%s</a> <span class="ngay">(%s)</span></li>'
                       % (cph, i, 3316 - i, E(t), dt.strftime("%H:%M, %d/%m/%Y")) for i, (t, dt) in enumerate(related(141, a["dt"], 12)))
    hot = "\n".join('<li><a href="ChiTietTin.aspx?id=%d&amp;cat=2">%s</a></li>' % (9100 + i, E(t)) for i, (t, _) in enumerate(newest(142, 8)))
    c = counters(1414)
    ev = viewstate(1415, 2200)
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	%(title)s - %(site)s
</title><link href="App_Themes/KrongPac/style.css" rel="stylesheet" type="text/css" /><link href="App_Themes/KrongPac/menu.css" rel="stylesheet" type="text/css" />
<script src="js/jquery-1.8.3.min.js" type="text/javascript"></script>
<script src="js/jquery.marquee.js" type="text/javascript"></script>
<meta name="keywords" content="Krông Pắc, chuyển đổi số" /><meta name="description" content="%(title)s" /></head>
<body>
<form name="aspnetForm" method="post" action="ChiTietTin.aspx?id=3317&amp;cat=12" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%(vs)s" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) { theForm = document.aspnetForm; }
function __doPostBack(eventTarget, eventArgument) { if (!theForm.onsubmit || (theForm.onsubmit() != false)) { theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); } }
//]]>
</script>
<div>
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="7A1B3C5D" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%(ev)s" />
</div>
<div id="wrapper">
<div id="header"><div class="banner"><img src="Images/banner_krongpac.jpg" alt="%(site)s" /></div>
<div class="topbar"><span id="ctl00_lblNgay" class="ngay">%(today)s</span>
<div class="timkiem"><input name="ctl00$txtTimKiem" type="text" id="ctl00_txtTimKiem" class="txtTimKiem" /><input type="submit" name="ctl00$btnTimKiem" value="Tìm kiếm" id="ctl00_btnTimKiem" /></div></div>
<div id="menu">%(menu)s</div>
<div class="tinnoibat"><span class="label">Tin nổi bật:</span><marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"><ul class="marquee">%(hot)s</ul></marquee></div>
</div>
<div id="main">
<div id="left">
<div class="box"><div class="box-title">Giới thiệu</div><ul class="box-menu"><li><a href="GioiThieu.aspx?id=1">Điều kiện tự nhiên</a></li><li><a href="GioiThieu.aspx?id=2">Lịch sử</a></li><li><a href="GioiThieu.aspx?id=3">Cơ cấu tổ chức</a></li></ul></div>
<div class="box"><div class="box-title">Lịch công tác</div><a href="LichCongTac.aspx">Lịch công tác tuần của Thường trực HĐND - UBND huyện</a></div>
</div>
<div id="center">
<div class="duongdan"><a href="Default.aspx">Trang chủ</a> » <a href="DanhMuc.aspx?cat=12">Chuyển đổi số</a></div>
<div class="chitiet">
<h1 id="%(cph)s_lblTieuDe" class="tieude">%(h1)s</h1>
<div class="thongtin"><span id="%(cph)s_lblNgayDang" class="ngaydang">%(date)s</span> <span class="luotxem">| Lượt xem: <span id="%(cph)s_lblLuotXem">1.067</span></span></div>
<div id="%(cph)s_divNoiDung" class="noidung">
%(body)s
</div>
<div class="tienich"><a id="%(cph)s_lnkIn" href="javascript:window.print();">In bài viết</a> | <a id="%(cph)s_lnkGuiMail" href="GuiMail.aspx?id=3317">Gửi email</a> | <a href="javascript:history.back();">Trở về</a></div>
<div class="binhluan"><div class="bl-title">Ý kiến bạn đọc</div>
<table><tr><td>Họ tên:</td><td><input name="%(cphn)s$txtHoTen" type="text" id="%(cph)s_txtHoTen" /></td></tr><tr><td>Email:</td><td><input name="%(cphn)s$txtEmail" type="text" id="%(cph)s_txtEmail" /></td></tr><tr><td>Nội dung:</td><td><textarea name="%(cphn)s$txtNoiDung" rows="4" cols="50" id="%(cph)s_txtNoiDung"></textarea></td></tr><tr><td></td><td><input type="submit" name="%(cphn)s$btnGui" value="Gửi ý kiến" id="%(cph)s_btnGui" /></td></tr></table></div>
<div class="tinkhac"><div class="tk-title">Các tin khác</div><ul>%(others)s</ul></div>
</div>
</div>
<div id="right">
<div class="box"><div class="box-title">Văn bản mới</div><ul>%(docs)s</ul></div>
<div class="box"><div class="box-title">Liên kết website</div><select id="ctl00_ddlLienKet" onchange="window.open(this.value);"><option value="">--- Chọn liên kết ---</option>%(links)s</select></div>
<div class="box"><div class="box-title">Thống kê truy cập</div><table class="thongke"><tr><td>Đang online:</td><td><span id="ctl00_lblOnline">%(online)s</span></td></tr><tr><td>Hôm nay:</td><td><span id="ctl00_lblHomNay">%(ctoday)s</span></td></tr><tr><td>Hôm qua:</td><td><span id="ctl00_lblHomQua">%(cyest)s</span></td></tr><tr><td>Tổng truy cập:</td><td><span id="ctl00_lblTong">%(total)s</span></td></tr></table></div>
</div>
</div>
<div id="footer"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC</b></p><p>Cơ quan chủ quản: UBND huyện Krông Pắc, tỉnh Đắk Lắk</p><p>Địa chỉ: 02 Giải Phóng, thị trấn Phước An, huyện Krông Pắc - Điện thoại: 0262.3521.250</p><p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</p></div>
</div>
<script type="text/javascript">
//<![CDATA[
$(function(){$('.marquee').marquee();});
//]]>
</script>
</form>
</body>
</html>
""" % dict(title=E(a["title"]), site=E(site), vs=viewstate(14, 127000), ev=ev, today=E("%s, ngày %s" % (thu(CRAWL, True), d(CRAWL))),
           menu=nav_ul(MENU_HUYEN, "DanhMuc.aspx?cat=", "menu", "", "submenu"), hot=hot, cph=cph, cphn=cph.replace("_", "$"),
           h1=E(a["title"]), date="%s, %s" % (hm(a["dt"]), d(a["dt"])), body=body, others=others,
           docs="".join('<li><a href="VanBan.aspx?id=%d">%s</a> <em>(%s)</em></li>' % (700 + i, E(n + " " + t), d(dd)) for i, (n, dd, t) in enumerate(new_docs(143, 6))),
           links="".join('<option value="%s">%s</option>' % (u, E(n)) for n, u in LINKS),
           online=c["online"], ctoday=fmt_int(c["today"]), cyest=fmt_int(c["yesterday"]), total=fmt_int(c["total"]))


# ---------------------------------------------------------------------------
# a15: modern Bootstrap 5 + Vue portal (server-rendered, data-v-* attributes),
#      JSON-LD NewsArticle with exact datePublished, p.sapo lead, h2 headings
# ---------------------------------------------------------------------------

def t_a15(a):
    site = "Cổng thông tin điện tử tỉnh Tuyên Quang"
    root = "https://tuyenquang.gov.vn"
    v = "data-v-3f2a1c7e"
    body = render_blocks(a, {
        "p": lambda t: "<p %s>%s</p>" % (v, t),
        "h": lambda t: "<h2 %s>%s</h2>" % (v, t),
        "fig": lambda cap, src: ('<figure class="figure detail__figure" %s><img class="figure-img img-fluid lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" data-src="%s" alt="%s" width="800" height="533"><figcaption class="figure-caption text-center">%s</figcaption></figure>'
                                 % (v, src, attr(plain(html.unescape(cap))), cap)),
    })
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": a["url"]},
        "headline": a["title"], "description": a["lead"],
        "image": ["https://cdn.tuyenquang.gov.vn/uploads/2025/10/06/bhyt-minh-tan.jpg"],
        "datePublished": a["published_at"], "dateModified": a["modified"].strftime("%Y-%m-%dT%H:%M:%S+07:00"),
        "author": {"@type": "Person", "name": a["author"]},
        "publisher": {"@type": "Organization", "name": site, "logo": {"@type": "ImageObject", "url": root + "/static/logo.png"}},
    }
    crumbs_ld = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": root + "/"},
        {"@type": "ListItem", "position": 2, "name": "Y tế", "item": root + "/tin-tuc/y-te"}]}
    rel = related(151, a["dt"], 6)
    cards = "\n".join("""<div class="col-md-4" %s><div class="card card-news h-100" %s><a href="/tin-tuc/%s-a%d.html"><img class="card-img-top" src="https://cdn.tuyenquang.gov.vn/uploads/thumb/%d.jpg" alt=""></a><div class="card-body"><h3 class="card-title h6"><a href="/tin-tuc/%s-a%d.html">%s</a></h3><p class="card-text small text-muted"><i class="bi bi-clock"></i> %s</p></div></div></div>"""
                      % (v, v, slug(t), 12870 - i, i, slug(t), 12870 - i, esc(t), d(dt)) for i, (t, dt) in enumerate(rel))
    most = "\n".join('<li class="list-group-item" %s><span class="rank">%d</span><a href="/tin-tuc/%s.html">%s</a></li>' % (v, i + 1, slug(t), esc(t)) for i, (t, _) in enumerate(newest(152, 6)))
    state = {"route": "/tin-tuc/" + a["url"].rsplit("/", 1)[1], "article": {"id": 12873, "title": a["title"], "sapo": a["lead"], "categoryId": 14,
                                                                               "publishedAt": a["published_at"], "views": 1834}, "ui": {"menuOpen": False}}
    menu = "".join('<li class="nav-item" %s><a class="nav-link" href="/%s">%s</a></li>' % (v, slug(n), esc(n)) for n, _ in MENU_HUYEN[:9])
    return """<!DOCTYPE html>
<html lang="vi" data-bs-theme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s | %(site)s</title>
<meta name="description" content="%(desc)s">
<meta property="og:type" content="article">
<meta property="og:title" content="%(title)s">
<meta property="og:description" content="%(desc)s">
<meta property="og:image" content="https://cdn.tuyenquang.gov.vn/uploads/2025/10/06/bhyt-minh-tan.jpg">
<meta property="og:url" content="%(url)s">
<link rel="canonical" href="%(url)s">
<link rel="preconnect" href="https://cdn.tuyenquang.gov.vn">
<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet">
<link href="https://cdn.jsdelivr.net/npm/bootstrap-icons@1.11.3/font/bootstrap-icons.min.css" rel="stylesheet">
<link href="/static/css/app.8c1f2e3d.css" rel="stylesheet">
<script type="application/ld+json">%(ld)s</script>
<script type="application/ld+json">%(crumbs_ld)s</script>
</head>
<body>
<div id="app" data-v-app>
<header class="site-header" %(v)s>
<div class="topbar bg-danger text-white small py-1" %(v)s><div class="container d-flex justify-content-between" %(v)s><span %(v)s><i class="bi bi-calendar3"></i> %(today)s</span><span %(v)s><a class="text-white" href="/en">English</a> | <a class="text-white" href="/so-do-cong">Sơ đồ cổng</a></span></div></div>
<div class="container py-3 d-flex align-items-center" %(v)s><a href="/" class="brand d-flex align-items-center" %(v)s><img src="/static/img/quoc-huy.png" width="64" height="64" alt="Quốc huy" %(v)s><div class="ms-2" %(v)s><div class="brand-top" %(v)s>ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG</div><div class="brand-name" %(v)s>%(site_up)s</div></div></a>
<form class="ms-auto d-none d-md-flex" role="search" action="/tim-kiem" %(v)s><input class="form-control form-control-sm" type="search" name="q" placeholder="Tìm kiếm thông tin..." %(v)s><button class="btn btn-sm btn-outline-danger ms-1" type="submit" %(v)s><i class="bi bi-search"></i></button></form></div>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary" %(v)s><div class="container" %(v)s><button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" %(v)s><span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="mainNav" %(v)s><ul class="navbar-nav" %(v)s>%(menu)s</ul></div></div></nav>
</header>
<main class="container my-4" %(v)s>
<nav aria-label="breadcrumb" %(v)s><ol class="breadcrumb small" %(v)s><li class="breadcrumb-item" %(v)s><a href="/">Trang chủ</a></li><li class="breadcrumb-item" %(v)s><a href="/tin-tuc">Tin tức</a></li><li class="breadcrumb-item active" aria-current="page" %(v)s>Y tế</li></ol></nav>
<div class="row g-4" %(v)s>
<div class="col-lg-8" %(v)s>
<article class="detail" %(v)s>
<h1 class="detail__title" %(v)s>%(title)s</h1>
<div class="detail__meta d-flex flex-wrap gap-3 text-muted small mb-3" %(v)s><span %(v)s><i class="bi bi-clock"></i> %(date)s</span><span %(v)s><i class="bi bi-eye"></i> 1.834</span><span class="ms-auto" %(v)s><button class="btn btn-sm btn-light" onclick="window.print()" %(v)s><i class="bi bi-printer"></i> In</button> <button class="btn btn-sm btn-light" data-font="+" %(v)s>A+</button> <button class="btn btn-sm btn-light" data-font="-" %(v)s>A-</button></span></div>
<p class="sapo fw-bold" %(v)s>%(lead)s</p>
<div class="detail__content" %(v)s>
%(body)s
</div>
<p class="detail__author text-end fw-bold" %(v)s>%(author)s</p>
<div class="detail__share d-flex gap-2 border-top pt-3" %(v)s><span %(v)s>Chia sẻ:</span><a href="https://www.facebook.com/sharer/sharer.php?u=%(url)s" target="_blank" rel="noopener" %(v)s><i class="bi bi-facebook"></i></a><a href="https://zalo.me/share?u=%(url)s" target="_blank" rel="noopener" %(v)s>Zalo</a><a href="#" data-copy="%(url)s" %(v)s><i class="bi bi-link-45deg"></i></a></div>
<div class="detail__tags mt-3" %(v)s><a class="badge text-bg-light" href="/tag/bao-hiem-y-te" %(v)s>#bảo hiểm y tế</a> <a class="badge text-bg-light" href="/tag/an-sinh-xa-hoi" %(v)s>#an sinh xã hội</a></div>
</article>
<section class="related mt-5" %(v)s><h2 class="section-title h5" %(v)s>Tin cùng chuyên mục</h2><div class="row g-3" %(v)s>%(cards)s</div></section>
</div>
<aside class="col-lg-4" %(v)s>
<div class="card mb-4" %(v)s><div class="card-header fw-bold" %(v)s>Đọc nhiều</div><ul class="list-group list-group-flush" %(v)s>%(most)s</ul></div>
<div class="card mb-4" %(v)s><div class="card-header fw-bold" %(v)s>Dịch vụ công</div><div class="card-body" %(v)s><a href="https://dichvucong.gov.vn" class="btn btn-outline-primary w-100 mb-2" %(v)s>Cổng Dịch vụ công quốc gia</a><a href="https://dichvucong.tuyenquang.gov.vn" class="btn btn-outline-primary w-100" %(v)s>Hệ thống thông tin giải quyết TTHC tỉnh</a></div></div>
<div class="card" %(v)s><div class="card-header fw-bold" %(v)s>Thống kê truy cập</div><div class="card-body small" %(v)s><div %(v)s>Đang truy cập: <b>%(online)s</b></div><div %(v)s>Hôm nay: <b>%(ctoday)s</b></div><div %(v)s>Tổng: <b>%(total)s</b></div></div></div>
</aside>
</div>
</main>
<footer class="site-footer bg-dark text-white-50 py-4 small" %(v)s><div class="container" %(v)s><p class="text-white fw-bold mb-1" %(v)s>%(site_up)s</p><p class="mb-1" %(v)s>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Tuyên Quang</p><p class="mb-1" %(v)s>Địa chỉ: Số 160 đường Trần Hưng Đạo, phường Minh Xuân, tỉnh Tuyên Quang</p><p class="mb-0" %(v)s>Giấy phép số 112/GP-TTĐT ngày 18/7/2025. Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.</p></div></footer>
</div>
<script>window.__INITIAL_STATE__=%(state)s</script>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" defer></script>
<script src="/static/js/chunk-vendors.5e1a9b2c.js" defer></script>
<script src="/static/js/app.8c1f2e3d.js" defer></script>
</body>
</html>
""" % dict(title=esc(a["title"]), site=esc(site), site_up=esc(site.upper()), desc=attr(a["lead"]), url=attr(a["url"]),
           ld=json.dumps(ld, ensure_ascii=False), crumbs_ld=json.dumps(crumbs_ld, ensure_ascii=False), v=v,
           today="%s, %s" % (thu(CRAWL, True), d(CRAWL)), menu=menu, date="%s | %s GMT+7" % (d(a["dt"]), hm(a["dt"])),
           lead=inline(a["lead"]), body=body, author=esc(a["byline"][0]), cards=cards, most=most,
           state=json.dumps(state, ensure_ascii=False).replace("</", "<\\/"), **{k: fmt_int(x) if k != "online" else x for k, x in
                                                                                    (("online", counters(1515)["online"]), ("ctoday", counters(1515)["today"]), ("total", counters(1515)["total"]))})


# ---------------------------------------------------------------------------
# a16: AMP page of a ward portal (html ⚡, amp-img inside figure, author
#      above the body, JSON-LD, amp-sidebar menu)
# ---------------------------------------------------------------------------

def t_a16(a):
    site = "Cổng thông tin điện tử phường Thuận Hóa"
    canonical = a["url"].replace("/amp/", "/")
    body = render_blocks(a, {
        "fig": lambda cap, src: ('<figure class="fig"><amp-img src="%s" width="800" height="533" layout="responsive" alt=""></amp-img>'
                                 '<figcaption>%s</figcaption></figure>') % (src, cap),
    })
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": canonical, "headline": a["title"],
          "datePublished": a["published_at"], "dateModified": "2025-08-16T17:20:00+07:00",
          "author": {"@type": "Person", "name": a["author"]},
          "publisher": {"@type": "Organization", "name": site, "logo": {"@type": "ImageObject", "url": "https://thuanhoa.hue.gov.vn/logo-amp.png", "width": 600, "height": 60}},
          "image": {"@type": "ImageObject", "url": "https://thuanhoa.hue.gov.vn/uploads/2025/08/ngay-hoi-bvantq.jpg", "width": 800, "height": 533}}
    rel = "\n".join('<li><a href="/amp/tin-tuc/%s.html">%s</a><time>%s</time></li>' % (slug(t), esc(t), d(dt)) for t, dt in related(161, a["dt"], 5))
    side = "\n".join('<li><a href="/amp/%s">%s</a></li>' % (slug(n), esc(n)) for n, _ in MENU_HUYEN)
    return """<!doctype html>
<html ⚡ lang="vi">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<title>%(title)s</title>
<link rel="canonical" href="%(canonical)s">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">%(ld)s</script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-moz-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>
<style amp-custom>
body{font-family:Arial,Helvetica,sans-serif;color:#222;margin:0}
.hdr{background:#8b0000;color:#fff;padding:8px 12px;display:flex;align-items:center}
.hdr .logo{font-weight:bold;font-size:15px;margin-left:8px}
.hdr button{background:none;border:0;color:#fff;font-size:22px}
.date-now{font-size:12px;color:#666;padding:6px 12px;background:#f3f3f3}
article{padding:12px}
h1{font-size:22px;line-height:1.35;margin:6px 0}
.meta{font-size:13px;color:#777;margin-bottom:10px}
.meta .author{font-weight:bold;color:#333}
.lead{font-weight:bold;line-height:1.5}
.fig{margin:12px 0}.fig figcaption{font-size:13px;color:#555;font-style:italic;text-align:center;padding:4px}
.rel h2{font-size:16px;border-bottom:2px solid #8b0000}
.rel li{margin:6px 0}.rel time{display:block;font-size:12px;color:#888}
footer{background:#333;color:#ccc;font-size:12px;padding:12px}
</style>
</head>
<body>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul class="side-menu">%(side)s</ul></amp-sidebar>
<header class="hdr"><button on="tap:sidebar.toggle" aria-label="Menu">☰</button><a href="/amp/" class="logo" style="color:#fff;text-decoration:none">%(site_up)s</a></header>
<div class="date-now">%(today)s</div>
<article>
<div class="cate"><a href="/amp/an-ninh-trat-tu">An ninh - Trật tự</a></div>
<h1>%(title)s</h1>
<div class="meta"><span class="author">%(author)s</span> · <time datetime="%(pub)s">%(shown)s</time></div>
<p class="lead">%(lead)s</p>
%(body)s
</article>
<section class="rel"><h2>Tin liên quan</h2><ul>%(rel)s</ul></section>
<footer><p>%(site)s</p><p>Cơ quan chủ quản: UBND phường Thuận Hóa, thành phố Huế</p><p>Địa chỉ: 09 Tôn Đức Thắng, phường Thuận Hóa, thành phố Huế</p><p><a href="%(canonical)s" style="color:#ccc">Xem phiên bản đầy đủ</a></p></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{"vars":{"gtag_id":"G-7HX2Q1LMN8","config":{"G-7HX2Q1LMN8":{"groups":"default"}}}}</script></amp-analytics>
</body>
</html>
""" % dict(title=esc(a["title"]), canonical=attr(canonical), ld=json.dumps(ld, ensure_ascii=False), side=side, site=esc(site), site_up=esc(site.upper()),
           today="%s, %s" % (thu(CRAWL, True), d(CRAWL)), author=esc(a["byline"][0]), pub=a["published_at"],
           shown="%s %s" % (d(a["dt"]), hm(a["dt"])), lead=inline(a["lead"]), body=body, rel=rel)


# ---------------------------------------------------------------------------
# a17: e-magazine long read (cover with title, big sapo, sections with h2,
#      full-width figures, pull quote with footer, data table, credits)
# ---------------------------------------------------------------------------

def t_a17(a):
    site = "Cổng thông tin điện tử tỉnh Lào Cai"
    parts = []
    section_open = False
    for b in a["blocks"]:
        if b[0] == "h":
            if section_open:
                parts.append("</section>")
            parts.append('<section class="e-section">\n<h2 class="e-heading"><span>%s</span></h2>' % inline(b[1]))
            section_open = True
        elif b[0] == "p":
            parts.append('<div class="e-text"><p>%s</p></div>' % inline(b[1]))
        elif b[0] == "fig":
            parts.append('<figure class="e-figure e-figure--full"><picture><source media="(max-width: 768px)" srcset="%s?w=768"><img src="%s" alt="" loading="lazy"></picture><figcaption class="e-caption">%s</figcaption></figure>'
                         % (b[2], b[2], inline(b[1])))
        elif b[0] == "quote":
            parts.append('<blockquote class="e-quote"><p>%s</p><footer>%s</footer></blockquote>' % (inline(b[1][0]), inline(b[1][1])))
        elif b[0] == "table":
            rows = b[1]
            parts.append('<div class="e-infographic"><table class="e-table"><thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>'
                         % ("".join("<th>%s</th>" % inline(c) for c in rows[0]),
                            "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inline(c) for c in r) for r in rows[1:])))
    if section_open:
        parts.append("</section>")
    credits = "".join('<p><span class="e-credit-label">%s</span> %s</p>' % tuple(esc(x) for x in line.split(" ", 1)) for line in a["byline"])
    more = "\n".join('<a class="e-more-item" href="/emagazine/%s-%d.html"><img src="/emagazine/thumb/%d.jpg" alt=""><span>%s</span></a>' % (slug(t), 1280 - i, i, esc(t))
                     for i, (t, _) in enumerate(related(171, a["dt"], 4)))
    return """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>[E-Magazine] %(title)s</title>
<meta name="description" content="%(desc)s">
<meta property="og:type" content="article">
<meta property="og:title" content="%(title)s">
<meta property="og:description" content="%(desc)s">
<meta property="og:image" content="https://laocai.gov.vn/emagazine/1289/cover.jpg">
<meta property="article:published_time" content="%(pub)s">
<meta property="article:section" content="E-Magazine">
<link rel="canonical" href="%(url)s">
<link rel="stylesheet" href="/emagazine/assets/emagazine.css?v=2025.8">
<link rel="preconnect" href="https://fonts.googleapis.com"><link href="https://fonts.googleapis.com/css2?family=Playfair+Display:wght@700&family=Noto+Serif:wght@400;700&display=swap" rel="stylesheet">
<style>
.e-cover{position:relative;height:100vh;background:#000 url(/emagazine/1289/cover.jpg) center/cover no-repeat}
.e-cover__inner{position:absolute;bottom:12%%;left:0;right:0;text-align:center;color:#fff}
.e-title{font-family:'Playfair Display',serif;font-size:56px;text-shadow:0 2px 12px rgba(0,0,0,.6)}
.e-sapo{max-width:760px;margin:48px auto;font-size:21px;font-weight:700;line-height:1.6}
.e-text{max-width:680px;margin:0 auto}.e-text p{font-family:'Noto Serif',serif;font-size:19px;line-height:1.8}
.e-heading{max-width:680px;margin:56px auto 24px;font-size:30px;color:#a0522d}
.e-figure--full img{width:100%%;height:auto}.e-caption{text-align:center;font-style:italic;color:#666;font-size:15px;padding:8px}
.e-quote{max-width:760px;margin:48px auto;font-size:26px;font-style:italic;border-left:6px solid #a0522d;padding-left:24px}
.e-quote footer{font-size:16px;font-style:normal;margin-top:12px}
.e-table{margin:32px auto;border-collapse:collapse}.e-table td,.e-table th{border:1px solid #ccc;padding:8px 16px}
.e-credits{max-width:680px;margin:48px auto;text-align:right;font-weight:700}
</style>
</head>
<body class="emagazine-page">
<div class="e-topbar"><a href="/" class="e-logo"><img src="/emagazine/assets/logo-white.png" alt="%(site)s"></a><span class="e-topbar__label">E-MAGAZINE</span><a class="e-topbar__home" href="/">Trang chủ</a>
<div class="e-share"><a href="https://www.facebook.com/sharer/sharer.php?u=%(url)s">Facebook</a> <a href="https://zalo.me/share?u=%(url)s">Zalo</a></div></div>
<div class="e-cover"><div class="e-cover__inner"><div class="e-kicker">Đổi thay vùng cao</div><h1 class="e-title">%(title)s</h1><div class="e-date">%(date)s</div></div><a class="e-scroll" href="#e-start">Cuộn xuống</a></div>
<main class="e-body" id="e-start">
<div class="e-sapo">%(lead)s</div>
%(body)s
<div class="e-credits">%(credits)s</div>
</main>
<section class="e-more"><h3>E-Magazine khác</h3><div class="e-more-list">%(more)s</div></section>
<footer class="e-footer"><p>%(site)s</p><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lào Cai</p><p>Giấy phép thiết lập Cổng thông tin điện tử số 45/GP-TTĐT</p></footer>
<script src="/emagazine/assets/emagazine.js?v=2025.8" defer></script>
<script>document.addEventListener('scroll',function(){var y=window.scrollY;document.querySelector('.e-topbar').classList.toggle('is-fixed',y>window.innerHeight*0.8);});</script>
%(ga)s
</body>
</html>
""" % dict(title=esc(a["title"]), desc=attr(a["lead"]), pub=a["published_at"], url=attr(a["url"]), site=esc(site),
           date=d(a["dt"]), lead=inline(a["lead"]), body="\n".join(parts), credits=credits, more=more, ga=ga(17))


# ---------------------------------------------------------------------------
# a18: small hand-written PHP commune site (~8 KB), two paragraphs, "PV"
# ---------------------------------------------------------------------------

def t_a18(a):
    body = render_blocks(a, {"p": lambda t: "<p>%s</p>" % t})
    others = "\n".join('<li><a href="chi-tiet.php?id=%d">%s</a> <i>(%s)</i></li>' % (217 - i, esc(t), d(dt)) for i, (t, dt) in enumerate(related(181, a["dt"], 6)))
    menu = nav_ul(MENU_HUYEN, "danh-muc.php?id=", "dm")
    notices = "".join('<li><a href="thong-bao.php?id=%d">%s</a></li>' % (60 - i, esc(t)) for i, (t, _) in enumerate(related(182, a["dt"], 4)))
    docs = "".join('<li><a href="van-ban.php?id=%d">%s</a></li>' % (300 + i, esc(n)) for i, (n, _, _) in enumerate(new_docs(183, 4)))
    return """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>UBND xã Quảng Lợi</title>
<link rel="stylesheet" href="css/style.css">
<style>
body{margin:0;background:#eef3f8;font:14px Arial,sans-serif}
#khung{width:1000px;margin:0 auto;background:#fff}
#menu{background:#0b4f9c;padding:6px}#menu a{color:#fff;margin:0 10px;text-decoration:none;font-weight:bold}
#trai{float:left;width:220px;padding:8px}#giua{float:left;width:540px;padding:8px}#phai{float:right;width:200px;padding:8px}
.hop{border:1px solid #c9d7e8;margin-bottom:10px}.hop h3{margin:0;background:#dce8f5;color:#0b4f9c;font-size:13px;padding:5px}
.hop ul{margin:0;padding:5px 5px 5px 20px}.tieu-de{color:#b30000;font-size:20px}.ngay{color:#888;font-size:12px}
.noi-dung p{text-align:justify;line-height:1.5}#cuoi{clear:both;background:#0b4f9c;color:#fff;text-align:center;padding:10px}
</style>
</head>
<body>
<div id="khung">
<div id="dau"><img src="images/banner.jpg" alt="UBND xã Quảng Lợi"></div>
<div id="menu"><a href="index.php">Trang chủ</a><a href="gioi-thieu.php">Giới thiệu</a><a href="tin-tuc.php">Tin tức</a><a href="van-ban.php">Văn bản</a><a href="thu-tuc.php">Thủ tục hành chính</a><a href="lien-he.php">Liên hệ</a></div>
<div id="trai">
<div class="hop"><h3>DANH MỤC</h3><ul>%(menu)s</ul></div>
<div class="hop"><h3>THÔNG BÁO</h3><ul>%(notices)s</ul></div>
</div>
<div id="giua">
<div class="tin-chi-tiet">
<h2 class="tieu-de">%(title)s</h2>
<div class="ngay">%(date)s</div>
<div class="noi-dung">
%(body)s
<p align="right"><b>%(by)s</b></p>
</div>
</div>
<div class="tin-khac"><b>Tin khác:</b><ul>%(others)s</ul></div>
</div>
<div id="phai">
<div class="hop"><h3>VĂN BẢN MỚI</h3><ul>%(docs)s</ul></div>
<div class="hop"><h3>LIÊN KẾT</h3><ul><li><a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a></li><li><a href="https://quangdien.thuathienhue.gov.vn">UBND huyện Quảng Điền</a></li><li><a href="https://thuathienhue.gov.vn">Cổng TTĐT tỉnh Thừa Thiên Huế</a></li></ul></div>
<div class="hop"><h3>LỊCH TIẾP DÂN</h3><p style="padding:5px">Chủ tịch UBND xã tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở UBND xã.</p></div>
</div>
<div id="cuoi">UBND xã Quảng Lợi, huyện Quảng Điền, tỉnh Thừa Thiên Huế<br>Điện thoại: 0234.3551.206 - Email: ubndquangloi@thuathienhue.gov.vn<br>Số lượt truy cập: 48.215</div>
</div>
</body>
</html>
""" % dict(title=esc(a["title"]), date="%s, %s | %s" % (thu(a["dt"]), d(a["dt"]), hm(a["dt"])), body=body, by=esc(a["byline"][0]),
           others=others, menu=menu, notices=notices, docs=docs)


# ---------------------------------------------------------------------------
# a19: ASP.NET site of a district Ban Tuyên giáo; UTF-8 with a byte order
#      mark; date in .NET vi-VN format "19/06/2024 3:30:00 CH"; caption line
#      "Ảnh: ..." in <p><em>
# ---------------------------------------------------------------------------

def t_a19(a):
    site = "Ban Tuyên giáo Huyện ủy Tam Đảo"
    cph = "ctl00_cphContent"
    h = a["dt"].hour
    shown = "%s %d:%02d:%02d %s" % (d(a["dt"]), (h % 12) or 12, a["dt"].minute, a["dt"].second, "SA" if h < 12 else "CH")
    body = render_blocks(a, {
        "p": lambda t: '<p style="text-align: justify;">%s</p>' % t,
        "fig": lambda cap, src: ('<p style="text-align: center;"><img alt="" src="%s" width="600" /></p>\n<p style="text-align: center;"><em>%s</em></p>') % (src, cap),
    }, nbsp_every=3)
    body += '\n<p style="text-align: right;"><b><i>%s</i></b></p>' % esc(a["byline"][0])
    others = "\n".join('<div class="other-item"><a href="NewsDetail.aspx?id=%d&amp;cid=3">%s</a> <span class="other-date">%s</span></div>'
                       % (641 - i, esc(t), dt.strftime("%d/%m/%Y")) for i, (t, dt) in enumerate(related(191, a["dt"], 9)))
    left = "".join('<li><a href="NewsList.aspx?cid=%d">%s</a></li>' % (i + 1, esc(n)) for i, (n, _) in enumerate(MENU_PARTY))
    c = counters(1919)
    return """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>%(site)s</title>
<link href="Content/bootstrap.min.css" rel="stylesheet" /><link href="Content/site.css" rel="stylesheet" />
</head>
<body>
<form method="post" action="./NewsDetail.aspx?id=642&amp;cid=3" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%(vs)s" />
</div>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="9C2E1A77" />
</div>
<div class="header"><div class="container"><img src="Images/banner-btg.png" alt="%(site)s" class="img-responsive" />
<div class="header-date">%(today)s</div></div></div>
<nav class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav">%(left)s</ul></div></nav>
<div class="container">
<div class="row">
<div class="col-md-8">
<div class="box-detail">
<div class="path"><a href="Default.aspx">Trang chủ</a> / <a href="NewsList.aspx?cid=3">Tin hoạt động</a></div>
<h3 class="title-detail"><span id="%(cph)s_lblTitle">%(title)s</span></h3>
<div class="date-detail"><span id="%(cph)s_lblDate">%(shown)s</span></div>
<div id="%(cph)s_divContent" class="content-detail">
%(body)s
</div>
<div class="tools"><a href="javascript:window.print()">In trang</a> | <a href="javascript:history.back()">Quay lại</a></div>
</div>
<div class="box-other"><h4>Tin cùng chuyên mục</h4>%(others)s</div>
</div>
<div class="col-md-4">
<div class="box-right"><h4>Tài liệu sinh hoạt chi bộ</h4><ul><li><a href="TaiLieu.aspx?id=112">Tài liệu sinh hoạt chi bộ tháng 11/2026</a></li><li><a href="TaiLieu.aspx?id=111">Tài liệu sinh hoạt chi bộ tháng 10/2026</a></li><li><a href="TaiLieu.aspx?id=110">Tài liệu sinh hoạt chi bộ tháng 9/2026</a></li></ul></div>
<div class="box-right"><h4>Định hướng tuyên truyền</h4><ul>%(dinhhuong)s</ul></div>
<div class="box-right"><h4>Thống kê truy cập</h4><p>Đang trực tuyến: %(online)s</p><p>Hôm nay: %(ctoday)s</p><p>Tổng số: %(total)s</p></div>
</div>
</div>
</div>
<div class="footer"><div class="container"><p>BAN TUYÊN GIÁO HUYỆN ỦY TAM ĐẢO</p><p>Địa chỉ: Thị trấn Hợp Châu, huyện Tam Đảo, tỉnh Vĩnh Phúc - Điện thoại: 0211.3896.128</p></div></div>
</form>
</body>
</html>
""" % dict(site=esc(site), vs=viewstate(19, 1800), today="%s, ngày %s" % (thu(CRAWL, True), d(CRAWL)), left=left, cph=cph,
           title=esc(a["title"]), shown=shown, body=body, others=others,
           dinhhuong="".join('<li><a href="DinhHuong.aspx?id=%d">%s</a></li>' % (80 + i, esc(t)) for i, (t, _) in enumerate(newest(192, 4))),
           online=c["online"], ctoday=fmt_int(c["today"]), total=fmt_int(c["total"]))


# ---------------------------------------------------------------------------
# a20: NukeViet 4 with a different theme (commune portal after the July 2025
#      merger): lead in bold hometext, CKEditor image2 figure, byline with
#      "Bài và ảnh:" at the end of the body, published_time "+07" format
# ---------------------------------------------------------------------------

def t_a20(a):
    site = "Trang thông tin điện tử xã Hòa Thịnh"
    body = render_blocks(a, {
        "p": lambda t: '<p style="text-align:justify;">%s</p>' % t,
        "fig": lambda cap, src: ('<figure class="image" style="display:inline-block"><img alt="ttpvhcc" height="480" src="%s" width="720" />'
                                 '<figcaption>%s</figcaption></figure>') % (src, cap),
    }, nbsp_every=2)
    body += '\n<p style="text-align:right;"><strong>%s</strong></p>' % esc(a["byline"][0])
    pub = a["dt"].strftime("%Y-%m-%d") + "+07" + a["dt"].strftime("%H:%M:%S")
    items = related(201, a["dt"], 6, 3)
    others = "".join('<li class="clearfix"><a class="show" href="/news/tin-tuc/%s-%d.html" title="%s"><img src="/assets/news/2025_07/thumb-%d.jpg" alt="" class="img-thumbnail pull-left" width="80" />%s</a><span class="text-muted small">%s</span></li>'
                     % (slug(t), 214 - i, attr(t), i, esc(t), d(dt)) for i, (t, dt) in enumerate(items))
    return nv_head(a, site, pub, 20) + """
<body>
<div id="wrapper">
<header id="header"><div class="container">
<div class="row"><div class="col-md-16"><a href="/" class="logo"><img src="/uploads/logo-hoathinh.png" alt="%(site)s" /></a><h2 class="site-name">%(site_up)s</h2><p class="site-slogan">Tỉnh Đắk Lắk</p></div>
<div class="col-md-8 text-right"><p class="today"><em class="fa fa-calendar"></em> %(today)s</p></div></div>
</div></header>
<nav class="main-nav"><div class="container">%(menu)s</div></nav>
<div class="container" id="body">
<div class="row">
<div class="col-md-17">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/news/">Tin tức</a></li><li class="active"><a href="/news/tin-tuc/">Tin hoạt động</a></li></ol>
<div class="news-detail" itemscope itemtype="http://schema.org/NewsArticle">
<h1 class="news-title" itemprop="headline">%(title)s</h1>
<div class="news-time"><em class="fa fa-clock-o"></em> %(shown)s <span class="news-views"><em class="fa fa-eye"></em> 2.318</span></div>
<div class="hometext"><strong>%(lead)s</strong></div>
<div id="news-bodyhtml" class="bodytext">
%(body)s
</div>
<div class="news-source text-right"><strong>Nguồn tin: </strong>%(source)s</div>
<div class="news-share"><div class="fb-like" data-href="%(url)s" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div></div>
</div>
<div class="news-other panel panel-default"><div class="panel-heading">Tin cùng chuyên mục</div><div class="panel-body"><ul class="list-unstyled">%(others)s</ul></div></div>
</div>
<div class="col-md-7">
<div class="panel panel-default"><div class="panel-heading">Trung tâm Phục vụ hành chính công</div><div class="panel-body"><p>Địa chỉ: Thôn Phú Thứ, xã Hòa Thịnh</p><p>Điện thoại: 0257.3585.116</p><p>Thời gian làm việc: Sáng 7h00 - 11h30; Chiều 13h30 - 17h00 (từ thứ Hai đến thứ Sáu)</p></div></div>
<div class="panel panel-default"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">%(counter)s</div></div>
</div>
</div>
</div>
<footer id="footer"><div class="container"><p><strong>%(site_up)s</strong></p><p>Cơ quan chủ quản: Ủy ban nhân dân xã Hòa Thịnh, tỉnh Đắk Lắk</p><p>Chịu trách nhiệm nội dung: Chủ tịch UBND xã</p></div></footer>
</div>
<script src="/assets/js/jquery/jquery.min.js?t=1751958000"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_module_name="news",nv_func_name="detail",nv_my_ofs=7,nv_my_abbr="+07";</script>
<script src="/themes/hoathinh/js/main.js?t=1751958000"></script>
</body>
</html>
""" % dict(site=esc(site), site_up=esc(site.upper()), today="%s, %s" % (thu(CRAWL, True), d(CRAWL)),
           menu=nav_ul(MENU_HUYEN[:8], "/", "nav-menu", "", "sub"), title=esc(a["title"]),
           shown="%s - %s %s" % (thu(a["dt"]), d(a["dt"]), hm(a["dt"])), lead=inline(a["lead"]), body=body, source=esc(a["source"]),
           url=attr(a["url"]), others=others, counter=nv_counter(2020))


# ---------------------------------------------------------------------------
# pages without an article
# ---------------------------------------------------------------------------

LISTING_ITEMS = [
    ("Ban Dân vận Tỉnh ủy sơ kết phong trào thi đua “Dân vận khéo” 10 tháng năm 2026", datetime(2026, 11, 20, 16, 5),
     "Ngày 20/11, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết phong trào thi đua “Dân vận khéo” 10 tháng năm 2026. Từ đầu năm đến nay, toàn tỉnh có thêm 1.245 mô hình, điển hình “Dân vận khéo” được công nhận ở các cấp."),
    ("Ngày hội Đại đoàn kết toàn dân tộc ở thôn Xuân Phong", datetime(2026, 11, 19, 10, 40),
     "Sáng 18/11, đồng chí Phó Bí thư Thường trực Tỉnh ủy dự Ngày hội Đại đoàn kết toàn dân tộc tại thôn Xuân Phong, xã Thọ Xuân. Dịp này, Ủy ban MTTQ tỉnh trao tặng 20 suất quà cho các hộ gia đình có hoàn cảnh khó khăn."),
    ("Đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân xã Nga Sơn", datetime(2026, 11, 18, 15, 12),
     "Buổi đối thoại đã tiếp nhận 23 ý kiến, kiến nghị của Nhân dân liên quan đến đất đai, môi trường, chính sách an sinh xã hội. Các ý kiến thuộc thẩm quyền đã được lãnh đạo xã giải đáp trực tiếp tại hội nghị."),
    ("Tập huấn nghiệp vụ công tác dân vận năm 2026", datetime(2026, 11, 17, 9, 0),
     "Trong 2 ngày 16 và 17/11, Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ cho hơn 300 cán bộ làm công tác dân vận ở cơ sở, tập trung vào kỹ năng nắm tình hình Nhân dân và vận động quần chúng trên không gian mạng."),
    ("Kết quả thực hiện dân chủ ở cơ sở tại các xã miền núi", datetime(2026, 11, 14, 8, 30),
     "Qua 3 năm thi hành Luật Thực hiện dân chủ ở cơ sở, các xã miền núi của tỉnh đã công khai đầy đủ các nội dung theo quy định; nhiều công trình hạ tầng được Nhân dân tham gia bàn bạc, giám sát ngay từ khâu lập kế hoạch."),
    ("Phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số", datetime(2026, 11, 12, 14, 25),
     "Toàn tỉnh hiện có 1.180 người có uy tín trong đồng bào dân tộc thiểu số. Đây là lực lượng nòng cốt trong tuyên truyền, vận động Nhân dân chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước."),
    ("Lực lượng vũ trang tỉnh giúp dân khắc phục hậu quả mưa lũ", datetime(2026, 11, 10, 17, 45),
     "Hơn 1.500 cán bộ, chiến sĩ lực lượng vũ trang tỉnh đã được huy động giúp Nhân dân các xã vùng thấp trũng dọn dẹp bùn đất, sửa chữa nhà cửa, khôi phục sản xuất sau đợt mưa lũ đầu tháng 11."),
    ("Giao ban công tác dân vận quý IV năm 2026", datetime(2026, 11, 7, 11, 2),
     "Hội nghị đánh giá kết quả công tác dân vận quý III, thống nhất các nhiệm vụ trọng tâm quý IV, trong đó chú trọng nắm tình hình Nhân dân dịp cuối năm và chuẩn bị tổng kết công tác dân vận năm 2026."),
    ("Ký kết chương trình phối hợp giữa Ban Dân vận Tỉnh ủy và Công an tỉnh giai đoạn 2026 - 2030", datetime(2026, 11, 5, 15, 30),
     "Chương trình tập trung vào phối hợp nắm tình hình Nhân dân, xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc và nhân rộng các mô hình “Dân vận khéo” trong lực lượng Công an nhân dân."),
    ("Người trưởng thôn vận động Nhân dân hiến đất làm đường", datetime(2026, 11, 3, 7, 50),
     "Bằng sự gương mẫu và cách vận động “mưa dầm thấm lâu”, ông Lê Văn Hòa, trưởng thôn Đồng Lạc đã vận động 46 hộ dân hiến gần 3.000 m² đất để mở rộng tuyến đường liên thôn."),
]


def n01_listing():
    site = "Ban Dân vận Tỉnh ủy Thanh Hóa"
    base = "/web/ban-dan-van"
    pid = "101_INSTANCE_Lst7Qw2Er9Ty"
    items = []
    for i, (t, dt, s) in enumerate(LISTING_ITEMS):
        items.append("""<div class="asset-abstract %s">
<div class="asset-image"><a href="%s/tin-hoat-dong/-/asset_publisher/Lst7Qw2Er9Ty/content/%s"><img alt="" src="/documents/20182/tin-hoat-dong/%d.jpg" /></a></div>
<h3 class="asset-title"><a href="%s/tin-hoat-dong/-/asset_publisher/Lst7Qw2Er9Ty/content/%s">%s</a></h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">%s</span></div>
<div class="asset-content"><div class="asset-summary">%s</div>
<div class="asset-more"><a href="%s/tin-hoat-dong/-/asset_publisher/Lst7Qw2Er9Ty/content/%s">Xem chi tiết <span class="hide-accessible">về %s</span> »</a></div></div>
</div>""" % ("first" if i == 0 else "", base, slug(t), i, base, slug(t), esc(t), "%s %s" % (d(dt), hm(dt)), esc(s), base, slug(t), esc(t)))
    paging = """<div class="taglib-page-iterator" id="_%s_ocerSearchContainerPageIterator"><div class="clearfix lfr-pagination"><div class="lfr-pagination-config"><div class="lfr-pagination-page-selector">Trang 1 / 87</div></div>
<ul class="lfr-pagination-buttons pager"><li class="disabled"><a href="javascript:;">Đầu tiên</a></li><li class="disabled"><a href="javascript:;">« Trước</a></li><li><a href="%s/tin-hoat-dong?p_p_id=%s&amp;_%s_cur=2">Sau »</a></li><li><a href="%s/tin-hoat-dong?p_p_id=%s&amp;_%s_cur=87">Cuối cùng</a></li></ul></div></div>""" % (pid, base, pid, pid, base, pid, pid)
    c = counters(2101)
    sidebar = "\n".join([
        liferay_portlet("56_INSTANCE_vbtw0001", "Văn bản mới", "<ul>%s</ul>" % "".join('<li><a href="%s/van-ban/%s">%s</a> <em>%s</em></li>' % (base, slug(n), esc(n + " " + t), d(dd)) for n, dd, t in new_docs(2102, 5)), "portlet-journal-content"),
        liferay_portlet("56_INSTANCE_lk000002", "Liên kết website", "<ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (u, esc(n)) for n, u in LINKS), "portlet-journal-content"),
        liferay_portlet("56_INSTANCE_tk000003", "Thống kê truy cập", '<p>Đang truy cập: %s</p><p>Hôm nay: %s</p><p>Tổng lượt truy cập: %s</p>' % (c["online"], fmt_int(c["today"]), fmt_int(c["total"])), "portlet-journal-content"),
    ])
    return liferay_head("Tin hoạt động - %s" % site, "https://bdvtu.thanhhoa.gov.vn/web/ban-dan-van/tin-hoat-dong", "bandanvan-theme") + """
<body class="yui3-skin-sam controls-visible signed-out public-page site">
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner"><div class="top-bar"><span id="today">%(today)s</span></div>
<div class="banner-img"><a href="%(base)s"><img alt="%(site)s" src="/bandanvan-theme/images/banner-thanhhoa.png" /></a></div>
<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation">%(nav)s</nav></header>
<div id="content"><div class="columns-2-r" id="main-content" role="main"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span9" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
%(list)s
</div></div>
<div class="portlet-column portlet-column-last span3" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
%(sidebar)s
</div></div>
</div></div></div>
<footer id="footer" role="contentinfo"><p>BAN DÂN VẬN TỈNH ỦY THANH HÓA</p><p>Địa chỉ: 47 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa</p><p>Điện thoại: 0237.3852.348</p></footer>
</div>
%(ga)s
</body>
</html>
""" % dict(today="%s, ngày %s" % (thu(CRAWL, True), d(CRAWL)), base=base, site=esc(site), nav=nav_ul(MENU_PARTY, base, "nav", "lfr-nav-item", "child-menu"),
           list=liferay_portlet(pid, "Tin hoạt động", "\n".join(items) + "\n" + paging), sidebar=sidebar, ga=ga(2101))


SEARCH_RESULTS = [
    ("Sơn La: Đẩy mạnh chuyển đổi số trong cơ quan nhà nước năm 2026", "14/11/2026",
     "... UBND tỉnh ban hành kế hoạch <b>chuyển đổi số</b> năm 2026, trong đó đặt mục tiêu 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng ..."),
    ("Hội nghị tập huấn kỹ năng số cho tổ công nghệ số cộng đồng", "06/11/2026",
     "... hơn 400 thành viên tổ công nghệ số cộng đồng các xã, phường được hướng dẫn kỹ năng hỗ trợ người dân sử dụng dịch vụ công trực tuyến, <b>chuyển đổi số</b> trong sản xuất nông nghiệp ..."),
    ("Kết quả thực hiện Đề án 06 trên địa bàn tỉnh 10 tháng năm 2026", "30/10/2026",
     "... tỷ lệ người dân được cấp căn cước có gắn chíp đạt 99,2%; phối hợp đẩy mạnh <b>chuyển đổi số</b> trong giải quyết thủ tục hành chính liên thông ..."),
    ("Ngày Chuyển đổi số tỉnh Sơn La năm 2026", "10/10/2026",
     "... chuỗi hoạt động hưởng ứng Ngày <b>Chuyển đổi số</b> quốc gia 10/10 với chủ đề “Khai thác dữ liệu số để tạo giá trị mới” ..."),
    ("Nông dân Mộc Châu bán nông sản qua sàn thương mại điện tử", "27/09/2026",
     "... nhiều hợp tác xã đã mạnh dạn <b>chuyển đổi số</b>, đưa mận, bơ, chè lên các sàn thương mại điện tử, livestream bán hàng ..."),
    ("Triển khai nền tảng họp trực tuyến đến 75 xã, phường", "15/09/2026",
     "... hệ thống hội nghị truyền hình được kết nối thông suốt từ tỉnh đến cấp xã, góp phần thúc đẩy <b>chuyển đổi số</b> trong chỉ đạo, điều hành ..."),
    ("Sở Khoa học và Công nghệ hướng dẫn đánh giá mức độ chuyển đổi số cấp xã", "02/09/2026",
     "... bộ chỉ số đánh giá mức độ <b>chuyển đổi số</b> cấp xã gồm 3 trụ cột: chính quyền số, kinh tế số và xã hội số ..."),
    ("Phát động phong trào “Bình dân học vụ số” trong thanh niên", "20/08/2026",
     "... Tỉnh đoàn phát động đoàn viên, thanh niên tham gia phổ cập kỹ năng số cho người dân, góp phần thực hiện thắng lợi các mục tiêu <b>chuyển đổi số</b> ..."),
]


def n02_search():
    site = "Sở Khoa học và Công nghệ tỉnh Sơn La"
    mid = "dnn_ctr381"
    rows = "\n".join("""<div class="dnnSearchResultItem">
<div class="dnnSearchResultItem-Title"><a href="/tin-tuc/ArticleId/%d/%s">%s</a></div>
<div class="dnnSearchResultItem-Description">%s</div>
<div class="dnnSearchResultItem-Link"><a href="/tin-tuc/ArticleId/%d/%s">https://skhcn.sonla.gov.vn/tin-tuc/ArticleId/%d/%s</a></div>
<div class="dnnSearchResultItem-Others"><span>Cập nhật: </span>%s <span>| Nguồn: </span><a href="/tin-tuc">Tin tức - Sự kiện</a></div>
</div>""" % (5400 - i, slug(t), esc(t), s, 5400 - i, slug(t), 5400 - i, slug(t), dd) for i, (t, dd, s) in enumerate(SEARCH_RESULTS))
    return """<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>
	Kết quả tìm kiếm
</title><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaRobots" name="ROBOTS" content="NOINDEX, NOFOLLOW" />
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=205" type="text/css" rel="stylesheet"/><link href="/Resources/Search/SearchSkinObjectPreview.css?cdv=205" type="text/css" rel="stylesheet"/><link href="/DesktopModules/Admin/SearchResults/module.css?cdv=205" type="text/css" rel="stylesheet"/><link href="/Portals/_default/Skins/SoKHCN/skin.css?cdv=205" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=205" type="text/javascript"></script>
</head>
<body id="Body">
<form method="post" action="/tim-kiem?Search=chuy%%e1%%bb%%83n+%%c4%%91%%e1%%bb%%95i+s%%e1%%bb%%91" id="Form" enctype="multipart/form-data">
%(hidden)s
<div id="siteWrapper">
<div class="header"><a href="/"><img src="/Portals/0/banner-skhcn.png" alt="%(site)s" /></a><span class="DateToken">Chủ Nhật, 22 Tháng Mười Một 2026</span></div>
<div class="menu"><ul class="topLevel">%(menu)s</ul></div>
<div id="dnn_ContentPane" class="ContentPane">
<div class="DnnModule DnnModule-SearchResults DnnModule-381"><a name="381"></a>
<div class="Container-Title"><h2><span id="%(mid)s_dnnTITLE_titleLabel" class="Head">Kết quả tìm kiếm</span></h2></div>
<div id="%(mid)s_ContentPane"><div id="%(mid)s_ModuleContent" class="DNNModuleContent ModSearchResultsC">
<div class="dnnSearchBoxPanel"><input type="text" id="dnnSearchResult_dnnSearchBox_input" value="chuyển đổi số" /><a class="dnnSearchButton" href="javascript:void(0)">Tìm kiếm</a> <a class="dnnSearchResultAdvancedTip" href="javascript:void(0)">Tìm kiếm nâng cao</a></div>
<div class="dnnSearchResultPanel"><div class="dnnLeft"><span class="dnnSearchResultCount">Tìm thấy khoảng 126 kết quả cho “chuyển đổi số”</span></div>
<div class="dnnRight"><span>Sắp xếp theo: </span><a class="active" href="#byRelevance">Mức độ liên quan</a> | <a href="#byDate">Ngày đăng</a></div></div>
<div class="dnnSearchResultContainer">
%(rows)s
</div>
<div class="dnnSearchResultPager"><span class="dnnSearchResultPagerTop"><a class="active" href="#">1</a><a href="#">2</a><a href="#">3</a><a href="#">4</a><a href="#">...</a><a href="#">16</a><a href="#">Sau »</a></span></div>
</div></div></div>
</div>
<div class="footer"><p>SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH SƠN LA</p><p>Địa chỉ: Tầng 4, Tòa nhà 7 tầng, Trung tâm Hành chính tỉnh, phường Tô Hiệu, tỉnh Sơn La</p><p>Điện thoại: 0212.3852.164</p></div>
</div>
</form>
</body>
</html>
""" % dict(hidden=dnn_hidden(2201, 2500), site=esc(site), mid=mid, rows=rows,
           menu="".join('<li><a href="/%s">%s</a></li>' % (slug(n), esc(n)) for n, _ in MENU_HUYEN[:8]))


TANHUNG_ITEMS = [
    ("Xã Tân Hưng tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại ấp Gò Thuyền", datetime(2026, 11, 18, 9, 30),
     "Ngày hội có nhiều hoạt động văn hóa, thể thao sôi nổi; dịp này, Ban Công tác Mặt trận ấp trao 15 suất quà cho hộ gia đình có hoàn cảnh khó khăn."),
    ("Hơn 1.200 hộ dân được hướng dẫn thanh toán không dùng tiền mặt", datetime(2026, 11, 14, 15, 10),
     "Các tổ công nghệ số cộng đồng đã phối hợp với ngân hàng hướng dẫn người dân mở tài khoản, thanh toán tiền điện, nước, học phí qua điện thoại."),
    ("Thu hoạch lúa Thu Đông, năng suất ước đạt 5,8 tấn/ha", datetime(2026, 11, 10, 8, 5),
     "Vụ Thu Đông năm 2026, toàn xã xuống giống hơn 3.200 ha lúa; giá lúa tươi tại ruộng dao động từ 6.800 đến 7.200 đồng/kg, nông dân có lãi khá."),
    ("Tổng kết phong trào “Bình dân học vụ số” giai đoạn 2025 - 2026", datetime(2026, 11, 5, 14, 0),
     "Sau hơn một năm triển khai, 82% người dân trong độ tuổi lao động trên địa bàn xã đã biết sử dụng dịch vụ công trực tuyến và các tiện ích trên ứng dụng VNeID."),
]

LAOCAI_ITEMS = [
    ("Khai mạc Tuần Văn hóa - Du lịch Bắc Hà năm 2026", datetime(2026, 11, 18, 21, 15),
     "Tối 17/11, tại xã Bắc Hà, UBND tỉnh Lào Cai tổ chức khai mạc Tuần Văn hóa - Du lịch Bắc Hà năm 2026 với nhiều hoạt động đặc sắc như chợ phiên vùng cao, trình diễn trang phục dân tộc, thi đấu đua ngựa truyền thống."),
    ("Giải ngân vốn đầu tư công đạt 78% kế hoạch", datetime(2026, 11, 17, 10, 40),
     "Tính đến ngày 15/11/2026, toàn tỉnh đã giải ngân hơn 8.900 tỷ đồng vốn đầu tư công, đạt 78% kế hoạch vốn được giao, cao hơn mức bình quân chung của cả nước."),
    ("Bồi dưỡng kiến thức quốc phòng và an ninh cho chức sắc tôn giáo", datetime(2026, 11, 14, 16, 20),
     "Lớp bồi dưỡng có 85 học viên là chức sắc, chức việc, nhà tu hành các tôn giáo trên địa bàn tỉnh, được giới thiệu các chuyên đề về quan điểm của Đảng, chính sách, pháp luật của Nhà nước về tôn giáo."),
    ("Mở lớp bồi dưỡng nghiệp vụ chuyển đổi số cho cán bộ cấp xã", datetime(2026, 11, 12, 8, 0),
     "Sở Khoa học và Công nghệ mở 6 lớp bồi dưỡng nghiệp vụ chuyển đổi số dành cho cán bộ, công chức cấp xã. Thời gian nhận hồ sơ đăng ký đến hết ngày 25/11/2026."),
    ("Đối thoại với thanh niên về khởi nghiệp, lập nghiệp", datetime(2026, 11, 10, 9, 45),
     "Hơn 300 đoàn viên, thanh niên đã trực tiếp đặt câu hỏi với lãnh đạo tỉnh về cơ chế hỗ trợ vốn vay, đào tạo nghề, phát triển sản phẩm nông sản đặc trưng gắn với du lịch."),
]


def n03_notfound():
    site = "Trang thông tin điện tử xã Tân Hưng"
    root = "http://xatanhung.tayninh.gov.vn"
    fake = dict(url=root + "/2026/11/20/khong-ton-tai/", title="Không tìm thấy trang", lead="", blocks=[("p", "Trang không tồn tại.")])
    recent = "\n".join("""<div class="td_module_wrap td_module_6"><div class="item-details"><h3 class="entry-title td-module-title"><a href="%s/2026/%s/%s/">%s</a></h3>
<div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></span></div>
<div class="td-excerpt">%s</div></div></div>""" % (root, dt.strftime("%m/%d"), slug(t), esc(t), dt.strftime("%Y-%m-%dT%H:%M:%S+07:00"), d(dt), esc(s))
                       for t, dt, s in TANHUNG_ITEMS)
    return """<!doctype html >
<html lang="vi">
<head>
<title>Không tìm thấy trang - %(site)s</title>
%(head)s
</head>
<body class="error404 td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1 "><div class="td-header-top-menu-full td-container-wrap "><div class="td_data_time"><div>%(today)s</div></div></div>
<div class="td-header-sp-logo"><a class="td-main-logo" href="%(root)s/"><img src="%(root)s/wp-content/uploads/2025/07/logo-xa-tan-hung.png" alt="%(site)s" /><span class="td-visual-hidden">%(site)s</span></a></div>
<div id="td-header-menu" role="navigation">%(menu)s</div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container">
<div class="td-pb-row"><div class="td-pb-span12 td-main-content">
<div class="td-404-head"><h1 class="page-title">Không tìm thấy trang!</h1></div>
<div class="td-404-sub-head"><p>Rất tiếc, trang bạn đang tìm kiếm không tồn tại, đã bị xóa hoặc đã được chuyển sang địa chỉ khác. Vui lòng thử tìm kiếm hoặc quay lại trang chủ.</p></div>
<form method="get" class="td-search-form-widget" action="%(root)s/"><div role="search"><input class="td-widget-search-input" type="text" value="" name="s" id="s" placeholder="Nhập từ khóa..." /><input class="wpb_button wpb_btn-inverse btn" type="submit" id="searchsubmit" value="Tìm kiếm" /></div></form>
<a class="td-404-go-home" href="%(root)s/">Về trang chủ</a>
<div class="td-404-title">CÓ THỂ BẠN QUAN TÂM</div>
<div class="td-block-row">%(recent)s</div>
</div></div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="footer-text-wrap"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN HƯNG</strong></p><p>Cơ quan chủ quản: Ủy ban nhân dân xã Tân Hưng, tỉnh Tây Ninh</p></div></div>
</div>
%(ga)s
</body>
</html>
""" % dict(site=esc(site), head=wp_head_common(fake, site).replace('<meta property="og:type" content="article" />', '<meta property="og:type" content="website" />'),
           today="%s, %s" % (thu(CRAWL, True), CRAWL.strftime("%d/%m/%Y")), root=root, recent=recent,
           menu=nav_ul(MENU_HUYEN[:8], root, "sf-menu", "menu-item", "sub-menu"), ga=ga(7))


def n04_empty():
    """A Tân Dân article page whose rich-text field came out empty (the
    publishing page exists, its content was never filled in)."""
    site = "Cổng thông tin điện tử tỉnh Lào Cai"
    title = "Thông báo kết quả xét tuyển viên chức sự nghiệp giáo dục năm 2026 (vòng 2)"
    dt = datetime(2026, 11, 19)
    rel_html = "".join('<div class="tandan-other-item"><a class="tandan-other-title" href="/portal/Pages/%s/%s.aspx">%s</a><span class="tandan-other-date">%s</span><p class="tandan-other-summary">%s</p></div>'
                       % (dtt.strftime("%Y-%m-%d"), slug(t)[:60], esc(t), d(dtt), esc(s)) for t, dtt, s in LAOCAI_ITEMS)
    c = counters(2402)
    page = "Thong-bao-ket-qua-xet-tuyen-vien-chuc-su-nghiep-giao-duc-nam-2026-vong-2-k8m2qa.aspx"
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" />
<title>
	%(title)s
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2bpHeX9U8DH09TB5zpJcsQ%%3D%%3DTAG0"/>
<link rel="stylesheet" type="text/css" href="/Style%%20Library/TanDan/css/tandan.portal.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=LsBrFg7tqvX%%2FbN4eQp1Yqw%%3D%%3DTAG0"></script>
</head>
<body>
<form method="post" action="./%(page)s" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
%(hidden)s
<script type="text/javascript">
//<![CDATA[
%(sod)s
//]]>
</script>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="tandan-wrapper">
<div class="tandan-header"><div class="tandan-header-top"><span class="tandan-today">%(today)s</span></div>
<div class="tandan-banner"><a href="/portal"><img src="/portal/PublishingImages/banner-laocai-2024.png" alt="%(site)s" /></a></div>
<div class="tandan-menu">%(menu)s</div></div>
<div class="tandan-breadcrumb"><a href="/portal">Trang chủ</a><span> &gt; </span><a href="/portal/Pages/thong-bao.aspx">Thông báo</a></div>
<div class="tandan-main"><div class="tandan-col-left">
<div class="tandan-news-detail">
<h1 class="tandan-title">%(title)s</h1>
<div class="tandan-date-detail"><span class="tandan-icon-date"></span>%(date)s</div>
<div class="tandan-summary"><div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label"></div></div>
<div class="tandan-content"><div id="ctl00_PlaceHolderMain_ctl02_label" style="display:none">Page Content</div><div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label"><div class="ExternalClass0D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A"><p>&#8203;</p></div></div></div>
<div class="tandan-tool"><a href="javascript:window.print();" class="tandan-print">In trang</a> <a href="mailto:?subject=Thong-bao" class="tandan-mail">Gửi email</a></div>
</div>
<div class="tandan-other"><h3 class="tandan-other-title-box">Các tin khác</h3>%(rel)s</div>
</div>
<div class="tandan-col-right">
%(sidebar)s
</div></div>
<div class="tandan-footer"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI</b></p><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lào Cai</p><p>Giấy phép số 45/GP-TTĐT do Bộ Thông tin và Truyền thông cấp</p></div>
</div></div></div>
</form>
</body>
</html>
""" % dict(title=esc(title), page=page, hidden=sp_hidden(2403, 30000, "21 Nov 2026 23:58:40 -0000"), sod=sp_sod(2404),
           today="%s, ngày %s" % (thu(CRAWL, True), d(CRAWL)), site=esc(site),
           menu=nav_ul(MENU_HUYEN, "/portal/Pages", "tandan-menu-root", "tandan-menu-item", "tandan-menu-sub"),
           date="%s, %s" % (thu(dt, True), d(dt)), rel=rel_html,
           sidebar="\n".join([sp_webpart(3, "Thông báo", "<ul>%s</ul>" % "".join('<li><a href="/portal/Pages/thong-bao/%s.aspx">%s %s</a></li>' % (slug(n), esc(n), esc(t)) for n, _, t in new_docs(2405, 5))),
                              sp_webpart(7, "Thống kê truy cập", '<div class="tandan-counter"><p>Đang truy cập: <b>%s</b></p><p>Hôm nay: <b>%s</b></p><p>Tổng lượt truy cập: <b>%s</b></p></div>' % (c["online"], fmt_int(c["today"]), fmt_int(c["total"])))]))


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------

ARTICLE_PAGES = [
    ("a01-liferay-thachthanh-nong-thon-moi", "a01", t_a01, {}),
    ("a02-liferay-bandanvan-hatinh", "a02", t_a02, {}),
    ("a03-sharepoint-tandan-laocai", "a03", t_a03, {}),
    ("a04-sharepoint-trang-eakar-entities", "a04", t_a04, {}),
    ("a05-dnn-nongcong-short", "a05", t_a05, {}),
    ("a06-dnn-bandanvan-sonla", "a06", t_a06, {}),
    ("a07-wordpress-tagdiv-tanhung", "a07", t_a07, {}),
    ("a08-wordpress-gutenberg-mocaynam", "a08", t_a08, {}),
    ("a09-joomla3-cammy", "a09", t_a09, {}),
    ("a10-joomla15-lucnam-entities", "a10", t_a10, {}),
    ("a11-nukeviet-yenthanh", "a11", t_a11, {}),
    ("a12-drupal-thoaison", "a12", t_a12, {}),
    ("a13-classicasp-cp1258-giatrung", "a13", t_a13, {"encoding": "windows-1258"}),
    ("a14-aspnet-viewstate-krongpac", "a14", t_a14, {}),
    ("a15-bootstrap-jsonld-tuyenquang", "a15", t_a15, {}),
    ("a16-amp-thuanhoa", "a16", t_a16, {}),
    ("a17-emagazine-laocai", "a17", t_a17, {}),
    ("a18-php-small-quangloi", "a18", t_a18, {}),
    ("a19-aspnet-bom-tamdao", "a19", t_a19, {"bom": True}),
    ("a20-nukeviet-hoathinh-merger", "a20", t_a20, {}),
]

OTHER_PAGES = [
    ("n01-liferay-listing", "listing", "vnpt-liferay", "https://bdvtu.thanhhoa.gov.vn/web/ban-dan-van/tin-hoat-dong", n01_listing),
    ("n02-dnn-search", "search", "dnn", "https://skhcn.sonla.gov.vn/tim-kiem?Search=chuy%e1%bb%83n+%c4%91%e1%bb%95i+s%e1%bb%91", n02_search),
    ("n03-wordpress-notfound", "not_found", "wordpress", "http://xatanhung.tayninh.gov.vn/2026/11/20/khong-ton-tai/", n03_notfound),
    ("n04-sharepoint-empty", "empty", "sharepoint-tandan", "https://www.laocai.gov.vn/portal/Pages/2026-11-19/Thong-bao-ket-qua-xet-tuyen-vien-chuc-su-nghiep-giao-duc-nam-2026-vong-2-k8m2qa.aspx", n04_empty),
]


def write_page(name, text, meta, encoding="utf-8", bom=False):
    if encoding == "windows-1258":
        data = to_cp1258(text)
    else:
        data = text.encode("utf-8")
        if bom:
            data = b"\xef\xbb\xbf" + data
    with open(os.path.join(OUT, name + ".html"), "wb") as f:
        f.write(data)
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    for name, key, template, opts in ARTICLE_PAGES:
        a = A[key]
        enc = opts.get("encoding", "utf-8")
        meta = {
            "kind": "article",
            "platform": a["platform"],
            "url": a["url"],
            "charset": enc,
            "title": a["title"],
            "published_at": a["published_at"],
            "author": a["author"],
            "body": gold_body(a),
        }
        write_page(name, template(a), meta, enc, opts.get("bom", False))
    for name, kind, platform, url, fn in OTHER_PAGES:
        meta = {"kind": kind, "platform": platform, "url": url, "charset": "utf-8"}
        write_page(name, fn(), meta)


if __name__ == "__main__":
    main()
