#!/usr/bin/env python3
"""Self-check of the blind-o gold set, independent of the extractor.

Run from anywhere: python3 check.py        (exit status 0 = all good)
"""
import datetime as dt
import filecmp
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CRAWL = dt.date(2026, 11, 22)
ARTICLE_KEYS = {"kind", "platform", "url", "charset", "title", "published_at", "author", "body"}
OTHER_KEYS = {"kind", "platform", "url", "charset"}
OTHER_KINDS = {"listing", "search", "not_found", "challenge", "empty"}
RFC = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\+07:00$")
# Format characters that are invisible when rendered: soft hyphen, zero-width
# space / non-joiner / joiner, word joiner, BOM.  Removed on both sides.
INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
KB = 1024
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = INVISIBLE.sub("", s)
    s = re.sub(r"\s+", " ", s).strip()
    return unicodedata.normalize("NFC", s)


def meta_charset(raw):
    head = raw[:4096].decode("ascii", "replace")
    m = re.search(r"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", head, re.I)
    return m.group(1).lower() if m else None


def decode(raw, charset):
    """Decode with the HTTP charset of the sidecar.  When the header charset
    disagrees with the page's own <meta> declaration and the bytes are valid
    in the declared charset, the declaration wins (a lying header, o19)."""
    declared = meta_charset(raw)
    if charset is None:
        return raw.decode(declared or "utf-8")
    if declared and declared.replace("-", "") != charset.lower().replace("-", ""):
        try:
            return raw.decode(declared, "strict")
        except (UnicodeDecodeError, LookupError):
            pass
    return raw.decode(charset)


def visible(text):
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    text = re.sub(r"<head\b.*?</head\s*>", " ", text, flags=re.S | re.I)
    text = re.sub(r"<script\b.*?</script\s*>", " ", text, flags=re.S | re.I)
    text = re.sub(r"<style\b.*?</style\s*>", " ", text, flags=re.S | re.I)
    text = re.sub(r"<[^>]*>", " ", text)
    text = html.unescape(text)
    return norm(text)


def check_page(name, side, raw):
    kind = side.get("kind")
    if kind == "article":
        if set(side) != ARTICLE_KEYS:
            err("%s: keys %s" % (name, sorted(side)))
            return
    elif kind in OTHER_KINDS:
        if set(side) != OTHER_KEYS:
            err("%s: keys %s" % (name, sorted(side)))
        return
    else:
        err("%s: bad kind %r" % (name, kind))
        return
    for k in ("platform", "url", "title", "body"):
        if not isinstance(side[k], str) or not side[k].strip():
            err("%s: empty %s" % (name, k))
    if side["charset"] is not None and not isinstance(side["charset"], str):
        err("%s: charset type" % name)
    if side["author"] is not None and not isinstance(side["author"], str):
        err("%s: author type" % name)
    m = RFC.match(side["published_at"] or "")
    if not m:
        err("%s: published_at not RFC 3339 +07:00: %r" % (name, side["published_at"]))
    else:
        y, mo, d, hh, mi, ss = map(int, m.groups())
        try:
            when = dt.datetime(y, mo, d, hh, mi, ss)
        except ValueError:
            err("%s: impossible date" % name)
        else:
            if when.date() == CRAWL:
                err("%s: published_at is the crawl day" % name)
            if when.date() > CRAWL or y < 2024:
                err("%s: published_at out of range" % name)
    # gold text hygiene
    for k in ("title", "author", "body"):
        v = side[k]
        if v is None:
            continue
        if unicodedata.normalize("NFC", v) != v:
            err("%s: %s not NFC" % (name, k))
        if INVISIBLE.search(v) or "\u00a0" in v:
            err("%s: %s holds invisible chars or nbsp" % (name, k))
    blocks = side["body"].split("\n\n")
    for b in blocks:
        if not b.strip() or b != b.strip() or "\n" in b or re.search(r"  ", b):
            err("%s: malformed block %r" % (name, b[:60]))
    words = len(side["body"].split())
    if not 250 <= words <= 900:
        err("%s: body has %d words" % (name, words))

    text = visible(decode(raw, side["charset"]))
    if "22/11/2026" not in text:
        err("%s: crawl date not shown" % name)
    if norm(side["title"]) not in text:
        err("%s: title not visible" % name)
    if side["author"]:
        for part in side["author"].split(", "):
            if norm(part) not in text:
                err("%s: author part %r not visible" % (name, part))
    pos = 0
    for i, b in enumerate(blocks):
        nb = norm(b)
        j = text.find(nb, pos)
        if j < 0:
            where = "anywhere" if text.find(nb) < 0 else "in order"
            err("%s: body block %d not found %s: %r" % (name, i, where, b[:70]))
            continue
        pos = j + len(nb)


def main():
    names = sorted(f[:-5] for f in os.listdir(HERE) if f.endswith(".json"))
    htmls = sorted(f[:-5] for f in os.listdir(HERE) if f.endswith(".html"))
    expected = ["o%02d" % i for i in range(1, 21)] + ["n%02d" % i for i in range(1, 5)]
    if names != sorted(expected) or htmls != sorted(expected):
        err("file set mismatch: %s / %s" % (names, htmls))
    big = 0
    for name in names:
        with open(os.path.join(HERE, name + ".json"), encoding="utf-8") as f:
            side = json.load(f)
        path = os.path.join(HERE, name + ".html")
        if not os.path.exists(path):
            continue
        with open(path, "rb") as f:
            raw = f.read()
        size = len(raw)
        if not 6 * KB <= size <= 180 * KB:
            err("%s: size %d out of 6-180 KB" % (name, size))
        if 120 * KB <= size <= 170 * KB:
            big += 1
        if name.startswith("o") and side.get("kind") != "article":
            err("%s: should be an article" % name)
        if name.startswith("n") and side.get("kind") == "article":
            err("%s: should not be an article" % name)
        check_page(name, side, raw)
    if big < 3:
        err("only %d pages of 120-170 KB" % big)
    # reproducibility
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], check=True)
        made = sorted(os.listdir(tmp))
        mine = sorted(f for f in os.listdir(HERE) if f.endswith((".html", ".json")))
        if made != mine:
            err("make.py writes %s, directory holds %s" % (made, mine))
        for f in made:
            if os.path.exists(os.path.join(HERE, f)) and not filecmp.cmp(os.path.join(tmp, f), os.path.join(HERE, f), shallow=False):
                err("%s differs from a fresh make.py run" % f)
    if errors:
        for m in errors:
            print("FAIL", m)
        print("%d problem(s)" % len(errors))
        return 1
    print("OK: %d pages (%d articles), %d of 120-170 KB, reproducible" %
          (len(names), sum(1 for n in names if n.startswith("o")), big))
    return 0


if __name__ == "__main__":
    sys.exit(main())
