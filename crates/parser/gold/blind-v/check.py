#!/usr/bin/env python3
"""Checks the blind-v gold set on its own (no extractor): python3 check.py

Sidecar keys and values, dates, NFC, charsets, body blocks / title / author
visible in the page in reading order, the crawl date in each article page's
header, page sizes, and that make.py rebuilds every file byte for byte.
Exits 0 when every check passes.
"""
import filecmp
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ART_KEYS = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
NON_KEYS = ["kind", "platform", "url", "charset"]
NON_KINDS = {"n01": "listing", "n02": "search", "n03": "not_found", "n04": "challenge"}
ARTICLES = ["v%02d" % i for i in range(1, 21)]
# the crawl day (Sunday 22/11/2026) as each site prints it in its header
HEADER = {
    "v01": "Chủ Nhật, 22/11/2026", "v02": "Chủ nhật, ngày 22/11/2026", "v03": "Hôm nay: 22-11-2026",
    "v04": "Chủ nhật, 22 tháng 11, 2026", "v05": "Chủ Nhật, 22/11/2026", "v06": "22/11/2026",
    "v07": "Chủ nhật, ngày 22 tháng 11 năm 2026", "v08": "Hôm nay, Chủ nhật 22/11/2026",
    "v09": "Ngày 22 tháng 11 năm 2026", "v10": "CN, 22/11/2026", "v11": "Chủ nhật, 22/11/2026",
    "v12": "Chủ nhật, 22.11.2026", "v13": "Chủ nhật, 22/11/2026", "v14": "Chủ nhật, 22/11/2026 | 07:46",
    "v15": "Chủ Nhật, 22/11/2026", "v16": "Chủ nhật, 22/11/2026", "v17": "Hôm nay: Chủ nhật, 22/11/2026",
    "v18": "Chủ nhật, 22/11/2026", "v19": "Chủ Nhật, ngày 22/11/2026", "v20": "Chủ Nhật, 22/11/2026",
}
DATE_RE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\+07:00$")
BLOCK = {"p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "br", "figcaption", "figure", "blockquote",
         "section", "article", "header", "footer", "nav", "ul", "ol", "table", "tbody", "thead", "dd", "dt", "dl", "main",
         "aside", "form", "option", "select", "hr", "img", "label", "button", "time"}
SKIP = {"script", "style", "noscript", "template", "head", "title", "svg"}

errors = []


def err(name, msg):
    errors.append("%s: %s" % (name, msg))


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.out.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip:
            self.skip -= 1
        if tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def visible_text(text):
    v = Visible()
    v.feed(text)
    v.close()
    return norm("".join(v.out))


def meta_charset(raw):
    head = raw[:4096].decode("ascii", "replace").lower()
    m = re.search(r'<meta[^>]+charset=["\']?([a-z0-9_-]+)', head)
    return m.group(1) if m else None


def check_nfc(name, side):
    for k, v in side.items():
        if isinstance(v, str) and unicodedata.normalize("NFC", v) != v:
            err(name, "%s is not NFC" % k)


def decode(name, raw, side):
    label = side["charset"]
    meta = meta_charset(raw)
    if label is None:
        if not meta:
            err(name, "charset null but the page declares no charset")
            return None
        enc = meta
    else:
        enc = label
        if meta and meta.replace("-", "") != label.replace("-", ""):
            err(name, "meta charset %s disagrees with label %s" % (meta, label))
    try:
        return raw.decode(enc)
    except (UnicodeDecodeError, LookupError) as e:
        err(name, "cannot decode as %s: %s" % (enc, e))
        return None


def check_article(name, side, raw):
    if list(side) != ART_KEYS:
        err(name, "keys %s" % list(side))
        return
    if side["kind"] != "article":
        err(name, "kind %r" % side["kind"])
    for k in ("platform", "url", "title", "body"):
        if not isinstance(side[k], str) or not side[k].strip():
            err(name, "%s empty" % k)
    if not side["url"].startswith(("http://", "https://")):
        err(name, "url")
    if side["author"] is not None and (not isinstance(side["author"], str) or not side["author"].strip()):
        err(name, "author must be null or a non-empty string")
    m = DATE_RE.match(side["published_at"] or "")
    if not m:
        err(name, "published_at %r is not RFC 3339 with +07:00" % side["published_at"])
    else:
        stamp = side["published_at"][:19]
        if not ("2025-07-01T00:00:00" <= stamp <= "2026-11-21T23:59:59"):
            err(name, "published_at %s out of range" % stamp)
    check_nfc(name, side)
    text = decode(name, raw, side)
    if text is None:
        return
    vis = visible_text(text)
    t = vis.find(norm(side["title"]))
    if t < 0:
        err(name, "title not visible")
    hd = HEADER[name]
    hpos = vis.find(hd)
    if hpos < 0:
        err(name, "crawl date %r not visible" % hd)
    elif t >= 0 and hpos > t:
        err(name, "crawl date not in the header (after the title)")
    if side["author"]:
        for part in side["author"].split(", "):
            if norm(part) not in vis:
                err(name, "author part %r not visible" % part)
    blocks = side["body"].split("\n\n")
    pos = 0
    for i, b in enumerate(blocks):
        if not b.strip() or b != b.strip() or "\n" in b:
            err(name, "body block %d malformed" % i)
            continue
        j = vis.find(norm(b), pos)
        if j < 0:
            err(name, "body block %d not found in order: %r" % (i, b[:70]))
        else:
            pos = j + len(norm(b))
    if len(re.findall(r"\w+", side["body"])) < 60:
        err(name, "body too short")


def check_non(name, side, raw):
    if list(side) != NON_KEYS:
        err(name, "keys %s" % list(side))
        return
    if side["kind"] != NON_KINDS[name]:
        err(name, "kind %r, expected %r" % (side["kind"], NON_KINDS[name]))
    check_nfc(name, side)
    decode(name, raw, side)


def main():
    names = ARTICLES + sorted(NON_KINDS)
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".html", ".json")))
    expected = sorted([n + ".html" for n in names] + [n + ".json" for n in names])
    if files != expected:
        err("set", "files differ from the expected 24 pages + sidecars: %s" % sorted(set(files) ^ set(expected)))
    large = 0
    for n in names:
        try:
            raw = open(os.path.join(HERE, n + ".html"), "rb").read()
            side = json.loads(open(os.path.join(HERE, n + ".json"), encoding="utf-8").read())
        except (OSError, ValueError) as e:
            err(n, "unreadable: %s" % e)
            continue
        kb = len(raw) / 1024
        if 120 <= kb <= 170:
            large += 1
        elif not 15 <= kb <= 60:
            err(n, "size %.1f KB outside 15-60 KB (and not a 120-170 KB page)" % kb)
        (check_article if n in ARTICLES else check_non)(n, side, raw)
    if large < 3:
        err("set", "only %d pages of 120-170 KB" % large)
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], capture_output=True, text=True)
        if r.returncode:
            err("make.py", "failed: %s" % r.stderr[-500:])
        else:
            built = sorted(os.listdir(tmp))
            if built != expected:
                err("make.py", "writes %s" % sorted(set(built) ^ set(expected)))
            for f in expected:
                if os.path.exists(os.path.join(tmp, f)) and not filecmp.cmp(os.path.join(tmp, f), os.path.join(HERE, f), shallow=False):
                    err("make.py", "%s differs from the rebuilt file" % f)
    for e in errors:
        print("FAIL", e)
    print("check.py: %d pages (%d articles, %d large), %d problems" % (len(names), len(ARTICLES), large, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
