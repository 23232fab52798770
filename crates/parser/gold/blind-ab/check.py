#!/usr/bin/env python3
"""Checks the blind-ab gold set without any extractor.  Exit 0 when all pass.

python3 check.py [DIR]   (default: this script's folder)
"""
import codecs
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = ["b%02d" % i for i in range(1, 21)]
NONART = ["n01", "n02", "n03", "n04"]
ARTICLE_KEYS = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
NONART_KEYS = ["kind", "platform", "url", "charset"]
NONART_KINDS = {"n01": "listing", "n02": "search", "n03": "not_found", "n04": "challenge"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")
DATE_LO = dt.datetime(2025, 7, 1, tzinfo=dt.timezone(dt.timedelta(hours=7)))
DATE_HI = dt.datetime(2026, 11, 21, 23, 59, 59, tzinfo=dt.timezone(dt.timedelta(hours=7)))
CRAWL_RE = re.compile(r"22\s*[/.-]\s*11\s*[/.-]\s*2026|22 tháng 11 năm 2026|22 Tháng 11 2026")
META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)
KB = 1024

INLINE = {"a", "span", "strong", "b", "em", "i", "u", "font", "sup", "sub", "small", "time", "abbr", "mark", "cite", "q", "label"}
HIDDEN = {"script", "style", "noscript", "template", "title", "textarea"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.skip += 1
        elif tag not in INLINE:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag not in INLINE:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.skip = max(0, self.skip - 1)
        elif tag not in INLINE:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def visible_text(markup):
    p = Visible()
    p.feed(markup)
    p.close()
    return norm("".join(p.parts))


def is_nfc(s):
    return unicodedata.normalize("NFC", s) == s


class Checker:
    def __init__(self, root):
        self.root = root
        self.errors = []

    def err(self, name, msg):
        self.errors.append("%s: %s" % (name, msg))

    def decode(self, name, raw, label):
        if label is None:
            m = META_CHARSET_RE.search(raw[:4096])
            if not m:
                self.err(name, "charset null but no <meta> charset in the page")
                return None
            enc = m.group(1).decode("ascii")
        else:
            enc = label
            for m in META_CHARSET_RE.finditer(raw[:8192]):
                declared = m.group(1).decode("ascii")
                if codecs.lookup(declared).name != codecs.lookup(label).name:
                    self.err(name, "meta charset %s disagrees with label %s" % (declared, label))
        try:
            return raw.decode(enc, errors="strict")
        except (UnicodeDecodeError, LookupError) as e:
            self.err(name, "bytes do not decode as %s: %s" % (enc, e))
            return None

    def check_strings_nfc(self, name, side):
        for k, v in side.items():
            if isinstance(v, str) and not is_nfc(v):
                self.err(name, "field %s is not NFC" % k)

    def check_article(self, name):
        side = json.load(open(os.path.join(self.root, name + ".json"), encoding="utf-8"))
        if list(side.keys()) != ARTICLE_KEYS:
            self.err(name, "sidecar keys %s" % list(side.keys()))
            return
        if side["kind"] != "article":
            self.err(name, "kind %r" % side["kind"])
        for k in ("platform", "url", "title", "published_at", "body"):
            if not isinstance(side[k], str) or not side[k].strip():
                self.err(name, "%s must be a non-empty string" % k)
                return
        if side["charset"] is not None and not isinstance(side["charset"], str):
            self.err(name, "charset must be a string or null")
        if side["author"] is not None and (not isinstance(side["author"], str) or not side["author"].strip()):
            self.err(name, "author must be a non-empty string or null")
        self.check_strings_nfc(name, side)
        pa = side["published_at"]
        if not DATE_RE.match(pa):
            self.err(name, "published_at %r is not RFC 3339 with +07:00" % pa)
        else:
            t = dt.datetime.fromisoformat(pa)
            if not (DATE_LO <= t <= DATE_HI):
                self.err(name, "published_at %s out of range" % pa)
        blocks = side["body"].split("\n\n")
        for b in blocks:
            if not b or b != b.strip() or "\n" in b:
                self.err(name, "malformed body block %r" % b[:60])
        words = len(side["body"].split())
        if not (250 <= words <= 900):
            self.err(name, "body has %d words (want 250-900)" % words)
        raw = open(os.path.join(self.root, name + ".html"), "rb").read()
        if not (8 * KB <= len(raw) <= 400 * KB):
            self.err(name, "page size %d bytes out of 8-400 KB" % len(raw))
        text = self.decode(name, raw, side["charset"])
        if text is None:
            return
        vis = visible_text(text)
        if norm(side["title"]) not in vis:
            self.err(name, "title not visible")
        if side["author"] is not None:
            for part in side["author"].split(", "):
                if norm(part) not in vis:
                    self.err(name, "author part %r not visible" % part)
        pos = 0
        first = None
        for b in blocks:
            i = vis.find(norm(b), pos)
            if i < 0:
                self.err(name, "body block not found in order: %r" % b[:70])
                break
            if first is None:
                first = i
            pos = i + len(norm(b))
        m = CRAWL_RE.search(vis)
        if not m:
            self.err(name, "crawl date 22/11/2026 not shown")
        elif first is not None and m.start() > first:
            self.err(name, "crawl date not in the header (after the body starts)")
        return side, raw, text

    def check_nonarticle(self, name):
        side = json.load(open(os.path.join(self.root, name + ".json"), encoding="utf-8"))
        if list(side.keys()) != NONART_KEYS:
            self.err(name, "sidecar keys %s" % list(side.keys()))
            return
        if side["kind"] != NONART_KINDS[name]:
            self.err(name, "kind %r, want %r" % (side["kind"], NONART_KINDS[name]))
        self.check_strings_nfc(name, side)
        raw = open(os.path.join(self.root, name + ".html"), "rb").read()
        self.decode(name, raw, side["charset"])

    def run(self):
        expected = {n + ext for n in ARTICLES + NONART for ext in (".html", ".json")}
        present = set(os.listdir(self.root))
        for f in sorted(expected - present):
            self.err("set", "missing %s" % f)
        extra = {f for f in present - expected if not f.startswith(".")} - {"make.py", "check.py", "README.md", "__pycache__"}
        for f in sorted(extra):
            self.err("set", "unexpected file %s" % f)
        if expected - present:
            return
        results = {}
        for n in ARTICLES:
            r = self.check_article(n)
            if r:
                results[n] = r
        for n in NONART:
            self.check_nonarticle(n)
        # set-level variety the brief asks for
        sizes = {n: os.path.getsize(os.path.join(self.root, n + ".html")) for n in ARTICLES}
        big = [n for n, s in sizes.items() if 120 * KB <= s <= 170 * KB]
        if len(big) < 3:
            self.err("set", "only %d article pages of 120-170 KB" % len(big))
        charsets = [r[0]["charset"] for r in results.values()]
        if "windows-1258" not in charsets:
            self.err("set", "no windows-1258 page")
        if not any(re.search(r"&#7\d\d\d;", r[2]) for r in results.values()):
            self.err("set", "no page with character references for Vietnamese letters")
        if not any(not is_nfc(r[2]) for r in results.values()):
            self.err("set", "no page with decomposed (NFD) text")
        nulls = [n for n, r in results.items() if r[0]["author"] is None]
        if not (1 <= len(nulls) <= 2):
            self.err("set", "%d pages with author null (want 1-2)" % len(nulls))
        # byte-for-byte reproduction
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], check=True)
            for f in sorted(expected):
                a = open(os.path.join(self.root, f), "rb").read()
                b = open(os.path.join(tmp, f), "rb").read()
                if a != b:
                    self.err(f, "not reproduced byte-for-byte by make.py")
            extra = set(os.listdir(tmp)) - expected
            if extra:
                self.err("set", "make.py writes unexpected files %s" % sorted(extra))
        return sizes


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else HERE
    c = Checker(root)
    sizes = c.run() or {}
    for e in c.errors:
        print("FAIL", e)
    if c.errors:
        print("%d problem(s)" % len(c.errors))
        return 1
    print("OK: %d article pages, %d non-article pages; %d pages of 120-170 KB"
          % (len(ARTICLES), len(NONART), sum(1 for s in sizes.values() if 120 * KB <= s <= 170 * KB)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
