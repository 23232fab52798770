#!/usr/bin/env python3
"""Builds blind-d pages: NAME.html + NAME.json from texts.py. Deterministic."""
import json, random, unicodedata, html, base64, os
from html.entities import codepoint2name
from texts import A

OUT = os.path.dirname(os.path.abspath(__file__))
E = html.escape

HEAD = ["Chủ tịch UBND tỉnh kiểm tra tiến độ dự án đường cao tốc", "Hội nghị tổng kết công tác cải cách hành chính",
 "Triển khai Tháng hành động vì an toàn thực phẩm", "Ra mắt tổ công nghệ số cộng đồng", "Khai mạc Hội chợ nông sản và sản phẩm OCOP",
 "Tăng cường phòng, chống dịch bệnh trên đàn gia súc", "Hướng dẫn đăng ký xét tuyển đại học năm 2026", "Thông báo lịch tiếp công dân tháng 12",
 "Lãnh đạo tỉnh thăm, chúc Tết gia đình chính sách", "Ký kết chương trình phối hợp tuyên truyền pháp luật", "Giải chạy vì sức khỏe cộng đồng",
 "Tập huấn kỹ năng phòng cháy chữa cháy cho hộ kinh doanh", "Đón nhận Huân chương Lao động hạng Ba", "Phát động Tết trồng cây đời đời nhớ ơn Bác Hồ",
 "Hội thi Bí thư chi bộ giỏi năm 2025", "Kiểm tra công tác chuẩn bị kỳ thi tốt nghiệp THPT", "Hỗ trợ nông dân chuyển đổi cơ cấu cây trồng",
 "Công bố quyết định bổ nhiệm cán bộ", "Tọa đàm về chuyển đổi số trong doanh nghiệp nhỏ và vừa", "Tuyên dương gương người tốt việc tốt",
 "Khánh thành nhà văn hóa thôn", "Đối thoại với thanh niên về khởi nghiệp", "Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư",
 "Sơ kết 6 tháng thực hiện Nghị quyết của Tỉnh ủy", "Thông báo tuyển dụng viên chức năm 2026", "Hiến máu tình nguyện đợt 3"]
MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Văn bản pháp luật", "Thủ tục hành chính", "Dịch vụ công",
 "Chỉ đạo điều hành", "Quy hoạch - Kế hoạch", "Thông tin tuyên truyền", "Hỏi đáp", "Liên hệ"]
SUB = ["Tin trong tỉnh", "Tin trong nước", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Giáo dục", "Y tế", "Nông nghiệp", "Chuyển đổi số"]

def rnd(name): return random.Random(name)
def dates(r, n):
    return ["%02d/%02d/2025" % (r.randint(1, 28), r.randint(7, 12)) for _ in range(n)]

def menu(r, ul="nav", li="", a=""):
    s = ['<ul class="%s">' % ul]
    for m in MENU:
        s.append('<li class="%s"><a class="%s" href="/%s">%s</a><ul class="sub">' % (li, a, r.randint(10, 999), m))
        for x in r.sample(SUB, 4): s.append('<li><a href="/c/%d">%s</a></li>' % (r.randint(1, 99), x))
        s.append('</ul></li>')
    s.append('</ul>'); return "\n".join(s)

def related(r, title, n=6, cls="other-news", fmt="{t} ({d})", tag="h3"):
    ds = dates(r, n); s = ['<div class="%s"><%s>%s</%s><ul>' % (cls, tag, title, tag)]
    for t, d in zip(r.sample(HEAD, n), ds):
        s.append('<li><a href="/tin/%d">%s</a></li>' % (r.randint(1000, 99999), fmt.format(t=E(t), d=d)))
    s.append('</ul></div>'); return "\n".join(s)

def sidebar(r, kinds=("docs", "counter", "poll", "links", "video", "weather")):
    s = ['<aside class="sidebar">']
    for k in kinds:
        if k == "docs":
            s.append('<div class="box"><div class="box-title">Văn bản mới</div><ul>')
            for i in range(5): s.append('<li><a href="/vb/%d">Quyết định số %d/QĐ-UBND ngày %s</a></li>' % (i, r.randint(100, 3000), dates(r, 1)[0]))
            s.append('</ul></div>')
        elif k == "counter":
            s.append('<div class="box"><div class="box-title">Thống kê truy cập</div><p>Đang truy cập: %d</p><p>Hôm nay: %d</p><p>Tổng lượt truy cập: %s</p></div>' % (r.randint(10, 300), r.randint(500, 5000), format(r.randint(10**6, 10**7), ",").replace(",", ".")))
        elif k == "poll":
            s.append('<div class="box poll"><div class="box-title">Thăm dò ý kiến</div><p>Bạn đánh giá thế nào về giao diện Cổng thông tin?</p><form><label><input type="radio" name="p"> Đẹp</label><label><input type="radio" name="p"> Bình thường</label><label><input type="radio" name="p"> Chưa đẹp</label><button>Bình chọn</button> <a href="#">Xem kết quả</a></form></div>')
        elif k == "links":
            s.append('<div class="box"><div class="box-title">Liên kết website</div><select><option>-- Chọn liên kết --</option><option>Cổng TTĐT Chính phủ</option><option>Cổng Dịch vụ công quốc gia</option><option>Báo Nhân Dân</option></select></div>')
        elif k == "video":
            s.append('<div class="box"><div class="box-title">Video</div><video src="/v/%d.mp4" controls></video><ul><li><a href="#">Phóng sự: %s</a></li><li><a href="#">Bản tin thời sự ngày %s</a></li></ul></div>' % (r.randint(1, 99), r.choice(HEAD), dates(r, 1)[0]))
        elif k == "weather":
            s.append('<div class="box weather"><div class="box-title">Thời tiết</div><span>%d°C</span> <span>Nhiều mây, có mưa rào</span></div>' % r.randint(18, 34))
        elif k == "cal":
            s.append('<div class="box"><div class="box-title">Lịch công tác</div><table class="cal"><tr><th>T2</th><th>T3</th><th>T4</th><th>T5</th><th>T6</th><th>T7</th><th>CN</th></tr>' + "".join("<tr>" + "".join("<td>%d</td>" % (w*7+d+1) for d in range(7)) + "</tr>" for w in range(4)) + '</table></div>')
    s.append('</aside>'); return "\n".join(s)

def footer(site, addr):
    return ('<footer class="footer"><p><strong>%s</strong></p><p>Địa chỉ: %s</p><p>Điện thoại: 0209.3822.xxx - Email: vanphong@gov.vn</p>'
            '<p>Chịu trách nhiệm chính: Chánh Văn phòng</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>') % (site, addr)

SCRIPTS = '''<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-XYZ123');</script>
<script>$(function(){$('.nav li').hover(function(){$(this).find('ul').stop().slideToggle(150);});$('#fontUp').click(function(){var s=parseInt($('.content').css('font-size'));$('.content').css('font-size',(s+1)+'px');});});</script>'''
STYLE = '<style>body{font-family:Arial,sans-serif;font-size:14px}.nav>li{float:left}.sub{display:none}.box{margin-bottom:10px;border:1px solid #ddd}.box-title{background:#b30000;color:#fff;padding:5px}</style>'

def share():
    return '<div class="tools"><a href="javascript:window.print()">In bài</a> | <a href="#">Gửi email</a> | <a id="fontUp" href="#">A+</a> <a href="#">A-</a> | <a href="https://www.facebook.com/sharer/sharer.php">Chia sẻ Facebook</a> <a href="#">Zalo</a></div>'

def comment_form():
    return '<div class="comment"><h4>Ý kiến bạn đọc</h4><form><input placeholder="Họ và tên"><input placeholder="Email"><textarea placeholder="Nội dung ý kiến"></textarea><input placeholder="Mã xác nhận"><button>Gửi ý kiến</button></form></div>'

def gold_body(a):
    out = [a['lead']] if a.get('lead') else []
    for b in a['blocks']:
        k = b[0]
        if k in ('p', 'h', 'strong'): out.append(b[1])
        elif k in ('ul', 'ol'): out += b[1]
        elif k == 'table': out += [c for row in b[1] for c in row if c.strip()]
        elif k == 'quote': out += [b[1], b[2]]
        elif k == 'img': out.append(b[1])
    return "\n\n".join(out)

def nb(t, on):
    # put one &nbsp; after the first comma
    return E(t).replace(", ", ",&nbsp;", 1) if on else E(t)

def render(a, cap="figcaption", h="h2", nbsp=False, spacer=False, pcls=None, img="/uploads/2025/anh.jpg", table_cls="table"):
    s = []; pc = ' class="%s"' % pcls if pcls else ''
    for i, b in enumerate(a['blocks']):
        k = b[0]
        if k == 'p':
            s.append('<p%s>%s</p>' % (pc, nb(b[1], nbsp and i % 2 == 0)))
            if spacer: s.append('<p>&nbsp;</p>')
        elif k == 'h':
            s.append('<p><strong>%s</strong></p>' % E(b[1]) if h == 'strong' else '<%s>%s</%s>' % (h, E(b[1]), h))
        elif k == 'strong': s.append('<p><strong>%s</strong></p>' % E(b[1]))
        elif k in ('ul', 'ol'): s.append('<%s>%s</%s>' % (k, "".join('<li>%s</li>' % E(x) for x in b[1]), k))
        elif k == 'table':
            rows = b[1]
            s.append('<table class="%s" border="1" cellpadding="4"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (table_cls,
                "".join('<th>%s</th>' % E(c) for c in rows[0]),
                "".join('<tr>%s</tr>' % "".join('<td>%s</td>' % E(c) for c in r) for r in rows[1:])))
        elif k == 'quote':
            s.append('<blockquote><p>%s</p><p><em>%s</em></p></blockquote>' % (E(b[1]), E(b[2])))
        elif k == 'img':
            c = E(b[1])
            if cap == 'figcaption': s.append('<figure class="image"><img src="%s" alt="" width="700"><figcaption>%s</figcaption></figure>' % (img, c))
            elif cap == 'tablerow': s.append('<table class="image-table" align="center"><tbody><tr><td><img src="%s" width="600"></td></tr><tr><td style="text-align:center"><em>%s</em></td></tr></tbody></table>' % (img, c))
            elif cap == 'pem': s.append('<p style="text-align:center"><img src="%s" width="600"></p><p style="text-align:center"><em>%s</em></p>' % (img, c))
            elif cap == 'divcaption': s.append('<div class="image"><img src="%s" alt="%s"><div class="caption">%s</div></div>' % (img, c, c))
            elif cap == 'wp': s.append('<div id="attachment_88" class="wp-caption aligncenter" style="width:710px"><img class="size-large wp-image-88" src="%s" width="700"><p class="wp-caption-text">%s</p></div>' % (img, c))
            elif cap == 'font': s.append('<p align="center"><img src="%s"></p><p align="center"><font size="2"><i>%s</i></font></p>' % (img, c))
    return "\n".join(s)

def byline_html(a, tpl='<p style="text-align:right"><strong>{}</strong></p>'):
    if not a.get('byline'): return ''
    lab = a.get('byline_label', '')
    return "\n".join(tpl.format(E((lab if i == 0 else '') + x)) for i, x in enumerate(a['byline']))

def src_html(a, tpl='<p style="text-align:right"><em>{}</em></p>'):
    return tpl.format(E(a['source'])) if a.get('source') else ''

def pad(r, n):
    """Extra chrome: hidden mega-menu/sitemap in footer to grow a page to realistic size."""
    s = ['<div class="sitemap" style="display:none">']
    for i in range(n):
        s.append('<a href="/tin/%d">%s</a>' % (r.randint(1, 10**6), E(r.choice(HEAD))))
    s.append('</div>'); return "\n".join(s)

def css(r, n):
    props = ["margin:0 auto", "padding:4px 8px", "color:#333", "font-size:13px", "line-height:1.5", "border-bottom:1px dotted #ccc", "background:#f5f5f5", "display:block", "text-decoration:none", "font-weight:bold"]
    sel = ["header", "nav", "footer", ".box", ".title", ".date", ".menu li a", ".list li", ".btn", ".col", ".row", ".tools a", ".breadcrumb"]
    return "<style>" + "\n".join("%s%s{%s}" % (r.choice(sel), "-%d" % i, ";".join(r.sample(props, 4))) for i in range(n)) + "</style>"

def doc(head, body, lang="vi", doctype="<!DOCTYPE html>"):
    return '%s\n<html lang="%s">\n<head>\n%s\n</head>\n<body>\n%s\n</body>\n</html>\n' % (doctype, lang, head, body)

PAGES = []
def page(name, platform, url, charset, kind="article", enc="utf-8"):
    def deco(f):
        PAGES.append((name, platform, url, charset, kind, enc, f)); return f
    return deco

def cp1258(s):
    out = []
    for c in s:
        try: c.encode('cp1258'); out.append(c); continue
        except UnicodeEncodeError: pass
        d = unicodedata.normalize('NFD', c); base, marks = d[0], d[1:]
        done = False
        for j in range(len(marks)):
            two = unicodedata.normalize('NFC', base + marks[j])
            if len(two) == 1:
                try: two.encode('cp1258'); out.append(two + marks[:j] + marks[j+1:]); done = True; break
                except UnicodeEncodeError: pass
        if not done: out.append(d)
    return "".join(out).encode('cp1258')

def main():
    import pages  # registers templates
    rows = []
    for name, platform, url, charset, kind, enc, f in PAGES:
        a = A.get(name.split('-')[0], {})
        text = f(a, rnd(name))
        text = unicodedata.normalize('NFC', text)
        data = cp1258(text) if enc == 'cp1258' else text.encode(enc)
        open(os.path.join(OUT, name + '.html'), 'wb').write(data)
        j = {"kind": kind, "platform": platform, "url": url, "charset": charset}
        if kind == 'article':
            j.update(title=a['title'], published_at=a['published_at'], author=a['author'], body=unicodedata.normalize('NFC', " ".join(gold_body(a).split(" "))))
        open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8').write(json.dumps(j, ensure_ascii=False, indent=1) + "\n")
        rows.append((name, platform, len(data) / 1024, kind))
    for r in rows: print("%-40s %-24s %6.1f KB %s" % r)

if __name__ == '__main__':
    import sys; sys.modules['make'] = sys.modules['__main__']; main()
