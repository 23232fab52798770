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
