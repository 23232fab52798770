#!/usr/bin/env python3
"""Self-check of the blind-p gold set, independent of any extractor.

python3 check.py      -- exit 0 when every check passes
"""
import datetime
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
ARTICLES = ["p%02d" % i for i in range(1, 21)]
OTHERS = ["n01", "n02", "n03", "n04"]
OTHER_KINDS = {"n01": "listing", "n02": "search", "n03": "not_found", "n04": "challenge"}
ART_KEYS = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
NON_KEYS = ["kind", "platform", "url", "charset"]
KB = 1024

MIN_PUB = datetime.datetime(2025, 7, 1, 0, 0, 0)
MAX_PUB = datetime.datetime(2026, 11, 21, 23, 59, 59)   # never the crawl day (22/11/2026), never after it

# The crawl day as each site prints it in its header (must precede the headline).
HEADER_DATE = {
    "p01": "Chủ nhật, 22/11/2026",
    "p02": "Chủ Nhật, 22/11/2026",
    "p03": "Chủ nhật, ngày 22/11/2026",
    "p04": "CN, 22/11/2026",
    "p05": "Chủ nhật, 22/11/2026",
    "p06": "Chủ Nhật, ngày 22 tháng 11 năm 2026",
    "p07": "Chủ Nhật 22/11/2026",
    "p08": "Chủ nhật, 22/11/2026 14:10 (GMT+7)",
    "p09": "Chủ nhật, 22-11-2026",
    "p10": "Chủ nhật, 22/11/2026",
    "p11": "Chủ nhật, 22/11/2026",
    "p12": "Chủ nhật, 22/11/2026, 14:10",
    "p13": "Chủ nhật, 22.11.2026",
    "p14": "Chủ Nhật, 22/11/2026",
    "p15": "Chủ nhật, ngày 22/11/2026",
    "p16": "CHỦ NHẬT, 22/11/2026",
    "p17": "Chủ nhật 22/11/2026",
    "p18": "Chủ nhật, 22/11/2026",
    "p19": "Chủ Nhật, 22/11/2026",
    "p20": "Chủ nhật, 22/11/2026 | 14:10",
}

BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td", "th", "tbody",
         "thead", "figure", "figcaption", "section", "article", "header", "footer", "main", "aside", "nav",
         "blockquote", "form", "button", "select", "option", "label", "dl", "dt", "dd", "body", "html", "time"}
SKIP = {"script", "style", "noscript", "template", "head", "title", "svg", "video", "audio", "textarea"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}


class Visible(HTMLParser):
    """Text a reader sees: no head, scripts, styles, hidden elements; blocks separated."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.out = []

    def _hidden(self, attrs):
        d = dict(attrs)
        if "hidden" in d:
            return True
        st = (d.get("style") or "").replace(" ", "").lower()
        return "display:none" in st or "visibility:hidden" in st

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            if tag == "br":
                self.out.append("\n")
            return
        self.stack.append((tag, tag in SKIP or self._hidden(attrs)))
        if tag in BLOCK:
            self.out.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self.out.append("\n")

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if any(h for _, h in self.stack):
            return
        self.out.append(data)


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = "".join(c for c in s if c not in INVISIBLE)
    return re.sub(r"\s+", " ", s).strip()


def visible_text(raw):
    p = Visible()
    p.feed(raw)
    p.close()
    return norm("".join(p.out))


def words(s):
    return len(s.split()), len(re.findall(r"\w+", s))


def clean_string(s):
    """NFC, no invisible/format characters, no control chars except newlines, no NBSP."""
    if not unicodedata.is_normalized("NFC", s):
        return "not NFC"
    for c in s:
        if c in INVISIBLE or unicodedata.category(c) == "Cf":
            return "invisible char U+%04X" % ord(c)
        if unicodedata.category(c) == "Cc" and c != "\n":
            return "control char U+%04X" % ord(c)
        if c == "\u00a0":
            return "NBSP"
    return None


def main():
    errors = []
    notes = []

    def err(page, msg):
        errors.append("%s: %s" % (page, msg))

    sizes = {}
    for name in ARTICLES + OTHERS:
        hp, jp = os.path.join(HERE, name + ".html"), os.path.join(HERE, name + ".json")
        if not (os.path.exists(hp) and os.path.exists(jp)):
            err(name, "missing .html or .json")
            continue
        raw_bytes = open(hp, "rb").read()
        sizes[name] = len(raw_bytes)
        if not (6 * KB <= len(raw_bytes) <= 180 * KB):
            err(name, "size %d bytes outside 6-180 KB" % len(raw_bytes))
        try:
            sc = json.loads(open(jp, encoding="utf-8").read())
        except ValueError as e:
            err(name, "bad JSON: %s" % e)
            continue
        charset = sc.get("charset")
        try:
            raw = raw_bytes.decode(charset or "utf-8")
        except (LookupError, UnicodeDecodeError) as e:
            err(name, "page does not decode as %s: %s" % (charset, e))
            continue
        for k, v in sc.items():
            if isinstance(v, str):
                bad = clean_string(v)
                if bad:
                    err(name, "field %s: %s" % (k, bad))
        if name in OTHERS:
            if list(sc.keys()) != NON_KEYS:
                err(name, "keys %s != %s" % (list(sc.keys()), NON_KEYS))
            if sc.get("kind") != OTHER_KINDS[name]:
                err(name, "kind %r != %r" % (sc.get("kind"), OTHER_KINDS[name]))
            continue

        # ---------------------------------------------------------- article
        if list(sc.keys()) != ART_KEYS:
            err(name, "keys %s != %s" % (list(sc.keys()), ART_KEYS))
            continue
        if sc["kind"] != "article":
            err(name, "kind is not article")
        for k in ("platform", "url", "title", "body"):
            if not isinstance(sc[k], str) or not sc[k].strip():
                err(name, "%s empty" % k)
        if not (sc["author"] is None or (isinstance(sc["author"], str) and sc["author"].strip())):
            err(name, "author must be a non-empty string or null")
        pa = sc["published_at"]
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", pa or ""):
            err(name, "published_at %r is not RFC 3339 with +07:00" % pa)
        else:
            d = datetime.datetime.strptime(pa[:19], "%Y-%m-%dT%H:%M:%S")
            if not (MIN_PUB <= d <= MAX_PUB):
                err(name, "published_at %s outside 2025-07-01 .. 2026-11-21 (crawl day 2026-11-22 excluded)" % pa)

        vis = visible_text(raw)
        title = norm(sc["title"])
        ti = vis.find(title)
        if ti < 0:
            err(name, "title not visible")
        hd = HEADER_DATE.get(name)
        hi = vis.find(norm(hd)) if hd else -1
        if hi < 0:
            err(name, "crawl date %r not shown" % hd)
        elif ti >= 0 and hi > ti:
            err(name, "crawl date shown after the headline, not in the header")
        if sc["author"]:
            for part in sc["author"].split(", "):
                if norm(part) not in vis:
                    err(name, "author part %r not visible" % part)

        body = sc["body"]
        w1, w2 = words(body)
        if not (250 <= w1 <= 900 and 250 <= w2 <= 900):
            err(name, "body has %d words (%d \\w+ tokens), not 250-900" % (w1, w2))
        blocks = body.split("\n\n")
        pos = 0
        for i, b in enumerate(blocks):
            if b != b.strip() or not b or "\n" in b or "  " in b:
                err(name, "block %d badly formed: %r" % (i, b[:60]))
            nb = norm(b)
            j = vis.find(nb, pos)
            if j < 0:
                where = "not visible" if vis.find(nb) < 0 else "out of order"
                err(name, "block %d %s: %r" % (i, where, b[:70]))
            else:
                pos = j + len(nb)
        notes.append("%s %7d B  %3d words  %2d blocks  %s" % (name, sizes[name], w1, len(blocks), sc["published_at"]))

    big = [n for n, s in sizes.items() if 120 * KB <= s <= 170 * KB]
    if len(big) < 3:
        errors.append("only %d pages of 120-170 KB (need 3): %s" % (len(big), big))
    big140 = [n for n, s in sizes.items() if 140 * KB <= s <= 170 * KB]
    if len(big140) < 2:
        errors.append("only %d pages of 140-170 KB (need 2): %s" % (len(big140), big140))

    # ---------------------------------------------------------- reproducibility
    with tempfile.TemporaryDirectory() as tmp:
        res = subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], capture_output=True, text=True)
        if res.returncode != 0:
            errors.append("make.py failed: %s" % res.stderr[-500:])
        else:
            made = sorted(os.listdir(tmp))
            want = sorted(n + ext for n in ARTICLES + OTHERS for ext in (".html", ".json"))
            if made != want:
                errors.append("make.py writes %s, expected %s" % (made, want))
            for f in want:
                if not os.path.exists(os.path.join(tmp, f)) or not filecmp.cmp(os.path.join(tmp, f), os.path.join(HERE, f), shallow=False):
                    errors.append("%s: not reproduced byte for byte by make.py" % f)

    for n in notes:
        print(n)
    print("pages 120-170 KB: %s; 140-170 KB: %s" % (", ".join(sorted(big)), ", ".join(sorted(big140))))
    if errors:
        print("\nFAILED (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: %d article pages, %d other pages, all checks passed." % (len(ARTICLES), len(OTHERS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
