#!/usr/bin/env python3
"""Self-check for the blind-n gold set, independent of the extractor.

python3 check.py  -> exit 0 when every check passes.
"""
import filecmp
import html
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
OTHERS = ["n%02d" % i for i in range(1, 5)]
ART_KEYS = {"kind", "platform", "url", "charset", "title", "published_at", "author", "body"}
NON_KEYS = {"kind", "platform", "url", "charset"}
NON_KINDS = {"listing", "search", "not_found", "challenge", "empty"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")
CRAWL_FORMS = ["22/11/2026", "22 tháng 11 năm 2026", "22-11-2026", "22.11.2026"]

errors = []


def err(name, msg):
    errors.append("%s: %s" % (name, msg))


class Visible(HTMLParser):
    SKIP = {"head", "script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.parts = []
        self.skip = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip.append(tag)
        self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if self.skip and self.skip[-1] == tag:
            self.skip.pop()
        elif tag in self.skip:
            while self.skip and self.skip.pop() != tag:
                pass
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

    def handle_entityref(self, name):
        if not self.skip:
            self.parts.append("&%s;" % name)

    def handle_charref(self, name):
        if not self.skip:
            self.parts.append("&#%s;" % name)

    # comments, declarations, processing instructions: dropped


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return " ".join(s.split())


def visible_text(raw, charset):
    text = raw.decode(charset or "utf-8")
    p = Visible()
    p.feed(text)
    p.close()
    return norm(html.unescape("".join(p.parts)))


def check_meta(name, meta, is_article):
    keys = set(meta)
    want = ART_KEYS if is_article else NON_KEYS
    if keys != want:
        err(name, "keys %s != %s" % (sorted(keys), sorted(want)))
    if is_article:
        if meta.get("kind") != "article":
            err(name, "kind must be article")
    elif meta.get("kind") not in NON_KINDS:
        err(name, "bad non-article kind %r" % meta.get("kind"))
    if not isinstance(meta.get("platform"), str) or not meta.get("platform"):
        err(name, "platform missing")
    if not str(meta.get("url", "")).startswith(("http://", "https://")):
        err(name, "url not absolute")
    if meta.get("charset") is not None and not isinstance(meta.get("charset"), str):
        err(name, "charset must be string or null")


def main():
    for name in ARTICLES + OTHERS:
        hp = os.path.join(HERE, name + ".html")
        jp = os.path.join(HERE, name + ".json")
        if not (os.path.exists(hp) and os.path.exists(jp)):
            err(name, "missing file")
            continue
        raw = open(hp, "rb").read()
        meta = json.load(open(jp, encoding="utf-8"))
        is_art = name in ARTICLES
        check_meta(name, meta, is_art)
        size = len(raw)
        if not (6 * 1024 <= size <= 180 * 1024):
            err(name, "size %d outside 6-180 KB" % size)
        cs = meta.get("charset")
        if cs is None:
            m = re.search(rb'<meta[^>]+charset=["\']?([\w-]+)', raw, re.I)
            cs = m.group(1).decode() if m else "utf-8"
        try:
            vis = visible_text(raw, cs)
        except UnicodeDecodeError as e:
            err(name, "does not decode as %s: %s" % (cs, e))
            continue
        if not is_art:
            continue
        pub = meta["published_at"]
        if not DATE_RE.match(pub):
            err(name, "published_at not RFC 3339 +07:00: %r" % pub)
        if pub.startswith("2026-11-22"):
            err(name, "published_at is the crawl day")
        if not any(f in vis for f in CRAWL_FORMS):
            err(name, "crawl date 22/11/2026 not shown")
        if norm(meta["title"]) not in vis:
            err(name, "title not visible")
        if meta["author"] is not None:
            for part in meta["author"].split(", "):
                if norm(part) not in vis:
                    err(name, "author part not visible: %r" % part)
        body = meta["body"]
        blocks = body.split("\n\n")
        pos = 0
        for b in blocks:
            nb = norm(b)
            if not nb:
                err(name, "empty body block")
                continue
            i = vis.find(nb, pos)
            if i < 0:
                j = vis.find(nb)
                err(name, "body block %s: %r" % ("out of order" if j >= 0 else "not visible", nb[:70]))
                continue
            pos = i + len(nb)
        words = len(re.findall(r"\w+", body))
        if not (250 <= words <= 900):
            err(name, "body has %d words (want 250-900)" % words)
    big = [n for n in ARTICLES + OTHERS
           if os.path.exists(os.path.join(HERE, n + ".html"))
           and 120 * 1024 <= os.path.getsize(os.path.join(HERE, n + ".html")) <= 170 * 1024]
    if len(big) < 3:
        err("set", "fewer than three pages of 120-170 KB (%s)" % big)
    # reproducibility
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], check=True)
        for name in ARTICLES + OTHERS:
            for ext in (".html", ".json"):
                a = os.path.join(HERE, name + ext)
                b = os.path.join(tmp, name + ext)
                if not os.path.exists(b) or not filecmp.cmp(a, b, shallow=False):
                    err(name, "make.py does not reproduce %s byte for byte" % (name + ext))
        extra = sorted(set(os.listdir(tmp)) - {n + e for n in ARTICLES + OTHERS for e in (".html", ".json")})
        if extra:
            err("set", "make.py writes unexpected files: %s" % extra)
    for e in errors:
        print("FAIL", e)
    if errors:
        print("%d problem(s)" % len(errors))
        return 1
    print("OK: %d article pages, %d non-article pages, all checks passed" % (len(ARTICLES), len(OTHERS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
