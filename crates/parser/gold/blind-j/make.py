#!/usr/bin/env python3
"""Generator for the blind-j extraction gold set (stdlib only, deterministic).

Every page is written from an invented article text and a hand-written
template that imitates the chrome of a real platform.  Re-running the
script rewrites every .html/.json file byte for byte.
"""
import base64
import html
import json
import os
import random
import re
import unicodedata

SET = "blind-j"
HERE = os.path.dirname(os.path.abspath(__file__))
CRAWL_DMY = "22/11/2026"


def e(s):
    return html.escape(s, quote=False)


def a_(s):
    return html.escape(s, quote=True)


def md(s):
    """Escape text and turn **x** into <strong>x</strong>, __x__ into <em>x</em>."""
    s = e(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"__(.+?)__", r"<em>\1</em>", s)
    return s


def plain(s):
    return s.replace("**", "").replace("__", "")


def slug(s):
    s = unicodedata.normalize("NFD", s.lower()).replace("đ", "d")
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:80]


# ---------------------------------------------------------------- chrome pools
HEADLINES = [
    "Triển khai kế hoạch chuyển đổi số năm 2027 trên địa bàn tỉnh",
    "Hội nghị sơ kết công tác cải cách hành chính quý III",
    "Khánh thành cầu dân sinh nối hai thôn vùng cao",
    "Tăng cường phòng, chống dịch bệnh trên đàn gia súc mùa đông",
    "Hơn 1.200 đoàn viên ra quân tình nguyện mùa đông",
    "Công bố quy hoạch chung xây dựng khu du lịch hồ thủy điện",
    "Tuyên dương 85 điển hình tiên tiến trong phong trào thi đua yêu nước",
    "Kiểm tra công tác bảo đảm an toàn thực phẩm dịp cuối năm",
    "Giao lưu văn hóa, thể thao các dân tộc vùng biên giới",
    "Hỗ trợ nhà ở cho hộ nghèo, hộ có hoàn cảnh khó khăn",
    "Đẩy nhanh tiến độ giải ngân vốn đầu tư công những tháng cuối năm",
    "Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng",
    "Phát động Tháng hành động vì bình đẳng giới",
    "Lấy ý kiến Nhân dân về dự thảo đề án sắp xếp thôn, tổ dân phố",
    "Diễn tập phòng thủ dân sự ứng phó bão lũ, sạt lở đất",
    "Trao học bổng cho học sinh nghèo vượt khó học giỏi",
    "Hội thi tìm hiểu pháp luật về phòng, chống bạo lực gia đình",
    "Khai mạc Tuần lễ sản phẩm OCOP và hàng nông sản tiêu biểu",
    "Đối thoại giữa người đứng đầu cấp ủy với đoàn viên, hội viên",
    "Ra quân cao điểm tấn công, trấn áp tội phạm dịp cuối năm",
    "Nghiệm thu mô hình trồng cây dược liệu dưới tán rừng",
    "Ký kết chương trình phối hợp tuyên truyền giai đoạn 2026-2030",
    "Gặp mặt kỷ niệm ngày Nhà giáo Việt Nam 20/11",
    "Hoàn thành cấp giấy chứng nhận quyền sử dụng đất lần đầu",
    "Tổng kết mô hình dân vận khéo trong xây dựng nông thôn mới",
    "Thẩm định hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao",
    "Phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số",
    "Kiện toàn Ban Chỉ đạo phòng thủ dân sự cấp xã",
    "Nâng cao chất lượng bữa ăn bán trú cho học sinh vùng khó",
    "Tăng cường quản lý hoạt động khai thác khoáng sản",
    "Hội nghị đối thoại doanh nghiệp tháo gỡ khó khăn sản xuất",
    "Khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới",
    "Cấp phát thẻ bảo hiểm y tế cho người dân vùng đồng bào dân tộc",
    "Vận động ủng hộ Quỹ “Vì người nghèo” năm 2026",
    "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư",
    "Đảm bảo trật tự an toàn giao thông trên các tuyến quốc lộ",
    "Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa bản địa",
    "Hỗ trợ sinh kế cho hộ dân bị ảnh hưởng bởi thiên tai",
    "Thanh tra việc thực hiện chính sách bảo hiểm xã hội tại doanh nghiệp",
    "Kết nạp 46 đảng viên mới trong năm 2026",
    "Triển khai tiêm chủng bổ sung vắc xin cho trẻ em",
    "Chấn chỉnh hoạt động của các cơ sở kinh doanh karaoke",
    "Bàn giao công trình nhà văn hóa thôn cho người dân",
    "Hội nghị giao ban báo chí tháng 11",
    "Tọa đàm nâng cao chất lượng nguồn nhân lực số",
]

PLACES = [
    "Tân Phú", "Hòa Bình", "Phước Sơn", "Thanh Lâm", "Yên Thủy", "Đông Hưng", "Mường Tè", "Nậm Nhùn",
    "Bình Lư", "Phong Thổ", "Sìn Hồ", "Than Uyên", "Tân Uyên", "Khun Há", "Pa Tần", "Dào San",
    "Lũng Cú", "Đồng Văn", "Mèo Vạc", "Yên Minh", "Quản Bạ", "Bắc Mê", "Hoàng Su Phì", "Xín Mần",
    "Vị Xuyên", "Bắc Quang", "Quang Bình", "Hàm Yên", "Chiêm Hóa", "Na Hang", "Lâm Bình", "Sơn Dương",
    "Yên Sơn", "Minh Quang", "Trung Hà", "Kiến Thiết", "Tân Trào", "Bình Ca", "Hồng Thái", "Phú Lương",
    "Đại Từ", "Định Hóa", "Võ Nhai", "Đồng Hỷ", "La Hiên", "Quân Chu", "Vạn Phú", "An Khánh",
    "Thượng Long", "Cẩm Khê", "Thanh Ba", "Hạ Hòa", "Đoan Hùng", "Tam Nông", "Lâm Thao", "Phù Ninh",
    "Tân Sơn", "Thu Cúc", "Long Cốc", "Xuân Đài", "Minh Đài", "Kim Bôi", "Lạc Sơn", "Mai Châu",
    "Đà Bắc", "Cao Phong", "Lương Sơn", "Yên Lập", "Mỹ Lương", "Trung Sơn", "Hương Cần", "Khả Cửu",
    "Ea Kar", "Krông Pắc", "Buôn Đôn", "Ea Súp", "Cư M’gar", "Lắk", "Krông Bông", "Ea H’leo",
]

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"]
GIVEN = ["Minh Anh", "Thu Hà", "Quang Huy", "Ngọc Lan", "Văn Hải", "Thanh Tùng", "Hải Yến", "Đức Long",
         "Phương Thảo", "Bảo Châu", "Hồng Nhung", "Tiến Dũng", "Mai Hương", "Việt Cường", "Kim Oanh"]

COMMENTS = [
    "Mong các cấp chính quyền tiếp tục quan tâm hơn nữa đến bà con vùng sâu, vùng xa.",
    "Bài viết rất hữu ích, cảm ơn ban biên tập.",
    "Đề nghị cơ quan chức năng công khai danh sách cụ thể để người dân được biết.",
    "Chúc mừng địa phương đã đạt được kết quả đáng khích lệ!",
    "Xin hỏi thủ tục đăng ký thực hiện ở đâu ạ?",
    "Mô hình hay, nên nhân rộng ra các xã khác trong tỉnh.",
]


def dated_items(rng, n, day_max=21, with_time=True, exclude=()):
    pool = [h for h in HEADLINES if h not in exclude]
    rng.shuffle(pool)
    out = []
    day = day_max
    for i in range(n):
        t = pool[i % len(pool)]
        if i and rng.random() < 0.45:
            day = max(1, day - rng.randint(1, 2))
        hh, mm = rng.randint(6, 21), rng.randint(0, 59)
        out.append((t, day, hh, mm))
    return out


def li_news(rng, n, base, fmt="{d:02d}/11/2026", day_max=21, cls="", exclude=()):
    rows = []
    for t, d, hh, mm in dated_items(rng, n, day_max, exclude=exclude):
        href = "%s/%s-%d.html" % (base, slug(t), rng.randint(10000, 99999))
        date = fmt.format(d=d, hh=hh, mm=mm)
        rows.append('<li%s><a href="%s" title="%s">%s</a> <span class="date">%s</span></li>'
                    % (' class="%s"' % cls if cls else "", a_(href), a_(t), e(t), e(date)))
    return "\n".join(rows)


def menu(spec, base, cls="menu", sub="sub-menu"):
    out = ['<ul class="%s">' % cls]
    for top, subs in spec:
        out.append('<li class="menu-item"><a href="%s/%s">%s</a>' % (base, slug(top), e(top)))
        if subs:
            out.append('<ul class="%s">' % sub)
            for s in subs:
                out.append('<li><a href="%s/%s/%s">%s</a></li>' % (base, slug(top), slug(s), e(s)))
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)


GOV_MENU = [
    ("Trang chủ", []),
    ("Giới thiệu", ["Tổng quan", "Lịch sử, văn hóa", "Điều kiện tự nhiên", "Cơ cấu tổ chức", "Lãnh đạo qua các thời kỳ", "Sơ đồ cổng"]),
    ("Tin tức - Sự kiện", ["Tin hoạt động", "Chính trị", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Tin địa phương", "Thông báo"]),
    ("Chính quyền", ["HĐND", "UBND", "Các cơ quan chuyên môn", "Đơn vị sự nghiệp", "Xã, phường"]),
    ("Văn bản", ["Văn bản quy phạm pháp luật", "Văn bản chỉ đạo điều hành", "Dự thảo lấy ý kiến", "Công báo"]),
    ("Công dân", ["Dịch vụ công trực tuyến", "Thủ tục hành chính", "Tra cứu hồ sơ", "Phản ánh kiến nghị", "Hỏi đáp"]),
    ("Doanh nghiệp", ["Thông tin đầu tư", "Quy hoạch", "Đấu thầu, mua sắm công", "Hỗ trợ doanh nghiệp"]),
    ("Chuyên đề", ["Chuyển đổi số", "Nông thôn mới", "Cải cách hành chính", "Học tập và làm theo Bác", "Bình dân học vụ số"]),
    ("Liên hệ", []),
]

NEWS_MENU = [
    ("Thời sự", ["Chính trị", "Xã hội", "Quốc hội", "Đối ngoại"]),
    ("Kinh tế", ["Tài chính", "Doanh nghiệp", "Thị trường", "Bất động sản", "Nông nghiệp"]),
    ("Xã hội", ["Giáo dục", "Y tế", "Lao động - Việc làm", "Môi trường"]),
    ("Pháp luật", ["An ninh trật tự", "Bạn đọc", "Tư vấn pháp luật"]),
    ("Văn hóa", ["Văn nghệ", "Du lịch", "Di sản", "Giải trí"]),
    ("Thể thao", ["Bóng đá", "Trong nước", "Quốc tế"]),
    ("Quốc tế", ["Thế giới", "Bình luận", "Người Việt bốn phương"]),
    ("Đời sống", ["Sức khỏe", "Gia đình", "Tiêu dùng"]),
    ("Công nghệ", ["Chuyển đổi số", "Sản phẩm", "An ninh mạng"]),
    ("Video", []), ("Podcast", []), ("E-Magazine", []), ("Infographic", []),
]


def site_links(rng, n, label="Liên kết website", domain="gov.vn"):
    opts = ['<option value="">-- %s --</option>' % e(label)]
    names = PLACES[:]
    rng.shuffle(names)
    for p in names[:n]:
        kind = rng.choice(["Xã", "Xã", "Phường"])
        opts.append('<option value="https://%s.%s">Cổng TTĐT %s %s</option>' % (slug(kind + p).replace("-", ""), domain, kind.lower(), e(p)))
    return '<select class="weblink" onchange="if(this.value)window.open(this.value)">\n%s\n</select>' % "\n".join(opts)


def viewstate(rng, nbytes):
    raw = bytes(rng.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(raw).decode("ascii")


def js_blob(rng, n, var="__portalConfig"):
    """An inline script with a big JSON configuration (menus, widgets), as portals ship."""
    items = []
    for i in range(n):
        t = rng.choice(HEADLINES)
        items.append({"id": rng.randint(1000, 99999), "t": t, "u": "/tin-tuc/" + slug(t), "w": rng.choice(["news", "link", "banner", "video"]), "o": i})
    return "<script>\nvar %s = %s;\n</script>" % (var, json.dumps(items, ensure_ascii=True))


GA = """<script async src="https://www.googletagmanager.com/gtag/js?id=G-%s"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-%s');</script>"""


def ga(rng):
    k = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
    return GA % (k, k)


def comments_block(rng, n=2):
    out = ['<div class="comments"><h3>Ý kiến bạn đọc</h3>']
    for i in range(n):
        nm = rng.choice(SURNAMES) + " " + rng.choice(GIVEN)
        out.append('<div class="cmt"><b class="cmt-name">%s</b> <span class="cmt-time">%02d:%02d %02d/11/2026</span><p>%s</p></div>'
                   % (e(nm), rng.randint(6, 22), rng.randint(0, 59), rng.randint(10, 21), e(rng.choice(COMMENTS))))
    out.append('<form class="cmt-form" action="#" method="post"><input type="text" name="name" placeholder="Họ và tên"> <input type="email" name="email" placeholder="Email"> <textarea name="content" placeholder="Nội dung bình luận (tối thiểu 10 ký tự)"></textarea> <button type="submit">Gửi bình luận</button></form></div>')
    return "\n".join(out)


def share_tools(url):
    u = a_(url)
    return ('<div class="share-tools"><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=%s">Chia sẻ</a> '
            '<a class="zalo" href="#" data-href="%s">Zalo</a> <a class="print" href="javascript:window.print()">In bài viết</a> '
            '<a class="mail" href="mailto:?subject=&amp;body=%s">Gửi email</a> <span class="font-size">Cỡ chữ: <a href="#" class="f-">A-</a> <a href="#" class="f0">A</a> <a href="#" class="f+">A+</a></span></div>') % (u, u, u)


# ---------------------------------------------------------------- body blocks
# ("p", text) ("h", text) ("li", [items]) ("ol", [items]) ("img", caption|None, alt)
# ("table", rows) ("quote", text) ("related", [titles])  (not body)
# ("raw", html) (not body)


def gold_of(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "h", "quote", "q"):
            out.append(plain(b[1]))
        elif k in ("li", "ol"):
            out.extend(plain(x) for x in b[1])
        elif k == "img":
            if b[1]:
                out.append(plain(b[1]))
        elif k == "table":
            for row in b[1]:
                out.extend(plain(c) for c in row)
        elif k in ("related", "raw"):
            pass
        else:
            raise ValueError(k)
    return out


def render(blocks, style, rng, imgbase="/uploads/2026/11"):
    """Render blocks in a platform style."""
    out = []
    n_img = 0
    for b in blocks:
        k = b[0]
        if k == "p":
            if style == "div":
                out.append('<div style="text-align: justify;">%s</div>' % md(b[1]))
            elif style == "msword":
                out.append('<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt"><span style="font-size:14.0pt;font-family:\'Times New Roman\',serif">%s</span></p>' % md(b[1]))
            else:
                out.append("<p>%s</p>" % md(b[1]))
        elif k == "h":
            if style in ("div",):
                out.append('<div><strong>%s</strong></div>' % md(b[1]))
            elif style == "msword":
                out.append('<p class="MsoNormal" style="text-align:justify"><b><span style="font-size:14.0pt">%s</span></b></p>' % md(b[1]))
            elif style == "strongp":
                out.append("<p><strong>%s</strong></p>" % md(b[1]))
            else:
                out.append("<h2>%s</h2>" % md(b[1]))
        elif k == "quote":
            out.append("<blockquote><p>%s</p></blockquote>" % md(b[1]))
        elif k == "q":
            out.append('<p class="question"><strong>%s</strong></p>' % md(b[1]))
        elif k in ("li", "ol"):
            tag = "ul" if k == "li" else "ol"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % md(x) for x in b[1]), tag))
        elif k == "img":
            n_img += 1
            src = "%s/%s-%d.jpg" % (imgbase, "anh", rng.randint(100000, 999999))
            alt = b[2] if len(b) > 2 else ""
            cap = b[1]
            if style in ("div", "msword", "tablecap"):
                if cap:
                    out.append('<table class="image" align="center" border="0" cellpadding="1" cellspacing="1" style="width:100%%"><tbody><tr><td><img alt="%s" src="%s" style="width:100%%"></td></tr><tr><td style="text-align:center"><em>%s</em></td></tr></tbody></table>' % (a_(alt), src, md(cap)))
                else:
                    out.append('<p style="text-align:center"><img alt="%s" src="%s" style="width:600px"></p>' % (a_(alt), src))
            else:
                if cap:
                    out.append('<figure class="image"><img src="%s" alt="%s" loading="lazy" width="800" height="533"><figcaption>%s</figcaption></figure>' % (src, a_(alt), md(cap)))
                else:
                    out.append('<figure class="image"><img src="%s" alt="%s" loading="lazy" width="800" height="533"></figure>' % (src, a_(alt)))
        elif k == "table":
            rows = b[1]
            t = ['<table class="table table-bordered" border="1" cellpadding="4" cellspacing="0"><tbody>']
            for i, row in enumerate(rows):
                cell = "td"
                t.append("<tr>" + "".join('<%s%s>%s</%s>' % (cell, ' style="font-weight:bold;text-align:center"' if i == 0 else "", md(c), cell) for c in row) + "</tr>")
            t.append("</tbody></table>")
            out.append("\n".join(t))
        elif k == "related":
            out.append('<div class="box-related"><h4 class="title-related">Tin liên quan</h4><ul>%s</ul></div>' % "".join(
                '<li><a href="/tin-tuc/%s-%d.html">%s</a></li>' % (slug(t), rng.randint(100000, 999999), e(t)) for t in b[1]))
        elif k == "raw":
            out.append(b[1])
        else:
            raise ValueError(k)
    return "\n".join(out)


# ---------------------------------------------------------------- article texts (invented)
A = {}

A["j01"] = dict(
    platform="custom-news", url="https://kinhteviet.vn/xuat-khau-10-thang-nam-2026-uoc-dat-412-ty-usd-post418273.html",
    title="Xuất khẩu 10 tháng năm 2026 ước đạt 412,6 tỷ USD, nhiều mặt hàng tăng hai con số",
    published_at="2026-11-18T06:12:40+07:00", author="Minh Phương",
    sapo="Kim ngạch xuất khẩu hàng hóa 10 tháng năm 2026 ước đạt 412,6 tỷ USD, tăng 13,8% so với cùng kỳ; nhóm điện tử, máy móc và nông sản tiếp tục giữ vai trò dẫn dắt.",
    blocks=[
        ("img", "Bốc xếp hàng hóa xuất khẩu tại một cảng container ở Hải Phòng. Ảnh: Minh Phương", "Cảng container"),
        ("p", "Theo số liệu vừa được cơ quan thống kê công bố, tổng kim ngạch xuất, nhập khẩu hàng hóa 10 tháng năm 2026 ước đạt 801,3 tỷ USD, tăng 12,1% so với cùng kỳ năm trước. Cán cân thương mại tiếp tục xuất siêu khoảng 23,9 tỷ USD."),
        ("p", "Khu vực kinh tế trong nước đạt 112,4 tỷ USD, chiếm 27,2% tổng kim ngạch xuất khẩu; khu vực có vốn đầu tư nước ngoài (kể cả dầu thô) đạt 300,2 tỷ USD, chiếm 72,8%."),
        ("p", "Có 38 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD, chiếm 93,5% tổng kim ngạch xuất khẩu, trong đó 8 mặt hàng đạt trên 10 tỷ USD. Bảng dưới đây tổng hợp một số nhóm hàng chủ lực:"),
        ("table", [
            ["Mặt hàng", "10 tháng 2026 (tỷ USD)", "So với cùng kỳ (%)"],
            ["Máy vi tính, sản phẩm điện tử và linh kiện", "88,1", "+24,6"],
            ["Điện thoại và linh kiện", "55,8", "+9,4"],
            ["Máy móc, thiết bị, dụng cụ phụ tùng", "49,7", "+17,2"],
            ["Dệt may", "33,5", "+7,9"],
            ["Gỗ và sản phẩm gỗ", "15,6", "+11,3"],
            ["Rau quả", "7,9", "+14,8"],
            ["Cà phê", "6,4", "+21,5"],
        ]),
        ("h", "Nông sản bứt tốc cuối năm"),
        ("p", "Đáng chú ý, nhóm nông sản ghi nhận mức tăng trưởng ấn tượng nhờ giá xuất khẩu duy trì ở mức cao. Riêng cà phê đạt 6,4 tỷ USD, tăng 21,5% dù sản lượng chỉ tăng nhẹ; rau quả đạt gần 7,9 tỷ USD, trong đó sầu riêng đóng góp khoảng 3,1 tỷ USD."),
        ("p", "Ông Lưu Quang Thành, Phó Viện trưởng một viện nghiên cứu chính sách thương mại, nhận định: “Những tháng cuối năm thường là cao điểm đơn hàng của các thị trường lớn. Nếu duy trì được nhịp độ hiện nay, xuất khẩu cả năm 2026 hoàn toàn có thể vượt mốc 490 tỷ USD”."),
        ("p", "Tuy nhiên, theo ông Thành, doanh nghiệp cần lưu ý các yêu cầu ngày càng khắt khe về truy xuất nguồn gốc, phát thải carbon và chống lẩn tránh thuế tại các thị trường nhập khẩu chính."),
        ("h", "Nhập khẩu nguyên liệu tăng mạnh"),
        ("p", "Ở chiều ngược lại, kim ngạch nhập khẩu 10 tháng ước đạt 388,7 tỷ USD, tăng 10,3%. Nhóm hàng tư liệu sản xuất chiếm tới 93,6%, cho thấy nhu cầu nguyên liệu, máy móc phục vụ sản xuất đang phục hồi rõ rệt."),
        ("p", "Về thị trường, Hoa Kỳ tiếp tục là thị trường xuất khẩu lớn nhất với 121,5 tỷ USD; Trung Quốc là thị trường nhập khẩu lớn nhất với 141,2 tỷ USD. Xuất khẩu sang Liên minh châu Âu tăng 15,7%, sang các nước ASEAN tăng 9,2%."),
    ])

A["j02"] = dict(
    platform="wordpress-news", url="https://baotuyenquang.com.vn/kinh-te/nong-nghiep/nong-dan-ham-yen-vao-vu-thu-hoach-cam-sanh-224517.html",
    title="Nông dân Hàm Yên vào vụ thu hoạch cam sành",
    published_at="2026-11-14T07:15:00+07:00", author="HOÀNG GIANG",
    sapo="Những ngày giữa tháng 11, trên các sườn đồi ở xã Hàm Yên, xã Bình Xa, không khí thu hoạch cam sành diễn ra nhộn nhịp. Năm nay cam được mùa, giá bán tại vườn ổn định từ 12.000 đến 18.000 đồng/kg.",
    blocks=[
        ("img", "Vườn cam sành của gia đình anh Mai Văn Lực, thôn Làng Bát, xã Hàm Yên cho thu hoạch khoảng 40 tấn quả.", "Vườn cam"),
        ("p", "Toàn xã Hàm Yên hiện có hơn 1.850 ha cam, trong đó trên 1.400 ha đang cho thu hoạch. Theo ước tính của UBND xã, sản lượng cam năm nay đạt khoảng 36.000 tấn, tăng gần 3.000 tấn so với năm trước nhờ thời tiết thuận lợi và người dân áp dụng quy trình chăm sóc theo tiêu chuẩn VietGAP."),
        ("img", "Người dân thu hái cam từ sáng sớm để kịp giao cho thương lái. Ảnh: Thu Trang", "Thu hái cam"),
        ("p", "Anh Mai Văn Lực cho biết, gia đình anh có 3 ha cam, năm nay quả to, vỏ mỏng, mọng nước. “Thương lái vào tận vườn đặt mua, cam hái đến đâu bán hết đến đó. Trừ chi phí phân bón, nhân công, gia đình tôi còn lãi khoảng 350 triệu đồng”, anh Lực phấn khởi nói."),
        ("img", "Cam được phân loại ngay tại vườn trước khi đóng thùng.", "Phân loại cam"),
        ("p", "Tại xã Bình Xa, nhiều hợp tác xã đã đầu tư nhà sơ chế, kho lạnh để bảo quản cam, kéo dài thời gian tiêu thụ. Hợp tác xã Nông nghiệp Bình Xa hiện liên kết với 62 hộ thành viên, bao tiêu khoảng 2.500 tấn quả mỗi vụ."),
        ("img", None, "Kho lạnh hợp tác xã"),
        ("p", "Bà Triệu Thị Hồng, Giám đốc hợp tác xã, chia sẻ: “Cam đạt chuẩn được dán tem truy xuất nguồn gốc, đưa lên sàn thương mại điện tử và vào hệ thống siêu thị ở Hà Nội. Giá bán cao hơn bán xô cho thương lái từ 3.000 đến 5.000 đồng mỗi kilôgam”."),
        ("img", "Cam sành Hàm Yên được đóng hộp, dán tem truy xuất nguồn gốc trước khi xuất bán. Ảnh: Hoàng Giang", "Đóng hộp cam"),
        ("p", "Tuy nhiên, diện tích cam già cỗi, nhiễm bệnh vàng lá thối rễ vẫn còn khá lớn. Ngành nông nghiệp khuyến cáo người dân không mở rộng diện tích ồ ạt mà tập trung cải tạo vườn cũ, chuyển đổi những diện tích kém hiệu quả sang cây trồng khác phù hợp."),
        ("img", "Xe tải của thương lái nối đuôi nhau vào các vườn cam ở xã Hàm Yên.", "Xe tải thu mua"),
        ("p", "Dự kiến vụ thu hoạch cam sành năm nay sẽ kéo dài đến hết tháng 1/2027. Xã Hàm Yên đang phối hợp với các đơn vị tổ chức Ngày hội cam sành vào đầu tháng 12 để quảng bá sản phẩm, kết nối tiêu thụ."),
    ])

A["j03"] = dict(
    platform="custom-news", url="https://taynguyenonline.vn/kinh-te/nong-dan-dak-lak-thu-hoach-ca-phe-gia-len-muc-cao-a91837.html",
    title="Nông dân Đắk Lắk rộn ràng thu hoạch cà phê, giá lên mức cao",
    published_at="2026-11-20T09:05:33+07:00", author="Thanh Hà",
    sapo="Niên vụ 2026-2027, toàn tỉnh Đắk Lắk có hơn 214.000 ha cà phê cho thu hoạch. Giá cà phê nhân xô hiện dao động quanh mức 118.000-125.000 đồng/kg, giúp người trồng phấn khởi.",
    blocks=[
        ("p", "Những ngày này, tại các xã Ea Kar, Krông Pắc, Cư M’gar, nông dân đang tất bật thu hái cà phê. Nhiều gia đình phải thuê thêm nhân công từ các địa phương khác với tiền công từ 300.000 đến 350.000 đồng mỗi ngày."),
        ("p", "Ông Y Khuê Niê ở buôn Ea Nao, xã Ea Kar, có 2 ha cà phê cho biết, năm nay cây ra quả đều, ước đạt khoảng 7 tấn nhân. “Giá cao như hiện nay thì người trồng cà phê có điều kiện tái đầu tư, trả nợ ngân hàng và lo cho con cái học hành”, ông nói."),
        ("img", "Nông dân xã Ea Kar thu hái cà phê chín.", "Thu hái cà phê"),
        ("p", "Theo Sở Nông nghiệp và Môi trường tỉnh, sản lượng cà phê niên vụ này ước đạt khoảng 560.000 tấn nhân, tương đương vụ trước. Tỷ lệ quả chín khi thu hái được nâng lên trên 80% nhờ công tác tuyên truyền của các hợp tác xã và doanh nghiệp thu mua."),
        ("p", "Để giữ giá trị hạt cà phê, ngành nông nghiệp khuyến cáo người dân không thu hái ồ ạt khi quả còn xanh, đầu tư sân phơi, máy sấy và bảo quản đúng quy trình; đồng thời cảnh giác với tình trạng mua bán cà phê qua các điểm thu mua không rõ nguồn gốc, ứng trước tiền với lãi suất cao."),
        ("p", "Lực lượng công an các xã cũng tăng cường tuần tra, phòng ngừa trộm cắp cà phê trên rẫy, tại sân phơi trong mùa thu hoạch."),
    ])

A["j04"] = dict(
    platform="custom-magazine", url="https://lyluanthuctien.vn/nghien-cuu/phat-huy-vai-tro-giam-sat-phan-bien-xa-hoi-cua-mat-tran-to-quoc-o-chinh-quyen-dia-phuong-hai-cap-3915.html",
    title="Phát huy vai trò giám sát, phản biện xã hội của Mặt trận Tổ quốc ở chính quyền địa phương hai cấp",
    published_at="2026-11-10T08:30:00+07:00", author="TS. Nguyễn Thị Thu Hằng, Học viện Chính trị khu vực III",
    sapo="Sau hơn một năm vận hành mô hình chính quyền địa phương hai cấp, hoạt động giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam ở cơ sở đã có nhiều chuyển biến, song cũng đặt ra không ít vấn đề cần tiếp tục nghiên cứu, hoàn thiện.",
    blocks=[
        ("h", "1. Bối cảnh mới của hoạt động giám sát, phản biện xã hội"),
        ("p", "Từ ngày 1/7/2025, cả nước chính thức tổ chức chính quyền địa phương theo mô hình hai cấp: cấp tỉnh và cấp xã. Việc không còn cấp huyện đã làm thay đổi căn bản phương thức quản lý, điều hành, đồng thời đặt cấp xã vào vị trí trực tiếp gần dân, giải quyết phần lớn thủ tục hành chính và các vấn đề phát sinh trong đời sống Nhân dân."),
        ("p", "Cùng với quá trình sắp xếp bộ máy, các tổ chức chính trị - xã hội và hội quần chúng do Đảng, Nhà nước giao nhiệm vụ đã được sắp xếp trực thuộc Mặt trận Tổ quốc Việt Nam. Đây là điều kiện thuận lợi để Mặt trận thống nhất đầu mối, phối hợp chặt chẽ hơn trong giám sát, phản biện xã hội, nhưng cũng đòi hỏi đội ngũ cán bộ Mặt trận ở cơ sở phải có năng lực, bản lĩnh tương xứng."),
        ("p", "Quy mô của xã, phường sau sắp xếp lớn hơn nhiều so với trước đây; có nơi dân số trên 100.000 người, diện tích hàng trăm ki-lô-mét vuông. Khối lượng chính sách, văn bản của chính quyền cấp xã cần được lấy ý kiến Nhân dân vì thế cũng tăng lên đáng kể."),
        ("h", "2. Những kết quả bước đầu"),
        ("p", "Khảo sát tại 24 xã, phường thuộc một số tỉnh miền Trung và Tây Nguyên cho thấy, trong năm 2026, Ủy ban Mặt trận Tổ quốc cấp xã đã chủ trì tổ chức bình quân 3,4 cuộc giám sát và 2,1 hội nghị phản biện xã hội mỗi đơn vị, cao hơn mức bình quân của cấp xã cũ trước khi sắp xếp."),
        ("p", "Nội dung giám sát tập trung vào những vấn đề Nhân dân quan tâm như: việc giải quyết thủ tục hành chính tại Trung tâm phục vụ hành chính công cấp xã; công tác bồi thường, hỗ trợ, tái định cư; thực hiện chính sách an sinh xã hội; quản lý đất đai, trật tự xây dựng và bảo vệ môi trường."),
        ("p", "Nhiều địa phương đã chủ động ứng dụng công nghệ số, lập nhóm Zalo, trang thông tin điện tử của Mặt trận để tiếp nhận phản ánh của người dân, công khai kết quả giám sát. Một số xã tổ chức lấy ý kiến trực tuyến đối với dự thảo quy hoạch, thu hút hàng nghìn lượt người tham gia."),
        ("quote", "“Giám sát, phản biện xã hội chỉ thực sự có ý nghĩa khi tiếng nói của Nhân dân được lắng nghe, tiếp thu và phản hồi bằng hành động cụ thể của chính quyền.”"),
        ("h", "3. Những hạn chế, vướng mắc"),
        ("p", "Bên cạnh kết quả đạt được, hoạt động giám sát, phản biện xã hội ở cơ sở vẫn còn một số hạn chế. Thứ nhất, nhiều cuộc giám sát vẫn nặng về hình thức, nội dung dàn trải, kiến nghị sau giám sát chưa cụ thể, thiếu theo dõi việc tiếp thu, giải quyết."),
        ("p", "Thứ hai, đội ngũ cán bộ Mặt trận cấp xã có sự thay đổi lớn sau sắp xếp; một bộ phận chưa được đào tạo bài bản về kỹ năng giám sát, phản biện, nhất là trong các lĩnh vực chuyên sâu như tài chính, đất đai, xây dựng."),
        ("p", "Thứ ba, cơ chế phối hợp giữa Mặt trận với Hội đồng nhân dân, Ủy ban nhân dân cấp xã trong cung cấp thông tin, tài liệu phục vụ giám sát, phản biện ở một số nơi chưa chặt chẽ; việc phản hồi ý kiến phản biện còn chậm."),
        ("p", "Thứ tư, kinh phí bảo đảm cho hoạt động giám sát, phản biện xã hội còn hạn hẹp, chưa tương xứng với quy mô địa bàn và khối lượng công việc mới."),
        ("h", "4. Một số giải pháp"),
        ("p", "Để tiếp tục nâng cao chất lượng, hiệu quả giám sát, phản biện xã hội của Mặt trận Tổ quốc ở chính quyền địa phương hai cấp, cần thực hiện đồng bộ các giải pháp sau:"),
        ("ol", [
            "Tăng cường sự lãnh đạo của cấp ủy đảng đối với hoạt động giám sát, phản biện xã hội; đưa nội dung này vào chương trình công tác toàn khóa và hằng năm của cấp ủy cấp xã.",
            "Lựa chọn nội dung giám sát, phản biện có trọng tâm, trọng điểm, xuất phát từ những vấn đề bức xúc, được đông đảo Nhân dân quan tâm.",
            "Chú trọng bồi dưỡng kỹ năng cho cán bộ Mặt trận và các tổ chức thành viên; phát huy vai trò của các chuyên gia, nhà khoa học, người có uy tín tham gia các hội đồng tư vấn.",
            "Hoàn thiện cơ chế theo dõi, đôn đốc việc tiếp thu, giải quyết kiến nghị sau giám sát, phản biện; công khai kết quả trên các nền tảng số.",
            "Bảo đảm kinh phí, điều kiện vật chất cho hoạt động giám sát, phản biện xã hội phù hợp với quy mô xã, phường sau sắp xếp.",
        ]),
        ("p", "Cùng với đó, cần sớm tổng kết thực tiễn để đề xuất sửa đổi, bổ sung các quy định về giám sát, phản biện xã hội cho phù hợp với mô hình tổ chức mới, bảo đảm tính khả thi và thống nhất trong cả hệ thống chính trị."),
        ("h", "5. Kết luận"),
        ("p", "Giám sát, phản biện xã hội là chức năng quan trọng của Mặt trận Tổ quốc Việt Nam, góp phần xây dựng Đảng, chính quyền trong sạch, vững mạnh. Trong bối cảnh chính quyền địa phương hai cấp, việc phát huy hiệu quả chức năng này càng có ý nghĩa thiết thực, bởi đây là kênh quan trọng để tiếng nói của Nhân dân đến được với chính quyền một cách trực tiếp và kịp thời."),
        ("p", "Thực tiễn hơn một năm qua cho thấy, nơi nào cấp ủy quan tâm lãnh đạo, chính quyền cầu thị tiếp thu, cán bộ Mặt trận sâu sát cơ sở thì nơi đó hoạt động giám sát, phản biện thực chất, tạo được niềm tin của Nhân dân."),
    ])

A["j05"] = dict(
    platform="custom-news", url="https://tintucthudo.vn/giao-thong/ha-noi-thong-xe-cau-vuot-nut-giao-kim-lu-giam-un-tac-cua-ngo-phia-nam-d58213.html",
    title="Hà Nội thông xe cầu vượt nút giao Kim Lũ, giảm ùn tắc cửa ngõ phía Nam",
    published_at="2026-11-19T16:48:00+07:00", author="Quốc Việt",
    sapo="Chiều 19/11, cầu vượt thép tại nút giao Kim Lũ chính thức được đưa vào khai thác, sớm hơn 45 ngày so với kế hoạch, góp phần giảm áp lực giao thông cho khu vực cửa ngõ phía Nam Thủ đô.",
    blocks=[
        ("p", "Cầu vượt có tổng chiều dài 486 m, rộng 9 m, bố trí 2 làn xe theo hướng từ đường vành đai đi trung tâm thành phố. Tổng mức đầu tư dự án khoảng 412 tỷ đồng từ nguồn ngân sách thành phố, khởi công từ tháng 3/2026."),
        ("p", "Theo Ban Quản lý dự án đầu tư xây dựng công trình giao thông thành phố, trong quá trình thi công, đơn vị đã tổ chức làm việc 3 ca liên tục, áp dụng công nghệ dầm thép lắp ghép để rút ngắn thời gian, hạn chế ảnh hưởng đến giao thông khu vực."),
        ("related", [
            "Hà Nội điều chỉnh tổ chức giao thông quanh nút giao Kim Lũ",
            "Khởi công cầu vượt thép giải tỏa ùn tắc cửa ngõ phía Nam",
            "Những điểm đen ùn tắc giao thông nào sẽ được xử lý trong năm 2026?",
        ]),
        ("p", "Trước khi có cầu vượt, nút giao Kim Lũ thường xuyên ùn tắc kéo dài vào giờ cao điểm sáng và chiều, có thời điểm dòng phương tiện xếp hàng gần 2 km. Lưu lượng qua nút giao ước tính khoảng 11.000 xe quy đổi mỗi giờ cao điểm."),
        ("img", "Các phương tiện lưu thông qua cầu vượt ngay sau lễ thông xe.", "Cầu vượt Kim Lũ"),
        ("p", "Anh Đào Minh Khôi, một người dân thường xuyên đi qua khu vực cho biết: “Mỗi sáng tôi mất gần 30 phút chỉ để qua nút giao này. Có cầu vượt, hy vọng thời gian đi làm sẽ được rút ngắn đáng kể”."),
        ("p", "Phát biểu tại lễ thông xe, lãnh đạo Sở Xây dựng Hà Nội đề nghị chủ đầu tư tiếp tục hoàn thiện các hạng mục phụ trợ như chiếu sáng, cây xanh, hệ thống thoát nước dưới cầu trước ngày 31/12/2026; đồng thời phối hợp với lực lượng cảnh sát giao thông phân luồng hợp lý trong những ngày đầu vận hành."),
        ("p", "Theo kế hoạch, trong năm 2027, Hà Nội sẽ tiếp tục triển khai 4 cầu vượt và hầm chui tại các nút giao trọng điểm trên đường vành đai 2,5 và vành đai 3."),
    ])

A["j06"] = dict(
    platform="custom-radio-tv", url="https://baothanhhoa.vn/thoi-su/thanh-hoa-trien-khai-tiem-bo-sung-vac-xin-soi-cho-tre-em-tu-1-den-5-tuoi-287104.htm",
    title="Thanh Hóa triển khai tiêm bổ sung vắc xin sởi cho trẻ em từ 1 đến 5 tuổi",
    published_at="2026-11-17T08:45:00+07:00", author="Hồng Nhung, Văn Tuấn",
    sapo="Từ ngày 16/11 đến hết ngày 15/12/2026, ngành Y tế Thanh Hóa tổ chức tiêm bổ sung vắc xin sởi - rubella cho khoảng 186.000 trẻ từ 1 đến 5 tuổi tại 166 xã, phường.",
    blocks=[
        ("p", "Đây là hoạt động nhằm chủ động phòng bệnh sởi trong bối cảnh số ca mắc sởi có xu hướng tăng tại một số tỉnh lân cận trong những tháng cuối năm. Trẻ được tiêm miễn phí tại trạm y tế xã, phường và các điểm tiêm lưu động ở trường mầm non."),
        ("p", "Tại Trạm Y tế phường Hạc Thành, ngay từ sáng sớm, nhiều phụ huynh đã đưa con đến tiêm. Các em được khám sàng lọc, tư vấn trước tiêm và theo dõi 30 phút sau tiêm theo đúng quy định."),
        ("p", "Bác sĩ Lê Thị Vân, Trưởng Trạm Y tế phường Hạc Thành cho biết, trạm đã rà soát danh sách, gửi giấy mời đến từng gia đình qua tổ dân phố và ứng dụng nhắn tin. Dự kiến trong đợt này, phường có khoảng 2.300 trẻ thuộc diện tiêm."),
        ("p", "Trung tâm Kiểm soát bệnh tật tỉnh khuyến cáo phụ huynh đưa trẻ đi tiêm đầy đủ, đúng lịch; khi trẻ có biểu hiện sốt, phát ban, ho, chảy nước mũi, viêm kết mạc cần đưa đến cơ sở y tế để được khám và điều trị kịp thời."),
    ])

A["j07"] = dict(
    platform="custom-news", url="https://thanhnienviet.vn/hon-3000-doan-vien-thanh-nien-tham-gia-giai-chay-vi-bien-dao-que-huong-post1872031.html",
    title="Hơn 3.000 đoàn viên, thanh niên tham gia giải chạy “Vì biển đảo quê hương”",
    published_at="2026-11-15T19:02:00+07:00", author="Lê Hoàng",
    sapo="Sáng 15/11, tại Quảng trường 2/4 (phường Nha Trang, tỉnh Khánh Hòa), Tỉnh đoàn Khánh Hòa tổ chức giải chạy “Vì biển đảo quê hương” năm 2026 với sự tham gia của hơn 3.000 vận động viên.",
    blocks=[
        ("p", "Giải chạy có 3 cự ly 5 km, 10 km và 21 km, dọc tuyến đường ven biển Trần Phú. Ngoài đoàn viên, thanh niên, giải còn thu hút đông đảo cán bộ, chiến sĩ lực lượng vũ trang, học sinh, sinh viên và du khách tham gia."),
        ("p", "Phát biểu khai mạc, anh Phan Đình Khải, Bí thư Tỉnh đoàn Khánh Hòa cho biết, giải chạy nhằm lan tỏa tình yêu biển, đảo, nâng cao ý thức bảo vệ chủ quyền và môi trường biển trong thế hệ trẻ, đồng thời khuyến khích phong trào rèn luyện thân thể."),
        ("img", "Các vận động viên xuất phát ở cự ly 21 km.", "Vận động viên xuất phát"),
        ("p", "Toàn bộ số tiền đăng ký và tài trợ, hơn 1,2 tỷ đồng, được Ban Tổ chức dành để xây dựng 2 “Ngôi nhà Thanh niên” cho cán bộ, chiến sĩ và ngư dân trên các đảo, đồng thời tặng 300 suất quà cho học sinh nghèo ở các xã ven biển."),
        ("p", "Ở cự ly 21 km, vận động viên Lương Văn Tới (Bộ Chỉ huy Quân sự tỉnh) về nhất nội dung nam với thành tích 1 giờ 14 phút 28 giây; nội dung nữ thuộc về Nguyễn Thị Minh Nguyệt (Trường Đại học Nha Trang) với thành tích 1 giờ 31 phút 06 giây."),
        ("p", "Bên lề giải chạy, các cơ sở Đoàn đã tổ chức thu gom gần 2 tấn rác thải nhựa dọc bờ biển và trưng bày ảnh tư liệu về biển, đảo Việt Nam."),
    ])

A["j08"] = dict(
    platform="custom-news", url="https://anninhxahoi.vn/canh-bao/canh-giac-thu-doan-gia-danh-can-bo-thue-yeu-cau-cai-ung-dung-de-hoan-thue-i84519/",
    title="Cảnh giác thủ đoạn giả danh cán bộ thuế yêu cầu cài ứng dụng để “hoàn thuế”",
    published_at="2026-11-13T10:35:00+07:00", author="Đại úy Lê Văn Hùng - Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
    sapo="Thời gian gần đây, lợi dụng đợt quyết toán thuế thu nhập cá nhân và việc chuyển đổi mã số thuế sang số định danh cá nhân, các đối tượng lừa đảo liên tục giả danh cán bộ cơ quan thuế để chiếm đoạt tài sản của người dân.",
    blocks=[
        ("p", "Chỉ trong tháng 10/2026, Công an tỉnh đã tiếp nhận 27 đơn trình báo liên quan đến thủ đoạn này, tổng số tiền bị chiếm đoạt hơn 4,6 tỷ đồng. Nạn nhân phần lớn là người cao tuổi, hộ kinh doanh và người lao động tự do."),
        ("p", "Điển hình, ngày 21/10, bà N.T.H. (62 tuổi, trú tại phường Bắc Giang) nhận được cuộc gọi của một người xưng là cán bộ thuế, thông báo bà được hoàn 3,8 triệu đồng tiền thuế nộp thừa. Đối tượng gửi đường link yêu cầu bà cài đặt ứng dụng “Thuế điện tử” giả mạo và nhập thông tin tài khoản ngân hàng. Chỉ ít phút sau, tài khoản của bà bị rút mất 480 triệu đồng."),
        ("h", "Các dấu hiệu nhận biết"),
        ("p", "Qua công tác nắm tình hình, lực lượng chức năng chỉ ra một số dấu hiệu chung của thủ đoạn này:"),
        ("li", [
            "Gọi điện, nhắn tin qua Zalo bằng tài khoản có ảnh đại diện là logo cơ quan thuế, tự xưng cán bộ thuế.",
            "Gửi đường link tải ứng dụng có đuôi .apk hoặc trang web có tên miền gần giống cổng thông tin của cơ quan thuế.",
            "Yêu cầu cấp quyền truy cập điện thoại, chụp ảnh khuôn mặt, cung cấp mã OTP.",
            "Hối thúc thực hiện ngay, đe dọa phạt hoặc khóa mã số thuế nếu không làm theo.",
        ]),
        ("h", "Khuyến cáo của cơ quan Công an"),
        ("p", "Cơ quan thuế không gọi điện yêu cầu người dân cài đặt ứng dụng qua đường link, không yêu cầu cung cấp mật khẩu, mã OTP. Mọi thủ tục hoàn thuế được thực hiện trên Cổng dịch vụ công quốc gia, ứng dụng eTax Mobile chính thức hoặc trực tiếp tại cơ quan thuế."),
        ("p", "Khi nhận được cuộc gọi nghi vấn, người dân cần kiểm tra lại thông tin bằng cách liên hệ trực tiếp cơ quan thuế nơi cư trú; tuyệt đối không bấm vào đường link lạ. Trường hợp đã bị chiếm đoạt tài sản, cần nhanh chóng thông báo cho ngân hàng để phong tỏa tài khoản và trình báo cơ quan Công an gần nhất."),
    ])

A["j09"] = dict(
    platform="custom-magazine", url="https://nongnghiepxanh.vn/mo-hinh-tom-lua-huu-co-giup-nong-dan-ca-mau-tang-thu-nhap-d412906.html",
    title="Mô hình tôm - lúa hữu cơ giúp nông dân Cà Mau tăng thu nhập",
    published_at="2026-11-11T14:20:07+07:00", author="Phạm Hiếu",
    sapo="Trên những cánh đồng nhiễm mặn ở Cà Mau, mô hình luân canh tôm - lúa theo hướng hữu cơ đang mang lại thu nhập ổn định, giúp nông dân thích ứng với biến đổi khí hậu.",
    blocks=[
        ("p", "Gia đình ông Trương Văn Sáu ở ấp Kinh Tư, xã Thới Bình, có 4 ha đất sản xuất. Trước đây, ông chỉ nuôi tôm quảng canh, năng suất thấp, thường xuyên thua lỗ do dịch bệnh. Từ năm 2023, ông tham gia mô hình tôm - lúa hữu cơ do Hợp tác xã Tân Phú hướng dẫn."),
        ("p", "Mùa khô, ông nuôi tôm sú, tôm càng xanh; mùa mưa, khi nước ngọt về, ông rửa mặn để trồng một vụ lúa ST25. Rơm rạ sau thu hoạch được giữ lại trên ruộng, phân hủy thành nguồn thức ăn tự nhiên cho tôm vụ sau."),
        ("p", "“Trồng lúa không phải bón phân hóa học vì đất đã có dinh dưỡng từ vụ tôm, còn nuôi tôm trên đất lúa thì ít dịch bệnh. Cả hai vụ đều không dùng thuốc, không dùng hóa chất”, ông Sáu chia sẻ."),
        ("img", "Ông Trương Văn Sáu kiểm tra tôm trên ruộng lúa hữu cơ.", "Kiểm tra tôm"),
        ("h", "Lợi nhuận cao hơn 30%"),
        ("p", "Theo tính toán của hợp tác xã, mỗi héc-ta tôm - lúa hữu cơ cho lợi nhuận khoảng 160-180 triệu đồng mỗi năm, cao hơn 30% so với canh tác thông thường. Lúa hữu cơ được doanh nghiệp bao tiêu với giá cao hơn thị trường 15-20%."),
        ("p", "Hợp tác xã Tân Phú hiện có 126 thành viên với tổng diện tích 410 ha, trong đó 235 ha đã được cấp chứng nhận hữu cơ theo tiêu chuẩn quốc tế. Năm 2026, hợp tác xã xuất bán hơn 900 tấn lúa và 60 tấn tôm hữu cơ."),
        ("p", "Ông Lâm Hoàng Nam, Giám đốc hợp tác xã cho biết, khó khăn lớn nhất là giai đoạn chuyển đổi từ 2 đến 3 năm đầu, khi năng suất chưa cao mà chi phí chứng nhận lớn. “Nhiều hộ muốn bỏ cuộc, hợp tác xã phải vận động, hỗ trợ giống, kỹ thuật thì bà con mới yên tâm”, ông Nam nói."),
        ("h", "Hướng đi bền vững"),
        ("p", "Tỉnh Cà Mau hiện có khoảng 42.000 ha tôm - lúa, trong đó diện tích đạt chứng nhận hữu cơ mới chiếm khoảng 12%. Theo định hướng của tỉnh, đến năm 2030 sẽ nâng diện tích tôm - lúa hữu cơ lên 15.000 ha, gắn với xây dựng vùng nguyên liệu và thương hiệu sản phẩm."),
        ("p", "Các nhà khoa học đánh giá, tôm - lúa là mô hình thuận thiên, tận dụng được tài nguyên nước mặn - ngọt theo mùa, giảm phát thải và thích ứng tốt với tình trạng xâm nhập mặn ngày càng gay gắt ở Đồng bằng sông Cửu Long."),
    ])

A["j10"] = dict(
    platform="custom-radio", url="https://vovtaybac.vn/xa-hoi/son-la-chu-dong-phong-chong-ret-cho-gia-suc-truoc-dot-khong-khi-lanh-manh-9041.vov",
    title="Sơn La chủ động phòng chống rét cho gia súc trước đợt không khí lạnh mạnh",
    published_at="2026-11-20T06:30:00+07:00", author="Văn Sơn/VOV-Tây Bắc",
    sapo="Dự báo từ ngày 23/11, vùng núi Tây Bắc chịu ảnh hưởng của đợt không khí lạnh mạnh, nhiệt độ thấp nhất ở vùng cao có thể xuống dưới 5 độ C. Các xã vùng cao của Sơn La đang khẩn trương triển khai biện pháp phòng chống rét cho đàn gia súc.",
    blocks=[
        ("p", "Tại xã Bắc Yên, chính quyền đã thành lập các tổ công tác xuống từng bản hướng dẫn người dân gia cố chuồng trại, che chắn kín gió, dự trữ rơm, cỏ khô và thức ăn tinh. Những hộ còn thả rông gia súc trên núi cao được vận động lùa trâu, bò về chuồng trước ngày 23/11."),
        ("p", "Toàn tỉnh hiện có hơn 380.000 con trâu, bò. Sở Nông nghiệp và Môi trường Sơn La đề nghị các xã không để trâu, bò làm việc khi nhiệt độ dưới 12 độ C, cho gia súc uống nước ấm pha muối và tiêm phòng đầy đủ các loại vắc xin."),
        ("p", "Ông Mùa A Thào, bản Hang Chú, xã Bắc Yên cho biết, gia đình đã làm xong chuồng mới, quây bạt kín và phơi khô gần 2 tấn cỏ dự trữ. “Năm trước rét đậm, bản mất mấy con bê. Năm nay bà con làm sớm để không bị thiệt hại”, ông Thào nói."),
    ])

A["j11"] = dict(
    platform="sharepoint-tandan", url="https://khanhhoa.gov.vn/Pages/chitiettin.aspx?IDNews=48217&tieude=tam-dung-he-thong-thong-tin-giai-quyet-thu-tuc-hanh-chinh-de-nang-cap",
    title="Tạm dừng Hệ thống thông tin giải quyết thủ tục hành chính tỉnh để nâng cấp",
    published_at="2026-11-16T15:40:00+07:00", author=None,
    sapo=None,
    blocks=[
        ("p", "Để nâng cấp hạ tầng và đồng bộ dữ liệu với Cổng Dịch vụ công quốc gia, Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Khánh Hòa sẽ tạm dừng hoạt động từ 20 giờ 00 ngày 28/11/2026 (thứ Bảy) đến 06 giờ 00 ngày 30/11/2026 (thứ Hai). Trong thời gian này, tổ chức, cá nhân chưa thể nộp hồ sơ trực tuyến và tra cứu tình trạng hồ sơ trên hệ thống."),
        ("p", "Các hồ sơ đến hạn trả kết quả trong thời gian tạm dừng sẽ được các cơ quan, đơn vị xử lý ngay sau khi hệ thống hoạt động trở lại. Mọi vướng mắc xin liên hệ Tổng đài hỗ trợ 0258.3 567 890 hoặc Trung tâm Phục vụ hành chính công tỉnh để được hướng dẫn."),
    ])

A["j12"] = dict(
    platform="vnpt-eportal", url="https://phongtho.laichau.gov.vn/tin-tuc-su-kien/tin-hoat-dong/xa-phong-tho-to-chuc-ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2026-1125.html",
    title="Xã Phong Thổ tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026",
    published_at="2026-11-09T00:00:00+07:00", author="Nguyễn Hải Yến, Văn phòng HĐND và UBND xã",
    sapo="Ngày 8/11, Ủy ban MTTQ Việt Nam xã Phong Thổ phối hợp với Ban Công tác Mặt trận bản Hoang Thèn tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026, hướng tới kỷ niệm 96 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2026).",
    blocks=[
        ("p", "Ngày 8/11, Ủy ban MTTQ Việt Nam xã Phong Thổ phối hợp với Ban Công tác Mặt trận bản Hoang Thèn tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026, hướng tới kỷ niệm 96 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2026)."),
        ("p", "Dự ngày hội có đồng chí Lò Văn Pươn, Bí thư Đảng ủy xã; các đồng chí trong Ban Thường vụ Đảng ủy, lãnh đạo HĐND, UBND, Ủy ban MTTQ xã cùng đông đảo Nhân dân các dân tộc bản Hoang Thèn."),
        ("img", "Đồng chí Bí thư Đảng ủy xã trao quà cho các hộ gia đình có hoàn cảnh khó khăn.", "Trao quà"),
        ("p", "Năm 2026, Nhân dân bản Hoang Thèn đã hiến hơn 1.600 m² đất, đóng góp gần 900 ngày công làm mới 1,2 km đường bê tông nội bản. Toàn bản có 142/158 hộ đạt danh hiệu “Gia đình văn hóa”; không có người mắc tệ nạn xã hội, không có hộ tái nghèo."),
        ("p", "Dịp này, Ủy ban MTTQ xã đã trao 20 suất quà cho các hộ nghèo, hộ có hoàn cảnh đặc biệt khó khăn, mỗi suất trị giá 500.000 đồng; tặng Giấy khen cho 5 hộ gia đình tiêu biểu trong phong trào “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”."),
        ("p", "Phần hội diễn ra sôi nổi với các trò chơi dân gian như kéo co, ném còn, tó má lẹ và các tiết mục văn nghệ đặc sắc của đồng bào Thái, Dao, Giáy."),
    ])

A["j13"] = dict(
    platform="dnn", url="https://stc.gialai.gov.vn/tin-tuc/ke-hoach-trien-khai-thanh-toan-khong-dung-tien-mat-trong-thu-ngan-sach-nha-nuoc-nam-2027",
    title="Kế hoạch triển khai thanh toán không dùng tiền mặt trong thu ngân sách nhà nước năm 2027",
    published_at="2026-11-12T18:00:00+07:00", author="Hoàng Lan",
    sapo="UBND tỉnh Gia Lai vừa ban hành Kế hoạch số 245/KH-UBND triển khai thanh toán không dùng tiền mặt trong thu ngân sách nhà nước trên địa bàn tỉnh năm 2027.",
    blocks=[
        ("p", "Theo kế hoạch, phấn đấu đến cuối năm 2027, 100% cơ quan thu ngân sách nhà nước trên địa bàn tỉnh chấp nhận thanh toán điện tử; tỷ lệ số tiền thu ngân sách qua phương thức không dùng tiền mặt đạt trên 95%, riêng các khoản thuế, phí, lệ phí của cá nhân đạt trên 80%."),
        ("p", "Sở Tài chính được giao chủ trì, phối hợp với Kho bạc Nhà nước khu vực, Thuế tỉnh và các ngân hàng thương mại mở rộng các kênh nộp ngân sách qua ứng dụng ngân hàng số, mã QR, ví điện tử; đồng thời tổ chức tuyên truyền, hướng dẫn người dân, doanh nghiệp, nhất là tại các xã vùng sâu, vùng xa."),
        ("p", "UBND các xã, phường có trách nhiệm bố trí điểm hỗ trợ thanh toán điện tử tại Trung tâm phục vụ hành chính công cấp xã, không để người dân phải đi lại nhiều lần khi thực hiện nghĩa vụ tài chính."),
        ("p", "Toàn văn Kế hoạch số 245/KH-UBND xem tại đây:"),
        ("raw", '<div class="pdf-viewer"><iframe src="/Portals/0/VanBan/2026/11/245-KH-UBND.pdf#toolbar=1" width="100%" height="780" frameborder="0" title="245-KH-UBND.pdf"></iframe></div>'),
    ])

A["j14"] = dict(
    platform="aspnet-webforms", url="https://cantho.gov.vn/wps/portal/tin-tuc/chi-tiet?id=ct-67219",
    title="Cần Thơ: 98% hộ gia đình ở nông thôn được tiếp cận dịch vụ số",
    published_at="2026-10-31T14:54:14+07:00", author="PV",
    sapo=None,
    blocks=[
        ("p", "Ngày 30/10, Ban Chỉ đạo chuyển đổi số thành phố Cần Thơ tổ chức hội nghị sơ kết 1 năm thực hiện Đề án phát triển dịch vụ số ở khu vực nông thôn giai đoạn 2025 - 2030."),
        ("p", "Theo báo cáo, sau 1 năm triển khai, 98% hộ gia đình ở các xã được phủ sóng di động 4G, 5G; 86% hộ có kết nối internet cáp quang. Thành phố đã thành lập 1.214 tổ công nghệ số cộng đồng với hơn 6.800 thành viên, trực tiếp hướng dẫn người dân cài đặt, sử dụng các ứng dụng VNeID, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt."),
        ("p", "Nhiều mô hình hay được nhân rộng như “Chợ 4.0” tại các chợ nông thôn, “Tổ dân phố số”, “Ấp thông minh”. Đến nay, hơn 7.500 hộ sản xuất nông nghiệp, hợp tác xã đã đưa sản phẩm lên các sàn thương mại điện tử, doanh thu trực tuyến năm 2026 ước đạt 420 tỷ đồng."),
        ("p", "Tuy nhiên, hạ tầng số ở một số ấp vùng sâu vẫn còn hạn chế; một bộ phận người cao tuổi chưa sử dụng thành thạo điện thoại thông minh; nguồn lực cho chuyển đổi số cấp xã chưa đáp ứng yêu cầu."),
        ("p", "Phát biểu chỉ đạo, đồng chí Trần Quốc Nam, Phó Chủ tịch UBND thành phố đề nghị các sở, ngành, địa phương tập trung hoàn thiện hạ tầng, làm sạch dữ liệu dân cư, đất đai; phấn đấu đến năm 2027 mỗi hộ gia đình có ít nhất một người sử dụng thành thạo dịch vụ công trực tuyến."),
        ("p", "Dịp này, UBND thành phố tặng Bằng khen cho 12 tập thể, 25 cá nhân có thành tích xuất sắc trong triển khai Đề án."),
    ])

A["j15"] = dict(
    platform="joomla", url="https://dangbophuongbaichay.quangninh.gov.vn/index.php/tin-tuc/xay-dung-dang/1487-dang-uy-phuong-bai-chay-quan-triet-nghi-quyet-ve-cong-tac-phat-trien-dang-vien",
    title="Đảng ủy phường Bãi Cháy quán triệt nghị quyết chuyên đề về công tác phát triển đảng viên",
    published_at="2026-11-16T00:00:00+07:00", author="Đỗ Mai Anh",
    sapo=None,
    blocks=[
        ("p", "Sáng 14/11, Đảng ủy phường Bãi Cháy tổ chức hội nghị học tập, quán triệt Nghị quyết chuyên đề của Ban Chấp hành Đảng bộ phường về nâng cao chất lượng công tác phát triển đảng viên giai đoạn 2026 - 2030. Tham dự hội nghị có hơn 420 đồng chí là bí thư, phó bí thư chi bộ, đảng ủy viên cơ sở và đảng viên tiêu biểu của 46 chi, đảng bộ trực thuộc."),
        ("p", "Đồng chí Vũ Thị Thanh Xuân, Phó Bí thư Thường trực Đảng ủy phường trực tiếp quán triệt những nội dung cơ bản của Nghị quyết."),
        ("h", "Mục tiêu cụ thể"),
        ("p", "Nghị quyết đề ra mục tiêu mỗi năm kết nạp từ 55 đảng viên trở lên; 100% khu phố có chi bộ và có đảng viên là người trực tiếp sinh sống tại địa bàn; 100% chi bộ cơ sở trong doanh nghiệp ngoài khu vực nhà nước có đủ điều kiện được thành lập; tỷ lệ đảng viên trẻ dưới 35 tuổi được kết nạp đạt trên 60%."),
        ("p", "Để đạt mục tiêu, Nghị quyết xác định các nhóm giải pháp trọng tâm: nâng cao chất lượng tạo nguồn thông qua các phong trào thi đua; phát huy vai trò của Đoàn Thanh niên, Công đoàn trong giới thiệu quần chúng ưu tú; chú trọng phát triển đảng viên trong doanh nghiệp, người hoạt động trong lĩnh vực du lịch, dịch vụ."),
        ("h", "Gắn trách nhiệm người đứng đầu"),
        ("p", "Phát biểu tại hội nghị, đồng chí Hoàng Văn Thụ, Bí thư Đảng ủy phường yêu cầu cấp ủy các chi, đảng bộ trực thuộc xây dựng kế hoạch cụ thể để thực hiện Nghị quyết; đưa chỉ tiêu phát triển đảng viên vào nội dung đánh giá, xếp loại chất lượng tổ chức đảng và người đứng đầu hằng năm."),
        ("p", "“Phát triển đảng viên không chạy theo số lượng mà phải coi trọng chất lượng. Mỗi đảng viên mới phải thực sự là người tiêu biểu, được quần chúng tín nhiệm”, đồng chí Bí thư Đảng ủy phường nhấn mạnh."),
        ("p", "Sau hội nghị, các chi, đảng bộ trực thuộc tổ chức quán triệt đến 100% cán bộ, đảng viên, hoàn thành trước ngày 30/11/2026."),
    ])

A["j16"] = dict(
    platform="wordpress", url="https://mattran.dongnai.gov.vn/2026/11/04/dong-nai-phat-dong-thang-cao-diem-vi-nguoi-ngheo-nam-2026/",
    title="Đồng Nai phát động Tháng cao điểm “Vì người nghèo” năm 2026",
    published_at="2026-11-04T10:25:41+07:00", author="Ngọc Trâm",
    sapo=None,
    blocks=[
        ("p", "Sáng 4/11, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức Lễ phát động Tháng cao điểm “Vì người nghèo” năm 2026 (từ ngày 17/10 đến 18/11/2026). Ngay tại buổi lễ, các cơ quan, doanh nghiệp, nhà hảo tâm đã đăng ký ủng hộ Quỹ “Vì người nghèo” các cấp hơn 38,5 tỷ đồng."),
        ("p", "Theo báo cáo của Ủy ban MTTQ tỉnh, năm 2026, Quỹ “Vì người nghèo” các cấp trong tỉnh đã vận động được hơn 126 tỷ đồng. Từ nguồn quỹ, Mặt trận các cấp đã hỗ trợ xây mới 412 căn nhà Đại đoàn kết, sửa chữa 158 căn; hỗ trợ sinh kế, học bổng, khám chữa bệnh cho hàng nghìn hộ nghèo, hộ cận nghèo."),
        ("img", "Lãnh đạo tỉnh tiếp nhận biểu trưng ủng hộ Quỹ “Vì người nghèo” từ các doanh nghiệp.", "Tiếp nhận ủng hộ"),
        ("p", "Phát biểu tại lễ phát động, bà Nguyễn Thị Hoàng Yến, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh kêu gọi các tầng lớp Nhân dân, doanh nghiệp, người Đồng Nai đang sinh sống, làm việc trong và ngoài nước tiếp tục chung tay với các nội dung sau:"),
        ("li", [
            "Ủng hộ Quỹ “Vì người nghèo” các cấp bằng tiền mặt, chuyển khoản hoặc hiện vật;",
            "Nhận đỡ đầu, giúp đỡ hộ nghèo thoát nghèo bền vững, ưu tiên hộ nghèo ở các xã vùng sâu, vùng đồng bào dân tộc thiểu số;",
            "Tham gia xây dựng nhà Đại đoàn kết, công trình dân sinh ở khu dân cư;",
            "Hỗ trợ học bổng, việc làm, phương tiện sinh kế cho người nghèo.",
        ]),
        ("p", "Mục tiêu đến cuối năm 2026, toàn tỉnh giảm tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều xuống dưới 0,3%; không còn hộ nghèo thuộc diện chính sách người có công."),
        ("p", "Dịp này, Ủy ban MTTQ tỉnh đã trao tặng 50 căn nhà Đại đoàn kết, mỗi căn trị giá 70 triệu đồng, cho các hộ nghèo trên địa bàn các xã Phú Lý, Tà Lài, Đắk Lua và Bù Gia Mập."),
    ])

A["j17"] = dict(
    platform="nukeviet", url="https://hoinongdan.dienbien.gov.vn/tin-tuc/hoi-nong-dan-xa-muong-cha-ho-tro-hoi-vien-phat-trien-chan-nuoi-ga-thit-3812.html",
    title="Hội Nông dân xã Mường Chà hỗ trợ hội viên phát triển chăn nuôi gà thịt",
    published_at="2026-11-05T09:41:00+07:00", author="Lò Văn Thắng",
    sapo="Từ nguồn vốn Quỹ Hỗ trợ nông dân, Hội Nông dân xã Mường Chà đã hỗ trợ 15 hộ hội viên phát triển mô hình chăn nuôi gà thịt theo hướng an toàn sinh học, bước đầu mang lại hiệu quả kinh tế.",
    blocks=[
        ("p", "Mỗi hộ tham gia mô hình được vay 50 triệu đồng trong thời hạn 3 năm với lãi suất ưu đãi; đồng thời được tập huấn kỹ thuật làm chuồng trại, chăm sóc, phòng bệnh cho gà. Các hộ tự đối ứng chuồng trại và một phần thức ăn."),
        ("p", "Gia đình anh Quàng Văn Phong ở bản Na Pheo là một trong những hộ tham gia đầu tiên. Sau hơn 4 tháng, anh đã xuất bán lứa gà đầu tiên gồm 600 con, trọng lượng bình quân 1,8 kg/con, thu lãi hơn 25 triệu đồng."),
        ("p", "“Trước đây gia đình nuôi gà thả vườn, chết nhiều vì dịch bệnh. Được Hội hướng dẫn làm chuồng, tiêm phòng đầy đủ nên gà lớn nhanh, ít bệnh”, anh Phong cho biết."),
        ("p", "Theo Chủ tịch Hội Nông dân xã Mường Chà Lò Thị Xuân, thời gian tới, Hội sẽ phối hợp với hợp tác xã trên địa bàn liên kết bao tiêu sản phẩm, đăng ký nhãn hiệu “Gà đồi Mường Chà” để nâng cao giá trị, nhân rộng mô hình ra các bản khác trong xã."),
    ])

A["j18"] = dict(
    platform="asp-classic", url="http://ldldhatinh.org.vn/tintuc/chitiet.asp?id=3317&cm=2",
    title="Công đoàn cơ sở doanh nghiệp tổ chức 126 hội nghị người lao động năm 2026",
    published_at="2026-11-12T00:00:00+07:00", author="Phạm Thị Hoa (Ban Tuyên giáo LĐLĐ tỉnh)",
    sapo=None,
    blocks=[
        ("p", "Tính đến hết tháng 10/2026, các công đoàn cơ sở trong doanh nghiệp trên địa bàn tỉnh Hà Tĩnh đã phối hợp với người sử dụng lao động tổ chức 126/138 hội nghị người lao động, đạt 91,3%. Hầu hết hội nghị được chuẩn bị chu đáo, đúng trình tự, bảo đảm quyền dân chủ của người lao động."),
        ("p", "Tại các hội nghị, người lao động đã thảo luận, đóng góp hơn 1.400 ý kiến về tiền lương, thưởng, chế độ ăn ca, điều kiện làm việc, an toàn vệ sinh lao động. Nhiều doanh nghiệp đã tiếp thu, điều chỉnh tăng mức ăn ca từ 25.000 đồng lên 30.000 đồng mỗi suất, bổ sung chế độ thưởng cuối năm."),
        ("p", "Qua hội nghị, 97 doanh nghiệp đã sửa đổi, bổ sung hoặc ký mới thỏa ước lao động tập thể với nhiều điều khoản có lợi hơn cho người lao động so với quy định của pháp luật."),
        ("p", "Tuy nhiên, vẫn còn 12 doanh nghiệp chưa tổ chức hội nghị người lao động, chủ yếu là doanh nghiệp nhỏ, lao động biến động thường xuyên. Liên đoàn Lao động tỉnh đã chỉ đạo các công đoàn cơ sở chủ động đề xuất, phối hợp tổ chức trước ngày 31/12/2026."),
    ])

A["j19"] = dict(
    platform="drupal", url="https://vinhlong.baohiemxahoi.gov.vn/hoi-dap/giai-dap-5-cau-hoi-thuong-gap-ve-bao-hiem-xa-hoi-tu-nguyen",
    title="Giải đáp 5 câu hỏi thường gặp về bảo hiểm xã hội tự nguyện",
    published_at="2026-11-21T08:00:00+07:00", author="Minh Châu",
    sapo="Thời gian qua, Bảo hiểm xã hội tỉnh Vĩnh Long nhận được nhiều câu hỏi của người dân về điều kiện tham gia, mức đóng, mức hỗ trợ của Nhà nước khi tham gia bảo hiểm xã hội tự nguyện. Dưới đây là giải đáp cho một số câu hỏi thường gặp.",
    blocks=[
        ("q", "Câu hỏi 1: Những ai được tham gia bảo hiểm xã hội tự nguyện?"),
        ("p", "Trả lời: Công dân Việt Nam từ đủ 15 tuổi trở lên và không thuộc đối tượng tham gia bảo hiểm xã hội bắt buộc thì được tham gia bảo hiểm xã hội tự nguyện, trừ trường hợp đang hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng hoặc trợ cấp hằng tháng."),
        ("q", "Câu hỏi 2: Mức đóng bảo hiểm xã hội tự nguyện được tính như thế nào?"),
        ("p", "Trả lời: Mức đóng hằng tháng bằng 22% mức thu nhập tháng do người tham gia lựa chọn. Mức thu nhập thấp nhất bằng mức chuẩn hộ nghèo khu vực nông thôn (hiện nay là 1.500.000 đồng) và cao nhất bằng 20 lần mức tham chiếu."),
        ("q", "Câu hỏi 3: Nhà nước hỗ trợ tiền đóng cho người tham gia như thế nào?"),
        ("p", "Trả lời: Người tham gia được Nhà nước hỗ trợ tiền đóng theo tỷ lệ phần trăm trên mức đóng tính theo mức chuẩn hộ nghèo khu vực nông thôn: 50% đối với người thuộc hộ nghèo, người đang sinh sống tại xã đảo, đặc khu; 40% đối với người thuộc hộ cận nghèo; 30% đối với người dân tộc thiểu số; 20% đối với các đối tượng khác."),
        ("q", "Câu hỏi 4: Có thể lựa chọn phương thức đóng nào?"),
        ("p", "Trả lời: Người tham gia được lựa chọn đóng hằng tháng, 3 tháng, 6 tháng, 12 tháng một lần hoặc đóng một lần cho nhiều năm về sau nhưng không quá 60 tháng; hoặc đóng một lần cho những năm còn thiếu để đủ điều kiện hưởng lương hưu."),
        ("q", "Câu hỏi 5: Tham gia bảo hiểm xã hội tự nguyện được hưởng những chế độ gì?"),
        ("p", "Trả lời: Người tham gia được hưởng chế độ hưu trí, tử tuất; từ năm 2025 được bổ sung trợ cấp thai sản 2.000.000 đồng cho mỗi con được sinh ra. Người có đủ 15 năm đóng trở lên khi đủ tuổi nghỉ hưu thì được hưởng lương hưu hằng tháng và được cấp thẻ bảo hiểm y tế miễn phí."),
        ("p", "Mọi thắc mắc về chính sách bảo hiểm xã hội, bảo hiểm y tế, người dân có thể liên hệ Tổng đài hỗ trợ khách hàng 1900 9068 hoặc cơ quan bảo hiểm xã hội nơi cư trú để được hướng dẫn."),
    ])

A["j20"] = dict(
    platform="custom-php", url="https://tuyengiaodanvan.angiang.org.vn/index.php?mod=news&act=detail&id=6642",
    title="An Giang: Tuyên dương 120 mô hình “Dân vận khéo” tiêu biểu năm 2026",
    published_at="2026-11-03T16:10:00+07:00", author="THU HÀ",
    sapo="Chiều 3/11, Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang tổ chức Hội nghị tuyên dương các mô hình, điển hình “Dân vận khéo” tiêu biểu năm 2026.",
    blocks=[
        ("p", "Năm 2026, phong trào thi đua “Dân vận khéo” tiếp tục được các cấp ủy, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong tỉnh triển khai sâu rộng. Toàn tỉnh có 2.316 mô hình “Dân vận khéo” được đăng ký và triển khai, trong đó có 1.027 mô hình thuộc lĩnh vực kinh tế, 684 mô hình về văn hóa - xã hội, 391 mô hình về quốc phòng - an ninh và 214 mô hình về xây dựng hệ thống chính trị."),
        ("p", "Nhiều mô hình mang lại hiệu quả thiết thực như: “Vận động hiến đất làm đường giao thông nông thôn” ở xã Vĩnh Thạnh Trung, “Tổ nhân dân tự quản phòng chống tội phạm” ở phường Châu Đốc, “Chợ phiên số” ở đặc khu Phú Quốc, “Sóc không ma túy” ở xã Tri Tôn."),
        ("p", "Phát biểu tại hội nghị, đồng chí Trần Thị Thanh Hương, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy đánh giá cao những cách làm sáng tạo của các tập thể, cá nhân; đồng thời đề nghị các địa phương tiếp tục nhân rộng mô hình hay, gắn phong trào “Dân vận khéo” với thực hiện các nhiệm vụ chính trị trọng tâm năm 2027."),
        ("p", "Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 35 tập thể, 42 cá nhân; Ban Tuyên giáo và Dân vận Tỉnh ủy tặng Giấy khen cho 43 mô hình “Dân vận khéo” tiêu biểu."),
    ])


# ---------------------------------------------------------------- templates
def body_gold(a):
    out = []
    if a.get("sapo"):
        out.append(a["sapo"])
    out.extend(gold_of(a["blocks"]))
    return out


def news_footer(name, addr, lic, extra=""):
    return ('<footer class="site-footer"><div class="container"><div class="f-logo">%s</div>'
            '<p>Cơ quan chủ quản: %s</p><p>%s</p><p>%s</p>%s'
            '<p class="copyright">© Bản quyền thuộc về %s. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></footer>') % (
        e(name), e(name), e(addr), e(lic), extra, e(name))


def p_j01(rng, a):
    base = "https://kinhteviet.vn"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["sapo"],
          "datePublished": "2026-11-18T06:12:40+07:00", "dateModified": "2026-11-18T07:30:02+07:00",
          "author": {"@type": "Person", "name": "Minh Phương"}, "publisher": {"@type": "Organization", "name": "Báo Kinh tế Việt"},
          "mainEntityOfPage": a["url"]}
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | Báo Kinh tế Việt</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{a_(a['sapo'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{a_(a['title'])}">
<meta property="article:published_time" content="2026-11-18T06:12:40+07:00">
<meta property="article:modified_time" content="2026-11-18T07:30:02+07:00">
<meta property="article:section" content="Kinh tế">
<link rel="canonical" href="{a['url']}">
<link rel="stylesheet" href="/static/css/main.min.css?v=20261102">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
{ga(rng)}
<style>.top-bar{{font-size:12px}}.detail-sapo{{font-weight:700}}.box-tinmoi li{{margin:4px 0}}</style>
</head>
<body class="page-detail">
<div class="top-bar"><div class="container"><span class="today">Chủ nhật, 22/11/2026</span> <a href="/rss">RSS</a> <a href="/lien-he">Liên hệ tòa soạn</a> <a href="/quang-cao">Quảng cáo</a> <span class="hotline">Đường dây nóng: 0912 345 678</span></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/static/img/logo.svg" alt="Báo Kinh tế Việt"></a>
<form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm"><button>Tìm</button></form></div>
<nav class="main-nav">{menu(NEWS_MENU, base, "nav-list", "nav-sub")}</nav></header>
<div class="ads ads-top"><a href="/qc/redirect?id=771"><img src="/qc/banner-970x90.jpg" alt="Quảng cáo"></a></div>
<main class="container detail">
<div class="row"><div class="col-main">
<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/kinh-te/thi-truong">Thị trường</a></li></ul>
<article class="article-detail">
<h1 class="detail-title">{e(a['title'])}</h1>
<div class="detail-meta"><span class="author"><a href="/tac-gia/minh-phuong">Minh Phương</a></span> <span class="sep">|</span> <span class="time">18/11/2026 06:12 GMT+7</span> <span class="views">2.841 lượt xem</span></div>
{share_tools(a['url'])}
<h2 class="detail-sapo">{e(a['sapo'])}</h2>
<div class="detail-content" id="content">
{render(a['blocks'], 'news', rng)}
</div>
<div class="tags"><span>Từ khóa:</span> <a href="/tag/xuat-khau">xuất khẩu</a> <a href="/tag/can-can-thuong-mai">cán cân thương mại</a> <a href="/tag/nong-san">nông sản</a></div>
<div class="rating">Bạn thấy bài viết thế nào? <button>Hữu ích</button> <button>Chưa hữu ích</button></div>
</article>
<section class="box-cungchuyenmuc"><h3>Tin cùng chuyên mục</h3><ul>{li_news(rng, 10, base + '/kinh-te')}</ul></section>
{comments_block(rng, 3)}
</div>
<aside class="col-side">
<div class="ads"><img src="/qc/300x250-vietinbank.jpg" alt="Quảng cáo"></div>
<section class="box-tinmoi"><h3>Tin mới</h3><ul>{li_news(rng, 12, base, '{hh:02d}:{mm:02d} {d:02d}/11')}</ul></section>
<section class="box-docnhieu"><h3>Đọc nhiều</h3><ol>{li_news(rng, 8, base)}</ol></section>
<section class="box-video"><h3>Video</h3><ul>{li_news(rng, 5, base + '/video')}</ul></section>
</aside></div>
</main>
{news_footer('Báo Kinh tế Việt', 'Tòa soạn: Số 18 phố Nguyễn Chí Thanh, phường Láng, Hà Nội. Điện thoại: 024.3771 2345', 'Giấy phép hoạt động báo điện tử số 112/GP-BVHTTDL ngày 14/3/2024. Tổng Biên tập: Nguyễn Văn Khải')}
{js_blob(rng, 60)}
<script src="/static/js/app.min.js?v=20261102"></script>
</body>
</html>
"""


def p_j02(rng, a):
    base = "https://baotuyenquang.com.vn"
    blocks = render(a['blocks'], 'news', rng, "/wp-content/uploads/2026/11")
    return f"""<!DOCTYPE html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a['title'])} - Báo và Phát thanh, Truyền hình Tuyên Quang</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:locale" content="vi_VN">
<meta property="og:title" content="{a_(a['title'])}">
<meta property="og:description" content="{a_(a['sapo'])}">
<link rel="stylesheet" id="td-theme-css" href="{base}/wp-content/themes/newspaper/style.css?ver=12.6.8" media="all">
<link rel="stylesheet" id="wp-block-library-css" href="{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.8.3" media="all">
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
{ga(rng)}
</head>
<body class="post-template-default single single-post postid-224517 single-format-standard td-standard-pack">
<div class="td-header-top-menu"><div class="td-header-sp-top-menu"><div class="td_data_time">Chủ Nhật, 22/11/2026</div>
<ul class="top-header-menu"><li><a href="{base}/gioi-thieu/">Giới thiệu</a></li><li><a href="{base}/lien-he/">Liên hệ</a></li><li><a href="{base}/truyen-hinh-truc-tiep/">Truyền hình trực tiếp</a></li><li><a href="{base}/phat-thanh/">Phát thanh</a></li></ul></div></div>
<div class="td-header-menu-wrap"><div class="td-header-logo"><a href="{base}/"><img src="{base}/wp-content/uploads/2025/07/logo-tq.png" alt="Báo và Phát thanh, Truyền hình Tuyên Quang"></a></div>
{menu(NEWS_MENU[:9], base, "sf-menu", "sub-menu")}</div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a href="{base}/">Trang chủ</a></span> <i class="td-icon-right"></i> <span><a href="{base}/kinh-te/">Kinh tế</a></span> <i class="td-icon-right"></i> <span><a href="{base}/kinh-te/nong-nghiep/">Nông nghiệp</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">
<article id="post-224517" class="post-224517 post type-post status-publish">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="{base}/kinh-te/nong-nghiep/">Nông nghiệp</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{e(a['title'])}</h1>
<div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date">Thứ Bảy, 14/11/2026 - 07:15</time></span> <div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-224517">1.205</span></div></div></header></div>
<div class="td-post-sharing-top">{share_tools(a['url'])}</div>
<div class="td-post-content tagdiv-type">
<p class="sapo"><strong>{e(a['sapo'])}</strong></p>
{blocks}
<p style="text-align: right;"><strong>HOÀNG GIANG</strong></p>
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="{base}/tag/cam-sanh/">cam sành</a></li><li><a href="{base}/tag/ham-yen/">Hàm Yên</a></li><li><a href="{base}/tag/ocop/">OCOP</a></li></ul></div></footer>
</article>
<div class="td_block_related_posts"><h4 class="td-related-title">Bài viết liên quan</h4><ul>{li_news(rng, 6, base + '/kinh-te')}</ul></div>
{comments_block(rng, 2)}
</div></div>
<div class="td-pb-span4 td-main-sidebar"><aside class="widget"><h4 class="block-title">Tin mới nhất</h4><ul>{li_news(rng, 10, base)}</ul></aside>
<aside class="widget"><h4 class="block-title">Xem nhiều</h4><ul>{li_news(rng, 8, base)}</ul></aside>
<aside class="widget"><h4 class="block-title">Lịch phát sóng</h4><ul><li>05:30 Chào buổi sáng</li><li>06:00 Thời sự sáng</li><li>11:30 Thời sự trưa</li><li>19:45 Thời sự tối</li><li>20:30 Phim truyện: Đất rừng</li></ul></aside></div>
</div></div></div>
<div class="td-footer-wrapper">{news_footer('Báo và Phát thanh, Truyền hình Tuyên Quang', 'Địa chỉ: Số 4, đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang. Điện thoại: 0207.3822 468', 'Giấy phép số 85/GP-BVHTTDL ngày 28/7/2025 của Bộ Văn hóa, Thể thao và Du lịch')}</div>
<script type="speculationrules">{{"prefetch":[{{"source":"document","where":{{"href_matches":"/*"}},"eagerness":"conservative"}}]}}</script>
<script src="{base}/wp-content/themes/newspaper/js/tagdiv_theme.min.js?ver=12.6.8" id="td-site-min-js"></script>
{js_blob(rng, 40, "tdBlocksArray")}
</body>
</html>
"""


def p_j03(rng, a):
    base = "https://taynguyenonline.vn"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": "2026-11-20T09:05:33+07:00", "dateModified": "2026-11-20T10:41:18+07:00",
          "author": [{"@type": "Person", "name": "Thanh Hà"}]}
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} - Tây Nguyên Online</title>
<meta name="description" content="{a_(a['sapo'])}">
<meta name="author" content="Tây Nguyên Online">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/assets/css/bootstrap.min.css"><link rel="stylesheet" href="/assets/css/site.css?v=3.4">
{ga(rng)}
</head>
<body>
<div class="header-top"><div class="container d-flex"><span class="date-now">Chủ nhật, ngày 22/11/2026</span><span class="weather">Buôn Ma Thuột 19°C - 27°C</span></div></div>
<header class="container"><a href="/" class="logo">TÂY NGUYÊN ONLINE</a><div class="slogan">Thông tin nhanh - chính xác - tin cậy</div></header>
<nav class="navbar navbar-expand-lg">{menu(NEWS_MENU, base, "navbar-nav", "dropdown-menu")}</nav>
<div class="container"><div class="row">
<div class="col-lg-8">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/kinh-te">Kinh tế</a></li></ol></nav>
<div class="post-detail">
<h1 class="post-title">{e(a['title'])}</h1>
<div class="post-meta d-flex"><div class="post-author"><img src="/assets/img/avatar.png" alt=""> <a href="/tac-gia/thanh-ha" rel="author">Thanh Hà</a></div><div class="post-date"><i class="far fa-clock"></i> 20/11/2026 09:05</div></div>
{share_tools(a['url'])}
<div class="post-sapo">{e(a['sapo'])}</div>
<div class="post-content">
{render(a['blocks'], 'news', rng)}
<p class="source" style="text-align:right"><em>Nguồn: Báo và Phát thanh, Truyền hình Đắk Lắk</em></p>
</div>
<div class="post-tags">Tags: <a href="/tag/ca-phe">cà phê</a>, <a href="/tag/dak-lak">Đắk Lắk</a>, <a href="/tag/gia-ca-phe">giá cà phê</a></div>
</div>
<div class="box-same"><div class="box-title">Cùng chuyên mục</div><ul>{li_news(rng, 8, base + '/kinh-te')}</ul></div>
{comments_block(rng, 1)}
</div>
<div class="col-lg-4 sidebar">
<div class="widget"><div class="widget-title">Tin nổi bật</div><ul>{li_news(rng, 6, base)}</ul></div>
<div class="widget"><div class="widget-title">Giá nông sản hôm nay</div><table class="price"><tr><td>Cà phê nhân xô</td><td>121.500 đ/kg</td></tr><tr><td>Hồ tiêu</td><td>146.000 đ/kg</td></tr><tr><td>Sầu riêng Ri6</td><td>68.000 đ/kg</td></tr></table></div>
<div class="widget"><div class="widget-title">Đọc nhiều nhất</div><ul>{li_news(rng, 8, base)}</ul></div>
</div></div></div>
{news_footer('Tây Nguyên Online', 'Địa chỉ: 45 Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk. Email: toasoan@taynguyenonline.vn', 'Giấy phép thiết lập trang thông tin điện tử tổng hợp số 27/GP-TTĐT ngày 02/4/2025')}
{js_blob(rng, 30, "siteData")}
</body>
</html>
"""


def p_j04(rng, a):
    base = "https://lyluanthuctien.vn"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{e(a['title'])}</title>
<meta name="keywords" content="Mặt trận Tổ quốc, giám sát, phản biện xã hội, chính quyền hai cấp">
<meta property="article:published_time" content="2026-11-10T08:30:00+07:00">
<link href="/Content/css/magazine.css?v=2" rel="stylesheet">
<script src="/Scripts/jquery-3.6.0.min.js"></script>
{ga(rng)}
</head>
<body>
<div id="wrapper">
<div class="top-line"><div class="container"><span>Chủ Nhật, 22/11/2026</span></div></div>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/Content/images/logo-tc.png" alt="Tạp chí Lý luận và Thực tiễn"></a>
<div class="issue-info">Cơ quan lý luận, nghiên cứu khoa học chính trị</div></div></div>
<div class="menu-main">{menu([("Trang chủ", []), ("Nghiên cứu", ["Lý luận", "Thực tiễn", "Trao đổi"]), ("Thời sự - Chính trị", []), ("Xây dựng Đảng", []), ("Dân vận", []), ("Kinh tế - Xã hội", []), ("Văn hóa", []), ("Quốc tế", []), ("Số tạp chí in", []), ("Tra cứu", [])], base, "menu-top", "menu-sub")}</div>
<div class="container main"><div class="col-left">
<div class="path"><a href="/">Trang chủ</a> » <a href="/nghien-cuu">Nghiên cứu</a></div>
<div class="news-detail">
<h1 class="title">{e(a['title'])}</h1>
<div class="info"><span class="date">Thứ ba, 10/11/2026 08:30</span> <span class="view">Lượt xem: 1.372</span> <a class="print" href="?print=1">In bài</a></div>
<div class="author-box"><div class="author-name">TS. Nguyễn Thị Thu Hằng</div><div class="author-unit">Học viện Chính trị khu vực III</div></div>
<div class="sapo"><p><strong>{e(a['sapo'])}</strong></p></div>
<div class="content">
{render(a['blocks'], 'strongp', rng, '/Uploads/2026/11')}
</div>
<div class="keyword">Từ khóa: <a href="/tag/mat-tran-to-quoc">Mặt trận Tổ quốc</a>; <a href="/tag/giam-sat">giám sát</a>; <a href="/tag/phan-bien-xa-hoi">phản biện xã hội</a></div>
</div>
<div class="other-news"><h3>Các bài viết khác</h3><ul>{li_news(rng, 12, base + '/nghien-cuu', '({d:02d}/11/2026)')}</ul></div>
</div>
<div class="col-right"><div class="box"><div class="box-title">Số mới phát hành</div><p>Số 21 (11/2026)</p><img src="/Uploads/bia-so-21.jpg" alt="Bìa số 21"></div>
<div class="box"><div class="box-title">Đọc nhiều</div><ul>{li_news(rng, 10, base)}</ul></div></div></div>
<div class="footer"><div class="container"><p>TẠP CHÍ LÝ LUẬN VÀ THỰC TIỄN</p><p>Giấy phép xuất bản số 331/GP-BVHTTDL ngày 21/6/2024. Tổng Biên tập: PGS.TS. Lê Văn Định</p><p>Địa chỉ: 135 Nguyễn Phong Sắc, phường Nghĩa Đô, Hà Nội. Điện thoại: 024.6275 3311</p></div></div>
</div>
{js_blob(rng, 25)}
</body>
</html>
"""


def p_j05(rng, a):
    base = "https://tintucthudo.vn"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{e(a['title'])}</title>
<meta property="article:published_time" content="2026-11-19T16:48:00+07:00">
<meta property="article:modified_time" content="2026-11-19T17:20:00+07:00">
<meta name="description" content="{a_(a['sapo'])}">
<link rel="stylesheet" href="https://static.tintucthudo.vn/css/detail.css?v=41">
{ga(rng)}
</head>
<body>
<div id="top"><div class="wrap"><span class="ngay">Chủ nhật, 22/11/2026</span> <a href="/dang-nhap">Đăng nhập</a> <a href="/dang-ky">Đăng ký</a></div></div>
<div id="header"><div class="wrap"><a href="/" id="logo">Tin tức Thủ đô</a><div class="hotnews"><b>Nóng:</b> <a href="/event/ky-hop-hdnd">Kỳ họp HĐND thành phố</a> <a href="/event/vanh-dai-4">Vành đai 4</a> <a href="/event/gia-vang">Giá vàng</a></div></div></div>
<div id="menu"><div class="wrap">{menu(NEWS_MENU, base, "mnu", "mnu-sub")}</div></div>
<div id="content" class="wrap"><div class="colleft">
<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/giao-thong">Giao thông</a></div>
<div class="detail">
<h1 class="detail__title">{e(a['title'])}</h1>
<div class="detail__meta"><span class="detail__time">Thứ năm, 19/11/2026 - 16:48</span> <span class="detail__update">Cập nhật: 19/11/2026 - 17:20</span></div>
<div class="detail__sapo">{e(a['sapo'])}</div>
<div class="maincontent" data-role="content">
{render(a['blocks'], 'news', rng, 'https://image.tintucthudo.vn/2026/11/19')}
<p style="text-align:right"><strong>Tin, ảnh: Quốc Việt</strong></p>
</div>
{share_tools(a['url'])}
<div class="tags"><a href="/tag/cau-vuot">#cầu vượt</a> <a href="/tag/un-tac-giao-thong">#ùn tắc giao thông</a></div>
</div>
<div class="box-more"><div class="box-more__title">Tin khác</div><ul>{li_news(rng, 12, base + '/giao-thong', '{hh:02d}:{mm:02d} {d:02d}/11/2026')}</ul></div>
{comments_block(rng, 2)}
</div>
<div class="colright"><div class="box"><h3>Tin mới</h3><ul>{li_news(rng, 10, base)}</ul></div><div class="box"><h3>Tin đọc nhiều</h3><ul>{li_news(rng, 10, base)}</ul></div>
<div class="box ads"><img src="/qc/300x600.jpg" alt="qc"></div></div></div>
{news_footer('Tin tức Thủ đô', 'Tòa soạn: 29 Hàng Bài, phường Hoàn Kiếm, Hà Nội. ĐT: 024.3825 6789', 'Giấy phép số 231/GP-BVHTTDL. Chịu trách nhiệm nội dung: Tổng Biên tập Trần Hữu Nghĩa')}
{js_blob(rng, 35)}
</body>
</html>
"""


def p_j06(rng, a):
    base = "https://baothanhhoa.vn"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} - Báo và Phát thanh, Truyền hình Thanh Hóa</title>
<meta name="description" content="{a_(a['sapo'])}">
<link rel="stylesheet" href="/themes/tth/css/style.css?v=12">
<script src="/themes/tth/js/hls.min.js"></script>
{ga(rng)}
</head>
<body>
<div class="topbar"><div class="container"><span class="current-date">Chủ Nhật, 22/11/2026</span> <a href="/truc-tuyen/ttv">TTV trực tuyến</a> <a href="/truc-tuyen/phat-thanh">Nghe phát thanh</a> <a href="/bao-in">Báo in</a></div></div>
<header><div class="container"><a href="/" class="logo">Báo và Phát thanh, Truyền hình Thanh Hóa</a></div>
<nav class="container">{menu(NEWS_MENU[:10], base, "main-menu", "submenu")}</nav></header>
<div class="container"><div class="row">
<div class="col-md-8">
<div class="breadcrumbs"><a href="/">Trang chủ</a> › <a href="/thoi-su">Thời sự</a></div>
<div class="article">
<h1 class="article__title">{e(a['title'])}</h1>
<div class="article__meta"><span class="article__author">Tin: Hồng Nhung - Quay phim: Văn Tuấn</span> <span class="article__date">08:45, 17/11/2026</span></div>
<div class="article__video"><video id="player" controls poster="/uploads/video/2026/11/17/tiem-soi.jpg" preload="none"><source src="https://media.baothanhhoa.vn/vod/2026/11/17/tiem-soi/index.m3u8" type="application/x-mpegURL">Trình duyệt của bạn không hỗ trợ phát video.</video><div class="player-bar"><span class="duration">02:47</span></div></div>
<div class="article__sapo"><strong>{e(a['sapo'])}</strong></div>
<div class="article__body">
{render(a['blocks'], 'news', rng)}
</div>
<div class="article__tools">{share_tools(a['url'])}</div>
</div>
<div class="related"><h3>Tin liên quan</h3><ul>{li_news(rng, 5, base + '/thoi-su')}</ul></div>
<div class="box-category"><h3>Thời sự</h3><ul>{li_news(rng, 10, base + '/thoi-su', '{hh:02d}:{mm:02d}, {d:02d}/11/2026')}</ul></div>
</div>
<div class="col-md-4"><div class="box"><h3>Lịch phát sóng TTV</h3><ul><li>06:00 - Thời sự buổi sáng</li><li>11:30 - Thời sự trưa</li><li>18:00 - Thanh Hóa ngày mới</li><li>19:45 - Thời sự tối</li></ul></div>
<div class="box"><h3>Tin đọc nhiều</h3><ul>{li_news(rng, 10, base)}</ul></div></div></div></div>
{news_footer('Báo và Phát thanh, Truyền hình Thanh Hóa', 'Địa chỉ: 57 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa. Điện thoại: 0237.3852 313', 'Giấy phép hoạt động báo điện tử số 72/GP-BVHTTDL ngày 11/8/2025')}
{js_blob(rng, 30)}
</body>
</html>
"""


def p_j07(rng, a):
    base = "https://thanhnienviet.vn"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | Thanh Niên Việt</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{a_(a['title'])}">
<link rel="preload" as="font" href="/fonts/Merriweather.woff2" crossorigin>
<link rel="stylesheet" href="/dist/site.8c1f2.css">
{ga(rng)}
</head>
<body>
<header class="hdr"><div class="hdr__top"><time class="hdr__date">Chủ nhật, 22/11/2026</time><a href="/thanh-nien-tv">TNV TV</a><a href="/bao-in">Báo in</a></div>
<div class="hdr__logo"><a href="/">THANH NIÊN VIỆT</a></div>
<nav class="hdr__nav">{menu(NEWS_MENU, base, "nav", "nav__sub")}</nav></header>
<main class="detail-page"><div class="container">
<div class="detail-cate"><a href="/thoi-su">Thời sự</a> <a href="/thoi-su/doan-hoi">Đoàn - Hội</a></div>
<article class="detail">
<h1 class="detail-title" data-role="title">{e(a['title'])}</h1>
<div class="detail-info"><div class="detail-author"><a href="/tac-gia/le-hoang-1182.htm" class="name">Lê Hoàng</a></div><div class="detail-time"><time datetime="2026-11-15T19:02:00+07:00">Chủ nhật, 15/11/2026 19:02 (GMT+7)</time></div></div>
{share_tools(a['url'])}
<h2 class="detail-sapo" data-role="sapo">{e(a['sapo'])}</h2>
<div class="detail-cmain" data-role="content">
{render(a['blocks'], 'news', rng)}
</div>
<div class="detail-tags">{" ".join('<a href="/tim-kiem?q=%s">%s</a>' % (slug(t), e(t)) for t in ['giải chạy', 'biển đảo', 'Tỉnh đoàn Khánh Hòa'])}</div>
</article>
<section class="box-relate"><h3>Xem thêm</h3><ul>{li_news(rng, 8, base + '/thoi-su')}</ul></section>
{comments_block(rng, 4)}
<aside><section><h3>Mới nhất</h3><ul>{li_news(rng, 15, base, '{hh:02d}:{mm:02d} - {d:02d}/11')}</ul></section>
<section><h3>Đọc nhiều</h3><ul>{li_news(rng, 10, base)}</ul></section></aside>
</div></main>
{news_footer('Báo Thanh Niên Việt', 'Trụ sở: 268 Nguyễn Đình Chiểu, phường Xuân Hòa, TP Hồ Chí Minh', 'Giấy phép số 418/GP-BTTTT ngày 30/9/2022. Tổng Biên tập: Vũ Đình Quân')}
{js_blob(rng, 40, "__APP_CFG__")}
</body>
</html>
"""


def p_j08(rng, a):
    base = "https://anninhxahoi.vn"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{e(a['title'])}</title>
<meta name="description" content="{a_(a['sapo'])}">
<link rel="stylesheet" href="/css/all.css?v=7">
{ga(rng)}
</head>
<body>
<div class="header"><div class="inner"><div class="date-now">Chủ nhật, ngày 22 tháng 11 năm 2026</div>
<a href="/" class="logo"><img src="/img/logo-anxh.png" alt="An ninh xã hội"></a>
<div class="hotline">Đường dây nóng tố giác tội phạm: 069.2345.678</div></div>
<div class="nav">{menu([("Trang chủ", []), ("An ninh trật tự", ["Điều tra", "Hồ sơ vụ án", "Cảnh báo"]), ("Pháp luật", ["Văn bản mới", "Hỏi đáp pháp luật"]), ("Giao thông", []), ("Xây dựng lực lượng", []), ("Phòng cháy chữa cháy", []), ("Phóng sự ảnh", []), ("Video", [])], base, "mainnav", "subnav")}</div></div>
<div class="container">
<div class="main-col">
<div class="crumb"><a href="/">Trang chủ</a> › <a href="/canh-bao">Cảnh báo</a></div>
<div class="article">
<div class="article-header"><span class="kicker">CẢNH BÁO</span>
<h1>{e(a['title'])}</h1>
<div class="meta">13/11/2026 | 10:35 GMT+7 <span class="view">| 5.932 lượt xem</span></div></div>
<div class="lead"><p>{e(a['sapo'])}</p></div>
<div class="body-text">
{render(a['blocks'], 'news', rng)}
<p style="text-align:right"><strong>Đại úy Lê Văn Hùng - Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao</strong></p>
</div>
{share_tools(a['url'])}
</div>
<div class="samecat"><h3>Các tin khác</h3><ul>{li_news(rng, 12, base + '/canh-bao', '({d:02d}/11/2026)')}</ul></div>
</div>
<div class="side-col"><div class="box"><h3>Tin mới</h3><ul>{li_news(rng, 10, base)}</ul></div>
<div class="box"><h3>Số điện thoại tiếp nhận tin báo</h3><p>Trực ban Công an tỉnh: 069.2345.678</p><p>Cảnh sát 113 - Cứu hỏa 114 - Cấp cứu 115</p></div></div>
</div>
{news_footer('Chuyên trang An ninh xã hội', 'Địa chỉ: 92 Nguyễn Du, phường Hai Bà Trưng, Hà Nội', 'Giấy phép số 66/GP-TTĐT ngày 15/5/2025')}
{js_blob(rng, 30)}
</body>
</html>
"""


def p_j09(rng, a):
    base = "https://nongnghiepxanh.vn"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} - Nông nghiệp Xanh</title>
<meta name="description" content="{a_(a['sapo'])}">
<link rel="stylesheet" href="/css/nnx.min.css?v=2026.10">
{ga(rng)}
</head>
<body>
<div class="topline"><div class="wrapper"><span class="today">Chủ nhật 22-11-2026</span><a href="/tap-chi-in">Tạp chí in</a><a href="/dat-bao">Đặt mua tạp chí</a></div></div>
<div class="header wrapper"><a class="logo" href="/">Tạp chí Nông nghiệp Xanh</a></div>
<div class="menu wrapper">{menu([("Thời sự", []), ("Khuyến nông", ["Trồng trọt", "Chăn nuôi", "Thủy sản"]), ("Nông thôn mới", []), ("Thị trường", ["Giá cả", "Xuất khẩu"]), ("Khoa học công nghệ", []), ("Môi trường", []), ("OCOP", []), ("Nhà nông", [])], base, "menu-list", "menu-sub")}</div>
<div class="wrapper content-wrap"><div class="content-left">
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/khuyen-nong">Khuyến nông</a> » <a href="/khuyen-nong/thuy-san">Thủy sản</a></div>
<div class="news-detail">
<h1>{e(a['title'])}</h1>
<div class="detail-time">Ngày đăng: 11-11-2026 14:20:07</div>
<div class="sapo"><b>{e(a['sapo'])}</b></div>
<div class="detail-content">
{render(a['blocks'], 'tablecap', rng, '/Images/2026/11/11')}
<p style="text-align:right"><strong>Bài và ảnh: Phạm Hiếu</strong></p>
</div>
{share_tools(a['url'])}
<div class="other"><div class="title">Tin cùng chuyên mục</div><ul>{li_news(rng, 10, base + '/khuyen-nong')}</ul></div>
</div></div>
<div class="content-right"><div class="block"><div class="title">Giá nông sản</div><ul><li>Lúa ST25: 9.800 đ/kg</li><li>Tôm sú 30 con/kg: 265.000 đ/kg</li><li>Heo hơi: 61.000 đ/kg</li></ul></div>
<div class="block"><div class="title">Tin đọc nhiều</div><ul>{li_news(rng, 10, base)}</ul></div></div></div>
{news_footer('Tạp chí Nông nghiệp Xanh', 'Tòa soạn: 14 Ngô Quyền, phường Cửa Nam, Hà Nội', 'Giấy phép hoạt động tạp chí điện tử số 55/GP-BVHTTDL ngày 10/2/2025')}
{js_blob(rng, 25)}
</body>
</html>
"""


def p_j10(rng, a):
    base = "https://vovtaybac.vn"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | VOV Tây Bắc</title>
<meta name="description" content="{a_(a['sapo'])}">
<link rel="stylesheet" href="/themes/vovtb/css/main.css">
{ga(rng)}
</head>
<body>
<div class="header"><div class="container"><div class="date">Chủ nhật, 22/11/2026</div><a href="/" class="logo">VOV Tây Bắc - Cơ quan thường trú Đài Tiếng nói Việt Nam khu vực Tây Bắc</a>
<div class="listen"><a href="/nghe-truc-tuyen">Nghe trực tuyến VOV1 | VOV2 | VOV4 Dân tộc</a></div></div>
<nav>{menu([("Thời sự", []), ("Kinh tế", []), ("Xã hội", []), ("Văn hóa", []), ("Dân tộc - Miền núi", []), ("Phát thanh tiếng dân tộc", ["Tiếng Thái", "Tiếng Mông", "Tiếng Dao"]), ("Podcast", [])], base, "menu", "sub")}</nav></div>
<div class="container main"><div class="left">
<div class="cat"><a href="/xa-hoi">Xã hội</a></div>
<div class="article">
<h1 class="article-title">{e(a['title'])}</h1>
<div class="article-meta"><span class="time">Thứ Sáu, 06:30, 20/11/2026</span></div>
<div class="article-sapo"><p>{e(a['sapo'])}</p></div>
<div class="audio-player"><audio controls src="https://media.vovtaybac.vn/audio/2026/11/20/phong-chong-ret.mp3"></audio><span class="audio-title">Nghe nội dung</span></div>
<div class="article-body">
{render(a['blocks'], 'news', rng)}
</div>
<div class="article-author" style="text-align:right"><strong>Văn Sơn/VOV-Tây Bắc</strong></div>
{share_tools(a['url'])}
</div>
<div class="related"><h3>Tin liên quan</h3><ul>{li_news(rng, 4, base + '/xa-hoi')}</ul></div>
</div>
<div class="right"><div class="box"><h3>Tin mới</h3><ul>{li_news(rng, 10, base, '{hh:02d}:{mm:02d}, {d:02d}/11/2026')}</ul></div>
<div class="box"><h3>Podcast</h3><ul>{li_news(rng, 5, base + '/podcast')}</ul></div></div></div>
{news_footer('Đài Tiếng nói Việt Nam - Cơ quan thường trú khu vực Tây Bắc', 'Địa chỉ: Tổ 2, phường Tô Hiệu, tỉnh Sơn La. Điện thoại: 0212.3852 101', 'Giấy phép số 1432/GP-BTTTT')}
{js_blob(rng, 20)}
</body>
</html>
"""


def gov_footer(org, addr, phone, lic):
    return ('<div class="footer"><div class="footer-inner"><p class="f-title">%s</p><p>Địa chỉ: %s</p><p>Điện thoại: %s</p>'
            '<p>%s</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin điện tử này.</p>'
            '<p class="counter">Đang truy cập: %d - Tổng lượt truy cập: %s</p></div></div>') % (e(org), e(addr), e(phone), e(lic), 0, "0")


def gov_footer_r(rng, org, addr, phone, lic):
    s = gov_footer(org, addr, phone, lic)
    return s.replace("Đang truy cập: 0 - Tổng lượt truy cập: 0", "Đang truy cập: %d - Tổng lượt truy cập: %s" % (
        rng.randint(40, 900), "{:,}".format(rng.randint(2_000_000, 40_000_000)).replace(",", ".")))


def sharepoint_head(title, extra=""):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint"><meta http-equiv="Content-type" content="text/html; charset=utf-8"><meta http-equiv="X-UA-Compatible" content="IE=10">
<title>
\t{e(title)}
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2Vq4CEHvdK%2BaPY6Ogr7dNw%3D%3D">
<link rel="stylesheet" type="text/css" href="/Style%20Library/TanDan/css/portal.css">
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZjLl6jqIiklw0sQz0vHXOg%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=nv7asgRUU0tRmHNR2D6t1HtElRY&amp;t=ffffffffe6692ee7"></script>
{extra}
</head>"""


def p_j11(rng, a):
    base = "https://khanhhoa.gov.vn"
    big_menu = []
    for top, subs in GOV_MENU:
        big_menu.append((top, subs + ["%s %s" % (s, p) for s in subs[:2] for p in PLACES[:6]]))
    depts = ["Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng", "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ",
             "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch", "Sở Tư pháp", "Sở Dân tộc và Tôn giáo", "Thanh tra tỉnh", "Văn phòng UBND tỉnh"]
    dept_html = "".join('<li><a href="https://%s.khanhhoa.gov.vn">%s</a></li>' % (slug(d).replace("-", ""), e(d)) for d in depts)
    vs = viewstate(rng, 44000)
    return sharepoint_head("Tạm dừng Hệ thống thông tin giải quyết thủ tục hành chính tỉnh để nâng cấp") + f"""
<body onload="if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form method="post" action="./chitiettin.aspx?IDNews=48217" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="">
<input type="hidden" name="wpcmVal" id="wpcmVal" value="">
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{''.join(rng.choice('0123456789ABCDEF') for _ in range(128))},22 Nov 2026 01:17:45 -0000">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIUD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgB{vs}">
</div>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;var g_wsaEnabled = false;var g_correlationId = '{''.join(rng.choice('0123456789abcdef') for _ in range(8))}-c0de-40f7-8a9e-5d2ab6a1f0c3';
var _spPageContextInfo = {{webServerRelativeUrl: "\\u002f", webAbsoluteUrl: "https:\\u002f\\u002fkhanhhoa.gov.vn", siteAbsoluteUrl: "https:\\u002f\\u002fkhanhhoa.gov.vn", serverRequestPath: "\\u002fPages\\u002fchitiettin.aspx", layoutsUrl: "_layouts\\u002f15", webTitle: "C\\u1ED5ng th\\u00F4ng tin \\u0111i\\u1EC7n t\\u1EED t\\u1EC9nh Kh\\u00E1nh H\\u00F2a", webTemplate: "53", currentLanguage: 1066, currentUICultureName: "vi-VN"}};
//]]>
</script>
{js_blob(rng, 220, "g_TanDanMenuData")}
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="tdn-header"><div class="tdn-topbar"><span class="tdn-date">Chủ nhật, ngày 22/11/2026</span> <a href="/Pages/sitemap.aspx">Sơ đồ cổng</a> | <a href="/Pages/lienhe.aspx">Liên hệ</a> | <a href="/en">English</a> | <a href="/_layouts/15/Authenticate.aspx">Đăng nhập</a></div>
<div class="tdn-banner"><img src="/PublishingImages/banner-2026.png" alt="Cổng thông tin điện tử tỉnh Khánh Hòa"><div class="tdn-slogan">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA</div></div>
<div class="tdn-search"><input type="text" title="Tìm kiếm" placeholder="Nhập từ khóa tìm kiếm..."> <a href="/Pages/timkiem.aspx">Tìm kiếm nâng cao</a></div>
<div class="tdn-megamenu">{menu(big_menu, base + '/Pages', 'mega', 'mega-col')}</div>
<div class="tdn-mobilemenu" style="display:none">{menu(big_menu, base + '/m', 'm-menu', 'm-sub')}</div>
<div class="tdn-marquee"><marquee scrollamount="3">Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) *** Tích cực tham gia Cuộc thi trực tuyến tìm hiểu Luật Dữ liệu năm 2026 ***</marquee></div>
</div>
<div class="tdn-body"><div class="tdn-left">
<div class="tdn-breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/Pages/tin-tuc.aspx">Tin tức - Sự kiện</a> &gt; <a href="/Pages/thong-bao.aspx">Thông báo</a></div>
<div id="ctl00_PlaceHolderMain_ctl00_pnlNewsDetail" class="news-detail">
<div class="ms-rtestate-field">
<h1 class="NewsTitle">{e(a['title'])}</h1>
<div class="NewsDate">16/11/2026&nbsp; 3:40 CH</div>
<div class="NewsToolbar"><a href="javascript:window.print()">In trang</a> | <a href="#">Gửi email</a> | <a href="#" class="zoomin">Phóng to</a> | <a href="#" class="zoomout">Thu nhỏ</a></div>
<div class="NewsBody">
{render(a['blocks'], 'div', rng, '/PublishingImages/2026/11')}
<div style="text-align:right"><em>Nguồn tin: Trung tâm Phục vụ hành chính công tỉnh</em></div>
</div>
</div>
<div class="NewsRating">Đánh giá bài viết: <span class="stars">☆☆☆☆☆</span> (0 đánh giá) &nbsp; Số lượt xem: 287</div>
</div>
<div class="OtherNews"><div class="OtherNewsTitle">Các tin khác</div><ul>{li_news(rng, 15, base + '/Pages/chitiettin.aspx?IDNews=', '({d:02d}/11/2026)')}</ul></div>
</div>
<div class="tdn-right">
<div class="tdn-box"><div class="tdn-box-title">Thông báo</div><ul>{li_news(rng, 10, base + '/Pages/thong-bao')}</ul></div>
<div class="tdn-box"><div class="tdn-box-title">Tin đọc nhiều</div><ul>{li_news(rng, 10, base)}</ul></div>
<div class="tdn-box"><div class="tdn-box-title">Dịch vụ công trực tuyến</div><ul><li><a href="https://dichvucong.khanhhoa.gov.vn">Nộp hồ sơ trực tuyến</a></li><li><a href="#">Tra cứu hồ sơ</a></li><li><a href="#">Đánh giá sự hài lòng</a></li><li><a href="#">Thanh toán trực tuyến</a></li></ul></div>
<div class="tdn-box"><div class="tdn-box-title">Sở, ban, ngành</div><ul>{dept_html}</ul></div>
<div class="tdn-box"><div class="tdn-box-title">Xã, phường, đặc khu</div>{site_links(rng, 80, "Cổng TTĐT xã, phường, đặc khu")}</div>
<div class="tdn-box"><div class="tdn-box-title">Thống kê truy cập</div><p>Hôm nay: {rng.randint(8000, 30000)}</p><p>Tổng: {rng.randint(30000000, 90000000)}</p></div>
</div></div>
{gov_footer_r(rng, 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA', 'Số 01 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa', '0258.3822 661 - Email: banbientap@khanhhoa.gov.vn', 'Cơ quan chủ quản: UBND tỉnh Khánh Hòa. Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh. Giấy phép số 19/GP-TTĐT ngày 05/8/2025')}
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;ExecuteOrDelayUntilScriptLoaded(function(){{_spBodyOnLoadFunctionNames.push("TanDanInit");}}, "sp.js");
//]]>
</script>
</form>
</body>
</html>
"""


def p_j12(rng, a):
    base = "https://phongtho.laichau.gov.vn"
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{e(a['title'])} - Cổng thông tin điện tử xã Phong Thổ</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type">
<link href="/o/vnpt-portal-theme/images/favicon.ico" rel="icon">
<link class="lfr-css-file" href="/o/vnpt-portal-theme/css/main.css?browserId=other&amp;themeId=vnptportaltheme_WAR_vnptportaltheme&amp;languageId=vi_VN&amp;b=7210&amp;t=1762412345000" rel="stylesheet" type="text/css">
<script type="text/javascript">
// <![CDATA[
var themeDisplay = Liferay.ThemeDisplay = {{getLayoutId: function() {{return "41";}}, getLayoutURL: function() {{return "{base}/tin-tuc-su-kien/tin-hoat-dong";}}, getLanguageId: function() {{return "vi_VN";}}, getScopeGroupId: function() {{return "{rng.randint(100000, 999999)}";}}, isSignedIn: function() {{return false;}}}};
var Liferay = Liferay || {{}}; Liferay.authToken = '{''.join(rng.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(8))}';
// ]]>
</script>
{ga(rng)}
</head>
<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site">
<div id="wrapper">
<header id="banner" role="banner"><div class="banner-top"><span class="date-time">Chủ nhật, 22/11/2026</span></div>
<div class="banner-logo"><img src="/documents/20182/0/quoc-huy.png" alt="Quốc huy"><div class="site-name"><span class="line1">CỔNG THÔNG TIN ĐIỆN TỬ</span><span class="line2">XÃ PHONG THỔ - TỈNH LAI CHÂU</span></div></div>
<nav class="navigation" id="navigation">{menu(GOV_MENU, base, "nav-menu", "child-menu")}</nav></header>
<div id="content"><div class="columns-2-r">
<div class="portlet-column portlet-column-first" id="column-1">
<div class="portlet-boundary portlet-boundary_vnptnewsdetail_WAR_vnptnewsportlet_">
<div class="breadcrumb"><a href="{base}">Trang chủ</a> / <a href="{base}/tin-tuc-su-kien">Tin tức - Sự kiện</a> / <a href="{base}/tin-tuc-su-kien/tin-hoat-dong">Tin hoạt động</a></div>
<div class="news-detail-layout">
<h2 class="title-news-detail">{e(a['title'])}</h2>
<div class="news-info"><span class="date-create"><i class="icon-calendar"></i> 09/11/2026</span> <span class="view-count">Lượt xem: 312</span>
<span class="font-size-tool">Cỡ chữ: <a href="javascript:fontSize(-1)">A-</a> <a href="javascript:fontSize(1)">A+</a></span> <a class="print" href="javascript:printNews()">In bài</a></div>
<div class="news-summary"><strong>{e(a['sapo'])}</strong></div>
<div class="news-content journal-content-article">
{render(a['blocks'], 'tablecap', rng, '/documents/20182/1125')}
<p style="text-align: right;"><strong>Nguyễn Hải Yến</strong></p>
<p style="text-align: right;"><em>Văn phòng HĐND và UBND xã</em></p>
</div>
<div class="rating-news">Đánh giá: <span class="rate">★★★★★</span></div>
<div class="other-news"><div class="other-news-title">Tin khác</div><ul>{li_news(rng, 10, base + '/tin-tuc-su-kien/tin-hoat-dong', '({d:02d}/11/2026)')}</ul></div>
</div></div></div>
<div class="portlet-column portlet-column-last" id="column-2">
<div class="portlet"><div class="portlet-title">Thông báo</div><ul>{li_news(rng, 6, base + '/thong-bao')}</ul></div>
<div class="portlet"><div class="portlet-title">Văn bản mới</div><ul><li><a href="#">Quyết định số 412/QĐ-UBND ngày 05/11/2026 về việc kiện toàn Ban Chỉ đạo phòng thủ dân sự xã</a></li><li><a href="#">Kế hoạch số 198/KH-UBND ngày 30/10/2026 tổ chức các hoạt động Tháng hành động vì bình đẳng giới</a></li><li><a href="#">Thông báo số 77/TB-UBND ngày 28/10/2026 lịch tiếp công dân tháng 11</a></li></ul></div>
<div class="portlet"><div class="portlet-title">Liên kết</div>{site_links(rng, 40, "Liên kết website")}</div>
</div></div></div>
{gov_footer_r(rng, 'CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHONG THỔ', 'Bản Phong Thổ, xã Phong Thổ, tỉnh Lai Châu', '0213.3894 215', 'Cơ quan chủ quản: UBND xã Phong Thổ. Người chịu trách nhiệm: Chủ tịch UBND xã')}
</div>
<script src="/o/vnpt-portal-theme/js/main.js?browserId=other&amp;languageId=vi_VN&amp;b=7210" type="text/javascript"></script>
</body>
</html>
"""


def p_j13(rng, a):
    base = "https://stc.gialai.gov.vn"
    return f"""<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<title>
\t{e(a['title'])}
</title><meta id="MetaDescription" name="DESCRIPTION" content="{a_(a['sapo'])}"><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke ">
<link href="/Portals/_default/default.css?cdv=312" type="text/css" rel="stylesheet"><link href="/Portals/_default/Skins/STC/skin.css?cdv=312" type="text/css" rel="stylesheet">
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=312" type="text/javascript"></script>
</head>
<body id="Body">
<form method="post" action="/tin-tuc/ke-hoach-trien-khai-thanh-toan-khong-dung-tien-mat-trong-thu-ngan-sach-nha-nuoc-nam-2027" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value=""><input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(rng, 9000)}"></div>
<div id="dnn_wrapper">
<div class="header"><div class="toprow"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">Chủ Nhật, 22/11/2026</span></div>
<div class="logo"><a href="/"><img src="/Portals/0/logo-stc.png" alt="Sở Tài chính tỉnh Gia Lai"></a><span class="orgname">SỞ TÀI CHÍNH TỈNH GIA LAI</span></div>
<div id="dnn_dnnMENU_RadMenu1">{menu([("Trang chủ", []), ("Giới thiệu", ["Chức năng nhiệm vụ", "Lãnh đạo Sở", "Các phòng, đơn vị"]), ("Tin tức", ["Tin hoạt động", "Tin ngành", "Thông báo"]), ("Văn bản", ["Văn bản của Sở", "Văn bản của UBND tỉnh"]), ("Công khai ngân sách", ["Dự toán", "Quyết toán", "Tình hình thực hiện"]), ("Giá cả thị trường", []), ("Đầu tư", ["Đăng ký doanh nghiệp", "Thu hút đầu tư"]), ("Thủ tục hành chính", []), ("Hỏi đáp", [])], base, "rmRootGroup", "rmGroup")}</div></div>
<div class="content-pane"><div id="dnn_LeftPane" class="leftpane">
<div class="DnnModule DnnModule-NewsArticle"><div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức</a> » <a href="/tin-tuc/tin-hoat-dong">Tin hoạt động</a></div>
<div class="edn_article">
<h1 class="edn_articleTitle">{e(a['title'])}</h1>
<div class="edn_metaDetails"><span class="date">Cập nhật lúc: 18:00 | 12/11/2026</span> <span class="views">Lượt xem: 406</span></div>
<div class="edn_articleSummary"><p>{e(a['sapo'])}</p></div>
<div class="edn_articleContent">
{render(a['blocks'], 'news', rng)}
<div class="attach"><a href="/Portals/0/VanBan/2026/11/245-KH-UBND.pdf" target="_blank">Tải về: 245-KH-UBND.pdf (1,2 MB)</a></div>
<p style="text-align: right;"><strong>Tác giả: Hoàng Lan</strong></p>
</div>
{share_tools(a['url'])}
</div>
<div class="edn_relatedArticles"><h3>Các tin khác</h3><ul>{li_news(rng, 10, base + '/tin-tuc', '({d:02d}/11/2026)')}</ul></div>
</div></div>
<div id="dnn_RightPane" class="rightpane"><div class="box"><h3>Văn bản mới</h3><ul><li>Quyết định số 1015/QĐ-STC ngày 06/11/2026 về giá tính lệ phí trước bạ</li><li>Công văn số 3388/STC-NS ngày 04/11/2026 về lập dự toán ngân sách năm 2027</li></ul></div>
<div class="box"><h3>Tin mới</h3><ul>{li_news(rng, 8, base)}</ul></div></div></div>
{gov_footer_r(rng, 'SỞ TÀI CHÍNH TỈNH GIA LAI', 'Số 02 Hai Bà Trưng, phường Pleiku, tỉnh Gia Lai', '0269.3824 316', 'Chịu trách nhiệm nội dung: Giám đốc Sở Tài chính')}
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop"><input name="__dnnVariable" type="hidden" id="__dnnVariable" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`112`}}">
</form>
</body>
</html>
"""


def p_j14(rng, a):
    base = "https://cantho.gov.vn"
    paras = "<br>\n<br>\n".join(md(plain(b[1])) for b in a["blocks"])
    big_menu = [(t, s + ["%s - %s" % (x, p) for x in s[:3] for p in PLACES[10:16]]) for t, s in GOV_MENU]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>
\tCổng thông tin điện tử thành phố Cần Thơ - {e(a['title'])}
</title>
<link href="/App_Themes/CanTho/style.css" type="text/css" rel="stylesheet">
<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="/js/swfobject.js"></script>
</head>
<body>
<form name="form1" method="post" action="chi-tiet?id=ct-67219" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE2NjY0NzQzMjkPZBYCZg9kFgICAw9kFgoCAQ8PFgIeBFRleHQF{viewstate(rng, 47000)}">
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
{js_blob(rng, 160, "arrMenuItems")}
<div>
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334">
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAA{viewstate(rng, 3000)}">
</div>
<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0" id="tblMain">
<tr><td colspan="3" class="header"><div class="ngaythang"><span id="lblNgay">Chủ nhật, ngày 22/11/2026</span></div>
<img src="/Images/banner-cantho-2025.jpg" alt="Cổng thông tin điện tử thành phố Cần Thơ" width="1000" height="160"></td></tr>
<tr><td colspan="3" class="menutop">{menu(big_menu, base + '/wps/portal', 'topmenu', 'submenu')}</td></tr>
<tr>
<td width="200" valign="top" class="leftcol">
<div class="boxleft"><div class="boxtitle">Chuyên mục</div>{menu(GOV_MENU, base + '/wps/portal/cm', 'leftmenu', 'leftsub')}</div>
<div class="boxleft"><div class="boxtitle">Liên kết</div>{site_links(rng, 70, "Xã, phường")}</div>
<div class="boxleft"><div class="boxtitle">Thăm dò ý kiến</div><p>Bạn đánh giá thế nào về chất lượng dịch vụ công trực tuyến?</p><input type="radio" name="poll" value="1"> Rất hài lòng<br><input type="radio" name="poll" value="2"> Hài lòng<br><input type="radio" name="poll" value="3"> Chưa hài lòng<br><input type="submit" name="btnVote" value="Biểu quyết"></div>
</td>
<td width="560" valign="top" class="centercol">
<div class="path"><a href="/">Trang chủ</a> &gt;&gt; <a href="/wps/portal/tin-tuc">Tin tức - Sự kiện</a> &gt;&gt; <a href="/wps/portal/tin-tuc/kinh-te">Kinh tế</a></div>
<table width="100%" cellpadding="0" cellspacing="0" class="tblNewsDetail">
<tr><td><span id="ctl00_ContentPlaceHolder1_lblTitle" class="newstitle">{e(a['title'])}</span></td></tr>
<tr><td class="newsdate"><span id="ctl00_ContentPlaceHolder1_lblDate">Đăng lúc: 14:54:14 31/10/2026 (GMT+7)</span></td></tr>
<tr><td class="newscontent"><span id="ctl00_ContentPlaceHolder1_lblContent">{paras}<br>
<br>
<div style="text-align: right;"><b>PV</b></div></span></td></tr>
<tr><td class="newstool"><a href="javascript:window.print();">[In trang]</a> <a href="javascript:history.back();">[Quay lại]</a> <a href="#top">[Về đầu trang]</a></td></tr>
</table>
<div class="tinkhac"><div class="tinkhac-title">Các tin khác:</div><ul>{li_news(rng, 20, base + '/wps/portal/tin-tuc', '({d:02d}/11/2026)')}</ul></div>
</td>
<td width="240" valign="top" class="rightcol">
<div class="boxright"><div class="boxtitle">Thông báo</div><ul>{li_news(rng, 12, base + '/thong-bao')}</ul></div>
<div class="boxright"><div class="boxtitle">Tin đọc nhiều</div><ul>{li_news(rng, 12, base)}</ul></div>
<div class="boxright"><a href="https://dichvucong.cantho.gov.vn"><img src="/Images/banner-dvc.png" alt="Dịch vụ công trực tuyến"></a><a href="https://congbao.cantho.gov.vn"><img src="/Images/banner-congbao.png" alt="Công báo"></a></div>
</td></tr>
<tr><td colspan="3">{gov_footer_r(rng, 'CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ', 'Số 2 Hòa Bình, phường Ninh Kiều, thành phố Cần Thơ', '0292.3820 541 - Fax: 0292.3820 542', 'Cơ quan chủ quản: UBND thành phố Cần Thơ. Giấy phép số 08/GP-TTĐT ngày 20/8/2025')}</td></tr>
</table>
</form>
</body>
</html>
"""


def p_j15(rng, a):
    base = "https://dangbophuongbaichay.quangninh.gov.vn"
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{e(a['title'])}</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?8f1e3c" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"L\\u1ed7i","MESSAGE":"Th\\u00f4ng b\\u00e1o"}},"system.paths":{{"root":"","rootFull":"{base}/","base":"","baseFull":"{base}/"}}}}</script>
<script src="/media/system/js/core.min.js?a3d8f8"></script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-214">
<header class="header container-header full-width"><div class="grid-child"><div class="topbar-date">Chủ Nhật, 22/11/2026</div>
<div class="navbar-brand"><a class="brand-logo" href="/"><img src="/images/logo-dangbo.png" alt="Đảng bộ phường Bãi Cháy"></a><div class="site-description">ĐẢNG BỘ PHƯỜNG BÃI CHÁY - TỈNH QUẢNG NINH</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md">{menu([("Trang chủ", []), ("Giới thiệu", ["Lịch sử Đảng bộ", "Ban Chấp hành", "Các chi, đảng bộ trực thuộc"]), ("Tin tức", ["Xây dựng Đảng", "Kiểm tra - Giám sát", "Dân vận", "Tin cơ sở"]), ("Văn kiện", ["Nghị quyết", "Chỉ thị", "Kết luận"]), ("Học tập và làm theo Bác", []), ("Bảo vệ nền tảng tư tưởng", []), ("Tài liệu sinh hoạt chi bộ", [])], base + '/index.php', "mod-menu mod-list nav", "mod-menu__sub list-unstyled small")}</nav></div></header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb"><li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/">Trang chủ</a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php/tin-tuc">Tin tức</a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php/tin-tuc/xay-dung-dang">Xây dựng Đảng</a></li></ol></nav>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h1 itemprop="headline">{e(a['title'])}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="category-name">Danh mục: <a href="/index.php/tin-tuc/xay-dung-dang" itemprop="genre">Xây dựng Đảng</a></dd>
<dd class="published">Thứ hai, 16/11/2026</dd>
<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:198">Lượt xem: 198</dd></dl>
<div class="btn-group float-end"><a href="?tmpl=component&amp;print=1" class="btn">In</a> <a href="/index.php/component/mailto/?link=abc" class="btn">Email</a></div>
<div itemprop="articleBody" class="com-content-article__body">
{render(a['blocks'], 'strongp', rng, '/images/2026/11')}
<p><strong>Tác giả bài viết: Đỗ Mai Anh</strong></p>
<p><em>Nguồn tin: Ban Xây dựng Đảng - Đảng ủy phường</em></p>
</div>
<ul class="tags list-inline"><li class="list-inline-item tag-12 tag-list0"><a href="/index.php/tags/phat-trien-dang-vien" class="btn btn-sm btn-info">Phát triển đảng viên</a></li></ul>
<nav class="pagenavigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="#" rel="prev">Trước</a> <a class="btn btn-sm btn-secondary next" href="#" rel="next">Tiếp</a></span></nav>
</div>
</main>
<div class="moduletable"><h3>Bài viết khác</h3><ul class="mod-articles-category-module">{li_news(rng, 10, base + '/index.php/tin-tuc')}</ul></div>
</div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Tin mới</h3><ul>{li_news(rng, 8, base)}</ul></div>
<div class="sidebar-right card"><h3 class="card-header">Liên kết</h3><ul><li><a href="https://quangninh.gov.vn">Cổng TTĐT tỉnh Quảng Ninh</a></li><li><a href="https://baoquangninh.vn">Báo và PTTH Quảng Ninh</a></li><li><a href="https://dangcongsan.org.vn">Báo điện tử Đảng Cộng sản Việt Nam</a></li></ul></div></div>
</div>
<footer class="container-footer footer full-width">{gov_footer_r(rng, 'TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ PHƯỜNG BÃI CHÁY', 'Trụ sở Đảng ủy - HĐND - UBND phường Bãi Cháy, tỉnh Quảng Ninh', '0203.3846 112', 'Chịu trách nhiệm nội dung: Phó Bí thư Thường trực Đảng ủy phường')}</footer>
<script src="/media/templates/site/cassiopeia/js/template.min.js?8f1e3c" type="module"></script>
</body>
</html>
"""


def p_j16(rng, a):
    base = "https://mattran.dongnai.gov.vn"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a['title'])} &#8211; Ủy ban MTTQ Việt Nam tỉnh Đồng Nai</title>
<meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="Ủy ban MTTQ Việt Nam tỉnh Đồng Nai &raquo; Dòng thông tin" href="{base}/feed/">
<link rel="stylesheet" id="astra-theme-css-css" href="{base}/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3" media="all">
<meta property="article:published_time" content="2026-11-04T10:25:41+07:00">
<meta property="article:modified_time" content="2026-11-05T08:02:10+07:00">
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-8812 single-format-standard ast-separate-container ast-right-sidebar">
<div class="hfeed site" id="page">
<header class="site-header" id="masthead"><div class="ast-above-header-bar"><span class="ast-date">Chủ Nhật, 22/11/2026</span> <span class="hotline">Đường dây nóng: 0251.3822 219</span></div>
<div class="site-branding"><p class="site-title"><a href="{base}/" rel="home">Ủy ban MTTQ Việt Nam tỉnh Đồng Nai</a></p><p class="site-description">Trang thông tin điện tử</p></div>
<nav id="primary-site-navigation" class="main-header-bar-navigation">{menu([("Trang chủ", []), ("Giới thiệu", ["Cơ cấu tổ chức", "Ban Thường trực", "Các tổ chức thành viên"]), ("Tin tức - Hoạt động", ["Hoạt động Mặt trận", "Các tổ chức chính trị - xã hội", "Mặt trận cơ sở"]), ("Giám sát - Phản biện", []), ("Vì người nghèo", []), ("Tôn giáo - Dân tộc", []), ("Văn bản", []), ("Thư viện ảnh", [])], base, "main-header-menu ast-nav-menu", "sub-menu")}</nav></header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><main id="main" class="site-main">
<nav class="ast-breadcrumbs"><span><a href="{base}/">Trang chủ</a></span> » <span><a href="{base}/category/tin-tuc/">Tin tức - Hoạt động</a></span></nav>
<article class="post-8812 post type-post status-publish format-standard has-post-thumbnail hentry category-tin-tuc" id="post-8812">
<div class="ast-post-format- single-layout-1">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{e(a['title'])}</h1>
<div class="entry-meta"><span class="posted-on"><a href="{base}/2026/11/04/" rel="bookmark"><time class="entry-date published" datetime="2026-11-04T10:25:41+07:00">04/11/2026</time><time class="updated" datetime="2026-11-05T08:02:10+07:00">05/11/2026</time></a></span> / <span class="posted-by vcard author"><a class="url fn n" href="{base}/author/bbt/" rel="author"><span class="author-name">BBT</span></a></span> / <span class="cat-links"><a href="{base}/category/tin-tuc/" rel="category tag">Tin tức - Hoạt động</a></span></div></header>
<div class="post-thumb-img-content post-thumb"><img width="1024" height="683" src="{base}/wp-content/uploads/2026/11/phat-dong-vnn-1024x683.jpg" class="attachment-large size-large wp-post-image" alt="" decoding="async"></div>
<div class="entry-content clear" itemprop="text">
{render(a['blocks'], 'news', rng, base + '/wp-content/uploads/2026/11')}
<p style="text-align: right;"><strong>Bài, ảnh: Ngọc Trâm</strong></p>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Chia sẻ:</h3><ul><li><a href="#" class="share-facebook">Facebook</a></li><li><a href="#" class="share-print">In</a></li></ul></div></div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Bài viết"><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev"><span class="ast-post-nav">← Bài trước</span> <p>Hội nghị giám sát việc thực hiện chính sách bảo hiểm y tế học sinh</p></a></div><div class="nav-next"><a href="#" rel="next"><span class="ast-post-nav">Bài tiếp →</span> <p>Trao 30 căn nhà Đại đoàn kết tại xã Tân Phú</p></a></div></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *</p><textarea id="comment" name="comment"></textarea><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main"><aside class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{li_news(rng, 10, base)}</ul></aside>
<aside class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul><li><a href="{base}/2026/11/">Tháng mười một 2026</a></li><li><a href="{base}/2026/10/">Tháng mười 2026</a></li><li><a href="{base}/2026/09/">Tháng chín 2026</a></li><li><a href="{base}/2026/08/">Tháng tám 2026</a></li></ul></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon">{gov_footer_r(rng, 'ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG NAI', 'Số 2 Nguyễn Văn Trị, phường Trấn Biên, tỉnh Đồng Nai', '0251.3822 219', 'Chịu trách nhiệm: Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh')}</footer>
</div>
<script id="astra-theme-js-js-extra">var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"1"}};</script>
<script src="{base}/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script>
</body>
</html>
"""


def p_j17(rng, a):
    base = "https://hoinongdan.dienbien.gov.vn"
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{e(a['title'])} - Hội Nông dân tỉnh Điện Biên</title>
<meta name="description" content="{a_(a['sapo'])}">
<meta name="author" content="Hội Nông dân tỉnh Điện Biên">
<meta name="generator" content="NukeViet v4.5">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-05T09:41:00+07:00">
<meta property="article:section" content="Tin tức">
<link rel="StyleSheet" href="/themes/hnd/css/style.css?t=1762">
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_name_variable="nv",nv_fc_variable="op",nv_my_ofs=7,nv_cookie_prefix="nv4c_Hd7Tp";</script>
<script src="/assets/js/jquery/jquery.min.js?t=1762"></script>
</head>
<body>
<div class="body-bg"><div class="wraper">
<header><div class="header-nav"><div class="current-time">Chủ nhật, 22/11/2026 | 07:32:15 GMT+7</div></div>
<div class="logo"><a href="/"><img src="/uploads/logo-hnd.png" alt="Hội Nông dân tỉnh Điện Biên"></a><span class="site_name">HỘI NÔNG DÂN TỈNH ĐIỆN BIÊN</span></div></header>
<nav class="second-nav" id="menusite">{menu([("Trang nhất", []), ("Giới thiệu", ["Lịch sử", "Tổ chức bộ máy"]), ("Tin tức", ["Hoạt động Hội", "Nông dân thi đua sản xuất", "Hội cơ sở"]), ("Quỹ Hỗ trợ nông dân", []), ("Khoa học kỹ thuật", []), ("Văn bản", []), ("Thư viện", ["Hình ảnh", "Video"]), ("Liên hệ", [])], base, "nav navbar-nav", "dropdown-menu")}</nav>
<section><div class="container" id="body">
<nav class="third-nav"><div class="breadcrumbs-wrap"><ul class="breadcrumbs list-none"><li><a href="/" title="Trang nhất"><span>Trang nhất</span></a></li><li><a href="/tin-tuc/" title="Tin tức"><span>Tin tức</span></a></li><li><a href="/tin-tuc/hoat-dong-hoi/" title="Hoạt động Hội"><span>Hoạt động Hội</span></a></li></ul></div></nav>
<div class="row"><div class="col-md-16">
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{e(a['title'])}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">Thứ năm, 05/11/2026, 09:41 (GMT+7)</span></div><div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);"><em class="fa fa-envelope fa-lg"></em></a></li><li><a class="dimgray" rel="nofollow" title="In ra" href="javascript:void(0);"><em class="fa fa-print fa-lg"></em></a></li></ul></div></div>
<div class="clearfix"><figure class="article left pointer"><img alt="{a_(a['title'])}" src="/assets/news/2026_11/ga-thit.jpg" width="140" class="img-thumbnail"></figure>
<div class="hometext m-bottom" itemprop="description">{e(a['sapo'])}</div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{render(a['blocks'], 'news', rng, '/uploads/news/2026_11')}
</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>Lò Văn Thắng</p><p class="h5 text-right"><strong>Nguồn tin: </strong>Hội Nông dân xã Mường Chà</p></div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><a title="chăn nuôi" href="/tin-tuc/tag/chan-nuoi"><em>chăn nuôi</em></a>, <a title="quỹ hỗ trợ nông dân" href="/tin-tuc/tag/quy-ho-tro-nong-dan"><em>quỹ hỗ trợ nông dân</em></a></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="rating">Tổng số điểm của bài viết là: 25 trong 6 đánh giá</div><div>Click để đánh giá bài viết</div></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related list-none list-items">{li_news(rng, 5, base + '/tin-tuc', '({d:02d}/11/2026)')}</ul>
<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related list-none list-items">{li_news(rng, 8, base + '/tin-tuc', '({d:02d}/10/2026)', day_max=31)}</ul></div></div>
</div>
<div class="col-md-8"><div class="panel panel-primary"><div class="panel-heading">Tin xem nhiều</div><div class="panel-body"><ul>{li_news(rng, 8, base)}</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><ul class="counter list-none"><li>Đang truy cập: 21</li><li>Hôm nay: 1.336</li><li>Tháng hiện tại: 41.870</li><li>Tổng lượt truy cập: 2.914.552</li></ul></div></div></div>
</div></div></section>
<footer id="footer">{gov_footer_r(rng, 'TRANG THÔNG TIN ĐIỆN TỬ HỘI NÔNG DÂN TỈNH ĐIỆN BIÊN', 'Tổ dân phố 5, phường Điện Biên Phủ, tỉnh Điện Biên', '0215.3825 667', 'Giấy phép số 12/GP-TTĐT ngày 16/9/2025 của Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên')}
<div class="copyright">Powered by <a href="https://nukeviet.vn">NukeViet</a></div></footer>
</div></div>
<script src="/themes/hnd/js/main.js?t=1762"></script>
</body>
</html>
"""


def p_j18(rng, a):
    """Classic ASP, table-and-<font> layout, served in windows-1258."""
    base = "http://ldldhatinh.org.vn"
    left = "".join('<tr><td class="menu_left"><img src="/images/bullet.gif" width="7" height="7"> <a href="/tintuc/danhmuc.asp?cm=%d"><font face="Arial" size="2">%s</font></a></td></tr>' % (i + 1, e(t))
                   for i, t in enumerate(["Tin tức - Sự kiện", "Hoạt động công đoàn", "Chính sách pháp luật", "Tư vấn pháp luật", "Nữ công", "Văn hóa - Thể thao", "Gương điển hình", "An toàn vệ sinh lao động", "Văn bản", "Thư viện ảnh"]))
    body = "\n".join('<p align="justify"><font face="Times New Roman" size="3">%s</font></p>' % md(b[1]) for b in a["blocks"])
    other = "".join('<tr><td><img src="/images/arrow.gif"> <a href="/tintuc/chitiet.asp?id=%d&amp;cm=2"><font size="2">%s</font></a> <font size="1" color="#808080">(%02d/11/2026)</font></td></tr>' % (rng.randint(3000, 3316), e(t), d)
                    for t, d, _, _ in dated_items(rng, 12, 11))
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<meta http-equiv="Content-Language" content="vi">
<title>Lien doan Lao dong tinh Ha Tinh - {e(a['title'])}</title>
<link rel="stylesheet" href="/css/style.css" type="text/css">
<script language="JavaScript" src="/js/menu.js"></script>
<script language="JavaScript">
<!--
function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="/images/banner_ldld.jpg" width="990" height="150" alt="Liên đoàn Lao động tỉnh Hà Tĩnh"></td></tr>
<tr><td colspan="3" bgcolor="#004A8F" height="28"><font face="Arial" size="2" color="#FFFFFF">&nbsp;<a href="/"><font color="#FFFFFF">Trang chủ</font></a> | <a href="/gioithieu.asp"><font color="#FFFFFF">Giới thiệu</font></a> | <a href="/tintuc/danhmuc.asp?cm=1"><font color="#FFFFFF">Tin tức</font></a> | <a href="/vanban.asp"><font color="#FFFFFF">Văn bản</font></a> | <a href="/lienhe.asp"><font color="#FFFFFF">Liên hệ</font></a></font>
<font face="Arial" size="1" color="#FFFF99">&nbsp;&nbsp;&nbsp;Hôm nay: Chủ nhật, ngày 22 tháng 11 năm 2026</font></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#EEF3FA"><table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td bgcolor="#004A8F"><font face="Arial" size="2" color="#FFFFFF"><b>DANH MỤC</b></font></td></tr>
{left}
<tr><td><br><font face="Arial" size="2"><b>Liên kết website</b></font><br>{site_links(rng, 20, "Liên kết", "org.vn")}</td></tr>
</table></td>
<td width="590" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="6">
<tr><td><font face="Arial" size="1"><a href="/">Trang chủ</a> &raquo; <a href="/tintuc/danhmuc.asp?cm=2">Hoạt động công đoàn</a></font></td></tr>
<tr><td><font face="Arial" size="4" color="#B40000"><b>{e(a['title'])}</b></font></td></tr>
<tr><td><font face="Arial" size="1" color="#808080"><i>Ngày 12 tháng 11 năm 2026</i> - Lượt đọc: 214</font></td></tr>
<tr><td>
{body}
<p align="right"><font face="Times New Roman" size="3"><b>Phạm Thị Hoa (Ban Tuyên giáo LĐLĐ tỉnh)</b></font></p>
</td></tr>
<tr><td align="right"><a href="javascript:window.print()"><font face="Arial" size="1">[In bài]</font></a> <a href="javascript:history.back()"><font face="Arial" size="1">[Trở về]</font></a></td></tr>
<tr><td bgcolor="#EEF3FA"><font face="Arial" size="2" color="#004A8F"><b>CÁC TIN KHÁC</b></font></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="2">{other}</table></td></tr>
</table></td>
<td width="200" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td bgcolor="#004A8F"><font face="Arial" size="2" color="#FFFFFF"><b>TIN MỚI</b></font></td></tr>
<tr><td><font size="2"><ul>{li_news(rng, 8, base + '/tintuc')}</ul></font></td></tr>
<tr><td><a href="http://congdoanvietnam.org"><img src="/images/lk_tld.gif" width="190" alt="Tổng Liên đoàn Lao động Việt Nam"></a></td></tr>
<tr><td><font face="Arial" size="1">Số người truy cập: 1.204.337</font></td></tr>
</table></td></tr>
<tr><td colspan="3" bgcolor="#004A8F" align="center"><font face="Arial" size="1" color="#FFFFFF">LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ TĨNH<br>Địa chỉ: Số 16 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh - Điện thoại: 0239.3855 274<br>Giấy phép số 05/GP-STTTT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</font></td></tr>
</table>
</body>
</html>
"""


def p_j19(rng, a):
    base = "https://vinhlong.baohiemxahoi.gov.vn"
    parts = []
    for b in a["blocks"]:
        if b[0] == "q":
            parts.append('<h3 class="faq-question">%s</h3>' % md(b[1]))
        else:
            parts.append("<p>%s</p>" % md(b[1]))
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{e(a['title'])} | Bảo hiểm xã hội tỉnh Vĩnh Long</title>
<link rel="canonical" href="{a['url']}">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_x1Qb7fUOr4l5p2a0Y.css?delta=0&amp;language=vi&amp;theme=bhxh&amp;include=eJxLys8">
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/5531","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"vi"}},"pluralDelimiter":"\\u0003","ajaxTrustedUrl":{{"\\/search\\/node":true}},"user":{{"uid":0,"permissionsHash":"{''.join(rng.choice('0123456789abcdef') for _ in range(64))}"}}}}</script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Nhảy tới nội dung</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner"><div class="region region-header"><div class="topbar"><span class="today">Chủ nhật, 22/11/2026</span> <span class="hotline">Tổng đài: 1900 9068</span></div>
<div id="block-bhxh-branding"><a href="/" rel="home"><img src="/themes/custom/bhxh/logo.svg" alt="Trang chủ"></a><div class="site-name">BẢO HIỂM XÃ HỘI TỈNH VĨNH LONG</div></div></div>
<nav role="navigation" aria-labelledby="block-bhxh-main-menu-menu" id="block-bhxh-main-menu"><h2 class="visually-hidden" id="block-bhxh-main-menu-menu">Điều hướng chính</h2>{menu([("Trang chủ", []), ("Giới thiệu", ["Chức năng, nhiệm vụ", "Cơ cấu tổ chức"]), ("Tin tức", ["Tin hoạt động", "Tin cơ sở", "Thông cáo báo chí"]), ("Chính sách", ["Bảo hiểm xã hội", "Bảo hiểm y tế", "Bảo hiểm thất nghiệp"]), ("Hỏi - Đáp", []), ("Thủ tục hành chính", []), ("Tra cứu", ["Tra cứu quá trình đóng", "Tra cứu cơ sở khám chữa bệnh", "Tra cứu đơn vị đóng"]), ("Liên hệ", [])], base, "menu", "menu menu--sub")}</nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Đường dẫn</h2><ol><li><a href="/">Trang chủ</a></li><li><a href="/hoi-dap">Hỏi - Đáp</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content"><div class="region region-content">
<article data-history-node-id="5531" role="article" about="/hoi-dap/giai-dap-5-cau-hoi-thuong-gap-ve-bao-hiem-xa-hoi-tu-nguyen" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{e(a['title'])}</span></h1>
<footer class="node__meta"><div class="node__submitted">Gửi bởi <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>admin</span></span> vào <span class="field field--name-created field--type-created field--label-hidden">T7, 21/11/2026 - 08:00</span></div></footer>
<div class="node__content">
<div class="field field--name-field-sapo field--type-string-long field--label-hidden field__item"><strong>{e(a['sapo'])}</strong></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{chr(10).join(parts)}
<p style="text-align:right"><strong>Minh Châu</strong></p>
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Thẻ</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/41" hreflang="vi">BHXH tự nguyện</a></div><div class="field__item"><a href="/taxonomy/term/77" hreflang="vi">Hỏi đáp chính sách</a></div></div></div>
</div></article>
<div class="views-element-container"><h2>Câu hỏi khác</h2><div class="view-content"><ul>{li_news(rng, 10, base + '/hoi-dap')}</ul></div></div>
</div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="block"><h2>Gửi câu hỏi</h2><form class="webform-submission-form" action="/hoi-dap/gui-cau-hoi" method="post"><label>Họ tên</label><input type="text" name="ho_ten"><label>Số điện thoại</label><input type="text" name="so_dien_thoai"><label>Nội dung câu hỏi</label><textarea name="noi_dung"></textarea><input type="submit" value="Gửi"></form></div>
<div class="block"><h2>Tin mới</h2><ul>{li_news(rng, 8, base + '/tin-tuc')}</ul></div></aside>
</main>
<footer role="contentinfo">{gov_footer_r(rng, 'BẢO HIỂM XÃ HỘI TỈNH VĨNH LONG', 'Số 16 đường 2/9, phường Long Châu, tỉnh Vĩnh Long', '0270.3822 616', 'Chịu trách nhiệm nội dung: Giám đốc Bảo hiểm xã hội tỉnh')}</footer>
</div></div>
<script src="/core/misc/drupal.js?v=10.3.6"></script>
</body>
</html>
"""


def p_j20(rng, a):
    base = "https://tuyengiaodanvan.angiang.org.vn"
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{e(a['title'])}</title>
<link rel="stylesheet" type="text/css" href="/templates/default/css/style.css">
<script type="text/javascript" src="/js/jquery.min.js"></script>
</head>
<body>
<div id="container">
<div id="header"><div class="date">Chủ nhật, 22/11/2026</div><div class="banner"><img src="/upload/banner/banner-btgdv.jpg" alt="Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang"></div>
<div id="menu">{menu([("Trang chủ", []), ("Giới thiệu", ["Chức năng, nhiệm vụ", "Lãnh đạo Ban"]), ("Tuyên giáo", ["Lý luận chính trị", "Tuyên truyền", "Báo chí - Xuất bản", "Văn hóa - Văn nghệ"]), ("Dân vận", ["Dân vận chính quyền", "Dân vận khéo", "Dân tộc - Tôn giáo"]), ("Bảo vệ nền tảng tư tưởng của Đảng", []), ("Học tập và làm theo Bác", []), ("Tài liệu", [])], base + '/index.php?mod=cat', "menu", "submenu")}</div></div>
<div id="main"><div id="left">
<div class="navigation"><a href="/">Trang chủ</a> &raquo; <a href="/index.php?mod=cat&amp;id=12">Dân vận khéo</a></div>
<div class="detail">
<div class="detail-title">{e(a['title'])}</div>
<div class="detail-date">Thứ ba, 03/11/2026 16:10</div>
<div class="detail-summary"><b>{e(a['sapo'])}</b></div>
<div class="detail-content">
{render(a['blocks'], 'msword', rng, '/upload/news/2026/11')}
<p class="MsoNormal" style="text-align:right"><b><span style="font-size:14.0pt">THU HÀ</span></b></p>
</div>
<div class="detail-tool"><a href="javascript:window.print()">In trang</a> | <a href="javascript:history.back()">Quay lại</a></div>
</div>
<div class="other-news"><div class="other-title">Các tin đã đưa</div><ul>{li_news(rng, 12, base + '/index.php?mod=news&amp;act=detail', '({d:02d}/11/2026)', day_max=2)}</ul></div>
</div>
<div id="right"><div class="box"><div class="box-title">Tin mới nhất</div><ul>{li_news(rng, 10, base)}</ul></div>
<div class="box"><div class="box-title">Video</div><ul>{li_news(rng, 4, base + '/video')}</ul></div></div></div>
<div id="footer">{gov_footer_r(rng, 'BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY AN GIANG', 'Số 16 Nguyễn Du, phường Rạch Giá, tỉnh An Giang', '0297.3862 114', 'Trang thông tin điện tử - Giấy phép số 03/GP-TTĐT ngày 15/10/2025')}</div>
</div>
</body>
</html>
"""


def entity_all(s):
    """Write every non-ASCII character as an HTML entity (named where HTML 4 has one)."""
    from html.entities import codepoint2name
    out = []
    for ch in s:
        o = ord(ch)
        if o < 128:
            out.append(ch)
        elif o in codepoint2name:
            out.append("&%s;" % codepoint2name[o])
        else:
            out.append("&#%d;" % o)
    return "".join(out)


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def enc1258(s):
    """Encode NFC text in windows-1258: precomposed where the code page has the
    character, otherwise base letter + combining tone mark."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in d if c in TONES)
        rest = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        try:
            out += (rest + tones).encode("cp1258")
        except UnicodeEncodeError:
            out += ("&#%d;" % ord(ch)).encode("ascii")
    return bytes(out)


# ---------------------------------------------------------------- non-article pages
def n01(rng):
    base = "https://phongtho.laichau.gov.vn"
    items = []
    for t, d, hh, mm in dated_items(rng, 15, 20):
        items.append('<div class="news-item"><a class="thumb" href="%s/tin-tuc-su-kien/tin-hoat-dong/%s"><img src="/documents/20182/thumb-%d.jpg" alt=""></a>'
                     '<div class="info"><h3><a href="%s/tin-tuc-su-kien/tin-hoat-dong/%s">%s</a></h3><span class="date">%02d/11/2026</span>'
                     '<p class="summary">%s</p></div></div>' % (base, slug(t), rng.randint(1000, 9999), base, slug(t), e(t), d,
                                                                 e("Thực hiện chỉ đạo của cấp trên, %s trong tháng 11 năm 2026 trên địa bàn xã." % t.lower())))
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head><title>Tin hoạt động - Cổng thông tin điện tử xã Phong Thổ</title><meta content="text/html; charset=UTF-8" http-equiv="content-type">
<link class="lfr-css-file" href="/o/vnpt-portal-theme/css/main.css" rel="stylesheet" type="text/css"></head>
<body class="controls-visible guest-site signed-out public-page site">
<div id="wrapper"><header id="banner"><div class="banner-top"><span class="date-time">Chủ nhật, 22/11/2026</span></div>
<div class="banner-logo"><div class="site-name"><span class="line1">CỔNG THÔNG TIN ĐIỆN TỬ</span><span class="line2">XÃ PHONG THỔ - TỈNH LAI CHÂU</span></div></div>
<nav class="navigation">{menu(GOV_MENU, base, "nav-menu", "child-menu")}</nav></header>
<div id="content"><div class="breadcrumb"><a href="{base}">Trang chủ</a> / <a href="{base}/tin-tuc-su-kien">Tin tức - Sự kiện</a> / Tin hoạt động</div>
<div class="portlet-title"><h2>Tin hoạt động</h2></div>
<div class="list-news">
{chr(10).join(items)}
</div>
<div class="pagination"><a class="active" href="#">1</a> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=4">4</a> <a href="?p=2">Trang sau »</a> <a href="?p=37">Trang cuối</a></div>
<div class="portlet"><div class="portlet-title">Liên kết</div>{site_links(rng, 40)}</div>
</div>
{gov_footer_r(rng, 'CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHONG THỔ', 'Bản Phong Thổ, xã Phong Thổ, tỉnh Lai Châu', '0213.3894 215', 'Cơ quan chủ quản: UBND xã Phong Thổ')}
</div></body></html>
"""


def n02(rng):
    base = "https://tintucthudo.vn"
    res = []
    for t, d, hh, mm in dated_items(rng, 20, 21):
        res.append('<li class="search-item"><h3><a href="%s/%s-d%d.html">%s</a></h3><p class="meta">%02d:%02d %02d/11/2026</p><p class="sum">… <b>chuyển đổi số</b> … %s …</p></li>'
                   % (base, slug(t), rng.randint(40000, 59999), e(t), hh, mm, d, e(t.lower())))
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Tìm kiếm: chuyển đổi số - Tin tức Thủ đô</title>
<meta name="robots" content="noindex, follow"><link rel="stylesheet" href="https://static.tintucthudo.vn/css/list.css?v=41">{ga(rng)}</head>
<body><div id="top"><div class="wrap"><span class="ngay">Chủ nhật, 22/11/2026</span></div></div>
<div id="header"><div class="wrap"><a href="/" id="logo">Tin tức Thủ đô</a></div></div>
<div id="menu"><div class="wrap">{menu(NEWS_MENU, base, "mnu", "mnu-sub")}</div></div>
<div id="content" class="wrap"><div class="colleft">
<form class="search-form" action="/tim-kiem"><input name="q" value="chuyển đổi số"><select name="time"><option>Tất cả</option><option>1 tuần</option><option>1 tháng</option></select><button>Tìm kiếm</button></form>
<div class="search-count">Tìm thấy 1.284 kết quả phù hợp với từ khóa “chuyển đổi số”</div>
<ul class="search-results">
{chr(10).join(res)}
</ul>
<div class="paging"><a class="active">1</a> <a href="?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91&amp;page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">›</a></div>
</div>
<div class="colright"><div class="box"><h3>Tin đọc nhiều</h3><ul>{li_news(rng, 10, base)}</ul></div></div></div>
{news_footer('Tin tức Thủ đô', 'Tòa soạn: 29 Hàng Bài, phường Hoàn Kiếm, Hà Nội. ĐT: 024.3825 6789', 'Giấy phép số 231/GP-BVHTTDL')}
{js_blob(rng, 20)}
</body></html>
"""


def n03(rng):
    base = "https://stc.gialai.gov.vn"
    return f"""<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><title>
\tKhông tìm thấy trang
</title><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke ">
<link href="/Portals/_default/Skins/STC/skin.css?cdv=312" type="text/css" rel="stylesheet"></head>
<body id="Body">
<form method="post" action="/404" id="Form">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(rng, 2500)}"></div>
<div id="dnn_wrapper"><div class="header"><div class="toprow"><span class="DateToken">Chủ Nhật, 22/11/2026</span></div>
<div class="logo"><span class="orgname">SỞ TÀI CHÍNH TỈNH GIA LAI</span></div>
<div id="dnn_dnnMENU_RadMenu1">{menu([("Trang chủ", []), ("Giới thiệu", ["Chức năng nhiệm vụ", "Lãnh đạo Sở", "Các phòng, đơn vị"]), ("Tin tức", ["Tin hoạt động", "Tin ngành", "Thông báo"]), ("Văn bản", ["Văn bản của Sở", "Văn bản của UBND tỉnh"]), ("Công khai ngân sách", ["Dự toán", "Quyết toán", "Tình hình thực hiện"]), ("Giá cả thị trường", []), ("Thủ tục hành chính", []), ("Hỏi đáp", [])], base, "rmRootGroup", "rmGroup")}</div></div>
<div class="content-pane"><div class="DnnModule DnnModule-404">
<h2>Lỗi 404 - Không tìm thấy trang</h2>
<p>Trang bạn yêu cầu không tồn tại hoặc đã được chuyển sang địa chỉ khác. Có thể liên kết bạn sử dụng đã hết hạn hoặc bị gõ sai.</p>
<p>Vui lòng quay lại <a href="/">Trang chủ</a> hoặc sử dụng chức năng tìm kiếm dưới đây.</p>
<div class="search404"><input type="text" name="q" placeholder="Nhập từ khóa"> <input type="submit" value="Tìm kiếm"></div>
</div>
<div class="box"><h3>Tin mới</h3><ul>{li_news(rng, 10, base + '/tin-tuc')}</ul></div></div>
{gov_footer_r(rng, 'SỞ TÀI CHÍNH TỈNH GIA LAI', 'Số 02 Hai Bà Trưng, phường Pleiku, tỉnh Gia Lai', '0269.3824 316', 'Chịu trách nhiệm nội dung: Giám đốc Sở Tài chính')}
</div></form></body></html>
"""


def n04(rng):
    """SharePoint news-detail page for a withdrawn item: the template renders, the item is empty."""
    base = "https://khanhhoa.gov.vn"
    return sharepoint_head("Cổng thông tin điện tử tỉnh Khánh Hòa") + f"""
<body>
<form method="post" action="./chitiettin.aspx?IDNews=47102" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2Qw{viewstate(rng, 6000)}"></div>
{js_blob(rng, 40, "g_TanDanMenuData")}
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="tdn-header"><div class="tdn-topbar"><span class="tdn-date">Chủ nhật, ngày 22/11/2026</span> <a href="/Pages/sitemap.aspx">Sơ đồ cổng</a> | <a href="/Pages/lienhe.aspx">Liên hệ</a></div>
<div class="tdn-banner"><div class="tdn-slogan">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA</div></div>
<div class="tdn-megamenu">{menu(GOV_MENU, base + '/Pages', 'mega', 'mega-col')}</div></div>
<div class="tdn-body"><div class="tdn-left">
<div class="tdn-breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/Pages/tin-tuc.aspx">Tin tức - Sự kiện</a></div>
<div id="ctl00_PlaceHolderMain_ctl00_pnlNewsDetail" class="news-detail">
<div class="ms-rtestate-field">
<h1 class="NewsTitle"></h1>
<div class="NewsDate"></div>
<div class="NewsToolbar"><a href="javascript:window.print()">In trang</a> | <a href="#">Gửi email</a></div>
<div class="NewsBody">
</div>
</div>
<div class="NewsRating">Đánh giá bài viết: <span class="stars">☆☆☆☆☆</span> (0 đánh giá) &nbsp; Số lượt xem: 0</div>
</div>
<div class="OtherNews"><div class="OtherNewsTitle">Các tin khác</div><ul>{li_news(rng, 12, base + '/Pages/chitiettin.aspx?IDNews=', '({d:02d}/11/2026)')}</ul></div>
</div>
<div class="tdn-right"><div class="tdn-box"><div class="tdn-box-title">Tin đọc nhiều</div><ul>{li_news(rng, 10, base)}</ul></div>
<div class="tdn-box"><div class="tdn-box-title">Xã, phường, đặc khu</div>{site_links(rng, 60, "Cổng TTĐT xã, phường, đặc khu")}</div></div></div>
{gov_footer_r(rng, 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA', 'Số 01 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa', '0258.3822 661', 'Cơ quan chủ quản: UBND tỉnh Khánh Hòa. Giấy phép số 19/GP-TTĐT ngày 05/8/2025')}
</div></div></form></body></html>
"""


NONART = {
    "n01": dict(kind="listing", platform="vnpt-eportal", url="https://phongtho.laichau.gov.vn/tin-tuc-su-kien/tin-hoat-dong", charset="utf-8", fn=n01),
    "n02": dict(kind="search", platform="custom-news", url="https://tintucthudo.vn/tim-kiem?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91", charset="utf-8", fn=n02),
    "n03": dict(kind="not_found", platform="dnn", url="https://stc.gialai.gov.vn/tin-tuc/ke-hoach-cong-khai-ngan-sach-2025-ban-cu", charset="utf-8", fn=n03),
    "n04": dict(kind="empty", platform="sharepoint-tandan", url="https://khanhhoa.gov.vn/Pages/chitiettin.aspx?IDNews=47102", charset="utf-8", fn=n04),
}

CHARSET = {"j18": "windows-1258"}


def write(name, data, side):
    with open(os.path.join(HERE, name + ".html"), "wb") as f:
        f.write(data)
    with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(side, ensure_ascii=False, indent=1) + "\n")


def main():
    for name in sorted(A):
        a = A[name]
        rng = random.Random("%s:%s" % (SET, name))
        page = globals()["p_" + name](rng, a)
        cs = CHARSET.get(name, "utf-8")
        if name == "j20":
            data = entity_all(page).encode("ascii")
        elif cs == "windows-1258":
            data = enc1258(page)
        else:
            data = page.encode("utf-8")
        side = {"kind": "article", "platform": a["platform"], "url": a["url"], "charset": cs,
                "title": a["title"], "published_at": a["published_at"], "author": a["author"],
                "body": "\n\n".join(body_gold(a))}
        write(name, data, side)
    for name in sorted(NONART):
        m = NONART[name]
        rng = random.Random("%s:%s" % (SET, name))
        page = m["fn"](rng)
        side = {k: m[k] for k in ("kind", "platform", "url", "charset")}
        write(name, page.encode("utf-8"), side)


if __name__ == "__main__":
    main()
