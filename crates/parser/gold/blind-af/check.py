#!/usr/bin/env python3
"""Check the blind-af gold set without any extractor. Exit 0 when all checks pass.

Checks: sidecar keys and types; RFC 3339 +07:00 dates within 2025-07-01..2026-11-21;
NFC strings; the charset label matches the bytes; every gold body block appears, in
order, in the page's visible text (entities decoded, NFC); title and author parts
visible; the crawl date 22/11/2026 shown in every article page's header (before the
title); word counts and page sizes; make.py reproduces every file byte for byte.
"""
import datetime
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = ["f%02d" % i for i in range(1, 21)]
NONART = {"n01": "listing", "n02": "search", "n03": "not_found", "n04": "challenge"}
BLOCK = {"p", "div", "td", "th", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "br", "figure",
         "figcaption", "section", "article", "header", "footer", "nav", "main", "aside", "blockquote", "dd", "dt", "dl",
         "form", "option", "select", "title"}
SKIP = {"script", "style", "noscript", "template", "head", "textarea"}
CRAWL_RE = re.compile(r"22\s*[/.-]\s*11\s*[/.-]\s*2026|22 [Tt]háng 11,? (năm )?2026|ngày 22 tháng 11 năm 2026")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")
errors = []


def err(name, msg):
    errors.append("%s: %s" % (name, msg))


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
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


def visible(text):
    p = Text()
    p.feed(text)
    p.close()
    t = unicodedata.normalize("NFC", "".join(p.parts)).replace("\xa0", " ")
    return re.sub(r"\s+", " ", t)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def decode(name, data, label):
    head = data[:4096].decode("ascii", "replace").lower()
    m = re.search(r'charset=["\']?([a-z0-9_-]+)', head) or re.search(r'<meta charset="?([a-z0-9_-]+)', head)
    meta = m.group(1) if m else None
    want = label or meta
    if want is None:
        err(name, "no charset in label or meta")
        return None
    if label and meta and meta != label:
        err(name, "label %s disagrees with meta %s" % (label, meta))
    if want == "utf-8":
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as e:
            err(name, "not utf-8: %s" % e)
            return None
    if want == "windows-1258":
        try:
            data.decode("utf-8")
            if any(b > 127 for b in data):
                err(name, "labelled windows-1258 but bytes are valid utf-8")
        except UnicodeDecodeError:
            pass
        return data.decode("cp1258")
    err(name, "unexpected charset %s" % want)
    return None


def check_nfc(name, gold):
    for k, v in gold.items():
        if isinstance(v, str) and unicodedata.normalize("NFC", v) != v:
            err(name, "%s not NFC" % k)


def check_article(name, gold, text):
    keys = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
    if list(gold) != keys:
        err(name, "keys %s" % list(gold))
        return
    for k in keys:
        if k == "author":
            if gold[k] is not None and not isinstance(gold[k], str):
                err(name, "author type")
        elif k == "charset":
            if gold[k] not in ("utf-8", "windows-1258", None):
                err(name, "charset value")
        elif not isinstance(gold[k], str) or not gold[k]:
            err(name, "%s not a non-empty string" % k)
    if gold["kind"] != "article":
        err(name, "kind")
    pa = gold["published_at"]
    if not DATE_RE.match(pa):
        err(name, "published_at format %r" % pa)
    else:
        d = datetime.datetime.fromisoformat(pa).date()
        if not (datetime.date(2025, 7, 1) <= d <= datetime.date(2026, 11, 21)):
            err(name, "published_at out of range")
    check_nfc(name, gold)
    vis = visible(text)
    title = norm(gold["title"])
    tpos = vis.find(title)
    if tpos < 0:
        err(name, "title not visible")
    m = CRAWL_RE.search(vis)
    if not m:
        err(name, "crawl date not shown")
    elif tpos >= 0 and m.start() > tpos:
        err(name, "crawl date not in the header (after the title)")
    if gold["author"] is not None:
        for part in gold["author"].split(", "):
            if norm(part) not in vis:
                err(name, "author part not visible: %r" % part)
    pos = 0
    blocks = gold["body"].split("\n\n")
    for b in blocks:
        if not b.strip() or b != b.strip():
            err(name, "empty or padded block")
        i = vis.find(norm(b), pos)
        if i < 0:
            err(name, "body block not found in order: %r" % b[:60])
        else:
            pos = i + len(norm(b))
    words = len(re.findall(r"\w+", gold["body"]))
    if not 250 <= words <= 900:
        err(name, "body has %d words" % words)


def main():
    sizes = {}
    for name in ARTICLES + list(NONART):
        hp, jp = os.path.join(HERE, name + ".html"), os.path.join(HERE, name + ".json")
        if not (os.path.exists(hp) and os.path.exists(jp)):
            err(name, "missing file")
            continue
        data = open(hp, "rb").read()
        sizes[name] = len(data)
        gold = json.load(open(jp, encoding="utf-8"))
        text = decode(name, data, gold.get("charset"))
        if text is None:
            continue
        if name in NONART:
            if list(gold) != ["kind", "platform", "url", "charset"]:
                err(name, "non-article keys %s" % list(gold))
            if gold.get("kind") != NONART[name]:
                err(name, "kind %r" % gold.get("kind"))
            check_nfc(name, gold)
        else:
            check_article(name, gold, text)
            if not 20000 <= len(data) <= 200000:
                err(name, "size %d out of 20-200 KB" % len(data))
    big = [n for n in ARTICLES if 120000 <= sizes.get(n, 0) <= 170000]
    if len(big) < 3:
        err("set", "only %d pages of 120-170 KB" % len(big))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], check=True)
        for f in sorted(os.listdir(tmp)):
            if open(os.path.join(tmp, f), "rb").read() != open(os.path.join(HERE, f), "rb").read():
                err(f, "make.py does not reproduce it byte for byte")
    for e in errors:
        print("FAIL", e)
    print("%d pages checked, %d large (%s), %d problems" % (len(sizes), len(big), " ".join(big), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
