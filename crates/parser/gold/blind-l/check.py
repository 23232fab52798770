#!/usr/bin/env python3
"""Self-check for the blind-l gold set, independent of the extractor.
Exit status 0 when every check passes."""
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
ARTICLE_KEYS = {"kind", "platform", "url", "charset", "title", "published_at", "author", "body"}
OTHER_KEYS = {"kind", "platform", "url", "charset"}
OTHER_KINDS = {"listing", "search", "not_found", "challenge", "empty"}
CRAWL = "22/11/2026"
errors = []


def err(name, msg):
    errors.append("%s: %s" % (name, msg))


class Visible(HTMLParser):
    """Visible text: comments, <head>, <script>, <style> dropped; every tag becomes a space;
    character references unescaped (convert_charrefs)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title") and self.skip:
            self.skip -= 1
        self.out.append(" ")

    def handle_startendtag(self, tag, attrs):
        self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def norm(s):
    s = unicodedata.normalize("NFC", html.unescape(s))
    s = re.sub(r"\s+", " ", s).strip()
    # A tag boundary inside a sentence ("<b>Name</b>, ...") leaves a space before the
    # punctuation; fold that on both sides so only wording and order are compared.
    s = re.sub(r" ([,.;:!?)”’])", r"\1", s)
    s = re.sub(r"([(“‘]) ", r"\1", s)
    return s


def visible_text(raw, charset):
    text = raw.decode(charset)
    p = Visible()
    p.feed(text)
    p.close()
    return norm("".join(p.out))


def page_charset(raw, side_charset):
    if side_charset:
        return side_charset.replace("windows-1258", "cp1258")
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:2048])
    if not m:
        return None
    return m.group(1).decode().lower().replace("windows-1258", "cp1258")


def check_page(name):
    side = json.load(open(os.path.join(HERE, name + ".json"), encoding="utf-8"))
    raw = open(os.path.join(HERE, name + ".html"), "rb").read()
    size = len(raw)
    if not (6 * 1024 <= size <= 180 * 1024):
        err(name, "size %d outside 6-180 KB" % size)
    kind = side.get("kind")
    if kind == "article":
        if set(side) != ARTICLE_KEYS:
            err(name, "article keys %s" % sorted(side))
            return size
    elif kind in OTHER_KINDS:
        if set(side) != OTHER_KEYS:
            err(name, "non-article keys %s" % sorted(side))
        return size
    else:
        err(name, "bad kind %r" % kind)
        return size
    cs = page_charset(raw, side["charset"])
    if cs is None:
        err(name, "no charset in sidecar nor page")
        return size
    if side["charset"] is None and not re.search(rb'<meta[^>]+charset=', raw[:2048], re.I):
        err(name, "charset null but page declares none")
    try:
        vis = visible_text(raw, cs)
    except UnicodeDecodeError as e:
        err(name, "decode with %s failed: %s" % (cs, e))
        return size
    # date
    pa = side["published_at"]
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", pa or ""):
        err(name, "published_at not RFC 3339 +07:00: %r" % pa)
    elif pa.startswith("2026-11-22"):
        err(name, "published_at is the crawl day")
    # crawl header, shown before the headline
    title = norm(side["title"])
    ti = vis.find(title)
    if ti < 0:
        err(name, "title not in visible text")
    ci = vis.find(CRAWL)
    if ci < 0:
        err(name, "crawl date %s not shown" % CRAWL)
    elif ti >= 0 and ci > ti:
        err(name, "crawl date not in the header (after the title)")
    # author parts
    if side["author"] is not None:
        for part in [x for x in re.split(r", (?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ])", side["author"])]:
            if norm(part) not in vis:
                err(name, "author part %r not visible" % part)
    # body: every block, in order
    pos = 0
    blocks = side["body"].split("\n\n")
    if any(not b.strip() for b in blocks):
        err(name, "empty body block")
    for b in blocks:
        nb = norm(b)
        i = vis.find(nb, pos)
        if i < 0:
            err(name, "body block not found in order: %r" % b[:70])
            break
        pos = i + len(nb)
    return size


def main():
    names = sorted(f[:-5] for f in os.listdir(HERE) if f.endswith(".json"))
    expected = ["l%02d" % i for i in range(1, 21)] + ["n%02d" % i for i in range(1, 5)]
    if names != expected:
        err("set", "files %s" % names)
    sizes = {}
    for n in names:
        if not os.path.exists(os.path.join(HERE, n + ".html")):
            err(n, "missing html")
            continue
        sizes[n] = check_page(n)
    big = [n for n, s in sizes.items() if 120 * 1024 <= s <= 170 * 1024]
    if len(big) < 2:
        err("set", "fewer than two pages of 120-170 KB: %s" % big)
    kinds = {json.load(open(os.path.join(HERE, n + ".json"), encoding="utf-8"))["kind"] for n in names if n.startswith("n")}
    for k in ("listing", "search", "not_found"):
        if k not in kinds:
            err("set", "no %s page" % k)
    # reproducibility
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], check=True)
        for n in names:
            for ext in (".html", ".json"):
                a, b = os.path.join(HERE, n + ext), os.path.join(tmp, n + ext)
                if not os.path.exists(b) or not filecmp.cmp(a, b, shallow=False):
                    err(n, "make.py does not reproduce %s%s" % (n, ext))
        extra = set(os.listdir(tmp)) - set(os.listdir(HERE))
        if extra:
            err("set", "make.py writes unexpected files %s" % sorted(extra))
    for n in names:
        print("%-4s %7d bytes" % (n, sizes.get(n, 0)))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        return 1
    print("OK: %d pages, big pages %s" % (len(names), big))
    return 0


if __name__ == "__main__":
    sys.exit(main())
