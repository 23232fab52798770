#!/usr/bin/env python3
"""Generator of the blind-p gold set (Vietnamese news media, fourth round).

python3 make.py [OUTDIR]   -- writes p01..p20 and n01..n04 (.html + .json)

Deterministic: python3 stdlib only, one random.Random("blind-p:NAME") per
page, no clock.  Crawl day: Sunday 22/11/2026.
"""
import base64
import datetime
import html
import json
import os
import random
import sys
import unicodedata

SET = "blind-p"
CRAWL = datetime.datetime(2026, 11, 22, 14, 10, 0)
PAGES = []


def page(name):
    def deco(fn):
        PAGES.append((name, fn))
        return fn
    return deco


def esc(s):
    return html.escape(s, quote=False)


def q(s):
    return html.escape(s, quote=True)


def fill(tpl, **kw):
    for k, v in kw.items():
        tpl = tpl.replace("[[" + k + "]]", str(v))
    return tpl


def slug(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    out = []
    for ch in s.lower():
        out.append(ch if (ch.isascii() and ch.isalnum()) else "-")
    s = "".join(out)
    while "--" in s:
        s = s.replace("--", "-")
    s = s.strip("-")
    if len(s) > 70:
        s = s[:70].rsplit("-", 1)[0]
    return s


WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WD_LOW = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def rdt(r, max_days=30, min_minutes=20):
    """A random moment before the crawl (for sidebars, lists, comments)."""
    return CRAWL - datetime.timedelta(minutes=r.randint(min_minutes, max_days * 1440))


def dmy(d, sep="/"):
    return "%02d%s%02d%s%04d" % (d.day, sep, d.month, sep, d.year)


def hm(d):
    return "%02d:%02d" % (d.hour, d.minute)


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def rid(r, n=12):
    return "".join(r.choice("0123456789") for _ in range(n)).lstrip("0") or "1"


def rhex(r, n=16):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def rb64(r, nbytes):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()


# ---------------------------------------------------------------- headlines
HEADLINES = [
    "Hà Nội công bố 12 tuyến phố đi bộ mới phục vụ dịp cuối năm",
    "Giá lúa thu đông tại An Giang tăng nhẹ, nông dân phấn khởi",
    "Đặc khu Phú Quốc đón lượng khách quốc tế cao nhất từ đầu năm",
    "TP.HCM đẩy nhanh giải phóng mặt bằng tuyến Vành đai 3 đoạn qua Tân Uyên",
    "Nghệ An: Sạt lở đất vùi lấp đường liên thôn ở xã Mường Xén",
    "Cần Thơ khánh thành cầu dân sinh thứ 30 trong năm",
    "Giá vàng miếng đảo chiều giảm sau chuỗi ngày tăng nóng",
    "Ngân hàng đồng loạt điều chỉnh lãi suất huy động kỳ hạn dài",
    "Xuất khẩu sầu riêng 10 tháng vượt kế hoạch cả năm",
    "Bộ Tài chính lấy ý kiến dự thảo sửa đổi thuế thu nhập cá nhân",
    "Khánh Hòa chủ động phương án ứng phó áp thấp nhiệt đới",
    "Thanh Hóa: Phát hiện đường dây làm giả giấy phép lái xe",
    "Công an TP Hải Phòng triệt phá ổ nhóm cho vay nặng lãi",
    "Học sinh lớp 12 được thi thử tốt nghiệp trên máy tính",
    "Trường đại học công bố học phí năm học mới, có ngành tăng 15%",
    "Bác sĩ cảnh báo trẻ nhập viện vì sốt xuất huyết tăng cao",
    "Bệnh viện tuyến tỉnh làm chủ kỹ thuật can thiệp mạch não",
    "Đội tuyển Việt Nam hội quân chuẩn bị cho vòng loại châu Á",
    "Cầu thủ trẻ ghi bàn đẹp nhất vòng 10 V.League",
    "Giải chạy bộ đêm ven sông Hàn thu hút 8.000 vận động viên",
    "Ca sĩ trẻ ra mắt album lấy cảm hứng từ dân ca Nam Bộ",
    "Phim Việt cán mốc 200 tỷ đồng doanh thu sau ba tuần công chiếu",
    "Lễ hội Hoa cúc Đà Lạt kéo dài đến hết tháng 12",
    "Doanh nghiệp công nghệ Việt ra mắt nền tảng AI cho nông nghiệp",
    "Người dùng điện thoại cần làm gì trước khi tắt sóng 2G",
    "Mạng 5G phủ sóng đến 95% trung tâm xã trên cả nước",
    "Cảnh giác chiêu lừa đảo giả danh cán bộ thuế qua điện thoại",
    "Hơn 1.000 hồ sơ đăng ký mua nhà ở xã hội tại Bắc Ninh",
    "Quảng Ninh đón tàu du lịch biển quốc tế đầu tiên của mùa",
    "Lâm Đồng kiến nghị nâng cấp đèo Prenn cũ thành tuyến du lịch",
    "Đồng Nai đề xuất mở rộng cao tốc TP.HCM - Long Thành - Dầu Giây",
    "Giá xăng dầu kỳ điều hành mới giảm nhẹ",
    "Chứng khoán tuần qua: Khối ngoại trở lại mua ròng",
    "Lãi suất cho vay mua nhà tiếp tục giảm về mức thấp",
    "Thu ngân sách 10 tháng đạt 96% dự toán",
    "Xã vùng cao Lai Châu có đường nhựa đến tận bản",
    "Điện Biên trao nhà Đại đoàn kết cho hộ nghèo trước mùa rét",
    "Hưng Yên thu hút thêm ba dự án FDI vào khu công nghiệp",
    "Phú Thọ phục dựng lễ hội rước kiệu làng cổ",
    "Gia Lai: Cà phê được giá, nông dân tất bật thu hoạch",
    "Đắk Lắk phát triển du lịch cộng đồng ở buôn làng ven hồ Lắk",
    "Người Việt ở nước ngoài chuyển kiều hối tăng mạnh dịp cuối năm",
    "Liên hợp quốc cảnh báo nguy cơ thiếu lương thực ở châu Phi",
    "Nhật Bản nâng mức cảnh báo núi lửa ở đảo Kyushu",
    "EU thông qua quy định mới về pin xe điện",
    "Giá dầu thế giới biến động mạnh sau báo cáo tồn kho",
    "Bão mạnh đổ bộ Philippines, hàng chục nghìn người sơ tán",
    "Hàn Quốc tăng lương tối thiểu năm 2027",
    "Mẹo giữ ấm cơ thể cho người cao tuổi khi trời chuyển lạnh",
    "5 thói quen buổi sáng giúp giảm căng thẳng công sở",
    "Thực đơn bữa tối đủ chất cho gia đình bận rộn",
    "Ngôi nhà 40 m2 của cặp vợ chồng trẻ gây sốt mạng xã hội",
    "Cô giáo vùng cao 10 năm cõng chữ lên bản",
    "Chàng trai khuyết tật mở tiệm sửa xe miễn phí cho học sinh",
    "Phụ huynh xếp hàng từ sáng sớm nộp hồ sơ cho con vào lớp 1",
    "Sinh viên nghiên cứu chế tạo robot phân loại rác thải",
    "Xe điện chiếm 20% doanh số ô tô bán ra trong tháng",
    "Những mẫu xe máy tay ga được ưa chuộng dịp cuối năm",
    "Bảng giá xe ô tô lắp ráp trong nước tháng 11",
    "Tuyến metro số 1 kéo dài giờ chạy tàu dịp lễ hội",
    "Hà Nội thí điểm thu phí ô tô vào nội đô giờ cao điểm",
    "TP.HCM chi hơn 3.000 tỷ đồng chống ngập khu vực phía nam",
    "Đà Nẵng ra mắt tour đêm khám phá bán đảo Sơn Trà",
    "Huế mở cửa miễn phí Đại Nội vào các tối cuối tuần",
    "Quảng Trị khôi phục rừng ngập mặn ven biển",
    "Cà Mau đưa tôm lúa trở thành sản phẩm chủ lực",
    "Vĩnh Long liên kết bao tiêu 5.000 ha dừa hữu cơ",
    "Tây Ninh xây dựng vùng nguyên liệu mía công nghệ cao",
    "Đồng Tháp phát triển du lịch mùa nước nổi",
    "Lào Cai khai trương đường bay mới đến Sa Pa",
    "Tuyên Quang đón nhận bằng di sản văn hóa phi vật thể quốc gia",
    "Cao Bằng: Nông dân thu hoạch hạt dẻ trùng khánh được mùa",
    "Lạng Sơn thông quan hơn 1.500 xe hàng mỗi ngày",
    "Sơn La mở rộng vùng trồng mận theo tiêu chuẩn xuất khẩu",
    "Ninh Bình đón 2 triệu lượt khách dịp lễ hội Tràng An",
    "Hà Tĩnh hỗ trợ ngư dân chuyển đổi nghề khai thác gần bờ",
    "Quảng Ngãi đầu tư nâng cấp cảng Dung Quất",
    "Thái Nguyên phát triển chè đặc sản gắn với du lịch",
    "Bắc Ninh khánh thành trung tâm đổi mới sáng tạo",
    "Hải Phòng khởi công cầu vượt sông Cấm thứ hai",
    "Người lao động được hưởng gì khi nghỉ việc trước tuổi",
    "Quy định mới về cấp đổi căn cước cho trẻ em dưới 14 tuổi",
    "Từ 1/1/2027, tăng mức phạt vi phạm nồng độ cồn với xe đạp điện",
    "Chính sách hỗ trợ đóng bảo hiểm xã hội tự nguyện mới nhất",
    "Hướng dẫn đăng ký thường trú trực tuyến sau sắp xếp đơn vị hành chính",
    "Cán bộ xã được tập huấn chuyển đổi số cấp cơ sở",
    "Bộ Y tế đề xuất bổ sung 20 loại thuốc vào danh mục bảo hiểm",
    "Xét xử vụ án vi phạm quy định đấu thầu tại ban quản lý dự án",
    "Khởi tố nhóm đối tượng lừa đảo đầu tư tiền ảo",
    "Tạm giữ tài xế xe tải gây tai nạn rồi bỏ chạy",
    "Trắng đêm dập lửa cứu kho hàng ở khu công nghiệp",
    "Thủ môn 19 tuổi được gọi lên đội tuyển quốc gia",
    "Tay vợt Việt vào tứ kết giải quần vợt châu Á",
    "Kỳ thủ nhí giành huy chương vàng cờ vua trẻ thế giới",
    "Nữ võ sĩ giành đai vô địch WBO châu Á",
    "Điện ảnh Việt chuẩn bị mùa phim Tết nhiều bom tấn",
    "Triển lãm tranh sơn mài của họa sĩ trẻ tại Văn Miếu",
    "Nghệ nhân 80 tuổi truyền dạy hát ví giặm cho học trò",
    "Giới trẻ đổ xô săn mây ở đỉnh Tà Xùa",
    "Điểm danh những cung đường mùa hoa tam giác mạch",
    "Vì sao giá thuê phòng trọ quanh các trường đại học tăng",
    "Chuyên gia chỉ cách phân biệt hàng thật, hàng giả khi mua online",
]

SAPOS = [
    "Theo kế hoạch, các hạng mục chính sẽ hoàn thành trước quý II năm sau.",
    "Cơ quan chức năng đang khẩn trương xác minh, làm rõ nguyên nhân vụ việc.",
    "Nhiều người dân bày tỏ phấn khởi trước sự thay đổi tích cực ở địa phương.",
    "Đây là mức cao nhất kể từ đầu năm đến nay, theo số liệu vừa công bố.",
    "Chuyên gia khuyến cáo người dân cần chủ động theo dõi thông tin chính thức.",
    "Sự kiện thu hút đông đảo du khách trong và ngoài nước tham dự.",
    "Lãnh đạo địa phương cho biết sẽ tiếp tục rà soát, hỗ trợ các hộ khó khăn.",
    "Kết quả này góp phần quan trọng vào tăng trưởng chung của cả năm.",
    "Hoạt động được tổ chức thường niên, năm nay có nhiều điểm mới.",
    "Các doanh nghiệp kỳ vọng đơn hàng cuối năm tiếp tục khởi sắc.",
    "Nhiều phụ huynh băn khoăn trước quy định mới áp dụng từ học kỳ này.",
    "Vụ việc đang được cơ quan điều tra tiếp tục mở rộng.",
    "Giới chuyên môn đánh giá cao nỗ lực của ban huấn luyện.",
    "Sản phẩm được kỳ vọng mở ra hướng đi mới cho thị trường trong nước.",
    "Ngành chức năng khuyến cáo người dân không chủ quan trước diễn biến thời tiết.",
]

MENU = [
    ("Thời sự", ["Chính trị", "Xã hội", "Môi trường", "Quốc phòng", "Chuyển động 24h", "Chính quyền hai cấp"]),
    ("Thế giới", ["Quân sự", "Hồ sơ", "Người Việt bốn phương", "Phân tích", "Kiều bào"]),
    ("Kinh tế", ["Tài chính", "Chứng khoán", "Doanh nghiệp", "Thị trường", "Nông nghiệp", "Tiêu dùng"]),
    ("Bất động sản", ["Dự án", "Thị trường nhà đất", "Nhà ở xã hội", "Không gian sống"]),
    ("Pháp luật", ["An ninh trật tự", "Hồ sơ vụ án", "Tư vấn", "Văn bản mới"]),
    ("Giáo dục", ["Tuyển sinh", "Du học", "Học đường", "Nhà trường"]),
    ("Sức khỏe", ["Y tế", "Dinh dưỡng", "Khỏe đẹp", "Bệnh thường gặp", "Tư vấn bác sĩ"]),
    ("Thể thao", ["Bóng đá Việt Nam", "Bóng đá quốc tế", "Tennis", "Marathon", "Các môn khác"]),
    ("Văn hóa", ["Di sản", "Văn học", "Âm nhạc", "Điện ảnh", "Sân khấu"]),
    ("Giải trí", ["Sao Việt", "Truyền hình", "Thời trang", "Showbiz"]),
    ("Công nghệ", ["AI", "Sản phẩm", "Chuyển đổi số", "An ninh mạng", "Game"]),
    ("Xe", ["Thị trường xe", "Đánh giá xe", "Xe điện", "Tư vấn"]),
    ("Du lịch", ["Điểm đến", "Ẩm thực", "Cẩm nang", "Trải nghiệm"]),
    ("Bạn đọc", ["Hỏi đáp", "Đường dây nóng", "Góp ý - Phản ánh"]),
]

PROVINCES = ["Hà Nội", "TP.HCM", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Quảng Ninh",
             "Lâm Đồng", "Khánh Hòa", "Nghệ An", "Thanh Hóa", "Lào Cai", "Gia Lai",
             "An Giang", "Cà Mau", "Đắk Lắk", "Bắc Ninh", "Ninh Bình"]


def news_items(r, n, tpl, base, datefmt=None, pool=HEADLINES, max_days=20, sapo=False):
    """n invented news teasers rendered with tpl ([[url]] [[title]] [[img]] [[date]] [[sapo]] [[id]])."""
    out = []
    titles = r.sample(pool, min(n, len(pool)))
    while len(titles) < n:
        titles.append(r.choice(pool))
    for t in titles:
        nid = rid(r, 18)
        d = rdt(r, max_days)
        url = "%s/%s-%s.htm" % (base, slug(t), nid)
        img = "https://cdn.%s/thumb_w/320/%04d/%02d/%02d/%s-%s.jpg" % (
            base.split("//")[1].split("/")[0], d.year, d.month, d.day, slug(t)[:30], rhex(r, 8))
        ds = datefmt(d) if datefmt else ""
        out.append(fill(tpl, url=q(url), title=esc(t), atitle=q(t), img=img, date=ds,
                        sapo=esc(r.choice(SAPOS)) if sapo else "", id=nid))
    return "\n".join(out)


def weather(r, tpl):
    out = []
    for p in r.sample(PROVINCES, 8):
        out.append(fill(tpl, city=esc(p), t=r.randint(16, 32), lo=r.randint(12, 22),
                        s=r.choice(["Nhiều mây", "Có mưa rào", "Nắng nhẹ", "Trời lạnh", "Mây thay đổi"])))
    return "\n".join(out)


def menu_html(r, base, style):
    """Mega menus in several styles."""
    out = []
    if style == "vcc":
        for i, (cat, subs) in enumerate(MENU):
            cs = slug(cat)
            sub = "".join('<li class="sub-item"><a href="%s/%s/%s.chn" title="%s">%s</a></li>' % (
                base, cs, slug(s), q(s), esc(s)) for s in subs)
            out.append('<li class="menu-item has-child" data-zone="%d"><a class="menu-link" href="%s/%s.chn" title="%s">%s</a>'
                       '<div class="sub-menu-wrap"><ul class="sub-menu">%s</ul></div></li>' % (
                           r.randint(1000, 9999), base, cs, q(cat), esc(cat), sub))
    elif style == "table":
        for cat, subs in MENU:
            out.append('<td class="menu_td"><a href="%s/%s/" class="menulink">%s</a></td>' % (base, slug(cat), esc(cat)))
    elif style == "mega":
        for cat, subs in MENU:
            cs = slug(cat)
            cols = "".join('<div class="mega__col"><a class="mega__link" href="%s/%s/%s">%s</a></div>' % (
                base, cs, slug(s), esc(s)) for s in subs)
            out.append('<li class="nav__item"><a class="nav__link" href="%s/%s">%s</a><div class="mega">'
                       '<div class="mega__inner">%s</div></div></li>' % (base, cs, esc(cat), cols))
    else:
        for cat, subs in MENU:
            out.append('<li><a href="%s/%s.html">%s</a></li>' % (base, slug(cat), esc(cat)))
    return "\n".join(out)


def ga(r, prop):
    return ("<script async src=\"https://www.googletagmanager.com/gtag/js?id=%s\"></script>\n"
            "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
            "gtag('js',new Date());gtag('config','%s');</script>" % (prop, prop))


def ads_json(r, n):
    """A large inline ad-zone configuration as real portals ship it."""
    zones = []
    for i in range(n):
        zones.append('{"zoneId":"%s","size":[%d,%d],"pos":"%s","lazy":%s,"refresh":%d,"targeting":{"cat":"%s","kw":["%s","%s"]},"fallback":"https://static.adnet.vn/fb/%s.html"}' % (
            rid(r, 8), r.choice([300, 728, 970, 320]), r.choice([250, 90, 600, 100]),
            r.choice(["top", "right1", "right2", "inpage", "bottom", "sticky", "catfish"]),
            r.choice(["true", "false"]), r.choice([0, 30, 60]), slug(r.choice(MENU)[0]),
            slug(r.choice(HEADLINES).split()[0]), rhex(r, 6), rhex(r, 12)))
    return "[" + ",\n".join(zones) + "]"


def css_block(r, prefix, n):
    rules = []
    props = ["margin:0 auto", "padding:8px 12px", "font-size:15px", "line-height:1.6", "color:#222",
             "display:flex", "justify-content:space-between", "border-bottom:1px solid #e5e5e5",
             "font-weight:700", "text-transform:uppercase", "background:#f7f7f7", "width:100%",
             "max-width:1160px", "position:relative", "overflow:hidden", "float:left", "clear:both"]
    for i in range(n):
        rules.append(".%s-%s{%s}" % (prefix, rhex(r, 5), ";".join(r.sample(props, r.randint(2, 5)))))
    return "\n".join(rules)


def gold_body(sapo, blocks):
    out = [sapo] if sapo else []
    for b in blocks:
        k = b[0]
        if k in ("p", "h", "quote", "time", "cap", "vcap", "dropcap", "fn"):
            out.append(b[1])
        elif k in ("ul", "ol", "notes"):
            out.extend(b[1])
        elif k == "table":
            for row in b[1]:
                out.extend(row)
        elif k == "img":
            if b[1]:
                out.append(b[1])
        # "pull", "related", "poll", "xemthem", "raw", "src": not body
    return "\n\n".join(out)


def render(blocks, m):
    """Render body blocks with a per-page markup map m (kind -> function)."""
    out = []
    for b in blocks:
        out.append(m[b[0]](*b[1:]))
    return "\n".join(out)


def sidecar(kind, platform, url, charset="utf-8", **kw):
    d = {"kind": kind, "platform": platform, "url": url, "charset": charset}
    if kind == "article":
        d["title"] = kw["title"]
        d["published_at"] = kw["published_at"]
        d["author"] = kw["author"]
        d["body"] = kw["body"]
    return d


# ====================================================================== VCCorp helpers
def vcc_photo(r, cap, cdn, d, extra=""):
    pid = rid(r, 19)
    src = "https://%s/%04d/%d/%d/%s-%s.jpg" % (cdn, d.year, d.month, d.day, rhex(r, 10), pid)
    capdiv = ('<div class="PhotoCMS_Caption"><p data-placeholder="Nhập chú thích ảnh" class="">%s</p></div>' % esc(cap)) if cap else ""
    alt = q(cap.split(". Ảnh")[0]) if cap else ""
    return ('<div class="VCSortableInPreviewMode" type="Photo" style=""%s><div><a href="%s" data-fancybox="img-lightbox" '
            'title="%s" target="_blank" class="detail-img-lightbox"><img src="%s" id="img_%s" w="1200" h="%d" alt="%s" '
            'title="%s" rel="lightbox" photoid="%s" type="photo" style="max-width:100%%;" data-original="%s" width="" height="" '
            'loading="lazy"></a></div>%s</div>' % (extra, src, alt, src, rid(r, 19), r.choice([675, 800, 900]), alt, alt, pid, src, capdiv))


def vcc_related(r, base, titles, kind="RelatedOneNews"):
    lis = []
    for t in titles:
        u = "%s/%s-%s.chn" % (base, slug(t), rid(r, 18))
        lis.append('<div class="kbwscwl-relatedbox-item"><a href="%s" title="%s" class="show-popup visit-popup" data-newsid="%s">'
                   '<img src="https://static-%s.cnnd.vn/thumb_w/180/%s.jpg" alt="%s"></a><a href="%s" class="kbwscwl-title">%s</a></div>' % (
                       q(u), q(t), rid(r, 18), rhex(r, 4), rhex(r, 16), q(t), q(u), esc(t)))
    return ('<div class="VCSortableInPreviewMode link-content-footer IMSCurrentEditorEditObject" type="%s" contenteditable="false" '
            'style="" data-style="align-center"><div class="kbwscwl-relatedbox"><span class="kbwscwl-rb-title">Tin liên quan</span>%s</div></div>' % (kind, "".join(lis)))


VCC_CSS = """
body{font-family:Arial,Helvetica,sans-serif;margin:0;background:#fff;color:#222}
.w1160{width:1160px;margin:0 auto}.clearfix:after{content:"";display:table;clear:both}
.detail-content p{font-size:17px;line-height:1.6;margin:0 0 16px}
.VCSortableInPreviewMode{margin:20px 0;text-align:center}
.VCSortableInPreviewMode img{max-width:100%;height:auto}
.PhotoCMS_Caption p{font-size:14px;color:#555;font-style:italic;margin:6px 0 0}
.kbwscwl-relatedbox{border-left:3px solid #e4002b;padding:8px 12px;background:#f5f5f5;text-align:left}
.kbwscwl-rb-title{font-weight:700;display:block;margin-bottom:6px}
.sapo{font-weight:700;font-size:18px;line-height:1.5}
"""


# ====================================================================== p01
P01_BLOCKS = [
    ("p", "Bếp cơm mang tên “Cơm nhà Mơ” được Lê Thị Hoài Mơ (24 tuổi) cùng ba người bạn cùng lớp khởi xướng từ tháng 10/2023, khi cả nhóm còn là sinh viên năm cuối ngành điều dưỡng. Ban đầu, mỗi tuần nhóm chỉ nấu được khoảng 50 suất, chủ yếu bằng tiền tiết kiệm của các thành viên và số gạo do gia đình ở quê gửi lên."),
    ("p", "“Hồi đi thực tập ở khoa Ung bướu, tụi mình thấy nhiều cô chú ở quê ra chăm người thân, bữa trưa chỉ ăn gói mì hay ổ bánh mì cho qua. Có chú kể đã ba tháng không được ăn một bữa cơm có canh nóng. Câu chuyện đó cứ ám ảnh mình mãi”, Hoài Mơ kể."),
    ("img", "Các thành viên của nhóm chuẩn bị nguyên liệu từ 19h tối thứ Sáu hằng tuần. Ảnh: NVCC"),
    ("p", "Sau ba năm, bếp cơm đã có hơn 60 tình nguyện viên luân phiên tham gia, mỗi tuần nấu khoảng 300 suất vào sáng thứ Bảy. Thực đơn thay đổi theo mùa nhưng luôn đủ cơm, một món mặn, một món xào và canh. Nhóm còn chuẩn bị riêng khoảng 30 suất cháo cho người bệnh theo hướng dẫn của điều dưỡng."),
    ("related", ["Cô gái 9X bỏ việc ngân hàng về quê mở lớp học miễn phí cho trẻ vùng cao",
                 "Chàng trai khuyết tật mở tiệm sửa xe miễn phí cho học sinh"]),
    ("h", "Mỗi suất cơm là một lời hỏi thăm"),
    ("p", "Điều khiến nhóm được nhiều người nhớ đến không chỉ là những hộp cơm. Mỗi lần phát cơm, các bạn trẻ đều dành thời gian trò chuyện, hỏi han hoàn cảnh của từng người. Những trường hợp đặc biệt khó khăn được nhóm ghi lại, kết nối với các nhà hảo tâm để hỗ trợ thêm tiền viện phí hoặc vé xe về quê."),
    ("p", "Bà Hồ Thị Lài (62 tuổi, ở xã A Lưới 2, TP Huế) có chồng điều trị ung thư phổi hơn bốn tháng nay. Bà cho biết mỗi sáng thứ Bảy đều ra cổng bệnh viện chờ từ sớm. “Được hộp cơm nóng, mấy đứa nhỏ còn hỏi ông nhà tui ăn được chi, ngủ được không. Tui thương tụi nó như con cháu trong nhà”, bà Lài nói."),
    ("img", "Người nhà bệnh nhân nhận cơm trước cổng bệnh viện vào sáng thứ Bảy. Ảnh: NVCC"),
    ("p", "Chi phí mỗi tuần của bếp cơm hiện vào khoảng 6-7 triệu đồng, được nhóm công khai trên trang cá nhân vào tối Chủ nhật. Ngoài tiền mặt, nhiều tiểu thương ở chợ Đông Ba, chợ An Cựu thường xuyên gửi rau củ, cá, thịt với giá gốc hoặc tặng không."),
    ("p", "Nguyễn Đức Phong (21 tuổi), sinh viên năm ba, tham gia bếp cơm từ năm nhất. Phong nhận phần việc nặng nhất là chở gạo và bình gas. “Có tuần thi cử dồn dập nhưng mình vẫn cố sắp xếp. Nhìn các cô chú cầm hộp cơm rồi cảm ơn rối rít, mọi mệt mỏi tự nhiên biến mất”, Phong chia sẻ."),
    ("h", "Mong muốn mở thêm điểm phát cơm"),
    ("p", "Theo Hoài Mơ, bếp cơm đang thuê lại một căn nhà cấp bốn với giá 2,5 triệu đồng mỗi tháng. Nhóm đang vận động để có thêm một điểm phát cơm ở khu vực phía nam thành phố, nơi nhiều người nhà bệnh nhân đến từ các xã miền núi phía tây thường thuê trọ."),
    ("p", "“Tụi mình không nghĩ làm được điều gì lớn lao. Chỉ mong mỗi tuần có thêm vài người được ăn bữa cơm tử tế, để có sức chăm người thân”, cô gái 24 tuổi nói."),
]


@page("p01")
def p01(r):
    base = "https://kenhsao.vn"
    title = "Nhóm bạn trẻ ở Huế duy trì bếp cơm 0 đồng cho người nhà bệnh nhân suốt ba năm"
    sapo = "Mỗi tối thứ Sáu, căn bếp nhỏ trong con hẻm ở phường An Cựu lại sáng đèn đến khuya. Hơn 20 bạn trẻ, phần lớn là sinh viên, chia nhau nhặt rau, nấu cơm để sáng hôm sau mang đến cổng bệnh viện."
    pub = datetime.datetime(2026, 11, 21, 19, 5, 0)
    nid = "215261121190512345"
    url = "%s/nhom-ban-tre-o-hue-duy-tri-bep-com-0-dong-cho-nguoi-nha-benh-nhan-suot-ba-nam-%s.chn" % (base, nid)
    cdn = "kenhsao.mediacdn.vn"
    m = {
        "p": lambda t: "<p>%s</p>" % esc(t),
        "h": lambda t: "<h3><b>%s</b></h3>" % esc(t),
        "img": lambda cap: vcc_photo(r, cap, cdn, pub),
        "related": lambda items: vcc_related(r, base, items),
    }
    content = render(P01_BLOCKS, m)
    side = news_items(r, 14, '<li class="knswli"><a href="[[url]]" title="[[atitle]]"><img src="[[img]]" alt="[[atitle]]" loading="lazy"></a>'
                      '<h3 class="knswli-title"><a href="[[url]]">[[title]]</a></h3></li>', base)
    samecat = news_items(r, 12, '<div class="knswli need-get-value-facebook clearfix"><div class="knswli-left fl"><a href="[[url]]" class="kscliw-ava" title="[[atitle]]">'
                         '<img src="[[img]]" alt="[[atitle]]" width="250" height="156"></a></div><div class="knswli-right elp-list">'
                         '<h3 class="knswli-title"><a href="[[url]]" title="[[atitle]]">[[title]]</a></h3><span class="knswli-sapo">[[sapo]]</span></div></div>',
                         base, sapo=True)
    tags = ["bếp cơm 0 đồng", "người nhà bệnh nhân", "sinh viên tình nguyện", "Huế", "lan tỏa yêu thương"]
    taghtml = "".join('<li class="kli"><a href="%s/tag/%s.html" title="%s">%s</a></li>' % (base, slug(t), q(t), esc(t)) for t in tags)
    html_ = fill(P01_TPL, title=esc(title), atitle=q(title), sapo=esc(sapo), url=url, content=content,
                 menu=menu_html(r, base, "vcc"), side=side, samecat=samecat, tags=taghtml, css=VCC_CSS + css_block(r, "kbw", 60),
                 iso=iso(pub), nid=nid, ga=ga(r, "G-K5S" + rhex(r, 7).upper()), ads=ads_json(r, 18),
                 weather=weather(r, '<li><span class="wt-city">[[city]]</span> <span class="wt-temp">[[t]]°C</span></li>'),
                 desc=q(sapo), ava="https://kenhsao.mediacdn.vn/avatar/%s.png" % rhex(r, 12))
    sc = sidecar("article", "vccorp", url, title=title, published_at=iso(pub), author="Minh Khuê",
                 body=gold_body(sapo, P01_BLOCKS))
    return html_, sc


P01_TPL = """<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<title>[[title]]</title>
<meta name="description" content="[[desc]]">
<meta name="keywords" content="bếp cơm 0 đồng, Huế, sinh viên">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="[[atitle]]">
<meta property="og:url" content="[[url]]">
<meta property="og:site_name" content="Kênh Sao">
<meta property="article:published_time" content="[[iso]]">
<meta property="article:section" content="Xã hội">
<link rel="canonical" href="[[url]]">
<link rel="stylesheet" href="https://kenhsao.mediacdn.vn/web_css/20261118/kenhsao.detail.min.css">
<style>[[css]]</style>
[[ga]]
<script type="text/javascript">
var pageSettings={DomainAPI:"https://comment.kenhsao.vn",Domain:"https://kenhsao.vn",sharefbApiDomain:"https://sharefb.cnnd.vn",videoplayer:"https://vcplayer.mediacdn.vn",VideoToken:"L3NlY3VyZS92ZXJpZnkveGZ6ejVxMGo1bDc2",ajaxDomain:"https://s1.kenhsao.vn",commentSiteName:"kenhsao",DomainUtils:"https://utils3.cnnd.vn",imageDomain:"https://kenhsao.mediacdn.vn",allowAds:true};
var admicroAdZones=[[ads]];
</script>
</head>
<body class="kbw-detail">
<div id="admWrapsite">
<div class="kbw-header">
 <div class="khw-top w1160 clearfix">
  <a class="khwt-logo" href="https://kenhsao.vn" title="Kênh Sao - Tin tức giới trẻ"><img src="https://kenhsao.mediacdn.vn/web_images/logo-ks.svg" alt="Kênh Sao"></a>
  <div class="khwt-date">Chủ nhật, 22/11/2026</div>
  <ul class="khwt-weather">[[weather]]</ul>
  <div class="khwt-right"><a href="#" class="btn-search" title="Tìm kiếm">Tìm kiếm</a><a href="https://id.kenhsao.vn/login" class="btn-login">Đăng nhập</a></div>
 </div>
 <div class="kbwh-menu"><ul class="kbwhm-list w1160">
  <li class="menu-item home"><a href="https://kenhsao.vn" title="Trang chủ">Trang chủ</a></li>
[[menu]]
 </ul></div>
</div>
<div class="adm-leaderboard" id="admzone1001"></div>
<div class="kbw-content w1160 clearfix">
 <div class="kbwc-header clearfix">
  <ul class="kbwc-breadcrumb"><li><a href="https://kenhsao.vn">Trang chủ</a></li><li><a href="https://kenhsao.vn/xa-hoi.chn" title="Xã hội">Xã hội</a></li></ul>
 </div>
 <div class="kbwc-body fl" data-newsid="[[nid]]">
  <h1 class="kbwc-title" data-role="title">[[title]]</h1>
  <div class="kbwc-meta">
   <div class="kbwcm-author"><a href="https://kenhsao.vn/tac-gia/minh-khue.chn" class="kbwcma-avatar" title="Minh Khuê"><img src="[[ava]]" alt="Minh Khuê" width="32" height="32"></a><a href="https://kenhsao.vn/tac-gia/minh-khue.chn" class="kbwcma-name">Minh Khuê</a></div>
   <span class="kbwcm-split">,</span>
   <time class="kbwcm-time" datetime="[[iso]]" data-role="publishdate">19 giờ trước</time>
   <div class="kbwcm-share"><a href="#" class="share-fb" rel="nofollow">Chia sẻ</a><a href="#" class="share-copy" rel="nofollow">Sao chép link</a><span class="kbwcm-view">12,4K lượt xem</span></div>
  </div>
  <div class="knc-sapo-wrap"><h2 class="knc-sapo" data-role="sapo">[[sapo]]</h2></div>
  <div class="detail-content afcbc-body" data-role="content">
[[content]]
  </div>
  <div class="knc-rate-link"><span class="rate-title">Bài viết có hữu ích với bạn không?</span><a href="#" class="rate-yes">Có</a><a href="#" class="rate-no">Không</a></div>
  <div class="kbwc-tags"><span class="ktag-title">Từ khóa:</span><ul class="knt-list">[[tags]]</ul></div>
  <div class="kbwc-comment" id="kscomment"><h3 class="kcmt-title">Bình luận (18)</h3>
   <div class="kcmt-item"><span class="kcmt-name">Quỳnh Anh</span><p class="kcmt-text">Đọc mà rưng rưng. Cuối tuần này mình xin đăng ký phụ nhặt rau được không ạ?</p><span class="kcmt-time">14 giờ trước</span></div>
   <div class="kcmt-item"><span class="kcmt-name">Trần Văn Lộc</span><p class="kcmt-text">Hồi nhà mình có người nằm viện cũng được các bạn cho cơm. Cảm ơn các em rất nhiều.</p><span class="kcmt-time">10 giờ trước</span></div>
   <form class="kcmt-form"><textarea placeholder="Viết bình luận của bạn..."></textarea><button type="button">Gửi bình luận</button></form>
  </div>
  <div class="kbwc-samecat"><h3 class="kbwcs-title">Tin cùng chuyên mục</h3>
[[samecat]]
  </div>
 </div>
 <div class="kbwc-side fr">
  <div class="adm-right" id="admzone1002" style="width:300px;height:600px"></div>
  <div class="kbws-hot"><h3 class="kbws-title">Đọc nhiều</h3><ul class="knsw-list">
[[side]]
  </ul></div>
 </div>
</div>
<div class="kbw-footer">
 <div class="kfw-menu w1160"><ul>[[menu]]</ul></div>
 <div class="kfw-info w1160">
  <p><b>Kênh Sao</b> - Chuyên trang tin tức giới trẻ của Báo điện tử Đời Sống Mới</p>
  <p>Giấy phép số 418/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 26/6/2024.</p>
  <p>Tổng biên tập: Nguyễn Thanh Bình. Địa chỉ: Tầng 12, tòa nhà Sao Mai, số 68 Nguyễn Huy Tưởng, phường Thanh Xuân, Hà Nội.</p>
  <p>Điện thoại: 024 7309 5555 - máy lẻ 62.370. Email: bandoc@kenhsao.vn</p>
  <p>Chịu trách nhiệm quản lý nội dung: Bà Lương Thị Mai Phương. © Bản quyền thuộc về Kênh Sao. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p>
 </div>
</div>
</div>
<script src="https://kenhsao.mediacdn.vn/web_js/20261118/kenhsao.detail.min.js" async></script>
<script>(function(){var _a=document.createElement('script');_a.src='https://media1.admicro.vn/core/admcore.js';_a.async=true;document.body.appendChild(_a);})();</script>
</body>
</html>
"""


# ====================================================================== p02
P02_BLOCKS = [
    ("p", "Theo báo cáo nhanh của Ban Chỉ huy Phòng thủ dân sự tỉnh Khánh Hòa, tính đến 6h sáng 18/11, lượng mưa tại các xã Khánh Vĩnh, Trung Khánh Vĩnh và Tây Khánh Sơn phổ biến từ 350 đến hơn 500 mm. Mực nước sông Cái tại trạm Đồng Trăng đã vượt mức báo động 3 khoảng 0,6 m và đang tiếp tục lên."),
    ("p", "Tại xã Trung Khánh Vĩnh, nước tràn qua tuyến tỉnh lộ 8 ở nhiều đoạn, có nơi sâu hơn 1,2 m, khiến giao thông qua khu vực bị tê liệt. Khoảng 40 hộ ở thôn Đồng Dưới bị cô lập hoàn toàn, lực lượng quân sự và công an xã phải dùng xuồng máy để tiếp tế lương thực, nước uống."),
    ("img", "Lực lượng chức năng dùng xuồng đưa người dân ở thôn Đồng Dưới, xã Trung Khánh Vĩnh ra khỏi vùng ngập sáng 18/11. Ảnh: Quang Vinh"),
    ("p", "Ông Cao Văn Thịnh, Chủ tịch UBND xã Trung Khánh Vĩnh, cho biết ngay từ chiều 16/11, xã đã huy động hơn 200 cán bộ, chiến sĩ và đoàn viên thanh niên hỗ trợ người dân chằng chống nhà cửa, kê cao tài sản và di chuyển gia súc lên vùng đất cao. Ông Thịnh nhấn mạnh:"),
    ("quote", "“Chúng tôi xác định không để người dân nào ở lại trong vùng nguy hiểm. Những hộ có người già, trẻ nhỏ được ưu tiên đưa đi trước, bố trí ở trường học và nhà văn hóa thôn, bảo đảm có đủ chăn màn, lương thực trong ít nhất ba ngày”."),
    ("p", "Trong khi đó, tại xã Tây Khánh Sơn, mưa lớn gây sạt lở nghiêm trọng trên tuyến đường nối trung tâm xã với các thôn vùng cao. Một khối đất đá hơn 2.000 m3 đổ xuống mặt đường tại km 14, vùi lấp hoàn toàn một đoạn dài khoảng 50 m. Rất may, thời điểm xảy ra sạt lở không có người và phương tiện qua lại."),
    ("related", ["Khánh Hòa chủ động phương án ứng phó áp thấp nhiệt đới",
                 "Nghệ An: Sạt lở đất vùi lấp đường liên thôn ở xã Mường Xén"]),
    ("h", "Khẩn trương khắc phục hậu quả"),
    ("p", "Sáng 18/11, đoàn công tác của UBND tỉnh do Phó Chủ tịch UBND tỉnh Lê Hữu Toàn dẫn đầu đã đến kiểm tra tình hình tại các điểm sạt lở và thăm hỏi người dân đang sơ tán. Phó Chủ tịch UBND tỉnh yêu cầu các xã tiếp tục rà soát các khu vực có nguy cơ lũ quét, sạt lở đất, kiên quyết di dời người dân, không để xảy ra thiệt hại về người."),
    ("p", "Ngành xây dựng được giao bố trí máy móc, vật tư thông tuyến tạm thời trong thời gian sớm nhất, đồng thời cắm biển cảnh báo, bố trí người trực tại các ngầm tràn, đoạn đường bị ngập sâu. Ngành giáo dục cho học sinh tại các xã bị ảnh hưởng nghỉ học đến hết ngày 19/11."),
    ("img", "Điểm sạt lở tại km 14 tuyến đường vào các thôn vùng cao xã Tây Khánh Sơn. Ảnh: Ngọc Hà"),
    ("p", "Theo Trung tâm Khí tượng thủy văn tỉnh, trong 24 giờ tới, khu vực phía tây tỉnh tiếp tục có mưa to đến rất to, lượng mưa phổ biến 100-200 mm, có nơi trên 250 mm. Nguy cơ cao xảy ra lũ quét ở các sông suối nhỏ, sạt lở đất ở vùng núi và ngập úng ở vùng trũng thấp."),
    ("p", "Thống kê ban đầu, mưa lũ đã làm hơn 1.200 ngôi nhà bị ngập, khoảng 850 ha lúa và hoa màu bị ngập úng, nhiều tuyến đường giao thông nông thôn bị hư hỏng. Thiệt hại về tài sản đang được các địa phương tiếp tục thống kê."),
]


@page("p02")
def p02(r):
    base = "https://songha.vn"
    title = "Mưa lũ chia cắt nhiều xã phía tây Khánh Hòa, hơn 3.000 hộ dân phải sơ tán"
    sapo = "Mưa lớn kéo dài từ chiều 16/11 khiến nước sông Cái dâng cao, nhiều tuyến đường liên xã ở phía tây tỉnh Khánh Hòa bị ngập sâu và sạt lở. Chính quyền các địa phương đã di dời hơn 3.000 hộ dân đến nơi an toàn trong đêm."
    pub = datetime.datetime(2026, 11, 18, 7, 45, 0)
    nid = "198261118074533871"
    url = "%s/mua-lu-chia-cat-nhieu-xa-phia-tay-khanh-hoa-hon-3000-ho-dan-phai-so-tan-%s.htm" % (base, nid)
    cdn = "songha.mediacdn.vn"

    def quote(t):
        return ('<div class="VCSortableInPreviewMode alignCenter" type="content"><div class="quote-box" style="border-top:2px solid #b40000;'
                'border-bottom:2px solid #b40000;padding:14px 20px;background:#fbf4f4"><p class="quote-text" style="font-size:18px;font-style:italic">%s</p></div></div>' % esc(t))
    m = {
        "p": lambda t: "<p>%s</p>" % esc(t),
        "h": lambda t: '<h2 class="detail-subtitle">%s</h2>' % esc(t),
        "img": lambda cap: vcc_photo(r, cap, cdn, pub),
        "quote": quote,
        "related": lambda items: vcc_related(r, base, items, "RelatedNewsBox"),
    }
    content = render(P02_BLOCKS, m)
    dfmt = lambda d: "%s %s" % (dmy(d), hm(d))
    newest = news_items(r, 40, '<li class="tlitem"><a href="[[url]]" title="[[atitle]]" class="tlitem-thumb"><img src="[[img]]" alt="[[atitle]]"></a>'
                        '<h4><a href="[[url]]">[[title]]</a></h4><span class="time">[[date]]</span></li>', base, dfmt, max_days=4)
    mostread = news_items(r, 30, '<div class="box-most-item"><a href="[[url]]" title="[[atitle]]"><img src="[[img]]" alt=""></a>'
                          '<h3 class="most-title"><a href="[[url]]">[[title]]</a></h3><p class="most-sapo">[[sapo]]</p></div>', base, sapo=True)
    samecat = news_items(r, 40, '<div class="news-stream-item"><a class="nsi-thumb" href="[[url]]"><img src="[[img]]" alt="[[atitle]]" loading="lazy"></a>'
                         '<div class="nsi-info"><h3><a href="[[url]]" title="[[atitle]]">[[title]]</a></h3><p class="nsi-sapo">[[sapo]]</p>'
                         '<span class="nsi-time">[[date]]</span></div></div>', base, dfmt, sapo=True, max_days=12)
    video = news_items(r, 12, '<li class="vd-item"><a href="[[url]]" data-vid="[[id]]"><img src="[[img]]" alt=""><span class="vd-dur">0[[date]]</span></a>'
                       '<a href="[[url]]" class="vd-title">[[title]]</a></li>', base, lambda d: "%d:%02d" % (d.minute % 5, d.second + d.hour))
    menu = menu_html(r, base, "vcc")
    # a second, full "all categories" menu as Soha-like sites ship in a drawer
    drawer = []
    for cat, subs in MENU:
        drawer.append('<div class="drawer-col"><a class="drawer-cat" href="%s/%s.htm">%s</a>%s</div>' % (
            base, slug(cat), esc(cat), "".join('<a class="drawer-sub" href="%s/%s/%s.htm">%s</a>' % (base, slug(cat), slug(s), esc(s)) for s in subs)))
    tags = ["mưa lũ", "Khánh Hòa", "sạt lở đất", "sơ tán dân", "thời tiết"]
    taghtml = "".join('<a class="tag-item" href="%s/tag/%s.htm" rel="tag">#%s</a>' % (base, slug(t), esc(t)) for t in tags)
    zonedata = ",\n".join('{"id":%s,"name":"%s","url":"/%s.htm","parent":%d,"order":%d,"showOnMenu":%s}' % (
        rid(r, 4), cat, slug(cat), 0, i, "true") for i, (cat, subs) in enumerate(MENU * 3))
    html_ = fill(P02_TPL, title=esc(title), atitle=q(title), sapo=esc(sapo), url=url, content=content, menu=menu,
                 drawer="\n".join(drawer), newest=newest, mostread=mostread, samecat=samecat, video=video, tags=taghtml,
                 css=VCC_CSS + css_block(r, "sh", 220), ga=ga(r, "G-SH" + rhex(r, 8).upper()), ads=ads_json(r, 60),
                 zonedata=zonedata, nid=nid, desc=q(sapo),
                 weather=weather(r, '<div class="weather-item"><span>[[city]]</span><b>[[t]]°</b><i>[[s]]</i></div>'))
    sc = sidecar("article", "vccorp", url, title=title, published_at=iso(pub), author="Ngọc Hà",
                 body=gold_body(sapo, P02_BLOCKS))
    return html_, sc


P02_TPL = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>[[title]] | Sóng Hà</title>
<meta name="description" content="[[desc]]">
<meta name="news_keywords" content="mưa lũ, Khánh Hòa, sạt lở">
<meta property="og:title" content="[[atitle]]">
<meta property="og:description" content="[[desc]]">
<meta property="og:type" content="article">
<meta property="og:image" content="https://songha.mediacdn.vn/zoom/600_315/2026/11/18/mua-lu-khanh-hoa.jpg">
<meta name="author" content="songha.vn">
<meta name="copyright" content="Copyright © 2026 by Songha.vn">
<link rel="canonical" href="[[url]]">
<link rel="amphtml" href="https://amp.songha.vn/[[nid]].htm">
<style>[[css]]</style>
[[ga]]
<script>var arrAdmZone=[[ads]];
var zoneData=[
[[zonedata]]
];
var isNotAllow3rd=false,isDetail=true,newsId="[[nid]]",zoneId="20012",commentConfig={siteId:"songha",objectId:"[[nid]]",pageSize:10};</script>
</head>
<body>
<div class="sh-wrapper">
<header class="sh-header">
 <div class="header-top container">
  <div class="ht-left"><span class="ht-date">Chủ Nhật, 22/11/2026</span><span class="ht-hotline">Hotline: 0866 112 789</span></div>
  <a class="logo" href="https://songha.vn"><img src="https://songha.mediacdn.vn/web_images/songha-logo.png" alt="Sóng Hà - Tin tức thời sự"></a>
  <div class="ht-right"><form class="search-form" action="https://songha.vn/tim-kiem.htm"><input type="text" name="keywords" placeholder="Nhập từ khóa"><button type="submit">Tìm</button></form><a class="login" href="https://id.songha.vn">Đăng nhập</a></div>
 </div>
 <div class="weather-bar container">[[weather]]</div>
 <nav class="main-menu"><ul class="container">
  <li class="home"><a href="https://songha.vn">Trang chủ</a></li>
[[menu]]
  <li class="all"><a href="#" class="btn-drawer">Tất cả chuyên mục</a></li>
 </ul></nav>
 <div class="drawer-menu" style="display:none">
[[drawer]]
 </div>
</header>
<div class="adm-top" id="admzone501"></div>
<main class="container detail-page clearfix">
 <div class="breadcrumb"><a href="https://songha.vn/thoi-su.htm">Thời sự</a> <span>›</span> <a href="https://songha.vn/thoi-su/xa-hoi.htm">Xã hội</a></div>
 <div class="detail-left">
  <div class="share-sticky"><a href="#" class="ico-fb" title="Chia sẻ Facebook">Facebook</a><a href="#" class="ico-zalo" title="Chia sẻ Zalo">Zalo</a><a href="#" class="ico-print" title="In bài">In</a><a href="#" class="ico-font" title="Cỡ chữ">A+</a></div>
  <article class="news-detail">
   <h1 class="news-title" data-role="title">[[title]]</h1>
   <div class="news-info"><span class="news-time" data-role="publishdate">18/11/2026 07:45 GMT+7</span><span class="news-views">Lượt xem: 25.318</span></div>
   <h2 class="sapo" data-role="sapo">[[sapo]]</h2>
   <div class="detail-content afcbc-body" data-role="content" itemprop="articleBody">
[[content]]
   </div>
   <div class="detail-author" style="text-align:right;font-weight:bold"><b>Ngọc Hà</b></div>
   <div class="detail-tags"><span>Tags:</span>[[tags]]</div>
   <div class="detail-react"><span>Bạn thấy bài viết thế nào?</span><button>Hay</button><button>Bình thường</button><button>Chưa hay</button></div>
   <div class="detail-comment"><h3>Ý kiến bạn đọc</h3><div class="cmt-empty">Chưa có bình luận nào. Hãy là người đầu tiên bình luận!</div><textarea placeholder="Ý kiến của bạn"></textarea><button>Gửi</button></div>
  </article>
  <section class="box-samecat"><h3 class="box-title">Tin cùng chuyên mục</h3>
[[samecat]]
  <a class="view-more" href="https://songha.vn/thoi-su.htm">Xem thêm</a></section>
 </div>
 <aside class="detail-right">
  <div class="adm-right1" id="admzone502"></div>
  <div class="box-newest"><h3 class="box-title">Tin mới nhất</h3><ul>
[[newest]]
  </ul></div>
  <div class="box-most"><h3 class="box-title">Đọc nhiều nhất</h3>
[[mostread]]
  </div>
  <div class="box-video"><h3 class="box-title">Video</h3><ul>
[[video]]
  </ul></div>
  <div class="box-poll"><h3 class="box-title">Thăm dò ý kiến</h3><p>Bạn có theo dõi bản tin dự báo thời tiết hằng ngày?</p><label><input type="radio" name="poll"> Có, mỗi ngày</label><label><input type="radio" name="poll"> Thỉnh thoảng</label><label><input type="radio" name="poll"> Không</label><button>Biểu quyết</button></div>
 </aside>
</main>
<footer class="sh-footer">
 <div class="container footer-menu"><ul>[[menu]]</ul></div>
 <div class="container footer-info">
  <p class="f-name">BÁO ĐIỆN TỬ SÓNG HÀ</p>
  <p>Cơ quan chủ quản: Hội Truyền thông Số Việt Nam. Tổng Biên tập: Trần Đức Hạnh.</p>
  <p>Giấy phép hoạt động báo điện tử số 215/GP-BVHTTDL ngày 14/10/2025.</p>
  <p>Tòa soạn: Số 25 Lý Thường Kiệt, phường Cửa Nam, Hà Nội. Điện thoại: 024 3942 8899. Email: toasoan@songha.vn</p>
  <p>Liên hệ quảng cáo: Công ty Cổ phần Truyền thông Sóng Việt - 0966 221 345</p>
  <p>© Copyright 2026 Sóng Hà. Ghi rõ nguồn "Sóng Hà" khi phát hành lại thông tin từ website này.</p>
 </div>
</footer>
</div>
<script src="https://songha.mediacdn.vn/web_js/songha.detail.v2.min.js"></script>
<script>if(typeof admicroAD!=='undefined'){admicroAD.unit.push(function(){admicroAD.show('admzone501');admicroAD.show('admzone502');});}</script>
</body>
</html>
"""


# ====================================================================== p03
P03_TABLE = [
    ["Doanh nghiệp", "Mã", "Doanh thu thuần (tỷ đồng)", "Lãi sau thuế (tỷ đồng)", "Thay đổi so với cùng kỳ"],
    ["Địa ốc Phương Nam", "PNR", "5.842", "1.126", "+34%"],
    ["Sông Hồng Land", "SHL", "3.910", "684", "+21%"],
    ["BĐS Kim Ngân", "KNR", "2.175", "402", "+8%"],
    ["Đô thị Xanh Miền Trung", "DXM", "1.320", "96", "-41%"],
    ["Đầu tư Nhà Việt", "NVH", "1.468", "-57", "Lỗ"],
    ["Địa ốc Hưng Phát", "HPR", "964", "-112", "Lỗ"],
]
P03_BLOCKS = [
    ("p", "Theo thống kê của Phố Tài Chính từ báo cáo tài chính quý III/2026 của 68 doanh nghiệp bất động sản dân dụng niêm yết trên HoSE, HNX và UPCoM, tổng doanh thu thuần của nhóm đạt khoảng 41.300 tỷ đồng, tăng 18% so với cùng kỳ năm trước. Lợi nhuận sau thuế đạt khoảng 6.850 tỷ đồng, tăng 11%."),
    ("p", "Tuy nhiên, mức tăng trưởng tập trung chủ yếu ở khoảng 10 doanh nghiệp có quỹ đất lớn và dự án đủ điều kiện bàn giao. Số doanh nghiệp báo lỗ trong quý là 14, giảm nhẹ so với con số 17 của quý II nhưng vẫn cao hơn mức bình quân giai đoạn 2019-2022."),
    ("h", "Doanh nghiệp lớn hưởng lợi từ bàn giao dự án"),
    ("p", "Dẫn đầu về lợi nhuận trong quý là Công ty CP Địa ốc Phương Nam (mã PNR) với 1.126 tỷ đồng lãi sau thuế, tăng 34% so với cùng kỳ. Doanh nghiệp cho biết kết quả chủ yếu đến từ việc bàn giao gần 900 căn hộ thuộc hai dự án tại TP.HCM và Đồng Nai, ghi nhận doanh thu 5.842 tỷ đồng."),
    ("p", "Xếp sau là Sông Hồng Land (SHL) với lợi nhuận 684 tỷ đồng, tăng 21%. Ban lãnh đạo doanh nghiệp cho biết tỷ lệ hấp thụ tại dự án khu đô thị ở Hưng Yên đạt trên 80% chỉ sau hai đợt mở bán, nhờ mặt bằng lãi suất cho vay mua nhà giảm và hạ tầng kết nối vùng được cải thiện."),
    ("table", P03_TABLE),
    ("src", "Nguồn: BCTC quý III/2026 của các doanh nghiệp, Phố Tài Chính tổng hợp"),
    ("h", "Áp lực chi phí tài chính đè nặng doanh nghiệp nhỏ"),
    ("p", "Ở chiều ngược lại, nhiều doanh nghiệp quy mô vừa và nhỏ tiếp tục gặp khó. Địa ốc Hưng Phát (HPR) lỗ 112 tỷ đồng trong quý, nâng lỗ lũy kế 9 tháng lên 287 tỷ đồng. Chi phí lãi vay của doanh nghiệp chiếm tới 46% doanh thu thuần do phần lớn nợ vay là trái phiếu phát hành giai đoạn 2021-2022 với lãi suất trên 11%/năm."),
    ("p", "Tương tự, Đầu tư Nhà Việt (NVH) lỗ 57 tỷ đồng trong khi cùng kỳ lãi 35 tỷ đồng. Doanh nghiệp giải trình nguyên nhân do dự án chủ lực chưa đủ điều kiện bàn giao, trong khi vẫn phải ghi nhận chi phí bán hàng và chi phí quản lý cho các đợt mở bán mới."),
    ("p", "Theo ông Đặng Quốc Huy, Giám đốc phân tích một công ty chứng khoán, sự phân hóa này phản ánh đúng đặc điểm của chu kỳ phục hồi. “Những doanh nghiệp có pháp lý dự án hoàn chỉnh, dòng tiền ổn định và tỷ lệ đòn bẩy hợp lý sẽ hồi phục trước. Nhóm còn lại cần thêm thời gian để tái cấu trúc nợ và hoàn thiện thủ tục pháp lý”, ông Huy nhận định."),
    ("p", "Về triển vọng quý IV, nhóm phân tích kỳ vọng lợi nhuận ngành tiếp tục cải thiện nhờ mùa bàn giao cuối năm và việc nhiều địa phương đẩy nhanh phê duyệt giá đất sau khi hoàn tất sắp xếp bộ máy chính quyền hai cấp. Tuy vậy, nhà đầu tư được khuyến nghị thận trọng với các cổ phiếu có tỷ lệ nợ vay cao và dòng tiền kinh doanh âm kéo dài."),
]

FIN_HEADLINES = [
    "Lãi suất liên ngân hàng hạ nhiệt sau khi NHNN bơm ròng",
    "Cổ phiếu ngân hàng dẫn dắt thị trường, VN-Index vượt mốc 1.450 điểm",
    "Khối ngoại bán ròng phiên thứ năm liên tiếp",
    "Doanh nghiệp thép báo lãi quý III tăng gấp ba",
    "Tỷ giá USD/VND tăng nhẹ trong phiên đầu tuần",
    "Nhà đầu tư cá nhân mở mới hơn 200.000 tài khoản chứng khoán",
    "Giá vàng miếng đảo chiều giảm sau chuỗi ngày tăng nóng",
    "Ngân hàng đồng loạt điều chỉnh lãi suất huy động kỳ hạn dài",
    "Thị trường trái phiếu doanh nghiệp sôi động trở lại",
    "Cổ phiếu bất động sản khu công nghiệp hút dòng tiền",
    "Doanh nghiệp bán lẻ công bố kế hoạch mở thêm 300 cửa hàng",
    "Quỹ ngoại nâng tỷ trọng cổ phiếu Việt Nam trong danh mục",
    "Lợi nhuận ngân hàng 9 tháng: Nhóm tư nhân bứt tốc",
    "Giá cà phê xuất khẩu lập đỉnh mới",
    "Chứng khoán tuần qua: Khối ngoại trở lại mua ròng",
    "Lãi suất cho vay mua nhà tiếp tục giảm về mức thấp",
    "Thu ngân sách 10 tháng đạt 96% dự toán",
    "Xuất khẩu sầu riêng 10 tháng vượt kế hoạch cả năm",
    "Giá xăng dầu kỳ điều hành mới giảm nhẹ",
    "Hơn 1.000 hồ sơ đăng ký mua nhà ở xã hội tại Bắc Ninh",
]


@page("p03")
def p03(r):
    base = "https://photaichinh.vn"
    title = "Lợi nhuận quý III của nhóm doanh nghiệp bất động sản niêm yết phân hóa mạnh"
    sapo = "Trong khi một số doanh nghiệp lớn báo lãi tăng trưởng hai con số nhờ bàn giao dự án, nhiều công ty quy mô vừa và nhỏ tiếp tục lỗ hoặc lợi nhuận đi ngang do chi phí tài chính ở mức cao."
    pub_machine = "2026-10-29T15:12:38+07:00"
    nid = "188261029151238411"
    url = "%s/loi-nhuan-quy-iii-cua-nhom-doanh-nghiep-bat-dong-san-niem-yet-phan-hoa-manh-%s.chn" % (base, nid)

    def table(rows):
        out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" style="width:100%;border-collapse:collapse"><tbody>']
        for i, row in enumerate(rows):
            tag = "td"
            style = ' style="background:#1f5c99;color:#fff;font-weight:bold;text-align:center"' if i == 0 else ""
            out.append("<tr>" + "".join('<%s%s><p style="margin:0">%s</p></%s>' % (tag, style, esc(c), tag) for c in row) + "</tr>")
        out.append("</tbody></table>")
        return '<div class="VCSortableInPreviewMode" type="table">' + "".join(out) + "</div>"
    m = {
        "p": lambda t: '<p style="text-align:justify">%s</p>' % esc(t),
        "h": lambda t: "<p><b>%s</b></p>" % esc(t),
        "table": table,
        "src": lambda t: '<p style="text-align:right"><i>%s</i></p>' % esc(t),
    }
    content = render(P03_BLOCKS, m)
    # timeline right above the article, with its own dates
    tl = [("Sóng bàn giao cuối năm: Doanh nghiệp địa ốc tăng tốc hoàn thiện pháp lý", datetime.datetime(2026, 10, 27, 9, 41)),
          ("Cổ phiếu bất động sản bứt phá, thanh khoản cao nhất 6 tháng", datetime.datetime(2026, 10, 28, 14, 5)),
          ("Doanh nghiệp địa ốc đầu tiên công bố lỗ quý III", datetime.datetime(2026, 10, 28, 20, 30)),
          ("Tín dụng bất động sản tăng 14% sau 9 tháng", datetime.datetime(2026, 10, 29, 7, 55))]
    tlhtml = "\n".join('<li><span class="tl-time">%s %s</span><a href="%s/%s-%s.chn" title="%s">%s</a></li>' % (
        dmy(d), hm(d), base, slug(t), rid(r, 18), q(t), esc(t)) for t, d in tl)
    dfmt = lambda d: "%s - %s" % (dmy(d, "-"), d.strftime("%I:%M %p"))
    stream = news_items(r, 24, '<div class="tlitem box-category-item"><a class="avatar" href="[[url]]" title="[[atitle]]"><img src="[[img]]" width="260" height="163" alt="[[atitle]]"></a>'
                        '<div class="knswli-right"><h3><a href="[[url]]" title="[[atitle]]">[[title]]</a></h3><p class="sapo">[[sapo]]</p><span class="time">[[date]]</span></div></div>',
                        base, dfmt, pool=FIN_HEADLINES + HEADLINES[:20], sapo=True, max_days=25)
    hot = news_items(r, 10, '<li><a href="[[url]]">[[title]]</a></li>', base, pool=FIN_HEADLINES)
    ticker = "".join('<li class="idx"><span class="n">%s</span><span class="v">%s</span><span class="c %s">%s</span></li>' % (
        n, "{:,.2f}".format(v), "up" if c > 0 else "down", "%+.2f" % c) for n, v, c in
        [("VN-Index", 1452.37, 8.14), ("VN30", 1561.02, 6.33), ("HNX", 243.18, -0.72), ("UPCOM", 107.55, 0.21)])
    html_ = fill(P03_TPL, title=esc(title), atitle=q(title), sapo=esc(sapo), url=url, content=content, tl=tlhtml,
                 stream=stream, hot=hot, ticker=ticker, menu=menu_html(r, base, "plain"), iso=pub_machine, nid=nid,
                 css=css_block(r, "cf", 90), ga=ga(r, "G-PTC" + rhex(r, 7).upper()), desc=q(sapo))
    sc = sidecar("article", "vccorp", url, title=title, published_at=pub_machine, author="Minh Đức, Thu Hà",
                 body=gold_body(sapo, P03_BLOCKS))
    return html_, sc


P03_TPL = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<title>[[title]]</title>
<meta name="description" content="[[desc]]">
<meta property="og:title" content="[[atitle]]">
<meta property="og:type" content="article">
<meta property="article:published_time" content="[[iso]]">
<meta property="article:author" content="Phố Tài Chính">
<link rel="canonical" href="[[url]]">
<style>
body{margin:0;font:15px/1.5 Arial,sans-serif;color:#333}
.wp1200{width:1200px;margin:0 auto}
.menucategory li{display:inline-block;padding:0 10px}
.timeline-above{border:1px solid #ddd;padding:10px;margin:10px 0}
.timeline-above li{list-style:none;padding:4px 0}
.tl-time{color:#888;margin-right:8px;font-size:13px}
.totalcontentdetail h1.title{font-size:30px;line-height:40px;color:#222}
.sapo{font-weight:bold}
[[css]]
</style>
[[ga]]
</head>
<body>
<div id="form1">
<div class="header">
 <div class="top_header wp1200">
  <span class="datetime">Chủ nhật, ngày 22/11/2026</span>
  <ul class="market-ticker">[[ticker]]</ul>
  <a href="https://photaichinh.vn/dang-nhap.chn" class="login">Đăng nhập</a> | <a href="https://photaichinh.vn/dang-ky.chn">Đăng ký</a>
 </div>
 <div class="logo wp1200"><a href="https://photaichinh.vn"><img src="https://photaichinh.mediacdn.vn/web_images/ptc_logo.png" alt="Phố Tài Chính - Kênh thông tin kinh tế tài chính"></a>
  <form action="https://photaichinh.vn/tim-kiem.chn" class="frm-search"><input name="keywords" type="text" placeholder="Tìm kiếm tin tức, mã chứng khoán"><input type="submit" value="Tìm"></form></div>
 <div class="menucategory wp1200"><ul><li class="home"><a href="https://photaichinh.vn">Trang chủ</a></li>[[menu]]</ul></div>
</div>
<div class="main wp1200">
 <div class="left_cate totalcontentdetail">
  <div class="breadcrumb"><a href="https://photaichinh.vn/bat-dong-san.chn" class="cat">Bất động sản</a></div>
  <div class="timeline-above"><h4>Dòng sự kiện: Mùa báo cáo tài chính quý III</h4><ul>
[[tl]]
  </ul></div>
  <h1 class="title" data-role="title">[[title]]</h1>
  <div class="dateandcat"><span class="pdate" data-role="publishdate">29-10-2026 - 03:12 PM</span><span class="cat-sep">|</span><a href="https://photaichinh.vn/bat-dong-san.chn" class="cat">Bất động sản</a>
   <div class="tool-detail"><a href="#" class="print" title="In bài viết">In</a><a href="#" class="fontsize" title="Cỡ chữ">Aa</a><a href="#" class="fb-share">Chia sẻ</a></div></div>
  <div class="contentdetail">
   <h2 class="sapo" data-role="sapo">[[sapo]]</h2>
   <div class="detail-content afcbc-body" data-role="content">
[[content]]
   </div>
   <p class="author" data-role="author"><a href="https://photaichinh.vn/tac-gia/minh-duc.chn">Minh Đức</a> - <a href="https://photaichinh.vn/tac-gia/thu-ha.chn">Thu Hà</a></p>
   <p class="source">Theo Phố Tài Chính</p>
   <div class="tagdetail"><span>Từ khóa:</span><a href="https://photaichinh.vn/bat-dong-san-niem-yet.html">bất động sản niêm yết</a>, <a href="https://photaichinh.vn/bao-cao-tai-chinh-quy-iii.html">báo cáo tài chính quý III</a>, <a href="https://photaichinh.vn/lai-vay.html">lãi vay</a></div>
  </div>
  <div class="box-category"><h3 class="box-category-title">Tin cùng chuyên mục</h3>
[[stream]]
  </div>
 </div>
 <div class="right_cate">
  <div class="adm-box" id="admzone36270"></div>
  <div class="box-hot"><h3>Tin nổi bật</h3><ol>[[hot]]</ol></div>
  <div class="box-tool"><h3>Công cụ</h3><a href="https://photaichinh.vn/lich-su-kien.chn">Lịch sự kiện</a><a href="https://photaichinh.vn/ty-gia.chn">Tỷ giá</a><a href="https://photaichinh.vn/gia-vang.chn">Giá vàng</a><a href="https://photaichinh.vn/lai-suat.chn">Lãi suất</a></div>
 </div>
</div>
<div class="footer">
 <div class="wp1200">
  <p>Chuyên trang Phố Tài Chính - Tạp chí điện tử Kinh tế Số. Giấy phép số 95/GP-BTTTT cấp ngày 03/3/2023.</p>
  <p>Chịu trách nhiệm nội dung: Ông Phạm Quang Hưng. Văn phòng: Tầng 20, tòa nhà Center Tower, 72 Nguyễn Trãi, phường Khương Đình, Hà Nội. Hotline: 0948 112 233.</p>
  <p>Chi nhánh TP.HCM: Tầng 4, số 123 Võ Văn Tần, phường Xuân Hòa, TP.HCM.</p>
  <p>Phố Tài Chính không chịu trách nhiệm về các quyết định đầu tư dựa trên thông tin đăng tải. © 2026 Phố Tài Chính.</p>
 </div>
</div>
</div>
<script>var _newsId='[[nid]]';var _zoneId='18831';(function(){var s=document.createElement('script');s.async=true;s.src='https://photaichinh.mediacdn.vn/web_js/detail.20261028.js';document.head.appendChild(s);})();</script>
</body>
</html>
"""


# ====================================================================== p04
P04_BLOCKS = [
    ("p", "Theo thông báo của Bộ Đất đai, Hạ tầng và Giao thông Hàn Quốc ngày 11/3, công ty Hanbit Mobility sẽ bắt đầu vận hành ba xe buýt điện tự lái trên tuyến nối ga tàu cao tốc Osong với khu hành chính trung tâm Sejong từ tháng 4. Đây là lần đầu tiên nước này cấp phép cho xe buýt tự lái chở khách có thu phí mà không yêu cầu nhân viên an toàn có mặt trên xe."),
    ("img", "Xe buýt tự lái của Hanbit Mobility trong một chuyến chạy thử tại Sejong. Ảnh: Reuters"),
    ("p", "Mỗi xe có 16 chỗ ngồi, tốc độ tối đa 50 km/h và được trang bị 12 camera, 5 cảm biến lidar cùng hệ thống radar quét 360 độ. Dữ liệu từ xe được truyền liên tục về trung tâm điều hành, nơi một kỹ thuật viên có thể giám sát cùng lúc tối đa ba xe và can thiệp từ xa khi cần thiết."),
    ("p", "“Chúng tôi đã chạy thử hơn 180.000 km trên tuyến đường này trong hai năm qua, trong đó có những ngày tuyết rơi dày và mưa lớn. Hệ thống chưa ghi nhận tình huống nào buộc kỹ thuật viên phải dừng xe khẩn cấp”, ông Park Ji-hoon, Giám đốc điều hành Hanbit Mobility, cho biết."),
    ("xemthem", "Trung Quốc thử nghiệm taxi bay chở khách tại Thâm Quyến"),
    ("p", "Giá vé cho mỗi lượt đi được ấn định ở mức 1.500 won, tương đương giá xe buýt thông thường trong thành phố. Hành khách có thể đặt chỗ qua ứng dụng di động hoặc thanh toán bằng thẻ giao thông ngay khi lên xe."),
    ("h", "Vướng mắc về trách nhiệm pháp lý"),
    ("p", "Dù vậy, giới chuyên gia cho rằng việc mở rộng mô hình vẫn còn nhiều rào cản. Luật hiện hành của Hàn Quốc chưa quy định rõ trách nhiệm khi xe tự lái gây tai nạn trong trường hợp không có người điều khiển trên xe. Theo giấy phép được cấp, Hanbit Mobility phải mua bảo hiểm trách nhiệm với hạn mức cao gấp ba lần so với xe buýt thông thường."),
    ("p", "“Công nghệ có thể đã sẵn sàng, nhưng khung pháp lý và sự chấp nhận của xã hội cần thêm thời gian”, bà Lee Soo-jin, nhà nghiên cứu tại một viện giao thông ở Seoul, nhận định. Bà cho biết trong một khảo sát gần đây, chỉ khoảng 38% người được hỏi sẵn sàng đi xe buýt không có tài xế."),
    ("p", "Chính phủ Hàn Quốc đặt mục tiêu thương mại hóa xe tự lái cấp độ 4 trên diện rộng vào năm 2027. Ngoài Sejong, các thành phố Daegu và Gwangju cũng đang đề xuất mở các tuyến xe buýt tự lái tương tự."),
    ("p", "Hàn Quốc không phải quốc gia duy nhất đẩy mạnh thử nghiệm xe tự lái trong giao thông công cộng. Nhật Bản từ năm 2023 đã cho phép vận hành xe tự lái cấp độ 4 ở một số khu vực nông thôn có mật độ giao thông thấp, trong khi nhiều thành phố của Trung Quốc và Mỹ đã đưa taxi tự lái vào hoạt động thương mại."),
]

TECH_HEADLINES = [
    "Smartphone gập giá rẻ bắt đầu phổ biến tại Việt Nam",
    "Người dùng điện thoại cần làm gì trước khi tắt sóng 2G",
    "Mạng 5G phủ sóng đến 95% trung tâm xã trên cả nước",
    "Doanh nghiệp công nghệ Việt ra mắt nền tảng AI cho nông nghiệp",
    "Cảnh giác chiêu lừa đảo giả danh cán bộ thuế qua điện thoại",
    "Kính thực tế ảo thế hệ mới nhẹ hơn 40%",
    "Chip AI do kỹ sư Việt thiết kế bắt đầu sản xuất thử",
    "Laptop mỏng nhẹ pin 20 giờ đổ bộ thị trường cuối năm",
    "Game thủ Việt giành vé dự giải đấu thể thao điện tử thế giới",
    "Trung tâm dữ liệu lớn nhất miền Bắc đi vào hoạt động",
    "Ứng dụng bản đồ số cập nhật địa giới hành chính mới",
    "Robot hút bụi tích hợp AI nhận diện vật cản giá dưới 10 triệu đồng",
    "Cách bật xác thực hai lớp cho tài khoản mạng xã hội",
    "Drone giao hàng bắt đầu thử nghiệm tại khu đô thị phía tây Hà Nội",
    "Tai nghe chống ồn giá rẻ: có nên mua?",
    "Sinh viên nghiên cứu chế tạo robot phân loại rác thải",
]


@page("p04")
def p04(r):
    base = "https://gentech.vn"
    title = "Hàn Quốc cho phép xe buýt tự lái chở khách không cần nhân viên giám sát"
    sapo = "Một công ty khởi nghiệp Hàn Quốc vừa được cấp phép vận hành xe buýt tự lái cấp độ 4 chở khách thương mại mà không cần nhân viên an toàn ngồi sau vô lăng, trên tuyến đường dài 11 km tại thành phố Sejong."
    pub = datetime.datetime(2026, 3, 12, 9, 30, 0)
    nid = "171260312093024556"
    url = "%s/han-quoc-cho-phep-xe-buyt-tu-lai-cho-khach-khong-can-nhan-vien-giam-sat-%s.chn" % (base, nid)
    cdn = "gentech.mediacdn.vn"

    def xem(t):
        u = "%s/%s-%s.chn" % (base, slug(t), rid(r, 18))
        return '<p class="link-inline"><b>Xem thêm:</b> <a href="%s" title="%s" target="_blank">%s</a></p>' % (q(u), q(t), esc(t))
    m = {
        "p": lambda t: "<p>%s</p>" % esc(t),
        "h": lambda t: "<h3>%s</h3>" % esc(t),
        "img": lambda cap: vcc_photo(r, cap, cdn, pub),
        "xemthem": xem,
    }
    content = render(P04_BLOCKS, m)
    jsonld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                         "description": sapo, "datePublished": iso(pub), "dateModified": "2026-03-12T10:02:00+07:00",
                         "author": {"@type": "Person", "name": "Hải Đăng"},
                         "publisher": {"@type": "Organization", "name": "GenTech", "logo": {"@type": "ImageObject", "url": "https://gentech.mediacdn.vn/logo.png"}},
                         "mainEntityOfPage": url}, ensure_ascii=False, indent=1)
    dfmt = lambda d: "%s %s" % (dmy(d), hm(d))
    latest = news_items(r, 20, '<li class="knswli"><div class="knswli-left"><a href="[[url]]" title="[[atitle]]"><img src="[[img]]" alt="[[atitle]]"></a></div>'
                        '<div class="knswli-right"><h4 class="knswli-title"><a href="[[url]]">[[title]]</a></h4><span class="knswli-time">[[date]]</span></div></li>',
                        base, dfmt, pool=TECH_HEADLINES, max_days=260)
    trend = news_items(r, 8, '<li><a href="[[url]]" title="[[atitle]]">[[title]]</a></li>', base, pool=TECH_HEADLINES)
    html_ = fill(P04_TPL, title=esc(title), atitle=q(title), sapo=esc(sapo), url=url, content=content, jsonld=jsonld,
                 latest=latest, trend=trend, menu=menu_html(r, base, "vcc"), css=VCC_CSS + css_block(r, "gt", 70),
                 ga=ga(r, "G-GT" + rhex(r, 8).upper()), nid=nid, desc=q(sapo))
    sc = sidecar("article", "vccorp", url, title=title, published_at=iso(pub), author="Hải Đăng",
                 body=gold_body(sapo, P04_BLOCKS))
    return html_, sc


P04_TPL = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>[[title]]</title>
<meta name="description" content="[[desc]]">
<meta property="og:title" content="[[atitle]]">
<meta property="og:type" content="article">
<meta property="og:site_name" content="GenTech">
<link rel="canonical" href="[[url]]">
<script type="application/ld+json">
[[jsonld]]
</script>
<style>[[css]]</style>
[[ga]]
</head>
<body class="gt-detail">
<div class="gt-header">
 <div class="gt-topbar"><div class="w1160"><span class="gt-today">CN, 22/11/2026</span><a class="gt-logo" href="https://gentech.vn"><img src="https://gentech.mediacdn.vn/web_images/gentech_logo.svg" alt="GenTech"></a>
  <div class="gt-actions"><button class="gt-search-btn" aria-label="Tìm kiếm">Tìm kiếm</button><a class="gt-login" href="https://id.gentech.vn/login">Đăng nhập</a><a class="gt-dark" href="#">Giao diện tối</a></div></div></div>
 <nav class="gt-nav"><ul class="w1160"><li><a href="https://gentech.vn">Trang chủ</a></li>[[menu]]</ul></nav>
</div>
<div class="gt-main w1160 clearfix">
 <div class="gt-left">
  <ul class="gt-breadcrumb"><li><a href="https://gentech.vn/tin-ict.chn">Tin ICT</a></li><li><a href="https://gentech.vn/tin-ict/xe-tu-lai.chn">Xe tự lái</a></li></ul>
  <div class="kbwc-header">
   <h1 class="kbwc-title">[[title]]</h1>
   <div class="kbwc-meta"><a href="https://gentech.vn/tac-gia/hai-dang.chn" title="Hải Đăng" class="kbwcm-author" rel="author">Hải Đăng</a><span class="kbwcm-sep">|</span><span class="kbwcm-time" title="12/03/2026 09:30">12/03/2026 09:30</span><span class="kbwcm-share"><a href="#" rel="nofollow">Chia sẻ</a><a href="#" rel="nofollow">Lưu bài</a></span></div>
  </div>
  <div class="knc-sapo">[[sapo]]</div>
  <div class="knc-content detail-content afcbc-body" data-role="content">
[[content]]
   <p class="knc-source" style="text-align:right"><i>(Theo Reuters)</i></p>
  </div>
  <div class="knc-tags"><a href="https://gentech.vn/xe-tu-lai.html">xe tự lái</a><a href="https://gentech.vn/han-quoc.html">Hàn Quốc</a><a href="https://gentech.vn/giao-thong-thong-minh.html">giao thông thông minh</a></div>
  <div class="knc-rate"><span>Đánh giá bài viết:</span><span class="star">★</span><span class="star">★</span><span class="star">★</span><span class="star">★</span><span class="star">☆</span><span class="rate-count">(64 lượt)</span></div>
  <div class="knc-latest"><h3>Tin mới nhất</h3><ul>
[[latest]]
  </ul></div>
 </div>
 <div class="gt-right"><div class="adm" id="admzone4411" style="min-height:600px"></div><div class="gt-trend"><h3>Xu hướng</h3><ol>[[trend]]</ol></div></div>
</div>
<div class="gt-footer"><div class="w1160">
 <p>GenTech - Chuyên trang công nghệ của Tạp chí điện tử Đời Sống Số. Giấy phép số 36/GP-BTTTT ngày 24/01/2025.</p>
 <p>Trụ sở: Tầng 17, tòa nhà Center Point, 110 Cầu Giấy, phường Cầu Giấy, Hà Nội. Email: lienhe@gentech.vn. Hotline quảng cáo: 0899 223 446.</p>
 <p>© 2026 GenTech. Không được sao chép khi chưa có sự đồng ý bằng văn bản.</p>
</div></div>
<script>var isMobile=false,newsid='[[nid]]',catid='1082';window.__gtconf={lazy:true,infinite:false};</script>
<script src="https://gentech.mediacdn.vn/web_js/gt.detail.min.js" defer></script>
</body>
</html>
"""


# ====================================================================== p05
P05_BLOCKS = [
    ("p", "Theo báo cáo của Bộ Xây dựng, năm 2025 cả nước hoàn thành 103 dự án nhà ở xã hội với khoảng 89.000 căn; khởi công mới 162 dự án với quy mô khoảng 131.000 căn. Lũy kế từ khi triển khai Đề án, đã có 692 dự án được triển khai với tổng quy mô hơn 633.000 căn."),
    ("p", "Tuy nhiên, tiến độ tại nhiều địa phương vẫn chậm so với chỉ tiêu được giao. Một số tỉnh, thành phố chưa bố trí đủ quỹ đất, thủ tục lựa chọn chủ đầu tư còn kéo dài; nguồn vốn ưu đãi giải ngân chưa đạt yêu cầu; việc xét duyệt đối tượng được mua, thuê mua nhà ở xã hội ở một số nơi còn lúng túng sau khi sắp xếp lại đơn vị hành chính."),
    ("img", "Thứ trưởng Bộ Xây dựng Nguyễn Văn Khiêm phát biểu tại hội nghị. Ảnh: VGP/Hải Minh"),
    ("p", "Phát biểu tại hội nghị, Thứ trưởng Bộ Xây dựng Nguyễn Văn Khiêm cho biết, để hoàn thành mục tiêu năm 2026, Bộ đề xuất 5 nhóm giải pháp trọng tâm như sau:"),
    ("ol", ["Thứ nhất, các địa phương rà soát, bố trí đủ quỹ đất cho nhà ở xã hội trong quy hoạch chung, quy hoạch phân khu; công bố công khai danh mục dự án để thu hút nhà đầu tư.",
            "Thứ hai, rút ngắn thời gian lựa chọn chủ đầu tư, áp dụng hình thức giao chủ đầu tư không qua đấu thầu đối với các dự án đủ điều kiện theo quy định mới.",
            "Thứ ba, đẩy mạnh giải ngân gói tín dụng ưu đãi, mở rộng đối tượng vay vốn mua nhà cho người trẻ dưới 35 tuổi và công nhân tại các khu công nghiệp.",
            "Thứ tư, giao cấp xã chủ trì xác nhận điều kiện về nhà ở và thu nhập của người mua trên môi trường điện tử, bảo đảm công khai, minh bạch và đúng đối tượng.",
            "Thứ năm, tăng cường thanh tra, kiểm tra, xử lý nghiêm hành vi trục lợi chính sách, mua bán suất nhà ở xã hội trái phép."]),
    ("related", ["Hơn 1.000 hồ sơ đăng ký mua nhà ở xã hội tại Bắc Ninh",
                 "Lãi suất cho vay mua nhà tiếp tục giảm về mức thấp",
                 "Chính sách hỗ trợ đóng bảo hiểm xã hội tự nguyện mới nhất"]),
    ("p", "Tại hội nghị, đại diện nhiều địa phương đã chia sẻ kinh nghiệm và kiến nghị tháo gỡ vướng mắc. Theo ông Trần Quốc Bảo, Phó Chủ tịch UBND tỉnh Bắc Ninh, tỉnh hiện có 14 dự án nhà ở xã hội đang triển khai với gần 16.000 căn, phần lớn phục vụ công nhân tại các khu công nghiệp. Tỉnh kiến nghị cho phép điều chỉnh linh hoạt tỷ lệ nhà ở cho thuê trong các dự án gần khu công nghiệp."),
    ("p", "Đại diện Ngân hàng Nhà nước cho biết, đến hết năm 2025, dư nợ chương trình tín dụng ưu đãi cho nhà ở xã hội đạt khoảng 38.000 tỷ đồng. Lãi suất cho vay đối với người mua nhà hiện thấp hơn 1,5-2 điểm phần trăm so với lãi suất cho vay trung, dài hạn bình quân của các ngân hàng thương mại."),
    ("img", "Quang cảnh hội nghị tại điểm cầu Bộ Xây dựng. Ảnh: VGP/Hải Minh"),
    ("p", "Kết luận hội nghị, Thứ trưởng Nguyễn Văn Khiêm đề nghị các địa phương coi phát triển nhà ở xã hội là nhiệm vụ chính trị quan trọng, gắn trách nhiệm người đứng đầu với kết quả thực hiện chỉ tiêu được giao. Bộ Xây dựng sẽ tổng hợp các kiến nghị, báo cáo Chính phủ trong quý I/2026."),
]


@page("p05")
def p05(r):
    base = "https://chinhsachmoi.vn"
    title = "Bộ Xây dựng đề xuất 5 nhóm giải pháp gỡ vướng cho nhà ở xã hội"
    sapo = "Chiều 15/1, tại Hà Nội, Bộ Xây dựng tổ chức hội nghị trực tuyến với 34 tỉnh, thành phố để đánh giá tình hình triển khai Đề án đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội và đề xuất các giải pháp tháo gỡ khó khăn trong năm 2026."
    pub = datetime.datetime(2026, 1, 15, 16, 20, 0)
    nid = "102260115162044981"
    url = "%s/bo-xay-dung-de-xuat-5-nhom-giai-phap-go-vuong-cho-nha-o-xa-hoi-%s.htm" % (base, nid)
    cdn = "chinhsachmoi.mediacdn.vn"

    def ol(items):
        return "<ol>" + "".join("<li>%s</li>" % esc(t) for t in items) + "</ol>"

    def related(items):
        lis = "".join('<li><a href="%s/%s-%s.htm" title="%s">%s</a></li>' % (base, slug(t), rid(r, 18), q(t), esc(t)) for t in items)
        return ('<div class="VCSortableInPreviewMode link-content-footer" type="link-content-footer" contenteditable="false">'
                '<div class="link-content-footer-title">Tin liên quan</div><ul class="relate-news">%s</ul></div>' % lis)
    m = {
        "p": lambda t: "<p>%s</p>" % esc(t),
        "img": lambda cap: vcc_photo(r, cap, cdn, pub, ' data-back="#ffffff"'),
        "ol": ol,
        "related": related,
    }
    content = render(P05_BLOCKS, m)
    dfmt = lambda d: "%s %s" % (dmy(d), hm(d))
    samecat = news_items(r, 15, '<div class="box-stream-item"><a class="box-stream-link-with-avatar" href="[[url]]" title="[[atitle]]"><img src="[[img]]" alt="[[atitle]]" class="box-stream-avatar"></a>'
                         '<div class="box-stream-content"><a class="box-stream-link-title" href="[[url]]" title="[[atitle]]">[[title]]</a><p class="box-stream-sapo">[[sapo]]</p></div></div>',
                         base, sapo=True)
    focus = news_items(r, 8, '<li class="box-focus-item"><a href="[[url]]">[[title]]</a><span class="box-focus-time">[[date]]</span></li>', base, dfmt, max_days=320)
    html_ = fill(P05_TPL, title=esc(title), atitle=q(title), sapo=esc(sapo), url=url, content=content, samecat=samecat,
                 focus=focus, menu=menu_html(r, base, "mega"), css=VCC_CSS + css_block(r, "cs", 80), iso=iso(pub),
                 ga=ga(r, "G-CSM" + rhex(r, 7).upper()), nid=nid, desc=q(sapo))
    sc = sidecar("article", "vccorp", url, title=title, published_at=iso(pub), author="Hoài Thu",
                 body=gold_body(sapo, P05_BLOCKS))
    return html_, sc


P05_TPL = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>[[title]]</title>
<meta name="description" content="[[desc]]">
<meta property="og:title" content="[[atitle]]">
<meta property="og:type" content="article">
<meta property="article:published_time" content="[[iso]]">
<meta property="article:modified_time" content="2026-01-15T17:02:00+07:00">
<link rel="canonical" href="[[url]]">
<style>[[css]]
.header-top{background:#a50000;color:#fff}.detail-sapo{font-size:18px;font-weight:700;line-height:1.5}
.nav__item{display:inline-block;position:relative}.mega{display:none;position:absolute}
</style>
[[ga]]
</head>
<body>
<header class="site-header">
 <div class="header-top"><div class="container"><span class="header-date">Chủ nhật, 22/11/2026</span>
  <a class="header-logo" href="https://chinhsachmoi.vn"><img src="https://chinhsachmoi.mediacdn.vn/web_images/logo-csm.png" alt="Báo điện tử Chính Sách Mới"></a>
  <div class="header-lang"><a href="https://en.chinhsachmoi.vn">English</a><a href="https://cn.chinhsachmoi.vn">中文</a></div>
  <form class="header-search" action="https://chinhsachmoi.vn/tim-kiem.htm"><input type="text" name="keywords" placeholder="Tìm kiếm"></form></div></div>
 <nav class="nav"><ul class="nav__list container"><li class="nav__item"><a class="nav__link" href="https://chinhsachmoi.vn">Trang chủ</a></li>[[menu]]</ul></nav>
</header>
<div class="container detail-container">
 <div class="detail-cate"><a href="https://chinhsachmoi.vn/chinh-sach-moi.htm">Chính sách mới</a><span>/</span><a href="https://chinhsachmoi.vn/chinh-sach-moi/nha-o.htm">Nhà ở</a></div>
 <div class="detail-main">
  <div class="detail-time"><div data-role="publishdate">15/01/2026 16:20</div></div>
  <h1 class="detail-title" data-role="title">[[title]]</h1>
  <div class="detail-tool"><a href="#" class="print">In bài</a><a href="#" class="mail">Gửi bài</a><a href="#" class="fontsize">A-</a><a href="#" class="fontsize">A+</a></div>
  <h2 class="detail-sapo" data-role="sapo">[[sapo]]</h2>
  <div class="detail-content afcbc-body" data-role="content">
[[content]]
  </div>
  <div class="detail-author"><div class="name">Hoài Thu</div></div>
  <div class="detail-tag"><span>Từ khóa:</span><a href="https://chinhsachmoi.vn/nha-o-xa-hoi.html">nhà ở xã hội</a><a href="https://chinhsachmoi.vn/bo-xay-dung.html">Bộ Xây dựng</a></div>
 </div>
 <div class="box-stream"><h3 class="box-stream-title">Các tin khác</h3>
[[samecat]]
 </div>
 <aside class="detail-aside"><div class="box-focus"><h3>Tiêu điểm</h3><ul>[[focus]]</ul></div></aside>
</div>
<footer class="site-footer"><div class="container">
 <p>BÁO ĐIỆN TỬ CHÍNH SÁCH MỚI - Cơ quan của Hiệp hội Thông tin Chính sách Việt Nam</p>
 <p>Tổng Biên tập: Lê Minh Châu. Giấy phép số 277/GP-BVHTTDL ngày 02/10/2025.</p>
 <p>Tòa soạn: 16 Lê Hồng Phong, phường Ba Đình, Hà Nội. Điện thoại: 080 43162. Email: toasoan@chinhsachmoi.vn</p>
 <p>Ghi rõ nguồn "Báo điện tử Chính Sách Mới" khi phát hành lại thông tin từ website này.</p>
</div></footer>
<script>var detailNewsId="[[nid]]";var pageType="detail";</script>
<script src="https://chinhsachmoi.mediacdn.vn/web_js/main.detail.min.js" async></script>
</body>
</html>
"""


# ====================================================================== p06  eMagazine
P06_BLOCKS = [
    ("chap", "Phần 1", "Những bước chân trong sương"),
    ("p", "Năm giờ sáng, khi sương còn phủ kín thung lũng, ông Hà Văn Thạch (58 tuổi) đã khoác ba lô, cầm con dao phát và chiếc đèn pin đội đầu rời khỏi nhà. Đó là thói quen của người tổ trưởng tổ bảo vệ rừng bản Đôn suốt gần hai mươi năm nay. Cứ mười ngày một lần, ông cùng bốn thành viên trong tổ đi hết một vòng tuần tra dài hơn 18 km, vượt qua những con dốc dựng đứng và những khe suối trơn trượt rêu phong."),
    ("p", "“Hồi trẻ, tôi cũng từng theo người lớn vào rừng chặt gỗ, đốt nương. Lúc đó nghĩ rừng còn nhiều, chặt mãi không hết. Đến khi suối cạn, lũ về cuốn trôi cả ruộng lúa dưới chân núi, dân bản mới biết sợ”, ông Thạch nhớ lại."),
    ("pull", "Đến khi suối cạn, lũ về cuốn trôi cả ruộng lúa dưới chân núi, dân bản mới biết sợ"),
    ("img", "Tổ bảo vệ rừng bản Đôn trong một chuyến tuần tra trên sườn núi phía tây khu bảo tồn."),
    ("p", "Khu bảo tồn thiên nhiên Pù Luông hiện có diện tích hơn 17.000 ha, trải trên địa bàn nhiều xã thuộc vùng đất các huyện Bá Thước và Quan Hóa cũ của tỉnh Thanh Hóa. Nơi đây còn lưu giữ những khu rừng nguyên sinh trên núi đá vôi với nhiều loài động, thực vật quý hiếm như voọc mông trắng, sơn dương, lan hài và nghiến."),
    ("p", "Theo Ban quản lý khu bảo tồn, hiện có 42 tổ, đội bảo vệ rừng cộng đồng với hơn 300 thành viên là người dân địa phương. Mỗi tổ được giao khoán quản lý từ 300 đến 500 ha rừng, nhận tiền dịch vụ môi trường rừng hằng năm để chi trả cho các chuyến tuần tra."),
    ("chap", "Phần 2", "Từ phá rừng đến giữ rừng"),
    ("p", "Sự thay đổi ở Pù Luông không diễn ra trong một sớm một chiều. Những năm đầu thập niên 2000, cán bộ kiểm lâm phải kiên trì đến từng nhà, ngồi bên bếp lửa nói chuyện với già làng, trưởng bản về chuyện giữ rừng, giữ nước. Các hương ước, quy ước bảo vệ rừng được xây dựng từ chính ý kiến của người dân và được cả bản cùng thống nhất."),
    ("p", "Anh Lương Văn Hải, kiểm lâm địa bàn phụ trách khu vực xã Pù Luông, cho biết điều quan trọng nhất là người dân phải thấy được lợi ích thiết thực từ rừng. “Khi rừng đem lại nguồn nước cho ruộng bậc thang, đem lại măng, mật ong và khách du lịch, bà con tự khắc trở thành người giữ rừng tốt nhất”, anh Hải nói."),
    ("img", "Ruộng bậc thang ở bản Kho Mường vào mùa lúa chín."),
    ("p", "Số vụ vi phạm lâm luật trong khu bảo tồn đã giảm từ hơn 120 vụ mỗi năm giai đoạn 2005-2010 xuống còn dưới 10 vụ trong năm 2025. Độ che phủ rừng của khu vực duy trì ổn định trên 85%. Nhiều diện tích nương rẫy cũ đã được người dân tự nguyện trả lại để trồng cây bản địa."),
    ("pull", "Khi rừng đem lại nguồn nước cho ruộng bậc thang, đem lại măng, mật ong và khách du lịch, bà con tự khắc trở thành người giữ rừng tốt nhất"),
    ("chap", "Phần 3", "Sinh kế dưới tán rừng"),
    ("p", "Ở bản Đôn, gần 40 hộ gia đình hiện làm du lịch cộng đồng. Những ngôi nhà sàn truyền thống được sửa sang thành homestay, đón khách trong và ngoài nước đến trải nghiệm đi bộ xuyên rừng, tắm suối, thưởng thức cơm lam và rượu cần. Theo số liệu của xã, năm 2025 khu vực đón hơn 95.000 lượt khách, doanh thu từ du lịch đạt khoảng 70 tỷ đồng."),
    ("p", "Chị Hà Thị Nguyệt, chủ một homestay ở bản Đôn, kể rằng khách nước ngoài đến đây không cần khách sạn sang trọng. Họ muốn đi bộ vào rừng, nghe người bản kể chuyện về cây thuốc, về con suối. “Rừng còn thì khách còn. Nhà nào làm du lịch cũng tham gia tổ bảo vệ rừng, coi đó là việc của mình”, chị Nguyệt nói."),
    ("img", "Du khách nước ngoài trải nghiệm đi bộ xuyên rừng cùng hướng dẫn viên người bản địa."),
    ("p", "Tuy vậy, sự phát triển nhanh của du lịch cũng đặt ra không ít thách thức. Một số công trình lưu trú xây dựng tự phát, rác thải từ hoạt động du lịch tăng lên, nguồn nước sinh hoạt vào mùa khô trở nên căng thẳng. Chính quyền các xã đã yêu cầu các cơ sở lưu trú cam kết không mở rộng diện tích vào đất rừng, đồng thời thí điểm mô hình thu gom, phân loại rác tại nguồn."),
    ("p", "Chiều muộn, trên đường trở về bản sau chuyến tuần tra, ông Thạch dừng lại bên một gốc nghiến cổ thụ. Ông bảo cây này phải ba người ôm mới xuể, bố ông ngày trước cũng từng đứng ở đây. “Mình giữ được cây này thì con cháu mình còn thấy nó. Rừng không phải của riêng ai”, ông nói, rồi lặng lẽ bước tiếp xuống con dốc đã nhuộm màu nắng chiều."),
]


def chap_gold(blocks):
    out = []
    for b in blocks:
        if b[0] == "chap":
            out.append(("h", b[1]))
            out.append(("h", b[2]))
        else:
            out.append(b)
    return out


EMAG_TITLES = [
    "Người gieo chữ ở đặc khu Cô Tô", "Mùa vàng trên những thửa ruộng bậc thang Mù Cang Chải",
    "Hành trình đưa nước sạch về bản xa", "Những bóng hồng trên công trường cao tốc",
    "Thắp sáng ước mơ cho trẻ em làng chài", "Giữ hồn ca trù giữa phố cổ",
    "Người lính biên phòng và những mùa xuân không về nhà", "Chuyện những cây cầu treo nơi rẻo cao",
    "Làng hoa Tây Tựu trước vận hội mới", "Những người thầy thuốc mang áo blouse trắng lên đảo",
    "Tiếng trống đồng vọng giữa đại ngàn", "Cô gái Ê Đê và giấc mơ cà phê đặc sản",
    "Đêm trắng cùng những người gác đèn biển", "Ký ức Trường Sơn qua những trang nhật ký",
    "Sức sống mới trên vùng đất lửa Quảng Trị", "Người giữ nghề dệt thổ cẩm cuối cùng của bản",
]


@page("p06")
def p06(r):
    base = "https://tuoixanh.vn"
    title = "Giữ màu xanh cho đại ngàn Pù Luông"
    sapo = "Hơn ba mươi năm trước, những cánh rừng già ở Pù Luông từng bị đốt phá để làm nương. Hôm nay, chính những người con của bản Mường, bản Thái lại là lực lượng bền bỉ nhất giữ rừng, sống cùng rừng và làm du lịch từ rừng."
    pub = datetime.datetime(2026, 10, 4, 6, 0, 0)
    url = base + "/emagazine/giu-mau-xanh-cho-dai-ngan-pu-luong-post1786532.tpo"
    cdn = "https://image.tuoixanh.vn/w2000/Uploaded/2026/emagazine/pu-luong/"
    k = [0]

    def chap(num, name):
        k[0] += 1
        return ('<section class="emag-chapter emag-fullwidth" style="background-image:url(%schap%d.jpg)"><div class="emag-chapter__overlay">'
                '<p class="emag-chapter__num">%s</p><h2 class="emag-chapter__title">%s</h2></div></section>' % (cdn, k[0], esc(num), esc(name)))

    def img(cap):
        k[0] += 1
        return ('<figure class="emag-figure emag-fullwidth"><img src="%simg%02d.jpg" data-src="%simg%02d.jpg" alt="%s" loading="lazy">'
                '<figcaption class="emag-caption">%s</figcaption></figure>' % (cdn, k[0], cdn, k[0], q(cap), esc(cap)))

    def pull(t):
        return ('<aside class="emag-quote emag-quote--right" aria-hidden="false"><svg class="emag-quote__ico" width="48" height="48" viewBox="0 0 48 48"><path d="M10 30c0-8 6-14 14-16v4c-5 2-8 6-8 10h8v12H10z"/></svg>'
                '<blockquote class="emag-quote__text">%s</blockquote></aside>' % esc(t))
    m = {
        "p": lambda t: '<div class="emag-text"><p>%s</p></div>' % esc(t),
        "chap": chap, "img": img, "pull": pull,
    }
    content = render(P06_BLOCKS, m)
    more = []
    for t in EMAG_TITLES:
        d = rdt(r, 300)
        more.append('<div class="emag-more__item"><a href="%s/emagazine/%s-post%s.tpo" class="emag-more__thumb"><img src="https://image.tuoixanh.vn/w460/Uploaded/2026/emagazine/%s/cover.jpg" alt="%s"></a>'
                    '<span class="emag-more__label">eMagazine</span><h3 class="emag-more__title"><a href="%s/emagazine/%s-post%s.tpo">%s</a></h3><span class="emag-more__date">%s</span></div>' % (
                        base, slug(t), rid(r, 7), slug(t)[:24], q(t), base, slug(t), rid(r, 7), esc(t), dmy(d)))
    # site-wide mega menu and footer sitemap: long, as Tiền Phong-like sites ship them
    sitemap = []
    for cat, subs in MENU * 2:
        sitemap.append('<div class="sitemap__col"><a class="sitemap__cat" href="%s/%s/">%s</a><ul>%s</ul></div>' % (
            base, slug(cat), esc(cat), "".join('<li><a href="%s/%s/%s/">%s</a></li>' % (base, slug(cat), slug(s), esc(s)) for s in subs)))
    latest = news_items(r, 30, '<li class="story"><a class="story__thumb" href="[[url]]"><img src="[[img]]" alt="[[atitle]]"></a><h3 class="story__heading"><a class="cms-link" href="[[url]]" title="[[atitle]]">[[title]]</a></h3><time class="story__time">[[date]]</time></li>',
                        base, lambda d: "%s %s" % (hm(d), dmy(d)), max_days=6)
    anim = css_block(r, "emag", 1100)
    html_ = fill(P06_TPL, title=esc(title), atitle=q(title), sapo=esc(sapo), url=url, content=content, more="\n".join(more),
                 sitemap="\n".join(sitemap), latest=latest, menu=menu_html(r, base, "mega"), anim=anim,
                 ga=ga(r, "G-TX" + rhex(r, 8).upper()), iso=iso(pub), ads=ads_json(r, 70), cover=cdn + "cover.jpg", desc=q(sapo))
    sc = sidecar("article", "custom", url, title=title, published_at=iso(pub), author="Lê Vy, Tuấn Nguyễn",
                 body=gold_body(sapo, chap_gold(P06_BLOCKS)))
    return html_, sc


P06_TPL = """<!DOCTYPE html>
<html lang="vi" class="emagazine">
<head>
<meta charset="utf-8">
<title>[[title]] | Báo Tuổi Xanh</title>
<meta name="description" content="[[desc]]">
<meta property="og:type" content="article">
<meta property="og:title" content="[[atitle]]">
<meta property="og:image" content="[[cover]]">
<meta property="article:published_time" content="[[iso]]">
<meta property="article:section" content="eMagazine">
<link rel="canonical" href="[[url]]">
<link rel="preload" as="font" href="https://static.tuoixanh.vn/fonts/Lora-Regular.woff2" crossorigin>
<style>
.emagazine body{margin:0;background:#fff;font-family:Lora,Georgia,serif}
.emag-cover{position:relative;height:100vh;background-size:cover;background-position:center}
.emag-cover__inner{position:absolute;bottom:10%;left:0;right:0;max-width:900px;margin:0 auto;color:#fff}
.emag-cover__title{font-size:56px;line-height:1.15}
.emag-text{max-width:680px;margin:0 auto;font-size:19px;line-height:1.75}
.emag-fullwidth{width:100vw;position:relative;left:50%;margin-left:-50vw}
.emag-chapter{height:70vh;background-size:cover;display:flex;align-items:center;justify-content:center}
.emag-chapter__num{font-size:20px;letter-spacing:6px;text-transform:uppercase;color:#f5c26b}
.emag-chapter__title{font-size:44px;color:#fff}
.emag-quote{max-width:900px;margin:40px auto;font-size:28px;color:#0b6e4f;border-left:4px solid #0b6e4f;padding-left:24px}
.emag-caption{max-width:680px;margin:8px auto;font-size:14px;color:#666;font-style:italic}
[[anim]]
</style>
[[ga]]
<script>window.TX_ADS=[[ads]];</script>
</head>
<body>
<header class="site-header site-header--emag">
 <div class="topbar"><div class="container"><span class="topbar__date">Chủ Nhật, ngày 22 tháng 11 năm 2026</span><a class="topbar__epaper" href="https://epaper.tuoixanh.vn">Báo in</a><a class="topbar__login" href="https://id.tuoixanh.vn">Đăng nhập</a></div></div>
 <div class="header-main"><div class="container"><a class="logo" href="https://tuoixanh.vn"><img src="https://static.tuoixanh.vn/images/logo-tuoixanh.svg" alt="Tuổi Xanh"></a>
  <button class="hamburger" aria-label="Menu">☰</button><form class="search" action="https://tuoixanh.vn/tim-kiem/"><input type="search" name="q" placeholder="Tìm kiếm"></form></div></div>
 <nav class="main-nav" aria-label="Chuyên mục"><ul class="nav__list container">[[menu]]</ul></nav>
</header>
<main class="emag-wrap">
 <section class="emag-cover" style="background-image:url([[cover]])">
  <div class="emag-cover__inner">
   <span class="emag-cover__label">eMagazine</span>
   <h1 class="emag-cover__title">[[title]]</h1>
  </div>
 </section>
 <div class="emag-credit">
  <p class="emag-credit__line"><span class="lbl">Thực hiện:</span> <strong>Lê Vy</strong></p>
  <p class="emag-credit__line"><span class="lbl">Ảnh:</span> <strong>Tuấn Nguyễn</strong></p>
 </div>
 <div class="emag-text emag-sapo"><p class="sapo"><strong>[[sapo]]</strong></p></div>
 <article class="emag-body" id="emagBody">
[[content]]
 </article>
 <div class="emag-foot"><p class="emag-pubdate">Ngày xuất bản: 04/10/2026</p>
  <div class="emag-share"><a href="#" class="fb">Facebook</a><a href="#" class="zalo">Zalo</a><a href="#" class="copy">Sao chép liên kết</a></div></div>
 <section class="emag-more"><h2 class="emag-more__heading">eMagazine khác</h2>
[[more]]
 </section>
 <section class="latest container"><h2 class="box-heading">Tin mới nhất</h2><ul>
[[latest]]
 </ul></section>
</main>
<footer class="site-footer">
 <div class="sitemap container">
[[sitemap]]
 </div>
 <div class="footer-info container">
  <p><strong>BÁO TUỔI XANH</strong> - Cơ quan Trung ương của Hội Thanh niên Tình nguyện Việt Nam</p>
  <p>Giấy phép số 78/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 14/3/2024. Tổng Biên tập: Phùng Công Sơn.</p>
  <p>Tòa soạn: 15 Hồ Xuân Hương, phường Hai Bà Trưng, Hà Nội. Điện thoại: 024 3943 7788. Email: toasoan@tuoixanh.vn</p>
  <p>Văn phòng đại diện tại TP.HCM: 41 Nguyễn Thị Minh Khai, phường Sài Gòn, TP.HCM.</p>
  <p>© Bản quyền thuộc Báo Tuổi Xanh. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p>
 </div>
</footer>
<script src="https://static.tuoixanh.vn/js/emagazine.bundle.min.js" defer></script>
<script>document.addEventListener('DOMContentLoaded',function(){var els=document.querySelectorAll('.emag-figure img');for(var i=0;i<els.length;i++){els[i].src=els[i].getAttribute('data-src');}});</script>
</body>
</html>
"""


# ====================================================================== p07  series, Kỳ 2
P07_BLOCKS = [
    ("p", "Làng gốm Đông Khê nằm bên bờ sông Lạch Tray, nay thuộc phường An Hải, TP Hải Phòng. Theo các cụ cao niên, nghề gốm ở đây đã có từ hơn 300 năm trước. Thời hưng thịnh, cả làng có gần 200 lò nung, sản phẩm chum, vại, tiểu sành theo thuyền xuôi khắp các tỉnh ven biển Bắc Bộ."),
    ("p", "Nhưng khoảng mười năm trở lại đây, khi các dự án khu đô thị, khu công nghiệp liên tục mở rộng, đất làng bị thu hẹp dần. Nhiều hộ bán đất, chuyển sang làm công nhân, buôn bán. Đến nay, cả làng chỉ còn 23 lò hoạt động thường xuyên."),
    ("h", "Người thợ cuối cùng của dòng họ"),
    ("p", "Ông Phạm Văn Đức (67 tuổi) là người duy nhất trong dòng họ Phạm còn giữ nghề. Xưởng gốm nhà ông rộng chưa đầy 200 m2, nằm lọt thỏm giữa hai dãy nhà phố bốn, năm tầng. Mỗi lần đốt lò, ông phải canh gió, canh giờ để khói không làm phiền hàng xóm."),
    ("p", "“Ngày xưa đốt lò bằng củi, khói bay mù mịt cả làng cũng không ai kêu. Bây giờ xung quanh toàn nhà cao tầng, tôi phải chuyển sang lò ga, mỗi mẻ tốn thêm vài triệu đồng tiền nhiên liệu. Nhưng không đổi thì không làm được nữa”, ông Đức nói."),
    ("img", "Ông Phạm Văn Đức kiểm tra mẻ gốm vừa ra lò. Ảnh: Hoàng Triều"),
    ("p", "Để bù chi phí, ông Đức chuyển từ làm chum vại sang gốm mỹ nghệ, đồ trang trí sân vườn. Những chiếc đôn, bình hoa mang men nâu đặc trưng của Đông Khê được các quán cà phê, khu nghỉ dưỡng đặt hàng. Thu nhập của xưởng vì thế vẫn đủ trả lương cho sáu người thợ."),
    ("h", "Lớp trẻ trở về"),
    ("p", "Điều khiến người làng vui nhất là vài năm gần đây đã có những người trẻ quay về với nghề. Anh Vũ Minh Khoa (31 tuổi), tốt nghiệp ngành thiết kế công nghiệp, bỏ công việc ở một công ty nội thất tại Hà Nội để mở xưởng gốm nhỏ ngay trên đất của ông nội."),
    ("p", "Khoa kết hợp kỹ thuật vuốt tay truyền thống với kiểu dáng hiện đại, làm cốc, đĩa, đèn trang trí bán qua mạng xã hội. Mỗi tháng, xưởng của anh xuất đi khoảng 2.000 sản phẩm, phần lớn là đơn hàng của khách trẻ ở các thành phố lớn. “Tôi muốn người ta nhắc đến Đông Khê không chỉ như một làng nghề cũ, mà là một thương hiệu gốm có câu chuyện”, Khoa chia sẻ."),
    ("img", "Sản phẩm gốm mang phong cách hiện đại tại xưởng của anh Vũ Minh Khoa. Ảnh: Hoàng Triều"),
    ("p", "Theo ông Nguyễn Thành Long, Phó Chủ tịch UBND phường An Hải, phường đang phối hợp với các sở, ngành của thành phố xây dựng đề án bảo tồn làng gốm gắn với phát triển du lịch. Phường dự kiến dành khoảng 1,5 ha đất công để quy hoạch khu sản xuất tập trung, giúp các hộ có mặt bằng ổn định, xa khu dân cư."),
    ("p", "“Giữ được nghề là giữ được hồn làng. Nếu không có chính sách kịp thời, chỉ vài năm nữa Đông Khê sẽ chỉ còn trong ký ức”, ông Long nói."),
]


@page("p07")
def p07(r):
    base = "https://nguoitho.vn"
    title = "Kỳ 2: Giữ lửa lò gốm giữa vòng vây đô thị"
    sapo = "Giữa những khu đô thị mới mọc lên san sát, vài chục lò gốm ở làng Đông Khê vẫn đỏ lửa mỗi ngày. Những người thợ cuối cùng của làng đang tìm cách để nghề cha ông không bị đô thị hóa nuốt chửng."
    pub = datetime.datetime(2025, 8, 15, 5, 45, 0)
    url = base + "/ky-2-giu-lua-lo-gom-giua-vong-vay-do-thi-196250814221530114.htm"
    series = [("Kỳ 1: Làng nghề trăm tuổi trước ngã ba đường", "/ky-1-lang-nghe-tram-tuoi-truoc-nga-ba-duong-196250813215011902.htm", "14/08/2025"),
              ("Kỳ 2: Giữ lửa lò gốm giữa vòng vây đô thị", None, "15/08/2025"),
              ("Kỳ 3: Đưa gốm làng lên sàn thương mại điện tử", "/ky-3-dua-gom-lang-len-san-thuong-mai-dien-tu-196250815203344517.htm", "16/08/2025")]
    sbox = []
    for t, u, d in series:
        if u:
            sbox.append('<li class="series-item"><a href="%s%s" title="%s">%s</a><span class="series-date">%s</span></li>' % (base, u, q(t), esc(t), d))
        elif t.startswith("Kỳ 2"):
            sbox.append('<li class="series-item active"><span>%s</span><span class="series-date">%s</span></li>' % (esc(t), d))
        else:
            sbox.append('<li class="series-item upcoming"><span>%s</span><span class="series-date">%s</span></li>' % (esc(t), d))
    sbox = "\n".join(sbox)
    m = {
        "p": lambda t: "<p>%s</p>" % esc(t),
        "h": lambda t: "<h2>%s</h2>" % esc(t),
        "img": lambda cap: ('<figure class="image align-center" contenteditable="false"><img src="https://nld.mediacdn.vn/291774122806476800/2025/8/14/%s.jpg" alt="%s" data-original="https://nld.mediacdn.vn/291774122806476800/2025/8/14/%s.jpg">'
                            '<figcaption><p>%s</p></figcaption></figure>' % (rhex(r, 20), q(cap.split(". Ảnh")[0]), rhex(r, 20), esc(cap))),
    }
    content = render(P07_BLOCKS, m)
    dfmt = lambda d: "%s %s" % (dmy(d), hm(d))
    pre = datetime.datetime(2025, 8, 1)
    samecat = []
    for t in r.sample(HEADLINES, 16):
        d = pre - datetime.timedelta(minutes=r.randint(60, 40000))
        samecat.append('<div class="box-category-item"><a class="box-category-link-with-avatar" href="%s/%s-%s.htm" title="%s"><img src="https://nld.mediacdn.vn/zoom/260_163/%s.jpg" alt="%s"></a>'
                       '<h3 class="title-news"><a class="box-category-link-title" href="%s/%s-%s.htm">%s</a></h3><span class="box-category-time">%s</span></div>' % (
                           base, slug(t), rid(r, 18), q(t), rhex(r, 16), q(t), base, slug(t), rid(r, 18), esc(t), dfmt(d)))
    hot = news_items(r, 10, '<li><a href="[[url]]" title="[[atitle]]">[[title]]</a></li>', base)
    html_ = fill(P07_TPL, title=esc(title), atitle=q(title), sapo=esc(sapo), url=url, content=content, sbox=sbox,
                 samecat="\n".join(samecat), hot=hot, menu=menu_html(r, base, "plain"), css=css_block(r, "nt", 110),
                 ga=ga(r, "G-NT" + rhex(r, 8).upper()), iso=iso(pub), desc=q(sapo),
                 weather=weather(r, '<span class="wi">[[city]] [[lo]]-[[t]]°C</span>'))
    sc = sidecar("article", "custom", url, title=title, published_at=iso(pub), author="Hoàng Triều",
                 body=gold_body(sapo, P07_BLOCKS))
    return html_, sc


P07_TPL = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Hồi sinh làng nghề ven đô - [[title]] - Báo Người Thợ</title>
<meta name="description" content="[[desc]]">
<meta property="og:title" content="[[atitle]]">
<meta property="og:type" content="article">
<link rel="canonical" href="[[url]]">
<style>
body{margin:0;font-family:"Roboto",Arial,sans-serif}
.container{width:1140px;margin:0 auto}
.series-box{background:#fff7e6;border:1px solid #f0c36d;padding:12px 16px;margin:16px 0}
.series-box .series-name{font-weight:700;color:#c0392b;text-transform:uppercase}
.series-item{list-style:none;padding:4px 0}.series-item.active{font-weight:700}
.series-date{color:#999;font-size:12px;margin-left:8px}
.detail-content p{font-size:18px;line-height:1.6}
.author-bottom{text-align:right;font-weight:700}
[[css]]
</style>
[[ga]]
</head>
<body>
<div id="wrapper">
<div class="header">
 <div class="header-top container"><div class="date-now">Chủ Nhật 22/11/2026</div><div class="weather">[[weather]]</div>
  <div class="header-right"><a href="https://nguoitho.vn/bao-in.htm">Báo in</a><a href="https://nguoitho.vn/rss.htm">RSS</a><a href="https://id.nguoitho.vn/dang-nhap">Đăng nhập</a></div></div>
 <div class="header-logo container"><a href="https://nguoitho.vn"><img src="https://nguoitho.mediacdn.vn/web_images/logo-nguoitho.png" alt="Báo Người Thợ"></a>
  <div class="hotline">Đường dây nóng: 0903 343 439</div></div>
 <div class="menu-top"><ul class="container"><li><a href="https://nguoitho.vn" class="home">Trang chủ</a></li>[[menu]]</ul></div>
</div>
<div class="container main-detail">
 <div class="detail-cate"><a href="https://nguoitho.vn/thoi-su.htm">Thời sự</a> › <a href="https://nguoitho.vn/thoi-su/phong-su.htm">Phóng sự</a></div>
 <div class="detail-left">
  <div class="detail-series-label"><a href="https://nguoitho.vn/hoi-sinh-lang-nghe-ven-do.html" class="series-link">Hồi sinh làng nghề ven đô</a></div>
  <h1 class="title-content" data-role="title">[[title]]</h1>
  <div class="detail-info"><span class="date-time" data-role="publishdate">15/08/2025 05:45</span><meta itemprop="datePublished" content="[[iso]]"><span class="view-count">8.412 lượt xem</span>
   <div class="tool"><a href="#" class="btn-print">In</a><a href="#" class="btn-font">Cỡ chữ</a><a href="#" class="btn-share">Chia sẻ</a></div></div>
  <h2 class="sapo-detail" data-role="sapo">[[sapo]]</h2>
  <div class="series-box"><div class="series-name">Loạt bài: Hồi sinh làng nghề ven đô</div><ul>
[[sbox]]
  </ul></div>
  <div class="detail-content" id="divNewsContent" data-role="content">
[[content]]
  </div>
  <p class="author-bottom"><strong>Hoàng Triều</strong></p>
  <div class="series-box series-box--bottom"><div class="series-name">Đọc tiếp loạt bài</div><ul>
[[sbox]]
  </ul></div>
  <div class="detail-tag">Từ khóa: <a href="https://nguoitho.vn/lang-nghe.html">làng nghề</a>, <a href="https://nguoitho.vn/gom-dong-khe.html">gốm Đông Khê</a>, <a href="https://nguoitho.vn/hai-phong.html">Hải Phòng</a></div>
  <div class="detail-comment"><h3>Bình luận</h3><p class="note">Bình luận của bạn sẽ được biên tập trước khi đăng.</p><textarea></textarea><button>Gửi</button></div>
  <div class="box-category"><h3 class="box-category-title">Tin cùng chuyên mục</h3>
[[samecat]]
  </div>
 </div>
 <div class="detail-right"><div class="box-hot"><h3>Đọc nhiều</h3><ol>[[hot]]</ol></div><div class="adv" id="adv-right-1"></div></div>
</div>
<div class="footer"><div class="container">
 <p>BÁO NGƯỜI THỢ - Cơ quan của Liên đoàn Lao động Thành phố. Tổng Biên tập: Tô Minh Đạt.</p>
 <p>Giấy phép số 125/GP-BTTTT ngày 02/4/2021. Địa chỉ: 127 Võ Văn Tần, phường Xuân Hòa, TP.HCM. Điện thoại: 028 3930 6262.</p>
 <p>Văn phòng phía Bắc: 22 Trần Hưng Đạo, phường Cửa Nam, Hà Nội. © Người Thợ 2025.</p>
</div></div>
</div>
<script src="https://nguoitho.mediacdn.vn/web_js/detail.min.js" async></script>
</body>
</html>
"""


# ====================================================================== p08  opinion + bio box
P08_BLOCKS = [
    ("p", "Từ ngày 1/7/2025, khi mô hình chính quyền địa phương hai cấp chính thức đi vào hoạt động, trung tâm phục vụ hành chính công cấp xã trở thành nơi người dân tiếp xúc nhiều nhất với bộ máy nhà nước. Hàng trăm thủ tục trước đây thuộc thẩm quyền cấp huyện nay được chuyển về xã, phường giải quyết."),
    ("p", "Những tuần đầu, không ít nơi lúng túng: phần mềm chưa kết nối thông suốt, cán bộ chưa quen quy trình mới, người dân xếp hàng từ sáng sớm. Đến nay, tình hình đã cải thiện rõ rệt. Nhiều địa phương công bố tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%, thậm chí 100%."),
    ("h", "Con số đúng hạn và câu chuyện phía sau"),
    ("p", "Tuy nhiên, nếu chỉ nhìn vào tỷ lệ đúng hạn, chúng ta có thể bỏ sót một phần quan trọng của bức tranh. Tỷ lệ này chỉ tính từ thời điểm hồ sơ được tiếp nhận hợp lệ. Còn thời gian người dân phải đi lại nhiều lần để bổ sung giấy tờ, chờ đợi được hướng dẫn hay tra cứu thông tin thì gần như không được ghi nhận."),
    ("p", "Một khảo sát nhỏ do nhóm nghiên cứu của chúng tôi thực hiện tại 12 trung tâm phục vụ hành chính công cấp xã ở ba tỉnh, thành phố cho thấy, bình quân mỗi người dân phải đến trung tâm 1,8 lần cho một thủ tục. Gần 30% người được hỏi cho biết họ bị yêu cầu bổ sung giấy tờ mà không được hướng dẫn đầy đủ ngay từ lần đầu."),
    ("p", "Nói cách khác, hồ sơ có thể được giải quyết “đúng hạn”, nhưng hành trình của người dân để có được một bộ hồ sơ hợp lệ vẫn còn dài và tốn kém."),
    ("h", "Lấy thời gian của dân làm thước đo"),
    ("p", "Vì vậy, đã đến lúc cần bổ sung những chỉ số đo lường xuất phát từ trải nghiệm của người dân. Chẳng hạn, tổng thời gian từ khi người dân bắt đầu tìm hiểu thủ tục đến khi nhận kết quả; số lần phải đi lại; tỷ lệ hồ sơ được hướng dẫn đầy đủ ngay từ lần đầu. Những chỉ số này hoàn toàn có thể thu thập thông qua hệ thống đánh giá điện tử đã có sẵn tại các trung tâm."),
    ("p", "Bên cạnh đó, cần trao thêm quyền chủ động cho cán bộ tiếp nhận. Nhiều trường hợp hồ sơ chỉ thiếu một bản sao có thể được xử lý bằng cách khai thác cơ sở dữ liệu quốc gia về dân cư, thay vì yêu cầu người dân quay về nhà lấy giấy tờ. Luật đã cho phép, phần mềm đã sẵn sàng, điều còn thiếu là sự mạnh dạn và cơ chế bảo vệ cán bộ dám làm."),
    ("p", "Cuối cùng, việc đánh giá cán bộ, công chức cấp xã nên gắn với mức độ hài lòng thực chất của người dân chứ không chỉ dựa vào tỷ lệ đúng hạn. Khi thước đo thay đổi, cách làm việc cũng sẽ thay đổi theo."),
    ("p", "Chính quyền gần dân không chỉ là khoảng cách địa lý được rút ngắn, mà là mỗi giờ, mỗi chuyến đi của người dân được tôn trọng. Đó mới là đích đến của cải cách."),
]


@page("p08")
def p08(r):
    base = "https://phaplyngaynay.vn"
    title = "Cải cách thủ tục ở cấp xã: đừng đo bằng con số, hãy đo bằng thời gian của dân"
    sapo = "Sau hơn hai tháng vận hành chính quyền hai cấp, nhiều xã, phường đã công bố tỷ lệ hồ sơ đúng hạn trên 98%. Nhưng con số đẹp trên báo cáo chưa chắc đã phản ánh đầy đủ trải nghiệm của người dân."
    pub = datetime.datetime(2025, 9, 9, 7, 0, 0)
    url = base + "/goc-nhin/cai-cach-thu-tuc-o-cap-xa-dung-do-bang-con-so-hay-do-bang-thoi-gian-cua-dan-a41872.html"
    m = {
        "p": lambda t: '<p class="pBody">%s</p>' % esc(t),
        "h": lambda t: '<p class="pBody"><strong>%s</strong></p>' % esc(t),
    }
    content = render(P08_BLOCKS, m)
    pre = datetime.datetime(2025, 9, 8, 22, 0)
    views = []
    for t in ["Quyền im lặng của người bị buộc tội: hiểu sao cho đúng?", "Khi luật đi trước, văn bản hướng dẫn đi sau",
              "Đừng biến hòa giải cơ sở thành thủ tục hình thức", "Xử phạt vi phạm giao thông bằng hình ảnh: cần minh bạch dữ liệu",
              "Cán bộ dám nghĩ dám làm cần được bảo vệ bằng cơ chế cụ thể", "Công khai bản án: bước tiến của nền tư pháp",
              "Bảo vệ dữ liệu cá nhân: trách nhiệm không chỉ của doanh nghiệp", "Quy hoạch treo và quyền của người sử dụng đất"]:
        d = pre - datetime.timedelta(minutes=r.randint(300, 30000))
        au = r.choice(["ThS. Nguyễn Văn Thắng", "Luật sư Trần Thu Hà", "PGS.TS. Đỗ Minh Khôi", "TS. Phan Thị Lan", "Luật sư Vũ Hoàng Anh"])
        views.append('<li class="opinion-item"><a href="%s/goc-nhin/%s-a%s.html">%s</a><span class="opinion-author">%s</span><span class="opinion-date">%s</span></li>' % (
            base, slug(t), rid(r, 5), esc(t), esc(au), dmy(d)))
    latest = news_items(r, 22, '<article class="item-news"><a class="thumb" href="[[url]]"><img src="[[img]]" alt="[[atitle]]"></a><h3 class="title-news"><a href="[[url]]" title="[[atitle]]">[[title]]</a></h3><p class="description">[[sapo]]</p></article>',
                        base, sapo=True)
    html_ = fill(P08_TPL, title=esc(title), atitle=q(title), sapo=esc(sapo), url=url, content=content, views="\n".join(views),
                 latest=latest, menu=menu_html(r, base, "plain"), css=css_block(r, "pl", 90), ga=ga(r, "G-PL" + rhex(r, 8).upper()),
                 desc=q(sapo), iso=iso(pub))
    sc = sidecar("article", "custom", url, title=title, published_at=iso(pub), author="TS. Lê Hoàng Nam",
                 body=gold_body(sapo, P08_BLOCKS))
    return html_, sc


P08_TPL = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>[[title]] - Pháp Lý Ngày Nay</title>
<meta name="description" content="[[desc]]">
<meta name="author" content="Pháp Lý Ngày Nay">
<meta property="og:title" content="[[atitle]]">
<meta property="og:type" content="article">
<link rel="canonical" href="[[url]]">
<style>
body{font-family:Merriweather,Georgia,serif;margin:0}
.width_common{width:100%;float:left}.container{width:1130px;margin:0 auto}
.opinion-byline{text-transform:uppercase;font-weight:700;letter-spacing:1px;color:#9f224e}
.author-bio{border:1px solid #ddd;background:#f8f8f8;padding:16px;display:flex;gap:16px}
.author-bio img{width:96px;height:96px;border-radius:50%}
.pBody{font-size:18px;line-height:1.7;margin:0 0 1em}
.description{font-weight:700;font-size:19px}
[[css]]
</style>
[[ga]]
</head>
<body>
<header class="section top-header">
 <div class="container flexbox"><span class="time-now">Chủ nhật, 22/11/2026 14:10 (GMT+7)</span>
  <a class="logo" href="https://phaplyngaynay.vn" title="Pháp Lý Ngày Nay"><img src="https://s.phaplyngaynay.vn/images/logo-plnn.svg" alt="Pháp Lý Ngày Nay"></a>
  <div class="top-right"><a href="https://phaplyngaynay.vn/tin-24h" class="tin24">24h qua</a><a href="https://phaplyngaynay.vn/tim-kiem" class="btn-search">Tìm kiếm</a><a href="https://my.phaplyngaynay.vn/dang-nhap" class="btn-login">Đăng nhập</a></div></div>
 <nav class="main-nav"><ul class="container parent">[[menu]]<li><a href="https://phaplyngaynay.vn/goc-nhin" class="active">Góc nhìn</a></li></ul></nav>
</header>
<section class="section page-detail">
 <div class="container">
  <div class="sidebar-1">
   <div class="header-content width_common"><ul class="breadcrumb"><li><a href="https://phaplyngaynay.vn/goc-nhin" title="Góc nhìn">Góc nhìn</a></li><li><a href="https://phaplyngaynay.vn/goc-nhin/chinh-tri-chinh-sach">Chính trị &amp; chính sách</a></li></ul>
    <span class="date">Thứ Ba, 09/09/2025, 07:00 (GMT+7)</span></div>
   <div class="opinion-byline" data-role="author">TS. Lê Hoàng Nam</div>
   <h1 class="title-detail">[[title]]</h1>
   <p class="description">[[sapo]]</p>
   <article class="fck_detail" data-role="content">
[[content]]
   </article>
   <div class="author-bio" itemscope itemtype="https://schema.org/Person">
    <img src="https://s.phaplyngaynay.vn/authors/le-hoang-nam.jpg" alt="TS. Lê Hoàng Nam">
    <div class="author-bio__text"><p class="author-bio__name" itemprop="name">TS. Lê Hoàng Nam</p>
     <p class="author-bio__desc">Giảng viên Khoa Luật Hành chính - Nhà nước, nghiên cứu về quản trị công và cải cách thủ tục hành chính. Tác giả của nhiều công trình về chính quyền địa phương và dịch vụ công trực tuyến.</p>
     <a class="author-bio__more" href="https://phaplyngaynay.vn/tac-gia/le-hoang-nam">Xem các bài viết khác của tác giả</a></div>
   </div>
   <p class="note-opinion"><em>Bài viết thể hiện quan điểm riêng của tác giả. Mời bạn đọc gửi ý kiến tranh luận về địa chỉ gocnhin@phaplyngaynay.vn.</em></p>
   <div class="footer-content"><div class="social"><a href="#" class="btn-fb">Chia sẻ</a><a href="#" class="btn-copy">Sao chép liên kết</a><a href="#" class="btn-save">Lưu</a></div>
    <div class="reaction">Bạn đồng tình với quan điểm tác giả? <button>Đồng tình (214)</button><button>Không đồng tình (18)</button></div></div>
   <div class="box-comment"><h3>Ý kiến (37)</h3>
    <div class="comment_item"><p class="full_content"><b>Ngọc Thanh</b> Rất đúng. Tôi làm thủ tục đất đai phải lên xã ba lần vì mỗi lần được hướng dẫn thiếu một loại giấy.</p><span class="time-com">09/09/2025 08:42</span></div>
    <div class="comment_item"><p class="full_content"><b>Hữu Phước</b> Cán bộ xã bây giờ nhiều việc quá, cũng cần thông cảm và tăng thêm người.</p><span class="time-com">09/09/2025 10:15</span></div>
   </div>
   <div class="box-opinion"><h3 class="title-box">Góc nhìn khác</h3><ul>
[[views]]
   </ul></div>
  </div>
  <div class="sidebar-2"><div class="box-latest"><h3>Mới nhất</h3>
[[latest]]
  </div></div>
 </div>
</section>
<footer class="footer"><div class="container">
 <p>Pháp Lý Ngày Nay - Tạp chí điện tử của Hội Luật học Ứng dụng. Giấy phép số 512/GP-BTTTT ngày 19/10/2022.</p>
 <p>Tổng biên tập: Hồ Quang Vinh. Địa chỉ: 9 Trần Quốc Toản, phường Cửa Nam, Hà Nội. Điện thoại: 024 3822 6655.</p>
 <p>Không được sao chép lại nội dung khi chưa có sự đồng ý của Tòa soạn.</p>
</div></footer>
<script>var article_id='41872',category_id='1003',type_article='opinion';</script>
<script src="https://s.phaplyngaynay.vn/js/detail.min.js" defer></script>
</body>
</html>
"""


# ====================================================================== p09  live sports
P09_BLOCKS = [
    ("time", "Hết trận"),
    ("p", "Trọng tài Nguyễn Văn Tâm thổi còi kết thúc trận đấu. Công an Hà Nội giành chiến thắng 2-1 đầy kịch tính để vươn lên vị trí thứ hai trên bảng xếp hạng với 22 điểm, kém đội đầu bảng 1 điểm. Hà Nội FC tụt xuống thứ năm."),
    ("time", "90+3'"),
    ("p", "VÀO! Công an Hà Nội vượt lên dẫn 2-1. Từ quả phạt góc bên cánh phải, Lê Quang Vinh bật cao đánh đầu cận thành, bóng chạm xà ngang rồi bật vào lưới. Khán đài phía B như vỡ òa."),
    ("img", "Lê Quang Vinh ăn mừng bàn thắng quyết định ở phút bù giờ. Ảnh: Đức Anh"),
    ("time", "90'"),
    ("p", "Trận đấu được cộng thêm 5 phút bù giờ."),
    ("time", "84'"),
    ("p", "Cơ hội cho Hà Nội FC! Phạm Tuấn Kiệt thoát xuống bên cánh trái, căng ngang vào cấu môn nhưng Trần Hữu Phát băng vào dứt điểm chệch cột dọc trong gang tấc."),
    ("time", "71'"),
    ("p", "Thay người bên phía Công an Hà Nội: Đinh Văn Sơn vào thay Nguyễn Hải Nam. Đội khách tăng cường thêm một tiền đạo để tìm bàn thắng."),
    ("time", "58'"),
    ("p", "VÀO! Công an Hà Nội gỡ hòa 1-1. Lê Quang Vinh thực hiện quả đá phạt trực tiếp từ cự ly khoảng 22 m, bóng đi vòng qua hàng rào, găm thẳng vào góc cao khung thành. Thủ môn Vũ Đình Khang chỉ biết đứng nhìn."),
    ("time", "46'"),
    ("p", "Hiệp hai bắt đầu. Công an Hà Nội có sự thay đổi người khi Hoàng Minh Trí vào sân thay Bùi Tiến Lực bị đau."),
    ("time", "Hết hiệp 1"),
    ("p", "Hà Nội FC tạm dẫn 1-0 sau 45 phút. Đội chủ nhà chơi lấn lướt với 58% thời gian kiểm soát bóng và 6 cú dứt điểm, trong đó có 3 lần trúng đích."),
    ("time", "33'"),
    ("p", "VÀO! Hà Nội FC mở tỷ số 1-0. Sau pha phối hợp nhỏ ở trung lộ, Trần Hữu Phát chọc khe cho Phạm Tuấn Kiệt xâm nhập vòng cấm, dứt điểm chéo góc hạ gục thủ môn Nguyễn Đức Huy."),
    ("img", "Phạm Tuấn Kiệt (số 10) ghi bàn mở tỷ số cho Hà Nội FC. Ảnh: Đức Anh"),
    ("time", "19'"),
    ("p", "Thẻ vàng đầu tiên của trận đấu dành cho Bùi Tiến Lực sau pha vào bóng từ phía sau với Trần Hữu Phát."),
    ("time", "1'"),
    ("p", "Trận đấu bắt đầu. Hà Nội FC là đội giao bóng trước."),
    ("time", "18:45"),
    ("p", "Đội hình xuất phát của hai đội đã được công bố. Bên phía Hà Nội FC, HLV Đỗ Mạnh Cường tung ra sân đội hình mạnh nhất với bộ ba tấn công Phạm Tuấn Kiệt, Trần Hữu Phát và Ngô Thành Công. Công an Hà Nội vắng trung vệ Lâm Anh Tú do án treo giò."),
]


@page("p09")
def p09(r):
    base = "https://vietlinkplus.vn"
    title = "Hà Nội FC 1-2 Công an Hà Nội: Bàn thắng phút bù giờ định đoạt trận derby"
    sapo = "Tận dụng tốt các tình huống cố định, Công an Hà Nội ngược dòng đánh bại Hà Nội FC với tỷ số 2-1 trong trận derby Thủ đô thuộc vòng 11 V.League 2026/27 tối 21/11 trên sân Hàng Đẫy."
    pub = datetime.datetime(2026, 11, 21, 17, 55, 0)
    url = base + "/truc-tiep-ha-noi-fc-vs-cong-an-ha-noi-post1102934.vnp"

    def tlabel(t):
        return '<div class="live-item__time"><span class="live-time">%s</span></div>' % esc(t)
    out = []
    cur = []
    for b in P09_BLOCKS:
        if b[0] == "time" and cur:
            out.append('<div class="live-item">%s</div>' % "\n".join(cur))
            cur = []
        if b[0] == "time":
            cur.append(tlabel(b[1]))
        elif b[0] == "p":
            cur.append('<div class="live-item__content"><p>%s</p></div>' % esc(b[1]))
        elif b[0] == "img":
            cur.append('<figure class="expNoEdit"><img src="https://media.vietlinkplus.vn/images/%s.jpg" alt="%s"><figcaption class="expNoEdit">%s</figcaption></figure>' % (
                rhex(r, 32), q(b[1].split(". Ảnh")[0]), esc(b[1])))
    out.append('<div class="live-item">%s</div>' % "\n".join(cur))
    content = "\n".join(out)
    table = [("1", "Thép Xanh Nam Định", "11", "23"), ("2", "Công an Hà Nội", "11", "22"), ("3", "Thể Công - Viettel", "11", "20"),
             ("4", "Đông Á Thanh Hóa", "11", "19"), ("5", "Hà Nội FC", "11", "18"), ("6", "Hải Phòng", "11", "16")]
    bxh = "\n".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % tuple(esc(x) for x in row) for row in table)
    latest = news_items(r, 18, '<article class="story"><a href="[[url]]" class="story__thumb"><img src="[[img]]" alt="[[atitle]]"></a><h3 class="story__heading"><a href="[[url]]" class="cms-link">[[title]]</a></h3><time class="story__time">[[date]]</time></article>',
                        base, lambda d: "%s %s" % (dmy(d), hm(d)), max_days=3)
    html_ = fill(P09_TPL, title=esc(title), atitle=q(title), sapo=esc(sapo), url=url, content=content, bxh=bxh, latest=latest,
                 menu=menu_html(r, base, "mega"), css=css_block(r, "vp", 100), ga=ga(r, "G-VLP" + rhex(r, 7).upper()),
                 iso=iso(pub), desc=q(sapo))
    sc = sidecar("article", "custom", url, title=title, published_at=iso(pub), author="Minh Tú",
                 body=gold_body(sapo, P09_BLOCKS))
    return html_, sc


P09_TPL = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Trực tiếp Hà Nội FC vs Công an Hà Nội, vòng 11 V.League | VietLink+</title>
<meta name="description" content="[[desc]]">
<meta property="og:title" content="[[atitle]]">
<meta property="og:type" content="article">
<link rel="canonical" href="[[url]]">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Trực tiếp Hà Nội FC vs Công an Hà Nội","coverageStartTime":"2026-11-21T19:15:00+07:00","coverageEndTime":"2026-11-21T21:10:00+07:00","datePublished":"[[iso]]","dateModified":"2026-11-21T21:09:00+07:00"}</script>
<style>
body{margin:0;font-family:"Noto Sans",Arial,sans-serif}
.l-container{max-width:1200px;margin:0 auto}
.scoreboard{background:#0d2a4f;color:#fff;padding:16px;display:flex;justify-content:space-around;align-items:center}
.scoreboard__score{font-size:40px;font-weight:700}
.article__badge{background:#e00;color:#fff;font-size:12px;padding:2px 6px;margin-right:8px;vertical-align:middle}
.live-item{border-left:2px solid #e00;padding:0 0 16px 16px;margin-left:8px;position:relative}
.live-time{font-weight:700;color:#e00}
[[css]]
</style>
[[ga]]
</head>
<body>
<div class="site-header">
 <div class="header__top l-container"><span class="header__date">Chủ nhật, 22-11-2026</span><span class="header__lang"><a href="https://en.vietlinkplus.vn">EN</a> <a href="https://fr.vietlinkplus.vn">FR</a> <a href="https://es.vietlinkplus.vn">ES</a></span>
  <a class="header__logo" href="https://vietlinkplus.vn"><img src="https://media.vietlinkplus.vn/logo.svg" alt="VietLink+"></a><a class="header__search" href="https://vietlinkplus.vn/search">Tìm kiếm</a></div>
 <nav class="header__nav"><ul class="l-container menu">[[menu]]</ul></nav>
</div>
<main class="l-container detail">
 <div class="breadcrumb"><a href="https://vietlinkplus.vn/the-thao/">Thể thao</a> / <a href="https://vietlinkplus.vn/the-thao/bong-da-viet-nam/">Bóng đá Việt Nam</a></div>
 <div class="scoreboard" data-match="vleague-2026-r11-hnfc-cahn">
  <div class="scoreboard__team"><img src="https://media.vietlinkplus.vn/clubs/hnfc.png" alt=""><span>Hà Nội FC</span></div>
  <div class="scoreboard__mid"><div class="scoreboard__score">1 - 2</div><div class="scoreboard__status">Hết trận</div><div class="scoreboard__venue">Sân Hàng Đẫy, 19:15 ngày 21/11</div></div>
  <div class="scoreboard__team"><img src="https://media.vietlinkplus.vn/clubs/cahn.png" alt=""><span>Công an Hà Nội</span></div>
 </div>
 <div class="article">
  <h1 class="article__title cms-title"><span class="article__badge">TRỰC TIẾP</span> [[title]]</h1>
  <div class="article__meta"><span class="article__author cms-author">Minh Tú</span><time class="article__time" datetime="[[iso]]">Thứ Bảy, 21/11/2026 | 17:55</time>
   <div class="article__tools"><a href="#" class="ico-fb">Facebook</a><a href="#" class="ico-tw">Twitter</a><a href="#" class="ico-print">In</a></div></div>
  <div class="article__sapo cms-desc">[[sapo]]</div>
  <div class="article__body cms-body live-list" data-refresh="30">
[[content]]
  </div>
  <div class="article__tag"><a href="https://vietlinkplus.vn/tag/v-league.vnp">V.League</a><a href="https://vietlinkplus.vn/tag/ha-noi-fc.vnp">Hà Nội FC</a><a href="https://vietlinkplus.vn/tag/cong-an-ha-noi.vnp">Công an Hà Nội</a></div>
 </div>
 <aside class="sidebar">
  <div class="box-bxh"><h3>Bảng xếp hạng V.League 2026/27</h3><table class="bxh"><thead><tr><th>#</th><th>Đội</th><th>Trận</th><th>Điểm</th></tr></thead><tbody>
[[bxh]]
  </tbody></table></div>
  <div class="box-latest"><h3>Tin mới</h3>
[[latest]]
  </div>
 </aside>
</main>
<footer class="site-footer"><div class="l-container">
 <p>VietLink+ - Báo điện tử đối ngoại. Giấy phép số 1212/GP-BTTTT. Tổng Biên tập: Đinh Quốc Việt.</p>
 <p>Tòa soạn: 33 Lê Thánh Tông, phường Hoàn Kiếm, Hà Nội. Điện thoại: 024 3941 1349. Email: vietlinkplus@vietlink.vn</p>
 <p>© Bản quyền thuộc về VietLink+. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p>
</div></footer>
<script>window.liveConfig={postId:1102934,poll:30000,endpoint:"https://api.vietlinkplus.vn/live/1102934"};</script>
</body>
</html>
"""


# ====================================================================== p10  infographic
P10_BLOCKS = [
    ("h", "Nhóm hàng chủ lực đều tăng trưởng"),
    ("p", "Trong 6 tháng đầu năm, giá trị xuất khẩu nhóm nông sản chính ước đạt 17,2 tỷ USD, tăng 11,3%; nhóm lâm sản chính đạt 8,6 tỷ USD, tăng 7,8%; thủy sản đạt 5,3 tỷ USD, tăng 10,1%; sản phẩm chăn nuôi đạt 280 triệu USD, tăng 4,5%; nhóm đầu vào sản xuất đạt 2,4 tỷ USD."),
    ("info", "Infographic: cơ cấu xuất khẩu nông, lâm, thủy sản theo nhóm hàng 6 tháng đầu năm 2026"),
    ("p", "Ở chiều ngược lại, kim ngạch nhập khẩu các mặt hàng nông, lâm, thủy sản ước đạt 24,4 tỷ USD, tăng 8,2%, chủ yếu là nguyên liệu phục vụ chế biến xuất khẩu như hạt điều thô, gỗ nguyên liệu, thức ăn chăn nuôi và đậu tương."),
    ("h", "Chín mặt hàng đạt trên 1 tỷ USD"),
    ("p", "Có 9 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD, gồm:"),
    ("ul", ["Gỗ và sản phẩm gỗ: 8,1 tỷ USD", "Cà phê: 5,6 tỷ USD", "Rau quả: 3,9 tỷ USD", "Gạo: 2,7 tỷ USD",
            "Tôm: 2,1 tỷ USD", "Hạt điều: 2,0 tỷ USD", "Cao su: 1,4 tỷ USD", "Cá tra: 1,1 tỷ USD",
            "Sắn và sản phẩm từ sắn: 1,0 tỷ USD"]),
    ("info", "Infographic: 9 mặt hàng xuất khẩu đạt trên 1 tỷ USD"),
    ("h", "Thị trường xuất khẩu"),
    ("p", "Mỹ, Trung Quốc và Nhật Bản tiếp tục là ba thị trường nhập khẩu nông, lâm, thủy sản lớn nhất của Việt Nam, lần lượt chiếm 22,4%, 20,8% và 7,1% tổng kim ngạch. Trong đó, giá trị xuất khẩu sang thị trường Trung Quốc tăng mạnh nhất, ở mức 16,2%, chủ yếu nhờ sầu riêng và các loại trái cây tươi."),
    ("p", "Xuất khẩu sang khu vực Trung Đông tăng 24,5%, cho thấy dư địa lớn từ các thị trường mới. Ngược lại, xuất khẩu sang khu vực châu Phi giảm 6,3% do nhu cầu nhập khẩu gạo của một số quốc gia giảm."),
    ("img", "Cơ cấu thị trường xuất khẩu nông, lâm, thủy sản 6 tháng đầu năm 2026."),
    ("h", "Mục tiêu cả năm 70 tỷ USD"),
    ("p", "Theo Bộ Nông nghiệp và Môi trường, với đà tăng trưởng hiện nay và nhu cầu tiêu dùng thường tăng cao vào cuối năm, toàn ngành có cơ sở để đạt mục tiêu xuất khẩu khoảng 70 tỷ USD trong năm 2026. Tuy nhiên, doanh nghiệp cần chủ động đáp ứng các quy định mới về truy xuất nguồn gốc, chống phá rừng và giảm phát thải của các thị trường nhập khẩu lớn."),
    ("src", "Nguồn: Bộ Nông nghiệp và Môi trường"),
]


@page("p10")
def p10(r):
    base = "https://kinhteviet.vn"
    title = "Xuất khẩu nông, lâm, thủy sản 6 tháng đầu năm 2026 đạt gần 34 tỷ USD"
    sapo = "Kim ngạch xuất khẩu nông, lâm, thủy sản 6 tháng đầu năm 2026 ước đạt 33,8 tỷ USD, tăng 9,6% so với cùng kỳ năm 2025; thặng dư thương mại toàn ngành đạt khoảng 9,4 tỷ USD."
    pub = datetime.datetime(2026, 7, 6, 14, 5, 0)
    url = base + "/xuat-khau-nong-lam-thuy-san-6-thang-dau-nam-2026-dat-gan-34-ty-usd.htm"
    m = {
        "h": lambda t: '<h2 class="info-heading" style="color:#0a5c36;font-size:22px">%s</h2>' % esc(t),
        "p": lambda t: '<div class="info-text"><p>%s</p></div>' % esc(t),
        "ul": lambda items: '<ul class="info-list">' + "".join("<li>%s</li>" % esc(x) for x in items) + "</ul>",
        "info": lambda alt: '<div class="info-image"><img src="https://img.kinhteviet.vn/2026/07/06/%s.png" alt="%s" width="1000" height="%d"></div>' % (rhex(r, 24), q(alt), r.choice([1800, 2200, 2600])),
        "img": lambda cap: '<figure class="info-image"><img src="https://img.kinhteviet.vn/2026/07/06/%s.png" alt="" width="1000" height="1400"><figcaption>%s</figcaption></figure>' % (rhex(r, 24), esc(cap)),
        "src": lambda t: '<p class="info-source" style="text-align:right;font-style:italic">%s</p>' % esc(t),
    }
    content = render(P10_BLOCKS, m)
    latest = news_items(r, 20, '<div class="story-item"><a href="[[url]]"><img src="[[img]]" alt="[[atitle]]"></a><h3><a href="[[url]]">[[title]]</a></h3><span class="story-date">[[date]]</span></div>',
                        base, lambda d: "%s %s" % (hm(d), dmy(d)), pool=FIN_HEADLINES + HEADLINES[20:40], max_days=8)
    html_ = fill(P10_TPL, title=esc(title), atitle=q(title), sapo=esc(sapo), url=url, content=content, latest=latest,
                 menu=menu_html(r, base, "plain"), css=css_block(r, "kv", 120), ga=ga(r, "G-KTV" + rhex(r, 7).upper()), desc=q(sapo))
    sc = sidecar("article", "custom", url, title=title, published_at=iso(pub), author="Hồng Nhung, Việt Dũng, Minh Thư",
                 body=gold_body(sapo, P10_BLOCKS))
    return html_, sc


P10_TPL = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>[Infographic] [[title]]</title>
<meta name="description" content="[[desc]]">
<meta property="og:title" content="[[atitle]]">
<meta property="og:type" content="article">
<link rel="canonical" href="[[url]]">
<style>
body{margin:0;font-family:"Roboto Condensed",Arial,sans-serif}
.main-container{width:1180px;margin:0 auto}
.info-wrap{max-width:1000px;margin:0 auto}
.info-text p{font-size:18px;line-height:1.6}
.info-image img{width:100%;height:auto}
.detail__label{display:inline-block;background:#0a5c36;color:#fff;padding:2px 8px;font-size:13px;text-transform:uppercase}
[[css]]
</style>
[[ga]]
</head>
<body class="infographic-detail">
<div class="header">
 <div class="main-container header__top"><p class="header__date">Chủ nhật, 22/11/2026</p><a class="header__logo" href="https://kinhteviet.vn"><img src="https://img.kinhteviet.vn/logo-ktv.png" alt="Kinh Tế Việt"></a>
  <div class="header__right"><a href="https://kinhteviet.vn/dat-bao.htm">Đặt báo</a><a href="https://kinhteviet.vn/dang-nhap.htm">Đăng nhập</a><a href="https://kinhteviet.vn/tim-kiem.htm">Tìm kiếm</a></div></div>
 <ul class="main-container menu">[[menu]]</ul>
</div>
<div class="main-container detail">
 <div class="detail__cate"><a href="https://kinhteviet.vn/kinh-te-xanh.htm">Kinh tế xanh</a></div>
 <div class="info-wrap">
  <span class="detail__label">Infographic</span>
  <h1 class="detail__title">[[title]]</h1>
  <div class="detail__meta"><span class="detail__time">14:05 06/07/2026</span></div>
  <div class="detail__sapo"><p>[[sapo]]</p></div>
  <div class="detail__content" id="content">
[[content]]
  </div>
  <div class="detail__author"><p>Bài: <strong>Hồng Nhung</strong> - Ảnh: <strong>Việt Dũng</strong> - Đồ họa: <strong>Minh Thư</strong></p></div>
  <div class="detail__share"><a href="#">Facebook</a><a href="#">Zalo</a><a href="#">Sao chép link</a></div>
  <div class="detail__tags"><a href="https://kinhteviet.vn/tag/xuat-khau.htm">xuất khẩu</a><a href="https://kinhteviet.vn/tag/nong-san.htm">nông sản</a><a href="https://kinhteviet.vn/tag/infographic.htm">infographic</a></div>
 </div>
 <div class="box-latest"><h3 class="box-title">Tin mới cập nhật</h3>
[[latest]]
 </div>
</div>
<div class="footer"><div class="main-container">
 <p>Tạp chí Kinh Tế Việt - Cơ quan của Hội Kinh tế Phát triển Việt Nam. Giấy phép số 391/GP-BTTTT ngày 11/7/2023.</p>
 <p>Tổng Biên tập: Nguyễn Hoài Sơn. Tòa soạn: Tầng 6, 96 Hoàng Quốc Việt, phường Nghĩa Đô, Hà Nội. Điện thoại: 024 3755 2050.</p>
 <p>© 2026 Kinh Tế Việt. Mọi hình thức sao chép phải được sự đồng ý bằng văn bản.</p>
</div></div>
</body>
</html>
"""


# ====================================================================== p11  press release, "Cập nhật" before "Đăng"
P11_BLOCKS = [
    ("p", "Sở Văn hóa và Thể thao Hà Nội trân trọng thông báo về việc tổ chức Tuần Văn hóa - Du lịch làng nghề Hà Nội năm 2026 với các nội dung cụ thể như sau:"),
    ("h", "1. Thời gian, địa điểm"),
    ("ul", ["Thời gian: từ ngày 13/3/2026 đến hết ngày 15/3/2026.",
            "Địa điểm chính: Khu trưng bày sản phẩm làng nghề tại Công viên Thống Nhất, phường Hai Bà Trưng, Hà Nội.",
            "Các điểm vệ tinh: làng gốm Bát Tràng (xã Bát Tràng), làng lụa Vạn Phúc (phường Hà Đông), làng mây tre đan Phú Vinh (xã Phú Nghĩa) và làng sơn mài Hạ Thái (xã Chuyên Mỹ)."]),
    ("h", "2. Các hoạt động chính"),
    ("ul", ["Lễ khai mạc vào 19h30 ngày 13/3/2026 với chương trình nghệ thuật chủ đề “Tinh hoa làng nghề Thăng Long - Hà Nội”.",
            "Không gian trưng bày, giới thiệu và bán sản phẩm của hơn 150 gian hàng đến từ 60 làng nghề, nghệ nhân tiêu biểu.",
            "Trình diễn kỹ thuật chế tác thủ công: làm gốm, dệt lụa, khảm trai, sơn mài, làm nón, nặn tò he.",
            "Chương trình tour trải nghiệm làng nghề với giá ưu đãi do các doanh nghiệp lữ hành tổ chức.",
            "Hội thảo “Phát triển sản phẩm du lịch làng nghề gắn với kinh tế đêm” vào sáng 14/3/2026."]),
    ("h", "3. Đối tượng tham gia"),
    ("p", "Tuần Văn hóa - Du lịch mở cửa tự do cho người dân và du khách trong, ngoài nước. Các hoạt động tại không gian trưng bày diễn ra từ 8h đến 22h hằng ngày."),
    ("img", "Gian hàng gốm Bát Tràng tại Tuần Văn hóa - Du lịch làng nghề năm 2025. Ảnh: BTC"),
    ("p", "Đây là năm thứ ba Hà Nội tổ chức sự kiện này. Năm 2025, Tuần Văn hóa - Du lịch làng nghề đã thu hút khoảng 180.000 lượt khách tham quan, doanh thu bán hàng của các làng nghề đạt gần 25 tỷ đồng. Năm nay, Ban Tổ chức dự kiến đón khoảng 250.000 lượt khách."),
    ("p", "Mọi thông tin chi tiết xin liên hệ: Phòng Quản lý Du lịch, Sở Văn hóa và Thể thao Hà Nội. Điện thoại: 024 3825 6789. Email: langnghe2026@svhtt-hanoi.vn."),
]


@page("p11")
def p11(r):
    base = "https://dothidoisong.vn"
    title = "Tuần Văn hóa - Du lịch làng nghề Hà Nội năm 2026 diễn ra từ ngày 13 đến 15/3"
    sapo = "Nhằm quảng bá giá trị văn hóa của các làng nghề truyền thống và kích cầu du lịch sau Tết Nguyên đán, Sở Văn hóa và Thể thao Hà Nội phối hợp với UBND các xã, phường có làng nghề tổ chức Tuần Văn hóa - Du lịch làng nghề Hà Nội năm 2026."
    pub = datetime.datetime(2026, 3, 5, 8, 30, 0)
    url = base + "/tuan-van-hoa-du-lich-lang-nghe-ha-noi-nam-2026-dien-ra-tu-ngay-13-den-15-3-628417.html"
    m = {
        "p": lambda t: '<p style="text-align: justify;">%s</p>' % esc(t),
        "h": lambda t: '<p style="text-align: justify;"><strong>%s</strong></p>' % esc(t),
        "ul": lambda items: "<ul>" + "".join('<li style="text-align: justify;">%s</li>' % esc(x) for x in items) + "</ul>",
        "img": lambda cap: ('<table class="image center"><tbody><tr><td><img src="https://cdn.dothidoisong.vn/images/2026/03/05/%s.jpg" alt="%s" style="width:100%%"></td></tr>'
                            '<tr><td class="image_desc">%s</td></tr></tbody></table>' % (rhex(r, 20), q(cap), esc(cap))),
    }
    content = render(P11_BLOCKS, m)
    dfmt = lambda d: "%s | %s" % (hm(d), dmy(d))
    samecat = news_items(r, 14, '<div class="item"><a class="thumb" href="[[url]]"><img src="[[img]]" alt=""></a><div class="info"><a class="title" href="[[url]]">[[title]]</a><span class="time">[[date]]</span></div></div>', base, dfmt, max_days=9)
    hot = news_items(r, 10, '<li><span class="num"></span><a href="[[url]]">[[title]]</a></li>', base)
    html_ = fill(P11_TPL, title=esc(title), atitle=q(title), sapo=esc(sapo), url=url, content=content, samecat=samecat, hot=hot,
                 menu=menu_html(r, base, "plain"), css=css_block(r, "dt", 100), ga=ga(r, "G-DT" + rhex(r, 8).upper()), desc=q(sapo),
                 weather=weather(r, '<li>[[city]]: [[lo]]°C - [[t]]°C, [[s]]</li>'))
    sc = sidecar("article", "custom", url, title=title, published_at=iso(pub), author="Phương Thảo",
                 body=gold_body(sapo, P11_BLOCKS))
    return html_, sc


P11_TPL = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>[[title]]</title>
<meta name="description" content="[[desc]]">
<meta property="og:title" content="[[atitle]]">
<meta property="og:type" content="article">
<meta property="article:modified_time" content="2026-03-05T11:20:00+07:00">
<link rel="canonical" href="[[url]]">
<style>
body{margin:0;font-family:Arial,sans-serif;color:#222}
.wrapper{width:1170px;margin:0 auto}
.label-press{display:inline-block;border:1px solid #0055a5;color:#0055a5;padding:1px 8px;font-size:12px;text-transform:uppercase}
.article-meta{color:#777;font-size:13px}
.article-sapo{font-weight:bold}
.article-source{text-align:right;font-style:italic}
.article-author{text-align:right;font-weight:bold}
[[css]]
</style>
[[ga]]
</head>
<body>
<div class="top-bar"><div class="wrapper"><span class="today">Chủ nhật, 22/11/2026</span><ul class="weather-list">[[weather]]</ul><a href="https://dothidoisong.vn/lien-he.html">Liên hệ</a> | <a href="https://dothidoisong.vn/quang-cao.html">Quảng cáo</a></div></div>
<div class="header"><div class="wrapper"><a class="logo" href="https://dothidoisong.vn"><img src="https://cdn.dothidoisong.vn/logo.png" alt="Đô Thị &amp; Đời Sống"></a>
 <div class="banner-top"><a href="https://dothidoisong.vn/chuyen-de/chuyen-doi-so.html"><img src="https://cdn.dothidoisong.vn/banner/cds-970x90.jpg" alt="Chuyển đổi số"></a></div></div></div>
<div class="nav"><ul class="wrapper">[[menu]]</ul></div>
<div class="wrapper main">
 <div class="col-left">
  <div class="breadcrumb"><a href="https://dothidoisong.vn/van-hoa.html">Văn hóa</a> » <a href="https://dothidoisong.vn/van-hoa/le-hoi.html">Lễ hội</a></div>
  <div class="article-detail">
   <span class="label-press">Thông cáo báo chí</span>
   <h1 class="article-title">[[title]]</h1>
   <div class="article-meta"><span class="updated">Cập nhật: 11:20, 05/03/2026</span> <span class="sep">·</span> <span class="posted">Đăng: 08:30, 05/03/2026</span></div>
   <div class="article-tools"><a href="#" title="Nghe">Nghe</a><a href="#" title="In">In</a><a href="#" title="Gửi email">Email</a><a href="#" title="Chia sẻ">Chia sẻ</a></div>
   <div class="article-sapo">[[sapo]]</div>
   <div class="article-content">
[[content]]
   </div>
   <p class="article-source">Nguồn: Sở Văn hóa và Thể thao Hà Nội</p>
   <p class="article-author">Phương Thảo</p>
   <div class="article-tags">Tags: <a href="https://dothidoisong.vn/tag/lang-nghe.html">làng nghề</a> <a href="https://dothidoisong.vn/tag/du-lich-ha-noi.html">du lịch Hà Nội</a></div>
  </div>
  <div class="box-samecat"><div class="box-title">Tin cùng chuyên mục</div>
[[samecat]]
  </div>
 </div>
 <div class="col-right"><div class="box-hot"><div class="box-title">Đọc nhiều nhất</div><ol>[[hot]]</ol></div></div>
</div>
<div class="footer"><div class="wrapper">
 <p>ĐÔ THỊ &amp; ĐỜI SỐNG - Cơ quan ngôn luận của Hội Đô thị Thủ đô. Giấy phép hoạt động báo điện tử số 144/GP-BTTTT ngày 10/5/2022.</p>
 <p>Tổng biên tập: Đào Minh Tâm. Tòa soạn: 38 Hai Bà Trưng, phường Cửa Nam, Hà Nội. Điện thoại: 024 3942 0011. Email: bandientu@dothidoisong.vn</p>
 <p>® Ghi rõ nguồn "Đô Thị &amp; Đời Sống" khi phát hành lại thông tin từ website này.</p>
</div></div>
</body>
</html>
"""


# ====================================================================== p12  ASP.NET + "Nghe đọc bài"
P12_BLOCKS = [
    ("p", "Theo số liệu của Cục Đầu tư nước ngoài (Bộ Tài chính), tính đến ngày 31/5/2026, Bắc Ninh, Hải Phòng, Hưng Yên và Quảng Ninh là bốn địa phương phía Bắc nằm trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước về thu hút vốn đầu tư trực tiếp nước ngoài. Riêng Bắc Ninh thu hút gần 3,1 tỷ USD, tiếp tục giữ vị trí số một."),
    ("p", "Đáng chú ý, cơ cấu dòng vốn đang có sự dịch chuyển rõ nét. Các dự án sản xuất linh kiện bán dẫn, thiết bị điện tử thông minh, pin lưu trữ năng lượng và vật liệu mới chiếm tỷ trọng ngày càng lớn, thay cho các dự án gia công, lắp ráp thâm dụng lao động trước đây."),
    ("h", "Cuộc đua hạ tầng khu công nghiệp"),
    ("p", "Ông Trịnh Quang Vũ, Tổng giám đốc một doanh nghiệp phát triển hạ tầng khu công nghiệp tại Hải Phòng, cho biết tỷ lệ lấp đầy tại các khu công nghiệp của doanh nghiệp đã đạt trên 85%. Nhiều nhà đầu tư đến khảo sát đặt yêu cầu rất cụ thể về nguồn điện tái tạo, hệ thống xử lý nước thải đạt chuẩn quốc tế và khả năng kết nối với cảng biển trong bán kính 30 km."),
    ("p", "“Nhà đầu tư bây giờ không chỉ hỏi giá thuê đất. Họ hỏi chúng tôi có thể cung cấp bao nhiêu phần trăm điện xanh, có chứng chỉ khu công nghiệp sinh thái hay không, vì đó là yêu cầu từ khách hàng của họ ở châu Âu và Mỹ”, ông Vũ nói."),
    ("img", "Nhà xưởng xây sẵn tại một khu công nghiệp ở Hải Phòng được lắp điện mặt trời áp mái. Ảnh: Đức Thanh"),
    ("p", "Để đón đầu xu hướng, nhiều chủ đầu tư hạ tầng đã lắp đặt điện mặt trời mái nhà cho nhà xưởng xây sẵn, đầu tư trạm xử lý nước thải tái sử dụng và dành quỹ đất cho nhà ở công nhân, trung tâm đào tạo nghề ngay trong khu công nghiệp."),
    ("h", "Nút thắt nguồn nhân lực và thủ tục"),
    ("p", "Tuy vậy, theo khảo sát của một hiệp hội doanh nghiệp nước ngoài, thiếu hụt kỹ sư và công nhân kỹ thuật có tay nghề cao vẫn là trở ngại lớn nhất khi mở rộng sản xuất tại Việt Nam. Gần 60% doanh nghiệp được hỏi cho biết phải mất từ 3 đến 6 tháng để tuyển đủ vị trí kỹ thuật cho một dây chuyền mới."),
    ("p", "Bên cạnh đó, thủ tục về phòng cháy chữa cháy, đánh giá tác động môi trường và cấp phép xây dựng tuy đã được cải thiện nhưng vẫn còn kéo dài ở một số nơi. Một số nhà đầu tư phản ánh việc phân cấp mạnh cho cấp xã sau khi sắp xếp đơn vị hành chính khiến đầu mối tiếp nhận thay đổi, cần thêm thời gian để làm quen."),
    ("p", "Bà Nguyễn Thị Thu Hà, Phó Giám đốc Sở Tài chính tỉnh Hưng Yên, cho biết tỉnh đã thành lập tổ công tác đặc biệt hỗ trợ nhà đầu tư chiến lược, cam kết rút ngắn 30% thời gian giải quyết thủ tục so với quy định. Tỉnh cũng phối hợp với các trường cao đẳng, đại học trong vùng đào tạo theo đơn đặt hàng của doanh nghiệp."),
    ("h", "Cơ hội đi kèm thách thức"),
    ("p", "Các chuyên gia nhận định, làn sóng dịch chuyển chuỗi cung ứng toàn cầu đang mở ra cơ hội lớn cho các địa phương phía Bắc. Tuy nhiên, cạnh tranh thu hút FDI trong khu vực ngày càng gay gắt khi nhiều quốc gia đưa ra các gói ưu đãi hấp dẫn về thuế, đất đai và hỗ trợ đào tạo."),
    ("p", "“Lợi thế về vị trí địa lý và chi phí lao động sẽ không còn là yếu tố quyết định. Điều nhà đầu tư cần là một hệ sinh thái gồm hạ tầng xanh, nhân lực chất lượng và thể chế minh bạch, ổn định”, một chuyên gia kinh tế nhận định."),
]


@page("p12")
def p12(r):
    base = "https://dautumoi.vn"
    title = "Thu hút FDI vào khu công nghiệp phía Bắc: Đón sóng dịch chuyển chuỗi cung ứng"
    sapo = "Trong 5 tháng đầu năm 2026, các địa phương phía Bắc thu hút hơn 9,2 tỷ USD vốn FDI, chiếm gần 45% tổng vốn đăng ký của cả nước. Dòng vốn chất lượng cao đang đổ về các khu công nghiệp có hạ tầng đồng bộ và nguồn điện ổn định."
    pub = datetime.datetime(2026, 6, 22, 8, 30, 0)
    url = base + "/thu-hut-fdi-vao-khu-cong-nghiep-phia-bac-don-song-dich-chuyen-chuoi-cung-ung-d84215.html"
    m = {
        "p": lambda t: "<p>%s</p>" % esc(t),
        "h": lambda t: "<h3><strong>%s</strong></h3>" % esc(t),
        "img": lambda cap: ('<table align="center" cellpadding="3" cellspacing="0" class="picBox" width="1"><tbody><tr><td><img src="/stores/news_dataimages/2026/062026/21/15/%s.jpg" width="680" alt=""></td></tr>'
                            '<tr><td class="caption"><p>%s</p></td></tr></tbody></table>' % (rhex(r, 24), esc(cap))),
    }
    content = render(P12_BLOCKS, m)
    dfmt = lambda d: "%s %s" % (dmy(d), hm(d))
    # big left-rail and footer listings, typical of the ASP.NET news CMS
    cats = []
    for cat, subs in MENU:
        cats.append('<div class="box-cat"><h3 class="box-cat__title"><a href="%s/%s/">%s</a></h3><ul>%s</ul></div>' % (
            base, slug(cat), esc(cat), news_items(r, 6, '<li><a href="[[url]]" title="[[atitle]]">[[title]]</a></li>', base)))
    stream = news_items(r, 30, '<div class="news-item"><a href="[[url]]" class="news-item__img"><img src="[[img]]" alt="[[atitle]]"></a><div class="news-item__body"><h3><a href="[[url]]">[[title]]</a></h3><p>[[sapo]]</p><span class="news-item__date">[[date]]</span></div></div>',
                        base, dfmt, pool=FIN_HEADLINES + HEADLINES, sapo=True, max_days=15)
    vs = rb64(r, 42000)
    ev = rb64(r, 1800)
    voices = "".join('<option value="%s">%s</option>' % (v, esc(n)) for v, n in
                     [("hn-female", "Giọng nữ miền Bắc"), ("hn-male", "Giọng nam miền Bắc"), ("hcm-female", "Giọng nữ miền Nam"), ("hue-female", "Giọng nữ miền Trung")])
    html_ = fill(P12_TPL, title=esc(title), atitle=q(title), sapo=esc(sapo), url=url, content=content, cats="\n".join(cats), stream=stream,
                 vs=vs, ev=ev, voices=voices, menu=menu_html(r, base, "table"), css=css_block(r, "dtm", 150), ga=ga(r, "UA-" + rid(r, 8) + "-1"),
                 wd=WD[pub.weekday()], iso=iso(pub), desc=q(sapo), audio=rhex(r, 32))
    sc = sidecar("article", "aspnet", url, title=title, published_at=iso(pub), author="Thanh Hương",
                 body=gold_body(sapo, P12_BLOCKS))
    return html_, sc


P12_TPL = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head id="Head1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>[[title]] - Báo Đầu Tư Mới</title>
<meta name="description" content="[[desc]]" />
<meta property="og:title" content="[[atitle]]" />
<meta property="article:published_time" content="[[iso]]" />
<link rel="canonical" href="[[url]]" />
<link href="/App_Themes/Default/style.css?v=20260601" rel="stylesheet" type="text/css" />
<style type="text/css">
.tts-player{border:1px solid #d9e2ec;border-radius:6px;padding:8px 12px;display:flex;align-items:center;gap:10px;background:#f4f8fb;margin:12px 0}
.tts-player__btn{width:34px;height:34px;border-radius:50%;background:#0a58a3;color:#fff;border:0}
.picBox .caption{font-style:italic;color:#555;font-size:14px}
#ctl00_mainContent_divContent p{font-size:17px;line-height:1.6}
[[css]]
</style>
[[ga]]
</head>
<body>
<form method="post" action="./thu-hut-fdi-vao-khu-cong-nghiep-phia-bac-don-song-dich-chuyen-chuoi-cung-ung-d84215.html" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="[[vs]]" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) { theForm = document.aspnetForm; }
function __doPostBack(eventTarget, eventArgument) { if (!theForm.onsubmit || (theForm.onsubmit() != false)) { theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); } }
//]]>
</script>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" /><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="[[ev]]" /></div>
<div id="header">
 <table class="tblHeader" width="100%" cellpadding="0" cellspacing="0"><tr>
  <td class="logo"><a href="/"><img src="/Images/logo-dautumoi.png" alt="Báo Đầu Tư Mới" /></a></td>
  <td class="date"><span id="ctl00_lblDate">Chủ nhật, 22/11/2026, 14:10</span></td>
  <td class="search"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txtSearch" value="Tìm kiếm..." /><input type="submit" name="ctl00$btnSearch" value="Tìm" id="ctl00_btnSearch" /></td>
  <td class="user"><a id="ctl00_lnkLogin" href="/dang-nhap.html">Đăng nhập</a> | <a href="/dang-ky.html">Đăng ký</a> | <a href="/epaper.html">Báo in</a></td>
 </tr></table>
 <table class="tblMenu" width="100%"><tr><td class="menu_td"><a href="/" class="menulink">Trang chủ</a></td>[[menu]]</tr></table>
</div>
<div id="container">
 <div id="ctl00_mainContent_pnlDetail" class="detail">
  <div class="breadcrumbs"><a href="/dau-tu/">Đầu tư</a> &gt; <a href="/dau-tu/fdi/">FDI</a></div>
  <h1 class="title" id="ctl00_mainContent_lblTitle">[[title]]</h1>
  <div class="info"><span class="author" id="ctl00_mainContent_lblAuthor"><strong>Thanh Hương</strong></span> <span class="date" id="ctl00_mainContent_lblDate">[[wd]], 22/06/2026 08:30</span></div>
  <div class="tts-player" id="ttsPlayer" data-article="84215">
   <button type="button" class="tts-player__btn" aria-label="Phát">▶</button>
   <span class="tts-player__label">Nghe đọc bài</span>
   <span class="tts-player__time">00:00 / 06:14</span>
   <select class="tts-player__voice">[[voices]]</select>
   <span class="tts-player__speed">Tốc độ: <a href="#">0.75x</a> <a href="#" class="on">1x</a> <a href="#">1.25x</a> <a href="#">1.5x</a></span>
   <audio preload="none" src="https://tts.dautumoi.vn/audio/2026/06/84215-[[audio]].mp3">Trình duyệt của bạn không hỗ trợ nghe audio.</audio>
   <span class="tts-player__note">Tính năng đọc bài được cung cấp bởi công nghệ AI</span>
  </div>
  <div class="sapo" id="ctl00_mainContent_lblSapo"><strong>[[sapo]]</strong></div>
  <div id="ctl00_mainContent_divContent" class="content">
[[content]]
  </div>
  <div class="tools"><a href="javascript:window.print()">In bài</a> | <a href="/gui-email.aspx?id=84215">Gửi bạn bè</a> | <a href="#" onclick="__doPostBack('ctl00$mainContent$lnkSave','');return false;">Lưu bài</a></div>
  <div class="tags"><b>Từ khóa:</b> <a href="/tags/fdi.html">FDI</a>, <a href="/tags/khu-cong-nghiep.html">khu công nghiệp</a>, <a href="/tags/chuoi-cung-ung.html">chuỗi cung ứng</a></div>
  <div class="other-news"><h4>Các tin khác</h4>
[[stream]]
  </div>
 </div>
 <div id="rightcol">
[[cats]]
 </div>
</div>
<div id="footer">
 <table width="100%"><tr><td>
 <p><b>BÁO ĐẦU TƯ MỚI</b> - Cơ quan của Hiệp hội Doanh nghiệp Đầu tư Việt Nam</p>
 <p>Giấy phép xuất bản số 203/GP-BTTTT ngày 27/4/2022. Tổng biên tập: Lương Đức Thịnh.</p>
 <p>Tòa soạn: 47 Quán Thánh, phường Ba Đình, Hà Nội. Điện thoại: 024 3845 0537. Fax: 024 3823 5281.</p>
 <p>Văn phòng đại diện phía Nam: 39A Ngô Thời Nhiệm, phường Xuân Hòa, TP.HCM.</p>
 <p>Bản quyền thuộc về Báo Đầu Tư Mới. Cấm sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản.</p>
 </td></tr></table>
</div>
<script src="/ScriptResource.axd?d=[[ev]]" type="text/javascript"></script>
</form>
</body>
</html>
"""


# ====================================================================== p13  sponsored PR
P13_BLOCKS = [
    ("p", "Theo bác sĩ Trần Thị Mai Anh, chuyên khoa Dinh dưỡng nhi, vào mùa hè, số trẻ đến khám vì rối loạn tiêu hóa thường tăng 20-30% so với các tháng khác trong năm. Nguyên nhân chủ yếu là thực phẩm dễ bị nhiễm khuẩn khi nhiệt độ cao, trẻ uống nhiều nước đá, ăn đồ lạnh và sinh hoạt không điều độ trong dịp nghỉ hè."),
    ("p", "“Hệ tiêu hóa của trẻ dưới 6 tuổi chưa hoàn thiện, hệ vi sinh đường ruột rất dễ mất cân bằng. Khi lợi khuẩn suy giảm, trẻ không chỉ bị rối loạn tiêu hóa mà sức đề kháng chung cũng đi xuống”, bác sĩ Mai Anh cho biết."),
    ("h", "Ba nguyên tắc vàng cho bữa ăn mùa hè"),
    ("p", "Để bảo vệ hệ tiêu hóa của trẻ trong những ngày nắng nóng, chuyên gia khuyên cha mẹ nên ghi nhớ một số nguyên tắc sau:"),
    ("ul", ["Ưu tiên thực phẩm tươi, nấu chín kỹ, không để thức ăn thừa ở nhiệt độ phòng quá 2 giờ.",
            "Cho trẻ uống đủ nước, chia thành nhiều lần trong ngày; hạn chế nước ngọt có ga và đồ uống quá lạnh.",
            "Bổ sung rau xanh, trái cây và các thực phẩm giàu lợi khuẩn như sữa chua, sữa lên men."]),
    ("img", "Sữa chua và sữa lên men là nguồn lợi khuẩn dễ bổ sung cho trẻ. Ảnh minh họa"),
    ("h", "Lựa chọn sản phẩm bổ sung lợi khuẩn phù hợp"),
    ("p", "Hiện nay, trên thị trường có nhiều sản phẩm sữa và thực phẩm bổ sung lợi khuẩn dành cho trẻ. Theo chuyên gia, cha mẹ nên chọn sản phẩm có nguồn gốc rõ ràng, ghi rõ chủng lợi khuẩn, hàm lượng và phù hợp với độ tuổi của con."),
    ("p", "Nắm bắt nhu cầu này, thương hiệu sữa NutriHà vừa ra mắt dòng sữa lên men NutriHà Kids bổ sung 3 chủng lợi khuẩn cùng chất xơ hòa tan GOS, được nghiên cứu phù hợp với hệ tiêu hóa của trẻ từ 2 đến 10 tuổi. Sản phẩm được sản xuất trên dây chuyền khép kín tại nhà máy của doanh nghiệp ở tỉnh Tây Ninh."),
    ("img", "Dòng sữa lên men NutriHà Kids vừa được ra mắt thị trường. Ảnh: NutriHà"),
    ("p", "Đại diện NutriHà cho biết, nhân dịp ra mắt, từ nay đến hết ngày 30/6/2026, khách hàng mua sản phẩm tại hệ thống siêu thị và cửa hàng tiện lợi trên toàn quốc sẽ được giảm giá 15% và nhận quà tặng là bình nước giữ nhiệt cho bé."),
    ("p", "Bên cạnh chế độ dinh dưỡng, bác sĩ lưu ý cha mẹ cần cho trẻ ngủ đủ giấc, vận động vừa sức và đưa trẻ đi khám ngay khi có dấu hiệu tiêu chảy kéo dài, nôn nhiều, sốt cao hoặc mệt lả để được xử trí kịp thời."),
]


@page("p13")
def p13(r):
    base = "https://songkhoe24.vn"
    title = "Chăm sóc hệ tiêu hóa cho trẻ mùa nắng nóng: Cha mẹ cần lưu ý gì?"
    sapo = "Thời tiết nắng nóng kéo dài khiến trẻ nhỏ dễ gặp các vấn đề về tiêu hóa như tiêu chảy, táo bón, biếng ăn. Chuyên gia dinh dưỡng khuyến cáo cha mẹ cần điều chỉnh chế độ ăn uống và bổ sung lợi khuẩn hợp lý cho con."
    pub = datetime.datetime(2026, 5, 5, 10, 0, 0)
    nid = "171260505100012345"
    url = "%s/cham-soc-he-tieu-hoa-cho-tre-mua-nang-nong-cha-me-can-luu-y-gi-%s.htm" % (base, nid)
    cdn = "songkhoe24.mediacdn.vn"
    ZW = "\u200b"
    m = {
        # the CMS leaves a zero-width space at the start of pasted paragraphs
        "p": lambda t: "<p>%s%s</p>" % (ZW, esc(t)),
        "h": lambda t: "<h2>%s%s</h2>" % (ZW, esc(t)),
        "ul": lambda items: "<ul>" + "".join("<li>%s</li>" % esc(x) for x in items) + "</ul>",
        "img": lambda cap: vcc_photo(r, cap, cdn, pub),
    }
    content = render(P13_BLOCKS, m)
    dfmt = lambda d: "%s %s" % (dmy(d), hm(d))
    samecat = news_items(r, 16, '<li class="news-item"><a href="[[url]]" class="news-thumb" title="[[atitle]]"><img src="[[img]]" alt="[[atitle]]"></a><h3 class="news-title"><a href="[[url]]">[[title]]</a></h3></li>', base)
    hot = news_items(r, 10, '<li><a href="[[url]]" title="[[atitle]]">[[title]]</a><span>[[date]]</span></li>', base, dfmt, max_days=2)
    html_ = fill(P13_TPL, title=esc(title), atitle=q(title), sapo=esc(sapo), url=url, content=content, samecat=samecat, hot=hot,
                 menu=menu_html(r, base, "vcc"), css=VCC_CSS + css_block(r, "sk", 80), ga=ga(r, "G-SK" + rhex(r, 8).upper()),
                 nid=nid, desc=q(sapo), ads=ads_json(r, 14))
    sc = sidecar("article", "vccorp", url, title=title, published_at=iso(pub), author=None,
                 body=gold_body(sapo, P13_BLOCKS))
    return html_, sc


P13_TPL = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>[[title]]</title>
<meta name="description" content="[[desc]]">
<meta property="og:title" content="[[atitle]]">
<meta property="og:type" content="article">
<meta name="robots" content="index,follow">
<link rel="canonical" href="[[url]]">
<style>[[css]]
.pr-label{font-size:12px;color:#888;border:1px solid #ccc;padding:2px 6px;display:inline-block;margin-bottom:8px}
.badge-pr{background:#f3a400;color:#fff;font-size:11px;padding:1px 5px;border-radius:3px;margin-right:6px;vertical-align:middle}
</style>
[[ga]]
<script>var admZones=[[ads]];</script>
</head>
<body>
<div class="header"><div class="w1160 header-inner">
 <span class="header-date">Chủ nhật, 22.11.2026</span>
 <a class="logo" href="https://songkhoe24.vn"><img src="https://songkhoe24.mediacdn.vn/web_images/logo-sk24.png" alt="Sống Khỏe 24"></a>
 <div class="header-tools"><a href="https://songkhoe24.vn/tim-kiem.htm" class="search">Tìm kiếm</a><a href="https://id.songkhoe24.vn" class="login">Đăng nhập</a></div>
</div>
<ul class="menu w1160">[[menu]]</ul></div>
<div class="w1160 main clearfix">
 <div class="detail-left">
  <div class="breadcrumb"><a href="https://songkhoe24.vn/dinh-duong.htm">Dinh dưỡng</a></div>
  <div class="pr-label">Bài viết được tài trợ</div>
  <h1 class="detail-title" data-role="title"><span class="badge-pr">PR</span> [[title]]</h1>
  <div class="detail-meta"><span class="detail-time" data-role="publishdate">05/05/2026 10:00</span><span class="detail-share"><a href="#">Chia sẻ</a><a href="#">Lưu</a></span></div>
  <h2 class="sapo" data-role="sapo">[[sapo]]</h2>
  <div class="detail-content afcbc-body" data-role="content">
[[content]]
  </div>
  <div class="pr-note"><i>Thông tin sản phẩm do nhãn hàng cung cấp. Sản phẩm này không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh.</i></div>
  <div class="box-samecat"><h3>Tin cùng chuyên mục</h3><ul>
[[samecat]]
  </ul></div>
 </div>
 <div class="detail-right"><div class="box-hot"><h3>Tin nóng</h3><ul>[[hot]]</ul></div></div>
</div>
<div class="footer"><div class="w1160">
 <p>Sống Khỏe 24 - Chuyên trang sức khỏe của Báo điện tử Đời Sống Mới. Giấy phép số 17/GP-BTTTT ngày 08/01/2024.</p>
 <p>Chịu trách nhiệm nội dung: Bà Đỗ Thị Hồng Vân. Địa chỉ: Tầng 9, tòa nhà Sao Mai, 68 Nguyễn Huy Tưởng, phường Thanh Xuân, Hà Nội.</p>
 <p>Thông tin trên website chỉ mang tính tham khảo, không thay thế cho chẩn đoán hoặc điều trị y khoa.</p>
</div></div>
<script>var newsId='[[nid]]',isPR=true;</script>
</body>
</html>
"""


# ====================================================================== p14  drop cap + footnotes
P14_BLOCKS = [
    ("dropcap", "Tối thứ Bảy, sân đình An Thái lại rộn tiếng phách, tiếng trống. Hơn ba mươi đào, kép, phần lớn ở độ tuổi học sinh, sinh viên, lần lượt trình diễn những làn điệu Xoan cổ dưới sự dẫn dắt của nghệ nhân Nguyễn Thị Lụa, năm nay đã ngoài 70 tuổi. Khán giả không chỉ có người làng mà còn có cả những đoàn khách du lịch từ Hà Nội, Hải Phòng về dự."),
    ("fn", "Bà Lụa kể, vào thời điểm hát Xoan được UNESCO ghi danh vào Danh sách di sản văn hóa phi vật thể cần bảo vệ khẩn cấp năm 2011(1), cả bốn phường Xoan gốc chỉ còn chưa đến mười nghệ nhân cao tuổi thuộc được các bài bản cổ. “Lúc đó chúng tôi lo lắm, sợ mình mất đi thì Xoan cũng mất theo”, bà nhớ lại."),
    ("h", "Từ bốn phường Xoan gốc đến hàng chục câu lạc bộ"),
    ("fn", "Sau hơn một thập kỷ nỗ lực bảo vệ, năm 2017, hát Xoan được UNESCO chuyển sang Danh sách di sản văn hóa phi vật thể đại diện của nhân loại(2). Đây là trường hợp hiếm hoi trên thế giới một di sản được đưa ra khỏi danh sách khẩn cấp nhờ các biện pháp bảo vệ hiệu quả của cộng đồng và chính quyền."),
    ("p", "Theo Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ, đến nay toàn tỉnh có 36 câu lạc bộ hát Xoan với hơn 1.500 thành viên thường xuyên sinh hoạt. Riêng bốn phường Xoan gốc đã có 68 nghệ nhân được phong tặng danh hiệu Nghệ nhân Ưu tú, Nghệ nhân Nhân dân và hơn 200 người thực hành trẻ tuổi."),
    ("img", "Các em học sinh trong câu lạc bộ hát Xoan trình diễn tại sân đình. Ảnh: Ngọc Mai"),
    ("fn", "Hát Xoan cũng được đưa vào trường học thông qua các tiết học ngoại khóa và chương trình giáo dục địa phương(3). Nhiều trường tiểu học, trung học cơ sở trên địa bàn tổ chức câu lạc bộ, mời nghệ nhân về truyền dạy mỗi tuần một buổi."),
    ("h", "Nỗi lo “sân khấu hóa”"),
    ("p", "Tuy nhiên, bên cạnh những tín hiệu tích cực, nhiều nhà nghiên cứu bày tỏ lo ngại về xu hướng sân khấu hóa di sản. Một số chương trình biểu diễn phục vụ khách du lịch cắt ngắn, biến đổi làn điệu, trang phục để bắt mắt hơn, làm mất đi tính nguyên bản của nghi lễ hát thờ và hát nghi thức."),
    ("p", "PGS.TS Hoàng Đức Thuận, nhà nghiên cứu văn hóa dân gian, cho rằng: “Xoan trước hết là một nghi lễ gắn với không gian đình, miếu và tín ngưỡng thờ Hùng Vương. Đưa Xoan đến với du khách là cần thiết, nhưng phải giữ được cốt lõi, không thể biến nó thành một tiết mục văn nghệ đơn thuần”."),
    ("p", "Tỉnh Phú Thọ đang xây dựng chương trình bảo vệ và phát huy giá trị hát Xoan giai đoạn 2026-2030, trong đó chú trọng tư liệu hóa toàn bộ các bài bản cổ, hỗ trợ kinh phí cho nghệ nhân truyền dạy và quy hoạch không gian thực hành di sản tại các di tích gốc."),
    ("h", "Chú thích"),
    ("notes", ["(1) Quyết định ghi danh tại kỳ họp lần thứ 6 của Ủy ban Liên chính phủ Công ước 2003 về bảo vệ di sản văn hóa phi vật thể, tổ chức tại Bali (Indonesia) tháng 11/2011.",
               "(2) Quyết định tại kỳ họp lần thứ 12 của Ủy ban Liên chính phủ, tổ chức tại đảo Jeju (Hàn Quốc) tháng 12/2017.",
               "(3) Nội dung giáo dục địa phương được triển khai theo Chương trình giáo dục phổ thông 2018."]),
]


@page("p14")
def p14(r):
    base = "https://vanhoamoi.vn"
    title = "Hát Xoan ở đất Tổ: Từ “báo động đỏ” đến sức sống mới"
    sapo = "Từ một di sản từng nằm trong danh sách cần bảo vệ khẩn cấp, hát Xoan Phú Thọ nay đã có đội ngũ hàng nghìn người thực hành, trong đó nhiều nhất là lớp trẻ. Nhưng để di sản thực sự sống trong cộng đồng, vẫn còn nhiều việc phải làm."
    pub = datetime.datetime(2025, 12, 19, 14, 20, 0)
    url = base + "/di-san/hat-xoan-o-dat-to-tu-bao-dong-do-den-suc-song-moi-post712458.html"

    def dropcap(t):
        return '<p class="has-dropcap"><span class="dropcap" style="float:left;font-size:64px;line-height:56px;padding-right:8px;color:#8b0000">%s</span>%s</p>' % (esc(t[0]), esc(t[1:]))

    def fn(t):
        out = esc(t)
        for n in ("1", "2", "3"):
            out = out.replace("(%s)" % n, '<sup class="fn-ref"><a href="#chuthich%s" id="ref%s">(%s)</a></sup>' % (n, n, n))
        return "<p>%s</p>" % out

    def notes(items):
        return '<div class="footnotes" id="footnotes">' + "".join(
            '<p class="footnote" id="chuthich%d"><small>%s</small></p>' % (i + 1, esc(t)) for i, t in enumerate(items)) + "</div>"
    m = {
        "p": lambda t: "<p>%s</p>" % esc(t),
        "dropcap": dropcap, "fn": fn, "notes": notes,
        "h": lambda t: '<h3 class="sub-title">%s</h3>' % esc(t),
        "img": lambda cap: ('<div class="article-photo"><img src="https://cdn.vanhoamoi.vn/2025/12/19/%s.jpg" alt="%s"><p class="photo-caption"><em>%s</em></p></div>' % (
            rhex(r, 16), q(cap.split(". Ảnh")[0]), esc(cap))),
    }
    content = render(P14_BLOCKS, m)
    dfmt = lambda d: "%s | %s" % (dmy(d), hm(d))
    pre = datetime.datetime(2025, 12, 19, 12, 0)
    related = []
    for t in ["Ca trù Hà Nội: Những “ca quán” giữ lửa giữa phố", "Phục dựng lễ hội rước kiệu làng cổ ven sông Thao",
              "Nghệ nhân 80 tuổi truyền dạy hát ví giặm cho học trò", "Bảo tàng số: Khi di sản lên không gian mạng"]:
        d = pre - datetime.timedelta(minutes=r.randint(600, 60000))
        related.append('<li><a href="%s/di-san/%s-post%s.html">%s</a> <span class="date">(%s)</span></li>' % (base, slug(t), rid(r, 6), esc(t), dmy(d)))
    latest = news_items(r, 20, '<div class="story"><a href="[[url]]"><img src="[[img]]" alt=""></a><h3 class="story__title"><a href="[[url]]">[[title]]</a></h3><span class="story__time">[[date]]</span></div>', base, dfmt, max_days=5)
    html_ = fill(P14_TPL, title=esc(title), atitle=q(title), sapo=esc(sapo), url=url, content=content, related="\n".join(related), latest=latest,
                 menu=menu_html(r, base, "mega"), css=css_block(r, "vh", 120), ga=ga(r, "G-VHM" + rhex(r, 7).upper()), iso=iso(pub), desc=q(sapo))
    sc = sidecar("article", "custom", url, title=title, published_at=iso(pub), author="NGỌC MAI",
                 body=gold_body(sapo, P14_BLOCKS))
    return html_, sc


P14_TPL = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>[[title]] | Văn Hóa Mới</title>
<meta name="description" content="[[desc]]">
<meta property="og:title" content="[[atitle]]">
<meta property="og:type" content="article">
<meta property="article:published_time" content="[[iso]]">
<link rel="canonical" href="[[url]]">
<style>
body{margin:0;font-family:"Noto Serif",serif}
.site{max-width:1200px;margin:0 auto}
.article__author{text-transform:none;font-weight:700;letter-spacing:.5px}
.footnotes{border-top:1px solid #ccc;margin-top:24px;padding-top:8px;color:#555}
.fn-ref a{text-decoration:none;color:#8b0000}
[[css]]
</style>
[[ga]]
</head>
<body>
<div class="site">
<header class="header">
 <div class="header__top"><time class="header__today">Chủ Nhật, 22/11/2026</time><div class="header__social"><a href="https://facebook.com/vanhoamoi">Facebook</a><a href="https://youtube.com/@vanhoamoi">YouTube</a><a href="https://zalo.me/vanhoamoi">Zalo</a></div></div>
 <div class="header__brand"><a href="https://vanhoamoi.vn" class="header__logo"><img src="https://cdn.vanhoamoi.vn/static/logo.svg" alt="Văn Hóa Mới"></a><form class="header__search" action="https://vanhoamoi.vn/search"><input name="q" placeholder="Tìm kiếm"></form></div>
 <nav class="header__nav"><ul class="nav__list">[[menu]]</ul></nav>
</header>
<main class="main">
 <article class="article">
  <div class="article__cat"><a href="https://vanhoamoi.vn/di-san/">Di sản</a></div>
  <h1 class="article__title">[[title]]</h1>
  <div class="article__meta"><span class="article__author">NGỌC MAI</span> <span class="article__date">19/12/2025 | 14:20</span></div>
  <div class="article__share"><button class="btn-share">Chia sẻ</button><button class="btn-font" data-size="-1">A-</button><button class="btn-font" data-size="1">A+</button><button class="btn-print">In</button></div>
  <div class="article__sapo"><strong>[[sapo]]</strong></div>
  <div class="article__body" id="abody">
[[content]]
  </div>
  <div class="article__related"><h4>Bài liên quan</h4><ul>
[[related]]
  </ul></div>
  <div class="article__tags"><a href="https://vanhoamoi.vn/tag/hat-xoan">Hát Xoan</a><a href="https://vanhoamoi.vn/tag/phu-tho">Phú Thọ</a><a href="https://vanhoamoi.vn/tag/unesco">UNESCO</a></div>
 </article>
 <aside class="sidebar"><h3 class="sidebar__title">Mới cập nhật</h3>
[[latest]]
 </aside>
</main>
<footer class="footer">
 <p>Văn Hóa Mới - Tạp chí điện tử của Hội Di sản Văn hóa Dân gian. Giấy phép số 322/GP-BTTTT ngày 05/8/2023.</p>
 <p>Tổng biên tập: Trịnh Thu Hằng. Địa chỉ: 51 Ngô Quyền, phường Hoàn Kiếm, Hà Nội. Điện thoại: 024 3934 5566.</p>
 <p>© 2025 Văn Hóa Mới. Bảo lưu mọi quyền.</p>
</footer>
</div>
</body>
</html>
"""


# ====================================================================== p15  election table, NFD bytes
P15_TABLE = [
    ["Đơn vị bầu cử", "Họ và tên người trúng cử", "Số phiếu bầu", "Tỷ lệ (%)"],
    ["Số 1", "Nguyễn Văn Hùng", "3.712", "97,15"],
    ["Số 1", "Trần Thị Thanh Hoa", "3.598", "94,17"],
    ["Số 1", "Hoàng Đình Tuấn", "3.421", "89,53"],
    ["Số 2", "Lê Thị Minh Nguyệt", "3.905", "96,82"],
    ["Số 2", "Phan Văn Lực", "3.644", "90,35"],
    ["Số 2", "Nguyễn Hữu Thắng", "3.310", "82,07"],
    ["Số 3", "Đặng Quang Vinh", "4.012", "98,05"],
    ["Số 3", "Võ Thị Lan Anh", "3.867", "94,51"],
    ["Số 3", "Hồ Sỹ Dũng", "3.209", "78,43"],
]
P15_BLOCKS = [
    ("p", "Theo báo cáo của Ủy ban bầu cử xã, tổng số cử tri trong danh sách của xã là 38.426 người; số cử tri đã tham gia bỏ phiếu là 38.212 người, đạt tỷ lệ 99,44%. Cuộc bầu cử diễn ra tại 42 khu vực bỏ phiếu, bảo đảm dân chủ, đúng pháp luật, an toàn và tiết kiệm."),
    ("p", "Cuộc bầu cử đại biểu HĐND xã được tổ chức tại 10 đơn vị bầu cử, mỗi đơn vị bầu 3 đại biểu. Kết quả, 30 người đã trúng cử với số phiếu hợp lệ đạt trên 50% ở tất cả các đơn vị; không có đơn vị nào phải tổ chức bầu cử thêm hay bầu cử lại."),
    ("p", "Trong số 30 đại biểu trúng cử có 9 đại biểu nữ (chiếm 30%), 7 đại biểu dưới 40 tuổi (chiếm 23,3%), 6 đại biểu ngoài Đảng (chiếm 20%) và 12 đại biểu tái cử. Trình độ chuyên môn của các đại biểu đều từ cao đẳng trở lên, trong đó có 5 đại biểu có trình độ thạc sĩ."),
    ("p", "Kết quả bầu cử tại một số đơn vị bầu cử tiêu biểu:"),
    ("table", P15_TABLE),
    ("img", "Ủy ban bầu cử xã Nam Đàn công bố kết quả bầu cử sáng 20/3."),
    ("p", "Phát biểu tại hội nghị, ông Trần Quốc Hưng, Bí thư Đảng ủy, Chủ tịch Ủy ban bầu cử xã Nam Đàn, đánh giá cao tinh thần trách nhiệm của các tổ bầu cử và ý thức chấp hành pháp luật của cử tri trong xã. Ông đề nghị các đại biểu trúng cử tiếp tục giữ mối liên hệ chặt chẽ với cử tri, chuẩn bị tốt các điều kiện cho kỳ họp thứ nhất HĐND xã nhiệm kỳ 2026-2031."),
    ("p", "Theo kế hoạch, kỳ họp thứ nhất HĐND xã Nam Đàn sẽ được tổ chức trước ngày 10/4/2026 để bầu các chức danh chủ chốt của HĐND và UBND xã."),
]


@page("p15")
def p15(r):
    base = "https://baosonglam.vn"
    title = "Xã Nam Đàn công bố kết quả bầu cử đại biểu HĐND xã nhiệm kỳ 2026-2031"
    sapo = "Sáng 20/3, Ủy ban bầu cử xã Nam Đàn (tỉnh Nghệ An) tổ chức hội nghị công bố kết quả bầu cử đại biểu Hội đồng nhân dân xã nhiệm kỳ 2026-2031. 30 đại biểu đã trúng cử trong tổng số 50 người ứng cử."
    pub = datetime.datetime(2026, 3, 20, 9, 15, 0)
    url = base + "/thoi-su/xa-nam-dan-cong-bo-ket-qua-bau-cu-dai-bieu-hdnd-xa-nhiem-ky-2026-2031-46021.html"

    def table(rows):
        out = ['<table border="1" cellpadding="5" cellspacing="0" style="width:100%;border-collapse:collapse" class="tbl-ketqua">']
        for i, row in enumerate(rows):
            if i == 0:
                out.append("<tr>" + "".join('<td style="text-align:center;background:#e8f0fe"><strong>%s</strong></td>' % esc(c) for c in row) + "</tr>")
            else:
                out.append("<tr>" + "".join('<td style="text-align:%s">%s</td>' % ("left" if j == 1 else "center", esc(c)) for j, c in enumerate(row)) + "</tr>")
        out.append("</table>")
        return "\n".join(out)
    m = {
        "p": lambda t: '<p style="text-align:justify">%s</p>' % esc(t),
        "table": table,
        "img": lambda cap: ('<table class="tplCaption" align="center" style="width:100%%"><tr><td><img src="/uploads/news/2026_03/%s.jpg" alt="%s" width="700"></td></tr>'
                            '<tr><td><p class="Image">%s</p></td></tr></table>' % (rhex(r, 12), q(cap), esc(cap))),
    }
    content = render(P15_BLOCKS, m)
    dfmt = lambda d: "(%s)" % dmy(d)
    other = news_items(r, 15, '<li><a href="[[url]]" title="[[atitle]]">[[title]]</a> <span class="date">[[date]]</span></li>', base, dfmt, max_days=300)
    raw = fill(P15_TPL, title=esc(title), atitle=q(title), sapo=esc(sapo), url=url, content=content, other=other,
               menu=menu_html(r, base, "table"), css=css_block(r, "sl", 60), ga=ga(r, "UA-" + rid(r, 8) + "-2"), iso=iso(pub), desc=q(sapo))
    # this CMS stores text in decomposed Unicode (NFD); the gold is NFC
    html_ = unicodedata.normalize("NFD", raw)
    sc = sidecar("article", "custom", url, title=title, published_at=iso(pub), author="Phan Quỳnh",
                 body=gold_body(sapo, P15_BLOCKS))
    return html_, sc


P15_TPL = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>[[title]] - Báo Sông Lam điện tử</title>
<meta name="description" content="[[desc]]">
<meta property="og:title" content="[[atitle]]">
<link rel="canonical" href="[[url]]">
<style>
body{margin:0;font-family:Tahoma,Arial,sans-serif;font-size:13px}
#wrap{width:1000px;margin:0 auto}
.menu_td{padding:6px 10px;background:#005aab}.menulink{color:#fff;font-weight:bold;text-decoration:none}
.news-title{font-size:22px;color:#004a8f}
.news-sapo{font-weight:bold}
[[css]]
</style>
[[ga]]
</head>
<body>
<div id="wrap">
<table width="100%" cellpadding="0" cellspacing="0" class="top">
 <tr><td class="top-date">Chủ nhật, ngày 22/11/2026</td><td align="right" class="top-links"><a href="/lien-he.html">Liên hệ</a> | <a href="/rss.html">RSS</a> | <a href="/en/">English</a></td></tr>
 <tr><td colspan="2"><a href="/"><img src="/images/banner-baosonglam.jpg" alt="Báo Sông Lam điện tử" width="1000" height="120"></a></td></tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" class="menu"><tr><td class="menu_td"><a href="/" class="menulink">Trang chủ</a></td>[[menu]]</tr></table>
<table width="100%" cellpadding="0" cellspacing="0" class="main"><tr>
 <td valign="top" class="col-main" width="680">
  <div class="path"><a href="/thoi-su/">Thời sự</a> &raquo; <a href="/thoi-su/bau-cu/">Bầu cử</a></div>
  <div class="news-detail" itemscope itemtype="https://schema.org/NewsArticle">
   <h1 class="news-title" itemprop="headline">[[title]]</h1>
   <div class="news-date"><span itemprop="datePublished" content="[[iso]]">20/03/2026 09:15</span> | <a href="javascript:window.print()">In trang</a> | <a href="#">Gửi email</a></div>
   <div class="news-sapo" itemprop="description">[[sapo]]</div>
   <div class="news-content" itemprop="articleBody">
[[content]]
   </div>
   <p class="news-author" style="text-align:right"><strong>Tin, ảnh: Phan Quỳnh</strong></p>
  </div>
  <div class="other-news"><h3>Các tin đã đưa</h3><ul>
[[other]]
  </ul></div>
 </td>
 <td valign="top" class="col-right" width="300">
  <div class="box"><h3>Chuyên đề</h3><ul><li><a href="/chuyen-de/bau-cu-2026/">Bầu cử đại biểu Quốc hội và HĐND các cấp 2026</a></li><li><a href="/chuyen-de/chinh-quyen-hai-cap/">Chính quyền địa phương hai cấp</a></li><li><a href="/chuyen-de/nong-thon-moi/">Xây dựng nông thôn mới</a></li></ul></div>
  <div class="box"><h3>Liên kết website</h3><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="https://nghean.gov.vn">Cổng thông tin tỉnh</option></select></div>
  <div class="box counter">Đang truy cập: 1.284<br>Tổng lượt truy cập: 48.215.903</div>
 </td>
</tr></table>
<table width="100%" class="footer"><tr><td>
 <p><b>BÁO SÔNG LAM ĐIỆN TỬ</b> - Cơ quan của Tỉnh ủy Nghệ An. Giấy phép số 48/GP-BTTTT ngày 17/02/2021.</p>
 <p>Tổng Biên tập: Lê Văn Hòa. Địa chỉ: Số 5 Nguyễn Thị Minh Khai, phường Thành Vinh, tỉnh Nghệ An. Điện thoại: 0238 3844 256.</p>
</td></tr></table>
</div>
</body>
</html>
"""


# ====================================================================== p16  poll inside the body
P16_BLOCKS = [
    ("p", "Sáng Chủ nhật, khi trời vừa hửng nắng, nhóm của Đỗ Thùy Linh (26 tuổi, nhân viên truyền thông) đã có mặt ở một trang trại nhỏ tại xã Đông Anh, cách trung tâm Hà Nội khoảng 25 km. Chương trình trong ngày của nhóm gồm thu hoạch rau, học nấu xôi, đạp xe quanh đồng và ngồi đọc sách dưới giàn bầu."),
    ("p", "“Cả tuần làm việc với máy tính, cuối tuần mình chỉ muốn chạm tay vào đất, nghe tiếng gà gáy. Mỗi lần về đây, cảm giác như được sạc lại năng lượng cho cả tuần sau”, Linh chia sẻ."),
    ("img", "Các bạn trẻ học làm bánh gai tại một homestay ở xã Đông Anh. Ảnh: Phương Linh"),
    ("h", "Những trải nghiệm “chạm” vào đời sống nông thôn"),
    ("p", "Theo ghi nhận của phóng viên, vài năm gần đây, nhiều mô hình du lịch nông nghiệp, homestay nhà vườn ở các xã ven đô như Đông Anh, Sóc Sơn, Ba Vì, Bát Tràng liên tục ra đời, hướng đến đối tượng khách chính là người trẻ và gia đình có con nhỏ. Giá mỗi gói trải nghiệm trong ngày dao động từ 250.000 đến 600.000 đồng mỗi người."),
    ("p", "Anh Nguyễn Văn Toàn, chủ một trang trại rau hữu cơ kết hợp đón khách tại xã Sóc Sơn, cho biết mỗi cuối tuần trang trại đón khoảng 80 đến 120 khách, phần lớn ở độ tuổi 20-35. Nhiều bạn quay lại nhiều lần, có người còn đăng ký “nhận nuôi” một luống rau để cuối tuần về tự chăm sóc."),
    ("poll", "Bạn thường dành thời gian cuối tuần như thế nào?",
     ["Ở nhà nghỉ ngơi", "Đi cà phê, mua sắm trong thành phố", "Về quê hoặc đi du lịch ngắn ngày", "Tham gia hoạt động thể thao, tình nguyện"]),
    ("p", "“Khách trẻ bây giờ không cần dịch vụ cầu kỳ. Họ muốn được làm những việc rất bình thường của người nông dân, như tưới rau, cho gà ăn, nấu cơm bằng bếp củi. Với họ, đó là trải nghiệm”, anh Toàn nói."),
    ("h", "Cần phát triển bền vững"),
    ("p", "Theo các chuyên gia du lịch, xu hướng “sống chậm” cuối tuần mở ra cơ hội cho nông dân ven đô tăng thu nhập từ chính sản phẩm nông nghiệp và không gian làng quê. Tuy nhiên, nhiều mô hình hiện còn tự phát, thiếu liên kết, chất lượng dịch vụ không đồng đều."),
    ("p", "Bà Lê Thu Trang, giảng viên ngành du lịch, cho rằng các địa phương cần có quy hoạch, hướng dẫn cụ thể về điều kiện đón khách, an toàn thực phẩm và bảo vệ cảnh quan. “Nếu phát triển ồ ạt, bê tông hóa những cánh đồng để xây homestay, chính cái hồn làng quê mà du khách tìm kiếm sẽ mất đi”, bà Trang lưu ý."),
]


@page("p16")
def p16(r):
    base = "https://songtre.vn"
    title = "Giới trẻ thành phố rủ nhau về làng quê ven đô “sống chậm” cuối tuần"
    sapo = "Thay vì trung tâm thương mại hay quán cà phê quen thuộc, nhiều bạn trẻ ở Hà Nội đang chọn những chuyến đi ngắn về các làng quê ven đô để trồng rau, làm bánh, đạp xe quanh cánh đồng và tạm rời xa điện thoại."
    pub = datetime.datetime(2026, 11, 20, 20, 15, 0)
    nid = "186261120201511482"
    url = "%s/gioi-tre-thanh-pho-ru-nhau-ve-lang-que-ven-do-song-cham-cuoi-tuan-%s.htm" % (base, nid)
    cdn = "songtre.mediacdn.vn"

    def poll(question, options):
        opts = "".join('<li class="poll-option"><label><input type="radio" name="vote_%s" value="%d"> <span>%s</span></label></li>' % (nid, i + 1, esc(o)) for i, o in enumerate(options))
        return ('<div class="VCSortableInPreviewMode" type="VoteBox" data-vote-id="%s" contenteditable="false"><div class="vote-box">'
                '<p class="vote-box__title">Ý kiến của bạn</p><p class="vote-box__question">%s</p><ul class="poll-options">%s</ul>'
                '<div class="vote-box__actions"><button type="button" class="btn-vote">Bình chọn</button><a href="#" class="btn-result">Xem kết quả</a></div>'
                '<p class="vote-box__count">1.248 lượt bình chọn</p></div></div>' % (rid(r, 6), esc(question), opts))
    m = {
        "p": lambda t: "<p>%s</p>" % esc(t),
        "h": lambda t: "<h2>%s</h2>" % esc(t),
        "img": lambda cap: vcc_photo(r, cap, cdn, pub),
        "poll": poll,
    }
    content = render(P16_BLOCKS, m)
    dfmt = lambda d: "%s %s" % (hm(d), dmy(d))
    samecat = news_items(r, 18, '<div class="box-category-item"><a class="box-category-link-with-avatar" href="[[url]]" title="[[atitle]]"><img src="[[img]]" alt="[[atitle]]"></a><h3><a class="box-category-link-title" href="[[url]]">[[title]]</a></h3><span class="box-category-time">[[date]]</span></div>',
                         base, dfmt, max_days=10)
    hot = news_items(r, 10, '<li><a href="[[url]]">[[title]]</a></li>', base)
    html_ = fill(P16_TPL, title=esc(title), atitle=q(title), sapo=esc(sapo), url=url, content=content, samecat=samecat, hot=hot,
                 menu=menu_html(r, base, "vcc"), css=VCC_CSS + css_block(r, "st", 90), ga=ga(r, "G-ST" + rhex(r, 8).upper()),
                 nid=nid, iso=iso(pub), desc=q(sapo))
    sc = sidecar("article", "vccorp", url, title=title, published_at=iso(pub), author="Phương Linh",
                 body=gold_body(sapo, P16_BLOCKS))
    return html_, sc


P16_TPL = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>[[title]]</title>
<meta name="description" content="[[desc]]">
<meta property="og:title" content="[[atitle]]">
<meta property="og:type" content="article">
<meta property="article:published_time" content="[[iso]]">
<link rel="canonical" href="[[url]]">
<style>[[css]]
.vote-box{border:1px solid #ddd;border-radius:8px;padding:16px;text-align:left;background:#fafafa}
.vote-box__title{font-weight:700;color:#d0021b;text-transform:uppercase}
.poll-option{list-style:none;padding:4px 0}
</style>
[[ga]]
</head>
<body>
<div class="header">
 <div class="header__top w1160"><span class="header__date">CHỦ NHẬT, 22/11/2026</span><a class="header__logo" href="https://songtre.vn"><img src="https://songtre.mediacdn.vn/web_images/logo-songtre.png" alt="Sóng Trẻ"></a><div class="header__tool"><a href="https://songtre.vn/tim-kiem.htm">Tìm kiếm</a><a href="https://id.songtre.vn">Đăng nhập</a></div></div>
 <ul class="header__menu w1160">[[menu]]</ul>
</div>
<div class="main w1160 clearfix">
 <div class="detail">
  <div class="detail-cate"><a href="https://songtre.vn/song-tre.htm">Sống trẻ</a><a href="https://songtre.vn/song-tre/xu-huong.htm">Xu hướng</a></div>
  <h1 class="detail-title" data-role="title">[[title]]</h1>
  <div class="detail-info"><div class="detail-author" data-role="author"><a href="https://songtre.vn/tac-gia/phuong-linh.htm">Phương Linh</a></div><span class="detail-time" data-role="publishdate">20/11/2026 20:15</span></div>
  <h2 class="detail-sapo" data-role="sapo">[[sapo]]</h2>
  <div class="detail-content afcbc-body" data-role="content">
[[content]]
  </div>
  <div class="detail-tags"><a href="https://songtre.vn/song-cham.html">sống chậm</a><a href="https://songtre.vn/du-lich-nong-nghiep.html">du lịch nông nghiệp</a><a href="https://songtre.vn/gioi-tre.html">giới trẻ</a></div>
  <div class="detail-emotion"><span>Cảm xúc của bạn:</span><a href="#">Thích</a><a href="#">Yêu thích</a><a href="#">Ngạc nhiên</a></div>
  <div class="box-category"><h3 class="box-category-title">Tin cùng chuyên mục</h3>
[[samecat]]
  </div>
 </div>
 <div class="sidebar"><div class="box-hot"><h3>Xem nhiều</h3><ol>[[hot]]</ol></div></div>
</div>
<div class="footer"><div class="w1160">
 <p>Sóng Trẻ - Chuyên trang của Tạp chí điện tử Thanh Niên Việt. Giấy phép số 263/GP-BTTTT ngày 12/6/2024.</p>
 <p>Địa chỉ: Tầng 5, số 1 Phạm Văn Bạch, phường Cầu Giấy, Hà Nội. Điện thoại: 024 6688 9900. Email: toasoan@songtre.vn</p>
</div></div>
<script>var newsId='[[nid]]';</script>
</body>
</html>
"""


# ====================================================================== p17  short vertical video
P17_BLOCKS = [
    ("vcap", "Niềm vui của học sinh đặc khu Cô Tô trong ngày khai giảng năm học mới."),
    ("p", "Ngôi trường mới có tổng diện tích sàn hơn 6.000 m2, gồm 32 phòng học, thư viện, phòng thực hành tin học, ngoại ngữ và nhà đa năng. Công trình được khởi công từ tháng 9/2025 với tổng mức đầu tư khoảng 120 tỷ đồng, thay thế cho dãy phòng học cũ đã xuống cấp sau nhiều năm chịu ảnh hưởng của gió bão."),
    ("p", "Em Vũ Ngọc Hân, học sinh lớp 8, không giấu được niềm vui khi lần đầu bước vào lớp học mới. “Phòng học rộng, có điều hòa và màn hình lớn. Năm nay chúng em còn được học tin học ở phòng máy riêng”, Hân nói."),
    ("p", "Thầy Phạm Văn Cường, Hiệu trưởng nhà trường, cho biết năm học này trường có 34 giáo viên, trong đó có 6 giáo viên từ đất liền tình nguyện ra đảo công tác. Nhà trường sẽ tổ chức dạy học hai buổi mỗi ngày và mở thêm các câu lạc bộ kỹ năng bơi lội, phòng chống đuối nước cho học sinh."),
    ("p", "Cùng ngày, các trường học trên địa bàn đặc khu đồng loạt tổ chức lễ khai giảng. Nhiều gia đình ngư dân tranh thủ gác lại chuyến biển để đưa con đến trường."),
]


@page("p17")
def p17(r):
    base = "https://nhiptre.vn"
    title = "Học sinh đặc khu Cô Tô hào hứng khai giảng trong ngôi trường mới"
    sapo = "Sáng 5/9, hơn 600 học sinh ở đặc khu Cô Tô (tỉnh Quảng Ninh) dự lễ khai giảng năm học 2026-2027 trong ngôi trường liên cấp vừa được xây dựng khang trang bên bờ biển."
    pub_utc = "2026-09-05T01:20:00.000Z"
    pub = "2026-09-05T08:20:00+07:00"
    nid = "215260905082011093"
    url = "%s/video/hoc-sinh-dac-khu-co-to-hao-hung-khai-giang-trong-ngoi-truong-moi-%s.chn" % (base, nid)

    def vcap(cap):
        return ('<div class="VCSortableInPreviewMode" type="VideoStream" data-vid="nhiptre.mediacdn.vn/2026/9/5/co-to-khai-giang-%s.mp4" data-ratio="9:16" style="max-width:420px;margin:0 auto">'
                '<div class="vc-player"><div class="vc-player__title">Học sinh Cô Tô khai giảng trong trường mới</div>'
                '<video playsinline controls poster="https://nhiptre.mediacdn.vn/2026/9/5/co-to-poster.jpg" width="405" height="720">'
                '<source src="https://nhiptre.mediacdn.vn/2026/9/5/co-to-khai-giang.mp4" type="video/mp4">Trình duyệt của bạn không hỗ trợ phát video.</video>'
                '<div class="vc-player__bar"><span class="vc-time">00:00 / 01:12</span><span class="vc-hd">HD</span><span class="vc-mute">Tắt tiếng</span></div></div>'
                '<div class="VideoCMS_Caption"><p data-placeholder="[nhập chú thích]">%s</p></div></div>' % (rhex(r, 8), esc(cap)))
    m = {"p": lambda t: "<p>%s</p>" % esc(t), "vcap": vcap}
    content = render(P17_BLOCKS, m)
    jsonld = json.dumps({"@context": "https://schema.org", "@type": "VideoObject", "name": title, "description": sapo,
                         "thumbnailUrl": "https://nhiptre.mediacdn.vn/2026/9/5/co-to-poster.jpg", "uploadDate": pub_utc,
                         "duration": "PT1M12S", "contentUrl": "https://nhiptre.mediacdn.vn/2026/9/5/co-to-khai-giang.mp4"}, ensure_ascii=False)
    jsonld2 = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": pub_utc,
                          "dateModified": "2026-09-05T02:02:41.000Z", "author": [{"@type": "Person", "name": "Bảo Ngọc"}],
                          "publisher": {"@type": "Organization", "name": "Nhịp Trẻ"}}, ensure_ascii=False)
    videos = news_items(r, 16, '<div class="video-item"><a href="[[url]]" class="video-thumb"><img src="[[img]]" alt=""><span class="video-icon"></span></a><h3><a href="[[url]]">[[title]]</a></h3></div>', base)
    html_ = fill(P17_TPL, title=esc(title), atitle=q(title), sapo=esc(sapo), url=url, content=content, videos=videos,
                 menu=menu_html(r, base, "vcc"), css=VCC_CSS + css_block(r, "nt", 60), ga=ga(r, "G-NTR" + rhex(r, 7).upper()),
                 jsonld=jsonld, jsonld2=jsonld2, nid=nid, desc=q(sapo))
    sc = sidecar("article", "vccorp", url, title=title, published_at=pub, author="Bảo Ngọc, Hữu Đạt",
                 body=gold_body(sapo, P17_BLOCKS))
    return html_, sc


P17_TPL = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>[[title]]</title>
<meta name="description" content="[[desc]]">
<meta property="og:title" content="[[atitle]]">
<meta property="og:type" content="video.other">
<link rel="canonical" href="[[url]]">
<script type="application/ld+json">[[jsonld]]</script>
<script type="application/ld+json">[[jsonld2]]</script>
<style>[[css]]</style>
[[ga]]
</head>
<body class="video-detail">
<div class="header"><div class="w1160"><span class="date">Chủ nhật 22/11/2026</span><a class="logo" href="https://nhiptre.vn"><img src="https://nhiptre.mediacdn.vn/logo.svg" alt="Nhịp Trẻ"></a><a href="https://nhiptre.vn/video.chn" class="video-home">Video</a><a href="https://id.nhiptre.vn">Đăng nhập</a></div>
<ul class="menu w1160">[[menu]]</ul></div>
<div class="w1160 main">
 <div class="video-detail-left">
  <ul class="breadcrumb"><li><a href="https://nhiptre.vn/video.chn">Video</a></li><li><a href="https://nhiptre.vn/video/giao-duc.chn">Giáo dục</a></li></ul>
  <h1 class="kbwc-title">[[title]]</h1>
  <div class="kbwc-meta"><span class="kbwcm-author">Thực hiện: Bảo Ngọc - Quay phim: Hữu Đạt</span><span class="kbwcm-time">05/09/2026 08:20</span></div>
  <h2 class="knc-sapo">[[sapo]]</h2>
  <div class="knc-content detail-content afcbc-body">
[[content]]
  </div>
  <div class="kbwc-socials"><a href="#">Chia sẻ</a><a href="#">Nhúng video</a><a href="#">Báo lỗi</a></div>
 </div>
 <div class="video-detail-right"><h3>Video khác</h3>
[[videos]]
 </div>
</div>
<div class="footer"><div class="w1160"><p>Nhịp Trẻ - Chuyên trang video của Báo điện tử Đời Sống Mới. Giấy phép số 221/GP-BTTTT ngày 30/5/2024.</p><p>Địa chỉ: Tầng 12, tòa nhà Sao Mai, 68 Nguyễn Huy Tưởng, phường Thanh Xuân, Hà Nội.</p></div></div>
<script>var videoNewsId='[[nid]]';</script>
</body>
</html>
"""


# ====================================================================== p18  Next.js, text also in __NEXT_DATA__
P18_BLOCKS = [
    ("p", "Theo Sở Khoa học và Công nghệ TP.HCM, trợ lý ảo được xây dựng trên nền tảng trí tuệ nhân tạo tạo sinh, được huấn luyện với dữ liệu của hơn 1.800 thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã và các văn bản hướng dẫn liên quan. Người dân có thể đặt câu hỏi bằng tiếng Việt thông thường, kể cả giọng địa phương."),
    ("p", "Trong giai đoạn đầu, trợ lý ảo được đặt tại các ki-ốt thông minh ở khu vực chờ của trung tâm, đồng thời tích hợp trên ứng dụng công dân số của thành phố. Sau khi được hướng dẫn, người dân có thể điền tờ khai điện tử ngay tại ki-ốt và nhận mã hồ sơ để theo dõi."),
    ("h", "Giảm tải cho cán bộ tiếp nhận"),
    ("p", "Ông Lâm Quốc Thịnh, Phó Giám đốc Sở Khoa học và Công nghệ, cho biết sau khi sắp xếp đơn vị hành chính, số lượng hồ sơ tại nhiều phường, xã tăng gấp hai đến ba lần, trong khi phần lớn câu hỏi của người dân lặp đi lặp lại. “Trợ lý ảo sẽ trả lời các câu hỏi phổ biến, giúp cán bộ có thêm thời gian tập trung thẩm định hồ sơ”, ông Thịnh nói."),
    ("p", "Qua thời gian chạy thử tại 5 phường từ tháng 7, trợ lý ảo đã tiếp nhận hơn 21.000 lượt hỏi đáp, tỷ lệ câu trả lời được người dân đánh giá hữu ích đạt 87%. Thời gian chờ hướng dẫn trung bình tại các điểm thí điểm giảm từ 15 phút xuống còn khoảng 4 phút."),
    ("img", "Người dân sử dụng ki-ốt trợ lý ảo tại trung tâm phục vụ hành chính công phường Bến Thành. Ảnh: Khánh Linh"),
    ("h", "Bảo đảm an toàn dữ liệu"),
    ("p", "Về vấn đề bảo mật, đại diện đơn vị phát triển cho biết toàn bộ dữ liệu được lưu trữ tại trung tâm dữ liệu của thành phố, không sử dụng thông tin cá nhân của người dân để huấn luyện mô hình. Hệ thống chỉ truy cập dữ liệu hồ sơ khi người dân chủ động đăng nhập bằng tài khoản định danh điện tử."),
    ("p", "Theo kế hoạch, đến cuối năm 2025, trợ lý ảo sẽ được triển khai tại tất cả các trung tâm phục vụ hành chính công cấp xã trên địa bàn thành phố. Sở Khoa học và Công nghệ cũng sẽ bổ sung tính năng hỗ trợ tiếng Anh, tiếng Hoa và tiếng Khmer để phục vụ người nước ngoài và đồng bào dân tộc."),
]


@page("p18")
def p18(r):
    base = "https://thoidaiso.vn"
    title = "TP.HCM đưa trợ lý ảo vào hướng dẫn thủ tục hành chính tại 40 phường, xã"
    sapo = "Từ ngày 15/8, người dân đến làm thủ tục tại 40 trung tâm phục vụ hành chính công phường, xã ở TP.HCM có thể hỏi đáp với trợ lý ảo bằng giọng nói để được hướng dẫn chuẩn bị hồ sơ, tra cứu tiến độ giải quyết."
    pub = datetime.datetime(2025, 8, 14, 16, 45, 0)
    slug_ = "tp-hcm-dua-tro-ly-ao-vao-huong-dan-thu-tuc-hanh-chinh-tai-40-phuong-xa"
    url = "%s/chuyen-doi-so/%s-a20719.html" % (base, slug_)
    img_src = "https://cdn.thoidaiso.vn/2025/08/14/kiot-tro-ly-ao-%s.jpg" % rhex(r, 8)
    cls = {k: "%s__%s" % (k, rhex(r, 5)) for k in ("ArticleBody_content", "ArticleBody_para", "ArticleBody_h2", "ArticleBody_figure", "ArticleBody_caption")}

    def fig(cap):
        return ('<figure class="%s"><span style="box-sizing:border-box;display:block;overflow:hidden;position:relative"><img alt="%s" src="/_next/image?url=%s&amp;w=1200&amp;q=75" decoding="async" style="position:absolute;inset:0;width:100%%"></span>'
                '<figcaption class="%s">%s</figcaption></figure>' % (cls["ArticleBody_figure"], q(cap.split(". Ảnh")[0]), q(img_src), cls["ArticleBody_caption"], esc(cap)))
    m = {
        "p": lambda t: '<p class="%s">%s</p>' % (cls["ArticleBody_para"], esc(t)),
        "h": lambda t: '<h2 class="%s">%s</h2>' % (cls["ArticleBody_h2"], esc(t)),
        "img": fig,
    }
    content = render(P18_BLOCKS, m)
    # the CMS HTML of the article, as the Next.js page props carry it
    cms = []
    for b in P18_BLOCKS:
        if b[0] == "p":
            cms.append("<p>%s</p>" % esc(b[1]))
        elif b[0] == "h":
            cms.append("<h2>%s</h2>" % esc(b[1]))
        elif b[0] == "img":
            cms.append('<figure><img src="%s" alt=""><figcaption>%s</figcaption></figure>' % (img_src, esc(b[1])))
    rel = []
    for t in r.sample(HEADLINES, 12):
        rel.append({"id": int(rid(r, 5)), "title": t, "slug": slug(t), "sapo": r.choice(SAPOS),
                    "thumbnail": "https://cdn.thoidaiso.vn/thumb/%s.jpg" % rhex(r, 12),
                    "publishedAt": (rdt(r, 200) - datetime.timedelta(days=460)).strftime("%Y-%m-%dT%H:%M:%S.000Z")})
    menu = [{"id": i + 1, "name": c, "slug": slug(c), "children": [{"name": s, "slug": slug(s)} for s in subs]} for i, (c, subs) in enumerate(MENU)]
    nd = {"props": {"pageProps": {"article": {"id": 20719, "title": title, "slug": slug_, "sapo": sapo, "content": "".join(cms),
                                              "author": {"id": 88, "name": "Khánh Linh", "slug": "khanh-linh"},
                                              "category": {"id": 12, "name": "Chuyển đổi số", "slug": "chuyen-doi-so"},
                                              "publishedAt": "2025-08-14T09:45:00.000Z", "updatedAt": "2025-08-14T10:31:12.000Z",
                                              "tags": ["trợ lý ảo", "TP.HCM", "thủ tục hành chính", "AI"], "views": 15230},
                                  "related": rel, "menu": menu}, "__N_SSG": True},
          "page": "/[category]/[slug]", "query": {"category": "chuyen-doi-so", "slug": slug_ + "-a20719"},
          "buildId": "tds-" + rhex(r, 12), "isFallback": False, "gsp": True, "locale": "vi", "locales": ["vi"], "defaultLocale": "vi", "scriptLoader": []}
    ndjson = json.dumps(nd, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    relhtml = "".join('<li class="RelatedList_item__%s"><a href="/%s-a%s.html">%s</a></li>' % (rhex(r, 4), x["slug"], x["id"], esc(x["title"])) for x in rel)
    navhtml = "".join('<li><a href="/%s">%s</a></li>' % (x["slug"], esc(x["name"])) for x in menu)
    chunks = "\n".join('<script src="/_next/static/chunks/%s-%s.js" defer=""></script>' % (n, rhex(r, 16)) for n in ["webpack", "framework", "main", "pages/_app", "pages/[category]/[slug]"])
    html_ = fill(P18_TPL, title=esc(title), atitle=q(title), sapo=esc(sapo), url=url, content=content, nd=ndjson, rel=relhtml, nav=navhtml,
                 chunks=chunks, iso=iso(pub), cbody=cls["ArticleBody_content"], desc=q(sapo), build=nd["buildId"])
    sc = sidecar("article", "nextjs", url, title=title, published_at=iso(pub), author="Khánh Linh",
                 body=gold_body(sapo, P18_BLOCKS))
    return html_, sc


P18_TPL = """<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>[[title]] | Thời Đại Số</title><meta name="description" content="[[desc]]"/><meta property="og:title" content="[[atitle]]"/><meta property="article:published_time" content="[[iso]]"/><link rel="canonical" href="[[url]]"/><meta name="next-head-count" content="7"/><link rel="preload" href="/_next/static/css/a91c2e0b7d5f3c41.css" as="style"/><link rel="stylesheet" href="/_next/static/css/a91c2e0b7d5f3c41.css" data-n-g=""/><noscript data-n-css=""></noscript>
[[chunks]]
<script src="/_next/static/[[build]]/_buildManifest.js" defer=""></script><script src="/_next/static/[[build]]/_ssgManifest.js" defer=""></script></head><body><div id="__next"><div class="Layout_wrapper__kP2s1"><header class="Header_header__Q8dM1"><div class="Header_top__3nTz0"><span class="Header_today__mB0f2">Chủ nhật, 22/11/2026</span><a class="Header_logo__9fLk2" href="/"><img alt="Thời Đại Số" src="/logo.svg" width="180" height="40"/></a><button class="Header_search__u2Lx7" aria-label="Tìm kiếm">Tìm kiếm</button><a class="Header_login__Tc9e1" href="/dang-nhap">Đăng nhập</a></div><nav class="Header_nav__1XwVb"><ul>[[nav]]</ul></nav></header><main class="Article_main__d4Rt6"><div class="Article_breadcrumb__Hh7aP"><a href="/chuyen-doi-so">Chuyển đổi số</a></div><article class="Article_article__zQ9bn"><h1 class="Article_title__1oWl3">[[title]]</h1><div class="Article_meta__vV3c8"><a class="Article_author__J2kq9" href="/tac-gia/khanh-linh">Khánh Linh</a><span class="Article_dot__w1">•</span><time class="Article_time__Pz7s0" dateTime="2025-08-14T09:45:00.000Z">16:45 14/8/2025</time></div><p class="Article_sapo__Lm3e1">[[sapo]]</p><div class="[[cbody]]">
[[content]]
</div><div class="Article_tags__cX1y2"><a href="/tag/tro-ly-ao">trợ lý ảo</a><a href="/tag/tp-hcm">TP.HCM</a><a href="/tag/thu-tuc-hanh-chinh">thủ tục hành chính</a></div><div class="Article_share__e9"><button>Chia sẻ</button><button>Sao chép liên kết</button></div></article><aside class="Article_aside__N5f0d"><h3>Đọc thêm</h3><ul>[[rel]]</ul></aside></main><footer class="Footer_footer__7gHk2"><p>Thời Đại Số - Tạp chí điện tử về công nghệ và chuyển đổi số. Giấy phép số 289/GP-BTTTT ngày 18/9/2023.</p><p>Địa chỉ: 12 Lê Duẩn, phường Sài Gòn, TP.HCM. Email: toasoan@thoidaiso.vn</p></footer></div></div><script id="__NEXT_DATA__" type="application/json">[[nd]]</script></body></html>
"""


# ====================================================================== p19  UTC machine date crossing midnight
P19_BLOCKS = [
    ("p", "Tại Hội chợ Thực phẩm và Đồ uống quốc tế diễn ra ở Dubai trong ba ngày 12-14/10, gian hàng chung của 18 doanh nghiệp Việt Nam thu hút đông đảo nhà nhập khẩu và đại diện các chuỗi bán lẻ trong khu vực. Các sản phẩm được quan tâm nhiều nhất là sầu riêng đông lạnh, thanh long, chuối, bưởi da xanh và dừa tươi."),
    ("p", "Bà Trương Thị Ngọc, Giám đốc một doanh nghiệp xuất khẩu trái cây tại Đồng Tháp, cho biết trong ba ngày hội chợ, doanh nghiệp đã ký được hai hợp đồng nguyên tắc với tổng giá trị khoảng 3 triệu USD. “Người tiêu dùng Trung Đông có thu nhập cao, sẵn sàng trả giá tốt cho trái cây nhiệt đới chất lượng. Nhưng họ rất khắt khe về mẫu mã, độ đồng đều và thời gian giao hàng”, bà Ngọc nói."),
    ("img", "Trái cây Việt Nam được giới thiệu tại Hội chợ Thực phẩm và Đồ uống quốc tế ở Dubai. Ảnh: Phạm Tuấn"),
    ("h", "Chi phí vận chuyển vẫn là rào cản"),
    ("p", "Theo Thương vụ Việt Nam tại UAE, kim ngạch xuất khẩu rau quả của Việt Nam sang khu vực Trung Đông trong 9 tháng năm 2026 đạt khoảng 190 triệu USD, tăng 27% so với cùng kỳ. Dù vậy, con số này mới chiếm chưa đến 2% tổng nhu cầu nhập khẩu rau quả của khu vực."),
    ("p", "Một trong những trở ngại lớn nhất là chi phí và thời gian vận chuyển. Hàng trái cây tươi đi đường biển từ Việt Nam sang các cảng vùng Vịnh mất từ 18 đến 22 ngày, trong khi vận chuyển bằng đường hàng không có chi phí cao gấp bốn đến năm lần. Nhiều doanh nghiệp đang thử nghiệm công nghệ bảo quản mới để kéo dài thời gian tươi của sản phẩm."),
    ("p", "Ngoài ra, các sản phẩm chế biến như nước ép, trái cây sấy, đồ ăn vặt cần có chứng nhận Halal mới có thể vào được hệ thống siêu thị lớn. Số doanh nghiệp Việt Nam trong lĩnh vực rau quả đạt chứng nhận này hiện còn khá khiêm tốn."),
    ("h", "Tận dụng lợi thế từ các hiệp định"),
    ("p", "Ông Đoàn Minh Khải, Tham tán Thương mại Việt Nam tại UAE, cho biết hiệp định đối tác kinh tế toàn diện giữa Việt Nam và UAE có hiệu lực đã tạo điều kiện để nhiều mặt hàng nông sản được hưởng thuế suất ưu đãi. Thương vụ sẽ tiếp tục phối hợp với các hiệp hội ngành hàng tổ chức kết nối giao thương, đưa doanh nghiệp đến gặp trực tiếp các nhà nhập khẩu lớn."),
    ("p", "“Trung Đông là thị trường có sức mua lớn và ổn định. Nếu doanh nghiệp đầu tư bài bản về chất lượng, bao bì và xây dựng thương hiệu, trái cây Việt hoàn toàn có thể cạnh tranh với sản phẩm của các nước trong khu vực”, ông Khải nhận định."),
]


@page("p19")
def p19(r):
    base = "https://vietthongplus.vn"
    title = "Trái cây Việt tìm chỗ đứng tại thị trường Trung Đông"
    sapo = "Sau hai năm xúc tiến, trái cây tươi của Việt Nam đã có mặt tại hệ thống siêu thị lớn ở Các Tiểu vương quốc Arab Thống nhất (UAE) và Saudi Arabia. Tuy nhiên, để mở rộng thị phần, doanh nghiệp cần giải quyết bài toán logistics và chứng nhận Halal."
    url = base + "/trai-cay-viet-tim-cho-dung-tai-thi-truong-trung-dong-post1107455.vtp"
    m = {
        "p": lambda t: "<p>%s</p>" % esc(t),
        "h": lambda t: "<h2>%s</h2>" % esc(t),
        "img": lambda cap: ('<div class="article-photo"><img src="https://media.vietthongplus.vn/images/2026/10/15/%s.jpg" alt="%s" class="cms-photo"><span class="article-photo-caption">%s</span></div>' % (
            rhex(r, 24), q(cap.split(". Ảnh")[0]), esc(cap))),
    }
    content = render(P19_BLOCKS, m)
    latest = news_items(r, 24, '<article class="story story--small"><a class="story__thumb" href="[[url]]"><img src="[[img]]" alt="[[atitle]]"></a><h3 class="story__heading"><a href="[[url]]">[[title]]</a></h3><time class="story__time">[[date]]</time></article>',
                        base, lambda d: "%s %s" % (hm(d), dmy(d)), max_days=4)
    html_ = fill(P19_TPL, title=esc(title), atitle=q(title), sapo=esc(sapo), url=url, content=content, latest=latest,
                 menu=menu_html(r, base, "mega"), css=css_block(r, "vt", 110), ga=ga(r, "G-VTP" + rhex(r, 7).upper()), desc=q(sapo))
    sc = sidecar("article", "custom", url, title=title, published_at="2026-10-15T00:30:00+07:00", author="PHẠM TUẤN (Phân xã Dubai)",
                 body=gold_body(sapo, P19_BLOCKS))
    return html_, sc


P19_TPL = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>[[title]] | Việt Thông Plus</title>
<meta name="description" content="[[desc]]">
<meta property="og:title" content="[[atitle]]">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-10-14T17:30:00Z">
<meta property="article:modified_time" content="2026-10-14T18:02:11Z">
<link rel="canonical" href="[[url]]">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"[[atitle]]","datePublished":"2026-10-14T17:30:00Z","dateModified":"2026-10-14T18:02:11Z","author":{"@type":"Person","name":"Phạm Tuấn"},"publisher":{"@type":"Organization","name":"Việt Thông Plus"}}</script>
<style>
body{margin:0;font-family:"Open Sans",Arial,sans-serif}
.container{max-width:1170px;margin:0 auto}
.article__author{font-weight:700;text-transform:none}
[[css]]
</style>
[[ga]]
</head>
<body>
<header class="site-header"><div class="container header__row"><span class="header__date">Chủ Nhật, 22/11/2026</span><a class="header__logo" href="https://vietthongplus.vn"><img src="https://media.vietthongplus.vn/logo.svg" alt="Việt Thông Plus"></a><div class="header__langs"><a href="https://en.vietthongplus.vn">English</a><a href="https://cn.vietthongplus.vn">中文</a></div></div>
<nav class="site-nav"><ul class="container">[[menu]]</ul></nav></header>
<main class="container">
 <div class="breadcrumbs"><a href="https://vietthongplus.vn/kinh-te/">Kinh tế</a> <a href="https://vietthongplus.vn/kinh-te/xuat-nhap-khau/">Xuất nhập khẩu</a></div>
 <article class="article">
  <h1 class="article__title cms-title">[[title]]</h1>
  <div class="article__meta"><time class="article__time">00:30 15/10/2026</time><span class="article__views">3.917 lượt xem</span></div>
  <div class="article__sapo cms-desc">[[sapo]]</div>
  <div class="article__body cms-body">
[[content]]
  </div>
  <p class="article__author cms-author">PHẠM TUẤN (Phân xã Dubai)</p>
  <div class="article__tags"><a href="https://vietthongplus.vn/tag/xuat-khau-trai-cay.vtp">xuất khẩu trái cây</a><a href="https://vietthongplus.vn/tag/trung-dong.vtp">Trung Đông</a><a href="https://vietthongplus.vn/tag/halal.vtp">Halal</a></div>
  <div class="article__tools"><a href="#">In</a><a href="#">Chia sẻ</a><a href="#">Báo lỗi</a></div>
 </article>
 <aside class="sidebar"><h3 class="box-heading">Tin mới nhất</h3>
[[latest]]
 </aside>
</main>
<footer class="site-footer"><div class="container">
 <p>Việt Thông Plus - Báo điện tử của Thông tấn Việt. Giấy phép số 1190/GP-BTTTT ngày 25/11/2021.</p>
 <p>Tòa soạn: 5 Lý Thường Kiệt, phường Cửa Nam, Hà Nội. Điện thoại: 024 3941 1348.</p>
 <p>© Bản quyền thuộc về Việt Thông Plus.</p>
</div></footer>
</body>
</html>
"""


# ====================================================================== p20  late-night breaking news, date in caption
P20_BLOCKS = [
    ("p", "Khoảng 21h, công nhân đang làm ca đêm tại xưởng sản xuất đồ gỗ nội thất của một công ty trên đường Nguyễn Văn Hoa, phường Tam Phước, phát hiện khói bốc lên từ khu vực kho chứa gỗ thành phẩm. Chỉ ít phút sau, ngọn lửa bùng phát dữ dội, lan nhanh sang khu vực sơn và đóng gói."),
    ("p", "Anh Lê Văn Tùng, công nhân của xưởng, kể lúc đó khoảng 200 người đang làm việc. “Nghe tiếng hô cháy, chuông báo động reo lên, mọi người bỏ hết đồ đạc chạy ra cổng. Lửa cháy rất nhanh vì trong xưởng toàn gỗ, sơn và dung môi”, anh Tùng nói."),
    ("img", "Hiện trường vụ cháy lúc 21h30 ngày 21/11/2026. Ảnh: Nhóm PV"),
    ("p", "Nhận tin báo, Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Đồng Nai đã điều động 12 xe chữa cháy cùng hơn 80 cán bộ, chiến sĩ đến hiện trường. Lực lượng chức năng chia thành nhiều mũi tiếp cận, vừa phun nước dập lửa, vừa tạo vành đai ngăn cháy lan sang các nhà xưởng lân cận."),
    ("p", "Do khu vực cháy chứa nhiều vật liệu dễ cháy, khói đen bốc cao hàng chục mét, có thể nhìn thấy từ cách xa vài km. Công an phường Tam Phước phối hợp với lực lượng dân quân phong tỏa các tuyến đường xung quanh, phân luồng giao thông để xe chữa cháy tiếp cận hiện trường."),
    ("img", "Lực lượng chữa cháy tiếp cận đám cháy từ nhiều hướng. Ảnh: Nhóm PV"),
    ("p", "Đến khoảng 23h cùng ngày, đám cháy cơ bản được khống chế. Vụ cháy không gây thiệt hại về người, tuy nhiên nhiều máy móc, nhà xưởng và hàng hóa bị thiêu rụi. Diện tích bị cháy ước tính khoảng 3.000 m2."),
    ("p", "Lực lượng chức năng tiếp tục phun nước làm mát, chống cháy lại. Cơ quan công an sẽ tiến hành khám nghiệm hiện trường vào sáng 22/11 để làm rõ nguyên nhân vụ cháy và thống kê thiệt hại."),
]


@page("p20")
def p20(r):
    base = "https://anninhdothi.vn"
    title = "Cháy lớn tại xưởng sản xuất đồ gỗ ở Đồng Nai, hàng trăm công nhân thoát nạn"
    sapo = "Tối 21/11, một đám cháy lớn bùng phát tại xưởng sản xuất đồ gỗ nội thất ở phường Tam Phước, tỉnh Đồng Nai. Hàng trăm công nhân làm ca đêm đã kịp thời sơ tán ra ngoài an toàn."
    pub = datetime.datetime(2026, 11, 21, 23, 40, 0)
    url = base + "/phap-luat/chay-lon-tai-xuong-san-xuat-do-go-o-dong-nai-hang-tram-cong-nhan-thoat-nan-i784512/"
    m = {
        "p": lambda t: '<p class="Normal">%s</p>' % esc(t),
        "img": lambda cap: ('<table class="tplCaption" border="0" cellspacing="0" cellpadding="3" width="100%%" align="center"><tbody><tr><td><img src="https://i.anninhdothi.vn/2026/11/21/%s.jpg" alt="%s" width="680"></td></tr>'
                            '<tr><td><p class="Image">%s</p></td></tr></tbody></table>' % (rhex(r, 18), q(cap.split(". Ảnh")[0]), esc(cap))),
    }
    content = render(P20_BLOCKS, m)
    dfmt = lambda d: "%s, %s - %s" % (WD_LOW[d.weekday()], dmy(d), hm(d))
    hot = news_items(r, 12, '<li class="hot-item"><a href="[[url]]">[[title]]</a><span class="hot-time">[[date]]</span></li>', base, dfmt, max_days=2)
    samecat = news_items(r, 14, '<div class="list-news__item"><a href="[[url]]" class="list-news__thumb"><img src="[[img]]" alt="[[atitle]]"></a><h3 class="list-news__title"><a href="[[url]]">[[title]]</a></h3><p class="list-news__sapo">[[sapo]]</p></div>', base, sapo=True)
    html_ = fill(P20_TPL, title=esc(title), atitle=q(title), sapo=esc(sapo), url=url, content=content, hot=hot, samecat=samecat,
                 menu=menu_html(r, base, "plain"), css=css_block(r, "an", 90), ga=ga(r, "G-AN" + rhex(r, 8).upper()), desc=q(sapo))
    sc = sidecar("article", "custom", url, title=title, published_at=iso(pub), author="Nhóm PV",
                 body=gold_body(sapo, P20_BLOCKS))
    return html_, sc


P20_TPL = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>[[title]] - An Ninh Đô Thị</title>
<meta name="description" content="[[desc]]">
<meta property="og:title" content="[[atitle]]">
<meta property="og:type" content="article">
<link rel="canonical" href="[[url]]">
<style>
body{margin:0;font-family:Arial,sans-serif}
.container{width:1100px;margin:0 auto}
.breaking{background:#c00;color:#fff;font-weight:700;padding:2px 8px;font-size:12px}
.Normal{font-size:17px;line-height:1.6}
.tplCaption .Image{font-size:14px;color:#444;font-style:italic;text-align:center}
[[css]]
</style>
[[ga]]
</head>
<body>
<div class="top"><div class="container"><span class="top__date">Chủ nhật, 22/11/2026 | 14:10</span><span class="top__hotline">Đường dây nóng: 0969 115 113</span><a href="https://anninhdothi.vn/dang-nhap/">Đăng nhập</a></div></div>
<div class="header"><div class="container"><a class="logo" href="https://anninhdothi.vn"><img src="https://i.anninhdothi.vn/static/logo-andt.png" alt="An Ninh Đô Thị"></a><form class="search" action="https://anninhdothi.vn/tim-kiem/"><input name="q" placeholder="Nhập từ khóa..."></form></div></div>
<div class="nav"><ul class="container">[[menu]]</ul></div>
<div class="container main">
 <div class="left">
  <div class="breadcrumb"><a href="https://anninhdothi.vn/phap-luat/">Pháp luật</a> / <a href="https://anninhdothi.vn/phap-luat/phong-chay-chua-chay/">Phòng cháy chữa cháy</a></div>
  <div class="article-header">
   <span class="breaking">NÓNG</span>
   <h1 class="article-title">[[title]]</h1>
   <div class="article-meta"><span class="article-author">Nhóm PV</span> <span class="article-date">Thứ bảy, 21/11/2026 - 23:40</span></div>
  </div>
  <p class="article-sapo"><strong>[[sapo]]</strong></p>
  <div class="article-body" id="article-body">
[[content]]
  </div>
  <div class="article-footer"><a href="#" class="btn-fb">Facebook</a><a href="#" class="btn-zalo">Zalo</a><a href="#" class="btn-print">In bài</a></div>
  <div class="list-news"><h3 class="list-news__heading">Tin cùng chuyên mục</h3>
[[samecat]]
  </div>
 </div>
 <div class="right"><div class="box-hot"><h3>Tin nóng 24h</h3><ul>[[hot]]</ul></div></div>
</div>
<div class="footer"><div class="container">
 <p>An Ninh Đô Thị - Tạp chí điện tử. Giấy phép số 405/GP-BTTTT ngày 22/9/2023. Tổng biên tập: Hà Minh Quân.</p>
 <p>Địa chỉ: 92 Nguyễn Du, phường Hai Bà Trưng, Hà Nội. Điện thoại: 024 3946 1100.</p>
</div></div>
</body>
</html>
"""


# ====================================================================== non-article pages
@page("n01")
def n01(r):
    base = "https://songha.vn"
    url = base + "/thoi-su.htm"
    dfmt = lambda d: "%s %s" % (dmy(d), hm(d))
    focus = news_items(r, 4, '<div class="focus-item"><a href="[[url]]" title="[[atitle]]"><img src="[[img]]" alt="[[atitle]]"></a><h2><a href="[[url]]">[[title]]</a></h2><p class="sapo">[[sapo]]</p></div>', base, sapo=True, max_days=1)
    items = news_items(r, 30, '<div class="news-stream-item"><a class="nsi-thumb" href="[[url]]"><img src="[[img]]" alt="[[atitle]]" loading="lazy"></a><div class="nsi-info"><h3><a href="[[url]]" title="[[atitle]]">[[title]]</a></h3><p class="nsi-sapo">[[sapo]]</p><span class="nsi-time">[[date]]</span></div></div>',
                       base, dfmt, sapo=True, max_days=6)
    html_ = fill(N01_TPL, menu=menu_html(r, base, "vcc"), focus=focus, items=items, css=VCC_CSS + css_block(r, "sh", 40), ga=ga(r, "G-SH" + rhex(r, 8).upper()))
    return html_, sidecar("listing", "vccorp", url)


N01_TPL = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Thời sự - Tin tức thời sự trong nước mới nhất | Sóng Hà</title>
<meta name="description" content="Tin tức thời sự, chính trị, xã hội trong nước cập nhật liên tục 24h.">
<link rel="canonical" href="https://songha.vn/thoi-su.htm">
<style>[[css]]</style>
[[ga]]
</head>
<body>
<header class="sh-header"><div class="header-top container"><span class="ht-date">Chủ Nhật, 22/11/2026</span><a class="logo" href="https://songha.vn"><img src="https://songha.mediacdn.vn/web_images/songha-logo.png" alt="Sóng Hà"></a><a class="login" href="https://id.songha.vn">Đăng nhập</a></div>
<nav class="main-menu"><ul class="container">[[menu]]</ul></nav></header>
<main class="container cate-page">
 <h1 class="cate-title">Thời sự</h1>
 <ul class="cate-sub"><li><a href="https://songha.vn/thoi-su/chinh-tri.htm">Chính trị</a></li><li><a href="https://songha.vn/thoi-su/xa-hoi.htm">Xã hội</a></li><li><a href="https://songha.vn/thoi-su/moi-truong.htm">Môi trường</a></li><li><a href="https://songha.vn/thoi-su/quoc-phong.htm">Quốc phòng</a></li></ul>
 <section class="cate-focus">
[[focus]]
 </section>
 <section class="cate-stream">
[[items]]
 </section>
 <div class="pagination"><span class="current">1</span><a href="https://songha.vn/thoi-su/trang-2.htm">2</a><a href="https://songha.vn/thoi-su/trang-3.htm">3</a><a href="https://songha.vn/thoi-su/trang-4.htm">4</a><a href="https://songha.vn/thoi-su/trang-2.htm" class="next">Trang sau</a></div>
</main>
<footer class="sh-footer"><div class="container"><p>BÁO ĐIỆN TỬ SÓNG HÀ. Giấy phép hoạt động báo điện tử số 215/GP-BVHTTDL ngày 14/10/2025.</p><p>Tòa soạn: Số 25 Lý Thường Kiệt, phường Cửa Nam, Hà Nội.</p></div></footer>
</body>
</html>
"""


@page("n02")
def n02(r):
    base = "https://photaichinh.vn"
    url = base + "/tim-kiem.chn?keywords=l%C3%A3i%20su%E1%BA%A5t"
    dfmt = lambda d: "%s - %s" % (dmy(d, "-"), d.strftime("%I:%M %p"))
    pool = FIN_HEADLINES + [h for h in HEADLINES if "lãi" in h.lower() or "giá" in h.lower()]
    items = news_items(r, 20, '<div class="item search-item"><a class="avatar" href="[[url]]"><img src="[[img]]" alt="[[atitle]]"></a><div class="info"><h3><a href="[[url]]" title="[[atitle]]">[[title]]</a></h3><span class="time">[[date]]</span><p class="sapo">[[sapo]]</p></div></div>',
                       base, dfmt, pool=pool, sapo=True, max_days=200)
    html_ = fill(N02_TPL, menu=menu_html(r, base, "plain"), items=items, css=css_block(r, "cf", 50), ga=ga(r, "G-PTC" + rhex(r, 7).upper()))
    return html_, sidecar("search", "vccorp", url)


N02_TPL = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<title>Tìm kiếm: lãi suất | Phố Tài Chính</title>
<meta name="robots" content="noindex,follow">
<style>[[css]]</style>
[[ga]]
</head>
<body>
<div class="header"><div class="top_header wp1200"><span class="datetime">Chủ nhật, ngày 22/11/2026</span><a href="https://photaichinh.vn/dang-nhap.chn">Đăng nhập</a></div>
<div class="logo wp1200"><a href="https://photaichinh.vn"><img src="https://photaichinh.mediacdn.vn/web_images/ptc_logo.png" alt="Phố Tài Chính"></a></div>
<div class="menucategory wp1200"><ul>[[menu]]</ul></div></div>
<div class="main wp1200 search-page">
 <form class="search-box" action="https://photaichinh.vn/tim-kiem.chn"><input type="text" name="keywords" value="lãi suất"><select name="time"><option>Mọi lúc</option><option>24 giờ qua</option><option>Tuần qua</option><option>Tháng qua</option></select><button type="submit">Tìm kiếm</button></form>
 <h1 class="search-title">Kết quả tìm kiếm cho “lãi suất”</h1>
 <p class="search-count">Tìm thấy khoảng 1.846 kết quả</p>
 <div class="search-result">
[[items]]
 </div>
 <div class="paging"><span>1</span><a href="?keywords=l%C3%A3i%20su%E1%BA%A5t&amp;page=2">2</a><a href="?keywords=l%C3%A3i%20su%E1%BA%A5t&amp;page=3">3</a><a href="?keywords=l%C3%A3i%20su%E1%BA%A5t&amp;page=2">Sau »</a></div>
</div>
<div class="footer"><div class="wp1200"><p>Chuyên trang Phố Tài Chính. Giấy phép số 95/GP-BTTTT cấp ngày 03/3/2023.</p></div></div>
</body>
</html>
"""


@page("n03")
def n03(r):
    base = "https://nguoitho.vn"
    url = base + "/cong-doan-co-so-to-chuc-hoi-thi-tay-nghe-196251102101122334.htm"
    sugg = news_items(r, 12, '<div class="sugg-item"><a href="[[url]]"><img src="[[img]]" alt="[[atitle]]"></a><h3><a href="[[url]]">[[title]]</a></h3></div>', base)
    html_ = fill(N03_TPL, menu=menu_html(r, base, "plain"), sugg=sugg, css=css_block(r, "nt", 60), ga=ga(r, "G-NT" + rhex(r, 8).upper()))
    return html_, sidecar("not_found", "custom", url)


N03_TPL = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>404 - Không tìm thấy trang | Báo Người Thợ</title>
<meta name="robots" content="noindex">
<style>.page-404{text-align:center;padding:60px 0}.page-404 .code{font-size:120px;color:#c0392b;font-weight:700}
[[css]]</style>
[[ga]]
</head>
<body>
<div class="header"><div class="header-top container"><div class="date-now">Chủ Nhật 22/11/2026</div></div>
<div class="header-logo container"><a href="https://nguoitho.vn"><img src="https://nguoitho.mediacdn.vn/web_images/logo-nguoitho.png" alt="Báo Người Thợ"></a></div>
<div class="menu-top"><ul class="container">[[menu]]</ul></div></div>
<div class="container page-404">
 <div class="code">404</div>
 <h1>Không tìm thấy trang bạn yêu cầu</h1>
 <p>Đường dẫn có thể đã bị thay đổi, bài viết đã bị gỡ bỏ hoặc bạn nhập sai địa chỉ.</p>
 <p><a href="https://nguoitho.vn" class="btn-home">Quay về trang chủ</a> hoặc <a href="https://nguoitho.vn/tim-kiem.htm">tìm kiếm bài viết</a></p>
</div>
<div class="container suggestions"><h2>Có thể bạn quan tâm</h2>
[[sugg]]
</div>
<div class="footer"><div class="container"><p>BÁO NGƯỜI THỢ - Cơ quan của Liên đoàn Lao động Thành phố. Giấy phép số 125/GP-BTTTT ngày 02/4/2021.</p></div></div>
</body>
</html>
"""


@page("n04")
def n04(r):
    url = "https://anninhdothi.vn/phap-luat/tam-giu-tai-xe-xe-tai-gay-tai-nan-roi-bo-chay-i784390/"
    blob = rb64(r, 4800)
    key = rhex(r, 32)
    html_ = fill(N04_TPL, blob=blob, key=key, ray=rhex(r, 16))
    return html_, sidecar("challenge", "custom", url)


N04_TPL = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex,nofollow">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Vui lòng chờ trong giây lát...</title>
<style>
html,body{height:100%;margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#f6f7f9;color:#333}
.wrap{display:flex;align-items:center;justify-content:center;height:100%;flex-direction:column}
.spinner{width:42px;height:42px;border:4px solid #ddd;border-top-color:#c00;border-radius:50%;animation:spin 1s linear infinite}
@keyframes spin{to{transform:rotate(360deg)}}
.note{font-size:13px;color:#888;margin-top:24px}
</style>
</head>
<body>
<div class="wrap">
 <div class="spinner"></div>
 <h1>Đang kiểm tra trình duyệt của bạn</h1>
 <p>Hệ thống đang xác minh kết nối để bảo vệ website khỏi truy cập tự động. Trang sẽ tự chuyển sau vài giây.</p>
 <noscript><p><b>Vui lòng bật JavaScript và cookie để tiếp tục.</b></p></noscript>
 <p class="note">Mã yêu cầu: [[ray]] · Bảo vệ bởi AntiBot Shield</p>
</div>
<script>
(function(){var _k="[[key]]",_b="[[blob]]";
function _h(s){var h=0x811c9dc5;for(var i=0;i<s.length;i++){h^=s.charCodeAt(i);h=(h*0x01000193)>>>0;}return h.toString(16);}
var _t=_h(_k+navigator.userAgent.length+_b.length);
document.cookie="__abs_clearance="+_k.substring(0,16)+_t+"; path=/; max-age=1800; SameSite=Lax";
setTimeout(function(){location.reload();},2500);})();
</script>
</body>
</html>
"""


# ====================================================================== main
def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    for name, fn in PAGES:
        r = random.Random("%s:%s" % (SET, name))
        html_, sc = fn(r)
        with open(os.path.join(outdir, name + ".html"), "wb") as f:
            f.write(html_.encode("utf-8"))
        with open(os.path.join(outdir, name + ".json"), "wb") as f:
            f.write((json.dumps(sc, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
