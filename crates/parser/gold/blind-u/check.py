#!/usr/bin/env python3
"""Self-check of the blind-u gold set, without any extractor.  Exits 0 when all checks pass.

Checks: sidecar keys and order, kinds, charsets; RFC 3339 +07:00 dates between
2025-07-01 and 2026-11-21; NFC in sidecars; page bytes decode with the label
(or the meta when the label is null); each body block appears, in order, in the
page's visible text; title and author visible; the crawl date (22/11/2026) is
visible in the header of each article page (before the first body block);
page sizes; make.py reproduces every file byte for byte."""
import datetime
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
ART = ["u%02d" % i for i in range(1, 21)]
NON = {"n01": "listing", "n02": "search", "n03": "not_found", "n04": "challenge"}
AKEYS = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
NKEYS = ["kind", "platform", "url", "charset"]
LO, HI = datetime.datetime(2025, 7, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=7))), \
    datetime.datetime(2026, 11, 22, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
DATE_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$")
CRAWL_RE = re.compile(r"22\s*[/\-.]\s*11\s*[/\-.]\s*2026|22 tháng 11,? năm 2026|2026-11-22")
SKIP = {"script", "style", "noscript", "template", "head", "svg", "textarea", "select"}
BLOCK = {"p", "div", "br", "li", "ul", "ol", "td", "th", "tr", "table", "tbody", "thead", "h1", "h2", "h3", "h4",
         "h5", "h6", "section", "article", "header", "footer", "nav", "aside", "figure", "figcaption", "blockquote",
         "main", "form", "label", "option", "dd", "dt", "dl", "hr", "center", "iframe", "video", "marquee", "button",
         "input", "img"}
VOID = {"br", "img", "input", "meta", "link", "hr", "area", "base", "col", "embed", "param", "source", "track", "wbr"}

errors = []


def err(name, msg):
    errors.append("%s: %s" % (name, msg))


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP and tag not in VOID:
            self.skip.append(tag)
        if tag in BLOCK:
            self.out.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.out.append(" ")

    def handle_endtag(self, tag):
        if self.skip and self.skip[-1] == tag:
            self.skip.pop()
        if tag in BLOCK:
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\xa0", " ")
    return " ".join(s.split())


def meta_charset(raw):
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", raw[:4096], re.I)
    return m.group(1).decode("ascii").lower() if m else None


def visible(raw, charset):
    p = Text()
    p.feed(raw.decode(charset))
    p.close()
    return norm("".join(p.out))


def nfc_all(name, obj):
    for k, v in obj.items():
        if isinstance(v, str) and unicodedata.normalize("NFC", v) != v:
            err(name, "sidecar field %s is not NFC" % k)


def check_page(name):
    jp, hp = os.path.join(HERE, name + ".json"), os.path.join(HERE, name + ".html")
    if not (os.path.exists(jp) and os.path.exists(hp)):
        err(name, "missing file")
        return
    raw = open(hp, "rb").read()
    side = json.load(open(jp, encoding="utf-8"))
    nfc_all(name, side)
    art = name.startswith("u")
    keys = AKEYS if art else NKEYS
    if list(side) != keys:
        err(name, "keys %s" % list(side))
        return
    if art and side["kind"] != "article" or not art and side["kind"] != NON[name]:
        err(name, "kind %s" % side["kind"])
    size = len(raw)
    big = 120000 <= size <= 170000
    if not (15000 <= size <= 60000 or big):
        err(name, "size %d" % size)
    label = side["charset"]
    declared = meta_charset(raw)
    cs = label or declared
    if cs is None:
        err(name, "no charset at all")
        return
    if label is not None and declared is not None and declared.replace("windows-", "cp") != label.replace("windows-", "cp"):
        err(name, "label %s but meta %s" % (label, declared))
    if label is None and not re.search(rb'http-equiv="?content-type', raw[:4096], re.I):
        err(name, "null label but no meta http-equiv")
    try:
        text = visible(raw, cs)
    except UnicodeDecodeError as e:
        err(name, "does not decode as %s: %s" % (cs, e))
        return
    if not art:
        return big
    # date
    pa = side["published_at"]
    if not DATE_RE.match(pa):
        err(name, "published_at form %s" % pa)
    else:
        d = datetime.datetime.fromisoformat(pa)
        if not (LO <= d < HI):
            err(name, "published_at out of range %s" % pa)
    # title / author
    if not side["title"] or norm(side["title"]) not in text:
        err(name, "title not visible")
    if side["author"] is not None:
        for part in side["author"].split(", "):
            if norm(part) not in text:
                err(name, "author part not visible: %s" % part)
    # body blocks in order
    blocks = side["body"].split("\n\n")
    pos, first = 0, None
    for b in blocks:
        nb = norm(b)
        if not nb or nb != b:
            err(name, "body block not normalised: %r" % b[:60])
        i = text.find(nb, pos)
        if i < 0:
            err(name, "body block not found in order: %r" % b[:70])
            continue
        if first is None:
            first = i
        pos = i + len(nb)
    m = CRAWL_RE.search(text.lower())
    if not m:
        err(name, "crawl date not visible")
    elif first is not None and m.start() > first:
        err(name, "crawl date not in the header (after the article start)")
    return big


def main():
    names = ART + sorted(NON)
    bigs = sum(1 for n in names if check_page(n))
    if bigs < 3:
        err("set", "only %d pages of 120-170 KB" % bigs)
    expected = {n + e for n in names for e in (".html", ".json")}
    present = {f for f in os.listdir(HERE) if f.endswith((".html", ".json"))}
    if present != expected:
        err("set", "unexpected files: %s" % sorted(present ^ expected))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], check=True)
        for f in sorted(expected):
            a = open(os.path.join(HERE, f), "rb").read()
            b = open(os.path.join(tmp, f), "rb").read() if os.path.exists(os.path.join(tmp, f)) else None
            if a != b:
                err(f, "make.py does not reproduce this file")
    for e in errors:
        print("FAIL", e)
    print("check.py: %d pages (%d articles, %d large), %d problems" % (len(names), len(ART), bigs, len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
