#!/usr/bin/env python3
"""Check the blind-ad gold set without any extractor.

    python3 check.py            exit 0 when every check passes

Checks: file list; sidecar keys, key order and types; RFC 3339 "+07:00"
dates inside 2025-07-01 .. 2026-11-21; NFC text; the sidecar `charset`
label against the bytes (and the page's own <meta> declaration); every
gold body block found, in order, in the page's visible text (entities
decoded, NFC, whitespace collapsed); title and every author part visible;
the crawl date (22/11/2026) shown in the header of every article page,
before the body; machine-readable publication times agree with the gold;
body length; page sizes; byte-for-byte reproduction by make.py.
"""
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = ["d%02d" % i for i in range(1, 21)]
OTHERS = {"n01": "listing", "n02": "search", "n03": "not_found", "n04": "challenge"}
ART_KEYS = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
NON_KEYS = ["kind", "platform", "url", "charset"]
PLATFORMS = {"liferay", "sharepoint", "dnn", "wordpress", "joomla", "nukeviet", "aspnet", "php", "challenge"}
CHARSETS = {"utf-8", "windows-1258", None}
DATE_LO = datetime.datetime(2025, 7, 1)
DATE_HI = datetime.datetime(2026, 11, 21, 23, 59, 59)
CRAWL_RE = re.compile(r"22\s*[/\-.]\s*11\s*[/\-.]\s*2026|22 tháng 11 năm 2026", re.I)
# d11 is the document page: by the brief its text is a short summary
# followed by attachment links, so its body is far below 250 words.
SHORT_BODY = {"d11": (40, 250)}
WORDS = (250, 900)
SIZE_MIN, SIZE_MAX = 10_000, 170_000
BIG = (120_000, 170_000)

BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "td", "th", "tr", "table", "h1", "h2", "h3",
              "h4", "h5", "h6", "pre", "blockquote", "figure", "figcaption", "section", "article",
              "header", "footer", "nav", "aside", "main", "dl", "dt", "dd", "form", "hr", "tbody",
              "thead", "caption", "option", "select", "label"}
SKIP_TAGS = {"script", "style", "noscript", "template", "head", "title", "svg", "textarea"}

failures = []


def fail(page, msg):
    failures.append("%s: %s" % (page, msg))


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.out.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\xa0", " ")
    return re.sub(r"\s+", " ", s).strip()


def visible_text(html_text):
    v = Visible()
    v.feed(html_text)
    v.close()
    return norm("".join(v.out))


def meta_charset(raw):
    head = raw[:4096].decode("latin-1")
    m = re.search(r"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", head, re.I)
    return m.group(1).lower() if m else None


def decode_page(name, raw, label):
    declared = meta_charset(raw)
    if label is None:
        if declared is None:
            fail(name, "charset null but the page declares no charset")
            return None
        enc = declared
    else:
        enc = label
        if declared is not None and declared != label:
            fail(name, "label %r but page declares %r" % (label, declared))
    if enc == "windows-1258":
        try:
            raw.decode("utf-8")
            fail(name, "labelled windows-1258 but the bytes are valid UTF-8")
        except UnicodeDecodeError:
            pass
        return raw.decode("cp1258")
    try:
        return raw.decode(enc)
    except (UnicodeDecodeError, LookupError) as e:
        fail(name, "bytes do not decode as %s: %s" % (enc, e))
        return None


def is_nfc(s):
    return s is None or unicodedata.is_normalized("NFC", s)


def to_ict(s):
    """Machine-readable time -> '+07:00' RFC 3339 string, seconds kept."""
    s = s.strip()
    if s.endswith("Z"):
        s = s[:-1] + "+00:00"
    dt = datetime.datetime.fromisoformat(s)
    dt = dt.astimezone(datetime.timezone(datetime.timedelta(hours=7)))
    return dt.strftime("%Y-%m-%dT%H:%M:%S+07:00")


MACHINE_RES = [
    re.compile(r'property="article:published_time" content="([^"]+)"'),
    re.compile(r'"datePublished":\s*"([^"]+)"'),
    re.compile(r'<time datetime="([^"]+)" itemprop="datePublished"'),
    re.compile(r'<time class="entry-date published" datetime="([^"]+)"'),
]


def check_article(name, side, raw):
    if list(side) != ART_KEYS:
        fail(name, "sidecar keys %r" % list(side))
        return
    for k in ("kind", "platform", "url", "title", "published_at", "body"):
        if not isinstance(side[k], str) or not side[k]:
            fail(name, "%s must be a non-empty string" % k)
            return
    if side["kind"] != "article":
        fail(name, "kind %r" % side["kind"])
    if side["platform"] not in PLATFORMS:
        fail(name, "platform %r" % side["platform"])
    if side["charset"] not in CHARSETS:
        fail(name, "charset %r" % side["charset"])
    if side["author"] is not None and (not isinstance(side["author"], str) or not side["author"]):
        fail(name, "author must be null or a non-empty string")
    for k in ("title", "author", "body"):
        if not is_nfc(side[k]):
            fail(name, "%s is not NFC" % k)
    pa = side["published_at"]
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", pa):
        fail(name, "published_at %r is not RFC 3339 with +07:00" % pa)
    else:
        dt = datetime.datetime.fromisoformat(pa[:19])
        if not DATE_LO <= dt <= DATE_HI:
            fail(name, "published_at %s outside 2025-07-01 .. 2026-11-21" % pa)
    text = decode_page(name, raw, side["charset"])
    if text is None:
        return
    vis = visible_text(text)
    # title, author
    if norm(side["title"]) not in vis:
        fail(name, "title not visible")
    if side["author"]:
        for part in side["author"].split(", "):
            if norm(part) not in vis:
                fail(name, "author part %r not visible" % part)
    # body blocks in order
    blocks = side["body"].split("\n\n")
    pos, first = 0, None
    for b in blocks:
        nb = norm(b)
        if not nb:
            fail(name, "empty body block")
            continue
        i = vis.find(nb, pos)
        if i < 0:
            fail(name, "body block not found in order: %r" % b[:80])
            break
        if first is None:
            first = i
        pos = i + len(nb)
    # crawl date in the header, before the body
    m = CRAWL_RE.search(vis)
    if not m:
        fail(name, "crawl date 22/11/2026 not shown")
    elif first is not None and m.start() > first:
        fail(name, "crawl date shown only after the body starts")
    # the publication date must be present somewhere (visible or machine-readable)
    d = datetime.date.fromisoformat(pa[:10])
    forms = [d.isoformat(), d.strftime("%d/%m/%Y"), "%d/%d/%d" % (d.day, d.month, d.year),
             d.strftime("%d Tháng %m %Y")]
    if not any(f in text for f in forms):
        fail(name, "publication date %s appears nowhere on the page" % d)
    # machine-readable publication times agree with the gold
    for rx in MACHINE_RES:
        for mt in rx.findall(text):
            try:
                if to_ict(mt) != pa:
                    fail(name, "machine-readable time %s != gold %s" % (mt, pa))
            except ValueError:
                fail(name, "unparsable machine-readable time %r" % mt)
    # body length
    lo, hi = SHORT_BODY.get(name, WORDS)
    nw = len([w for w in side["body"].split() if re.search(r"\w", w)])
    if not lo <= nw <= hi:
        fail(name, "body has %d words, outside %d-%d" % (nw, lo, hi))
    if not SIZE_MIN <= len(raw) <= SIZE_MAX:
        fail(name, "page size %d outside %d-%d" % (len(raw), SIZE_MIN, SIZE_MAX))


def check_other(name, side, raw):
    if list(side) != NON_KEYS:
        fail(name, "sidecar keys %r (non-articles carry only %r)" % (list(side), NON_KEYS))
        return
    if side["kind"] != OTHERS[name]:
        fail(name, "kind %r, expected %r" % (side["kind"], OTHERS[name]))
    if side["platform"] not in PLATFORMS:
        fail(name, "platform %r" % side["platform"])
    if side["charset"] not in CHARSETS:
        fail(name, "charset %r" % side["charset"])
    if not isinstance(side["url"], str) or not side["url"].startswith("http"):
        fail(name, "url %r" % side["url"])
    decode_page(name, raw, side["charset"])


def main():
    names = ARTICLES + sorted(OTHERS)
    expected = {n + e for n in names for e in (".html", ".json")}
    present = {f for f in os.listdir(HERE) if f.endswith((".html", ".json"))}
    for f in sorted(expected - present):
        fail(f, "missing")
    for f in sorted(present - expected):
        fail(f, "unexpected file")
    sizes = {}
    for n in names:
        try:
            with open(os.path.join(HERE, n + ".json"), encoding="utf-8") as f:
                side = json.load(f)
            with open(os.path.join(HERE, n + ".html"), "rb") as f:
                raw = f.read()
        except (OSError, ValueError) as e:
            fail(n, "cannot read: %s" % e)
            continue
        sizes[n] = len(raw)
        if n in OTHERS:
            check_other(n, side, raw)
        else:
            check_article(n, side, raw)
    big = [n for n in ARTICLES if BIG[0] <= sizes.get(n, 0) <= BIG[1]]
    if len(big) < 3:
        fail("set", "only %d article pages of 120-170 KB: %r" % (len(big), big))
    # reproduction
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], capture_output=True, text=True)
        if r.returncode != 0:
            fail("make.py", "exit %d: %s" % (r.returncode, r.stderr.strip()[-500:]))
        else:
            made = set(os.listdir(tmp))
            if made != expected:
                fail("make.py", "writes %r, expected %r" % (sorted(made ^ expected), "the set's files"))
            for f in sorted(made & expected):
                with open(os.path.join(tmp, f), "rb") as a, open(os.path.join(HERE, f), "rb") as b:
                    if a.read() != b.read():
                        fail(f, "differs from a fresh make.py run")
    for n in names:
        if n in sizes:
            print("%-4s %7d bytes" % (n, sizes[n]))
    if failures:
        print("\n%d failure(s):" % len(failures))
        for x in failures:
            print("  " + x)
        return 1
    print("\nall checks passed (%d articles, %d non-articles, %d pages of 120-170 KB)"
          % (len(ARTICLES), len(OTHERS), len(big)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
