#!/usr/bin/env python3
"""Generator of the blind-h gold set (news media and generic news layouts).

Deterministic: every random choice comes from random.Random("blind-h:NAME"),
no clock is read. Usage: python3 make.py [OUTDIR]  (default: this directory).
All article texts, people, figures and quotes are invented; the templates are
written by hand to resemble the platforms named in each sidecar.
"""
import base64
import datetime as dt
import html
import json
import os
import random
import re
import sys
import unicodedata

SET = "blind-h"
CRAWL = dt.date(2026, 11, 22)          # crawl day, shown in every page header
WD_VI = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WD_VI_LOW = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def RNG(name):
    return random.Random(f"{SET}:{name}")


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def vis(fragment):
    """Visible text of an HTML fragment: tags -> spaces, unescape, fold, NFC."""
    t = re.sub(r"<[^>]+>", " ", fragment)
    t = html.unescape(t)
    t = re.sub(r"\s+", " ", t).strip()
    return unicodedata.normalize("NFC", t)


def slug(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
    return s


def dmy(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def hm(t):
    return f"{t.hour:02d}:{t.minute:02d}"


def crawl_vi(style=0):
    d = CRAWL
    if style == 0:
        return f"{WD_VI_LOW[d.weekday()]}, {dmy(d)}"
    if style == 1:
        return f"{WD_VI[d.weekday()]}, {dmy(d)}"
    if style == 2:
        return f"{WD_VI[d.weekday()]}, ngày {dmy(d)}"
    if style == 3:
        return f"Hôm nay: {WD_VI_LOW[d.weekday()]}, ngày {d.day} tháng {d.month} năm {d.year}"
    raise ValueError(style)


class Gold:
    """Collects the article's body blocks in reading order."""

    def __init__(self):
        self.blocks = []

    def __call__(self, fragment):
        self.blocks.append(vis(fragment))
        return fragment

    def body(self):
        for b in self.blocks:
            assert b and "\n" not in b, b
        return "\n\n".join(self.blocks)


# --------------------------------------------------------------------------
# filler pools (sidebars, menus, listings)
# --------------------------------------------------------------------------
PLACES = ["Hà Nội", "Quảng Ninh", "Nghệ An", "Thanh Hóa", "Lâm Đồng", "Đắk Lắk", "Cần Thơ",
          "An Giang", "Huế", "Đà Nẵng", "Gia Lai", "Lào Cai", "Sơn La", "Cao Bằng", "Hải Phòng",
          "Đồng Nai", "Tây Ninh", "Cà Mau", "Khánh Hòa", "Bắc Ninh", "Hà Tĩnh", "Quảng Trị",
          "Tuyên Quang", "Phú Thọ", "Ninh Bình", "Lạng Sơn", "Điện Biên", "Vĩnh Long"]
TOPICS = [
    "đẩy nhanh tiến độ giải phóng mặt bằng các dự án trọng điểm",
    "ra quân tổng vệ sinh môi trường khu dân cư",
    "tập huấn chuyển đổi số cho cán bộ cơ sở",
    "trao học bổng cho học sinh nghèo vượt khó",
    "khởi công cầu dân sinh vùng đồng bào dân tộc thiểu số",
    "nông dân trúng mùa cà phê, giá bán tăng cao",
    "hơn 2.000 thanh niên lên đường nhập ngũ",
    "kiểm tra công tác phòng cháy, chữa cháy tại các chợ",
    "đối thoại với doanh nghiệp về thủ tục đầu tư",
    "ngư dân trúng đậm cá cơm đầu vụ",
    "khai mạc hội thi tiếng hát người cao tuổi",
    "phát động tháng hành động vì người khuyết tật",
    "siết chặt quản lý thuốc lá điện tử trong trường học",
    "hoàn thành sáp nhập các thôn, tổ dân phố",
    "hiệu quả từ mô hình nuôi bò vỗ béo",
    "tăng cường tuần tra, kiểm soát nồng độ cồn dịp cuối năm",
    "hỗ trợ người dân khắc phục hậu quả mưa lũ",
    "hội nghị xúc tiến đầu tư vào khu công nghiệp",
    "thu ngân sách 10 tháng vượt dự toán",
    "tiêm vắc xin sởi cho trẻ em vùng nguy cơ",
    "phát triển du lịch cộng đồng gắn với bảo tồn văn hóa",
    "sơ kết công tác dân vận chính quyền",
    "xử lý nghiêm tình trạng khai thác cát trái phép",
    "giải ngân vốn đầu tư công đạt trên 70% kế hoạch",
    "đưa sản phẩm OCOP lên sàn thương mại điện tử",
    "lớp học xóa mù chữ ở bản vùng cao",
    "khánh thành nhà văn hóa thôn",
    "diễn tập phòng thủ khu vực năm nay",
    "tăng cường kiểm tra an toàn thực phẩm bếp ăn tập thể",
    "ngày hội đại đoàn kết toàn dân tộc ở khu dân cư",
    "trồng mới hơn 500 ha rừng tập trung",
    "mở rộng dịch vụ công trực tuyến toàn trình",
    "đảm bảo nguồn điện phục vụ sản xuất mùa khô",
    "phòng, chống dịch tả lợn châu Phi",
    "tuyên dương gương người tốt, việc tốt",
    "bàn giao nhà tình nghĩa cho gia đình chính sách",
    "khuyến cáo người dân cảnh giác lừa đảo qua mạng",
    "chuẩn bị vụ lúa đông xuân",
    "giải bóng đá thiếu niên nhi đồng khởi tranh",
    "hội chợ nông sản an toàn thu hút đông người dân",
    "kiểm tra tiến độ xây dựng trường học vùng khó",
    "cấp thẻ bảo hiểm y tế miễn phí cho người cao tuổi",
    "nâng cao chất lượng bữa ăn bán trú cho học sinh",
    "nạo vét kênh mương phục vụ tưới tiêu",
]


def headlines(rng, n):
    out, seen = [], set()
    while len(out) < n:
        p = rng.choice(getattr(rng, "places", PLACES))
        t = rng.choice(TOPICS)
        form = rng.random()
        if form < 0.55:
            h = f"{p}: {t[0].upper()}{t[1:]}"
        elif form < 0.8:
            h = f"{t[0].upper()}{t[1:]} ở {p[0].lower() + p[1:] if p.startswith('Xã ') else p}"
        else:
            h = f"{t[0].upper()}{t[1:]}"
        if h not in seen:
            seen.add(h)
            out.append(h)
    return out


SAPO_TAILS = [
    "Đây là một trong những nhiệm vụ trọng tâm được địa phương xác định từ đầu năm.",
    "Nhiều cách làm hay đã được ghi nhận và nhân rộng.",
    "Kết quả bước đầu cho thấy sự đồng thuận cao của người dân.",
    "Các đơn vị được yêu cầu tập trung tháo gỡ khó khăn, vướng mắc.",
    "Hoạt động thu hút đông đảo cán bộ, đoàn viên và Nhân dân tham gia.",
    "Địa phương phấn đấu hoàn thành chỉ tiêu trước thời hạn.",
]


def rand_dt(rng, start, end):
    """Random datetime between two dates (inclusive), minute precision."""
    a = dt.datetime(start.year, start.month, start.day, 6, 0)
    b = dt.datetime(end.year, end.month, end.day, 21, 59)
    span = int((b - a).total_seconds() // 60)
    return a + dt.timedelta(minutes=rng.randrange(span + 1))


def dated_items(rng, n, start, end, newest_first=True):
    items = [(rand_dt(rng, start, end), h) for h in headlines(rng, n)]
    items.sort(key=lambda x: x[0], reverse=newest_first)
    return items


def menu_tree(rng, cats, ncols=0):
    """cats: list of (name, [subnames]); returns nested <ul> items."""
    out = []
    for name, subs in cats:
        s = slug(name)
        li = [f'<li class="menu-item{" has-sub" if subs else ""}"><a href="/{s}">{esc(name)}</a>']
        if subs:
            li.append('<ul class="sub-menu">')
            for sub in subs:
                li.append(f'<li><a href="/{s}/{slug(sub)}">{esc(sub)}</a></li>')
            li.append("</ul>")
        li.append("</li>")
        out.append("".join(li))
    return "\n".join(out)


CSS_PROPS = ["margin:0", "padding:0", "display:block", "display:flex", "align-items:center",
             "justify-content:space-between", "font-size:14px", "font-size:13px", "line-height:1.5",
             "color:#333", "color:#1a1a1a", "color:#b30000", "color:#0b5394", "background:#fff",
             "background:#f4f4f4", "border-bottom:1px solid #e5e5e5", "text-transform:uppercase",
             "font-weight:700", "overflow:hidden", "position:relative", "width:100%",
             "max-width:1170px", "float:left", "clear:both", "list-style:none", "text-decoration:none",
             "border-radius:4px", "box-sizing:border-box", "transition:all .3s ease", "cursor:pointer"]


def css_blob(rng, prefix, n):
    parts = ["", "-wrap", "-item", "-title", "-link", "-list", "-box", "-head", "-body", "-thumb",
             "-meta", "-date", "-inner", "-nav", "-col", "-row", "-icon", "-btn", "-caption"]
    rules = []
    for i in range(n):
        sel = f".{prefix}{rng.choice(parts)}{rng.choice(['', f'-{i % 17}', ':hover', ' a', ' li', ' img'])}"
        props = ";".join(rng.sample(CSS_PROPS, rng.randint(2, 6)))
        if rng.random() < 0.12:
            rules.append(f"@media (max-width:{rng.choice([480, 768, 992, 1200])}px){{{sel}{{{props}}}}}")
        else:
            rules.append(f"{sel}{{{props}}}")
    return "\n".join(rules)


def js_blob(rng, n, var="siteConfig"):
    slots = []
    for i in range(n):
        slots.append('{"id":"div-gpt-ad-%d-%d","path":"/%d/%s_%s","size":[[%d,%d],[%d,%d]],"refresh":%d}' % (
            rng.randrange(10**12, 10**13), i, rng.randrange(10**7, 10**8),
            rng.choice(["home", "detail", "category", "mobile"]),
            rng.choice(["top", "right1", "right2", "inread", "bottom", "sticky", "popup"]),
            rng.choice([300, 728, 970, 320]), rng.choice([250, 90, 600, 100]),
            rng.choice([300, 336]), rng.choice([250, 280]), rng.choice([0, 30, 60])))
    return f"var {var} = {{\"slots\":[{','.join(slots)}]}};"


def viewstate(rng, nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def ga(rng):
    uid = f"G-{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(10))}"
    return (f'<script async src="https://www.googletagmanager.com/gtag/js?id={uid}"></script>\n'
            f"<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}"
            f"gtag('js',new Date());gtag('config','{uid}');</script>")


def counter_box(rng, cls="thongke", labels=("Đang truy cập", "Hôm nay", "Tháng hiện tại", "Tổng lượt truy cập")):
    vals = [rng.randint(20, 400), rng.randint(1000, 9000), rng.randint(40000, 300000),
            rng.randint(2_000_000, 60_000_000)]
    rows = "".join(f'<li><span class="lbl">{esc(l)}:</span> <span class="val">{v:,}</span></li>'.replace(",", ".")
                   for l, v in zip(labels, vals))
    return f'<div class="{cls}"><h3 class="{cls}-title">Thống kê truy cập</h3><ul>{rows}</ul></div>'


def link_select(rng, n=30):
    orgs = ["Cổng Thông tin điện tử Chính phủ", "Bộ Nông nghiệp và Môi trường", "Bộ Tài chính",
            "Bộ Nội vụ", "Bộ Y tế", "Bộ Giáo dục và Đào tạo", "Bộ Công Thương", "Bộ Xây dựng",
            "Bộ Văn hóa, Thể thao và Du lịch", "Báo Nhân Dân", "Thông tấn xã Việt Nam",
            "Đài Tiếng nói Việt Nam", "Đài Truyền hình Việt Nam", "Cổng Dịch vụ công quốc gia",
            "Cơ sở dữ liệu quốc gia về văn bản pháp luật", "Ban Tuyên giáo và Dân vận Trung ương",
            "Tạp chí Cộng sản", "Báo Điện tử Đảng Cộng sản Việt Nam"]
    opts = ['<option value="">-- Liên kết website --</option>']
    for i in range(n):
        o = orgs[i % len(orgs)] if i < len(orgs) else f"UBND tỉnh {rng.choice(PLACES)}"
        opts.append(f'<option value="https://{slug(o)[:24]}.gov.vn">{esc(o)}</option>')
    return f'<select class="lienket" onchange="window.open(this.value)">{"".join(opts)}</select>'


def share_tools(cls="share"):
    return (f'<div class="{cls}"><a class="fb" href="#" title="Chia sẻ Facebook">Facebook</a> '
            '<a class="zalo" href="#" title="Chia sẻ Zalo">Zalo</a> '
            '<a class="copy" href="#" title="Sao chép liên kết">Copy link</a> '
            '<a class="print" href="javascript:window.print()">In bài</a> '
            '<span class="fontsize">Cỡ chữ: <a href="#">A-</a> <a href="#">A</a> <a href="#">A+</a></span></div>')


def write_json(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(obj, ensure_ascii=False, indent=1) + "\n")


def to_cp1258(text):
    """Encode NFC Vietnamese text to windows-1258 (base letter + combining tone mark)."""
    out = bytearray()
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in d if c not in tones)
        tone = "".join(c for c in d if c in tones)
        base = unicodedata.normalize("NFC", base)
        try:
            out += (base + tone).encode("cp1258")
        except UnicodeEncodeError:
            out += f"&#{ord(ch)};".encode("ascii")
    return bytes(out)


# ==========================================================================
# h01  Provincial Party paper, e-magazine long read (full-width sections,
#      pull quotes, credit strip with content/photo/design credits)
# ==========================================================================
def page_h01():
    rng = RNG("h01")
    rng.places = ['Bát Xát', 'Sa Pa', 'Bảo Thắng', 'Văn Bàn', 'Bắc Hà', 'Mường Khương', 'TP. Lào Cai', 'Si Ma Cai']
    G = Gold()
    title = "Những người giữ rừng chè Shan tuyết cổ thụ ở Ý Tý"
    pub = dt.datetime(2025, 4, 12, 7, 0, 0)
    url = "https://baolaocai.vn/emagazine/nhung-nguoi-giu-rung-che-shan-tuyet-co-thu-o-y-ty-post401786.html"
    img = lambda n: f"https://cdn.baolaocai.vn/images/2025/04/12/emg-che-y-ty-{n:02d}.jpg"

    def fig(n, cap=None, full=True):
        cls = "emg-figure emg-full" if full else "emg-figure emg-inline"
        s = f'<figure class="{cls}"><div class="emg-img"><img src="{img(n)}" alt="Chè Shan tuyết Ý Tý" loading="lazy" width="1920" height="1080"></div>'
        if cap:
            s += f'<figcaption class="emg-caption">{G(esc(cap))}</figcaption>'
        return s + "</figure>"

    def quote(q):
        return (f'<div class="emg-quote emg-full" style="background:#1f3b2c"><div class="emg-quote-inner">'
                f'<span class="emg-quote-mark" aria-hidden="true"></span><blockquote><p>{G(esc(q))}</p></blockquote></div></div>')

    def para(t):
        return f'<p class="emg-p">{G(esc(t))}</p>'

    def heading(t):
        return f'<h2 class="emg-heading">{G(esc(t))}</h2>'

    sapo = ("Ở độ cao hơn 2.000 mét, giữa mây trời Ý Tý (Bát Xát), những cây chè Shan tuyết hàng trăm năm tuổi "
            "từng bị bỏ quên nay đang được người Hà Nhì, người Mông đánh thức. Câu chuyện giữ chè cổ thụ cũng là "
            "câu chuyện của những con người lặng lẽ đổi thay nếp nghĩ, nếp làm trên mảnh đất biên cương.")
    parts = []
    parts.append(f'<div class="emg-sapo"><p>{G(esc(sapo))}</p></div>')
    parts.append(fig(1))   # opening image, no caption
    parts.append('<section class="emg-section">')
    parts.append(heading("Đánh thức những gốc chè ngủ quên"))
    parts.append(para("Sáu giờ sáng, sương vẫn phủ kín con dốc dẫn lên đồi chè thôn Lao Chải. Chị Chu Thị Khà đeo "
                      "chiếc gùi mây, chân đi ủng, thoăn thoắt leo qua những bậc đất ẩm. Trên lưng đồi, hơn 300 gốc "
                      "chè Shan tuyết thân mốc trắng rêu, cành vươn cao quá đầu người, đứng lặng lẽ như những người gác núi."))
    parts.append(para("“Hồi bé, tôi chỉ thấy bố mẹ hái lá chè về nấu nước uống, không ai nghĩ bán được. Nhiều gốc chè "
                      "bị chặt làm củi, làm chỗ trồng ngô”, chị Khà kể. Phải đến năm 2019, khi một doanh nghiệp dưới "
                      "xuôi lên khảo sát và thu mua thử búp chè với giá 60.000 đồng mỗi cân, người Lao Chải mới giật "
                      "mình nhận ra giá trị của thứ cây vẫn mọc quanh nhà."))
    parts.append(fig(2, "Chị Chu Thị Khà thu hái chè Shan tuyết trên đồi chè cổ thụ thôn Lao Chải."))
    parts.append(para("Theo thống kê của UBND xã Ý Tý, toàn xã hiện có khoảng 1.850 cây chè cổ thụ, phân bố rải rác ở "
                      "7 thôn, trong đó nhiều cây có đường kính gốc trên 40 cm. Từ chỗ bị bỏ mặc, những cây chè này "
                      "nay được đánh số, gắn biển và giao cho từng hộ chăm sóc."))
    parts.append(quote("“Mỗi gốc chè cổ thụ là một cuốn sử sống của bản. Mất một cây là mất một trang, không cách gì viết lại được.”"))
    parts.append('</section><section class="emg-section emg-bg-light">')
    parts.append(heading("Từ nương ngô sang đồi chè"))
    parts.append(para("Người đi đầu trong việc khôi phục đồi chè ở Lao Chải là anh Ly Seo Chứ, Tổ trưởng Tổ hợp tác "
                      "chè Shan tuyết Ý Tý. Năm 2020, anh vận động 14 hộ góp đất, góp công dọn cỏ, tỉa cành, ghép các "
                      "khoảnh chè rời rạc thành vùng nguyên liệu tập trung rộng gần 12 ha."))
    parts.append(para("Những ngày đầu, không ít người lắc đầu. Bỏ nương ngô quen thuộc để chăm những gốc chè mà mỗi "
                      "năm chỉ cho hai, ba lứa búp là quyết định không dễ với bà con. Anh Chứ phải dẫn từng nhóm hộ "
                      "sang tận Hà Giang xem cách người Dao ở đó làm chè, rồi về mở lớp hướng dẫn ngay tại nhà văn hóa thôn."))
    parts.append(para("“Tôi nói với bà con: chè cổ thụ không cần phân bón hóa học, không phun thuốc, chỉ cần giữ rừng, "
                      "giữ nước, làm cỏ đúng lúc. Cái sạch ấy chính là cái người mua cần”, anh Chứ nhớ lại."))
    parts.append(fig(3, "Anh Ly Seo Chứ (bên phải) hướng dẫn thành viên tổ hợp tác cách hái một tôm hai lá.", full=False))
    parts.append(para("Sau ba năm, tổ hợp tác đã có 31 thành viên. Vụ xuân năm 2024, tổ thu mua hơn 9 tấn búp tươi, "
                      "chế biến được khoảng 1,8 tấn chè khô các loại. Thu nhập bình quân của mỗi hộ thành viên từ cây "
                      "chè đạt 45 - 60 triệu đồng mỗi năm, cao gấp ba lần so với trồng ngô trên cùng diện tích."))
    parts.append(quote("“Bây giờ con cháu đi học xa về, việc đầu tiên là lên đồi thăm chè. Cây chè đang giữ chân người trẻ ở lại bản.”"))
    parts.append(fig(4))   # full-width divider image, no caption
    parts.append('</section><section class="emg-section">')
    parts.append(heading("Giữ rừng để giữ chè"))
    parts.append(para("Chè Shan tuyết cổ thụ chỉ cho búp ngon khi sống dưới tán rừng, trong sương mù quanh năm. Vì thế, "
                      "cùng với việc chăm chè, người dân Ý Tý cam kết không phát nương, không chặt cây rừng trong phạm "
                      "vi đồi chè. Mỗi tổ hợp tác tự lập tổ tuần tra, thay nhau đi rừng vào mùa khô."))
    parts.append(para("Ông Phu Xá Lù, người có uy tín ở thôn Phìn Hồ, bảo rằng trước đây mỗi lần bản làm lễ cúng rừng, "
                      "người ta chỉ cầu mưa thuận gió hòa. Mấy năm nay, trong lời khấn có thêm mong ước cây chè xanh "
                      "tốt. “Rừng còn thì chè còn, chè còn thì người Hà Nhì còn có cái để bán, để giữ”, ông nói."))
    parts.append(fig(5, "Lễ cúng rừng đầu năm của người Hà Nhì ở Ý Tý được gắn thêm nghi thức cầu mùa chè."))
    parts.append(para("Hạt Kiểm lâm huyện Bát Xát cho biết, từ năm 2021 đến nay, trên địa bàn xã Ý Tý không xảy ra vụ "
                      "cháy rừng nào; diện tích rừng phòng hộ được khoanh nuôi, bảo vệ tăng thêm 214 ha. Nhiều hộ còn "
                      "tự ươm cây giống từ hạt chè cổ thụ, trồng bổ sung vào các khoảng trống dưới tán rừng."))
    parts.append('</section><section class="emg-section emg-bg-dark">')
    parts.append(heading("Đường xa của búp chè mây"))
    parts.append(para("Dù vậy, con đường đưa chè Shan tuyết Ý Tý ra thị trường vẫn còn nhiều trắc trở. Đường từ các "
                      "đồi chè xuống trung tâm xã phần lớn là đường đất, mùa mưa sạt lở, búp chè hái về phải gùi bộ "
                      "hàng giờ mới tới xưởng. Máy móc chế biến của tổ hợp tác mới chỉ là hai lò sao thủ công và một máy vò nhỏ."))
    parts.append(para("Anh Chứ tính toán, nếu có thêm một xưởng chế biến đạt chuẩn an toàn thực phẩm, sản phẩm của tổ "
                      "có thể tham gia chương trình OCOP và bán vào các chuỗi cửa hàng đặc sản. Hiện tổ đang hoàn "
                      "thiện hồ sơ đề nghị hỗ trợ theo Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng "
                      "đồng bào dân tộc thiểu số."))
    parts.append(para("Bà Vàng Thị Dung, Phó Chủ tịch UBND huyện Bát Xát, cho biết huyện đã đưa chè Shan tuyết cổ thụ "
                      "vào danh mục sản phẩm chủ lực giai đoạn 2025 - 2030, ưu tiên đầu tư đường nội đồng, hỗ trợ xây "
                      "dựng nhãn hiệu tập thể và kết nối du lịch cộng đồng với trải nghiệm hái chè."))
    parts.append(fig(6, "Sản phẩm chè Shan tuyết của Tổ hợp tác chè Ý Tý được trưng bày tại hội chợ nông sản tỉnh.", full=False))
    parts.append(para("Chiều xuống, mây lại tràn qua những đồi chè. Chị Khà gùi chuyến búp cuối ngày xuống dốc, tiếng "
                      "cười nói của nhóm phụ nữ Hà Nhì vọng theo. Ở nơi từng chỉ có ngô và sương giá, những gốc chè "
                      "trăm tuổi đang lặng lẽ viết tiếp câu chuyện của bản làng."))
    parts.append(fig(7))
    parts.append("</section>")

    credits = ('<div class="emg-credit">'
               '<p class="emg-credit-line"><span class="emg-credit-lbl">Nội dung:</span> Vàng Thị Mỷ, Đặng Quang Huy</p>'
               '<p class="emg-credit-line"><span class="emg-credit-lbl">Ảnh:</span> Lý Văn Chiến</p>'
               '<p class="emg-credit-line"><span class="emg-credit-lbl">Thiết kế:</span> Hoàng Yến</p>'
               f'<p class="emg-date">{WD_VI[pub.weekday()]}, {dmy(pub)} - {hm(pub)}</p></div>')
    author = "Vàng Thị Mỷ, Đặng Quang Huy, Lý Văn Chiến, Hoàng Yến"

    others = headlines(rng, 8)
    other_emg = "".join(
        f'<div class="emg-more-item"><a href="/emagazine/{slug(h)}-post{rng.randint(380000, 401000)}.html">'
        f'<img src="https://cdn.baolaocai.vn/images/thumb/emg-{i}.jpg" alt=""><h3>{esc(h)}</h3></a></div>'
        for i, h in enumerate(others))
    cats = [("Thời sự", ["Chính trị", "Xây dựng Đảng", "Quốc phòng - An ninh"]),
            ("Kinh tế", ["Nông nghiệp", "Công nghiệp", "Du lịch", "Doanh nghiệp"]),
            ("Xã hội", ["Giáo dục", "Y tế", "Lao động - Việc làm"]),
            ("Văn hóa", ["Di sản", "Văn nghệ", "Dân tộc - Tôn giáo"]),
            ("Thể thao", []), ("Pháp luật", []), ("Biên giới", []), ("E-magazine", []),
            ("Longform", []), ("Multimedia", ["Video", "Ảnh", "Infographic", "Podcast"])]
    css = css_blob(rng, "emg", 1450)
    js = js_blob(rng, 60, "emgAds")
    parallax = "\n".join(
        f"document.querySelectorAll('.emg-full')[{i}]&&observer.observe(document.querySelectorAll('.emg-full')[{i}]);"
        for i in range(12))
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | Báo Lào Cai điện tử</title>
<meta name="description" content="{attr(sapo)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="{attr(sapo)}">
<meta property="og:image" content="{img(1)}">
<meta property="og:url" content="{url}">
<meta property="article:section" content="E-magazine">
<meta property="article:published_time" content="{pub.strftime('%Y-%m-%dT%H:%M:%S')}+07:00">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://cdn.baolaocai.vn/assets/css/emagazine.min.css?v=3.2.7">
<style>
body.emagazine{{margin:0;font-family:'Noto Serif',Georgia,serif;color:#222;background:#fff}}
.emg-cover{{height:100vh;background-size:cover;background-position:center;display:flex;align-items:flex-end}}
.emg-title{{font-size:56px;line-height:1.2;color:#fff;text-shadow:0 2px 8px rgba(0,0,0,.5);max-width:900px;margin:0 auto 80px}}
.emg-p{{max-width:680px;margin:0 auto 24px;font-size:19px;line-height:1.75}}
.emg-full{{width:100vw;margin-left:calc(50% - 50vw)}}
.emg-quote blockquote{{font-size:30px;font-style:italic;color:#f2e3b3;max-width:820px;margin:0 auto;padding:80px 20px}}
{css}
</style>
{ga(rng)}
</head>
<body class="emagazine">
<div class="emg-topbar">
<a class="emg-logo" href="https://baolaocai.vn/"><img src="https://cdn.baolaocai.vn/assets/img/logo-white.svg" alt="Báo Lào Cai"></a>
<span class="emg-today">{crawl_vi(1)}</span>
<button class="emg-menu-btn" aria-label="Menu">☰</button>
<nav class="emg-nav"><ul>{menu_tree(rng, cats)}</ul></nav>
{share_tools("emg-share")}
</div>
<article class="emg-article">
<section class="emg-cover emg-full" style="background-image:url('{img(0)}')">
<div class="emg-cover-inner"><span class="emg-label">E-MAGAZINE</span>
<h1 class="emg-title">{esc(title)}</h1></div>
</section>
{credits}
{"".join(parts)}
<div class="emg-end"><span class="emg-end-mark">■</span></div>
</article>
<div class="emg-tools">{share_tools("emg-share emg-share-bottom")}<a class="emg-top" href="#">Lên đầu trang</a></div>
<section class="emg-more"><h2 class="emg-more-title">E-magazine khác</h2>{other_emg}</section>
<footer class="emg-footer">
<p><strong>BÁO LÀO CAI ĐIỆN TỬ</strong></p>
<p>Cơ quan chủ quản: Tỉnh ủy Lào Cai. Giấy phép số 312/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.</p>
<p>Tổng Biên tập: Trần Đức Minh. Địa chỉ: Số 8 đường Hoàng Liên, phường Cốc Lếu, thành phố Lào Cai.</p>
<p>Điện thoại: 0214.3840.216 - Email: toasoan@baolaocai.vn</p>
<p>© Bản quyền thuộc về Báo Lào Cai. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script>
{js}
var observer = new IntersectionObserver(function(es){{es.forEach(function(e){{if(e.isIntersecting)e.target.classList.add('in-view');}});}});
{parallax}
</script>
</body>
</html>
"""
    meta = dict(kind="article", platform="news-emagazine", url=url, charset="utf-8", title=title,
                published_at=pub.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00", author=author, body=G.body())
    return html_out, "utf-8", meta


# ==========================================================================
# h02  National e-paper: sapo in <h2>, multi-section article, a fact box
#      "Thông tin thêm" that is part of the article
# ==========================================================================
def page_h02():
    rng = RNG("h02")
    G = Gold()
    title = "Kho lạnh quá tải, doanh nghiệp xuất khẩu trái cây xoay xở giữa cao điểm"
    pub = dt.datetime(2025, 3, 14, 6, 10)
    url = "https://thoidaimoi.vn/kinh-te/kho-lanh-qua-tai-doanh-nghiep-xuat-khau-trai-cay-xoay-xo-giua-cao-diem-218734.html"
    sapo = ("Giá thuê kho lạnh tại các tỉnh Đồng bằng sông Cửu Long tăng 25 - 40% so với cùng kỳ, trong khi công suất "
            "lưu trữ chỉ đáp ứng khoảng 60% nhu cầu vào mùa thu hoạch sầu riêng, thanh long. Nhiều doanh nghiệp phải "
            "thuê xe container lạnh làm kho tạm.")
    P = lambda t: f"<p>{G(esc(t))}</p>\n"
    H = lambda t: f"<h3><strong>{G(esc(t))}</strong></h3>\n"
    sapo_html = G(esc(sapo))
    c = []
    c.append(H("Xếp hàng chờ chỗ"))
    c.append(P("Đầu tháng 3, bà Lê Thị Ngọc Hân, Giám đốc một công ty xuất khẩu trái cây ở huyện Cái Bè (Tiền Giang), "
               "liên hệ năm đơn vị cho thuê kho lạnh quanh khu vực nhưng chỉ một nơi còn trống, với giá 420.000 "
               "đồng/pallet/tháng, cao hơn gần 120.000 đồng so với năm ngoái."))
    c.append(P("“Hàng hái xong phải vào kho trong vòng 6 tiếng, chậm hơn là trái xuống màu, mất giá. Không có kho, "
               "chúng tôi buộc phải thuê thêm ba xe container lạnh đỗ ngay tại vườn, chi phí mỗi ngày hơn 4 triệu "
               "đồng”, bà Hân cho biết."))
    cap = "Xe container lạnh đỗ chờ nhận hàng tại một vựa sầu riêng ở huyện Cái Bè, Tiền Giang. Ảnh: T.T"
    c.append('<table class="picture" align="center"><tbody><tr><td class="pic"><img src="https://img.thoidaimoi.vn/'
             '2025/03/14/kho-lanh-cai-be.jpg" alt="kho lạnh" width="680"></td></tr>'
             f'<tr><td class="caption"><p>{G(esc(cap))}</p></td></tr></tbody></table>\n')
    c.append(P("Tình trạng tương tự diễn ra ở nhiều địa phương. Theo khảo sát của một hiệp hội ngành hàng rau quả, "
               "khoảng 70% doanh nghiệp thành viên tại khu vực phía Nam cho biết gặp khó khăn khi tìm chỗ lưu trữ "
               "trong quý I, đặc biệt là các doanh nghiệp nhỏ không có kho riêng."))
    c.append(H("Đầu tư kho lạnh chưa theo kịp"))
    c.append(P("Các chuyên gia logistics cho rằng nguyên nhân chính là tốc độ đầu tư kho lạnh không theo kịp đà tăng "
               "của sản lượng trái cây xuất khẩu. Chỉ trong ba năm, kim ngạch xuất khẩu sầu riêng tăng gấp nhiều lần, "
               "nhưng phần lớn kho lạnh mới lại tập trung quanh TP. Hồ Chí Minh và Bình Dương, cách vùng nguyên liệu "
               "hàng trăm km."))
    c.append(P("Ông Trần Quốc Việt, chuyên gia chuỗi cung ứng, phân tích: một kho lạnh quy mô 5.000 pallet cần vốn "
               "từ 150 - 200 tỷ đồng, thời gian hoàn vốn 8 - 10 năm, trong khi nhu cầu thuê chỉ cao điểm khoảng 5 "
               "tháng mỗi năm. “Nhà đầu tư e ngại vì kho đầy vài tháng rồi trống vài tháng. Cần có cơ chế để kho lạnh "
               "vùng nguyên liệu phục vụ được nhiều loại nông sản, thủy sản luân phiên”, ông Việt nói."))
    c.append(P("Bên cạnh đó, chi phí điện chiếm tới 30 - 35% giá thành vận hành kho lạnh. Nhiều chủ kho cho biết đã "
               "phải điều chỉnh giá thuê sau các đợt tăng giá điện gần đây."))
    c.append(H("Cần quy hoạch kho lạnh theo vùng"))
    c.append(P("Trước tình hình trên, nhiều địa phương đã bắt đầu tính toán lại. Tỉnh Tiền Giang đang kêu gọi đầu tư "
               "hai trung tâm logistics nông sản có kho lạnh tại huyện Cái Bè và Châu Thành; Đồng Tháp đề xuất đưa "
               "kho lạnh vào danh mục dự án ưu đãi đầu tư của tỉnh."))
    c.append(P("Các doanh nghiệp kiến nghị Nhà nước sớm có chính sách tín dụng ưu đãi dài hạn cho dự án kho lạnh tại "
               "vùng nguyên liệu, đồng thời khuyến khích mô hình hợp tác xã góp vốn xây kho quy mô nhỏ, dùng điện "
               "mặt trời mái nhà để giảm chi phí vận hành."))
    c.append(P("“Nếu có kho ngay tại vùng trồng, nông dân không bị ép giá lúc chính vụ, doanh nghiệp chủ động được "
               "đơn hàng. Đó là lời giải căn cơ hơn việc chạy theo từng mùa”, bà Hân nói."))
    box = ['<div class="box-info-more" style="background:#eef4fa;border-left:4px solid #0b5394;padding:16px 20px;margin:20px 0">']
    box.append(f'<h4 class="box-title">{G("Thông tin thêm")}</h4>')
    box.append(f'<p>{G(esc("Theo số liệu của các hiệp hội ngành hàng, cả nước hiện có khoảng 90 kho lạnh thương mại với tổng sức chứa gần 1 triệu pallet."))}</p><ul>')
    for li in ["Khoảng 75% công suất kho lạnh tập trung tại khu vực TP. Hồ Chí Minh, Bình Dương, Long An.",
               "Đồng bằng sông Cửu Long chiếm trên 60% sản lượng trái cây nhưng chỉ có chưa đến 15% công suất kho lạnh.",
               "Nhu cầu kho lạnh dự báo tăng bình quân 10 - 12% mỗi năm đến năm 2030."]:
        box.append(f"<li>{G(esc(li))}</li>")
    box.append("</ul></div>\n")
    c.append("".join(box))
    c.append('<p style="text-align:right"><strong>MINH KHUÊ</strong></p>\n')
    author = "MINH KHUÊ"

    related = headlines(rng, 3)
    rel = "".join(f'<li><a href="/kinh-te/{slug(h)}-{rng.randint(200000, 218000)}.html">{esc(h)}</a></li>' for h in related)
    same = dated_items(rng, 10, dt.date(2025, 3, 1), dt.date(2025, 3, 13))
    same_html = "".join(
        f'<div class="story"><a class="story-thumb" href="/kinh-te/{slug(h)}-{rng.randint(200000, 218000)}.html">'
        f'<img src="https://img.thoidaimoi.vn/thumb/{i}.jpg" alt=""></a><h3 class="story-title"><a href="#">{esc(h)}</a></h3>'
        f'<span class="story-time">{dmy(t)} | {hm(t)} GMT+7</span></div>' for i, (t, h) in enumerate(same))
    latest = dated_items(rng, 8, dt.date(2026, 11, 21), dt.date(2026, 11, 22))
    latest_html = "".join(f'<li><a href="#">{esc(h)}</a> <span class="time">{hm(t)}</span></li>' for t, h in latest)
    most = headlines(rng, 6)
    most_html = "".join(f'<li><span class="num">{i + 1}</span><a href="#">{esc(h)}</a></li>' for i, h in enumerate(most))
    cats = [("Thời sự", ["Chính trị", "Đối ngoại", "Quốc hội"]), ("Kinh tế", ["Thị trường", "Doanh nghiệp", "Tài chính", "Bất động sản"]),
            ("Xã hội", ["Giáo dục", "Y tế", "Môi trường"]), ("Pháp luật", ["Điều tra", "Bạn đọc"]),
            ("Quốc tế", []), ("Văn hóa", ["Giải trí", "Du lịch"]), ("Thể thao", []), ("Công nghệ", []),
            ("Xe", []), ("Đời sống", ["Gia đình", "Sức khỏe"]), ("Video", []), ("Podcast", [])]
    tags = ["kho lạnh", "sầu riêng", "logistics", "xuất khẩu trái cây"]
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)} - Báo điện tử Thời Đại Mới</title>
<meta name="description" content="{attr(sapo)}">
<meta name="keywords" content="{attr(', '.join(tags))}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:image" content="https://img.thoidaimoi.vn/2025/03/14/kho-lanh-cai-be.jpg">
<link rel="stylesheet" href="/static/css/main.css?v=20250301">
<style>{css_blob(rng, "tdm", 160)}</style>
{ga(rng)}
</head>
<body>
<div class="topbar"><div class="container"><span class="today">{crawl_vi(0)}</span>
<a href="/lien-he">Liên hệ</a> | <a href="/quang-cao">Quảng cáo</a> | <a href="/rss">RSS</a> | <a href="/dang-nhap">Đăng nhập</a></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/static/img/logo.png" alt="Thời Đại Mới"></a>
<div class="banner-top"><a href="#"><img src="/ads/banner-728x90.jpg" alt="Quảng cáo"></a></div></div></header>
<nav class="main-nav"><div class="container"><ul class="menu"><li class="home"><a href="/">Trang chủ</a></li>{menu_tree(rng, cats)}</ul></div></nav>
<div class="container main">
<div class="col-left">
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/kinh-te">Kinh tế</a> » <a href="/kinh-te/thi-truong">Thị trường</a></div>
<div class="detail">
<h1 class="detail-title">{esc(title)}</h1>
<div class="detail-meta"><span class="detail-time">{dmy(pub)} | {hm(pub)} GMT+7</span>
{share_tools("detail-share")}</div>
<h2 class="detail-sapo">{sapo_html}</h2>
<div class="box-related-top"><span class="lbl">Tin liên quan</span><ul>{rel}</ul></div>
<div class="detail-content" id="content">
{"".join(c)}</div>
<div class="detail-tags"><span>Từ khóa:</span> {" ".join(f'<a href="/tag/{slug(t)}.html">{esc(t)}</a>' for t in tags)}</div>
{share_tools("detail-share bottom")}
<div class="comment-box"><h4>Ý kiến bạn đọc</h4><form action="/binh-luan" method="post">
<textarea name="noidung" placeholder="Nhập ý kiến của bạn..."></textarea>
<input type="text" name="hoten" placeholder="Họ tên"> <input type="email" name="email" placeholder="Email">
<button type="submit">Gửi ý kiến</button></form></div>
</div>
<div class="same-cat"><h3 class="box-title">Tin cùng chuyên mục</h3>{same_html}</div>
</div>
<aside class="col-right">
<div class="box-latest"><h3 class="box-title">Tin mới nhất</h3><ul>{latest_html}</ul></div>
<div class="ads-right"><img src="/ads/300x600-vietbank.jpg" alt="Quảng cáo"></div>
<div class="box-most"><h3 class="box-title">Đọc nhiều</h3><ol>{most_html}</ol></div>
</aside>
</div>
<footer class="footer"><div class="container">
<p><strong>BÁO ĐIỆN TỬ THỜI ĐẠI MỚI</strong></p>
<p>Giấy phép hoạt động báo điện tử số 158/GP-BTTTT ngày 04/05/2021. Tổng Biên tập: Nguyễn Hoài Sơn.</p>
<p>Tòa soạn: Tầng 6, số 25 Lý Thường Kiệt, phường Cửa Nam, Hà Nội. Điện thoại: 024.3942.6173 - Email: toasoan@thoidaimoi.vn</p>
<p>Bản quyền thuộc về Báo điện tử Thời Đại Mới. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p>
</div></footer>
<script>{js_blob(rng, 12, "tdmAds")}</script>
</body>
</html>
"""
    meta = dict(kind="article", platform="news-php", url=url, charset="utf-8", title=title,
                published_at=pub.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00", author=author, body=G.body())
    return html_out, "utf-8", meta


# ==========================================================================
# h03  Provincial radio-TV station: news video at the top, its caption,
#      then the transcript; only an "updated" date; credits line at the end
# ==========================================================================
def page_h03():
    rng = RNG("h03")
    rng.places = ['Nha Trang', 'Cam Ranh', 'Ninh Hòa', 'Vạn Ninh', 'Diên Khánh', 'Khánh Vĩnh', 'Khánh Sơn', 'Trường Sa']
    G = Gold()
    title = "Ngư dân Cam Ranh lắp mới thiết bị giám sát hành trình trước mùa cá ngừ"
    pub = dt.datetime(2025, 5, 8, 19, 25)
    url = "https://ktv.org.vn/thoi-su/ngu-dan-cam-ranh-lap-moi-thiet-bi-giam-sat-hanh-trinh-truoc-mua-ca-ngu-a48213.html"
    sapo = ("(KTV) - Chuẩn bị cho chuyến biển đầu mùa cá ngừ, ngư dân TP. Cam Ranh tập trung kiểm tra, lắp mới thiết "
            "bị giám sát hành trình, bảo đảm kết nối liên tục theo quy định.")
    sapo_html = G(esc(sapo))
    vcap = "Ngư dân phường Cam Linh kiểm tra thiết bị giám sát hành trình trước chuyến biển."
    vcap_html = G(esc(vcap))
    paras = [
        "Những ngày này, tại cảng cá Đá Bạc, TP. Cam Ranh, không khí chuẩn bị ra khơi của ngư dân diễn ra tất bật. "
        "Bên cạnh việc sửa chữa ngư lưới cụ, tiếp nhiên liệu, đá lạnh, nhiều chủ tàu tranh thủ kiểm tra, thay mới "
        "thiết bị giám sát hành trình để bảo đảm kết nối liên tục trong suốt chuyến biển.",
        "Ông Nguyễn Văn Bảy, chủ tàu KH 96358 TS, cho biết: trước đây, có lúc thiết bị mất tín hiệu vì nguồn điện "
        "yếu, tàu phải quay vào bờ để xử lý, rất tốn kém. Năm nay, ông đầu tư thêm bộ lưu điện riêng cho thiết bị, "
        "đồng thời cài ứng dụng trên điện thoại để theo dõi trạng thái kết nối.",
        "“Giờ ra khơi là phải mở máy liên tục, mất kết nối quá 6 tiếng là phải báo về bờ. Anh em trên tàu ai cũng "
        "hiểu, vi phạm là bị phạt nặng, lại ảnh hưởng chung tới cả nghề cá của tỉnh”, ông Bảy nói.",
        "Theo Chi cục Thủy sản Khánh Hòa, toàn tỉnh hiện có hơn 1.200 tàu cá có chiều dài từ 15 mét trở lên thuộc "
        "diện phải lắp thiết bị giám sát hành trình; đến nay 100% số tàu đã lắp đặt. Tuy nhiên, trong 4 tháng đầu "
        "năm vẫn còn 37 lượt tàu mất kết nối quá thời gian quy định.",
        "Để hạn chế tình trạng này, lực lượng chức năng tăng cường kiểm tra tại các cảng, cửa biển; yêu cầu chủ tàu "
        "ký cam kết không vi phạm khai thác bất hợp pháp, không khai báo và không theo quy định. Tổ công tác liên "
        "ngành cũng hướng dẫn ngư dân cách xử lý khi thiết bị gặp sự cố trên biển.",
        "Ông Trần Đình Phúc, Phó Chi cục trưởng Chi cục Thủy sản tỉnh, cho biết: thời gian tới, đơn vị sẽ phối hợp "
        "với các nhà cung cấp dịch vụ rà soát, thay thế các thiết bị đã xuống cấp, đồng thời xử lý nghiêm các trường "
        "hợp cố tình tắt thiết bị, góp phần cùng cả nước sớm gỡ “thẻ vàng” của Ủy ban châu Âu.",
    ]
    body = "\n".join(f'<p style="text-align: justify;">{G(esc(p))}</p>' for p in paras)
    author = "Hải Yến, Minh Trí"
    video = f"""<div class="video-detail">
<div class="player-head"><span class="player-title">▶ {esc(title)}</span> <span class="player-duration">02:47</span></div>
<div class="player-wrap" id="ktvPlayer" data-src="https://vod.ktv.org.vn/vod/2025/05/08/thoisu_camranh_gsht.mp4/playlist.m3u8">
<video id="vplayer" controls preload="none" poster="https://cdn.ktv.org.vn/2025/05/08/poster-camranh.jpg" width="100%">
<source src="https://vod.ktv.org.vn/vod/2025/05/08/thoisu_camranh_gsht.mp4" type="video/mp4">
Trình duyệt của bạn không hỗ trợ phát video.
</video></div>
<div class="player-tools"><a href="#" class="btn-share-video">Chia sẻ</a> <a href="#" class="btn-embed">Nhúng video</a> <span class="views">Lượt xem: {rng.randint(800, 3000)}</span></div>
<p class="video-caption"><em>{vcap_html}</em></p>
</div>"""
    others = dated_items(rng, 9, dt.date(2025, 5, 1), dt.date(2025, 5, 8))
    other_html = "".join(
        f'<div class="video-item"><a href="/thoi-su/{slug(h)}-a{rng.randint(47000, 48200)}.html"><span class="thumb">'
        f'<img src="https://cdn.ktv.org.vn/thumb/v{i}.jpg" alt=""><span class="dur">0{rng.randint(1, 4)}:{rng.randint(10, 59)}</span></span>'
        f'<span class="t">{esc(h)}</span></a><span class="d">{dmy(t)}</span></div>' for i, (t, h) in enumerate(others))
    sched = []
    base = dt.datetime(2026, 11, 22, 5, 0)
    progs = ["Thể dục buổi sáng", "Thời sự sáng", "Nông nghiệp sạch", "Phim truyện: Hương đất", "Thời sự trưa",
             "Ca nhạc theo yêu cầu", "Khánh Hòa - Đất và người", "Thời sự tiếng Raglai", "An ninh biển đảo",
             "Thời sự tối", "Thể thao 24h", "Phim tài liệu", "Thời sự cuối ngày"]
    for p in progs:
        sched.append(f'<li><span class="time">{hm(base)}</span> {esc(p)}</li>')
        base += dt.timedelta(minutes=rng.choice([30, 45, 60, 90]))
    latest = dated_items(rng, 7, dt.date(2026, 11, 20), dt.date(2026, 11, 22))
    latest_html = "".join(f'<li><a href="#">{esc(h)}</a><span class="date">{hm(t)} {dmy(t)}</span></li>' for t, h in latest)
    cats = [("Thời sự", ["Trong tỉnh", "Trong nước", "Quốc tế"]), ("Kinh tế", []), ("Xã hội", []),
            ("Biển đảo", []), ("Văn hóa - Thể thao", []), ("Chương trình", ["Truyền hình", "Phát thanh", "Podcast"]),
            ("Xem truyền hình", ["KTV1", "KTV2"]), ("Nghe Radio", [])]
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<title>{esc(title)} - Đài Phát thanh và Truyền hình Khánh Hòa</title>
<meta name="description" content="{attr(sapo)}">
<meta property="og:type" content="video.other">
<meta property="og:title" content="{attr(title)}">
<meta property="og:video" content="https://vod.ktv.org.vn/vod/2025/05/08/thoisu_camranh_gsht.mp4">
<link href="/templates/ktv/css/style.css" rel="stylesheet">
<link href="https://vjs.zencdn.net/7.20.3/video-js.css" rel="stylesheet">
<style>{css_blob(rng, "ktv", 220)}</style>
</head>
<body class="page-detail">
<div id="top"><div class="wrap"><span class="ngay">{crawl_vi(0)}</span>
<span class="live"><a href="/truc-tuyen/ktv1">● KTV1 trực tuyến</a> <a href="/truc-tuyen/ktv2">KTV2</a> <a href="/radio">Radio FM 94,1 MHz</a></span>
<form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form></div></div>
<div id="header"><div class="wrap"><a href="/" class="logo"><img src="/templates/ktv/images/logo.png" alt="KTV"></a></div></div>
<div id="menu"><div class="wrap"><ul class="nav"><li><a href="/">Trang chủ</a></li>{menu_tree(rng, cats)}</ul></div></div>
<div id="main"><div class="wrap">
<div class="col-main">
<div class="path"><a href="/">Trang chủ</a> / <a href="/thoi-su">Thời sự</a> / <a href="/thoi-su/trong-tinh">Trong tỉnh</a></div>
<div class="news-detail">
<h1 class="title-detail">{esc(title)}</h1>
<div class="info-detail"><span class="update">Cập nhật lúc: {hm(pub)} | {dmy(pub)}</span>{share_tools("share-top")}</div>
<div class="sapo-detail"><strong>{sapo_html}</strong></div>
{video}
<div class="content-detail">
{body}
<p style="text-align: right;"><strong>Thực hiện: Hải Yến – Quay phim: Minh Trí</strong></p>
</div>
<div class="tags">Từ khóa: <a href="/tag/iuu">IUU</a> <a href="/tag/ngu-dan">ngư dân</a> <a href="/tag/cam-ranh">Cam Ranh</a></div>
</div>
<div class="other-video"><h3 class="title-box">Video khác</h3>{other_html}</div>
</div>
<div class="col-side">
<div class="box-sched"><h3 class="title-box">Lịch phát sóng KTV1</h3><ul>{"".join(sched)}</ul></div>
<div class="box-new"><h3 class="title-box">Tin mới</h3><ul>{latest_html}</ul></div>
<div class="adv"><a href="#"><img src="/upload/adv/qc-300x250-nhatrang.jpg" alt="Quảng cáo"></a></div>
</div>
</div></div>
<div id="footer"><div class="wrap">
<p><b>ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH KHÁNH HÒA</b></p>
<p>Giấy phép số 95/GP-BTTTT. Chịu trách nhiệm nội dung: Giám đốc Đài Lê Văn Thiện.</p>
<p>Địa chỉ: 70 Trần Phú, phường Lộc Thọ, TP. Nha Trang, Khánh Hòa. ĐT: 0258.3522.146</p>
<p>Ghi rõ nguồn "KTV" khi phát hành lại thông tin từ website này.</p>
</div></div>
<script src="https://vjs.zencdn.net/7.20.3/video.min.js"></script>
<script>var player = videojs('vplayer', {{fluid:true, playbackRates:[0.75,1,1.25,1.5]}});
{js_blob(rng, 6, "ktvAds")}</script>
</body>
</html>
"""
    meta = dict(kind="article", platform="radio-tv-php", url=url, charset="utf-8", title=title,
                published_at=pub.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00", author=author, body=G.body())
    return html_out, "utf-8", meta


# ==========================================================================
# h04  Provincial Party paper (ASP.NET): part 2 of a series, series box
#      "Bài 1/Bài 2/Bài 3" after the sapo, series kicker above the h1,
#      one-line intro followed by a table
# ==========================================================================
def page_h04():
    rng = RNG("h04")
    rng.places = ['Sa Thầy', 'Ngọc Hồi', 'Đăk Glei', 'Kon Plông', 'Đăk Hà', 'Kon Rẫy', 'Tu Mơ Rông', 'TP. Kon Tum', "Ia H'Drai"]
    G = Gold()
    title = "Bài 2: Khi người dân làm chủ rừng"
    pub = dt.datetime(2024, 6, 17, 7, 30)
    url = "https://baokontum.com.vn/kinh-te/bai-2-khi-nguoi-dan-lam-chu-rung-24117.html"
    sapo = ("Từ chỗ đứng ngoài cuộc, nhiều cộng đồng làng ở huyện Sa Thầy đã nhận khoán bảo vệ hàng nghìn héc-ta "
            "rừng, có thu nhập từ dịch vụ môi trường rừng và trở thành “tai mắt” của lực lượng kiểm lâm.")
    sapo_html = G(esc(sapo))
    P = lambda t: f'<p style="text-align:justify">{G(esc(t))}</p>\n'
    c = []
    c.append(P("Làng Rắc, xã Mô Rai nằm sát biên giới Việt Nam - Campuchia. Ở đây, mỗi tháng hai lần, tổ bảo vệ rừng "
               "cộng đồng gồm 12 người đàn ông Rơ Măm lại khoác ba lô, mang theo gạo, muối, đi tuần tra suốt ba ngày "
               "trên diện tích gần 1.100 ha rừng được giao khoán."))
    c.append(P("Tổ trưởng A Thương kể, trước kia người làng chỉ biết rừng là nơi lấy măng, lấy củi, thấy người lạ vào "
               "chặt gỗ cũng không dám báo. Từ khi nhận khoán, mỗi người trong tổ được tập huấn kỹ năng tuần tra, ghi "
               "nhật ký, chụp ảnh hiện trường bằng điện thoại và gửi ngay cho cán bộ kiểm lâm địa bàn."))
    c.append('<div class="image-center"><img src="/Uploads/images/2024/06/17/tuan-tra-rung-lang-rac.jpg" alt="" '
             f'style="width:100%"><div class="image-caption">{G(esc("Tổ bảo vệ rừng cộng đồng làng Rắc tuần tra trên diện tích được giao khoán."))}</div></div>\n')
    c.append(P("“Rừng giao cho làng thì làng phải giữ. Năm ngoái tổ phát hiện 5 vụ phá rừng làm rẫy, báo kịp thời nên "
               "không để mất thêm cây nào”, A Thương nói."))
    c.append(f'<p><strong>{G("Tiền dịch vụ môi trường rừng về tận làng")}</strong></p>\n')
    c.append(P("Theo Ban Quản lý rừng phòng hộ Sa Thầy, hiện đơn vị giao khoán bảo vệ hơn 8.400 ha rừng cho 19 cộng "
               "đồng và 326 hộ gia đình. Năm 2023, tổng số tiền chi trả dịch vụ môi trường rừng cho các cộng đồng, hộ "
               "nhận khoán đạt hơn 5,2 tỷ đồng."))
    c.append(P("Ở làng Rắc, số tiền hơn 480 triệu đồng mỗi năm được làng bàn bạc công khai: một phần chia cho các hộ "
               "tham gia tuần tra, một phần lập quỹ phát triển cộng đồng để sửa đường vào khu sản xuất, mua bò giống "
               "luân chuyển cho hộ nghèo."))
    c.append(P("Kết quả giao khoán bảo vệ rừng của Ban Quản lý rừng phòng hộ Sa Thầy qua các năm như sau:"))
    rows = [("Năm", "Diện tích giao khoán (ha)", "Số cộng đồng, hộ nhận khoán", "Tiền chi trả (triệu đồng)"),
            ("2021", "7.650", "296", "4.310"),
            ("2022", "8.120", "318", "4.870"),
            ("2023", "8.436", "345", "5.215")]
    t = ['<table class="table" border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:collapse"><tbody>']
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        t.append("<tr>" + "".join(f'<{tag} style="text-align:center">{G(esc(x))}</{tag}>' for x in r) + "</tr>")
    t.append("</tbody></table>\n")
    c.append("".join(t))
    c.append(f'<p><strong>{G("Vẫn còn những nỗi lo")}</strong></p>\n')
    c.append(P("Dù vậy, theo ông Nguyễn Văn Hòa, Giám đốc Ban Quản lý rừng phòng hộ Sa Thầy, mức chi trả bình quân "
               "khoảng 600.000 đồng/ha/năm vẫn chưa đủ hấp dẫn so với thu nhập từ trồng mì, trồng điều. Một số tổ nhận "
               "khoán hoạt động cầm chừng, chủ yếu dựa vào vài người nhiệt tình."))
    c.append(P("Địa bàn rộng, giáp biên giới, trong khi trang bị của các tổ còn thiếu thốn: không có máy định vị, thiếu "
               "lán trại, phương tiện đi lại chủ yếu là xe máy cũ. Mùa mưa, nhiều tuyến tuần tra gần như bị cô lập."))
    c.append(P("“Muốn người dân gắn bó lâu dài với rừng thì phải để họ sống được từ rừng. Giao khoán mới là bước đầu, "
               "quan trọng là tạo sinh kế bền vững dưới tán rừng”, ông Hòa nhận định."))
    author = "Nguyễn Quốc Bảo, Y Nhàn"
    series = [("Bài 1: Những cánh rừng bị “xẻ thịt”", "/kinh-te/bai-1-nhung-canh-rung-bi-xe-thit-24098.html", ""),
              ("Bài 2: Khi người dân làm chủ rừng", url, " active"),
              ("Bài 3: Sinh kế dưới tán rừng", "/kinh-te/bai-3-sinh-ke-duoi-tan-rung-24136.html", "")]
    series_html = ('<div class="series-box"><div class="series-head">Loạt bài: Giữ rừng đầu nguồn Sa Thầy</div><ul>'
                   + "".join(f'<li class="series-item{a}"><a href="{u}">{esc(s)}</a></li>' for s, u, a in series)
                   + "</ul></div>")
    same = dated_items(rng, 8, dt.date(2024, 6, 5), dt.date(2024, 6, 16))
    same_html = "".join(f'<li><a href="/kinh-te/{slug(h)}-{rng.randint(23800, 24110)}.html">{esc(h)}</a> <span class="date">({dmy(t)})</span></li>' for t, h in same)
    most = dated_items(rng, 6, dt.date(2026, 11, 15), dt.date(2026, 11, 22))
    most_html = "".join(f'<li><a href="#">{esc(h)}</a><span>{hm(t)} - {dmy(t)}</span></li>' for t, h in most)
    cats = [("Chính trị", ["Xây dựng Đảng", "Chính quyền", "Quốc phòng - An ninh"]), ("Kinh tế", ["Nông nghiệp", "Lâm nghiệp", "Công thương"]),
            ("Xã hội", ["Giáo dục", "Y tế", "Dân tộc - Miền núi"]), ("Văn hóa", []), ("Thể thao", []),
            ("Pháp luật", []), ("Bạn đọc", []), ("Ảnh", []), ("Video", []), ("Báo in", [])]
    html_out = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} - Báo Kon Tum điện tử</title>
<meta name="description" content="{attr(sapo)}" />
<meta property="og:title" content="{attr(title)}" />
<link href="/App_Themes/BaoKT/style.css" rel="stylesheet" type="text/css" />
<style type="text/css">{css_blob(rng, "bkt", 150)}</style>
</head>
<body>
<form method="post" action="./bai-2-khi-nguoi-dan-lam-chu-rung-24117.html" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(rng, 2400)}" /></div>
<div id="wrapper">
<div id="top-bar"><span id="lblNgay">{crawl_vi(1)}</span> <a href="/RSS">RSS</a> <a href="/lien-he">Liên hệ</a> <a href="/bao-in">Đọc báo in</a></div>
<div id="header"><a href="/"><img src="/App_Themes/BaoKT/images/logo.png" alt="Báo Kon Tum" /></a></div>
<div id="menu"><ul><li><a href="/">Trang chủ</a></li>{menu_tree(rng, cats)}</ul></div>
<div id="content">
<div class="left">
<div class="nav-cat"><a href="/kinh-te">Kinh tế</a> › <a href="/kinh-te/lam-nghiep">Lâm nghiệp</a></div>
<div class="detail">
<div class="kicker">GIỮ RỪNG ĐẦU NGUỒN SA THẦY</div>
<h1 class="detail-title">{esc(title)}</h1>
<div class="detail-meta"><span class="detail-date">{WD_VI[pub.weekday()]}, {dmy(pub)}, {hm(pub)} (GMT+7)</span>
<span class="views">Lượt xem: {rng.randint(300, 2000)}</span></div>
<div class="detail-author">Bài và ảnh: Nguyễn Quốc Bảo, Y Nhàn</div>
<div class="detail-sapo"><b>{sapo_html}</b></div>
{series_html}
<div class="detail-content">
{"".join(c)}</div>
{share_tools("tools")}
</div>
<div class="box-other"><h3>Các tin khác</h3><ul>{same_html}</ul></div>
</div>
<div class="right">
<div class="box"><h3>Đọc nhiều</h3><ul>{most_html}</ul></div>
<div class="box adv"><img src="/Uploads/QC/banner-ocop-kontum.jpg" alt="" /></div>
<div class="box">{link_select(rng, 20)}</div>
</div>
</div>
<div id="footer">
<p>BÁO KON TUM - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH KON TUM</p>
<p>Giấy phép số 475/GP-BTTTT. Tổng Biên tập: Phan Văn Cường. Địa chỉ: 135 Bà Triệu, TP. Kon Tum. ĐT: 0260.3862.307</p>
<p>Ghi rõ nguồn "Báo Kon Tum" khi phát hành lại thông tin từ website này.</p>
</div>
</div>
</form>
<script type="text/javascript">{js_blob(rng, 5, "bktAds")}</script>
</body>
</html>
"""
    meta = dict(kind="article", platform="news-aspnet", url=url, charset="utf-8", title=title,
                published_at=pub.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00", author=author, body=G.body())
    return html_out, "utf-8", meta


# ==========================================================================
# h05  Magazine on WordPress: scholarly article, author box above the body
#      (degree + name / institution), abstract as sapo, keywords, numbered
#      sections, list, footnote markers and a footnote list at the end
# ==========================================================================
def page_h05():
    rng = RNG("h05")
    G = Gold()
    title = "Phát huy vai trò của hương ước, quy ước trong quản trị cộng đồng ở nông thôn hiện nay"
    pub = dt.datetime(2024, 8, 20, 9, 15)
    url = "https://tapchiquanlyphattrien.vn/phat-huy-vai-tro-cua-huong-uoc-quy-uoc-trong-quan-tri-cong-dong-o-nong-thon-hien-nay/"
    sapo = ("Hương ước, quy ước là công cụ tự quản quan trọng của cộng đồng dân cư ở nông thôn. Bài viết phân tích "
            "thực trạng xây dựng, thực hiện hương ước, quy ước ở một số địa phương khu vực miền Trung và đề xuất giải "
            "pháp nâng cao hiệu quả của thiết chế này trong bối cảnh hiện nay.")
    sapo_html = G(esc(sapo))

    def fn(n):
        return f'<sup><a href="#_ftn{n}" name="_ftnref{n}" title="">({n})</a></sup>'

    P = lambda t: f"<p>{G(t)}</p>\n"
    H = lambda t: f"<h3>{G(esc(t))}</h3>\n"
    c = []
    c.append(H("1. Đặt vấn đề"))
    c.append(P(esc("Trong lịch sử, hương ước là “luật lệ của làng”, điều chỉnh các quan hệ xã hội trong cộng đồng làng "
                   "xã bằng những quy tắc do chính người dân thỏa thuận.") + fn(1) + " " +
               esc("Trải qua nhiều biến động, thiết chế này vẫn được duy trì dưới hình thức hương ước, quy ước của "
                   "thôn, tổ dân phố, trở thành kênh bổ trợ quan trọng cho pháp luật trong quản lý xã hội ở cơ sở.")))
    c.append(P(esc("Luật Thực hiện dân chủ ở cơ sở năm 2022 tiếp tục khẳng định hương ước, quy ước là một trong những "
                   "hình thức để Nhân dân bàn và quyết định trực tiếp những công việc của cộng đồng.") + fn(2) + " " +
               esc("Tuy nhiên, thực tiễn cho thấy, ở nhiều nơi, hương ước, quy ước được xây dựng mang tính hình thức, "
                   "nội dung sao chép, chưa thực sự đi vào đời sống.")))
    c.append(H("2. Thực trạng xây dựng và thực hiện hương ước, quy ước"))
    c.append(P(esc("Khảo sát của tác giả tại 24 thôn thuộc ba tỉnh Quảng Nam, Quảng Ngãi và Bình Định trong năm 2023 "
                   "cho thấy, 100% thôn đã có hương ước, quy ước được UBND cấp huyện công nhận. Nhiều bản hương ước đã "
                   "cụ thể hóa các quy định về giữ gìn vệ sinh môi trường, thực hiện nếp sống văn minh trong việc cưới, "
                   "việc tang, bảo vệ rừng và nguồn nước.")))
    c.append(P(esc("Tuy vậy, có tới 15/24 bản hương ước có nội dung gần như giống nhau, được soạn theo mẫu do cấp trên "
                   "hướng dẫn; chỉ 9 bản có điều khoản riêng gắn với đặc thù của cộng đồng như quản lý bến đò, khai "
                   "thác bãi bồi ven sông hay bảo vệ rừng thiêng.") + fn(3) + " " +
               esc("Khi được hỏi, nhiều người dân không nhớ hương ước của thôn mình có những nội dung gì.")))
    c.append(P(esc("Một số nguyên nhân chủ yếu của tình trạng trên là:")))
    c.append("<ul>\n" + "".join(f"<li>{G(esc(x))}</li>\n" for x in [
        "Quy trình xây dựng hương ước chưa bảo đảm sự tham gia thực chất của người dân; việc lấy ý kiến nhiều nơi chỉ "
        "thực hiện trong cuộc họp của cán bộ thôn.",
        "Nội dung hương ước chưa được rà soát, sửa đổi kịp thời khi các quy định pháp luật liên quan thay đổi.",
        "Việc khen thưởng, xử lý vi phạm theo hương ước chưa nghiêm, thiếu cơ chế giám sát của cộng đồng."]) + "</ul>\n")
    c.append(H("3. Một số giải pháp"))
    c.append(P(esc("Thứ nhất, đổi mới quy trình xây dựng hương ước theo hướng để người dân thực sự là chủ thể. Dự thảo "
                   "hương ước cần được thảo luận ở từng nhóm hộ, từng chi hội đoàn thể trước khi đưa ra hội nghị toàn "
                   "thôn biểu quyết.")))
    c.append(P(esc("Thứ hai, định kỳ rà soát, sửa đổi hương ước, loại bỏ những nội dung trái pháp luật, không còn phù "
                   "hợp, bổ sung những vấn đề mới nảy sinh như an toàn giao thông nông thôn, phòng chống lừa đảo qua "
                   "mạng, ứng phó với thiên tai.")))
    c.append(P(esc("Thứ ba, phát huy vai trò của người có uy tín, già làng, trưởng họ trong vận động thực hiện hương ước; "
                   "gắn việc thực hiện hương ước với phong trào xây dựng nông thôn mới và bình xét danh hiệu “Gia đình "
                   "văn hóa”.") + fn(4)))
    c.append(P(esc("Hương ước, quy ước chỉ thực sự có sức sống khi được xây dựng từ chính nhu cầu, tiếng nói của cộng "
                   "đồng. Làm tốt điều đó sẽ góp phần củng cố khối đoàn kết ở cơ sở, bổ trợ hiệu quả cho pháp luật "
                   "trong quản trị nông thôn.")))
    c.append(f'<hr class="footnotes-sep">\n<h4 class="footnotes-title">{G("Chú thích")}</h4>\n')
    notes = [
        "Nguyễn Hữu Tâm, Làng xã và thiết chế tự quản, Nxb Chính trị quốc gia Sự thật, Hà Nội, 2016, tr.45.",
        "Luật Thực hiện dân chủ ở cơ sở năm 2022, Chương II.",
        "Số liệu khảo sát của tác giả tại các tỉnh Quảng Nam, Quảng Ngãi, Bình Định, tháng 5 - 9/2023.",
        "Lê Thị Phương Lan, “Vai trò của người có uy tín trong cộng đồng dân tộc thiểu số”, Tạp chí Dân tộc học, "
        "số 3/2021, tr.58-66.",
    ]
    for i, n in enumerate(notes, 1):
        note = f'<a href="#_ftnref{i}" name="_ftn{i}">({i})</a> ' + esc(n)
        c.append(f'<div id="ftn{i}" class="footnote"><p>{G(note)}</p></div>\n')
    author = "TS. Trần Văn Khải, Học viện Chính trị khu vực III"
    recent = dated_items(rng, 6, dt.date(2026, 10, 1), dt.date(2026, 11, 20))
    recent_html = "".join(f'<li><a href="/{slug(h)}/">{esc(h)}</a> <span class="post-date">{dmy(t)}</span></li>' for t, h in recent)
    related = headlines(rng, 4)
    rel_html = "".join(f'<div class="related-post"><a href="/{slug(h)}/"><img src="/wp-content/uploads/2024/0{i + 3}/rel{i}.jpg" alt="">{esc(h)}</a></div>' for i, h in enumerate(related))
    issues = "".join(f'<li><a href="/so-{n}-{y}/">Số {n}/{y}</a></li>' for y in (2024, 2023) for n in (8, 7, 6, 5))
    cats = [("Giới thiệu", ["Hội đồng biên tập", "Thể lệ gửi bài"]), ("Lý luận - Thực tiễn", []),
            ("Quản lý nhà nước", ["Cải cách hành chính", "Chính quyền địa phương"]), ("Nghiên cứu - Trao đổi", []),
            ("Kinh nghiệm quốc tế", []), ("Số tạp chí", ["Năm 2024", "Năm 2023", "Năm 2022"])]
    html_out = f"""<!DOCTYPE html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - Tạp chí Quản lý &amp; Phát triển</title>
<meta name="description" content="{attr(sapo)}">
<meta property="og:locale" content="vi_VN">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(title)}">
<meta property="article:section" content="Nghiên cứu - Trao đổi">
<meta property="article:published_time" content="2024-08-20T02:15:00+00:00">
<meta property="article:modified_time" content="2024-08-21T03:40:12+00:00">
<meta name="author" content="Ban Biên tập">
<link rel="stylesheet" id="generatepress-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.3.1" media="all">
<link rel="stylesheet" id="easy-footnotes-css" href="/wp-content/plugins/easy-footnotes/assets/easy-footnotes.css?ver=6.4.2" media="all">
<style id="generate-style-inline-css">{css_blob(rng, "gp", 140)}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-8815 single-format-standard right-sidebar">
<div class="top-bar"><div class="inside-top-bar"><span class="ngay-thang">{crawl_vi(1)}</span> <span>Cơ quan ngôn luận của Hội Khoa học Quản lý Việt Nam</span></div></div>
<header class="site-header"><div class="inside-header"><div class="site-logo"><a href="/" rel="home"><img class="header-image" alt="Tạp chí Quản lý &amp; Phát triển" src="/wp-content/uploads/2022/01/logo-tapchi.png"></a></div></div></header>
<nav id="site-navigation" class="main-navigation"><ul id="menu-main" class="menu">{menu_tree(rng, cats)}</ul></nav>
<div class="site grid-container container" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-8815" class="post-8815 post type-post status-publish">
<div class="inside-article">
<header class="entry-header">
<div class="cat-links"><a href="/category/nghien-cuu-trao-doi/" rel="category tag">Nghiên cứu - Trao đổi</a></div>
<h1 class="entry-title" itemprop="headline">{esc(title)}</h1>
<div class="entry-meta"><span class="posted-on">Ngày xuất bản: <time class="entry-date published">{dmy(pub)} {hm(pub)}</time></span></div>
</header>
<div class="tac-gia-box"><img src="/wp-content/uploads/tac-gia/avatar-default.png" alt="" width="48">
<p class="tac-gia-ten"><strong>TS. Trần Văn Khải</strong></p>
<p class="tac-gia-donvi"><em>Học viện Chính trị khu vực III</em></p></div>
<div class="tom-tat"><em>{sapo_html}</em></div>
<div class="tu-khoa"><strong>Từ khóa:</strong> hương ước; quy ước; quản trị cộng đồng; nông thôn.</div>
<div class="entry-content" itemprop="text">
{"".join(c)}</div>
<footer class="entry-meta"><span class="cat-links">Chuyên mục: <a href="/category/nghien-cuu-trao-doi/">Nghiên cứu - Trao đổi</a></span>
<span class="tags-links">Thẻ: <a href="/tag/huong-uoc/">hương ước</a>, <a href="/tag/dan-chu-co-so/">dân chủ cơ sở</a></span></footer>
{share_tools("sharedaddy")}
</div></article>
<div class="related-posts"><h3>Bài viết liên quan</h3>{rel_html}</div>
<div id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p>
<p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>
<input name="author" type="text" placeholder="Tên *"> <input name="email" type="email" placeholder="Email *">
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi"></p></form></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside class="widget widget_search"><form method="get" class="search-form" action="/"><input type="search" class="search-field" name="s" placeholder="Tìm kiếm..."></form></aside>
<aside class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent_html}</ul></aside>
<aside class="widget"><h2 class="widget-title">Các số tạp chí</h2><ul>{issues}</ul></aside>
</div></div>
</div></div>
<div class="site-footer"><footer class="site-info"><div class="inside-site-info">
<p>TẠP CHÍ QUẢN LÝ &amp; PHÁT TRIỂN - Giấy phép hoạt động tạp chí điện tử số 214/GP-BTTTT.</p>
<p>Tòa soạn: Số 77 Nguyễn Chí Thanh, phường Láng, Hà Nội. Email: toasoan@tapchiquanlyphattrien.vn</p>
<p>© 2026 Tạp chí Quản lý &amp; Phát triển. Ghi rõ nguồn khi trích dẫn.</p></div></footer></div>
<script id="easy-footnotes-js">jQuery(function($){{$('.easy-footnote a').tooltip();}});</script>
</body>
</html>
"""
    meta = dict(kind="article", platform="wordpress", url=url, charset="utf-8", title=title,
                published_at="2024-08-20T09:15:00+07:00", author=author, body=G.body())
    return html_out, "utf-8", meta


# ==========================================================================
# h06  Industry paper: body split by several inline ads and "Đọc thêm"
#      teaser cards (with their own sapo); UTC published_time with seconds
# ==========================================================================
def page_h06():
    rng = RNG("h06")
    G = Gold()
    title = "Điện mặt trời mái nhà tự dùng: Doanh nghiệp khu công nghiệp chờ hướng dẫn đấu nối"
    pub = dt.datetime(2025, 2, 27, 9, 32, 41)
    url = "https://congnghiepviet.vn/nang-luong/dien-mat-troi-mai-nha-tu-dung-doanh-nghiep-khu-cong-nghiep-cho-huong-dan-dau-noi-p93472.html"
    sapo = ("Dù cơ chế khuyến khích điện mặt trời mái nhà tự sản, tự tiêu đã có hiệu lực, nhiều doanh nghiệp trong các "
            "khu công nghiệp phía Bắc vẫn lúng túng về thủ tục đấu nối, thỏa thuận với đơn vị điện lực và quy định về "
            "phòng cháy chữa cháy.")
    sapo_html = G(esc(sapo))
    P = lambda t: f"<p>{G(esc(t))}</p>\n"
    ad_n = [0]

    def ad():
        ad_n[0] += 1
        return (f'<div class="ads-inread" id="adsInread{ad_n[0]}"><span class="ads-label">Quảng cáo</span>'
                f'<div id="div-gpt-ad-inread-{ad_n[0]}" style="min-height:250px"><a href="https://adx.example-ads.vn/click?id={rng.randint(10**6, 10**7)}" rel="nofollow sponsored">'
                f'<img src="https://static.congnghiepviet.vn/ads/2025/inread-{ad_n[0]}.jpg" alt="Quảng cáo" width="640" height="250"></a></div>'
                f'<script>googletag.cmd.push(function(){{googletag.display("div-gpt-ad-inread-{ad_n[0]}");}});</script></div>\n')

    def readmore(h, s):
        return (f'<div class="read-more-card"><span class="rm-label">Đọc thêm</span><a href="/nang-luong/{slug(h)}-p{rng.randint(90000, 93400)}.html">'
                f'<img src="https://static.congnghiepviet.vn/thumb/{slug(h)[:20]}.jpg" alt=""><div class="rm-text"><h4>{esc(h)}</h4>'
                f'<p>{esc(s)}</p></div></a></div>\n')

    c = []
    c.append(P("Công ty TNHH Dệt may Hòa Phát Đạt (KCN Quang Châu, Bắc Giang) có hơn 28.000 m² mái nhà xưởng. Từ cuối "
               "năm 2024, công ty đã thuê đơn vị tư vấn lập phương án lắp đặt hệ thống điện mặt trời công suất khoảng "
               "3 MWp, dự kiến đáp ứng 35% nhu cầu điện cho sản xuất."))
    c.append('<figure class="image align-center"><img src="https://static.congnghiepviet.vn/2025/02/27/dmt-mai-nha-kcn.jpg" alt="điện mặt trời mái nhà" width="800">'
             f'<figcaption>{G(esc("Hệ thống điện mặt trời mái nhà tại một nhà máy trong KCN Quang Châu. Ảnh: Thanh Bình"))}</figcaption></figure>\n')
    c.append(ad())
    c.append(P("Tuy nhiên, theo ông Đỗ Văn Lực, Phó Giám đốc công ty, sau hơn hai tháng, hồ sơ vẫn “nằm chờ” vì chưa rõ "
               "cơ quan nào thẩm định thiết kế phòng cháy đối với hệ thống lắp trên mái, và hệ thống có cần lắp thiết "
               "bị chống phát ngược lên lưới hay không."))
    c.append(readmore("Doanh nghiệp FDI tăng tốc chuyển đổi năng lượng xanh",
                      "Áp lực từ các nhãn hàng quốc tế buộc nhiều nhà máy phải công bố lộ trình giảm phát thải ngay trong năm nay."))
    c.append(P("“Chúng tôi sẵn sàng bỏ vốn, không đòi bán điện lên lưới, chỉ mong thủ tục rõ ràng. Mỗi tháng chậm là "
               "thêm vài trăm triệu đồng tiền điện”, ông Lực chia sẻ."))
    c.append(f"<h2>{G('Vướng ở khâu hướng dẫn')}</h2>\n")
    c.append(P("Khảo sát nhanh của Hiệp hội Doanh nghiệp các khu công nghiệp tỉnh Bắc Giang với 46 doanh nghiệp có nhu "
               "cầu lắp điện mặt trời mái nhà cho thấy, 31 doanh nghiệp chưa nộp hồ sơ vì chưa nắm rõ trình tự; 9 "
               "doanh nghiệp đã nộp nhưng phải bổ sung nhiều lần."))
    c.append(P("Các vướng mắc tập trung ở ba nhóm: yêu cầu về kết cấu mái nhà xưởng, quy định phòng cháy chữa cháy đối "
               "với công trình lắp đặt trên mái và thỏa thuận kỹ thuật với đơn vị phân phối điện trong trường hợp doanh "
               "nghiệp nằm trong khu công nghiệp có chủ đầu tư hạ tầng riêng."))
    c.append(ad())
    c.append(P("Đại diện một đơn vị phân phối điện trong khu công nghiệp cho biết, phía doanh nghiệp hạ tầng cũng đang "
               "chờ hướng dẫn cụ thể về cách tính toán, bù trừ điện năng khi có hệ thống tự dùng đấu nối vào lưới nội "
               "bộ của khu."))
    c.append(readmore("Giá điện bán lẻ điều chỉnh: Doanh nghiệp sản xuất tính lại bài toán chi phí",
                      "Nhiều doanh nghiệp cho biết chi phí điện đã chiếm tới 8 - 12% giá thành sản phẩm."))
    c.append(f"<h2>{G('Kiến nghị sớm ban hành hướng dẫn chi tiết')}</h2>\n")
    c.append(P("Theo các chuyên gia, nếu tháo gỡ được vướng mắc, tiềm năng điện mặt trời mái nhà tại các khu công "
               "nghiệp là rất lớn. Riêng vùng Bắc Bộ có hàng chục triệu m² mái nhà xưởng có thể lắp đặt, giúp giảm áp "
               "lực cung ứng điện vào mùa nắng nóng."))
    c.append(ad())
    c.append(P("Các doanh nghiệp kiến nghị cơ quan quản lý sớm ban hành bộ hướng dẫn thống nhất về hồ sơ, quy trình và "
               "tiêu chuẩn kỹ thuật; đồng thời công khai thời gian giải quyết ở từng khâu để doanh nghiệp chủ động kế "
               "hoạch đầu tư."))
    author = "Thanh Bình"
    latest = dated_items(rng, 10, dt.date(2026, 11, 20), dt.date(2026, 11, 22))
    latest_html = "".join(f'<li><span class="t">{hm(t)}</span> <a href="#">{esc(h)}</a></li>' for t, h in latest)
    same = dated_items(rng, 8, dt.date(2025, 2, 10), dt.date(2025, 2, 26))
    same_html = "".join(f'<article class="item"><h3><a href="#">{esc(h)}</a></h3><time>{hm(t)}, {dmy(t)}</time>'
                        f'<p>{esc(rng.choice(SAPO_TAILS))}</p></article>' for t, h in same)
    cats = [("Thời sự", []), ("Công nghiệp", ["Cơ khí", "Hóa chất", "Dệt may - Da giày", "Công nghiệp hỗ trợ"]),
            ("Năng lượng", ["Điện", "Dầu khí", "Năng lượng tái tạo"]), ("Thương mại", ["Xuất nhập khẩu", "Thị trường"]),
            ("Khu công nghiệp", []), ("Doanh nghiệp", []), ("Chính sách", []), ("Emagazine", [])]
    html_out = f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(title)} | Báo Công nghiệp Việt</title>
<meta name="description" content="{attr(sapo)}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-02-27T02:32:41+00:00">
<meta property="article:modified_time" content="2025-02-27T08:05:00+00:00">
<meta property="article:author" content="https://congnghiepviet.vn/tac-gia/thanh-binh">
<link rel="stylesheet" href="/assets/css/app.3f9a2c.css">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.googletag=window.googletag||{{cmd:[]}};</script>
<style>{css_blob(rng, "cnv", 180)}</style>
</head>
<body>
<div class="header-top"><div class="container"><span class="date-now">{crawl_vi(0)}</span><a href="/e-paper">Báo in</a><a href="/lien-he">Liên hệ tòa soạn</a><a href="/dat-bao">Đặt báo</a></div></div>
<header class="header"><div class="container"><a href="/" class="logo">Báo Công nghiệp Việt</a>
<div class="ads-header"><img src="https://static.congnghiepviet.vn/ads/2025/header-970x90.jpg" alt="Quảng cáo"></div></div></header>
<nav class="nav"><div class="container"><ul>{menu_tree(rng, cats)}</ul></div></nav>
<main class="container detail-page">
<div class="main-col">
<ul class="breadcrumbs"><li><a href="/">Trang chủ</a></li><li><a href="/nang-luong">Năng lượng</a></li><li><a href="/nang-luong/dien">Điện</a></li></ul>
<h1 class="article-title">{esc(title)}</h1>
<div class="article-meta"><div class="author-strip"><img src="/assets/img/avatar.png" alt="" width="32"><a class="author-name" href="/tac-gia/thanh-binh">Thanh Bình</a></div>
<span class="article-time">{hm(pub)}, {dmy(pub)}</span>{share_tools("share-buttons")}</div>
<div class="article-sapo"><strong>{sapo_html}</strong></div>
<div class="article-body" id="articleBody">
{"".join(c)}</div>
<div class="article-tags">Tags: <a href="/tag/dien-mat-troi-mai-nha">điện mặt trời mái nhà</a> <a href="/tag/khu-cong-nghiep">khu công nghiệp</a></div>
<div class="box-same"><h3>Cùng chuyên mục</h3>{same_html}</div>
</div>
<aside class="side-col">
<div class="box-latest"><h3>Tin mới</h3><ul>{latest_html}</ul></div>
<div class="ads-sticky"><img src="https://static.congnghiepviet.vn/ads/2025/sidebar-300x600.jpg" alt="Quảng cáo"></div>
</aside>
</main>
<footer class="footer"><div class="container">
<p>BÁO CÔNG NGHIỆP VIỆT - Cơ quan ngôn luận của Hiệp hội Công nghiệp Việt Nam</p>
<p>Giấy phép số 402/GP-BTTTT. Tổng Biên tập: Trịnh Quốc Hưng. Tòa soạn: 12 Hoàng Quốc Việt, Hà Nội. Hotline: 0912.456.120</p>
<p>© Bản quyền thuộc Báo Công nghiệp Việt. Không sao chép khi chưa được sự đồng ý.</p></div></footer>
<script>{js_blob(rng, 10, "cnvAds")}</script>
</body>
</html>
"""
    meta = dict(kind="article", platform="news-php", url=url, charset="utf-8", title=title,
                published_at="2025-02-27T09:32:41+07:00", author=author, body=G.body())
    return html_out, "utf-8", meta


# ==========================================================================
# h07  Online news site: the only absolute date is JSON-LD datePublished
#      (UTC); the page shows "3 ngày trước"; JSON-LD carries articleBody
# ==========================================================================
def page_h07():
    rng = RNG("h07")
    rng.places = ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang', 'Vĩnh Long', 'An Giang', 'Đồng Tháp', 'Cà Mau', 'Bạc Liêu']
    G = Gold()
    title = "Cần Thơ chạy thử tuyến xe buýt điện từ bến Ninh Kiều đến sân bay"
    url = "https://tinnhanhmientay.vn/giao-thong/can-tho-chay-thu-tuyen-xe-buyt-dien-tu-ben-ninh-kieu-den-san-bay-n72514"
    sapo = ("Sáng 19/11, tuyến xe buýt điện đầu tiên nối trung tâm TP. Cần Thơ với Cảng hàng không quốc tế Cần Thơ bắt "
            "đầu chạy thử, với tần suất 20 phút một chuyến.")
    paras = [
        "Tuyến xe buýt số 11 dài khoảng 14 km, xuất phát từ bến Ninh Kiều, đi qua các tuyến đường Hai Bà Trưng, Cách "
        "Mạng Tháng Tám, Võ Văn Kiệt trước khi vào nhà ga hành khách của sân bay. Trên tuyến có 18 điểm dừng, thời gian "
        "hành trình khoảng 35 phút.",
        "Đơn vị khai thác đưa vào sử dụng 10 xe buýt điện loại 40 chỗ, có sàn thấp, chỗ dành cho xe lăn, wifi miễn phí "
        "và cổng sạc điện thoại. Giá vé lượt trong giai đoạn chạy thử là 10.000 đồng; học sinh, sinh viên, người cao "
        "tuổi được giảm 50%.",
        "Chị Trần Thị Mỹ Duyên, nhân viên văn phòng ở phường Ninh Kiều, cho biết đã đi thử chuyến đầu tiên lúc 5h30. "
        "“Xe sạch, êm, không có mùi dầu như xe buýt cũ. Nếu chạy đúng giờ, tôi sẽ bỏ xe máy để đi làm”, chị nói.",
        "Theo Sở Xây dựng TP. Cần Thơ, sau 3 tháng chạy thử, đơn vị sẽ đánh giá lượng khách, điều chỉnh lộ trình và "
        "thời gian biểu trước khi khai thác chính thức. Thành phố đặt mục tiêu đến năm 2030 chuyển đổi toàn bộ xe buýt "
        "trợ giá sang sử dụng năng lượng xanh.",
    ]
    cap = "Xe buýt điện tuyến số 11 đón khách tại bến Ninh Kiều sáng 19/11."
    sapo_html = G(esc(sapo))
    c = [f'<p class="para">{G(esc(paras[0]))}</p>',
         f'<figure class="fig"><picture><source srcset="https://media.tinnhanhmientay.vn/2026/11/19/xe-buyt-dien-11.webp" type="image/webp">'
         f'<img src="https://media.tinnhanhmientay.vn/2026/11/19/xe-buyt-dien-11.jpg" alt="Xe buýt điện Cần Thơ"></picture>'
         f'<figcaption class="fig-cap">{G(esc(cap))}</figcaption></figure>']
    for p in paras[1:]:
        c.append(f'<p class="para">{G(esc(p))}</p>')
    c.append('<p class="para author-line" style="text-align:right"><b>Bảo Ngọc</b></p>')
    author = "Bảo Ngọc"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": title, "description": sapo,
          "image": ["https://media.tinnhanhmientay.vn/2026/11/19/xe-buyt-dien-11.jpg"],
          "datePublished": "2026-11-19T03:40:12Z", "dateModified": "2026-11-20T01:05:47Z",
          "author": [{"@type": "Person", "name": "Bảo Ngọc", "url": "https://tinnhanhmientay.vn/tac-gia/bao-ngoc"}],
          "publisher": {"@type": "Organization", "name": "Tin Nhanh Miền Tây",
                        "logo": {"@type": "ImageObject", "url": "https://tinnhanhmientay.vn/static/logo.png"}},
          "articleSection": "Giao thông", "articleBody": " ".join([sapo] + paras)}
    bc = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": "https://tinnhanhmientay.vn/"},
        {"@type": "ListItem", "position": 2, "name": "Giao thông", "item": "https://tinnhanhmientay.vn/giao-thong"}]}
    rel_units = ["giờ", "giờ", "giờ", "ngày", "ngày"]
    def rel(i):
        u = rel_units[min(i // 3, 4)]
        return f"{rng.randint(1, 20) if u == 'giờ' else rng.randint(1, 6)} {u} trước"
    latest = headlines(rng, 12)
    latest_html = "".join(f'<li class="lt-item"><a href="/tin/{slug(h)}">{esc(h)}</a><span class="ago">{rel(i)}</span></li>' for i, h in enumerate(latest))
    more = headlines(rng, 6)
    more_html = "".join(f'<div class="card"><a href="/giao-thong/{slug(h)}-n{rng.randint(70000, 72500)}"><img src="https://media.tinnhanhmientay.vn/thumb/{i}.jpg" alt=""><h3>{esc(h)}</h3></a><span class="ago">{rng.randint(2, 9)} ngày trước</span></div>' for i, h in enumerate(more))
    cats = [("Thời sự", []), ("Giao thông", []), ("Kinh tế", ["Nông nghiệp", "Thị trường"]), ("Đồng bằng", []),
            ("Pháp luật", []), ("Đời sống", []), ("Du lịch", []), ("Thể thao", [])]
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - Tin Nhanh Miền Tây</title>
<meta name="description" content="{attr(sapo)}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="article">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script type="application/ld+json">{json.dumps(bc, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/_app/immutable/assets/0.c41f2a7e.css">
<style>{css_blob(rng, "tnmt", 130)}</style>
</head>
<body>
<div id="svelte">
<div class="hdr-top"><span class="today">{crawl_vi(0)}</span><span class="weather">Cần Thơ 27°C</span></div>
<header class="hdr"><a class="brand" href="/">Tin Nhanh <b>Miền Tây</b></a>
<nav class="hdr-nav"><ul>{menu_tree(rng, cats)}</ul></nav></header>
<main class="layout">
<article class="story">
<nav class="crumbs"><a href="/">Trang chủ</a> › <a href="/giao-thong">Giao thông</a></nav>
<h1 class="story-title">{esc(title)}</h1>
<div class="story-meta"><span class="story-cat">Giao thông</span> · <span class="story-ago">3 ngày trước</span></div>
<p class="story-sapo">{sapo_html}</p>
<div class="story-body">
{"".join(c)}
</div>
<div class="story-actions"><button class="like">Thích</button> <button class="save">Lưu bài</button> {share_tools("share")}</div>
<section class="story-more"><h2>Đọc tiếp</h2>{more_html}</section>
</article>
<aside class="rail"><h2 class="rail-title">Mới cập nhật</h2><ul>{latest_html}</ul>
<div class="rail-ad"><img src="/ads/rail-300x250.jpg" alt=""></div></aside>
</main>
<footer class="ftr"><p>Tin Nhanh Miền Tây - Trang thông tin điện tử tổng hợp. Giấy phép số 86/GP-STTTT do Sở Thông tin và Truyền thông TP. Cần Thơ cấp.</p>
<p>Địa chỉ: 45 Nguyễn Trãi, phường Ninh Kiều, TP. Cần Thơ. Email: bbt@tinnhanhmientay.vn</p>
<p>Chịu trách nhiệm nội dung: Lâm Thị Kiều Oanh.</p></footer>
</div>
<script type="module">import {{ start }} from "/_app/immutable/entry/start.8b1d2e.js"; start({{target: document.querySelector("#svelte"), paths: {{"base":"","assets":""}}}});</script>
</body>
</html>
"""
    meta = dict(kind="article", platform="news-node", url=url, charset="utf-8", title=title,
                published_at="2026-11-19T10:40:12+07:00", author=author, body=G.body())
    return html_out, "utf-8", meta


# ==========================================================================
# h08  Provincial Party paper: reader comments that quote sentences of the
#      article; byline name / unit on two lines at the end; date only ("Thứ Năm, 14/11/2024")
# ==========================================================================
def page_h08():
    rng = RNG("h08")
    rng.places = ['Kim Động', 'Khoái Châu', 'Văn Lâm', 'Mỹ Hào', 'Ân Thi', 'Tiên Lữ', 'Phù Cừ', 'Yên Mỹ', 'TP. Hưng Yên']
    G = Gold()
    title = "Mở rộng vùng nhãn đạt chuẩn xuất khẩu ở Hưng Yên"
    pub = dt.datetime(2024, 11, 14, 0, 0)
    url = "https://baohungyen.vn/kinh-te/mo-rong-vung-nhan-dat-chuan-xuat-khau-o-hung-yen-3179254.html"
    sapo = ("Hưng Yên hiện có hơn 5.100 ha nhãn, trong đó khoảng 1.200 ha được cấp mã số vùng trồng phục vụ xuất "
            "khẩu. Để mở rộng diện tích đạt chuẩn, ngành nông nghiệp tỉnh đang tập trung hỗ trợ nông dân chuyển sang "
            "quy trình sản xuất an toàn, có truy xuất nguồn gốc.")
    q1 = "Làm theo quy trình thì vất vả hơn, ghi chép đủ thứ, nhưng bán được giá, lại không phải lo đầu ra"
    q2 = "mỗi vùng phải có diện tích tối thiểu 10 ha, liền vùng"
    q3 = "không tuân thủ đúng thời gian cách ly khi phun thuốc"
    sapo_html = G(esc(sapo))
    P = lambda t: f"<p>{G(esc(t))}</p>\n"
    c = []
    c.append(P("Gia đình ông Đào Văn Thịnh ở xã Hồng Nam, TP. Hưng Yên có 1,5 ha nhãn lồng. Ba năm trước, ông tham gia "
               "tổ hợp tác sản xuất nhãn theo tiêu chuẩn VietGAP, ghi chép nhật ký canh tác và sử dụng thuốc bảo vệ "
               "thực vật trong danh mục cho phép. Vụ nhãn năm nay, toàn bộ sản lượng hơn 20 tấn của gia đình được "
               "doanh nghiệp bao tiêu với giá cao hơn 15 - 20% so với bán ra thị trường tự do."))
    c.append(P(f"“{q1}”, ông Thịnh nói."))
    c.append('<table class="tplCaption" align="center" border="0" cellpadding="0" cellspacing="0"><tbody>'
             '<tr><td><img src="https://baohungyen.vn/dataimages/202411/original/images2451173_nhan.jpg" alt="" width="640"></td></tr>'
             f'<tr><td class="Image">{G(esc("Nông dân xã Hồng Nam thu hoạch nhãn theo quy trình VietGAP."))}</td></tr></tbody></table>\n')
    c.append(P("Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh, để được cấp và duy trì mã số vùng trồng, " + q2 + ", "
               "áp dụng đồng bộ quy trình phòng trừ sinh vật gây hại và chịu sự giám sát định kỳ. Đây là thách thức "
               "không nhỏ khi phần lớn vườn nhãn của tỉnh có quy mô nhỏ, manh mún."))
    c.append(P("Nhiều nông dân còn e ngại chi phí đầu tư ban đầu cho hệ thống tưới, bao trái, thuê lao động. Một số hộ "
               "tham gia vùng trồng nhưng " + q3 + ", khiến cả vùng có nguy cơ bị thu hồi mã số."))
    c.append(P("Năm 2025, tỉnh đặt mục tiêu mở rộng thêm 300 ha nhãn được cấp mã số vùng trồng, tập trung ở TP. Hưng "
               "Yên và các huyện Kim Động, Khoái Châu. Tỉnh sẽ hỗ trợ một phần kinh phí cấp chứng nhận, tập huấn kỹ "
               "thuật và kết nối doanh nghiệp bao tiêu sản phẩm."))
    c.append(P("Theo các chuyên gia, cùng với hỗ trợ của Nhà nước, điều quan trọng là nông dân phải liên kết trong tổ hợp "
               "tác, hợp tác xã để cùng giám sát lẫn nhau, giữ uy tín cho cả vùng trồng."))
    c.append('<p style="text-align:right"><strong>Phạm Thu Hà</strong><br><em>Trung tâm Khuyến nông tỉnh</em></p>\n')
    author = "Phạm Thu Hà, Trung tâm Khuyến nông tỉnh"
    comments = [
        ("Nguyễn Văn Hùng", "Kim Động", dt.datetime(2024, 11, 14, 20, 11),
         f"Bài viết nói “{q1}” – rất đúng. Nhà tôi cũng làm VietGAP hai năm nay, vất vả nhưng yên tâm."),
        ("Thu Trang", "TP. Hưng Yên", dt.datetime(2024, 11, 15, 7, 45),
         f"“{q2}” — hộ nhỏ như nhà tôi chỉ có 3 sào thì làm sao đủ? Mong tỉnh có hướng dẫn để các hộ liên kết với nhau."),
        ("Đỗ Minh Quân", "Khoái Châu", dt.datetime(2024, 11, 15, 9, 2),
         f"Chỗ “{q3}” là chuyện thật. Một nhà làm sai cả vùng chịu, nên tổ hợp tác phải giám sát chặt."),
        ("Lê Thị Nga", "Hà Nội", dt.datetime(2024, 11, 15, 21, 30),
         "Nhãn lồng Hưng Yên ngon nổi tiếng, mong có nhiều sản phẩm đạt chuẩn để người tiêu dùng yên tâm."),
        ("Vũ Đức Anh", "Tiên Lữ", dt.datetime(2024, 11, 16, 6, 58),
         "Đề nghị báo có bài viết thêm về chi phí cấp mã số vùng trồng và ai là người chi trả."),
    ]
    com_html = "".join(
        f'<li class="comment-item"><div class="c-head"><span class="c-name">{esc(n)}</span> - <span class="c-place">{esc(pl)}</span>'
        f' <span class="c-time">{hm(t)} {dmy(t)}</span></div><div class="c-text">{esc(x)}</div>'
        f'<div class="c-act"><a href="#">Thích ({rng.randint(0, 40)})</a> <a href="#">Trả lời</a></div></li>'
        for n, pl, t, x in comments)
    same = dated_items(rng, 8, dt.date(2024, 11, 1), dt.date(2024, 11, 13))
    same_html = "".join(f'<li><a href="#">{esc(h)}</a> <i>({dmy(t)})</i></li>' for t, h in same)
    hot = dated_items(rng, 6, dt.date(2026, 11, 18), dt.date(2026, 11, 22))
    hot_html = "".join(f'<li><a href="#">{esc(h)}</a><div class="time">{dmy(t)} {hm(t)}</div></li>' for t, h in hot)
    cats = [("Chính trị", ["Xây dựng Đảng", "Hoạt động lãnh đạo"]), ("Kinh tế", ["Nông nghiệp", "Công nghiệp", "Đầu tư"]),
            ("Xã hội", ["Giáo dục", "Y tế"]), ("Văn hóa", []), ("Thể thao", []), ("Pháp luật", []),
            ("Quốc phòng - An ninh", []), ("Bạn đọc", []), ("Multimedia", ["Video", "Ảnh", "Infographics"])]
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} - Báo Hưng Yên</title>
<meta name="description" content="{attr(sapo)}">
<meta property="og:title" content="{attr(title)}">
<link rel="stylesheet" href="/Portals/_default/Skins/BHY/skin.css">
<style>{css_blob(rng, "bhy", 170)}</style>
{ga(rng)}
</head>
<body>
<div class="top-head"><span>{crawl_vi(1)}</span> | <a href="/rss">RSS</a> | <a href="/baoin">Báo in</a> | <a href="/lienhe">Liên hệ</a></div>
<div class="banner"><a href="/"><img src="/Portals/_default/Skins/BHY/images/banner.jpg" alt="Báo Hưng Yên - Cơ quan của Đảng bộ tỉnh Hưng Yên"></a></div>
<div class="mainmenu"><ul><li><a href="/">Trang chủ</a></li>{menu_tree(rng, cats)}</ul></div>
<div class="body-wrap">
<div class="colMain">
<div class="breadcrumb"><a href="/kinh-te">Kinh tế</a> &gt; <a href="/kinh-te/nong-nghiep">Nông nghiệp</a></div>
<div class="article-detail">
<h1 class="title">{esc(title)}</h1>
<div class="ngaydang">{WD_VI[pub.weekday()]}, {dmy(pub)}</div>
<div class="sapo"><strong>{sapo_html}</strong></div>
<div class="noidung">
{"".join(c)}</div>
{share_tools("tienich")}
</div>
<div class="comments"><h3 class="c-title">Ý kiến bạn đọc ({len(comments)})</h3><ul class="comment-list">{com_html}</ul>
<div class="comment-form"><h4>Gửi ý kiến của bạn</h4><form method="post" action="/binh-luan">
<input type="text" name="name" placeholder="Họ và tên (*)"> <input type="text" name="diachi" placeholder="Địa chỉ">
<textarea name="content" placeholder="Nội dung ý kiến (*)"></textarea>
<p class="note">Ý kiến của bạn sẽ được biên tập trước khi đăng. Vui lòng gõ tiếng Việt có dấu.</p>
<button type="submit">Gửi</button></form></div></div>
<div class="other"><h3>Tin cùng chuyên mục</h3><ul>{same_html}</ul></div>
</div>
<div class="colRight">
<div class="box"><h3>Tin nổi bật</h3><ul>{hot_html}</ul></div>
<div class="box">{counter_box(rng)}</div>
</div>
</div>
<div class="footer"><p>BÁO HƯNG YÊN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HƯNG YÊN</p>
<p>Giấy phép số 508/GP-BTTTT. Tổng Biên tập: Đặng Văn Chiến. Địa chỉ: Đường Nguyễn Văn Linh, TP. Hưng Yên. ĐT: 0221.3862.409</p></div>
</body>
</html>
"""
    meta = dict(kind="article", platform="news-dnn", url=url, charset="utf-8", title=title,
                published_at=pub.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00", author=author, body=G.body())
    return html_out, "utf-8", meta


# ==========================================================================
# h09  English-language edition of a Vietnamese outlet: <time datetime>,
#      English credit labels, curly quotes as entities
# ==========================================================================
def page_h09():
    rng = RNG("h09")
    G = Gold()
    title = "Hue lantern makers race to meet festival orders"
    pub = dt.datetime(2025, 5, 9, 10, 15, 27)
    url = "https://en.vietreport.vn/life/hue-lantern-makers-race-to-meet-festival-orders-post118342.html"
    sapo = ("Workshops in Hue’s old quarter are working late into the night as orders for silk lanterns surge ahead of "
            "the summer festival season, with some families doubling their usual output.")
    def ent(s):
        return (esc(s).replace("’", "&rsquo;").replace("“", "&ldquo;").replace("”", "&rdquo;"))
    sapo_html = G(ent(sapo))
    P = lambda t: f"<p>{G(ent(t))}</p>\n"
    c = []
    c.append(P("In a narrow alley off Chi Lang Street, Tran Van Minh, 58, bends over a bamboo frame while his daughter "
               "stretches turquoise silk across its ribs. The family has received orders for more than 3,000 lanterns "
               "since March, nearly twice as many as last year."))
    c.append(P("“We used to sell mostly to tourists who wanted one or two pieces to take home,” Minh said. “Now hotels, "
               "restaurants and event companies order hundreds at a time, and they want them in their own colours.”"))
    c.append('<figure class="article-photo"><img src="https://cdn.vietreport.vn/en/2025/05/09/hue-lantern-1.jpg" alt="Hue lanterns" width="760">'
             f'<figcaption>{G(ent("Tran Van Minh fixes a bamboo frame at his family workshop in Hue. Photo: Le Hoang"))}</figcaption></figure>\n')
    c.append(P("According to the city’s handicraft association, about 40 households in Hue still make lanterns by hand, "
               "employing some 300 workers, many of them women who sew silk panels at home. A medium-sized lantern takes "
               "around two hours to finish and sells for VND150,000-250,000 (US$6-10)."))
    c.append(f"<h3>{G('Keeping the craft alive')}</h3>\n")
    c.append(P("Rising demand has brought new challenges. Good bamboo from the hills west of the city has become harder "
               "to find, and the price of imported silk has climbed by around 20 percent over the past year. Some "
               "workshops have switched to cheaper fabrics, a move older artisans say risks damaging the reputation of "
               "Hue lanterns."))
    c.append(P("To preserve the craft, the city has organised free training courses for young people and included "
               "lantern-making demonstrations in its festival programme. Nguyen Thi Hoa, a 24-year-old graduate who "
               "returned home after working in Da Nang, now runs the family’s online shop and shares short videos of "
               "the process."))
    c.append(P("“People want to know the story behind each lantern,” she said. “When they see how much work goes into "
               "it, they are willing to pay a fair price.”"))
    author = "Nguyen Thu Trang, Le Hoang"
    en_heads = ["Da Nang opens new pedestrian street along Han River", "Mekong Delta farmers switch to salt-tolerant rice",
                "Ha Long Bay welcomes record number of cruise passengers", "Vietnam’s coffee exports hit new high",
                "Sa Pa terraced fields enter watering season", "Hanoi expands electric bus network to suburbs",
                "Phu Quoc night market draws summer crowds", "Traditional boat race returns to Quang Ngai",
                "Can Tho floating market adapts to changing times", "Young chefs revive royal Hue cuisine",
                "Ho Chi Minh City metro line sees steady ridership", "Dak Lak coffee festival attracts foreign buyers"]
    rng.shuffle(en_heads)
    latest = en_heads[:6]
    def en_date(d):
        return f"{MON_EN[d.month - 1]} {d.day}, {d.year}"
    lt = sorted((rand_dt(rng, dt.date(2026, 11, 19), dt.date(2026, 11, 22)) for _ in latest), reverse=True)
    latest_html = "".join(f'<li><a href="/news/{slug(h)}.html">{esc(h)}</a><span class="d">{en_date(t)}</span></li>' for h, t in zip(latest, lt))
    related = en_heads[6:10]
    rel_html = "".join(f'<li><a href="/life/{slug(h)}.html">{esc(h)}</a></li>' for h in related)
    cats = [("Politics", []), ("Society", []), ("Economy", ["Business", "Markets"]), ("Life", ["Culture", "Travel", "Food"]),
            ("Sports", []), ("World", []), ("Multimedia", ["Photos", "Videos"])]
    html_out = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | VietReport English</title>
<meta name="description" content="{attr(sapo)}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:site_name" content="VietReport English">
<link rel="alternate" hreflang="vi" href="https://vietreport.vn/">
<link rel="stylesheet" href="/css/en.min.css?v=2.4">
<style>{css_blob(rng, "vr", 150)}</style>
{ga(rng)}
</head>
<body class="en-edition">
<div class="topline"><span class="today">{WD_EN[CRAWL.weekday()]}, {en_date(CRAWL)}</span> <a href="https://vietreport.vn/">Tiếng Việt</a> <a href="/subscribe">Newsletter</a></div>
<header class="masthead"><a href="/" class="logo">VietReport <span>English</span></a></header>
<nav class="primary"><ul>{menu_tree(rng, cats)}</ul></nav>
<div class="page">
<main class="article-col">
<div class="section-label"><a href="/life">Life</a> / <a href="/life/culture">Culture</a></div>
<h1 class="headline">{esc(title)}</h1>
<div class="byline">Story: Nguyen Thu Trang &ndash; Photos: Le Hoang</div>
<div class="dateline"><time datetime="{pub.strftime('%Y-%m-%dT%H:%M:%S')}+07:00">{WD_EN[pub.weekday()]}, {en_date(pub)} | {hm(pub)} (GMT+7)</time></div>
<p class="standfirst"><strong>{sapo_html}</strong></p>
<div class="article-text">
{"".join(c)}</div>
<div class="share-row"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="javascript:print()">Print</a></div>
<div class="related"><h4>Related news</h4><ul>{rel_html}</ul></div>
</main>
<aside class="rail"><h4>Latest</h4><ul>{latest_html}</ul><div class="ad-box"><img src="/ads/en-300x250.jpg" alt="Advertisement"></div></aside>
</div>
<footer class="site-footer"><p>VietReport English - the English-language edition of VietReport. Licence No. 77/GP-BTTTT.</p>
<p>Editor-in-chief: Dao Minh Tuan. Address: 18 Tran Hung Dao, Hoan Kiem, Hanoi. Email: english@vietreport.vn</p>
<p>&copy; VietReport. All rights reserved.</p></footer>
</body>
</html>
"""
    meta = dict(kind="article", platform="news-php", url=url, charset="utf-8", title=title,
                published_at="2025-05-09T10:15:27+07:00", author=author, body=G.body())
    return html_out, "utf-8", meta


# ==========================================================================
# h10  National e-paper: gallery slider whose captions live only in data-*
#      attributes (filled by JS), alt texts, one ordinary figure with a
#      visible caption; credits in the meta line ("Bài: … • Ảnh: …")
# ==========================================================================
def page_h10():
    rng = RNG("h10")
    G = Gold()
    title = "Tam Cốc mùa lúa chín hút du khách"
    pub = dt.datetime(2025, 6, 2, 8, 45)
    url = "https://nhipsongviet.vn/du-lich/tam-coc-mua-lua-chin-hut-du-khach-d304512.html"
    sapo = ("Cuối tháng 5, đầu tháng 6, những thửa ruộng dọc dòng Ngô Đồng ở khu du lịch Tam Cốc - Bích Động (Ninh "
            "Bình) chuyển sang màu vàng óng, thu hút hàng nghìn lượt du khách mỗi ngày.")
    sapo_html = G(esc(sapo))
    P = lambda t: f'<p class="Normal">{G(esc(t))}</p>\n'
    slides = [
        ("Những thửa ruộng vàng óng dưới chân núi đá vôi.", "Ruộng lúa Tam Cốc"),
        ("Thuyền chở khách len giữa hai bên bờ lúa chín.", "Thuyền trên sông Ngô Đồng"),
        ("Du khách nước ngoài thích thú chụp ảnh từ trên thuyền.", "Du khách chụp ảnh"),
        ("Người dân bắt đầu gặt những thửa ruộng chín sớm.", "Nông dân gặt lúa"),
        ("Cầu đá dẫn vào hang Cả nhìn từ cánh đồng.", "Hang Cả"),
        ("Hoàng hôn trên đồng lúa Tam Cốc.", "Hoàng hôn"),
        ("Một nhóm bạn trẻ mặc áo dài chụp ảnh trên bờ ruộng.", "Bạn trẻ chụp ảnh"),
        ("Cánh đồng nhìn từ đỉnh Hang Múa.", "Toàn cảnh cánh đồng"),
    ]
    gal = ['<div class="gallery-slider" id="gallery-304512" data-total="8">']
    for i, (capt, alt) in enumerate(slides, 1):
        gal.append(f'<div class="slide{" active" if i == 1 else ""}" data-index="{i}" data-caption="{attr(capt)}" data-photographer="Khánh Linh">'
                   f'<img src="https://i.nhipsongviet.vn/2025/06/02/tam-coc-{i:02d}.jpg" alt="{attr(alt)}" loading="lazy"></div>')
    gal.append('<button class="sl-prev" aria-label="Ảnh trước">‹</button><span class="sl-counter">1 / 8</span>'
               '<button class="sl-next" aria-label="Ảnh sau">›</button><div class="sl-caption" aria-live="polite"></div>'
               '<a class="sl-full" href="#">Xem toàn màn hình</a></div>\n')
    c = []
    c.append(P("Mùa lúa chín ở Tam Cốc chỉ kéo dài khoảng hai tuần. Đây là thời điểm đẹp nhất để ngồi thuyền ngắm những "
               "thửa ruộng vàng rực uốn lượn giữa núi đá vôi, trước khi người dân bước vào thu hoạch."))
    c.append('<figure class="tplCaption"><img src="https://i.nhipsongviet.vn/2025/06/02/tam-coc-00.jpg" alt="Du khách ngồi thuyền">'
             f'<figcaption><p class="Image">{G(esc("Du khách ngồi thuyền ngắm lúa chín trên dòng Ngô Đồng."))}</p></figcaption></figure>\n')
    c.append(P("Theo Ban Quản lý khu du lịch, trong tuần cuối tháng 5, Tam Cốc - Bích Động đón khoảng 42.000 lượt khách, "
               "tăng gần 30% so với cùng kỳ năm trước; lượng khách quốc tế chiếm hơn một nửa."))
    c.append("".join(gal))
    c.append(P("Để giữ cảnh quan, địa phương hỗ trợ các hộ trồng lúa dọc tuyến thuyền 2 triệu đồng mỗi sào mỗi vụ, với "
               "cam kết cấy đúng lịch và không đốt rơm rạ sau thu hoạch. Nhiều hộ còn làm thêm dịch vụ chụp ảnh, cho "
               "thuê trang phục truyền thống trên bờ ruộng."))
    c.append(P("Bà Phạm Thị Hương, một chủ thuyền có hơn 20 năm chèo đò ở Tam Cốc, cho biết mùa lúa chín là lúc bà bận "
               "rộn nhất. “Khách nước ngoài thích đi sớm, lúc 6 giờ sáng đã có người đợi ở bến. Mùa này mỗi ngày tôi "
               "chèo ba, bốn chuyến”, bà nói."))
    author = "Văn Long, Khánh Linh"
    latest = dated_items(rng, 8, dt.date(2026, 11, 21), dt.date(2026, 11, 22))
    latest_html = "".join(f'<li><a href="#">{esc(h)}</a> <span class="time-ago">{hm(t)}</span></li>' for t, h in latest)
    same = dated_items(rng, 6, dt.date(2025, 5, 20), dt.date(2025, 6, 1))
    same_html = "".join(f'<div class="item-news"><h3><a href="#">{esc(h)}</a></h3><span class="date">{WD_VI[t.weekday()]}, {dmy(t)} - {hm(t)}</span></div>' for t, h in same)
    cats = [("Thời sự", []), ("Góc nhìn", []), ("Thế giới", []), ("Kinh doanh", []), ("Du lịch", ["Điểm đến", "Ẩm thực", "Cẩm nang"]),
            ("Giải trí", []), ("Thể thao", []), ("Pháp luật", []), ("Giáo dục", []), ("Sức khỏe", []), ("Đời sống", []),
            ("Số hóa", []), ("Xe", [])]
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)} - Báo điện tử Nhịp Sống Việt</title>
<meta name="description" content="{attr(sapo)}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:image" content="https://i.nhipsongviet.vn/2025/06/02/tam-coc-01.jpg">
<meta itemprop="datePublished" content="{pub.strftime('%Y-%m-%dT%H:%M:%S')}+07:00">
<link rel="stylesheet" href="/css/detail.v12.css">
<style>{css_blob(rng, "nsv", 170)}</style>
</head>
<body>
<div class="top-header"><div class="inner"><span class="date-today">{crawl_vi(0)}</span> <a href="/video">Video</a> <a href="/podcast">Podcast</a> <a href="/dang-nhap">Đăng nhập</a></div></div>
<header class="main-header"><a href="/" class="logo" title="Nhịp Sống Việt"><img src="/images/logo-nsv.svg" alt="Nhịp Sống Việt"></a></header>
<nav class="main-menu"><ul>{menu_tree(rng, cats)}</ul></nav>
<section class="section page-detail"><div class="container">
<div class="sidebar-1">
<ul class="breadcrumb"><li><a href="/du-lich">Du lịch</a></li><li><a href="/du-lich/diem-den">Điểm đến</a></li></ul>
<div class="header-content"><span class="date">{WD_VI[pub.weekday()]}, {dmy(pub)} - {hm(pub)}</span> <span class="credit">• Bài: Văn Long • Ảnh: Khánh Linh</span></div>
<h1 class="title-detail">{esc(title)}</h1>
<p class="description">{sapo_html}</p>
<article class="fck_detail">
{"".join(c)}</article>
{share_tools("footer-content")}
<div class="box-category"><h3>Tin cùng chuyên mục</h3>{same_html}</div>
</div>
<div class="sidebar-2"><div class="box-latest"><h3>Tin mới nhất</h3><ul>{latest_html}</ul></div></div>
</div></section>
<footer class="footer"><p>Báo điện tử Nhịp Sống Việt - Giấy phép số 219/GP-BTTTT. Tổng biên tập: Lưu Minh Phương.</p>
<p>Địa chỉ: Tầng 9, tòa nhà 36 Hoàng Cầu, Hà Nội. Điện thoại: 024.7300.8899</p>
<p>© Copyright 2026 Nhịp Sống Việt, All rights reserved.</p></footer>
<script>
(function(){{var g=document.getElementById('gallery-304512');if(!g)return;var s=g.querySelectorAll('.slide'),c=g.querySelector('.sl-caption'),n=g.querySelector('.sl-counter'),i=0;
function show(k){{s[i].classList.remove('active');i=(k+s.length)%s.length;s[i].classList.add('active');c.textContent=s[i].dataset.caption+' (Ảnh: '+s[i].dataset.photographer+')';n.textContent=(i+1)+' / '+s.length;}}
g.querySelector('.sl-prev').onclick=function(){{show(i-1);}};g.querySelector('.sl-next').onclick=function(){{show(i+1);}};show(0);}})();
{js_blob(rng, 8, "nsvAds")}
</script>
</body>
</html>
"""
    meta = dict(kind="article", platform="news-php", url=url, charset="utf-8", title=title,
                published_at=pub.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00", author=author, body=G.body())
    return html_out, "utf-8", meta


# ==========================================================================
# h11  Magazine on Joomla: infographic article with very short text, badge
#      inside the h1, long alt text on the infographic, Joomla "Viết bởi"
#      account, credit line inside the article text, source line
# ==========================================================================
def page_h11():
    rng = RNG("h11")
    G = Gold()
    title = "Rác thải nhựa đô thị: Mỗi ngày hơn 18.000 tấn"
    pub = dt.datetime(2025, 12, 5, 15, 0)
    url = "https://kinhtexanh.vn/moi-truong/rac-thai-nhua-do-thi-moi-ngay-hon-18-000-tan.html"
    lead = ("Lượng rác thải nhựa phát sinh tại các đô thị tiếp tục tăng, trong khi tỷ lệ thu gom để tái chế còn thấp. "
            "Infographic dưới đây tóm tắt một số số liệu chính từ các báo cáo về môi trường công bố trong năm.")
    tail = ("Theo các chuyên gia, giảm nhựa dùng một lần tại nguồn và phân loại rác tại hộ gia đình là hai giải pháp then "
            "chốt. Từ năm 2025, nhiều địa phương đã triển khai phân loại rác sinh hoạt thành ba nhóm, bước đầu giúp tăng "
            "lượng nhựa được thu hồi tái chế.")
    alt = ("Infographic rác thải nhựa đô thị: hơn 18.000 tấn mỗi ngày; khoảng 27% được tái chế; túi ni lông chiếm 35% "
           "khối lượng; mỗi người dân đô thị thải khoảng 0,2 kg nhựa mỗi ngày; mục tiêu năm 2030 giảm 50% rác thải nhựa "
           "ra môi trường biển")
    author = "Hải Yến, Tuấn Anh"
    lead_html = G(esc(lead))
    tail_html = G(esc(tail))
    popular = dated_items(rng, 6, dt.date(2026, 11, 1), dt.date(2026, 11, 21))
    pop_html = "".join(f'<li><a href="#">{esc(h)}</a> <small>{dmy(t)}</small></li>' for t, h in popular)
    cats = [("Trang chủ", []), ("Kinh tế xanh", ["Chính sách", "Doanh nghiệp xanh", "Tài chính xanh"]),
            ("Môi trường", ["Ô nhiễm", "Rác thải", "Biến đổi khí hậu"]), ("Năng lượng", []), ("Nông nghiệp sạch", []),
            ("Infographic", []), ("Video", [])]
    newer = headlines(rng, 5)
    newer_html = "".join(f'<li><a href="#">{esc(h)}</a></li>' for h in newer)
    html_out = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)} - Tạp chí điện tử Kinh tế Xanh</title>
<meta name="description" content="{attr(lead)}">
<link href="/media/templates/site/cassiopeia/css/template.min.css?8f2a1c" rel="stylesheet">
<style>{css_blob(rng, "ktx", 150)}</style>
<script src="/media/system/js/core.min.js?3b2c41"></script>
</head>
<body class="site com_content wrapper-static view-article layout-blog no-task itemid-132">
<header class="header container-header full-width">
<div class="container-topbar"><div class="moduletable"><span class="ngay">{crawl_vi(0)}</span></div></div>
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img src="/images/logo-ktx.png" alt="Tạp chí điện tử Kinh tế Xanh"></a></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav">{menu_tree(rng, cats)}</ul></div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb"><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/">Trang chủ</a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/moi-truong">Môi trường</a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>Rác thải nhựa đô thị</span></li></ol></nav>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header"><h1 itemprop="headline"><span class="badge bg-success">Infographic</span> {esc(title)}</h1></div>
<dl class="article-info text-muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span> Viết bởi: <span itemprop="name">Biên tập viên</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: <a href="/moi-truong" itemprop="genre">Môi trường</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> <time datetime="{pub.strftime('%Y-%m-%dT%H:%M:%S')}+07:00" itemprop="datePublished">{WD_VI[pub.weekday()]}, {dmy(pub)} | {hm(pub)}</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:{rng.randint(500, 5000)}"> Lượt xem: {rng.randint(500, 5000)}</dd>
</dl>
<div itemprop="articleBody" class="com-content-article__body">
<p style="text-align: right;"><em>Nội dung: Hải Yến | Đồ họa: Tuấn Anh</em></p>
<p><strong>{lead_html}</strong></p>
<p style="text-align: center;"><img src="/images/2025/12/05/infographic-rac-thai-nhua-do-thi.png" alt="{attr(alt)}" width="900" height="2600" loading="lazy"></p>
<p>{tail_html}</p>
<p style="text-align: right;"><em>Nguồn: Tổng hợp từ báo cáo của các tổ chức môi trường</em></p>
</div>
<ul class="tags list-inline"><li class="list-inline-item tag-12 tag-list0"><a href="/tags/rac-thai-nhua" class="btn btn-sm btn-info">rác thải nhựa</a></li><li class="list-inline-item"><a href="/tags/infographic" class="btn btn-sm btn-info">infographic</a></li></ul>
<nav class="pagenavigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="#" rel="prev">Trước</a> <a class="btn btn-sm btn-secondary next" href="#" rel="next">Tiếp</a></span></nav>
</div>
<div class="moduletable"><h3>Tin mới hơn</h3><ul class="mod-articles-category">{newer_html}</ul></div>
</main>
</div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Đọc nhiều</h3><ul class="mostread mod-list">{pop_html}</ul></div></div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child">
<p>Tạp chí điện tử Kinh tế Xanh - Giấy phép số 318/GP-BTTTT. Tổng Biên tập: Hồ Sỹ Lâm.</p>
<p>Tòa soạn: 56 Trần Duy Hưng, phường Yên Hòa, Hà Nội. Email: toasoan@kinhtexanh.vn</p></div></footer>
</body>
</html>
"""
    meta = dict(kind="article", platform="joomla", url=url, charset="utf-8", title=title,
                published_at=pub.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00", author=author, body=G.body())
    return html_out, "utf-8", meta


# ==========================================================================
# h12  Provincial radio-TV station (ASP.NET): "Nghe đọc bài" audio widget,
#      poll widget after the article, published + updated times, group byline
# ==========================================================================
def page_h12():
    rng = RNG("h12")
    rng.places = ['Sầm Sơn', 'Bỉm Sơn', 'Nghi Sơn', 'Hoằng Hóa', 'Quảng Xương', 'Thọ Xuân', 'Ngọc Lặc', 'Mường Lát', 'TP. Thanh Hóa']
    G = Gold()
    title = "Thanh Hóa: Vận hành hệ thống camera xử lý vi phạm giao thông tại 40 nút giao trọng điểm"
    pub = dt.datetime(2024, 10, 21, 6, 30)
    upd = dt.datetime(2024, 10, 21, 8, 12)
    url = "https://ttv.org.vn/tin-tuc/thanh-hoa-van-hanh-he-thong-camera-xu-ly-vi-pham-giao-thong-tai-40-nut-giao-trong-diem-t61842.html"
    sapo = ("(TTV) - Công an tỉnh Thanh Hóa vừa đưa vào vận hành hệ thống camera giám sát, xử lý vi phạm trật tự an toàn "
            "giao thông tại 40 nút giao và tuyến đường trọng điểm trên địa bàn TP. Thanh Hóa, TP. Sầm Sơn và thị xã Bỉm Sơn.")
    sapo_html = G(esc(sapo))
    P = lambda t: f'<p style="text-align: justify;">{G(esc(t))}</p>\n'
    c = []
    c.append(P("Hệ thống gồm 126 camera có khả năng nhận diện biển số, phát hiện các hành vi vượt đèn đỏ, đi sai làn, dừng "
               "đỗ sai quy định, không đội mũ bảo hiểm. Dữ liệu được truyền trực tiếp về Trung tâm chỉ huy Công an tỉnh để "
               "phân tích, trích xuất hình ảnh phục vụ xử lý vi phạm."))
    c.append('<div style="text-align:center"><img src="/Upload/2024/10/21/trung-tam-chi-huy-camera.jpg" alt="" style="max-width:100%"></div>\n'
             f'<p style="text-align:center"><em>{G(esc("Trung tâm chỉ huy Công an tỉnh theo dõi hình ảnh từ hệ thống camera giám sát giao thông."))}</em></p>\n')
    c.append(P("Theo Phòng Cảnh sát giao thông Công an tỉnh, sau hai tuần vận hành thử, hệ thống đã ghi nhận hơn 3.400 "
               "trường hợp vi phạm, trong đó vượt đèn đỏ chiếm gần 60%. Thông báo vi phạm được gửi về địa chỉ cư trú của "
               "chủ phương tiện và đăng tải trên Cổng thông tin điện tử Công an tỉnh."))
    c.append(f'<h2 style="font-size:16px">{G("Người dân có thể tra cứu vi phạm trực tuyến")}</h2>\n')
    c.append(P("Người điều khiển phương tiện có thể tra cứu thông tin vi phạm qua ứng dụng VNeTraffic hoặc trang thông tin "
               "điện tử của Cục Cảnh sát giao thông bằng cách nhập biển số xe. Khi nhận được thông báo, người vi phạm có thể "
               "nộp phạt trực tuyến qua Cổng dịch vụ công quốc gia mà không cần đến trụ sở."))
    c.append(P("Đại tá Lê Văn Hòa, Phó Giám đốc Công an tỉnh, cho biết việc xử lý vi phạm qua hình ảnh giúp giảm tiếp xúc "
               "trực tiếp giữa lực lượng chức năng và người vi phạm, bảo đảm công khai, minh bạch. Thời gian tới, hệ thống "
               "sẽ được mở rộng ra các tuyến quốc lộ đi qua địa bàn tỉnh."))
    c.append('<p style="text-align: right;"><strong>Nhóm PV Thời sự</strong></p>\n')
    author = "Nhóm PV Thời sự"
    audio = """<div class="tts-player" id="ttsPlayer">
<span class="tts-label">🔊 Nghe đọc bài</span>
<select class="tts-voice"><option value="nu-bac">Giọng nữ miền Bắc</option><option value="nam-bac">Giọng nam miền Bắc</option><option value="nu-nam">Giọng nữ miền Nam</option></select>
<audio id="ttsAudio" preload="none" src="/tts/2024/10/21/t61842-nu-bac.mp3"></audio>
<button class="tts-play">▶</button><span class="tts-time">00:00 / 03:12</span>
</div>"""
    poll = """<div class="poll-box" id="pollBox">
<div class="poll-title">Thăm dò ý kiến</div>
<p class="poll-question">Bạn có ủng hộ việc xử phạt vi phạm giao thông qua hình ảnh camera?</p>
<form id="frmPoll" onsubmit="return vote();">
<label><input type="radio" name="poll" value="1"> Ủng hộ, giúp giảm tai nạn và tiêu cực</label><br>
<label><input type="radio" name="poll" value="2"> Ủng hộ nhưng cần thông báo kịp thời cho người vi phạm</label><br>
<label><input type="radio" name="poll" value="3"> Không ủng hộ</label><br>
<label><input type="radio" name="poll" value="4"> Ý kiến khác</label><br>
<button type="submit" class="btn-vote">Bình chọn</button> <a href="#" class="btn-result">Xem kết quả</a>
</form>
<p class="poll-total">Đã có %d lượt bình chọn</p>
</div>""" % rng.randint(900, 4000)
    news = dated_items(rng, 8, dt.date(2026, 11, 21), dt.date(2026, 11, 22))
    news_html = "".join(f'<li><a href="#">{esc(h)}</a><span class="ngay">({hm(t)} {dmy(t)})</span></li>' for t, h in news)
    other = dated_items(rng, 8, dt.date(2024, 10, 10), dt.date(2024, 10, 20))
    other_html = "".join(f'<li><a href="#">{esc(h)}</a> <span>{dmy(t)}</span></li>' for t, h in other)
    cats = [("Tin tức", ["Thời sự", "Kinh tế", "Xã hội", "Pháp luật"]), ("Truyền hình", ["TTV1", "TTV2", "Chương trình"]),
            ("Phát thanh", ["FM 96,5 MHz", "Podcast"]), ("Thể thao", []), ("Văn hóa - Du lịch", []), ("Lịch phát sóng", [])]
    html_out = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="description" content="{attr(sapo)}" />
<meta property="og:title" content="{attr(title)}" />
<link href="/Content/css/site.css?v=1.8" rel="stylesheet" />
<style>{css_blob(rng, "ttv", 200)}</style>
</head>
<body>
<form name="aspnetForm" method="post" action="./thanh-hoa-van-hanh-he-thong-camera-xu-ly-vi-pham-giao-thong-tai-40-nut-giao-trong-diem-t61842.html" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(rng, 1800)}" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{viewstate(rng, 160)}" />
<div class="header"><div class="w1200"><div class="h-date">{crawl_vi(0)}</div>
<a href="/" class="h-logo"><img src="/Content/images/logo-ttv.png" alt="Đài Phát thanh và Truyền hình Thanh Hóa" /></a>
<div class="h-live"><a href="/truc-tuyen">Xem trực tuyến</a></div></div></div>
<div class="menu"><div class="w1200"><ul>{menu_tree(rng, cats)}</ul></div></div>
<div class="w1200 content">
<div class="col-l">
<div class="dd-link"><a href="/tin-tuc">Tin tức</a> » <a href="/tin-tuc/thoi-su">Thời sự</a></div>
<h1 class="dt-title">{esc(title)}</h1>
<div class="dt-info">Đăng lúc: {hm(pub)}, {dmy(pub)} | Cập nhật: {hm(upd)}, {dmy(upd)}</div>
{audio}
<div class="dt-sapo"><b>{sapo_html}</b></div>
<div class="dt-content">
{"".join(c)}</div>
{share_tools("dt-tools")}
{poll}
<div class="dt-other"><h3>Tin khác</h3><ul>{other_html}</ul></div>
</div>
<div class="col-r"><div class="box-r"><h3>Tin mới</h3><ul>{news_html}</ul></div>
<div class="box-r"><h3>Video nổi bật</h3><div class="v-hot"><img src="/Upload/video/thumb-hot.jpg" alt="" /><a href="#">Bản tin thời sự 19h</a></div></div></div>
</div>
<div class="footer"><div class="w1200"><p>ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA</p>
<p>Giấy phép số 152/GP-BTTTT. Chịu trách nhiệm: Giám đốc Nguyễn Đình Khánh. Địa chỉ: 25 Hạc Thành, TP. Thanh Hóa. ĐT: 0237.3852.405</p></div></div>
</form>
<script>function vote(){{alert('Cảm ơn bạn đã tham gia bình chọn!');return false;}}
document.querySelector('.tts-play').onclick=function(){{document.getElementById('ttsAudio').play();}};</script>
</body>
</html>
"""
    meta = dict(kind="article", platform="radio-tv-aspnet", url=url, charset="utf-8", title=title,
                published_at=pub.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00", author=author, body=G.body())
    return html_out, "utf-8", meta


# ==========================================================================
# h13  Law paper: reader's question as the sapo, lawyer's answer, column
#      kicker above the h1, "Văn bản liên quan" box, question form
# ==========================================================================
def page_h13():
    rng = RNG("h13")
    G = Gold()
    title = "Người lao động nghỉ việc có được thanh toán tiền phép năm chưa nghỉ?"
    pub = dt.datetime(2025, 7, 15, 14, 20)
    url = "https://phaplyvietnam.vn/hoi-dap-phap-luat/nguoi-lao-dong-nghi-viec-co-duoc-thanh-toan-tien-phep-nam-chua-nghi-a287341.html"
    q = ("Tôi làm việc tại một công ty may ở Bắc Ninh được 4 năm, mới nộp đơn nghỉ việc đúng thời hạn báo trước. Trong "
         "năm nay tôi còn 9 ngày phép chưa nghỉ. Xin hỏi công ty có phải thanh toán tiền cho những ngày phép này không? "
         "(Bạn đọc Nguyễn Thị Hoa, Bắc Ninh)")
    q_html = G(esc(q))
    P = lambda t: f"<p>{G(esc(t))}</p>\n"
    c = []
    c.append(f"<p><strong>{G('Luật sư Trần Minh Đức, Đoàn Luật sư TP. Hà Nội trả lời:')}</strong></p>\n")
    c.append(P("Theo khoản 3 Điều 113 Bộ luật Lao động năm 2019, trường hợp do thôi việc, bị mất việc làm mà chưa nghỉ "
               "hằng năm hoặc chưa nghỉ hết số ngày nghỉ hằng năm thì người lao động được người sử dụng lao động thanh "
               "toán tiền lương cho những ngày chưa nghỉ."))
    c.append(P("Bên cạnh đó, khoản 1 Điều 48 Bộ luật Lao động quy định trong thời hạn 14 ngày làm việc kể từ ngày chấm "
               "dứt hợp đồng lao động, hai bên có trách nhiệm thanh toán đầy đủ các khoản tiền có liên quan đến quyền lợi "
               "của mỗi bên; trường hợp đặc biệt có thể kéo dài nhưng không quá 30 ngày."))
    c.append(P("Tiền lương làm căn cứ để trả cho những ngày chưa nghỉ là tiền lương theo hợp đồng lao động của tháng trước "
               "liền kề tháng người lao động thôi việc, chia cho số ngày làm việc bình thường của tháng đó, nhân với số "
               "ngày chưa nghỉ, theo hướng dẫn tại Nghị định số 145/2020/NĐ-CP của Chính phủ."))
    c.append(P("Như vậy, trường hợp của bạn, khi chấm dứt hợp đồng lao động đúng quy định, công ty có trách nhiệm thanh "
               "toán tiền lương cho 9 ngày phép năm chưa nghỉ. Nếu công ty không thực hiện, bạn có quyền đề nghị hòa giải "
               "viên lao động hoặc khởi kiện tại Tòa án nhân dân có thẩm quyền để bảo vệ quyền lợi của mình."))
    c.append('<p class="author" style="text-align:right"><strong>Luật sư Trần Minh Đức (Đoàn Luật sư TP. Hà Nội)</strong></p>\n')
    author = "Luật sư Trần Minh Đức (Đoàn Luật sư TP. Hà Nội)"
    docs = ["Bộ luật Lao động số 45/2019/QH14", "Nghị định số 145/2020/NĐ-CP hướng dẫn Bộ luật Lao động về điều kiện lao động và quan hệ lao động",
            "Nghị định số 12/2022/NĐ-CP quy định xử phạt vi phạm hành chính trong lĩnh vực lao động"]
    docs_html = "".join(f'<li><a href="/van-ban/{slug(d)[:50]}">{esc(d)}</a></li>' for d in docs)
    qa_heads = ["Công ty không đóng bảo hiểm xã hội, người lao động cần làm gì?", "Thử việc bao lâu thì công ty phải ký hợp đồng?",
                "Nghỉ thai sản có được hưởng lương tháng 13 không?", "Làm thêm giờ vào ngày lễ được trả lương thế nào?",
                "Có được đơn phương chấm dứt hợp đồng khi bị nợ lương?", "Tranh chấp đất đai giữa anh em trong gia đình giải quyết ra sao?",
                "Mua bán nhà bằng giấy viết tay có được công nhận?", "Thủ tục đăng ký khai sinh cho con ngoài giá thú"]
    qa_html = "".join(f'<li><a href="/hoi-dap-phap-luat/{slug(h)}">{esc(h)}</a></li>' for h in qa_heads)
    latest = dated_items(rng, 8, dt.date(2026, 11, 20), dt.date(2026, 11, 22))
    latest_html = "".join(f'<li><a href="#">{esc(h)}</a><time>{hm(t)} {dmy(t)}</time></li>' for t, h in latest)
    cats = [("Thời sự", []), ("Pháp luật", ["Văn bản mới", "Chính sách"]), ("Bạn đọc", ["Đơn thư", "Hỏi - đáp pháp luật"]),
            ("Điều tra", []), ("Kinh tế", []), ("Xã hội", []), ("Tư pháp", ["Thi hành án", "Hộ tịch", "Luật sư"])]
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)} | Báo Pháp lý Việt Nam</title>
<meta name="description" content="{attr(q)}">
<meta property="og:title" content="{attr(title)}">
<link rel="stylesheet" href="/static/css/style.min.css?v=4.1">
<style>{css_blob(rng, "plvn", 160)}</style>
{ga(rng)}
</head>
<body>
<div class="header-top"><span class="today">{crawl_vi(0)}</span> <a href="/gui-cau-hoi">Gửi câu hỏi</a> <a href="/lien-he">Liên hệ</a></div>
<header><a class="logo" href="/"><img src="/static/img/logo-plvn.png" alt="Báo Pháp lý Việt Nam"></a></header>
<nav class="menu"><ul>{menu_tree(rng, cats)}</ul></nav>
<div class="container">
<div class="main">
<div class="article">
<div class="article-cat"><a href="/hoi-dap-phap-luat">Hỏi - đáp pháp luật</a></div>
<h1 class="article-title">{esc(title)}</h1>
<div class="article-time">{dmy(pub)} - {hm(pub)}</div>
{share_tools("article-share")}
<div class="article-sapo"><strong>{q_html}</strong></div>
<div class="article-content">
{"".join(c)}</div>
<div class="box-vanban"><h4>Văn bản liên quan</h4><ul>{docs_html}</ul></div>
<div class="box-ask"><h4>Gửi câu hỏi cho chuyên mục Hỏi - đáp pháp luật</h4>
<form action="/gui-cau-hoi" method="post"><input name="ten" placeholder="Họ tên"> <input name="sdt" placeholder="Số điện thoại">
<textarea name="cauhoi" placeholder="Nội dung câu hỏi"></textarea><button>Gửi câu hỏi</button></form>
<p>Câu hỏi của bạn sẽ được luật sư trả lời trong thời gian sớm nhất.</p></div>
<div class="box-qa"><h3>Các câu hỏi khác</h3><ul>{qa_html}</ul></div>
</div>
</div>
<aside class="sidebar"><div class="box"><h3>Tin mới</h3><ul>{latest_html}</ul></div>
<div class="box hotline">Đường dây nóng: 0868.115.115</div></aside>
</div>
<footer><p>BÁO PHÁP LÝ VIỆT NAM - Giấy phép số 96/GP-BTTTT. Tổng Biên tập: Vương Thị Hồng Nhung.</p>
<p>Tòa soạn: 42 Phạm Ngọc Thạch, phường Kim Liên, Hà Nội. ĐT: 024.3573.0911</p>
<p>Thông tin tư vấn mang tính tham khảo, không thay thế ý kiến pháp lý chính thức.</p></footer>
</body>
</html>
"""
    meta = dict(kind="article", platform="news-php", url=url, charset="utf-8", title=title,
                published_at=pub.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00", author=author, body=G.body())
    return html_out, "utf-8", meta


# ==========================================================================
# h14  Online news site, opinion column: site logo in an <h1> before the
#      headline <h1>, author box (name / role) above the body, CSS drop cap
# ==========================================================================
def page_h14():
    rng = RNG("h14")
    G = Gold()
    title = "Vỉa hè cho người đi bộ: Đừng chỉ làm theo phong trào"
    pub = dt.datetime(2024, 11, 10, 5, 0)
    url = "https://diendandothi.vn/goc-nhin/via-he-cho-nguoi-di-bo-dung-chi-lam-theo-phong-trao-20241110050012.htm"
    sapo = ("Dẹp vỉa hè theo đợt rồi tái lấn chiếm là vòng lặp quen thuộc ở nhiều đô thị. Đã đến lúc cần một cách tiếp "
            "cận khác, coi vỉa hè là không gian công cộng cần được quản lý lâu dài.")
    sapo_html = G(esc(sapo))
    paras = [
        "Cứ vài năm, các đô thị lớn lại mở một đợt ra quân “trả lại vỉa hè cho người đi bộ”. Những ngày đầu, hè phố thông "
        "thoáng, hàng quán thu dọn gọn gàng. Nhưng chỉ sau vài tuần, mọi thứ lại đâu vào đấy: xe máy dựng kín lối đi, bàn "
        "ghế lấn ra sát lòng đường.",
        "Vì sao một chủ trương đúng, được người dân đồng tình lại khó duy trì đến vậy? Theo tôi, vấn đề nằm ở chỗ chúng ta "
        "mới coi vỉa hè là chuyện “dẹp”, chưa coi đó là một bài toán quản lý không gian công cộng cần lời giải dài hạn.",
        "Trước hết, nhiều tuyến phố không có chỗ đỗ xe thay thế. Khi tầng trệt mỗi ngôi nhà đều là cửa hàng, khách đến mua "
        "bán buộc phải dựng xe trên vỉa hè. Dẹp vỉa hè mà không quy hoạch bãi đỗ xe xung quanh thì chỉ đẩy chiếc xe máy từ "
        "chỗ này sang chỗ khác.",
        "Thứ hai, sinh kế của hàng trăm nghìn người buôn bán nhỏ gắn với vỉa hè. Cấm tuyệt đối là không khả thi và cũng "
        "không nhân văn. Một số thành phố đã thí điểm cho thuê có thời hạn một phần vỉa hè, kẻ vạch phân định rõ phần dành "
        "cho người đi bộ tối thiểu 1,5 m. Cách làm này cần được đánh giá nghiêm túc và nhân rộng nếu hiệu quả.",
        "Thứ ba, thiết kế vỉa hè ở nhiều nơi chưa tính đến người đi bộ. Vỉa hè cao thấp, lồi lõm theo từng nhà, bị chia cắt "
        "bởi lối dắt xe, hố ga, cột điện, tủ cáp. Người cao tuổi, người khuyết tật, phụ huynh đẩy xe nôi gần như không thể "
        "đi liền mạch một đoạn phố.",
        "Cuối cùng, việc quản lý cần dựa trên dữ liệu và sự giám sát của cộng đồng thay vì các đợt ra quân. Mỗi tuyến phố "
        "nên có bản đồ phân vùng sử dụng vỉa hè công khai, người dân có thể phản ánh vi phạm qua ứng dụng và biết được kết "
        "quả xử lý.",
        "Vỉa hè là thước đo văn minh của một đô thị. Trả lại vỉa hè cho người đi bộ không phải là một chiến dịch, mà là một "
        "cam kết lâu dài về cách thành phố đối xử với cư dân của mình.",
    ]
    c = []
    for i, p in enumerate(paras):
        cls = ' class="dropcap"' if i == 0 else ""
        c.append(f"<p{cls}>{G(esc(p))}</p>\n")
        if i == 2:
            c.append('<figure class="expNoEdit"><img src="https://cdn.diendandothi.vn/2024/11/10/via-he-pho-co.jpg" alt="Vỉa hè phố cổ">'
                     f'<figcaption><p>{G(esc("Xe máy dựng kín vỉa hè trên một tuyến phố trung tâm. Ảnh minh họa: Đức Hạnh"))}</p></figcaption></figure>\n')
    author = "TS. Lê Quốc Trung, Chuyên gia chính sách đô thị"
    same = dated_items(rng, 6, dt.date(2024, 10, 20), dt.date(2024, 11, 9))
    same_html = "".join(f'<li><a href="#">{esc(h)}</a><span class="time">{dmy(t)}</span></li>' for t, h in same)
    latest = dated_items(rng, 8, dt.date(2026, 11, 21), dt.date(2026, 11, 22))
    latest_html = "".join(f'<li><a href="#">{esc(h)}</a><span class="time">{hm(t)}</span></li>' for t, h in latest)
    cats = [("Thời sự", []), ("Góc nhìn", ["Bình luận", "Diễn đàn"]), ("Quy hoạch", []), ("Hạ tầng", []),
            ("Bất động sản", []), ("Môi trường đô thị", []), ("Sống xanh", [])]
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)} - Diễn đàn Đô thị</title>
<meta name="description" content="{attr(sapo)}">
<meta property="og:title" content="{attr(title)}">
<meta property="article:published_time" content="{pub.strftime('%Y-%m-%dT%H:%M:%S')}+07:00">
<meta property="article:section" content="Góc nhìn">
<style>
.dropcap:first-letter{{float:left;font-size:64px;line-height:56px;padding:4px 8px 0 0;font-weight:700;color:#8a1c1c}}
.author-box{{display:flex;gap:12px;border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:10px 0;margin:16px 0}}
{css_blob(rng, "ddt", 170)}
</style>
</head>
<body>
<div class="topbar"><span class="today">{crawl_vi(1)}</span><a href="/dang-nhap">Đăng nhập</a></div>
<header class="header"><h1 class="logo"><a href="/" title="Diễn đàn Đô thị"><img src="/images/logo-ddt.svg" alt="Diễn đàn Đô thị"><span class="sr-only">Diễn đàn Đô thị</span></a></h1>
<nav class="nav"><ul>{menu_tree(rng, cats)}</ul></nav></header>
<main class="container">
<div class="detail-left">
<div class="detail-cate"><a href="/goc-nhin">Góc nhìn</a> <span class="label-opinion">Bình luận</span></div>
<h1 class="detail-title">{esc(title)}</h1>
<div class="detail-time">{WD_VI_LOW[pub.weekday()]}, {dmy(pub)} - {hm(pub)}</div>
<div class="author-box"><img class="avatar" src="/images/authors/le-quoc-trung.jpg" alt="Lê Quốc Trung" width="64">
<div class="author-info"><div class="author-name">TS. Lê Quốc Trung</div><div class="author-role">Chuyên gia chính sách đô thị</div></div></div>
<p class="detail-sapo"><strong>{sapo_html}</strong></p>
<div class="detail-content afcbc-body">
{"".join(c)}</div>
<div class="note-opinion"><em>Bài viết thể hiện quan điểm riêng của tác giả. Mời bạn đọc gửi ý kiến trao đổi về hộp thư diendan@diendandothi.vn.</em></div>
{share_tools("detail-share")}
<div class="box-same"><h3>Cùng chuyên mục</h3><ul>{same_html}</ul></div>
</div>
<aside class="detail-right"><div class="box"><h3>Mới nhất</h3><ul>{latest_html}</ul></div></aside>
</main>
<footer class="footer"><p>Diễn đàn Đô thị - Chuyên trang của Tạp chí Quy hoạch và Phát triển đô thị. Giấy phép số 233/GP-BTTTT.</p>
<p>Tòa soạn: 37 Lê Đại Hành, Hà Nội. Email: toasoan@diendandothi.vn</p></footer>
<script>{js_blob(rng, 8, "ddtAds")}</script>
</body>
</html>
"""
    meta = dict(kind="article", platform="news-custom", url=url, charset="utf-8", title=title,
                published_at=pub.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00", author=author, body=G.body())
    return html_out, "utf-8", meta


# ==========================================================================
# h15  Department portal on VNPT ePortal (Liferay): title in a styled div
#      (no h1), "Ngày .. tháng .. năm .." date only, list of dossier items,
#      attachments box, byline "name - unit" on one line
# ==========================================================================
def page_h15():
    rng = RNG("h15")
    rng.places = ['Đà Lạt', 'Bảo Lộc', 'Di Linh', 'Lâm Hà', 'Đức Trọng', 'Gia Nghĩa', 'Phan Thiết', 'Đắk Mil']
    G = Gold()
    title = "Triển khai cấp mã số vùng trồng cà phê phục vụ truy xuất nguồn gốc"
    pub = dt.date(2025, 10, 23)
    url = "https://snnmt.lamdong.gov.vn/web/guest/tin-tuc-su-kien/-/asset_publisher/Vx8kP2qL/content/trien-khai-cap-ma-so-vung-trong-ca-phe-phuc-vu-truy-xuat-nguon-goc"
    sapo = ("Sở Nông nghiệp và Môi trường vừa ban hành kế hoạch hướng dẫn các xã, phường rà soát, cấp mã số vùng trồng "
            "cà phê, gắn với số hóa bản đồ vườn cây, đáp ứng yêu cầu truy xuất nguồn gốc của thị trường xuất khẩu.")
    sapo_html = G(esc(sapo))
    P = lambda t: f'<p style="text-align: justify;"><span style="font-size:14px;"><span style="font-family:Arial,Helvetica,sans-serif;">{G(esc(t))}</span></span></p>\n'
    c = []
    c.append(P("Theo kế hoạch, từ nay đến hết tháng 6/2026, ngành nông nghiệp phối hợp với chính quyền các xã, phường tổ "
               "chức khảo sát, đo đạc, lập hồ sơ cho các vùng trồng cà phê tập trung có diện tích từ 10 ha trở lên. Mỗi "
               "vùng trồng được định vị bằng tọa độ, lưu trữ trên cơ sở dữ liệu dùng chung của tỉnh."))
    c.append(P("Các hộ tham gia vùng trồng phải ghi chép nhật ký sản xuất, sử dụng phân bón, thuốc bảo vệ thực vật đúng "
               "danh mục, cam kết không mở rộng diện tích vào đất rừng. Cơ quan chuyên môn sẽ kiểm tra, giám sát định kỳ "
               "ít nhất hai lần mỗi năm."))
    c.append(P("Hồ sơ đề nghị cấp mã số vùng trồng gồm:"))
    c.append("<ul>" + "".join(f'<li><span style="font-size:14px;">{G(esc(x))}</span></li>' for x in [
        "Đơn đề nghị cấp mã số vùng trồng theo mẫu;",
        "Bản đồ hoặc sơ đồ vùng trồng có tọa độ;",
        "Danh sách hộ tham gia và diện tích của từng hộ;",
        "Nhật ký canh tác của vụ gần nhất."]) + "</ul>\n")
    c.append('<p style="text-align: center;"><img alt="" src="/documents/10181/2315442/ca-phe-ma-so-vung-trong.jpg" style="width: 600px; height: 400px;" /></p>\n'
             f'<p style="text-align: center;"><em><span style="font-size:13px;">{G(esc("Cán bộ Chi cục Trồng trọt và Bảo vệ thực vật hướng dẫn nông dân ghi nhật ký canh tác."))}</span></em></p>\n')
    c.append(P("Kế hoạch đặt mục tiêu đến năm 2027 có ít nhất 60.000 ha cà phê được cấp mã số vùng trồng, ưu tiên các vùng "
               "đã có liên kết tiêu thụ với doanh nghiệp, hợp tác xã."))
    c.append(P("Sở đề nghị UBND các xã, phường tuyên truyền rộng rãi để người dân hiểu rõ lợi ích của việc cấp mã số vùng "
               "trồng; phân công cán bộ đầu mối phối hợp với Chi cục Trồng trọt và Bảo vệ thực vật trong quá trình triển khai."))
    c.append('<p style="text-align: right;"><strong>Nguyễn Thị Thu Hiền - Chi cục Trồng trọt và Bảo vệ thực vật</strong></p>\n')
    author = "Nguyễn Thị Thu Hiền - Chi cục Trồng trọt và Bảo vệ thực vật"
    other = dated_items(rng, 10, dt.date(2025, 9, 20), dt.date(2025, 10, 22))
    other_html = "".join(f'<li><a href="#">{esc(h)}</a> <span class="date">({dmy(t)})</span></li>' for t, h in other)
    docs = [(f"{rng.randint(1000, 3000)}/QĐ-UBND", "Quyết định ban hành danh mục thủ tục hành chính lĩnh vực trồng trọt"),
            (f"{rng.randint(100, 900)}/KH-SNNMT", "Kế hoạch cấp mã số vùng trồng cà phê giai đoạn 2025 - 2027"),
            (f"{rng.randint(100, 900)}/TB-SNNMT", "Thông báo lịch tiếp công dân quý IV/2025"),
            (f"{rng.randint(1000, 3000)}/SNNMT-CCTT", "Hướng dẫn phòng trừ sâu bệnh hại cà phê mùa mưa")]
    docs_html = "".join(f'<li><a href="#"><b>{esc(n)}</b> {esc(t)}</a></li>' for n, t in docs)
    cats = [("Giới thiệu", ["Chức năng, nhiệm vụ", "Cơ cấu tổ chức", "Lãnh đạo Sở"]),
            ("Tin tức - Sự kiện", ["Tin hoạt động", "Tin chuyên ngành", "Thông báo"]),
            ("Văn bản", ["Văn bản chỉ đạo điều hành", "Văn bản pháp quy"]),
            ("Thủ tục hành chính", []), ("Dịch vụ công", []), ("Thông tin chuyên ngành", ["Trồng trọt", "Chăn nuôi - Thú y", "Lâm nghiệp", "Tài nguyên - Môi trường"]),
            ("Hỏi đáp", []), ("Liên hệ", [])]
    inst = "Vx8kP2qL"
    html_out = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)} - Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/vnpt-theme/images/favicon.ico" rel="Shortcut Icon" />
<link href="/html/portal/css.jsp?browserId=other&themeId=vnpttheme_WAR_vnpttheme&minifierType=css" rel="stylesheet" type="text/css" />
<style type="text/css">{css_blob(rng, "vnpt", 190)}</style>
<script type="text/javascript">var Liferay={{Browser:{{}},ThemeDisplay:{{getCompanyId:function(){{return "10154";}},getLanguageId:function(){{return "vi_VN";}},getPathMain:function(){{return "/c";}},getPlid:function(){{return "{rng.randint(10**6, 10**7)}";}}}}}};</script>
</head>
<body class="yui3-skin-sam controls-visible signed-out public-page site">
<div id="wrapper">
<header id="banner" role="banner">
<div class="top-date">{crawl_vi(0)}</div>
<div class="banner-img"><img src="/vnpt-theme/images/banner-snnmt.jpg" alt="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LÂM ĐỒNG" /></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Trang web" role="menubar">{menu_tree(rng, cats)}</ul></nav>
</header>
<div id="content">
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span9" id="column-1">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-borderless portlet-asset-publisher" id="p_p_id_101_INSTANCE_{inst}_">
<span id="p_{inst}"></span>
<div class="portlet-body">
<div class="taglib-header"><span class="header-back-to"><a href="/web/guest/tin-tuc-su-kien" id="_101_INSTANCE_{inst}_TabsBack">« Quay lại</a></span></div>
<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="news-title" style="font-size:20px;font-weight:bold;color:#0a5a2a">{esc(title)}</div>
<div class="news-date"><i>Ngày {pub.day} tháng {pub.month} năm {pub.year}</i></div>
<div class="asset-content" id="_101_INSTANCE_{inst}_{rng.randint(10**6, 10**7)}">
<div class="journal-content-article">
<p class="sapo"><strong>{sapo_html}</strong></p>
{"".join(c)}</div>
</div>
<div class="attachments"><b>Tệp đính kèm:</b> <a href="/documents/10181/2315442/KH-cap-ma-so-vung-trong-ca-phe.pdf">KH-cap-ma-so-vung-trong-ca-phe.pdf</a> (Tải về)</div>
<div class="asset-ratings"><span>Đánh giá bài viết:</span> ★★★★☆</div>
<div class="asset-metadata"><span class="metadata-entry metadata-view-count">Số lượt xem: {rng.randint(200, 1500)}</span> | <a href="javascript:print()">In bài viết</a> | <a href="#">Gửi email</a></div>
</div>
<div class="other-news"><div class="title-other">Các tin đã đưa</div><ul>{other_html}</ul></div>
</div></div></div>
<div class="portlet-column portlet-column-last span3" id="column-2">
<div class="box-vanban"><div class="box-title">Văn bản mới</div><ul>{docs_html}</ul></div>
<div class="box-link">{link_select(rng, 24)}</div>
<div class="box-counter">{counter_box(rng)}</div>
</div>
</div></div></div>
<footer id="footer" role="contentinfo">
<p><b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LÂM ĐỒNG</b></p>
<p>Cơ quan chủ quản: Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng. Địa chỉ: Số 2 Trần Hưng Đạo, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng.</p>
<p>Điện thoại: 0263.3822.125 - Email: snnmt@lamdong.gov.vn. Chịu trách nhiệm chính: Giám đốc Sở.</p>
<p>Thiết kế và phát triển bởi VNPT Lâm Đồng.</p>
</footer>
</div>
<script type="text/javascript">AUI().use('aui-base','liferay-menu','liferay-notice',function(A){{Liferay.Util.addInputType();}});</script>
</body>
</html>
"""
    meta = dict(kind="article", platform="vnpt-eportal", url=url, charset="utf-8", title=title,
                published_at=f"{pub.isoformat()}T00:00:00+07:00", author=author, body=G.body())
    return html_out, "utf-8", meta


# ==========================================================================
# h16  Provincial government portal on SharePoint: 12-hour "SA" clock,
#      <div> soup with &#160; spacers, a data table (ms-rteTable), byline
#      "Tin: … - Ảnh: …"
# ==========================================================================
def page_h16():
    rng = RNG("h16")
    rng.places = ['Cao Lộc', 'Hữu Lũng', 'Chi Lăng', 'Lộc Bình', 'Tràng Định', 'Văn Quan', 'Bắc Sơn', 'Đình Lập', 'TP. Lạng Sơn']
    G = Gold()
    title = "Giải ngân vốn đầu tư công 2 tháng đầu năm 2024 đạt 12,2% kế hoạch"
    pub = dt.datetime(2024, 3, 18, 9, 5)
    url = "https://langson.gov.vn/Trang/tin-tuc/giai-ngan-von-dau-tu-cong-2-thang-dau-nam-2024-dat-12-2-ke-hoach.aspx"
    sapo = ("Hai tháng đầu năm 2024, tỷ lệ giải ngân vốn đầu tư công của tỉnh đạt 12,2% kế hoạch; UBND tỉnh yêu cầu các "
            "chủ đầu tư tập trung tháo gỡ vướng mắc, phấn đấu hết quý I đạt trên 20%.")
    sapo_html = G(esc(sapo))
    D = lambda t: f'<div style="text-align:justify">&#160;&#160;&#160;&#160;&#160; {G(esc(t))}</div>\n<div>&#160;</div>\n'
    c = []
    c.append('<div style="text-align:center"><img src="/PublishingImages/2024/03/hop-giai-ngan.jpg" alt="" style="width:600px;border:0px solid" /></div>\n'
             f'<div style="text-align:center"><em>{G(esc("Toàn cảnh cuộc họp trực tuyến về giải ngân vốn đầu tư công."))}</em></div>\n<div>&#160;</div>\n')
    c.append(D("Theo báo cáo của Sở Kế hoạch và Đầu tư, tổng kế hoạch vốn đầu tư công năm 2024 của tỉnh là 4.078 tỷ đồng. "
               "Tính đến ngày 29/02/2024, các chủ đầu tư đã giải ngân 496,3 tỷ đồng, đạt 12,2% kế hoạch, cao hơn mức bình "
               "quân chung của cả nước."))
    c.append(D("Kết quả giải ngân theo từng nguồn vốn như sau:"))
    rows = [("Nguồn vốn", "Kế hoạch giao (tỷ đồng)", "Đã giải ngân (tỷ đồng)", "Tỷ lệ (%)"),
            ("Vốn ngân sách địa phương", "2.145,6", "301,2", "14,0"),
            ("Vốn ngân sách trung ương", "1.320,4", "154,8", "11,7"),
            ("Vốn các chương trình mục tiêu quốc gia", "612,0", "40,3", "6,6"),
            ("Tổng cộng", "4.078,0", "496,3", "12,2")]
    t = ['<table class="ms-rteTable-default" width="100%" cellspacing="0" style="width:100%"><tbody>']
    for i, r in enumerate(rows):
        cls = "ms-rteTableHeaderRow-default" if i == 0 else ("ms-rteTableOddRow-default" if i % 2 else "ms-rteTableEvenRow-default")
        cells = []
        for j, x in enumerate(r):
            tcls = "ms-rteTableHeaderFirstCol-default" if (i == 0 and j == 0) else ("ms-rteTableHeaderEvenCol-default" if i == 0 else "ms-rteTableEvenCol-default")
            inner = f"<strong>{G(esc(x))}</strong>" if (i == 0 or i == len(rows) - 1) else G(esc(x))
            cells.append(f'<td class="{tcls}" style="width:25%;text-align:center">{inner}</td>')
        t.append(f'<tr class="{cls}">' + "".join(cells) + "</tr>")
    t.append("</tbody></table>\n<div>&#160;</div>\n")
    c.append("".join(t))
    c.append(D("Một số chủ đầu tư có tỷ lệ giải ngân cao như Ban Quản lý dự án đầu tư xây dựng tỉnh, UBND huyện Cao Lộc, "
               "UBND huyện Hữu Lũng. Tuy nhiên, vẫn còn 11 chủ đầu tư chưa giải ngân, chủ yếu do các dự án khởi công mới "
               "đang trong giai đoạn hoàn thiện thủ tục."))
    c.append(D("Tại cuộc họp, đồng chí Nông Thị Hạnh, Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương xác định "
               "giải ngân vốn đầu tư công là nhiệm vụ chính trị trọng tâm; người đứng đầu phải chịu trách nhiệm trực tiếp về "
               "kết quả giải ngân. Các đơn vị tập trung tháo gỡ vướng mắc về giải phóng mặt bằng, đẩy nhanh nghiệm thu khối "
               "lượng hoàn thành để thanh toán ngay."))
    c.append(D("UBND tỉnh phấn đấu đến hết quý I/2024 giải ngân đạt trên 20% và đến ngày 30/9/2024 đạt trên 65% kế hoạch "
               "vốn được giao."))
    c.append('<div style="text-align:right"><strong>Tin: Bảo Trâm - Ảnh: Đức Hòa</strong></div>\n')
    author = "Bảo Trâm, Đức Hòa"

    def sp_time(d):
        h = d.hour % 12 or 12
        return f"{dmy(d)} {h}:{d.minute:02d} {'SA' if d.hour < 12 else 'CH'}"
    other = dated_items(rng, 10, dt.date(2024, 3, 1), dt.date(2024, 3, 17))
    other_html = "".join(f'<li><a href="#">{esc(h)}</a> <span class="date">({sp_time(t)})</span></li>' for t, h in other)
    cats = [("Giới thiệu", ["Tổng quan", "Lịch sử - Văn hóa", "Bản đồ hành chính"]), ("Chính quyền", ["Tỉnh ủy", "HĐND tỉnh", "UBND tỉnh", "Sở, ban, ngành", "Huyện, thành phố"]),
            ("Tin tức - Sự kiện", ["Tin hoạt động", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh"]),
            ("Văn bản", ["Văn bản QPPL", "Văn bản chỉ đạo điều hành", "Dự thảo lấy ý kiến"]), ("Công dân", []), ("Doanh nghiệp", []),
            ("Du khách", []), ("Dịch vụ công", []), ("Hỏi đáp", [])]
    vs = viewstate(rng, 3600)
    html_out = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" />
<title>
	{esc(title)}
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2bpHeX4U2ZfI6pG7w5hQ%3D%3D" />
<link rel="stylesheet" type="text/css" href="/Style%20Library/langson/css/style.css" />
<style type="text/css">{css_blob(rng, "ls", 200)}</style>
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZSx3cvSJTI4Hj9Dz2rp%2FYA%3D%3D"></script>
</head>
<body>
<form method="post" action="./giai-ngan-von-dau-tu-cong-2-thang-dau-nam-2024-dat-12-2-ke-hoach.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{rng.randrange(16**64):064X},22 Nov 2026 03:14:07 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header-portal"><div class="ngay-thang">{crawl_vi(2)}</div>
<div class="logo"><img src="/Style%20Library/langson/images/banner.png" alt="CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN" /></div>
<div class="search-box"><input type="text" title="Tìm kiếm" /><a href="#">Tìm kiếm</a></div></div>
<div class="menu-portal"><ul>{menu_tree(rng, cats)}</ul></div>
<div id="contentRow"><div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="DeltaPlaceHolderMain">
<div class="breadcrumb-portal"><a href="/">Trang chủ</a> &gt; <a href="/Trang/tin-tuc.aspx">Tin tức - Sự kiện</a> &gt; <span>Kinh tế</span></div>
<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">
<div webpartid="{rng.randrange(16**8):08x}-4c1e-4d7a-9b1e-{rng.randrange(16**12):012x}" class="ms-WPBody noindex" id="WebPartWPQ2">
<div class="news-detail">
<div class="news-title"><h2>{esc(title)}</h2></div>
<div class="news-date">{sp_time(pub)}</div>
<div class="news-sapo">{sapo_html}</div>
<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label">
{"".join(c)}</div>
<div class="news-tools"><a href="javascript:window.print()">In trang</a> | <a href="#">Gửi email</a> | <a href="#">Về đầu trang</a></div>
</div>
<div class="news-other"><h3>Các tin khác</h3><ul>{other_html}</ul></div>
</div></div></div></div>
</div></div></div>
<div class="footer-portal"><p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN</p>
<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lạng Sơn. Cơ quan thường trực: Văn phòng UBND tỉnh.</p>
<p>Địa chỉ: Số 2 Hoàng Văn Thụ, TP. Lạng Sơn. Điện thoại: 0205.3812.605. Giấy phép số 31/GP-TTĐT.</p></div>
</div></div>
<script type="text/javascript">//<![CDATA[
var _fV4UI=true;var _spPageContextInfo={{webServerRelativeUrl:"\\u002f",webAbsoluteUrl:"https:\\u002f\\u002flangson.gov.vn",siteAbsoluteUrl:"https:\\u002f\\u002flangson.gov.vn",serverRequestPath:"\\u002fTrang\\u002ftin-tuc\\u002fgiai-ngan-von-dau-tu-cong-2-thang-dau-nam-2024-dat-12-2-ke-hoach.aspx",layoutsUrl:"_layouts\\u002f15",webLanguage:1066,currentLanguage:1066,currentUICultureName:"vi-VN",currentCultureName:"vi-VN",isAnonymousGuestUser:true}};
//]]></script>
</form>
</body>
</html>
"""
    meta = dict(kind="article", platform="sharepoint", url=url, charset="utf-8", title=title,
                published_at=pub.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00", author=author, body=G.body())
    return html_out, "utf-8", meta


# ==========================================================================
# h17  Department portal on WordPress: a 2-paragraph notice with no byline
#      (only the CMS account "admin"), UTC article:published_time
# ==========================================================================
def page_h17():
    rng = RNG("h17")
    rng.places = ['Vinh', 'Cửa Lò', 'Diễn Châu', 'Yên Thành', 'Quỳnh Lưu', 'Con Cuông', 'Kỳ Sơn', 'Nam Đàn']
    G = Gold()
    title = "Thông báo về việc thay đổi địa điểm tiếp nhận hồ sơ thủ tục hành chính"
    url = "https://svhttdl.nghean.gov.vn/thong-bao/thong-bao-ve-viec-thay-doi-dia-diem-tiep-nhan-ho-so-thu-tuc-hanh-chinh/"
    p1 = ("Thực hiện kế hoạch cải tạo, sửa chữa trụ sở làm việc, Sở Văn hóa, Thể thao và Du lịch thông báo: kể từ ngày "
          "10/11/2026, bộ phận tiếp nhận và trả kết quả giải quyết thủ tục hành chính của Sở chuyển đến làm việc tại tầng "
          "2, Trung tâm Phục vụ hành chính công tỉnh Nghệ An.")
    p2 = ("Thời gian tiếp nhận hồ sơ: buổi sáng từ 7 giờ 00 đến 11 giờ 30, buổi chiều từ 13 giờ 30 đến 17 giờ 00 các ngày "
          "làm việc trong tuần. Tổ chức, cá nhân có nhu cầu giải quyết thủ tục hành chính vui lòng liên hệ số điện thoại "
          "0238.3598.412 để được hướng dẫn.")
    b1, b2 = G(esc(p1)), G(esc(p2))
    recent = dated_items(rng, 7, dt.date(2026, 10, 15), dt.date(2026, 11, 21))
    recent_html = "".join(f'<li><a href="#">{esc(h)}</a> <span class="post-date">{dmy(t)}</span></li>' for t, h in recent)
    cal = "".join(f'<li><b>{WD_VI[(CRAWL + dt.timedelta(days=k)).weekday()]} {dmy(CRAWL + dt.timedelta(days=k))}:</b> {esc(x)}</li>'
                  for k, x in [(1, "Giám đốc Sở dự giao ban công tác tháng 11 của UBND tỉnh"),
                               (2, "Phó Giám đốc Sở kiểm tra công tác chuẩn bị Liên hoan văn nghệ quần chúng"),
                               (3, "Họp Hội đồng thẩm định hồ sơ di tích cấp tỉnh")])
    cats = [("Trang chủ", []), ("Giới thiệu", ["Cơ cấu tổ chức", "Lãnh đạo Sở", "Đơn vị trực thuộc"]),
            ("Tin tức", ["Văn hóa", "Thể thao", "Du lịch", "Gia đình"]), ("Thông báo", []),
            ("Văn bản", ["Văn bản của Sở", "Văn bản cấp trên"]), ("Thủ tục hành chính", []), ("Liên hệ", [])]
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; Sở Văn hóa, Thể thao và Du lịch Nghệ An</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:locale" content="vi_VN">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(title)}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="2026-11-05T01:20:33+00:00">
<meta property="article:modified_time" content="2026-11-05T01:22:10+00:00">
<meta name="author" content="admin">
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.3" media="all">
<style id="astra-theme-css-inline-css">{css_blob(rng, "ast", 170)}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-5127 single-format-standard ast-right-sidebar">
<div class="hfeed site" id="page">
<div class="top-header-bar"><span class="ngay">{crawl_vi(1)}</span> <span class="hotline">Đường dây nóng: 0238.3844.706</span></div>
<header class="site-header" id="masthead"><div class="site-branding"><a href="/" rel="home"><img src="/wp-content/uploads/2023/05/banner-svhttdl.png" alt="SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH NGHỆ AN"></a></div>
<nav id="primary-site-navigation" class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu">{menu_tree(rng, cats)}</ul></nav></header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-5127 post type-post status-publish format-standard hentry category-thong-bao ast-article-single" id="post-5127">
<div class="ast-post-format- single-layout-1">
<header class="entry-header">
<h1 class="entry-title" itemprop="headline">{esc(title)}</h1>
<div class="entry-meta"><span class="posted-by vcard author">Đăng bởi: <a class="url fn n" href="/author/admin/" rel="author"><span class="author-name">admin</span></a></span> / <span class="posted-on"><span class="published">{dmy(dt.date(2026, 11, 5))}</span></span> / <span class="cat-links"><a href="/category/thong-bao/">Thông báo</a></span></div>
</header>
<div class="entry-content clear" itemprop="text">
<p style="text-align: justify;">{b1}</p>
<p style="text-align: justify;">{b2}</p>
</div>
</div>
</article>
<nav class="navigation post-navigation" aria-label="Bài viết"><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev"><span class="ast-post-nav">← Bài trước</span></a></div><div class="nav-next"><a href="#" rel="next"><span class="ast-post-nav">Bài tiếp theo →</span></a></div></div></nav>
</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main">
<aside class="widget"><h2 class="widget-title">Tin mới</h2><ul>{recent_html}</ul></aside>
<aside class="widget"><h2 class="widget-title">Lịch công tác tuần</h2><ul>{cal}</ul></aside>
<aside class="widget">{link_select(rng, 20)}</aside>
<aside class="widget">{counter_box(rng)}</aside>
</div></div>
</div></div>
<footer class="site-footer"><div class="ast-small-footer"><p>Cơ quan chủ quản: Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An</p>
<p>Địa chỉ: Số 5 Trường Thi, tỉnh Nghệ An. Điện thoại: 0238.3844.706 - Email: svhttdl@nghean.gov.vn</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></div></footer>
</div>
<script id="astra-theme-js-js-extra">var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"1"}};</script>
</body>
</html>
"""
    meta = dict(kind="article", platform="wordpress", url=url, charset="utf-8", title=title,
                published_at="2026-11-05T08:20:33+07:00", author=None, body=G.body())
    return html_out, "utf-8", meta


# ==========================================================================
# h18  District portal, old ASP.NET WebForms, windows-1258 (composed with
#      combining tone marks), table layout and <font>, one <div> whose
#      paragraphs are separated by <br><br>, large view state (~150 KB page)
# ==========================================================================
def page_h18():
    rng = RNG("h18")
    rng.places = ['Xã Nà Mường', 'Xã Tân Lập', 'Xã Chiềng Hắc', 'Xã Mường Sang', 'Xã Đông Sang', 'Xã Lóng Sập', 'Xã Chiềng Sơn', 'Xã Tân Hợp', 'Mộc Châu']
    G = Gold()
    title = "Mộc Châu: Nông dân thu hoạch mận hậu, giá bán ổn định"
    pub = dt.datetime(2023, 5, 16, 8, 7, 52)
    url = "http://mocchau.sonla.gov.vn/tin-tuc/Trang/ChiTiet.aspx?ID=4417&CatID=12"
    sapo = ("Những ngày này, nông dân các xã trên địa bàn huyện Mộc Châu đang tập trung thu hoạch mận hậu. Năm nay mận "
            "được mùa, giá bán tại vườn dao động từ 12.000 đến 18.000 đồng/kg.")
    sapo_html = G(esc(sapo))
    paras1 = [
        "Toàn huyện hiện có trên 4.300 ha mận, tập trung chủ yếu tại các xã Nà Mường, Tân Lập, Chiềng Hắc, Mường Sang "
        "và thị trấn Nông trường Mộc Châu. Sản lượng dự kiến năm 2023 đạt khoảng 38.000 tấn, tăng hơn 10% so với năm trước.",
        "Gia đình anh Hà Văn Tuân ở bản Nà Bai, xã Nà Mường có 2 ha mận hậu đang cho thu hoạch. Anh Tuân cho biết: năm "
        "nay thời tiết thuận lợi, quả to, đều, ít sâu bệnh; ngay từ đầu vụ đã có thương lái đến đặt mua tại vườn nên gia "
        "đình không phải lo đầu ra.",
    ]
    cap = "Nông dân xã Nà Mường thu hoạch mận hậu."
    paras2 = [
        "Để bảo đảm tiêu thụ, UBND huyện đã chỉ đạo các cơ quan chuyên môn phối hợp với các hợp tác xã, doanh nghiệp ký "
        "kết hợp đồng bao tiêu; hỗ trợ các hộ đăng ký mã số vùng trồng, dán tem truy xuất nguồn gốc để đưa sản phẩm vào "
        "các siêu thị, sàn thương mại điện tử.",
        "Hiện trên địa bàn huyện có 14 cơ sở sấy, chế biến mận với công suất trên 3.000 tấn quả tươi mỗi vụ, góp phần giảm "
        "áp lực tiêu thụ vào thời điểm chính vụ.",
        "Dự kiến vụ mận năm nay kéo dài đến hết tháng 6. Huyện tiếp tục phối hợp tổ chức Ngày hội mận hậu gắn với quảng "
        "bá du lịch, thu hút du khách đến trải nghiệm hái mận tại vườn.",
    ]
    body = ["&nbsp;&nbsp;&nbsp; " + G(esc(p)) for p in paras1]
    inner = "<br />\r\n<br />\r\n".join(body)
    inner += ('<br />\r\n<table align="center" border="0" cellpadding="2" cellspacing="0" width="500"><tr><td align="center">'
              '<img src="/Upload/TinTuc/2023/5/16/thu-hoach-man-hau.jpg" width="480" border="0"></td></tr>'
              f'<tr><td align="center"><i><font size="1">{G(esc(cap))}</font></i></td></tr></table>\r\n')
    inner += "<br />\r\n<br />\r\n".join("&nbsp;&nbsp;&nbsp; " + G(esc(p)) for p in paras2)
    author = "Lò Văn Thắng"
    cats = [("Trang chủ", []), ("Giới thiệu", ["Điều kiện tự nhiên", "Lịch sử", "Đơn vị hành chính", "Tiềm năng du lịch"]),
            ("Tin tức - Sự kiện", ["Chính trị", "Kinh tế", "Văn hóa - Xã hội", "An ninh - Quốc phòng", "Tin từ cơ sở"]),
            ("Chỉ đạo điều hành", ["Văn bản chỉ đạo", "Lịch công tác", "Thông báo kết luận"]),
            ("Thủ tục hành chính", ["Cấp huyện", "Cấp xã"]), ("Quy hoạch - Kế hoạch", []),
            ("Dự án - Đấu thầu", []), ("Công khai ngân sách", []), ("Hỏi đáp", []), ("Liên hệ", [])]
    docs = []
    for i in range(45):
        d = rand_dt(rng, dt.date(2023, 1, 5), dt.date(2023, 5, 15)).date()
        kind = rng.choice(["QĐ-UBND", "KH-UBND", "TB-UBND", "CV-UBND", "BC-UBND"])
        docs.append((d, f"{rng.randint(100, 2500)}/{kind}", rng.choice(TOPICS)))
    docs.sort(reverse=True)
    docs_html = "".join(f'<tr><td class="vb-so"><a href="#">{esc(n)}</a></td><td class="vb-ngay">{dmy(d)}</td><td>V/v {esc(t)}</td></tr>' for d, n, t in docs)
    news = dated_items(rng, 30, dt.date(2023, 4, 1), dt.date(2023, 5, 15))
    news_html = "".join(f'<tr><td><img src="/images/bullet.gif" /> <a href="#" class="link-tin">{esc(h)}</a> <font color="#999999">({dmy(t)})</font></td></tr>' for t, h in news)
    hot = dated_items(rng, 10, dt.date(2026, 11, 10), dt.date(2026, 11, 22))
    hot_html = "".join(f'<li><a href="#">{esc(h)}</a> <span>{dmy(t)}</span></li>' for t, h in hot)
    vs = viewstate(rng, 64000)
    ev = viewstate(rng, 1200)
    js_menu = "\n".join(f"menu_{i} = new Array('{slug(n)}', '/tin-tuc/Trang/DanhMuc.aspx?CatID={i}', {rng.randint(0, 9)});" for i, (n, _) in enumerate(cats * 3))
    html_out = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>Cổng thông tin điện tử huyện Mộc Châu - {esc(title)}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<style type="text/css">{css_blob(rng, "mc", 260)}</style>
<script language="javascript" type="text/javascript">
{js_menu}
function MM_swapImgRestore(){{var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}}
</script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<form name="aspnetForm" method="post" action="ChiTiet.aspx?ID=4417&amp;CatID=12" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td><img src="/images/banner_mocchau.jpg" width="1000" height="160" alt="CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỘC CHÂU"></td></tr>
<tr><td class="menu-ngang" bgcolor="#0066CC"><table width="100%"><tr><td><ul class="menu">{menu_tree(rng, cats)}</ul></td>
<td align="right"><font color="#FFFFFF" size="1"><span id="ctl00_lblNgay">{crawl_vi(2)}</span></font></td></tr></table></td></tr>
<tr><td>
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>
<td width="200" valign="top" class="cot-trai">
<table width="100%"><tr><td class="tieu-de-box">VĂN BẢN CHỈ ĐẠO ĐIỀU HÀNH</td></tr>
<tr><td><table class="vanban" width="100%">{docs_html}</table></td></tr></table>
</td>
<td valign="top" class="cot-giua">
<table width="100%" border="0" cellpadding="4"><tr><td class="duong-dan"><a href="/">Trang chủ</a> &raquo; <a href="/tin-tuc/Trang/DanhMuc.aspx?CatID=12">Kinh tế</a></td></tr>
<tr><td><span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="tieu-de-tin"><font size="4" color="#003399"><b>{esc(title)}</b></font></span></td></tr>
<tr><td><font size="1" color="#666666">Đăng lúc: {pub.strftime('%H:%M:%S')} {dmy(pub)} (GMT+7)</font></td></tr>
<tr><td><span id="ctl00_ContentPlaceHolder1_lblTomTat" class="tom-tat"><b>{sapo_html}</b></span></td></tr>
<tr><td><div id="ctl00_ContentPlaceHolder1_lblNoiDung" class="noi-dung"><font face="Arial" size="2">
{inner}
</font></div>
<p align="right"><b>Lò Văn Thắng</b></p>
<p align="right"><i>Nguồn: Phòng Nông nghiệp và PTNT huyện</i></p>
</td></tr>
<tr><td align="right"><a href="javascript:window.print();"><img src="/images/print.gif" border="0"> In trang</a> &nbsp; <a href="javascript:history.back();">Trở về</a> &nbsp; <a href="#">Lên đầu trang</a></td></tr>
<tr><td class="tieu-de-box">CÁC TIN KHÁC</td></tr>
<tr><td><table width="100%">{news_html}</table></td></tr>
</table>
</td>
<td width="220" valign="top" class="cot-phai">
<table width="100%"><tr><td class="tieu-de-box">TIN NỔI BẬT</td></tr><tr><td><ul class="tin-noi-bat">{hot_html}</ul></td></tr>
<tr><td class="tieu-de-box">LIÊN KẾT WEBSITE</td></tr><tr><td>{link_select(rng, 90)}</td></tr>
<tr><td>{counter_box(rng)}</td></tr></table>
</td></tr></table>
</td></tr>
<tr><td class="footer" align="center" bgcolor="#0066CC"><font color="#FFFFFF" size="1">
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỘC CHÂU - TỈNH SƠN LA<br>
Cơ quan chủ quản: Ủy ban nhân dân huyện Mộc Châu. Địa chỉ: Tiểu khu 4, thị trấn Mộc Châu, huyện Mộc Châu, tỉnh Sơn La<br>
Điện thoại: 0212.3866.201 - Fax: 0212.3866.202 - Email: ubndmocchau@sonla.gov.vn<br>
Ghi rõ nguồn "Cổng thông tin điện tử huyện Mộc Châu" khi phát hành lại thông tin từ website này.</font></td></tr>
</table>
<div><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" /></div>
</form>
</body>
</html>
"""
    html_out = html_out.replace("\r\n", "\n").replace("\n", "\r\n")
    meta = dict(kind="article", platform="aspnet", url=url, charset="windows-1258", title=title,
                published_at="2023-05-16T08:07:52+07:00", author=author, body=G.body())
    return html_out, "windows-1258", meta


# ==========================================================================
# h19  Department of Health portal, custom PHP: credits inside the meta line
#      ("Cập nhật lúc: … | Tác giả: … | Lượt xem: …"), bulleted advice list
# ==========================================================================
def page_h19():
    rng = RNG("h19")
    rng.places = ['Kỳ Anh', 'Cẩm Xuyên', 'Hương Khê', 'Hương Sơn', 'Đức Thọ', 'Nghi Xuân', 'Can Lộc', 'Thạch Hà', 'TP. Hà Tĩnh']
    G = Gold()
    title = "Khuyến cáo phòng, chống bệnh sốt xuất huyết trong mùa mưa"
    pub = dt.datetime(2023, 9, 9, 10, 5)
    url = "https://soyte.hatinh.gov.vn/tin-tuc/khuyen-cao-phong-chong-benh-sot-xuat-huyet-trong-mua-mua-1694228700.html"
    sapo = ("Thời gian gần đây, số ca mắc sốt xuất huyết trên địa bàn tỉnh có xu hướng gia tăng. Để chủ động phòng bệnh, "
            "Sở Y tế khuyến cáo người dân thực hiện tốt các biện pháp sau.")
    sapo_html = G(esc(sapo))
    P = lambda t: f"<p>{G(esc(t))}</p>\n"
    c = []
    c.append(P("Theo số liệu của Trung tâm Kiểm soát bệnh tật tỉnh, từ đầu năm đến ngày 5/9/2023, toàn tỉnh ghi nhận 312 "
               "ca mắc sốt xuất huyết, tăng gần gấp đôi so với cùng kỳ năm 2022; chưa có trường hợp tử vong. Các ca bệnh "
               "tập trung chủ yếu tại TP. Hà Tĩnh, thị xã Kỳ Anh và huyện Cẩm Xuyên."))
    c.append(P("Sốt xuất huyết là bệnh truyền nhiễm cấp tính do vi rút Dengue gây ra, lây truyền qua muỗi vằn. Bệnh chưa "
               "có thuốc điều trị đặc hiệu, vì vậy biện pháp phòng bệnh chủ yếu là diệt muỗi, diệt lăng quăng (bọ gậy)."))
    c.append(f'<p><img src="/uploads/soyte/2023_09/sxh-khuyen-cao.jpg" alt="Sốt xuất huyết" width="640"></p>\n')
    c.append(P("Để chủ động phòng, chống dịch bệnh, Sở Y tế khuyến cáo người dân:"))
    c.append("<ul>\n" + "".join(f"<li>{G(esc(x))}</li>\n" for x in [
        "Đậy kín tất cả các dụng cụ chứa nước để muỗi không vào đẻ trứng; thường xuyên thau rửa dụng cụ chứa nước.",
        "Hằng tuần loại bỏ các vật dụng phế thải, lốp xe hỏng, vỏ chai lọ có thể đọng nước xung quanh nhà.",
        "Ngủ màn kể cả ban ngày; mặc quần áo dài tay, dùng bình xịt hoặc hương muỗi để phòng muỗi đốt.",
        "Tích cực phối hợp với ngành y tế trong các đợt phun hóa chất diệt muỗi.",
        "Khi có dấu hiệu sốt cao đột ngột, đau đầu, đau cơ, xuất huyết dưới da cần đến ngay cơ sở y tế để được khám, tư "
        "vấn và điều trị; không tự ý điều trị tại nhà."]) + "</ul>\n")
    c.append(P("Các đơn vị y tế tuyến huyện, xã tăng cường giám sát, phát hiện sớm ổ dịch và xử lý triệt để, không để dịch "
               "lan rộng."))
    author = "BS. Hoàng Thị Mai"
    other = dated_items(rng, 10, dt.date(2023, 8, 15), dt.date(2023, 9, 8))
    other_html = "".join(f'<li><a href="#">{esc(h)}</a> <em>- {dmy(t)}</em></li>' for t, h in other)
    notices = dated_items(rng, 6, dt.date(2026, 11, 1), dt.date(2026, 11, 21))
    notices_html = "".join(f'<li><span class="ngay">{dmy(t)}</span> <a href="#">{esc(h)}</a></li>' for t, h in notices)
    cats = [("Trang chủ", []), ("Giới thiệu", ["Chức năng nhiệm vụ", "Lãnh đạo Sở", "Các phòng chức năng", "Đơn vị trực thuộc"]),
            ("Tin tức", ["Hoạt động ngành", "Y tế cơ sở", "Phòng chống dịch", "Khám chữa bệnh"]),
            ("Văn bản", []), ("Thủ tục hành chính", []), ("Thông tin thuốc", []), ("Đấu thầu", []), ("Góp ý", [])]
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} - Sở Y tế Hà Tĩnh</title>
<meta name="keywords" content="sốt xuất huyết, phòng chống dịch, Sở Y tế Hà Tĩnh">
<link rel="stylesheet" href="/themes/soyte/css/bootstrap.min.css">
<link rel="stylesheet" href="/themes/soyte/css/style.css">
<style>{css_blob(rng, "syt", 180)}</style>
</head>
<body>
<div class="top"><div class="container"><span class="date">{crawl_vi(0)}</span> <span class="hotline">Đường dây nóng ngành Y tế: 1900.9095</span></div></div>
<div class="banner"><div class="container"><img src="/themes/soyte/images/banner.png" alt="SỞ Y TẾ TỈNH HÀ TĨNH" class="img-responsive"></div></div>
<nav class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav">{menu_tree(rng, cats)}</ul></div></nav>
<div class="container"><div class="row">
<div class="col-md-8">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li class="active">Phòng chống dịch</li></ol>
<div class="news-detail">
<h2 class="news-title">{esc(title)}</h2>
<div class="news-info">Cập nhật lúc: {hm(pub)} | {dmy(pub)} | Tác giả: BS. Hoàng Thị Mai | Lượt xem: 1.245</div>
<div class="news-sapo">{sapo_html}</div>
<div class="news-content">
{"".join(c)}</div>
<div class="news-tools"><a href="javascript:window.print()">In bài viết</a> | <a href="#">Gửi bài viết</a> | <a href="javascript:history.go(-1)">Quay lại</a></div>
</div>
<div class="news-other"><h4>Các tin khác</h4><ul>{other_html}</ul></div>
</div>
<div class="col-md-4">
<div class="panel"><div class="panel-heading">Thông báo</div><ul class="list-notice">{notices_html}</ul></div>
<div class="panel"><div class="panel-heading">Liên kết</div>{link_select(rng, 22)}</div>
<div class="panel">{counter_box(rng)}</div>
</div>
</div></div>
<footer class="footer"><div class="container">
<p><strong>SỞ Y TẾ TỈNH HÀ TĨNH</strong></p>
<p>Địa chỉ: 70 Hải Thượng Lãn Ông, TP. Hà Tĩnh. Điện thoại: 0239.3855.671. Email: syt@hatinh.gov.vn</p>
<p>Chịu trách nhiệm nội dung: Giám đốc Sở Y tế.</p></div></footer>
<script src="/themes/soyte/js/jquery.min.js"></script>
</body>
</html>
"""
    meta = dict(kind="article", platform="php-custom", url=url, charset="utf-8", title=title,
                published_at=pub.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00", author=author, body=G.body())
    return html_out, "utf-8", meta


# ==========================================================================
# h20  Provincial e-government portal (ASP.NET MVC, Bootstrap), ~140 KB:
#      mega menu, "Tin liên quan" box inside the content, publication and
#      update times, byline "Tin, ảnh: name (unit)"; HTTP header carries no
#      charset, the page declares UTF-8 in a meta http-equiv
# ==========================================================================
def page_h20():
    rng = RNG("h20")
    rng.places = ['Đồng Hới', 'Đông Hà', 'Hướng Hóa', 'Lệ Thủy', 'Quảng Trạch', 'Gio Linh', 'Vĩnh Linh', 'Bố Trạch', 'Triệu Phong']
    G = Gold()
    title = "Hơn 1.200 hộ dân được hỗ trợ xóa nhà tạm, nhà dột nát trước mùa mưa bão"
    pub = dt.datetime(2025, 9, 24, 15, 48)
    upd = dt.datetime(2025, 9, 25, 8, 2)
    url = "https://quangtri.gov.vn/tin-tuc/hon-1-200-ho-dan-duoc-ho-tro-xoa-nha-tam-nha-dot-nat-truoc-mua-mua-bao-57821"
    sapo = ("Tính đến ngày 20/9/2025, toàn tỉnh đã hoàn thành hỗ trợ xây mới, sửa chữa 1.236 căn nhà cho hộ nghèo, hộ "
            "cận nghèo và gia đình chính sách, giúp các hộ có chỗ ở an toàn trước mùa mưa bão.")
    sapo_html = G(esc(sapo))
    P = lambda t: f"<p>{G(esc(t))}</p>\n"
    FIG = lambda src, t: (f'<figure class="image"><img src="/uploads/2025/09/24/{src}" alt="" class="img-fluid">'
                          f'<figcaption>{G(esc(t))}</figcaption></figure>\n')
    c = []
    c.append(P("Chiều 24/9, đồng chí Hồ Văn Thịnh, Phó Chủ tịch UBND tỉnh, chủ trì cuộc họp đánh giá tiến độ thực hiện "
               "chương trình xóa nhà tạm, nhà dột nát trên địa bàn tỉnh. Cùng dự có lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, "
               "các sở, ngành liên quan và chủ tịch UBND các xã, phường."))
    c.append(P("Theo báo cáo của Ban Chỉ đạo chương trình của tỉnh, tổng số nhà cần hỗ trợ theo danh sách rà soát là 1.318 "
               "căn, trong đó xây mới 904 căn, sửa chữa 414 căn. Đến nay đã có 1.236 căn hoàn thành, đạt 93,8%; 82 căn "
               "còn lại đang thi công, dự kiến hoàn thành trước ngày 15/10/2025."))
    c.append(FIG("nha-moi-huong-phung.jpg", "Một căn nhà mới được bàn giao cho hộ nghèo ở xã biên giới Hướng Phùng."))
    rel = headlines(rng, 3)
    c.append('<div class="box-tinlienquan"><div class="box-tinlienquan-title">Tin liên quan</div><ul>' +
             "".join(f'<li><a href="/tin-tuc/{slug(h)}-{rng.randint(50000, 57800)}">{esc(h)}</a></li>' for h in rel) + "</ul></div>\n")
    c.append(f"<h3>{G('Huy động nhiều nguồn lực')}</h3>\n")
    c.append(P("Tổng kinh phí thực hiện chương trình hơn 68 tỷ đồng, trong đó ngân sách nhà nước hỗ trợ 41 tỷ đồng, Quỹ Vì "
               "người nghèo các cấp vận động hơn 16 tỷ đồng, phần còn lại do các doanh nghiệp, nhà hảo tâm và gia đình đóng "
               "góp. Mức hỗ trợ xây mới 60 triệu đồng/căn, sửa chữa 30 triệu đồng/căn."))
    c.append(P("Nhiều địa phương đã huy động lực lượng đoàn viên thanh niên, dân quân, bộ đội biên phòng hỗ trợ ngày công "
               "vận chuyển vật liệu, tháo dỡ nhà cũ, giúp giảm chi phí cho các hộ. Tại các xã miền núi, việc vận chuyển "
               "vật liệu gặp khó khăn do đường sá xa xôi, nhiều nơi phải dùng xe công nông, sức người gùi cõng."))
    c.append(P("Ông Hồ Văn Pả ở bản Ka Tăng, xã Hướng Phùng, xúc động khi nhận căn nhà mới rộng 45 m². “Trước đây cả nhà sáu "
               "người ở trong căn nhà gỗ tạm, mưa to là dột khắp nơi. Giờ có nhà kiên cố, mùa bão tới tôi không còn phải lo "
               "nữa”, ông Pả nói."))
    c.append(FIG("bien-phong-van-chuyen-vat-lieu.jpg", "Lực lượng bộ đội biên phòng giúp người dân vận chuyển vật liệu làm nhà."))
    c.append(f"<h3>{G('Không để hộ nào bị bỏ lại phía sau')}</h3>\n")
    c.append(P("Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND tỉnh đề nghị các địa phương khẩn trương hoàn thành các căn nhà "
               "đang thi công, bảo đảm chất lượng, đúng tiêu chí “3 cứng” (nền cứng, khung - tường cứng, mái cứng); kịp "
               "thời giải ngân kinh phí hỗ trợ, không để tình trạng người dân phải vay mượn để làm nhà."))
    c.append(P("Đồng chí cũng yêu cầu các xã, phường tiếp tục rà soát, bổ sung các trường hợp phát sinh do thiên tai, hỏa "
               "hoạn; phối hợp với Ủy ban MTTQ cùng cấp giám sát việc sử dụng kinh phí, bảo đảm công khai, minh bạch, đúng "
               "đối tượng."))
    c.append(P("Chương trình xóa nhà tạm, nhà dột nát được tỉnh xác định là nhiệm vụ chính trị quan trọng, góp phần thực "
               "hiện mục tiêu giảm nghèo bền vững và bảo đảm an sinh xã hội trên địa bàn."))
    c.append('<p class="text-end"><strong>Tin, ảnh: Quang Vinh (Văn phòng UBND tỉnh)</strong></p>\n')
    author = "Quang Vinh (Văn phòng UBND tỉnh)"
    cats = []
    for name in ["Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Chỉ đạo điều hành", "Văn bản", "Công dân",
                 "Doanh nghiệp", "Du khách", "Thông tin quy hoạch", "Dịch vụ công", "Báo chí", "Hỏi đáp"]:
        cats.append((name, [f"{t[0].upper()}{t[1:]}" for t in rng.sample(TOPICS, 9)]))
    latest = dated_items(rng, 40, dt.date(2025, 9, 1), dt.date(2025, 9, 24))
    latest_html = "".join(f'<div class="news-item d-flex"><a class="thumb" href="#"><img src="/uploads/thumb/{i}.jpg" alt=""></a>'
                          f'<div><a class="title" href="#">{esc(h)}</a><div class="time">{dmy(t)} {hm(t)}</div><p class="sapo">{esc(rng.choice(SAPO_TAILS))}</p></div></div>'
                          for i, (t, h) in enumerate(latest))
    newest = dated_items(rng, 12, dt.date(2026, 11, 20), dt.date(2026, 11, 22))
    newest_html = "".join(f'<li><a href="#">{esc(h)}</a> <span class="time">{hm(t)} {dmy(t)}</span></li>' for t, h in newest)
    docs = []
    for _ in range(30):
        d = rand_dt(rng, dt.date(2026, 9, 1), dt.date(2026, 11, 20)).date()
        docs.append((d, f"{rng.randint(100, 3500)}/{rng.choice(['QĐ-UBND', 'KH-UBND', 'CT-UBND', 'TB-UBND'])}", rng.choice(TOPICS)))
    docs.sort(reverse=True)
    docs_html = "".join(f'<tr><td>{esc(n)}</td><td>{dmy(d)}</td><td>V/v {esc(t)}</td><td><a href="#">Tải về</a></td></tr>' for d, n, t in docs)
    sched = "".join(f'<li><b>{WD_VI[(CRAWL + dt.timedelta(days=k)).weekday()]}, {dmy(CRAWL + dt.timedelta(days=k))}</b>: {esc(rng.choice(TOPICS))}</li>' for k in range(1, 6))
    vids = "".join(f'<div class="video-item"><img src="/uploads/video/{i}.jpg" alt=""><a href="#">{esc(h)}</a></div>' for i, h in enumerate(headlines(rng, 8)))
    big_css = css_blob(rng, "qt", 1000)
    big_js = js_blob(rng, 40, "portalAds")
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - Cổng thông tin điện tử tỉnh Quảng Trị</title>
<meta name="description" content="{attr(sapo)}">
<link rel="stylesheet" href="/Content/bootstrap.min.css">
<link rel="stylesheet" href="/Content/portal.css?v=2025.9">
<style>{big_css}</style>
{ga(rng)}
</head>
<body>
<div class="topbar"><div class="container d-flex justify-content-between"><span class="today">{crawl_vi(1)}</span>
<div class="topbar-links"><a href="/lien-he">Liên hệ</a> | <a href="/so-do-cong">Sơ đồ cổng</a> | <a href="/en">English</a> | <a href="/dang-nhap">Đăng nhập</a></div></div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/Content/images/logo-quangtri.png" alt="Quốc huy"><span class="portal-name">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ</span></a>
<form class="search" action="/tim-kiem"><input class="form-control" name="keyword" placeholder="Nhập từ khóa tìm kiếm"><button class="btn">Tìm</button></form></div></header>
<nav class="navbar navbar-expand-lg mega"><div class="container"><ul class="navbar-nav">{menu_tree(rng, cats)}</ul></div></nav>
<div class="marquee"><marquee scrollamount="4">Chào mừng kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026)</marquee></div>
<main class="container py-3"><div class="row">
<div class="col-lg-8">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li class="breadcrumb-item active">Văn hóa - Xã hội</li></ol></nav>
<article class="article-detail">
<h1 class="article-title">{esc(title)}</h1>
<div class="article-meta">Ngày đăng: {dmy(pub)} {hm(pub)} | Cập nhật: {dmy(upd)} {hm(upd)} <span class="ms-3">Lượt xem: {rng.randint(400, 3000)}</span></div>
{share_tools("article-tools")}
<div class="article-sapo fw-bold">{sapo_html}</div>
<div class="article-content">
{"".join(c)}</div>
<div class="article-rating">Đánh giá bài viết: <span class="stars">☆☆☆☆☆</span></div>
</article>
<section class="box-news-same"><h2 class="box-title">Tin cùng chuyên mục</h2>{latest_html}</section>
</div>
<aside class="col-lg-4">
<div class="box"><h2 class="box-title">Tin mới nhất</h2><ul>{newest_html}</ul></div>
<div class="box"><h2 class="box-title">Lịch công tác của UBND tỉnh</h2><ul>{sched}</ul></div>
<div class="box"><h2 class="box-title">Văn bản mới ban hành</h2><table class="table table-sm">{docs_html}</table></div>
<div class="box"><h2 class="box-title">Video</h2>{vids}</div>
<div class="box">{link_select(rng, 60)}</div>
<div class="box">{counter_box(rng)}</div>
</aside>
</div></main>
<footer class="footer"><div class="container">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ</strong></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Quảng Trị. Cơ quan thường trực: Văn phòng UBND tỉnh.</p>
<p>Địa chỉ: Số 45 Hùng Vương, phường Đồng Hới, tỉnh Quảng Trị. Điện thoại: 0232.3822.516. Email: congttdt@quangtri.gov.vn</p>
<p>Giấy phép số 12/GP-TTĐT do Bộ Văn hóa, Thể thao và Du lịch cấp.</p></div></footer>
<script src="/Scripts/jquery-3.7.1.min.js"></script>
<script src="/Scripts/bootstrap.bundle.min.js"></script>
<script>{big_js}</script>
</body>
</html>
"""
    meta = dict(kind="article", platform="aspnet-mvc", url=url, charset=None, title=title,
                published_at=pub.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00", author=author, body=G.body())
    return html_out, "utf-8", meta


# ==========================================================================
# non-article pages
# ==========================================================================
def page_n01():
    """Category listing of the national e-paper of h10 (Du lịch)."""
    rng = RNG("n01")
    url = "https://nhipsongviet.vn/du-lich"
    items = dated_items(rng, 20, dt.date(2026, 11, 12), dt.date(2026, 11, 22))
    rows = []
    for i, (t, h) in enumerate(items):
        sapo = f"{rng.choice(SAPO_TAILS)} {rng.choice(SAPO_TAILS)}"
        rows.append(f'<article class="item-news item-news-common"><div class="thumb-art"><a href="/du-lich/{slug(h)}-d{rng.randint(310000, 330000)}.html">'
                    f'<img src="https://i.nhipsongviet.vn/thumb/2026/11/{i}.jpg" alt="{attr(h)}"></a></div>'
                    f'<h3 class="title-news"><a href="/du-lich/{slug(h)}-d{rng.randint(310000, 330000)}.html">{esc(h)}</a></h3>'
                    f'<p class="description">{esc(sapo)}</p><span class="time">{WD_VI[t.weekday()]}, {dmy(t)} - {hm(t)}</span></article>')
    cats = [("Thời sự", []), ("Góc nhìn", []), ("Thế giới", []), ("Kinh doanh", []), ("Du lịch", ["Điểm đến", "Ẩm thực", "Cẩm nang"]),
            ("Giải trí", []), ("Thể thao", []), ("Pháp luật", []), ("Giáo dục", []), ("Sức khỏe", [])]
    most = headlines(rng, 6)
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Du lịch - Báo điện tử Nhịp Sống Việt</title>
<meta name="description" content="Tin tức du lịch, điểm đến, ẩm thực, cẩm nang du lịch mới nhất.">
<link rel="stylesheet" href="/css/category.v12.css">
<style>{css_blob(rng, "nsv", 160)}</style>
</head>
<body class="page-category">
<div class="top-header"><div class="inner"><span class="date-today">{crawl_vi(0)}</span> <a href="/video">Video</a> <a href="/podcast">Podcast</a></div></div>
<header class="main-header"><a href="/" class="logo"><img src="/images/logo-nsv.svg" alt="Nhịp Sống Việt"></a></header>
<nav class="main-menu"><ul>{menu_tree(rng, cats)}</ul></nav>
<section class="section"><div class="container">
<div class="title-folder"><h1><a href="/du-lich">Du lịch</a></h1><ul class="sub-folder"><li><a href="/du-lich/diem-den">Điểm đến</a></li><li><a href="/du-lich/am-thuc">Ẩm thực</a></li><li><a href="/du-lich/cam-nang">Cẩm nang</a></li></ul></div>
<div class="col-left-folder">{"".join(rows)}
<div class="pagination"><span class="active">1</span> <a href="/du-lich-p2">2</a> <a href="/du-lich-p3">3</a> <a href="/du-lich-p4">4</a> <a href="/du-lich-p2" class="next">Trang sau ›</a></div></div>
<aside class="col-right-folder"><h3>Xem nhiều</h3><ol>{"".join(f"<li><a href='#'>{esc(h)}</a></li>" for h in most)}</ol></aside>
</div></section>
<footer class="footer"><p>Báo điện tử Nhịp Sống Việt - Giấy phép số 219/GP-BTTTT. Tổng biên tập: Lưu Minh Phương.</p></footer>
</body>
</html>
"""
    return html_out, "utf-8", dict(kind="listing", platform="news-php", url=url, charset="utf-8")


def page_n02():
    """Search results on the VNPT ePortal of h15."""
    rng = RNG("n02")
    rng.places = ['Đà Lạt', 'Bảo Lộc', 'Di Linh', 'Lâm Hà', 'Đức Trọng', 'Gia Nghĩa', 'Phan Thiết', 'Đắk Mil']
    url = "https://snnmt.lamdong.gov.vn/web/guest/tim-kiem?_3_keywords=m%C3%A3+s%E1%BB%91+v%C3%B9ng+tr%E1%BB%93ng"
    res = dated_items(rng, 10, dt.date(2025, 1, 1), dt.date(2026, 11, 20))
    rows = []
    for t, h in res:
        rows.append(f'<div class="search-result"><h3 class="asset-entry-title"><a href="#">{esc(h)}</a></h3>'
                    f'<div class="asset-entry-content"><span class="asset-entry-summary">... hướng dẫn cấp <b>mã số vùng trồng</b> cho các hợp tác xã, '
                    f'{esc(rng.choice(SAPO_TAILS).lower())} ...</span></div><div class="asset-entry-date">{dmy(t)}</div></div>')
    cats = [("Giới thiệu", []), ("Tin tức - Sự kiện", []), ("Văn bản", []), ("Thủ tục hành chính", []), ("Dịch vụ công", []),
            ("Thông tin chuyên ngành", []), ("Hỏi đáp", []), ("Liên hệ", [])]
    html_out = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>Tìm kiếm - Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/html/portal/css.jsp?themeId=vnpttheme_WAR_vnpttheme" rel="stylesheet" type="text/css" />
<style type="text/css">{css_blob(rng, "vnpt", 170)}</style>
</head>
<body class="yui3-skin-sam signed-out public-page site">
<div id="wrapper">
<header id="banner"><div class="top-date">{crawl_vi(0)}</div>
<div class="banner-img"><img src="/vnpt-theme/images/banner-snnmt.jpg" alt="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LÂM ĐỒNG" /></div>
<nav id="navigation"><ul>{menu_tree(rng, cats)}</ul></nav></header>
<div id="content"><div class="portlet-boundary portlet-boundary_3_ portlet-search" id="p_p_id_3_">
<div class="portlet-body">
<form action="/web/guest/tim-kiem" method="get" name="_3_fm"><input name="_3_keywords" type="text" value="mã số vùng trồng" />
<select name="_3_groupId"><option value="0">Mọi nơi</option><option value="10181" selected>Trang này</option></select> <input type="submit" value="Tìm kiếm" /></form>
<div class="search-total">Tìm thấy 37 kết quả cho <b>mã số vùng trồng</b>.</div>
<div class="search-results">{"".join(rows)}</div>
<div class="taglib-page-iterator"><div class="search-results">Hiển thị 1 - 10 của 37 kết quả.</div>
<ul class="pager lfr-pagination-buttons"><li class="disabled"><a href="#">Đầu</a></li><li class="disabled"><a href="#">« Trước</a></li><li><a href="#">Tiếp »</a></li><li><a href="#">Cuối</a></li></ul></div>
</div></div></div>
<footer id="footer"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LÂM ĐỒNG</b></p>
<p>Địa chỉ: Số 2 Trần Hưng Đạo, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng. Thiết kế và phát triển bởi VNPT Lâm Đồng.</p></footer>
</div>
</body>
</html>
"""
    return html_out, "utf-8", dict(kind="search", platform="vnpt-eportal", url=url, charset="utf-8")


def page_n03():
    """404 page of the online news site of h07."""
    rng = RNG("n03")
    rng.places = ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang', 'Vĩnh Long', 'An Giang', 'Đồng Tháp', 'Cà Mau', 'Bạc Liêu']
    url = "https://tinnhanhmientay.vn/giao-thong/mo-rong-tuyen-xe-buyt-so-11-den-cai-rang-n73020"
    latest = headlines(rng, 8)
    cats = [("Thời sự", []), ("Giao thông", []), ("Kinh tế", []), ("Đồng bằng", []), ("Pháp luật", []), ("Đời sống", [])]
    html_out = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<title>Không tìm thấy trang - Tin Nhanh Miền Tây</title>
<link rel="stylesheet" href="/_app/immutable/assets/0.c41f2a7e.css">
<style>{css_blob(rng, "tnmt", 140)}</style>
</head>
<body>
<div id="svelte">
<div class="hdr-top"><span class="today">{crawl_vi(0)}</span></div>
<header class="hdr"><a class="brand" href="/">Tin Nhanh <b>Miền Tây</b></a><nav class="hdr-nav"><ul>{menu_tree(rng, cats)}</ul></nav></header>
<main class="layout error-page">
<div class="err"><div class="err-code">404</div>
<h1 class="err-title">Không tìm thấy trang bạn yêu cầu</h1>
<p>Đường dẫn có thể đã bị thay đổi hoặc bài viết không còn tồn tại. Vui lòng quay lại <a href="/">trang chủ</a> hoặc sử dụng chức năng tìm kiếm.</p>
<form action="/tim-kiem"><input name="q" placeholder="Tìm kiếm tin tức"><button>Tìm</button></form></div>
<section class="err-suggest"><h2>Có thể bạn quan tâm</h2><ul>{"".join(f'<li><a href="/tin/{slug(h)}">{esc(h)}</a><span class="ago">{rng.randint(1, 20)} giờ trước</span></li>' for h in latest)}</ul></section>
</main>
<footer class="ftr"><p>Tin Nhanh Miền Tây - Trang thông tin điện tử tổng hợp. Giấy phép số 86/GP-STTTT.</p></footer>
</div>
</body>
</html>
"""
    return html_out, "utf-8", dict(kind="not_found", platform="news-node", url=url, charset="utf-8")


def page_n04():
    """Empty article template on the radio-TV site of h12 (the item was unpublished)."""
    rng = RNG("n04")
    rng.places = ['Sầm Sơn', 'Bỉm Sơn', 'Nghi Sơn', 'Hoằng Hóa', 'Quảng Xương', 'Thọ Xuân', 'Ngọc Lặc', 'Mường Lát', 'TP. Thanh Hóa']
    url = "https://ttv.org.vn/tin-tuc/t61907.html"
    news = dated_items(rng, 8, dt.date(2026, 11, 21), dt.date(2026, 11, 22))
    news_html = "".join(f'<li><a href="#">{esc(h)}</a><span class="ngay">({hm(t)} {dmy(t)})</span></li>' for t, h in news)
    other = dated_items(rng, 8, dt.date(2026, 11, 10), dt.date(2026, 11, 21))
    other_html = "".join(f'<li><a href="#">{esc(h)}</a> <span>{dmy(t)}</span></li>' for t, h in other)
    cats = [("Tin tức", ["Thời sự", "Kinh tế", "Xã hội", "Pháp luật"]), ("Truyền hình", ["TTV1", "TTV2"]),
            ("Phát thanh", []), ("Thể thao", []), ("Văn hóa - Du lịch", []), ("Lịch phát sóng", [])]
    html_out = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title></title>
<meta name="description" content="" />
<meta property="og:title" content="" />
<link href="/Content/css/site.css?v=1.8" rel="stylesheet" />
<style>{css_blob(rng, "ttv", 200)}</style>
</head>
<body>
<form name="aspnetForm" method="post" action="./t61907.html" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(rng, 900)}" />
<div class="header"><div class="w1200"><div class="h-date">{crawl_vi(0)}</div>
<a href="/" class="h-logo"><img src="/Content/images/logo-ttv.png" alt="Đài Phát thanh và Truyền hình Thanh Hóa" /></a>
<div class="h-live"><a href="/truc-tuyen">Xem trực tuyến</a></div></div></div>
<div class="menu"><div class="w1200"><ul>{menu_tree(rng, cats)}</ul></div></div>
<div class="w1200 content">
<div class="col-l">
<div class="dd-link"><a href="/tin-tuc">Tin tức</a> » </div>
<h1 class="dt-title"></h1>
<div class="dt-info">Đăng lúc: | Cập nhật: </div>
<div class="dt-sapo"><b></b></div>
<div class="dt-content">
</div>
{share_tools("dt-tools")}
<div class="dt-other"><h3>Tin khác</h3><ul>{other_html}</ul></div>
</div>
<div class="col-r"><div class="box-r"><h3>Tin mới</h3><ul>{news_html}</ul></div></div>
</div>
<div class="footer"><div class="w1200"><p>ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA</p>
<p>Giấy phép số 152/GP-BTTTT. Địa chỉ: 25 Hạc Thành, TP. Thanh Hóa. ĐT: 0237.3852.405</p></div></div>
</form>
</body>
</html>
"""
    return html_out, "utf-8", dict(kind="empty", platform="radio-tv-aspnet", url=url, charset="utf-8")


PAGES = [(f"h{i:02d}", globals()[f"page_h{i:02d}"]) for i in range(1, 21)] + \
        [(f"n{i:02d}", globals()[f"page_n{i:02d}"]) for i in range(1, 5)]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name, fn in PAGES:
        text, enc, meta = fn()
        data = to_cp1258(text) if enc == "windows-1258" else text.encode("utf-8")
        with open(os.path.join(out, name + ".html"), "wb") as f:
            f.write(data)
        order = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
        write_json(os.path.join(out, name + ".json"), {k: meta[k] for k in order if k in meta})


if __name__ == "__main__":
    main()
