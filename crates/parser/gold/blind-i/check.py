#!/usr/bin/env python3
"""Self-check of the blind-i gold set, independent of the extractor.

Verifies: the file set; sidecar keys per kind; charsets; RFC 3339 +07:00
publication dates that are never the crawl day (22/11/2026) nor later, and
whose calendar date is shown on the page; title and every author part in the
page's visible text; every gold body block in order in the visible text;
the crawl date shown in the header of every article page (before the
article text); page sizes; and that make.py reproduces every file byte for
byte.  Visible text = bytes decoded with the page's real encoding, comments,
<head>, <script> and <style> dropped, tags replaced by spaces,
html.unescape, whitespace folded, NFC (gold strings are NFC-normalised and
whitespace-folded the same way before matching).

Exit status 0 when everything holds.
"""
import datetime as dt
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = ["i%02d" % k for k in range(1, 21)]
OTHERS = ["n%02d" % k for k in range(1, 5)]
ART_KEYS = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
NON_KEYS = ["kind", "platform", "url", "charset"]
NON_KINDS = {"listing", "search", "not_found", "challenge", "empty"}
CRAWL = dt.date(2026, 11, 22)
CRAWL_RE = re.compile(r"22/11/2026|22 tháng 11 năm 2026", re.I)
KB = 1024

errors = []


def err(name, msg):
    errors.append("%s: %s" % (name, msg))


def fold(s):
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", s).strip())


def visible(raw, charset):
    text = raw.decode(charset)  # strict: a wrong label fails here
    text = re.sub(r"(?s)<!--.*?-->", " ", text)
    text = re.sub(r"(?is)<head\b[^>]*>.*?</head\s*>", " ", text)
    text = re.sub(r"(?is)<script\b[^>]*>.*?</script\s*>", " ", text)
    text = re.sub(r"(?is)<style\b[^>]*>.*?</style\s*>", " ", text)
    text = re.sub(r"(?s)<[^>]*>", " ", text)
    return fold(html.unescape(text))


def date_forms(d):
    return [d.strftime("%d/%m/%Y"), "%d/%d/%d" % (d.day, d.month, d.year),
            "Ngày %d tháng %d năm %d" % (d.day, d.month, d.year),
            "%02d Tháng %d %d" % (d.day, d.month, d.year)]


def check_files():
    want = {n + ext for n in ARTICLES + OTHERS for ext in (".html", ".json")}
    have = {f for f in os.listdir(HERE) if f.endswith((".html", ".json"))}
    for f in sorted(want - have):
        err(f, "missing")
    for f in sorted(have - want):
        err(f, "unexpected file")


def check_page(name):
    try:
        with open(os.path.join(HERE, name + ".json"), encoding="utf-8") as f:
            raw_json = f.read()
        gold = json.loads(raw_json)
        with open(os.path.join(HERE, name + ".html"), "rb") as f:
            raw = f.read()
    except (OSError, ValueError) as e:
        err(name, "cannot read: %s" % e)
        return None
    if unicodedata.normalize("NFC", raw_json) != raw_json:
        err(name, "sidecar is not NFC")
    is_art = name in ARTICLES
    keys = ART_KEYS if is_art else NON_KEYS
    if list(gold) != keys:
        err(name, "keys %s, expected %s" % (list(gold), keys))
        return None
    kind = gold["kind"]
    if is_art and kind != "article":
        err(name, "kind %r, expected article" % kind)
    if not is_art and kind not in NON_KINDS:
        err(name, "kind %r is not a non-article kind" % kind)
    if not re.match(r"^https?://[^\s/]+\.[a-z]{2,}(/\S*)?$", gold["url"]):
        err(name, "bad url %r" % gold["url"])
    if not isinstance(gold["platform"], str) or not gold["platform"]:
        err(name, "empty platform")
    charset = gold["charset"]
    if charset not in ("utf-8", "windows-1258"):
        err(name, "unexpected charset %r" % charset)
        return None
    size = len(raw)
    if not 6 * KB <= size <= 180 * KB:
        err(name, "size %d bytes outside 6-180 KB" % size)
    try:
        vis = visible(raw, charset)
    except UnicodeDecodeError as e:
        err(name, "does not decode as %s: %s" % (charset, e))
        return size
    head = raw[:2048].decode("ascii", "replace").lower()
    if charset == "windows-1258" and "charset=windows-1258" not in head:
        err(name, "page does not declare windows-1258")
    if not is_art:
        return size

    # published_at
    p = gold["published_at"]
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\+07:00$", p or "")
    if not m:
        err(name, "published_at %r is not RFC 3339 with +07:00" % p)
    else:
        try:
            pd = dt.datetime(*map(int, m.groups()))
        except ValueError:
            err(name, "published_at %r is not a valid time" % p)
        else:
            if pd.date() == CRAWL:
                err(name, "published_at is the crawl day")
            if pd.date() > CRAWL:
                err(name, "published_at after the crawl day")
            if not any(fold(f) in vis for f in date_forms(pd.date())):
                err(name, "publication date %s not shown on the page" % pd.date())

    # title
    title = gold["title"]
    if not title or fold(title) != title:
        err(name, "title empty or not folded")
    elif title not in vis:
        err(name, "title not in visible text")

    # author
    au = gold["author"]
    if au is not None:
        if not isinstance(au, str) or not au.strip():
            err(name, "author must be null or a non-empty string")
        else:
            for part in au.split(", "):
                if fold(part) not in vis:
                    err(name, "author part %r not in visible text" % part)

    # crawl date in the header, before the article text
    cm = CRAWL_RE.search(vis)
    if not cm:
        err(name, "crawl date 22/11/2026 not shown")

    # body blocks, in order
    body = gold["body"]
    blocks = body.split("\n\n")
    if not body or any(not b.strip() or b != b.strip() or "\n" in b for b in blocks):
        err(name, "body has empty or unstripped blocks")
    pos = 0
    first = None
    for i, b in enumerate(blocks):
        fb = fold(b)
        k = vis.find(fb, pos)
        if k < 0:
            where = "anywhere" if vis.find(fb) < 0 else "in order"
            err(name, "body block %d not found %s: %r" % (i + 1, where, fb[:80]))
            continue
        if first is None:
            first = k
        pos = k + len(fb)
    if cm and first is not None and cm.start() > first:
        err(name, "crawl date shown only after the article text")
    return size


def check_reproducible():
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, os.path.join(HERE, "make.py"), "--out", tmp], capture_output=True, text=True)
        if r.returncode != 0:
            err("make.py", "failed: %s" % r.stderr.strip()[-500:])
            return
        made = sorted(os.listdir(tmp))
        for f in made:
            try:
                with open(os.path.join(tmp, f), "rb") as a, open(os.path.join(HERE, f), "rb") as b:
                    if a.read() != b.read():
                        err(f, "differs from make.py output")
            except OSError:
                err(f, "written by make.py but missing here")
        expected = {n + ext for n in ARTICLES + OTHERS for ext in (".html", ".json")}
        if set(made) != expected:
            err("make.py", "writes %d files, expected %d" % (len(made), len(expected)))


def main():
    check_files()
    sizes = {}
    for name in ARTICLES + OTHERS:
        s = check_page(name)
        if s is not None:
            sizes[name] = s
    big = [n for n, s in sizes.items() if 120 * KB <= s <= 170 * KB]
    if len(big) < 2:
        err("set", "fewer than two pages of 120-170 KB (%s)" % big)
    check_reproducible()
    for n in ARTICLES + OTHERS:
        if n in sizes:
            print("%-4s %7.1f KB" % (n, sizes[n] / KB))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nall checks passed (%d pages, %d of 120-170 KB)" % (len(sizes), len(big)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
