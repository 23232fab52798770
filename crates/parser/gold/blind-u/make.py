#!/usr/bin/env python3
"""Generate the blind-u gold set: commune / ward / special-zone portals (round two).

python3 make.py [OUTDIR]     (default: the directory of this script)

Standard library only; every page uses random.Random("blind-u:NAME"); no clock,
no network.  The article texts are written out below, page by page; only the
site chrome (menus, sidebars, counters, scripts, view state) is generated.
"""
import base64
import datetime
import html
import json
import os
import random
import sys
import unicodedata

SET = "blind-u"
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def wd(y, m, d):
    return WD[datetime.date(y, m, d).weekday()]


def slugify(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    out = []
    for c in s.lower():
        out.append(c if c.isalnum() and c.isascii() else "-")
    return "-".join(x for x in "".join(out).split("-") if x)


def rid(rng, n=12, alpha="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alpha) for _ in range(n))


def hexid(rng, n=8):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def guid(rng):
    return "-".join(hexid(rng, k) for k in (8, 4, 4, 4, 12))


def num(n):
    return "{:,}".format(n).replace(",", ".")


# ---------------------------------------------------------------- chrome pools
HEADLINES = [
    "Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2026",
    "Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới",
    "Kiểm tra công tác phòng, chống dịch bệnh trên đàn gia súc",
    "Trao tặng 15 căn nhà Đại đoàn kết cho hộ nghèo",
    "Tập huấn nghiệp vụ cho cán bộ làm công tác tư pháp - hộ tịch",
    "Đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân",
    "Phát động phong trào thi đua yêu nước năm 2026",
    "Tuyên truyền phòng, chống tác hại của thuốc lá điện tử trong trường học",
    "Hội nghị tổng kết công tác tuyển chọn, gọi công dân nhập ngũ",
    "Ra mắt mô hình “Camera an ninh” tại khu dân cư",
    "Lễ giao nhận quân năm 2026",
    "Kỳ họp chuyên đề Hội đồng nhân dân xã",
    "Triển khai cấp căn cước cho trẻ em dưới 14 tuổi",
    "Trung tâm Phục vụ hành chính công xã đón nhận phản ánh, kiến nghị của người dân",
    "Tọa đàm kỷ niệm Ngày Phụ nữ Việt Nam 20/10",
    "Khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới",
    "Hội thi tìm hiểu pháp luật về đất đai năm 2026",
    "Tăng cường quản lý trật tự xây dựng trên địa bàn",
    "Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc",
    "Hỗ trợ người dân thực hiện dịch vụ công trực tuyến toàn trình",
    "Thăm, tặng quà các gia đình chính sách nhân dịp 27/7",
    "Diễn tập phòng thủ dân sự ứng phó với bão mạnh",
    "Chi trả chế độ bảo trợ xã hội qua tài khoản ngân hàng",
    "Hội nghị sơ kết công tác cải cách hành chính quý III",
    "Giải bóng đá thiếu niên nhi đồng hè năm 2026",
    "Tuyên truyền Luật Phòng thủ dân sự tại các thôn, ấp",
    "Khánh thành cầu giao thông nông thôn do Nhân dân đóng góp",
    "Tiêm vắc xin phòng bệnh dại cho chó, mèo đợt 2",
    "Công bố danh sách hộ nghèo, hộ cận nghèo năm 2026",
    "Lễ ra quân Chiến dịch Thanh niên tình nguyện hè",
    "Kiểm tra an toàn thực phẩm dịp Tết Trung thu",
    "Ký kết chương trình phối hợp giữa Công an xã và Đoàn Thanh niên",
    "Hội nghị tiếp xúc cử tri trước Kỳ họp HĐND tỉnh",
    "Trao học bổng “Tiếp sức đến trường” cho học sinh nghèo",
    "Phát triển mô hình nuôi ong lấy mật dưới tán rừng",
    "Tổ chức Tết Trồng cây “Đời đời nhớ ơn Bác Hồ”",
    "Tập huấn kỹ thuật canh tác lúa giảm phát thải",
    "Công khai kết quả giải quyết thủ tục hành chính tháng 10",
    "Kiện toàn Tổ hòa giải ở cơ sở",
    "Hướng dẫn người dân khai báo thông tin trên ứng dụng VNeID",
    "Lễ kỷ niệm 81 năm Cách mạng Tháng Tám và Quốc khánh 2/9",
    "Hội thao dân quân tự vệ năm 2026",
    "Tổng kết mùa thi đua năm học 2025 - 2026",
    "Xét duyệt hồ sơ hỗ trợ nhà ở cho người có công",
]

DOCS = [
    ("Quyết định", "QĐ-UBND", "ban hành Quy chế làm việc của UBND xã"),
    ("Kế hoạch", "KH-UBND", "triển khai công tác chuyển đổi số năm 2026"),
    ("Thông báo", "TB-UBND", "kết luận của Chủ tịch UBND xã tại cuộc họp giao ban"),
    ("Công văn", "UBND-VP", "tăng cường công tác phòng, chống thiên tai"),
    ("Kế hoạch", "KH-UBND", "kiểm tra công tác cải cách hành chính năm 2026"),
    ("Quyết định", "QĐ-UBND", "công bố danh mục thủ tục hành chính cấp xã"),
    ("Nghị quyết", "NQ-HĐND", "về dự toán ngân sách nhà nước năm 2026"),
    ("Báo cáo", "BC-UBND", "tình hình kinh tế - xã hội tháng 9 năm 2026"),
    ("Kế hoạch", "KH-UBND", "tổ chức Ngày hội Đại đoàn kết toàn dân tộc"),
    ("Thông báo", "TB-UBND", "lịch tiếp công dân của Chủ tịch UBND xã"),
    ("Quyết định", "QĐ-UBND", "thành lập Ban Chỉ huy Phòng thủ dân sự xã"),
    ("Chỉ thị", "CT-UBND", "về tăng cường công tác quản lý đất đai"),
    ("Kế hoạch", "KH-UBND", "thực hiện phong trào “Cả nước thi đua xây dựng xã hội học tập”"),
    ("Quyết định", "QĐ-UBND", "phê duyệt danh sách hộ nghèo, hộ cận nghèo"),
    ("Công văn", "UBND-KT", "hướng dẫn chăm sóc lúa Hè Thu"),
    ("Thông báo", "TB-UBND", "tuyển dụng viên chức năm 2026"),
]

PORTALS = [
    "Cổng Thông tin điện tử Chính phủ", "Cổng Dịch vụ công quốc gia",
    "Bộ Nội vụ", "Bộ Nông nghiệp và Môi trường", "Bộ Tư pháp", "Bộ Công an",
    "Bộ Tài chính", "Bộ Văn hóa, Thể thao và Du lịch", "Báo Nhân Dân",
    "Báo Điện tử Đảng Cộng sản Việt Nam", "Thông tấn xã Việt Nam",
    "Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam",
    "Hệ thống văn bản quy phạm pháp luật", "Cơ sở dữ liệu quốc gia về pháp luật",
]

POLLS = [
    ("Bạn đánh giá thế nào về chất lượng phục vụ của Trung tâm Phục vụ hành chính công xã?",
     ["Rất hài lòng", "Hài lòng", "Bình thường", "Chưa hài lòng"]),
    ("Bạn biết đến Trang thông tin điện tử của xã qua kênh nào?",
     ["Mạng xã hội", "Loa truyền thanh", "Cán bộ thôn, ấp", "Khác"]),
    ("Nội dung nào trên trang bạn quan tâm nhất?",
     ["Tin tức - Sự kiện", "Thủ tục hành chính", "Văn bản", "Thông báo"]),
]

MENU = [
    ("Trang chủ", []),
    ("Giới thiệu", ["Tổng quan", "Lịch sử hình thành", "Cơ cấu tổ chức", "Chức năng, nhiệm vụ", "Lãnh đạo xã"]),
    ("Tin tức - Sự kiện", ["Tin trong xã", "Tin trong tỉnh", "Thời sự - Chính trị", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Tin ảnh", "Video"]),
    ("Chính quyền", ["Đảng ủy", "Hội đồng nhân dân", "Ủy ban nhân dân", "MTTQ và các đoàn thể"]),
    ("Văn bản", ["Văn bản chỉ đạo điều hành", "Văn bản quy phạm pháp luật", "Dự thảo văn bản"]),
    ("Thủ tục hành chính", ["Dịch vụ công trực tuyến", "Tra cứu hồ sơ", "Bộ thủ tục hành chính"]),
    ("Công khai", ["Công khai ngân sách", "Quy hoạch - Kế hoạch", "Niêm yết công khai", "Đầu tư công"]),
    ("Tuyên truyền", ["Phổ biến pháp luật", "Nông thôn mới", "Chuyển đổi số", "Phòng thủ dân sự"]),
    ("Hỏi - Đáp", []),
    ("Liên hệ", []),
]


def pick_dates(rng, n, y0=2025, m0=7, y1=2026, m1=11, d1=21):
    a = datetime.date(y0, m0, 1).toordinal()
    b = datetime.date(y1, m1, d1).toordinal()
    ds = sorted((rng.randint(a, b) for _ in range(n)), reverse=True)
    return [datetime.date.fromordinal(x) for x in ds]


def dmy(d, sep="/"):
    return "%02d%s%02d%s%d" % (d.day, sep, d.month, sep, d.year)


def menu_html(rng, ul_cls="nav", li_cls="", sub_cls="sub-menu", base="", aslug=True, sub=True):
    out = ['<ul class="%s">' % ul_cls]
    for label, subs in MENU:
        href = base + "/" + (slugify(label) if label != "Trang chủ" else "")
        cls = li_cls + (" has-child" if subs and sub else "")
        out.append('<li class="%s"><a href="%s">%s</a>' % (cls.strip(), href, esc(label)))
        if subs and sub:
            out.append('<ul class="%s">' % sub_cls)
            for s in subs:
                out.append('<li><a href="%s/%s">%s</a></li>' % (base, slugify(s), esc(s)))
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)


def news_list(rng, n, base="/tin-tuc", cls="list-news", with_date=True, with_img=False, ext=""):
    titles = rng.sample(HEADLINES, min(n, len(HEADLINES)))
    dates = pick_dates(rng, len(titles), 2026, 1)
    out = ['<ul class="%s">' % cls]
    for t, d in zip(titles, dates):
        href = "%s/%s-%d%s" % (base, slugify(t), rng.randint(1000, 9999), ext)
        img = ('<a class="thumb" href="%s"><img src="/uploads/news/%d/%02d/thumb_%s.jpg" alt="%s" width="90" height="60"></a>'
               % (href, d.year, d.month, hexid(rng, 10), attr(t))) if with_img else ""
        date = ' <span class="date">(%s)</span>' % dmy(d) if with_date else ""
        out.append('<li>%s<a href="%s" title="%s">%s</a>%s</li>' % (img, href, attr(t), esc(t), date))
    out.append("</ul>")
    return "\n".join(out)


def docs_list(rng, n, cls="list-doc"):
    out = ['<ul class="%s">' % cls]
    dates = pick_dates(rng, n)
    for d in dates:
        kind, code, what = rng.choice(DOCS)
        no = rng.randint(12, 480)
        out.append('<li><a href="/van-ban/chi-tiet?id=%d"><span class="so-hieu">Số: %d/%s</span> %s %s</a><span class="ngay">Ngày ban hành: %s</span></li>'
                   % (rng.randint(10000, 99999), no, code, esc(kind), esc(what), dmy(d)))
    out.append("</ul>")
    return "\n".join(out)


def links_select(rng, label="Liên kết website"):
    out = ['<select class="weblink" onchange="if(this.value!=\'\') window.open(this.value);" title="%s">' % label,
           '<option value="">-- %s --</option>' % esc(label)]
    for p in PORTALS:
        out.append('<option value="https://%s.gov.vn">%s</option>' % (slugify(p).replace("-", "")[:14], esc(p)))
    out.append("</select>")
    return "\n".join(out)


def poll_box(rng, cls="poll"):
    q, opts = rng.choice(POLLS)
    out = ['<div class="%s"><p class="poll-question">%s</p><form action="/poll/vote" method="post">' % (cls, esc(q))]
    for i, o in enumerate(opts):
        out.append('<label><input type="radio" name="option" value="%d"> %s</label><br>' % (i + 1, esc(o)))
    out.append('<input type="submit" class="btn" value="Bình chọn"> <a href="/poll/result">Xem kết quả</a></form></div>')
    return "\n".join(out)


def counter_box(rng, labels=("Đang truy cập", "Hôm nay", "Tháng này", "Tổng lượt truy cập")):
    vals = [rng.randint(5, 90), rng.randint(150, 4000), rng.randint(9000, 80000), rng.randint(300000, 9000000)]
    return "\n".join('<div class="counter-row"><span class="lbl">%s:</span> <span class="val">%s</span></div>'
                     % (esc(l), num(v)) for l, v in zip(labels, vals))


def svg_sprite(rng, n):
    out = ['<svg xmlns="http://www.w3.org/2000/svg" style="display:none">']
    for i in range(n):
        pts = " ".join("%s%.2f %.2f" % (rng.choice("MLCQ") if j == 0 or rng.random() < .2 else "",
                                         rng.uniform(0, 24), rng.uniform(0, 24)) for j in range(rng.randint(20, 60)))
        out.append('<symbol id="icon-%s" viewBox="0 0 24 24"><path d="M%s Z"/></symbol>' % (hexid(rng, 6), pts[1:]))
    out.append("</svg>")
    return "\n".join(out)


def js_blob(rng, n, ns="app"):
    """Minified-looking inline script: config objects and handlers."""
    parts = []
    for i in range(n):
        k = rid(rng, 6, "abcdefghijklmnopqrstuvwxyz")
        kind = rng.randrange(4)
        if kind == 0:
            parts.append('%s.%s=function(e,t){var n=e||{},r=t||[];for(var i=0;i<r.length;i++){n[r[i].k]=r[i].v}return n};'
                         % (ns, k))
        elif kind == 1:
            parts.append('%s.cfg["%s"]={id:"%s",w:%d,h:%d,lazy:%s,src:"/o/%s/%s.js?t=%d"};'
                         % (ns, k, rid(rng, 10), rng.randint(100, 999), rng.randint(60, 600),
                            rng.choice(["!0", "!1"]), k, hexid(rng, 6), rng.randint(10 ** 12, 10 ** 13)))
        elif kind == 2:
            parts.append('$(document).on("click","#%s .%s",function(e){e.preventDefault();var t=$(this).data("%s");'
                         '$.ajax({url:"/api/%s",type:"POST",data:{id:t},success:function(d){$("#%s").html(d)}})});'
                         % (rid(rng, 8), k, k, k, rid(rng, 8)))
        else:
            parts.append('var _%s=[%s];' % (k, ",".join('"%s"' % hexid(rng, 8) for _ in range(rng.randint(6, 20)))))
    return "".join(parts)


def viewstate(rng, nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def cap_block(text, src, style, rng=None):
    """Image + caption in one of the forms commune CMSs produce."""
    if style == "figure":
        return ('<figure class="image"><img src="%s" alt="%s" width="800"><figcaption>%s</figcaption></figure>'
                % (src, attr(text[:40]), esc(text)))
    if style == "center-italic":
        return ('<p style="text-align: center;"><img alt="" src="%s" style="width: 700px; height: 467px;" /></p>\n'
                '<p style="text-align: center;"><em>%s</em></p>' % (src, esc(text)))
    if style == "center-br":
        return ('<p style="text-align: center;"><img src="%s" width="650" border="0"><br /><em>%s</em></p>' % (src, esc(text)))
    if style == "table":
        return ('<table class="image center" align="center" border="0" cellpadding="0" cellspacing="0"><tbody>'
                '<tr><td><img alt="" src="%s" style="width: 680px;" /></td></tr>'
                '<tr><td class="image_desc" style="text-align: center;"><em>%s</em></td></tr></tbody></table>' % (src, esc(text)))
    if style == "wp":
        return ('<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="1024" height="683" src="%s" alt="" class="wp-image-%d"/>'
                '<figcaption class="wp-element-caption">%s</figcaption></figure>' % (src, sum(map(ord, src)) % 9000 + 1000, esc(text)))
    raise ValueError(style)


def render_blocks(blocks, img_base, cap="figure", h="h3", p_attr="", li_tag="ul", rng=None):
    out, lis, n = [], [], 0

    def flush():
        if lis:
            out.append("<%s>%s</%s>" % (li_tag, "".join("<li>%s</li>" % esc(x) for x in lis), li_tag))
            lis.clear()
    for kind, val in blocks:
        if kind != "li":
            flush()
        if kind == "p":
            out.append("<p%s>%s</p>" % (p_attr, esc(val)))
        elif kind == "h":
            if h == "strong":
                out.append("<p%s><strong>%s</strong></p>" % (p_attr, esc(val)))
            else:
                out.append("<%s>%s</%s>" % (h, esc(val), h))
        elif kind == "li":
            lis.append(val)
        elif kind == "cap":
            n += 1
            out.append(cap_block(val, "%s/anh-%d.jpg" % (img_base, n), cap))
        elif kind == "img":
            n += 1
            out.append('<p style="text-align: center;"><img alt="" src="%s/anh-%d.jpg" /></p>' % (img_base, n))
        elif kind == "q":
            lab, rest = val.split(":", 1)
            out.append("<p%s><strong>%s:</strong>%s</p>" % (p_attr, esc(lab), esc(rest)))
        elif kind == "table":
            rows = ["<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in val]
            out.append('<table border="1" cellpadding="4" cellspacing="0" style="width:100%%;border-collapse:collapse">'
                       '<tbody>%s</tbody></table>' % "".join(rows))
        elif kind == "raw":
            out.append(val)
    flush()
    return "\n".join(out)


def gold_body(a):
    parts = []
    if a.get("lead"):
        parts.append(a["lead"])
    for kind, val in a["blocks"]:
        if kind in ("p", "h", "li", "cap", "q"):
            parts.append(val)
        elif kind == "table":
            for r in val:
                parts.extend(r)
    return "\n\n".join(parts)


def fill(page_fn, lo, hi):
    """Grow the generated chrome (argument k) until the page is at least lo bytes."""
    k = 0
    while True:
        b = page_fn(k)
        if len(b) >= lo or k > 400:
            assert len(b) <= hi, (len(b), hi)
            return b
        k += 1


# ---------------------------------------------------------------- article texts
A = {}

A["u01"] = dict(
    platform="vnpt-liferay-6.2",
    url="https://hauthanh.tayninh.gov.vn/tin-tuc-su-kien/-/asset_publisher/QxL7aK2mZp9B/content/xa-hau-thanh-so-ket-tinh-hinh-kinh-te-xa-hoi-6-thang-dau-nam-2026",
    charset="utf-8",
    title="Xã Hậu Thạnh sơ kết tình hình kinh tế - xã hội 6 tháng đầu năm 2026",
    published_at="2026-07-08T15:20:00+07:00",
    author="Minh Tâm",
    lead="Chiều ngày 07/7, UBND xã Hậu Thạnh tổ chức hội nghị sơ kết tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh 6 tháng đầu năm và triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2026.",
    blocks=[
        ("p", "Dự hội nghị có đồng chí Trần Văn Lực, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Nguyễn Thị Kim Ngân, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; các đồng chí trong Ban Thường vụ Đảng ủy, Thường trực HĐND, lãnh đạo UBND, Ủy ban MTTQ Việt Nam xã; trưởng các phòng chuyên môn, đơn vị sự nghiệp và Bí thư chi bộ, Trưởng ấp của 14 ấp trên địa bàn."),
        ("cap", "Đồng chí Nguyễn Thị Kim Ngân, Chủ tịch UBND xã phát biểu tại hội nghị"),
        ("p", "Theo báo cáo, 6 tháng đầu năm, tổng giá trị sản xuất trên địa bàn xã ước đạt 1.286 tỷ đồng, tăng 8,4% so với cùng kỳ. Toàn xã xuống giống 6.150 ha lúa vụ Đông Xuân, năng suất bình quân 6,8 tấn/ha; diện tích rau màu các loại đạt 720 ha, trong đó có 95 ha rau an toàn được cấp mã số vùng trồng. Đàn bò của xã hiện có 3.420 con, đàn heo 11.800 con; công tác tiêm phòng cho gia súc, gia cầm được thực hiện đúng kế hoạch."),
        ("p", "Thu ngân sách nhà nước trên địa bàn đạt 18,7 tỷ đồng, bằng 61,2% dự toán năm. Công tác cải cách hành chính tiếp tục được chú trọng; Trung tâm Phục vụ hành chính công xã đã tiếp nhận 4.862 hồ sơ, giải quyết đúng và trước hạn 4.815 hồ sơ, đạt tỷ lệ 99,03%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 78%. Sau một năm vận hành mô hình chính quyền địa phương hai cấp, bộ máy của xã cơ bản ổn định, cán bộ, công chức dần thích ứng với khối lượng công việc lớn hơn so với trước."),
        ("p", "Lĩnh vực văn hóa - xã hội có nhiều chuyển biến. Xã đã hoàn thành xóa 23 căn nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo; trao 146 suất học bổng cho học sinh có hoàn cảnh khó khăn; tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,6%. Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững; công tác tuyển quân năm 2026 đạt 100% chỉ tiêu."),
        ("cap", "Quang cảnh hội nghị"),
        ("p", "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: tiến độ giải ngân vốn đầu tư công còn chậm, mới đạt 42% kế hoạch; việc chuyển đổi cơ cấu cây trồng ở một số ấp chưa đồng đều; tình trạng xây dựng nhà ở không phép trên đất nông nghiệp vẫn còn xảy ra; hạ tầng giao thông nông thôn tại các ấp vùng trũng xuống cấp sau mùa mưa."),
        ("p", "Phát biểu chỉ đạo hội nghị, đồng chí Trần Văn Lực đề nghị các ngành, các ấp tập trung khắc phục hạn chế, đẩy nhanh tiến độ giải ngân vốn đầu tư công, nhất là các công trình đường giao thông ấp Bình Lợi, ấp Tân Hòa; chủ động phòng, chống ngập úng, bảo vệ lúa Hè Thu; tiếp tục rà soát, hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao; tăng cường quản lý đất đai, trật tự xây dựng và giữ vững an ninh trật tự trên địa bàn."),
        ("p", "Dịp này, UBND xã khen thưởng 8 tập thể và 15 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ 6 tháng đầu năm 2026."),
    ])

A["u02"] = dict(
    platform="vnpt-liferay-7",
    url="https://iabang.gialai.gov.vn/web/xa-ia-bang/-/thong-bao-thu-hoi-dat-thuc-hien-du-an-duong-giao-thong-lien-thon-plei-ngol-plei-breng",
    charset="utf-8",
    title="Thông báo thu hồi đất thực hiện dự án đường giao thông liên thôn Plei Ngol - Plei Breng",
    published_at="2025-09-05T00:00:00+07:00",
    author=None,
    lead=None,
    blocks=[
        ("p", "Ngày 04/9/2025, UBND xã Ia Băng ban hành Thông báo số 215/TB-UBND về việc thu hồi đất để thực hiện dự án Đường giao thông liên thôn Plei Ngol - Plei Breng, xã Ia Băng."),
        ("p", "Lý do thu hồi đất: thực hiện dự án phát triển kết cấu hạ tầng giao thông vì lợi ích quốc gia, công cộng theo quy định của Luật Đất đai năm 2024."),
        ("p", "Diện tích đất dự kiến thu hồi khoảng 2,46 ha, gồm đất trồng cây lâu năm, đất trồng cây hằng năm khác và đất ở nông thôn của 37 hộ gia đình, cá nhân tại thôn Plei Ngol và thôn Plei Breng."),
        ("h", "Kế hoạch điều tra, khảo sát, đo đạc, kiểm đếm"),
        ("p", "Thời gian thực hiện từ ngày 10/9/2025 đến ngày 10/10/2025. Tổ công tác gồm đại diện UBND xã, Chi nhánh Văn phòng Đăng ký đất đai, đại diện thôn và đơn vị tư vấn sẽ phối hợp với người sử dụng đất thực hiện đo đạc, kiểm đếm tài sản gắn liền với đất."),
        ("p", "Dự kiến kế hoạch di chuyển, bố trí tái định cư: dự án không phải bố trí tái định cư; các hộ bị ảnh hưởng một phần diện tích được bồi thường, hỗ trợ theo quy định."),
        ("p", "UBND xã đề nghị các hộ gia đình, cá nhân có đất trong phạm vi dự án phối hợp, tạo điều kiện cho tổ công tác thực hiện nhiệm vụ. Mọi thắc mắc xin liên hệ bộ phận Địa chính - Xây dựng, Phòng Kinh tế UBND xã (điện thoại 0269.3835.214) để được hướng dẫn."),
    ])

A["u03"] = dict(
    platform="viettel-portal",
    url="https://hoangloc.thanhhoa.gov.vn/portal/Pages/2025-9-5/Giay-moi-du-Ky-hop-chuyen-de-HDND-xa-Hoang-Loc.aspx",
    charset="utf-8",
    title="Giấy mời dự Kỳ họp chuyên đề Hội đồng nhân dân xã Hoằng Lộc, nhiệm kỳ 2021 - 2026",
    published_at="2025-09-05T16:15:00+07:00",
    author=None,
    lead=None,
    blocks=[
        ("p", "Thường trực Hội đồng nhân dân xã Hoằng Lộc trân trọng kính mời:"),
        ("p", "- Đại biểu HĐND xã nhiệm kỳ 2021 - 2026;"),
        ("p", "- Đại diện Thường trực Đảng ủy, lãnh đạo UBND, Ủy ban MTTQ Việt Nam xã;"),
        ("p", "- Trưởng các phòng, ban, đơn vị thuộc UBND xã;"),
        ("p", "- Bí thư chi bộ, Trưởng thôn các thôn trên địa bàn xã."),
        ("p", "Tới dự Kỳ họp chuyên đề HĐND xã để xem xét, quyết định: điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025; phân bổ dự toán ngân sách bổ sung năm 2025 và một số nội dung quan trọng khác thuộc thẩm quyền."),
        ("p", "Thời gian: 01 buổi, bắt đầu từ 7 giờ 30 phút, ngày 10 tháng 9 năm 2025 (thứ Tư)."),
        ("p", "Địa điểm: Hội trường UBND xã Hoằng Lộc."),
        ("p", "Đề nghị các đại biểu nghiên cứu tài liệu gửi kèm theo và dự họp đầy đủ, đúng thời gian./."),
    ])

_u04_rows = [
    ["STT", "Họ và tên chủ hộ", "Địa chỉ", "Diện hộ", "Nội dung hỗ trợ", "Mức hỗ trợ (triệu đồng)"],
    ["1", "Nguyễn Văn Bé", "Ấp Mỹ Phú", "Hộ nghèo", "Xây dựng mới", "60"],
    ["2", "Trần Thị Út", "Ấp Mỹ Phú", "Hộ nghèo", "Xây dựng mới", "60"],
    ["3", "Lê Văn Hai", "Ấp Mỹ Tây", "Hộ cận nghèo", "Sửa chữa", "30"],
    ["4", "Phạm Thị Lệ", "Ấp Mỹ Tây", "Hộ nghèo", "Xây dựng mới", "60"],
    ["5", "Võ Văn Sáu", "Ấp Mỹ Đông", "Hộ nghèo", "Sửa chữa", "30"],
    ["6", "Huỳnh Thị Mến", "Ấp Mỹ Đông", "Hộ cận nghèo", "Xây dựng mới", "60"],
    ["7", "Đặng Văn Tư", "Ấp Mỹ Thạnh", "Hộ nghèo", "Xây dựng mới", "60"],
    ["8", "Nguyễn Thị Kim Thoa", "Ấp Mỹ Thạnh", "Hộ cận nghèo", "Sửa chữa", "30"],
    ["9", "Bùi Văn Năm", "Ấp Mỹ Hòa", "Hộ nghèo", "Xây dựng mới", "60"],
    ["10", "Lâm Thị Hồng", "Ấp Mỹ Hòa", "Hộ nghèo", "Sửa chữa", "30"],
    ["11", "Trương Văn Chín", "Ấp Mỹ Lợi", "Hộ cận nghèo", "Xây dựng mới", "60"],
    ["12", "Dương Thị Hoa", "Ấp Mỹ Lợi", "Hộ nghèo", "Sửa chữa", "30"],
]
A["u04"] = dict(
    platform="sharepoint-tandan",
    url="https://dongthap.gov.vn/xa-my-tho/Pages/2026-03-10/niem-yet-cong-khai-danh-sach-ho-gia-dinh-de-nghi-ho-tro-xay-dung-sua-chua-nha-o-nam-2026.aspx",
    charset="utf-8",
    title="Niêm yết công khai danh sách hộ gia đình đề nghị hỗ trợ xây dựng, sửa chữa nhà ở năm 2026",
    published_at="2026-03-10T14:07:00+07:00",
    author="Phòng Văn hóa - Xã hội",
    lead="UBND xã Mỹ Thọ niêm yết công khai danh sách 12 hộ gia đình nghèo, cận nghèo đề nghị hỗ trợ xây dựng mới, sửa chữa nhà ở theo Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026.",
    blocks=[
        ("p", "Thực hiện Kế hoạch số 38/KH-UBND ngày 20/02/2026 của UBND xã về hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn xã năm 2026; căn cứ kết quả bình xét tại các ấp, UBND xã niêm yết công khai danh sách cụ thể như sau:"),
        ("table", _u04_rows),
        ("p", "Tổng cộng: 12 hộ, trong đó 7 hộ xây dựng mới và 5 hộ sửa chữa nhà ở, tổng kinh phí đề nghị hỗ trợ 570 triệu đồng."),
        ("p", "Thời gian niêm yết: 07 ngày, từ ngày 10/3/2026 đến hết ngày 16/3/2026."),
        ("p", "Địa điểm niêm yết: trụ sở UBND xã, nhà văn hóa các ấp có hộ trong danh sách và Trang thông tin điện tử xã."),
        ("p", "Trong thời gian niêm yết, nếu có ý kiến phản ánh, đề nghị cá nhân, tổ chức gửi về UBND xã (qua Phòng Văn hóa - Xã hội) hoặc phản ánh trực tiếp với Trưởng ấp để tổng hợp, xem xét, giải quyết theo quy định."),
    ])

A["u05"] = dict(
    platform="nukeviet",
    url="https://chauque.gov.vn/news/khuyen-nong/huong-dan-cham-soc-phong-tru-sau-benh-hai-cay-que-mua-mua-318.html",
    charset="utf-8",
    title="Hướng dẫn chăm sóc, phòng trừ sâu bệnh hại cây quế trong mùa mưa",
    published_at="2025-10-14T07:48:00+07:00",
    author="KS. Hoàng Văn Kiên",
    lead="Mùa mưa là thời điểm nhiều loại sâu bệnh hại quế phát sinh, phát triển mạnh, nhất là bệnh tua mực, bệnh khô lá và sâu đục ngọn. Để bảo vệ diện tích quế trên địa bàn, Trung tâm Dịch vụ nông nghiệp khu vực khuyến cáo bà con một số biện pháp sau.",
    blocks=[
        ("h", "1. Bệnh tua mực"),
        ("p", "Bệnh do nấm gây ra, thường xuất hiện trên cành và thân quế từ 3 năm tuổi trở lên. Vết bệnh ban đầu là những đốm nhỏ màu nâu, sau lan rộng, mọc ra những sợi nấm màu đen giống râu mực, làm vỏ quế mất tinh dầu, giảm giá trị thương phẩm."),
        ("p", "Biện pháp phòng trừ:"),
        ("li", "Trồng quế với mật độ hợp lý, tỉa cành, phát dọn thực bì để rừng quế thông thoáng;"),
        ("li", "Thường xuyên kiểm tra vườn, khi phát hiện cành bị bệnh cần cắt bỏ, thu gom ra khỏi vườn và tiêu hủy;"),
        ("li", "Khi bệnh phát sinh trên diện rộng có thể sử dụng thuốc có hoạt chất Copper Oxychloride hoặc Hexaconazole, phun theo hướng dẫn in trên bao bì."),
        ("cap", "Cành quế bị bệnh tua mực với những sợi nấm màu đen bám trên vỏ."),
        ("h", "2. Bệnh khô lá (cháy lá)"),
        ("p", "Bệnh gây hại chủ yếu trên quế ở giai đoạn vườn ươm và rừng quế dưới 3 năm tuổi. Lá bị bệnh có vết cháy màu nâu xám từ mép lá lan vào, nặng thì cả lá khô và rụng, cây sinh trưởng kém."),
        ("p", "Bà con cần chọn cây giống khỏe, không bị bệnh; bón phân cân đối, không để vườn ươm bị úng nước; ngắt bỏ lá bệnh, khi cần thiết sử dụng thuốc có hoạt chất Mancozeb hoặc Carbendazim để phun phòng trừ."),
        ("h", "3. Sâu đục ngọn"),
        ("p", "Sâu non đục vào ngọn non làm ngọn héo, gãy, cây phải phân cành, thân không thẳng, ảnh hưởng lớn đến năng suất vỏ. Sâu phát sinh mạnh vào các tháng 5, 6 và tháng 9, 10 hằng năm."),
        ("p", "Biện pháp chủ yếu là thường xuyên thăm vườn, cắt bỏ ngọn bị hại có sâu bên trong đem tiêu hủy; với diện tích quế non bị hại nặng có thể phun thuốc có hoạt chất Emamectin benzoate hoặc Abamectin vào lúc chiều mát."),
        ("p", "Lưu ý: khi sử dụng thuốc bảo vệ thực vật, bà con cần tuân thủ nguyên tắc 4 đúng, bảo đảm thời gian cách ly và thu gom vỏ bao bì thuốc đúng nơi quy định. Mọi thông tin cần hỗ trợ kỹ thuật, bà con liên hệ cán bộ khuyến nông xã hoặc Trung tâm Dịch vụ nông nghiệp khu vực để được hướng dẫn."),
    ])

A["u06"] = dict(
    platform="wordpress",
    url="https://xavinhhanh.vn/2025/11/03/ra-quan-ve-sinh-moi-truong-khoi-thong-kenh-muong-huong-ung-ngay-chu-nhat-xanh/",
    charset="utf-8",
    title="Ra quân vệ sinh môi trường, khơi thông kênh mương hưởng ứng “Ngày Chủ nhật xanh”",
    published_at="2025-11-03T09:15:42+07:00",
    author="Kim Thoa",
    lead=None,
    blocks=[
        ("p", "Sáng ngày 02/11, Ủy ban MTTQ Việt Nam xã Vĩnh Hanh phối hợp với Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Nông dân xã tổ chức ra quân vệ sinh môi trường, khơi thông dòng chảy trên tuyến kênh Mười Châu, thu hút hơn 300 cán bộ, đoàn viên, hội viên và người dân tham gia. Sau đây là một số hình ảnh ghi nhận:"),
        ("cap", "Các lực lượng tập trung tại điểm ra quân ấp Hòa Thạnh."),
        ("cap", "Đoàn viên thanh niên vớt lục bình, rác thải trên kênh Mười Châu."),
        ("cap", "Hội viên phụ nữ phát quang bụi rậm, thu gom rác hai bên đường bờ kênh."),
        ("cap", "Lực lượng dân quân xã hỗ trợ vận chuyển rác thải đến điểm tập kết."),
        ("cap", "Kết thúc buổi ra quân, các lực lượng đã thu gom hơn 4 tấn rác thải, khơi thông gần 2 km kênh mương."),
    ])

A["u07"] = dict(
    platform="joomla",
    url="https://xatamquang.vn/index.php/video/212-lop-hoc-boi-mien-phi-cho-tre-em-xa-tam-quang",
    charset="utf-8",
    title="Lớp học bơi miễn phí cho trẻ em xã Tam Quang",
    published_at="2026-05-20T10:26:31+07:00",
    author="Quang Minh",
    lead=None,
    blocks=[
        ("cap", "Các em nhỏ thực hành kỹ năng nổi và thở dưới nước tại bể bơi di động của xã."),
        ("p", "Từ ngày 18/5 đến 30/5/2026, Đoàn Thanh niên xã Tam Quang phối hợp với Trung tâm Văn hóa, Thể thao tỉnh tổ chức lớp dạy bơi miễn phí cho 120 trẻ em từ 8 đến 14 tuổi tại bể bơi di động đặt ở sân Trường Tiểu học Tam Quang."),
        ("p", "Các em được hướng dẫn kỹ năng nổi, thở, bơi ếch cơ bản và cách xử lý khi gặp người bị đuối nước. Đây là năm thứ ba liên tiếp xã tổ chức lớp học bơi vào dịp đầu hè, góp phần giảm nguy cơ tai nạn đuối nước ở trẻ em vùng ven sông Nậm Mộ."),
    ])

A["u08"] = dict(
    platform="asp-table",
    url="http://xanagiang.caobang.gov.vn/default.asp?tab=detail&zone=14&id=1286",
    charset="windows-1258",
    title="Hỏi - Đáp về đăng ký khai sinh cho trẻ em khi cha, mẹ chưa đăng ký kết hôn",
    published_at="2025-12-09T00:00:00+07:00",
    author="Lương Thị Thu Hà",
    lead=None,
    blocks=[
        ("q", "Hỏi: Anh Nông Văn Thào ở xóm Nà Mạ hỏi: Con tôi sinh tháng 10/2025, vợ chồng tôi đã tổ chức cưới theo phong tục nhưng chưa đăng ký kết hôn. Nay tôi muốn làm giấy khai sinh cho cháu thì cần những giấy tờ gì, có ghi được tên cha trong giấy khai sinh không?"),
        ("q", "Trả lời: Về vấn đề anh hỏi, bộ phận Tư pháp - Hộ tịch, Phòng Văn hóa - Xã hội xã Nà Giàng trả lời như sau:"),
        ("p", "Theo quy định của pháp luật về hộ tịch, trường hợp cha, mẹ chưa đăng ký kết hôn mà người cha có yêu cầu làm thủ tục nhận con thì việc đăng ký khai sinh cho con được thực hiện kết hợp với việc đăng ký nhận cha, con."),
        ("p", "Hồ sơ gồm: Tờ khai đăng ký khai sinh và Tờ khai đăng ký nhận cha, con theo mẫu; Giấy chứng sinh do cơ sở y tế nơi trẻ sinh ra cấp; chứng cứ chứng minh quan hệ cha, con như văn bản của cơ quan y tế, cơ quan giám định xác nhận quan hệ cha, con. Trường hợp không có các giấy tờ này thì phải có thư từ, phim ảnh, đồ dùng, vật dụng khác chứng minh mối quan hệ cha, con và văn bản cam đoan của cha, mẹ về việc trẻ là con chung, có ít nhất hai người làm chứng."),
        ("p", "Khi đăng ký, anh và mẹ cháu phải có mặt, xuất trình giấy tờ tùy thân. Hồ sơ nộp tại Trung tâm Phục vụ hành chính công xã hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia. Trường hợp hồ sơ hợp lệ, công chức tư pháp - hộ tịch giải quyết ngay trong ngày; phần khai về người cha trong Giấy khai sinh của cháu sẽ được ghi theo thông tin của anh."),
        ("p", "Ngoài ra, để bảo đảm quyền lợi hợp pháp của vợ và con, anh chị nên sớm thực hiện đăng ký kết hôn theo quy định của Luật Hôn nhân và gia đình."),
        ("q", "Hỏi: Chị Hoàng Thị Mai ở xóm Bản Khuông hỏi: Giấy khai sinh của con tôi bị rách, mất một phần, tôi có thể xin cấp lại bản chính không?"),
        ("q", "Trả lời: Theo quy định hiện hành, bản chính Giấy khai sinh chỉ được cấp một lần. Trường hợp bị mất, hư hỏng, chị có thể yêu cầu cấp bản sao trích lục khai sinh từ Sổ hộ tịch hoặc Cơ sở dữ liệu hộ tịch điện tử tại cơ quan đăng ký hộ tịch hoặc yêu cầu trực tuyến. Bản sao trích lục có giá trị sử dụng thay cho bản chính trong các giao dịch."),
    ])

A["u09"] = dict(
    platform="fpt-portal",
    url="https://haichau.danang.gov.vn/vi/tin-tuc/mot-so-diem-can-biet-ve-luat-bao-ve-du-lieu-ca-nhan-4187.html",
    charset="utf-8",
    title="Một số điểm cần biết về Luật Bảo vệ dữ liệu cá nhân có hiệu lực từ ngày 01/01/2026",
    published_at="2026-01-24T15:32:00+07:00",
    author="Hoài An",
    lead="Luật Bảo vệ dữ liệu cá nhân được Quốc hội khóa XV thông qua tại Kỳ họp thứ 9, có hiệu lực thi hành từ ngày 01/01/2026. Để người dân trên địa bàn phường nắm rõ và chủ động bảo vệ thông tin của mình, UBND phường Hải Châu giới thiệu một số nội dung cơ bản của Luật.",
    blocks=[
        ("p", "Luật gồm 5 chương, 39 điều, quy định về dữ liệu cá nhân, bảo vệ dữ liệu cá nhân và quyền, nghĩa vụ, trách nhiệm của cơ quan, tổ chức, cá nhân có liên quan."),
        ("h", "Dữ liệu cá nhân gồm những gì?"),
        ("p", "Theo Luật, dữ liệu cá nhân là dữ liệu số hoặc thông tin dưới dạng khác xác định hoặc giúp xác định một con người cụ thể, bao gồm dữ liệu cá nhân cơ bản và dữ liệu cá nhân nhạy cảm. Dữ liệu cá nhân cơ bản gồm các thông tin như họ tên, ngày sinh, số điện thoại, số định danh cá nhân; dữ liệu cá nhân nhạy cảm là những thông tin gắn với quyền riêng tư mà khi bị xâm phạm sẽ gây ảnh hưởng trực tiếp đến quyền, lợi ích hợp pháp của cá nhân, như tình trạng sức khỏe, thông tin tài chính, vị trí của cá nhân."),
        ("h", "Những hành vi bị nghiêm cấm"),
        ("p", "Luật nghiêm cấm một số hành vi, trong đó có:"),
        ("li", "Xử lý dữ liệu cá nhân nhằm chống lại Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam, gây ảnh hưởng đến quốc phòng, an ninh quốc gia, trật tự, an toàn xã hội;"),
        ("li", "Lợi dụng hoạt động bảo vệ dữ liệu cá nhân để vi phạm pháp luật;"),
        ("li", "Mua, bán dữ liệu cá nhân, trừ trường hợp luật có quy định khác;"),
        ("li", "Chiếm đoạt, cố ý làm lộ, làm mất dữ liệu cá nhân."),
        ("h", "Người dân cần làm gì để tự bảo vệ?"),
        ("p", "Người dân cần hạn chế chia sẻ thông tin cá nhân, hình ảnh căn cước, số tài khoản ngân hàng lên mạng xã hội; không cung cấp mã OTP, mật khẩu cho bất kỳ ai; cảnh giác với các cuộc gọi tự xưng là cán bộ công an, ngân hàng, điện lực yêu cầu cài đặt ứng dụng lạ hoặc cung cấp thông tin. Khi phát hiện dữ liệu của mình bị lộ, lọt hoặc bị sử dụng trái phép, người dân có thể thông báo cho Công an phường để được hướng dẫn, xử lý."),
        ("p", "Thời gian tới, UBND phường sẽ phối hợp với Công an phường, Ủy ban MTTQ Việt Nam phường tiếp tục tuyên truyền nội dung Luật qua hệ thống loa truyền thanh, các nhóm Zalo tổ dân phố và tại các buổi sinh hoạt khu dân cư./."),
    ])

A["u10"] = dict(
    platform="cmc-portal",
    url="https://cupong.daklak.gov.vn/tin-tuc/guong-dien-hinh/ong-y-kham-nie-nguoi-tien-phong-hien-dat-mo-duong-o-buon-cuor-a1534.html",
    charset="utf-8",
    title="Ông Y Khăm Niê - người tiên phong hiến đất mở đường ở buôn Cuôr",
    published_at="2026-03-18T08:40:00+07:00",
    author="H'Loan Byă",
    lead="Không chỉ là người có uy tín trong buôn, ông Y Khăm Niê (62 tuổi, buôn Cuôr, xã Cư Pơng) còn là tấm gương sáng trong phong trào hiến đất làm đường, phát triển kinh tế và giữ gìn bản sắc văn hóa của đồng bào Ê Đê.",
    blocks=[
        ("p", "Năm 2024, khi chủ trương mở rộng tuyến đường liên buôn từ buôn Cuôr đi buôn Ea Nur được triển khai, nhiều hộ dân còn băn khoăn vì phần lớn diện tích đất ven đường đang trồng cà phê, sầu riêng đã cho thu hoạch. Là người có uy tín, ông Y Khăm Niê đã chủ động bàn với gia đình hiến gần 600 m2 đất vườn, chặt bỏ hơn 40 cây cà phê, 6 cây sầu riêng để làm đường."),
        ("p", "“Con đường rộng thì con cháu đi học, bà con chở nông sản đi bán đều thuận lợi. Mình là người được dân tin thì phải làm trước để bà con làm theo”, ông Y Khăm chia sẻ."),
        ("p", "Không chỉ hiến đất, ông còn cùng Ban tự quản buôn đến từng nhà vận động. Nhờ đó, chỉ trong 3 tháng, đã có 57 hộ dân tự nguyện hiến hơn 4.200 m2 đất, tháo dỡ hàng rào, công trình phụ, đóng góp hơn 1.500 ngày công để mở rộng 2,8 km đường liên buôn lên 6 m. Tuyến đường hoàn thành vào cuối năm 2025 với tổng kinh phí 3,6 tỷ đồng, trong đó Nhân dân đóng góp gần 900 triệu đồng."),
        ("cap", "Ông Y Khăm Niê (bên trái) trao đổi với cán bộ xã về việc chăm sóc vườn cà phê tái canh."),
        ("p", "Trong phát triển kinh tế, gia đình ông Y Khăm là một trong những hộ đi đầu chuyển đổi hơn 2 ha cà phê già cỗi sang trồng cà phê tái canh xen sầu riêng, bơ theo hướng hữu cơ, mỗi năm cho thu nhập trên 700 triệu đồng. Ông thường xuyên chia sẻ kinh nghiệm, cho bà con mượn giống, hỗ trợ ngày công, giúp 4 hộ trong buôn thoát nghèo bền vững."),
        ("p", "Bên cạnh đó, ông Y Khăm còn tích cực tham gia đội chiêng của buôn, truyền dạy đánh chiêng cho thanh thiếu niên; vận động bà con bỏ các hủ tục lạc hậu trong việc cưới, tang, giữ gìn an ninh trật tự ở buôn làng. Nhiều năm liền, buôn Cuôr không có người vi phạm pháp luật, không có tệ nạn xã hội."),
        ("p", "Với những đóng góp đó, ông Y Khăm Niê được UBND tỉnh tặng Bằng khen năm 2025 và là một trong những điển hình tiêu biểu được tuyên dương tại Hội nghị biểu dương người có uy tín trong đồng bào dân tộc thiểu số của xã năm 2026."),
    ])

A["u11"] = dict(
    platform="vnpt-liferay-7",
    url="https://lyson.quangngai.gov.vn/tin-tuc-su-kien/-/asset_publisher/7hHrY9eWvQkT/content/dai-hoi-dai-bieu-dang-bo-dac-khu-ly-son-lan-thu-i-nhiem-ky-2025-2030-thanh-cong-tot-dep",
    charset="utf-8",
    title="Đại hội đại biểu Đảng bộ đặc khu Lý Sơn lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp",
    published_at="2025-08-13T17:05:00+07:00",
    author="Ngọc Thảo",
    lead="Trong hai ngày 12 và 13/8/2025, Đảng bộ đặc khu Lý Sơn tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đại hội đầu tiên của Đảng bộ đặc khu sau khi thực hiện sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp.",
    blocks=[
        ("p", "Dự Đại hội có đồng chí Nguyễn Văn Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy; đại diện lãnh đạo các ban, sở, ngành của tỉnh; Bộ Tư lệnh Vùng 2 Hải quân; cùng 150 đại biểu chính thức thay mặt cho hơn 1.100 đảng viên của 28 tổ chức cơ sở đảng trực thuộc."),
        ("cap", "Đoàn Chủ tịch điều hành phiên khai mạc Đại hội."),
        ("h", "Nhiều dấu ấn trong nhiệm kỳ qua"),
        ("p", "Báo cáo chính trị trình Đại hội nêu rõ, nhiệm kỳ 2020 - 2025, trong bối cảnh có nhiều khó khăn, thách thức, nhất là ảnh hưởng của dịch bệnh Covid-19 và thiên tai, Đảng bộ và Nhân dân Lý Sơn đã đoàn kết, nỗ lực vượt qua, đạt được nhiều kết quả quan trọng. Có 14/16 chỉ tiêu chủ yếu đạt và vượt nghị quyết; tốc độ tăng trưởng giá trị sản xuất bình quân đạt 9,2%/năm; thu nhập bình quân đầu người năm 2025 ước đạt 72 triệu đồng, tăng 1,6 lần so với đầu nhiệm kỳ."),
        ("p", "Kinh tế biển tiếp tục giữ vai trò chủ lực. Toàn đặc khu hiện có 412 tàu cá, trong đó 186 tàu có chiều dài từ 15 m trở lên hoạt động dài ngày tại các vùng biển xa; sản lượng khai thác hải sản bình quân đạt 19.500 tấn/năm. Nghề trồng hành, tỏi tiếp tục được duy trì với diện tích khoảng 320 ha, từng bước gắn với chỉ dẫn địa lý “Lý Sơn” và chuỗi liên kết tiêu thụ. Du lịch có bước phát triển khá, lượng khách đến đảo bình quân đạt trên 300.000 lượt/năm."),
        ("p", "Công tác xây dựng Đảng và hệ thống chính trị được chú trọng. Trong nhiệm kỳ, Đảng bộ kết nạp 173 đảng viên mới, đạt 115% chỉ tiêu; hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên. Quốc phòng, an ninh trên đảo và vùng biển được giữ vững; phong trào toàn dân bảo vệ chủ quyền biển, đảo được đẩy mạnh, gắn với xây dựng lực lượng dân quân biển vững mạnh."),
        ("p", "Bên cạnh đó, Đại hội thẳng thắn chỉ ra những hạn chế: hạ tầng giao thông, cấp điện, cấp nước chưa đáp ứng yêu cầu phát triển; sản phẩm du lịch còn đơn điệu, chưa có nhiều dịch vụ lưu trú chất lượng cao; tình trạng khai thác thủy sản vi phạm quy định về chống khai thác IUU vẫn còn xảy ra; nguồn nhân lực chất lượng cao còn thiếu."),
        ("h", "Phát triển Lý Sơn thành trung tâm kinh tế biển, du lịch biển đảo"),
        ("p", "Đại hội thống nhất chủ đề: “Xây dựng Đảng bộ đặc khu Lý Sơn trong sạch, vững mạnh; phát huy sức mạnh đại đoàn kết toàn dân; khai thác hiệu quả tiềm năng, lợi thế biển, đảo; xây dựng Lý Sơn trở thành trung tâm kinh tế biển, du lịch biển đảo có bản sắc, bền vững, gắn với bảo đảm vững chắc quốc phòng, an ninh và chủ quyền biển, đảo của Tổ quốc”."),
        ("p", "Nhiệm kỳ 2025 - 2030, Đảng bộ đặc khu phấn đấu đạt tốc độ tăng trưởng giá trị sản xuất bình quân 10 - 11%/năm; thu nhập bình quân đầu người đến năm 2030 đạt trên 110 triệu đồng; lượng khách du lịch đạt 500.000 lượt/năm; tỷ lệ hộ nghèo giảm bình quân 0,5%/năm; 100% tàu cá lắp đặt và duy trì hoạt động thiết bị giám sát hành trình; hằng năm kết nạp từ 30 đảng viên mới trở lên."),
        ("p", "Đại hội xác định ba khâu đột phá: tập trung đầu tư hạ tầng thiết yếu, trọng tâm là cảng, đường giao thông, cấp điện, cấp nước và xử lý chất thải; phát triển du lịch biển đảo chất lượng cao gắn với bảo tồn di sản văn hóa, địa chất; xây dựng đội ngũ cán bộ đủ phẩm chất, năng lực, uy tín, đáp ứng yêu cầu vận hành chính quyền đặc khu."),
        ("cap", "Đồng chí Nguyễn Văn Hải, Trưởng Ban Tổ chức Tỉnh ủy phát biểu chỉ đạo Đại hội."),
        ("p", "Phát biểu chỉ đạo Đại hội, đồng chí Nguyễn Văn Hải ghi nhận, biểu dương những kết quả mà Đảng bộ, chính quyền và Nhân dân Lý Sơn đạt được trong nhiệm kỳ qua. Đồng chí đề nghị Ban Chấp hành Đảng bộ đặc khu khóa mới sớm cụ thể hóa Nghị quyết Đại hội thành các chương trình, kế hoạch hành động; chú trọng xây dựng chính quyền đặc khu hoạt động hiệu lực, hiệu quả, gần dân, sát dân; đẩy mạnh chống khai thác IUU, bảo vệ môi trường biển; phát triển du lịch theo hướng xanh, bền vững, giữ gìn cảnh quan và giá trị di sản của đảo."),
        ("p", "Đồng chí lưu ý, là đơn vị hành chính đặc thù nằm ở tuyến đầu biển, đảo, Lý Sơn cần gắn phát triển kinh tế với bảo đảm quốc phòng, an ninh; phối hợp chặt chẽ với các lực lượng Hải quân, Biên phòng, Cảnh sát biển trong quản lý, bảo vệ vùng biển; quan tâm hơn nữa đến đời sống của ngư dân, nhất là những gia đình có người đánh bắt xa bờ."),
        ("h", "Bầu Ban Chấp hành Đảng bộ đặc khu khóa I"),
        ("p", "Đại hội đã bầu Ban Chấp hành Đảng bộ đặc khu khóa I, nhiệm kỳ 2025 - 2030 gồm 29 đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm 9 đồng chí; đồng chí Phạm Thị Hồng Vân được bầu giữ chức Bí thư Đảng ủy đặc khu; các đồng chí Võ Minh Trí và Đặng Văn Sơn được bầu giữ chức Phó Bí thư Đảng ủy đặc khu. Đại hội cũng đã bầu đoàn đại biểu đi dự Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 gồm 7 đồng chí."),
        ("cap", "Ban Chấp hành Đảng bộ đặc khu Lý Sơn khóa I, nhiệm kỳ 2025 - 2030 ra mắt Đại hội."),
        ("p", "Phát biểu nhận nhiệm vụ, đồng chí Phạm Thị Hồng Vân, Bí thư Đảng ủy đặc khu cảm ơn sự tin tưởng của các đại biểu, khẳng định Ban Chấp hành khóa mới sẽ phát huy tinh thần đoàn kết, đổi mới, hành động quyết liệt, sớm đưa Nghị quyết Đại hội vào cuộc sống, xứng đáng với niềm tin của đảng viên và Nhân dân trên đảo."),
        ("p", "Đại hội đã thảo luận, góp ý vào dự thảo các văn kiện trình Đại hội XIV của Đảng và dự thảo văn kiện Đại hội đại biểu Đảng bộ tỉnh; biểu quyết thông qua Nghị quyết Đại hội với sự nhất trí cao."),
    ])

A["u12"] = dict(
    platform="province-subdomain",
    url="https://xatrieuphong.quangtri.gov.vn/vi/news/phong-chong-thien-tai/xa-trieu-phong-chu-dong-ung-pho-voi-dot-mua-lon-lu-tren-cac-song-40217",
    charset="utf-8",
    title="Xã Triệu Phong chủ động ứng phó với đợt mưa lớn, lũ trên các sông",
    published_at="2025-10-16T06:45:12+07:00",
    author="Hồ Thanh Bình - Văn phòng HĐND và UBND xã",
    lead="Theo Trung tâm Khí tượng Thủy văn tỉnh, từ đêm 16/10 đến ngày 19/10/2025, trên địa bàn tỉnh có mưa to đến rất to, tổng lượng mưa phổ biến 250 - 400 mm, có nơi trên 500 mm; lũ trên sông Thạch Hãn, sông Vĩnh Định có khả năng lên mức báo động 2 đến báo động 3. Để chủ động ứng phó, Ban Chỉ huy Phòng thủ dân sự xã Triệu Phong yêu cầu các thôn, cơ quan, đơn vị triển khai ngay một số nội dung sau:",
    blocks=[
        ("p", "1. Trưởng các thôn tổ chức thông báo kịp thời tình hình mưa lũ đến từng hộ gia đình qua hệ thống loa truyền thanh, nhóm Zalo của thôn; kiểm tra, rà soát các hộ dân sống ở vùng trũng thấp, ven sông, sẵn sàng sơ tán người và tài sản đến nơi an toàn khi có yêu cầu."),
        ("p", "2. Lực lượng dân quân, công an xã bố trí lực lượng, phương tiện cắm biển cảnh báo, chốt chặn tại các ngầm tràn, đoạn đường bị ngập sâu trên tuyến ĐT.580, đường liên thôn An Cư - Hà La; kiên quyết không để người dân, phương tiện qua lại khi nước chảy xiết."),
        ("p", "3. Các hộ nuôi trồng thủy sản khẩn trương thu hoạch, gia cố bờ ao, hồ; bà con nông dân chủ động bảo vệ diện tích rau màu, di chuyển gia súc, gia cầm lên vùng cao; tuyệt đối không đánh bắt cá, vớt củi trên sông, suối trong thời gian có lũ."),
        ("p", "4. Trường học, trạm y tế và các cơ quan, đơn vị trên địa bàn kiểm tra, chằng chống trụ sở, kê cao tài liệu, thiết bị; Trạm Y tế xã chuẩn bị cơ số thuốc, hóa chất xử lý môi trường sau lũ."),
        ("p", "5. Các thành viên Ban Chỉ huy Phòng thủ dân sự xã theo địa bàn được phân công xuống thôn trực tiếp chỉ đạo, kiểm tra công tác ứng phó; thực hiện nghiêm chế độ trực ban 24/24 giờ, báo cáo tình hình về Ban Chỉ huy (qua số điện thoại trực ban 0233.3861.115) trước 16 giờ hằng ngày và báo cáo đột xuất khi có tình huống phát sinh."),
        ("cap", "Lực lượng dân quân xã hỗ trợ người dân thôn Hà La di chuyển tài sản lên nơi cao."),
        ("p", "Ban Chỉ huy Phòng thủ dân sự xã đề nghị Nhân dân thường xuyên theo dõi thông tin dự báo, cảnh báo thiên tai trên các phương tiện thông tin đại chúng, chấp hành nghiêm sự hướng dẫn của chính quyền và lực lượng chức năng để bảo đảm an toàn tính mạng, tài sản."),
    ])

A["u13"] = dict(
    platform="bootstrap-php",
    url="https://ninhkieu.cantho.gov.vn/tin-tuc/ke-hoach-to-chuc-cac-hoat-dong-huong-ung-thang-hanh-dong-vi-an-toan-thuc-pham-nam-2026-2641.html",
    charset="utf-8",
    title="Kế hoạch tổ chức các hoạt động hưởng ứng “Tháng hành động vì an toàn thực phẩm” năm 2026",
    published_at="2026-04-02T08:00:00+07:00",
    author="Minh Khoa",
    lead="UBND phường Ninh Kiều ban hành Kế hoạch số 52/KH-UBND về tổ chức các hoạt động hưởng ứng “Tháng hành động vì an toàn thực phẩm” năm 2026 với chủ đề “Bảo đảm an toàn thực phẩm trong sản xuất, kinh doanh thức ăn đường phố”.",
    blocks=[
        ("h", "I. Mục đích, yêu cầu"),
        ("li", "Nâng cao nhận thức, trách nhiệm của chính quyền, các ngành, đoàn thể, người sản xuất, kinh doanh và người tiêu dùng về bảo đảm an toàn thực phẩm;"),
        ("li", "Tăng cường công tác thanh tra, kiểm tra, giám sát, kịp thời phát hiện, xử lý nghiêm các hành vi vi phạm;"),
        ("li", "Các hoạt động được tổ chức thiết thực, hiệu quả, tiết kiệm, tránh hình thức."),
        ("h", "II. Thời gian, phạm vi"),
        ("p", "Tháng hành động được triển khai từ ngày 15/4/2026 đến ngày 15/5/2026 trên phạm vi toàn phường, tập trung tại các chợ, khu vực kinh doanh thức ăn đường phố, bếp ăn tập thể của các trường học và cơ sở sản xuất thực phẩm quy mô nhỏ."),
        ("h", "III. Nội dung hoạt động"),
        ("p", "1. Công tác tuyên truyền: phát thanh trên hệ thống loa của phường 3 buổi/tuần; treo 40 băng rôn, khẩu hiệu tại các tuyến đường chính; tổ chức 05 buổi nói chuyện chuyên đề cho người kinh doanh thức ăn đường phố và tiểu thương các chợ Tân An, An Hòa."),
        ("p", "2. Công tác kiểm tra: thành lập 02 đoàn kiểm tra liên ngành do lãnh đạo UBND phường làm trưởng đoàn, kiểm tra việc chấp hành quy định về điều kiện bảo đảm an toàn thực phẩm, nguồn gốc nguyên liệu, ghi nhãn hàng hóa và sử dụng phụ gia."),
        ("p", "3. Tổ chức ký cam kết bảo đảm an toàn thực phẩm đối với 100% cơ sở kinh doanh thức ăn đường phố trên địa bàn; lấy mẫu xét nghiệm nhanh tại chỗ đối với một số sản phẩm có nguy cơ cao."),
        ("h", "IV. Tổ chức thực hiện"),
        ("p", "Phòng Văn hóa - Xã hội là cơ quan thường trực, chủ trì tham mưu UBND phường triển khai kế hoạch; Trạm Y tế phường phối hợp lấy mẫu, hướng dẫn chuyên môn; Ủy ban MTTQ Việt Nam phường và các đoàn thể đẩy mạnh vận động hội viên thực hiện cam kết; các khu vực phối hợp rà soát, lập danh sách cơ sở kinh doanh trên địa bàn."),
        ("p", "Kết thúc Tháng hành động, các đơn vị báo cáo kết quả về UBND phường trước ngày 20/5/2026 để tổng hợp, báo cáo UBND thành phố."),
    ])

A["u14"] = dict(
    platform="dnn",
    url="https://tongtran.hungyen.gov.vn/tin-tuc/ArticleID/1873/xa-tong-tran-ra-mat-mo-hinh-khu-dan-cu-nong-thon-moi-kieu-mau-thon-phu-oanh",
    charset="utf-8",
    title="Xã Tống Trân ra mắt khu dân cư nông thôn mới kiểu mẫu thôn Phù Oanh",
    published_at="2026-06-25T09:12:44+07:00",
    author="Quang Vinh - Đài Truyền thanh xã",
    lead=None,
    blocks=[
        ("p", "Ngày 24/6, UBND xã Tống Trân tổ chức lễ công bố, ra mắt khu dân cư nông thôn mới kiểu mẫu thôn Phù Oanh. Đây là khu dân cư kiểu mẫu đầu tiên của xã kể từ khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp."),
        ("p", "Thôn Phù Oanh có 612 hộ với 2.340 nhân khẩu, nhân dân chủ yếu sản xuất nông nghiệp kết hợp nghề mộc, nghề đan lát truyền thống. Bắt tay xây dựng khu dân cư kiểu mẫu từ tháng 3/2025, với phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân thụ hưởng”, Ban phát triển thôn đã tổ chức nhiều cuộc họp để bàn bạc, thống nhất cách làm với người dân."),
        ("p", "Trong hơn một năm, nhân dân trong thôn đã tự nguyện hiến hơn 1.200 m2 đất, tháo dỡ tường rào, công trình phụ để mở rộng 3 tuyến đường trục thôn; đóng góp trên 2,1 tỷ đồng cùng với nguồn hỗ trợ của tỉnh, của xã để cứng hóa 4,6 km đường ngõ xóm, lắp đặt 210 bóng đèn chiếu sáng, trồng 1,8 km đường hoa, cây xanh. 100% hộ gia đình thực hiện phân loại rác tại nguồn; 95% hộ có vườn mẫu, vườn sạch."),
        ("p", "Thu nhập bình quân đầu người của thôn năm 2025 đạt 78 triệu đồng/người/năm; không còn hộ nghèo; 94% gia đình đạt danh hiệu “Gia đình văn hóa”; an ninh trật tự được giữ vững, nhiều năm liền không có tệ nạn xã hội."),
        ("cap", "Lãnh đạo xã trao bằng công nhận khu dân cư nông thôn mới kiểu mẫu cho thôn Phù Oanh."),
        ("p", "Phát biểu tại buổi lễ, đồng chí Đào Văn Thắng, Chủ tịch UBND xã biểu dương tinh thần đoàn kết, đồng thuận của nhân dân thôn Phù Oanh, đồng thời đề nghị thôn tiếp tục duy trì, nâng cao chất lượng các tiêu chí, phát huy vai trò của các tổ tự quản, không để xuống cấp sau khi được công nhận. Các thôn còn lại học tập cách làm của thôn Phù Oanh để phấn đấu đến năm 2027 có thêm ít nhất 3 khu dân cư đạt chuẩn kiểu mẫu."),
        ("p", "Dịp này, UBND xã trao bằng công nhận khu dân cư nông thôn mới kiểu mẫu cho thôn Phù Oanh và tặng giấy khen cho 12 tập thể, 25 cá nhân có đóng góp tích cực trong phong trào xây dựng nông thôn mới./."),
    ])

A["u15"] = dict(
    platform="wordpress",
    url="https://dackhuphuquy.vn/thong-bao-lich-tam-ngung-cung-cap-dien-de-bao-duong-luoi-dien/",
    charset="utf-8",
    title="THÔNG BÁO LỊCH TẠM NGỪNG CUNG CẤP ĐIỆN ĐỂ BẢO DƯỠNG LƯỚI ĐIỆN TRÊN ĐỊA BÀN ĐẶC KHU PHÚ QUÝ",
    published_at="2026-05-16T00:00:00+07:00",
    author=None,
    lead=None,
    blocks=[
        ("p", "UBND đặc khu Phú Quý nhận được Thông báo số 318/TB-ĐLPQ ngày 14/5/2026 của Điện lực Phú Quý về lịch tạm ngừng cung cấp điện để bảo dưỡng định kỳ tổ máy phát điện và đường dây trung thế. Cụ thể như sau:"),
        ("table", [
            ["Thời gian", "Khu vực ngừng cung cấp điện"],
            ["Từ 06 giờ 00 đến 11 giờ 30, ngày 20/5/2026", "Một phần khu dân cư Triều Dương, Quý Thạnh"],
            ["Từ 13 giờ 30 đến 17 giờ 00, ngày 20/5/2026", "Khu dân cư Mỹ Khê, Phú Long và khu vực cảng cá Phú Quý"],
            ["Từ 06 giờ 00 đến 16 giờ 00, ngày 23/5/2026", "Toàn bộ khu dân cư Long Hải, Tân Hải"],
        ]),
        ("p", "Trường hợp thời tiết không thuận lợi, lịch ngừng cung cấp điện có thể thay đổi; Điện lực Phú Quý sẽ thông báo lại trên hệ thống loa truyền thanh và trang Zalo của đơn vị."),
        ("p", "UBND đặc khu thông báo để các cơ quan, đơn vị, doanh nghiệp và Nhân dân trên địa bàn biết, chủ động sắp xếp kế hoạch sản xuất, kinh doanh, sinh hoạt; các cơ sở sản xuất nước đá, chế biến hải sản chủ động bố trí nguồn điện dự phòng. Mọi thông tin chi tiết liên hệ Điện lực Phú Quý qua số điện thoại 0252.3768.216."),
    ])

A["u16"] = dict(
    platform="vnpt-liferay-6.2",
    url="https://phuquoi.vinhlong.gov.vn/tin-hoat-dong/-/asset_publisher/Lm3cWq8ZtRa1/content/xa-phu-quoi-doi-thoai-voi-nguoi-dan-ve-boi-thuong-ho-tro-du-an-duong-tinh-902",
    charset="utf-8",
    title="Xã Phú Quới đối thoại với người dân về bồi thường, hỗ trợ dự án Đường tỉnh 902",
    published_at="2025-10-14T09:15:00+07:00",
    author="Hồng Nhung",
    lead="Sáng 13/10, UBND xã Phú Quới tổ chức hội nghị đối thoại với các hộ dân bị ảnh hưởng bởi dự án nâng cấp, mở rộng Đường tỉnh 902 đoạn qua địa bàn xã nhằm lắng nghe, giải đáp kiến nghị của người dân về công tác bồi thường, hỗ trợ, giải phóng mặt bằng.",
    blocks=[
        ("p", "Chủ trì hội nghị có đồng chí Lê Hoàng Phúc, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; cùng dự có đại diện Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh, Chi nhánh Văn phòng Đăng ký đất đai khu vực, Trung tâm Phát triển quỹ đất tỉnh và 86 hộ dân có đất bị thu hồi tại các ấp Phú Hòa, Phú Thạnh, Hòa Quới."),
        ("p", "Dự án có chiều dài đoạn qua xã khoảng 6,2 km, ảnh hưởng đến 214 hộ gia đình, cá nhân với tổng diện tích thu hồi trên 9,8 ha. Đến nay, đã có 171 hộ nhận tiền bồi thường, hỗ trợ và bàn giao mặt bằng, đạt gần 80%; còn 43 hộ chưa thống nhất phương án, chủ yếu do chưa đồng tình với đơn giá bồi thường cây trồng, vật kiến trúc và diện tích đất ở được công nhận."),
        ("cap", "Người dân nêu ý kiến tại hội nghị đối thoại."),
        ("p", "Tại hội nghị, 14 lượt ý kiến của người dân tập trung vào các nội dung: đề nghị xem xét lại đơn giá bồi thường đất nông nghiệp trồng cây lâu năm; hỗ trợ chuyển đổi nghề cho các hộ bị thu hồi trên 30% diện tích đất sản xuất; bố trí lối đi cho các hộ phía sau tuyến đường; làm rõ việc xác định ranh giới thửa đất có sai lệch giữa bản đồ địa chính cũ và kết quả đo đạc thực tế."),
        ("p", "Các ý kiến đã được đại diện các cơ quan chuyên môn trả lời cụ thể, rõ ràng. Đối với những nội dung vượt thẩm quyền, UBND xã ghi nhận, tổng hợp để báo cáo, kiến nghị UBND tỉnh và các sở, ngành xem xét, giải quyết theo quy định."),
        ("p", "Kết luận hội nghị, đồng chí Lê Hoàng Phúc ghi nhận sự chia sẻ của người dân, khẳng định dự án có ý nghĩa quan trọng trong kết nối giao thông, phát triển kinh tế - xã hội của xã và khu vực. Đồng chí đề nghị các hộ dân đồng thuận, sớm bàn giao mặt bằng để dự án được triển khai đúng tiến độ; đồng thời giao các bộ phận chuyên môn phối hợp với chủ đầu tư rà soát từng trường hợp cụ thể, bảo đảm quyền lợi hợp pháp, chính đáng của người dân, công khai, minh bạch trong áp giá bồi thường, phấn đấu hoàn thành công tác giải phóng mặt bằng trước ngày 30/11/2025."),
    ])

A["u17"] = dict(
    platform="joomla",
    url="https://phudinh.com.vn/index.php?option=com_content&view=article&id=356:thong-bao-lich-tiep-cong-dan-dinh-ky-thang-12-nam-2025&catid=12&Itemid=118",
    charset="utf-8",
    title="Thong bao lich tiep cong dan dinh ky thang 12 nam 2025 cua Chu tich UBND xa",
    published_at="2025-12-02T08:11:05+07:00",
    author="Văn phòng HĐND và UBND xã",
    lead=None,
    blocks=[
        ("p", "Căn cứ Luật Tiếp công dân năm 2013; căn cứ Quy chế làm việc của UBND xã Phú Đình nhiệm kỳ 2021 - 2026, UBND xã thông báo lịch tiếp công dân định kỳ tháng 12 năm 2025 như sau:"),
        ("li", "Ngày 05/12/2025 (thứ Sáu): đồng chí Ma Văn Tuấn, Chủ tịch UBND xã tiếp công dân."),
        ("li", "Ngày 15/12/2025 (thứ Hai): đồng chí Hà Thị Liên, Phó Chủ tịch UBND xã tiếp công dân."),
        ("li", "Ngày 25/12/2025 (thứ Năm): đồng chí Ma Văn Tuấn, Chủ tịch UBND xã tiếp công dân."),
        ("p", "Thời gian: buổi sáng từ 7 giờ 30 phút đến 11 giờ 00; buổi chiều từ 13 giờ 30 phút đến 16 giờ 30 phút."),
        ("p", "Địa điểm: Phòng tiếp công dân, trụ sở UBND xã Phú Đình (điểm làm việc số 1, thôn Làng Quyền)."),
        ("p", "Ngoài lịch tiếp định kỳ nêu trên, công chức phụ trách công tác tiếp công dân tiếp công dân thường xuyên vào các ngày làm việc trong tuần. Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh cần mang theo căn cước và các giấy tờ, tài liệu có liên quan."),
    ])

A["u18"] = dict(
    platform="nukeviet",
    url="https://muongphang.dienbien.gov.vn/news/tin-tuc-su-kien/dai-bieu-hdnd-tinh-tiep-xuc-cu-tri-xa-muong-phang-truoc-ky-hop-thuong-le-cuoi-nam-2025-542.html",
    charset="utf-8",
    title="Đại biểu HĐND tỉnh tiếp xúc cử tri xã Mường Phăng trước Kỳ họp thường lệ cuối năm 2025",
    published_at="2025-11-27T10:05:00+07:00",
    author="Lò Văn Chung",
    lead="Ngày 26/11, Tổ đại biểu HĐND tỉnh đơn vị bầu cử số 7 đã tiếp xúc cử tri xã Mường Phăng trước Kỳ họp thường lệ cuối năm 2025, HĐND tỉnh khóa XV.",
    blocks=[
        ("p", "Tại buổi tiếp xúc, cử tri được nghe thông báo dự kiến nội dung, chương trình Kỳ họp; báo cáo tình hình kinh tế - xã hội năm 2025 của tỉnh và của xã. Năm 2025, xã Mường Phăng có 9/11 chỉ tiêu chủ yếu đạt và vượt kế hoạch; tổng sản lượng lương thực có hạt ước đạt 8.460 tấn; tỷ lệ hộ nghèo giảm còn 18,6%; các hoạt động du lịch cộng đồng tại bản Phăng, bản Che Căn tiếp tục thu hút du khách."),
        ("cap", "Cử tri xã Mường Phăng phát biểu ý kiến tại buổi tiếp xúc."),
        ("p", "Trong không khí dân chủ, thẳng thắn, 11 lượt cử tri đã nêu ý kiến, kiến nghị tập trung vào các vấn đề: sớm đầu tư sửa chữa tuyến đường từ trung tâm xã đi bản Khá, hiện xuống cấp nghiêm trọng sau mưa lũ; hỗ trợ kinh phí cho các hộ trồng cà phê chuyển đổi giống; bố trí thêm giáo viên cho điểm trường mầm non bản Pa Pốm; quan tâm đến chế độ cho người hoạt động không chuyên trách ở thôn, bản sau sắp xếp."),
        ("p", "Thay mặt Tổ đại biểu, bà Lò Thị Hương, Phó Trưởng Ban Dân tộc HĐND tỉnh tiếp thu, giải trình làm rõ một số ý kiến thuộc thẩm quyền; các ý kiến còn lại sẽ được tổng hợp, chuyển đến cơ quan chức năng xem xét, giải quyết và trả lời cử tri theo quy định."),
        ("p", "Đồng chí Quàng Văn Thiết, Chủ tịch UBND xã cũng trực tiếp trả lời một số kiến nghị thuộc thẩm quyền của xã, trong đó cam kết trong quý I/2026 sẽ bố trí kinh phí sửa chữa tạm các điểm sạt lở trên tuyến đường đi bản Khá, bảo đảm đi lại an toàn cho Nhân dân."),
    ])

A["u19"] = dict(
    platform="viettel-portal",
    url="https://cathai.haiphong.gov.vn/portal/Pages/2026-2-3/Cong-khai-Ke-hoach-su-dung-dat-nam-2026-dac-khu-Cat-Hai.aspx",
    charset=None,
    title="Công khai Kế hoạch sử dụng đất năm 2026 đặc khu Cát Hải",
    published_at="2026-02-03T10:20:00+07:00",
    author="Đức Anh",
    lead=None,
    blocks=[
        ("p", "Ngày 30/01/2026, UBND thành phố Hải Phòng ban hành Quyết định số 412/QĐ-UBND phê duyệt Kế hoạch sử dụng đất năm 2026 của đặc khu Cát Hải. Thực hiện quy định của Luật Đất đai năm 2024, UBND đặc khu công bố công khai Kế hoạch sử dụng đất năm 2026 để các tổ chức, cá nhân biết, thực hiện và giám sát."),
        ("p", "Theo Kế hoạch, trong năm 2026, đặc khu Cát Hải thực hiện 46 công trình, dự án với tổng diện tích 318,5 ha, trong đó có 19 công trình hạ tầng giao thông, thủy lợi; 8 dự án phát triển du lịch, dịch vụ tại khu vực đảo Cát Bà; 6 dự án khu dân cư, tái định cư và 13 công trình văn hóa, giáo dục, y tế, thể thao."),
        ("p", "Diện tích đất cần chuyển mục đích sử dụng là 142,7 ha, gồm 38,2 ha đất trồng lúa, 61,4 ha đất rừng sản xuất, 43,1 ha đất nuôi trồng thủy sản. Diện tích đất cần thu hồi là 156,3 ha."),
        ("p", "Hồ sơ Kế hoạch sử dụng đất năm 2026 được công khai tại trụ sở UBND đặc khu, các điểm phục vụ hành chính công tại Cát Bà, Cát Hải và trên Trang thông tin điện tử đặc khu trong suốt thời kỳ kế hoạch. Người dân có nhu cầu tra cứu thông tin chi tiết có thể liên hệ Phòng Kinh tế, Hạ tầng và Đô thị đặc khu trong giờ hành chính."),
    ])

A["u20"] = dict(
    platform="vnpt-liferay-7",
    url="https://tanthuan.camau.gov.vn/web/xa-tan-thuan/-/ap-tan-loi-to-chuc-ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2026",
    charset="utf-8",
    title="Ấp Tân Lợi tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026",
    published_at="2026-11-18T14:30:00+07:00",
    author="Hữu Nghĩa",
    lead="Ngày 17/11, Ban Công tác Mặt trận ấp Tân Lợi, xã Tân Thuận tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026, hướng tới kỷ niệm 96 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam - Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2026).",
    blocks=[
        ("p", "Dự Ngày hội có đồng chí Phạm Văn Khởi, Phó Bí thư Thường trực Đảng ủy xã; đồng chí Trần Thị Bích Liên, Chủ tịch Ủy ban MTTQ Việt Nam xã cùng đông đảo cán bộ, đảng viên và Nhân dân trong ấp."),
        ("p", "Báo cáo tại Ngày hội cho biết, năm 2026, Nhân dân ấp Tân Lợi đã đoàn kết, tích cực tham gia các phong trào thi đua, cuộc vận động do Mặt trận và các đoàn thể phát động. Ấp đã vận động Nhân dân đóng góp trên 480 triệu đồng và hơn 900 ngày công để nâng cấp 2,3 km lộ bê tông, xây mới 2 cây cầu; hỗ trợ xây dựng 3 căn nhà Đại đoàn kết cho hộ nghèo; 97% hộ gia đình đạt danh hiệu “Gia đình văn hóa”. Mô hình nuôi tôm - lúa kết hợp của ấp tiếp tục mang lại hiệu quả, thu nhập bình quân đạt 74 triệu đồng/người/năm."),
        ("cap", "Trao nhà Đại đoàn kết cho hộ ông Lâm Văn Út tại Ngày hội."),
        ("p", "Phát biểu tại Ngày hội, đồng chí Phạm Văn Khởi biểu dương tinh thần đoàn kết và những kết quả mà Nhân dân ấp Tân Lợi đạt được, đồng thời đề nghị Ban Công tác Mặt trận ấp tiếp tục phát huy vai trò nòng cốt trong tập hợp, đoàn kết Nhân dân, thực hiện tốt phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”, chung sức xây dựng ấp văn minh, giàu đẹp."),
        ("p", "Dịp này, Ủy ban MTTQ Việt Nam xã đã trao 20 phần quà cho hộ nghèo, hộ có hoàn cảnh khó khăn; khen thưởng 6 gia đình tiêu biểu. Ngày hội còn diễn ra nhiều hoạt động văn hóa, văn nghệ, thể thao như thi nấu ăn, kéo co, đờn ca tài tử, thu hút đông đảo người dân tham gia."),
    ])

N = {
    "n01": dict(kind="listing", platform="vnpt-liferay-7", url="https://minhquang.tuyenquang.gov.vn/tin-tuc-su-kien", charset="utf-8"),
    "n02": dict(kind="search", platform="nukeviet", url="https://binhgia.langson.gov.vn/seek/?q=n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi", charset="utf-8"),
    "n03": dict(kind="not_found", platform="vnpt-liferay-6.2", url="https://camlam.khanhhoa.gov.vn/tin-tuc-su-kien/-/asset_publisher/Hk2Ra9LmPq4Z/content/hoi-nghi-trien-khai-nhiem-vu-quy-iv-nam-2026", charset="utf-8"),
    "n04": dict(kind="challenge", platform="js-cookie-challenge", url="https://xaanbinh.vn/tin-tuc/ra-quan-lam-sach-bai-bien-an-binh.html", charset="utf-8"),
}

# ---------------------------------------------------------------- encodings
def enc_1258(s):
    """Windows-1258 bytes as Vietnamese Windows software writes them: precomposed
    letters where the code page has them, otherwise base letter + combining tone mark."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        done = False
        for i in range(len(marks)):
            comp = unicodedata.normalize("NFC", base + marks[i])
            rest = marks[:i] + marks[i + 1:]
            try:
                b = comp.encode("cp1258") + rest.encode("cp1258")
            except UnicodeEncodeError:
                continue
            if len(comp) == 1:
                out += b
                done = True
                break
        if not done:
            try:
                out += d.encode("cp1258")
            except UnicodeEncodeError:
                out += ("&#%d;" % ord(ch)).encode("ascii")
    return bytes(out)


def numeric_entities(s):
    """Non-ASCII text as decimal character references (CKEditor entities_processNumerical)."""
    return "".join(c if ord(c) < 128 else "&#%d;" % ord(c) for c in s)


# ---------------------------------------------------------------- shared chrome pieces
def liferay_head_js(rng, company="10154", group="20182", plid="", theme="vnpt_WAR_vnpttheme"):
    return ('<script type="text/javascript">\n// <![CDATA[\nvar Liferay={Browser:{acceptsGzip:function(){return true},getMajorVersion:function(){return 120},'
            'getRevision:function(){return "537.36"},getVersion:function(){return "120.0"},isIe:function(){return false},'
            'isWebKit:function(){return true}},Data:{NAV_SELECTOR:"#navigation",isCustomizationView:function(){return false},'
            'notices:[null]},ThemeDisplay:{getLayoutId:function(){return "%d"},getLayoutURL:function(){return ""},'
            'getParentLayoutId:function(){return "0"},isPrivateLayout:function(){return "false"},isVirtualHost:function(){return true},'
            'getBCP47LanguageId:function(){return "vi-VN"},getCDNBaseURL:function(){return ""},getCompanyId:function(){return "%s"},'
            'getScopeGroupId:function(){return "%s"},getPlid:function(){return "%s"},getPathThemeImages:function(){return "/%s/images"},'
            'getLanguageId:function(){return "vi_VN"},getSessionId:function(){return ""},getUserId:function(){return "%d"},'
            'getUserName:function(){return ""},isSignedIn:function(){return false}},PropsValues:{NTLM_AUTH_ENABLED:false}};\n'
            'var themeDisplay=Liferay.ThemeDisplay;Liferay.AUI={getAvailableLangPath:function(){return "available_languages.jsp?browserId=other&themeId=%s&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=6205&t=%d"},'
            'getCombine:function(){return true},getComboPath:function(){return "/combo/?browserId=other&minifierType=&languageId=vi_VN&b=6205&t=%d&"},'
            'getFilter:function(){return "min"},getJavaScriptRootPath:function(){return "/html/js"},getLangPath:function(){return "aui_lang.jsp?browserId=other&themeId=%s&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=6205&t=%d"}};\n'
            'Liferay.authToken="%s";Liferay.currentURL="\\x2f";Liferay.currentURLEncoded="%%2F";\n// ]]>\n</script>'
            % (rng.randint(10, 400), company, group, plid or rng.randint(100000, 999999), theme, rng.randint(10000, 99999),
               theme, rng.randint(10 ** 12, 10 ** 13), rng.randint(10 ** 12, 10 ** 13), theme, rng.randint(10 ** 12, 10 ** 13), rid(rng, 8)))


def sidebar_box(title, inner, cls="portlet-box"):
    return '<div class="%s"><div class="box-title"><h4><span>%s</span></h4></div><div class="box-content">%s</div></div>' % (cls, esc(title), inner)


def std_sidebar(rng, k=0, news=6, docs=5):
    parts = [
        sidebar_box("Tin mới", news_list(rng, news + k, base="/tin-tuc")),
        sidebar_box("Văn bản mới", docs_list(rng, docs + k // 2)),
        sidebar_box("Thăm dò ý kiến", poll_box(rng)),
        sidebar_box("Liên kết website", links_select(rng)),
        sidebar_box("Thống kê truy cập", counter_box(rng)),
    ]
    return "\n".join(parts)


def banner_imgs(rng, n, base="/documents/banner"):
    return "\n".join('<div class="banner-item"><a href="https://%s.gov.vn" target="_blank"><img src="%s/%s.png" alt="banner"></a></div>'
                     % (rng.choice(["dichvucong", "chinhphu", "vanban.chinhphu", "baohiemxahoi", "moj", "tiepcongdan"]), base, hexid(rng, 12))
                     for _ in range(n))


def share_tools(url, style="bs"):
    return ('<div class="share-tools"><a href="javascript:window.print()" class="print" title="In bài viết"><i class="fa fa-print"></i> In bài</a> '
            '<a href="mailto:?subject=&body=%s" class="email" title="Gửi email"><i class="fa fa-envelope"></i> Gửi email</a> '
            '<a href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank" class="fb">Chia sẻ Facebook</a> '
            '<a href="https://zalo.me/share?u=%s" target="_blank" class="zalo">Zalo</a> '
            '<span class="font-size">Cỡ chữ: <a href="javascript:void(0)" onclick="changeFont(-1)">A-</a> <a href="javascript:void(0)" onclick="changeFont(1)">A+</a></span></div>'
            % (attr(url), attr(url), attr(url)))


def comment_form(title="Ý kiến bạn đọc"):
    return ('<div class="comment-form"><h4>%s</h4><form action="/binh-luan" method="post">'
            '<input type="text" name="fullname" placeholder="Họ và tên (*)"><input type="email" name="email" placeholder="Email (*)">'
            '<textarea name="content" rows="4" placeholder="Nội dung ý kiến"></textarea>'
            '<input type="text" name="captcha" placeholder="Mã xác nhận"><img src="/captcha.ashx" alt="captcha">'
            '<button type="submit">Gửi ý kiến</button></form></div>' % esc(title))


def other_news(rng, title, n, base, ext="", date=True):
    return '<div class="other-news"><h4 class="title-other">%s</h4>%s</div>' % (esc(title), news_list(rng, n, base=base, ext=ext, with_date=date))


def doc_page(parts):
    return "\n".join(parts)


# ---------------------------------------------------------------- u01 VNPT Liferay 6.2, Tây Ninh (large)
def P_u01(a, k):
    rng = random.Random(SET + ":u01")
    inst = "QxL7aK2mZp9B"
    site = "Trang thông tin điện tử xã Hậu Thạnh"
    body = []
    body.append('<p class="sapo" style="text-align: justify;"><strong>%s</strong></p>' % esc(a["lead"]))
    body.append("<p>&nbsp;</p>")
    n = 0
    for kind, val in a["blocks"]:
        if kind == "p":
            body.append('<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;%s</p>' % esc(val).replace(". ", ". &nbsp;", 1))
        elif kind == "cap":
            n += 1
            body.append(cap_block(val, "/documents/10154/%d/hoi-nghi-%d.jpg/%s" % (rng.randint(1000000, 9999999), n, guid(rng)), "center-italic"))
            body.append("<p>&nbsp;</p>")
    body.append("<p>&nbsp;</p>")
    body.append('<p style="text-align: right;"><strong>%s</strong></p>' % esc(a["author"]))
    body.append("<p>&nbsp;</p>")
    content = "\n".join(body)

    def page(k):
        r = random.Random(SET + ":u01")
        h = []
        h.append('<!DOCTYPE html>\n<html class="aui ltr" dir="ltr" lang="vi-VN">\n<head>')
        h.append("<title>%s - %s</title>" % (esc(a["title"]), site))
        h.append('<meta content="initial-scale=1.0, width=device-width" name="viewport" />')
        h.append('<meta content="text/html; charset=UTF-8" http-equiv="content-type" />')
        h.append('<meta content="%s" lang="vi-VN" name="description" />' % attr(a["lead"]))
        h.append('<link href="/tayninh-theme/images/favicon.ico" rel="Shortcut Icon" />')
        h.append('<link href="%s" rel="canonical" />' % a["url"])
        h.append('<link class="lfr-css-file" href="/tayninh-theme/css/aui.css?browserId=other&amp;themeId=tayninh_WAR_tayninhtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1751360123000" rel="stylesheet" type="text/css" />')
        h.append('<link href="/html/css/main.css?browserId=other&amp;themeId=tayninh_WAR_tayninhtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1751360123000" rel="stylesheet" type="text/css" />')
        h.append(liferay_head_js(r, theme="tayninh_WAR_tayninhtheme"))
        h.append('<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=tayninh_WAR_tayninhtheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6205&amp;t=1751360123000" type="text/javascript"></script>')
        h.append('<script type="text/javascript">' + js_blob(r, 60 + 3 * k, "Liferay.Portlet") + "</script>")
        h.append("</head>")
        h.append('<body class=" yui3-skin-sam controls-visible signed-out public-page site">')
        h.append(svg_sprite(r, 40))
        h.append('<a href="#main-content" id="skip-to-content">Bỏ qua để tới nội dung</a>')
        h.append('<div class="container-fluid" id="wrapper">')
        h.append('<div class="top-bar"><div class="container"><span class="today"><i class="icon-calendar"></i> Chủ nhật, 22/11/2026</span>'
                 '<span class="hotline">Đường dây nóng: 0272.3871.208</span><div class="top-links"><a href="/c/portal/login">Đăng nhập</a> | <a href="/so-do-trang">Sơ đồ trang</a> | <a href="/lien-he">Liên hệ</a></div></div></div>')
        h.append('<header id="banner" role="banner"><div id="heading"><a class="logo custom-logo" href="/" title="Đi tới %s"><img alt="%s" height="110" src="/image/layout_set_logo?img_id=%d&amp;t=1751360180000" width="1200" /></a>'
                 '<div class="site-name"><span class="name-1">ĐẢNG CỘNG SẢN VIỆT NAM</span><span class="name-2">%s</span><span class="slogan">Tỉnh Tây Ninh</span></div></div>'
                 % (esc(site), esc(site), r.randint(100000, 999999), esc(site.upper())))
        h.append('<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation"><div class="navbar-inner"><div class="container">')
        h.append(menu_html(r, ul_cls="nav nav-collapse collapse", li_cls="dropdown", sub_cls="dropdown-menu child-menu"))
        h.append("</div></div></nav></header>")
        h.append('<div class="marquee-box"><marquee scrollamount="3">CHÀO MỪNG KỶ NIỆM 81 NĂM CÁCH MẠNG THÁNG TÁM THÀNH CÔNG VÀ QUỐC KHÁNH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM (02/9/1945 - 02/9/2026)</marquee></div>')
        h.append('<div id="content"><div class="breadcrumbs"><ul class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="/">Trang chủ</a><span class="divider">/</span></li>'
                 '<li><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a><span class="divider">/</span></li><li class="current-parent breadcrumb-truncate"><a href="/tin-tuc-su-kien/tin-trong-xa">Tin trong xã</a></li></ul></div>')
        h.append('<div class="columns-2-r" id="main-content" role="main"><div class="portlet-layout row-fluid"><div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">')
        h.append('<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher" id="p_p_id_101_INSTANCE_%s_"><span id="p_101_INSTANCE_%s"></span>' % (inst, inst))
        h.append('<section class="portlet" id="portlet_101_INSTANCE_%s"><div class="portlet-content"><div class=" portlet-content-container" style=""><div class="portlet-body">' % inst)
        h.append('<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="/tin-tuc-su-kien" id="_101_INSTANCE_%s_%s" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span>'
                 '<h3 class="header-title"><span>%s</span></h3></div>' % (inst, rid(r, 4, "abcdefghijklmnopqrstuvwxyz"), esc(a["title"])))
        h.append('<div class="asset-full-content default-asset-publisher show-asset-title">')
        h.append('<div class="news-meta"><span class="news-date">08/07/2026 15:20</span> <span class="sep">|</span> <span class="news-view">Lượt xem: 1.245</span></div>')
        h.append('<div class="asset-content" id="_101_INSTANCE_%s_%s"><div class="journal-content-article">' % (inst, rid(r, 6, "abcdefghijklmnopqrstuvwxyz")))
        h.append(content)
        h.append("</div></div>")
        h.append('<div class="asset-links"></div><div class="taglib-social-bookmarks">%s</div>' % share_tools(a["url"]))
        h.append('<div class="taglib-ratings stars"><div class="liferay-rating-vote"><div id="_101_INSTANCE_%s_ratingStar"><div class="rating-label">Đánh giá bài viết: <span>Chưa có đánh giá</span></div>'
                 '<div class="rating-content">%s</div></div></div></div>' % (inst, "".join('<a class="rating-element icon-star-empty" href="javascript:;" title="%d sao"></a>' % i for i in range(1, 6))))
        h.append("</div>")
        h.append(other_news(r, "Tin cùng chuyên mục", 10 + k, "/tin-tuc-su-kien/-/asset_publisher/%s/content" % inst))
        h.append("</div></div></div></section></div>")
        h.append("</div></div>")
        h.append('<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">')
        h.append(sidebar_box("Lịch công tác", '<p class="lich"><a href="/lich-cong-tac">Lịch công tác tuần của lãnh đạo UBND xã</a></p>'))
        h.append(std_sidebar(r, k, news=8, docs=8))
        h.append(sidebar_box("Thời tiết", '<div class="weather"><span class="city">Tây Ninh</span> <span class="temp">31°C</span> <span class="desc">Có mây, mưa rào rải rác</span></div>'))
        h.append(banner_imgs(r, 8))
        h.append("</div></div></div></div></div>")
        h.append('<div class="mobile-menu" style="display:none">' + menu_html(r, ul_cls="mm-listview", li_cls="mm-item", sub_cls="mm-sub") + "</div>")
        h.append('<footer id="footer" role="contentinfo"><div class="footer-info"><p><strong>%s</strong></p>'
                 '<p>Cơ quan chủ quản: Ủy ban nhân dân xã Hậu Thạnh, tỉnh Tây Ninh</p><p>Địa chỉ: Ấp Bình Lợi, xã Hậu Thạnh, tỉnh Tây Ninh - Điện thoại: 0272.3871.208 - Email: ubndhauthanh@tayninh.gov.vn</p>'
                 '<p>Chịu trách nhiệm chính: Nguyễn Thị Kim Ngân - Chủ tịch UBND xã</p><p>Ghi rõ nguồn “Trang thông tin điện tử xã Hậu Thạnh” khi phát hành lại thông tin từ website này.</p></div>'
                 '<div class="powered">Thiết kế bởi VNPT Tây Ninh</div></footer></div>' % esc(site))
        h.append('<script type="text/javascript">// <![CDATA[\nAUI().use("aui-base","liferay-form","liferay-menu","liferay-notice","liferay-poller","liferay-session",function(A){(function(){Liferay.Util.addInputType();Liferay.Portlet.ready(function(portletId,node){Liferay.Util.addInputType(node)});'
                 'Liferay.Portlet.onLoad({canEditTitle:false,columnPos:0,isStatic:"end",namespacedId:"p_p_id_101_INSTANCE_%s_",portletId:"101_INSTANCE_%s",refreshURL:"\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d%d"})})()});\n// ]]>\n</script>'
                 % (inst, inst, r.randint(10000, 99999)))
        h.append('<script type="text/javascript">' + js_blob(r, 120 + 6 * k, "Liferay.Data") + "</script>")
        h.append("</body>\n</html>\n")
        return "\n".join(h).encode("utf-8")
    return fill(page, 128000, 170000)


# ---------------------------------------------------------------- Liferay 7.x shell (u02, u11, u20, n01)
def liferay7_page(r, k, *, title_tag, site, province, crawl, breadcrumb, main_html, lang_js_key, footer_lines, extra_side=""):
    h = []
    h.append('<!DOCTYPE html>\n\n<html class="ltr" dir="ltr" lang="vi-VN">\n\n<head>')
    h.append("<title>%s</title>" % title_tag)
    h.append('<meta content="initial-scale=1.0, width=device-width" name="viewport" />')
    h.append('<meta content="text/html; charset=UTF-8" http-equiv="content-type" />')
    h.append('<link data-senna-track="temporary" href="/o/%s-theme/images/favicon.ico" rel="icon" />' % lang_js_key)
    h.append('<link class="lfr-css-file" data-senna-track="temporary" href="/o/%s-theme/css/clay.css?browserId=chrome&amp;themeId=%stheme_WAR_%stheme&amp;languageId=vi_VN&amp;t=%d" id="liferayAUICSS" rel="stylesheet" type="text/css" />'
             % (lang_js_key, lang_js_key, lang_js_key, r.randint(10 ** 12, 10 ** 13)))
    h.append('<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?browserId=chrome&amp;themeId=%stheme_WAR_%stheme&amp;languageId=vi_VN&amp;t=%d" id="liferayPortalCSS" rel="stylesheet" type="text/css" />'
             % (lang_js_key, lang_js_key, r.randint(10 ** 12, 10 ** 13)))
    h.append('<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=vi_VN&amp;t=%d&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js&amp;/o/frontend-js-jquery-web/jquery/init.js" type="text/javascript"></script>' % r.randint(10 ** 12, 10 ** 13))
    h.append('<script data-senna-track="temporary" type="text/javascript">//<![CDATA[\nvar Liferay=Liferay||{};Liferay.Browser={isChrome:function(){return true},isEdge:function(){return false},isFirefox:function(){return false},isIe:function(){return false},isMobile:function(){return false}};'
             'Liferay.Data=Liferay.Data||{};Liferay.Data.ICONS_INLINE_SVG=true;Liferay.Data.NAV_SELECTOR="#navigation";Liferay.PortletKeys={DOCUMENT_LIBRARY:"com_liferay_document_library_web_portlet_DLPortlet",DYNAMIC_DATA_MAPPING:"com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet",ITEM_SELECTOR:"com_liferay_item_selector_web_portlet_ItemSelectorPortlet"};'
             'Liferay.PropsValues={JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT:0,NTLM_AUTH_ENABLED:false,UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE:104857600};'
             'var themeDisplay={getCompanyGroupId:function(){return "%d"},getCompanyId:function(){return "%d"},getDefaultLanguageId:function(){return "vi_VN"},getLanguageId:function(){return "vi_VN"},getPlid:function(){return "%d"},getScopeGroupId:function(){return "%d"},isSignedIn:function(){return false},getPathThemeImages:function(){return "/o/%s-theme/images"}};'
             'Liferay.authToken="%s";Liferay.currentURL="\\x2f";\n//]]>\n</script>'
             % (r.randint(20000, 21000), r.randint(20000, 21000), r.randint(10000, 99999), r.randint(100000, 999999), lang_js_key, rid(r, 8)))
    h.append('<script type="text/javascript">' + js_blob(r, 30 + 2 * k, "Liferay.Loader") + "</script>")
    h.append("</head>\n\n<body class=\"chrome controls-visible  yui3-skin-sam guest-site signed-out public-page site\">")
    h.append('<div class="lfr-spa-loading-bar"></div>')
    h.append('<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper">')
    h.append('<header id="banner" role="banner"><div class="top-header"><div class="container"><span class="date-now">%s</span>'
             '<div class="search-top"><form action="/tim-kiem" method="get"><input name="q" placeholder="Tìm kiếm..." type="text"/><button type="submit"><svg class="lexicon-icon lexicon-icon-search" focusable="false" role="presentation"><use href="/o/%s-theme/images/clay/icons.svg#search"></use></svg></button></form></div></div></div>'
             % (crawl, lang_js_key))
    h.append('<div class="logo-header"><div class="container"><a class="logo" href="/" title="%s"><img alt="Quốc huy" src="/o/%s-theme/images/quochuy.png" height="80"/></a>'
             '<div class="name-site"><p class="name-top">%s</p><p class="name-bottom">%s</p></div></div></div>' % (attr(site), lang_js_key, esc(site.upper()), esc(province)))
    h.append('<nav class="navbar navbar-expand-lg navigation-bar" id="navigation" role="navigation"><div class="container">')
    h.append(menu_html(r, ul_cls="navbar-nav", li_cls="nav-item dropdown", sub_cls="dropdown-menu"))
    h.append("</div></nav></header>")
    h.append('<section class="flex-fill" id="content"><div class="container">')
    h.append('<nav aria-label="Dấu phân cách trang" id="breadcrumbs"><ol class="breadcrumb">%s</ol></nav>'
             % "".join('<li class="breadcrumb-item"><a class="breadcrumb-link" href="%s" title="%s"><span class="breadcrumb-text-truncate">%s</span></a></li>' % (u, attr(t), esc(t)) for t, u in breadcrumb))
    h.append('<div class="columns-2" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">')
    h.append(main_html)
    h.append('</div></div><div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">')
    h.append(extra_side)
    h.append(std_sidebar(r, k, news=6, docs=5))
    h.append(banner_imgs(r, 5, "/documents/%d/0/banner" % r.randint(20000, 99999)))
    h.append("</div></div></div></div></div></section>")
    h.append('<footer id="footer" role="contentinfo"><div class="container"><div class="footer-content">%s</div></div></footer>' % "".join("<p>%s</p>" % esc(x) for x in footer_lines))
    h.append("</div></div>")
    h.append('<script type="text/javascript">//<![CDATA[\nLiferay.Loader.require("frontend-js-web/liferay/dom_task_runner.es",function(a){try{(function(){a.default.runTasks(document)})()}catch(e){console.error(e)}});'
             + js_blob(r, 25 + 3 * k, "Liferay.Portlet") + "\n//]]>\n</script>")
    h.append("</body>\n\n</html>\n")
    return "\n".join(h)


def lf7_asset(inst, title, meta, content, tail=""):
    pid = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_" + inst
    return ('<div class="portlet-boundary portlet-boundary_%s_ portlet-static portlet-static-end portlet-decorate portlet-asset-publisher" id="p_p_id_%s_"><span id="p_%s"></span>'
            '<section class="portlet" id="portlet_%s"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-end"><div class="autofit-section"></div></div></div>'
            '<div class=" portlet-content-container"><div class="portlet-body">'
            '<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title" data-fragments-editor-item-id="%d-%d" data-fragments-editor-item-type="fragments-editor-mapped-item">'
            '<h4 class="component-title"><span class="asset-title d-inline">%s</span></h4>%s'
            '<div class="asset-content mb-3"><div class="journal-content-article " data-analytics-asset-id="%d" data-analytics-asset-title="%s" data-analytics-asset-type="web-content">%s</div></div>%s'
            '</div></div></div></div></section></div>'
            % (pid, pid, pid, pid, 20109, abs(len(title) * 7919) % 100000, esc(title), meta, 700000 + len(title) * 31, attr(title), content, tail))


def P_u02(a, k0):
    inst = "bXr2Lq8TnM4c"

    def page(k):
        r = random.Random(SET + ":u02")
        content = render_blocks(a["blocks"], "/documents/2301/0/tb215", h="strong", p_attr=' style="text-align: justify;"')
        meta = '<div class="metadata-publish-date"><span class="label-date">Ngày cập nhật</span> 05/09/2025</div>'
        tail = ('<div class="attachments"><p class="title-att"><strong>Tệp đính kèm:</strong></p><ul>'
                '<li><a href="/documents/2301/0/TB215-UBND-thu-hoi-dat.pdf/%s" target="_blank"><svg class="lexicon-icon lexicon-icon-document-pdf"><use href="#document-pdf"></use></svg> TB215-UBND-thu-hoi-dat.pdf (412 KB)</a></li>'
                '<li><a href="/documents/2301/0/So-do-ranh-gioi-thu-hoi.pdf/%s" target="_blank">So-do-ranh-gioi-thu-hoi.pdf (1,2 MB)</a></li></ul></div>'
                '<div class="social-share">%s</div>' % (guid(r), guid(r), share_tools(a["url"])))
        main = lf7_asset(inst, a["title"], meta, content, tail)
        main += other_news(r, "Thông báo khác", 8 + k, "/web/xa-ia-bang/-")
        html_ = liferay7_page(r, k, title_tag="%s - Cổng thông tin điện tử xã Ia Băng" % esc(a["title"]),
                              site="Cổng thông tin điện tử xã Ia Băng", province="Tỉnh Gia Lai", crawl="Chủ nhật, ngày 22/11/2026",
                              breadcrumb=[("Trang chủ", "/web/xa-ia-bang"), ("Thông báo", "/web/xa-ia-bang/thong-bao"), (a["title"], a["url"])],
                              main_html=main, lang_js_key="gialai",
                              footer_lines=["CỔNG THÔNG TIN ĐIỆN TỬ XÃ IA BĂNG - TỈNH GIA LAI",
                                            "Cơ quan chủ quản: Ủy ban nhân dân xã Ia Băng",
                                            "Địa chỉ: Thôn Plei Ngol, xã Ia Băng, tỉnh Gia Lai. Điện thoại: 0269.3835.214",
                                            "Giấy phép số 18/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch cấp ngày 20/8/2025"])
        return html_.encode("utf-8")
    return fill(page, 24000, 60000)


# ---------------------------------------------------------------- SharePoint shell (u03, u19 Viettel; u04 Tân Dân)
def sp_head(r, title_tag, extra_meta=""):
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
            '<html dir="ltr" lang="vi-VN">\n<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" />'
            '<meta http-equiv="X-UA-Compatible" content="IE=10" />%s<meta http-equiv="Expires" content="0" /><title>\n\t%s\n</title>'
            '<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2a%s"/>'
            '<script type="text/javascript" src="/_layouts/15/init.js?rev=%s"></script>'
            '<script type="text/javascript" src="/ScriptResource.axd?d=%s&amp;t=ffffffffecf19baa"></script>'
            '<script type="text/javascript" src="/_layouts/15/blank.js?rev=%s"></script>'
            '<script type="text/javascript">RegisterSod("initstrings.js", "\\u002f_layouts\\u002f15\\u002f1066\\u002finitstrings.js?rev=%s");RegisterSod("strings.js", "\\u002f_layouts\\u002f15\\u002f1066\\u002fstrings.js?rev=%s");RegisterSod("sp.init.js", "\\u002f_layouts\\u002f15\\u002fsp.init.js?rev=%s");</script>'
            % (extra_meta, title_tag, rid(r, 20), rid(r, 22), rid(r, 80), rid(r, 22), rid(r, 22), rid(r, 22), rid(r, 22)))


def sp_form_start(r, action, vs_bytes):
    return ('<form method="post" action="%s" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">\n<div class="aspNetHidden">\n'
            '<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />\n<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />\n'
            '<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />\n'
            '<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />\n'
            '<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x%s,22 Nov 2026 02:14:%02d -0000" />\n'
            '<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />\n'
            '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIRD2QWAgIDD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0%s" />\n</div>\n'
            '<script type="text/javascript">\n//<![CDATA[\nvar theForm = document.forms[\'aspnetForm\'];\nif (!theForm) {\n    theForm = document.aspnetForm;\n}\nfunction __doPostBack(eventTarget, eventArgument) {\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n        theForm.__EVENTTARGET.value = eventTarget;\n        theForm.__EVENTARGUMENT.value = eventArgument;\n        theForm.submit();\n    }\n}\n//]]>\n</script>\n'
            % (action, hexid(r, 128).upper(), r.randint(0, 59), viewstate(r, vs_bytes)))


def sp_form_end(r):
    return ('<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%s" />'
            '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAA%s" /></div>'
            '<script type="text/javascript">\n//<![CDATA[\nvar _spFormDigestRefreshInterval = 1440000;var _fV4UI = true;var _spPageContextInfo = {webServerRelativeUrl: "\\u002f", webAbsoluteUrl: "", siteAbsoluteUrl: "", serverRequestPath: "", layoutsUrl: "_layouts\\u002f15", webTitle: "", webTemplate: "53", tenantAppVersion: "0", isAppWeb: false, webLogoUrl: "", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", currentCultureName: "vi-VN", clientServerTimeDelta: new Date("2026-11-22T02:14:11.0000000Z") - new Date(), siteClientTag: "%d$$15.0.5545.1000", crossDomainPhotosEnabled:false, webUIVersion:15, webPermMasks:{High:16,Low:196705},pageListId:"{%s}",pageItemId:%d, pagePersonalizationScope:1, alertsEnabled:true, siteServerRelativeUrl: "\\u002f", allowSilverlightPrompt:\'True\'};\n'
            'document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){removeAllStatus(true)};Flighting.ExpFeatures = [480215056,1880287568,1561350208,302071836,3212816,69472768,4194310,-2113396707,268502022,-872284160,1049232,-2147421952,65536,65536,2097472,917504,-2147474174,1372324107,67108882,0,0,-2147483648,2097152,0,0,32768,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0];\n//]]>\n</script>\n</form>'
            % (hexid(r, 8).upper(), rid(r, 120), r.randint(10, 999), guid(r), r.randint(100, 9999)))


def P_u03(a, k0):
    lines = "<br />\n".join(esc(v) for _, v in a["blocks"])

    def page(k):
        r = random.Random(SET + ":u03")
        h = [sp_head(r, "%s" % esc(a["title"]))]
        h.append('<link rel="stylesheet" type="text/css" href="/portal/Style%20Library/VTP/css/portal.css" />')
        h.append('<script type="text/javascript" src="/portal/Style%20Library/VTP/js/jquery-1.11.3.min.js"></script>')
        h.append("</head>\n<body>")
        h.append(sp_form_start(r, "./Giay-moi-du-Ky-hop-chuyen-de-HDND-xa-Hoang-Loc.aspx", 2600 + 40 * k))
        h.append('<div id="s4-workspace"><div id="s4-bodyContainer"><div class="vtp-page">')
        h.append('<div class="vtp-header"><div class="vtp-banner"><img src="/portal/PublishingImages/banner-hoang-loc.jpg" alt="Cổng thông tin điện tử xã Hoằng Lộc" /></div>'
                 '<div class="vtp-topbar"><span class="vtp-date">Chủ nhật, 22/11/2026</span> <span class="vtp-links"><a href="/portal/Pages/lien-he.aspx">Liên hệ</a> | <a href="/portal/Pages/so-do-cong.aspx">Sơ đồ cổng</a> | <a href="https://thanhhoa.gov.vn">Cổng TTĐT tỉnh Thanh Hóa</a></span></div></div>')
        h.append('<div class="vtp-menu">' + menu_html(r, ul_cls="root static", li_cls="static", sub_cls="dynamic", base="/portal/Pages") + "</div>")
        h.append('<div class="vtp-body"><table class="vtp-layout" width="100%" cellpadding="0" cellspacing="0"><tr><td class="vtp-left" valign="top">')
        h.append('<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartctl00_ctl38_g_%s" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">' % guid(r).replace("-", "_"))
        h.append('<div class="vtp-breadcrumb"><a href="/portal">Trang chủ</a> &gt; <a href="/portal/Pages/thong-bao.aspx">Thông báo - Giấy mời</a></div>')
        h.append('<div class="ArticleDetail"><h1 class="Title">%s</h1>' % esc(a["title"]))
        h.append('<div class="Time"><span id="ctl00_ctl38_g_%s_ctl00_lblDate">Ngày 5/9/2025 4:15 CH</span></div>' % hexid(r, 8))
        h.append('<div class="ms-rtestate-field"><div class="ExternalClass%s">%s<br />\n&nbsp;</div></div>' % (hexid(r, 32).upper(), lines))
        h.append('<div class="FileAttach"><b>File đính kèm:</b> <a href="/portal/VanBan/2025-09/GM45-HDND.pdf"><img src="/_layouts/15/images/icpdf.png" alt="" /> GM45-HDND.pdf</a> '
                 '<a href="/portal/VanBan/2025-09/Tai-lieu-ky-hop-chuyen-de.zip"><img src="/_layouts/15/images/iczip.gif" alt="" /> Tai-lieu-ky-hop-chuyen-de.zip</a></div>')
        h.append('<div class="Tools"><a href="javascript:window.print();">In trang</a> | <a href="mailto:?subject=Giay%20moi">Gửi email</a> | <a href="#top">Về đầu trang</a></div></div>')
        h.append(other_news(r, "Các tin khác", 10 + k, "/portal/Pages/2025-9-%d" % r.randint(1, 4), ext=".aspx"))
        h.append("</div></div></td>")
        h.append('<td class="vtp-right" valign="top" width="300">')
        h.append(std_sidebar(r, k, news=5, docs=5))
        h.append(banner_imgs(r, 4, "/portal/PublishingImages/lienket"))
        h.append("</td></tr></table></div>")
        h.append('<div class="vtp-footer"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ XÃ HOẰNG LỘC</b></p><p>Cơ quan chủ quản: UBND xã Hoằng Lộc, tỉnh Thanh Hóa</p>'
                 '<p>Địa chỉ: Thôn Bình Hòa, xã Hoằng Lộc, tỉnh Thanh Hóa. Điện thoại: 0237.3865.027</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin điện tử này.</p><p>Phát triển bởi Viettel Thanh Hóa</p></div>')
        h.append("</div></div></div>")
        h.append(sp_form_end(r))
        h.append('<script type="text/javascript">' + js_blob(r, 20 + 2 * k, "VTP") + "</script>")
        h.append("</body>\n</html>\n")
        return "\n".join(h).encode("utf-8")
    return fill(page, 22000, 60000)


def P_u04(a, k0):
    def table(rows):
        out = ['<table class="ms-rteTable-default" width="100%" cellspacing="0" style="border-collapse:collapse"><tbody>']
        for i, row in enumerate(rows):
            tag = "th" if i == 0 else "td"
            cls = "ms-rteTableHeaderRow-default" if i == 0 else ("ms-rteTableOddRow-default" if i % 2 else "ms-rteTableEvenRow-default")
            out.append('<tr class="%s">%s</tr>' % (cls, "".join('<%s class="ms-rteTable%s-default" style="border:1px solid #333;padding:4px">%s</%s>'
                                                                   % (tag, "HeaderEvenCol" if i == 0 else "EvenCol", esc(c), tag) for c in row)))
        out.append("</tbody></table>")
        return "".join(out)

    parts = []
    for kind, val in a["blocks"]:
        if kind == "p":
            parts.append('<p style="text-align:justify">%s</p>' % esc(val))
        elif kind == "table":
            parts.append(table(val))
    parts.append('<p style="text-align:right"><strong>%s</strong></p>' % esc(a["author"]))
    content = "\n".join(parts)

    def page(k):
        r = random.Random(SET + ":u04")
        h = [sp_head(r, "%s" % esc(a["title"]), '<meta name="description" content="%s" />' % attr(a["lead"]))]
        h.append('<link rel="stylesheet" type="text/css" href="/Style%20Library/TanDan/css/tandan.portal.css?v=2.4" />')
        h.append('<script type="text/javascript" src="/Style%20Library/TanDan/js/jquery.min.js"></script><script type="text/javascript" src="/Style%20Library/TanDan/js/tandan.portal.js?v=2.4"></script>')
        h.append('<script type="text/javascript">' + js_blob(r, 80 + 4 * k, "TD") + "</script>")
        h.append("</head>\n<body onhashchange=\"if (typeof(_spBodyOnHashChange) != 'undefined') _spBodyOnHashChange();\">")
        h.append(svg_sprite(r, 30))
        h.append(sp_form_start(r, "./niem-yet-cong-khai-danh-sach-ho-gia-dinh-de-nghi-ho-tro-xay-dung-sua-chua-nha-o-nam-2026.aspx", 36000 + 600 * k))
        h.append('<div id="ms-designer-ribbon"><div id="s4-ribbonrow" style="display:none"></div></div>')
        h.append('<div id="s4-workspace" class="ms-core-overlay"><div id="s4-bodyContainer"><div class="td-wrapper">')
        h.append('<div class="td-header"><div class="td-topbar"><span class="td-date">Chủ nhật, 22/11/2026</span><span class="td-welcome">Chào mừng bạn đến với Trang thông tin điện tử xã Mỹ Thọ</span></div>'
                 '<div class="td-banner"><a href="/xa-my-tho"><img src="/xa-my-tho/PublishingImages/banner.png" alt="Trang thông tin điện tử xã Mỹ Thọ - tỉnh Đồng Tháp" /></a></div></div>')
        h.append('<div class="td-menu">' + menu_html(r, ul_cls="td-nav", li_cls="td-nav-item", sub_cls="td-subnav", base="/xa-my-tho/Pages") + "</div>")
        h.append('<div class="td-content"><div class="td-col-left">')
        h.append('<div class="td-breadcrumb"><span><a href="/xa-my-tho">Trang chủ</a></span> » <span><a href="/xa-my-tho/Pages/cong-khai.aspx">Công khai</a></span> » <span><a href="/xa-my-tho/Pages/niem-yet-cong-khai.aspx">Niêm yết công khai</a></span></div>')
        h.append('<div class="ms-webpart-zone ms-fullWidth"><div class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth"><div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">'
                 '<div WebPartID="%s" HasPers="false" id="WebPartctl00_ctl45_g_%s" width="100%%" class="ms-WPBody noindex " allowDelete="false" style="">' % (guid(r), guid(r).replace("-", "_")))
        h.append('<div class="tdtt-newsdetail"><h2 class="tdtt-title">%s</h2>' % esc(a["title"]))
        h.append('<div class="tdtt-date">10/03/2026 2:07 CH</div>')
        h.append('<div class="tdtt-sapo"><strong>%s</strong></div>' % esc(a["lead"]))
        h.append('<div class="tdtt-content ms-rtestate-field">%s</div>' % content)
        h.append('<div class="tdtt-attach"><span>Tài liệu đính kèm:</span> <a href="/xa-my-tho/VanBan/DS-ho-ho-tro-nha-o-2026.pdf">DS-ho-ho-tro-nha-o-2026.pdf</a></div>')
        h.append('<div class="tdtt-tools">' + share_tools(a["url"]) + "</div>")
        h.append(other_news(r, "Tin cùng chuyên mục", 12 + k, "/xa-my-tho/Pages/2026-0%d-%02d" % (r.randint(1, 3), r.randint(1, 28)), ext=".aspx"))
        h.append("</div></div></div></div></div>")
        h.append('</div><div class="td-col-right">')
        h.append(std_sidebar(r, k, news=10, docs=10))
        h.append(sidebar_box("Dịch vụ công", '<ul><li><a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a></li><li><a href="https://dichvucong.dongthap.gov.vn">Hệ thống thông tin giải quyết TTHC tỉnh</a></li></ul>'))
        h.append(banner_imgs(r, 10, "/xa-my-tho/PublishingImages/lk"))
        h.append("</div></div>")
        h.append('<div class="td-mobile-nav" style="display:none">' + menu_html(r, ul_cls="td-mnav", li_cls="td-mnav-item", sub_cls="td-msub", base="/xa-my-tho/Pages") + "</div>")
        h.append('<div class="td-footer"><p>TRANG THÔNG TIN ĐIỆN TỬ XÃ MỸ THỌ</p><p>Cơ quan chủ quản: Ủy ban nhân dân xã Mỹ Thọ, tỉnh Đồng Tháp</p>'
                 '<p>Địa chỉ: Ấp Mỹ Phú, xã Mỹ Thọ, tỉnh Đồng Tháp. Điện thoại: 0277.3823.145. Email: myt ho@dongthap.gov.vn</p><p>Bản quyền thuộc UBND xã Mỹ Thọ. Thiết kế và phát triển: Công ty Tân Dân</p></div>'.replace("myt ho", "mytho"))
        h.append("</div></div></div>")
        h.append(sp_form_end(r))
        h.append('<script type="text/javascript">' + js_blob(r, 120 + 4 * k, "TD.ui") + "</script>")
        h.append("</body>\n</html>\n")
        return "\n".join(h).encode("utf-8")
    return fill(page, 130000, 170000)


# ---------------------------------------------------------------- NukeViet (u05; u18 NFD; n02)
def nv_page(r, k, *, title_tag, site, crawl, main_html, breadcrumb, meta_extra="", module="news"):
    h = ['<!DOCTYPE html>\n<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">\n<head>']
    h.append("<title>%s</title>" % title_tag)
    h.append('<meta name="description" content="%s">' % attr(site))
    h.append('<meta name="author" content="%s">' % attr(site))
    h.append('<meta name="copyright" content="%s [webmaster@%s]">' % (attr(site), "xa.gov.vn"))
    h.append('<meta name="generator" content="NukeViet v4.5">')
    h.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    h.append('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
    h.append(meta_extra)
    h.append('<link rel="StyleSheet" href="/assets/css/font-awesome.min.css"><link rel="StyleSheet" href="/themes/default/css/bootstrap.non-responsive.css"><link rel="StyleSheet" href="/themes/default/css/style.css"><link rel="StyleSheet" href="/themes/default/css/news.css">')
    h.append('<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="%s",nv_func_name="detail",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_%s",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image",XSSsanitize=1;</script>'
             % (module, rid(r, 5)))
    h.append('<script src="/assets/js/jquery/jquery.min.js"></script><script src="/assets/js/language/vi.js"></script><script src="/assets/js/global.js"></script><script src="/themes/default/js/main.js"></script>')
    h.append("</head>\n<body>")
    h.append('<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.<br>Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>')
    h.append('<div class="body-bg"><div class="wraper"><header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8">'
             '<a title="%s" href="/"><img src="/uploads/logo.png" alt="%s"></a><span class="site_name">%s</span><span class="site_description">Cổng thông tin điện tử</span></div>'
             '<div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch"><input type="text" maxlength="60" placeholder="Tìm kiếm..."><button type="button" class="btn btn-info" data-url="/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></div></div></div></div></header>'
             % (attr(site), attr(site), esc(site)))
    h.append('<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">')
    h.append(menu_html(r, ul_cls="nav navbar-nav", li_cls="dropdown", sub_cls="dropdown-menu", base=""))
    h.append("</div></div></div></nav>")
    h.append('<section><div class="container" id="body"><nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix"><div class="col-xs-24 col-sm-18 col-md-18">'
             '<div class="breadcrumbs-wrap"><div class="display"><a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>'
             '<ul class="breadcrumbs list-none">%s</ul></div></div></div>'
             '<div class="current-time col-xs-24 col-sm-6 col-md-6 text-right"><span class="current-time"><em class="fa fa-lg fa-clock-o">&nbsp;</em> %s</span></div></div></div></div></nav>'
             % ("".join('<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="%s" itemprop="item" title="%s"><span itemprop="name">%s</span></a></li>' % (u, attr(t), esc(t)) for t, u in breadcrumb), crawl))
    h.append('<div class="row"><div class="col-md-18">')
    h.append(main_html)
    h.append('</div><div class="col-md-6">')
    h.append('<div class="panel panel-default"><div class="panel-heading">Tin mới</div><div class="panel-body">%s</div></div>' % news_list(r, 6 + k, base="/news/tin-tuc", ext=".html"))
    h.append('<div class="panel panel-default"><div class="panel-heading">Văn bản mới</div><div class="panel-body">%s</div></div>' % docs_list(r, 5 + k // 2))
    h.append('<div class="panel panel-default"><div class="panel-heading">Thăm dò ý kiến</div><div class="panel-body">%s</div></div>' % poll_box(r))
    h.append('<div class="panel panel-default"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">%s</div></div>' % counter_box(r, ("Đang truy cập", "Hôm nay", "Tháng hiện tại", "Tổng lượt truy cập")))
    h.append("</div></div></div></section>")
    h.append('<footer id="footer"><div class="wraper"><div class="container"><div class="row"><div class="col-xs-24 col-sm-24 col-md-12"><div class="page-footer">%s</div></div>'
             '<div class="col-xs-24 col-sm-24 col-md-12"><div class="copyright">© Bản quyền thuộc về %s. Phát triển trên nền tảng <a href="https://nukeviet.vn/">NukeViet CMS</a>.</div></div></div></div></div></footer>'
             % ("<p>%s</p>" % esc(site.upper()), esc(site)))
    h.append('</div></div><div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>'
             '<div id="openidResult" class="nv-alert" style="display:none"></div><div id="openidBt" data-result="" data-redirect=""></div>')
    h.append('<script src="/themes/default/js/bootstrap.min.js"></script><script>' + js_blob(r, 15 + 2 * k, "nv") + "</script>")
    h.append("</body>\n</html>\n")
    return "\n".join(h)


def nv_detail(a, r, *, date_vis, views, ogtime, source, cap_style="table", img_base="/uploads/news/2025_10"):
    content = render_blocks(a["blocks"], img_base, cap=cap_style, h="h3" if cap_style == "table" else "strong", p_attr=' style="text-align: justify;"')
    author = ""
    if a["author"]:
        author = ('<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả bài viết: </strong>%s</p>'
                  '<p class="h5 text-right"><strong>Nguồn tin: </strong>%s</p></div>' % (esc(a["author"]), esc(source)))
    return ('<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope><div class="panel-body">'
            '<h1 class="title margin-bottom-lg" itemprop="headline">%s</h1>'
            '<div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope><span itemprop="name">%s</span></div>'
            '<span class="hidden hide d-none" itemprop="datePublished">%s</span>'
            '<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">%s</span></div><div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse(\'/sendmail/\',\'\',650,500,\'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no\');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
            '<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse(\'/print/\',\'\',840,500,\'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no\');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>'
            '<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="/savefile/"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>'
            '<div class="clearfix"><div class="hometext m-bottom" itemprop="description">%s</div></div>'
            '<div id="news-bodyhtml" class="bodytext margin-bottom-lg">%s</div>%s'
            '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><span itemprop="keywords"><a title="tin tuc" href="/tag/tin-tuc">tin tức</a>, <a href="/tag/xa">xã</a></span></div></div></div>'
            '<div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix"><p>Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p>'
            '<span itemscope itemtype="https://schema.org/AggregateRating"><span class="hidden d-none hide" itemprop="itemReviewed" itemscope itemtype="https://schema.org/CreativeWorkSeries"><span itemprop="name">%s</span></span></span>'
            '<div id="stringrating">Click để đánh giá bài viết</div></div></form></div>'
            '<p class="text-right">%s</p></div></div>'
            % (esc(a["title"]), esc(a["author"] or ""), ogtime, date_vis, esc(a["lead"] or ""), content, author, esc(a["title"]), views))


def P_u05(a, k0):
    def page(k):
        r = random.Random(SET + ":u05")
        meta = ('<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:description" content="%s">'
                '<meta property="og:url" content="%s"><meta property="article:published_time" content="2025-10-14ICT07:48:00"><meta property="article:modified_time" content="2025-10-14ICT07:52:14">'
                '<meta property="article:section" content="Khuyến nông">' % (attr(a["title"]), attr(a["lead"]), a["url"]))
        main = nv_detail(a, r, date_vis="Thứ ba - 14/10/2025 07:48", views="Đã xem: 1.034", ogtime="2025-10-14T07:48:00+07:00",
                         source="Trung tâm Dịch vụ nông nghiệp khu vực Văn Yên")
        main += ('<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p>%s'
                 '<p class="h3"><strong>Những tin cũ hơn</strong></p>%s</div></div>' % (news_list(r, 4, base="/news/khuyen-nong", ext=".html"), news_list(r, 6 + k, base="/news/khuyen-nong", ext=".html")))
        html_ = nv_page(r, k, title_tag="%s - Xã Châu Quế" % esc(a["title"]), site="Xã Châu Quế - tỉnh Lào Cai",
                        crawl="Chủ nhật - 22/11/2026 09:14", main_html=main, meta_extra=meta,
                        breadcrumb=[("Trang nhất", "/"), ("Tin tức", "/news/"), ("Khuyến nông", "/news/khuyen-nong/")])
        return html_.encode("utf-8")
    return fill(page, 26000, 60000)


# ---------------------------------------------------------------- WordPress (u06, u15)
def wp_page(r, k, *, title_tag, site, tagline, crawl, head_extra, article_html, body_cls, theme="flatsome"):
    h = ['<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">']
    h.append("<title>%s</title>" % title_tag)
    h.append(head_extra)
    h.append("<link rel='dns-prefetch' href='//fonts.googleapis.com' />")
    h.append('<link rel="alternate" type="application/rss+xml" title="%s &raquo; Dòng thông tin" href="/feed/" />' % attr(site))
    h.append('<script type="text/javascript">\n/* <![CDATA[ */\nwindow._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{"concatemoji":"\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.6.2"}};\n'
             '!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}function p(e,t,n){e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data),r=(e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(n,0,0),new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data));return t.every(function(e,t){return e===r[t]})}}(window,document);\n/* ]]> */\n</script>')
    h.append("<style id='wp-block-library-inline-css' type='text/css'>\n:root{--wp--preset--aspect-ratio--square: 1;--wp--preset--color--black: #000000;--wp--preset--color--white: #ffffff;--wp--preset--font-size--small: 13px;--wp--preset--font-size--medium: 20px;--wp--preset--font-size--large: 36px;}"
             + "".join(".has-%s-color{color: var(--wp--preset--color--%s) !important;}" % (c, c) for c in ["black", "cyan-bluish-gray", "white", "pale-pink", "vivid-red", "luminous-vivid-orange", "luminous-vivid-amber", "light-green-cyan", "vivid-green-cyan", "pale-cyan-blue", "vivid-cyan-blue", "vivid-purple"]) + "\n</style>")
    h.append("<link rel='stylesheet' id='%s-main-css' href='/wp-content/themes/%s/assets/css/%s.css?ver=3.19.6' type='text/css' media='all' />" % (theme, theme, theme))
    h.append("<script type=\"text/javascript\" src=\"/wp-includes/js/jquery/jquery.min.js?ver=3.7.1\" id=\"jquery-core-js\"></script>")
    h.append("</head>")
    h.append('<body class="%s">' % body_cls)
    h.append('<a class="skip-link screen-reader-text" href="#main">Bỏ qua nội dung</a>')
    h.append('<div id="wrapper"><header id="header" class="header has-sticky sticky-jump"><div class="header-wrapper">'
             '<div id="top-bar" class="header-top hide-for-sticky nav-dark"><div class="flex-row container"><div class="flex-col hide-for-medium flex-left"><ul class="nav nav-left medium-nav-center nav-small  nav-divided"><li class="html custom html_topbar_left"><span class="ngay-thang">%s</span></li></ul></div>'
             '<div class="flex-col hide-for-medium flex-right"><ul class="nav top-bar-nav nav-right nav-small  nav-divided"><li class="html header-social-icons ml-0"><div class="social-icons follow-icons"><a href="https://www.facebook.com/" target="_blank" class="icon plain facebook tooltip" title="Theo dõi trên Facebook"><i class="icon-facebook"></i></a></div></li></ul></div></div></div>'
             '<div id="masthead" class="header-main "><div class="header-inner flex-row container logo-left medium-logo-center" role="navigation"><div id="logo" class="flex-col logo">'
             '<a href="/" title="%s - %s" rel="home"><img width="300" height="90" src="/wp-content/uploads/2025/07/logo.png" class="header_logo header-logo" alt="%s"/></a></div>'
             % (crawl, attr(site), attr(tagline), attr(site)))
    h.append('<div class="flex-col hide-for-medium flex-left flex-grow">' + menu_html(r, ul_cls="header-nav header-nav-main nav nav-left nav-uppercase", li_cls="menu-item menu-item-type-custom menu-item-object-custom", sub_cls="sub-menu nav-dropdown nav-dropdown-default") + "</div>")
    h.append("</div></div></div></header>")
    h.append('<main id="main" class=""><div id="content" class="blog-wrapper blog-single page-wrapper"><div class="row row-large row-divided "><div class="large-9 col">')
    h.append(article_html)
    h.append('</div><div class="post-sidebar large-3 col"><div id="secondary" class="widget-area " role="complementary">')
    h.append('<aside id="search-2" class="widget widget_search"><form method="get" class="searchform" action="/" role="search"><input type="search" class="search-field mb-0" name="s" value="" placeholder="Tìm kiếm&hellip;" /><button type="submit" class="ux-search-submit submit-button secondary button icon mb-0" aria-label="Gửi"><i class="icon-search"></i></button></form></aside>')
    h.append('<aside id="recent-posts-2" class="widget widget_recent_entries"><span class="widget-title "><span>Bài viết mới</span></span><div class="is-divider small"></div>%s</aside>' % news_list(r, 6 + k, base="", with_date=False))
    h.append('<aside id="archives-2" class="widget widget_archive"><span class="widget-title "><span>Lưu trữ</span></span><ul>%s</ul></aside>'
             % "".join("<li><a href='/%d/%02d/'>Tháng %d %d</a></li>" % (y, m, m, y) for y, m in [(2026, mm) for mm in range(5, 0, -1)] + [(2025, mm) for mm in range(12, 6, -1)]))
    h.append('<aside id="custom_html-3" class="widget_text widget widget_custom_html"><span class="widget-title "><span>Liên kết</span></span><div class="textwidget custom-html-widget">%s</div></aside>' % links_select(r))
    h.append('<aside id="custom_html-4" class="widget_text widget widget_custom_html"><span class="widget-title "><span>Thống kê truy cập</span></span><div class="textwidget custom-html-widget">%s</div></aside>' % counter_box(r))
    h.append("</div></div></div></div></main>")
    h.append('<footer id="footer" class="footer-wrapper"><div class="footer-widgets footer footer-2 dark"><div class="row dark large-columns-1 mb-0"><div id="text-2" class="col pb-0 widget widget_text"><div class="textwidget">%s</div></div></div></div>'
             '<div class="absolute-footer dark medium-text-center small-text-center"><div class="container clearfix"><div class="footer-primary pull-left"><div class="copyright-footer">Copyright 2026 &copy; <strong>%s</strong>. Powered by WordPress</div></div></div></div></footer></div>'
             % (tagline, esc(site)))
    h.append('<script type="text/javascript" id="flatsome-js-js-extra">\n/* <![CDATA[ */\nvar flatsomeVars = {"theme":{"version":"3.19.6"},"ajaxurl":"\\/wp-admin\\/admin-ajax.php","rtl":"","sticky_height":"70","stickyHeaderHeight":"0","scrollPaddingTop":"0","assets_url":"\\/wp-content\\/themes\\/flatsome\\/assets\\/","lightbox":{"close_markup":"<button title=\\"%%close_title%%\\" type=\\"button\\" class=\\"mfp-close\\"><svg xmlns=\\"http:\\/\\/www.w3.org\\/2000\\/svg\\" width=\\"28\\" height=\\"28\\" viewBox=\\"0 0 24 24\\" fill=\\"none\\" stroke=\\"currentColor\\" stroke-width=\\"2\\" stroke-linecap=\\"round\\" stroke-linejoin=\\"round\\" class=\\"feather feather-x\\"><line x1=\\"18\\" y1=\\"6\\" x2=\\"6\\" y2=\\"18\\"><\\/line><line x1=\\"6\\" y1=\\"6\\" x2=\\"18\\" y2=\\"18\\"><\\/line><\\/svg><\\/button>","close_btn_inside":false},"user":{"can_edit_pages":false},"i18n":{"mainMenu":"Menu ch\\u00ednh","toggleButton":"Chuy\\u1ec3n \\u0111\\u1ed5i"},"options":{"cookie_notice_version":"1","swatches_layout":false}};\n/* ]]> */\n</script>')
    h.append('<script type="text/javascript" src="/wp-content/themes/flatsome/assets/js/flatsome.js?ver=039f9485eef603e7c53a" id="flatsome-js-js"></script>')
    h.append("<script>" + js_blob(r, 20 + 2 * k, "wpx") + "</script>")
    h.append("</body>\n</html>\n")
    return "\n".join(h)


def P_u06(a, k0):
    def page(k):
        r = random.Random(SET + ":u06")
        site = "Xã Vĩnh Hanh"
        head = ('<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />\n'
                '<link rel="canonical" href="%s" />\n<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="article" />\n'
                '<meta property="og:title" content="%s - %s" />\n<meta property="og:url" content="%s" />\n<meta property="og:site_name" content="%s" />\n'
                '<meta property="article:published_time" content="2025-11-03T02:15:42+00:00" />\n<meta property="article:modified_time" content="2025-11-03T02:31:07+00:00" />\n'
                '<meta property="og:image" content="https://xavinhhanh.vn/wp-content/uploads/2025/11/ra-quan-1.jpg" />\n<meta name="author" content="quantri" />\n'
                '<meta name="twitter:label1" content="Được viết bởi" />\n<meta name="twitter:data1" content="quantri" />\n'
                '<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"%s#article","isPartOf":{"@id":"%s"},"author":{"name":"quantri","@id":"https://xavinhhanh.vn/#/schema/person/%s"},"headline":"%s","datePublished":"2025-11-03T02:15:42+00:00","dateModified":"2025-11-03T02:31:07+00:00","mainEntityOfPage":{"@id":"%s"},"wordCount":96,"publisher":{"@id":"https://xavinhhanh.vn/#organization"},"articleSection":["Tin ảnh"],"inLanguage":"vi"}]}</script>'
                % (a["url"], attr(a["title"]), site, a["url"], site, a["url"], a["url"], hexid(r, 32), a["title"].replace('"', '\\"'), a["url"]))
        n = 0
        body = ['<p><em>%s</em></p>' % esc(a["blocks"][0][1])]
        for kind, val in a["blocks"][1:]:
            n += 1
            body.append('<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/2025/11/ra-quan-%d-1024x683.jpg" alt="" class="wp-image-%d" '
                        'srcset="/wp-content/uploads/2025/11/ra-quan-%d-1024x683.jpg 1024w, /wp-content/uploads/2025/11/ra-quan-%d-300x200.jpg 300w, /wp-content/uploads/2025/11/ra-quan-%d-768x512.jpg 768w" sizes="(max-width: 1024px) 100vw, 1024px" />'
                        '<figcaption class="wp-element-caption">%s</figcaption></figure>' % (n, 3410 + n, n, n, n, esc(val)))
        body.append('<p class="has-text-align-right"><strong>Tin, ảnh: %s</strong></p>' % esc(a["author"]))
        art = ('<article id="post-3418" class="post-3418 post type-post status-publish format-standard has-post-thumbnail hentry category-tin-anh">'
               '<div class="article-inner "><header class="entry-header"><div class="entry-header-text entry-header-text-top text-left">'
               '<h6 class="entry-category is-xsmall"><a href="/chuyen-muc/tin-anh/" rel="category tag">Tin ảnh</a></h6>'
               '<h1 class="entry-title">%s</h1><div class="entry-divider is-divider small"></div>'
               '<div class="entry-meta uppercase is-xsmall"><span class="posted-on">Đăng vào <a href="%s" rel="bookmark"><time class="entry-date published" datetime="2025-11-03T09:15:42+07:00">03/11/2025</time><time class="updated" datetime="2025-11-03T09:31:07+07:00">03/11/2025</time></a></span> <span class="byline">bởi <span class="meta-author vcard"><a class="url fn n" href="/author/quantri/">quantri</a></span></span></div></div></header>'
               '<div class="entry-content single-page">%s'
               '<div class="blog-share text-center"><div class="is-divider medium"></div><div class="social-icons share-icons share-row relative"><a href="whatsapp://send?text=%s" data-action="share/whatsapp/share" class="icon button circle is-outline tooltip whatsapp show-for-medium" title="Chia sẻ trên WhatsApp"><i class="icon-whatsapp"></i></a><a href="https://www.facebook.com/sharer.php?u=%s" data-label="Facebook" rel="noopener noreferrer nofollow" target="_blank" class="icon button circle is-outline tooltip facebook" title="Chia sẻ trên Facebook"><i class="icon-facebook"></i></a></div></div></div>'
               '<footer class="entry-meta text-left">Bài viết này được đăng trong <a href="/chuyen-muc/tin-anh/" rel="category tag">Tin ảnh</a>. Đánh dấu <a href="%s" title="Permalink to %s" rel="bookmark">đường dẫn tĩnh</a>.</footer>'
               '<nav role="navigation" id="nav-below" class="navigation-post"><div class="flex-row next-prev-nav bt bb"><div class="flex-col flex-grow nav-prev text-left"><div class="nav-previous"><a href="/2025/10/30/hoi-nghi-tong-ket-cong-tac-mat-tran/" rel="prev"><span class="hide-for-small"><i class="icon-angle-left"></i></span> Hội nghị tổng kết công tác Mặt trận năm 2025</a></div></div></div></nav>'
               '</div></article>'
               '<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy</a></small></h3>'
               '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>'
               '<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
               '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /></p></form></div></div>'
               % (esc(a["title"]), a["url"], "\n".join(body), attr(a["url"]), attr(a["url"]), a["url"], attr(a["title"])))
        html_ = wp_page(r, k, title_tag="%s - %s" % (esc(a["title"]), site), site=site, tagline="Trang thông tin xã Vĩnh Hanh - tỉnh An Giang",
                        crawl="Hôm nay: 22-11-2026", head_extra=head, article_html=art,
                        body_cls="post-template-default single single-post postid-3418 single-format-standard lightbox nav-dropdown-has-arrow nav-dropdown-has-shadow nav-dropdown-has-border")
        return html_.encode("utf-8")
    return fill(page, 23000, 60000)


# ---------------------------------------------------------------- Joomla (u07, u17)
def joomla_page(r, k, *, title_tag, site, crawl, head_extra, article_html, site_h1=False, tpl="protostar"):
    h = ['<!DOCTYPE html>\n<html lang="vi-vn" dir="ltr">\n<head>\n\t<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n\t<meta charset="utf-8" />']
    h.append(head_extra)
    h.append('\t<meta name="generator" content="Joomla! - Open Source Content Management" />\n\t<title>%s</title>' % title_tag)
    h.append('\t<link href="/templates/%s/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />\n\t<link href="/templates/%s/css/template.css?%s" rel="stylesheet" />'
             % (tpl, tpl, hexid(r, 32)))
    h.append('\t<script src="/media/jui/js/jquery.min.js?%s"></script>\n\t<script src="/media/jui/js/jquery-noconflict.js?%s"></script>\n\t<script src="/media/jui/js/jquery-migrate.min.js?%s"></script>\n\t<script src="/media/system/js/caption.js?%s"></script>\n\t<script src="/media/jui/js/bootstrap.min.js?%s"></script>'
             % tuple(hexid(r, 32) for _ in range(5)))
    h.append("\t<script>\njQuery(window).on('load',  function() {\n\t\t\t\tnew JCaption('img.caption');\n\t\t\t});jQuery(function($){ initTooltips(); $(\"body\").on(\"subform-row-add\", initTooltips); function initTooltips (event, container) { container = container || document;$(container).find(\".hasTooltip\").tooltip({\"html\": true,\"container\": \"body\"});} });\n\t</script>")
    h.append("</head>")
    h.append('<body class="site com_content view-article no-layout no-task itemid-%d">' % r.randint(101, 180))
    h.append('\t<div class="body" id="top"><div class="container">')
    h.append('\t\t<header class="header" role="banner"><div class="header-inner clearfix"><div class="top-date">%s</div><a class="brand pull-left" href="/">'
             % crawl + ('<h1 class="site-title" title="%s">%s</h1>' % (attr(site), esc(site)) if site_h1 else '<span class="site-title" title="%s">%s</span>' % (attr(site), esc(site)))
             + '<div class="site-description">Trang thông tin điện tử</div></a><div class="header-search pull-right"><div class="search"><form action="/index.php" method="post" class="form-inline" role="search"><label for="mod-search-searchword%d" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword%d" maxlength="200"  class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="101" /></form></div></div></div></header>'
             % (r.randint(80, 120), r.randint(80, 120)))
    h.append('\t\t<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Bật/Tắt Menu</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></a></div><div class="nav-collapse">'
             + menu_html(r, ul_cls="nav menu nav-pills mod-list", li_cls="item-%d deeper parent" % r.randint(101, 140), sub_cls="nav-child unstyled small", base="/index.php") + "</div></nav>")
    h.append('\t\t<div class="moduletable"><div class="custom"><p style="text-align: center;"><img src="/images/banner/khau-hieu.jpg" alt="Khẩu hiệu" /></p></div></div>')
    h.append('\t\t<div class="row-fluid"><main id="content" role="main" class="span9"><div id="system-message-container">\n\t</div>')
    h.append(article_html)
    h.append('\t\t</main><div id="aside" class="span3">')
    h.append('<div class="well "><h3 class="page-header">Tin mới</h3>%s</div>' % news_list(r, 6 + k, base="/index.php/tin-tuc", with_date=False))
    h.append('<div class="well "><h3 class="page-header">Văn bản</h3>%s</div>' % docs_list(r, 4 + k // 2))
    h.append('<div class="well "><h3 class="page-header">Thăm dò ý kiến</h3>%s</div>' % poll_box(r))
    h.append('<div class="well "><h3 class="page-header">Liên kết</h3>%s</div>' % links_select(r))
    h.append('<div class="well "><h3 class="page-header">Thống kê truy cập</h3><div class="vvisit_counter">%s</div></div>' % counter_box(r, ("Hôm nay", "Hôm qua", "Tuần này", "Tất cả")))
    h.append("\t\t</div></div></div></div>")
    h.append('\t<footer class="footer" role="contentinfo"><div class="container"><hr /><div class="custom"><p>%s</p></div><p class="pull-right"><a href="#top" id="back-top">Về đầu trang</a></p><p>&copy; 2026 %s</p></div></footer>'
             % ("Cơ quan chủ quản: " + esc(site.replace("Trang thông tin điện tử ", "UBND ").replace("Website ", "UBND ")), esc(site)))
    h.append("<script>" + js_blob(r, 12 + 2 * k, "jq") + "</script>")
    h.append("</body>\n</html>\n")
    return "\n".join(h)


def P_u07(a, k0):
    def page(k):
        r = random.Random(SET + ":u07")
        site = "Trang thông tin điện tử xã Tam Quang"
        cap = a["blocks"][0][1]
        body = ['<p style="text-align: center;"><video controls="controls" width="720" height="405" poster="/images/video/2026/05/hoc-boi.jpg"><source src="/images/video/2026/05/lop-hoc-boi-tam-quang.mp4" type="video/mp4" />Trình duyệt của bạn không hỗ trợ phát video.</video></p>',
                '<p style="text-align: center;"><em>%s</em></p>' % esc(cap)]
        for _, v in a["blocks"][1:]:
            body.append('<p style="text-align: justify;">%s</p>' % esc(v))
        body.append('<p style="text-align: right;"><strong>Thực hiện: %s</strong></p>' % esc(a["author"]))
        art = ('<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
               '<div class="page-header"><h2 itemprop="headline">%s</h2></div>'
               '<div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" data-toggle="dropdown" aria-label="Công cụ người dùng"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>'
               '<ul class="dropdown-menu"><li class="print-icon"><a href="%s&amp;tmpl=component&amp;print=1" title="In bài viết" onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no\'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> In</a></li>'
               '<li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=protostar&amp;link=%s" title="Email cho bạn bè" onclick="window.open(this.href,\'win2\',\'width=400,height=450,menubar=yes,resizable=yes\'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> Email</a></li></ul></div>'
               '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
               '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">Quản trị</span></dd>'
               '<dd class="category-name">Danh mục: <a href="/index.php/video" itemprop="genre">Video</a></dd>'
               '<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="2026-05-20T03:26:31+00:00" itemprop="datePublished">Ngày đăng: 20/05/2026 10:26</time></dd>'
               '<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:287" />Lượt xem: 287</dd></dl>'
               '<div itemprop="articleBody">%s</div>'
               '<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="Hội thi văn nghệ chào mừng Ngày sinh Chủ tịch Hồ Chí Minh" aria-label="Bài trước: Hội thi văn nghệ chào mừng Ngày sinh Chủ tịch Hồ Chí Minh" href="/index.php/video/209-hoi-thi-van-nghe" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li>'
               '<li class="next"><a class="hasTooltip" title="Ra quân dọn vệ sinh bờ sông Nậm Mộ" aria-label="Bài tiếp theo: Ra quân dọn vệ sinh bờ sông Nậm Mộ" href="/index.php/video/214-ra-quan-don-ve-sinh" rel="next"><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li></ul></div>'
               % (esc(a["title"]), a["url"], hexid(r, 40), "\n".join(body)))
        head = '\t<meta name="description" content="Lớp dạy bơi miễn phí cho trẻ em xã Tam Quang" />\n\t<meta name="author" content="Quản trị" />'
        html_ = joomla_page(r, k, title_tag="%s" % esc(a["title"]), site=site, crawl="CN, 22/11/2026", head_extra=head, article_html=art)
        return html_.encode("utf-8")
    return fill(page, 20000, 60000)


# ---------------------------------------------------------------- u08 old ASP table layout, windows-1258
def P_u08(a, k0):
    def page(k):
        r = random.Random(SET + ":u08")
        site = "UBND XÃ NÀ GIÀNG - TỈNH CAO BẰNG"
        left = "".join('<tr><td class="menu" height="24">&nbsp;<img src="images/arrow.gif" width="7" height="7">&nbsp;<a href="default.asp?tab=list&zone=%d" class="menu">%s</a></td></tr>'
                       % (i + 2, esc(m)) for i, (m, _) in enumerate(MENU))
        paras = []
        for kind, val in a["blocks"]:
            if kind == "q":
                lab, rest = val.split(":", 1)
                paras.append('<p align="justify"><font face="Arial" size="2"><b>%s:</b>%s</font></p>' % (esc(lab), esc(rest)))
            else:
                paras.append('<p align="justify"><font face="Arial" size="2">%s</font></p>' % esc(val))
        other = "".join('<tr><td class="other">&nbsp;<img src="images/dot.gif">&nbsp;<a href="default.asp?tab=detail&zone=14&id=%d">%s</a> <font color="#999999">(%s)</font></td></tr>'
                        % (r.randint(1000, 1285), esc(t), dmy(d, "-")) for t, d in zip(r.sample(HEADLINES, 8 + k), pick_dates(r, 8 + k)))
        side = "".join('<tr><td class="doc">&nbsp;&raquo;&nbsp;<a href="default.asp?tab=vanban&id=%d">%s</a></td></tr>' % (r.randint(100, 999), esc("%s %s" % (kd, w))) for kd, _, w in r.sample(DOCS, 6 + k // 2))
        h = ['<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">\n<meta http-equiv="Content-Language" content="vi">']
        h.append("<title>%s - Hỏi đáp pháp luật</title>" % site)
        h.append('<link rel="stylesheet" href="style.css" type="text/css">')
        h.append('<script language="JavaScript">\n<!--\nfunction MM_swapImgRestore() { //v3.0\n  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;\n}\nfunction MM_preloadImages() { //v3.0\n  var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array();\n    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)\n    if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}\n}\nfunction openWin(u){window.open(u,"print","width=700,height=600,scrollbars=yes");}\n//-->\n</script>')
        h.append("</head>")
        h.append('<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages(\'images/menu_over.gif\')">')
        h.append('<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">')
        h.append('<tr><td colspan="3" background="images/banner_bg.jpg" height="120"><h1 style="margin:0;padding:30px 0 0 150px"><font face="Times New Roman" color="#CC0000" size="6">%s</font></h1>'
                 '<font face="Arial" size="2" color="#003399">&nbsp;&nbsp;&nbsp;Trang thông tin điện tử</font></td></tr>' % esc(site))
        h.append('<tr><td colspan="3" bgcolor="#0055A5" height="26"><table width="100%%"><tr><td><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;Hôm nay: Chủ nhật, 22-11-2026</b></font></td>'
                 '<td align="right"><a href="default.asp" class="top">Trang chủ</a> | <a href="default.asp?tab=lienhe" class="top">Liên hệ</a> | <a href="default.asp?tab=sitemap" class="top">Sơ đồ site</a>&nbsp;</td></tr></table></td></tr>')
        h.append('<tr><td width="190" valign="top" bgcolor="#EEF3FA"><table width="100%%" border="0" cellspacing="0" cellpadding="0"><tr><td class="title_left" height="28">&nbsp;<b>DANH MỤC</b></td></tr>%s</table>'
                 '<br><table width="100%%" border="0"><tr><td class="title_left">&nbsp;<b>THỐNG KÊ</b></td></tr><tr><td><font size="1" face="Verdana">Số lượt truy cập: %s<br>Đang online: %d</font></td></tr></table></td>'
                 % (left, num(r.randint(100000, 900000)), r.randint(2, 40)))
        h.append('<td width="600" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="6">')
        h.append('<tr><td class="path"><font face="Arial" size="1"><a href="default.asp">Trang chủ</a> &raquo; <a href="default.asp?tab=list&zone=14">Hỏi - Đáp pháp luật</a></font></td></tr>')
        h.append('<tr><td><font face="Arial" size="3" color="#0055A5"><b>%s</b></font><br><font face="Arial" size="1" color="#888888">(Ngày 09-12-2025)</font></td></tr>' % esc(a["title"]))
        h.append('<tr><td>%s<p align="right"><font face="Arial" size="2"><b><i>%s</i></b></font></p></td></tr>' % ("\n".join(paras), esc(a["author"])))
        h.append('<tr><td align="right"><a href="javascript:openWin(\'print.asp?id=1286\')"><img src="images/print.gif" border="0"> In trang</a> &nbsp; <a href="default.asp?tab=guimail&id=1286"><img src="images/mail.gif" border="0"> Gửi bài</a> &nbsp; <a href="javascript:history.back()">Quay lại</a></td></tr>')
        h.append('<tr><td><hr size="1" color="#CCCCCC"><font face="Arial" size="2" color="#CC0000"><b>Các tin khác:</b></font><table width="100%%">%s</table></td></tr>' % other)
        h.append("</table></td>")
        h.append('<td width="190" valign="top" bgcolor="#F5F5F5"><table width="100%%"><tr><td class="title_left">&nbsp;<b>VĂN BẢN MỚI</b></td></tr>%s</table><br>'
                 '<table width="100%%"><tr><td class="title_left">&nbsp;<b>LIÊN KẾT</b></td></tr><tr><td>%s</td></tr></table>'
                 '<p align="center"><a href="https://dichvucong.gov.vn"><img src="images/dvc.gif" width="180" border="0"></a><br><a href="https://caobang.gov.vn"><img src="images/cbg.gif" width="180" border="0"></a></p></td></tr>'
                 % (side, links_select(r)))
        h.append('<tr><td colspan="3" bgcolor="#0055A5" align="center"><font face="Arial" size="2" color="#FFFFFF"><b>%s</b><br>Địa chỉ: Xóm Nà Mạ, xã Nà Giàng, tỉnh Cao Bằng - Điện thoại: 0206.3826.117<br>Chịu trách nhiệm nội dung: Văn phòng HĐND và UBND xã<br>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</font></td></tr>' % esc(site))
        h.append("</table>")
        h.append('<script language="JavaScript">\n<!--\n' + js_blob(r, 8 + k, "w").replace("$(document).on", "void(0)&&$(document).on") + "\n//-->\n</script>")
        h.append("</body>\n</html>\n")
        return enc_1258("\n".join(h))
    return fill(page, 17000, 60000)


# ---------------------------------------------------------------- u09 FPT-style portal (Đà Nẵng ward)
def P_u09(a, k0):
    def page(k):
        r = random.Random(SET + ":u09")
        site = "Cổng thông tin điện tử phường Hải Châu"
        blocks = a["blocks"]
        body = render_blocks(blocks[:-1], "/Upload/2026/01", h="h3", p_attr=' style="text-align:justify"')
        body += '\n<p style="text-align:justify">%s<br /><strong>%s</strong></p>' % (esc(blocks[-1][1]), esc(a["author"]))
        h = ['<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n<meta name="viewport" content="width=device-width, initial-scale=1">']
        h.append("<title>%s | %s</title>" % (esc(a["title"]), site))
        h.append('<meta name="description" content="%s">\n<meta name="keywords" content="bảo vệ dữ liệu cá nhân, luật, phường Hải Châu">' % attr(a["lead"]))
        h.append('<meta property="og:title" content="%s">\n<meta property="og:image" content="https://haichau.danang.gov.vn/Upload/2026/01/luat-bvdlcn.jpg">' % attr(a["title"]))
        h.append('<link href="/Content/bootstrap.min.css" rel="stylesheet"><link href="/Content/fpt.egov.portal.css?v=5.2.1" rel="stylesheet"><link href="/Content/font-awesome.min.css" rel="stylesheet">')
        h.append('<script src="/Scripts/jquery-3.5.1.min.js"></script><script src="/Scripts/bootstrap.bundle.min.js"></script>')
        h.append("</head>\n<body>")
        h.append('<div class="egov-topbar"><div class="container"><div class="row"><div class="col-md-6"><span class="egov-date"><i class="fa fa-calendar"></i> Chủ nhật, 22/11/2026</span></div>'
                 '<div class="col-md-6 text-right"><a href="/vi/lien-he">Liên hệ</a> | <a href="/vi/so-do-cong">Sơ đồ cổng</a> | <a href="/en">English</a></div></div></div></div>')
        h.append('<div class="egov-header"><div class="container"><a href="/vi" class="egov-logo"><img src="/Content/images/logo-haichau.png" alt="%s"></a><div class="egov-sitename"><span>ỦY BAN NHÂN DÂN</span><strong>PHƯỜNG HẢI CHÂU</strong><em>Thành phố Đà Nẵng</em></div></div></div>' % site)
        h.append('<nav class="egov-menu navbar navbar-expand-lg"><div class="container">' + menu_html(r, ul_cls="navbar-nav mr-auto", li_cls="nav-item dropdown", sub_cls="dropdown-menu", base="/vi") + "</div></nav>")
        h.append('<div class="container egov-main"><div class="row"><div class="col-lg-8">')
        h.append('<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/vi">Trang chủ</a></li><li class="breadcrumb-item"><a href="/vi/tin-tuc">Tin tức</a></li><li class="breadcrumb-item"><a href="/vi/tin-tuc/pho-bien-phap-luat">Phổ biến pháp luật</a></li><li class="breadcrumb-item active">%s</li></ol>' % esc(a["title"]))
        h.append('<div class="news-detail"><h1 class="news-detail-title">%s</h1>' % esc(a["title"]))
        h.append('<div class="news-detail-info"><span class="time"><i class="fa fa-clock-o"></i> 15:32 | 24/01/2026</span><span class="tools"><a href="javascript:void(0)" onclick="fontSize(-1)" title="Giảm cỡ chữ">A-</a> <a href="javascript:void(0)" onclick="fontSize(1)" title="Tăng cỡ chữ">A+</a> <a href="javascript:window.print()"><i class="fa fa-print"></i></a></span></div>')
        h.append('<div class="news-detail-sapo">%s</div>' % esc(a["lead"]))
        h.append('<div class="news-detail-content" id="newsContent">%s</div>' % body)
        h.append('<div class="news-detail-related"><h4>Tin liên quan</h4><ul><li><a href="/vi/tin-tuc/tuyen-truyen-luat-phong-thu-dan-su-3921.html">Tuyên truyền Luật Phòng thủ dân sự đến Nhân dân trên địa bàn phường</a></li><li><a href="/vi/tin-tuc/canh-giac-lua-dao-qua-mang-4102.html">Cảnh giác với các thủ đoạn lừa đảo qua mạng dịp cuối năm</a></li></ul></div>')
        h.append(share_tools(a["url"]))
        h.append(comment_form("Gửi ý kiến phản hồi"))
        h.append(other_news(r, "Các tin khác", 8 + k, "/vi/tin-tuc", ext=".html"))
        h.append('</div></div><div class="col-lg-4 egov-sidebar">')
        h.append(std_sidebar(r, k, news=6, docs=6))
        h.append(sidebar_box("Thời tiết", '<div class="weather-widget"><span>Đà Nẵng</span> <b>24°C</b> <span>Nhiều mây</span></div>'))
        h.append("</div></div></div>")
        h.append('<footer class="egov-footer"><div class="container"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HẢI CHÂU</strong></p><p>Cơ quan chủ quản: UBND phường Hải Châu, thành phố Đà Nẵng</p><p>Địa chỉ: 270 Trần Phú, phường Hải Châu, thành phố Đà Nẵng. Điện thoại: 0236.3821.447</p><p>Giấy phép thiết lập số 06/GP-STTTT. Phát triển bởi FPT IS</p></div></footer>')
        h.append("<script>" + js_blob(r, 18 + 2 * k, "egov") + "</script>")
        h.append("</body>\n</html>\n")
        return "\n".join(h).encode("utf-8")
    return fill(page, 25000, 60000)


# ---------------------------------------------------------------- u10 CMC-style portal (Đắk Lắk)
def P_u10(a, k0):
    def page(k):
        r = random.Random(SET + ":u10")
        site = "Trang thông tin điện tử xã Cư Pơng"
        body = render_blocks(a["blocks"], "/uploads/2026/03", cap="table", p_attr=' style="text-align: justify;"')
        h = ['<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0" />']
        h.append("<title>%s</title>" % esc(a["title"]))
        h.append('<meta name="description" content="%s" />' % attr(a["lead"]))
        h.append('<link href="/css/cmc.portal.min.css?v=3.1" rel="stylesheet" type="text/css" /><link href="/css/daklak.xa.css" rel="stylesheet" type="text/css" />')
        h.append('<script type="text/javascript" src="/js/jquery-2.2.4.min.js"></script><script type="text/javascript" src="/js/cmc.portal.min.js?v=3.1"></script>')
        h.append("</head>\n<body>")
        h.append('<div id="page"><div class="header"><div class="header-top"><div class="wrap"><span class="cmc-today">Chủ nhật, 22/11/2026</span><div class="header-right"><a href="/dang-nhap">Đăng nhập</a></div></div></div>'
                 '<div class="header-banner"><div class="wrap"><img src="/images/banner-cupong.png" alt="%s" /></div></div></div>' % site)
        h.append('<div class="main-menu"><div class="wrap">' + menu_html(r, ul_cls="menu-lv1", li_cls="lv1", sub_cls="menu-lv2", base="/tin-tuc") + "</div></div>")
        h.append('<div class="wrap main-content"><div class="col-main">')
        h.append('<div class="breadcrumb"><a href="/">Trang chủ</a> <span>›</span> <a href="/tin-tuc">Tin tức</a> <span>›</span> <a href="/tin-tuc/guong-dien-hinh">Gương điển hình tiên tiến</a></div>')
        h.append('<div class="article-detail"><h1 class="article-title">%s</h1>' % esc(a["title"]))
        h.append('<div class="article-meta"><span class="article-date">Thứ Tư, 18/03/2026, 08:40 GMT+7</span> <span class="article-view">Lượt xem: 642</span></div>')
        h.append('<div class="article-sapo"><p>%s</p></div>' % esc(a["lead"]))
        h.append('<div class="article-content">%s</div>' % body)
        h.append('<div class="article-author"><p>Bài, ảnh: <strong>%s</strong></p></div>' % esc(a["author"]))
        h.append('<div class="article-rate">Đánh giá: %s <span>(0 lượt)</span></div>' % "".join('<i class="star" data-v="%d">☆</i>' % i for i in range(1, 6)))
        h.append(share_tools(a["url"]))
        h.append("</div>")
        h.append(other_news(r, "Tin cùng chuyên mục", 8 + k, "/tin-tuc/guong-dien-hinh", ext=".html"))
        h.append('</div><div class="col-side">')
        h.append(std_sidebar(r, k, news=6, docs=5))
        h.append(sidebar_box("Thời tiết", '<div class="weather"><span>Buôn Ma Thuột</span> <b>27°C</b> <span>Nắng nhẹ</span></div>'))
        h.append("</div></div>")
        h.append('<div class="footer"><div class="wrap"><p><b>TRANG THÔNG TIN ĐIỆN TỬ XÃ CƯ PƠNG - TỈNH ĐẮK LẮK</b></p><p>Cơ quan chủ quản: Ủy ban nhân dân xã Cư Pơng</p><p>Địa chỉ: Thôn 1, xã Cư Pơng, tỉnh Đắk Lắk. Điện thoại: 0262.3637.115</p><p>Giấy phép số 27/GP-TTĐT ngày 15/9/2025. Thiết kế: CMC TS</p></div></div></div>')
        h.append("<script>" + js_blob(r, 15 + 2 * k, "cmc") + "</script>")
        h.append("</body>\n</html>\n")
        return "\n".join(h).encode("utf-8")
    return fill(page, 22000, 60000)


# ---------------------------------------------------------------- u11 Liferay 7 (Quảng Ngãi, Lý Sơn)
def P_u11(a, k0):
    inst = "7hHrY9eWvQkT"

    def page(k):
        r = random.Random(SET + ":u11")
        body = ['<p style="text-align: justify;"><strong>%s</strong></p>' % esc(a["lead"])]
        n = 0
        for kind, val in a["blocks"]:
            if kind == "p":
                body.append('<p style="text-align: justify;">%s</p>' % esc(val))
            elif kind == "h":
                body.append('<p style="text-align: justify;"><strong>%s</strong></p>' % esc(val))
            elif kind == "cap":
                n += 1
                body.append('<p style="text-align: center;"><img alt="" src="/documents/%d/0/dai-hoi-%d.jpg/%s?t=%d" style="width: 800px; height: 533px;" /></p>'
                            '<p style="text-align: center;"><em>%s</em></p>' % (r.randint(30000, 39999), n, guid(r), r.randint(10 ** 12, 10 ** 13), esc(val)))
        body.append('<p style="text-align: justify;"><strong>%s</strong></p>' % esc(a["author"]))
        meta = '<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">Ngày xuất bản: 13/08/2025 17:05</span></div>'
        tail = '<div class="asset-links"></div><div class="social-bookmarks">%s</div>' % share_tools(a["url"])
        main = lf7_asset(inst, a["title"], meta, "\n".join(body), tail)
        main += other_news(r, "Tin khác", 10 + k, "/tin-tuc-su-kien/-/asset_publisher/%s/content" % inst)
        html_ = liferay7_page(r, k, title_tag="%s - Đặc khu Lý Sơn" % esc(a["title"]),
                              site="Trang thông tin điện tử đặc khu Lý Sơn", province="Tỉnh Quảng Ngãi", crawl="Chủ Nhật, ngày 22 tháng 11 năm 2026",
                              breadcrumb=[("Trang chủ", "/"), ("Tin tức - Sự kiện", "/tin-tuc-su-kien"), ("Hoạt động của Đảng", "/tin-tuc-su-kien/hoat-dong-cua-dang")],
                              main_html=main, lang_js_key="quangngai",
                              footer_lines=["TRANG THÔNG TIN ĐIỆN TỬ ĐẶC KHU LÝ SƠN",
                                            "Cơ quan chủ quản: Ủy ban nhân dân đặc khu Lý Sơn, tỉnh Quảng Ngãi",
                                            "Địa chỉ: Thôn Đông, đặc khu Lý Sơn, tỉnh Quảng Ngãi. Điện thoại: 0255.3867.115",
                                            "Ghi rõ nguồn khi phát hành lại thông tin từ Trang thông tin điện tử này."],
                              extra_side=sidebar_box("Chuyên mục", '<ul class="list-cat"><li><a href="/web/dac-khu-ly-son/dai-hoi-dang">Đại hội Đảng các cấp</a></li><li><a href="/web/dac-khu-ly-son/chu-quyen-bien-dao">Chủ quyền biển, đảo</a></li></ul>'))
        return html_.encode("utf-8")
    return fill(page, 30000, 60000)


# ---------------------------------------------------------------- u12 subdomain of the Quảng Trị portal
def P_u12(a, k0):
    def page(k):
        r = random.Random(SET + ":u12")
        site = "Xã Triệu Phong - Cổng thông tin điện tử tỉnh Quảng Trị"
        body = ['<p class="lead-detail"><strong>%s</strong></p>' % esc(a["lead"])]
        body.append(render_blocks(a["blocks"], "/images/news/2025/10/16", cap="figure", p_attr=' style="text-align:justify"'))
        body.append('<p style="text-align:right"><strong>%s</strong></p>' % esc(a["author"]))
        h = ['<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1" />']
        h.append("<title>%s - %s</title>" % (esc(a["title"]), site))
        h.append('<meta property="og:title" content="%s" />\n<meta property="og:type" content="article" />' % attr(a["title"]))
        h.append('<link rel="stylesheet" href="https://quangtri.gov.vn/static/css/subsite.min.css?v=20250701" /><link rel="stylesheet" href="https://quangtri.gov.vn/static/css/icons.css" />')
        h.append('<script src="https://quangtri.gov.vn/static/js/vendor.min.js?v=20250701"></script>')
        h.append("</head>\n<body class=\"subsite subsite-xa\">")
        h.append(svg_sprite(r, 12))
        h.append('<div class="portal-bar"><div class="container"><a href="https://quangtri.gov.vn">Cổng thông tin điện tử tỉnh Quảng Trị</a><span class="portal-date">Chủ nhật, 22/11/2026</span></div></div>')
        h.append('<header class="sub-header"><div class="container"><div class="sub-brand"><img src="https://quangtri.gov.vn/static/img/quoc-huy.png" alt="" width="70" /><div><p class="sub-name">XÃ TRIỆU PHONG</p><p class="sub-prov">TỈNH QUẢNG TRỊ</p></div></div></div></header>')
        h.append('<nav class="sub-nav"><div class="container">' + menu_html(r, ul_cls="sub-menu-root", li_cls="sub-item", sub_cls="sub-drop", base="/vi/news") + "</div></nav>")
        h.append('<div class="alert-bar"><div class="container"><span class="badge">Cảnh báo</span> <marquee>Bản tin dự báo mưa lớn, lũ trên các sông từ ngày 16 - 19/10/2025 - Nhân dân chủ động phòng tránh</marquee></div></div>')
        h.append('<main class="container"><div class="row"><div class="col-8">')
        h.append('<ul class="breadcrumb"><li><a href="/vi">Trang chủ</a></li><li><a href="/vi/news">Tin tức</a></li><li><a href="/vi/news/phong-chong-thien-tai">Phòng, chống thiên tai</a></li></ul>')
        h.append('<article class="detail"><h1 class="detail-title">%s</h1>' % esc(a["title"]))
        h.append('<div class="detail-meta"><span class="meta-time">Thứ năm, 16/10/2025 | 06:45:12</span><span class="meta-cat">Phòng, chống thiên tai</span></div>')
        h.append('<div class="detail-content">%s</div>' % "\n".join(body))
        h.append('<div class="detail-file"><b>Văn bản liên quan:</b> <a href="/uploads/files/2025/10/CD-BCH-PTDS-xa-so-07.pdf">Công điện số 07/CĐ-BCH ngày 15/10/2025</a></div>')
        h.append(share_tools(a["url"]) + "</article>")
        h.append(other_news(r, "Tin cùng chuyên mục", 8 + k, "/vi/news/phong-chong-thien-tai"))
        h.append('</div><aside class="col-4">')
        h.append(sidebar_box("Số điện thoại khẩn cấp", '<ul class="hotline"><li>Ban Chỉ huy PTDS xã: 0233.3861.115</li><li>Công an xã: 0233.3861.113</li><li>Trạm Y tế xã: 0233.3861.114</li></ul>'))
        h.append(std_sidebar(r, k, news=6, docs=5))
        h.append("</aside></div></main>")
        h.append('<footer class="sub-footer"><div class="container"><p>UBND XÃ TRIỆU PHONG - TỈNH QUẢNG TRỊ</p><p>Địa chỉ: Thôn An Cư, xã Triệu Phong, tỉnh Quảng Trị</p><p>Trang con thuộc Cổng thông tin điện tử tỉnh Quảng Trị - Giấy phép số 15/GP-TTĐT</p></div></footer>')
        h.append("<script>" + js_blob(r, 15 + 2 * k, "qt") + "</script>")
        h.append("</body>\n</html>\n")
        return "\n".join(h).encode("utf-8")
    return fill(page, 21000, 60000)


# ---------------------------------------------------------------- u13 Bootstrap custom PHP (Cần Thơ ward)
def P_u13(a, k0):
    def page(k):
        r = random.Random(SET + ":u13")
        site = "Phường Ninh Kiều - Thành phố Cần Thơ"
        body = render_blocks(a["blocks"], "/uploads/2026/04", h="h4", p_attr="")
        body = body.replace("<p>1. ", "<p>&nbsp;&nbsp;&nbsp; 1. ").replace("<p>2. ", "<p>&nbsp;&nbsp;&nbsp; 2. ").replace("<p>3. ", "<p>&nbsp;&nbsp;&nbsp; 3. ")
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": "2026-04-02T08:00:00+07:00",
                         "dateModified": "2026-04-02T10:12:00+07:00", "author": {"@type": "Person", "name": a["author"]},
                         "publisher": {"@type": "Organization", "name": "UBND phường Ninh Kiều"}, "description": a["lead"],
                         "articleBody": " ".join(v for kd, v in a["blocks"] if kd in ("p", "li"))}, ensure_ascii=False)
        h = ['<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">']
        h.append("<title>%s - %s</title>" % (esc(a["title"]), site))
        h.append('<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet"><link href="/assets/css/site.css?v=1.8" rel="stylesheet">')
        h.append('<script type="application/ld+json">%s</script>' % ld)
        h.append("</head>\n<body>")
        h.append('<div class="topbar bg-primary text-white small py-1"><div class="container d-flex justify-content-between"><span>Chủ nhật, 22/11/2026</span><span>Đường dây nóng: 0292.3820.115</span></div></div>')
        h.append('<header class="py-3 border-bottom"><div class="container d-flex align-items-center"><img src="/assets/img/logo.png" width="64" alt=""><div class="ms-3"><div class="fw-bold text-danger">ỦY BAN NHÂN DÂN PHƯỜNG NINH KIỀU</div><div class="text-primary">Thành phố Cần Thơ</div></div></div></header>')
        h.append('<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav"><span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="mainNav">'
                 + menu_html(r, ul_cls="navbar-nav", li_cls="nav-item dropdown", sub_cls="dropdown-menu", base="/tin-tuc") + "</div></div></nav>")
        h.append('<div class="container my-4"><div class="row"><div class="col-lg-8">')
        h.append('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc/van-ban-ke-hoach">Kế hoạch</a></li><li class="breadcrumb-item active" aria-current="page">%s</li></ol></nav>' % esc(a["title"]))
        h.append('<article><h1 class="h3 fw-bold">%s</h1>' % esc(a["title"]))
        h.append('<div class="text-muted small mb-3"><i class="bi bi-calendar3"></i> 02/04/2026 &nbsp;&middot;&nbsp; <i class="bi bi-person"></i> Tác giả: %s</div>' % esc(a["author"]))
        h.append('<p class="lead fw-semibold">%s</p>' % esc(a["lead"]))
        h.append('<div class="article-body">%s</div>' % body)
        h.append('<div class="mt-3"><a class="btn btn-sm btn-outline-primary" href="/uploads/files/2026/04/KH-52-UBND.pdf"><i class="bi bi-file-earmark-pdf"></i> Tải Kế hoạch số 52/KH-UBND</a></div>')
        h.append('<div class="mt-3">%s</div></article>' % share_tools(a["url"]))
        h.append(other_news(r, "Tin liên quan", 6 + k, "/tin-tuc", ext=".html"))
        h.append('</div><div class="col-lg-4">')
        h.append(std_sidebar(r, k, news=5, docs=6))
        h.append("</div></div></div>")
        h.append('<footer class="bg-dark text-light py-4"><div class="container"><p class="mb-1 fw-bold">TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG NINH KIỀU</p><p class="mb-1">Địa chỉ: 01 Đại lộ Hòa Bình, phường Ninh Kiều, thành phố Cần Thơ</p><p class="mb-0">Chịu trách nhiệm: Chủ tịch UBND phường Ninh Kiều</p></div></footer>')
        h.append('<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script><script>' + js_blob(r, 10 + 2 * k, "site") + "</script>")
        h.append("</body>\n</html>\n")
        return "\n".join(h).encode("utf-8")
    return fill(page, 18000, 60000)


# ---------------------------------------------------------------- u14 DNN (Hưng Yên)
def P_u14(a, k0):
    def page(k):
        r = random.Random(SET + ":u14")
        site = "Xã Tống Trân"
        lines = []
        for kind, val in a["blocks"]:
            if kind == "p":
                lines.append("&nbsp;&nbsp;&nbsp; " + esc(val) + "<br />\n<br />")
            elif kind == "cap":
                lines.append('<div style="text-align: center;"><img alt="" src="/Portals/0/Images/2026/06/ra-mat-khu-dan-cu.jpg" style="width: 650px;" /><br />\n<em>%s</em></div>\n<br />' % esc(val))
        text = "\n".join(lines) + '\n<b>%s</b>' % esc(a["author"])
        h = ['<!DOCTYPE html>\n<html  lang="vi-VN">\n<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />']
        h.append("<title>\n\t%s > Tin tức - Sự kiện > %s\n</title>" % (site, esc(a["title"])))
        h.append('<meta id="MetaDescription" name="DESCRIPTION" content="Trang thông tin điện tử xã Tống Trân, tỉnh Hưng Yên" /><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />')
        h.append('<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=%d" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/hungyen/skin.css?cdv=%d" type="text/css" rel="stylesheet"/>' % (r.randint(100, 999), r.randint(100, 999)))
        h.append('<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=%d" type="text/javascript"></script>' % r.randint(100, 999))
        h.append("</head>\n<body id=\"Body\">")
        h.append('<form method="post" action="/tin-tuc/ArticleID/1873/xa-tong-tran-ra-mat-mo-hinh-khu-dan-cu-nong-thon-moi-kieu-mau-thon-phu-oanh" id="Form" enctype="multipart/form-data">\n<div class="aspNetHidden">\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
                 '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />\n</div>' % viewstate(r, 1800 + 60 * k))
        h.append('<script src="/ScriptResource.axd?d=%s&amp;t=%s" type="text/javascript"></script>' % (rid(r, 120), hexid(r, 8)))
        h.append('<div id="siteWrapper"><div class="hy-top"><div class="container"><span class="hy-date">Chủ nhật, 22/11/2026</span><span class="hy-login"><a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="LoginLink" rel="nofollow" onclick="this.disabled=true;" href="/Login?returnurl=%2f">Đăng nhập</a></span></div></div>')
        h.append('<div class="hy-banner"><div class="container"><a id="dnn_dnnLOGO_hypLogo" title="Xã Tống Trân" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner-tong-tran.png" alt="Xã Tống Trân" /></a></div></div>')
        h.append('<div class="hy-menu"><div class="container" id="dnn_pnav">' + menu_html(r, ul_cls="topLevel", li_cls="item", sub_cls="subLevel") + "</div></div>")
        h.append('<div class="container hy-body"><div class="row"><div id="dnn_ContentPane" class="col-md-9 contentPane">')
        h.append('<div class="DnnModule DnnModule-EasyDNNnews DnnModule-%d"><a name="%d"></a><div class="hy-container"><div id="dnn_ctr%d_ContentPane"><div id="dnn_ctr%d_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">'
                 % tuple([r.randint(400, 900)] * 4))
        h.append('<div class="eds_news_module_%d news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default eds_templateGroup_articleDetails eds_styleSwitchCriteria_module-%d">' % (r.randint(400, 900), r.randint(400, 900)))
        h.append('<div id="dnn_ctr_ViewEasyDNNNewsMain_ctl00_pnlViewArticle"><div class="edn_article edn_clearFix">')
        h.append('<div class="edn_breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức - Sự kiện</a> / <a href="/tin-tuc/nong-thon-moi">Nông thôn mới</a></div>')
        h.append('<h2 class="edn_articleTitle">%s</h2>' % esc(a["title"]))
        h.append('<div class="edn_metaDetails"><time>25/06/2026 9:12:44 SA</time> <span class="edn_articleViews">Lượt xem: 518</span></div>')
        h.append('<div class="edn_articleContent"><div class="Normal">%s</div></div>' % text)
        h.append('<div class="edn_socialPrintWrapper"><a class="edn_printButton" href="/tin-tuc/ArticleID/1873/PrintArticle" target="_blank">In</a> <a href="/tin-tuc/ArticleID/1873/EmailArticle">Gửi email</a></div>')
        h.append('<div class="edn_relatedArticles"><h4>Các tin khác</h4>%s</div>' % news_list(r, 8 + k, base="/tin-tuc/ArticleID"))
        h.append("</div></div></div></div></div></div></div>")
        h.append('</div><div id="dnn_RightPane" class="col-md-3 rightPane">')
        h.append(std_sidebar(r, k, news=5, docs=5))
        h.append("</div></div></div>")
        h.append('<div class="hy-footer"><div class="container"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ XÃ TỐNG TRÂN - TỈNH HƯNG YÊN</strong></p><p>Địa chỉ: Thôn Phù Oanh, xã Tống Trân, tỉnh Hưng Yên. Điện thoại: 0221.3881.246</p><p>Chịu trách nhiệm nội dung: Chủ tịch UBND xã Đào Văn Thắng</p></div></div></div>')
        h.append('<input name="ScrollTop" type="hidden" id="ScrollTop" /><input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`%d`}" />' % r.randint(40, 120))
        h.append('<script type="text/javascript">\n//<![CDATA[\nSys.Application.initialize();' + js_blob(r, 10 + 2 * k, "dnn") + "\n//]]>\n</script>\n</form>")
        h.append("</body>\n</html>\n")
        return "\n".join(h).encode("utf-8")
    return fill(page, 20000, 60000)


# ---------------------------------------------------------------- u15 WordPress (Phú Quý), capitals title, one odd date form
def P_u15(a, k0):
    def page(k):
        r = random.Random(SET + ":u15")
        site = "Đặc khu Phú Quý"
        rows = a["blocks"][1][1]
        tbl = ['<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr>%s</tr></thead><tbody>' % "".join("<th>%s</th>" % esc(c) for c in rows[0])]
        for row in rows[1:]:
            tbl.append("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in row))
        tbl.append("</tbody></table></figure>")
        body = ['<p>%s</p>' % esc(a["blocks"][0][1]), "".join(tbl)]
        for _, v in a["blocks"][2:]:
            body.append("<p>%s</p>" % esc(v))
        body.append('<p><strong>Tệp đính kèm:</strong></p><div class="wp-block-file"><a id="wp-block-file--media-%s" href="/wp-content/uploads/2026/05/TB-318-Dien-luc-Phu-Quy.pdf">TB 318 Dien luc Phu Quy</a>'
                    '<a href="/wp-content/uploads/2026/05/TB-318-Dien-luc-Phu-Quy.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-%s">Tải về</a></div>' % ((guid(r),) * 2))
        head = '<link rel="canonical" href="%s" />\n<meta name="generator" content="WordPress 6.5.5" />' % a["url"]
        art = ('<article id="post-1207" class="post-1207 post type-post status-publish format-standard hentry category-thong-bao">'
               '<div class="article-inner"><header class="entry-header"><div class="entry-header-text text-left">'
               '<h1 class="entry-title">%s</h1><div class="entry-meta is-small"><span class="date"><i class="icon-clock"></i> 16 Tháng Năm, 2026</span> <span class="cat">Thông báo</span></div></div></header>'
               '<div class="entry-content single-page">%s</div>'
               '<div class="blog-share text-center">%s</div>'
               '<div class="related-posts"><h3>Bài viết liên quan</h3>%s</div></div></article>'
               % (esc(a["title"]), "\n".join(body), share_tools(a["url"]), news_list(r, 5 + k, base="", with_date=False)))
        html_ = wp_page(r, k, title_tag="%s &#8211; %s" % (esc(a["title"]), site), site=site, tagline="Trang thông tin điện tử đặc khu Phú Quý - tỉnh Lâm Đồng",
                        crawl="Chủ nhật, 22/11/2026", head_extra=head, article_html=art,
                        body_cls="post-template-default single single-post postid-1207 single-format-standard")
        return html_.encode("utf-8")
    return fill(page, 19000, 60000)


# ---------------------------------------------------------------- u16 VNPT Liferay 6.2 (Vĩnh Long), large, byline in the meta line
def P_u16(a, k0):
    inst = "Lm3cWq8ZtRa1"
    site = "Cổng thông tin điện tử xã Phú Quới"

    def page(k):
        r = random.Random(SET + ":u16")
        body = ['<p style="text-align: justify;"><strong>%s</strong></p>' % esc(a["lead"]), "<p>&nbsp;</p>"]
        n = 0
        for kind, val in a["blocks"]:
            if kind == "p":
                body.append('<p style="text-align: justify;">%s</p>' % esc(val))
            elif kind == "cap":
                n += 1
                body.append(cap_block(val, "/documents/%d/0/doi-thoai-%d.jpg" % (r.randint(100000, 999999), n), "table"))
                body.append('<p style="text-align: justify;">&nbsp;</p>')
        body.append("<p>&nbsp;</p>")
        h = ['<!DOCTYPE html>\n<html class="aui ltr" dir="ltr" lang="vi-VN">\n<head>']
        h.append("<title>%s - %s</title>" % (esc(a["title"]), site))
        h.append('<meta content="initial-scale=1.0, width=device-width" name="viewport" />\n<meta content="text/html; charset=UTF-8" http-equiv="content-type" />')
        h.append('<link class="lfr-css-file" href="/vinhlong-theme/css/aui.css?browserId=other&amp;themeId=vinhlong_WAR_vinhlongtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1752011000000" rel="stylesheet" type="text/css" />')
        h.append(liferay_head_js(r, theme="vinhlong_WAR_vinhlongtheme"))
        h.append('<script type="text/javascript">' + js_blob(r, 90 + 4 * k, "Liferay.Portlet") + "</script>")
        h.append("</head>\n<body class=\" yui3-skin-sam controls-visible signed-out public-page site\">")
        h.append(svg_sprite(r, 45))
        h.append('<div id="wrapper"><div class="header-top"><div class="container"><div class="date-time">Chủ nhật, 22/11/2026</div><div class="header-link"><a href="https://vinhlong.gov.vn">Cổng TTĐT tỉnh Vĩnh Long</a> | <a href="/c/portal/login">Đăng nhập</a></div></div></div>')
        h.append('<header id="banner"><div class="container"><a class="logo" href="/"><img src="/vinhlong-theme/images/custom/banner-xa.png" alt="%s" /></a><div class="banner-text"><h2>%s</h2><p>TỈNH VĨNH LONG</p></div></div>' % (site, site.upper()))
        h.append('<nav id="navigation" class="site-navigation"><div class="container">' + menu_html(r, ul_cls="nav", li_cls="lfr-nav-item", sub_cls="child-menu") + "</div></nav></header>")
        h.append('<div id="content" class="container"><div class="breadcrumbs"><ul class="breadcrumb"><li><a href="/">Trang chủ</a> <span class="divider">/</span></li><li><a href="/tin-hoat-dong">Tin hoạt động</a> <span class="divider">/</span></li><li class="active">%s</li></ul></div>' % esc(a["title"]))
        h.append('<div class="row-fluid"><div class="span8" id="column-1">')
        h.append('<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher" id="p_p_id_101_INSTANCE_%s_"><section class="portlet" id="portlet_101_INSTANCE_%s"><div class="portlet-content"><div class="portlet-body">' % (inst, inst))
        h.append('<div class="asset-full-content default-asset-publisher show-asset-title"><h3 class="header-title"><span>%s</span></h3>' % esc(a["title"]))
        h.append('<div class="metadata-author-date"><span class="metadata-entry metadata-author">Tác giả: %s</span> <span class="sep">|</span> <span class="metadata-entry metadata-publish-date">Ngày đăng: 14/10/2025 09:15</span> <span class="sep">|</span> <span class="metadata-entry metadata-view-count">Lượt xem: 312</span></div>' % esc(a["author"]))
        h.append('<div class="asset-content"><div class="journal-content-article">%s</div></div>' % "\n".join(body))
        h.append('<div class="asset-ratings"><div class="taglib-ratings stars">Đánh giá: <span class="rating-label">Chưa có đánh giá</span></div></div>')
        h.append(share_tools(a["url"]))
        h.append("</div>")
        h.append(other_news(r, "Tin cùng chuyên mục", 12 + k, "/tin-hoat-dong/-/asset_publisher/%s/content" % inst))
        h.append("</div></div></section></div>")
        h.append('</div><div class="span4" id="column-2">')
        h.append(std_sidebar(r, k, news=10, docs=10))
        h.append(sidebar_box("Lịch tiếp công dân", '<p><a href="/lich-tiep-cong-dan">Lịch tiếp công dân tháng 10/2025</a></p>'))
        h.append(banner_imgs(r, 10))
        h.append("</div></div></div>")
        h.append('<div class="mobile-nav" style="display:none">' + menu_html(r, ul_cls="mobile-list", li_cls="m-item", sub_cls="m-sub") + "</div>")
        h.append('<footer id="footer"><div class="container"><p><strong>%s</strong></p><p>Cơ quan chủ quản: UBND xã Phú Quới, tỉnh Vĩnh Long</p><p>Địa chỉ: Ấp Phú Hòa, xã Phú Quới, tỉnh Vĩnh Long. Điện thoại: 0270.3951.026</p><p>Thiết kế và phát triển: VNPT Vĩnh Long</p></div></footer></div>' % site.upper())
        h.append('<script type="text/javascript">// <![CDATA[\nAUI().use("aui-base","liferay-menu","liferay-notice","liferay-poller",function(A){(function(){Liferay.Util.addInputType();Liferay.Portlet.onLoad({canEditTitle:false,columnPos:0,isStatic:"end",namespacedId:"p_p_id_101_INSTANCE_%s_",portletId:"101_INSTANCE_%s"})})()});\n// ]]>\n</script>' % (inst, inst))
        h.append('<script type="text/javascript">' + js_blob(r, 150 + 6 * k, "Liferay.Data") + "</script>")
        h.append("</body>\n</html>\n")
        return "\n".join(h).encode("utf-8")
    return fill(page, 125000, 170000)


# ---------------------------------------------------------------- u17 Joomla, accent-less title, site name as h1
def P_u17(a, k0):
    def page(k):
        r = random.Random(SET + ":u17")
        site = "Website xã Phú Đình"
        body = render_blocks(a["blocks"], "/images/2025", p_attr="")
        body += '\n<p>&nbsp;</p>\n<p><strong>%s</strong></p>' % esc(a["author"])
        art = ('<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
               '<div class="page-header"><h2 itemprop="headline">%s</h2></div>'
               '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
               '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">Super User</span></dd>'
               '<dd class="category-name">Chuyên mục: <a href="/index.php?option=com_content&amp;view=category&amp;id=12&amp;Itemid=118" itemprop="genre">Thông báo</a></dd>'
               '<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="2025-12-02T08:11:05+07:00" itemprop="datePublished">Được đăng: 02/12/2025 08:11</time></dd>'
               '<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:95" />Lượt xem: 95</dd></dl>'
               '<div itemprop="articleBody">%s</div></div>' % (esc(a["title"]), body))
        head = '\t<meta name="description" content="Thong bao lich tiep cong dan" />'
        html_ = joomla_page(r, k, title_tag="%s - %s" % (esc(a["title"]), site), site=site, crawl="Hôm nay: 22/11/2026",
                            head_extra=head, article_html=art, site_h1=True, tpl="beez3")
        return html_.encode("utf-8")
    return fill(page, 16000, 60000)


# ---------------------------------------------------------------- u18 NukeViet (Điện Biên), NFD bytes
def P_u18(a, k0):
    def page(k):
        r = random.Random(SET + ":u18")
        meta = ('<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:url" content="%s">'
                '<meta property="article:published_time" content="2025-11-27ICT10:05:00"><meta property="article:section" content="Tin tức - Sự kiện">' % (attr(a["title"]), a["url"]))
        main = nv_detail(a, r, date_vis="Thứ năm - 27/11/2025 10:05", views="Đã xem: 224", ogtime="2025-11-27T10:05:00+07:00",
                         source="Đài Truyền thanh xã Mường Phăng", cap_style="center-italic", img_base="/uploads/news/2025_11")
        main += ('<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin cũ hơn</strong></p>%s</div></div>'
                 % news_list(r, 8 + k, base="/news/tin-tuc-su-kien", ext=".html"))
        html_ = nv_page(r, k, title_tag="%s - Tin tức - Sự kiện - Xã Mường Phăng" % esc(a["title"]), site="Xã Mường Phăng - tỉnh Điện Biên",
                        crawl="Chủ nhật - 22/11/2026", main_html=main, meta_extra=meta,
                        breadcrumb=[("Trang nhất", "/"), ("Tin tức", "/news/"), ("Tin tức - Sự kiện", "/news/tin-tuc-su-kien/")])
        return unicodedata.normalize("NFD", html_).encode("utf-8")
    return fill(page, 22000, 60000)


# ---------------------------------------------------------------- u19 Viettel portal (Cát Hải), no charset in the header
def P_u19(a, k0):
    def page(k):
        r = random.Random(SET + ":u19")
        paras = "".join('<p style="text-align:justify;">%s</p>' % esc(v) for _, v in a["blocks"])
        h = [sp_head(r, esc(a["title"]))]
        h.append('<link rel="stylesheet" type="text/css" href="/portal/Style%20Library/VTP/css/portal.css" />')
        h.append("</head>\n<body>")
        h.append(sp_form_start(r, "./Cong-khai-Ke-hoach-su-dung-dat-nam-2026-dac-khu-Cat-Hai.aspx", 3200 + 40 * k))
        h.append('<div id="s4-workspace"><div id="s4-bodyContainer"><div class="vtp-page">')
        h.append('<div class="vtp-header"><div class="vtp-banner"><img src="/portal/PublishingImages/banner-cat-hai.jpg" alt="Cổng thông tin điện tử đặc khu Cát Hải" /></div>'
                 '<div class="vtp-topbar"><span class="vtp-date">Chủ nhật, ngày 22/11/2026</span> <span class="vtp-links"><a href="https://haiphong.gov.vn">Cổng TTĐT thành phố Hải Phòng</a></span></div></div>')
        h.append('<div class="vtp-menu">' + menu_html(r, ul_cls="root static", li_cls="static", sub_cls="dynamic", base="/portal/Pages") + "</div>")
        h.append('<div class="vtp-body"><div class="vtp-left">')
        h.append('<div class="vtp-breadcrumb"><a href="/portal">Trang chủ</a> &gt; <a href="/portal/Pages/quy-hoach-ke-hoach.aspx">Quy hoạch - Kế hoạch</a> &gt; <span>%s</span></div>' % esc(a["title"]))
        h.append('<div class="ArticleDetail"><h1 class="Title">%s</h1>' % esc(a["title"]))
        h.append('<div class="Time">Ngày 03/02/2026 10:20 SA</div>')
        h.append('<div class="ms-rtestate-field"><div class="ExternalClass%s">%s<p style="text-align:right;"><strong>%s</strong></p></div></div>' % (hexid(r, 32).upper(), paras, esc(a["author"])))
        h.append('<div class="FileAttach"><b>Tài liệu đính kèm:</b><ul><li><a href="/portal/VanBan/2026-02/QD-412-UBND.pdf">QD-412-UBND.pdf</a></li><li><a href="/portal/VanBan/2026-02/Danh-muc-cong-trinh-KHSDD-2026.xlsx">Danh-muc-cong-trinh-KHSDD-2026.xlsx</a></li><li><a href="/portal/VanBan/2026-02/Ban-do-KHSDD-2026.pdf">Ban-do-KHSDD-2026.pdf</a></li></ul></div>')
        h.append('<div class="Tools"><a href="javascript:window.print();">In trang</a> | <a href="mailto:?subject=KHSDD%202026">Gửi email</a></div></div>')
        h.append(other_news(r, "Các tin khác", 8 + k, "/portal/Pages/2026-1-%d" % r.randint(5, 28), ext=".aspx"))
        h.append('</div><div class="vtp-right">')
        h.append(std_sidebar(r, k, news=5, docs=5))
        h.append("</div></div>")
        h.append('<div class="vtp-footer"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ ĐẶC KHU CÁT HẢI</b></p><p>Cơ quan chủ quản: UBND đặc khu Cát Hải, thành phố Hải Phòng</p><p>Địa chỉ: Số 1 đường Núi Ngọc, đặc khu Cát Hải, thành phố Hải Phòng</p><p>Phát triển bởi Viettel Hải Phòng</p></div>')
        h.append("</div></div></div>")
        h.append(sp_form_end(r))
        h.append("</body>\n</html>\n")
        return "\n".join(h).encode("utf-8")
    return fill(page, 20000, 60000)


# ---------------------------------------------------------------- u20 Liferay 7 (Cà Mau), numeric character references
def P_u20(a, k0):
    inst = "pV5sNc2WqH8d"

    def page(k):
        r = random.Random(SET + ":u20")
        body = ['<p style="text-align: justify;"><strong>%s</strong></p>' % esc(a["lead"])]
        body.append(render_blocks(a["blocks"], "/documents/%d/0/ngay-hoi" % r.randint(40000, 49999), cap="center-br", p_attr=' style="text-align: justify;"'))
        body.append('<p style="text-align: right;"><em>Tin, ảnh: %s</em></p>' % esc(a["author"]))
        content = numeric_entities("\n".join(body))
        meta = '<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">18/11/2026 14:30</span></div>'
        main = lf7_asset(inst, a["title"], meta, content, '<div class="social-bookmarks">%s</div>' % share_tools(a["url"]))
        main = main.replace("<span class=\"asset-title d-inline\">%s</span>" % esc(a["title"]),
                            "<span class=\"asset-title d-inline\">%s</span>" % numeric_entities(esc(a["title"])))
        main += other_news(r, "Tin cùng chuyên mục", 8 + k, "/web/xa-tan-thuan/-")
        html_ = liferay7_page(r, k, title_tag="%s - Xã Tân Thuận" % esc(a["title"]),
                              site="Trang thông tin điện tử xã Tân Thuận", province="Tỉnh Cà Mau", crawl="Chủ nhật, 22/11/2026",
                              breadcrumb=[("Trang chủ", "/web/xa-tan-thuan"), ("Mặt trận - Đoàn thể", "/web/xa-tan-thuan/mat-tran-doan-the")],
                              main_html=main, lang_js_key="camau",
                              footer_lines=["TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN THUẬN - TỈNH CÀ MAU",
                                            "Cơ quan chủ quản: Ủy ban nhân dân xã Tân Thuận",
                                            "Địa chỉ: Ấp Tân Lợi, xã Tân Thuận, tỉnh Cà Mau. Điện thoại: 0290.3868.112"])
        return html_.encode("utf-8")
    return fill(page, 24000, 60000)


# ---------------------------------------------------------------- non-article pages
def P_n01(n, k0):
    def page(k):
        r = random.Random(SET + ":n01")
        titles = r.sample(HEADLINES, 12)
        dates = pick_dates(r, 12, 2026, 9, 2026, 11, 21)
        items = []
        for t, d in zip(titles, dates):
            href = "/tin-tuc-su-kien/-/asset_publisher/Rt6yPz1KwB3m/content/%s" % slugify(t)
            items.append('<div class="news-item row"><div class="col-md-4"><a href="%s"><img class="img-fluid" src="/documents/%d/0/%s.jpg" alt="%s"/></a></div>'
                         '<div class="col-md-8"><h3 class="news-title"><a href="%s">%s</a></h3><span class="news-date">%s</span>'
                         '<p class="news-sapo">%s</p></div></div>'
                         % (href, r.randint(10000, 99999), hexid(r, 10), attr(t), href, esc(t), dmy(d),
                            esc("Thời gian qua, xã Minh Quang đã triển khai nhiều hoạt động liên quan đến nội dung: %s. Các ngành, các thôn tích cực phối hợp thực hiện, bước đầu đạt kết quả tích cực." % t.lower())))
        pag = ('<div class="pagination-bar"><ul class="pagination"><li class="page-item disabled"><a class="page-link">«</a></li>%s<li class="page-item"><a class="page-link" href="?p=2">»</a></li></ul><span class="pagination-results">Hiển thị 1 - 12 trên 486 kết quả.</span></div>'
               % "".join('<li class="page-item%s"><a class="page-link" href="?p=%d">%d</a></li>' % (" active" if i == 1 else "", i, i) for i in range(1, 6)))
        main = ('<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Rt6yPz1KwB3m"><div class="portlet-content"><h2 class="portlet-title-text">Tin tức - Sự kiện</h2>'
                '<div class="portlet-body"><div class="list-news-category">%s</div>%s</div></div></section>' % ("\n".join(items), pag))
        html_ = liferay7_page(r, k, title_tag="Tin tức - Sự kiện - Trang thông tin điện tử xã Minh Quang", site="Trang thông tin điện tử xã Minh Quang",
                              province="Tỉnh Tuyên Quang", crawl="Chủ nhật, 22/11/2026",
                              breadcrumb=[("Trang chủ", "/"), ("Tin tức - Sự kiện", "/tin-tuc-su-kien")], main_html=main, lang_js_key="tuyenquang",
                              footer_lines=["TRANG THÔNG TIN ĐIỆN TỬ XÃ MINH QUANG - TỈNH TUYÊN QUANG", "Cơ quan chủ quản: UBND xã Minh Quang",
                                            "Địa chỉ: Thôn Bản Khoan, xã Minh Quang, tỉnh Tuyên Quang"])
        return html_.encode("utf-8")
    return fill(page, 26000, 60000)


def P_n02(n, k0):
    def page(k):
        r = random.Random(SET + ":n02")
        res = []
        for t, d in zip(r.sample(HEADLINES, 10), pick_dates(r, 10)):
            res.append('<div class="result"><h3><a href="/news/tin-tuc/%s-%d.html">%s</a></h3><p class="result-date">%s</p>'
                       '<p>... triển khai Chương trình mục tiêu quốc gia xây dựng <span class="keyword">nông thôn mới</span> trên địa bàn xã Bình Gia, gắn với nội dung %s ...</p></div>'
                       % (slugify(t), r.randint(100, 900), esc(t), dmy(d), esc(t.lower())))
        main = ('<div class="panel panel-default"><div class="panel-body"><form action="/seek/" method="get" class="form-inline"><input type="text" name="q" value="nông thôn mới" class="form-control"> '
                '<select name="m" class="form-control"><option value="">Tất cả</option><option value="news">Tin tức</option><option value="laws">Văn bản</option></select> <button type="submit" class="btn btn-primary">Tìm kiếm</button></form></div></div>'
                '<div class="panel panel-default"><div class="panel-heading">Kết quả tìm kiếm theo từ khóa <strong>nông thôn mới</strong>: có 57 kết quả trong module Tin tức</div><div class="panel-body">%s</div>'
                '<div class="text-center"><ul class="pagination"><li class="active"><a href="#">1</a></li><li><a href="/seek/?q=n%%C3%%B4ng+th%%C3%%B4n+m%%E1%%BB%%9Bi&amp;page=2">2</a></li><li><a href="/seek/?q=n%%C3%%B4ng+th%%C3%%B4n+m%%E1%%BB%%9Bi&amp;page=3">3</a></li></ul></div></div>' % "\n".join(res))
        html_ = nv_page(r, k, title_tag="Tìm kiếm - Xã Bình Gia", site="Xã Bình Gia - tỉnh Lạng Sơn", crawl="Chủ nhật - 22/11/2026",
                        main_html=main, breadcrumb=[("Trang nhất", "/"), ("Tìm kiếm", "/seek/")], module="seek")
        return html_.encode("utf-8")
    return fill(page, 20000, 60000)


def P_n03(n, k0):
    def page(k):
        r = random.Random(SET + ":n03")
        site = "Trang thông tin điện tử xã Cam Lâm"
        h = ['<!DOCTYPE html>\n<html class="aui ltr" dir="ltr" lang="vi-VN">\n<head>']
        h.append("<title>Tin tức - Sự kiện - %s</title>" % site)
        h.append('<meta content="initial-scale=1.0, width=device-width" name="viewport" />\n<meta content="text/html; charset=UTF-8" http-equiv="content-type" />')
        h.append(liferay_head_js(r, theme="khanhhoa_WAR_khanhhoatheme"))
        h.append('<script type="text/javascript">' + js_blob(r, 30 + 3 * k, "Liferay.Portlet") + "</script>")
        h.append("</head>\n<body class=\" yui3-skin-sam controls-visible signed-out public-page site\">")
        h.append('<div id="wrapper"><div class="header-top"><span class="date">Chủ nhật, 22/11/2026</span></div><header id="banner"><div class="site-title"><h2>%s</h2><p>TỈNH KHÁNH HÒA</p></div>' % site.upper())
        h.append('<nav id="navigation">' + menu_html(r, ul_cls="nav", li_cls="lfr-nav-item", sub_cls="child-menu") + "</nav></header>")
        h.append('<div id="content"><div class="breadcrumbs"><ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li></ul></div>')
        h.append('<div class="row-fluid"><div class="span8"><div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_Hk2Ra9LmPq4Z_"><section class="portlet"><div class="portlet-body">'
                 '<div class="alert alert-error">Không tìm thấy tài nguyên được yêu cầu.</div>'
                 '<div class="taglib-header"><h3 class="header-title"><span>Không tìm thấy nội dung</span></h3></div>'
                 '<p>Bài viết bạn đang tìm có thể đã bị gỡ bỏ, đổi đường dẫn hoặc tạm thời không truy cập được.</p>'
                 '<p><a href="/">Quay về trang chủ</a> | <a href="/tin-tuc-su-kien">Xem các tin khác</a></p></div></section></div></div>')
        h.append('<div class="span4">' + std_sidebar(r, k, news=8, docs=6) + "</div></div></div>")
        h.append('<footer id="footer"><p><strong>%s</strong></p><p>Cơ quan chủ quản: UBND xã Cam Lâm, tỉnh Khánh Hòa</p><p>Địa chỉ: Thôn Tân Xương, xã Cam Lâm, tỉnh Khánh Hòa</p></footer></div>' % site.upper())
        h.append('<script type="text/javascript">' + js_blob(r, 40 + 3 * k, "Liferay.Data") + "</script>")
        h.append("</body>\n</html>\n")
        return "\n".join(h).encode("utf-8")
    return fill(page, 22000, 60000)


def P_n04(n, k0):
    def page(k):
        r = random.Random(SET + ":n04")
        sbox = ",".join("0x%02x" % r.randrange(256) for _ in range(256))
        rounds = ",".join("0x%08x" % r.getrandbits(32) for _ in range(600 + 40 * k))
        a_, b_, c_ = hexid(r, 32), hexid(r, 32), hexid(r, 32)
        h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Đang kiểm tra trình duyệt...</title>',
             '<meta name="robots" content="noindex, nofollow"><meta http-equiv="refresh" content="8;url=%s?i=1">' % attr(n["url"]),
             '<style>body{font-family:Arial,sans-serif;background:#f4f6f8;color:#333;text-align:center;padding-top:120px}.box{display:inline-block;background:#fff;padding:30px 40px;border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,.1)}.spin{width:36px;height:36px;border:4px solid #ddd;border-top-color:#1a73e8;border-radius:50%;animation:s 1s linear infinite;margin:0 auto 16px}@keyframes s{to{transform:rotate(360deg)}}</style>',
             '</head><body><div class="box"><div class="spin"></div><p>Vui lòng chờ trong giây lát, hệ thống đang kiểm tra trình duyệt của bạn...</p><p style="font-size:12px;color:#888">Trang sẽ tự động chuyển hướng. Nếu không, hãy bật JavaScript và cookie rồi tải lại trang.</p></div>',
             '<noscript><p>Trình duyệt cần bật JavaScript để truy cập website này.</p></noscript>',
             '<script type="text/javascript">var slowAES={aes:{keySize:{SIZE_128:16,SIZE_192:24,SIZE_256:32},sbox:[%s],rcon:[%s],'
             'rotate:function(w){var c=w[0];for(var i=0;i<3;i++)w[i]=w[i+1];w[3]=c;return w},'
             'core:function(w,it){w=this.rotate(w);for(var i=0;i<4;++i)w[i]=this.sbox[w[i]];w[0]=w[0]^this.rcon[it];return w},'
             'expandKey:function(k,s){var e=(16*(this.numberOfRounds(s)+1)),c=0,r=1,t=[],x=[];for(var i=0;i<e;i++)x[i]=0;for(var j=0;j<s;j++)x[j]=k[j];c+=s;while(c<e){for(var k2=0;k2<4;k2++)t[k2]=x[(c-4)+k2];if(c%%s==0)t=this.core(t,r++);for(var m=0;m<4;m++){x[c]=x[c-s]^t[m];c++}}return x},'
             'numberOfRounds:function(s){return s==16?10:s==24?12:14}},decrypt:function(c,m,k,s){var o=[];for(var i=0;i<c.length;i++)o[i]=c[i]^k[i%%k.length]^this.aes.sbox[i&255];return o}};'
             'function toNumbers(d){var e=[];d.replace(/(..)/g,function(d){e.push(parseInt(d,16))});return e}'
             'function toHex(){for(var d=[],d=1==arguments.length&&arguments[0].constructor==Array?arguments[0]:arguments,e="",f=0;f<d.length;f++)e+=(16>d[f]?"0":"")+d[f].toString(16);return e.toLowerCase()}'
             'var a=toNumbers("%s"),b=toNumbers("%s"),c=toNumbers("%s");'
             'document.cookie="__test="+toHex(slowAES.decrypt(c,2,a,b))+"; expires=Thu, 31-Dec-37 23:55:55 GMT; path=/";'
             'location.href="%s?i=1";</script>' % (sbox, rounds, a_, b_, c_, n["url"]),
             "</body></html>\n"]
        return "\n".join(h).encode("utf-8")
    return fill(page, 16000, 60000)


# ---------------------------------------------------------------- main
def sidecar(name):
    if name in A:
        a = A[name]
        d = {"kind": "article", "platform": a["platform"], "url": a["url"], "charset": a["charset"], "title": a["title"],
             "published_at": a["published_at"], "author": a["author"], "body": gold_body(a)}
    else:
        d = dict(N[name])
    return (json.dumps(d, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    names = sorted(A) + sorted(N)
    for name in names:
        data = A.get(name) or N[name]
        page = globals()["P_" + name](data, 0)
        with open(os.path.join(out, name + ".html"), "wb") as f:
            f.write(page)
        with open(os.path.join(out, name + ".json"), "wb") as f:
            f.write(sidecar(name))


if __name__ == "__main__":
    main()
