#!/usr/bin/env python3
"""Self-check for blind-k, independent of the extractor. Exit 0 when all checks pass."""
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
ART_KEYS = {"kind", "platform", "url", "charset", "title", "published_at", "author", "body"}
NON_KEYS = {"kind", "platform", "url", "charset"}
NON_KINDS = {"listing", "search", "not_found", "challenge", "empty"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")
errors = []

def err(msg):
    errors.append(msg)

class Visible(HTMLParser):
    SKIP = {"script", "style", "head"}
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.out, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        self.out.append(" ")
    def handle_startendtag(self, tag, attrs):
        self.out.append(" ")
    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        self.out.append(" ")
    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)
    def handle_entityref(self, name):
        if not self.skip:
            self.out.append("&%s;" % name)
    def handle_charref(self, name):
        if not self.skip:
            self.out.append("&#%s;" % name)
    # comments, declarations and processing instructions are dropped

def norm(s):
    return unicodedata.normalize("NFC", " ".join(html.unescape(s).split()))

def visible_text(raw, charset):
    p = Visible()
    p.feed(raw.decode(charset or "utf-8"))
    p.close()
    return norm("".join(p.out))

names = sorted(f[:-5] for f in os.listdir(HERE) if f.endswith(".json"))
expected = ["k%02d" % i for i in range(1, 21)] + ["n%02d" % i for i in range(1, 5)]
if names != expected:
    err("file set: %s" % names)

sizes = {}
for n in names:
    side = json.load(open(os.path.join(HERE, n + ".json"), encoding="utf-8"))
    raw = open(os.path.join(HERE, n + ".html"), "rb").read()
    sizes[n] = len(raw)
    if not 6 * 1024 <= len(raw) <= 180 * 1024:
        err("%s: size %d outside 6-180 KB" % (n, len(raw)))
    kind = side.get("kind")
    want = ART_KEYS if kind == "article" else NON_KEYS
    if kind != "article" and kind not in NON_KINDS:
        err("%s: bad kind %r" % (n, kind))
    if set(side) != want:
        err("%s: keys %s" % (n, sorted(side)))
    if (kind == "article") != n.startswith("k"):
        err("%s: kind %s does not match name" % (n, kind))
    cs = side.get("charset")
    text = visible_text(raw, cs)
    if kind != "article":
        continue
    if "22/11/2026" not in text:
        err("%s: crawl-day header date not shown" % n)
    pa = side["published_at"]
    if not DATE_RE.match(pa):
        err("%s: published_at %r not RFC 3339 +07:00" % (n, pa))
    elif pa.startswith("2026-11-22"):
        err("%s: published_at is the crawl day" % n)
    if norm(side["title"]) not in text:
        err("%s: title not visible" % n)
    if side["author"] is not None:
        for part in side["author"].split(", "):
            if norm(part) not in text:
                err("%s: author part %r not visible" % (n, part))
    pos = 0
    blocks = side["body"].split("\n\n")
    for b in blocks:
        if not b.strip() or b != b.strip():
            err("%s: empty or untrimmed body block %r" % (n, b[:40]))
        i = text.find(norm(b), pos)
        if i < 0:
            err("%s: body block not found in order: %r" % (n, b[:70]))
            continue
        pos = i + len(norm(b))
    if not side["title"] or not side["url"].startswith("https://"):
        err("%s: title/url" % n)

big = [n for n, s in sizes.items() if 120 * 1024 <= s <= 170 * 1024]
if len(big) < 2:
    err("fewer than two pages of 120-170 KB: %s" % big)

# make.py reproduces every file byte for byte
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], check=True)
    made = sorted(os.listdir(tmp))
    mine = sorted(f for f in os.listdir(HERE) if f.endswith((".html", ".json")))
    if made != mine:
        err("make.py file list differs: %s" % sorted(set(made) ^ set(mine)))
    for f in made:
        if open(os.path.join(tmp, f), "rb").read() != open(os.path.join(HERE, f), "rb").read():
            err("make.py output differs: %s" % f)

for e in errors:
    print("FAIL", e)
print("%d pages checked, %d pages 120-170 KB (%s), %d errors" % (len(names), len(big), ", ".join(sorted(big)), len(errors)))
sys.exit(1 if errors else 0)
