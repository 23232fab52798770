#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Self-check of the blind-g gold set.  Independent of the extractor.

Verifies for every NAME.json / NAME.html pair:
  * the sidecar loads and has exactly the allowed keys (by kind);
  * kind, charset label and published_at (RFC 3339, +07:00) are valid,
    and no article is dated on the header date 22/11/2026;
  * every gold body paragraph appears, in order, in the page's visible text
    (bytes decoded with the real encoding, <head>/<script>/<style>/comments
    removed, tags replaced by spaces, html.unescape, whitespace folded, NFC
    on both sides);
  * the title and every author part (author split on ", ") appear in the
    visible text; body paragraphs do not start with "Xem thêm", "Nguồn:" or
    "(Theo" and do not equal the author;
  * the page is between 6 and 180 KB, the header date 22/11/2026 is shown,
    the declared <meta> charset agrees with the sidecar;
  * the set has 20 articles + 4 non-articles, at least two pages of
    120-170 KB, and make.py regenerates byte-identical files.
Exit status 0 when everything passes.
"""
import codecs
import glob
import html
import json
import os
import re
import sys
import unicodedata
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ART_KEYS = {"kind", "platform", "url", "charset", "title", "published_at", "author", "body"}
NON_KEYS = {"kind", "platform", "url", "charset"}
NON_KINDS = {"listing", "search", "not_found", "challenge", "empty"}
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$")
META_CS = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)

errors = []


def err(name, msg):
    errors.append("%s: %s" % (name, msg))


def fold(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def real_encoding(raw, label):
    m = META_CS.search(raw[:4096])
    meta = m.group(1).decode("ascii").lower() if m else None
    enc = label or meta or "utf-8"
    return enc, meta


def visible_text(doc):
    doc = re.sub(r"(?is)<!--.*?-->", " ", doc)
    doc = re.sub(r"(?is)<head\b.*?</head>", " ", doc)
    doc = re.sub(r"(?is)<script\b.*?</script>", " ", doc)
    doc = re.sub(r"(?is)<style\b.*?</style>", " ", doc)
    doc = re.sub(r"(?s)<[^>]*>", " ", doc)
    return fold(html.unescape(doc))


def check_page(name, meta, raw):
    kind = meta.get("kind")
    keys = set(meta)
    if kind == "article":
        if keys != ART_KEYS:
            err(name, "keys %s" % sorted(keys))
            return
    elif kind in NON_KINDS:
        if keys != NON_KEYS:
            err(name, "keys %s" % sorted(keys))
            return
    else:
        err(name, "bad kind %r" % kind)
        return
    if not isinstance(meta["url"], str) or not meta["url"].startswith(("http://", "https://")):
        err(name, "bad url")
    if not isinstance(meta["platform"], str) or not meta["platform"]:
        err(name, "bad platform")
    label = meta["charset"]
    if label is not None:
        try:
            codecs.lookup(label)
        except LookupError:
            err(name, "unknown charset label %r" % label)
            return
    size = len(raw)
    if not (6 * 1024 <= size <= 180 * 1024):
        err(name, "size %.1f KB outside 6-180 KB" % (size / 1024))
    enc, meta_cs = real_encoding(raw, label)
    if label and meta_cs and codecs.lookup(label).name != codecs.lookup(meta_cs).name:
        err(name, "HTTP label %s but <meta> %s" % (label, meta_cs))
    try:
        doc = raw.decode(enc)
    except UnicodeDecodeError as e:
        err(name, "does not decode as %s: %s" % (enc, e))
        return
    text = visible_text(doc)
    if kind != "article":
        return text
    if "22/11/2026" not in text:
        err(name, "header date 22/11/2026 not shown")
    # published_at
    pa = meta["published_at"]
    if not isinstance(pa, str) or not RFC3339.match(pa):
        err(name, "published_at %r not RFC 3339 with +07:00" % pa)
    else:
        dt = datetime.fromisoformat(pa)
        if dt.utcoffset().total_seconds() != 7 * 3600:
            err(name, "offset is not +07:00")
        if dt.date().isoformat() == "2026-11-22":
            err(name, "published on the header date")
    # title
    title = fold(meta["title"] or "")
    if not title or title not in text:
        err(name, "title not in visible text")
    # author
    author = meta["author"]
    if author is not None:
        for part in author.split(", "):
            if fold(part) not in text:
                err(name, "author part %r not in visible text" % part)
    # body
    body = meta["body"]
    if not isinstance(body, str) or not body.strip():
        err(name, "empty body")
        return text
    paras = body.split("\n\n")
    pos = 0
    for i, p in enumerate(paras):
        fp = fold(p)
        if not fp:
            err(name, "empty paragraph %d" % i)
            continue
        if fp != p:
            err(name, "paragraph %d has unfolded whitespace or is not NFC" % i)
        if fp.startswith(("Xem thêm", "Nguồn:", "(Theo")):
            err(name, "paragraph %d is a related/source line: %r" % (i, fp[:60]))
        if author and fp == fold(author):
            err(name, "paragraph %d is the byline" % i)
        j = text.find(fp, pos)
        if j < 0:
            where = text.find(fp)
            err(name, "paragraph %d not found in order%s: %r" % (i, " (found earlier)" if where >= 0 else "", fp[:80]))
            continue
        pos = j + len(fp)
    return text


def main():
    sidecars = sorted(glob.glob(os.path.join(HERE, "*.json")))
    names = [os.path.basename(p)[:-5] for p in sidecars]
    arts, nons, big = 0, 0, 0
    for name, path in zip(names, sidecars):
        try:
            with open(path, encoding="utf-8") as f:
                meta = json.load(f)
        except Exception as e:  # noqa: BLE001
            err(name, "sidecar does not load: %s" % e)
            continue
        hp = os.path.join(HERE, name + ".html")
        if not os.path.exists(hp):
            err(name, "no page")
            continue
        raw = open(hp, "rb").read()
        if 120 * 1024 <= len(raw) <= 170 * 1024:
            big += 1
        if meta.get("kind") == "article":
            arts += 1
        else:
            nons += 1
        check_page(name, meta, raw)
    if arts != 20 or nons != 4:
        err("set", "expected 20 articles and 4 non-articles, got %d and %d" % (arts, nons))
    if big < 2:
        err("set", "fewer than two pages of 120-170 KB")
    for p in glob.glob(os.path.join(HERE, "*.html")):
        n = os.path.basename(p)[:-5]
        if n not in names:
            err(n, "page without sidecar")
    # determinism: make.py must regenerate identical bytes
    sys.dont_write_bytecode = True
    sys.path.insert(0, HERE)
    import make  # noqa: E402
    files = make.build()
    for fn, rawgen in sorted(files.items()):
        p = os.path.join(HERE, fn)
        if not os.path.exists(p) or open(p, "rb").read() != rawgen:
            err(fn, "differs from what make.py generates")
    if errors:
        print("FAIL: %d problem(s)" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("OK: %d articles, %d non-articles, %d pages of 120-170 KB; all checks pass" % (arts, nons, big))
    return 0


if __name__ == "__main__":
    sys.exit(main())
