#!/usr/bin/env python3
"""Self-check for the blind-m gold set, independent of the extractor.

python3 check.py  -> exit 0 when every check passes.

Visible text of a page: bytes decoded with the sidecar charset (for a null
charset, the charset the page declares in <meta>, else UTF-8); comments,
<head>, <script>, <style> dropped; tags become spaces, except inline
formatting tags (a, b, strong, em, i, u, span, small, sup, sub, mark, abbr,
time, font, label, cite, q) which become nothing, so that "<b>x</b>," reads
"x,"; entities unescaped; whitespace folded; NFC on both sides.
"""
import datetime
import filecmp
import glob
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
CRAWL = datetime.date(2026, 11, 22)
ARTICLE_KEYS = {"kind", "platform", "url", "charset", "title", "published_at", "author", "body"}
OTHER_KEYS = {"kind", "platform", "url", "charset"}
OTHER_KINDS = {"listing", "search", "not_found", "challenge", "empty"}
INLINE = {"a", "b", "strong", "em", "i", "u", "span", "small", "sup", "sub", "mark", "abbr",
          "time", "font", "label", "cite", "q"}
SKIP = {"head", "script", "style"}
RFC = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\+07:00$")

errors = []


def err(msg):
    errors.append(msg)


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag not in INLINE:
            self.out.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag not in INLINE and tag not in SKIP:
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag not in INLINE:
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)

    def handle_comment(self, data):
        pass


def norm(s):
    s = unicodedata.normalize("NFC", html.unescape(s))
    return re.sub(r"\s+", " ", s).strip()


def visible_text(raw, charset):
    if charset is None:
        m = re.search(rb'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', raw[:4096], re.I)
        charset = m.group(1).decode() if m else "utf-8"
    text = raw.decode(charset)  # strict: the bytes must agree with the label
    p = Visible()
    p.feed(text)
    p.close()
    return norm("".join(p.out))


def check_page(side_path):
    name = os.path.basename(side_path)[:-5]
    with open(side_path, encoding="utf-8") as f:
        side = json.load(f)
    html_path = side_path[:-5] + ".html"
    if not os.path.exists(html_path):
        err("%s: missing html" % name)
        return None
    raw = open(html_path, "rb").read()
    size = len(raw)
    if not (6 * 1024 <= size <= 180000):
        err("%s: size %d outside 6-180 KB" % (name, size))
    kind = side.get("kind")
    if kind == "article":
        if set(side) != ARTICLE_KEYS:
            err("%s: article keys %s" % (name, sorted(side)))
            return size
    elif kind in OTHER_KINDS:
        if set(side) != OTHER_KEYS:
            err("%s: non-article keys %s" % (name, sorted(side)))
        return size
    else:
        err("%s: bad kind %r" % (name, kind))
        return size
    if not isinstance(side["platform"], str) or not side["platform"]:
        err("%s: platform" % name)
    if not side["url"].startswith("https://"):
        err("%s: url" % name)
    if side["charset"] is not None and not isinstance(side["charset"], str):
        err("%s: charset" % name)
    try:
        vis = visible_text(raw, side["charset"])
    except UnicodeDecodeError as e:
        err("%s: bytes do not decode with %r: %s" % (name, side["charset"], e))
        return size
    # date
    m = RFC.match(side["published_at"] or "")
    if not m:
        err("%s: published_at not RFC 3339 +07:00: %r" % (name, side["published_at"]))
    else:
        y, mo, d, hh, mi, ss = map(int, m.groups())
        try:
            dt = datetime.datetime(y, mo, d, hh, mi, ss)
            if dt.date() == CRAWL:
                err("%s: published_at is the crawl day" % name)
            if dt.date() > CRAWL:
                err("%s: published_at after the crawl day" % name)
        except ValueError as e:
            err("%s: published_at invalid: %s" % (name, e))
    # crawl day shown
    if "22/11/2026" not in vis:
        err("%s: crawl date 22/11/2026 not shown" % name)
    # title
    t = norm(side["title"])
    if not t or t not in vis:
        err("%s: title not visible: %r" % (name, t))
    # author
    if side["author"] is not None:
        for part in side["author"].split(", "):
            if norm(part) not in vis:
                err("%s: author part not visible: %r" % (name, part))
    # body
    blocks = side["body"].split("\n\n")
    pos = 0
    words = 0
    for i, b in enumerate(blocks):
        nb = norm(b)
        if not nb or b != nb:
            err("%s: block %d empty or not normalised" % (name, i))
        words += len(re.findall(r"\w+", nb))
        idx = vis.find(nb, pos)
        if idx < 0:
            where = vis.find(nb)
            err("%s: body block %d not found in order%s: %r" % (name, i, " (found earlier)" if where >= 0 else "", nb[:80]))
            continue
        pos = idx + len(nb)
    if not (250 <= words <= 900):
        err("%s: body has %d words" % (name, words))
    return size


def check_reproducible():
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], capture_output=True, text=True)
        if r.returncode != 0:
            err("make.py failed: %s" % r.stderr[-500:])
            return
        made = sorted(os.listdir(tmp))
        here = sorted(f for f in os.listdir(HERE) if re.match(r"^[mn]\d\d\.(html|json)$", f))
        if made != here:
            err("make.py file set differs: %s vs %s" % (made, here))
        for f in made:
            if not os.path.exists(os.path.join(HERE, f)) or not filecmp.cmp(os.path.join(tmp, f), os.path.join(HERE, f), shallow=False):
                err("make.py output differs for %s" % f)


def main():
    sides = sorted(glob.glob(os.path.join(HERE, "[mn][0-9][0-9].json")))
    names = [os.path.basename(s)[:-5] for s in sides]
    want = ["m%02d" % i for i in range(1, 21)] + ["n%02d" % i for i in range(1, 5)]
    if names != want:
        err("file set: %s" % names)
    sizes = {}
    kinds = {}
    for s in sides:
        sizes[os.path.basename(s)[:-5]] = check_page(s)
        kinds[os.path.basename(s)[:-5]] = json.load(open(s, encoding="utf-8"))["kind"]
    if sum(1 for k, v in kinds.items() if k.startswith("m") and v == "article") != 20:
        err("expected 20 articles")
    if sum(1 for k, v in kinds.items() if k.startswith("n") and v != "article") != 4:
        err("expected 4 non-articles")
    big = [k for k, v in sizes.items() if v and 120 * 1024 <= v <= 170000]
    if len(big) < 3:
        err("fewer than three pages of 120-170 KB: %s" % big)
    check_reproducible()
    for k in sorted(sizes):
        print("%-4s %-10s %7d" % (k, kinds.get(k), sizes[k] or 0))
    if errors:
        print("\nFAIL (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
