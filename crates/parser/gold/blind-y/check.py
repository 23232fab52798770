#!/usr/bin/env python3
"""Check the blind-y gold set without any extractor.

    python3 check.py          exit 0 when every check passes

Checks: sidecar keys and types; RFC 3339 +07:00 dates inside the set's ranges
(former-district articles 2019-01-01..2025-06-30, successor-portal articles
2025-07-01..2026-11-21); NFC; the charset label (or the <meta> when the label
is null) matches the bytes; every gold body block appears, in order, in the
page's visible text (entities decoded, NFC, whitespace collapsed); title and
author parts visible; the crawl date 22/11/2026 shown in the page header
(before the article text); sizes and body lengths; byte-for-byte
reproduction of every page and sidecar by make.py into a temporary folder.
"""
import datetime as dt
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = ["y%02d" % i for i in range(1, 21)]
NONART = {"n01": "listing", "n02": "search", "n03": "not_found", "n04": "challenge"}
# pages of the old district portals (published before the 1 July 2025 reform)
DISTRICT_ERA = {"y01", "y02", "y03", "y04", "y05", "y06", "y07", "y08", "y09", "y10", "y11", "y12", "y13", "y16"}
ART_KEYS = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
NON_KEYS = ["kind", "platform", "url", "charset"]
CODEC = {"utf-8": "utf-8", "windows-1258": "cp1258"}
CRAWL_RE = re.compile(r"22\s*[/.-]\s*11\s*[/.-]\s*2026|22 tháng 11,? (năm )?2026|22 tháng mười một,? 2026", re.I)
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")
SKIP = {"script", "style", "head", "title", "noscript", "template", "iframe", "textarea", "select", "option"}
BLOCK = {"p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6",
         "section", "article", "header", "footer", "nav", "aside", "figure", "figcaption", "blockquote",
         "dd", "dt", "dl", "center", "form", "hr", "main", "caption", "tbody", "thead", "span_block"}
VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "param", "source", "track", "wbr"}


class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP and tag not in VOID:
            self.skip += 1
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip:
            self.skip -= 1
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\xa0", " ")
    return re.sub(r"\s+", " ", s).strip()


def meta_charset(raw):
    head = raw[:4096].decode("ascii", "replace").lower()
    m = re.search(r"<meta[^>]+charset\s*=\s*[\"']?([a-z0-9_-]+)", head)
    return m.group(1) if m else None


def visible_text(text):
    p = Visible()
    p.feed(text)
    p.close()
    return norm("".join(p.parts))


def words(s):
    return len(re.findall(r"\w+", s))


def main():
    errors = []
    rows = []
    err = lambda name, msg: errors.append("%s: %s" % (name, msg))
    n_old = 0
    n_big = 0
    for name in ARTICLES + sorted(NONART):
        hp, jp = os.path.join(HERE, name + ".html"), os.path.join(HERE, name + ".json")
        if not (os.path.exists(hp) and os.path.exists(jp)):
            err(name, "missing page or sidecar")
            continue
        raw = open(hp, "rb").read()
        meta = json.load(open(jp, encoding="utf-8"))
        art = name in ARTICLES
        keys = ART_KEYS if art else NON_KEYS
        if list(meta) != keys:
            err(name, "sidecar keys %r, expected %r" % (list(meta), keys))
            continue
        # types
        for k in ["kind", "platform", "url"] + (["title", "published_at", "body"] if art else []):
            if not isinstance(meta[k], str) or not meta[k]:
                err(name, "%s must be a non-empty string" % k)
        if meta["charset"] is not None and meta["charset"] not in CODEC:
            err(name, "charset label %r" % meta["charset"])
        if art and meta["author"] is not None and (not isinstance(meta["author"], str) or not meta["author"]):
            err(name, "author must be null or a non-empty string")
        if art and meta["kind"] != "article":
            err(name, "kind must be article")
        if not art and meta["kind"] != NONART[name]:
            err(name, "kind must be %s" % NONART[name])
        if not meta["url"].startswith(("http://", "https://")):
            err(name, "url")
        # NFC
        for k, v in meta.items():
            if isinstance(v, str) and unicodedata.normalize("NFC", v) != v:
                err(name, "%s is not NFC" % k)
        # charset
        declared = meta_charset(raw)
        label = meta["charset"]
        if label is None:
            if declared is None:
                err(name, "no charset in label nor in a <meta>")
                continue
            codec = CODEC.get(declared)
        else:
            codec = CODEC[label]
            if declared is not None and CODEC.get(declared) != codec:
                err(name, "label %s disagrees with <meta> %s" % (label, declared))
        if codec is None:
            err(name, "unknown declared charset %r" % declared)
            continue
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError as e:
            err(name, "bytes do not decode as %s: %s" % (codec, e))
            continue
        if codec == "cp1258":
            try:
                raw.decode("utf-8")
                err(name, "labelled windows-1258 but the bytes are valid UTF-8")
            except UnicodeDecodeError:
                pass
        vis = visible_text(text)
        size = len(raw)
        if not 1000 <= size <= 200000:
            err(name, "size %d out of 1..200 KB" % size)
        if not art:
            rows.append((name, meta["kind"], meta["platform"], size, "", "", ""))
            continue
        # dates
        pa = meta["published_at"]
        if not DATE_RE.match(pa):
            err(name, "published_at %r is not RFC 3339 with +07:00" % pa)
        else:
            d = dt.datetime.fromisoformat(pa)
            lo, hi = ("2019-01-01", "2025-06-30") if name in DISTRICT_ERA else ("2025-07-01", "2026-11-21")
            if not (lo <= pa[:10] <= hi):
                err(name, "published_at %s outside %s..%s" % (pa, lo, hi))
            if name in DISTRICT_ERA:
                n_old += 1
            if d.date() == dt.date(2026, 11, 22):
                err(name, "published_at is the crawl day")
        # body blocks in order
        blocks = meta["body"].split("\n\n")
        pos = 0
        first = None
        for b in blocks:
            nb = norm(b)
            if not nb or nb != b.strip():
                err(name, "body block has stray whitespace: %r" % b[:60])
            i = vis.find(nb, pos)
            if i < 0:
                err(name, "body block not found in order: %r" % nb[:80])
                continue
            if first is None:
                first = i
            pos = i + len(nb)
        # title and author visible
        if norm(meta["title"]) not in vis:
            err(name, "title not visible")
        if meta["author"]:
            for part in meta["author"].split(", "):
                if norm(part) not in vis:
                    err(name, "author part not visible: %r" % part)
        # crawl date in the header (before the article text)
        m = CRAWL_RE.search(vis)
        if not m:
            err(name, "crawl date 22/11/2026 not shown")
        elif first is not None and m.start() > first:
            err(name, "crawl date shown only after the article text")
        w = words(meta["body"])
        if not 250 <= w <= 900:
            err(name, "body has %d words (expected 250..900)" % w)
        if 120000 <= size <= 170000:
            n_big += 1
        rows.append((name, "article", meta["platform"], size, len(blocks), w, pa[:10]))
    if n_old < 12:
        err("set", "only %d former-district articles (need 12)" % n_old)
    if n_big < 3:
        err("set", "only %d pages of 120-170 KB (need 3)" % n_big)
    # reproduction
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], capture_output=True, text=True)
        if r.returncode != 0:
            err("make.py", "failed: %s" % r.stderr[-500:])
        else:
            made = sorted(os.listdir(tmp))
            here = sorted(f for f in os.listdir(HERE) if re.match(r"^[yn]\d\d\.(html|json)$", f))
            if made != here:
                err("make.py", "file sets differ: %s" % sorted(set(made) ^ set(here)))
            for f in made:
                if os.path.exists(os.path.join(HERE, f)) and open(os.path.join(tmp, f), "rb").read() != open(os.path.join(HERE, f), "rb").read():
                    err("make.py", "%s is not reproduced byte for byte" % f)
    for r in rows:
        print("%-4s %-10s %-17s %7.1f KB %4s blocks %4s words %s" % (r[0], r[1], r[2], r[3] / 1000, r[4], r[5], r[6]))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nall checks passed (%d articles, %d former-district, %d pages of 120-170 KB)" % (len(ARTICLES), n_old, n_big))
    return 0


if __name__ == "__main__":
    sys.exit(main())
