#!/usr/bin/env python3
"""Checks the blind-ac gold set without any extractor.

    python3 check.py          exit 0 when every check passes

Sidecar keys and types, RFC 3339 +07:00 dates in range, NFC, charset label
against the bytes, every gold body block in order in the page's visible text
(entities decoded, NFC-normalised), title and author visible, the crawl date
in every article page's header (before the body), sizes, and byte-for-byte
reproduction by make.py into a temporary folder.
"""
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from html import unescape
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = ["c%02d" % i for i in range(1, 21)]
NON = {"n01": "listing", "n02": "search", "n03": "not_found", "n04": "challenge"}
ART_KEYS = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
NON_KEYS = ["kind", "platform", "url", "charset"]
TZ = dt.timezone(dt.timedelta(hours=7))
LO, HI = dt.datetime(2025, 7, 1, tzinfo=TZ), dt.datetime(2026, 11, 21, 23, 59, 59, tzinfo=TZ)
CRAWL_RE = re.compile(r"22([/.-])11\1\s?2026|22 tháng 11(?:,| năm) 2026", re.I)
BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "td", "th", "tr", "table", "br",
              "section", "article", "header", "footer", "figure", "figcaption", "blockquote", "aside", "nav",
              "main", "form", "dd", "dt", "hr", "tbody", "thead"}
SKIP_TAGS = {"script", "style", "head", "title", "template", "noscript", "svg", "select", "textarea"}

errors = []


def err(name, msg):
    errors.append("%s: %s" % (name, msg))


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag in BLOCK_TAGS or tag in ("img", "input"):
            self.out.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS or tag in ("img", "input"):
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def visible_text(doc):
    v = Visible()
    v.feed(doc)
    v.close()
    return norm("".join(v.out))


def meta_charset(data):
    m = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", data, re.I)
    return m.group(1).decode("ascii").lower() if m else None


def decode_page(name, data, label):
    meta = meta_charset(data)
    if label == "utf-8":
        try:
            doc = data.decode("utf-8")
        except UnicodeDecodeError as e:
            err(name, "labelled utf-8 but bytes are not UTF-8 (%s)" % e)
            return None
        if meta not in (None, "utf-8"):
            err(name, "label utf-8 but page declares %s" % meta)
        return doc
    if label == "windows-1258":
        try:
            data.decode("utf-8")
            err(name, "labelled windows-1258 but the bytes are valid UTF-8")
        except UnicodeDecodeError:
            pass
        if meta not in (None, "windows-1258"):
            err(name, "label windows-1258 but page declares %s" % meta)
        return data.decode("cp1258")
    if label is None:
        if not meta:
            err(name, "charset null and no <meta> charset in the page")
            return None
        codec = {"windows-1258": "cp1258"}.get(meta, meta)
        try:
            return data.decode(codec)
        except UnicodeDecodeError as e:
            err(name, "meta says %s but bytes do not decode (%s)" % (meta, e))
            return None
    err(name, "unknown charset label %r" % label)
    return None


def check_nfc(name, obj):
    for k, v in obj.items():
        if isinstance(v, str) and unicodedata.normalize("NFC", v) != v:
            err(name, "sidecar field %s is not NFC" % k)


def date_forms(d):
    forms = {d.strftime("%d/%m/%Y"), d.strftime("%Y-%m-%d"), d.strftime("%d.%m.%Y"),
             "ngày %d tháng %d năm %d" % (d.day, d.month, d.year)}
    u = d.astimezone(dt.timezone.utc)
    forms.add(u.strftime("%Y-%m-%d"))
    return forms


def check_article(name, side, data):
    keys = list(side.keys())
    if keys != ART_KEYS:
        err(name, "sidecar keys %s" % keys)
        return
    for k in ("kind", "platform", "url", "title", "published_at", "body"):
        if not isinstance(side[k], str) or not side[k]:
            err(name, "%s must be a non-empty string" % k)
            return
    if side["kind"] != "article":
        err(name, "kind %r" % side["kind"])
    if side["author"] is not None and (not isinstance(side["author"], str) or not side["author"].strip()):
        err(name, "author must be a non-empty string or null")
    if side["charset"] is not None and not isinstance(side["charset"], str):
        err(name, "charset must be a string or null")
    if not re.match(r"^https?://[^/\s]+/\S+$", side["url"]):
        err(name, "url %r" % side["url"])
    check_nfc(name, side)
    # date
    pa = side["published_at"]
    if not re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$", pa):
        err(name, "published_at %r is not RFC 3339 with +07:00" % pa)
        return
    d = dt.datetime.fromisoformat(pa)
    if not LO <= d <= HI:
        err(name, "published_at %s out of range" % pa)
    # page
    doc = decode_page(name, data, side["charset"])
    if doc is None:
        return
    raw = unicodedata.normalize("NFC", unescape(doc))
    if not any(f in raw for f in date_forms(d)):
        err(name, "publication date %s not found in the page in any form" % pa)
    if d.time() != dt.time(0, 0) and d.strftime("%H:%M") not in raw and \
            d.astimezone(dt.timezone.utc).strftime("%H:%M") not in raw:
        err(name, "publication time %s not found in the page" % pa)
    vis = visible_text(doc)
    if "**" in vis or "[[" in vis:
        err(name, "markup markers leaked into the page")
    title = norm(side["title"])
    if title not in vis:
        err(name, "title not visible")
    if side["author"]:
        for part in side["author"].split(", "):
            if norm(part) not in vis:
                err(name, "author part %r not visible" % part)
    body = side["body"]
    if body != body.strip() or "\n\n\n" in body:
        err(name, "body has stray blank lines")
    blocks = body.split("\n\n")
    words = len(re.findall(r"\w+", body))
    if not 250 <= words <= 900:
        err(name, "body has %d words (want 250-900)" % words)
    pos, first = 0, None
    for i, b in enumerate(blocks):
        nb = norm(b)
        if not nb or "\n" in b:
            err(name, "block %d empty or multi-line" % i)
            continue
        j = vis.find(nb, pos)
        if j < 0:
            where = "anywhere" if vis.find(nb) < 0 else "in order"
            err(name, "block %d not found %s: %r" % (i, where, b[:70]))
            continue
        if first is None:
            first = j
        pos = j + len(nb)
    m = CRAWL_RE.search(vis)
    if not m:
        err(name, "crawl date 22/11/2026 not shown")
    elif first is not None and m.start() > first:
        err(name, "crawl date not in the header (first shown after the body starts)")
    if d.date() == dt.date(2026, 11, 22):
        err(name, "published_at is the crawl day")
    n = len(data)
    if not 8000 <= n <= 175000:
        err(name, "size %d bytes out of 8-175 KB" % n)
    decomposed = doc != unicodedata.normalize("NFC", doc)
    return {"words": words, "size": n, "charset": side["charset"],
            "nfd": decomposed and side["charset"] != "windows-1258",
            "entities": bool(re.search(r"&#7\d\d\d;", doc)), "blocks": len(blocks)}


def check_non(name, side, data):
    if list(side.keys()) != NON_KEYS:
        err(name, "sidecar keys %s" % list(side.keys()))
        return
    if side["kind"] != NON[name]:
        err(name, "kind %r, want %r" % (side["kind"], NON[name]))
    check_nfc(name, side)
    doc = decode_page(name, data, side["charset"])
    if doc is None:
        return
    vis = visible_text(doc)
    if name == "n03" and "không tồn tại" not in vis.lower():
        err(name, "not-found message missing")
    if name == "n04" and ("<script" not in doc or len(data) > 10000):
        err(name, "challenge page should be small and scripted")
    if not 1000 <= len(data) <= 200000:
        err(name, "size %d" % len(data))


def main():
    stats = {}
    for name in ARTICLES + sorted(NON):
        hp, jp = os.path.join(HERE, name + ".html"), os.path.join(HERE, name + ".json")
        if not (os.path.exists(hp) and os.path.exists(jp)):
            err(name, "missing .html or .json")
            continue
        raw = open(jp, "rb").read()
        try:
            side = json.loads(raw.decode("utf-8"))
        except ValueError as e:
            err(name, "bad JSON: %s" % e)
            continue
        data = open(hp, "rb").read()
        if name in NON:
            check_non(name, side, data)
        else:
            st = check_article(name, side, data)
            if st:
                stats[name] = st
    # set-level variety
    sizes = [s["size"] for s in stats.values()]
    if sum(1 for n in sizes if 120000 <= n <= 170000) < 3:
        err("set", "fewer than three article pages of 120-170 KB")
    cs = [s["charset"] for s in stats.values()]
    if "windows-1258" not in cs:
        err("set", "no windows-1258 page")
    if not any(s["nfd"] for s in stats.values()):
        err("set", "no page with decomposed (NFD) text")
    if not any(s["entities"] for s in stats.values()):
        err("set", "no page with HTML entities for Vietnamese letters")
    nulls = sum(1 for n in ARTICLES if os.path.exists(os.path.join(HERE, n + ".json")) and
                json.load(open(os.path.join(HERE, n + ".json"), encoding="utf-8")).get("author", "") is None)
    if not 1 <= nulls <= 2:
        err("set", "%d pages with author null (want 1-2)" % nulls)
    # reproduction
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], capture_output=True, text=True)
        if r.returncode != 0:
            err("make.py", "failed: %s" % r.stderr[-500:])
        else:
            made = sorted(f for f in os.listdir(tmp))
            have = sorted(f for f in os.listdir(HERE) if re.match(r"^[cn]\d\d\.(html|json)$", f))
            if made != have:
                err("make.py", "file sets differ: %s vs %s" % (made, have))
            for f in made:
                a = open(os.path.join(tmp, f), "rb").read()
                b = open(os.path.join(HERE, f), "rb").read() if os.path.exists(os.path.join(HERE, f)) else None
                if a != b:
                    err("make.py", "%s is not reproduced byte for byte" % f)
    for name in sorted(stats):
        s = stats[name]
        print("%s  %6.1f KB  %-12s %4d words  %2d blocks%s%s" % (
            name, s["size"] / 1024, s["charset"], s["words"], s["blocks"], "  NFD" if s["nfd"] else "",
            "  entities" if s["entities"] else ""))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nall checks passed (%d articles, %d non-articles)" % (len(stats), len(NON)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
