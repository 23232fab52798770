#!/usr/bin/env python3
"""Self-check of the blind-h gold set, independent of the extractor.

Checks, per page:
  * sidecar keys per kind, kind/charset values;
  * the page decodes strictly with its real encoding (sidecar charset, or the
    page's own meta declaration when the header carries none) and declares the
    same encoding;
  * published_at is RFC 3339 with +07:00, before the crawl day 22/11/2026;
    when the page has a machine-readable publication date (article:published_time,
    itemprop datePublished, <time datetime>, JSON-LD datePublished) the gold is
    that instant in +07:00; otherwise the visible text shows the gold date;
  * every body block appears, in order, in the page's visible text (bytes decoded
    with the real encoding; comments, <head>, <script>, <style> dropped; tags ->
    spaces; html.unescape; whitespace folded; NFC on both sides);
  * the title and every author part appear in the visible text;
  * the crawl date is shown on every article page (and on every page here);
  * page sizes 6-180 KB, at least two pages of 120-170 KB;
  * make.py regenerates every file byte for byte.
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
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
CRAWL = dt.date(2026, 11, 22)
CRAWL_FORMS = ["22/11/2026", "November 22, 2026"]
ARTICLE_KEYS = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
OTHER_KEYS = ["kind", "platform", "url", "charset"]
OTHER_KINDS = {"listing", "search", "not_found", "challenge", "empty"}
TZ7 = dt.timezone(dt.timedelta(hours=7))
RFC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")
KB = 1024

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.out = []
        self.skip = 0
        self.head = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "head":
            self.head += 1
        self.out.append(" ")

    def handle_startendtag(self, tag, attrs):
        self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        elif tag == "head" and self.head:
            self.head -= 1
        self.out.append(" ")

    def _emit(self, s):
        if not self.skip and not self.head:
            self.out.append(s)

    def handle_data(self, data):
        self._emit(data)

    def handle_entityref(self, name):
        self._emit(f"&{name};")

    def handle_charref(self, name):
        self._emit(f"&#{name};")


def norm(s):
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", s).strip())


def visible_text(text):
    p = Visible()
    p.feed(text)
    p.close()
    return norm(html.unescape("".join(p.out)))


def declared_charset(raw):
    head = raw[:4096].decode("ascii", "replace")
    m = re.search(r'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', head, re.I)
    return m.group(1).lower() if m else None


def machine_dates(text):
    pats = [r'property="article:published_time"\s+content="([^"]+)"',
            r'itemprop="datePublished"\s+content="([^"]+)"',
            r'<time[^>]*datetime="([^"]+)"',
            r'"datePublished"\s*:\s*"([^"]+)"']
    found = []
    for p in pats:
        found += re.findall(p, text)
    return found


def visible_date_forms(d):
    return [f"{d.day:02d}/{d.month:02d}/{d.year}", f"Ngày {d.day} tháng {d.month} năm {d.year}",
            f"{['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][d.month - 1]} {d.day}, {d.year}"]


def check_page(name, raw, meta):
    kind = meta.get("kind")
    keys = list(meta.keys())
    if kind == "article":
        if keys != ARTICLE_KEYS:
            err(name, f"article keys {keys}")
    elif kind in OTHER_KINDS:
        if keys != OTHER_KEYS:
            err(name, f"non-article keys {keys}")
    else:
        err(name, f"bad kind {kind!r}")
    cs = meta.get("charset")
    if cs not in ("utf-8", "windows-1258", None):
        err(name, f"bad charset {cs!r}")
    decl = declared_charset(raw)
    enc = cs or decl
    if enc is None:
        err(name, "no charset in header nor page")
        return
    if decl and decl.replace("utf8", "utf-8") != enc:
        err(name, f"page declares {decl}, header says {enc}")
    try:
        text = raw.decode({"utf-8": "utf-8", "windows-1258": "cp1258"}[enc], errors="strict")
    except (UnicodeDecodeError, KeyError) as e:
        err(name, f"cannot decode as {enc}: {e}")
        return
    vis = visible_text(text)
    size = len(raw)
    if not (6 * KB <= size <= 180 * 1000):
        err(name, f"size {size} outside 6-180 KB")
    if not any(f in vis for f in CRAWL_FORMS):
        err(name, "crawl date 22/11/2026 not shown")
    if not meta.get("url", "").startswith(("http://", "https://")):
        err(name, "bad url")
    if kind != "article":
        return size
    # title
    title = meta["title"]
    if not title or norm(title) != title:
        err(name, "title empty or not normalised")
    if norm(title) not in vis:
        err(name, f"title not visible: {title}")
    # date
    pa = meta["published_at"]
    if not RFC.match(pa or ""):
        err(name, f"published_at not RFC 3339 +07:00: {pa}")
    else:
        t = dt.datetime.fromisoformat(pa)
        if t.date() >= CRAWL:
            err(name, f"published_at {pa} is on/after the crawl day")
        md = machine_dates(text)
        if md:
            for m in md:
                mt = dt.datetime.fromisoformat(m.replace("Z", "+00:00"))
                if mt.tzinfo is None:
                    err(name, f"machine date without offset {m}")
                elif mt.astimezone(TZ7) != t:
                    err(name, f"machine date {m} != gold {pa}")
        else:
            if not any(f in vis for f in visible_date_forms(t.date())):
                err(name, f"gold date {pa} not visible")
            if f"{t.hour:02d}:{t.minute:02d}" != "00:00" and f"{t.hour:02d}:{t.minute:02d}" not in vis \
                    and f"{t.hour % 12 or 12}:{t.minute:02d}" not in vis:
                err(name, f"gold time of {pa} not visible")
    # author
    au = meta["author"]
    if au is not None:
        if not isinstance(au, str) or not au or norm(au) != au:
            err(name, f"bad author {au!r}")
        else:
            for part in au.split(", "):
                if not part or norm(part) not in vis:
                    err(name, f"author part not visible: {part!r}")
    # body
    body = meta["body"]
    if not body or "\n\n\n" in body or body != body.strip():
        err(name, "body empty or badly joined")
    pos = 0
    for i, block in enumerate(body.split("\n\n")):
        b = norm(block)
        if b != block:
            err(name, f"block {i} not normalised: {block[:60]!r}")
        j = vis.find(b, pos)
        if j < 0:
            where = "anywhere" if vis.find(b) < 0 else "in order"
            err(name, f"block {i} not found {where}: {block[:70]!r}")
        else:
            pos = j + len(b)
    return size


def main():
    names = sorted(f[:-5] for f in os.listdir(HERE) if f.endswith(".html"))
    expected = [f"h{i:02d}" for i in range(1, 21)] + [f"n{i:02d}" for i in range(1, 5)]
    if names != expected:
        err("set", f"pages {names} != {expected}")
    sizes = {}
    kinds = {}
    for name in names:
        with open(os.path.join(HERE, name + ".html"), "rb") as f:
            raw = f.read()
        try:
            with open(os.path.join(HERE, name + ".json"), encoding="utf-8") as f:
                meta = json.load(f)
        except (OSError, ValueError) as e:
            err(name, f"sidecar: {e}")
            continue
        kinds[name] = meta.get("kind")
        s = check_page(name, raw, meta)
        if s:
            sizes[name] = s
        if name.startswith("h") and meta.get("kind") != "article":
            err(name, "h pages must be articles")
        if name.startswith("n") and meta.get("kind") == "article":
            err(name, "n pages must not be articles")
    big = [n for n, s in sizes.items() if 120 * KB <= s <= 170 * 1000]
    if len(big) < 2:
        err("set", f"fewer than two pages of 120-170 KB: {big}")
    need = {"listing", "search", "not_found"}
    if not need <= set(kinds.values()):
        err("set", f"missing non-article kinds {need - set(kinds.values())}")
    # reproducibility
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], capture_output=True, text=True)
        if r.returncode != 0:
            err("make.py", f"failed: {r.stderr[-500:]}")
        else:
            gen = sorted(os.listdir(tmp))
            have = sorted(f for f in os.listdir(HERE) if f.endswith((".html", ".json")))
            if gen != have:
                err("make.py", f"file set differs: {sorted(set(gen) ^ set(have))}")
            for f in gen:
                with open(os.path.join(tmp, f), "rb") as a, open(os.path.join(HERE, f), "rb") as b:
                    if a.read() != b.read():
                        err("make.py", f"{f} differs from a fresh run")
    print(f"pages: {len(names)}; articles: {sum(1 for k in kinds.values() if k == 'article')}; "
          f"big pages (120-170 KB): {', '.join(sorted(big))}")
    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
