#!/usr/bin/env python3
"""Self-check of the blind-w gold set, without any extractor.

    python3 check.py        # exits 0 when every check passes

Checks: sidecar keys and order; RFC 3339 dates with +07:00 inside
2025-07-01 .. 2026-11-21; NFC in every sidecar string; page bytes decode
with the sidecar charset (or the page's <meta> when the label is null) and
agree with the page's own declaration; every body block appears, in order,
in the page's visible text (decoded, entities unescaped, NFC, whitespace
collapsed); title and each author part visible; the crawl date shown in the
header, before the article; the printed (or machine-readable) date present;
page sizes; and that make.py reproduces every file byte for byte.
"""
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLE_KEYS = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
OTHER_KEYS = ["kind", "platform", "url", "charset"]
OTHER_KINDS = {"n01": "listing", "n02": "search", "n03": "not_found", "n04": "challenge"}
LO = datetime.datetime(2025, 7, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
HI = datetime.datetime(2026, 11, 21, 23, 59, 59, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))

# crawl day (Sunday 22/11/2026) as each site prints it in its header
CRAWL = {
    "w01": "Chủ nhật, 22/11/2026", "w02": "Chủ Nhật, ngày 22/11/2026", "w03": "Hôm nay: Chủ nhật, 22/11/2026",
    "w04": "Chủ nhật, ngày 22 tháng 11 năm 2026", "w05": "Chủ nhật, 22-11-2026", "w06": "Chủ Nhật, 22 Tháng Mười Một, 2026",
    "w07": "Hôm nay: 22-11-2026", "w08": "Chủ nhật, 22/11/2026", "w09": "Chủ nhật, 22/11/2026", "w10": "Chủ nhật, 22/11/2026",
    "w11": "CN, 22/11/2026", "w12": "Chủ nhật, ngày 22/11/2026", "w13": "Chủ Nhật, 22/11/2026", "w14": "Chủ nhật, 22/11/2026",
    "w15": "Chủ nhật, 22/11/2026", "w16": "Chủ nhật, 22/11/2026", "w17": "Chủ nhật, ngày 22 tháng 11 năm 2026",
    "w18": "Hôm nay: Chủ Nhật, 22/11/2026", "w19": "Chủ nhật 22/11/2026", "w20": "22/11/2026 (GMT+7)",
}

# the publication date as the page carries it: ("v", visible text) or ("m", raw markup)
DATE_SHOWN = {
    "w01": ("v", "12/03/2026 4:15 CH"), "w02": ("v", "Ngày đăng: 05/08/2025 14:20"), "w03": ("v", "18/09/2025 08:32"),
    "w04": ("v", "15/01/2026 - 10:20"), "w05": ("m", 'itemprop="datePublished" content="2026-05-20T16:45:12+07:00"'),
    "w06": ("m", 'property="article:published_time" content="2025-08-28T02:15:40+00:00"'),
    "w07": ("m", 'datetime="2025-10-14T09:05:12+07:00" itemprop="datePublished"'),
    "w08": ("m", 'datetime="2026-02-03T14:20:31+07:00" itemprop="datePublished"'), "w09": ("v", "20/11/2025 09:41"),
    "w10": ("v", "09/12/2025 - 10:12"), "w11": ("m", 'datetime="2026-04-21T08:30:00Z"'), "w12": ("v", "Ngày đăng: 03/09/2025"),
    "w13": ("m", '"datePublished": "2026-06-05T07:45:00+07:00"'), "w14": ("v", "10:05 | 17/07/2025"),
    "w15": ("m", 'dateTime="2026-09-14T18:02:45+07:00"'), "w16": ("v", "Ngày đăng: 01/09/2025 16:10"),
    "w17": ("v", "26/06/2026 08:15"), "w18": ("m", 'datetime="2025-10-22T08:30:25+07:00" itemprop="datePublished"'),
    "w19": ("v", "Ngày cập nhật: 19/11/2026"), "w20": ("v", "08/07/2026 | 11:20"),
}

SKIP = {"script", "style", "noscript", "template", "head", "svg"}
BLOCK = {"p", "div", "li", "ul", "ol", "td", "th", "tr", "table", "tbody", "thead", "h1", "h2", "h3", "h4", "h5", "h6",
         "br", "section", "article", "figure", "figcaption", "header", "footer", "nav", "aside", "main", "blockquote",
         "dl", "dt", "dd", "form", "select", "option", "hr", "body", "html"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip:
            self.skip -= 1
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def visible_text(html):
    v = Visible()
    v.feed(html)
    v.close()
    return norm("".join(v.parts))


def meta_charset(raw):
    head = raw[:4096].decode("ascii", "replace")
    m = re.search(r'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', head, re.I)
    return m.group(1).lower() if m else None


FAIL = []
N = [0]


def check(cond, msg):
    N[0] += 1
    if not cond:
        FAIL.append(msg)


def all_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield k
            yield from all_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from all_strings(v)


def main():
    names = ["w%02d" % i for i in range(1, 21)] + ["n01", "n02", "n03", "n04"]
    sizes = {}
    for name in names:
        jp, hp = os.path.join(HERE, name + ".json"), os.path.join(HERE, name + ".html")
        check(os.path.exists(jp) and os.path.exists(hp), "%s: files missing" % name)
        if not (os.path.exists(jp) and os.path.exists(hp)):
            continue
        side = json.load(open(jp, encoding="utf-8"))
        raw = open(hp, "rb").read()
        sizes[name] = len(raw)
        is_art = name.startswith("w")
        check(list(side) == (ARTICLE_KEYS if is_art else OTHER_KEYS), "%s: sidecar keys %s" % (name, list(side)))
        check(side.get("kind") == ("article" if is_art else OTHER_KINDS[name]), "%s: kind %r" % (name, side.get("kind")))
        for s in all_strings(side):
            check(unicodedata.is_normalized("NFC", s), "%s: non-NFC string in sidecar: %r" % (name, s[:40]))
        # charset
        label = side.get("charset")
        declared = meta_charset(raw)
        enc = label or declared
        check(enc is not None, "%s: no charset anywhere" % name)
        if label is None:
            check(declared is not None, "%s: null label but no meta charset" % name)
        elif declared is not None:
            check(declared.replace("_", "-") == label, "%s: meta charset %s disagrees with label %s" % (name, declared, label))
        try:
            html = raw.decode(enc)
        except Exception as e:
            check(False, "%s: does not decode as %s: %s" % (name, enc, e))
            continue
        if not is_art:
            continue
        # dates
        pa = side["published_at"]
        check(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", pa or "") is not None, "%s: published_at form %r" % (name, pa))
        try:
            dt = datetime.datetime.fromisoformat(pa)
            check(LO <= dt <= HI, "%s: published_at out of range %s" % (name, pa))
        except Exception:
            check(False, "%s: published_at unparsable %r" % (name, pa))
        text = visible_text(html)
        # body blocks in order
        pos = 0
        first = None
        for blk in side["body"].split("\n\n"):
            b = norm(blk)
            check(b != "", "%s: empty body block" % name)
            i = text.find(b, pos)
            check(i >= 0, "%s: body block not found in order: %r" % (name, b[:70]))
            if i >= 0:
                if first is None:
                    first = i
                pos = i + len(b)
        check(norm(side["title"]) in text, "%s: title not visible" % name)
        if side["author"] is not None:
            for part in side["author"].split(", "):
                check(norm(part) in text, "%s: author part not visible: %r" % (name, part))
        c = text.find(norm(CRAWL[name]))
        check(c >= 0, "%s: crawl date %r not visible" % (name, CRAWL[name]))
        check(first is None or (0 <= c < first), "%s: crawl date not in the header (before the article)" % name)
        kind, val = DATE_SHOWN[name]
        if kind == "v":
            check(norm(val) in text, "%s: printed date %r not visible" % (name, val))
        else:
            check(val in html, "%s: machine-readable date %r missing" % (name, val))
    # sizes
    big = [n for n, s in sizes.items() if 120 * 1024 <= s <= 170 * 1024]
    for n, s in sizes.items():
        check(15 * 1024 <= s <= 60 * 1024 or 120 * 1024 <= s <= 170 * 1024, "%s: size %.1f KB outside 15-60 / 120-170" % (n, s / 1024))
    check(len(big) >= 3, "fewer than 3 pages of 120-170 KB: %s" % big)
    # reproduction
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], capture_output=True, text=True)
        check(r.returncode == 0, "make.py failed: %s" % r.stderr[-300:])
        made = set(os.listdir(tmp))
        have = {f for f in os.listdir(HERE) if f.endswith((".html", ".json"))}
        check(made == have, "make.py output differs in file set: %s" % sorted(made ^ have))
        for f in sorted(made & have):
            check(open(os.path.join(tmp, f), "rb").read() == open(os.path.join(HERE, f), "rb").read(), "%s: not reproduced byte for byte" % f)
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        print("check.py: %d of %d checks failed" % (len(FAIL), N[0]))
        sys.exit(1)
    print("check.py: %d pages, %d checks, all passed (%d pages of 120-170 KB)" % (len(sizes), N[0], len(big)))


if __name__ == "__main__":
    main()
