#!/usr/bin/env python3
"""Build the blind-ai gold set: python3 make.py [OUTDIR]. Stdlib only, deterministic."""
import base64, html, json, os, random, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts_a import A as _A
from texts_b import A as _B
ART = {**_A, **_B}
SET = "blind-ai"

def parse(text):
    out = []
    for line in text.strip().split("\n"):
        line = line.strip()
        if not line: continue
        for code, kind in (("L:", "lead"), ("H:", "h"), ("- ", "li"), ("C:", "cap"), ("Q:", "q"), ("T:", "tr")):
            if line.startswith(code):
                v = line[len(code):].strip()
                out.append((kind, v.split(" | ") if kind == "tr" else v)); break
        else:
            out.append(("p", line))
    return out

def gold_body(blocks):
    parts = []
    for k, v in blocks:
        parts.extend(v if k == "tr" else [v])
    return "\n\n".join(parts)

E = html.escape
HEAD = ["Thủ tướng chỉ đạo đẩy nhanh giải ngân vốn đầu tư công những tháng cuối năm",
 "Hội nghị sơ kết công tác cải cách hành chính quý III", "Triển khai Tháng hành động vì bình đẳng giới",
 "Kiểm tra công tác chuẩn bị thi tốt nghiệp THPT", "Tập huấn nghiệp vụ văn thư, lưu trữ cho công chức cấp xã",
 "Hỗ trợ người dân vùng lũ ổn định cuộc sống", "Phát động phong trào thi đua chào mừng Đại hội Đảng bộ",
 "Giao ban báo chí định kỳ tháng 11", "Nghiệm thu công trình nước sạch nông thôn",
 "Đối thoại với doanh nghiệp về thủ tục đất đai", "Trao học bổng cho học sinh nghèo vượt khó",
 "Công bố quyết định về công tác cán bộ", "Tăng cường phòng cháy, chữa cháy mùa khô",
 "Rà soát hộ nghèo, hộ cận nghèo năm 2026", "Hội thảo phát triển kinh tế tập thể",
 "Ra mắt mô hình dân vận khéo", "Khánh thành điểm trường vùng cao", "Cấp phát thẻ bảo hiểm y tế cho đồng bào dân tộc thiểu số",
 "Kỳ họp chuyên đề HĐND tỉnh thông qua 12 nghị quyết", "Hướng dẫn kê khai tài sản, thu nhập năm 2026",
 "Xúc tiến thương mại nông sản tại Thủ đô", "Tuyên dương gương người tốt, việc tốt", "Kiểm tra an toàn thực phẩm dịp cuối năm",
 "Lấy ý kiến nhân dân về dự thảo quy hoạch", "Tổng kết mô hình chuyển đổi số cộng đồng"]
MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản pháp luật", "Thủ tục hành chính",
 "Dịch vụ công", "Hỏi đáp", "Thông tin tuyên truyền", "Công khai ngân sách", "Quy hoạch - Kế hoạch", "Liên hệ"]

def rdate(r, y0=2026):
    return "%02d/%02d/%d" % (r.randint(1, 28), r.randint(7, 11), 2026)

def related(r, label, n, cls="related"):
    items = "".join('<li><a href="/tin-tuc/-/asset_publisher/%s/%d">%s</a> <span class="date">(%s)</span></li>' % (
        "".join(r.choice("abcdefghijKLMNOP") for _ in range(12)), r.randint(10000, 99999), E(r.choice(HEAD)), rdate(r)) for _ in range(n))
    return '<div class="%s"><h3 class="box-title">%s</h3><ul>%s</ul></div>' % (cls, label, items)

def menu(r, site):
    subs = "".join('<li class="dropdown"><a href="/%s">%s</a><ul class="sub">%s</ul></li>' % (
        "m%d" % i, E(m), "".join('<li><a href="/m%d/s%d">%s</a></li>' % (i, j, E(r.choice(MENU))) for j in range(r.randint(2, 6))))
        for i, m in enumerate(MENU))
    return '<nav class="main-menu" id="nav-%d"><ul>%s</ul></nav>' % (r.randint(1, 999), subs)

def scripts(r, n):
    out = []
    for i in range(n):
        keys = ",".join('"k%d":"%s"' % (j, "".join(r.choice("0123456789abcdef") for _ in range(24))) for j in range(r.randint(5, 30)))
        out.append('<script type="text/javascript">window.__cfg%d={%s};(function(){var a=document.querySelectorAll(".nav li");for(var i=0;i<a.length;i++){a[i].onmouseover=function(){this.className+=" hover";};}})();</script>' % (i, keys))
    out.append("<script>(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;})(window,document,'script','//www.google-analytics.com/analytics.js','ga');ga('create','UA-%d-1','auto');ga('send','pageview');</script>" % r.randint(1000000, 9999999))
    return "\n".join(out)

def styles(r):
    rules = "".join(".c%d{margin:%dpx;color:#%06x}" % (i, r.randint(0, 20), r.randint(0, 0xffffff)) for i in range(r.randint(20, 80)))
    return "<style>%s</style>" % rules

def footer(r, org, addr):
    return ('<footer class="footer"><p><strong>%s</strong></p><p>Địa chỉ: %s</p><p>Điện thoại: 0%d.%d · Email: banbientap@%s</p>'
            '<p>Giấy phép số %d/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch cấp. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>'
            '<p>Lượt truy cập: %s</p></footer>') % (E(org), E(addr), r.randint(200, 299), r.randint(3000000, 3999999), "gov.vn", r.randint(10, 250), format(r.randint(1000000, 99999999), ","))

def body_html(blocks, style, r):
    out, table = [], []
    def flush():
        if table:
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(c) for c in row) for row in table)
            out.append('<table class="table" border="1" cellpadding="4"><tbody>%s</tbody></table>' % rows)
            table.clear()
    in_list = False
    for k, v in blocks:
        if k != "tr": flush()
        if k != "li" and in_list:
            out.append("</ul>"); in_list = False
        if k == "lead": continue
        if k == "p": out.append('<p style="text-align: justify;">%s</p>' % E(v) if style % 2 else "<p>%s</p>" % E(v))
        elif k == "h": out.append("<h3><strong>%s</strong></h3>" % E(v) if style % 2 else "<h2>%s</h2>" % E(v))
        elif k == "li":
            if not in_list: out.append("<ul>"); in_list = True
            out.append("<li>%s</li>" % E(v))
        elif k == "q": out.append("<blockquote><p>%s</p></blockquote>" % E(v))
        elif k == "tr": table.append(v)
        elif k == "cap":
            img = '<img src="/documents/%d/%d/anh%d.jpg" alt="ảnh minh họa" width="640">' % (r.randint(1, 99999), r.randint(1, 9999), r.randint(1, 99))
            if style % 3 == 0:
                out.append('<table class="image" align="center"><tr><td>%s</td></tr><tr><td class="caption"><em>%s</em></td></tr></table>' % (img, E(v)))
            else:
                out.append("<figure>%s<figcaption>%s</figcaption></figure>" % (img, E(v)))
    flush()
    if in_list: out.append("</ul>")
    return "\n".join(out)

def lead_of(blocks):
    return next((v for k, v in blocks if k == "lead"), None)

def viewstate(r, n):
    return base64.b64encode(r.randbytes(n)).decode()

def pad(r, n):
    # hidden JSON menu cache, as portals ship for their mega menus
    items = []
    while sum(len(x.encode("utf-8")) + 1 for x in items) < n:
        items.append('{"id":%d,"t":"%s","u":"/c/%d"}' % (r.randint(1, 99999), r.choice(HEAD), r.randint(1, 99999)))
    return '<script type="application/json" id="menu-cache">[%s]</script>' % ",".join(items)

# ---- page configs ---------------------------------------------------------------
CFG = {
 "i01": dict(plat="liferay", url="https://tuyenquang.gov.vn/web/guest/tin-tuc/-/asset_publisher/Ab3xKq/content/tuyen-quang-khoi-cong-tuyen-duong-lien-xa-minh-quang-lam-binh", site="Cổng Thông tin điện tử tỉnh Tuyên Quang", addr="Số 160 đường Trần Hưng Đạo, phường Minh Xuân, tỉnh Tuyên Quang",
   crawl="Chủ nhật, 22/11/2026", date_html='<span class="date-published">20/11/2026 15:42</span>', pub="2026-11-20T15:42:00+07:00",
   by_html='<p class="author" style="text-align:right"><strong>Minh Khuê</strong></p>', author="Minh Khuê", by_pos="after", size=150),
 "i02": dict(plat="sharepoint-tandan", url="https://sonoivu.laocai.gov.vn/tin-tuc-su-kien/so-noi-vu-trien-khai-danh-gia-can-bo-cong-chuc-cap-xa-nam-2026-1578422", site="Sở Nội vụ tỉnh Lào Cai", addr="Tầng 4, Khối 5, Trung tâm hành chính tỉnh, phường Cam Đường, tỉnh Lào Cai",
   crawl="Chủ Nhật, ngày 22/11/2026", date_html='<span class="ms-date">17/11/2026 | 4:25 CH</span>', pub="2026-11-17T16:25:00+07:00",
   by_html='<div class="tacgia">Tin, ảnh: Hà Trang</div>', author="Hà Trang", by_pos="after", size=70),
 "i03": dict(plat="sharepoint-trang", url="https://snnmt.thainguyen.gov.vn/Trang/TinTuc/TinChiTiet.aspx?ItemID=8841", site="Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên", addr="Số 2 đường Đội Cấn, phường Phan Đình Phùng, tỉnh Thái Nguyên",
   crawl="Chủ nhật 22-11-2026", date_html='<div class="ngaycapnhat">Ngày cập nhật 18/11/2026</div>', pub="2026-11-18T00:00:00+07:00",
   by_html='<p class="tacgia" align="right"><b>Bài, ảnh: Thanh Xuân</b></p>', author="Thanh Xuân", by_pos="after", size=45, charset="windows-1258"),
 "i04": dict(plat="liferay", url="https://soyte.daklak.gov.vn/web/guest/tin-tuc-su-kien/-/asset_publisher/syt01/content/tang-cuong-phong-chong-sot-xuat-huyet-cuoi-mua-mua", site="Sở Y tế tỉnh Đắk Lắk", addr="Số 68 đường Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk",
   crawl="Chủ nhật, 22/11/2026", date_html='<span class="time">16/11/2026 09:05</span>', pub="2026-11-16T09:05:00+07:00",
   by_html='<div class="author-box" style="text-align:right"><p><strong>BS. Trần Thị Mỹ Linh</strong></p><p><em>Trung tâm Kiểm soát bệnh tật tỉnh</em></p></div>', author="BS. Trần Thị Mỹ Linh, Trung tâm Kiểm soát bệnh tật tỉnh", by_pos="after", size=60, entities=True),
 "i05": dict(plat="aspnet", url="https://gialai.gov.vn/tin-tuc/chinh-quyen/gia-lai-day-manh-chuyen-doi-so-trong-giai-quyet-thu-tuc-hanh-chinh-cap-xa.81234.aspx", site="Cổng Thông tin điện tử tỉnh Gia Lai", addr="Số 1 đường Trần Phú, phường Quy Nhơn, tỉnh Gia Lai",
   crawl="Chủ nhật, 22 tháng 11 năm 2026", date_html='<div class="box-meta">Ngày đăng: 18/11/2026 08:30:15</div>', pub="2026-11-18T08:30:15+07:00",
   by_html='<p class="byline"><b>Tin: Kim Ngân - Ảnh: Hoàng Phúc</b></p>', author="Kim Ngân, Hoàng Phúc", by_pos="after", size=135, nfd=True),
 "i06": dict(plat="dnn", url="https://sogddt.ninhbinh.gov.vn/tin-tuc/ArticleID/5521/hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thcs-nam-hoc-2026-2027", site="Sở Giáo dục và Đào tạo tỉnh Ninh Bình", addr="Số 11 đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình",
   crawl="22/11/2026", date_html=None, pub="2026-11-14T00:00:00+07:00", table_meta=[("Ngày đăng", "14/11/2026"), ("Tác giả", "Phạm Văn Quý"), ("Lượt xem", "412")],
   by_html=None, author="Phạm Văn Quý", by_pos="table", size=50),
 "i07": dict(plat="wordpress", url="https://hoinongdan.dongthap.gov.vn/2026/11/15/tap-huan-san-xuat-lua-giam-phat-thai/", site="Hội Nông dân tỉnh Đồng Tháp", addr="Số 12 đường 30/4, phường Cao Lãnh, tỉnh Đồng Tháp",
   crawl="Chủ Nhật, 22/11/2026", date_html='<span class="posted-on"><a href="#">15/11/2026</a></span> <span class="byline">Đăng bởi: <a href="/author/bientap_hnd">bientap_hnd</a></span>', pub="2026-11-15T09:18:44+07:00",
   meta_pub="2026-11-15T02:18:44+00:00", by_html='<p style="text-align: right;"><strong>Bài, ảnh: Lê Văn Hòa</strong></p>', author="Lê Văn Hòa", by_pos="after", size=80),
 "i08": dict(plat="php-custom", url="https://vhttdl.nghean.gov.vn/tin-hoat-dong/le-hoi-lang-sen-nam-2026-thu-hut-hon-25000-luot-khach-2231.html", site="Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An", addr="Số 13 đường Trần Hưng Đạo, phường Trường Vinh, tỉnh Nghệ An",
   crawl="Chủ nhật, 22/11/2026", date_html=None, pub="2026-05-20T14:05:00+07:00", jsonld=True,
   by_html='<p class="source" style="text-align:right"><em>(Theo Báo Nghệ An)</em></p>', author=None, by_pos="after", size=40),
 "i09": dict(plat="liferay", url="https://quangninh.gov.vn/web/guest/tin-tuc/-/asset_publisher/qn2026/content/dac-khu-van-don-don-tau-bien-quoc-te-dau-tien", site="Cổng Thông tin điện tử tỉnh Quảng Ninh", addr="Trụ sở Liên cơ quan số 3, phường Hồng Gai, tỉnh Quảng Ninh",
   crawl="Chủ nhật, 22/11/2026", date_html='<span class="date">Thứ Hai, 10/11/2026 - 11:20</span>', pub="2026-11-10T11:20:00+07:00",
   by_html='<p class="author"><strong>Bài: Thu Hà - Ảnh: Quốc Việt</strong></p>', author="Thu Hà, Quốc Việt", by_pos="before", size=95),
 "i10": dict(plat="sharepoint-tandan", url="https://congan.lamdong.gov.vn/tin-tuc/ra-quan-bao-dam-trat-tu-an-toan-giao-thong-cuoi-nam-2026", site="Công an tỉnh Lâm Đồng", addr="Số 9 đường Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng",
   crawl="Chủ Nhật, 22/11/2026", date_html='<span class="ms-date">19/11/2026 | 10:05 SA</span>', pub="2026-11-19T10:05:00+07:00",
   by_html='<div class="tacgia"><p><strong>Thượng tá Nguyễn Văn Đông</strong></p><p>Phòng Tham mưu, Công an tỉnh</p></div>', author="Thượng tá Nguyễn Văn Đông, Phòng Tham mưu, Công an tỉnh", by_pos="after", size=160),
 "i11": dict(plat="liferay", url="https://angiang.gov.vn/web/guest/chi-tiet/-/asset_publisher/ag01/content/phe-duyet-quy-hoach-dac-khu-phu-quoc", site="Cổng Thông tin điện tử tỉnh An Giang", addr="Số 82 đường Tôn Đức Thắng, phường Long Xuyên, tỉnh An Giang",
   crawl="Chủ nhật, 22/11/2026", date_html=None, pub="2026-11-12T16:47:03+07:00", meta_pub="2026-11-12T16:47:03+07:00",
   by_html='<p style="text-align:right"><strong>Hoàng Nam</strong></p>', author="Hoàng Nam", by_pos="after", size=55),
 "i12": dict(plat="wordpress", url="https://ldld.phutho.gov.vn/trao-320-suat-qua-cho-cong-nhan-co-hoan-canh-kho-khan/", site="Liên đoàn Lao động tỉnh Phú Thọ", addr="Đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ",
   crawl="Chủ Nhật, 22 Tháng Mười Một, 2026 (22/11/2026)", date_html='<time class="entry-date published" datetime="2026-11-14T20:31:00+07:00">14 Tháng Mười Một, 2026</time>', pub="2026-11-14T20:31:00+07:00",
   by_html='<p class="tac-gia"><em>Thanh Tâm</em></p>', author="Thanh Tâm", by_pos="after", size=65),
 "i13": dict(plat="liferay", url="https://socongthuong.hungyen.gov.vn/web/guest/tin-tuc/-/asset_publisher/hy07/content/46-san-pham-ocop-dat-4-sao-nam-2026", site="Sở Công Thương tỉnh Hưng Yên", addr="Số 437 đường Nguyễn Văn Linh, phường Phố Hiến, tỉnh Hưng Yên",
   crawl="Chủ nhật, 22/11/2026", date_html='<div class="info-box">Ngày đăng: 18/11/2026 | Lượt xem: 245</div>', pub="2026-11-18T00:00:00+07:00",
   by_html='<div class="author-top">Tác giả: Vũ Thị Hằng</div>', author="Vũ Thị Hằng", by_pos="before", size=58),
 "i14": dict(plat="sharepoint-trang", url="https://camau.gov.vn/Trang/ThongBao/ThongBaoChiTiet.aspx?ItemID=3310", site="Cổng Thông tin điện tử tỉnh Cà Mau", addr="Số 2 đường Hùng Vương, phường An Xuyên, tỉnh Cà Mau",
   crawl="Chủ nhật, 22/11/2026", date_html='<div class="ngaycapnhat">Ngày cập nhật 20/11/2026</div>', pub="2026-11-20T00:00:00+07:00",
   by_html='<p class="nguon" align="right"><i>Nguồn: Ban Tiếp công dân tỉnh</i></p>', author=None, by_pos="after", size=48),
 "i15": dict(plat="aspnet", url="https://sonla.gov.vn/tin-tuc/kinh-te/mo-hinh-nuoi-ca-long-tren-long-ho-thuy-dien-61772.aspx", site="Cổng Thông tin điện tử tỉnh Sơn La", addr="Số 1 đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La",
   crawl="Chủ nhật, 22/11/2026", date_html='<span class="date">Thứ tư, 04/11/2026, 14:10</span>', pub="2026-11-04T14:10:00+07:00",
   by_html='<p class="author" align="right"><b>Nguyễn Thị Mai - Trung tâm Khuyến nông tỉnh</b></p>', author="Nguyễn Thị Mai - Trung tâm Khuyến nông tỉnh", by_pos="after", size=75),
 "i16": dict(plat="dnn", url="https://stc.quangtri.gov.vn/tin-tuc/ArticleID/902/thu-ngan-sach-nha-nuoc-10-thang-dat-91-du-toan", site="Sở Tài chính tỉnh Quảng Trị", addr="Số 126 đường Hùng Vương, phường Đông Hà, tỉnh Quảng Trị",
   crawl="Chủ nhật - 22/11/2026", date_html='<span class="ngay">Ngày 11/11/2026 lúc 15:20</span>', pub="2026-11-11T15:20:00+07:00",
   by_html='<p style="text-align:right"><strong>HỒNG NHUNG</strong></p>', author="HỒNG NHUNG", by_pos="after", size=52),
 "i17": dict(plat="liferay", url="https://cantho.gov.vn/web/guest/tin-tuc/-/asset_publisher/ct01/content/khai-mac-tuan-le-van-hoa-du-lich-song-nuoc-mien-tay", site="Cổng Thông tin điện tử thành phố Cần Thơ", addr="Số 2 đường Hòa Bình, phường Ninh Kiều, thành phố Cần Thơ",
   crawl="Chủ nhật, 22/11/2026", date_html='<span class="date-published">21/11/2026 22:10</span>', pub="2026-11-21T22:10:00+07:00",
   by_html='<p class="author" style="text-align:right"><strong>Phương Linh</strong></p>', author="Phương Linh", by_pos="after", size=62),
 "i18": dict(plat="php-custom", url="https://svhttdl.thanhhoa.gov.vn/tin-tuc/bao-ton-di-san-gan-voi-phat-trien-du-lich-ben-vung-7741.html", site="Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa", addr="Số 36 đường Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
   crawl="Chủ nhật, 22/11/2026", date_html='<span class="date">20/11/2026 - 07:45</span>', pub="2026-11-20T07:45:00+07:00",
   by_html='<p class="author" align="right"><b>Thực hiện: Mai Anh</b></p>', author="Mai Anh", by_pos="after", size=44),
 "i19": dict(plat="sharepoint-tandan", url="https://bacninh.gov.vn/tin-tuc/bac-ninh-hoan-thanh-som-muc-tieu-xoa-nha-tam-nha-dot-nat", site="Cổng Thông tin điện tử tỉnh Bắc Ninh", addr="Số 10 đường Phù Đổng Thiên Vương, phường Kinh Bắc, tỉnh Bắc Ninh",
   crawl="Chủ Nhật, 22/11/2026", date_html='<span class="ms-date">Ngày đăng: 03/11/2026 8:15 SA | Cập nhật: 05/11/2026 2:30 CH</span>', pub="2026-11-03T08:15:00+07:00",
   by_html='<div class="tacgia"><strong>Minh Tuấn</strong></div>', author="Minh Tuấn", by_pos="after", size=68),
 "i20": dict(plat="php-custom", url="https://snnmt.khanhhoa.gov.vn/index.php/tin-tuc/tang-cuong-quan-ly-tau-ca-chong-khai-thac-iuu", site="Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa", addr="Số 4 đường Phan Chu Trinh, phường Nha Trang, tỉnh Khánh Hòa",
   crawl="Chủ nhật, 22/11/2026", date_html='<div class="updated">Cập nhật: 07/11/2026</div>', pub="2026-11-07T00:00:00+07:00",
   by_html='<div class="author"><p><b>ThS. Trần Quốc Bảo</b></p><p><i>Chi cục Thủy sản</i></p></div>', author="ThS. Trần Quốc Bảo, Chi cục Thủy sản", by_pos="after", size=38, charset=None),
}

def article_page(name):
    c, a = CFG[name], ART[name]
    r = random.Random("%s:%s" % (SET, name))
    blocks = parse(a["text"])
    lead = lead_of(blocks)
    plat = c["plat"]
    meta = ['<meta charset="utf-8">' if c.get("charset", "utf-8") in ("utf-8",) else
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % (c.get("charset") or "utf-8")]
    meta.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    meta.append('<meta name="author" content="%s">' % E(c["site"]))
    meta.append('<meta property="og:title" content="%s">' % E(a["title"]))
    if c.get("meta_pub"):
        meta.append('<meta property="article:published_time" content="%s">' % c["meta_pub"])
    if c.get("jsonld"):
        meta.append('<script type="application/ld+json">%s</script>' % json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": c["pub"], "publisher": {"@type": "Organization", "name": c["site"]}}, ensure_ascii=False))
    title_tag = "%s - %s" % (a["title"], c["site"])
    top = ('<div class="top-bar"><span class="today">%s</span> | <a href="/lien-he">Liên hệ</a> | <a href="/so-do">Sơ đồ trang</a> | <a href="/en">English</a></div>'
           '<header class="banner"><a href="/"><img src="/banner.png" alt="%s"></a><h2 class="site-name">%s</h2></header>') % (E(c["crawl"]), E(c["site"]), E(c["site"]))
    crumbs = '<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức - Sự kiện</a> » <span>%s</span></div>' % r.choice(["Tin hoạt động", "Kinh tế", "Chính trị", "Văn hóa - Xã hội", "Thông báo"])
    parts = ['<h1 class="title">%s</h1>' % E(a["title"])]
    if c.get("table_meta"):
        parts.append('<table class="article-info">%s</table>' % "".join("<tr><td>%s:</td><td>%s</td></tr>" % (E(k), E(v)) for k, v in c["table_meta"]))
    if c["date_html"]: parts.append('<div class="meta">%s</div>' % c["date_html"])
    tools = '<div class="tools"><a href="#" onclick="window.print()">In bài viết</a> | <a href="#">Gửi email</a> | Cỡ chữ: <a href="#">A-</a> <a href="#">A+</a> | <a href="https://www.facebook.com/sharer.php">Chia sẻ</a></div>'
    parts.append(tools)
    if c["by_pos"] == "before" and c["by_html"]: parts.append(c["by_html"])
    if lead: parts.append('<div class="sapo"><strong>%s</strong></div>' % E(lead))
    if r.random() < 0.5 and lead: parts.append(related(r, "Tin liên quan", 3, "inline-related"))
    parts.append('<div class="journal-content-article" id="content">%s</div>' % body_html(blocks, r.randint(0, 5), r))
    if c["by_pos"] == "after" and c["by_html"]: parts.append(c["by_html"])
    parts.append('<div class="rating">Đánh giá bài viết: <span class="stars">★★★★☆</span> (%d lượt) | Lượt xem: %d</div>' % (r.randint(1, 40), r.randint(50, 5000)))
    parts.append('<div class="tags">Từ khóa: <a href="#">%s</a></div>' % r.choice(["chuyển đổi số", "kinh tế", "xã hội", "nông nghiệp"]))
    parts.append('<form class="comment"><h4>Ý kiến bạn đọc</h4><input name="hoten" placeholder="Họ và tên"><textarea name="noidung"></textarea><button>Gửi ý kiến</button></form>')
    parts.append(related(r, r.choice(["Tin cùng chuyên mục", "Các tin khác"]), r.randint(5, 10)))
    article = "\n".join(parts)
    side = related(r, "Tin mới nhất", r.randint(5, 9), "sidebar") + related(r, "Thông báo", r.randint(3, 6), "sidebar") + \
        '<div class="links"><h3>Liên kết website</h3><select><option>Chính phủ</option><option>Bộ Nội vụ</option><option>Các tỉnh, thành phố</option></select></div>'
    wrap_open, wrap_close, extra = "", "", ""
    if plat == "liferay":
        pid = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_%s" % "".join(r.choice("ABCDEFGHJKabcdefxyz0123456789") for _ in range(12))
        wrap_open = '<div class="portlet-boundary portlet-journal-content" id="p_p_id_%s_"><section class="portlet" id="portlet_%s"><div class="portlet-content">' % (pid, pid)
        wrap_close = "</div></section></div>"
        extra = '<script>Liferay.Portlet.onLoad({canEditTitle:false,columnPos:0,isStatic:"end",namespacedId:"p_p_id_%s_",portletId:"%s"});</script>' % (pid, pid)
    elif plat in ("sharepoint-tandan", "sharepoint-trang", "aspnet"):
        wrap_open = '<form method="post" action="./%s" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s"><input type="hidden" name="__EVENTVALIDATION" value="%s"><div id="s4-workspace"><div class="ms-rtestate-field">' % (
            "TinChiTiet.aspx", viewstate(r, r.randint(3000, 9000)), viewstate(r, r.randint(300, 900)))
        wrap_close = "</div></div></form>"
        extra = '<script>var _spPageContextInfo={webServerRelativeUrl:"/",webLanguage:1066,currentLanguage:1066,siteClientTag:"%d$$16.0.%d.1000"};</script>' % (r.randint(1, 99), r.randint(4000, 5999))
    elif plat == "dnn":
        wrap_open = '<form method="post" action="/" id="Form"><input type="hidden" name="__VIEWSTATE" value="%s"><div id="dnn_ContentPane" class="DNNEmptyPane"><div class="DnnModule DnnModule-EasyDNNnews DnnModule-%d">' % (viewstate(r, r.randint(1000, 3000)), r.randint(400, 999))
        wrap_close = "</div></div></form>"
        extra = '<script src="/Portals/_default/Skins/Xcillion/bootstrap/js/bootstrap.min.js?cdv=%d"></script>' % r.randint(100, 999)
    elif plat == "wordpress":
        wrap_open = '<div id="page" class="site"><main id="main" class="site-main"><article id="post-%d" class="post type-post status-publish format-standard hentry"><div class="entry-content">' % r.randint(1000, 9999)
        wrap_close = "</div></article></main></div>"
        extra = "<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1'></script><script src='/wp-content/themes/newsup/js/custom.js?ver=%d'></script>" % r.randint(1, 99)
    else:
        wrap_open = '<div class="container"><div class="row"><div class="col-md-8 detail">'
        wrap_close = "</div></div></div>"
    doc = ["<!DOCTYPE html>", '<html lang="vi"><head>', *meta, "<title>%s</title>" % E(title_tag), styles(r),
           '<link rel="stylesheet" href="/css/site.css?v=%d">' % r.randint(1, 999), "</head><body>", top, menu(r, c["site"]), crumbs,
           wrap_open, article, wrap_close, '<aside class="sidebar">%s</aside>' % side, footer(r, c["site"], c["addr"]), scripts(r, r.randint(2, 8)), extra]
    target = c["size"] * 1024
    cur = len("\n".join(doc).encode("utf-8"))
    if target > cur + 1000:
        doc.insert(-3, pad(r, target - cur - 200))
    text = "\n".join(doc) + "\n</body></html>\n"
    gold = {"kind": "article", "platform": plat, "url": c["url"], "charset": c.get("charset", "utf-8"), "title": a["title"],
            "published_at": c["pub"], "author": c["author"], "body": gold_body(blocks)}
    return encode(text, c), gold

def encode_1258(text):
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            tones = "".join(x for x in d if x in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(x for x in d if x not in tones))
            out += (base + tones).encode("cp1258", "xmlcharrefreplace")
    return bytes(out)

def encode(text, c):
    if c.get("entities"):
        head, sep, rest = text.partition("<body>")
        rest = "".join(ch if ord(ch) < 128 else "&#%d;" % ord(ch) for ch in rest)
        return (head + sep + rest).encode("utf-8")
    if c.get("nfd"):
        return unicodedata.normalize("NFD", text).encode("utf-8")
    if c.get("charset") == "windows-1258":
        return encode_1258(text)
    return text.encode("utf-8")

# ---- non-articles ---------------------------------------------------------------
def simple_page(name, title, inner, site, r):
    return "\n".join(["<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8"><title>%s</title>' % E(title), styles(r), "</head><body>",
        '<div class="top-bar"><span class="today">Chủ nhật, 22/11/2026</span></div><header class="banner"><h2 class="site-name">%s</h2></header>' % E(site),
        menu(r, site), inner, footer(r, site, "Trung tâm hành chính tỉnh"), scripts(r, 3), "</body></html>\n"])

def nonarticles():
    pages = {}
    r = random.Random(SET + ":n01")
    items = "".join('<div class="item"><h3><a href="/tin-tuc/%d">%s</a></h3><span class="date">%s</span><p>%s...</p></div>' % (
        r.randint(1000, 9999), E(h), rdate(r), E(ART["i%02d" % (i + 1)]["title"])) for i, h in enumerate(r.sample(HEAD, 12)))
    inner = '<div class="breadcrumb"><a href="/">Trang chủ</a> » Tin tức - Sự kiện</div><h1>Tin tức - Sự kiện</h1><div class="list">%s</div><div class="paging"><a>1</a> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">Trang sau »</a></div>' % items
    pages["n01"] = (simple_page("n01", "Tin tức - Sự kiện - Cổng Thông tin điện tử tỉnh Hà Tĩnh", inner, "Cổng Thông tin điện tử tỉnh Hà Tĩnh", r),
                    dict(kind="listing", platform="liferay", url="https://hatinh.gov.vn/web/guest/tin-tuc-su-kien", charset="utf-8"))
    r = random.Random(SET + ":n02")
    items = "".join('<li><a href="/Trang/TinChiTiet.aspx?ItemID=%d">%s</a><br><small>%s</small></li>' % (r.randint(100, 9999), E(h), rdate(r)) for h in r.sample(HEAD, 10))
    inner = '<form action="/Trang/TimKiem.aspx"><input name="k" value="chuyển đổi số"><button>Tìm kiếm</button></form><h1>Kết quả tìm kiếm</h1><p>Tìm thấy 137 kết quả cho từ khóa “chuyển đổi số” (0,21 giây)</p><ol class="search-results">%s</ol>' % items
    pages["n02"] = (simple_page("n02", "Tìm kiếm - Sở Khoa học và Công nghệ tỉnh Đồng Nai", inner, "Sở Khoa học và Công nghệ tỉnh Đồng Nai", r),
                    dict(kind="search", platform="sharepoint-trang", url="https://sokhcn.dongnai.gov.vn/Trang/TimKiem.aspx?k=chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91", charset="utf-8"))
    r = random.Random(SET + ":n03")
    inner = '<div class="portlet-boundary"><div class="alert alert-warning"><h1>Không tìm thấy trang</h1><p>Trang bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ. Vui lòng quay lại <a href="/">Trang chủ</a> hoặc sử dụng chức năng tìm kiếm.</p></div></div>%s' % related(r, "Tin mới nhất", 6, "sidebar")
    pages["n03"] = (simple_page("n03", "Không tìm thấy trang - Cổng Thông tin điện tử tỉnh Điện Biên", inner, "Cổng Thông tin điện tử tỉnh Điện Biên", r),
                    dict(kind="not_found", platform="liferay", url="https://dienbien.gov.vn/web/guest/tin-tuc/-/asset_publisher/x/content/bai-viet-da-go", charset="utf-8"))
    r = random.Random(SET + ":n04")
    tok = "".join(r.choice("0123456789abcdef") for _ in range(64))
    ch = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Đang kiểm tra trình duyệt...</title>'
          '<script>function setC(){var a=%d,b=%d;document.cookie="D1N=%s"+(a*b)+"; path=/";location.reload();}window.onload=function(){setTimeout(setC,1500);};</script>'
          '</head><body><noscript>Vui lòng bật JavaScript để tiếp tục truy cập.</noscript><div style="text-align:center;margin-top:20%%"><p>Vui lòng đợi trong giây lát, hệ thống đang kiểm tra trình duyệt của bạn...</p></div></body></html>\n') % (r.randint(100, 999), r.randint(100, 999), tok)
    pages["n04"] = (ch, dict(kind="challenge", platform="aspnet", url="https://hue.gov.vn/Tin-tuc/tid/Hue-trien-khai/newsid/8C1A2B/Default.aspx", charset="utf-8"))
    return {k: (v[0].encode("utf-8"), v[1]) for k, v in pages.items()}

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    pages = {n: article_page(n) for n in sorted(CFG)}
    pages.update(nonarticles())
    for n, (data, gold) in sorted(pages.items()):
        with open(os.path.join(out, n + ".html"), "wb") as f: f.write(data)
        with open(os.path.join(out, n + ".json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")

if __name__ == "__main__":
    main()
