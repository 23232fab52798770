#!/usr/bin/env python3
"""Check the blind-ag gold set without any extractor: python3 check.py
Exits 0 when every check passes."""
import datetime as dt
import filecmp
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"article", "listing", "search", "not_found", "challenge", "empty"}
ART_KEYS = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
NON_KEYS = ["kind", "platform", "url", "charset"]
CRAWL = [r"22/11/2026", r"22-11-2026", r"22\.11\.2026", r"22 tháng 11 năm 2026", r"22 Tháng Mười Một,? 2026"]
errors = []


def err(name, msg):
    errors.append("%s: %s" % (name, msg))


class Visible(HTMLParser):
    SKIP = {"script", "style", "head", "noscript", "template", "title"}
    BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
             "figure", "figcaption", "blockquote", "section", "article", "header", "footer", "nav", "dd", "dt", "dl",
             "option", "select", "form", "main", "aside", "span"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        elif tag in self.BLOCK and tag != "span":
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.depth = max(0, self.depth - 1)
        elif tag in self.BLOCK and tag != "span":
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def visible_text(s):
    p = Visible()
    p.feed(s)
    p.close()
    t = unicodedata.normalize("NFC", "".join(p.parts))
    return re.sub(r"\s+", " ", t)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def decode_page(raw, charset):
    label = charset
    if label is None:
        m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:4000])
        if not m:
            return None, "no charset in header or meta"
        label = m.group(1).decode()
    try:
        text = raw.decode(label, errors="strict")
    except (UnicodeDecodeError, LookupError) as e:
        return None, "bytes do not decode as %s: %s" % (label, e)
    m = re.search(r'charset=["\']?([A-Za-z0-9_-]+)', text[:4000])
    if m and m.group(1).lower() != label.lower():
        return None, "meta charset %s disagrees with label %s" % (m.group(1), label)
    return text, None


def check_dates_shown(name, pub, raw_text):
    y, m, d = int(pub[0:4]), int(pub[5:7]), int(pub[8:10])
    forms = ["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d Tháng" % d]
    if not any(f in raw_text for f in forms):
        err(name, "publication date %s appears nowhere in the page" % pub[:10])


def main():
    names = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(HERE, "*.json")))
    arts = [n for n in names if re.fullmatch(r"g\d\d", n)]
    nons = [n for n in names if re.fullmatch(r"n\d\d", n)]
    if arts != ["g%02d" % i for i in range(1, 21)]:
        err("set", "expected g01..g20, got %s" % arts)
    if nons != ["n01", "n02", "n03", "n04"]:
        err("set", "expected n01..n04, got %s" % nons)
    sizes = {}
    for name in names:
        side = json.load(open(os.path.join(HERE, name + ".json"), encoding="utf-8"))
        raw = open(os.path.join(HERE, name + ".html"), "rb").read()
        sizes[name] = len(raw)
        is_art = name.startswith("g")
        keys = ART_KEYS if is_art else NON_KEYS
        if list(side) != keys:
            err(name, "keys %s != %s" % (list(side), keys))
            continue
        for k, v in side.items():
            if isinstance(v, str) and unicodedata.normalize("NFC", v) != v:
                err(name, "%s not NFC" % k)
        if side["kind"] not in KINDS or (side["kind"] == "article") != is_art:
            err(name, "bad kind %r" % side["kind"])
        for k in ("platform", "url"):
            if not isinstance(side[k], str) or not side[k]:
                err(name, "%s must be a non-empty string" % k)
        if not side["url"].startswith(("http://", "https://")):
            err(name, "url not absolute")
        if side["charset"] is not None and not isinstance(side["charset"], str):
            err(name, "charset must be string or null")
        text, e = decode_page(raw, side["charset"])
        if e:
            err(name, e)
            continue
        if not 1000 <= len(raw) <= 200000:
            err(name, "size %d out of range" % len(raw))
        vis = visible_text(text)
        if not is_art:
            continue
        if not any(re.search(c, vis, re.I) for c in CRAWL):
            err(name, "crawl date 22/11/2026 not shown in the page")
        # --- article fields
        for k in ("title", "published_at", "body"):
            if not isinstance(side[k], str) or not side[k].strip():
                err(name, "%s must be a non-empty string" % k)
        if side["author"] is not None and (not isinstance(side["author"], str) or not side["author"].strip()):
            err(name, "author must be null or a non-empty string")
        pa = side["published_at"]
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", pa):
            err(name, "published_at %r not RFC 3339 +07:00" % pa)
        else:
            t = dt.datetime.fromisoformat(pa)
            lo = dt.datetime(2025, 7, 1, tzinfo=t.tzinfo)
            hi = dt.datetime(2026, 11, 22, tzinfo=t.tzinfo)
            if not lo <= t < hi:
                err(name, "published_at %s out of range" % pa)
            check_dates_shown(name, pa, unicodedata.normalize("NFC", text) if not name == "g13" else text)
        # header crawl date must be in the page header (before the title)
        ti = vis.find(norm(side["title"]))
        if ti < 0:
            err(name, "title not visible")
        else:
            head = vis[:ti]
            if not any(re.search(c, head, re.I) for c in CRAWL):
                err(name, "crawl date not shown in the header (before the title)")
        if side["author"]:
            for part in side["author"].split(", "):
                if norm(part) not in vis:
                    err(name, "author part %r not visible" % part)
        blocks = side["body"].split("\n\n")
        pos = max(ti, 0)
        for b in blocks:
            nb = norm(b)
            if not nb or nb != b:
                err(name, "body block has stray whitespace: %r" % b[:40])
            i = vis.find(nb, pos)
            if i < 0:
                err(name, "body block not found in order: %r" % b[:60])
            else:
                pos = i + len(nb)
        words = len(side["body"].split())
        if not 250 <= words <= 900:
            err(name, "body has %d words (want 250-900)" % words)
    big = [n for n, s in sizes.items() if 120000 <= s <= 170000]
    if len(big) < 3:
        err("set", "need at least three pages of 120-170 KB, have %s" % big)
    # --- reproduction
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, "-B", os.path.join(HERE, "make.py"), tmp], capture_output=True, text=True)
        if r.returncode:
            err("make.py", "failed: %s" % r.stderr[-500:])
        else:
            for name in names:
                for ext in (".html", ".json"):
                    a, b = os.path.join(HERE, name + ext), os.path.join(tmp, name + ext)
                    if not os.path.exists(b) or not filecmp.cmp(a, b, shallow=False):
                        err(name, "%s not reproduced byte for byte by make.py" % ext)
            extra = set(os.listdir(tmp)) - {n + e for n in names for e in (".html", ".json")}
            if extra:
                err("make.py", "writes unexpected files %s" % sorted(extra))
    for e in errors:
        print("FAIL", e)
    print("%d pages, %d failures" % (len(names), len(errors)))
    for n in names:
        print("  %s %6.1f KB" % (n, sizes[n] / 1024))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
