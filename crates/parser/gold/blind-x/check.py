#!/usr/bin/env python3
"""Checks the blind-x gold set on its own (no extractor needed).

    python3 check.py        exit 0 when every check passes

Checks: files present; sidecar keys and order; kinds; charset labels agree
with the page bytes (and with the <meta> when the label is null); RFC 3339
dates with +07:00 between 2025-07-01 and 2026-11-21; NFC in every sidecar
string; every body block found, in order, in the page's visible text (after
decoding, unescaping entities and NFC); title and each author part visible;
the crawl date (22/11/2026, in the site's own form) visible in the header,
before the headline; page sizes; and that make.py rewrites every file
byte for byte.
"""
import datetime
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = ["x%02d" % i for i in range(1, 21)]
OTHERS = {"n01": "listing", "n02": "search", "n03": "not_found", "n04": "challenge"}
ART_KEYS = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
NON_KEYS = ["kind", "platform", "url", "charset"]
DATE_RE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\+07:00$")
CRAWL_RE = re.compile(r"22\s*[/.\-]\s*11\s*[/.\-]\s*2026|22\s+th\u00e1ng\s+11\s+n\u0103m\s+2026|22\s+th\u00e1ng\s+m\u01b0\u1eddi\s+m\u1ed9t,?\s+2026", re.I)
META_CS = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)
INLINE = {"a", "abbr", "b", "bdi", "cite", "code", "em", "font", "i", "mark", "q", "s", "small", "span", "strong",
          "sub", "sup", "time", "u", "label"}

errors = []


def err(name, msg):
    errors.append("%s: %s" % (name, msg))


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def visible_text(doc):
    doc = re.sub(r"<!--.*?-->", " ", doc, flags=re.S)
    doc = re.sub(r"<head\b.*?</head>", " ", doc, flags=re.S | re.I)
    for tag in ("script", "style", "noscript", "svg", "template", "textarea", "select"):
        doc = re.sub(r"<%s\b.*?</%s\s*>" % (tag, tag), " ", doc, flags=re.S | re.I)

    def repl(m):
        name = m.group(1).lower()
        return "" if name in INLINE else " "
    doc = re.sub(r"</?([A-Za-z][A-Za-z0-9:\-]*)\b[^>]*>", repl, doc)
    return norm(html.unescape(doc))


def all_nfc(obj, name):
    if isinstance(obj, str):
        if unicodedata.normalize("NFC", obj) != obj:
            err(name, "sidecar string not NFC: %r" % obj[:40])
    elif isinstance(obj, dict):
        for v in obj.values():
            all_nfc(v, name)


def decode_page(name, data, label):
    m = META_CS.search(data[:4096])
    meta = m.group(1).decode().lower() if m else None
    cs = label if label is not None else meta
    if label is None and meta is None:
        err(name, "charset null and no <meta> charset")
        return None
    if label is not None and meta is not None and meta != label.lower():
        err(name, "meta charset %s disagrees with label %s" % (meta, label))
    try:
        text = data.decode({"windows-1258": "cp1258"}.get(cs, cs))
    except (UnicodeDecodeError, LookupError) as e:
        err(name, "bytes do not decode as %s: %s" % (cs, e))
        return None
    if cs != "utf-8":
        try:
            data.decode("utf-8")
            err(name, "page labelled %s is also valid UTF-8 (expected real %s bytes)" % (cs, cs))
        except UnicodeDecodeError:
            pass
    return text


def check_article(name, side, text):
    if side.get("kind") != "article":
        err(name, "kind is not article")
    m = DATE_RE.match(side.get("published_at") or "")
    if not m:
        err(name, "published_at not RFC 3339 +07:00: %r" % side.get("published_at"))
    else:
        try:
            d = datetime.datetime(*map(int, m.groups()))
            if not (datetime.datetime(2025, 7, 1) <= d < datetime.datetime(2026, 11, 22)):
                err(name, "published_at out of range")
        except ValueError:
            err(name, "published_at is not a real date")
    vis = visible_text(text)
    title = norm(side["title"])
    tpos = vis.find(title)
    if not title or tpos < 0:
        err(name, "title not visible")
    cm = CRAWL_RE.search(vis)
    if not cm:
        err(name, "crawl date 22/11/2026 not visible")
    elif tpos >= 0 and cm.start() > tpos:
        err(name, "crawl date shown only after the headline (not in the header)")
    if side["author"] is not None:
        for part in side["author"].split(", "):
            if norm(part) not in vis:
                err(name, "author part not visible: %r" % part)
    body = side.get("body") or ""
    if not body.strip():
        err(name, "empty body")
    pos = 0
    for i, block in enumerate(body.split("\n\n")):
        b = norm(block)
        if not b:
            err(name, "empty body block %d" % i)
            continue
        j = vis.find(b, pos)
        if j < 0:
            where = "anywhere" if vis.find(b) < 0 else "in order"
            err(name, "body block %d not found %s: %r" % (i, where, b[:60]))
        else:
            pos = j + len(b)


def main():
    sizes = {}
    for name in ARTICLES + sorted(OTHERS):
        hp, jp = os.path.join(HERE, name + ".html"), os.path.join(HERE, name + ".json")
        if not (os.path.exists(hp) and os.path.exists(jp)):
            err(name, "missing page or sidecar")
            continue
        raw = open(jp, "rb").read()
        try:
            side = json.loads(raw.decode("utf-8"))
        except ValueError as e:
            err(name, "sidecar is not JSON: %s" % e)
            continue
        keys = ART_KEYS if name in ARTICLES else NON_KEYS
        if list(side) != keys:
            err(name, "sidecar keys %s, expected %s" % (list(side), keys))
            continue
        all_nfc(side, name)
        if name in OTHERS and side["kind"] != OTHERS[name]:
            err(name, "kind %r, expected %r" % (side["kind"], OTHERS[name]))
        if not re.match(r"^https?://[^/\s]+/\S*$", side["url"]):
            err(name, "url not plausible")
        data = open(hp, "rb").read()
        sizes[name] = len(data)
        text = decode_page(name, data, side["charset"])
        if text is None:
            continue
        if name in ARTICLES:
            check_article(name, side, text)
    # sizes: 15-60 KB, or 120-170 KB for at least three chrome-heavy pages
    big = 0
    for name, n in sorted(sizes.items()):
        kb = n / 1024
        if 120 <= kb <= 170:
            big += 1
        elif not (15 <= kb <= 60):
            err(name, "page size %.1f KB outside 15-60 / 120-170" % kb)
    if big < 3:
        err("set", "only %d pages of 120-170 KB" % big)
    # reproducibility
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], capture_output=True, text=True)
        if r.returncode != 0:
            err("make.py", "failed: %s" % r.stderr[-300:])
        else:
            made = sorted(os.listdir(tmp))
            want = sorted(n + ext for n in ARTICLES + sorted(OTHERS) for ext in (".html", ".json"))
            if made != want:
                err("make.py", "writes %s" % sorted(set(made) ^ set(want)))
            for f in want:
                a, b = os.path.join(tmp, f), os.path.join(HERE, f)
                if not (os.path.exists(a) and os.path.exists(b)) or open(a, "rb").read() != open(b, "rb").read():
                    err(f, "not reproduced byte for byte by make.py")
    for e in errors:
        print("FAIL", e)
    n = len(ARTICLES) + len(OTHERS)
    if errors:
        print("check.py: %d problem(s) in %d pages" % (len(errors), n))
        return 1
    print("check.py: OK - %d pages (%d articles, %d without article), %d of 120-170 KB, make.py reproduces all %d files"
          % (n, len(ARTICLES), len(OTHERS), big, 2 * n))
    return 0


if __name__ == "__main__":
    sys.exit(main())
