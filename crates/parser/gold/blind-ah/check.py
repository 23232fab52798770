#!/usr/bin/env python3
"""Check the blind-ah gold set without any extractor. Exit 0 when all checks pass.

Usage: python3 check.py
"""
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
ARTICLES = ["h%02d" % i for i in range(1, 21)]
NONART = {"n01": "listing", "n02": "search", "n03": "not_found", "n04": "challenge"}
ART_KEYS = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
NON_KEYS = ["kind", "platform", "url", "charset"]
DATE_RE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\+07:00$")
CRAWL_RE = re.compile(r"22\s*[/.-]\s*11\s*[/.-]\s*2026|22 tháng 11,? (năm )?2026", re.I)
errors = []


def err(msg):
    errors.append(msg)


class Visible(HTMLParser):
    SKIP = {"script", "style", "head", "title", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1
        self.out.append(" ")

    def handle_startendtag(self, tag, attrs):
        self.out.append(" ")

    def handle_data(self, data):
        if not self.depth:
            self.out.append(data)


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).split())


def visible_text(text):
    p = Visible()
    p.feed(text)
    p.close()
    return norm(html.unescape("".join(p.out)))


def declared_charset(raw):
    m = re.search(rb'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', raw[:4096], re.I)
    return m.group(1).decode("ascii").lower() if m else None


def decode(name, raw, label):
    meta = declared_charset(raw)
    if meta is None:
        err("%s: no charset declared in the page" % name)
    if label is None:
        if meta is None:
            return raw.decode("utf-8", "replace")
        label = meta
    elif meta is not None and meta != label:
        err("%s: header charset %s but meta declares %s" % (name, label, meta))
    codec = {"utf-8": "utf-8", "windows-1258": "cp1258"}[label]
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as e:
        err("%s: bytes do not decode as %s: %s" % (name, label, e))
        return raw.decode(codec, "replace")
    if codec == "cp1258":
        try:
            raw.decode("utf-8")
            err("%s: labelled windows-1258 but bytes are valid UTF-8" % name)
        except UnicodeDecodeError:
            pass
    return text


def all_strings(d):
    for v in d.values():
        if isinstance(v, str):
            yield v


def check_article(name, side, raw, sizes):
    if list(side) != ART_KEYS:
        err("%s: keys %s" % (name, list(side)))
        return
    for k in ("kind", "platform", "url", "title", "body"):
        if not isinstance(side[k], str) or not side[k]:
            err("%s: %s must be a non-empty string" % (name, k))
    if side["kind"] != "article":
        err("%s: kind %s" % (name, side["kind"]))
    if side["charset"] not in ("utf-8", "windows-1258", None):
        err("%s: charset %r" % (name, side["charset"]))
    if side["author"] is not None and (not isinstance(side["author"], str) or not side["author"]):
        err("%s: author must be null or a non-empty string" % name)
    for s in all_strings(side):
        if not unicodedata.is_normalized("NFC", s):
            err("%s: sidecar string not NFC: %r" % (name, s[:40]))
    m = DATE_RE.match(side["published_at"] or "")
    if not m:
        err("%s: published_at %r" % (name, side["published_at"]))
    else:
        stamp = side["published_at"][:19]
        if not ("2025-07-01T00:00:00" <= stamp <= "2026-11-21T23:59:59"):
            err("%s: published_at out of range %s" % (name, stamp))
        y, mo, d, hh, mi, ss = map(int, m.groups())
        if not (1 <= mo <= 12 and 1 <= d <= 31 and hh < 24 and mi < 60 and ss < 60):
            err("%s: impossible date %s" % (name, stamp))
    words = len(side["body"].split())
    if not (250 <= words <= 900):
        err("%s: body has %d words" % (name, words))
    if "\n\n\n" in side["body"] or side["body"] != side["body"].strip():
        err("%s: body block separators" % name)
    text = decode(name, raw, side["charset"])
    vis = visible_text(text)
    pos = 0
    for i, block in enumerate(side["body"].split("\n\n")):
        b = norm(block)
        j = vis.find(b, pos)
        if j < 0:
            where = "anywhere" if vis.find(b) < 0 else "in order"
            err("%s: body block %d not found %s: %r" % (name, i, where, b[:60]))
        else:
            pos = j + len(b)
    t = vis.find(norm(side["title"]))
    if t < 0:
        err("%s: title not visible" % name)
    elif not CRAWL_RE.search(vis[:t]):
        err("%s: crawl date 22/11/2026 not shown in the header before the title" % name)
    if side["author"]:
        for part in side["author"].split(", "):
            if norm(part) not in vis:
                err("%s: author part not visible: %r" % (name, part))
    sizes[name] = len(raw)


def check_nonarticle(name, side, raw, sizes):
    if list(side) != NON_KEYS:
        err("%s: keys %s" % (name, list(side)))
        return
    if side["kind"] != NONART[name]:
        err("%s: kind %s, expected %s" % (name, side["kind"], NONART[name]))
    decode(name, raw, side["charset"])
    sizes[name] = len(raw)


def check_variety(pages):
    nfd = pages["h14"]
    t = nfd.decode("utf-8")
    if unicodedata.is_normalized("NFC", t) or re.search("[ạ-ỹ]", t):
        err("h14: expected decomposed (NFD) text")
    if not re.search(rb"&#7[0-9]{3};", pages["h15"]):
        err("h15: expected numeric entities for Vietnamese letters")
    for n in ("h04", "h16"):
        if declared_charset(pages[n]) != "windows-1258":
            err("%s: expected a windows-1258 meta" % n)


def check_reproduction():
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], capture_output=True, text=True)
        if r.returncode != 0:
            err("make.py failed: %s" % r.stderr[-500:])
            return
        made = sorted(f for f in os.listdir(tmp))
        want = sorted(n + ext for n in ARTICLES + list(NONART) for ext in (".html", ".json"))
        if made != want:
            err("make.py writes %s" % sorted(set(made) ^ set(want)))
        for f in want:
            a = os.path.join(tmp, f)
            b = os.path.join(HERE, f)
            if not os.path.exists(a) or not os.path.exists(b):
                err("missing %s" % f)
                continue
            with open(a, "rb") as fa, open(b, "rb") as fb:
                if fa.read() != fb.read():
                    err("%s differs from make.py output" % f)


def main():
    sizes = {}
    pages = {}
    for name in ARTICLES + list(NONART):
        try:
            with open(os.path.join(HERE, name + ".json"), encoding="utf-8") as f:
                side = json.load(f)
            with open(os.path.join(HERE, name + ".html"), "rb") as f:
                raw = f.read()
        except (OSError, ValueError) as e:
            err("%s: %s" % (name, e))
            continue
        pages[name] = raw
        (check_article if name in ARTICLES else check_nonarticle)(name, side, raw, sizes)
    if len(pages) == len(ARTICLES) + len(NONART):
        check_variety(pages)
    big = [n for n in ARTICLES if 120 * 1024 <= sizes.get(n, 0) <= 170 * 1024]
    if len(big) < 3:
        err("need at least three article pages of 120-170 KB, have %s" % big)
    for n, s in sizes.items():
        if s > 170 * 1024 or (n in ARTICLES and s < 20 * 1024) or s < 500:
            err("%s: size %d bytes out of range" % (n, s))
    check_reproduction()
    for n in sorted(sizes):
        print("%-4s %7.1f KB" % (n, sizes[n] / 1024))
    if errors:
        print("\nFAIL (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: %d articles, %d non-articles, all checks passed" % (len(ARTICLES), len(NONART)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
