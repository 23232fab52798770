#!/usr/bin/env python3
"""Writes the blind-x gold set (news media, sixth round) byte for byte.

    python3 make.py [OUTDIR]

Standard library only; every page draws its randomness from
random.Random("blind-x:NAME"); no clock, no network.  The article texts
below are written by hand, page by page; only the markup around them and
the boilerplate (menus, sidebars, scripts, view state) is generated.
"""
import base64
import html
import json
import os
import random
import re
import sys
import unicodedata

SET = "blind-x"

# ---------------------------------------------------------------- helpers

def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


_INL = re.compile(r"\*\*(.+?)\*\*|\[(.+?)\]\((.+?)\)")


def inline(s):
    """Tiny markup: **bold**, [text](href).  Returns HTML."""
    out, pos = [], 0
    for m in _INL.finditer(s):
        out.append(esc(s[pos:m.start()]))
        if m.group(1) is not None:
            out.append("<strong>%s</strong>" % esc(m.group(1)))
        else:
            out.append('<a href="%s">%s</a>' % (attr(m.group(3)), esc(m.group(2))))
        pos = m.end()
    out.append(esc(s[pos:]))
    return "".join(out)


def plain(s):
    return _INL.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), s)


def gold_blocks(blocks):
    """The text blocks of the article in reading order (the gold body's parts)."""
    out = []
    for b in blocks:
        t = b[0]
        if t in ("lead", "p", "h", "quote", "teaser"):
            out.append(plain(b[1]))
        elif t in ("ul", "ol"):
            out.extend(plain(x) for x in b[1])
        elif t in ("fig", "video"):
            if b[1]:
                out.append(plain(b[1]))
        elif t == "table":
            for row in b[1]:
                out.extend(plain(c) for c in row)
        elif t == "box":
            out.append(plain(b[1]))
            out.extend(gold_blocks(b[2]))
        # related, readmore, ad, raw: not body
    return out


def gold_body(blocks):
    return "\n\n".join(unicodedata.normalize("NFC", x) for x in gold_blocks(blocks))


def pick(rng, pool, n):
    return rng.sample(pool, min(n, len(pool)))


def b64(rng, nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def hexid(rng, n=8):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def to_cp1258(text):
    """Encode NFC Vietnamese text in windows-1258: letters the code page has
    precomposed stay whole, tone marks become the code page's combining marks."""
    out = bytearray()
    tones = "\u0300\u0301\u0303\u0309\u0323"
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
        marks = "".join(c for c in d if c in tones)
        try:
            out += (base + marks).encode("cp1258")
        except UnicodeEncodeError:
            out += ("&#%d;" % ord(ch)).encode("ascii")
    return bytes(out)


def nfd_with_entities(rng, text):
    """Page text in NFD, with some letters written as numeric entities
    (decimal or hex), as an old editor's export does."""
    out = []
    for ch in text:
        if ord(ch) > 0x7F and unicodedata.category(ch).startswith("L") and rng.random() < 0.18:
            if rng.random() < 0.5:
                out.append("&#%d;" % ord(ch))
            else:
                out.append("&#x%X;" % ord(ch))
        else:
            out.append(unicodedata.normalize("NFD", ch))
    return "".join(out)


# ------------------------------------------------------- shared boilerplate

HEADLINES = [
    "Tăng cường kiểm tra an toàn thực phẩm dịp cuối năm",
    "Hơn 2.000 đoàn viên tham gia ngày hội hiến máu tình nguyện",
    "Khai mạc giải việt dã truyền thống lần thứ 35",
    "Đẩy nhanh tiến độ giải ngân vốn đầu tư công những tháng cuối năm",
    "Xã biên giới ra mắt mô hình “Camera an ninh”",
    "Nâng cao hiệu quả hoạt động của Trung tâm phục vụ hành chính công cấp xã",
    "Ngư dân trúng đậm cá cơm đầu vụ",
    "Trao 150 suất học bổng cho học sinh nghèo vượt khó",
    "Cảnh báo thủ đoạn lừa đảo qua ứng dụng định danh giả mạo",
    "Hội nghị xúc tiến đầu tư vào các khu công nghiệp",
    "Phát động Tháng hành động vì bình đẳng giới",
    "Hoàn thành cấp nước sạch cho 12 thôn vùng cao",
    "Bàn giao nhà đại đoàn kết cho hộ nghèo",
    "Khởi công trường mầm non tại xã đảo",
    "Triển khai tiêm vắc xin sởi cho trẻ từ 1 đến 5 tuổi",
    "Giá lúa tăng, nông dân phấn khởi",
    "Kỳ họp thứ 8 HĐND tỉnh sẽ xem xét 22 nghị quyết",
    "Tuyến xe buýt mới kết nối trung tâm tỉnh với sân bay",
    "Phòng chống rét cho đàn gia súc vùng cao",
    "Thu ngân sách 10 tháng đạt 91% dự toán",
    "Đón nhận Bằng xếp hạng di tích quốc gia",
    "Hàng trăm du khách trải nghiệm lễ hội cồng chiêng",
    "Ra quân cao điểm tấn công, trấn áp tội phạm",
    "Doanh nghiệp tuyển dụng hơn 3.500 lao động dịp cuối năm",
    "Hỗ trợ ngư dân chuyển đổi nghề khai thác ven bờ",
    "Sửa chữa đường tỉnh sạt lở sau mưa lớn",
    "Khánh thành nhà văn hóa cộng đồng thôn Làng Mới",
    "Công bố quy hoạch phân khu đô thị ven sông",
    "Tổng kết 5 năm phong trào “Dân vận khéo”",
    "Hơn 600 vận động viên tham gia giải bơi thiếu niên",
    "Xuất khẩu nông sản tăng mạnh sang thị trường Trung Đông",
    "Người dân hiến đất mở rộng đường liên thôn",
    "Thí điểm thu phí không dừng tại bãi đỗ xe bệnh viện",
    "Nhiều điểm sạt lở bờ sông cần xử lý khẩn cấp",
    "Gặp mặt các thế hệ cựu giáo chức",
    "Hỗ trợ sinh kế cho đồng bào dân tộc thiểu số",
    "Phát triển sản phẩm OCOP gắn với du lịch cộng đồng",
    "Chuyển đổi số trong quản lý hộ tịch",
    "Triển lãm ảnh “Biển đảo quê hương”",
    "Sớm đưa bệnh viện đa khoa khu vực vào hoạt động",
    "Người cao tuổi làm kinh tế giỏi",
    "Xử lý nghiêm xe quá tải trên tuyến quốc lộ",
    "Bồi dưỡng nghiệp vụ cho công chức tư pháp - hộ tịch cấp xã",
    "Giải ngân vốn chương trình mục tiêu quốc gia còn chậm",
    "Làng nghề bánh tráng vào vụ Tết",
    "Học sinh giành 4 huy chương tại kỳ thi Olympic khu vực",
    "Khai trương tuyến du lịch đường sông",
    "Nông dân chuyển đổi 200 ha lúa kém hiệu quả sang trồng màu",
    "Diễn tập phòng thủ dân sự năm 2026",
    "Tiếp nhận 40 tấn gạo hỗ trợ người dân vùng lũ",
    "Bầu bổ sung Ủy viên Ban Thường vụ Tỉnh ủy",
    "Tôn vinh doanh nghiệp, doanh nhân tiêu biểu",
    "Ngày hội đại đoàn kết toàn dân tộc ở khu dân cư",
    "Tháo gỡ vướng mắc trong cấp giấy chứng nhận quyền sử dụng đất",
    "Hội thi tuyên truyền viên pháp luật giỏi",
    "Cảnh giác với thời tiết cực đoan mùa mưa bão",
    "Sôi nổi hội thao dân quân tự vệ",
    "Mở rộng vùng nguyên liệu dược liệu dưới tán rừng",
    "Đưa 30 xe điện phục vụ du khách tham quan phố cổ",
    "Phát hiện cơ sở kinh doanh hàng giả nhãn hiệu",
]

OLD_HEADLINES = [h for h in HEADLINES if "2026" not in h and "2027" not in h]

NAMES = ["Ngọc Hà", "Thanh Bình", "Minh Quân", "Thu Hiền", "Hải Yến", "Đức Anh",
         "Bảo Trâm", "Văn Toàn", "Lan Phương", "Trọng Nghĩa", "Khánh Vy", "Quốc Việt",
         "Hoài Thương", "Tuấn Kiệt", "Mỹ Duyên", "Anh Thư", "Gia Bảo", "Phương Nam"]

SVG_ICONS = {
    "facebook": '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M22 12.06C22 6.51 17.52 2 12 2S2 6.51 2 12.06c0 5.01 3.66 9.17 8.44 9.94v-7.03H7.9v-2.91h2.54V9.84c0-2.52 1.49-3.91 3.78-3.91 1.1 0 2.24.2 2.24.2v2.47h-1.26c-1.24 0-1.63.78-1.63 1.57v1.89h2.78l-.44 2.91h-2.34V22c4.78-.77 8.43-4.93 8.43-9.94z"/></svg>',
    "zalo": '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 48 48" aria-hidden="true"><path fill="currentColor" d="M24 4C12.95 4 4 11.85 4 21.53c0 5.54 2.94 10.47 7.52 13.68-.3 2.3-1.37 5.06-3.52 7.06 0 0 5.86-.5 9.67-3.35 2.02.57 4.15.88 6.33.88 11.05 0 20-7.85 20-17.53S35.05 4 24 4zm-7.9 22.9h-6.3c-.76 0-1.2-.83-.77-1.46l4.74-6.96H9.9a.95.95 0 0 1 0-1.9h5.75c.76 0 1.2.84.77 1.46l-4.73 6.96h4.41a.95.95 0 0 1 0 1.9zm8.55-.95a.95.95 0 0 1-1.9 0v-.2a4.1 4.1 0 1 1 0-6.52v-.2a.95.95 0 0 1 1.9 0zm4.6 0a.95.95 0 0 1-1.9 0V16.5a.95.95 0 0 1 1.9 0zm6.07 1.02a4.12 4.12 0 1 1 0-8.24 4.12 4.12 0 0 1 0 8.24zm0-6.33a2.21 2.21 0 1 0 0 4.42 2.21 2.21 0 0 0 0-4.42zm-14.8 0a2.21 2.21 0 1 0 0 4.42 2.21 2.21 0 0 0 0-4.42z"/></svg>',
    "print": '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M19 8H5c-1.66 0-3 1.34-3 3v6h4v4h12v-4h4v-6c0-1.66-1.34-3-3-3zm-3 11H8v-5h8v5zm3-7c-.55 0-1-.45-1-1s.45-1 1-1 1 .45 1 1-.45 1-1 1zm-1-9H6v4h12V3z"/></svg>',
    "mail": '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M20 4H4c-1.1 0-1.99.9-1.99 2L2 18c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V6c0-1.1-.9-2-2-2zm0 4-8 5-8-5V6l8 5 8-5v2z"/></svg>',
    "link": '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z"/></svg>',
    "search": '<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M15.5 14h-.79l-.28-.27A6.47 6.47 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z"/></svg>',
    "headphones": '<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M12 1a9 9 0 0 0-9 9v7c0 1.66 1.34 3 3 3h3v-8H5v-2c0-3.87 3.13-7 7-7s7 3.13 7 7v2h-4v8h3c1.66 0 3-1.34 3-3v-7a9 9 0 0 0-9-9z"/></svg>',
    "play": '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M8 5v14l11-7z"/></svg>',
    "home": '<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M10 20v-6h4v6h5v-8h3L12 3 2 12h3v8z"/></svg>',
    "menu": '<svg xmlns="http://www.w3.org/2000/svg" width="22" height="22" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z"/></svg>',
    "youtube": '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M23.5 6.19a3.02 3.02 0 0 0-2.12-2.14C19.5 3.55 12 3.55 12 3.55s-7.5 0-9.38.5A3.02 3.02 0 0 0 .5 6.19C0 8.07 0 12 0 12s0 3.93.5 5.81a3.02 3.02 0 0 0 2.12 2.14c1.88.5 9.38.5 9.38.5s7.5 0 9.38-.5a3.02 3.02 0 0 0 2.12-2.14C24 15.93 24 12 24 12s0-3.93-.5-5.81zM9.55 15.57V8.43L15.82 12l-6.27 3.57z"/></svg>',
    "tiktok": '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M19.59 6.69a4.83 4.83 0 0 1-3.77-4.25V2h-3.45v13.67a2.89 2.89 0 0 1-5.2 1.74 2.89 2.89 0 0 1 2.31-4.64c.3 0 .59.04.86.13V9.4a6.33 6.33 0 0 0-.86-.06A6.34 6.34 0 0 0 3.15 15.7a6.34 6.34 0 0 0 10.86 4.43 6.3 6.3 0 0 0 1.81-4.43V8.73a8.16 8.16 0 0 0 4.77 1.52V6.8a4.85 4.85 0 0 1-1-.11z"/></svg>',
}


def svg(name, cls=None):
    s = SVG_ICONS[name]
    if cls:
        s = s.replace("<svg ", '<svg class="%s" ' % cls, 1)
    return s


def sprite(rng, n=40):
    """An inline SVG sprite of the kind themes ship (many symbols)."""
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" style="display:none">']
    for i in range(n):
        pts = " ".join("%d.%d,%d.%d" % (rng.randint(0, 23), rng.randint(0, 9), rng.randint(0, 23), rng.randint(0, 9)) for _ in range(rng.randint(14, 30)))
        parts.append('<symbol id="icon-%s" viewBox="0 0 24 24"><path d="M%s Z"/></symbol>' % (hexid(rng, 6), pts.replace(" ", " L")))
    parts.append("</svg>")
    return "\n".join(parts)


def minified_js(rng, kb, prefix="window.__site"):
    """Opaque minified-looking script of about kb kilobytes (themes,
    ad loaders, analytics)."""
    words = ["init", "render", "lazy", "slot", "observe", "track", "push", "cfg", "el", "opts",
             "banner", "zone", "sticky", "share", "audio", "player", "menu", "toggle", "resize",
             "scroll", "fetch", "cb", "ready", "dom", "node", "attr", "data", "ts", "uid", "ref"]
    out = ["!function(e,t){\"use strict\";var n=%s=%s||{};" % (prefix, prefix)]
    size = len(out[0])
    i = 0
    while size < kb * 1024:
        a, b, c = rng.choice(words), rng.choice(words), rng.choice(words)
        frag = ("n.%s%d=function(%s,%s){var r=t.querySelectorAll(\"[data-%s]\");for(var o=0;o<r.length;o++){r[o].%s=%s||%d;}"
                "return e.%s&&e.%s.push({e:\"%s\",v:%d}),r};" % (a, i, b, c, b, c, b, rng.randint(0, 9999), a, a, c, rng.randint(0, 99999)))
        out.append(frag)
        size += len(frag)
        i += 1
    out.append("}(window,document);")
    return "".join(out)


def sidebar_items(rng, n, site, date_fmt=None, path="/tin-tuc/", pool=None):
    items = []
    for h in pick(rng, pool or HEADLINES, n):
        slug = slugify(h)
        items.append((h, "%s%s%s-%d.html" % (site, path, slug, rng.randint(100000, 999999))))
    return items


_SLUG_MAP = {"đ": "d", "Đ": "d"}


def slugify(s):
    s = "".join(_SLUG_MAP.get(c, c) for c in s)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
    return s


def json_ld(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


GA = """<script async src="https://www.googletagmanager.com/gtag/js?id=G-%s"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-%s');
</script>"""


def ga(rng):
    gid = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
    return GA % (gid, gid)


FB_SDK = """<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v19.0" nonce="%s"></script>"""


# ------------------------------------------------------------ the articles
# Each article: metadata for the sidecar and its blocks.  Block kinds:
#   lead, p, h, ul, ol, fig(caption, src), video(caption, title, duration, src),
#   table(rows), box(title, blocks), quote, teaser        -> body
#   related(items), readmore(items), ad, raw(html)          -> not body

A = {}

A["x01"] = dict(
    platform="custom-php-html5",
    url="https://daklakmoi.vn/thoi-su/thong-xe-cau-ben-loi-rut-ngan-15-km-duong-ve-trung-tam-xa-vung-bien-a41873.html",
    title="Thông xe cầu Bến Lội, rút ngắn 15 km đường về trung tâm xã vùng biển",
    published_at="2026-11-20T15:42:18+07:00",
    author="HỮU PHƯỚC",
    blocks=[
        ("lead", "Sáng 20/11, UBND tỉnh Đắk Lắk tổ chức lễ thông xe cầu Bến Lội nối xã Xuân Cảnh với tuyến đường ven biển, hoàn thành sớm hơn kế hoạch gần hai tháng. Công trình giúp hơn 18.000 người dân không còn phải đi vòng qua quốc lộ mỗi khi ra trung tâm xã."),
        ("p", "Cầu Bến Lội dài 312 m, rộng 12 m, gồm 9 nhịp dầm bê tông cốt thép dự ứng lực, được đầu tư từ nguồn vốn ngân sách tỉnh với tổng mức hơn 186 tỷ đồng. Cùng với cầu là gần 2,4 km đường dẫn hai đầu, hệ thống chiếu sáng và hành lang an toàn cho người đi bộ. Dự án khởi công tháng 12/2025, khi tỉnh vừa hoàn thành sắp xếp đơn vị hành chính và đưa chính quyền địa phương hai cấp vào vận hành."),
        ("fig", "Cầu Bến Lội sau khi hoàn thành nối xã Xuân Cảnh với tuyến đường ven biển. Ảnh: H.P", "cau-ben-loi-1.jpg"),
        ("p", "Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Lê Văn Thịnh cho biết, trước khi có cầu, người dân các thôn phía bắc đầm phải đi vòng gần 20 km để đến trụ sở xã, trường trung học và trạm y tế. Mùa mưa lũ, bến đò ngang thường xuyên phải tạm dừng, nhiều học sinh nghỉ học cả tuần. “Cây cầu không chỉ rút ngắn khoảng cách mà còn mở ra không gian phát triển mới cho vùng ven biển phía bắc của tỉnh”, ông Thịnh nói."),
        ("p", "Theo Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh, đơn vị thi công đã tổ chức làm việc ba ca, tận dụng những tháng nắng để đổ bê tông trụ cầu, vì vậy công trình về đích trước mùa mưa bão. Quá trình giải phóng mặt bằng thuận lợi nhờ 47 hộ dân có đất bị ảnh hưởng đồng thuận nhận tiền bồi thường, trong đó nhiều hộ tự nguyện hiến thêm phần đất vườn để mở rộng đường dẫn."),
        ("fig", "Lãnh đạo tỉnh và người dân cắt băng thông xe công trình. Ảnh: H.P", "cau-ben-loi-2.jpg"),
        ("p", "Ông Trần Văn Lợi (62 tuổi, thôn Phú Thọ 3) nhớ lại, mấy chục năm qua, mỗi lần chở cá ra chợ đầu mối ông đều phải dậy từ 3 giờ sáng để kịp chuyến đò đầu tiên. “Giờ chạy xe máy qua cầu chưa đầy mười phút. Bà con vùng này mong cây cầu lắm, hôm nay ai cũng vui”, ông Lợi chia sẻ."),
        ("p", "Chủ tịch UBND xã Xuân Cảnh Nguyễn Thị Hồng Nhung cho biết, xã đã rà soát quy hoạch hai bên đầu cầu để bố trí khu dân cư mới, điểm dừng chân và bãi đỗ xe phục vụ du lịch cộng đồng. Địa phương cũng đề nghị tỉnh sớm đầu tư tuyến đường kết nối từ đầu cầu phía nam ra cảng cá, giúp ngư dân giảm chi phí vận chuyển hải sản."),
        ("p", "Dịp này, UBND tỉnh tặng Bằng khen cho 6 tập thể và 11 cá nhân có thành tích trong quá trình triển khai dự án. Nhà thầu cam kết tiếp tục bảo hành công trình trong 24 tháng và phối hợp với địa phương hoàn thiện hệ thống biển báo, đèn tín hiệu trước Tết Nguyên đán."),
        ("fig", "Học sinh thôn Phú Thọ 3 đạp xe qua cầu ngay sau lễ thông xe. Ảnh: H.P", "cau-ben-loi-3.jpg"),
    ],
)

A["x02"] = dict(
    platform="bootstrap-news-national",
    url="https://quocdan.vn/mien-tay/binh-luan/dung-de-mot-cua-thanh-nhieu-cua-o-xa-moi-20261110060000512.htm",
    title="Đừng để “một cửa” thành “nhiều cửa” ở xã mới",
    published_at="2026-11-10T06:00:00+07:00",
    author="HỒNG PHÚC",
    blocks=[
        ("lead", "Hơn một năm vận hành chính quyền địa phương hai cấp, bộ phận một cửa ở nhiều xã, phường miền Tây đã thay đổi rõ rệt. Nhưng vẫn còn đó những hồ sơ phải đi lại nhiều lần chỉ vì một tờ giấy, một chữ ký."),
        ("p", "Sáng thứ Hai đầu tuần, tại Trung tâm phục vụ hành chính công của một xã mới hình thành từ ba xã cũ ở vùng Đồng Tháp Mười, hàng ghế chờ kín người. Màn hình điện tử hiển thị số thứ tự, nhân viên hướng dẫn mặc áo xanh đi lại giữa các quầy, máy lấy số hoạt động trơn tru. Nhìn bề ngoài, đây là hình ảnh đúng như mong đợi của một nền hành chính phục vụ."),
        ("p", "Thế nhưng, câu chuyện của bà Tư, một người dân đi làm thủ tục tách thửa đất cho con, lại khác. Bà cho biết đã đến trung tâm lần thứ ba, lần nào cũng được hướng dẫn bổ sung một loại giấy tờ mới. Lần đầu thiếu bản trích đo, lần sau thiếu xác nhận tình trạng hôn nhân, lần này lại được yêu cầu nộp thêm bản sao giấy tờ mà chính cơ quan nhà nước đã cấp trước đó."),
        ("p", "Câu chuyện ấy không hiếm. Sau khi sắp xếp, địa bàn xã rộng hơn, dân số đông hơn, khối lượng hồ sơ tăng gấp hai, gấp ba lần, trong khi đội ngũ công chức phần lớn vẫn là những người cũ, có người chuyển từ lĩnh vực khác sang. Phần mềm dịch vụ công đã kết nối, nhưng dữ liệu đất đai, hộ tịch của từng xã cũ chưa được làm sạch đồng bộ, nên cán bộ vẫn phải yêu cầu người dân mang giấy tờ bản giấy để đối chiếu."),
        ("p", "Điều đáng nói là những vướng mắc này đều đã được chỉ ra từ những tháng đầu vận hành. Nhiều địa phương đã có cách làm hay: tổ chức các tổ công tác lưu động xuống ấp để nhận hồ sơ, bố trí công chức “cầm tay chỉ việc” cho người cao tuổi, công khai danh mục giấy tờ bằng mã QR dán ngay tại quầy. Ở một phường ven sông Hậu, lãnh đạo phường mỗi chiều thứ Sáu ngồi trực tại bộ phận một cửa để nghe người dân phản ánh trực tiếp."),
        ("ad",),
        ("p", "Vấn đề là những cách làm ấy vẫn phụ thuộc nhiều vào sự năng động của người đứng đầu từng nơi. Nơi nào lãnh đạo sâu sát thì thủ tục thông suốt; nơi nào còn tâm lý “làm đúng quy trình là đủ” thì người dân vẫn phải đi lại nhiều lần. Một cửa khi ấy chỉ còn là cái tên, còn thực chất, người dân vẫn phải gõ nhiều cửa."),
        ("p", "Để khắc phục, trước hết cần coi việc số hóa và làm sạch dữ liệu là nhiệm vụ cấp bách, có thời hạn cụ thể, có người chịu trách nhiệm. Dữ liệu nào Nhà nước đã có thì không được yêu cầu người dân nộp lại. Đó không chỉ là quy định mà còn là thước đo thái độ phục vụ."),
        ("p", "Tiếp đến, việc đánh giá cán bộ, công chức cấp xã cần dựa trên sự hài lòng của người dân chứ không chỉ dựa trên số hồ sơ đã xử lý. Mỗi hồ sơ bị trả lại phải có lý do rõ ràng, được ghi nhận trên hệ thống và được xem xét khi đánh giá, xếp loại cuối năm. Khi trách nhiệm được lượng hóa, tình trạng “hẹn lần, hẹn lượt” sẽ giảm đi."),
        ("p", "Cuối cùng, không thể bỏ qua yếu tố con người. Nhiều công chức xã mới đang làm việc với cường độ cao, phải kiêm nhiệm nhiều việc, di chuyển quãng đường xa hơn. Quan tâm bồi dưỡng nghiệp vụ, bảo đảm điều kiện làm việc và có chính sách đãi ngộ phù hợp cũng là cách để họ phục vụ người dân tốt hơn."),
        ("p", "Chính quyền hai cấp được tổ chức lại để gần dân hơn, phục vụ dân tốt hơn. Mục tiêu ấy chỉ trở thành hiện thực khi mỗi người dân bước vào trung tâm hành chính công đều có thể ra về với kết quả trong tay, thay vì một tờ giấy hướng dẫn bổ sung."),
    ],
)

A["x03"] = dict(
    platform="aspnet-mvc-trade-paper",
    url="https://nongthonxanh.vn/giu-ma-so-vung-trong-sau-rieng-khong-the-lam-theo-phong-trao-d128744.html",
    title="Giữ mã số vùng trồng sầu riêng: Không thể làm theo phong trào",
    published_at="2026-09-03T14:22:00+07:00",
    author="Minh Hậu, Quang Dũng",
    blocks=[
        ("lead", "Sau gần hai năm thực hiện, nhiều mã số vùng trồng sầu riêng ở khu vực phía tây tỉnh Lâm Đồng bị tạm dừng vì vi phạm quy định về dư lượng và ghi chép nhật ký. Bài học đặt ra là mã số chỉ có giá trị khi được duy trì bằng kỷ luật sản xuất hằng ngày."),
        ("h", "Có mã rồi, giữ mã còn khó hơn"),
        ("p", "Những ngày cuối tháng 8, vườn sầu riêng rộng 3,5 ha của ông Phạm Văn Hùng ở xã Thuận An đang vào vụ thu hoạch chính. Năm 2024, vườn nhà ông cùng 40 hộ khác được cấp mã số vùng trồng để xuất khẩu chính ngạch. Thế nhưng, đầu năm nay, cả vùng bị tạm dừng mã vì một lô hàng phát hiện dư lượng cadimi vượt ngưỡng."),
        ("p", "“Lúc được cấp mã ai cũng mừng, nhưng sau đó nhiều hộ lơ là, không ghi nhật ký, phân bón mua ở đâu cũng không nhớ. Đến khi bị tạm dừng mới thấy thiệt, thương lái ép giá xuống 15.000 - 20.000 đồng mỗi ký”, ông Hùng kể."),
        ("p", "Theo Chi cục Trồng trọt và Bảo vệ thực vật tỉnh, toàn tỉnh hiện có 312 mã số vùng trồng sầu riêng với diện tích hơn 21.000 ha. Trong năm 2026, qua kiểm tra, giám sát, cơ quan chuyên môn đã đề nghị tạm dừng 27 mã, chủ yếu do không duy trì các điều kiện theo yêu cầu của nước nhập khẩu như ghi chép nhật ký canh tác, quản lý sinh vật gây hại và sử dụng thuốc bảo vệ thực vật đúng danh mục."),
        ("fig", "Nông dân xã Thuận An thu hoạch sầu riêng trong vùng trồng đã được cấp mã số. Ảnh: Minh Hậu", "sau-rieng-thuan-an.jpg"),
        ("h", "Hợp tác xã làm “nhạc trưởng”"),
        ("p", "Khác với những vùng trồng bị tạm dừng, Hợp tác xã Nông nghiệp Thuận Phát vẫn giữ được 4 mã số vùng trồng với gần 260 ha. Giám đốc hợp tác xã Trần Thị Ngọc Lan cho biết, bí quyết nằm ở việc hợp tác xã đứng ra cung ứng vật tư đầu vào, có cán bộ kỹ thuật đi vườn hằng tuần và kiểm tra nhật ký của từng hộ vào cuối tháng."),
        ("p", "Mỗi thành viên được phát một cuốn sổ nhật ký và cài ứng dụng ghi chép trên điện thoại. Trước mỗi đợt phun thuốc, hộ dân phải báo cho tổ kỹ thuật để được hướng dẫn loại thuốc, liều lượng và thời gian cách ly. Trước khi thu hoạch, hợp tác xã lấy mẫu gửi phân tích dư lượng; lô nào đạt mới được bán cho doanh nghiệp đóng gói."),
        ("p", "“Ban đầu bà con thấy phiền, nhưng khi giá bán chênh lệch rõ rệt thì ai cũng tự giác. Năm nay sầu riêng của hợp tác xã bán cao hơn giá thị trường khoảng 8.000 đồng mỗi ký”, bà Lan nói."),
        ("fig", "Cán bộ kỹ thuật Hợp tác xã Thuận Phát kiểm tra nhật ký canh tác của thành viên. Ảnh: Quang Dũng", "htx-thuan-phat.jpg"),
        ("h", "Cần cơ chế giám sát thường xuyên"),
        ("p", "Ông Nguyễn Đức Thuận, Phó Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật tỉnh, cho rằng việc cấp mã số không phải là đích đến mà chỉ là điểm khởi đầu. Sau khi sắp xếp đơn vị hành chính, địa bàn mỗi xã rộng hơn, lực lượng khuyến nông cơ sở mỏng, trong khi diện tích sầu riêng tăng nhanh, nên việc giám sát gặp nhiều khó khăn."),
        ("p", "Thời gian tới, Chi cục sẽ phối hợp với UBND các xã lập danh sách cán bộ phụ trách từng mã số, tổ chức kiểm tra định kỳ ít nhất hai lần mỗi năm và công khai kết quả. Những vùng trồng có nguy cơ vi phạm sẽ được cảnh báo sớm để khắc phục, tránh để đến khi nước nhập khẩu phát hiện mới xử lý."),
        ("p", "Bên cạnh đó, ngành nông nghiệp khuyến khích doanh nghiệp xuất khẩu ký hợp đồng bao tiêu dài hạn với hợp tác xã, gắn trách nhiệm của doanh nghiệp vào việc duy trì mã số. Khi người trồng, hợp tác xã và doanh nghiệp cùng chia sẻ lợi ích và rủi ro, mã số vùng trồng mới thực sự trở thành “tấm hộ chiếu” bền vững cho trái sầu riêng."),
    ],
)

A["x04"] = dict(
    platform="asp-classic-table-station",
    url="http://www.ptthbaclieu.vn/Tin-tuc/ChiTiet.asp?ID=28417&CatID=3",
    title="Tạm ngưng các tuyến đò ngang qua sông Gành Hào do gió mạnh",
    published_at="2025-08-05T00:00:00+07:00",
    author="Hoàng Nam",
    blocks=[
        ("p", "Do ảnh hưởng của gió mùa Tây Nam mạnh cấp 6, giật cấp 7 - 8, sáng 5/8, Sở Xây dựng tỉnh Cà Mau đề nghị các chủ bến tạm ngưng hoạt động 4 tuyến đò ngang qua sông Gành Hào và khu vực cửa biển Gành Hào để bảo đảm an toàn cho hành khách."),
        ("p", "Các tuyến tạm ngưng gồm: Gành Hào - Tân Thuận, Gành Hào - Vàm Xáng, Long Điền Đông - Gành Hào và tuyến đò dọc từ chợ Gành Hào ra khu vực nuôi nghêu ven biển. Thời gian tạm ngưng kéo dài đến khi gió giảm cấp và có thông báo mới."),
        ("p", "Lực lượng chức năng khuyến cáo người dân không tự ý dùng ghe nhỏ qua sông; trường hợp cấp cứu cần liên hệ Công an xã hoặc đường dây nóng của Ban Chỉ huy Phòng thủ dân sự tỉnh để được hỗ trợ."),
    ],
)

A["x05"] = dict(
    platform="custom-php-photo-story",
    url="https://ninhbinhnay.vn/photo/mua-vang-tren-canh-dong-tam-coc-p9921.html",
    title="Mùa vàng trên cánh đồng Tam Cốc",
    published_at="2026-05-30T07:10:00+07:00",
    author="NGỌC HÂN",
    blocks=[
        ("lead", "Cuối tháng 5, những thửa ruộng ven sông Ngô Đồng ở phường Hoa Lư, tỉnh Ninh Bình chuyển sang màu vàng óng. Mùa lúa chín ngắn ngủi chừng hai tuần trở thành thời điểm hút khách nhất trong năm của khu du lịch Tam Cốc - Bích Động."),
        ("fig", "Từ trên cao nhìn xuống, dòng Ngô Đồng uốn lượn giữa những thửa ruộng lúa chín, hai bên là núi đá vôi trùng điệp.", "tam-coc-01.jpg"),
        ("fig", "Những chiếc thuyền nan chở du khách len giữa hai bờ lúa. Mỗi ngày cao điểm, bến thuyền Tam Cốc đón khoảng 4.000 lượt khách.", "tam-coc-02.jpg"),
        ("fig", "Người dân thôn Văn Lâm gặt lúa bằng tay trên những thửa ruộng nhỏ nằm sát chân núi, nơi máy gặt không thể vào được.", "tam-coc-03.jpg"),
        ("fig", "Du khách nước ngoài thích thú khi được các lái đò hướng dẫn cách chèo thuyền bằng chân.", "tam-coc-04.jpg"),
        ("fig", "Bà Phạm Thị Tươi, 71 tuổi, đã chèo đò trên sông Ngô Đồng hơn 40 năm. “Năm nào đến mùa lúa chín cũng đông khách, mệt nhưng vui”, bà nói.", "tam-coc-05.jpg"),
        ("fig", "Những bó lúa được xếp lên thuyền để chở về làng, hình ảnh đã trở nên quen thuộc với những người mê nhiếp ảnh.", "tam-coc-06.jpg"),
        ("fig", "Hoàng hôn trên cánh đồng Tam Cốc nhìn từ đỉnh Hang Múa.", "tam-coc-07.jpg"),
        ("p", "Theo UBND phường Hoa Lư, để giữ cảnh quan, phường hỗ trợ mỗi sào lúa trong vùng lõi di sản 300.000 đồng mỗi vụ và khuyến khích bà con cấy giống lúa chất lượng cao, thu hoạch đúng thời điểm để du khách có thể ngắm lúa chín lâu hơn."),
    ],
)

A["x06"] = dict(
    platform="station-video-cms",
    url="https://hungyentv.vn/video/nong-dan-xa-dong-hung-mo-rong-dien-tich-cay-vu-dong-v20863.html",
    title="Nông dân xã Đông Hưng mở rộng diện tích cây vụ đông",
    published_at="2026-11-21T16:40:00+07:00",
    author="Thu Trang, Văn Khánh",
    blocks=[
        ("video", "Nông dân xã Đông Hưng chăm sóc khoai tây vụ đông trên chân ruộng hai lúa.", "Nông dân xã Đông Hưng mở rộng diện tích cây vụ đông", "03:42", "https://media.hungyentv.vn/vod/2026/11/21/dong-hung-vu-dong.mp4"),
        ("p", "Những ngày này, trên các cánh đồng của xã Đông Hưng, không khí lao động vụ đông diễn ra khẩn trương. Ngay sau khi thu hoạch lúa mùa, bà con tranh thủ làm đất, lên luống để trồng ngô, khoai tây, bí xanh và các loại rau màu ngắn ngày."),
        ("p", "Năm nay, toàn xã gieo trồng hơn 420 ha cây vụ đông, tăng gần 60 ha so với năm trước. Trong đó, diện tích khoai tây chiếm khoảng một phần ba, chủ yếu được trồng theo hình thức liên kết với doanh nghiệp, có hợp đồng bao tiêu sản phẩm ngay từ đầu vụ."),
        ("p", "Bà Đỗ Thị Hoa, thôn Hưng Đạo: “Nhà tôi trồng 5 sào khoai tây giống Atlantic, doanh nghiệp cung cấp giống, hướng dẫn kỹ thuật và thu mua lại. Trừ chi phí, mỗi sào cũng được bốn đến năm triệu đồng, hơn hẳn để đất trống qua đông.”"),
        ("p", "Để hỗ trợ nông dân, xã đã phối hợp với Trung tâm Dịch vụ nông nghiệp tỉnh mở các lớp tập huấn kỹ thuật, đồng thời điều tiết nước tưới, vận hành hệ thống thủy nông nội đồng phù hợp với lịch gieo trồng. Các hợp tác xã dịch vụ nông nghiệp cung ứng phân bón, vật tư theo hình thức trả chậm đến cuối vụ."),
        ("p", "Ông Vũ Văn Thắng, Chủ tịch UBND xã Đông Hưng: “Chúng tôi xác định vụ đông là vụ sản xuất chính, vừa tăng thu nhập cho người dân, vừa tận dụng đất đai, lao động nông nhàn. Xã khuyến khích mở rộng diện tích cây trồng có hợp đồng tiêu thụ, hạn chế trồng tự phát dễ bị ép giá.”"),
        ("p", "Theo kế hoạch, toàn tỉnh Hưng Yên phấn đấu gieo trồng hơn 32.000 ha cây vụ đông năm nay, tập trung vào các cây trồng có giá trị kinh tế cao, gắn với liên kết sản xuất và tiêu thụ sản phẩm."),
    ],
)

A["x07"] = dict(
    platform="wordpress-news-theme",
    url="https://phaplydoisong.vn/cong-chung-dien-tu-tien-cho-dan-nhung-phai-chat-ve-an-toan-du-lieu/",
    title="Công chứng điện tử: Tiện cho dân nhưng phải chặt về an toàn dữ liệu",
    published_at="2026-10-18T07:30:00+07:00",
    author="MAI HƯƠNG",
    blocks=[
        ("lead", "Luật Công chứng năm 2024, có hiệu lực từ ngày 1/7/2025, lần đầu ghi nhận công chứng điện tử. Xung quanh những điểm mới này, phóng viên có cuộc trao đổi với luật sư Nguyễn Thị Phương Dung, Đoàn Luật sư TP Hồ Chí Minh."),
        ("fig", "Luật sư Nguyễn Thị Phương Dung. (Ảnh: Nhân vật cung cấp)", "ls-phuong-dung.jpg"),
        ("p", "**PV:** Thưa luật sư, quy định mới về công chứng điện tử có ý nghĩa như thế nào với người dân?"),
        ("p", "**Luật sư Nguyễn Thị Phương Dung:** Đây là bước thay đổi lớn. Trước đây, người yêu cầu công chứng bắt buộc phải có mặt tại tổ chức hành nghề công chứng, ký từng trang hợp đồng trước mặt công chứng viên. Nay, pháp luật đã thừa nhận hai hình thức: công chứng điện tử trực tiếp và công chứng điện tử trực tuyến. Với hình thức trực tuyến, các bên có thể ở hai nơi khác nhau, thậm chí một bên đang ở nước ngoài, vẫn ký kết được giao dịch thông qua hệ thống được cơ quan nhà nước công nhận."),
        ("p", "**PV:** Như vậy mọi giao dịch đều có thể công chứng trực tuyến?"),
        ("p", "**Luật sư Nguyễn Thị Phương Dung:** Không hẳn. Luật giao Chính phủ quy định lộ trình và danh mục giao dịch được công chứng điện tử trực tuyến. Trong giai đoạn đầu, các giao dịch có giá trị lớn hoặc liên quan đến quyền sử dụng đất thường được áp dụng thận trọng hơn. Người dân nên hỏi kỹ tổ chức hành nghề công chứng trước khi lựa chọn hình thức này, tránh trường hợp chuẩn bị xong hồ sơ mới biết giao dịch của mình chưa thuộc diện áp dụng."),
        ("p", "**PV:** Nhiều người lo ngại việc ký kết qua mạng dễ bị giả mạo danh tính. Bà nhìn nhận vấn đề này ra sao?"),
        ("p", "**Luật sư Nguyễn Thị Phương Dung:** Lo ngại đó là có cơ sở. Công chứng điện tử trực tuyến chỉ an toàn khi việc xác thực danh tính được thực hiện chặt chẽ, gắn với tài khoản định danh điện tử mức độ 2 và chữ ký số. Toàn bộ quá trình phải được ghi âm, ghi hình và lưu trữ. Theo tôi, các tổ chức hành nghề công chứng cần đầu tư nghiêm túc vào hạ tầng, không thể làm qua loa bằng một cuộc gọi video thông thường."),
        ("p", "**PV:** Bà có lời khuyên gì cho người dân khi sử dụng dịch vụ này?"),
        ("p", "**Luật sư Nguyễn Thị Phương Dung:** Trước hết, chỉ giao dịch với tổ chức hành nghề công chứng có tên trong danh sách công khai của Sở Tư pháp. Thứ hai, tuyệt đối không cung cấp mã OTP, mật khẩu tài khoản định danh cho bất kỳ ai, kể cả người tự xưng là nhân viên văn phòng công chứng. Thứ ba, đọc kỹ văn bản trước khi ký số, vì chữ ký số có giá trị pháp lý như chữ ký tay. Nếu có nghi ngờ, hãy đến trực tiếp văn phòng để được giải thích."),
        ("p", "**PV:** Xin cảm ơn luật sư!"),
    ],
)

A["x08"] = dict(
    platform="aspnet-webforms-labour-paper",
    url="https://laodongcongdoan.vn/xa-hoi/ky-1-muoi-hai-met-vuong-cho-ca-gia-dinh-1348822.ldcd",
    title="Kỳ 1: Mười hai mét vuông cho cả gia đình",
    published_at="2026-10-12T05:30:00+07:00",
    author="Nhóm PV",
    blocks=[
        ("lead", "(LĐCĐ) - Sau sắp xếp, TP Hồ Chí Minh có hơn 2,1 triệu công nhân đang làm việc tại các khu công nghiệp, khu chế xuất; phần lớn trong số họ vẫn sống trong những dãy phòng trọ chật chội, thiếu ánh sáng, nhiều năm chưa thể tính đến chuyện an cư."),
        ("p", "Hơn 21 giờ, khi ca làm việc kết thúc, chị Lê Thị Thu Hà (34 tuổi, quê Thanh Hóa) mới về đến căn phòng trọ ở phường Thuận Giao. Căn phòng rộng chừng 12 m2, gác lửng thấp đến mức người lớn không thể đứng thẳng, là nơi ở của cả gia đình bốn người suốt 9 năm qua."),
        ("p", "“Tầng dưới vừa là bếp, vừa là chỗ để xe, chỗ con học bài. Tối đến, hai vợ chồng với hai đứa nhỏ chen nhau trên gác. Mùa nắng nóng thì không ngủ được, phải trải chiếu xuống nền nhà”, chị Hà nói."),
        ("fig", "Bữa cơm tối của gia đình chị Lê Thị Thu Hà trong căn phòng trọ 12 m2. Ảnh: Nhóm PV", "phong-tro-1.jpg"),
        ("h", "Tiền trọ “ăn” gần một phần ba thu nhập"),
        ("p", "Dãy trọ chị Hà thuê có 28 phòng, hầu hết là công nhân của các doanh nghiệp giày da, điện tử trong khu công nghiệp gần đó. Giá thuê mỗi phòng 2,2 triệu đồng/tháng, chưa kể tiền điện tính 3.800 đồng/kWh và tiền nước 25.000 đồng/m3, cao hơn giá quy định. Cộng lại, mỗi tháng gia đình chị chi gần 3,5 triệu đồng cho chỗ ở, bằng khoảng 30% tổng thu nhập của hai vợ chồng."),
        ("p", "Khảo sát của Liên đoàn Lao động thành phố với 1.200 đoàn viên tại 15 khu công nghiệp cho thấy, 68% công nhân đang thuê nhà trọ của người dân, chỉ khoảng 4% được ở nhà lưu trú do doanh nghiệp hoặc công đoàn bố trí. Trong số người thuê trọ, gần một nửa sống trong phòng có diện tích bình quân dưới 5 m2/người."),
        ("p", "Anh Nguyễn Văn Tâm, Chủ tịch Công đoàn cơ sở một doanh nghiệp điện tử với hơn 6.000 lao động, cho biết nhà ở là nguyên nhân hàng đầu khiến công nhân nghỉ việc, chuyển chỗ làm. “Nhiều bạn trẻ làm được vài năm, lập gia đình rồi thì không trụ được, phải về quê vì không có chỗ ở ổn định, con cái không có chỗ gửi”, anh Tâm nói."),
        ("h", "Những giấc mơ bị hoãn lại"),
        ("p", "Năm 2019, vợ chồng anh Trần Minh Đức, công nhân một công ty may, từng nộp hồ sơ mua căn hộ nhà ở xã hội tại một dự án gần khu công nghiệp. Sau hai năm chờ đợi, dự án chậm tiến độ, giá bán điều chỉnh tăng, anh đành rút hồ sơ. “Giờ tích góp được hơn 200 triệu đồng nhưng không biết mua ở đâu, vay thì sợ không trả nổi”, anh Đức chia sẻ."),
        ("fig", "Một dãy nhà trọ công nhân gần khu công nghiệp. Ảnh: Nhóm PV", "phong-tro-2.jpg"),
        ("p", "Theo Sở Xây dựng, từ năm 2021 đến nay, thành phố mới hoàn thành khoảng 9.800 căn nhà ở xã hội dành cho công nhân và người thu nhập thấp, đạt chưa đến 15% kế hoạch. Nhiều dự án đã được chấp thuận chủ trương đầu tư nhưng vướng thủ tục đất đai, xác định giá bán hoặc thiếu nhà đầu tư tham gia."),
        ("p", "Trong khi chờ nhà ở xã hội, không ít công nhân chọn cách chia nhau thuê một phòng, hoặc để con lại quê cho ông bà chăm sóc. Những đứa trẻ lớn lên xa cha mẹ, những gia đình chỉ đoàn tụ mỗi dịp Tết là hệ quả dễ thấy của bài toán nhà ở chưa có lời giải."),
        ("p", "Bà Phạm Thị Thanh Xuân, Phó Chủ tịch Liên đoàn Lao động thành phố, cho rằng cần xem nhà ở cho công nhân là một phần của hạ tầng khu công nghiệp. “Khi quy hoạch khu công nghiệp mà không tính chỗ ở cho người lao động thì áp lực sẽ dồn lên các khu dân cư xung quanh, kéo theo hàng loạt hệ lụy về hạ tầng, an ninh trật tự, giáo dục”, bà Xuân nhận định."),
        ("teaser", "Kỳ 2: Nhà ở xã hội - vướng ở đâu?"),
    ],
)

A["x09"] = dict(
    platform="amp-labour-paper",
    url="https://laodongcongdoan.vn/amp/xa-hoi/ky-2-nha-o-xa-hoi-vuong-o-dau-1350417.ldcd",
    title="Kỳ 2: Nhà ở xã hội - vướng ở đâu?",
    published_at="2026-10-19T05:30:00+07:00",
    author="NGỌC LAN - HẢI ĐĂNG",
    blocks=[
        ("lead", "(LĐCĐ) - Chủ trương xây dựng 1 triệu căn nhà ở xã hội đã được ban hành, nguồn vốn ưu đãi đã có, nhưng với nhiều công nhân, giấc mơ sở hữu một căn hộ vẫn còn xa vì những vướng mắc từ quỹ đất, thủ tục đến điều kiện vay vốn."),
        ("h", "Quỹ đất có, dự án vẫn chậm"),
        ("p", "Theo quy định, các khu công nghiệp khi lập quy hoạch phải dành quỹ đất để xây dựng nhà lưu trú, nhà ở xã hội cho người lao động. Thế nhưng, trên thực tế, phần lớn quỹ đất này nằm ở vị trí xa trung tâm, thiếu hạ tầng kết nối, không hấp dẫn nhà đầu tư."),
        ("p", "Một doanh nghiệp bất động sản từng đăng ký đầu tư dự án nhà ở xã hội quy mô 1.500 căn gần khu công nghiệp phía bắc thành phố cho biết, doanh nghiệp mất gần ba năm chỉ để hoàn tất thủ tục giao đất, phê duyệt quy hoạch chi tiết. “Lợi nhuận định mức của nhà ở xã hội không cao, nếu thủ tục kéo dài thì chi phí vốn đội lên, doanh nghiệp khó theo đến cùng”, đại diện doanh nghiệp nói."),
        ("fig", "Một dự án nhà ở xã hội dành cho công nhân đang được xây dựng. Ảnh: Hải Đăng", "noxh-1.jpg"),
        ("h", "Điều kiện vay vốn còn xa tầm tay"),
        ("p", "Gói tín dụng ưu đãi dành cho người mua nhà ở xã hội đã được triển khai, nhưng số công nhân tiếp cận được còn rất ít. Nhiều người không đáp ứng điều kiện chứng minh thu nhập ổn định, hoặc không có khoản tiền đối ứng ban đầu khoảng 20% giá trị căn hộ."),
        ("p", "Chị Võ Thị Kim Yến, công nhân một công ty thực phẩm, cho biết chị đã tìm hiểu thủ tục vay nhưng thấy khoản trả góp hằng tháng gần 6 triệu đồng, vượt quá khả năng của gia đình. “Lương hai vợ chồng cộng lại khoảng 17 triệu đồng, còn nuôi hai con đi học. Trả góp xong thì không còn gì để sống”, chị Yến nói."),
        ("h", "Cần mô hình nhà cho thuê"),
        ("p", "Nhiều chuyên gia cho rằng, với đa số công nhân, nhà ở xã hội cho thuê với giá hợp lý phù hợp hơn là mua. Mô hình này giúp người lao động có chỗ ở ổn định, an toàn trong khi chưa đủ điều kiện sở hữu nhà, đồng thời giúp doanh nghiệp giữ chân lao động."),
        ("p", "Liên đoàn Lao động thành phố đang đề xuất thí điểm xây dựng các khu nhà lưu trú công nhân do tổ chức công đoàn đầu tư trên quỹ đất được thành phố giao, giá thuê chỉ bằng khoảng 60% giá thị trường. Nếu được chấp thuận, dự án đầu tiên với khoảng 800 phòng có thể khởi công trong năm 2027."),
        ("teaser", "Kỳ 3: Doanh nghiệp chung tay lo chỗ ở cho người lao động"),
    ],
)

A["x10"] = dict(
    platform="custom-php-health-paper",
    url="https://suckhoecongdong.vn/can-tho-so-ca-sot-xuat-huyet-tang-38-nhieu-o-dich-o-khu-vuc-ven-do-169260814080531.htm",
    title="Cần Thơ: Số ca sốt xuất huyết tăng 38%, nhiều ổ dịch ở khu vực ven đô",
    published_at="2026-08-14T08:05:31+07:00",
    author="BS. Lê Minh Khoa, Trung tâm Kiểm soát bệnh tật TP. Cần Thơ",
    blocks=[
        ("lead", "Từ đầu năm đến giữa tháng 8, TP Cần Thơ ghi nhận 3.412 ca sốt xuất huyết, tăng 38% so với cùng kỳ năm 2025, trong đó có 2 trường hợp tử vong. Ngành y tế cảnh báo dịch có thể tiếp tục tăng trong những tháng cao điểm mùa mưa."),
        ("p", "Theo Trung tâm Kiểm soát bệnh tật (CDC) thành phố, số ca mắc tập trung ở các phường, xã ven đô, nơi có nhiều khu nhà trọ, vật dụng chứa nước và công trình đang xây dựng. Trẻ em dưới 15 tuổi chiếm khoảng 46% tổng số ca mắc; số ca nặng phải điều trị tại bệnh viện tuyến thành phố là 187 ca."),
        ("p", "Số ca mắc tại một số địa bàn có tỷ lệ mắc cao như sau:"),
        ("table", [
            ["Địa bàn", "Số ca mắc", "So với cùng kỳ 2025", "Ổ dịch đã xử lý"],
            ["Phường Cái Răng", "412", "+51%", "18"],
            ["Phường Bình Thủy", "367", "+44%", "15"],
            ["Phường Ngã Bảy", "298", "+29%", "11"],
            ["Xã Phong Điền", "241", "+62%", "9"],
            ["Phường Vị Thanh", "226", "+17%", "8"],
        ]),
        ("p", "Bác sĩ Trần Thu Thủy, Phó Giám đốc CDC thành phố, cho biết nguyên nhân số ca tăng là do thời tiết nắng mưa xen kẽ tạo điều kiện cho muỗi sinh sản, trong khi ý thức diệt lăng quăng của một bộ phận người dân chưa cao. Qua giám sát, chỉ số Breteau (số dụng cụ chứa nước có lăng quăng trên 100 hộ) tại nhiều khu dân cư vượt ngưỡng nguy cơ."),
        ("fig", "Nhân viên y tế phun hóa chất diệt muỗi tại một khu nhà trọ ở phường Cái Răng. Ảnh: CDC Cần Thơ", "sxh-can-tho.jpg"),
        ("p", "Ngành y tế đã tổ chức các đợt chiến dịch diệt lăng quăng, phun hóa chất xử lý ổ dịch, đồng thời tập huấn phác đồ chẩn đoán, điều trị cho nhân viên y tế tuyến cơ sở. Các trạm y tế xã, phường được yêu cầu theo dõi sát từng ca bệnh, hướng dẫn người bệnh điều trị ngoại trú tái khám đúng hẹn."),
        ("box", "Dấu hiệu cảnh báo cần đưa người bệnh đến viện ngay", [
            ("ul", [
                "Đau bụng nhiều, nôn ói liên tục;",
                "Chảy máu cam, chảy máu chân răng, nôn ra máu hoặc đi ngoài phân đen;",
                "Li bì, vật vã, bứt rứt, chân tay lạnh;",
                "Tiểu ít, không đi tiểu trong 4 - 6 giờ.",
            ]),
            ("p", "Lưu ý: Giai đoạn nguy hiểm thường rơi vào ngày thứ 3 đến ngày thứ 7 của bệnh, kể cả khi người bệnh đã hết sốt."),
        ]),
        ("p", "Bác sĩ Thủy khuyến cáo người dân không tự ý dùng thuốc hạ sốt nhóm aspirin, ibuprofen khi nghi mắc sốt xuất huyết; không truyền dịch tại nhà hoặc tại cơ sở không có chuyên môn. Mỗi gia đình nên dành 10 phút mỗi tuần để kiểm tra, loại bỏ vật dụng chứa nước quanh nhà, thả cá vào bể chứa nước và ngủ màn cả ban ngày."),
    ],
)

A["x11"] = dict(
    platform="custom-php-education-paper",
    url="https://giaoduchocduong.vn/dinh-chinh-thong-tin-trong-bai-truong-hoc-vung-cao-chuan-bi-cho-nam-hoc-moi-post88213.html",
    title="Đính chính thông tin trong bài “Trường học vùng cao chuẩn bị cho năm học mới”",
    published_at="2026-08-31T17:20:00+07:00",
    author=None,
    blocks=[
        ("p", "Trong bài viết “Trường học vùng cao chuẩn bị cho năm học mới” đăng ngày 28/8/2026 trên Báo điện tử Giáo dục & Học đường, do sơ suất trong quá trình biên tập, chúng tôi đã ghi sai tên trường và số liệu học sinh."),
        ("p", "Cụ thể, đoạn thứ ba của bài viết ghi “Trường Phổ thông dân tộc bán trú Tiểu học Nậm Càng có 412 học sinh”. Thông tin đúng là: “Trường Phổ thông dân tộc bán trú Tiểu học và THCS Nậm Cang, xã Sìn Hồ, tỉnh Lai Châu có 421 học sinh, trong đó 318 em ở bán trú”."),
        ("p", "Ngoài ra, chú thích ảnh thứ hai ghi “Thầy Lò Văn Pánh” nay đính chính là “Thầy Lò Văn Pành”."),
        ("p", "Báo điện tử Giáo dục & Học đường xin đính chính và thành thật xin lỗi nhà trường, thầy Lò Văn Pành cùng bạn đọc."),
    ],
)

A["x12"] = dict(
    platform="nuxt-education-paper",
    url="https://hocduongviet.vn/giao-duc/quang-tri-tuyen-dung-1126-giao-vien-uu-tien-vung-kho-khan-post89407.html",
    title="Quảng Trị tuyển dụng 1.126 giáo viên, ưu tiên vùng khó khăn",
    published_at="2026-10-12T10:15:00+07:00",
    author="HOÀNG PHÚC",
    blocks=[
        ("lead", "Sở Giáo dục và Đào tạo tỉnh Quảng Trị vừa công bố kế hoạch tuyển dụng 1.126 giáo viên cho năm học 2026-2027 nhằm bù đắp tình trạng thiếu giáo viên sau khi sắp xếp, sáp nhập trường lớp."),
        ("p", "Theo kế hoạch, chỉ tiêu tuyển dụng gồm 318 giáo viên mầm non, 452 giáo viên tiểu học, 241 giáo viên THCS và 115 giáo viên THPT. Trong đó, các môn đang thiếu nhiều là Tiếng Anh, Tin học, Âm nhạc, Mỹ thuật ở cấp tiểu học và Lịch sử - Địa lý, Khoa học tự nhiên ở cấp THCS."),
        ("related", [
            ("Hà Tĩnh thiếu gần 900 giáo viên mầm non", "/ha-tinh-thieu-gan-900-giao-vien-mam-non-post88950.html"),
            ("Giáo viên hợp đồng vùng cao mong được xét tuyển đặc cách", "/giao-vien-hop-dong-vung-cao-mong-duoc-xet-tuyen-dac-cach-post89011.html"),
            ("Bộ GD&ĐT hướng dẫn xác định vị trí việc làm sau sắp xếp trường", "/bo-gddt-huong-dan-xac-dinh-vi-tri-viec-lam-post89102.html"),
        ]),
        ("p", "Ông Hoàng Đức Minh, Giám đốc Sở Giáo dục và Đào tạo, cho biết sau khi tỉnh hợp nhất, ngành giáo dục quản lý hơn 1.050 cơ sở giáo dục với gần 470.000 học sinh. Tỷ lệ giáo viên trên lớp ở nhiều xã miền núi thuộc các huyện Hướng Hóa, Đakrông (cũ) chỉ đạt khoảng 1,2 ở cấp tiểu học, thấp hơn định mức."),
        ("p", "Tỉnh áp dụng hình thức xét tuyển, ưu tiên người có hộ khẩu thường trú tại các xã đặc biệt khó khăn, người dân tộc thiểu số và người đã có thời gian hợp đồng giảng dạy tại địa phương từ 12 tháng trở lên. Thí sinh trúng tuyển vào các trường vùng khó khăn phải cam kết công tác tại đơn vị tối thiểu 5 năm."),
        ("readmore", [
            ("Lương giáo viên mầm non sẽ được điều chỉnh từ năm 2027?", "/luong-giao-vien-mam-non-se-duoc-dieu-chinh-post89355.html"),
        ]),
        ("p", "Hồ sơ được nhận trực tuyến qua Cổng dịch vụ công của tỉnh từ ngày 20/10 đến hết ngày 18/11/2026. Kết quả xét tuyển dự kiến công bố trước ngày 25/12 để giáo viên kịp nhận nhiệm vụ từ học kỳ II."),
        ("p", "Cùng với tuyển dụng mới, Sở Giáo dục và Đào tạo đã điều động, biệt phái 236 giáo viên từ nơi thừa sang nơi thiếu trong cùng tỉnh, đồng thời đề xuất chính sách hỗ trợ nhà ở công vụ cho giáo viên công tác tại vùng sâu, vùng xa."),
        ("readmore", [
            ("Quảng Trị sắp xếp 214 trường học sau hợp nhất tỉnh", "/quang-tri-sap-xep-214-truong-hoc-post87620.html"),
            ("Nhà công vụ cho giáo viên vùng biên: Nơi có, nơi không", "/nha-cong-vu-cho-giao-vien-vung-bien-post88777.html"),
        ]),
    ],
)

A["x13"] = dict(
    platform="drupal-provincial-paper",
    url="https://bacninhngaynay.vn/kinh-te/bac-ninh-startup-ban-dan-tim-duong-bang-tu-cac-trung-tam-doi-moi-sang-tao-225318",
    title="Bắc Ninh: Startup bán dẫn tìm “đường băng” từ các trung tâm đổi mới sáng tạo",
    published_at="2026-06-18T08:20:00+07:00",
    author="Phương Linh",
    blocks=[
        ("lead", "Từ các vườn ươm, không gian co-working đến những chương trình mentoring với chuyên gia quốc tế, hệ sinh thái khởi nghiệp đổi mới sáng tạo ở Bắc Ninh đang dần định hình, trong đó lĩnh vực bán dẫn và AI được kỳ vọng tạo đột phá."),
        ("p", "Tại Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh, nhóm kỹ sư trẻ của startup VinaChip Lab đang chạy thử bo mạch kiểm tra chip cảm biến mới thiết kế. Nhóm có 9 thành viên, phần lớn từng làm việc cho các tập đoàn điện tử nước ngoài trong khu công nghiệp. “Chúng tôi muốn làm phần design và testing, là những khâu có giá trị gia tăng cao hơn so với lắp ráp”, Nguyễn Hoàng Long, CEO của nhóm, chia sẻ."),
        ("p", "Theo Sở Khoa học và Công nghệ, sau hợp nhất, Bắc Ninh có 46 doanh nghiệp khởi nghiệp đổi mới sáng tạo đang được ươm tạo, trong đó 11 doanh nghiệp hoạt động trong lĩnh vực bán dẫn, vi mạch và hệ thống nhúng. Trong năm 2026, tỉnh đã tổ chức 3 kỳ Demo Day, kết nối các startup với hơn 20 quỹ đầu tư và nhà đầu tư thiên thần."),
        ("fig", "Kỹ sư của một startup bán dẫn kiểm tra bo mạch tại Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh. Ảnh: Quang Huy", "startup-ban-dan.jpg"),
        ("p", "Điểm mới của năm nay là chương trình “Semiconductor Talent Bridge” do tỉnh phối hợp với một số trường đại học và doanh nghiệp FDI triển khai. Sinh viên năm cuối ngành điện tử được thực tập 6 tháng tại doanh nghiệp, tham gia các workshop về thiết kế vi mạch, sau đó có thể được tuyển dụng hoặc hỗ trợ thành lập startup."),
        ("p", "Bà Đỗ Thị Thanh Mai, Giám đốc Trung tâm, cho biết khó khăn lớn nhất của startup công nghệ sâu (deep tech) là chi phí đầu tư thiết bị rất lớn và thời gian thương mại hóa dài. Vì vậy, Trung tâm đang xây dựng phòng thí nghiệm dùng chung (shared lab) với các thiết bị đo kiểm, cho phép startup thuê theo giờ thay vì tự đầu tư."),
        ("p", "Bên cạnh bán dẫn, các ứng dụng AI trong sản xuất nông nghiệp, quản lý đô thị cũng được quan tâm. Một số startup đã đưa ra giải pháp camera AI đếm phương tiện, giám sát chất lượng nước ao nuôi, hay chatbot hỗ trợ người dân tra cứu thủ tục hành chính. Tỉnh cũng mở “sandbox” cho phép thử nghiệm có kiểm soát một số giải pháp tại các phường trung tâm."),
        ("p", "Theo kế hoạch, đến năm 2030, Bắc Ninh phấn đấu có ít nhất 100 doanh nghiệp khởi nghiệp đổi mới sáng tạo, trong đó có 2 - 3 doanh nghiệp gọi vốn thành công từ các quỹ quốc tế. Để đạt mục tiêu, tỉnh sẽ dành nguồn ngân sách khoa học công nghệ hỗ trợ các dự án ươm tạo, đồng thời hoàn thiện cơ chế để startup tham gia các dự án chuyển đổi số của chính quyền."),
    ],
)

A["x14"] = dict(
    platform="liferay-vnpt-magazine",
    url="https://xaydungchibo.vn/web/guest/nghien-cuu-trao-doi/-/asset_publisher/R4kTqVm2hXsd/content/nang-cao-chat-luong-sinh-hoat-chi-bo-o-cac-xa-sau-khi-thuc-hien-chinh-quyen-dia-phuong-hai-cap",
    title="Nâng cao chất lượng sinh hoạt chi bộ ở các xã sau khi thực hiện chính quyền địa phương hai cấp",
    published_at="2026-08-25T00:00:00+07:00",
    author="TS. NGUYỄN THỊ THU HIỀN, Học viện Chính trị khu vực I",
    blocks=[
        ("lead", "Sinh hoạt chi bộ là “tế bào” trong đời sống chính trị của Đảng. Sau hơn một năm tổ chức chính quyền địa phương hai cấp, địa bàn xã mở rộng, số chi bộ và đảng viên tăng lên, đặt ra yêu cầu mới về nội dung, hình thức và chất lượng sinh hoạt chi bộ ở cơ sở."),
        ("h", "Những chuyển biến bước đầu"),
        ("p", "Thực hiện chủ trương sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, từ ngày 1/7/2025, cả nước đã tổ chức lại hệ thống đơn vị hành chính cấp xã, không còn cấp huyện. Cùng với đó, tổ chức cơ sở đảng ở xã, phường, đặc khu được kiện toàn; nhiều đảng bộ xã mới có từ 50 đến hơn 100 chi bộ trực thuộc, với hàng nghìn đảng viên sinh hoạt ở các thôn, tổ dân phố, cơ quan, trường học, trạm y tế."),
        ("p", "Qua khảo sát tại một số đảng bộ xã ở các tỉnh trung du và miền núi phía Bắc, có thể thấy sinh hoạt chi bộ đã có những chuyển biến tích cực. Phần lớn cấp ủy xã đã kịp thời ban hành quy chế làm việc, phân công cấp ủy viên phụ trách, dự sinh hoạt với các chi bộ; duy trì nền nếp sinh hoạt định kỳ hằng tháng. Nhiều chi bộ đã lựa chọn nội dung sinh hoạt chuyên đề gắn với nhiệm vụ chính trị của địa phương như chuyển đổi số, xây dựng nông thôn mới, bảo vệ rừng, giữ gìn an ninh trật tự."),
        ("p", "Việc ứng dụng công nghệ thông tin trong sinh hoạt chi bộ cũng được đẩy mạnh. Tài liệu sinh hoạt được gửi trước qua ứng dụng Sổ tay đảng viên điện tử; một số chi bộ ở thôn xa trung tâm đã thí điểm kết nối trực tuyến với cấp ủy xã để tiếp nhận chỉ đạo, giải đáp những vấn đề đảng viên quan tâm. Tỷ lệ đảng viên dự sinh hoạt ở nhiều chi bộ đạt trên 90%."),
        ("h", "Một số hạn chế cần khắc phục"),
        ("p", "Bên cạnh những kết quả đạt được, chất lượng sinh hoạt chi bộ ở một số nơi vẫn còn hạn chế. Có thể khái quát ở mấy điểm sau:"),
        ("ul", [
            "Nội dung sinh hoạt ở không ít chi bộ còn đơn điệu, nặng về thông báo tình hình, triển khai văn bản cấp trên; ít đi sâu thảo luận, tìm giải pháp cho những vấn đề cụ thể của thôn, tổ dân phố.",
            "Sinh hoạt chuyên đề chưa thường xuyên, có nơi chọn chuyên đề chung chung, chưa gắn với thực tiễn; chuẩn bị tài liệu sơ sài, thiếu người có chuyên môn phát biểu định hướng.",
            "Tự phê bình và phê bình chưa thực chất, còn tâm lý nể nang, ngại va chạm, nhất là ở các chi bộ mới hợp nhất từ nhiều chi bộ cũ.",
            "Năng lực của một bộ phận bí thư chi bộ chưa đáp ứng yêu cầu; nhiều bí thư chi bộ thôn kiêm trưởng thôn, tuổi cao, hạn chế trong tiếp cận công nghệ.",
        ]),
        ("p", "Nguyên nhân của những hạn chế trên có cả khách quan và chủ quan. Địa bàn xã mới rộng, dân cư phân tán, cấp ủy viên phải phụ trách nhiều chi bộ nên việc dự sinh hoạt, hướng dẫn còn khó khăn. Một số cấp ủy chưa thật sự quan tâm lãnh đạo nâng cao chất lượng sinh hoạt chi bộ, còn coi đây là việc riêng của chi bộ. Chế độ phụ cấp cho bí thư chi bộ còn thấp, chưa tương xứng với khối lượng công việc."),
        ("h", "Giải pháp nâng cao chất lượng sinh hoạt chi bộ"),
        ("p", "Thứ nhất, nâng cao nhận thức, trách nhiệm của cấp ủy, tổ chức đảng và đảng viên về vị trí, vai trò của sinh hoạt chi bộ. Cấp ủy xã cần xác định nâng cao chất lượng sinh hoạt chi bộ là nhiệm vụ thường xuyên, đưa vào chương trình công tác toàn khóa và hằng năm; gắn trách nhiệm của cấp ủy viên phụ trách với kết quả sinh hoạt của chi bộ được phân công."),
        ("p", "Thứ hai, đổi mới nội dung sinh hoạt theo hướng thiết thực, cụ thể. Mỗi kỳ sinh hoạt cần tập trung vào một số vấn đề trọng tâm, bức xúc của địa phương, có phân công đảng viên chuẩn bị ý kiến trước. Sinh hoạt chuyên đề nên được tổ chức ít nhất một quý một lần, với những chủ đề sát thực tiễn như vận động người dân hiến đất làm đường, phát triển sản phẩm OCOP, phòng chống lừa đảo trên không gian mạng."),
        ("p", "Thứ ba, phát huy dân chủ, tăng cường tự phê bình và phê bình trong sinh hoạt. Chủ trì sinh hoạt cần tạo không khí cởi mở, khuyến khích đảng viên, nhất là đảng viên trẻ, phát biểu ý kiến. Việc kiểm điểm, đánh giá đảng viên phải căn cứ vào kết quả thực hiện nhiệm vụ được giao và sự đánh giá của Nhân dân nơi cư trú."),
        ("quote", "Chi bộ mạnh thì đảng bộ mới mạnh; sinh hoạt chi bộ có chất lượng thì mới giữ vững được vai trò hạt nhân chính trị ở cơ sở."),
        ("p", "Thứ tư, chăm lo xây dựng đội ngũ bí thư chi bộ. Cần lựa chọn những đảng viên có uy tín, năng lực, am hiểu tình hình địa phương để giữ chức bí thư; thường xuyên bồi dưỡng kỹ năng chủ trì sinh hoạt, kỹ năng sử dụng công nghệ số. Các tỉnh cần nghiên cứu điều chỉnh chế độ phụ cấp phù hợp cho bí thư chi bộ thôn, tổ dân phố trong điều kiện địa bàn mở rộng."),
        ("p", "Thứ năm, tăng cường kiểm tra, giám sát và định kỳ đánh giá chất lượng sinh hoạt chi bộ. Cấp ủy xã cần xây dựng bộ tiêu chí đánh giá cụ thể, lượng hóa được; kịp thời biểu dương chi bộ làm tốt, nhắc nhở, chấn chỉnh chi bộ sinh hoạt hình thức. Kết quả đánh giá là một căn cứ để xếp loại chất lượng tổ chức đảng cuối năm."),
        ("p", "Thực tiễn cho thấy, nơi nào sinh hoạt chi bộ có nền nếp, nội dung thiết thực, dân chủ được phát huy thì nơi đó đảng viên gương mẫu, Nhân dân tin tưởng, các phong trào phát triển. Trong bối cảnh chính quyền địa phương hai cấp đang từng bước ổn định, nâng cao chất lượng sinh hoạt chi bộ chính là một trong những khâu then chốt để củng cố nền tảng chính trị ở cơ sở, bảo đảm sự lãnh đạo của Đảng đến từng thôn, tổ dân phố."),
        ("h", "Tài liệu tham khảo"),
        ("ol", [
            "Ban Tổ chức Trung ương: Hướng dẫn số 12-HD/BTCTW ngày 6/6/2018 về một số vấn đề cụ thể nâng cao chất lượng sinh hoạt chi bộ.",
            "Kết luận số 163-KL/TW ngày 6/6/2025 của Bộ Chính trị, Ban Bí thư về việc tiếp tục sắp xếp, tổ chức bộ máy và đơn vị hành chính.",
            "Nguyễn Văn Thành: “Đổi mới sinh hoạt chi bộ ở nông thôn hiện nay”, Tạp chí Xây dựng chi bộ, số 8-2025.",
        ]),
    ],
)

A["x15"] = dict(
    platform="wordpress-magazine",
    url="https://cuuchienbinhviet.vn/2026/07/27/nguoi-cuu-binh-phu-xanh-nhung-doi-que-o-dong-cuong/",
    title="Người cựu binh phủ xanh những đồi quế ở Đông Cuông",
    published_at="2026-07-27T09:48:12+07:00",
    author=None,
    blocks=[
        ("p", "Rời quân ngũ năm 1989 với thương tật 41%, cựu chiến binh Hoàng Văn Sinh trở về quê ở xã Đông Cuông, tỉnh Lào Cai, bắt đầu lại từ hai bàn tay trắng. Gần 40 năm sau, những quả đồi trọc ngày ấy đã thành hơn 30 ha rừng quế xanh ngút ngàn, mang lại cho gia đình ông thu nhập gần một tỷ đồng mỗi năm."),
        ("p", "Ông Sinh kể, những năm đầu, cả nhà sống nhờ mấy sào ruộng bậc thang và đàn lợn nhỏ. Thấy đất đồi bỏ không, ông xin nhận khoán của lâm trường cũ, vay mượn họ hàng mua giống quế về trồng. “Hồi ấy nhiều người bảo tôi dại, trồng quế phải 10 năm mới bóc vỏ được, lấy gì mà ăn. Nhưng tôi nghĩ, bộ đội đã không sợ gian khổ thì làm kinh tế cũng phải kiên trì”, ông nhớ lại."),
        ("fig", "Cựu chiến binh Hoàng Văn Sinh kiểm tra vỏ quế trong vườn nhà. Ảnh: Đình Tuấn", "que-dong-cuong.jpg"),
        ("p", "Không chỉ trồng quế lấy vỏ, ông Sinh còn học cách chưng cất tinh dầu từ lá và cành nhỏ, tận dụng phần trước đây thường bị bỏ đi. Năm 2018, ông đầu tư lò chưng cất tinh dầu công suất 2 tấn nguyên liệu mỗi mẻ, thu mua thêm lá quế của bà con trong thôn. Đến nay, cơ sở của gia đình ông tạo việc làm thường xuyên cho 12 lao động, phần lớn là người Dao trong vùng."),
        ("p", "Năm 2024, vùng quế của gia đình ông cùng 56 hộ khác được cấp chứng chỉ hữu cơ, sản phẩm vỏ quế và tinh dầu được các doanh nghiệp thu mua để xuất khẩu. Giá bán cao hơn quế thông thường từ 15 đến 20%, giúp nhiều hộ yên tâm gắn bó với rừng."),
        ("p", "Là Chi hội trưởng Chi hội Cựu chiến binh thôn, ông Sinh thường xuyên chia sẻ kinh nghiệm, cho hội viên khó khăn mượn giống, vay vốn không lấy lãi. Nhờ đó, 9 hộ hội viên đã thoát nghèo, nhiều hộ có vườn quế từ 3 đến 5 ha. Ông cũng là người đi đầu hiến gần 600 m2 đất để mở đường lên khu sản xuất của thôn."),
        ("p", "Ông Triệu Văn Lợi, Chủ tịch Hội Cựu chiến binh xã Đông Cuông, cho biết: “Ông Sinh là tấm gương tiêu biểu của phong trào cựu chiến binh làm kinh tế giỏi. Từ mô hình của ông, nhiều hội viên đã mạnh dạn nhận đất, trồng rừng, góp phần nâng độ che phủ rừng của xã lên hơn 68%”."),
        ("p", "Ở tuổi 64, ông Sinh vẫn ngày ngày lên đồi. Ông bảo, rừng quế không chỉ là sinh kế mà còn là tài sản để lại cho con cháu. “Mình trồng cây thì phải nghĩ đến mấy chục năm sau. Đồi xanh thì đất không trôi, suối không cạn, bà con mới sống được với rừng”, ông nói."),
    ],
)

A["x16"] = dict(
    platform="joomla4-magazine",
    url="https://dantocmiennui.vn/index.php/van-hoa/item/4127-dong-bao-khmer-vinh-long-ron-rang-chuan-bi-le-hoi-ok-om-bok",
    title="Đồng bào Khmer Vĩnh Long rộn ràng chuẩn bị Lễ hội Ok Om Bok",
    published_at="2026-11-04T10:25:00+07:00",
    author="Thạch Sô Phia",
    blocks=[
        ("p", "Những ngày đầu tháng 11, không khí chuẩn bị Lễ hội Ok Om Bok - lễ cúng trăng của đồng bào Khmer - đã lan tỏa khắp các phum, sóc ở khu vực phía nam tỉnh Vĩnh Long. Tại nhiều chùa Khmer, các đội ghe ngo tập luyện mỗi chiều, tiếng hò reo vang cả một khúc sông."),
        ("p", "Ở chùa Âng thuộc phường Nguyệt Hóa, hơn 60 tay chèo của đội ghe ngo đang tập trung luyện tập cho giải đua ghe ngo của tỉnh. Đội trưởng Kim Sơn cho biết, các thành viên phần lớn là nông dân, công nhân, ban ngày đi làm, chiều tối mới tập trung ra sông. “Năm nào bà con cũng mong đến mùa lễ hội. Được chèo ghe cho chùa, cho phum sóc là niềm vinh dự”, anh Sơn nói."),
        ("fig", "Đội ghe ngo chùa Âng tập luyện trên sông chuẩn bị cho giải đua. Ảnh: Thạch Sô Phia", "ghe-ngo-chua-ang.jpg"),
        ("p", "Theo Sở Văn hóa, Thể thao và Du lịch, Lễ hội Ok Om Bok năm nay được tổ chức với nhiều hoạt động như lễ cúng trăng, thả đèn gió, thả đèn nước, giải đua ghe ngo, hội thi ẩm thực và trưng bày sản phẩm OCOP của đồng bào Khmer. Dự kiến có 42 đội ghe ngo đến từ các chùa trong tỉnh và các địa phương lân cận tham gia tranh tài."),
        ("p", "Tại các phum, sóc, bà con đã chuẩn bị cốm dẹp - món lễ vật không thể thiếu trong lễ cúng trăng. Bà Thạch Thị Sa Ly ở ấp Ba Se nói, gia đình bà năm nay làm khoảng 50 kg cốm dẹp, một phần để cúng, phần còn lại bán cho khách du lịch. “Cốm phải làm từ nếp mới, rang trên chảo gang rồi giã liền tay mới dẻo, thơm”, bà chia sẻ."),
        ("p", "Ông Sơn Ngọc Hoàng, Phó Trưởng ban Dân tộc và Tôn giáo tỉnh, cho biết tỉnh hiện có hơn 320.000 đồng bào Khmer, chủ yếu sinh sống ở khu vực thuộc tỉnh Trà Vinh cũ. Những năm qua, cùng với đầu tư phát triển kinh tế - xã hội, tỉnh quan tâm bảo tồn, phát huy các giá trị văn hóa truyền thống của đồng bào, hỗ trợ kinh phí cho các chùa tổ chức lễ hội và duy trì các đội ghe ngo, đội nhạc ngũ âm."),
        ("p", "Lễ hội Ok Om Bok năm nay cũng là dịp quảng bá hình ảnh vùng đất, con người Vĩnh Long sau hợp nhất đến với du khách trong và ngoài nước, góp phần phát triển du lịch văn hóa, tâm linh gắn với cộng đồng."),
    ],
)

A["x17"] = dict(
    platform="mobile-national-paper",
    url="https://m.quocdan.vn/the-gioi/nhat-ban-thu-nghiem-xe-buyt-tu-lai-cap-do-4-o-vung-nong-thon-20261121201500833.htm",
    title="Nhật Bản thử nghiệm xe buýt tự lái cấp độ 4 ở vùng nông thôn",
    published_at="2026-11-21T20:15:00+07:00",
    author="Minh Châu",
    blocks=[
        ("lead", "Chính quyền Nhật Bản vừa cho phép thêm 12 địa phương vận hành thử nghiệm xe buýt tự lái cấp độ 4, trong nỗ lực giải quyết tình trạng thiếu tài xế trầm trọng ở các vùng nông thôn đang già hóa nhanh."),
        ("p", "Theo Bộ Đất đai, Hạ tầng, Giao thông và Du lịch Nhật Bản, các xe buýt cỡ nhỏ từ 10 đến 20 chỗ sẽ chạy trên những tuyến cố định dài từ 2 đến 8 km, nối khu dân cư với bệnh viện, nhà ga và trung tâm hành chính. Ở cấp độ 4, xe có thể tự vận hành hoàn toàn trong khu vực được chỉ định mà không cần tài xế ngồi sau vô lăng; một nhân viên giám sát từ xa có thể theo dõi cùng lúc nhiều xe."),
        ("p", "Nhật Bản đang đối mặt với tình trạng thiếu hụt tài xế xe buýt sau khi quy định mới về giới hạn giờ làm thêm có hiệu lực từ năm 2024. Hàng trăm tuyến xe buýt ở các địa phương đã phải cắt giảm chuyến hoặc ngừng hoạt động, khiến người cao tuổi không có phương tiện đi khám bệnh, mua sắm."),
        ("fig", "Một xe buýt tự lái chạy thử nghiệm tại tỉnh Fukui, Nhật Bản. Ảnh: Kyodo", "xe-buyt-tu-lai.jpg"),
        ("p", "Chính phủ Nhật Bản đặt mục tiêu đến năm 2027 có khoảng 100 địa điểm vận hành xe tự lái cấp độ 4. Tuy nhiên, chi phí đầu tư cao, hạ tầng viễn thông chưa đồng bộ và những lo ngại về an toàn vẫn là thách thức. Một số chuyến chạy thử trước đây đã phải tạm dừng sau khi xe va chạm nhẹ với vật cản bên đường."),
        ("p", "Ông Tanaka Hiroshi, thị trưởng một thị trấn miền núi tham gia chương trình, cho biết người dân ban đầu còn e ngại nhưng dần quen sau vài tuần đi thử. “Với nhiều cụ già ở đây, chiếc xe buýt này là cách duy nhất để đến bệnh viện mà không phải nhờ con cháu”, ông nói."),
    ],
)

A["x18"] = dict(
    platform="nextjs-station-portal",
    url="https://dongnaitv.vn/thoi-su/dong-nai-khoi-cong-tuyen-duong-ket-noi-vung-dieu-phia-bac-voi-cao-toc-post271904.html",
    title="Đồng Nai khởi công tuyến đường kết nối vùng điều phía bắc với cao tốc",
    published_at="2026-11-21T19:05:44+07:00",
    author="Thu Hà, Minh Tuấn",
    blocks=[
        ("lead", "Chiều 21/11, UBND tỉnh Đồng Nai khởi công tuyến đường kết nối khu vực phía bắc tỉnh với cao tốc, tổng mức đầu tư hơn 2.400 tỷ đồng. Khi hoàn thành, tuyến đường sẽ rút ngắn thời gian vận chuyển nông sản từ vùng điều, cao su ra cảng biển và các khu công nghiệp."),
        ("p", "Tuyến đường dài 38,6 km, điểm đầu giao với quốc lộ 14 tại phường Đồng Xoài, điểm cuối kết nối với nút giao cao tốc, đi qua địa bàn 7 xã, phường. Đường được thiết kế theo tiêu chuẩn đường cấp III đồng bằng, 4 làn xe, vận tốc thiết kế 80 km/h; dự kiến hoàn thành vào quý IV/2028."),
        ("fig", "Các đại biểu thực hiện nghi thức khởi công công trình. Ảnh: Minh Tuấn", "khoi-cong-duong.jpg"),
        ("p", "Phát biểu tại lễ khởi công, Chủ tịch UBND tỉnh Đồng Nai Nguyễn Văn Phước nhấn mạnh, đây là công trình có ý nghĩa đặc biệt quan trọng trong việc liên kết không gian phát triển giữa khu vực phía bắc và phía nam của tỉnh sau hợp nhất. Ông đề nghị chủ đầu tư, nhà thầu tập trung nhân lực, thiết bị, thi công “3 ca, 4 kíp”, bảo đảm chất lượng, an toàn lao động và vệ sinh môi trường."),
        ("p", "Theo Sở Xây dựng, dự án cần thu hồi khoảng 212 ha đất, ảnh hưởng đến hơn 1.300 hộ dân. Đến nay, các địa phương đã bàn giao được 78% mặt bằng; phần còn lại dự kiến hoàn thành trước tháng 3/2027. Tỉnh đã bố trí 3 khu tái định cư với hơn 600 nền đất cho các hộ bị ảnh hưởng."),
        ("p", "Ông Điểu Văn Rét, người dân xã Bù Gia Mập, cho biết gia đình ông có 3.000 m2 đất vườn điều nằm trong diện giải tỏa. “Mất đất cũng tiếc, nhưng có đường lớn thì con cháu sau này đi lại, làm ăn thuận lợi. Bà con ở đây ai cũng ủng hộ”, ông nói."),
        ("fig", "Hướng tuyến đường đi qua khu vực trồng điều ở phía bắc tỉnh. Ảnh: Thu Hà", "vung-dieu-phia-bac.jpg"),
        ("p", "Cùng ngày, tỉnh Đồng Nai cũng khởi công 2 dự án cầu trên tuyến đường tỉnh và khánh thành trường THPT tại xã biên giới, nâng tổng số công trình khởi công, khánh thành trong dịp chào mừng đại hội đảng bộ các cấp lên 27 công trình."),
    ],
)

A["x19"] = dict(
    platform="php-legacy-trade-paper",
    url="https://giaothongvantai.com.vn/xa-hoi/cao-toc-quang-ngai-kon-tum-day-nhanh-giai-phong-mat-bang-doan-qua-vung-nui-a187302.html",
    title="Cao tốc Quảng Ngãi - Kon Tum: Đẩy nhanh giải phóng mặt bằng đoạn qua vùng núi",
    published_at="2026-10-16T15:27:00+07:00",
    author="Văn Định",
    blocks=[
        ("lead", "Đoạn tuyến qua các xã miền núi phía tây tỉnh Quảng Ngãi đang là “điểm nghẽn” về mặt bằng của dự án cao tốc Quảng Ngãi - Kon Tum. Địa phương đặt mục tiêu bàn giao toàn bộ mặt bằng trong quý I/2027."),
        ("p", "Dự án đường cao tốc Quảng Ngãi - Kon Tum có chiều dài khoảng 120 km, được chia thành nhiều dự án thành phần. Đến giữa tháng 10, các dự án thành phần đoạn đồng bằng đã bàn giao hơn 92% mặt bằng, trong khi đoạn qua các xã miền núi mới đạt khoảng 64%."),
        ("h", "Vướng đất rừng, mồ mả"),
        ("p", "Theo Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh, khó khăn lớn nhất ở đoạn miền núi là phần lớn diện tích thu hồi là đất rừng sản xuất, đất nương rẫy chưa được cấp giấy chứng nhận, nguồn gốc sử dụng phức tạp. Nhiều hộ đồng bào dân tộc thiểu số canh tác trên đất do tổ chức quản lý, nay cần xác minh để có phương án hỗ trợ phù hợp."),
        ("p", "Bên cạnh đó, tuyến đi qua khu vực có hơn 400 ngôi mộ cần di dời. Việc di dời mộ phải theo phong tục của đồng bào Hrê, Ca Dong nên cần thời gian vận động, thống nhất với già làng, người có uy tín."),
        ("fig", "Đơn vị thi công đào đắp nền đường đoạn qua xã Sơn Hà. Ảnh: Văn Định", "cao-toc-qn-kt.jpg"),
        ("h", "Lập tổ công tác tăng cường"),
        ("p", "Để tháo gỡ, UBND tỉnh đã thành lập 5 tổ công tác tăng cường xuống các xã có dự án đi qua, trực tiếp phối hợp với chính quyền cơ sở kiểm đếm, áp giá bồi thường. Các xã được giao chỉ tiêu bàn giao mặt bằng theo từng tháng; kết quả thực hiện là căn cứ đánh giá mức độ hoàn thành nhiệm vụ của người đứng đầu."),
        ("p", "Ông Đinh Văn Thơm, Chủ tịch UBND xã Sơn Hà, cho biết xã đã tổ chức 23 cuộc đối thoại với người dân, giải đáp các thắc mắc về đơn giá bồi thường, chính sách hỗ trợ chuyển đổi nghề. Đến nay, 186/241 hộ đã nhận tiền và bàn giao đất; các hộ còn lại đang được tiếp tục vận động."),
        ("p", "Ở các vị trí đã có mặt bằng, nhà thầu đang tập trung thi công nền đường, cống thoát nước và hầm chui dân sinh. Đại diện liên danh nhà thầu cho biết, đơn vị đã huy động hơn 300 máy móc, thiết bị và 1.100 nhân công, tranh thủ thời tiết thuận lợi trước cao điểm mưa lũ."),
        ("p", "Khi hoàn thành, cao tốc Quảng Ngãi - Kon Tum sẽ kết nối Tây Nguyên với cảng biển Dung Quất và khu kinh tế ven biển, tạo trục giao thông đông - tây quan trọng của tỉnh Quảng Ngãi sau hợp nhất."),
    ],
)

A["x20"] = dict(
    platform="nukeviet-provincial-paper",
    url="https://angiangmoi.vn/news/kinh-te/phu-quoc-chuan-bi-ha-tang-phuc-vu-apec-2027-26418.html",
    title="Phú Quốc tăng tốc chuẩn bị hạ tầng phục vụ APEC 2027",
    published_at="2026-04-09T07:20:00+07:00",
    author="PV",
    blocks=[
        ("lead", "Hàng loạt công trình giao thông, hạ tầng đô thị và trung tâm hội nghị tại đặc khu Phú Quốc đang được đẩy nhanh tiến độ, bảo đảm hoàn thành trước tháng 6/2027 để phục vụ Năm APEC 2027."),
        ("p", "Theo Ban Quản lý các dự án phục vụ APEC 2027 tỉnh An Giang, hiện đặc khu Phú Quốc có 21 dự án đang triển khai, gồm mở rộng nhà ga hành khách cảng hàng không quốc tế, nâng cấp các tuyến đường trục chính, xây dựng trung tâm hội nghị quốc tế và khu tái định cư cho người dân có đất bị thu hồi."),
        ("p", "Trong đó, tuyến đường kết nối cảng hàng không với khu vực Bãi Đất Đỏ dài gần 16 km đã hoàn thành 60% khối lượng; dự án nâng cấp đường ven biển phía tây đang được thi công đồng loạt trên nhiều mũi. Các nhà thầu được yêu cầu làm việc cả ngày nghỉ, lễ để bù tiến độ."),
        ("fig", "Thi công tuyến đường kết nối cảng hàng không Phú Quốc. Ảnh: PV", "phu-quoc-apec.jpg"),
        ("readmore", [("Phú Quốc chính thức trở thành đặc khu", "/news/thoi-su/phu-quoc-chinh-thuc-tro-thanh-dac-khu-24187.html")]),
        ("p", "Ông Trần Minh Khoa, Trưởng Ban Quản lý đặc khu, cho biết cùng với hạ tầng cứng, đặc khu đang tập trung chỉnh trang đô thị, cải tạo hệ thống chiếu sáng, cây xanh, xử lý triệt để tình trạng rác thải ở các bãi biển và khu dân cư. Đặc khu cũng phối hợp với các doanh nghiệp lữ hành đào tạo tiếng Anh giao tiếp cho người làm du lịch, lực lượng tài xế taxi, xe điện."),
        ("p", "Về nguồn điện, nước, ngành điện đã hoàn thành đóng điện tuyến cáp ngầm thứ hai ra đảo; dự án hồ chứa nước Cửa Cạn giai đoạn 2 đang gấp rút hoàn thiện, dự kiến tăng công suất cấp nước thêm 30.000 m3/ngày đêm."),
        ("p", "UBND tỉnh An Giang yêu cầu các sở, ngành thường xuyên kiểm tra hiện trường, kịp thời tháo gỡ vướng mắc về mặt bằng, vật liệu xây dựng; kiên quyết thay thế nhà thầu yếu kém, không bảo đảm tiến độ."),
    ],
)


# ------------------------------------------------------- block rendering

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def render_blocks(blocks, rng, cdn, fig="html5", p_attr="", ad_html=None, related=None, readmore=None,
                  box_cls="box-fact", table_cls="table", quote_cls="", teaser=None, video=None, skip_lead=True):
    """Render the article blocks in a site's own markup.  `fig` picks the
    figure style; related/readmore/teaser/video are per-site callables."""
    out = []
    for b in blocks:
        t = b[0]
        if t == "lead":
            if not skip_lead:
                out.append("<p%s><strong>%s</strong></p>" % (p_attr, inline(b[1])))
        elif t == "p":
            out.append("<p%s>%s</p>" % (p_attr, inline(b[1])))
        elif t == "h":
            out.append("<h2>%s</h2>" % inline(b[1]) if fig != "table" else
                       "<p%s><strong>%s</strong></p>" % (p_attr, inline(b[1])))
        elif t in ("ul", "ol"):
            out.append("<%s>%s</%s>" % (t, "".join("<li>%s</li>" % inline(x) for x in b[1]), t))
        elif t == "quote":
            out.append('<blockquote%s><p>%s</p></blockquote>' % (quote_cls and ' class="%s"' % quote_cls, inline(b[1])))
        elif t == "teaser":
            out.append(teaser(b[1]) if teaser else "<p><em><strong>%s</strong></em></p>" % inline(b[1]))
        elif t == "fig":
            out.append(render_fig(b[1], b[2], rng, cdn, fig))
        elif t == "video":
            out.append(video(b))
        elif t == "table":
            rows = b[1]
            h = ['<table class="%s">' % table_cls, "<thead><tr>"]
            h += ["<th>%s</th>" % inline(c) for c in rows[0]]
            h.append("</tr></thead><tbody>")
            for r in rows[1:]:
                h.append("<tr>" + "".join("<td>%s</td>" % inline(c) for c in r) + "</tr>")
            h.append("</tbody></table>")
            out.append("".join(h))
        elif t == "box":
            inner = render_blocks(b[2], rng, cdn, fig, p_attr)
            out.append('<div class="%s"><p class="%s-title"><strong>%s</strong></p>%s</div>' % (box_cls, box_cls, inline(b[1]), inner))
        elif t == "related":
            out.append(related(b[1]) if related else "")
        elif t == "readmore":
            out.append(readmore(b[1]) if readmore else "")
        elif t == "ad":
            out.append(ad_html or "")
        elif t == "raw":
            out.append(b[1])
    return "\n".join(out)


def render_fig(cap, src, rng, cdn, style):
    w, h = rng.choice([(800, 533), (1200, 800), (960, 640), (700, 467)])
    url = "%s/%s" % (cdn, src)
    alt = src.rsplit(".", 1)[0].replace("-", " ")
    if style == "html5":
        img = '<img class="lazyload" src="%s" data-src="%s" alt="%s" width="%d" height="%d" loading="lazy">' % (GIF, url, attr(alt), w, h)
        return '<figure class="image align-center">%s%s</figure>' % (img, "<figcaption>%s</figcaption>" % inline(cap) if cap else "")
    if style == "table":
        return ('<table class="image center" align="center" border="0" cellpadding="3" cellspacing="0" width="100%%"><tbody>'
                '<tr><td><img src="%s" alt="%s" width="%d" height="%d" /></td></tr>%s</tbody></table>'
                % (url, attr(alt), w // 2 + 100, h // 2 + 66, '<tr><td class="image_desc"><em>%s</em></td></tr>' % inline(cap) if cap else ""))
    if style == "wp":
        return ('<figure class="wp-block-image size-large"><img decoding="async" width="%d" height="%d" src="%s" alt="" class="wp-image-%d" srcset="%s 1024w, %s 300w" sizes="(max-width: 1024px) 100vw, 1024px" />%s</figure>'
                % (w, h, url, rng.randint(20000, 99999), url, url.replace(".jpg", "-300x200.jpg"),
                   '<figcaption class="wp-element-caption">%s</figcaption>' % inline(cap) if cap else ""))
    if style == "amp":
        return ('<figure class="amp-fig"><amp-img src="%s" width="%d" height="%d" layout="responsive" alt="%s"></amp-img>%s</figure>'
                % (url, w, h, attr(alt), "<figcaption>%s</figcaption>" % inline(cap) if cap else ""))
    if style == "div":
        return ('<div class="VCSortableInPreviewMode" type="Photo"><div><img src="%s" data-original="%s" alt="%s" class="lightbox-content" w="%d" h="%d"></div><div class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]">%s</p></div></div>'
                % (url, url, attr(alt), w, h, inline(cap)))
    if style == "nuke":
        return ('<div class="image-center"><figure class="image"><img alt="%s" height="%d" src="%s" width="%d" />%s</figure></div>'
                % (attr(alt), h, url, w, "<figcaption>%s</figcaption>" % inline(cap) if cap else ""))
    if style == "liferay":
        return ('<p style="text-align:center"><img alt="" src="%s" style="width: 700px; height: 467px;" /></p><p style="text-align:center"><em>%s</em></p>'
                % (url, inline(cap)))
    raise ValueError(style)


# ------------------------------------------------------------- page chrome

def ul_links(items, cls="", li_cls="", with_date=None, rng=None):
    out = ['<ul class="%s">' % cls if cls else "<ul>"]
    for t, href in items:
        d = ""
        if with_date and rng:
            d = ' <span class="time">(%s)</span>' % with_date(rng)
        out.append('<li%s><a href="%s" title="%s">%s</a>%s</li>' % (' class="%s"' % li_cls if li_cls else "", attr(href), attr(t), esc(t), d))
    out.append("</ul>")
    return "".join(out)


def rand_date(lo_month=9, hi_month=11, year=2026, fmt="%02d/%02d/%d"):
    def f(rng):
        m = rng.randint(lo_month, hi_month)
        d = rng.randint(1, 21 if m == 11 else 28)
        return fmt % (d, m, year)
    return f


def og_meta(art, site_name, image, section=None, utc=None, modified=None):
    pub = utc or art["published_at"]
    m = [
        '<meta property="og:type" content="article" />',
        '<meta property="og:site_name" content="%s" />' % attr(site_name),
        '<meta property="og:title" content="%s" />' % attr(art["title"]),
        '<meta property="og:url" content="%s" />' % attr(art["url"]),
        '<meta property="og:image" content="%s" />' % attr(image),
        '<meta property="og:description" content="%s" />' % attr(lead_of(art)[:220]),
        '<meta property="article:published_time" content="%s" />' % pub,
    ]
    if modified:
        m.append('<meta property="article:modified_time" content="%s" />' % modified)
    if section:
        m.append('<meta property="article:section" content="%s" />' % attr(section))
    return "\n".join(m)


def lead_of(art):
    for b in art["blocks"]:
        if b[0] in ("lead", "p"):
            return plain(b[1])
    return ""


def newsarticle_ld(art, site, logo, date=None, author=None, body=False, image=None):
    obj = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": art["url"]},
        "headline": art["title"],
        "description": lead_of(art)[:250],
        "datePublished": date or art["published_at"],
        "dateModified": date or art["published_at"],
        "publisher": {"@type": "Organization", "name": site, "logo": {"@type": "ImageObject", "url": logo}},
    }
    if image:
        obj["image"] = {"@type": "ImageObject", "url": image, "width": 1200, "height": 675}
    if author:
        obj["author"] = {"@type": "Person", "name": author}
    else:
        obj["author"] = {"@type": "Organization", "name": site}
    if body:
        obj["articleBody"] = gold_body(art["blocks"]).replace("\n\n", " ")
    return json_ld(obj)


def comment_form(title="Ý kiến bạn đọc", note="Ý kiến của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu."):
    return ('<div class="box-comment" id="comment"><h3 class="title-comment">%s</h3>'
            '<form class="form-comment" method="post" action="/comment/post"><textarea name="content" placeholder="Nhập nội dung bình luận..."></textarea>'
            '<div class="row-input"><input type="text" name="fullname" placeholder="Họ tên"><input type="email" name="email" placeholder="Email"></div>'
            '<p class="note">%s</p><button type="submit" class="btn-send">Gửi bình luận</button></form>'
            '<div class="list-comment"><p class="empty">Chưa có bình luận nào. Hãy là người đầu tiên bình luận bài viết.</p></div></div>') % (esc(title), esc(note))


def share_bar(url, cls="share-tools"):
    return ('<div class="%s"><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank" rel="noopener" title="Chia sẻ Facebook">%s</a>'
            '<a class="zalo zalo-share-button" data-href="%s" data-oaid="579745863508352884" data-layout="2" data-customize="true" title="Chia sẻ Zalo">%s</a>'
            '<a class="mail" href="mailto:?subject=&amp;body=%s" title="Gửi email">%s</a>'
            '<a class="print" href="javascript:window.print()" title="In bài viết">%s</a>'
            '<a class="copy" href="javascript:void(0)" data-copy="%s" title="Sao chép liên kết">%s</a></div>') % (
                cls, attr(url), svg("facebook"), attr(url), svg("zalo"), attr(url), svg("mail"), svg("print"), attr(url), svg("link"))


def audio_player(src, label="Nghe bài viết"):
    return ('<div class="audio-article" id="audio-tts"><span class="audio-label">%s %s</span>'
            '<select class="voice-select" aria-label="Giọng đọc"><option value="female-north">Giọng nữ miền Bắc</option><option value="male-north">Giọng nam miền Bắc</option><option value="female-south">Giọng nữ miền Nam</option></select>'
            '<audio controls preload="none"><source src="%s" type="audio/mpeg"></audio><span class="speed">Tốc độ: <b>1x</b></span></div>') % (svg("headphones"), esc(label), attr(src))


def mega_menu(rng, cats, cls, subs=4):
    out = ['<ul class="%s">' % cls]
    for slug, name in cats:
        out.append('<li class="menu-item"><a href="/%s">%s</a><ul class="sub-menu">' % (slug, esc(name)))
        for sname in SUBCATS.get(slug, [])[:subs]:
            out.append('<li><a href="/%s/%s">%s</a></li>' % (slug, slugify(sname), esc(sname)))
        out.append("</ul></li>")
    out.append("</ul>")
    return "".join(out)


CATS = [("thoi-su", "Thời sự"), ("chinh-tri", "Chính trị"), ("kinh-te", "Kinh tế"), ("xa-hoi", "Xã hội"),
        ("phap-luat", "Pháp luật"), ("van-hoa", "Văn hóa"), ("giao-duc", "Giáo dục"), ("the-thao", "Thể thao"),
        ("suc-khoe", "Sức khỏe"), ("quoc-te", "Quốc tế"), ("ban-doc", "Bạn đọc"), ("multimedia", "Multimedia")]

SUBCATS = {
    "thoi-su": ["Tin trong tỉnh", "Quốc phòng - An ninh", "Chuyển đổi số", "Đại hội Đảng các cấp", "Điểm nóng"],
    "chinh-tri": ["Xây dựng Đảng", "Chính quyền", "Mặt trận - Đoàn thể", "Đối ngoại", "Học tập và làm theo Bác"],
    "kinh-te": ["Nông nghiệp", "Doanh nghiệp", "Đầu tư", "Thị trường", "Du lịch", "Khởi nghiệp"],
    "xa-hoi": ["Lao động - Việc làm", "Môi trường", "Giao thông", "Dân tộc - Tôn giáo", "Người tốt việc tốt"],
    "phap-luat": ["An ninh trật tự", "Tư vấn pháp luật", "Phòng chống tham nhũng", "Bạn đọc và pháp luật"],
    "van-hoa": ["Văn nghệ", "Di sản", "Lễ hội", "Sáng tác", "Giải trí"],
    "giao-duc": ["Tuyển sinh", "Nhà trường", "Du học", "Khuyến học"],
    "the-thao": ["Bóng đá", "Thể thao phong trào", "Các môn khác"],
    "suc-khoe": ["Y tế cơ sở", "Dinh dưỡng", "Phòng bệnh", "Bảo hiểm y tế"],
    "quoc-te": ["Thế giới", "ASEAN", "Hồ sơ", "Chuyện lạ"],
    "ban-doc": ["Đường dây nóng", "Thư bạn đọc", "Hỏi - đáp"],
    "multimedia": ["Video", "Photo", "Podcast", "Infographic", "E-magazine"],
}


def footer_block(name, agency, licence, address, phone, email, extra=""):
    return ('<footer class="site-footer"><div class="container"><div class="footer-info">'
            '<p class="footer-name"><strong>%s</strong></p><p>Cơ quan chủ quản: %s</p><p>%s</p>'
            '<p>Địa chỉ: %s</p><p>Điện thoại: %s - Email: <a href="mailto:%s">%s</a></p>%s'
            '<p class="copyright">Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></div></footer>') % (
                esc(name), esc(agency), esc(licence), esc(address), esc(phone), email, email, extra)


def html_page(head, body, lang="vi", html_attr="", body_attr=""):
    return "<!DOCTYPE html>\n<html lang=\"%s\"%s>\n<head>\n%s\n</head>\n<body%s>\n%s\n</body>\n</html>\n" % (
        lang, html_attr, head, body_attr, body)


# ------------------------------------------------------------- the pages

PAGES = {}


def page(name):
    def deco(f):
        PAGES[name] = f
        return f
    return deco


def most_read(rng, site, n=6, title="Đọc nhiều", cls="box-mostread"):
    items = sidebar_items(rng, n, site)
    out = ['<div class="%s"><h3 class="box-title">%s</h3><ol>' % (cls, esc(title))]
    for i, (t, h) in enumerate(items):
        out.append('<li><span class="num">%d</span><a href="%s">%s</a></li>' % (i + 1, attr(h), esc(t)))
    out.append("</ol></div>")
    return "".join(out)


def news_cards(rng, site, n, cls="story", img_cdn=None, with_sapo=False, path="/tin-tuc/"):
    out = []
    for t, h in sidebar_items(rng, n, site, path=path):
        img = ""
        if img_cdn:
            img = '<a class="story__thumb" href="%s"><img class="lazyload" src="%s" data-src="%s/thumb/%s.jpg" alt="%s"></a>' % (
                attr(h), GIF, img_cdn, hexid(rng, 12), attr(t))
        sapo = ""
        if with_sapo:
            sapo = '<p class="story__summary">%s</p>' % esc(rng.choice(SAPOS))
        out.append('<article class="%s">%s<h3 class="%s__heading"><a href="%s">%s</a></h3>%s</article>' % (cls, img, cls, attr(h), esc(t), sapo))
    return "\n".join(out)


SAPOS = [
    "Chiều cùng ngày, đoàn công tác đã kiểm tra thực tế tại một số công trình trọng điểm và làm việc với chính quyền cơ sở.",
    "Hoạt động nhằm tiếp tục cụ thể hóa các nghị quyết, chương trình hành động của tỉnh trong năm 2026.",
    "Theo đánh giá, kết quả đạt được đã góp phần nâng cao đời sống vật chất, tinh thần cho người dân.",
    "Địa phương đề nghị các ngành chức năng sớm tháo gỡ khó khăn, vướng mắc để dự án về đích đúng hẹn.",
    "Sự kiện thu hút đông đảo người dân và du khách tham gia, tạo không khí sôi nổi những ngày cuối tuần.",
    "Lực lượng chức năng khuyến cáo người dân nâng cao cảnh giác, kịp thời trình báo khi phát hiện dấu hiệu bất thường.",
]


# x01 -- merged provincial paper, modern PHP CMS, HTML5 article, audio player
@page("x01")
def r_x01(art, rng):
    site, cdn = "https://daklakmoi.vn", "https://cdn.daklakmoi.vn/images/2026/11/20"
    body = render_blocks(art["blocks"], rng, cdn, fig="html5",
                         ad_html='<div class="ads ads-inread" id="ads-inread-1"></div>')
    head = "\n".join([
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>%s - Báo Đắk Lắk Mới</title>" % esc(art["title"]),
        '<meta name="description" content="%s">' % attr(lead_of(art)),
        '<link rel="canonical" href="%s">' % art["url"],
        '<link rel="amphtml" href="%s">' % art["url"].replace("daklakmoi.vn/", "daklakmoi.vn/amp/"),
        og_meta(art, "Báo Đắk Lắk Mới", cdn + "/cau-ben-loi-1.jpg", "Thời sự"),
        '<meta name="author" content="Báo Đắk Lắk Mới">',
        '<link rel="stylesheet" href="/themes/dlm/css/main.min.css?v=2.4.19">',
        newsarticle_ld(art, "Báo Đắk Lắk Mới", site + "/themes/dlm/img/logo.png", author="Hữu Phước", image=cdn + "/cau-ben-loi-1.jpg"),
        ga(rng),
    ])
    nav = mega_menu(rng, CATS, "main-menu", 3)
    b = """<div class="topbar"><div class="container"><span class="today">Chủ nhật, 22/11/2026</span>
<span class="weather">Buôn Ma Thuột <b>24°C</b> · Tuy Hòa <b>27°C</b></span>
<a class="hotline" href="tel:02623852xxx">Đường dây nóng: 0262 3852 456</a>
<div class="top-links"><a href="/rss">RSS</a><a href="https://daklakmoi.vn/bao-in">Báo in</a><a href="/e-paper">E-paper</a><a href="/lien-he">Liên hệ</a></div></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/themes/dlm/img/logo.png" alt="Báo Đắk Lắk Mới"></a>
<div class="banner-top"><img src="/uploads/banner/chao-mung-dai-hoi-2026.jpg" alt="Chào mừng Đại hội đại biểu Đảng bộ tỉnh"></div>
<form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>%s</button></form></div>
<nav class="nav"><div class="container"><a class="home" href="/">%s</a>%s</div></nav></header>
<main class="main"><div class="container"><div class="row">
<div class="col-main">
<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/thoi-su/tin-trong-tinh">Tin trong tỉnh</a></li></ul>
<article class="detail" id="article-41873">
<h1 class="detail__title">%s</h1>
<div class="detail__meta"><time class="detail__time" datetime="2026-11-20T15:42:18+07:00">Thứ Sáu, 20/11/2026 - 15:42</time><span class="detail__views">Lượt xem: 1.284</span></div>
%s
<div class="detail__tools">%s<span class="font-size">Cỡ chữ <a href="#" data-size="-1">A-</a> <a href="#" data-size="1">A+</a></span></div>
<h2 class="detail__sapo">%s</h2>
<div class="detail__content" id="content-body">
%s
<p class="detail__author" style="text-align: right;"><strong>HỮU PHƯỚC</strong></p>
</div>
<div class="detail__tags"><span>Từ khóa:</span><a href="/tag/cau-ben-loi">cầu Bến Lội</a><a href="/tag/xa-xuan-canh">xã Xuân Cảnh</a><a href="/tag/giao-thong">giao thông</a><a href="/tag/duong-ven-bien">đường ven biển</a></div>
<div class="detail__rating"><span>Đánh giá bài viết:</span><a href="#">★</a><a href="#">★</a><a href="#">★</a><a href="#">★</a><a href="#">★</a></div>
%s
</article>
%s
<section class="same-cate"><h3 class="box-title">Tin cùng chuyên mục</h3>
%s
</section>
</div>
<aside class="col-side">
<div class="ads ads-side"><a href="https://dichvucong.daklak.gov.vn"><img src="/uploads/banner/dich-vu-cong.png" alt="Dịch vụ công trực tuyến"></a></div>
%s
<div class="box-epaper"><h3 class="box-title">Báo in</h3><a href="/e-paper/so-8123"><img src="/uploads/epaper/8123.jpg" alt="Báo in số 8123"></a><p>Số 8123 - Thứ Bảy, 21/11/2026</p></div>
<div class="box-links"><h3 class="box-title">Liên kết</h3><select onchange="window.open(this.value)"><option>-- Cổng thông tin --</option><option value="https://daklak.gov.vn">Cổng TTĐT tỉnh Đắk Lắk</option><option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option><option value="https://dangcongsan.vn">Báo điện tử ĐCSVN</option></select></div>
</aside></div></div></main>
%s
<script src="/themes/dlm/js/jquery.min.js"></script><script src="/themes/dlm/js/lazysizes.min.js" async></script>
<script>%s</script>""" % (
        svg("search"), svg("home"), nav, esc(art["title"]),
        audio_player("https://cdn.daklakmoi.vn/audio/2026/11/20/a41873-female.mp3"),
        share_bar(art["url"]), esc(plain(art["blocks"][0][1])), body,
        share_bar(art["url"], "share-tools share-bottom"),
        comment_form(),
        news_cards(rng, site, 8, img_cdn="https://cdn.daklakmoi.vn", with_sapo=True),
        most_read(rng, site, 8),
        footer_block("BÁO ĐẮK LẮK MỚI", "Tỉnh ủy Đắk Lắk", "Giấy phép hoạt động báo điện tử số 214/GP-BVHTTDL ngày 12/8/2025. Tổng Biên tập: Trần Quang Vinh.",
                     "số 8 Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk", "0262 3852 456", "toasoan@daklakmoi.vn"),
        minified_js(rng, 6, "window.DLM"))
    return html_page(head, b, body_attr=' class="page-detail"')


# x02 -- national paper, regional page, commentary; big Bootstrap page
@page("x02")
def r_x02(art, rng):
    site, cdn = "https://quocdan.vn", "https://static.quocdan.vn/images/2026/11/10"
    inread = ('<div class="ad-slot ad-inread" data-slot="qd_inread_1" id="div-gpt-ad-%s"><script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-%s");});</script></div>'
              % (hexid(rng, 13), hexid(rng, 13)))
    body = render_blocks(art["blocks"], rng, cdn, fig="html5", p_attr=' class="text-justify"', ad_html=inread)
    regions = [("mien-bac", "Miền Bắc"), ("mien-trung", "Miền Trung"), ("tay-nguyen", "Tây Nguyên"), ("dong-nam-bo", "Đông Nam Bộ"), ("mien-tay", "Miền Tây")]
    cats = CATS + [("ban-tin-vung", "Bản tin vùng"), ("doi-song", "Đời sống"), ("cong-nghe", "Công nghệ"), ("xe", "Xe"), ("bat-dong-san", "Bất động sản"), ("giai-tri", "Giải trí")]
    for extra in cats:
        SUBCATS.setdefault(extra[0], ["Tin mới", "Phân tích", "Góc nhìn", "Chuyện nghề", "Tư liệu"])
    menu = mega_menu(rng, cats, "navbar-nav mega", 6)
    side_sections = []
    for title in ["Miền Tây hôm nay", "Góc nhìn", "Kinh tế vùng", "Đồng bằng sông Cửu Long", "Tin nhanh 24h", "Video nổi bật", "Podcast", "Ảnh"]:
        side_sections.append('<section class="box-side"><h3 class="box-side__title"><a href="/mien-tay/%s">%s</a></h3>%s</section>'
                             % (slugify(title), esc(title), news_cards(rng, site, 7, "card-side", img_cdn="https://static.quocdan.vn", with_sapo=True, path="/mien-tay/")))
    head = "\n".join([
        '<meta charset="utf-8">', '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
        '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">',
        "<title>%s | Báo điện tử Quốc Dân</title>" % esc(art["title"]),
        '<meta name="description" content="%s">' % attr(lead_of(art)),
        '<meta name="keywords" content="một cửa, chính quyền hai cấp, hành chính công, miền Tây">',
        '<meta name="news_keywords" content="một cửa, chính quyền hai cấp">',
        og_meta(art, "Báo điện tử Quốc Dân", cdn + "/mot-cua-xa-moi.jpg", "Miền Tây", utc="2026-11-09T23:00:00Z"),
        '<meta property="fb:app_id" content="1547540628876392">',
        '<link rel="canonical" href="%s">' % art["url"],
        '<link rel="preconnect" href="https://static.quocdan.vn">',
        '<link rel="stylesheet" href="https://static.quocdan.vn/assets/css/bootstrap.min.css?v=5.3.3">',
        '<link rel="stylesheet" href="https://static.quocdan.vn/assets/css/app.css?v=20261101">',
        newsarticle_ld(art, "Báo điện tử Quốc Dân", site + "/assets/img/logo.svg", date="2026-11-09T23:00:00Z", author="Hồng Phúc", image=cdn + "/mot-cua-xa-moi.jpg"),
        json_ld({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": site},
            {"@type": "ListItem", "position": 2, "name": "Miền Tây", "item": site + "/mien-tay"},
            {"@type": "ListItem", "position": 3, "name": "Bình luận", "item": site + "/mien-tay/binh-luan"}]}),
        "<script>window.googletag=window.googletag||{cmd:[]};var QD_CFG={zone:'mien-tay',articleId:20261110060000512,type:'comment',ads:true};</script>",
        '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>',
        ga(rng),
        "<style>%s</style>" % ("".join(".c-%s{margin:%dpx %dpx;padding:%dpx;color:#%s}" % (hexid(rng, 5), rng.randint(0, 24), rng.randint(0, 24), rng.randint(0, 16), hexid(rng, 6)) for _ in range(260))),
    ])
    b = """%s
<div class="offcanvas offcanvas-start" tabindex="-1" id="mobileMenu"><div class="offcanvas-header"><a href="/"><img src="/assets/img/logo.svg" alt="Quốc Dân" height="32"></a><button type="button" class="btn-close" data-bs-dismiss="offcanvas" aria-label="Đóng"></button></div>
<div class="offcanvas-body">%s<ul class="region-nav">%s</ul></div></div>
<header class="site-header"><div class="header-top"><div class="container d-flex justify-content-between">
<span class="header-date">Chủ nhật, 22/11/2026</span><div class="header-top__links"><a href="/bao-in">Báo in</a><a href="/dat-bao">Đặt báo</a><a href="/quang-cao">Quảng cáo</a><a href="/tong-dai">Đường dây nóng</a><a href="/dang-nhap">Đăng nhập</a></div></div></div>
<div class="header-main"><div class="container d-flex align-items-center"><button class="btn btn-menu" data-bs-toggle="offcanvas" data-bs-target="#mobileMenu">%s</button>
<a class="logo" href="/"><img src="/assets/img/logo.svg" alt="Báo điện tử Quốc Dân" width="260" height="56"></a>
<div class="header-social"><a href="https://facebook.com/baoquocdan">%s</a><a href="https://youtube.com/@baoquocdan">%s</a><a href="https://tiktok.com/@baoquocdan">%s</a><a href="https://zalo.me/baoquocdan">%s</a></div>
<form class="header-search" action="/tim-kiem.htm"><input class="form-control" name="q" placeholder="Tìm kiếm"><button class="btn">%s</button></form></div></div>
<nav class="navbar navbar-expand-lg main-nav"><div class="container"><a class="nav-home" href="/">%s</a>%s</div></nav>
<div class="region-bar"><div class="container"><span class="region-bar__label">Trang vùng:</span><ul>%s</ul></div></div>
<div class="trending"><div class="container"><span class="trending__label">Sự kiện:</span>%s</div></div>
</header>
<div class="ad-slot ad-billboard" id="div-gpt-ad-billboard"></div>
<main class="site-main"><div class="container"><div class="row">
<div class="col-lg-8">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/mien-tay">Miền Tây</a></li><li class="breadcrumb-item active"><a href="/mien-tay/binh-luan">Bình luận</a></li></ol></nav>
<article class="article article-comment" data-id="20261110060000512">
<div class="article__kicker"><span class="badge bg-danger">BÌNH LUẬN</span></div>
<h1 class="article__title">%s</h1>
<div class="article__byline d-flex"><div class="article__author"><a href="/tac-gia/hong-phuc-1187.htm">HỒNG PHÚC</a></div>
<div class="article__date"><time datetime="2026-11-09T23:00:00Z">Thứ Ba, 10/11/2026 - 06:00</time></div></div>
<div class="article__share-sticky">%s</div>
<div class="article__sapo"><p>%s</p></div>
<div class="article__body" id="abody">
%s
</div>
<div class="article__tags"><a href="/tag/mot-cua.htm" class="badge">#một cửa</a><a href="/tag/chinh-quyen-hai-cap.htm" class="badge">#chính quyền hai cấp</a><a href="/tag/cai-cach-hanh-chinh.htm" class="badge">#cải cách hành chính</a></div>
<div class="article__follow"><a href="https://news.google.com/publications/CAAqBwgKMM6d1QswyL3tAw">Theo dõi Báo Quốc Dân trên Google News</a></div>
</article>
<section class="comments" id="box-comment"><h3>Bình luận (<span class="count">3</span>)</h3>
<form class="comment-form"><textarea class="form-control" placeholder="Chia sẻ ý kiến của bạn"></textarea><button class="btn btn-primary">Gửi</button></form>
<ul class="comment-list">
<li class="comment"><div class="comment__name">Nguyễn Thanh Sơn</div><div class="comment__text">Bài viết rất đúng. Ở xã tôi cũng vậy, đi ba lần mới xong một bộ hồ sơ.</div><div class="comment__time">10/11/2026 08:14</div></li>
<li class="comment"><div class="comment__name">Lâm Thị Mỹ</div><div class="comment__text">Cán bộ xã mới làm việc rất vất vả, mong được quan tâm hơn.</div><div class="comment__time">10/11/2026 09:40</div></li>
<li class="comment"><div class="comment__name">Trần Văn Út</div><div class="comment__text">Dữ liệu đã có thì đừng bắt dân nộp lại nữa.</div><div class="comment__time">11/11/2026 21:03</div></li>
</ul></section>
<section class="box-related"><h3 class="box-title">Tin liên quan</h3>%s</section>
<section class="box-recommend"><h3 class="box-title">Có thể bạn quan tâm</h3>%s</section>
</div>
<aside class="col-lg-4 sidebar">
<div class="ad-slot ad-sidebar" id="div-gpt-ad-sidebar-1"></div>
%s
%s
</aside></div></div></main>
<footer class="site-footer"><div class="container">%s
<div class="footer-info"><p><strong>BÁO ĐIỆN TỬ QUỐC DÂN</strong></p><p>Tổng Biên tập: Phạm Đức Minh</p><p>Giấy phép hoạt động báo điện tử số 488/GP-BTTTT cấp ngày 03/10/2024.</p><p>Tòa soạn: số 71 Hàng Trống, phường Hoàn Kiếm, TP Hà Nội. Văn phòng đại diện miền Tây: số 12 Hòa Bình, phường Ninh Kiều, TP Cần Thơ.</p><p>Điện thoại: 024 3825 4231 - Email: toasoan@quocdan.vn</p><p>© Bản quyền thuộc về Báo điện tử Quốc Dân. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p></div></div></footer>
<script src="https://static.quocdan.vn/assets/js/bootstrap.bundle.min.js"></script>
<script>%s</script>
<script>%s</script>""" % (
        sprite(rng, 60),
        mega_menu(rng, cats, "mobile-nav", 6), "".join('<li><a href="/%s">%s</a></li>' % (s, esc(n)) for s, n in regions),
        svg("menu"), svg("facebook"), svg("youtube"), svg("tiktok"), svg("zalo"), svg("search"), svg("home"), menu,
        "".join('<li><a href="/%s">%s</a></li>' % (s, esc(n)) for s, n in regions),
        "".join('<a href="/su-kien/%s">%s</a>' % (slugify(t), esc(t)) for t in ["Chính quyền địa phương hai cấp", "Đại hội Đảng bộ các cấp", "Chuyển đổi số", "Mùa mưa bão 2026"]),
        esc(art["title"]), share_bar(art["url"], "share-sticky"), esc(plain(art["blocks"][0][1])), body,
        news_cards(rng, site, 4, "card-related", img_cdn="https://static.quocdan.vn", path="/mien-tay/"),
        news_cards(rng, site, 12, "card-reco", img_cdn="https://static.quocdan.vn", with_sapo=True),
        most_read(rng, site, 10), "\n".join(side_sections),
        mega_menu(rng, cats, "footer-nav", 6),
        minified_js(rng, 14, "window.QD"), minified_js(rng, 9, "window.QDAds"))
    return html_page(head, b, body_attr=' class="detail-page zone-mien-tay"')


# x03 -- agriculture trade paper, ASP.NET MVC, feature with subheadings and kicker
@page("x03")
def r_x03(art, rng):
    site, cdn = "https://nongthonxanh.vn", "https://img.nongthonxanh.vn/2026/09/03"
    body = render_blocks(art["blocks"], rng, cdn, fig="div", p_attr=' style="text-align: justify;"')
    head = "\n".join([
        '<meta charset="utf-8" />', '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
        "<title>%s - Nông Thôn Xanh</title>" % esc(art["title"]),
        '<meta name="description" content="%s" />' % attr(lead_of(art)),
        '<meta property="og:title" content="%s" />' % attr(art["title"]),
        '<meta property="og:type" content="article" />',
        '<meta property="og:image" content="%s/sau-rieng-thuan-an.jpg" />' % cdn,
        '<link href="/Content/site.min.css?v=638922" rel="stylesheet" />',
        ga(rng),
    ])
    b = """<div class="wrapper">
<div class="header-top"><div class="container"><span class="date-now">Chủ Nhật, 22/11/2026</span><span class="hotline">Hotline: 0912 345 880</span><a href="/Account/Login">Đăng nhập</a></div></div>
<header><div class="container"><a href="/" class="logo"><img src="/Content/img/logo-ntx.png" alt="Nông Thôn Xanh - Tiếng nói nhà nông" /></a>
<div class="slogan">Tiếng nói của nhà nông</div></div>
<nav class="menu-main"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/nong-nghiep">Nông nghiệp</a></li><li><a href="/nong-san">Nông sản</a></li><li><a href="/nong-thon-moi">Nông thôn mới</a></li><li><a href="/moi-truong">Môi trường</a></li><li><a href="/khuyen-nong">Khuyến nông</a></li><li><a href="/thi-truong">Thị trường</a></li><li><a href="/ban-nha-nong">Bạn nhà nông</a></li><li><a href="/video">Video</a></li></ul></nav></header>
<div class="price-ticker"><span>Giá nông sản:</span> Cà phê nhân 118.500đ/kg ▲ · Hồ tiêu 146.000đ/kg ▼ · Sầu riêng Ri6 loại A 72.000đ/kg · Lúa OM18 7.900đ/kg</div>
<div class="container main-content"><div class="row"><div class="col-md-8">
<div class="breadcrumbs"><a href="/">Trang chủ</a> › <a href="/nong-san">Nông sản</a></div>
<div class="article-detail">
<p class="article-kicker">NÔNG SẢN XUẤT KHẨU</p>
<h1 class="article-title">%s</h1>
<div class="article-info"><div class="author">%s</div><div class="date-time">14:22 | 03/09/2026</div></div>
<div class="article-sapo"><strong>%s</strong></div>
<div class="article-content" id="divContent">
%s
</div>
<div class="article-tags"><b>Tags:</b> <a href="/tag/ma-so-vung-trong">mã số vùng trồng</a>, <a href="/tag/sau-rieng">sầu riêng</a>, <a href="/tag/lam-dong">Lâm Đồng</a>, <a href="/tag/xuat-khau">xuất khẩu</a></div>
<div class="article-social">%s</div>
</div>
<div class="box-other-news"><h3>Các tin khác</h3>%s</div>
</div>
<div class="col-md-4 sidebar">
<div class="box-side"><h3>Tin mới nhất</h3>%s</div>
<div class="box-side box-price"><h3>Giá cả thị trường</h3><table class="tbl-price"><tr><th>Mặt hàng</th><th>Giá (đ/kg)</th></tr><tr><td>Cà phê nhân</td><td>118.500</td></tr><tr><td>Hồ tiêu</td><td>146.000</td></tr><tr><td>Điều thô</td><td>34.000</td></tr><tr><td>Cao su mủ nước</td><td>410 đ/độ</td></tr></table></div>
<div class="box-side"><h3>Video</h3>%s</div>
</div></div></div>
<footer><div class="container"><p><strong>NÔNG THÔN XANH - TIẾNG NÓI NHÀ NÔNG</strong></p><p>Cơ quan chủ quản: Hội Nông dân Việt Nam</p><p>Giấy phép số 321/GP-BTTTT ngày 08/06/2023. Tổng Biên tập: Lê Văn Cường</p><p>Tòa soạn: số 14 Thụy Khuê, phường Tây Hồ, Hà Nội - Điện thoại: 024 3733 5521</p></div></footer>
</div>
<form id="__AjaxAntiForgeryForm" action="#" method="post"><input name="__RequestVerificationToken" type="hidden" value="%s" /></form>
<script src="/bundles/jquery?v=%s"></script>
<script>%s</script>""" % (
        esc(art["title"]), esc(art["author"]), esc(plain(art["blocks"][0][1])), body, share_bar(art["url"]),
        ul_links(sidebar_items(rng, 8, site), with_date=rand_date(8, 8, 2026), rng=rng),
        ul_links(sidebar_items(rng, 8, site)), ul_links(sidebar_items(rng, 4, site, path="/video/")),
        b64(rng, 96).replace("+", "-").replace("/", "_"), b64(rng, 24), minified_js(rng, 4, "window.NTX"))
    return html_page(head, b)


# x04 -- old provincial station CMS (classic ASP, tables, <font>), windows-1258
@page("x04")
def r_x04(art, rng):
    site, cdn = "http://www.ptthbaclieu.vn", "http://www.ptthbaclieu.vn/Upload/Images"
    paras = "\n".join('<p align="justify"><font face="Arial" size="2">%s</font></p>' % inline(b[1]) for b in art["blocks"] if b[0] == "p")
    other = "".join('<tr><td width="12" valign="top"><img src="/images/bullet.gif" width="7" height="7"></td><td><a href="/Tin-tuc/ChiTiet.asp?ID=%d&CatID=3" class="linkother">%s</a> <font color="#999999" size="1">(%s)</font></td></tr>'
                    % (28417 - i - 1, esc(t), "%02d/%02d/2025" % (5 - i // 6, 8) if i < 24 else "") for i, (t, _) in enumerate(sidebar_items(rng, 24, site, pool=OLD_HEADLINES)))
    menu = "".join('<td class="menutop" nowrap><a href="/Tin-tuc/DanhMuc.asp?CatID=%d">%s</a></td><td><img src="/images/sep.gif"></td>' % (i + 1, esc(n)) for i, n in enumerate(
        ["Trang chủ", "Thời sự", "Kinh tế", "Văn hóa - Xã hội", "Thể thao", "Nông nghiệp", "Pháp luật", "Truyền hình", "Phát thanh", "Liên hệ"]))
    left = "".join('<tr><td class="leftmenu"><img src="/images/arrow.gif"> <a href="/Tin-tuc/DanhMuc.asp?CatID=%d">%s</a></td></tr>' % (i + 20, esc(n)) for i, n in enumerate(
        ["Tin trong tỉnh", "Tin trong nước", "Quốc tế", "Chuyên đề", "Bạn nghe đài", "Lịch phát sóng", "Thông báo", "Văn bản pháp luật", "Dự báo thời tiết", "Giá cả thị trường"]))
    h = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>PTTH Bac Lieu - %s</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/js/menu.js"></script>
<script language="JavaScript">
<!--
function MM_openBrWindow(theURL,winName,features) { window.open(theURL,winName,features); }
function doPrint(id){ MM_openBrWindow('/Tin-tuc/InTin.asp?ID='+id,'print','scrollbars=yes,width=640,height=600'); }
//-->
</script>
</head>
<body bgcolor="#E9EEF2" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><table width="100%%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="760"><img src="/images/banner_top.jpg" width="760" height="120" alt="Dai Phat thanh va Truyen hinh Bac Lieu"></td>
<td background="/images/banner_right.jpg" align="right" valign="bottom"><font color="#FFFFFF" size="1" face="Tahoma">Ngày 22 tháng 11 năm 2026&nbsp;&nbsp;</font></td></tr></table></td></tr>
<tr><td colspan="3" bgcolor="#0A4C8A" height="28"><table border="0" cellspacing="0" cellpadding="0"><tr>%s</tr></table></td></tr>
<tr><td colspan="3" height="22" bgcolor="#FFF5D6"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font color="#B00000" size="2" face="Arial"><b>Chào mừng Kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9</b> &nbsp;*&nbsp; Bảo vệ nền tảng tư tưởng của Đảng &nbsp;*&nbsp; Xem truyền hình trực tuyến BLTV tại trang chủ</font></marquee></td></tr>
<tr>
<td width="190" valign="top" bgcolor="#F2F6F9"><table width="100%%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="lefttitle" bgcolor="#0A4C8A"><font color="#FFFFFF"><b>CHUYÊN MỤC</b></font></td></tr>%s
<tr><td class="lefttitle" bgcolor="#0A4C8A"><font color="#FFFFFF"><b>TRUYỀN HÌNH TRỰC TUYẾN</b></font></td></tr>
<tr><td align="center"><a href="/Truyen-hinh/Truc-tuyen.asp"><img src="/images/tv_online.gif" width="170" height="110" border="0"></a></td></tr>
<tr><td class="lefttitle" bgcolor="#0A4C8A"><font color="#FFFFFF"><b>LIÊN KẾT WEBSITE</b></font></td></tr>
<tr><td><select name="lk" onChange="window.open(this.value)" style="width:170px"><option>--- Chọn liên kết ---</option><option value="http://www.baclieu.gov.vn">Cổng TTĐT Bạc Liêu</option><option value="http://www.vtv.vn">Đài Truyền hình Việt Nam</option><option value="http://www.vov.vn">Đài Tiếng nói Việt Nam</option></select></td></tr>
<tr><td class="lefttitle" bgcolor="#0A4C8A"><font color="#FFFFFF"><b>THỐNG KÊ TRUY CẬP</b></font></td></tr>
<tr><td><font size="1" face="Tahoma">Đang trực tuyến: 47<br>Hôm nay: 1.906<br>Tổng lượt truy cập: 8.412.377</font></td></tr>
</table></td>
<td width="620" valign="top" style="padding:8px 10px">
<table width="100%%" border="0" cellspacing="0" cellpadding="0">
<tr><td><font size="1" face="Tahoma"><a href="/">Trang chủ</a> &raquo; <a href="/Tin-tuc/DanhMuc.asp?CatID=3">Kinh tế</a></font></td></tr>
<tr><td height="8"></td></tr>
<tr><td class="title"><font face="Arial" size="4" color="#0A4C8A"><b>%s</b></font></td></tr>
<tr><td><font face="Tahoma" size="1" color="#777777">Ngày cập nhật: 05/08/2025</font></td></tr>
<tr><td height="6"></td></tr>
<tr><td class="content">
%s
<p align="right"><font face="Arial" size="2"><b>%s</b></font></p>
</td></tr>
<tr><td align="right"><font size="1" face="Tahoma"><a href="javascript:doPrint(28417)"><img src="/images/print.gif" border="0"> In bài</a> &nbsp; <a href="/Tin-tuc/GuiBan.asp?ID=28417"><img src="/images/email.gif" border="0"> Gửi cho bạn</a> &nbsp; <a href="javascript:history.back()">Trở về</a></font></td></tr>
<tr><td height="10"></td></tr>
<tr><td bgcolor="#0A4C8A"><font color="#FFFFFF" face="Arial" size="2"><b>&nbsp;CÁC TIN KHÁC</b></font></td></tr>
<tr><td><table width="100%%" border="0" cellspacing="2" cellpadding="2">%s</table></td></tr>
</table></td>
<td width="190" valign="top" bgcolor="#F2F6F9"><table width="100%%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="lefttitle" bgcolor="#0A4C8A"><font color="#FFFFFF"><b>LỊCH PHÁT SÓNG</b></font></td></tr>
<tr><td><font size="1" face="Tahoma">05h30: Chào ngày mới<br>06h00: Thời sự sáng<br>11h30: Thời sự trưa<br>12h00: Phim truyện<br>17h30: Nông nghiệp - Nông thôn<br>19h00: Tiếp sóng Thời sự VTV<br>19h45: Thời sự Bạc Liêu<br>20h30: Phim truyện<br>22h00: Ca nhạc</font></td></tr>
<tr><td class="lefttitle" bgcolor="#0A4C8A"><font color="#FFFFFF"><b>THỜI TIẾT</b></font></td></tr>
<tr><td><font size="1" face="Tahoma">Bạc Liêu: 27 - 32°C, có mưa rào và dông rải rác. Gió Tây Nam cấp 5, giật cấp 6 - 7.</font></td></tr>
<tr><td class="lefttitle" bgcolor="#0A4C8A"><font color="#FFFFFF"><b>TIN XEM NHIỀU</b></font></td></tr>
<tr><td>%s</td></tr>
<tr><td class="lefttitle" bgcolor="#0A4C8A"><font color="#FFFFFF"><b>THĂM DÒ Ý KIẾN</b></font></td></tr>
<tr><td><form action="/BinhChon/BinhChon.asp" method="post"><font size="1" face="Tahoma">Bạn thường theo dõi chương trình nào của Đài?<br><input type="radio" name="bc" value="1"> Thời sự Bạc Liêu<br><input type="radio" name="bc" value="2"> Nông nghiệp - Nông thôn<br><input type="radio" name="bc" value="3"> Phim truyện<br><input type="radio" name="bc" value="4"> Ca nhạc theo yêu cầu<br><input type="submit" value="Bình chọn"> <input type="button" value="Xem kết quả" onclick="MM_openBrWindow('/BinhChon/KetQua.asp','kq','width=400,height=300')"></font></form></td></tr>
<tr><td class="lefttitle" bgcolor="#0A4C8A"><font color="#FFFFFF"><b>QUẢNG CÁO</b></font></td></tr>
<tr><td align="center"><a href="/Quang-cao/Click.asp?ID=14"><img src="/Upload/QC/vnpt_fiber.gif" width="170" border="0"></a><br><br><a href="/Quang-cao/Click.asp?ID=9"><img src="/Upload/QC/agribank.jpg" width="170" border="0"></a></td></tr>
</table></td></tr>
<tr><td colspan="3" bgcolor="#0A4C8A" align="center" style="padding:10px"><font color="#FFFFFF" size="1" face="Tahoma">
<b>ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BẠC LIÊU</b><br>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 15/3/2012<br>
Địa chỉ: số 3 Hoàng Văn Thụ, phường 3, TP. Bạc Liêu - Điện thoại: (0291) 3822 476 - Fax: (0291) 3823 110<br>
Chịu trách nhiệm nội dung: Giám đốc Đài<br>Ghi rõ nguồn "Đài PT-TH Bạc Liêu" khi phát hành lại thông tin từ website này.</font></td></tr>
</table>
</body>
</html>
""" % (esc(slugify(art["title"]).replace("-", " ")), menu, left, esc(art["title"]), paras, esc(art["author"]), other,
       "".join('<font size="1" face="Tahoma">&#8226; <a href="/Tin-tuc/ChiTiet.asp?ID=%d&CatID=%d" class="linkother">%s</a></font><br>' % (rng.randint(27000, 28400), rng.randint(1, 9), esc(t)) for t, _ in sidebar_items(rng, 10, site, pool=OLD_HEADLINES)))
    return h


# x05 -- photo story on a provincial paper
@page("x05")
def r_x05(art, rng):
    site, cdn = "https://ninhbinhnay.vn", "https://media.ninhbinhnay.vn/photo/2026/05/30"
    items = []
    for bl in art["blocks"]:
        if bl[0] == "fig":
            w, hgt = rng.choice([(1600, 1067), (1600, 900), (1200, 1500)])
            items.append('<div class="photo-item"><img class="lazy" src="%s" data-src="%s/%s" data-srcset="%s/%s 1600w" alt="" width="%d" height="%d"><p class="photo-caption">%s</p></div>'
                         % (GIF, cdn, bl[2], cdn, bl[2], w, hgt, inline(bl[1])))
        elif bl[0] == "p":
            items.append('<div class="photo-text"><p>%s</p></div>' % inline(bl[1]))
    head = "\n".join([
        '<meta charset="UTF-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>[Photo] %s | Báo Ninh Bình Nay</title>" % esc(art["title"]),
        og_meta(art, "Báo Ninh Bình Nay", cdn + "/tam-coc-01.jpg", "Multimedia"),
        '<link rel="stylesheet" href="/static/css/photo-story.css?v=1.8">',
        newsarticle_ld(art, "Báo Ninh Bình Nay", site + "/static/img/logo.png", image=cdn + "/tam-coc-01.jpg"),
        ga(rng),
    ])
    b = """<header class="ps-header"><div class="ps-header__inner"><a class="ps-logo" href="/"><img src="/static/img/logo-white.png" alt="Báo Ninh Bình Nay"></a>
<span class="ps-date">Chủ nhật, 22/11/2026</span>
<nav class="ps-nav"><a href="/">Trang chủ</a><a href="/thoi-su">Thời sự</a><a href="/kinh-te">Kinh tế</a><a href="/du-lich">Du lịch</a><a href="/van-hoa">Văn hóa</a><a href="/multimedia/photo" class="active">Photo</a><a href="/multimedia/video">Video</a><a href="/multimedia/emagazine">E-magazine</a></nav>
<button class="ps-menu-btn" aria-label="Menu">%s</button></div></header>
<main class="ps-main">
<div class="ps-cover"><img src="%s/tam-coc-cover.jpg" alt="" width="1920" height="1080"></div>
<div class="ps-head">
<span class="ps-badge">PHOTO</span>
<h1 class="ps-title">%s</h1>
<div class="ps-meta"><span class="ps-author">Thực hiện: NGỌC HÂN</span> <span class="ps-time">Thứ Bảy, 30/05/2026 07:10</span></div>
<div class="ps-sapo">%s</div>
</div>
<div class="ps-body">
%s
</div>
<div class="ps-footer-tools">%s<div class="ps-tags"><a href="/tag/tam-coc">#Tam Cốc</a> <a href="/tag/mua-lua-chin">#mùa lúa chín</a> <a href="/tag/du-lich-ninh-binh">#du lịch Ninh Bình</a></div></div>
<section class="ps-more"><h2>Photo khác</h2>%s</section>
</main>
<footer class="ps-foot"><p><strong>BÁO NINH BÌNH NAY</strong> - Cơ quan của Đảng bộ, chính quyền và Nhân dân tỉnh Ninh Bình</p>
<p>Giấy phép số 301/GP-BVHTTDL ngày 20/8/2025. Tổng Biên tập: Đinh Thị Thu Hà</p><p>Địa chỉ: số 2 Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình. Điện thoại: 0229 3871 234</p></footer>
<script src="/static/js/photo-story.min.js" defer></script><script>%s</script>""" % (
        svg("menu"), cdn, esc(art["title"]), esc(plain(art["blocks"][0][1])), "\n".join(items), share_bar(art["url"]),
        news_cards(rng, site, 6, "ps-card", img_cdn="https://media.ninhbinhnay.vn", path="/photo/"), minified_js(rng, 9, "window.PS"))
    return html_page(head, b, body_attr=' class="photo-story dark"')


# x06 -- provincial TV station, video page with a transcript-like text
@page("x06")
def r_x06(art, rng):
    site, cdn = "https://hungyentv.vn", "https://media.hungyentv.vn"

    def video(b):
        return ('<div class="video-box"><div class="player-wrap" id="hytv-player" data-vid="20863">'
                '<div class="player-title">%s</div>'
                '<video id="vplayer" class="video-js vjs-default-skin" controls preload="none" poster="%s/thumb/2026/11/21/v20863.jpg" width="860" height="484">'
                '<source src="%s" type="video/mp4"><source src="%s" type="application/x-mpegURL">Trình duyệt của bạn không hỗ trợ phát video.</video>'
                '<span class="player-duration">%s</span></div>'
                '<div class="video-caption"><p>%s</p></div></div>') % (
                    esc(b[2]), cdn, b[4], b[4].replace(".mp4", "/playlist.m3u8"), b[3], inline(b[1]))
    body = render_blocks(art["blocks"], rng, cdn, video=video)
    videos = "".join('<div class="video-item"><a href="/video/%s-v%d.html"><img src="%s/thumb/%s.jpg" alt=""><span class="dur">0%d:%02d</span></a><h3><a href="/video/%s-v%d.html">%s</a></h3></div>'
                     % (slugify(t), rng.randint(20000, 20860), cdn, hexid(rng, 10), rng.randint(1, 5), rng.randint(0, 59), slugify(t), rng.randint(20000, 20860), esc(t))
                     for t, _ in sidebar_items(rng, 9, site))
    sched = "".join("<li><span>%s</span> %s</li>" % (t, esc(p)) for t, p in [
        ("05:45", "Chào buổi sáng"), ("06:30", "Thời sự sáng"), ("07:15", "Nông nghiệp - Nông thôn"), ("09:00", "Phim truyện: Miền đất hứa (tập 12)"),
        ("11:30", "Thời sự trưa"), ("14:00", "Văn hóa - Du lịch"), ("17:15", "Chuyện nhà nông"), ("18:00", "Thời sự chiều"),
        ("19:00", "Tiếp sóng Thời sự VTV1"), ("19:50", "Thời sự tối Hưng Yên"), ("20:30", "Phim truyện: Miền đất hứa (tập 13)"), ("22:00", "Ca nhạc theo yêu cầu")])
    head = "\n".join([
        '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width,initial-scale=1">',
        "<title>%s - Truyền hình Hưng Yên</title>" % esc(art["title"]),
        '<meta property="og:type" content="video.other">',
        '<meta property="og:title" content="%s">' % attr(art["title"]),
        '<meta property="og:video" content="%s">' % art["blocks"][0][4],
        '<meta property="og:image" content="%s/thumb/2026/11/21/v20863.jpg">' % cdn,
        '<link rel="stylesheet" href="/assets/css/hytv.css?v=3.1">', '<link rel="stylesheet" href="https://vjs.zencdn.net/8.10.0/video-js.css">',
        ga(rng),
    ])
    b = """<div id="wrapper">
<div class="top-header"><div class="container"><span class="top-date">Chủ nhật, ngày 22/11/2026</span><a class="live" href="/truc-tuyen">● Xem trực tiếp HYTV</a><a href="/radio">Nghe phát thanh</a></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/assets/img/logo-hytv.png" alt="Báo và Phát thanh, Truyền hình Hưng Yên"></a>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/xa-hoi">Xã hội</a></li><li><a href="/nong-nghiep">Nông nghiệp</a></li><li class="active"><a href="/video">Video</a></li><li><a href="/podcast">Podcast</a></li><li><a href="/lich-phat-song">Lịch phát sóng</a></li></ul></div></header>
<div class="container"><div class="row">
<div class="col-8">
<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/video">Video</a> / <a href="/video/nong-nghiep">Nông nghiệp</a></div>
<div class="video-detail">
<h1 class="title-detail">%s</h1>
<div class="info-detail"><span class="time">21-11-2026 | 16:40</span><span class="view">👁 2.317</span></div>
%s
<div class="author-detail"><p><strong>Thực hiện: Thu Trang - Quay phim: Văn Khánh</strong></p></div>
<div class="tool-detail">%s</div>
<div class="tags-detail">Tags: <a href="/tag/vu-dong">vụ đông</a> <a href="/tag/dong-hung">Đông Hưng</a> <a href="/tag/khoai-tay">khoai tây</a></div>
</div>
<div class="video-other"><h2>Video khác</h2><div class="grid">%s</div></div>
</div>
<div class="col-4"><div class="box-schedule"><h3>Lịch phát sóng HYTV - 22/11</h3><ul>%s</ul></div>
<div class="box-side"><h3>Tin mới</h3>%s</div>
<div class="box-fanpage"><div class="fb-page" data-href="https://www.facebook.com/truyenhinhhungyen" data-tabs="" data-width="340"></div></div></div>
</div></div>
<footer class="footer"><div class="container"><p><b>BÁO VÀ PHÁT THANH, TRUYỀN HÌNH HƯNG YÊN</b></p><p>Giấy phép số 152/GP-BVHTTDL ngày 28/7/2025. Giám đốc - Tổng Biên tập: Phạm Văn Hưng</p><p>Trụ sở: số 1 Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên. Điện thoại: 0221 3862 501</p></div></footer>
</div>
%s
<script src="https://vjs.zencdn.net/8.10.0/video.min.js"></script>
<script>videojs('vplayer',{fluid:true,playbackRates:[0.5,1,1.5,2]});%s</script>""" % (
        esc(art["title"]), body, share_bar(art["url"]), videos, sched, ul_links(sidebar_items(rng, 8, site)),
        FB_SDK % hexid(rng, 8), minified_js(rng, 5, "window.HYTV"))
    return html_page(head, b)


# x07 -- law paper on WordPress (tagDiv-style theme), interview
@page("x07")
def r_x07(art, rng):
    site, cdn = "https://phaplydoisong.vn", "https://phaplydoisong.vn/wp-content/uploads/2026/10"
    body = render_blocks(art["blocks"], rng, cdn, fig="wp")
    head = "\n".join([
        '<meta charset="UTF-8" />', '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
        "<title>%s - Pháp lý &amp; Đời sống</title>" % esc(art["title"]),
        '<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />',
        '<link rel="canonical" href="%s" />' % art["url"],
        og_meta(art, "Pháp lý & Đời sống", cdn + "/ls-phuong-dung.jpg", "Tư vấn pháp luật", modified="2026-10-18T09:12:40+07:00"),
        '<meta name="author" content="phaplyds_editor" />',
        '<meta name="twitter:card" content="summary_large_image" />',
        '<script type="application/ld+json" class="yoast-schema-graph">%s</script>' % json.dumps({"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@id": art["url"] + "#article", "headline": art["title"], "datePublished": "2026-10-18T07:30:00+07:00",
             "dateModified": "2026-10-18T09:12:40+07:00", "author": {"name": "phaplyds_editor"}, "wordCount": 612,
             "articleSection": ["Tư vấn pháp luật"], "inLanguage": "vi"},
            {"@type": "WebPage", "@id": art["url"], "url": art["url"], "name": art["title"]}]}, ensure_ascii=False),
        "<link rel='stylesheet' id='td-theme-css' href='%s/wp-content/themes/Newspaper/style.css?ver=12.6.5' type='text/css' media='all' />" % site,
        "<link rel='stylesheet' id='wp-block-library-css' href='%s/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' type='text/css' media='all' />" % site,
        "<script type='text/javascript' src='%s/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>" % site,
        ga(rng),
    ])
    menu = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="%s/chuyen-muc/%s/">%s</a></li>' % (rng.randint(100, 999), site, slugify(n), esc(n))
                   for n in ["Thời sự", "Pháp luật", "Tư vấn pháp luật", "Bạn đọc", "Đời sống", "Kinh tế", "Bất động sản", "Văn bản mới", "Điều tra"])
    related = "".join('<div class="td_module_related_posts"><div class="td-module-thumb"><a href="%s" rel="bookmark"><img class="entry-thumb" src="%s/wp-content/uploads/2026/10/%s-218x150.jpg" alt="" width="218" height="150"></a></div><h3 class="entry-title td-module-title"><a href="%s" rel="bookmark">%s</a></h3></div>'
                      % (h, site, hexid(rng, 8), h, esc(t)) for t, h in sidebar_items(rng, 6, site, path="/"))
    b = """<div class="td-scroll-up">▲</div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-template-wrap"><div class="td-header-top-menu-full"><div class="td-container"><div class="td_data_time"><div>Chủ Nhật, 22/11/2026</div></div>
<div class="top-header-menu"><a href="%s/lien-he/">Liên hệ</a> <a href="%s/quang-cao/">Quảng cáo</a> <a href="%s/gioi-thieu/">Giới thiệu</a></div></div></div>
<div class="td-header-menu-wrap-full"><div class="td-container"><div class="td-header-sp-logo"><a class="td-main-logo" href="%s/"><img class="td-retina-data" src="%s/wp-content/uploads/2024/05/logo-pldc.png" alt="Pháp lý &amp; Đời sống"></a></div>
<div id="td-header-menu" role="navigation"><div class="menu-main-menu-container"><ul id="menu-main-menu" class="sf-menu">%s</ul></div></div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="%s/">Trang chủ</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="%s/chuyen-muc/tu-van-phap-luat/">Tư vấn pháp luật</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-58214" class="post-58214 post type-post status-publish format-standard has-post-thumbnail category-tu-van-phap-luat">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="%s/chuyen-muc/tu-van-phap-luat/">Tư vấn pháp luật</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">%s</h1>
<div class="td-module-meta-info"><div class="td-post-date"><span>Đăng: 18/10/2026 07:30 | Cập nhật: 18/10/2026 09:12</span></div><div class="td-post-views"><span class="td-nr-views-58214">1876</span></div></div></header></div>
<div class="td-post-sharing-top">%s</div>
<div class="td-post-content tagdiv-type">
<p class="author-top" style="text-align: right;"><strong>MAI HƯƠNG (thực hiện)</strong></p>
<p><strong>%s</strong></p>
%s
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="%s/tag/cong-chung-dien-tu/">công chứng điện tử</a></li><li><a href="%s/tag/luat-cong-chung/">Luật Công chứng</a></li><li><a href="%s/tag/chu-ky-so/">chữ ký số</a></li></ul></div>
<div class="td-post-sharing-bottom">%s</div>
<div class="td-author-name vcard author" style="display:none"><span class="fn"><a href="%s/author/phaplyds_editor/">phaplyds_editor</a></span></div></footer>
</article>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">BÀI LIÊN QUAN</a></h4><div class="td_block_inner">%s</div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><form action="%s/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Bình luận:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></div><div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Tên:*" type="text" value="" size="30" aria-required='true' /></div><div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text" value="" size="30" aria-required='true' /></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /></p></form></div></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><aside class="td_block_template_1 widget widget_recent_entries"><h4 class="block-title"><span>Bài viết mới</span></h4>%s</aside>
<aside class="widget"><h4 class="block-title"><span>Văn bản mới</span></h4>%s</aside></div></div>
</div></div></div>
<div class="td-footer-wrapper"><div class="td-container"><div class="footer-text-wrap">Tạp chí điện tử Pháp lý &amp; Đời sống - Cơ quan chủ quản: Hội Luật gia Việt Nam. Giấy phép số 45/GP-BVHTTDL ngày 02/4/2025. Tổng Biên tập: Luật sư Đỗ Văn Quyết. Tòa soạn: số 36 Nguyễn Chí Thanh, phường Láng, Hà Nội. Điện thoại: 024 6285 4433.</div></div></div>
<div class="td-sub-footer-container"><div class="td-container"><div class="td-sub-footer-copy">&copy; 2026 Pháp lý &amp; Đời sống. Bản quyền thuộc về Tạp chí.</div></div></div>
</div>
<script type="text/javascript" id="td-generated-footer-js">%s</script>""" % (
        site, site, site, site, site, menu, site, site, site, esc(art["title"]), share_bar(art["url"], "td-social-sharing-buttons"),
        esc(plain(art["blocks"][0][1])), body, site, site, site, share_bar(art["url"], "td-social-sharing-buttons"), site,
        related, site, ul_links(sidebar_items(rng, 6, site, path="/")),
        ul_links([(t, site + "/van-ban/" + slugify(t)) for t in ["Nghị định quy định chi tiết Luật Công chứng", "Thông tư hướng dẫn về chứng thực điện tử", "Nghị định về định danh và xác thực điện tử", "Luật Dữ liệu năm 2024"]]),
        minified_js(rng, 5, "window.tdLocal"))
    return html_page(head, b, body_attr=' class="post-template-default single single-post postid-58214 single-format-standard td-standard-pack global-block-template-1 td-full-layout"')


# x08 -- labour paper on ASP.NET WebForms: series part 1, big page with view state
@page("x08")
def r_x08(art, rng):
    site, cdn = "https://laodongcongdoan.vn", "https://media.laodongcongdoan.vn/Uploaded/2026/10/12"
    body = render_blocks(art["blocks"], rng, cdn, fig="table", p_attr=' style="text-align: justify;"',
                         teaser=lambda t: '<p style="text-align: justify;"><em><strong>%s</strong></em></p>' % inline(t))
    # WebForms renders h2 subheadings in this CMS as bold paragraphs (fig="table" style)
    cats = ["Thời sự", "Công đoàn", "Việc làm", "Xã hội", "Pháp luật", "Kinh tế", "Bất động sản", "Văn hóa", "Thể thao", "Quốc tế", "Bạn đọc", "Sức khỏe"]
    topmenu = "".join('<li><a id="ctl00_ucHeader_rptMenu_ctl%02d_lnkMenu" href="/%s.ldcd">%s</a><ul class="sub">%s</ul></li>' % (
        i, slugify(c), esc(c), "".join('<li><a href="/%s/%s.ldcd">%s</a></li>' % (slugify(c), slugify(s), esc(s)) for s in ["Tin tức", "Phóng sự", "Điều tra", "Bình luận", "Ảnh", "Video"]))
        for i, c in enumerate(cats))
    series = "".join('<li%s><a href="/xa-hoi/%s.ldcd">%s</a></li>' % (' class="current"' if i == 0 else "", slugify(t), esc(t)) for i, t in enumerate(
        ["Kỳ 1: Mười hai mét vuông cho cả gia đình", "Kỳ 2: Nhà ở xã hội - vướng ở đâu?", "Kỳ 3: Doanh nghiệp chung tay lo chỗ ở cho người lao động"]))
    blocks_side = []
    for title in ["Tin mới nhất", "Đọc nhiều", "Công đoàn cơ sở", "Việc làm", "Chính sách mới", "Bạn đọc viết", "Pháp luật - Lao động", "Góc tư vấn"]:
        blocks_side.append('<div class="box-side"><div class="box-side-title">%s</div>%s</div>' % (esc(title), ul_links(sidebar_items(rng, 10, site), with_date=rand_date(9, 10), rng=rng)))
    head = "\n".join([
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />', '<meta name="viewport" content="width=device-width, initial-scale=1" />',
        "<title>\n\t%s | Báo Lao Động Công Đoàn\n</title>" % esc(art["title"]),
        '<meta name="description" content="%s" />' % attr(lead_of(art)),
        og_meta(art, "Báo Lao Động Công Đoàn", cdn + "/phong-tro-1.jpg", "Xã hội"),
        '<link href="/App_Themes/LDCD/css/style.css?v=20260901" type="text/css" rel="stylesheet" />',
        '<script src="/ScriptResource.axd?d=%s&amp;t=ffffffffa0a6b8b3" type="text/javascript"></script>' % b64(rng, 60).replace("/", "_").replace("+", "-"),
        ga(rng),
    ])
    b = """<form name="aspnetForm" method="post" action="./ky-1-muoi-hai-met-vuong-cho-ca-gia-dinh-1348822.ldcd" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />
</div>
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
<script src="/WebResource.axd?d=%s&amp;t=638301234567890123" type="text/javascript"></script>
<div id="wrapper">
<div class="mobile-menu" id="ctl00_ucHeader_pnlMobile"><ul>%s</ul></div>
<div id="header"><div class="header-top"><span id="ctl00_ucHeader_lblDate" class="date">Chủ nhật, 22/11/2026</span><span class="weather">TP.HCM 26 - 33°C</span><a href="/dang-nhap.ldcd">Đăng nhập</a> | <a href="/dang-ky.ldcd">Đăng ký</a></div>
<div class="header-logo"><a href="/"><img src="/App_Themes/LDCD/images/logo.png" alt="Báo Lao Động Công Đoàn" /></a><div class="banner-header"><a href="/su-kien/dai-hoi-cong-doan.ldcd"><img src="/Uploaded/banner/dai-hoi-cong-doan-2026.jpg" alt="" /></a></div></div>
<div class="menu-main"><ul>%s</ul></div></div>
<div id="content"><div class="col-left">
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/xa-hoi.ldcd">Xã hội</a></div>
<div class="detail">
<div class="series-name"><a href="/chuyen-de/nha-o-cho-cong-nhan.ldcd">NHÀ Ở CHO CÔNG NHÂN: CHỜ ĐẾN BAO GIỜ?</a></div>
<h1 class="detail-title"><span id="ctl00_mainContent_lblTitle">%s</span></h1>
<div class="detail-time"><span id="ctl00_mainContent_lblDate">Thứ Hai, 12/10/2026 | 05:30</span></div>
<div class="detail-tools"><a href="javascript:__doPostBack('ctl00$mainContent$lnkPrint','')">In bài</a> <a href="/gui-email.ldcd?id=1348822">Gửi email</a> <span class="fontsize"><a href="#" onclick="zoom(-1)">A-</a><a href="#" onclick="zoom(1)">A+</a></span>%s</div>
<div class="detail-sapo"><span id="ctl00_mainContent_lblSapo">%s</span></div>
<div class="series-box"><div class="series-box-title">Bài trong loạt</div><ul>%s</ul></div>
<div class="detail-content" id="ctl00_mainContent_divContent">
%s
<p style="text-align: right;"><strong>Nhóm PV</strong></p>
</div>
<div class="detail-tags">Từ khóa: <a href="/tag/nha-o-cong-nhan.ldcd">nhà ở công nhân</a>, <a href="/tag/nha-o-xa-hoi.ldcd">nhà ở xã hội</a>, <a href="/tag/phong-tro.ldcd">phòng trọ</a></div>
<div class="detail-comment"><div class="title">Ý kiến bạn đọc</div><textarea name="ctl00$mainContent$txtComment" id="ctl00_mainContent_txtComment" rows="4"></textarea>
<input name="ctl00$mainContent$txtName" type="text" id="ctl00_mainContent_txtName" placeholder="Họ tên" /><input name="ctl00$mainContent$txtEmail" type="text" id="ctl00_mainContent_txtEmail" placeholder="Email" />
<input type="submit" name="ctl00$mainContent$btnSend" value="Gửi ý kiến" id="ctl00_mainContent_btnSend" /></div>
</div>
<div class="other-news"><div class="title">Tin cùng chuyên mục</div>%s</div>
</div>
<div class="col-right">%s</div></div>
<div id="footer"><div class="footer-menu"><ul>%s</ul></div>
<p><strong>BÁO LAO ĐỘNG CÔNG ĐOÀN</strong> - Cơ quan của Liên đoàn Lao động TP Hồ Chí Minh</p>
<p>Giấy phép số 109/GP-BVHTTDL ngày 15/8/2025. Tổng Biên tập: Nguyễn Thị Kim Oanh</p>
<p>Tòa soạn: số 14 Cách Mạng Tháng Tám, phường Bến Thành, TP Hồ Chí Minh. Điện thoại: 028 3930 4455 - Đường dây nóng: 0903 112 233</p></div>
</div>
<div>
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%s" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" />
</div>
<script type="text/javascript">
//<![CDATA[
Sys.Application.initialize();
%s
//]]>
</script>
</form>""" % (
        b64(rng, 52000), b64(rng, 60).replace("/", "_").replace("+", "-"), topmenu, topmenu, esc(art["title"]), share_bar(art["url"]),
        esc(plain(art["blocks"][0][1])), series, body,
        news_cards(rng, site, 10, "item-news", img_cdn="https://media.laodongcongdoan.vn", with_sapo=True, path="/xa-hoi/"),
        "\n".join(blocks_side), topmenu, hexid(rng, 8).upper(), b64(rng, 900), minified_js(rng, 8, "window.LDCD"))
    return html_page(head, b)


AMP_BOILER = """<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-moz-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>"""


# x09 -- the same labour paper, AMP page, series part 2
@page("x09")
def r_x09(art, rng):
    site, cdn = "https://laodongcongdoan.vn", "https://media.laodongcongdoan.vn/Uploaded/2026/10/19"
    body = render_blocks(art["blocks"], rng, cdn, fig="amp",
                         teaser=lambda t: '<p class="next-part"><em>%s</em></p>' % inline(t))
    css = "".join(".%s{display:%s;margin:%dpx 0;font-size:%dpx;line-height:1.%d;color:#%s}" % (
        "a" + hexid(rng, 5), rng.choice(["block", "flex", "inline-block"]), rng.randint(0, 20), rng.randint(11, 22), rng.randint(2, 8), hexid(rng, 6)) for _ in range(210))
    head = "\n".join([
        '<meta charset="utf-8">',
        '<script async src="https://cdn.ampproject.org/v0.js"></script>',
        '<script async custom-element="amp-audio" src="https://cdn.ampproject.org/v0/amp-audio-0.1.js"></script>',
        '<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>',
        '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>',
        '<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>',
        '<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>',
        "<title>%s | Báo Lao Động Công Đoàn</title>" % esc(art["title"]),
        '<link rel="canonical" href="%s">' % art["url"].replace("/amp/", "/"),
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">',
        newsarticle_ld(art, "Báo Lao Động Công Đoàn", site + "/App_Themes/LDCD/images/logo.png", author="Ngọc Lan, Hải Đăng", image=cdn + "/noxh-1.jpg"),
        AMP_BOILER,
        "<style amp-custom>body{font-family:Arial,sans-serif;margin:0;color:#222}.hd{background:#c8102e;color:#fff;padding:8px 12px}.title{font-size:24px;line-height:1.3}.sapo{font-weight:700}figure{margin:0 0 12px}figcaption{font-size:13px;color:#555;text-align:center}%s</style>" % css,
    ])
    menu = "".join('<li><a href="%s/amp/%s.ldcd">%s</a></li>' % (site, slugify(c), esc(c)) for c in ["Thời sự", "Công đoàn", "Việc làm", "Xã hội", "Pháp luật", "Kinh tế", "Văn hóa", "Thể thao", "Quốc tế", "Bạn đọc"])
    b = """<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{"vars":{"gtag_id":"G-LDCD2026AM","config":{"G-LDCD2026AM":{"groups":"default"}}}}</script></amp-analytics>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul class="amp-menu">%s</ul></amp-sidebar>
<header class="hd"><button on="tap:sidebar.toggle" class="btn-menu" aria-label="Menu">☰</button><a href="%s/amp/"><amp-img src="%s/App_Themes/LDCD/images/logo-white.png" width="180" height="36" alt="Báo Lao Động Công Đoàn"></amp-img></a><div class="hd-date">Chủ nhật, 22/11/2026</div></header>
<main class="amp-main">
<div class="cate"><a href="%s/amp/xa-hoi.ldcd">Xã hội</a></div>
<div class="series-name">NHÀ Ở CHO CÔNG NHÂN: CHỜ ĐẾN BAO GIỜ?</div>
<h1 class="title">%s</h1>
<div class="meta"><span class="time">19/10/2026 05:30</span></div>
<div class="listen"><span>Nghe bài viết</span><amp-audio width="auto" height="40" src="https://media.laodongcongdoan.vn/tts/2026/10/19/1350417.mp3"><div fallback><p>Trình duyệt không hỗ trợ nghe audio.</p></div></amp-audio></div>
<p class="sapo">%s</p>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/21834411/ldcd_amp_inread"></amp-ad>
<div class="content">
%s
<p class="author" style="text-align:right"><strong>NGỌC LAN - HẢI ĐĂNG</strong></p>
</div>
<div class="share"><amp-social-share type="facebook" data-param-app_id="362870814250744" width="36" height="36"></amp-social-share><amp-social-share type="email" width="36" height="36"></amp-social-share><amp-social-share type="system" width="36" height="36"></amp-social-share></div>
<div class="related"><h3>Tin liên quan</h3>%s</div>
<div class="more"><h3>Tin mới</h3>%s</div>
</main>
<footer class="ft"><p>Báo Lao Động Công Đoàn - Cơ quan của Liên đoàn Lao động TP Hồ Chí Minh. Giấy phép số 109/GP-BVHTTDL ngày 15/8/2025.</p><p><a href="%s">Xem phiên bản đầy đủ</a></p></footer>""" % (
        menu, site, site, site, esc(art["title"]), esc(plain(art["blocks"][0][1])), body,
        ul_links([("Kỳ 1: Mười hai mét vuông cho cả gia đình", site + "/amp/xa-hoi/ky-1-muoi-hai-met-vuong-cho-ca-gia-dinh-1348822.ldcd")] + sidebar_items(rng, 3, site, path="/amp/xa-hoi/")),
        ul_links(sidebar_items(rng, 10, site, path="/amp/")), art["url"].replace("/amp/", "/"))
    return html_page(head, b, html_attr=" \u26a1")


# x10 -- health paper, custom PHP: table and a fact box, JSON-LD with seconds
@page("x10")
def r_x10(art, rng):
    site, cdn = "https://suckhoecongdong.vn", "https://cdn.suckhoecongdong.vn/2026/8/14"
    body = render_blocks(art["blocks"], rng, cdn, fig="html5", box_cls="box-info", table_cls="table-data table-bordered")
    head = "\n".join([
        '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>%s</title>" % esc(art["title"]),
        '<meta name="description" content="%s">' % attr(lead_of(art)),
        '<meta property="og:title" content="%s">' % attr(art["title"]), '<meta property="og:type" content="article">',
        '<meta property="og:image" content="%s/sxh-can-tho.jpg">' % cdn,
        '<meta itemprop="datePublished" content="2026-08-14T08:05:31+07:00">',
        newsarticle_ld(art, "Sức khỏe Cộng đồng", site + "/assets/logo.png", author="BS. Lê Minh Khoa", body=True, image=cdn + "/sxh-can-tho.jpg"),
        '<link rel="stylesheet" href="/assets/css/skcd.min.css?v=71">', ga(rng),
    ])
    nav = "".join('<li><a href="/%s.htm">%s</a></li>' % (slugify(c), esc(c)) for c in ["Tin tức", "Y tế cơ sở", "Bệnh thường gặp", "Dinh dưỡng", "Mẹ và bé", "Người cao tuổi", "Thuốc và sức khỏe", "Bảo hiểm y tế", "Hỏi - đáp bác sĩ", "Video"])
    b = """<header class="hd"><div class="hd-top"><div class="wrap"><span class="today">Chủ nhật, 22/11/2026</span><a href="/tu-van.htm" class="btn-advice">Tư vấn sức khỏe miễn phí: 1900 9095</a></div></div>
<div class="wrap hd-main"><a class="logo" href="/"><img src="/assets/logo.png" alt="Sức khỏe Cộng đồng"></a><div class="hd-ad"><img src="/uploads/qc/bhyt-hgd-2026.jpg" alt="Tham gia BHYT hộ gia đình"></div></div>
<nav class="nav"><div class="wrap"><ul>%s</ul></div></nav></header>
<div class="wrap page-detail"><div class="main-col">
<div class="bread"><a href="/">Trang chủ</a><a href="/y-te-co-so.htm">Y tế cơ sở</a></div>
<h1 class="detail-title">%s</h1>
<div class="detail-meta"><span class="date">14/08/2026 08:05</span><span class="cate">Y tế cơ sở</span>%s</div>
<p class="detail-sapo">%s</p>
<div class="detail-body">
%s
<div class="author-info"><p style="text-align:right"><strong>BS. Lê Minh Khoa</strong></p><p style="text-align:right"><em>Trung tâm Kiểm soát bệnh tật TP. Cần Thơ</em></p></div>
</div>
<div class="detail-tags"><a href="/tag/sot-xuat-huyet.htm">sốt xuất huyết</a><a href="/tag/can-tho.htm">Cần Thơ</a><a href="/tag/diet-lang-quang.htm">diệt lăng quăng</a></div>
<div class="box-rate">Bài viết có hữu ích với bạn? <button>👍 Có</button> <button>👎 Không</button></div>
<div class="box-same"><h3>Tin cùng chuyên mục</h3>%s</div>
%s
</div>
<aside class="side-col"><div class="box-ask"><h3>Hỏi bác sĩ</h3><form><textarea placeholder="Nhập câu hỏi của bạn..."></textarea><button>Gửi câu hỏi</button></form></div>%s</aside></div>
%s
<script src="/assets/js/app.min.js?v=71" defer></script>""" % (
        nav, esc(art["title"]), share_bar(art["url"]), esc(plain(art["blocks"][0][1])), body,
        news_cards(rng, site, 8, "item", img_cdn="https://cdn.suckhoecongdong.vn", with_sapo=True), comment_form("Bình luận"),
        most_read(rng, site, 8, "Xem nhiều"),
        footer_block("SỨC KHỎE CỘNG ĐỒNG", "Hội Y học dự phòng Việt Nam", "Giấy phép hoạt động báo điện tử số 77/GP-BVHTTDL ngày 19/3/2025. Tổng Biên tập: PGS.TS Nguyễn Văn Tiến.",
                     "số 138A Giảng Võ, phường Giảng Võ, Hà Nội", "024 3736 9910", "toasoan@suckhoecongdong.vn",
                     "<p>Thông tin trên website chỉ mang tính tham khảo, không thay thế cho việc khám, chẩn đoán và điều trị của bác sĩ.</p>"))
    return html_page(head, b)


# x11 -- education paper, a correction note (no byline)
@page("x11")
def r_x11(art, rng):
    site = "https://giaoduchocduong.vn"
    body = render_blocks(art["blocks"], rng, "")
    nav = "".join('<a href="/%s/">%s</a>' % (slugify(c), esc(c)) for c in ["Thời sự", "Giáo dục", "Tuyển sinh", "Nhà trường", "Người thầy", "Học đường", "Du học", "Giáo dục pháp luật", "Bạn đọc", "Video"])
    head = "\n".join([
        '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>%s | Báo điện tử Giáo dục &amp; Học đường</title>" % esc(art["title"]),
        og_meta(art, "Giáo dục & Học đường", site + "/img/og-default.jpg", "Bạn đọc"),
        '<link rel="stylesheet" href="/css/gdhd.css?v=5.2">', ga(rng),
    ])
    b = """<div class="header"><div class="container"><div class="header-top"><span class="date">Chủ nhật, 22/11/2026</span><a href="/lien-he/">Liên hệ tòa soạn</a><a href="/dat-bao/">Đặt báo</a></div>
<div class="logo-wrap"><a href="/"><img src="/img/logo.png" alt="Giáo dục &amp; Học đường"></a><span class="slogan">Vì sự nghiệp giáo dục</span></div>
<div class="nav">%s</div></div></div>
<div class="container content"><div class="col-main">
<div class="cate-title"><a href="/ban-doc/">Bạn đọc</a></div>
<div class="article">
<h1 class="article-title">%s</h1>
<div class="article-meta"><span class="article-date">Thứ Hai, 31/08/2026, 17:20 (GMT+7)</span>%s</div>
<div class="article-body">
%s
</div>
</div>
<div class="box-news-other"><h3>Tin khác</h3>%s</div>
</div>
<div class="col-side">%s<div class="box-side"><h3>Tuyển sinh 2026</h3>%s</div></div></div>
%s""" % (
        nav, esc(art["title"]), share_bar(art["url"]), body,
        news_cards(rng, site, 10, "news-item", img_cdn="https://cdn.giaoduchocduong.vn", with_sapo=True, path="/giao-duc/"),
        most_read(rng, site, 10, "Đọc nhiều nhất"), ul_links(sidebar_items(rng, 6, site, path="/tuyen-sinh/")),
        footer_block("BÁO ĐIỆN TỬ GIÁO DỤC & HỌC ĐƯỜNG", "Công đoàn Giáo dục Việt Nam", "Giấy phép số 233/GP-BVHTTDL ngày 11/9/2025. Tổng Biên tập: Nguyễn Hữu Lâm.",
                     "số 4 Trịnh Hoài Đức, phường Văn Miếu - Quốc Tử Giám, Hà Nội", "024 3734 6677", "bandoc@giaoduchocduong.vn"))
    return html_page(head, b)


# x12 -- education paper on a Nuxt (Vue SSR) front end: inline "Tin liên quan" box and "Đọc thêm" links
@page("x12")
def r_x12(art, rng):
    site, cdn = "https://hocduongviet.vn", "https://image.hocduongviet.vn/w800/Uploaded/2026/10/12"
    dv = 'data-v-%s' % hexid(rng, 8)

    def related(items):
        return ('<div %s class="box-related-inline"><div %s class="box-related-inline__title">Tin liên quan</div><ul %s>%s</ul></div>'
                % (dv, dv, dv, "".join('<li %s><a %s href="%s">%s</a></li>' % (dv, dv, attr(site + h), esc(t)) for t, h in items)))

    def readmore(items):
        if len(items) == 1:
            t, h = items[0]
            return '<p %s class="read-more"><strong>Đọc thêm:</strong> <a href="%s">%s</a></p>' % (dv, attr(site + h), esc(t))
        return ('<div %s class="read-more-list"><p><strong>Đọc thêm</strong></p><ul>%s</ul></div>'
                % (dv, "".join('<li><a href="%s">%s</a></li>' % (attr(site + h), esc(t)) for t, h in items)))
    body = render_blocks(art["blocks"], rng, cdn, fig="html5", related=related, readmore=readmore)
    state = {"data": [{"article": {"id": 89407, "title": art["title"], "sapo": plain(art["blocks"][0][1]), "publishDate": "2026-10-12T03:15:00.000Z", "author": "Hoàng Phúc"}}],
             "state": {"menu": [c for _, c in CATS]}, "serverRendered": True}
    head = "\n".join([
        '<meta data-n-head="ssr" charset="utf-8">', '<meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">',
        '<title>%s</title>' % esc(art["title"]),
        '<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="%s">' % attr(art["title"]),
        '<link data-n-head="ssr" rel="canonical" href="%s">' % art["url"],
        '<link rel="preload" href="/_nuxt/%s.js" as="script"><link rel="preload" href="/_nuxt/%s.js" as="script">' % (hexid(rng, 20), hexid(rng, 20)),
        '<style data-vue-ssr-id="%s">%s</style>' % (hexid(rng, 8), "".join(".box-%s[%s]{padding:%dpx}" % (hexid(rng, 4), dv, rng.randint(0, 20)) for _ in range(80))),
    ])
    nav = "".join('<li %s><a %s href="/%s">%s</a></li>' % (dv, dv, slug, esc(n)) for slug, n in CATS[:10])
    b = """<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div %s class="layout-default">
<header %s class="header"><div %s class="header__top"><span %s class="header__date">Chủ nhật, 22/11/2026</span><a %s href="/dang-nhap">Đăng nhập</a></div>
<div %s class="header__main"><a %s href="/" class="logo"><img %s src="/img/logo-hdv.svg" alt="Học Đường Việt"></a></div>
<nav %s class="header__nav"><ul %s>%s</ul></nav></header>
<main %s class="detail-page"><div %s class="container"><div %s class="detail-page__main">
<div %s class="detail__cate"><a %s href="/giao-duc">Giáo dục</a></div>
<h1 %s class="detail__title">%s</h1>
<div %s class="detail__meta"><span %s class="detail__author">HOÀNG PHÚC</span><span %s class="detail__time">Cập nhật: 10:15 ngày 12/10/2026</span></div>
<h2 %s class="detail__sapo">%s</h2>
<div %s class="detail__content">
%s
</div>
<div %s class="detail__tags"><a %s href="/tag/tuyen-dung-giao-vien">#tuyển dụng giáo viên</a><a %s href="/tag/quang-tri">#Quảng Trị</a></div>
<div %s class="detail__share">%s</div>
<div %s class="box-comment"><h3 %s>Bình luận</h3><p %s>Đăng nhập để bình luận.</p></div>
</div><aside %s class="detail-page__side">%s<div %s class="box-video"><h3 %s>Video</h3>%s</div></aside></div>
<section %s class="box-reco"><h3 %s>Đề xuất cho bạn</h3>%s</section></main>
<footer %s class="footer"><p %s><strong>Báo Học Đường Việt</strong> - Cơ quan chủ quản: Trung ương Hội Khuyến học Việt Nam. Giấy phép số 402/GP-BVHTTDL ngày 30/10/2025. Tổng Biên tập: Trần Thị Minh Thư.</p><p %s>Tòa soạn: số 9 Phạm Văn Đồng, phường Cầu Giấy, Hà Nội. Email: toasoan@hocduongviet.vn</p></footer>
</div></div></div>
<script>window.__NUXT__=%s;</script>
<script src="/_nuxt/%s.js" defer></script><script src="/_nuxt/%s.js" defer></script>""" % (
        dv, dv, dv, dv, dv, dv, dv, dv, dv, dv, nav, dv, dv, dv, dv, dv, dv, esc(art["title"]), dv, dv, dv, dv,
        esc(plain(art["blocks"][0][1])), dv, body, dv, dv, dv, dv, share_bar(art["url"]), dv, dv, dv, dv,
        most_read(rng, site, 8, "Đọc nhiều"), dv, dv, ul_links(sidebar_items(rng, 4, site, path="/video/")),
        dv, dv, news_cards(rng, site, 8, "reco", img_cdn="https://image.hocduongviet.vn", with_sapo=True),
        dv, dv, dv, json.dumps(state, ensure_ascii=False), hexid(rng, 20), hexid(rng, 20))
    return html_page(head, b)


# x13 -- provincial paper on Drupal 10: kicker field, sapo field, English words
@page("x13")
def r_x13(art, rng):
    site, cdn = "https://bacninhngaynay.vn", "https://bacninhngaynay.vn/sites/default/files/styles/large/public/2026-06"
    body = render_blocks(art["blocks"], rng, cdn, fig="html5")
    head = "\n".join([
        '<meta charset="utf-8" />',
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />',
        '<meta name="MobileOptimized" content="width" />', '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
        '<link rel="canonical" href="%s" />' % art["url"],
        og_meta(art, "Báo Bắc Ninh Ngày Nay", cdn + "/startup-ban-dan.jpg", "Kinh tế"),
        "<title>%s | Báo Bắc Ninh Ngày Nay</title>" % esc(art["title"]),
        '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=vi&amp;theme=bnnn&amp;include=%s" />' % (b64(rng, 30).replace("/", "").replace("+", "")[:43], b64(rng, 60).replace("/", "").replace("+", "")),
        '<script type="application/json" data-drupal-selector="drupal-settings-json">%s</script>' % json.dumps({
            "path": {"baseUrl": "/", "pathPrefix": "", "currentPath": "node/225318", "currentLanguage": "vi"},
            "ajaxPageState": {"libraries": b64(rng, 120), "theme": "bnnn", "theme_token": None}, "user": {"uid": 0, "permissionsHash": hexid(rng, 64)}}),
        ga(rng),
    ])
    menu = "".join('<li class="menu-item"><a href="/%s" data-drupal-link-system-path="taxonomy/term/%d">%s</a></li>' % (slug, 10 + i, esc(n)) for i, (slug, n) in enumerate(CATS))
    b = """<a href="#main-content" class="visually-hidden focusable skip-link">Chuyển đến nội dung chính</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner" class="site-header"><div class="region region-header-top"><div id="block-bnnn-date" class="block block-block-content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">Chủ nhật, 22/11/2026</div></div></div>
<div class="region region-header"><div id="block-bnnn-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/bnnn/logo.svg" alt="Trang chủ" /></a></div>
<div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-bnnn-search" role="search"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><input title="Nhập từ khóa cần tìm." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" /><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Tìm kiếm" class="button js-form-submit form-submit" /></form></div></div>
<nav role="navigation" aria-labelledby="block-bnnn-main-menu-menu" id="block-bnnn-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-bnnn-main-menu-menu">Điều hướng chính</h2><ul class="menu">%s</ul></nav></header>
<div class="region region-breadcrumb"><div id="block-bnnn-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Đường dẫn</h2><ol><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te">Kinh tế</a></li></ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-bnnn-content" class="block block-system block-system-main-block">
<article data-history-node-id="225318" role="article" about="/kinh-te/bac-ninh-startup-ban-dan-tim-duong-bang-tu-cac-trung-tam-doi-moi-sang-tao-225318" class="node node--type-article node--promoted node--view-mode-full">
<div class="field field--name-field-kicker field--type-string field--label-hidden field__item">KINH TẾ SỐ</div>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span></h1>
<div class="node__meta"><div class="field field--name-field-author field--type-string field--label-hidden field__item">Phương Linh</div>
<span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-06-18T01:20:00Z" title="Thứ năm, 18 Tháng sáu, 2026 - 08:20" class="datetime">18/06/2026, 08:20</time></span></div>
<div class="clearfix text-formatted field field--name-field-sapo field--type-text-long field--label-hidden field__item"><p>%s</p></div>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">Từ khóa</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/3312" hreflang="vi">startup</a></div><div class="field__item"><a href="/taxonomy/term/3390" hreflang="vi">bán dẫn</a></div><div class="field__item"><a href="/taxonomy/term/2871" hreflang="vi">đổi mới sáng tạo</a></div></div></div>
%s
</div></article></div>
<div class="views-element-container block block-views" id="block-views-block-related"><h2>Tin cùng chuyên mục</h2><div class="view view-related view-id-related view-display-id-block_1">%s</div></div>
</div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">%s<div class="block block-block-content"><h2>Thời tiết</h2><p>Bắc Ninh: 16 - 23°C, trời nắng nhẹ.</p></div><div class="block"><h2>Bình chọn</h2><form class="poll"><p>Bạn đánh giá thế nào về chất lượng dịch vụ công trực tuyến của tỉnh?</p><label><input type="radio" name="p" /> Rất hài lòng</label><label><input type="radio" name="p" /> Hài lòng</label><label><input type="radio" name="p" /> Chưa hài lòng</label><button>Bình chọn</button></form></div></div></aside></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><div class="block"><p><strong>BÁO BẮC NINH NGÀY NAY</strong></p><p>Cơ quan của Đảng bộ, chính quyền và Nhân dân tỉnh Bắc Ninh. Giấy phép số 199/GP-BVHTTDL ngày 25/7/2025.</p><p>Tổng Biên tập: Nguyễn Thị Thu Hằng. Địa chỉ: số 6 Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh.</p></div></div></footer>
</div></div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script><script src="/core/misc/drupal.js?v=10.3.6"></script><script src="/themes/custom/bnnn/js/bnnn.js?sg2k1p"></script>""" % (
        menu, esc(art["title"]), esc(plain(art["blocks"][0][1])), body, share_bar(art["url"]),
        "".join('<div class="views-row"><a href="%s" hreflang="vi">%s</a></div>' % (attr(h), esc(t)) for t, h in sidebar_items(rng, 8, site, path="/kinh-te/")),
        most_read(rng, site, 6, "Đọc nhiều", "block block-views"))
    return html_page(head, b, body_attr=' class="path-node page-node-type-article"')


# x14 -- Party-building magazine on VNPT ePortal (Liferay), long piece
@page("x14")
def r_x14(art, rng):
    site, cdn = "https://xaydungchibo.vn", "https://xaydungchibo.vn/documents/20182/0"
    nsp = "_101_INSTANCE_R4kTqVm2hXsd_"
    body = render_blocks(art["blocks"], rng, cdn, fig="liferay", p_attr=' style="text-align: justify;"', quote_cls="trich-dan")
    left = "".join('<li class="lfr-nav-item"><a href="%s/web/guest/%s"><span>%s</span></a></li>' % (site, slugify(c), esc(c)) for c in
                   ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Nghiên cứu - Trao đổi", "Thực tiễn - Kinh nghiệm", "Gương sáng đảng viên", "Đấu tranh phản bác quan điểm sai trái", "Văn bản", "Tạp chí in", "Liên hệ"])
    others = "".join('<li><a href="%s/web/guest/nghien-cuu-trao-doi/-/asset_publisher/R4kTqVm2hXsd/content/%s">%s</a> <span class="date">(%s)</span></li>'
                     % (site, slugify(t), esc(t), rand_date(7, 8)(rng)) for t, _ in sidebar_items(rng, 10, site))
    head = "\n".join([
        '<meta content="text/html; charset=UTF-8" http-equiv="content-type" />',
        "<title>%s - Xây dựng chi bộ - Tạp chí điện tử</title>" % esc(art["title"]),
        '<meta content="width=device-width, initial-scale=1.0" name="viewport" />',
        '<link href="%s/eportal-theme/images/favicon.ico" rel="Shortcut Icon" />' % site,
        '<link href="%s/html/css/main.css?browserId=other&amp;themeId=eportal_WAR_eportaltheme&amp;languageId=vi_VN&amp;b=6210&amp;t=1752391234000" rel="stylesheet" type="text/css" />' % site,
        '<script type="text/javascript">var themeDisplay=(function(){return{getCompanyId:function(){return"20154"},getScopeGroupId:function(){return"20182"},getLanguageId:function(){return"vi_VN"},getPathThemeImages:function(){return"%s/eportal-theme/images"},isSignedIn:function(){return false}}})();var Liferay={Browser:{},ThemeDisplay:themeDisplay,PortletKeys:{}};</script>' % site,
        '<script src="%s/html/js/barebone.jsp?browserId=other&amp;themeId=eportal_WAR_eportaltheme&amp;colorSchemeId=01&amp;minifierType=js&amp;languageId=vi_VN&amp;b=6210&amp;t=1752391234000" type="text/javascript"></script>' % site,
        ga(rng),
    ])
    b = """<a href="#main-content" id="skip-to-content">Nhảy tới nội dung</a>
<div id="wrapper" class="container-fluid">
<header id="banner" role="banner"><div class="banner-top"><div class="today">Hôm nay: Chủ nhật, 22/11/2026</div><div class="lang"><a href="#">Tiếng Việt</a></div></div>
<div id="heading"><a class="logo custom-logo" href="%s/web/guest/trang-chu" title="Đi đến Xây dựng chi bộ"><img alt="Xây dựng chi bộ" height="120" src="%s/image/layout_set_logo?img_id=1297411&amp;t=1752391234000" width="1170" /></a></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Trang web" role="menubar">%s</ul></nav></header>
<div id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-borderless portlet-asset-publisher" id="p_p_id%s">
<span id="p%s"></span><div class="portlet-borderless-container"><div class="portlet-body">
<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="%s/web/guest/nghien-cuu-trao-doi" id="%sTabsBack" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span><h3 class="header-title"><span>%s</span></h3></div>
<div class="asset-full-content default-asset-publisher no-title">
<div class="asset-content" id="%s_48318_"><div class="journal-content-article">
<div class="news-date">Thứ Ba, 25-08-2026</div>
<div class="news-sapo"><p><strong>%s</strong></p></div>
%s
<p style="text-align: right;"><strong>TS. NGUYỄN THỊ THU HIỀN</strong></p>
<p style="text-align: right;"><em>Học viện Chính trị khu vực I</em></p>
</div>
<div class="entry-links"></div></div>
<div class="asset-ratings"><div class="taglib-ratings stars"><div class="liferay-rating-vote" id="%sratingStar"><div id="%sratingStarContent"><div class="rating-label">Đánh giá (0 Phiếu bầu)</div></div></div></div></div>
<div class="social-tools"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?subject=%s">Gửi email</a></div>
</div>
<div class="other-news"><div class="title">Các tin khác</div><ul>%s</ul></div>
</div></div></div>
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
<div class="portlet-boundary portlet-journal-content"><div class="portlet-body"><div class="box-side"><h3>Tạp chí in</h3><a href="/web/guest/tap-chi-in"><img src="/documents/20182/0/bia-so-8-2026.jpg" alt="Bìa Tạp chí số 8-2026" /></a><p>Số 8 - 2026</p></div></div></div>
<div class="portlet-boundary"><div class="portlet-body"><div class="box-side"><h3>Tin đọc nhiều</h3>%s</div></div></div>
<div class="portlet-boundary"><div class="portlet-body"><div class="box-side"><h3>Liên kết website</h3><ul><li><a href="https://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</a></li><li><a href="https://tapchicongsan.org.vn">Tạp chí Cộng sản</a></li><li><a href="https://xaydungdang.org.vn">Tạp chí Xây dựng Đảng</a></li><li><a href="https://chinhphu.vn">Cổng TTĐT Chính phủ</a></li></ul></div></div></div>
<div class="portlet-boundary"><div class="portlet-body"><div class="box-side"><h3>Thống kê truy cập</h3><p>Đang truy cập: 112</p><p>Hôm nay: 4.317</p><p>Tổng lượt truy cập: 6.928.104</p></div></div></div>
</div></div></div></div></div>
<footer id="footer" role="contentinfo"><p><strong>XÂY DỰNG CHI BỘ - TẠP CHÍ ĐIỆN TỬ</strong></p><p>Cơ quan chủ quản: Ban Tuyên giáo và Dân vận Trung ương. Giấy phép số 618/GP-BTTTT ngày 22/12/2023.</p><p>Tổng Biên tập: Đỗ Quang Khải. Địa chỉ: số 8 Nguyễn Cảnh Chân, phường Ba Đình, Hà Nội. Điện thoại: 080 48161.</p><p>Phát triển bởi VNPT</p></footer>
</div>
<script src="%s/html/js/liferay/modules.js?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=6210" type="text/javascript"></script>
<script type="text/javascript">AUI().use('aui-base','liferay-menu','liferay-notice','liferay-poller','liferay-session',function(A){(function(){Liferay.Util.addInputType();Liferay.Portlet.ready(function(portletId,node){Liferay.Util.addInputType(node);});})();(function(){new Liferay.Menu();var liferayNotices=Liferay.Data.notices;for(var i=1;i<liferayNotices.length;i++){new Liferay.Notice(liferayNotices[i]);}})();});</script>""" % (
        site, site, left, nsp, nsp, site, nsp, esc(art["title"]), nsp, esc(plain(art["blocks"][0][1])), body, nsp, nsp,
        attr(art["title"]), others, most_read(rng, site, 8, "", "list-most"), site)
    return html_page(head, b, body_attr=' class="yui3-skin-sam controls-visible guest-site signed-out public-page site"')


# x15 -- veterans' magazine on WordPress (block theme), reprint with "Theo ..." and no byline
@page("x15")
def r_x15(art, rng):
    site, cdn = "https://cuuchienbinhviet.vn", "https://cuuchienbinhviet.vn/wp-content/uploads/2026/07"
    body = render_blocks(art["blocks"], rng, cdn, fig="wp")
    body = body.replace("<p>", '<p class="has-text-align-justify">')
    head = "\n".join([
        "<meta charset='UTF-8' />", '<meta name="viewport" content="width=device-width, initial-scale=1" />',
        "<title>%s &#8211; Cựu Chiến Binh Việt</title>" % esc(art["title"]),
        '<meta name="robots" content="max-image-preview:large" />',
        "<link rel='dns-prefetch' href='//fonts.googleapis.com' />",
        '<link rel="alternate" type="application/rss+xml" title="Cựu Chiến Binh Việt &raquo; Dòng thông tin" href="%s/feed/" />' % site,
        "<style id='wp-block-library-inline-css'>%s</style>" % "".join(".wp-block-%s{margin:0 0 %dpx}" % (hexid(rng, 6), rng.randint(4, 30)) for _ in range(120)),
        "<link rel='stylesheet' id='generatepress-css' href='%s/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1' media='all' />" % site,
        '<link rel="https://api.w.org/" href="%s/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="%s/wp-json/wp/v2/posts/31877" />' % (site, site),
        '<link rel="canonical" href="%s" />' % art["url"],
        "<link rel='shortlink' href='%s/?p=31877' />" % site,
        ga(rng),
    ])
    b = """<a class="screen-reader-text skip-link" href="#content" title="Chuyển đến nội dung">Chuyển đến nội dung</a>
<div class="top-bar top-bar-align-right"><div class="inside-top-bar grid-container"><aside id="block-7" class="widget inner-padding widget_block"><p class="today-date">Chủ Nhật, 22 Tháng Mười Một, 2026</p></aside></div></div>
<header class="site-header" id="masthead" aria-label="Trang web" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container"><div class="site-logo"><a href="%s/" rel="home"><img class="header-image is-logo-image" alt="Cựu Chiến Binh Việt" src="%s/wp-content/uploads/2024/03/logo-ccbv.png" width="420" height="90" /></a></div>
<p class="site-description" itemprop="description">Trung thành - Đoàn kết - Gương mẫu - Đổi mới</p></div></header>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Chính" itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-menu-chinh" class=" menu sf-menu">%s</ul></div></div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-31877" class="post-31877 post type-post status-publish format-standard has-post-thumbnail hentry category-guong-sang-cuu-chien-binh" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">%s</h1>
<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2026-07-28T14:02:55+07:00" itemprop="dateModified">28/07/2026</time><time class="entry-date published" datetime="2026-07-27T09:48:12+07:00" itemprop="datePublished">27/07/2026</time></span> <span class="byline">bởi <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="%s/author/bientap/" title="Xem tất cả bài viết của Biên tập" rel="author" itemprop="url"><span class="author-name" itemprop="name">Biên tập</span></a></span></span></div>
</header>
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="675" src="%s/que-dong-cuong-cover.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image" decoding="async" fetchpriority="high" /></div>
<div class="entry-content" itemprop="text">
%s
<p class="has-text-align-right"><em>Theo Báo và PT-TH Lào Cai</em></p>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Chia sẻ:</h3>%s</div></div>
</div>
<footer class="entry-meta" aria-label="Meta mục nhập"><span class="cat-links"><span class="screen-reader-text">Danh mục </span><a href="%s/chuyen-muc/guong-sang-cuu-chien-binh/" rel="category tag">Gương sáng cựu chiến binh</a></span> <span class="tags-links"><span class="screen-reader-text">Thẻ </span><a href="%s/the/trong-que/" rel="tag">trồng quế</a>, <a href="%s/the/lam-kinh-te-gioi/" rel="tag">làm kinh tế giỏi</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Bài viết"><div class="nav-previous"><span class="prev"><a href="%s/2026/07/25/hoi-ccb-xa-bien-gioi-ra-quan-lam-duong/" rel="prev">Hội CCB xã biên giới ra quân làm đường</a></span></div><div class="nav-next"><span class="next"><a href="%s/2026/07/28/gap-mat-cuu-chien-binh-tieu-bieu/" rel="next">Gặp mặt cựu chiến binh tiêu biểu</a></span></div></nav></footer>
</div></article>
<div class="comments-area"><div id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy</a></small></h3><form action="%s/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Bình luận</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><label for="author" class="screen-reader-text">Tên</label><input placeholder="Tên *" id="author" name="author" type="text" value="" size="30" required /><label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" value="" size="30" required /><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /> <input type='hidden' name='comment_post_ID' value='31877' id='comment_post_ID' /></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="%s/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" title="Tìm kiếm cho:"></label><button class="search-submit" aria-label="Tìm kiếm"></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2>%s</aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul><li class="cat-item"><a href="%s/chuyen-muc/tin-tuc/">Tin tức</a> (1.412)</li><li class="cat-item"><a href="%s/chuyen-muc/guong-sang-cuu-chien-binh/">Gương sáng cựu chiến binh</a> (386)</li><li class="cat-item"><a href="%s/chuyen-muc/ky-uc-chien-truong/">Ký ức chiến trường</a> (241)</li><li class="cat-item"><a href="%s/chuyen-muc/chinh-sach/">Chính sách</a> (199)</li><li class="cat-item"><a href="%s/chuyen-muc/tri-an/">Tri ân</a> (158)</li></ul></aside>
<aside id="archives-2" class="widget inner-padding widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul><li><a href="%s/2026/11/">Tháng Mười Một 2026</a></li><li><a href="%s/2026/10/">Tháng Mười 2026</a></li><li><a href="%s/2026/09/">Tháng Chín 2026</a></li><li><a href="%s/2026/08/">Tháng Tám 2026</a></li><li><a href="%s/2026/07/">Tháng Bảy 2026</a></li></ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Trang web" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container"><div class="copyright-bar">Trang thông tin điện tử Cựu Chiến Binh Việt - Giấy phép số 88/GP-TTĐT ngày 14/5/2024. Chịu trách nhiệm nội dung: Đại tá Nguyễn Văn Bình. Địa chỉ: số 34 Lý Nam Đế, phường Hoàn Kiếm, Hà Nội. &copy; 2026</div></div></footer></div>
<script id="generate-menu-js-extra">var generatepressMenu = {"toggleOpenedSubMenus":true,"openSubMenuLabel":"M\\u1edf Sub-Menu","closeSubMenuLabel":"\\u0110\\u00f3ng Sub-Menu"};</script>
<script src="%s/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1" id="generate-menu-js"></script>""" % (
        site, site,
        "".join('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-%d"><a href="%s/chuyen-muc/%s/">%s</a></li>' % (i, i, site, slugify(c), esc(c)) for i, c in enumerate(["Tin tức", "Gương sáng cựu chiến binh", "Ký ức chiến trường", "Chính sách", "Tri ân", "Văn hóa - Văn nghệ", "Bạn đọc"], 100)),
        esc(art["title"]), site, cdn, body, share_bar(art["url"], "sd-content"), site, site, site, site, site, site, site,
        ul_links(sidebar_items(rng, 6, site, path="/2026/07/")), site, site, site, site, site, site, site, site, site, site, site)
    return html_page(head, b, body_attr=' class="post-template-default single single-post postid-31877 single-format-standard wp-embed-responsive right-sidebar nav-below-header separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope')


# x16 -- ethnic-affairs magazine on Joomla 4
@page("x16")
def r_x16(art, rng):
    site, cdn = "https://dantocmiennui.vn", "https://dantocmiennui.vn/images/2026/11"
    body = render_blocks(art["blocks"], rng, cdn, fig="table", p_attr=' style="text-align: justify;"')
    head = "\n".join([
        '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="description" content="%s">' % attr(lead_of(art)[:160]),
        '<meta name="generator" content="Joomla! - Open Source Content Management">',
        "<title>%s - Tạp chí Dân tộc &amp; Miền núi</title>" % esc(art["title"]),
        '<link href="/media/templates/site/cassiopeia/css/template.min.css?9a3b2c" rel="stylesheet">',
        '<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Lỗi","MESSAGE":"Thông báo","NOTICE":"Chú ý","WARNING":"Cảnh báo","JCLOSE":"Đóng","JOK":"Đồng ý","JOPEN":"Mở"},"system.paths":{"root":"","rootFull":"https:\\/\\/dantocmiennui.vn\\/","base":"","baseFull":"https:\\/\\/dantocmiennui.vn\\/"},"csrf.token":"%s"}</script>' % hexid(rng, 32),
        '<script src="/media/system/js/core.min.js?37ffe4"></script>',
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"https://dantocmiennui.vn/#/schema/Organization/base","name":"Tạp chí Dân tộc & Miền núi","url":"https://dantocmiennui.vn/"},{"@type":"WebSite","@id":"https://dantocmiennui.vn/#/schema/WebSite/base","url":"https://dantocmiennui.vn/","name":"Tạp chí Dân tộc & Miền núi"}]}</script>',
        ga(rng),
    ])
    menu = "".join('<li class="nav-item item-%d"><a href="/index.php/%s">%s</a></li>' % (101 + i, slugify(c), esc(c)) for i, c in enumerate(
        ["Trang chủ", "Thời sự", "Chính sách dân tộc", "Văn hóa", "Kinh tế", "Giáo dục", "Y tế", "Gương sáng", "Tôn giáo", "Ảnh - Video"]))
    b = """<header class="header container-header full-width"><div class="grid-child container-topbar"><div class="moduletable "><div class="mod-custom custom"><p class="ngay-thang">Chủ nhật, 22/11/2026</p></div></div></div>
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo-dtmn.png" alt="Tạp chí Dân tộc &amp; Miền núi" width="480" height="96"></a></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav ">%s</ul></div></header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/index.php/van-hoa" class="pathway"><span itemprop="name">Văn hóa</span></a></li></ol></nav>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header"><h1 itemprop="headline">%s</h1></div>
<dl class="article-info text-muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Viết bởi: <span itemprop="name">Biên tập viên 02</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Danh mục: <a href="/index.php/van-hoa" itemprop="genre">Văn hóa</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2026-11-04T10:25:00+07:00" itemprop="datePublished">Được đăng: 04 Tháng 11 2026</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:412">Lượt xem: 412</dd>
</dl>
<div class="icons"><div class="float-end"><div class="dropdown"><button class="btn dropdown-toggle" type="button" id="user-dropdown" data-bs-toggle="dropdown" aria-expanded="false"><span class="icon-cog icon-fw" aria-hidden="true"></span><span class="visually-hidden">Các tác vụ người dùng</span></button><ul class="dropdown-menu"><li class="print-icon"><a href="/index.php/van-hoa/item/4127?tmpl=component&amp;print=1" title="In bài" rel="nofollow">In</a></li><li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;link=%s" title="Gửi email" rel="nofollow">E-mail</a></li></ul></div></div></div>
<div itemprop="articleBody" class="com-content-article__body">
%s
<p style="text-align: right;"><strong>Tin, ảnh: Thạch Sô Phia</strong></p>
</div>
<ul class="tags list-inline"><li class="list-inline-item tag-18 tag-list0"><a href="/index.php/component/tags/tag/khmer" class="btn btn-sm btn-info">Khmer</a></li><li class="list-inline-item tag-44 tag-list1"><a href="/index.php/component/tags/tag/le-hoi" class="btn btn-sm btn-info">lễ hội</a></li><li class="list-inline-item tag-71 tag-list2"><a href="/index.php/component/tags/tag/vinh-long" class="btn btn-sm btn-info">Vĩnh Long</a></li></ul>
<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/index.php/van-hoa/item/4126" rel="prev"><span class="visually-hidden">Bài trước: Giữ nghề dệt thổ cẩm của người Mnông</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a><a class="btn btn-sm btn-secondary next" href="/index.php/van-hoa/item/4128" rel="next"><span class="visually-hidden">Bài tiếp: Khai mạc Ngày hội văn hóa dân tộc Chăm</span><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>
</div>
</main>
<div class="main-bottom card "><h3 class="card-header ">Tin cùng chuyên mục</h3><div class="card-body">%s</div></div>
</div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Tin mới nhất</h3><div class="card-body">%s</div></div>
<div class="sidebar-right card "><h3 class="card-header ">Văn bản chính sách</h3><div class="card-body"><ul class="mod-articles-category"><li>Quyết định phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số giai đoạn 2026 - 2030</li><li>Nghị định về chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số</li><li>Thông tư hướng dẫn hỗ trợ bảo tồn văn hóa truyền thống</li></ul></div></div></div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p><strong>TẠP CHÍ DÂN TỘC &amp; MIỀN NÚI</strong> - Cơ quan chủ quản: Hội Dân tộc học và Nhân học Việt Nam</p><p>Giấy phép số 512/GP-BTTTT ngày 30/11/2022. Tổng Biên tập: TS. Lương Văn Khoa</p><p>Tòa soạn: số 80 Phan Đình Phùng, phường Ba Đình, Hà Nội. Điện thoại: 024 3845 6612</p></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Lên đầu trang"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
<script src="/media/templates/site/cassiopeia/js/template.min.js?9a3b2c" defer></script>""" % (
        menu, esc(art["title"]), b64(rng, 60), body,
        ul_links(sidebar_items(rng, 8, site, path="/index.php/van-hoa/item/"), "mod-articles-category"),
        ul_links(sidebar_items(rng, 8, site, path="/index.php/thoi-su/item/"), "mod-articles-latest latestnews"))
    return html_page(head, b, body_attr=' class="site com_content wrapper-static view-article no-layout no-task itemid-104 has-sidebar-right"')


# x17 -- the national paper's mobile site (m.), translated world item, relative date
@page("x17")
def r_x17(art, rng):
    site, cdn = "https://m.quocdan.vn", "https://static.quocdan.vn/images/2026/11/21"
    body = render_blocks(art["blocks"], rng, cdn, fig="html5")
    head = "\n".join([
        '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5">',
        "<title>%s | Báo điện tử Quốc Dân</title>" % esc(art["title"]),
        '<link rel="canonical" href="%s">' % art["url"].replace("m.quocdan.vn", "quocdan.vn"),
        og_meta(art, "Báo điện tử Quốc Dân", cdn + "/xe-buyt-tu-lai.jpg", "Thế giới", utc="2026-11-21T13:15:00Z"),
        newsarticle_ld(art, "Báo điện tử Quốc Dân", "https://quocdan.vn/assets/img/logo.svg", date="2026-11-21T13:15:00Z", author="Minh Châu", image=cdn + "/xe-buyt-tu-lai.jpg"),
        '<link rel="stylesheet" href="https://static.quocdan.vn/m/css/mobile.css?v=20261101">', ga(rng),
    ])
    b = """<header class="m-header"><button class="m-menu-btn" aria-label="Chuyên mục">%s</button><a class="m-logo" href="/"><img src="https://static.quocdan.vn/assets/img/logo.svg" alt="Quốc Dân" height="28"></a><a class="m-search" href="/tim-kiem.htm">%s</a></header>
<div class="m-datebar">Chủ nhật, 22/11/2026</div>
<nav class="m-scroll-nav"><a href="/">Mới nhất</a><a href="/thoi-su">Thời sự</a><a href="/the-gioi" class="active">Thế giới</a><a href="/kinh-te">Kinh tế</a><a href="/xa-hoi">Xã hội</a><a href="/mien-tay">Miền Tây</a><a href="/video">Video</a></nav>
<main class="m-main">
<article class="m-article">
<div class="m-article__cate"><a href="/the-gioi">Thế giới</a></div>
<h1 class="m-article__title">%s</h1>
<div class="m-article__meta"><time class="time-ago" datetime="2026-11-21T20:15:00+07:00">12 giờ trước</time></div>
<div class="m-article__sapo">%s</div>
<div class="ad-slot m-ad-300" id="m-ad-inread-1"></div>
<div class="m-article__body">
%s
<p class="m-article__author" style="text-align:right"><strong>Minh Châu</strong></p>
<p class="m-article__source" style="text-align:right"><em>Theo Kyodo, NHK</em></p>
</div>
<div class="m-article__tags"><a href="/tag/nhat-ban.htm">Nhật Bản</a><a href="/tag/xe-tu-lai.htm">xe tự lái</a><a href="/tag/giao-thong-cong-cong.htm">giao thông công cộng</a></div>
</article>
<section class="m-box"><h3>Tin cùng chuyên mục</h3>%s</section>
<section class="m-box"><h3>Đọc nhiều</h3>%s</section>
</main>
<div class="m-sticky-share">%s</div>
<footer class="m-footer"><p>© Báo điện tử Quốc Dân. Giấy phép số 488/GP-BTTTT cấp ngày 03/10/2024.</p><p><a href="https://quocdan.vn%s?desktop=1">Xem phiên bản máy tính</a></p></footer>
<script>%s</script>""" % (
        svg("menu"), svg("search"), esc(art["title"]), esc(plain(art["blocks"][0][1])), body,
        news_cards(rng, site, 10, "m-story", img_cdn="https://static.quocdan.vn", path="/the-gioi/"),
        most_read(rng, site, 8, "", "m-list"), share_bar(art["url"], "m-share"), "/the-gioi/nhat-ban-thu-nghiem-xe-buyt-tu-lai-cap-do-4-o-vung-nong-thon-20261121201500833.htm",
        minified_js(rng, 8, "window.QDM"))
    return html_page(head, b, body_attr=' class="m-detail"')


# x18 -- merged provincial station on Next.js: hashed classes, __NEXT_DATA__ copy of the text
@page("x18")
def r_x18(art, rng):
    site, cdn = "https://dongnaitv.vn", "https://cdn.dongnaitv.vn/2026/11/21"
    cls = lambda base: "%s__%s" % (base, "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(5)))
    c_title, c_meta, c_sapo, c_body, c_author = cls("Detail_title"), cls("Detail_meta"), cls("Detail_sapo"), cls("Detail_content"), cls("Detail_author")
    body = render_blocks(art["blocks"], rng, cdn, fig="html5")
    next_data = {"props": {"pageProps": {"article": {
        "id": 271904, "title": art["title"], "sapo": plain(art["blocks"][0][1]),
        "content": body, "author": "Thu Hà, Minh Tuấn", "publishedAt": "2026-11-21T12:05:44.000Z",
        "category": {"id": 3, "name": "Thời sự", "slug": "thoi-su"}}, "related": [{"title": t, "url": h} for t, h in sidebar_items(rng, 4, site, path="/thoi-su/")]},
        "__N_SSP": True}, "page": "/[category]/[slug]", "query": {"category": "thoi-su", "slug": "dong-nai-khoi-cong-tuyen-duong-ket-noi-vung-dieu-phia-bac-voi-cao-toc-post271904.html"},
        "buildId": b64(rng, 15).replace("/", "_").replace("+", "-"), "isFallback": False, "gssp": True, "scriptLoader": []}
    head = "\n".join([
        '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width">',
        "<title>%s</title>" % esc(art["title"]),
        '<meta name="description" content="%s">' % attr(lead_of(art)),
        og_meta(art, "Đồng Nai TV", cdn + "/khoi-cong-duong.jpg", "Thời sự", utc="2026-11-21T12:05:44.000Z"),
        newsarticle_ld(art, "Báo và Phát thanh, Truyền hình Đồng Nai", site + "/logo.png", date="2026-11-21T12:05:44.000Z", author="Thu Hà, Minh Tuấn", image=cdn + "/khoi-cong-duong.jpg"),
        '<link rel="preload" href="/_next/static/css/%s.css" as="style"><link rel="stylesheet" href="/_next/static/css/%s.css" data-n-g="">' % (hexid(rng, 16), hexid(rng, 16)),
        '<noscript data-n-css=""></noscript>',
        "".join('<script src="/_next/static/chunks/%s-%s.js" defer=""></script>' % (rng.choice(["framework", "main", "webpack", "pages/_app", "743", "912"]), hexid(rng, 16)) for _ in range(6)),
    ])
    nav = "".join('<a class="%s" href="/%s">%s</a>' % (cls("Header_navItem"), slug, esc(n)) for slug, n in CATS[:9])
    live = "".join('<li><span>%s</span>%s</li>' % (t, esc(p)) for t, p in [("18:00", "Thời sự Đồng Nai"), ("18:30", "Nông nghiệp xanh"), ("19:00", "Tiếp sóng Thời sự VTV"), ("19:45", "Phim: Đất rừng phương Nam"), ("21:00", "Đồng Nai 24h")])
    b = """<div id="__next"><div class="%s">
<header class="%s"><div class="%s"><span class="%s">Chủ Nhật, 22/11/2026</span><a href="/truc-tuyen/dnrtv1" class="%s">● TRỰC TIẾP DNRTV1</a></div>
<div class="%s"><a href="/"><img alt="Đồng Nai TV" src="/logo.png" width="210" height="48" decoding="async"></a><nav class="%s">%s</nav></div></header>
<main class="%s"><div class="%s">
<div class="%s"><a href="/">Trang chủ</a><span>/</span><a href="/thoi-su">Thời sự</a></div>
<h1 class="%s">%s</h1>
<div class="%s"><span class="%s">Thu Hà, Minh Tuấn</span><span>Thứ bảy, 21/11/2026 - 19:05</span></div>
<div class="%s"><button type="button" aria-label="Nghe bài viết">%s Nghe bài viết</button><audio preload="none" src="https://cdn.dongnaitv.vn/tts/271904.mp3"></audio><span>03:58</span></div>
<h2 class="%s">%s</h2>
<div class="%s">%s</div>
<div class="%s"><a href="/tag/ha-tang-giao-thong">hạ tầng giao thông</a><a href="/tag/dong-nai">Đồng Nai</a><a href="/tag/khoi-cong">khởi công</a></div>
<div class="%s">%s</div>
<section class="%s"><h3>Đừng bỏ lỡ</h3>%s</section>
</div>
<aside class="%s"><div class="%s"><h3>Lịch phát sóng DNRTV1</h3><ul>%s</ul></div>%s</aside></main>
<footer class="%s"><p><strong>BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG NAI</strong></p><p>Giấy phép số 167/GP-BVHTTDL ngày 30/7/2025. Tổng Biên tập: Huỳnh Văn Tới.</p><p>Địa chỉ: số 81 Cách Mạng Tháng Tám, phường Trấn Biên, tỉnh Đồng Nai. Điện thoại: 0251 3822 366</p></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">%s</script>""" % (
        cls("Layout_root"), cls("Header_root"), cls("Header_top"), cls("Header_date"), cls("Header_live"), cls("Header_main"), cls("Header_nav"), nav,
        cls("Detail_root"), cls("Detail_main"), cls("Detail_breadcrumb"), c_title, esc(art["title"]), c_meta, c_author,
        cls("Detail_audio"), svg("headphones"), c_sapo, esc(plain(art["blocks"][0][1])), c_body, body, cls("Detail_tags"), cls("Detail_share"), share_bar(art["url"]),
        cls("Detail_more"), news_cards(rng, site, 8, "card", img_cdn="https://cdn.dongnaitv.vn", with_sapo=True, path="/thoi-su/"),
        cls("Detail_side"), cls("Schedule_root"), live, most_read(rng, site, 8, "Xem nhiều"), cls("Footer_root"),
        json.dumps(next_data, ensure_ascii=False).replace("</", "<\\/"))
    return html_page(head, b)


# x19 -- transport trade paper on an old PHP CMS: charset only in <meta http-equiv>, big page
@page("x19")
def r_x19(art, rng):
    site, cdn = "https://giaothongvantai.com.vn", "https://giaothongvantai.com.vn/stores/news_dataimages/2026/102026/16"
    body = render_blocks(art["blocks"], rng, cdn, fig="table", p_attr=' style="text-align: justify;"')
    cats = ["Thời sự", "Giao thông", "Hạ tầng", "Vận tải", "An toàn giao thông", "Hàng không", "Hàng hải", "Đường sắt", "Xe", "Bạn đọc", "Pháp luật", "Kinh tế", "Xã hội", "Video"]
    menu = "".join('<li class="cat-%d"><a href="/%s/">%s</a><div class="sub">%s</div></li>' % (
        i, slugify(c), esc(c), "".join('<a href="/%s/%s/">%s</a>' % (slugify(c), slugify(s), esc(s)) for s in ["Tin nhanh", "Phóng sự", "Điều tra", "Góc nhìn", "Ảnh", "Dự án", "Chính sách"])) for i, c in enumerate(cats))
    boxes = []
    for title in ["Tin mới", "Dự án trọng điểm", "Cao tốc Bắc - Nam", "An toàn giao thông", "Đọc nhiều trong tuần", "Hạ tầng miền Trung", "Vận tải - Logistics", "Tin ảnh", "Góc nhìn", "Bạn đọc phản ánh", "Xe - Công nghệ"]:
        boxes.append('<div class="box-cate"><div class="box-cate-title"><a href="/%s/">%s</a></div>%s</div>' % (slugify(title), esc(title), news_cards(rng, site, 8, "box-item", img_cdn="https://giaothongvantai.com.vn/stores", with_sapo=True)))
    head = "\n".join([
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
        "<title>%s - Báo Giao thông Vận tải</title>" % esc(art["title"]),
        '<meta name="keywords" content="cao tốc Quảng Ngãi - Kon Tum, giải phóng mặt bằng, Quảng Ngãi" />',
        '<meta name="description" content="%s" />' % attr(lead_of(art)),
        '<meta property="og:title" content="%s" />' % attr(art["title"]),
        '<meta property="og:image" content="%s/cao-toc-qn-kt.jpg" />' % cdn,
        '<link rel="stylesheet" type="text/css" href="/templates/gtvt/css/style.css?v=3.9.2" />',
        '<script type="text/javascript" src="/templates/gtvt/js/jquery-1.12.4.min.js"></script>',
        '<script type="text/javascript">var SITE_URL="%s/";var NEWS_ID=187302;var CAT_ID=14;</script>' % site,
        ga(rng),
        "<style type=\"text/css\">%s</style>" % "".join("#m%s .i%d{float:left;width:%d%%;height:%dpx;background:url(/templates/gtvt/images/s%d.png) no-repeat}" % (hexid(rng, 4), k, rng.randint(10, 100), rng.randint(10, 300), rng.randint(1, 9)) for k in range(300)),
    ])
    b = """<div id="fb-root"></div>
<div class="topbar"><div class="wrap"><span class="datetime">Chủ nhật, 22/11/2026, 08:15 GMT+7</span><span class="links"><a href="/gioi-thieu/">Giới thiệu</a> | <a href="/lien-he/">Liên hệ</a> | <a href="/quang-cao/">Quảng cáo</a> | <a href="/rss/">RSS</a></span></div></div>
<div class="header"><div class="wrap"><a href="/" class="logo"><img src="/templates/gtvt/images/logo.png" alt="Báo Giao thông Vận tải" /></a><div class="adv-top"><img src="/stores/banner/atgt-2026.gif" alt="" width="728" height="90" /></div></div></div>
<div class="menu"><div class="wrap"><ul class="menu-main">%s</ul></div></div>
<div class="menu-mobile" style="display:none"><ul>%s</ul></div>
<div class="hot-topics wrap"><b>Chủ đề nóng:</b> <a href="/chu-de/cao-toc-bac-nam/">Cao tốc Bắc - Nam</a> · <a href="/chu-de/san-bay-long-thanh/">Sân bay Long Thành</a> · <a href="/chu-de/duong-sat-toc-do-cao/">Đường sắt tốc độ cao</a> · <a href="/chu-de/phat-nguoi/">Phạt nguội</a></div>
<div class="wrap main"><div class="col-left">
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/xa-hoi/">Xã hội</a></div>
<div class="detail">
<h1 class="detail-title">%s</h1>
<div class="detail-date">Thứ Sáu, 16/10/2026 - 15:27</div>
<div class="detail-share">%s</div>
<div class="detail-sapo"><strong>%s</strong></div>
<div class="detail-related-top"><ul><li><a href="/xa-hoi/quang-ngai-thanh-lap-to-cong-tac-giai-phong-mat-bang-cao-toc-a186190.html">Quảng Ngãi lập tổ công tác gỡ vướng mặt bằng cao tốc</a></li><li><a href="/xa-hoi/khoi-cong-cao-toc-quang-ngai-kon-tum-a181442.html">Khởi công cao tốc Quảng Ngãi - Kon Tum</a></li></ul></div>
<div class="detail-content" id="content_detail">
%s
<p style="text-align: right;"><strong>Bài, ảnh: Văn Định</strong></p>
</div>
<div class="detail-tags"><span>Tags:</span> <a href="/tags/cao-toc/">cao tốc</a> <a href="/tags/giai-phong-mat-bang/">giải phóng mặt bằng</a> <a href="/tags/quang-ngai/">Quảng Ngãi</a></div>
<div class="detail-comment"><div class="title">Bình luận</div><div class="fb-comments" data-href="%s" data-width="100%%" data-numposts="5"></div></div>
</div>
<div class="same-cate"><div class="title">Tin cùng chuyên mục</div>%s</div>
%s
</div>
<div class="col-right">%s</div></div>
<div class="footer"><div class="wrap"><ul class="menu-footer">%s</ul>
<p><strong>BÁO GIAO THÔNG VẬN TẢI</strong> - Cơ quan của Bộ Xây dựng</p><p>Giấy phép số 98/GP-BVHTTDL ngày 11/4/2025. Tổng Biên tập: Nguyễn Hồng Quân</p>
<p>Tòa soạn: số 8 Nguyễn Khuyến, phường Văn Miếu - Quốc Tử Giám, Hà Nội. Điện thoại: 024 3942 2577. Văn phòng đại diện miền Trung: số 16 Quang Trung, phường Cẩm Thành, tỉnh Quảng Ngãi.</p></div></div>
<script type="text/javascript">%s</script>
<script type="text/javascript">%s</script>""" % (
        menu, menu, esc(art["title"]), share_bar(art["url"]), esc(plain(art["blocks"][0][1])), body, art["url"],
        news_cards(rng, site, 12, "item", img_cdn="https://giaothongvantai.com.vn/stores", with_sapo=True, path="/xa-hoi/"),
        "\n".join(boxes[:4]), "\n".join(boxes[4:]), menu,
        minified_js(rng, 18, "window.GTVT"), minified_js(rng, 10, "window.GTVTAds"))
    return html_page(head, b, body_attr=' class="news-detail"')


# x20 -- provincial paper on NukeViet 4: NFD text with numeric entities
@page("x20")
def r_x20(art, rng):
    site, cdn = "https://angiangmoi.vn", "https://angiangmoi.vn/uploads/news/2026_04"

    def readmore(items):
        t, h = items[0]
        return '<p><em>Xem thêm: <a href="%s">%s</a></em></p>' % (attr(h), esc(t))
    body = render_blocks([b for b in art["blocks"] if b[0] != "lead"], rng, cdn, fig="nuke", readmore=readmore)
    lead = plain(art["blocks"][0][1])
    ent = lambda s: nfd_with_entities(rng, s)
    # text nodes (not tags) go through NFD + entities
    body = re.sub(r">([^<]+)<", lambda m: ">" + ent(m.group(1)) + "<", body)
    menu = "".join('<li><a title="%s" href="/news/%s/">%s</a></li>' % (attr(c), slugify(c), ent(esc(c))) for c in ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Biển đảo", "Pháp luật", "Quốc tế"])
    others = "".join('<li><a href="%s" title="%s">%s</a> <em>(%s)</em></li>' % (h, attr(t), ent(esc(t)), rand_date(3, 4)(rng)) for t, h in sidebar_items(rng, 10, site, path="/news/kinh-te/"))
    head = "\n".join([
        '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>%s - Báo An Giang Mới</title>" % esc(art["title"]),
        '<meta name="description" content="%s">' % attr(lead[:160]),
        '<meta name="generator" content="NukeViet v4.5">',
        '<meta property="og:title" content="%s">' % attr(art["title"]),
        '<meta property="og:type" content="article">',
        '<meta property="og:url" content="%s">' % art["url"],
        '<meta property="article:published_time" content="2026-04-09ICT07:20:00">',
        '<meta property="article:modified_time" content="2026-04-09ICT10:02:00">',
        '<meta property="article:section" content="Kinh tế">',
        '<link rel="StyleSheet" href="/themes/default/css/bootstrap.non-responsive.css"><link rel="StyleSheet" href="/themes/agm/css/style.css"><link rel="StyleSheet" href="/themes/agm/css/news.css">',
        '<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Agm1x",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_is_recaptcha=0;</script>',
        '<script src="/assets/js/jquery/jquery.min.js"></script><script src="/assets/js/language/vi.js"></script><script src="/assets/js/global.js"></script><script src="/themes/agm/js/news.js"></script><script src="/themes/agm/js/main.js"></script>',
    ])
    b = """<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8"><a title="Báo An Giang Mới" href="/"><img src="/uploads/logo-agm.png" width="360" height="80" alt="Báo An Giang Mới" /></a></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch"><form action="/seek/" method="get"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..." name="q"><button type="submit" class="btn btn-info" data-url="/seek/?q=">%s</button></form></div></div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow"><ul class="nav navbar-nav">%s</ul></div></div></div></nav>
<section><div class="container" id="body">
<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix"><div class="col-xs-24 col-sm-18 col-md-18"><div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li><a href="/" title="Trang nhất"><span>Trang nhất</span></a></li><li><a href="/news/kinh-te/" title="Kinh tế"><span>%s</span></a></li></ul></div></div></div>
<div class="current-time col-xs-24 col-sm-6 col-md-6 text-right">%s</div></div></div></div></nav>
<div class="row"><div class="col-md-18">
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">%s</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">%s</span></div><div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/sendmail/kinh-te/phu-quoc-26418.html','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li><li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('/print/kinh-te/phu-quoc-26418.html','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul></div></div>
<div class="clearfix"><div class="hometext m-bottom" itemprop="description">%s</div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
%s
</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>PV</strong></p></div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><a title="Phú Quốc" href="/news/tag/phu-quoc"><em>Phú Quốc</em></a>, <a title="APEC 2027" href="/news/tag/apec-2027"><em>APEC 2027</em></a>, <a title="hạ tầng" href="/news/tag/ha-tang"><em>hạ tầng</em></a></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: 45 trong 10 đánh giá</p><span itemscope itemtype="https://schema.org/AggregateRating"><span class="hidden d-none hide" itemprop="itemReviewed" itemscope itemtype="https://schema.org/CreativeWork"><span class="hidden d-none hide" itemprop="name">Phú Quốc</span></span>Xếp hạng: <span id="numberrating" itemprop="ratingValue">4.5</span> - <span id="click_rating" itemprop="ratingCount">10</span> phiếu bầu</span></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related list-items">%s</ul></div></div>
</div>
<div class="col-md-6"><div class="panel panel-primary"><div class="panel-heading">%s</div><div class="panel-body">%s</div></div>
<div class="panel panel-primary"><div class="panel-heading">%s</div><div class="panel-body"><p>%s</p></div></div></div>
</div></div></section>
<footer id="footer"><div class="wraper"><div class="container"><div class="row"><div class="col-xs-24 col-sm-24 col-md-12"><p><strong>%s</strong></p><p>%s</p><p>%s</p></div><div class="col-xs-24 col-sm-24 col-md-12"><p>%s</p><p>Powered by NukeViet CMS</p></div></div></div></div></footer>
</div></div>
<script src="/themes/agm/js/bootstrap.min.js"></script>""" % (
        svg("search"), menu, ent("Kinh tế"), ent("Chủ nhật - 22/11/2026 08:14"), ent(esc(art["title"])), ent("09/04/2026 07:20"),
        ent(esc(lead)), body, others, ent("Tin xem nhiều"), most_read(rng, site, 8, "", "list-most"), ent("Thống kê truy cập"),
        ent("Đang truy cập: 86 · Hôm nay: 3.402 · Tổng lượt truy cập: 12.664.903"),
        ent("BÁO AN GIANG MỚI"), ent("Cơ quan của Đảng bộ, chính quyền và Nhân dân tỉnh An Giang. Giấy phép số 204/GP-BVHTTDL ngày 06/8/2025."),
        ent("Địa chỉ: số 26 Tôn Đức Thắng, phường Long Xuyên, tỉnh An Giang. Điện thoại: 0296 3852 155"),
        ent("Tổng Biên tập: Lâm Quốc Khánh. Ghi rõ nguồn Báo An Giang Mới khi phát hành lại thông tin từ website này."))
    return html_page(head, b, body_attr=' class="sticky-header"')


# ------------------------------------------------------ pages without an article

N = {
    "n01": dict(kind="listing", platform="custom-php-html5", url="https://daklakmoi.vn/thoi-su/tin-trong-tinh?page=2", charset="utf-8"),
    "n02": dict(kind="search", platform="aspnet-webforms-labour-paper", url="https://laodongcongdoan.vn/tim-kiem.ldcd?q=nh%C3%A0+%E1%BB%9F+x%C3%A3+h%E1%BB%99i", charset="utf-8"),
    "n03": dict(kind="not_found", platform="drupal-provincial-paper", url="https://bacninhngaynay.vn/kinh-te/ha-tang-so-bac-ninh-dat-top-dau-225019", charset="utf-8"),
    "n04": dict(kind="challenge", platform="vddos-js-challenge", url="https://angiangmoi.vn/news/thoi-su/dac-khu-phu-quoc-don-khach-quoc-te-26977.html", charset="utf-8"),
}


@page("n01")
def r_n01(meta, rng):
    site = "https://daklakmoi.vn"
    items = []
    for t, h in sidebar_items(rng, 24, site, path="/thoi-su/"):
        d = rand_date(10, 11)(rng)
        items.append('<article class="story story--list"><a class="story__thumb" href="%s"><img class="lazyload" src="%s" data-src="https://cdn.daklakmoi.vn/thumb/%s.jpg" alt="%s"></a>'
                     '<div class="story__body"><h3 class="story__heading"><a href="%s">%s</a></h3><time class="story__time">%s %02d:%02d</time><p class="story__summary">%s</p></div></article>'
                     % (attr(h), GIF, hexid(rng, 12), attr(t), attr(h), esc(t), d, rng.randint(6, 21), rng.randint(0, 59), esc(rng.choice(SAPOS))))
    head = "\n".join(['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
                      "<title>Tin trong tỉnh - Trang 2 - Báo Đắk Lắk Mới</title>", '<link rel="canonical" href="%s/thoi-su/tin-trong-tinh">' % site,
                      '<link rel="prev" href="%s/thoi-su/tin-trong-tinh"><link rel="next" href="%s/thoi-su/tin-trong-tinh?page=3">' % (site, site),
                      '<link rel="stylesheet" href="/themes/dlm/css/main.min.css?v=2.4.19">', ga(rng)])
    b = """<div class="topbar"><div class="container"><span class="today">Chủ nhật, 22/11/2026</span><span class="weather">Buôn Ma Thuột <b>24°C</b> · Tuy Hòa <b>27°C</b></span></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/themes/dlm/img/logo.png" alt="Báo Đắk Lắk Mới"></a></div>
<nav class="nav"><div class="container"><a class="home" href="/">%s</a>%s</div></nav></header>
<main class="main"><div class="container"><div class="row"><div class="col-main">
<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li></ul>
<h1 class="cate-title">Tin trong tỉnh</h1>
<div class="cate-sub"><a href="/thoi-su/tin-trong-tinh" class="active">Tin trong tỉnh</a><a href="/thoi-su/quoc-phong-an-ninh">Quốc phòng - An ninh</a><a href="/thoi-su/chuyen-doi-so">Chuyển đổi số</a><a href="/thoi-su/dai-hoi-dang">Đại hội Đảng các cấp</a></div>
<div class="list-news">%s</div>
<nav class="pagination"><a href="/thoi-su/tin-trong-tinh">‹</a><a href="/thoi-su/tin-trong-tinh">1</a><span class="current">2</span><a href="/thoi-su/tin-trong-tinh?page=3">3</a><a href="/thoi-su/tin-trong-tinh?page=4">4</a><a href="/thoi-su/tin-trong-tinh?page=3">›</a></nav>
</div><aside class="col-side">%s</aside></div></div></main>
%s""" % (svg("home"), mega_menu(rng, CATS, "main-menu", 3), "\n".join(items), most_read(rng, site, 8),
         footer_block("BÁO ĐẮK LẮK MỚI", "Tỉnh ủy Đắk Lắk", "Giấy phép hoạt động báo điện tử số 214/GP-BVHTTDL ngày 12/8/2025. Tổng Biên tập: Trần Quang Vinh.",
                      "số 8 Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk", "0262 3852 456", "toasoan@daklakmoi.vn"))
    return html_page(head, b, body_attr=' class="page-category"')


@page("n02")
def r_n02(meta, rng):
    site = "https://laodongcongdoan.vn"
    res = []
    for t in ["Kỳ 1: Mười hai mét vuông cho cả gia đình", "Kỳ 2: Nhà ở xã hội - vướng ở đâu?", "Kỳ 3: Doanh nghiệp chung tay lo chỗ ở cho người lao động",
              "Công nhân được vay mua nhà ở xã hội với lãi suất ưu đãi", "Khởi công dự án nhà ở xã hội 1.200 căn gần khu công nghiệp",
              "Đề xuất công đoàn đầu tư nhà lưu trú cho công nhân", "Nhà ở xã hội cho thuê: Lời giải cho công nhân thu nhập thấp?",
              "Hơn 300 công nhân nhận quyết định mua nhà ở xã hội", "Tháo gỡ vướng mắc pháp lý cho các dự án nhà ở xã hội",
              "Giá nhà ở xã hội tăng, công nhân càng khó với tới", "Người lao động có thể thuê nhà ở xã hội từ năm 2027"]:
        res.append('<div class="search-item"><h3><a href="/xa-hoi/%s-%d.ldcd">%s</a></h3><p class="date">%s</p><p>%s</p></div>'
                   % (slugify(t), rng.randint(1200000, 1360000), esc(t), rand_date(3, 11)(rng), esc(rng.choice(SAPOS))))
    head = "\n".join(['<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />', "<title>\n\tTìm kiếm | Báo Lao Động Công Đoàn\n</title>",
                      '<meta name="robots" content="noindex, follow" />', '<link href="/App_Themes/LDCD/css/style.css?v=20260901" type="text/css" rel="stylesheet" />', ga(rng)])
    cats = ["Thời sự", "Công đoàn", "Việc làm", "Xã hội", "Pháp luật", "Kinh tế", "Bất động sản", "Văn hóa", "Thể thao", "Quốc tế", "Bạn đọc", "Sức khỏe"]
    topmenu = "".join('<li><a href="/%s.ldcd">%s</a></li>' % (slugify(c), esc(c)) for c in cats)
    b = """<form name="aspnetForm" method="post" action="./tim-kiem.ldcd?q=nh%%C3%%A0+%%E1%%BB%%9F+x%%C3%%A3+h%%E1%%BB%%99i" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" /></div>
<div id="wrapper"><div id="header"><div class="header-top"><span class="date">Chủ nhật, 22/11/2026</span></div>
<div class="header-logo"><a href="/"><img src="/App_Themes/LDCD/images/logo.png" alt="Báo Lao Động Công Đoàn" /></a></div><div class="menu-main"><ul>%s</ul></div></div>
<div id="content"><div class="col-left"><div class="search-page">
<div class="search-box"><input name="ctl00$mainContent$txtKeyword" type="text" value="nhà ở xã hội" id="ctl00_mainContent_txtKeyword" /><select name="ctl00$mainContent$ddlTime"><option value="0">Mọi thời gian</option><option value="7">1 tuần</option><option value="30">1 tháng</option><option value="365">1 năm</option></select><input type="submit" name="ctl00$mainContent$btnSearch" value="Tìm kiếm" /></div>
<p class="search-summary">Tìm thấy <b>284</b> kết quả cho từ khóa "<b>nhà ở xã hội</b>"</p>
<div class="search-result">%s</div>
<div class="pager"><span class="current">1</span><a href="javascript:__doPostBack('ctl00$mainContent$pager','2')">2</a><a href="javascript:__doPostBack('ctl00$mainContent$pager','3')">3</a><a href="javascript:__doPostBack('ctl00$mainContent$pager','4')">4</a><a href="javascript:__doPostBack('ctl00$mainContent$pager','29')">Cuối</a></div>
</div></div><div class="col-right">%s%s</div></div>
<div id="footer"><p><strong>BÁO LAO ĐỘNG CÔNG ĐOÀN</strong> - Cơ quan của Liên đoàn Lao động TP Hồ Chí Minh</p><p>Giấy phép số 109/GP-BVHTTDL ngày 15/8/2025. Tổng Biên tập: Nguyễn Thị Kim Oanh</p></div></div>
<div><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" /></div></form>""" % (
        b64(rng, 9000), topmenu, "\n".join(res),
        '<div class="box-side"><div class="box-side-title">Tin mới nhất</div>%s</div>' % ul_links(sidebar_items(rng, 10, site)),
        '<div class="box-side"><div class="box-side-title">Đọc nhiều</div>%s</div>' % ul_links(sidebar_items(rng, 10, site)), b64(rng, 400))
    return html_page(head, b)


@page("n03")
def r_n03(meta, rng):
    site = "https://bacninhngaynay.vn"
    menu = "".join('<li class="menu-item"><a href="/%s">%s</a></li>' % (slug, esc(n)) for slug, n in CATS)
    head = "\n".join(['<meta charset="utf-8" />', '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />',
                      '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
                      "<title>Không tìm thấy trang | Báo Bắc Ninh Ngày Nay</title>",
                      '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css" />' % hexid(rng, 43),
                      '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"system\\/404","currentLanguage":"vi"},"user":{"uid":0}}</script>', ga(rng)])
    sections = "".join('<div class="block block-views"><h2>%s</h2><div class="view-content">%s</div></div>' % (esc(t), news_cards(rng, site, 8, "views-row", img_cdn=site + "/sites/default/files", with_sapo=True))
                       for t in ["Tin mới nhất", "Kinh tế", "Xã hội"])
    b = """<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="site-header"><div class="region region-header-top"><div class="field__item">Chủ nhật, 22/11/2026</div></div>
<div class="region region-header"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/bnnn/logo.svg" alt="Trang chủ" /></a></div>
<nav role="navigation" class="block block-menu navigation menu--main"><ul class="menu">%s</ul></nav></header>
<main role="main"><div class="layout-content"><div class="region region-content">
<div class="block block-core block-page-title-block"><h1 class="page-title">Không tìm thấy trang</h1></div>
<div class="block block-system block-system-main-block"><p>Trang bạn yêu cầu không tồn tại hoặc đã được chuyển sang địa chỉ khác.</p><p>Bạn có thể quay về <a href="/">trang chủ</a> hoặc sử dụng chức năng tìm kiếm dưới đây.</p>
<form action="/search/node" method="get"><input type="search" name="keys" placeholder="Nhập từ khóa" /><input type="submit" value="Tìm kiếm" /></form></div>
%s
</div></div>
<aside class="layout-sidebar-second" role="complementary">%s</aside></main>
<footer role="contentinfo" class="site-footer"><p><strong>BÁO BẮC NINH NGÀY NAY</strong></p><p>Cơ quan của Đảng bộ, chính quyền và Nhân dân tỉnh Bắc Ninh. Giấy phép số 199/GP-BVHTTDL ngày 25/7/2025.</p><p>Tổng Biên tập: Nguyễn Thị Thu Hằng. Địa chỉ: số 6 Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh.</p></footer>
</div></div>
<script src="/core/misc/drupal.js?v=10.3.6"></script>""" % (menu, sections, most_read(rng, site, 8, "Đọc nhiều", "block block-views"))
    return html_page(head, b, body_attr=' class="path-system"')


@page("n04")
def r_n04(meta, rng):
    # An anti-DDoS JavaScript challenge: an obfuscated string table and a cookie set before reloading.
    strings = ["'%s'" % b64(rng, rng.randint(6, 18)).rstrip("=") for _ in range(900)]
    table = "var _0x%s=[%s];" % (hexid(rng, 4), ",".join(strings))
    key, iv, val = hexid(rng, 32), hexid(rng, 32), hexid(rng, 32)
    h = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>vDDoS Proxy Protection</title>
<style>html,body{height:100%%;margin:0;font-family:Arial,Helvetica,sans-serif;background:#f6f7f9;color:#333}.box{max-width:520px;margin:12%% auto 0;text-align:center}.spinner{width:42px;height:42px;border:4px solid #ddd;border-top-color:#1a73e8;border-radius:50%%;margin:0 auto 18px;animation:s 1s linear infinite}@keyframes s{to{transform:rotate(360deg)}}small{color:#888}</style>
<script>%s
(function(_0x1,_0x2){var _0x3=function(_0x4){while(--_0x4){_0x1['push'](_0x1['shift']());}};_0x3(++_0x2);}(_0x%s,0x1a3));
function toNumbers(d){var e=[];d.replace(/(..)/g,function(d){e.push(parseInt(d,16))});return e}
function toHex(){for(var d=[],d=1==arguments.length&&arguments[0].constructor==Array?arguments[0]:arguments,e="",f=0;f<d.length;f++)e+=(16>d[f]?"0":"")+d[f].toString(16);return e.toLowerCase()}
</script>
<script src="/vddos/aes.min.js"></script>
</head>
<body>
<div class="box">
<div class="spinner"></div>
<h1 style="font-size:20px">Đang kiểm tra trình duyệt của bạn...</h1>
<p>Vui lòng chờ trong giây lát, hệ thống sẽ tự động chuyển đến trang bạn yêu cầu.</p>
<p>Please wait while we are checking your browser...</p>
<noscript><p><b>Vui lòng bật JavaScript và cookie để tiếp tục.</b></p></noscript>
<small>Protected by vDDoS Proxy Protection · Ray ID: %s</small>
</div>
<script>var a=toNumbers("%s"),b=toNumbers("%s"),c=toNumbers("%s");document.cookie="__vddosk="+toHex(slowAES.decrypt(c,2,a,b))+"; max-age=21600; path=/";setTimeout(function(){location.href="%s"},1500);</script>
</body>
</html>
""" % (table, table.split("=")[0][7:], hexid(rng, 16), key, iv, val, meta["url"])
    return h


# ------------------------------------------------------------------ output

CHARSET = {"x04": "windows-1258", "x19": None}


def build():
    """name -> (page bytes, sidecar bytes)"""
    out = {}
    for name in sorted(A):
        art = A[name]
        rng = random.Random("%s:%s" % (SET, name))
        text = PAGES[name](art, rng)
        cs = CHARSET.get(name, "utf-8")
        data = to_cp1258(text) if cs == "windows-1258" else text.encode("utf-8")
        side = {"kind": "article", "platform": art["platform"], "url": art["url"], "charset": cs,
                "title": art["title"], "published_at": art["published_at"], "author": art["author"],
                "body": gold_body(art["blocks"])}
        out[name] = (data, side)
    for name in sorted(N):
        meta = N[name]
        rng = random.Random("%s:%s" % (SET, name))
        text = PAGES[name](meta, rng)
        side = {k: meta[k] for k in ("kind", "platform", "url", "charset")}
        out[name] = (text.encode("utf-8"), side)
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(outdir, exist_ok=True)
    for name, (data, side) in build().items():
        with open(os.path.join(outdir, name + ".html"), "wb") as f:
            f.write(data)
        with open(os.path.join(outdir, name + ".json"), "wb") as f:
            f.write((json.dumps(side, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


if __name__ == "__main__":
    main()
