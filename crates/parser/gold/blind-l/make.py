#!/usr/bin/env python3
"""Generator for the blind-l gold set (government, Party and mass-organisation portals,
second round). Deterministic: every random choice comes from random.Random("blind-l:NAME");
no clock is read. Usage: python3 make.py [OUTDIR]  (default: this file's directory).
All article texts, people, figures and quotes are invented."""
import base64
import html
import json
import os
import random
import re
import sys
import unicodedata

SET = "blind-l"
CRAWL_HEADER = "Chủ nhật, ngày 22/11/2026"   # 22/11/2026 is a Sunday

E = html.escape


def rng_for(name):
    return random.Random(SET + ":" + name)


# ---------------------------------------------------------------- inline markup
# Article texts may carry **bold** and __italic__ markers; gold strips them.

def inline(text, bold="strong", ital="em"):
    s = E(text, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", lambda m: "<%s>%s</%s>" % (bold, m.group(1), bold), s)
    s = re.sub(r"__(.+?)__", lambda m: "<%s>%s</%s>" % (ital, m.group(1), ital), s)
    return s


def plain(text):
    return text.replace("**", "").replace("__", "")


def named_entities(s):
    """TinyMCE/FCKeditor style: Latin-1 letters as named entities, the rest raw."""
    out = []
    for ch in s:
        cp = ord(ch)
        if 160 <= cp <= 255 and cp in html.entities.codepoint2name:
            out.append("&%s;" % html.entities.codepoint2name[cp])
        else:
            out.append(ch)
    return "".join(out)


def to_cp1258(s):
    """Vietnamese windows-1258 form: precomposed base letters (â ê ô ơ ư ă đ),
    tone marks as combining characters when no precomposed glyph exists."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
        tone = "".join(c for c in d if c in tones)
        out += (base + tone).encode("cp1258")
    return bytes(out)


# ---------------------------------------------------------------- gold body

def gold_body(art):
    parts = []
    if art.get("lead"):
        parts.append(plain(art["lead"]))
    for b in art["blocks"]:
        t = b[0]
        if t in ("p", "h", "li", "oli", "quote", "cap"):
            parts.append(plain(b[1]))
        elif t == "table":
            for row in b[1]:
                for cell in row:
                    parts.append(plain(cell))
        elif t in ("img",):
            pass
        else:
            raise ValueError(t)
    return "\n\n".join(parts)


# ---------------------------------------------------------------- body rendering

def render_blocks(blocks, st, img_base="/images/tin"):
    """st: dict of style options.
    p: 'p' | 'p-justify' | 'div' | 'br' | 'p-span'
    cap: 'table' | 'figure' | 'wp' | 'div' | 'p-em' | 'tandan'
    h: heading tag or 'p-strong'
    """
    pstyle = st.get("p", "p")
    out = []
    br_buf = []
    n_img = [0]

    def img_src():
        n_img[0] += 1
        return "%s/%s-%02d.jpg" % (img_base, st.get("slug", "anh"), n_img[0])

    def flush_br():
        if br_buf:
            out.append("<br>\n<br>\n".join(br_buf) + "<br>\n")
            br_buf.clear()

    i = 0
    while i < len(blocks):
        b = blocks[i]
        t = b[0]
        if t == "p":
            txt = inline(b[1], st.get("bold", "strong"), st.get("ital", "em"))
            if pstyle == "br":
                br_buf.append(txt)
            else:
                flush_br()
                if pstyle == "p":
                    out.append("<p>%s</p>" % txt)
                elif pstyle == "p-justify":
                    out.append('<p style="text-align: justify;">%s</p>' % txt)
                elif pstyle == "p-span":
                    out.append('<p class="MsoNormal" style="text-align:justify;text-indent:36pt;">'
                               '<span style="font-size:14pt;font-family:&quot;Times New Roman&quot;;">%s</span></p>' % txt)
                elif pstyle == "div":
                    out.append('<div style="text-align: justify;">%s</div>' % txt)
            i += 1
            continue
        flush_br()
        if t == "h":
            h = st.get("h", "h3")
            if h == "p-strong":
                out.append("<p><strong>%s</strong></p>" % E(b[1]))
            else:
                out.append("<%s>%s</%s>" % (h, E(b[1]), h))
        elif t in ("li", "oli"):
            tag = "ul" if t == "li" else "ol"
            items = []
            while i < len(blocks) and blocks[i][0] == t:
                items.append("<li>%s</li>" % inline(blocks[i][1]))
                i += 1
            out.append("<%s>\n%s\n</%s>" % (tag, "\n".join(items), tag))
            continue
        elif t == "quote":
            out.append("<blockquote><p>%s</p></blockquote>" % inline(b[1]))
        elif t == "table":
            rows = []
            for r, row in enumerate(b[1]):
                tag = "td"
                cells = "".join('<%s style="border:1px solid #999;padding:4px;">%s</%s>' % (tag, ("<strong>%s</strong>" % E(c)) if r == 0 else E(c), tag) for c in row)
                rows.append("<tr>%s</tr>" % cells)
            out.append('<table border="1" cellpadding="4" cellspacing="0" style="width:100%%;border-collapse:collapse;">\n<tbody>\n%s\n</tbody>\n</table>' % "\n".join(rows))
        elif t == "cap":
            src = img_src()
            cap = st.get("cap", "figure")
            c = inline(b[1])
            if cap == "table":
                out.append('<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" style="width:100%%;">'
                           '<tbody><tr><td><img alt="%s" src="%s" style="width:100%%;"></td></tr>'
                           '<tr><td class="image_desc" style="text-align:center;"><em>%s</em></td></tr></tbody></table>'
                           % (E(st.get("alt", "ảnh")), src, c))
            elif cap == "figure":
                out.append('<figure class="image"><img src="%s" alt="%s" loading="lazy"><figcaption>%s</figcaption></figure>'
                           % (src, E(st.get("alt", "ảnh")), c))
            elif cap == "wp":
                out.append('<figure id="attachment_%d" aria-describedby="caption-attachment-%d" style="width: 800px" class="wp-caption aligncenter">'
                           '<img decoding="async" class="size-full wp-image-%d" src="%s" alt="" width="800" height="533">'
                           '<figcaption id="caption-attachment-%d" class="wp-caption-text">%s</figcaption></figure>'
                           % (4100 + n_img[0], 4100 + n_img[0], 4100 + n_img[0], src, 4100 + n_img[0], c))
            elif cap == "div":
                out.append('<div class="img-news" style="text-align:center;"><img src="%s" alt="%s"><div class="caption-img" style="font-style:italic;">%s</div></div>'
                           % (src, E(st.get("alt", "ảnh")), c))
            elif cap == "p-em":
                out.append('<p style="text-align: center;"><img src="%s" alt="" width="700"></p>\n<p style="text-align: center;"><em>%s</em></p>'
                           % (src, c))
            elif cap == "tandan":
                out.append('<div class="tandan-image"><table class="tandan-image-table" align="center" width="90%%"><tr><td align="center"><img src="%s" border="0"></td></tr>'
                           '<tr><td class="tandan-image-desc" align="center"><i>%s</i></td></tr></table></div>' % (src, c))
        elif t == "img":
            src = img_src()
            out.append('<p style="text-align:center;"><img src="%s" alt="%s"></p>' % (src, E(st.get("alt", ""))))
        else:
            raise ValueError(t)
        i += 1
    flush_br()
    return "\n".join(out)


# ---------------------------------------------------------------- chrome pools

HEADLINES = [
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ sáu, nhiệm kỳ 2025 - 2030",
    "Tăng cường công tác dân vận trong thực hiện chính quyền địa phương hai cấp",
    "Khai mạc Hội chợ Nông sản an toàn và sản phẩm OCOP năm 2026",
    "Triển khai kế hoạch cao điểm tấn công, trấn áp tội phạm dịp cuối năm",
    "Tổng kết 10 năm phong trào “Dân vận khéo” khu vực cơ quan nhà nước",
    "Hướng dẫn thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất sau sắp xếp",
    "Trao 150 suất học bổng “Tiếp sức đến trường” cho học sinh vùng khó",
    "Đối thoại giữa người đứng đầu cấp ủy với Nhân dân về thủ tục hành chính",
    "Ra mắt mô hình “Khu dân cư không rác thải nhựa” tại 12 thôn, tổ dân phố",
    "Tập huấn kỹ năng số cho cán bộ Mặt trận và đoàn thể cơ sở",
    "Kiểm tra công tác chuẩn bị Đại hội điểm chi bộ thôn nhiệm kỳ 2027 - 2030",
    "Hội thi Báo cáo viên, tuyên truyền viên giỏi cấp tỉnh năm 2026",
    "Phát động Tháng hành động vì bình đẳng giới và phòng ngừa bạo lực trên cơ sở giới",
    "Khánh thành nhà văn hóa thôn Nà Pản sau 8 tháng thi công",
    "Ký kết chương trình phối hợp giữa Công an tỉnh và Hội Nông dân tỉnh",
    "Sơ kết công tác tuyển quân, chuẩn bị giao nhận quân năm 2027",
    "Bồi dưỡng lý luận chính trị cho đảng viên mới đợt II năm 2026",
    "Hỗ trợ người dân khôi phục sản xuất sau đợt mưa lũ tháng 10",
    "Giải chạy “Vì an toàn giao thông” thu hút hơn 2.000 vận động viên",
    "Công bố quyết định thành lập Trung tâm Phục vụ hành chính công xã",
    "Đoàn công tác của Ban Dân vận Trung ương làm việc tại tỉnh",
    "Giao ban khối Dân vận quý IV năm 2026",
    "Tuyên dương 86 điển hình “Dân vận khéo” giai đoạn 2021 - 2026",
    "Nghiệm thu mô hình trồng cam sành theo tiêu chuẩn VietGAP",
    "Cấp phát miễn phí 3.000 mũ bảo hiểm cho học sinh lớp 1",
    "Hội nghị đối thoại với đoàn viên, người lao động khu công nghiệp",
    "Khởi công xây dựng cầu dân sinh bản Khe Ngang",
    "Lấy ý kiến Nhân dân vào dự thảo quy hoạch chung xã đến năm 2045",
    "Phòng, chống rét cho đàn gia súc vùng cao trong mùa đông",
    "Thăm, tặng quà gia đình chính sách nhân dịp Ngày Thương binh - Liệt sĩ",
    "Xây dựng tổ chức đảng trong doanh nghiệp khu vực ngoài nhà nước",
    "Hội nghị tập huấn công tác kiểm tra, giám sát của Mặt trận",
    "Khai giảng lớp trung cấp lý luận chính trị khóa 2026 - 2027",
    "Đẩy mạnh thanh toán không dùng tiền mặt trong dịch vụ công",
    "Hội thao quốc phòng lực lượng dân quân tự vệ năm 2026",
    "Trao Huy hiệu 40, 45, 50 năm tuổi Đảng đợt 7/11",
    "Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư số 5",
    "Công đoàn cơ sở tổ chức “Bữa cơm Công đoàn” cho công nhân",
    "Phụ nữ xã vùng biên với mô hình “Tiết kiệm vì chị em nghèo”",
    "Cựu chiến binh tham gia giữ gìn an ninh trật tự khu dân cư",
    "Tuổi trẻ ra quân “Ngày Chủ nhật xanh” lần thứ IV",
    "Bàn giao nhà “Đại đoàn kết” cho hộ nghèo thôn Làng Mới",
    "Kiểm tra an toàn thực phẩm bếp ăn tập thể trường học",
    "Triển khai tiêm vắc xin sởi cho trẻ từ 1 đến 5 tuổi",
    "Khám sàng lọc bệnh không lây nhiễm cho người cao tuổi",
]


def news_items(rng, n, start_day=21, month=11, fmt="{d:02d}/{m:02d}/2026", avoid=()):
    hs = [h for h in HEADLINES if h not in avoid]
    rng.shuffle(hs)
    out = []
    d, m = start_day, month
    for h in hs[:n]:
        out.append((h, fmt.format(d=d, m=m), rng.randint(1000, 99999)))
        step = rng.choice([0, 1, 1, 2, 3])
        d -= step
        if d < 1:
            m -= 1
            d += 30
    return out


def box_list(rng, title, n, cls="box-news", start_day=20, show_date=True, date_fmt="({date})", link="/tin-tuc/{slug}-{id}.html", avoid=()):
    items = []
    for h, dt, id_ in news_items(rng, n, start_day=start_day, avoid=avoid):
        slug = slugify(h)
        ds = (' <span class="date">%s</span>' % E(date_fmt.format(date=dt))) if show_date else ""
        items.append('<li><a href="%s" title="%s">%s</a>%s</li>' % (link.format(slug=slug, id=id_), E(h), E(h), ds))
    return '<div class="%s">\n<div class="box-title"><h3>%s</h3></div>\n<ul>\n%s\n</ul>\n</div>' % (cls, E(title), "\n".join(items))


def slugify(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:80].rstrip("-")


def mega_menu(rng, sections, cls="menu", sub_cls="sub-menu", link_prefix="/"):
    out = ['<ul class="%s">' % cls]
    for title, subs in sections:
        out.append('<li class="menu-item"><a href="%s%s">%s</a>' % (link_prefix, slugify(title), E(title)))
        if subs:
            out.append('<ul class="%s">' % sub_cls)
            for s in subs:
                out.append('<li><a href="%s%s/%s">%s</a></li>' % (link_prefix, slugify(title), slugify(s), E(s)))
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)


GOV_MENU = [
    ("Trang chủ", []),
    ("Giới thiệu", ["Tổng quan", "Lịch sử", "Điều kiện tự nhiên", "Cơ cấu tổ chức", "Chức năng, nhiệm vụ", "Lãnh đạo qua các thời kỳ", "Danh bạ điện thoại"]),
    ("Tin tức - Sự kiện", ["Tin hoạt động", "Chính trị", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Tin trong nước", "Tin địa phương", "Thông báo"]),
    ("Chính quyền", ["HĐND", "UBND", "Các sở, ban, ngành", "UBND các xã, phường", "Đơn vị sự nghiệp"]),
    ("Văn bản", ["Văn bản chỉ đạo điều hành", "Văn bản quy phạm pháp luật", "Văn bản dự thảo lấy ý kiến", "Công báo"]),
    ("Dịch vụ công", ["Cổng dịch vụ công quốc gia", "Thủ tục hành chính", "Tra cứu hồ sơ", "Đánh giá mức độ hài lòng"]),
    ("Công khai", ["Ngân sách", "Đầu tư công", "Quy hoạch", "Đất đai", "Mua sắm công"]),
    ("Chuyển đổi số", ["Chính quyền số", "Kinh tế số", "Xã hội số", "Đề án 06"]),
    ("Hỏi đáp", ["Gửi câu hỏi", "Câu hỏi thường gặp"]),
    ("Liên hệ", []),
]

PARTY_MENU = [
    ("Trang chủ", []),
    ("Giới thiệu", ["Lịch sử Đảng bộ", "Ban Chấp hành", "Ban Thường vụ", "Thường trực", "Các ban Đảng", "Đảng bộ trực thuộc"]),
    ("Tin tức", ["Hoạt động của lãnh đạo", "Xây dựng Đảng", "Công tác dân vận", "Tuyên giáo", "Kiểm tra, giám sát", "Nội chính"]),
    ("Nghiên cứu - Trao đổi", ["Lý luận chính trị", "Thực tiễn", "Bảo vệ nền tảng tư tưởng của Đảng"]),
    ("Học tập và làm theo Bác", ["Gương điển hình", "Chuyên đề năm 2026"]),
    ("Văn bản", ["Văn kiện Đảng", "Văn bản của Tỉnh ủy", "Văn bản của Trung ương"]),
    ("Dân vận khéo", ["Mô hình hay", "Điển hình tiên tiến"]),
    ("Media", ["Video", "Ảnh", "Infographic"]),
]

WIDGET_LINKS = [
    "Cổng thông tin điện tử Chính phủ", "Báo điện tử Đảng Cộng sản Việt Nam", "Tạp chí Cộng sản",
    "Cổng dịch vụ công quốc gia", "Hệ thống văn bản quy phạm pháp luật", "Tạp chí Dân vận",
    "Mặt trận Tổ quốc Việt Nam", "Thư viện pháp luật", "Đài Truyền hình Việt Nam",
]


def links_select(title="Liên kết website"):
    opts = "".join('<option value="https://lienket.example.vn/%s">%s</option>' % (slugify(x), E(x)) for x in WIDGET_LINKS)
    return '<div class="weblink"><div class="box-title">%s</div><select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>%s</select></div>' % (E(title), opts)


def counter_box(rng, style="vn"):
    online = rng.randint(50, 900)
    total = rng.randint(1_000_000, 40_000_000)
    today = rng.randint(900, 20000)
    return ('<div class="counter"><div class="box-title">Thống kê truy cập</div>'
            '<p>Đang trực tuyến: <b>%s</b></p><p>Hôm nay: <b>%s</b></p><p>Tổng lượt truy cập: <b>%s</b></p></div>'
            % ("{:,}".format(online).replace(",", "."), "{:,}".format(today).replace(",", "."), "{:,}".format(total).replace(",", ".")))


def ga_script(rng, tag=None):
    tag = tag or "G-%s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
    return ('<script async src="https://www.googletagmanager.com/gtag/js?id=%s"></script>\n'
            "<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', '%s');</script>" % (tag, tag))


def font_tools_script():
    return ("<script>\nfunction changeFontSize(d){var el=document.querySelector('.news-content, .journal-content-article, .article-body, #noidung, .entry-content, .ExternalClass, .content-detail');"
            "if(!el)return;var s=parseInt(window.getComputedStyle(el).fontSize,10)||15;s=Math.max(12,Math.min(24,s+d));el.style.fontSize=s+'px';}\n"
            "function printArticle(){var w=window.open('','_blank');w.document.write(document.title);w.print();}\n</script>")


def junk_script(rng, n=40):
    """Inline script of the kind portals ship (menu config, banner rotation)."""
    lines = ["var _portalCfg = {"]
    for i in range(n):
        lines.append('  "m%03d": {"id": %d, "url": "/c/%d", "pos": %d, "hash": "%s"},' % (
            i, rng.randint(1000, 9999), rng.randint(100, 999), i, "%032x" % rng.getrandbits(128)))
    lines.append('  "end": true};')
    lines.append("(function(){var b=document.querySelectorAll('.banner-item');var i=0;setInterval(function(){if(!b.length)return;b[i].style.display='none';i=(i+1)%b.length;b[i].style.display='block';},5000);})();")
    return "<script type=\"text/javascript\">\n" + "\n".join(lines) + "\n</script>"


def viewstate(rng, nbytes):
    raw = bytes(rng.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(raw).decode("ascii")


def css_block(rng, n=30):
    rules = []
    for i in range(n):
        rules.append(".c%03d{margin:%dpx %dpx;padding:%dpx;color:#%06x;font-size:%dpx}" % (
            i, rng.randint(0, 20), rng.randint(0, 20), rng.randint(0, 10), rng.getrandbits(24), rng.randint(11, 18)))
    return "<style>\n" + "\n".join(rules) + "\n</style>"


def cmt_form(action="/binh-luan"):
    return ('<div class="comment-form"><h3>Ý kiến bạn đọc</h3><form method="post" action="%s">'
            '<p><label>Họ và tên (*)</label><input type="text" name="hoten"></p>'
            '<p><label>Email (*)</label><input type="email" name="email"></p>'
            '<p><label>Nội dung (*)</label><textarea name="noidung" rows="5"></textarea></p>'
            '<p><label>Mã xác nhận</label><input type="text" name="captcha"> <img src="/captcha.ashx" alt="captcha"></p>'
            '<p><button type="submit">Gửi ý kiến</button> <button type="reset">Nhập lại</button></p></form></div>' % action)


def share_tools():
    return ('<div class="share-tools"><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php" class="fb">Facebook</a> '
            '<a href="https://zalo.me/share" class="zalo">Zalo</a> <a href="javascript:void(0)" onclick="printArticle()">In bài viết</a> '
            '<a href="javascript:void(0)" onclick="changeFontSize(1)">A+</a> <a href="javascript:void(0)" onclick="changeFontSize(-1)">A-</a> '
            '<a href="mailto:?subject=Chia%20se">Gửi email</a></div>')


def write_page(outdir, name, html_text, side, encoding="utf-8"):
    path = os.path.join(outdir, name + ".html")
    if encoding == "windows-1258":
        data = to_cp1258(html_text)
    else:
        data = html_text.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    with open(os.path.join(outdir, name + ".json"), "wb") as f:
        f.write((json.dumps(side, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def article_side(platform, url, charset, art):
    return {
        "kind": "article",
        "platform": platform,
        "url": url,
        "charset": charset,
        "title": art["title"],
        "published_at": art["published_at"],
        "author": art["author"],
        "body": gold_body(art),
    }


# ================================================================ article texts (invented)

A = {}

A["l01"] = dict(
    title="Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ công tác năm 2027",
    published_at="2026-11-18T08:30:00+07:00",
    author="Nguyễn Thị Hồng Nhung, Ban Tuyên giáo và Dân vận Tỉnh ủy",
    lead="Sáng 17/11, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác 10 tháng năm 2026, bàn giải pháp triển khai nhiệm vụ năm 2027 trong bối cảnh bộ máy chính quyền địa phương hai cấp đã đi vào vận hành ổn định.",
    blocks=[
        ("p", "Đồng chí Hoàng Minh Quyết, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có lãnh đạo các phòng chuyên môn, đại diện Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh."),
        ("p", "Theo báo cáo, 10 tháng qua, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành 14 văn bản chỉ đạo về công tác tuyên giáo và dân vận; tổ chức 6 hội nghị học tập, quán triệt nghị quyết cho hơn 4.200 cán bộ chủ chốt cấp tỉnh và cấp xã. Công tác nắm bắt tình hình tư tưởng trong cán bộ, đảng viên và Nhân dân được thực hiện thường xuyên, nhất là tại 38 xã, phường mới hình thành sau sắp xếp."),
        ("cap", "Đồng chí Hoàng Minh Quyết phát biểu kết luận hội nghị."),
        ("p", "Phong trào thi đua “Dân vận khéo” tiếp tục lan tỏa với 312 mô hình được công nhận ở cấp cơ sở, trong đó nhiều mô hình gắn với chuyển đổi số như “Tổ công nghệ số cộng đồng”, “Bản tin Zalo thôn bản”. Việc giải quyết đơn thư, kiến nghị của Nhân dân có chuyển biến, tỷ lệ kiến nghị được trả lời đúng hạn đạt 96,4%."),
        ("p", "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: công tác tuyên truyền ở một số xã vùng sâu chưa phong phú; đội ngũ làm công tác dân vận cấp xã còn kiêm nhiệm nhiều việc, kỹ năng tiếp xúc, đối thoại với Nhân dân chưa đồng đều."),
        ("p", "Phát biểu kết luận, đồng chí Hoàng Minh Quyết đề nghị các phòng tập trung tham mưu tổng kết công tác năm 2026, chuẩn bị tốt các điều kiện phục vụ Đại hội chi bộ thôn, tổ dân phố nhiệm kỳ 2027 - 2030; đổi mới cách làm theo hướng “sát cơ sở, nói ngắn, làm ngay”, lấy sự hài lòng của Nhân dân làm thước đo."),
        ("p", "Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy trao Giấy khen cho 5 tập thể và 9 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2026."),
    ],
)

A["l02"] = dict(
    title="Tập huấn nghiệp vụ văn thư, lưu trữ cho công chức cấp xã sau sắp xếp",
    published_at="2026-11-20T15:40:00+07:00",
    author="Minh Châu",
    lead=None,
    blocks=[
        ("p", "Trong hai ngày 19 và 20/11, Sở Nội vụ tổ chức lớp tập huấn nghiệp vụ văn thư, lưu trữ và quản lý văn bản điện tử cho gần 300 công chức văn phòng của 99 xã, phường trên địa bàn tỉnh."),
        ("cap", "Quang cảnh lớp tập huấn tại Hội trường Sở Nội vụ."),
        ("p", "Tại lớp tập huấn, các học viên được giảng viên của Chi cục Văn thư - Lưu trữ hướng dẫn về thể thức và kỹ thuật trình bày văn bản hành chính theo quy định mới; quy trình tiếp nhận, số hóa, lập hồ sơ điện tử và nộp lưu hồ sơ vào lưu trữ cơ quan; cách sử dụng chữ ký số chuyên dùng trên hệ thống quản lý văn bản và điều hành của tỉnh."),
        ("p", "Nội dung được nhiều học viên quan tâm là việc bàn giao, chỉnh lý khối tài liệu của các huyện và xã cũ sau khi kết thúc hoạt động. Theo thống kê của Sở Nội vụ, toàn tỉnh hiện còn khoảng 1.850 mét giá tài liệu chưa được chỉnh lý, chủ yếu là hồ sơ đất đai, hộ tịch và xây dựng cơ bản."),
        ("cap", "Học viên thực hành ký số và lập hồ sơ điện tử trên hệ thống."),
        ("p", "Ông Đặng Văn Khiêm, Phó Giám đốc Sở Nội vụ đề nghị các xã, phường bố trí kho lưu trữ tạm bảo đảm an toàn, không để thất lạc, hư hỏng tài liệu; chậm nhất đến quý II/2027 hoàn thành việc lập danh mục hồ sơ, tài liệu tiếp nhận từ các đơn vị hành chính cũ."),
        ("cap", "Ông Đặng Văn Khiêm, Phó Giám đốc Sở Nội vụ phát biểu bế mạc lớp tập huấn."),
    ],
)

A["l03"] = dict(
    title="Xã Tân Lập ra quân tổng vệ sinh môi trường cuối năm",
    published_at="2026-11-21T09:05:00+07:00",
    author="Thu Hà",
    lead=None,
    blocks=[
        ("p", "Sáng 21/11, UBND xã Tân Lập phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức ra quân tổng vệ sinh môi trường, hưởng ứng phong trào “Ngày Chủ nhật xanh” và chuẩn bị đón Tết Dương lịch 2027."),
        ("p", "Hơn 600 cán bộ, đoàn viên, hội viên và Nhân dân 14 thôn đã tham gia phát quang bụi rậm, khơi thông cống rãnh, thu gom rác thải dọc các tuyến đường liên thôn và khu vực chợ trung tâm. Kết thúc buổi ra quân, đã thu gom được khoảng 5 tấn rác thải, trồng mới 300 cây hoa giấy trên tuyến đường vào trụ sở xã."),
        ("p", "UBND xã đề nghị các thôn duy trì tổng vệ sinh vào sáng Chủ nhật cuối mỗi tháng, gắn với tiêu chí “Thôn sáng - xanh - sạch - đẹp” trong xây dựng nông thôn mới kiểu mẫu."),
    ],
)

A["l04"] = dict(
    title="Hội thi “Nhà nông đua tài” năm 2026: sân chơi bổ ích cho hội viên nông dân",
    published_at="2026-11-19T14:20:00+07:00",
    author="Hoàng Lực",
    lead="Ngày 18/11, Hội Nông dân tỉnh tổ chức chung kết Hội thi “Nhà nông đua tài” năm 2026 với sự tham gia của 12 đội thi đến từ các cụm xã, phường.",
    blocks=[
        ("p", "Hội thi gồm ba phần: chào hỏi, kiến thức và năng khiếu. Phần thi kiến thức tập trung vào các chủ đề ứng dụng khoa học kỹ thuật trong sản xuất lúa chất lượng cao, nuôi trồng thủy sản thích ứng xâm nhập mặn, tiêu thụ nông sản trên sàn thương mại điện tử và pháp luật về đất đai."),
        ("cap", "Đội thi xã Mỹ Hiệp trong phần thi chào hỏi."),
        ("p", "Nhiều đội thi đã mang đến sân khấu những tiểu phẩm sinh động, phản ánh câu chuyện chuyển từ trồng lúa ba vụ sang mô hình lúa - tôm, hay hành trình đưa trái xoài, khóm lên bán hàng qua livestream. Phần thi năng khiếu với các làn điệu đờn ca tài tử được khán giả cổ vũ nhiệt tình."),
        ("p", "Phát biểu tại hội thi, ông Trương Văn Được, Chủ tịch Hội Nông dân tỉnh cho biết hội thi là dịp để hội viên giao lưu, chia sẻ kinh nghiệm sản xuất, đồng thời tuyên truyền chủ trương của Đảng, chính sách của Nhà nước về nông nghiệp, nông dân, nông thôn."),
        ("cap", "Ban tổ chức trao giải Nhất cho đội xã Tân Thuận Bình."),
        ("p", "Kết quả, Ban tổ chức trao giải Nhất cho đội xã Tân Thuận Bình; 2 giải Nhì, 3 giải Ba và 6 giải Khuyến khích cho các đội còn lại. Đội đạt giải Nhất sẽ đại diện tỉnh tham gia hội thi khu vực đồng bằng sông Cửu Long vào quý I/2027."),
    ],
)

A["l05"] = dict(
    title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    published_at="2026-11-18T09:15:33+07:00",
    author="BBT",
    lead=None,
    blocks=[
        ("p", "Chào mừng 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), từ ngày 2 đến 16/11, Trường THPT Lê Quý Đôn tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027."),
        ("p", "Hội thi có 27 giáo viên thuộc 8 tổ chuyên môn đăng ký tham gia. Mỗi giáo viên trình bày một biện pháp nâng cao chất lượng giảng dạy và thực dạy hai tiết trên lớp, trong đó có ít nhất một tiết ứng dụng công nghệ thông tin hoặc tổ chức hoạt động trải nghiệm."),
        ("p", "Nhiều tiết dạy để lại ấn tượng như tiết Ngữ văn “Đọc hiểu văn bản nghị luận” của cô Phan Thị Thúy Vy với hình thức phiên tòa giả định, tiết Vật lí “Sóng dừng” của thầy Lương Công Trí sử dụng cảm biến và phần mềm mô phỏng, tiết Lịch sử của cô Hà Thị Mến tổ chức theo trạm học tập."),
        ("p", "Kết quả, Ban giám khảo công nhận 19 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường; chọn 6 giáo viên tiêu biểu tham dự hội thi cấp tỉnh. Ban giám hiệu nhà trường đề nghị các tổ chuyên môn tổ chức sinh hoạt chuyên đề, nhân rộng các tiết dạy hay trong toàn trường."),
    ],
)

A["l06"] = dict(
    title="Cựu chiến binh phường Hòa Xuân nhân rộng mô hình “Tổ tự quản an ninh trật tự”",
    published_at="2026-11-15T08:12:45+07:00",
    author="Đại tá Nguyễn Đức Cường",
    lead=None,
    blocks=[
        ("p", "Sau hai năm triển khai, mô hình “Tổ cựu chiến binh tự quản an ninh trật tự” của Hội Cựu chiến binh phường Hòa Xuân đã phát triển từ 3 tổ lên 17 tổ, với 164 hội viên tham gia, phủ kín các tổ dân phố trên địa bàn."),
        ("p", "Các tổ duy trì tuần tra vào buổi tối tại những tuyến đường vắng, khu vực nhà trọ công nhân; kịp thời phát hiện, cung cấp cho Công an phường 23 tin báo có giá trị, góp phần làm rõ 4 vụ trộm cắp tài sản. Hội viên còn tham gia hòa giải thành 31 vụ mâu thuẫn trong Nhân dân, không để phát sinh thành điểm nóng."),
        ("p", "Cựu chiến binh Lê Văn Sáu, 71 tuổi, tổ trưởng tổ dân phố số 9 chia sẻ: “Anh em chúng tôi nghỉ hưu nhưng còn sức khỏe, còn uy tín với bà con. Đi tuần vừa giữ bình yên cho xóm, vừa là dịp gặp gỡ, nắm tâm tư của người dân để phản ánh với chính quyền”."),
        ("p", "Tại hội nghị tổng kết mô hình tổ chức ngày 14/11, Hội Cựu chiến binh phường đã biểu dương 5 tập thể, 12 cá nhân tiêu biểu; đồng thời thống nhất mục tiêu năm 2027 tiếp tục phối hợp với Công an phường xây dựng thêm mô hình “Camera an ninh cựu chiến binh” tại các tổ dân phố giáp ranh."),
        ("p", "Với những kết quả đạt được, mô hình đã được Đảng ủy phường đánh giá là điểm sáng trong thực hiện phong trào “Dân vận khéo”, góp phần xây dựng phường văn minh, an toàn."),
    ],
)

A["l07"] = dict(
    title="Ngày hội “Thanh niên với chuyển đổi số” tại các xã vùng cao",
    published_at="2026-11-16T10:15:00+07:00",
    author="Lê Thu Trang",
    lead="Từ ngày 13 đến 15/11, Tỉnh đoàn phối hợp với Sở Khoa học và Công nghệ tổ chức chuỗi Ngày hội “Thanh niên với chuyển đổi số” tại 5 xã vùng cao biên giới.",
    blocks=[
        ("p", "Tại các điểm tổ chức, hơn 200 đoàn viên thanh niên trong các Tổ công nghệ số cộng đồng đã hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức 2; sử dụng dịch vụ công trực tuyến để đăng ký khai sinh, cấp phiếu lý lịch tư pháp; cài đặt ứng dụng ngân hàng và thanh toán không dùng tiền mặt."),
        ("p", "Ngày hội còn có gian trưng bày sản phẩm OCOP của thanh niên địa phương như chè Shan tuyết, mật ong bạc hà, miến dong; các buổi hướng dẫn chụp ảnh, quay video giới thiệu sản phẩm và bán hàng trên mạng xã hội."),
        ("cap", "Đoàn viên hướng dẫn người dân xã Lũng Pù kích hoạt tài khoản định danh điện tử."),
        ("p", "Theo Ban Thường vụ Tỉnh đoàn, qua 3 ngày, các tổ đã hỗ trợ kích hoạt 1.460 tài khoản định danh điện tử, hướng dẫn thực hiện 530 hồ sơ dịch vụ công trực tuyến và tặng 40 điện thoại thông minh cho hộ nghèo, học sinh có hoàn cảnh khó khăn."),
    ],
)

A["l08"] = dict(
    title="Triệt phá nhóm đối tượng tổ chức đánh bạc qua mạng",
    published_at="2026-11-06T16:45:00+07:00",
    author="Thiếu tá Trần Quốc Việt",
    lead=None,
    blocks=[
        ("p", "Ngày 5/11, Công an xã Phú Mỹ phối hợp với Phòng Cảnh sát hình sự Công an tỉnh khởi tố vụ án, khởi tố bị can đối với 4 đối tượng về hành vi tổ chức đánh bạc dưới hình thức cá độ bóng đá qua mạng."),
        ("p", "Qua công tác nắm tình hình, lực lượng Công an phát hiện Võ Thanh Tùng (SN 1991, trú tại ấp Bình Thạnh) cùng đồng bọn sử dụng tài khoản trên một trang cá độ có máy chủ đặt ở nước ngoài, cấp tài khoản cho người chơi và nhận tiền qua nhiều tài khoản ngân hàng khác nhau. Từ tháng 6 đến tháng 10/2026, số tiền giao dịch của nhóm đối tượng lên tới hơn 7,2 tỷ đồng."),
        ("p", "Khám xét khẩn cấp nơi ở của các đối tượng, cơ quan Công an thu giữ 9 điện thoại di động, 2 máy tính xách tay, 46 thẻ ngân hàng và nhiều tài liệu liên quan."),
        ("p", "Hiện vụ án đang được tiếp tục điều tra, mở rộng. Công an tỉnh khuyến cáo người dân không tham gia cá độ, đánh bạc qua mạng dưới mọi hình thức; khi phát hiện dấu hiệu vi phạm, kịp thời báo cho cơ quan Công an gần nhất."),
    ],
)

A["l09"] = dict(
    title="Chủ động phòng ngừa và kiểm soát bệnh đái tháo đường",
    published_at="2026-11-12T00:00:00+07:00",
    author="BS.CKII Nguyễn Thị Hạnh, Khoa Nội tiết",
    lead="Hưởng ứng Ngày Thế giới phòng chống đái tháo đường 14/11, Bệnh viện Đa khoa tỉnh khuyến cáo người dân chủ động thay đổi lối sống, khám sàng lọc định kỳ để phát hiện sớm và kiểm soát tốt bệnh.",
    blocks=[
        ("p", "Đái tháo đường là bệnh rối loạn chuyển hóa mạn tính, đặc trưng bởi tình trạng tăng glucose máu. Bệnh tiến triển âm thầm, nhiều người chỉ phát hiện khi đã có biến chứng ở mắt, thận, tim mạch hoặc bàn chân. Năm 2026, Khoa Nội tiết của bệnh viện tiếp nhận điều trị nội trú cho hơn 1.900 lượt bệnh nhân, trong đó gần 40% nhập viện vì biến chứng."),
        ("h", "Những ai cần khám sàng lọc?"),
        ("p", "Người dân nên đi khám và xét nghiệm đường máu nếu thuộc một trong các nhóm sau:"),
        ("oli", "Người từ 35 tuổi trở lên, kể cả khi không có triệu chứng;"),
        ("oli", "Người thừa cân, béo phì, ít vận động;"),
        ("oli", "Người có bố, mẹ hoặc anh chị em ruột mắc đái tháo đường;"),
        ("oli", "Phụ nữ từng bị đái tháo đường thai kỳ hoặc sinh con nặng trên 4 kg;"),
        ("oli", "Người mắc tăng huyết áp, rối loạn mỡ máu."),
        ("h", "Thay đổi lối sống là nền tảng"),
        ("p", "Chế độ ăn nên hạn chế cơm trắng, bánh mì trắng, nước ngọt, bánh kẹo; tăng cường rau xanh, ngũ cốc nguyên hạt, đạm từ cá, đậu phụ. Mỗi người cần vận động ít nhất 150 phút mỗi tuần, chẳng hạn đi bộ nhanh 30 phút mỗi ngày, 5 ngày trong tuần; không hút thuốc lá, hạn chế rượu bia."),
        ("p", "Với người đã được chẩn đoán, cần tuân thủ điều trị theo chỉ định của bác sĩ, không tự ý bỏ thuốc hoặc dùng các loại thuốc không rõ nguồn gốc được quảng cáo trên mạng xã hội; tự theo dõi đường máu tại nhà và tái khám đúng hẹn."),
        ("p", "Từ ngày 16 đến 20/11, Khoa Khám bệnh tổ chức đo đường máu mao mạch và tư vấn dinh dưỡng miễn phí cho người dân đến khám tại bệnh viện."),
    ],
)

A["l10"] = dict(
    title="Trao 200 suất quà hỗ trợ hộ dân bị thiệt hại do mưa lũ",
    published_at="2026-11-09T00:00:00+07:00",
    author="Văn phòng Hội",
    lead=None,
    blocks=[
        ("p", "Ngày 7/11, Hội Chữ thập đỏ tỉnh phối hợp với Công ty TNHH Xuất nhập khẩu Hòa Phong trao 200 suất quà cho các hộ dân bị thiệt hại do đợt mưa lũ cuối tháng 10 tại xã Sơn Thủy và xã Đông Sơn."),
        ("p", "Mỗi suất quà trị giá 1,5 triệu đồng, gồm tiền mặt, 20 kg gạo và các nhu yếu phẩm thiết yếu. Trước đó, Hội đã tiếp nhận 312 triệu đồng tiền mặt cùng nhiều hàng hóa của các tổ chức, cá nhân ủng hộ đồng bào vùng lũ."),
        ("p", "Dịp này, Hội Chữ thập đỏ tỉnh cũng trao 50 bộ dụng cụ vệ sinh và 300 gói viên khử khuẩn nước cho Trạm Y tế hai xã để hướng dẫn người dân vệ sinh môi trường, phòng dịch bệnh sau lũ."),
    ],
)

A["l11"] = dict(
    title="Công bố Danh mục văn bản quy phạm pháp luật của HĐND, UBND tỉnh hết hiệu lực toàn bộ hoặc một phần năm 2026",
    published_at="2026-11-17T09:20:41+07:00",
    author="Phòng Xây dựng và Kiểm tra văn bản",
    lead=None,
    blocks=[
        ("p", "Ngày 13/11/2026, Chủ tịch UBND tỉnh ký Quyết định số 2817/QĐ-UBND công bố Danh mục văn bản quy phạm pháp luật của HĐND, UBND tỉnh hết hiệu lực toàn bộ hoặc một phần trong năm 2026."),
        ("p", "Theo đó, có 38 văn bản hết hiệu lực toàn bộ (12 nghị quyết của HĐND tỉnh, 26 quyết định của UBND tỉnh) và 9 văn bản hết hiệu lực một phần. Nguyên nhân chủ yếu do văn bản được thay thế bằng văn bản mới, hoặc căn cứ pháp lý để ban hành đã hết hiệu lực sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp."),
        ("p", "Sở Tư pháp đề nghị các sở, ban, ngành, UBND các xã, phường cập nhật danh mục trên Cơ sở dữ liệu quốc gia về pháp luật; rà soát, tham mưu bãi bỏ hoặc thay thế các văn bản còn hiệu lực nhưng không còn phù hợp."),
        ("p", "Một số văn bản hết hiệu lực toàn bộ tiêu biểu:"),
        ("table", [
            ["STT", "Số, ký hiệu", "Ngày ban hành", "Trích yếu", "Lý do hết hiệu lực"],
            ["1", "15/2021/NQ-HĐND", "10/12/2021", "Quy định mức hỗ trợ cán bộ, công chức cấp xã dôi dư do sắp xếp đơn vị hành chính", "Được thay thế bởi Nghị quyết số 08/2026/NQ-HĐND"],
            ["2", "22/2022/QĐ-UBND", "05/8/2022", "Ban hành Quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh", "Được thay thế bởi Quyết định số 31/2026/QĐ-UBND"],
            ["3", "07/2023/QĐ-UBND", "16/3/2023", "Quy định phân cấp quản lý đường giao thông nông thôn cho UBND cấp huyện", "Căn cứ ban hành hết hiệu lực; không còn cấp huyện"],
            ["4", "41/2023/QĐ-UBND", "28/11/2023", "Quy định đơn giá bồi thường cây trồng, vật nuôi khi Nhà nước thu hồi đất", "Được thay thế bởi Quyết định số 19/2026/QĐ-UBND"],
            ["5", "03/2024/NQ-HĐND", "12/7/2024", "Quy định mức chi tiếp khách nước ngoài, tổ chức hội nghị quốc tế", "Được bãi bỏ bởi Nghị quyết số 02/2026/NQ-HĐND"],
        ]),
        ("p", "Toàn văn Quyết định và Danh mục được đăng tải trên Công báo tỉnh và mục Văn bản của Cổng Thông tin điện tử Sở Tư pháp."),
    ],
)

A["l12"] = dict(
    title="Phường Đông Hưng rút ngắn 40% thời gian giải quyết thủ tục hành chính",
    published_at="2026-11-17T07:45:00+07:00",
    author="Đỗ Thu Hằng",
    lead=None,
    blocks=[
        ("p", "__Sau hơn một năm vận hành mô hình chính quyền địa phương hai cấp, phường Đông Hưng (tỉnh Ninh Bình) đã giải quyết đúng và trước hạn 99,2% hồ sơ thủ tục hành chính, thời gian giải quyết bình quân giảm khoảng 40% so với trước sắp xếp.__"),
        ("p", "Phường Đông Hưng được thành lập trên cơ sở nhập toàn bộ diện tích, dân số của các phường Lộc Hạ, Lộc Vượng, Mỹ Xá và xã Mỹ Phúc thuộc thành phố Nam Định (tỉnh Nam Định cũ). Sau sắp xếp, phường có diện tích gần 22 km² với hơn 71.000 nhân khẩu, là một trong những đơn vị có khối lượng hồ sơ hành chính lớn nhất tỉnh."),
        ("p", "Để tránh ùn tắc trong những tháng đầu, phường bố trí 14 quầy tại Trung tâm Phục vụ hành chính công, trong đó có quầy riêng cho người cao tuổi và người khuyết tật; đồng thời duy trì 2 điểm tiếp nhận tại trụ sở xã Mỹ Phúc cũ để người dân không phải đi xa. Mỗi tổ dân phố có một “tổ công nghệ số cộng đồng” hướng dẫn bà con nộp hồ sơ trực tuyến."),
        ("p", "Năm 2026, phường tiếp nhận hơn 18.600 hồ sơ, tỷ lệ hồ sơ nộp trực tuyến đạt 78%. Các thủ tục về hộ tịch, chứng thực được trả kết quả trong ngày; thủ tục đăng ký đất đai lần đầu giảm từ 30 ngày xuống còn 17 ngày."),
        ("p", "Ông Vũ Đình Thắng, Chủ tịch UBND phường cho biết, thời gian tới phường tiếp tục số hóa hồ sơ đất đai của các đơn vị cũ, phấn đấu đến hết quý II/2027 hoàn thành số hóa toàn bộ 26.000 thửa đất, tạo thuận lợi cho người dân và doanh nghiệp."),
    ],
)

A["l13"] = dict(
    title="Ngày hội Đại đoàn kết toàn dân tộc ở thôn Đồng Tâm",
    published_at="2026-11-19T08:45:00+07:00",
    author="Ngọc Lan, Văn Tú",
    lead=None,
    blocks=[
        ("p", "Chiều 18/11, Ban Công tác Mặt trận thôn Đồng Tâm, xã Yên Khánh tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026, kỷ niệm 96 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2026)."),
        ("p", "Năm 2026, thôn Đồng Tâm có 97,3% hộ gia đình đạt danh hiệu “Gia đình văn hóa”; Nhân dân hiến hơn 1.200 m² đất, đóng góp 480 ngày công làm mới 1,6 km đường giao thông nội đồng; thành lập tổ hợp tác trồng rau an toàn với 32 hộ tham gia, thu nhập bình quân đạt 68 triệu đồng/người/năm."),
        ("cap", "Lãnh đạo xã trao Giấy khen cho các hộ gia đình tiêu biểu."),
        ("p", "Tại ngày hội, UBND xã trao Giấy khen cho 6 hộ gia đình tiêu biểu; Ủy ban MTTQ Việt Nam xã trao 10 suất quà cho hộ cận nghèo, gia đình có hoàn cảnh khó khăn. Sau phần lễ, bà con tham gia các trò chơi dân gian, thi nấu cơm và văn nghệ quần chúng."),
    ],
)

A["l14"] = dict(
    title="Diễn tập khu vực phòng thủ: dấu ấn “quân với dân một ý chí” ở vùng biên",
    published_at="2026-11-14T08:45:00+07:00",
    author="Đại úy Lê Văn Hùng, Phòng Chính trị Bộ CHQS tỉnh",
    lead="Không chỉ là đợt kiểm nghiệm khả năng lãnh đạo, chỉ đạo, điều hành tác chiến, cuộc diễn tập khu vực phòng thủ năm 2026 ở các xã biên giới còn để lại nhiều dấu ấn đẹp về tình quân dân, về “thế trận lòng dân” được vun đắp từ những việc làm cụ thể.",
    blocks=[
        ("h", "Chuẩn bị từ cơ sở"),
        ("p", "Năm 2026 là năm đầu tiên các xã, phường tổ chức diễn tập khu vực phòng thủ theo mô hình chính quyền địa phương hai cấp. Không còn cấp huyện làm “bà đỡ”, Đảng ủy, UBND các xã phải trực tiếp xây dựng văn kiện, tổ chức lực lượng, bảo đảm hậu cần cho hàng trăm người tham gia."),
        ("p", "Thượng tá Nguyễn Hữu Trọng, Phó Chỉ huy trưởng, Tham mưu trưởng Bộ CHQS tỉnh cho biết: Bộ CHQS tỉnh đã thành lập các tổ công tác giúp đỡ từng xã, từ khâu khảo sát địa hình, xác định ý định tác chiến đến luyện tập các tình huống. “Chúng tôi xác định giúp cơ sở là để cơ sở tự làm được, sau diễn tập phải để lại một hệ thống văn kiện dùng được và một đội ngũ cán bộ biết việc”, Thượng tá Nguyễn Hữu Trọng nói."),
        ("p", "Tại xã Thanh Thủy, xã biên giới có hơn 60% dân số là đồng bào dân tộc thiểu số, công tác chuẩn bị được bắt đầu từ tháng 5. Ban Chỉ huy Quân sự xã phối hợp với Đồn Biên phòng tổ chức 14 buổi tuyên truyền bằng tiếng Dao, tiếng Tày tại các thôn, giúp bà con hiểu ý nghĩa, mục đích của cuộc diễn tập và sẵn sàng tham gia."),
        ("cap", "Lực lượng dân quân xã Thanh Thủy luyện tập phương án chốt giữ điểm cao. Ảnh: Minh Hải"),
        ("h", "Những con số biết nói"),
        ("p", "Trong 3 tháng chuẩn bị và thực binh, lực lượng tham gia diễn tập đã đồng thời thực hiện nhiều phần việc dân vận:"),
        ("li", "sửa chữa, làm mới 4,5 km đường liên thôn và 2 cầu treo dân sinh;"),
        ("li", "giúp Nhân dân thu hoạch 18 ha lúa, ngô, làm 1.100 ngày công nạo vét kênh mương;"),
        ("li", "khám bệnh, cấp thuốc miễn phí cho 1.350 lượt người;"),
        ("li", "xây mới 3 nhà “Đại đoàn kết” và sửa chữa 7 nhà cho hộ nghèo, gia đình chính sách."),
        ("p", "Kinh phí cho các phần việc trên được huy động từ nguồn xã hội hóa, các doanh nghiệp trên địa bàn và ngày công của cán bộ, chiến sĩ, với tổng giá trị trên 3,6 tỷ đồng."),
        ("h", "Khi người dân là “người trong cuộc”"),
        ("p", "Điều đáng ghi nhận là người dân không đứng ngoài cuộc diễn tập. Ở thôn Nà Coóc, ông Hoàng Văn Sình, người có uy tín trong đồng bào Tày, đã vận động 12 hộ tạm di dời gia súc để lực lượng tổ chức luyện tập phương án sơ tán. Nhiều gia đình tự nguyện cho bộ đội mượn nhà, sân phơi làm nơi nghỉ, nấu ăn."),
        ("p", "“Bộ đội về ở cùng, làm cùng, dạy con cháu mình cách giữ đất giữ bản. Mình góp con gà, buồng chuối có đáng là bao”, ông Sình nói."),
        ("cap", "Cán bộ, chiến sĩ giúp đồng bào thôn Nà Coóc làm đường bê tông. Ảnh: Minh Hải"),
        ("p", "Trong giai đoạn thực binh ngày 11/11, các lực lượng đã xử trí 7 tình huống giả định, từ bảo vệ mục tiêu, chống bạo loạn, khắc phục sự cố sạt lở đến sơ tán Nhân dân khỏi khu vực nguy hiểm. Đoàn kiểm tra của Quân khu đánh giá cuộc diễn tập đạt loại giỏi, bảo đảm tuyệt đối an toàn người, vũ khí, trang bị."),
        ("h", "Bài học về xây dựng “thế trận lòng dân”"),
        ("p", "Rút kinh nghiệm sau diễn tập, Đảng ủy Bộ CHQS tỉnh xác định một số bài học: phải làm tốt công tác tư tưởng trước khi triển khai nhiệm vụ; phát huy vai trò người có uy tín, già làng, trưởng bản; gắn diễn tập với giải quyết những việc cụ thể, thiết thực cho dân."),
        ("p", "Đồng chí Bí thư Đảng ủy xã Thanh Thủy Triệu Văn Lâm chia sẻ, sau diễn tập, đội ngũ cán bộ xã trưởng thành rõ rệt về năng lực lãnh đạo, điều hành trong tình huống khẩn cấp. Đây cũng là “vốn” quan trọng để xã ứng phó với thiên tai, dịch bệnh - những thách thức không hề giả định ở vùng biên."),
        ("p", "Thời gian tới, Bộ CHQS tỉnh tiếp tục tham mưu cho Tỉnh ủy, UBND tỉnh chỉ đạo 18 xã, phường còn lại tổ chức diễn tập theo kế hoạch, trong đó lấy kinh nghiệm ở Thanh Thủy làm mẫu để nhân rộng."),
    ],
)

A["l15"] = dict(
    title="Phát huy sức mạnh khối đại đoàn kết, tạo đồng thuận trong thực hiện nhiệm vụ chính trị",
    published_at="2026-11-19T18:00:00+07:00",
    author="Quốc Bảo",
    lead="Phát biểu chỉ đạo tại Hội nghị tổng kết công tác dân vận năm 2026 ngày 19/11, đồng chí Phạm Thanh Sơn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy nhấn mạnh công tác dân vận phải đi trước một bước, nhất là ở những nơi có dự án lớn, có nhiều biến động về đất đai và lao động.",
    blocks=[
        ("p", "Hội nghị do Ban Thường vụ Tỉnh ủy tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến 102 điểm cầu xã, phường. Báo cáo tại hội nghị cho thấy, năm 2026, công tác dân vận của hệ thống chính trị tiếp tục có chuyển biến; nhiều vụ việc phức tạp về đất đai, môi trường được giải quyết dứt điểm từ cơ sở; 98% kiến nghị của cử tri được trả lời."),
        ("p", "Đánh giá cao những kết quả đạt được, đồng chí Bí thư Tỉnh ủy chỉ rõ, việc hợp nhất tỉnh và tổ chức chính quyền địa phương hai cấp là cuộc cách mạng về tổ chức bộ máy, tác động trực tiếp tới tâm tư, tình cảm của cán bộ và Nhân dân. Đồng chí nói:"),
        ("quote", "“Năm qua, chúng ta đi qua một giai đoạn chưa có tiền lệ: hai tỉnh về chung một nhà, gần một nửa số đầu mối cấp xã được sắp xếp lại, hàng nghìn cán bộ thay đổi vị trí công tác. Vậy mà tình hình chính trị, xã hội vẫn ổn định, Nhân dân vẫn đồng thuận, đó là nhờ công tác dân vận đã đi trước, đi cùng và đi sau mỗi quyết sách. Thành quả ấy không phải của riêng ngành dân vận, mà của cả hệ thống chính trị biết lắng nghe dân.”"),
        ("p", "Tuy nhiên, đồng chí cũng thẳng thắn nhìn nhận còn tình trạng một số cấp ủy, chính quyền cơ sở “khoán trắng” công tác dân vận cho Mặt trận và đoàn thể; có nơi đối thoại với dân còn hình thức, “hỏi cho có”, kiến nghị của dân chậm được giải quyết dẫn đến khiếu kiện kéo dài."),
        ("quote", "“Dân vận không phải là việc của ban dân vận. Dân vận là phong cách làm việc của mỗi cán bộ, từ Bí thư Tỉnh ủy đến công chức một cửa ở xã. Người dân đánh giá chúng ta không qua báo cáo, mà qua việc một bộ hồ sơ được giải quyết nhanh hay chậm, một con đường được làm có minh bạch hay không, một lời hứa có được thực hiện hay không. Tôi đề nghị mỗi đồng chí bí thư cấp ủy cơ sở mỗi tháng ít nhất một lần xuống thôn, tổ dân phố, ngồi với dân, nghe dân nói và trả lời dân bằng việc làm cụ thể.”"),
        ("p", "Về nhiệm vụ năm 2027, đồng chí Bí thư Tỉnh ủy yêu cầu tập trung vào 4 nhóm nhiệm vụ trọng tâm: nâng cao chất lượng đối thoại giữa người đứng đầu với Nhân dân; làm tốt công tác vận động trong giải phóng mặt bằng các dự án cao tốc, khu công nghiệp; chăm lo đời sống công nhân, người lao động và đồng bào dân tộc thiểu số; đẩy mạnh chuyển đổi số trong công tác dân vận."),
        ("quote", "“Chúng ta có khẩu hiệu rất hay là ‘dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng’. Năm 2027, tôi muốn nghe ít khẩu hiệu hơn và thấy nhiều việc làm hơn. Cuối năm, chúng ta sẽ hỏi lại dân: đời sống của bà con có tốt hơn không, bà con có hài lòng hơn không. Đó mới là thước đo thật của công tác dân vận.”"),
        ("p", "Tại hội nghị, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 24 tập thể, 37 cá nhân có thành tích xuất sắc trong thực hiện phong trào thi đua “Dân vận khéo” năm 2026."),
    ],
)

A["l16"] = dict(
    title="Trao 15 “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn về nhà ở",
    published_at="2026-11-13T14:05:00+07:00",
    author="PV",
    lead="Ngày 12/11, Liên đoàn Lao động tỉnh tổ chức trao quyết định hỗ trợ xây dựng, sửa chữa 15 “Mái ấm Công đoàn” cho đoàn viên, người lao động có hoàn cảnh khó khăn về nhà ở.",
    blocks=[
        ("p", "Tổng kinh phí hỗ trợ là 750 triệu đồng, trích từ Quỹ Xã hội Công đoàn tỉnh và nguồn vận động của các doanh nghiệp. Mỗi trường hợp xây mới được hỗ trợ 60 triệu đồng, sửa chữa 30 triệu đồng."),
        ("p", "Những đoàn viên được hỗ trợ đều là công nhân đang làm việc tại các khu công nghiệp, giáo viên mầm non hợp đồng và nhân viên y tế tuyến xã, có thu nhập thấp, nhà ở xuống cấp hoặc chưa có nhà ở ổn định. Chị Lò Thị Hoa, công nhân Công ty TNHH May mặc Thành Công, xúc động cho biết gia đình chị đã ở nhờ nhà người thân suốt 5 năm, nay có thêm khoản hỗ trợ để hoàn thiện căn nhà nhỏ trước Tết."),
        ("p", "Từ năm 2021 đến nay, Công đoàn tỉnh đã hỗ trợ xây dựng, sửa chữa 186 “Mái ấm Công đoàn” với tổng kinh phí hơn 8,9 tỷ đồng."),
    ],
)

A["l17"] = dict(
    title="Phụ nữ xã Quảng Phú chung tay xây dựng “Tuyến đường hoa phụ nữ”",
    published_at="2026-11-16T15:02:11+07:00",
    author="Vũ Thị Mai",
    lead=None,
    blocks=[
        ("p", "Hưởng ứng cuộc vận động “Xây dựng gia đình 5 không, 3 sạch”, những ngày giữa tháng 11, Hội Liên hiệp Phụ nữ xã Quảng Phú ra quân xây dựng và gắn biển “Tuyến đường hoa phụ nữ” tại 9 chi hội."),
        ("cap", "Hội viên chi hội thôn Phú Lễ trồng hoa dọc tuyến đường liên thôn."),
        ("p", "Mỗi chi hội nhận chăm sóc từ 500 m đến 1 km đường; hội viên tự đóng góp cây giống, ngày công, vận động con em xa quê hỗ trợ kinh phí mua chậu, hệ thống tưới nhỏ giọt. Tổng chiều dài các tuyến đường hoa đạt hơn 7,4 km với các loại hoa mười giờ, hoa giấy, cúc bốn mùa."),
        ("cap", "Tuyến đường hoa dài 1 km tại thôn Phú Thọ sau khi hoàn thành."),
        ("p", "Bà Trần Thị Nhàn, Chủ tịch Hội LHPN xã cho biết, điều quý nhất không phải là những con đường đẹp hơn mà là tinh thần đoàn kết, gắn bó của chị em. Các chi hội phân công lịch chăm sóc theo tổ phụ nữ, mỗi tổ phụ trách một đoạn, cuối tháng chấm điểm, biểu dương tổ làm tốt."),
        ("cap", "Lãnh đạo Hội LHPN xã gắn biển công trình tại chi hội thôn Phú Lộc."),
        ("p", "Dịp này, Hội LHPN xã trao 3 suất vốn không lãi từ nguồn “Tiết kiệm vì chị em nghèo”, mỗi suất 10 triệu đồng, giúp hội viên khó khăn phát triển kinh tế gia đình."),
    ],
)

A["l18"] = dict(
    title="Chuyên đề “Đọc sách cùng con”: kết nối nhà trường và gia đình",
    published_at="2026-11-08T09:30:00+07:00",
    author="NGUYỄN HOÀI NAM, Trường Tiểu học Hòa Bình",
    lead=None,
    blocks=[
        ("p", "Sáng 7/11, Trường Tiểu học Hòa Bình tổ chức chuyên đề “Đọc sách cùng con” cho học sinh khối lớp 2 và phụ huynh, nằm trong chuỗi hoạt động xây dựng văn hóa đọc năm học 2026 - 2027."),
        ("p", "Tại buổi sinh hoạt, các gia đình cùng con đọc truyện, kể lại câu chuyện bằng tranh vẽ và đóng vai nhân vật. Giáo viên chia sẻ với phụ huynh cách chọn sách phù hợp lứa tuổi, cách đặt câu hỏi gợi mở để trẻ yêu thích việc đọc, hạn chế thời gian sử dụng điện thoại, máy tính bảng ở nhà."),
        ("p", "Anh Phạm Quốc Đạt, phụ huynh em Phạm Gia Hân (lớp 2A) cho biết: “Bình thường đi làm về muộn, tôi ít khi ngồi đọc với con. Hôm nay mới thấy con rất thích được bố mẹ kể chuyện, tôi sẽ cố gắng mỗi tối dành 15 phút đọc sách cùng cháu”."),
        ("p", "Nhà trường cũng ra mắt “Tủ sách lớp học thân thiện” với hơn 1.200 đầu sách do phụ huynh, cựu học sinh quyên góp, đặt tại 18 lớp học và khu vực sân trường."),
    ],
)

A["l19"] = dict(
    title="Kết quả thực hiện Nghị quyết Đại hội Đảng bộ phường năm 2026",
    published_at="2026-11-20T07:30:00+07:00",
    author="Văn Thành (Đảng ủy phường Tân An)",
    lead=None,
    blocks=[
        ("p", "Ngày 19/11, Ban Chấp hành Đảng bộ phường Tân An tổ chức hội nghị đánh giá kết quả thực hiện Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030 trong năm 2026. Hội nghị thống nhất đánh giá, năm đầu tiên thực hiện Nghị quyết, Đảng bộ phường đã lãnh đạo hoàn thành và vượt 12/15 chỉ tiêu chủ yếu, cụ thể như sau:"),
        ("p", "1. Về phát triển kinh tế: Tổng thu ngân sách trên địa bàn ước đạt 286 tỷ đồng, bằng 114% dự toán; giá trị sản xuất thương mại - dịch vụ tăng 11,2% so với cùng kỳ; thu hút 3 dự án đầu tư mới với tổng vốn đăng ký 640 tỷ đồng."),
        ("p", "2. Về quản lý đô thị: Hoàn thành chỉnh trang 6 tuyến phố, lắp đặt 420 đèn chiếu sáng tiết kiệm năng lượng; xử lý dứt điểm 27 trường hợp vi phạm trật tự xây dựng; tỷ lệ thu gom, xử lý rác thải sinh hoạt đạt 100%."),
        ("p", "3. Về văn hóa - xã hội: 96,8% hộ gia đình đạt danh hiệu “Gia đình văn hóa”; 100% trường học đạt chuẩn quốc gia; giải quyết việc làm mới cho 1.130 lao động; tỷ lệ hộ nghèo giảm còn 0,21%."),
        ("p", "4. Về quốc phòng - an ninh: Hoàn thành 100% chỉ tiêu giao quân; tội phạm về trật tự xã hội giảm 14% so với năm 2025; duy trì hoạt động hiệu quả 41 tổ bảo vệ an ninh, trật tự ở cơ sở."),
        ("p", "5. Về xây dựng Đảng và hệ thống chính trị: Kết nạp 46 đảng viên mới, đạt 115% chỉ tiêu; 100% chi bộ tổ chức sinh hoạt chuyên đề theo hướng dẫn; hoàn thành kiểm tra, giám sát theo chương trình đối với 19 tổ chức đảng và 32 đảng viên."),
        ("p", "Bên cạnh đó, hội nghị cũng chỉ ra 3 chỉ tiêu chưa đạt gồm: tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình, diện tích cây xanh đô thị bình quân đầu người và số doanh nghiệp thành lập mới. Ban Chấp hành Đảng bộ phường yêu cầu các chi bộ, đơn vị phân tích rõ nguyên nhân, đề ra giải pháp khắc phục trong năm 2027."),
    ],
)

A["l20"] = dict(
    title="UBND tỉnh họp phiên thường kỳ tháng 11/2026",
    published_at="2026-11-19T10:12:00+07:00",
    author="Minh Tâm - Trung tâm Thông tin tỉnh",
    lead="Ngày 18/11, đồng chí Trịnh Quang Huy, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì phiên họp thường kỳ tháng 11/2026 của UBND tỉnh để xem xét, cho ý kiến vào nhiều nội dung quan trọng trình kỳ họp cuối năm của HĐND tỉnh.",
    blocks=[
        ("p", "Báo cáo tình hình kinh tế - xã hội 11 tháng cho thấy, tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) ước đạt 8,6%; thu ngân sách nhà nước ước đạt 31.420 tỷ đồng, bằng 107% dự toán; giải ngân vốn đầu tư công đạt 72,5% kế hoạch. Kim ngạch xuất khẩu ước đạt 5,8 tỷ USD, tăng 13% so với cùng kỳ."),
        ("p", "Tại phiên họp, UBND tỉnh đã thảo luận, cho ý kiến vào 17 dự thảo nghị quyết trình HĐND tỉnh, trong đó có các nghị quyết về kế hoạch đầu tư công năm 2027; quy định mức hỗ trợ đối với người hoạt động không chuyên trách ở thôn, tổ dân phố; chính sách hỗ trợ phát triển sản phẩm OCOP giai đoạn 2027 - 2030 và danh mục dự án cần thu hồi đất năm 2027."),
        ("cap", "Chủ tịch UBND tỉnh Trịnh Quang Huy kết luận phiên họp."),
        ("p", "Thảo luận về chính sách hỗ trợ người hoạt động không chuyên trách ở thôn, tổ dân phố, nhiều thành viên UBND tỉnh đề nghị cần tính toán kỹ nguồn lực, bảo đảm mức hỗ trợ đủ để giữ chân những người làm việc tâm huyết ở cơ sở, nhất là tại các thôn vùng cao, biên giới có địa bàn rộng."),
        ("p", "Kết luận phiên họp, Chủ tịch UBND tỉnh Trịnh Quang Huy yêu cầu các sở, ngành tiếp thu tối đa ý kiến của các thành viên, hoàn thiện hồ sơ trình HĐND tỉnh đúng thời hạn. Đồng chí nhấn mạnh:"),
        ("quote", "“Chỉ còn hơn một tháng nữa là kết thúc năm 2026. Các sở, ngành và địa phương không được chủ quan, phải rà soát từng chỉ tiêu, chỉ tiêu nào có nguy cơ không đạt thì phải có giải pháp cụ thể, người chịu trách nhiệm cụ thể. Đặc biệt, giải ngân đầu tư công là nhiệm vụ chính trị, đơn vị nào giải ngân dưới 60% sẽ phải giải trình trước UBND tỉnh.”"),
        ("p", "Chủ tịch UBND tỉnh cũng giao Sở Công Thương, Sở Y tế tăng cường kiểm tra thị trường, an toàn thực phẩm dịp cuối năm; Sở Nông nghiệp và Môi trường chỉ đạo các địa phương chủ động phương án phòng, chống rét cho cây trồng, vật nuôi; các xã, phường rà soát, chăm lo Tết cho hộ nghèo, gia đình chính sách, bảo đảm mọi người dân đều được đón Tết."),
    ],
)


# ================================================================ page templates

def html_doc(head, body, lang="vi", doctype="<!DOCTYPE html>", html_attrs=""):
    return "%s\n<html lang=\"%s\"%s>\n<head>\n%s\n</head>\n%s\n</html>\n" % (doctype, lang, html_attrs, head, body)


def p_l01(name):
    """VNPT ePortal on Liferay 7 (current generation), Party committee portal."""
    rng = rng_for(name)
    a = A[name]
    url = "https://tinhuy.tuyenquang.dcs.vn/vi/web/ban-tuyen-giao-va-dan-van/tin-hoat-dong/-/asset_publisher/Xk2LpQ9aZb3c/content/ban-tuyen-giao-va-dan-van-tinh-uy-trien-khai-nhiem-vu-cong-tac-nam-2027"
    body_html = render_blocks(a["blocks"], {"p": "p-justify", "cap": "table", "slug": "btgdv-1711", "alt": "hội nghị"}, "/documents/20182/1874422")
    head = "\n".join([
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<title>%s - Ban Tuyên giáo và Dân vận - Đảng bộ tỉnh Tuyên Quang</title>' % E(a["title"]),
        '<meta property="og:title" content="%s">' % E(a["title"]),
        '<meta property="og:type" content="article">',
        '<meta property="og:image" content="https://tinhuy.tuyenquang.dcs.vn/documents/20182/1874422/btgdv-1711-01.jpg">',
        '<link rel="stylesheet" href="/o/vnpt-portal-theme/css/main.css?browserId=chrome&amp;themeId=vnptportal_WAR_vnptportaltheme&amp;languageId=vi_VN&amp;t=1763424000000">',
        '<script src="/o/frontend-js-jquery-web/jquery/jquery.min.js"></script>',
        "<script>var Liferay = Liferay || {}; Liferay.ThemeDisplay = {getCompanyId: function(){return '20097';}, getScopeGroupId: function(){return '1874401';}, getLanguageId: function(){return 'vi_VN';}, isSignedIn: function(){return false;}};</script>",
        css_block(rng, 40),
    ])
    others = box_list(rng, "Tin cùng chuyên mục", 8, cls="asset-publisher-related", start_day=17, date_fmt="{date}")
    body = f"""<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site">
<div id="wrapper">
<div class="top-bar"><div class="container"><span class="today">{CRAWL_HEADER}</span>
<span class="top-links"><a href="/vi/web/guest/so-do-site">Sơ đồ site</a> | <a href="/c/portal/login">Đăng nhập</a> | <a href="/en/web/guest">English</a></span></div></div>
<header id="banner"><div class="banner-img"><img src="/o/vnpt-portal-theme/images/banner-tinhuy.png" alt="Đảng Cộng sản Việt Nam - Đảng bộ tỉnh Tuyên Quang">
<div class="slogan">ĐẢNG CỘNG SẢN VIỆT NAM QUANG VINH MUÔN NĂM!</div></div>
<div class="search-box"><form action="/vi/web/guest/tim-kiem"><input type="text" name="q" placeholder="Nhập từ khóa tìm kiếm..."><button>Tìm kiếm</button></form></div></header>
<nav id="navigation" class="navbar">{mega_menu(rng, PARTY_MENU, cls="nav navbar-nav", link_prefix="/vi/web/guest/")}</nav>
<div class="marquee-box"><marquee scrollamount="3">Chào mừng kỷ niệm 96 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2026) và Ngày hội Đại đoàn kết toàn dân tộc</marquee></div>
<div id="content" class="container"><div class="row">
<div class="col-md-3 portlet-column" id="column-1">
<section class="portlet" id="portlet_com_liferay_site_navigation_menu_web_portlet_SiteNavigationMenuPortlet_INSTANCE_left"><div class="portlet-content">
<h2 class="portlet-title-text">Ban Tuyên giáo và Dân vận</h2>
{mega_menu(rng, [("Giới thiệu", ["Chức năng, nhiệm vụ", "Lãnh đạo Ban", "Các phòng"]), ("Tin hoạt động", []), ("Công tác tuyên giáo", ["Thông tin thời sự", "Định hướng dư luận"]), ("Công tác dân vận", ["Dân vận chính quyền", "Dân tộc - Tôn giáo", "Quy chế dân chủ"]), ("Dân vận khéo", []), ("Văn bản", [])], cls="nav nav-list", link_prefix="/vi/web/ban-tuyen-giao-va-dan-van/")}
</div></section>
<section class="portlet">{links_select()}</section>
</div>
<div class="col-md-6 portlet-column" id="column-2">
<ul class="breadcrumb"><li><a href="/vi/web/guest">Trang chủ</a></li><li><a href="/vi/web/ban-tuyen-giao-va-dan-van">Ban Tuyên giáo và Dân vận</a></li><li class="active">Tin hoạt động</li></ul>
<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Xk2LpQ9aZb3c">
<div class="portlet-content"><div class="asset-full-content clearfix">
<div class="taglib-header"><span class="header-back-to"><a href="/vi/web/ban-tuyen-giao-va-dan-van/tin-hoat-dong" title="Quay lại">&laquo; Quay lại</a></span>
<h3 class="header-title"><span>{E(a["title"])}</span></h3></div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">Ngày đăng: 18/11/2026 | 08:30</span>
<span class="metadata-entry metadata-view-count">Lượt xem: {rng.randint(200, 2000)}</span></div>
<div class="asset-summary"><strong>{E(a["lead"])}</strong></div>
<div class="asset-content"><div class="journal-content-article" data-analytics-asset-id="1906773" data-analytics-asset-title="{E(a["title"])}" data-analytics-asset-type="web-content">
{body_html}
<p style="text-align: right;"><strong>Nguyễn Thị Hồng Nhung</strong></p>
<p style="text-align: right;"><em>Ban Tuyên giáo và Dân vận Tỉnh ủy</em></p>
</div></div>
<div class="asset-ratings"><div class="taglib-ratings stars">Đánh giá: <span class="rating-label">0 (0 Phiếu bầu)</span></div></div>
{share_tools()}
</div></div></section>
<section class="portlet">{others}</section>
</div>
<div class="col-md-3 portlet-column" id="column-3">
<section class="portlet"><div class="portlet-content"><a href="/vi/web/guest/hoc-tap-va-lam-theo-bac"><img src="/documents/20182/0/banner-hoctapbac.jpg" alt="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"></a>
<a href="/vi/web/guest/bao-ve-nen-tang"><img src="/documents/20182/0/banner-bvntt.jpg" alt="Bảo vệ nền tảng tư tưởng của Đảng"></a></div></section>
<section class="portlet">{box_list(rng, "Tin mới", 7, cls="tin-moi", start_day=21, date_fmt="{date}", avoid=[])}</section>
<section class="portlet">{box_list(rng, "Tin đọc nhiều", 6, cls="tin-doc-nhieu", start_day=15, show_date=False)}</section>
<section class="portlet">{counter_box(rng)}</section>
</div></div></div>
<footer id="footer"><div class="container">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH TUYÊN QUANG</strong></p>
<p>Cơ quan chủ quản: Tỉnh ủy Tuyên Quang. Chịu trách nhiệm chính: Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.</p>
<p>Địa chỉ: Số 12, đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang. Điện thoại: 0207.3822.xxx. Email: bbt@tuyenquang.dcs.vn</p>
<p>Giấy phép số 41/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch cấp. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="vnpt">Thiết kế bởi VNPT Tuyên Quang</p>
</div></footer>
</div>
{ga_script(rng)}
{font_tools_script()}
<script>AUI().use('liferay-menu','liferay-notice','liferay-poller', function(A){{Liferay.Menu.register && Liferay.Menu.register();}});</script>
</body>"""
    return url, html_doc(head, body, lang="vi-VN", html_attrs=' class="ltr" dir="ltr"'), "vnpt-eportal-liferay"


def tandan_shell(rng, site_title, site_url_base, left_menu, crawl_line, article_html, extra_head="", vs_bytes=3000, big=False):
    """SharePoint (Tân Dân) page shell."""
    vs = viewstate(rng, vs_bytes)
    ev = viewstate(rng, 120)
    head = "\n".join([
        '<meta http-equiv="X-UA-Compatible" content="IE=10">',
        '<meta http-equiv="Content-type" content="text/html; charset=utf-8">',
        '<meta name="GENERATOR" content="Microsoft SharePoint">',
        '<meta http-equiv="Expires" content="0">',
        extra_head,
        '<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=ooVGX%2BQqgzSqZ0yK9BfqQw%3D%3D">',
        '<link rel="stylesheet" type="text/css" href="/Style%20Library/tandan/css/tandan-portal.css">',
        '<script type="text/javascript" src="/_layouts/15/init.js?rev=7CY4x%2Bsh6c0jJ5RZtX6vcA%3D%3D"></script>',
        '<script type="text/javascript" src="/ScriptResource.axd?d=%s&amp;t=ffffffffe6692267"></script>' % viewstate(rng, 60).replace("+", "-").replace("/", "_").rstrip("="),
        css_block(rng, 30 if not big else 120),
    ])
    return head, vs, ev


def p_l02(name):
    """SharePoint 2013, Tân Dân tandan-* news detail, Sở Nội vụ."""
    rng = rng_for(name)
    a = A[name]
    url = "https://sonv.laocai.gov.vn/tin-tuc-su-kien/tin-hoat-dong/tap-huan-nghiep-vu-van-thu-luu-tru-cho-cong-chuc-cap-xa-sau-sap-xep-1594102"
    body_html = render_blocks(a["blocks"], {"p": "p-span", "cap": "tandan", "slug": "taphuan-vtlt"}, "/PublishingImages/2026/11")
    head, vs, ev = tandan_shell(rng, "", "", None, None, None, extra_head='<title>\n\tTập huấn nghiệp vụ văn thư, lưu trữ cho công chức cấp xã sau sắp xếp\n</title>')
    others = []
    for h, dt, id_ in news_items(rng, 10, start_day=19):
        others.append('<li class="tandan-other-item"><a href="/tin-tuc-su-kien/tin-hoat-dong/%s-%d">%s</a> <span class="tandan-date">(%s)</span></li>' % (slugify(h), id_, E(h), dt))
    left = mega_menu(rng, [("Giới thiệu", ["Chức năng nhiệm vụ", "Cơ cấu tổ chức", "Lãnh đạo Sở"]), ("Tin tức - Sự kiện", ["Tin hoạt động", "Tin tổng hợp"]), ("Cải cách hành chính", []), ("Thi đua - Khen thưởng", []), ("Tổ chức bộ máy", []), ("Công chức, viên chức", []), ("Văn thư - Lưu trữ", []), ("Tôn giáo", []), ("Thanh niên", []), ("Văn bản", [])], cls="tandan-leftmenu", link_prefix="/")
    body = f"""<body scroll="yes" onload="if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form method="post" action="./tap-huan-nghiep-vu-van-thu-luu-tru-cho-cong-chuc-cap-xa-sau-sap-xep-1594102" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{"%0128X" % rng.getrandbits(512)},22 Nov 2026 03:12:40 -0000">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}">
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="tandan-header"><div class="tandan-header-top"><span class="tandan-date-now">{CRAWL_HEADER}</span> <a href="/lien-he">Liên hệ</a> | <a href="/so-do-cong">Sơ đồ cổng</a></div>
<div class="tandan-banner"><img src="/Style%20Library/tandan/images/banner-sonv.png" alt="SỞ NỘI VỤ TỈNH LÀO CAI"></div>
<div class="tandan-topmenu">{mega_menu(rng, GOV_MENU[:7], cls="tandan-mainmenu")}</div></div>
<div class="tandan-main"><div class="tandan-col-left">{left}<div class="tandan-box">{links_select()}</div>{counter_box(rng)}</div>
<div class="tandan-col-center">
<div class="tandan-breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a> &gt; <span>Tin hoạt động</span></div>
<div class="tandan-news-detail">
<div class="tandan-detail-title"><h1>{E(a["title"])}</h1></div>
<div class="tandan-detail-date">20/11/2026 3:40 CH</div>
<div class="tandan-detail-content ExternalClass{"%032X" % rng.getrandbits(128)}">
{body_html}
<p style="text-align: right;"><strong>Minh Châu</strong></p>
</div>
<div class="tandan-detail-tools"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?">Gửi email</a> | <a href="#" onclick="history.back();return false;">Quay lại</a> | Số lượt xem: {rng.randint(100, 900)}</div>
</div>
<div class="tandan-other-news"><div class="tandan-other-title">Các tin khác</div><ul>{"".join(others)}</ul></div>
</div></div>
<div class="tandan-footer"><p>Bản quyền thuộc Sở Nội vụ tỉnh Lào Cai</p><p>Địa chỉ: Tầng 4, Khối 2, Trung tâm Hành chính tỉnh, phường Cam Đường, tỉnh Lào Cai - Điện thoại: 0214.3840.xxx</p><p>Chịu trách nhiệm nội dung: Giám đốc Sở Nội vụ. Thiết kế và phát triển bởi Tân Dân</p></div>
</div></div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}">
</form>
{ga_script(rng)}
</body>"""
    return url, html_doc(head, body, doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">', html_attrs=' dir="ltr" xmlns="http://www.w3.org/1999/xhtml"'), "sharepoint-tandan"


def p_l03(name):
    """SharePoint 2010 /Trang/ form, commune portal, short news."""
    rng = rng_for(name)
    a = A[name]
    url = "https://tanlap.phutho.gov.vn/Trang/ChiTietTin.aspx?ItemID=3127&l=TinTuc"
    body_html = render_blocks(a["blocks"], {"p": "div", "slug": "tvs"}, "/TinTuc/PublishingImages")
    head, vs, ev = tandan_shell(rng, "", "", None, None, None, extra_head='<title>Trang thông tin điện tử xã Tân Lập - Tin tức</title>')
    body = f"""<body>
<form name="aspnetForm" method="post" action="ChiTietTin.aspx?ItemID=3127&amp;l=TinTuc" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}">
<table width="1000" align="center" cellpadding="0" cellspacing="0" class="main-table">
<tr><td class="header" colspan="3"><img src="/Style%20Library/Images/banner_tanlap.jpg" alt="Trang thông tin điện tử xã Tân Lập - tỉnh Phú Thọ" width="1000"></td></tr>
<tr><td class="topnav" colspan="3"><table width="100%"><tr><td class="ngay">{CRAWL_HEADER}</td><td align="right">
{" | ".join('<a href="/Trang/%s.aspx">%s</a>' % (slugify(x).replace("-", ""), E(x)) for x in ["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"])}</td></tr></table></td></tr>
<tr>
<td class="leftcol" width="220" valign="top">
<div class="ms-WPHeader"><h3 class="ms-standardheader ms-WPTitle">DANH MỤC</h3></div>
{mega_menu(rng, [("Giới thiệu chung", []), ("Tin tức sự kiện", ["Tin trong xã", "Tin tỉnh"]), ("Chỉ đạo điều hành", []), ("Nông thôn mới", []), ("Lịch công tác", []), ("Công khai ngân sách", []), ("Thủ tục hành chính", [])], cls="leftmenu", link_prefix="/Trang/")}
{counter_box(rng)}
</td>
<td class="centercol" valign="top" width="560">
<div id="ctl00_PlaceHolderMain_TinTucChiTiet">
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td class="ChiTietTitle"><span id="ctl00_PlaceHolderMain_lblTitle" class="tieude">{E(a["title"])}</span></td></tr>
<tr><td class="ChiTietNgay">Ngày đăng: 21/11/2026 9:05 SA</td></tr>
<tr><td class="ChiTietNoiDung"><div class="ExternalClass{"%032X" % rng.getrandbits(128)}">
{body_html}
<div style="text-align: right;"><b>Tin, ảnh: Thu Hà</b></div>
</div></td></tr>
</table>
</div>
<div class="tinkhac"><b>Các tin đã đưa:</b><ul>{"".join('<li><a href="/Trang/ChiTietTin.aspx?ItemID=%d&amp;l=TinTuc">%s</a> (%s)</li>' % (id_ % 3127, E(h), dt) for h, dt, id_ in news_items(rng, 6, start_day=19))}</ul></div>
</td>
<td class="rightcol" width="220" valign="top"><div class="ms-WPHeader"><h3>LIÊN KẾT</h3></div>{links_select()}
<a href="https://dichvucong.gov.vn"><img src="/Style%20Library/Images/dvc.png" alt="Dịch vụ công"></a></td>
</tr>
<tr><td colspan="3" class="footer">Trang thông tin điện tử xã Tân Lập, tỉnh Phú Thọ<br>Địa chỉ: Thôn Trung Tâm, xã Tân Lập, tỉnh Phú Thọ. ĐT: 0210.3875.xxx<br>Chịu trách nhiệm chính: Chủ tịch UBND xã Tân Lập</td></tr>
</table>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}">
</form>
</body>"""
    return url, html_doc(head, body, doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'), "sharepoint-trang"


def p_l04(name):
    """DNN with EasyDNNNews, Hội Nông dân tỉnh; credits in the meta line."""
    rng = rng_for(name)
    a = A[name]
    url = "https://hoinongdan.dongthap.gov.vn/tin-tuc/hoi-thi-nha-nong-dua-tai-nam-2026-san-choi-bo-ich-cho-hoi-vien-nong-dan"
    body_html = render_blocks(a["blocks"], {"p": "p", "cap": "p-em", "slug": "nndt"}, "/Portals/0/EasyDNNnews/4417")
    head = "\n".join([
        '<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">',
        '<title>\r\n\tHội thi “Nhà nông đua tài” năm 2026: sân chơi bổ ích cho hội viên nông dân\r\n</title>',
        '<meta id="MetaDescription" name="DESCRIPTION" content="%s">' % E(a["lead"]),
        '<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke ">',
        '<meta property="og:title" content="%s">' % E(a["title"]),
        '<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=412" type="text/css" rel="stylesheet">',
        '<link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv=412" type="text/css" rel="stylesheet">',
        '<script src="/Resources/libraries/jQuery/03_07_01/jquery.js?cdv=412" type="text/javascript"></script>',
        css_block(rng, 25),
    ])
    vs = viewstate(rng, 1800)
    related = "".join('<div class="edn_relatedArticle"><a href="/tin-tuc/%s">%s</a><span class="edn_date">%s</span></div>' % (slugify(h), E(h), dt) for h, dt, _ in news_items(rng, 6, start_day=18))
    body = f"""<body id="Body">
<form method="post" action="/tin-tuc/hoi-thi-nha-nong-dua-tai-nam-2026-san-choi-bo-ich-cho-hoi-vien-nong-dan" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}"></div>
<div id="dnn_ContentPane_wrapper">
<div class="header-top"><div class="container"><div class="date-now"><i class="fa fa-calendar"></i> {CRAWL_HEADER}</div><div class="hotline">Đường dây nóng: 0277.3851.xxx</div></div></div>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/Portals/0/logo-hnd.png" alt="Hội Nông dân tỉnh Đồng Tháp"></a>
<div class="slogan">HỘI NÔNG DÂN TỈNH ĐỒNG THÁP<br><span>Đồng hành cùng nông dân làm giàu</span></div></div></div>
<nav class="main-nav"><div class="container">{mega_menu(rng, [("Trang chủ", []), ("Giới thiệu", ["Lịch sử", "Tổ chức bộ máy", "Ban Thường vụ"]), ("Tin tức", ["Hoạt động Hội", "Nông dân sản xuất giỏi", "Khoa học kỹ thuật", "Thị trường nông sản"]), ("Quỹ Hỗ trợ nông dân", []), ("Dạy nghề", []), ("Văn bản", []), ("Liên hệ", [])], cls="dnnmega")}</div></nav>
<div class="container"><div class="row">
<div class="col-md-8" id="dnn_ContentPane">
<div class="DnnModule DnnModule-EasyDNNnews DnnModule-1204"><a name="1204"></a>
<div class="eds_news_Ozone eds_subCollection_news eds_styleSwitchCriteria_module-1204 eds_template_Details_Article_Ozone">
<div class="edn_articleDetails">
<div class="edn_category"><a href="/tin-tuc/category/hoat-dong-hoi">Hoạt động Hội</a></div>
<h1 class="edn_articleTitle">{E(a["title"])}</h1>
<div class="edn_metaDetails"><span class="edn_date">Thứ Năm, 19/11/2026 | 14:20</span> <span class="edn_separator">|</span> <span class="edn_author">Tin, ảnh: Hoàng Lực</span> <span class="edn_separator">|</span> <span class="edn_views">Lượt xem: {rng.randint(100, 999)}</span></div>
<div class="edn_articleSummary"><p>{E(a["lead"])}</p></div>
<div class="edn_mediaContainer"><img alt="" src="/Portals/0/EasyDNNnews/4417/600600p1204EDNmainnndt.jpg"></div>
<div class="edn_articleContent">
{body_html}
</div>
<div class="edn_socialPrintWrapper"><a href="javascript:window.print()" class="edn_printButton">In bài</a> {share_tools()}</div>
<div class="edn_articleTags">Từ khóa: <a href="/tin-tuc/tag/hoi-thi">hội thi</a>, <a href="/tin-tuc/tag/nha-nong-dua-tai">nhà nông đua tài</a></div>
<div class="edn_relatedArticles"><h3>Tin liên quan</h3>{related}</div>
</div></div></div>
</div>
<div class="col-md-4" id="dnn_RightPane">
{box_list(rng, "Tin mới nhất", 6, cls="DnnModule tin-moi", start_day=21, date_fmt="{date}")}
<div class="DnnModule video-box"><h3>Video</h3><iframe src="https://www.youtube.com/embed/dQx0nd0000" width="100%" height="200" title="Bản tin Nông dân"></iframe></div>
{counter_box(rng)}
</div></div></div>
<footer><div class="container"><p>HỘI NÔNG DÂN TỈNH ĐỒNG THÁP</p><p>Địa chỉ: Số 8 đường Võ Trường Toản, phường Cao Lãnh, tỉnh Đồng Tháp</p><p>Điện thoại: 0277.3851.xxx - Email: hnd@dongthap.gov.vn</p><p>Copyright &copy; 2026 Hội Nông dân tỉnh Đồng Tháp</p></div></footer>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop"><input name="__dnnVariable" type="hidden" id="__dnnVariable" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`57`}}">
</form>
{ga_script(rng)}
</body>"""
    return url, html_doc(head, body, lang="vi-VN"), "dnn-easydnnnews"


def p_l05(name):
    """WordPress school theme; UTC article:published_time; "BBT" byline."""
    rng = rng_for(name)
    a = A[name]
    url = "https://thptlequydon.edu.vn/2026/11/18/hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027/"
    body_html = render_blocks(a["blocks"], {"p": "p"}, "/wp-content/uploads/2026/11")
    jsonld = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": url, "url": url, "name": a["title"] + " - Trường THPT Lê Quý Đôn", "datePublished": "2026-11-18T02:15:33+00:00", "dateModified": "2026-11-19T01:02:10+00:00", "inLanguage": "vi"},
        {"@type": "Organization", "name": "Trường THPT Lê Quý Đôn", "url": "https://thptlequydon.edu.vn/"}]}, ensure_ascii=False)
    head = "\n".join([
        '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<title>%s - Trường THPT Lê Quý Đôn</title>' % E(a["title"]),
        '<meta name="robots" content="index, follow, max-image-preview:large">',
        '<link rel="canonical" href="%s">' % url,
        '<meta property="og:locale" content="vi_VN">',
        '<meta property="og:type" content="article">',
        '<meta property="og:title" content="%s - Trường THPT Lê Quý Đôn">' % E(a["title"]),
        '<meta property="article:published_time" content="2026-11-18T02:15:33+00:00">',
        '<meta property="article:modified_time" content="2026-11-19T01:02:10+00:00">',
        '<meta name="author" content="admin">',
        '<script type="application/ld+json" class="yoast-schema-graph">%s</script>' % jsonld,
        "<link rel='stylesheet' id='edu-gov-style-css' href='https://thptlequydon.edu.vn/wp-content/themes/edu-gov/style.css?ver=2.3.1' media='all' />",
        css_block(rng, 20),
    ])
    body = f"""<body class="post-template-default single single-post postid-2318 single-format-standard">
<div id="page" class="site">
<div class="topbar"><div class="container"><span class="date">{CRAWL_HEADER}</span><span class="contact">Hotline: 0232.3822.xxx | Email: c3lequydon@quangtri.edu.vn</span></div></div>
<header id="masthead" class="site-header"><div class="container"><div class="site-branding"><a href="https://thptlequydon.edu.vn/" rel="home"><img src="/wp-content/uploads/2024/08/logo-lqd.png" alt="Trường THPT Lê Quý Đôn"></a>
<p class="site-title">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ<br><strong>TRƯỜNG THPT LÊ QUÝ ĐÔN</strong></p><p class="site-description">Dạy tốt - Học tốt - Rèn luyện tốt</p></div></div>
<nav id="site-navigation" class="main-navigation">{mega_menu(rng, [("Trang chủ", []), ("Giới thiệu", ["Lịch sử phát triển", "Cơ cấu tổ chức", "Chi bộ - Đoàn thể"]), ("Tin tức", ["Hoạt động nhà trường", "Hoạt động Đoàn", "Thông báo"]), ("Tổ chuyên môn", ["Tổ Toán - Tin", "Tổ Ngữ văn", "Tổ Lý - Hóa - Sinh", "Tổ Sử - Địa - GDKT&PL", "Tổ Ngoại ngữ", "Tổ GDTC - QPAN"]), ("Ba công khai", []), ("Thư viện", ["Thư viện đề thi", "Thư viện video"]), ("Tuyển sinh", [])], cls="menu nav-menu", sub_cls="sub-menu")}</nav>
</header>
<div id="content" class="site-content container"><div class="row">
<main id="primary" class="site-main col-lg-8">
<nav class="breadcrumbs"><span><a href="https://thptlequydon.edu.vn/">Trang chủ</a></span> » <span><a href="https://thptlequydon.edu.vn/category/tin-tuc/hoat-dong-nha-truong/">Hoạt động nhà trường</a></span> » <span class="breadcrumb_last">{E(a["title"])}</span></nav>
<article id="post-2318" class="post-2318 post type-post status-publish format-standard has-post-thumbnail hentry category-hoat-dong-nha-truong">
<header class="entry-header"><h1 class="entry-title">{E(a["title"])}</h1>
<div class="entry-meta"><span class="posted-on"><i class="fa fa-clock-o"></i> 18/11/2026</span> <span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="https://thptlequydon.edu.vn/author/admin/">admin</a></span></span> <span class="post-views">{rng.randint(50, 600)} lượt xem</span></div>
</header>
<div class="post-thumbnail"><img width="800" height="450" src="/wp-content/uploads/2026/11/hoi-thi-gvdg-2026.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async"></div>
<div class="entry-content">
{body_html}
<p style="text-align: right;"><strong>BBT</strong></p>
</div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="/category/tin-tuc/hoat-dong-nha-truong/" rel="category tag">Hoạt động nhà trường</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/2026/11/12/ket-qua-thi-hoc-sinh-gioi-olympic-cap-truong/" rel="prev">← Kết quả thi học sinh giỏi Olympic cấp trường</a></div><div class="nav-next"><a href="/2026/11/20/le-ky-niem-44-nam-ngay-nha-giao-viet-nam/" rel="next">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam →</a></div></div></nav>
<div class="related-posts"><h3>Bài viết liên quan</h3><ul>
<li><a href="/2026/11/10/tap-huan-day-hoc-stem/">Tập huấn dạy học STEM cho giáo viên tổ Khoa học tự nhiên</a> <span>(10/11/2026)</span></li>
<li><a href="/2026/10/28/hoi-nghi-vien-chuc-nam-hoc-2026-2027/">Hội nghị viên chức, người lao động năm học 2026 - 2027</a> <span>(28/10/2026)</span></li>
<li><a href="/2026/10/15/chuyen-de-doi-moi-kiem-tra-danh-gia/">Chuyên đề đổi mới kiểm tra, đánh giá theo Chương trình GDPT 2018</a> <span>(15/10/2026)</span></li>
</ul></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi"></p></form></div></div>
</main>
<aside id="secondary" class="widget-area col-lg-4">
<section class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" name="s"></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>
<li><a href="/2026/11/20/le-ky-niem-44-nam-ngay-nha-giao-viet-nam/">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a><span class="post-date">20/11/2026</span></li>
<li><a href="/2026/11/12/ket-qua-thi-hoc-sinh-gioi-olympic-cap-truong/">Kết quả thi học sinh giỏi Olympic cấp trường</a><span class="post-date">12/11/2026</span></li>
<li><a href="/2026/11/10/tap-huan-day-hoc-stem/">Tập huấn dạy học STEM cho giáo viên tổ Khoa học tự nhiên</a><span class="post-date">10/11/2026</span></li>
<li><a href="/2026/11/05/thong-bao-lich-kiem-tra-giua-ky-i/">Thông báo lịch kiểm tra giữa kỳ I</a><span class="post-date">05/11/2026</span></li>
</ul></section>
<section class="widget widget_text"><h2 class="widget-title">Liên kết</h2><div class="textwidget"><p><a href="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</a><br><a href="https://sogd.quangtri.gov.vn">Sở GD&amp;ĐT Quảng Trị</a><br><a href="https://vnedu.vn">Sổ liên lạc điện tử vnEdu</a></p></div></section>
</aside></div></div>
<footer id="colophon" class="site-footer"><div class="container"><p><strong>TRƯỜNG THPT LÊ QUÝ ĐÔN</strong></p><p>Địa chỉ: 02 Lê Quý Đôn, phường Đông Hà, tỉnh Quảng Trị. Điện thoại: 0233.3852.xxx</p><p>&copy; 2026 Bản quyền thuộc về Trường THPT Lê Quý Đôn. Thiết kế bởi EduWeb.</p></div></footer>
</div>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script id="edu-gov-main-js-extra">var eduGov = {{"ajaxurl":"https:\\/\\/thptlequydon.edu.vn\\/wp-admin\\/admin-ajax.php","nonce":"{"%010x" % rng.getrandbits(40)}"}};</script>
{ga_script(rng)}
</body>"""
    return url, html_doc(head, body, lang="vi"), "wordpress"


def p_l06(name):
    """Joomla 4 (Cassiopeia-derived), Hội CCB phường; byline after a dash inside the last paragraph."""
    rng = rng_for(name)
    a = A[name]
    url = "https://ccb.hoaxuan.danang.gov.vn/index.php/tin-tuc/hoat-dong-hoi/218-cuu-chien-binh-phuong-hoa-xuan-nhan-rong-mo-hinh-to-tu-quan-an-ninh-trat-tu"
    blocks = list(a["blocks"])
    last = blocks.pop()
    body_html = render_blocks(blocks, {"p": "p-justify"}, "/images/2026/11")
    body_html += '\n<p style="text-align: justify;">%s – Đại tá Nguyễn Đức Cường</p>' % E(last[1])
    head = "\n".join([
        '<meta charset="utf-8">',
        '<meta name="author" content="Super User">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="Joomla! - Open Source Content Management">',
        '<title>%s</title>' % E(a["title"]),
        '<link href="/media/templates/site/cassiopeia_ccb/css/template.min.css?5f0a8b" rel="stylesheet">',
        '<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Lỗi","MESSAGE":"Thông báo"},"system.paths":{"root":"","rootFull":"https:\\/\\/ccb.hoaxuan.danang.gov.vn\\/","base":"","baseFull":"https:\\/\\/ccb.hoaxuan.danang.gov.vn\\/"},"csrf.token":"%032x"}</script>' % rng.getrandbits(128),
        '<script src="/media/system/js/core.min.js?37ffe4"></script>',
        css_block(rng, 20),
    ])
    latest = "".join('<li itemscope itemtype="https://schema.org/Article"><a href="/index.php/tin-tuc/%d-%s" itemprop="url"><span itemprop="name">%s</span></a></li>' % (id_ % 300, slugify(h), E(h)) for h, dt, id_ in news_items(rng, 6, start_day=14))
    body = f"""<body class="site com_content wrapper-static view-article layout-blog no-layout no-task itemid-112 has-sidebar-right">
<header class="header container-header full-width">
<div class="container-topbar"><div class="moduletable"><p class="ngay-hien-tai">{CRAWL_HEADER}</p></div></div>
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo-ccb.png" alt="Hội Cựu chiến binh phường Hòa Xuân" width="90" height="90"></a>
<div class="site-description">HỘI CỰU CHIẾN BINH PHƯỜNG HÒA XUÂN<br>THÀNH PHỐ ĐÀ NẴNG</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu">{mega_menu(rng, [("Trang chủ", []), ("Giới thiệu", ["Truyền thống", "Ban Chấp hành", "Các chi hội"]), ("Tin tức", ["Hoạt động Hội", "Gương cựu chiến binh", "Tin trong thành phố"]), ("Phong trào", ["CCB gương mẫu", "Giúp nhau làm kinh tế"]), ("Văn bản", []), ("Liên hệ", [])], cls="mod-menu mod-list nav", sub_cls="mod-menu__sub list-unstyled small", link_prefix="/index.php/")}</nav></div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php" class="pathway"><span>Trang chủ</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php/tin-tuc" class="pathway"><span>Tin tức</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>Hoạt động Hội</span></li></ol></nav>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header"><h2 itemprop="headline">{E(a["title"])}</h2></div>
<dl class="article-info text-muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span> Viết bởi: <span itemprop="name">Super User</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: <a href="/index.php/tin-tuc/hoat-dong-hoi" itemprop="genre">Hoạt động Hội</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2026-11-15T08:12:45+07:00" itemprop="datePublished">Ngày đăng: 15 Tháng 11 2026</time></dd>
<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2026-11-16T14:30:02+07:00" itemprop="dateModified">Cập nhật lần cuối: 16 Tháng 11 2026</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{rng.randint(100, 999)}">Lượt xem: {rng.randint(100, 999)}</dd>
</dl>
<div itemprop="articleBody" class="com-content-article__body">
{body_html}
</div>
<ul class="tags list-inline"><li class="list-inline-item tag-3 tag-list0" itemprop="keywords"><a href="/index.php/component/tags/tag/dan-van-kheo" class="btn btn-sm btn-info">Dân vận khéo</a></li></ul>
<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/index.php/tin-tuc/hoat-dong-hoi/215" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a><a class="btn btn-sm btn-secondary next" href="/index.php/tin-tuc/hoat-dong-hoi/221" rel="next"><span aria-hidden="true">Sau</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>
</div>
</main>
</div>
<div class="grid-child container-sidebar-right">
<div class="sidebar-right card"><h3 class="card-header">Bài viết mới nhất</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div></div>
<div class="sidebar-right card"><h3 class="card-header">Lượt truy cập</h3><div class="card-body">{counter_box(rng)}</div></div>
</div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><p>Hội Cựu chiến binh phường Hòa Xuân - Địa chỉ: 45 Nguyễn Phước Lan, phường Hòa Xuân, thành phố Đà Nẵng</p><p>Điện thoại: 0236.3697.xxx</p></div></footer>
</body>"""
    return url, html_doc(head, body, lang="vi-vn", html_attrs=' dir="ltr"'), "joomla4"


def simple_page(rng, *, head_extra, title_tag, topline, banner, menu, crumbs, article, left="", right="", footer, body_attrs="", scripts=""):
    head = '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n%s\n%s' % (E(title_tag), head_extra, css_block(rng, 25))
    body = f"""<body{body_attrs}>
<div class="wrapper">
<div class="topline">{topline}</div>
<div class="banner">{banner}</div>
<nav class="mainmenu">{menu}</nav>
<div class="container"><div class="row">
{('<div class="col-left">' + left + '</div>') if left else ''}
<div class="col-main"><div class="breadcrumb">{crumbs}</div>
{article}
</div>
{('<div class="col-right">' + right + '</div>') if right else ''}
</div></div>
<footer class="footer">{footer}</footer>
</div>
{scripts}
</body>"""
    return head, body


def p_l07(name):
    """NukeViet 4 news module, Tỉnh đoàn; hometext lead, "Tác giả bài viết" and "Nguồn tin"."""
    rng = rng_for(name)
    a = A[name]
    url = "https://tinhdoancaobang.org.vn/tin-tuc/hoat-dong-doan/ngay-hoi-thanh-nien-voi-chuyen-doi-so-tai-cac-xa-vung-cao-1842.html"
    body_html = render_blocks(a["blocks"], {"p": "p-justify", "cap": "figure", "slug": "ngayhoi-cds"}, "/uploads/news/2026_11")
    head_extra = "\n".join([
        '<meta name="generator" content="NukeViet v4.5">',
        '<meta property="og:type" content="article">',
        '<meta property="og:title" content="%s">' % E(a["title"]),
        '<meta property="article:published_time" content="2026-11-16T10:15:00+07:00">',
        '<meta property="article:modified_time" content="2026-11-16T16:40:00+07:00">',
        '<meta property="article:section" content="Hoạt động Đoàn">',
        '<link rel="StyleSheet" href="/themes/default/css/news.css">',
        '<script src="/assets/js/jquery/jquery.min.js"></script>',
        '<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Xy2pQ",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1;</script>',
    ])
    related = "".join('<li><em class="fa fa-angle-right">&nbsp;</em><a href="/tin-tuc/hoat-dong-doan/%s-%d.html" title="%s">%s</a><em>(%s)</em></li>' % (slugify(h), id_ % 2000, E(h), E(h), dt) for h, dt, id_ in news_items(rng, 8, start_day=15))
    article = f"""<div class="news_column panel panel-default" itemscope itemtype="http://schema.org/NewsArticle">
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{E(a["title"])}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">Thứ hai - 16/11/2026 10:15</span></div>
<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li><li><a class="dimgray" rel="nofollow" title="In ra" href="javascript:void(0);"><em class="fa fa-print fa-lg">&nbsp;</em></a></li><li><a class="dimgray" title="Lưu bài viết này" href="/tin-tuc/savefile/hoat-dong-doan/1842"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>
<div class="clearfix"><figure class="article left pointer"><img alt="{E(a["title"])}" src="/assets/news/2026_11/ngayhoi-cds-thumb.jpg" width="140" class="img-thumbnail"></figure>
<div class="hometext m-bottom" itemprop="description">{E(a["lead"])}</div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg" itemprop="articleBody">
{body_html}
</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả bài viết: </strong>Lê Thu Trang</p><p class="h5 text-right"><strong>Nguồn tin: </strong>Tỉnh đoàn Cao Bằng</p></div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><a href="/tin-tuc/tag/chuyen-doi-so">chuyển đổi số</a>, <a href="/tin-tuc/tag/tinh-doan">tỉnh đoàn</a>, <a href="/tin-tuc/tag/vung-cao">vùng cao</a></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5 clearfix"><p>Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p><div id="stringrating">Click để đánh giá bài viết</div></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin cũ hơn</strong></p><div class="clearfix"><ul class="related list-items">{related}</ul></div></div></div>"""
    head, body = simple_page(
        rng, head_extra=head_extra, title_tag=a["title"] + " - Tỉnh đoàn Cao Bằng",
        topline='<span class="current-time">%s</span> <a href="/users/login/">Đăng nhập</a> <a href="/users/register/">Đăng ký</a>' % CRAWL_HEADER,
        banner='<a href="/"><img src="/themes/default/images/banner-tinhdoan.png" alt="Tỉnh đoàn Cao Bằng"></a><div class="slogan">ĐOÀN TNCS HỒ CHÍ MINH TỈNH CAO BẰNG</div>',
        menu=mega_menu(rng, [("Trang nhất", []), ("Giới thiệu", ["Lịch sử Đoàn tỉnh", "Ban Thường vụ", "Cơ quan Tỉnh đoàn"]), ("Tin tức", ["Hoạt động Đoàn", "Hội LHTN", "Đội TNTP", "Gương sáng"]), ("Văn bản", ["Văn bản Trung ương Đoàn", "Văn bản Tỉnh đoàn"]), ("Thư viện ảnh", []), ("Liên hệ", [])], cls="nav navbar-nav"),
        crumbs='<ul class="breadcrumbs list-none"><li><a href="/" title="Trang nhất"><span>Trang nhất</span></a></li><li><a href="/tin-tuc/"><span>Tin tức</span></a></li><li><a href="/tin-tuc/hoat-dong-doan/"><span>Hoạt động Đoàn</span></a></li></ul>',
        article=article,
        right=box_list(rng, "Tin xem nhiều", 7, cls="panel panel-default", start_day=19, date_fmt="{date}") + counter_box(rng),
        footer='<p>BAN THƯỜNG VỤ TỈNH ĐOÀN CAO BẰNG</p><p>Địa chỉ: 031 Hiến Giang, phường Thục Phán, tỉnh Cao Bằng - Điện thoại: 0206.3852.xxx</p><p>&copy; Bản quyền thuộc về Tỉnh đoàn Cao Bằng. Phát triển trên nền tảng <a href="https://nukeviet.vn">NukeViet CMS</a></p>',
        scripts='<script src="/themes/default/js/main.js"></script>\n<script src="/themes/default/js/news.js"></script>\n' + ga_script(rng),
    )
    return url, html_doc(head, body, html_attrs=' xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#"'), "nukeviet4"


def p_l08(name):
    """Drupal 9 police portal; "GMT+7" date; rank + name byline right-aligned."""
    rng = rng_for(name)
    a = A[name]
    url = "https://congan.tayninh.gov.vn/vi/news/an-ninh-trat-tu/triet-pha-nhom-doi-tuong-to-chuc-danh-bac-qua-mang-2291"
    body_html = render_blocks(a["blocks"], {"p": "p"}, "/sites/default/files/2026-11")
    head_extra = "\n".join([
        '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">',
        '<meta name="MobileOptimized" content="width">',
        '<link rel="canonical" href="%s">' % url,
        '<meta property="og:title" content="%s">' % E(a["title"]),
        '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Wb4Qm0TsqZ1.css">',
        '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"vi\\/","currentPath":"node\\/2291","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"vi"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"ajaxTrustedUrl":[],"user":{"uid":0,"permissionsHash":"%064x"}}</script>' % rng.getrandbits(256),
    ])
    article = f"""<article role="article" about="/vi/news/an-ninh-trat-tu/triet-pha-nhom-doi-tuong-to-chuc-danh-bac-qua-mang-2291" class="node node--type-news node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{E(a["title"])}</span></h1>
<div class="node__meta"><div class="field field--name-field-ngay-dang field--type-datetime field--label-hidden field__item">06/11/2026 | 16:45 GMT+7</div>
<div class="statistics">Lượt xem: {rng.randint(300, 3000)}</div></div>
<div class="node__content">
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/large/public/2026-11/danh-bac-qua-mang.jpg?itok=Yq1" width="800" height="500" alt="Các đối tượng tại cơ quan Công an" typeof="foaf:Image"></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body_html}
<p style="text-align:right;"><strong>Thiếu tá Trần Quốc Việt</strong></p>
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/vi/taxonomy/term/41" hreflang="vi">đánh bạc</a></div><div class="field__item"><a href="/vi/taxonomy/term/77" hreflang="vi">cá độ bóng đá</a></div></div></div>
</div>
</article>
<div class="views-element-container block block-views"><h2>Tin cùng chuyên mục</h2><div class="view-content">{"".join('<div class="views-row"><span class="views-field-title"><a href="/vi/news/an-ninh-trat-tu/%s">%s</a></span> <span class="views-field-created">%s</span></div>' % (slugify(h), E(h), dt) for h, dt, _ in news_items(rng, 7, start_day=5))}</div></div>"""
    head, body = simple_page(
        rng, head_extra=head_extra, title_tag=a["title"] + " | Công an tỉnh Tây Ninh",
        topline='<div class="date">%s</div><div class="hotline">Đường dây nóng: 069.2xxx.xxx</div>' % CRAWL_HEADER,
        banner='<img src="/themes/custom/congan/images/banner.png" alt="Công an tỉnh Tây Ninh"><div class="slogan">VÌ NƯỚC QUÊN THÂN - VÌ DÂN PHỤC VỤ</div>',
        menu=mega_menu(rng, [("Trang chủ", []), ("Giới thiệu", ["Lịch sử truyền thống", "Lãnh đạo Công an tỉnh"]), ("Tin tức", ["An ninh trật tự", "Xây dựng lực lượng", "Phòng chống tội phạm", "Giao thông"]), ("Thủ tục hành chính", ["Cư trú", "Căn cước", "Đăng ký xe", "Phòng cháy chữa cháy"]), ("Tiếp nhận tin báo", []), ("Truy nã", [])], cls="menu menu--main nav"),
        crumbs='<nav class="breadcrumb" role="navigation"><ol><li><a href="/vi">Trang chủ</a></li><li><a href="/vi/news">Tin tức</a></li><li><a href="/vi/news/an-ninh-trat-tu">An ninh trật tự</a></li></ol></nav>',
        article=article,
        right=box_list(rng, "Tin mới", 6, cls="block block-views tin-moi", start_day=21, date_fmt="{date}") + '<div class="block"><h2>Cảnh báo lừa đảo</h2><p><a href="/vi/canh-bao">Các thủ đoạn lừa đảo qua mạng phổ biến</a></p></div>',
        footer='<p>CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH TÂY NINH</p><p>Địa chỉ: Số 1 đường Cách Mạng Tháng Tám, phường Tân Ninh, tỉnh Tây Ninh</p><p>Giấy phép số 12/GP-TTĐT ngày 03/3/2026. Ghi rõ nguồn khi phát hành lại thông tin.</p>',
        scripts='<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>\n<script src="/core/misc/drupal.js?v=9.5.11"></script>\n' + ga_script(rng),
        body_attrs=' class="path-node page-node-type-news"',
    )
    return url, html_doc(head, body, lang="vi", html_attrs=' dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#"'), "drupal9"


def p_l09(name):
    """Drupal 7 hospital site; "Ngày ... tháng ... năm ..." date; numbered list; name / unit byline."""
    rng = rng_for(name)
    a = A[name]
    url = "https://bvdktinh.gialai.gov.vn/vi/tin-tuc/chu-dong-phong-ngua-va-kiem-soat-benh-dai-thao-duong"
    body_html = render_blocks(a["blocks"], {"p": "p-justify", "h": "h3"}, "/sites/default/files/2026")
    article = f"""<div id="node-1387" class="node node-article node-promoted clearfix" about="/vi/tin-tuc/chu-dong-phong-ngua-va-kiem-soat-benh-dai-thao-duong" typeof="sioc:Item foaf:Document">
<h1 class="title" id="page-title">{E(a["title"])}</h1>
<div class="submitted"><span class="ngay-dang">Ngày 12 tháng 11 năm 2026</span></div>
<div class="content">
<div class="field field-name-field-sapo field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even"><p><strong>{E(a["lead"])}</strong></p></div></div></div>
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{body_html}
<p style="text-align: right;"><strong>BS.CKII Nguyễn Thị Hạnh</strong><br><em>Khoa Nội tiết</em></p>
</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/vi/taxonomy/term/19">Truyền thông giáo dục sức khỏe</a></div></div></div>
</div>
<ul class="links inline"><li class="statistics_counter first last"><span>{rng.randint(100, 900)} reads</span></li></ul>
</div>"""
    head, body = simple_page(
        rng, head_extra='<meta name="Generator" content="Drupal 7 (http://drupal.org)">\n<link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_xE-rWrJf-fncB6ztZfd2huxqgxu4WO-qwma6Xer30m4.css" media="all">\n<script src="/misc/jquery.js?v=1.4.4"></script>\n<script>jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"vi\\/","ajaxPageState":{"theme":"bvdk","theme_token":"%s"}});</script>' % viewstate(rng, 30),
        title_tag=a["title"] + " | Bệnh viện Đa khoa tỉnh Gia Lai",
        topline='<span>%s</span> | Đường dây nóng: 0269.3824.xxx | Cấp cứu: 115' % CRAWL_HEADER,
        banner='<img src="/sites/all/themes/bvdk/logo.png" alt="Sở Y tế tỉnh Gia Lai - Bệnh viện Đa khoa tỉnh"><div class="slogan">Lương y phải như từ mẫu</div>',
        menu=mega_menu(rng, [("Trang chủ", []), ("Giới thiệu", ["Lịch sử", "Ban Giám đốc", "Các khoa, phòng"]), ("Tin tức", ["Hoạt động bệnh viện", "Chuyên môn", "Cải cách hành chính"]), ("Truyền thông GDSK", []), ("Hướng dẫn khám bệnh", ["Quy trình khám", "Bảng giá dịch vụ", "Đặt lịch khám"]), ("Đào tạo - NCKH", []), ("Liên hệ", [])], cls="menu"),
        crumbs='<h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb"><a href="/vi">Trang chủ</a> » <a href="/vi/truyen-thong-gdsk">Truyền thông GDSK</a></div>',
        article=article,
        left='<div class="block"><h2>Lịch khám chuyên gia</h2><p>Thứ Ba, Thứ Năm hằng tuần tại Khu khám bệnh theo yêu cầu</p></div>' + box_list(rng, "Bài viết khác", 8, cls="block", start_day=11, date_fmt="{date}"),
        footer='<p>BỆNH VIỆN ĐA KHOA TỈNH GIA LAI</p><p>Địa chỉ: 132 Tôn Thất Tùng, phường Pleiku, tỉnh Gia Lai. Điện thoại: 0269.3824.xxx</p><p>Bản quyền &copy; 2026 Bệnh viện Đa khoa tỉnh Gia Lai</p>',
        scripts=ga_script(rng),
        body_attrs=' class="html not-front not-logged-in one-sidebar sidebar-first page-node page-node- page-node-1387 node-type-article i18n-vi"',
    )
    return url, html_doc(head, body, lang="vi", doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">', html_attrs=' xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr"'), "drupal7"


def p_l10(name):
    """Classic ASP, table layout, <font>, windows-1258; <br>-separated paragraphs; office byline."""
    rng = rng_for(name)
    a = A[name]
    url = "http://chuthapdo.quangngai.org.vn/tintuc/chitiet.asp?id=1296&cat=3"
    body_html = render_blocks(a["blocks"], {"p": "br"}, "/upload/tintuc")
    menu_rows = "".join('<tr><td class="menu" height="26">&nbsp;<img src="/images/arrow.gif" width="7" height="7"> <a href="/tintuc/danhmuc.asp?cat=%d" class="menu">%s</a></td></tr>' % (i, E(x)) for i, x in enumerate(["Trang chủ", "Giới thiệu", "Tin hoạt động", "Công tác xã hội", "Sơ cấp cứu", "Hiến máu nhân đạo", "Tìm kiếm thân nhân", "Nhân đạo - Từ thiện", "Văn bản", "Liên hệ"], 1))
    other = "".join('<tr><td><img src="/images/dot.gif"> <a href="chitiet.asp?id=%d&amp;cat=3" class="link">%s</a> <font color="#999999">(%s)</font></td></tr>' % (id_ % 1296, E(h), dt) for h, dt, id_ in news_items(rng, 8, start_day=6))
    html_text = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>Hội Chữ thập đỏ tỉnh Quảng Ngãi :: Tin hoạt động</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript">
<!--
function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="/images/banner.jpg" width="980" height="150" alt="HOI CHU THAP DO TINH QUANG NGAI"></td></tr>
<tr><td colspan="3" bgcolor="#CC0000" height="24"><font face="Arial" size="2" color="#FFFFFF">&nbsp;{CRAWL_HEADER}</font></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#F5F5F5"><table width="100%" border="0" cellspacing="0" cellpadding="0">{menu_rows}</table>
<br><table width="100%"><tr><td align="center"><font face="Arial" size="2"><b>Số lượt truy cập</b><br>{"%07d" % rng.randint(100000, 999999)}</font></td></tr></table></td>
<td width="580" valign="top" style="padding:8px">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td><font face="Arial" size="2" color="#666666">Trang chủ &raquo; Tin hoạt động</font></td></tr>
<tr><td height="10"></td></tr>
<tr><td><font face="Arial" size="4" color="#CC0000"><b>{E(a["title"])}</b></font></td></tr>
<tr><td><font face="Arial" size="1" color="#999999"><i>Cập nhật ngày: 09/11/2026</i></font></td></tr>
<tr><td height="8"></td></tr>
<tr><td align="center"><img src="/upload/tintuc/traoqua-lu-1296.jpg" width="450" border="0"></td></tr>
<tr><td height="8"></td></tr>
<tr><td><font face="Arial" size="2"><div align="justify">
{body_html}</div></font></td></tr>
<tr><td align="right"><font face="Arial" size="2"><b>Văn phòng Hội</b></font></td></tr>
<tr><td height="10"></td></tr>
<tr><td><a href="javascript:window.print()"><img src="/images/print.gif" border="0"> In trang</a> &nbsp; <a href="javascript:history.back()">Trở về</a></td></tr>
<tr><td height="14"></td></tr>
<tr><td bgcolor="#EEEEEE"><font face="Arial" size="2" color="#CC0000"><b>&nbsp;Các tin khác</b></font></td></tr>
<tr><td><table width="100%" cellpadding="2">{other}</table></td></tr>
</table>
</td>
<td width="200" valign="top"><table width="100%"><tr><td><a href="http://redcross.org.vn"><img src="/images/lk-tw.gif" border="0" alt="TW Hoi CTD"></a></td></tr><tr><td><font face="Arial" size="2"><b>Ủng hộ qua tài khoản:</b><br>Hội Chữ thập đỏ tỉnh<br>STK: 5601.0000.xxxxx<br>Ngân hàng BIDV</font></td></tr></table></td>
</tr>
<tr><td colspan="3" bgcolor="#CC0000" align="center"><font face="Arial" size="1" color="#FFFFFF">HỘI CHỮ THẬP ĐỎ TỈNH QUẢNG NGÃI<br>Địa chỉ: 96 Nguyễn Nghiêm, phường Cẩm Thành, tỉnh Quảng Ngãi - ĐT: 0255.3822.xxx</font></td></tr>
</table>
</body>
</html>
"""
    return url, html_text, "classic-asp"


def p_l11(name):
    """ASP.NET WebForms, Sở Tư pháp; huge view state; "Đăng lúc ... (GMT+7)"; document table in content."""
    rng = rng_for(name)
    a = A[name]
    url = "https://stp.thanhhoa.gov.vn/portal/Pages/2026-11-17/Cong-bo-Danh-muc-van-ban-quy-pham-phap-luat-cua-HDND-UBND-tinh-het-hieu-luc.aspx"
    body_html = render_blocks(a["blocks"], {"p": "p-span"}, "/Uploads/Images/2026/11")
    vs = viewstate(rng, 78000)
    menu_sections = GOV_MENU + [("Phổ biến giáo dục pháp luật", ["Tủ sách pháp luật", "Hỏi đáp pháp luật", "Hòa giải ở cơ sở", "Chuẩn tiếp cận pháp luật"]), ("Bổ trợ tư pháp", ["Luật sư", "Công chứng", "Giám định tư pháp", "Đấu giá tài sản", "Thừa phát lại"]), ("Hành chính tư pháp", ["Hộ tịch", "Quốc tịch", "Chứng thực", "Lý lịch tư pháp", "Nuôi con nuôi"])]
    docs = "".join('<tr><td>%s</td><td><a href="/portal/VanBan/%d.aspx">%s</a></td><td>%s</td></tr>' % (
        "%d/2026/QĐ-UBND" % rng.randint(20, 60), rng.randint(1000, 9999), E(h), dt) for h, dt, _ in news_items(rng, 6, start_day=20))
    head = "\n".join([
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        '<title>\r\n\tCông bố Danh mục văn bản QPPL hết hiệu lực năm 2026 - Sở Tư pháp tỉnh Thanh Hóa\r\n</title>',
        '<link href="/portal/App_Themes/SoTuPhap/style.css" type="text/css" rel="stylesheet">',
        '<script src="/portal/WebResource.axd?d=%s&amp;t=638412345678901234" type="text/javascript"></script>' % viewstate(rng, 80).replace("+", "-").replace("/", "_").rstrip("="),
        css_block(rng, 150),
        junk_script(rng, 160),
    ])
    body = f"""<body>
<form method="post" action="./Cong-bo-Danh-muc-van-ban-quy-pham-phap-luat-cua-HDND-UBND-tinh-het-hieu-luc.aspx" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}">
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1']; if (!theForm) {{ theForm = document.form1; }}
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<div id="wrapper">
<div id="header"><div class="header-top"><span id="lblNgay" class="ngay">{CRAWL_HEADER}</span><div class="lang"><a href="?lang=vi">Tiếng Việt</a> | <a href="?lang=en">English</a></div></div>
<div class="banner"><img src="/portal/Images/banner-stp.jpg" alt="SỞ TƯ PHÁP TỈNH THANH HÓA"></div>
<div id="menutop">{mega_menu(rng, menu_sections, cls="menu-top")}</div></div>
<div id="main"><div id="left">
<div class="box"><div class="box-header">CHUYÊN MỤC</div>{mega_menu(rng, menu_sections, cls="menu-left")}</div>
<div class="box">{links_select()}</div>
<div class="box">{counter_box(rng)}</div>
</div>
<div id="center">
<div class="duongdan"><a href="/portal/Pages/default.aspx">Trang chủ</a> / <a href="/portal/Pages/Tin-tuc.aspx">Tin tức - Sự kiện</a> / <a href="/portal/Pages/Xay-dung-kiem-tra-van-ban.aspx">Xây dựng và kiểm tra văn bản</a></div>
<div id="ctl00_ContentPlaceHolder1_pnlChiTiet" class="chitiet">
<h2 class="tieude-tin"><span id="ctl00_ContentPlaceHolder1_lblTieuDe">{E(a["title"])}</span></h2>
<div class="ngaydang"><span id="ctl00_ContentPlaceHolder1_lblNgayDang">Đăng lúc: 09:20:41 17/11/2026 (GMT+7)</span></div>
<div class="noidung" id="noidung">
{body_html}
<p class="MsoNormal" style="text-align:right;"><b><span style="font-size:14pt;">Phòng Xây dựng và Kiểm tra văn bản</span></b></p>
</div>
<div class="congcu"><a href="javascript:window.print();">In bài viết</a> | <a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkGuiEmail','')">Gửi email</a> | <a href="javascript:history.back();">Quay lại</a></div>
</div>
<div class="vanban-moi"><div class="box-header">VĂN BẢN MỚI BAN HÀNH</div><table class="tbl-vanban"><tr><th>Số hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr>{docs}</table></div>
<div class="tinkhac"><div class="box-header">CÁC TIN KHÁC</div><ul>{"".join('<li><a href="/portal/Pages/2026-%s/%s.aspx">%s</a> <span>(%s)</span></li>' % (dt[3:5] + "-" + dt[:2], slugify(h), E(h), dt) for h, dt, _ in news_items(rng, 12, start_day=16))}</ul></div>
</div>
<div id="right">
<div class="box"><div class="box-header">DỊCH VỤ CÔNG TRỰC TUYẾN</div><ul>{"".join('<li><a href="https://dichvucong.thanhhoa.gov.vn/%s">%s</a></li>' % (slugify(x), E(x)) for x in ["Cấp phiếu lý lịch tư pháp", "Đăng ký khai sinh", "Chứng thực bản sao", "Cấp giấy xác nhận tình trạng hôn nhân", "Đăng ký hành nghề luật sư", "Bổ nhiệm công chứng viên"])}</ul></div>
{box_list(rng, "TIN ĐỌC NHIỀU", 8, cls="box", start_day=12, date_fmt="{date}")}
<div class="box"><a href="/portal/Pages/Hoi-dap.aspx"><img src="/portal/Images/hoidap.png" alt="Hỏi đáp pháp luật"></a></div>
</div></div>
<div id="footer"><p>SỞ TƯ PHÁP TỈNH THANH HÓA</p><p>Địa chỉ: Số 35 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa. Điện thoại: 0237.3852.xxx. Email: sotuphap@thanhhoa.gov.vn</p><p>Chịu trách nhiệm chính: Giám đốc Sở Tư pháp</p></div>
</div>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{"%08X" % rng.getrandbits(32)}"><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{viewstate(rng, 900)}"></div>
</form>
{ga_script(rng)}
</body>"""
    return url, html_doc(head, body, doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">', html_attrs=' xmlns="http://www.w3.org/1999/xhtml"'), "aspnet-webforms"


def p_l12(name):
    """ASP.NET MVC Bootstrap ward portal in a merged province; JSON-LD; italic lead; author box above body."""
    rng = rng_for(name)
    a = A[name]
    url = "https://donghung.ninhbinh.gov.vn/tin-tuc/phuong-dong-hung-rut-ngan-40-thoi-gian-giai-quyet-thu-tuc-hanh-chinh-a7731.html"
    body_html = render_blocks(a["blocks"], {"p": "p-justify", "ital": "em"}, "/Content/uploads/2026/11")
    jsonld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": "2026-11-17T07:45:00+07:00", "dateModified": "2026-11-18T10:02:00+07:00",
                         "author": {"@type": "Person", "name": "Đỗ Thu Hằng"}, "publisher": {"@type": "GovernmentOrganization", "name": "UBND phường Đông Hưng"}, "image": ["https://donghung.ninhbinh.gov.vn/Content/uploads/2026/11/tthc-dh.jpg"]}, ensure_ascii=False)
    article = f"""<article class="news-detail">
<h1 class="news-detail__title">{E(a["title"])}</h1>
<div class="news-detail__meta d-flex"><span><i class="bi bi-clock"></i> 07:45 17/11/2026</span><span class="ms-3"><i class="bi bi-eye"></i> {rng.randint(100, 2000)}</span></div>
<div class="author-box d-flex align-items-center"><img src="/Content/images/avatar-default.png" alt="" width="40" class="rounded-circle"><div class="ms-2"><div class="author-name">Tác giả: <a href="/tac-gia/do-thu-hang">Đỗ Thu Hằng</a></div></div></div>
<div class="news-detail__content">
{body_html}
</div>
<div class="news-detail__source text-end"><em>Nguồn: Trung tâm Phục vụ hành chính công phường Đông Hưng</em></div>
<div class="news-detail__tools">{share_tools()}</div>
<div class="news-related mt-4"><h4 class="section-title">Tin liên quan</h4><div class="row">{"".join('<div class="col-md-6 mb-3"><a href="/tin-tuc/%s-a%d.html" class="d-block fw-semibold">%s</a><small class="text-muted">%s</small></div>' % (slugify(h), id_ % 8000, E(h), dt) for h, dt, id_ in news_items(rng, 6, start_day=16))}</div></div>
{cmt_form("/BinhLuan/Gui")}
</article>"""
    head, body = simple_page(
        rng, head_extra='<link href="/Content/bootstrap.min.css" rel="stylesheet">\n<link href="/Content/site.css?v=2.4" rel="stylesheet">\n<meta property="og:title" content="%s">\n<script type="application/ld+json">%s</script>' % (E(a["title"]), jsonld),
        title_tag=a["title"] + " - Cổng thông tin điện tử phường Đông Hưng",
        topline='<div class="container d-flex justify-content-between"><span>%s</span><span><a href="/lien-he">Liên hệ</a> | <a href="/so-do-trang">Sơ đồ trang</a></span></div>' % CRAWL_HEADER,
        banner='<div class="container"><img src="/Content/images/quoc-huy.png" alt="" width="70"><div class="d-inline-block"><div class="banner-sub">ỦY BAN NHÂN DÂN TỈNH NINH BÌNH</div><div class="banner-title">CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG ĐÔNG HƯNG</div></div></div>',
        menu=mega_menu(rng, GOV_MENU, cls="navbar-nav"),
        crumbs='<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li class="breadcrumb-item active">Cải cách hành chính</li></ol>',
        article=article,
        right=box_list(rng, "Tin mới nhất", 6, cls="card sidebar-box", start_day=21, date_fmt="{date}") + '<div class="card sidebar-box"><h3>Thông báo</h3><ul><li><a href="/thong-bao/lich-tiep-cong-dan-thang-12-2026">Lịch tiếp công dân tháng 12/2026</a></li><li><a href="/thong-bao/ke-hoach-so-hoa-ho-so-dat-dai">Kế hoạch số hóa hồ sơ đất đai năm 2027</a></li></ul></div>' + counter_box(rng),
        footer='<div class="container"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG ĐÔNG HƯNG, TỈNH NINH BÌNH</strong></p><p>Cơ quan chủ quản: UBND phường Đông Hưng. Địa chỉ: Số 2 đường Trần Nhân Tông, phường Đông Hưng, tỉnh Ninh Bình</p><p>Điện thoại: 0228.3649.xxx - Email: ubnd.donghung@ninhbinh.gov.vn</p></div>',
        scripts='<script src="/Scripts/jquery-3.7.1.min.js"></script>\n<script src="/Scripts/bootstrap.bundle.min.js"></script>\n' + ga_script(rng),
    )
    return url, html_doc(head, body, lang="vi"), "aspnet-mvc"


def p_l13(name):
    """Hand-written PHP, no charset in the HTTP header (meta only); "Tin: … – Ảnh: …" byline."""
    rng = rng_for(name)
    a = A[name]
    url = "http://mttq.yenkhanh.ninhbinh.gov.vn/index.php?mod=tintuc&act=chitiet&id=584"
    body_html = render_blocks(a["blocks"], {"p": "p", "cap": "div", "slug": "ngayhoi-dt"}, "/upload/images")
    html_text = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Ủy ban MTTQ Việt Nam xã Yên Khánh</title>
<link rel="stylesheet" href="css/style.css">
<script src="js/jquery-1.8.3.min.js"></script>
<script src="js/menu.js"></script>
{junk_script(rng, 12)}
</head>
<body>
<div id="container">
<div id="top"><div class="date">{CRAWL_HEADER}</div><div class="marquee"><marquee>Chào mừng kỷ niệm 96 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2026)</marquee></div></div>
<div id="banner"><img src="images/banner.jpg" alt="MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ YÊN KHÁNH"></div>
<div id="menu"><ul>{"".join('<li><a href="index.php?mod=%s">%s</a></li>' % (slugify(x).replace("-", ""), E(x)) for x in ["Trang chủ", "Giới thiệu", "Tin tức", "Cuộc vận động", "Giám sát - Phản biện", "Quỹ Vì người nghèo", "Văn bản", "Liên hệ"])}</ul></div>
<div id="main">
<div id="left">
<div class="boxleft"><div class="titlebox">DANH MỤC</div><ul><li><a href="index.php?mod=tintuc&amp;cat=1">Hoạt động Mặt trận</a></li><li><a href="index.php?mod=tintuc&amp;cat=2">Đoàn thể</a></li><li><a href="index.php?mod=tintuc&amp;cat=3">Khu dân cư</a></li><li><a href="index.php?mod=tintuc&amp;cat=4">Gương người tốt việc tốt</a></li></ul></div>
<div class="boxleft"><div class="titlebox">THỐNG KÊ</div>Online: {rng.randint(2, 40)}<br>Tổng truy cập: {rng.randint(50000, 300000)}</div>
<div class="boxleft"><div class="titlebox">TIN ĐỌC NHIỀU</div><ul>{"".join('<li><a href="index.php?mod=tintuc&amp;act=chitiet&amp;id=%d">%s</a></li>' % (id_ % 584, E(h)) for h, dt, id_ in news_items(rng, 8, start_day=15))}</ul></div>
<div class="boxleft"><div class="titlebox">LIÊN KẾT</div><ul>{"".join('<li><a href="https://lienket.example.vn/%s">%s</a></li>' % (slugify(x), E(x)) for x in WIDGET_LINKS)}</ul></div>
</div>
<div id="content">
<div class="path"><a href="index.php">Trang chủ</a> &rsaquo; <a href="index.php?mod=tintuc&amp;cat=3">Khu dân cư</a></div>
<div class="news_title">{E(a["title"])}</div>
<div class="news_date">19/11/2026 - 08:45</div>
<div class="news_content">
{body_html}
<p style="text-align:right"><i>Tin: Ngọc Lan – Ảnh: Văn Tú</i></p>
</div>
<div class="news_other"><b>Tin khác:</b><ul>{"".join('<li><a href="index.php?mod=tintuc&amp;act=chitiet&amp;id=%d">%s</a> <span class="d">%s</span></li>' % (id_ % 584, E(h), dt) for h, dt, id_ in news_items(rng, 7, start_day=18))}</ul></div>
</div>
</div>
<div id="footer">Bản quyền thuộc Ủy ban MTTQ Việt Nam xã Yên Khánh, tỉnh Ninh Bình<br>Địa chỉ: Trụ sở UBND xã Yên Khánh - Điện thoại: 0229.3xxx.xxx</div>
</div>
</body>
</html>
"""
    return url, html_text, "custom-php"


def p_l14(name):
    """JSP portal of the provincial military command; long read with subheadings, list, captions."""
    rng = rng_for(name)
    a = A[name]
    url = "https://bochihuyquansu.laichau.gov.vn/portal/news/detail.jsp?newsId=20261114084500&catId=12"
    body_html = render_blocks(a["blocks"], {"p": "p-justify", "cap": "table", "h": "p-strong", "slug": "dientap-kvpt", "alt": "diễn tập"}, "/portal/upload/news/2026/11")
    article = f"""<div class="news-detail">
<div class="news-cat"><a href="/portal/news/list.jsp?catId=12">Quốc phòng địa phương</a></div>
<h2 class="news-title">{E(a["title"])}</h2>
<div class="news-info"><span class="news-time">08:45, 14/11/2026</span></div>
<div class="news-sapo"><b>{E(a["lead"])}</b></div>
<div class="news-content" id="newsContent">
{body_html}
<p style="text-align:right;"><b>Đại úy Lê Văn Hùng</b></p>
<p style="text-align:right;">Phòng Chính trị Bộ CHQS tỉnh</p>
</div>
<div class="news-tools">{share_tools()} <span>Lượt xem: {rng.randint(500, 5000)}</span></div>
<div class="news-same"><h3>Tin cùng chuyên mục</h3><ul>{"".join('<li><a href="/portal/news/detail.jsp?newsId=2026%s0800&amp;catId=12">%s</a> <i>(%s)</i></li>' % (dt[3:5] + dt[:2], E(h), dt) for h, dt, _ in news_items(rng, 10, start_day=13))}</ul></div>
</div>"""
    head, body = simple_page(
        rng, head_extra='<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n<link rel="stylesheet" href="/portal/css/portal.css;jsessionid=%032X">\n<script src="/portal/js/common.js"></script>' % rng.getrandbits(128),
        title_tag="Bộ Chỉ huy Quân sự tỉnh Lai Châu - " + a["title"],
        topline='<span class="ngay">%s</span>' % CRAWL_HEADER,
        banner='<img src="/portal/images/banner-bchqs.jpg" alt="BỘ CHỈ HUY QUÂN SỰ TỈNH LAI CHÂU"><div class="slogan">QUÂN ĐỘI NHÂN DÂN VIỆT NAM: TRUNG VỚI ĐẢNG, HIẾU VỚI DÂN</div>',
        menu=mega_menu(rng, [("Trang chủ", []), ("Giới thiệu", ["Truyền thống", "Thủ trưởng Bộ CHQS", "Cơ quan, đơn vị"]), ("Tin tức", ["Quốc phòng địa phương", "Huấn luyện - Sẵn sàng chiến đấu", "Công tác Đảng, công tác chính trị", "Dân vận", "Hậu cần - Kỹ thuật"]), ("Tuyển quân", ["Thông báo tuyển quân", "Chính sách hậu phương quân đội"]), ("Văn bản", []), ("Liên hệ", [])], cls="menu", link_prefix="/portal/"),
        crumbs='<a href="/portal/index.jsp">Trang chủ</a> &gt; <a href="/portal/news/list.jsp?catId=12">Quốc phòng địa phương</a>',
        article=article,
        left=box_list(rng, "Tin mới", 8, cls="box", start_day=21, date_fmt="({date})") + '<div class="box"><h3>Video</h3><video controls width="220" poster="/portal/images/video-poster.jpg"><source src="/portal/video/ban-tin-qpdp-11.mp4" type="video/mp4">Trình duyệt không hỗ trợ video.</video></div>',
        right=box_list(rng, "Đọc nhiều", 6, cls="box", start_day=12, show_date=False) + counter_box(rng),
        footer='<p>TRANG THÔNG TIN ĐIỆN TỬ BỘ CHỈ HUY QUÂN SỰ TỈNH LAI CHÂU</p><p>Địa chỉ: Phường Tân Phong, tỉnh Lai Châu. Điện thoại: 0213.3876.xxx</p><p>Ghi rõ nguồn “Bộ CHQS tỉnh Lai Châu” khi phát hành lại thông tin.</p>',
        scripts=junk_script(rng, 20) + "\n" + ga_script(rng),
    )
    return url, html_doc(head, body, lang="vi"), "jsp"


def p_l15(name):
    """VNPT ePortal, older generation (Liferay 6.x, /web/ paths); speech with long quotes; credits in the meta line."""
    rng = rng_for(name)
    a = A[name]
    url = "https://bantuyengiaodanvan.thainguyen.dcs.vn/web/guest/tin-tuc/-/asset_publisher/vM8fQ2rT/content/phat-huy-suc-manh-khoi-ai-oan-ket-tao-ong-thuan-trong-thuc-hien-nhiem-vu-chinh-tri"
    body_html = render_blocks(a["blocks"], {"p": "p-justify"}, "/documents/10181/0")
    head = "\n".join([
        '<meta content="text/html; charset=UTF-8" http-equiv="content-type">',
        '<title>%s - Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Nguyên</title>' % E(a["title"]),
        '<link href="/html/portal/css.jsp?browserId=other&amp;themeId=vnptportal_WAR_vnptportaltheme&amp;colorSchemeId=01&amp;minifierType=css&amp;languageId=vi_VN&amp;t=1729000000000" rel="stylesheet" type="text/css">',
        '<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=vnptportal_WAR_vnptportaltheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6205&amp;t=1729000000000" type="text/javascript"></script>',
        "<script type=\"text/javascript\">var themeDisplay = Liferay.ThemeDisplay; Liferay.Portlet.list = ['56_INSTANCE_aB1','101_INSTANCE_vM8fQ2rT','73_INSTANCE_x9','3'];</script>",
        css_block(rng, 90),
        junk_script(rng, 110),
    ])
    portlets = []
    for i in range(6):
        portlets.append('<div class="portlet-boundary portlet-boundary_56_ portlet-static portlet-static-end portlet-journal-content" id="p_p_id_56_INSTANCE_b%d_"><span id="p_56_INSTANCE_b%d"></span><div class="portlet-borderless-container"><div class="portlet-body"><div class="journal-content-article"><a href="/web/guest/chuyen-de-%d"><img src="/documents/10181/0/banner-chuyende-%d.jpg" alt="Chuyên đề %d"></a></div></div></div></div>' % (i, i, i, i, i + 1))
    mega = mega_menu(rng, PARTY_MENU + [("Công tác dân vận", ["Dân vận chính quyền", "Dân vận trong lực lượng vũ trang", "Công tác dân tộc", "Công tác tôn giáo", "Quy chế dân chủ ở cơ sở", "Mặt trận và đoàn thể"]), ("Tuyên giáo", ["Thông tin thời sự", "Báo cáo viên", "Dư luận xã hội", "Lịch sử Đảng"]), ("Khoa giáo", ["Giáo dục", "Y tế", "Khoa học - Công nghệ"])], cls="vnpt-megamenu", link_prefix="/web/guest/")
    body = f"""<body class="blue controls-visible guest-community signed-out public-page">
<div id="wrapper">
<div class="header-date"><span>{CRAWL_HEADER}</span></div>
<div id="banner" role="banner"><img src="/vnptportal-theme/images/custom/banner-btgdv.jpg" alt="BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THÁI NGUYÊN"></div>
<div id="navigation" class="sort-pages modify-pages">{mega}</div>
<div id="content"><div class="columns-1-3-1" id="main-content" role="main">
<div class="portlet-layout"><div class="aui-w20 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_71_ portlet-static portlet-static-end portlet-navigation"><div class="portlet-body"><div class="nav-menu nav-menu-style-">{mega}</div></div></div>
{"".join(portlets[:3])}
</div></div>
<div class="aui-w60 portlet-column" id="column-2"><div class="portlet-dropzone portlet-column-content" id="layout-column_column-2">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher" id="p_p_id_101_INSTANCE_vM8fQ2rT_">
<div class="portlet-body"><div class="asset-full-content default-asset-publisher show-asset-title">
<h3 class="asset-title">{E(a["title"])}</h3>
<div class="asset-metadata"><span class="metadata-entry">Cập nhật lúc: 18:00 | 19/11/2026</span> <span class="metadata-author">Bài, ảnh: Quốc Bảo</span></div>
<div class="asset-content"><div class="journal-content-article">
<p style="text-align: justify;"><strong>{E(a["lead"])}</strong></p>
<p style="text-align: center;"><img alt="" src="/documents/10181/0/bt-phatbieu-1911.jpg" style="width: 600px;"></p>
{body_html}
</div></div>
<div class="taglib-social-bookmarks">{share_tools()}</div>
<div class="taglib-ratings stars"><div class="liferay-rating-vote">Đánh giá của bạn: 0 (0 Phiếu bầu)</div></div>
</div></div></div>
<div class="portlet-boundary portlet-boundary_101_ portlet-static"><div class="portlet-body">{box_list(rng, "Tin cùng chuyên mục", 10, cls="asset-publisher-related", start_day=18, date_fmt="{date}")}</div></div>
</div></div>
<div class="aui-w20 portlet-column portlet-column-last" id="column-3"><div class="portlet-dropzone portlet-column-content portlet-column-content-last">
{"".join(portlets[3:])}
{box_list(rng, "Tin mới", 8, cls="tin-moi", start_day=21, date_fmt="({date})")}
{links_select()}
{counter_box(rng)}
</div></div></div></div></div>
<div id="footer" role="contentinfo"><p>BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THÁI NGUYÊN</p><p>Địa chỉ: Số 18 đường Nha Trang, phường Phan Đình Phùng, tỉnh Thái Nguyên. Điện thoại: 0208.3855.xxx</p><p>Giấy phép số 25/GP-STTTT. Phát triển bởi VNPT Thái Nguyên.</p></div>
</div>
{ga_script(rng)}
<script type="text/javascript">Liferay.Util.addInputType(); Liferay.Portlet.runtimePortletIds = ["56_INSTANCE_b0","56_INSTANCE_b1","101_INSTANCE_vM8fQ2rT"]; AUI().use('aui-base','liferay-menu','liferay-notice', function(A){{ Liferay.Dockbar && Liferay.Dockbar.init(); }});</script>
</body>"""
    return url, html_doc(head, body, doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">', html_attrs=' class="aui ltr" dir="ltr" xmlns="http://www.w3.org/1999/xhtml"'), "vnpt-eportal-liferay6"


def p_l16(name):
    """SharePoint 2016 variant (Trang/), trade union; 12-hour CH clock; "PV" byline; sapo field."""
    rng = rng_for(name)
    a = A[name]
    url = "https://congdoan.sonla.gov.vn/Trang/tin-chi-tiet.aspx?IDNews=5512&TieuDe=trao-15-mai-am-cong-doan"
    body_html = render_blocks(a["blocks"], {"p": "p-justify"}, "/ImageUploads/2026/11")
    head, vs, ev = tandan_shell(rng, "", "", None, None, None, extra_head='<title>\r\n\tLiên đoàn Lao động tỉnh Sơn La - Tin chi tiết\r\n</title>')
    body = f"""<body>
<form method="post" action="./tin-chi-tiet.aspx?IDNews=5512&amp;TieuDe=trao-15-mai-am-cong-doan" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}">
<div id="s4-workspace" class="ms-core-overlay"><div id="s4-bodyContainer">
<div class="ldld-top"><div class="container"><span class="ngay-thang">{CRAWL_HEADER}</span></div></div>
<div class="ldld-header"><div class="container"><img src="/SiteAssets/logo-congdoan.png" alt="Công đoàn Việt Nam"><div class="ten-don-vi">LIÊN ĐOÀN LAO ĐỘNG TỈNH SƠN LA</div></div></div>
<div class="ldld-menu">{mega_menu(rng, [("Trang chủ", []), ("Giới thiệu", ["Lịch sử", "Ban Chấp hành", "Cơ quan LĐLĐ"]), ("Tin tức", ["Hoạt động công đoàn", "Chăm lo đoàn viên", "Thi đua", "Nữ công"]), ("Chính sách pháp luật", ["Bảo hiểm xã hội", "Tiền lương", "An toàn lao động"]), ("Tư vấn pháp luật", []), ("Văn bản", [])], cls="ldld-mainmenu")}</div>
<div class="container"><div class="row">
<div class="col-md-8"><div class="ms-webpart-zone">
<div class="breadcrumb-news"><a href="/">Trang chủ</a> / <a href="/Trang/danh-sach-tin.aspx?cat=3">Chăm lo đoàn viên</a></div>
<div class="news-detail-sp">
<div class="news-title"><h2>{E(a["title"])}</h2></div>
<div class="news-date">Ngày xuất bản: 13/11/2026 2:05 CH <span class="luot-xem">- Lượt xem: {rng.randint(100, 900)}</span></div>
<div class="news-sapo"><p>{E(a["lead"])}</p></div>
<div class="news-content"><div class="ExternalClass{"%032X" % rng.getrandbits(128)}">
<p style="text-align:center;"><img src="/ImageUploads/2026/11/maiam-cd-01.jpg" alt=""></p>
{body_html}
<p style="text-align:right;"><strong>PV</strong></p>
</div></div>
<div class="news-tools">{share_tools()}</div>
</div>
<div class="tin-cung-chuyen-muc"><h3>Tin cùng chuyên mục</h3><ul>{"".join('<li><a href="/Trang/tin-chi-tiet.aspx?IDNews=%d">%s</a><span class="ngay">%s</span></li>' % (id_ % 5512, E(h), dt) for h, dt, id_ in news_items(rng, 8, start_day=12))}</ul></div>
</div></div>
<div class="col-md-4">{box_list(rng, "Tin nổi bật", 6, cls="sidebar-hot", start_day=20, date_fmt="{date}")}<div class="tuvan"><h3>Tư vấn pháp luật miễn phí</h3><p>Tổng đài 1900.xxxx (giờ hành chính)</p></div>{counter_box(rng)}</div>
</div></div>
<div class="ldld-footer"><p>LIÊN ĐOÀN LAO ĐỘNG TỈNH SƠN LA</p><p>Địa chỉ: Số 2 đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La. Điện thoại: 0212.3852.xxx</p></div>
</div></div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}">
</form>
</body>"""
    return url, html_doc(head, body, html_attrs=' dir="ltr" lang="vi-VN"'), "sharepoint-2016"


def p_l17(name):
    """WordPress, Women's Union; several wp-caption photos; <time datetime>; "Bài, ảnh:" byline."""
    rng = rng_for(name)
    a = A[name]
    url = "https://phunu.quangphu.daklak.gov.vn/phu-nu-xa-quang-phu-chung-tay-xay-dung-tuyen-duong-hoa-phu-nu/"
    body_html = render_blocks(a["blocks"], {"p": "p-justify", "cap": "wp", "slug": "duonghoa"}, "/wp-content/uploads/2026/11")
    head = "\n".join([
        '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<title>%s &#8211; Hội LHPN xã Quảng Phú</title>' % E(a["title"]),
        "<link rel='stylesheet' id='newsmag-gov-css' href='/wp-content/themes/newsmag-gov/style.css?ver=1.4' media='all' />",
        '<meta name="generator" content="WordPress 6.8.2">',
        css_block(rng, 15),
    ])
    body = f"""<body class="post-template-default single single-post postid-977 single-format-standard">
<div class="top-header"><div class="container"><span class="today-date">{CRAWL_HEADER}</span></div></div>
<header class="site-header"><div class="container"><a href="/"><img src="/wp-content/uploads/2025/09/logo-hlhpn.png" alt="Hội LHPN Việt Nam"></a><div class="site-name">HỘI LIÊN HIỆP PHỤ NỮ XÃ QUẢNG PHÚ<br><small>Tỉnh Đắk Lắk</small></div></div></header>
<nav class="main-navigation">{mega_menu(rng, [("Trang chủ", []), ("Giới thiệu", ["Ban Chấp hành", "Các chi hội"]), ("Tin hoạt động", []), ("Phụ nữ khởi nghiệp", []), ("Gia đình 5 không, 3 sạch", []), ("Bình đẳng giới", []), ("Văn bản", [])], cls="menu")}</nav>
<div class="container"><div class="row"><div class="col-md-8">
<article id="post-977" class="post-977 post type-post status-publish format-standard hentry category-tin-hoat-dong">
<header class="entry-header"><h1 class="entry-title">{E(a["title"])}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-11-16T15:02:11+07:00">Thứ hai, 16/11/2026</time><time class="updated" datetime="2026-11-17T08:20:45+07:00">17/11/2026</time></span> <span class="cat-links"><a href="/category/tin-hoat-dong/">Tin hoạt động</a></span></div></header>
<div class="entry-content">
{body_html}
<p style="text-align: right;"><em><strong>Bài, ảnh: Vũ Thị Mai</strong></em></p>
</div>
<footer class="entry-footer"><div class="sharedaddy"><h3 class="sd-title">Chia sẻ:</h3><ul><li><a href="?share=facebook">Facebook</a></li><li><a href="?share=twitter">X</a></li></ul></div></footer>
</article>
<div class="related-posts"><h3>Tin cùng chuyên mục</h3>{"".join('<div class="related-item"><a href="/%s/">%s</a><span class="date">%s</span></div>' % (slugify(h), E(h), dt) for h, dt, _ in news_items(rng, 6, start_day=14))}</div>
</div>
<aside class="col-md-4 sidebar">{box_list(rng, "Tin mới", 6, cls="widget", start_day=21, date_fmt="{date}")}<section class="widget"><h2 class="widget-title">Đường dây nóng</h2><p>Tư vấn, hỗ trợ phụ nữ bị bạo lực gia đình: 1900.xxxx</p></section></aside>
</div></div>
<footer class="site-footer"><div class="container"><p>Hội Liên hiệp Phụ nữ xã Quảng Phú - Thôn 3, xã Quảng Phú, tỉnh Đắk Lắk</p><p>Điện thoại: 0262.3xxx.xxx</p></div></footer>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</body>"""
    return url, html_doc(head, body, lang="vi"), "wordpress"


def p_l18(name):
    """Joomla 3 school site; TinyMCE named entities; uppercase bold right-aligned name + school line."""
    rng = rng_for(name)
    a = A[name]
    url = "https://thhoabinh.pgdcaolanh.edu.vn/index.php/tin-tuc/hoat-dong/312-chuyen-de-doc-sach-cung-con-ket-noi-nha-truong-va-gia-dinh"
    body_html = named_entities(render_blocks(a["blocks"], {"p": "p-justify"}, "/images/2026"))
    head = "\n".join([
        '<meta http-equiv="content-type" content="text/html; charset=utf-8">',
        '<meta name="author" content="Administrator">',
        '<meta name="generator" content="Joomla! - Open Source Content Management">',
        '<title>%s</title>' % E(a["title"]),
        '<link href="/templates/protostar/css/template.css?7d1c" rel="stylesheet">',
        '<script src="/media/jui/js/jquery.min.js?7d1c"></script>',
        '<script>jQuery(function($){ initTooltips(); $("body").on("subform-row-add", initTooltips); function initTooltips (event, container) { container = container || document;$(container).find(".hasTooltip").tooltip({"html": true,"container": "body"});} });</script>',
        css_block(rng, 15),
    ])
    body = f"""<body class="site com_content view-article no-layout no-task itemid-121">
<div class="body"><div class="container">
<header class="header"><div class="header-inner clearfix"><div class="ngay-gio">{CRAWL_HEADER}</div><a class="brand pull-left" href="/"><img src="/images/logo-truong.png" alt="Trường Tiểu học Hòa Bình"></a><div class="header-search pull-right"><form action="/index.php" method="post"><input name="searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm ..."></form></div></div></header>
<nav class="navigation">{mega_menu(rng, [("Trang chủ", []), ("Giới thiệu", ["Cơ cấu tổ chức", "Tổ chuyên môn"]), ("Tin tức", ["Hoạt động", "Thông báo"]), ("Công khai", []), ("Thư viện", ["Sách điện tử", "Bài giảng"]), ("Góc phụ huynh", [])], cls="nav menu nav-pills")}</nav>
<div class="row-fluid"><main id="content" class="span9">
<ul class="breadcrumb"><li><a href="/" class="pathway">Trang chủ</a><span class="divider">/</span></li><li><a href="/index.php/tin-tuc" class="pathway">Tin tức</a><span class="divider">/</span></li><li class="active"><span>Hoạt động</span></li></ul>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">{E(a["title"])}</h2></div>
<div class="article-info muted"><dl class="article-info"><dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">Administrator</span></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> Ngày đăng: Chủ nhật, 08 Tháng 11 2026 09:30</dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> Lượt xem: {rng.randint(80, 600)}</dd></dl></div>
<div itemprop="articleBody">
{body_html}
<p style="text-align: right;"><strong>{named_entities("NGUYỄN HOÀI NAM")}</strong></p>
<p style="text-align: right;"><em>{named_entities("Trường Tiểu học Hòa Bình")}</em></p>
</div>
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="Sơ kết thi đua đợt 1" href="/index.php/tin-tuc/hoat-dong/309" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> Trước</a></li><li class="next"><a class="hasTooltip" title="Hội giảng chào mừng 20/11" href="/index.php/tin-tuc/hoat-dong/315" rel="next">Tiếp <span class="icon-chevron-right" aria-hidden="true"></span></a></li></ul>
</div>
</main>
<div id="aside" class="span3"><div class="well"><h3 class="page-header">Tin mới</h3><ul class="latestnews">{"".join('<li><a href="/index.php/tin-tuc/hoat-dong/%d">%s</a></li>' % (id_ % 320, E(h)) for h, dt, id_ in news_items(rng, 6, start_day=20))}</ul></div><div class="well">{counter_box(rng)}</div></div>
</div></div></div>
<footer class="footer"><div class="container"><p>TRƯỜNG TIỂU HỌC HÒA BÌNH - Địa chỉ: Ấp Hòa Bình, xã Mỹ Thọ, tỉnh Đồng Tháp</p><p>&copy; 2026 Trường Tiểu học Hòa Bình</p></div></footer>
</body>"""
    return url, html_doc(head, body, lang="vi-vn", html_attrs=' dir="ltr"'), "joomla3"


def p_l19(name):
    """DNN with a different news module (Ventrian News Articles); numbered items as paragraphs."""
    rng = rng_for(name)
    a = A[name]
    url = "https://dangbo.tanan.cantho.gov.vn/tin-tuc/articleType/ArticleView/articleId/1408/ket-qua-thuc-hien-nghi-quyet-dai-hoi-dang-bo-phuong-nam-2026"
    body_html = render_blocks(a["blocks"], {"p": "p"}, "/Portals/0/Images")
    head = "\n".join([
        '<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">',
        '<title>\r\n\tKết quả thực hiện Nghị quyết Đại hội Đảng bộ phường năm 2026\r\n</title>',
        '<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke ">',
        '<link href="/DesktopModules/DnnForge - NewsArticles/module.css?cdv=219" type="text/css" rel="stylesheet">',
        '<link href="/Portals/_default/Skins/DangBo/skin.css?cdv=219" type="text/css" rel="stylesheet">',
        css_block(rng, 20),
    ])
    body = f"""<body id="Body">
<form method="post" action="/tin-tuc/articleType/ArticleView/articleId/1408/ket-qua-thuc-hien-nghi-quyet-dai-hoi-dang-bo-phuong-nam-2026" id="Form">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(rng, 2600)}">
<div class="skin-top"><span class="skin-date">{CRAWL_HEADER}</span></div>
<div class="skin-banner"><img src="/Portals/0/banner-dangbo.png" alt="ĐẢNG BỘ PHƯỜNG TÂN AN"><span class="khau-hieu">Đoàn kết - Dân chủ - Kỷ cương - Đổi mới - Phát triển</span></div>
<div class="skin-menu">{mega_menu(rng, PARTY_MENU, cls="dnnmenu")}</div>
<div class="skin-main"><div class="skin-left" id="dnn_LeftPane">{box_list(rng, "Tin mới", 7, cls="DnnModule", start_day=21, date_fmt="{date}")}{links_select()}</div>
<div class="skin-content" id="dnn_ContentPane"><div class="DnnModule DnnModule-DnnForge-NewsArticles DnnModule-733"><a name="733"></a>
<div class="NewsArticles">
<div class="articleHeadline"><h1>{E(a["title"])}</h1></div>
<div class="articleAuthor"><span class="ngaydang">Ngày đăng: 20/11/2026 07:30</span></div>
<div class="articleEntry">
{body_html}
<p style="text-align:right;"><em>Văn Thành (Đảng ủy phường Tân An)</em></p>
</div>
<div class="articleRelated"><h3>Các tin khác</h3><ul>{"".join('<li><a href="/tin-tuc/articleType/ArticleView/articleId/%d">%s</a> - <span>%s</span></li>' % (id_ % 1408, E(h), dt) for h, dt, id_ in news_items(rng, 8, start_day=18))}</ul></div>
<div class="articleComments"><h3>Bình luận</h3><p>Chưa có bình luận nào.</p>{cmt_form("/tin-tuc/articleType/PostComment")}</div>
</div></div></div></div>
<div class="skin-footer"><p>ĐẢNG BỘ PHƯỜNG TÂN AN, THÀNH PHỐ CẦN THƠ</p><p>Địa chỉ: Số 1 đường Hòa Bình, phường Tân An, thành phố Cần Thơ</p></div>
</form>
{ga_script(rng)}
</body>"""
    return url, html_doc(head, body, lang="vi-VN"), "dnn-newsarticles"


def p_l20(name):
    """SharePoint 2010 Tân Dân provincial portal; very large view state and menus; SA clock; quote."""
    rng = rng_for(name)
    a = A[name]
    url = "https://congthongtin.camau.gov.vn/Trang/TinTuc/ChiTiet.aspx?ItemID=88421&CategoryID=3"
    body_html = render_blocks(a["blocks"], {"p": "p-span", "cap": "tandan", "slug": "phienhop-t11"}, "/SiteAssets/2026/11")
    head, vs, ev = tandan_shell(rng, "", "", None, None, None, extra_head='<title>\r\n\tCổng thông tin điện tử tỉnh Cà Mau - Tin chi tiết\r\n</title>', vs_bytes=70000, big=True)
    menu_sections = GOV_MENU + [("Sở, ban, ngành", ["Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp", "Sở Xây dựng", "Sở Công Thương", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo", "Thanh tra tỉnh"]),
                                ("Xã, phường", ["Phường An Xuyên", "Phường Lý Văn Lâm", "Phường Tân Thành", "Phường Hòa Thành", "Phường Bạc Liêu", "Phường Vĩnh Trạch", "Xã Đá Bạc", "Xã Khánh Bình", "Xã Trần Văn Thời", "Xã Sông Đốc", "Xã Năm Căn", "Xã Đất Mũi", "Xã Phong Thạnh", "Xã Hồng Dân", "Xã Vĩnh Lợi", "Xã Đông Hải"])]
    others = "".join('<li><a href="/Trang/TinTuc/ChiTiet.aspx?ItemID=%d&amp;CategoryID=3">%s</a> <span class="date">(%s)</span></li>' % (id_ + 80000, E(h), dt) for h, dt, id_ in news_items(rng, 15, start_day=18))
    body = f"""<body scroll="yes" onload="javascript:_spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="ChiTiet.aspx?ItemID=88421&amp;CategoryID=3" id="aspnetForm">
<div><input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{"%0128X" % rng.getrandbits(512)},22 Nov 2026 01:40:11 -0000">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}"></div>
{junk_script(rng, 120)}
<div class="tandan-wrapper">
<div class="tandan-top"><span class="tandan-ngay">{CRAWL_HEADER}</span><span class="tandan-lang"><a href="/Trang/default.aspx">Tiếng Việt</a> | <a href="/en">English</a></span></div>
<div class="tandan-banner"><img src="/Style%20Library/tandan/images/banner-camau.png" alt="CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU"></div>
<div class="tandan-menu">{mega_menu(rng, menu_sections, cls="tandan-megamenu")}</div>
<div class="tandan-marquee"><marquee>Thi đua lập thành tích chào mừng Đại hội Đảng các cấp và Đại hội đại biểu toàn quốc lần thứ XIV của Đảng</marquee></div>
<table class="tandan-layout" width="100%"><tr>
<td class="tandan-left" valign="top">{mega_menu(rng, menu_sections, cls="tandan-leftmenu")}{links_select()}{counter_box(rng)}</td>
<td class="tandan-center" valign="top">
<div class="tandan-duongdan"><a href="/Trang/default.aspx">Trang chủ</a> » <a href="/Trang/TinTuc/DanhSach.aspx?CategoryID=3">Tin hoạt động của lãnh đạo tỉnh</a></div>
<div class="tandan-ct">
<div class="tandan-ct-tieude">{E(a["title"])}</div>
<div class="tandan-ct-ngay">19/11/2026 10:12 SA</div>
<div class="tandan-ct-tomtat">{E(a["lead"])}</div>
<div class="tandan-ct-noidung">
{body_html}
<p class="MsoNormal" style="text-align:right;"><b><span style="font-size:14pt;">Minh Tâm - Trung tâm Thông tin tỉnh</span></b></p>
</div>
<div class="tandan-ct-congcu"><a href="javascript:window.print()">In</a> | <a href="mailto:?">Gửi bạn bè</a> | Lượt xem: {rng.randint(500, 4000)}</div>
</div>
<div class="tandan-tinkhac"><div class="tandan-tinkhac-tieude">Các tin khác</div><ul>{others}</ul></div>
</td>
<td class="tandan-right" valign="top">{box_list(rng, "Tin mới cập nhật", 10, cls="tandan-box", start_day=21, date_fmt="{date}")}{box_list(rng, "Thông báo", 6, cls="tandan-box", start_day=20, show_date=False)}
<div class="tandan-box"><a href="https://dichvucong.camau.gov.vn"><img src="/Style%20Library/tandan/images/dvc.png" alt="Dịch vụ công trực tuyến"></a><a href="/Trang/HoiDap.aspx"><img src="/Style%20Library/tandan/images/hoidap.png" alt="Hỏi đáp"></a></div></td>
</tr></table>
<div class="tandan-footer"><p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU</p><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Cà Mau. Cơ quan quản lý: Văn phòng UBND tỉnh.</p><p>Địa chỉ: Số 2 Hùng Vương, phường An Xuyên, tỉnh Cà Mau. Điện thoại: 0290.3831.xxx</p><p>Giấy phép số 08/GP-TTĐT. Ghi rõ nguồn “Cổng TTĐT tỉnh Cà Mau” khi phát hành lại thông tin từ cổng này.</p></div>
</div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{viewstate(rng, 1500)}">
</form>
{ga_script(rng)}
</body>"""
    return url, html_doc(head, body, doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">', html_attrs=' dir="ltr" xmlns="http://www.w3.org/1999/xhtml"'), "sharepoint-tandan"


# ================================================================ non-article pages

def p_n01(name):
    """VNPT ePortal category listing with summaries, dates and pagination."""
    rng = rng_for(name)
    url = "https://sotc.hungyen.gov.vn/vi/web/guest/tin-hoat-dong?p_p_id=101_INSTANCE_Qe7&cur=2"
    items = []
    for h, dt, id_ in news_items(rng, 15, start_day=21):
        items.append('<div class="asset-abstract"><div class="asset-image"><img src="/documents/2025/0/thumb-%d.jpg" alt=""></div><h3 class="asset-title"><a href="/vi/web/guest/tin-hoat-dong/-/asset_publisher/Qe7/content/%s">%s</a></h3><div class="asset-date">%s</div><div class="asset-summary">%s</div><div class="asset-more"><a href="/vi/web/guest/tin-hoat-dong/-/asset_publisher/Qe7/content/%s">Xem chi tiết »</a></div></div>'
                     % (id_, slugify(h), E(h), dt, E("Bài viết về " + h[0].lower() + h[1:] + ", do bộ phận tổng hợp của Sở cập nhật."), slugify(h)))
    head = '<meta charset="utf-8">\n<title>Tin hoạt động - Sở Tài chính tỉnh Hưng Yên</title>\n' + css_block(rng, 30)
    body = f"""<body class="controls-visible guest-site signed-out public-page site">
<div class="top-bar"><span class="today">{CRAWL_HEADER}</span></div>
<header id="banner"><img src="/o/vnpt-portal-theme/images/banner-sotc.png" alt="SỞ TÀI CHÍNH TỈNH HƯNG YÊN"></header>
<nav id="navigation">{mega_menu(rng, GOV_MENU, cls="nav navbar-nav", link_prefix="/vi/web/guest/")}</nav>
<div id="content" class="container"><div class="row"><div class="col-md-9">
<ul class="breadcrumb"><li><a href="/vi/web/guest">Trang chủ</a></li><li class="active">Tin hoạt động</li></ul>
<h2 class="portlet-title">Tin hoạt động</h2>
{"".join(items)}
<div class="taglib-page-iterator"><div class="lfr-pagination"><ul class="pagination"><li><a href="?cur=1">&laquo; Đầu</a></li><li><a href="?cur=1">1</a></li><li class="active"><a href="#">2</a></li><li><a href="?cur=3">3</a></li><li><a href="?cur=4">4</a></li><li><a href="?cur=3">Tiếp &raquo;</a></li><li><a href="?cur=27">Cuối</a></li></ul><small class="search-results">Hiển thị 16 - 30 của 398 kết quả.</small></div></div>
</div><div class="col-md-3">{box_list(rng, "Tin đọc nhiều", 8, cls="tin-doc-nhieu", start_day=15, show_date=False)}{counter_box(rng)}</div></div></div>
<footer><p>SỞ TÀI CHÍNH TỈNH HƯNG YÊN - Địa chỉ: Đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên</p></footer>
{ga_script(rng)}
</body>"""
    return url, html_doc(head, body, lang="vi-VN"), "vnpt-eportal-liferay", "listing"


def p_n02(name):
    """NukeViet 4 search results page."""
    rng = rng_for(name)
    url = "https://tinhdoancaobang.org.vn/seek/?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91"
    res = []
    for h, dt, id_ in news_items(rng, 10, start_day=20):
        res.append('<div class="result"><h3><a href="/tin-tuc/hoat-dong-doan/%s-%d.html">%s</a></h3><div class="result-content">… tổ <span class="keyword">chuyển đổi số</span> cộng đồng tiếp tục hỗ trợ người dân tại cơ sở, gắn với nội dung: %s …</div><div class="result-url">tinhdoancaobang.org.vn/tin-tuc/hoat-dong-doan/%s-%d.html - %s</div></div>'
                   % (slugify(h), id_, E(h), E(h.lower()), slugify(h), id_, dt))
    head = '<meta charset="utf-8">\n<title>Tìm kiếm - Tỉnh đoàn Cao Bằng</title>\n<meta name="robots" content="noindex, nofollow">\n' + css_block(rng, 20)
    body = f"""<body>
<div class="topline"><span class="current-time">{CRAWL_HEADER}</span></div>
<div class="banner"><img src="/themes/default/images/banner-tinhdoan.png" alt="Tỉnh đoàn Cao Bằng"></div>
<nav>{mega_menu(rng, [("Trang nhất", []), ("Giới thiệu", []), ("Tin tức", ["Hoạt động Đoàn", "Hội LHTN", "Đội TNTP"]), ("Văn bản", []), ("Liên hệ", [])], cls="nav navbar-nav")}</nav>
<div class="container"><div class="panel panel-default"><div class="panel-body">
<form action="/seek/" method="get" class="form-inline"><input type="text" name="q" value="chuyển đổi số" class="form-control"> <select name="m"><option value="">Tất cả</option><option value="news">Tin tức</option><option value="laws">Văn bản</option></select> <button type="submit" class="btn btn-primary">Tìm kiếm</button></form>
<p class="search-summary">Có <strong>86</strong> kết quả phù hợp với từ khóa “<strong>chuyển đổi số</strong>” trong module <strong>Tin tức</strong></p>
{"".join(res)}
<ul class="pagination"><li class="active"><a href="#">1</a></li><li><a href="/seek/?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91&amp;page=2">2</a></li><li><a href="/seek/?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91&amp;page=3">3</a></li><li><a href="/seek/?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91&amp;page=9">»</a></li></ul>
</div></div></div>
<footer><p>BAN THƯỜNG VỤ TỈNH ĐOÀN CAO BẰNG</p><p>&copy; Bản quyền thuộc về Tỉnh đoàn Cao Bằng.</p></footer>
</body>"""
    return url, html_doc(head, body), "nukeviet4", "search"


def p_n03(name):
    """DNN "not found" page served inside the full skin."""
    rng = rng_for(name)
    url = "https://hoinongdan.dongthap.gov.vn/tin-tuc/hoi-nong-dan-xa-my-hiep-ra-mat-to-hop-tac-2024"
    head = '<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">\n<title>\r\n\tKhông tìm thấy trang - Hội Nông dân tỉnh Đồng Tháp\r\n</title>\n' + css_block(rng, 20)
    body = f"""<body id="Body">
<form method="post" action="/404" id="Form"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(rng, 600)}">
<div class="header-top"><div class="date-now">{CRAWL_HEADER}</div></div>
<div class="header"><a href="/" class="logo"><img src="/Portals/0/logo-hnd.png" alt="Hội Nông dân tỉnh Đồng Tháp"></a></div>
<nav class="main-nav">{mega_menu(rng, [("Trang chủ", []), ("Giới thiệu", ["Lịch sử", "Tổ chức bộ máy"]), ("Tin tức", ["Hoạt động Hội", "Nông dân sản xuất giỏi"]), ("Văn bản", []), ("Liên hệ", [])], cls="dnnmega")}</nav>
<div class="container"><div class="row"><div class="col-md-8"><div class="DnnModule"><div class="error-404">
<h1>404</h1><h2>Không tìm thấy trang yêu cầu</h2>
<p>Trang bạn tìm có thể đã bị xóa, đổi tên hoặc tạm thời không truy cập được. Vui lòng kiểm tra lại đường dẫn hoặc quay về <a href="/">Trang chủ</a>.</p>
<p>Bạn cũng có thể tìm kiếm thông tin cần thiết:</p><input type="text" name="q" placeholder="Nhập từ khóa"> <button type="button">Tìm</button>
</div></div></div>
<div class="col-md-4">{box_list(rng, "Tin mới nhất", 8, cls="DnnModule tin-moi", start_day=21, date_fmt="{date}")}{counter_box(rng)}</div></div></div>
<footer><p>HỘI NÔNG DÂN TỈNH ĐỒNG THÁP</p><p>Địa chỉ: Số 8 đường Võ Trường Toản, phường Cao Lãnh, tỉnh Đồng Tháp</p><p>Điện thoại: 0277.3851.xxx - Email: hnd@dongthap.gov.vn</p><p>Copyright &copy; 2026 Hội Nông dân tỉnh Đồng Tháp</p></footer>
</form>
{ga_script(rng)}
</body>"""
    return url, html_doc(head, body, lang="vi-VN"), "dnn-easydnnnews", "not_found"


def p_n04(name):
    """JavaScript cookie challenge placed in front of a provincial portal (anti-DDoS)."""
    rng = rng_for(name)
    url = "https://congthongtin.camau.gov.vn/Trang/TinTuc/ChiTiet.aspx?ItemID=88430&CategoryID=3"
    token = "%064x" % rng.getrandbits(256)
    salt = "%016x" % rng.getrandbits(64)
    text = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<title>Đang kiểm tra trình duyệt...</title>
<style>body{{font-family:Arial,sans-serif;background:#f4f6f8;color:#333;text-align:center;padding-top:120px}}.box{{display:inline-block;background:#fff;border:1px solid #dde;padding:30px 40px;border-radius:6px}}.spinner{{width:36px;height:36px;border:4px solid #ccd;border-top-color:#c00;border-radius:50%;animation:s 1s linear infinite;margin:14px auto}}@keyframes s{{to{{transform:rotate(360deg)}}}}</style>
<script>
(function(){{
  var _0x = [{", ".join('"%s"' % ("%024x" % rng.getrandbits(96)) for _ in range(180))}];
  var t = "{token}", s = "{salt}", n = 0, h = 0;
  function f(x){{ var r = 0; for (var i = 0; i < x.length; i++) {{ r = ((r << 5) - r + x.charCodeAt(i)) | 0; }} return r >>> 0; }}
  do {{ n++; h = f(t + s + n); }} while ((h & 0xfff) !== 0 && n < 500000);
  document.cookie = "__gov_shield=" + t + "." + n + "; path=/; max-age=1800; SameSite=Lax";
  setTimeout(function(){{ location.replace(location.href); }}, 1200);
}})();
</script>
</head>
<body>
<div class="box">
<img src="/__shield/logo.png" alt="" width="64">
<h1>Hệ thống đang kiểm tra trình duyệt của bạn</h1>
<div class="spinner"></div>
<p>Vui lòng chờ trong giây lát, trang sẽ tự động chuyển đến nội dung yêu cầu.</p>
<p><small>Trình duyệt cần bật JavaScript và Cookie. Mã yêu cầu: {token[:16].upper()}</small></p>
</div>
<noscript><p>Vui lòng bật JavaScript để tiếp tục truy cập Cổng thông tin điện tử.</p></noscript>
</body>
</html>
"""
    return url, text, "js-challenge", "challenge"


# ================================================================ main

ARTICLES = {
    "l01": (p_l01, "utf-8"), "l02": (p_l02, "utf-8"), "l03": (p_l03, "utf-8"), "l04": (p_l04, "utf-8"),
    "l05": (p_l05, "utf-8"), "l06": (p_l06, "utf-8"), "l07": (p_l07, "utf-8"), "l08": (p_l08, "utf-8"),
    "l09": (p_l09, "utf-8"), "l10": (p_l10, "windows-1258"), "l11": (p_l11, "utf-8"), "l12": (p_l12, "utf-8"),
    "l13": (p_l13, None), "l14": (p_l14, "utf-8"), "l15": (p_l15, "utf-8"), "l16": (p_l16, "utf-8"),
    "l17": (p_l17, "utf-8"), "l18": (p_l18, "utf-8"), "l19": (p_l19, "utf-8"), "l20": (p_l20, "utf-8"),
}
OTHERS = {"n01": p_n01, "n02": p_n02, "n03": p_n03, "n04": p_n04}


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(outdir, exist_ok=True)
    for name, (fn, charset) in ARTICLES.items():
        url, text, platform = fn(name)
        enc = "windows-1258" if charset == "windows-1258" else "utf-8"
        write_page(outdir, name, text, article_side(platform, url, charset, A[name]), encoding=enc)
    for name, fn in OTHERS.items():
        url, text, platform, kind = fn(name)
        write_page(outdir, name, text, {"kind": kind, "platform": platform, "url": url, "charset": "utf-8"})


if __name__ == "__main__":
    main()
