#!/usr/bin/env python3
"""Check the blind-ae gold set without any extractor.  Exit 0 when all pass.

    python3 check.py [DIR]     (default: the folder of this script)
"""
import filecmp
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from datetime import datetime
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = ["e%02d" % i for i in range(1, 21)]
OTHERS = {"n01": "listing", "n02": "search", "n03": "not_found", "n04": "challenge"}
ART_KEYS = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
NON_KEYS = ["kind", "platform", "url", "charset"]
LO, HI = datetime(2025, 7, 1), datetime(2026, 11, 21, 23, 59, 59)
CRAWL_RE = re.compile(r"22[/.-]11[/.-]2026|22 tháng 11 năm 2026", re.I)
BLOCK = {"p", "div", "br", "li", "ul", "ol", "td", "th", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
         "blockquote", "figure", "figcaption", "section", "article", "header", "footer", "nav", "aside",
         "main", "form", "span", "a", "time", "label", "input", "textarea", "button", "img", "hr", "dd", "dt"}
INLINE_KEEP = {"strong", "b", "em", "i", "u", "sup", "sub"}
HIDDEN = {"script", "style", "noscript", "template", "head", "title"}

errors = []


def err(name, msg):
    errors.append("%s: %s" % (name, msg))


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.skip += 1
        elif tag in BLOCK and tag not in INLINE_KEEP:
            # a, span, time are separated too: in these pages they never split a word
            self.out.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def visible_text(text):
    p = Visible()
    p.feed(text)
    p.close()
    return norm("".join(p.out))


def decode(name, data, label):
    enc = {"utf-8": "utf-8", "windows-1258": "cp1258", None: None}.get(label, "?")
    if enc == "?":
        err(name, "unknown charset label %r" % label)
        return None
    m = re.search(rb'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', data[:4096], re.I)
    declared = m.group(1).decode().lower() if m else None
    if label is None:
        if declared is None:
            err(name, "no charset in header and none declared in the page")
            return None
        enc = {"utf-8": "utf-8", "windows-1258": "cp1258"}[declared]
    elif declared and declared != label:
        err(name, "page declares %s but label says %s" % (declared, label))
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as e:
        err(name, "bytes do not decode as %s: %s" % (enc, e))
        return None
    if enc == "cp1258":
        try:
            data.decode("utf-8")
            err(name, "windows-1258 page is also valid UTF-8 (no Vietnamese bytes?)")
        except UnicodeDecodeError:
            pass
    return text


def check_strings(name, gold):
    for k, v in gold.items():
        if isinstance(v, str) and unicodedata.normalize("NFC", v) != v:
            err(name, "sidecar field %s is not NFC" % k)


def check_article(name, data, gold):
    if list(gold) != ART_KEYS:
        err(name, "sidecar keys %s" % list(gold))
        return
    for k in ["kind", "platform", "url", "title", "published_at", "body"]:
        if not isinstance(gold[k], str) or not gold[k]:
            err(name, "%s must be a non-empty string" % k)
            return
    if gold["kind"] != "article":
        err(name, "kind must be article")
    if not (gold["author"] is None or (isinstance(gold["author"], str) and gold["author"])):
        err(name, "author must be null or a non-empty string")
    if not (gold["charset"] is None or isinstance(gold["charset"], str)):
        err(name, "charset must be null or a string")
    check_strings(name, gold)
    pa = gold["published_at"]
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", pa):
        err(name, "published_at %r is not RFC 3339 with +07:00" % pa)
    else:
        dt = datetime.strptime(pa[:19], "%Y-%m-%dT%H:%M:%S")
        if not LO <= dt <= HI:
            err(name, "published_at %s out of range" % pa)
    text = decode(name, data, gold["charset"])
    if text is None:
        return
    vis = visible_text(text)
    title = norm(gold["title"])
    tpos = vis.find(title)
    if tpos < 0:
        err(name, "title not visible")
    m = CRAWL_RE.search(vis)
    if not m:
        err(name, "crawl date 22/11/2026 not shown")
    elif tpos >= 0 and m.start() > tpos:
        err(name, "crawl date is not shown in the header (before the title)")
    if gold["author"]:
        for part in gold["author"].split(", "):
            if norm(part) not in vis:
                err(name, "author part %r not visible" % part)
    pos = 0
    blocks = gold["body"].split("\n\n")
    for b in blocks:
        nb = norm(b)
        if not nb or nb != b.strip():
            err(name, "body block has stray whitespace: %r" % b[:40])
        i = vis.find(nb, pos)
        if i < 0:
            err(name, "body block not visible in order: %r" % b[:60])
        else:
            pos = i + len(nb)
    words = len(gold["body"].split())
    if not 250 <= words <= 900:
        err(name, "body has %d words (want 250-900)" % words)
    if len(data) < 20 * 1024 or len(data) > 200 * 1024:
        err(name, "size %d bytes out of 20-200 KB" % len(data))


def check_other(name, data, gold):
    if list(gold) != NON_KEYS:
        err(name, "sidecar keys %s" % list(gold))
        return
    if gold["kind"] != OTHERS[name]:
        err(name, "kind %r, want %r" % (gold["kind"], OTHERS[name]))
    check_strings(name, gold)
    if decode(name, data, gold["charset"]) is None:
        return
    if len(data) < 1024:
        err(name, "page too small")


def check_reproduction(d):
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, os.path.join(d, "make.py"), tmp], capture_output=True, text=True)
        if r.returncode != 0:
            err("make.py", "failed: %s" % r.stderr[-500:])
            return
        made = sorted(os.listdir(tmp))
        want = sorted(n + ext for n in ARTICLES + list(OTHERS) for ext in (".html", ".json"))
        if made != want:
            err("make.py", "writes %s" % made)
        for f in made:
            if not os.path.exists(os.path.join(d, f)) or not filecmp.cmp(os.path.join(tmp, f), os.path.join(d, f), shallow=False):
                err(f, "not reproduced byte for byte by make.py")


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else HERE
    sizes = {}
    flags = {"cp1258": 0, "entities": 0, "nfd": 0}
    for name in ARTICLES + list(OTHERS):
        hp, jp = os.path.join(d, name + ".html"), os.path.join(d, name + ".json")
        if not (os.path.exists(hp) and os.path.exists(jp)):
            err(name, "missing page or sidecar")
            continue
        data = open(hp, "rb").read()
        gold = json.load(open(jp, encoding="utf-8"))
        sizes[name] = len(data)
        if name in OTHERS:
            check_other(name, data, gold)
        else:
            check_article(name, data, gold)
            if gold.get("charset") == "windows-1258":
                flags["cp1258"] += 1
            if re.search(rb"&#7\d{3};", data):
                flags["entities"] += 1
            try:
                t = data.decode("utf-8")
                if unicodedata.normalize("NFC", t) != t:
                    flags["nfd"] += 1
            except UnicodeDecodeError:
                pass
    big = [n for n, s in sizes.items() if 120 * 1024 <= s <= 170 * 1024]
    if len(big) < 3:
        err("set", "only %d pages of 120-170 KB" % len(big))
    for k, v in flags.items():
        if v < 1:
            err("set", "no %s page" % k)
    check_reproduction(d)
    for n in sorted(sizes):
        print("%-4s %7.1f KB" % (n, sizes[n] / 1024))
    if errors:
        print("\n".join(errors))
        print("FAIL: %d problem(s)" % len(errors))
        return 1
    print("OK: %d pages, big pages: %s" % (len(sizes), ", ".join(big)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
