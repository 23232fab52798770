#!/usr/bin/env python3
"""Self-check of the blind-j gold set, independent of the extractor (stdlib only)."""
import datetime
import filecmp
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ART = ["j%02d" % i for i in range(1, 21)]
NON = ["n%02d" % i for i in range(1, 5)]
ART_KEYS = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
NON_KEYS = ["kind", "platform", "url", "charset"]
NON_KINDS = {"listing", "search", "not_found", "challenge", "empty"}
INLINE = r"a|abbr|b|bdi|em|font|i|small|span|strong|sub|sup|u|mark|time|label"
errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", s)).strip()


def visible(raw, charset):
    t = raw.decode(charset or "utf-8")
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    t = re.sub(r"(?is)<head\b.*?</head>", " ", t)
    t = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", t)
    # inline tags vanish (as a browser renders them), all other tags become spaces
    t = re.sub(r"(?i)</?(?:%s)\b[^>]*>" % INLINE, "", t)
    t = re.sub(r"<[^>]*>", " ", t)
    return fold(html.unescape(t))


def main():
    names = sorted(f[:-5] for f in os.listdir(HERE) if f.endswith(".html"))
    if names != sorted(ART + NON):
        err("unexpected page list: %s" % names)
    sizes = {}
    for n in ART + NON:
        hp, jp = os.path.join(HERE, n + ".html"), os.path.join(HERE, n + ".json")
        if not (os.path.exists(hp) and os.path.exists(jp)):
            err("%s: missing file" % n)
            continue
        raw = open(hp, "rb").read()
        sizes[n] = len(raw)
        if not 6 * 1024 <= len(raw) <= 180 * 1024:
            err("%s: size %d outside 6-180 KB" % (n, len(raw)))
        side = json.load(open(jp, encoding="utf-8"))
        keys = ART_KEYS if n in ART else NON_KEYS
        if list(side) != keys:
            err("%s: keys %s != %s" % (n, list(side), keys))
            continue
        if n in NON:
            if side["kind"] not in NON_KINDS:
                err("%s: kind %s" % (n, side["kind"]))
            visible(raw, side["charset"])
            continue
        if side["kind"] != "article":
            err("%s: kind" % n)
        cs = side["charset"]
        try:
            vis = visible(raw, cs)
        except Exception as ex:  # noqa
            err("%s: cannot decode as %s: %s" % (n, cs, ex))
            continue
        # the declared charset must agree with the bytes
        head = raw[:2048].decode("ascii", "replace").lower()
        if cs and ("charset=%s" % cs.lower()) not in head and ('charset="%s"' % cs.lower()) not in head:
            err("%s: page does not declare %s" % (n, cs))
        # date
        pa = side["published_at"]
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", pa or ""):
            err("%s: published_at %r not RFC 3339 +07:00" % (n, pa))
        else:
            d = datetime.datetime.fromisoformat(pa)
            if d.date() == datetime.date(2026, 11, 22):
                err("%s: published_at is the crawl day" % n)
            if d.date() > datetime.date(2026, 11, 22):
                err("%s: published_at after the crawl day" % n)
            forms = ["%02d/%02d/%d" % (d.day, d.month, d.year), "%02d-%02d-%d" % (d.day, d.month, d.year),
                     "ngày %d tháng %d năm %d" % (d.day, d.month, d.year)]
            if not any(f in vis.lower() for f in forms):
                err("%s: publication date not visible" % n)
            if d.time() != datetime.time(0, 0) and "%02d:%02d" % (d.hour, d.minute) not in vis:
                # SharePoint 12-hour clock
                h12 = d.hour - 12 if d.hour > 12 else d.hour
                machine = pa.encode("ascii") in raw  # <time datetime>, meta, JSON-LD
                if "%d:%02d CH" % (h12, d.minute) not in vis and not machine:
                    err("%s: publication time neither visible nor machine-readable" % n)
            if d.second and pa.encode("ascii") not in raw and "%02d:%02d:%02d" % (d.hour, d.minute, d.second) not in vis:
                err("%s: seconds in published_at not shown anywhere" % n)
        # crawl day header
        if not re.search(r"22/11/2026|22-11-2026|22 tháng 11 năm 2026", vis):
            err("%s: crawl date not shown" % n)
        # title
        if fold(side["title"]) not in vis:
            err("%s: title not visible" % n)
        # author
        if side["author"] is not None:
            for part in side["author"].split(", "):
                if fold(part) not in vis:
                    err("%s: author part %r not visible" % (n, part))
        # body: every paragraph in order
        body = side["body"]
        if not body or "\n\n\n" in body or body != body.strip():
            err("%s: malformed body" % n)
        pos = 0
        for i, para in enumerate(body.split("\n\n")):
            p = fold(para)
            k = vis.find(p, pos)
            if k < 0:
                err("%s: body block %d not found in order: %r" % (n, i, para[:70]))
            else:
                pos = k + len(p)
    big = [n for n, s in sizes.items() if 120 * 1024 <= s <= 170 * 1024]
    if len(big) < 2:
        err("fewer than two pages of 120-170 KB: %s" % big)
    # reproducibility
    tmp = tempfile.mkdtemp()
    try:
        shutil.copy(os.path.join(HERE, "make.py"), tmp)
        subprocess.run([sys.executable, os.path.join(tmp, "make.py")], check=True)
        for n in ART + NON:
            for ext in (".html", ".json"):
                if not filecmp.cmp(os.path.join(HERE, n + ext), os.path.join(tmp, n + ext), shallow=False):
                    err("%s%s: make.py does not reproduce it" % (n, ext))
    finally:
        shutil.rmtree(tmp)
    for m in errors:
        print("FAIL", m)
    print("%d pages, %d errors; 120-170 KB pages: %s" % (len(sizes), len(errors), ", ".join(sorted(big))))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
