#!/usr/bin/env python3
"""Self-check of the blind-s gold set, independent of any extractor.

python3 check.py        -> prints one line per failed check, exits 0 when all pass.
"""
import datetime
import filecmp
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
FIRST = datetime.date(2025, 7, 1)
ARTICLES = ["s%02d" % i for i in range(1, 21)]
OTHERS = ["n01", "n02", "n03", "n04"]
ARTICLE_KEYS = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
OTHER_KEYS = ["kind", "platform", "url", "charset"]
OTHER_KINDS = {"listing", "search", "not_found", "challenge", "empty"}
KB = 1024
RFC3339 = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\+07:00$")
CRAWL_FORMS = re.compile(r"22\s*[/.\-]\s*11\s*[/.\-]\s*2026|22 tháng 11(,| năm) 2026")
INVISIBLE = {"\u00a0", "\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u202f", "\u2028", "\u2029"}

errors = []


def fail(msg):
    errors.append(msg)


class Visible(HTMLParser):
    """Text a reader sees: no head, scripts, styles, noscript, templates, svg; block
    elements break lines."""
    SKIP = {"head", "script", "style", "noscript", "template", "svg", "iframe", "object", "select"}
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th", "table",
             "figure", "figcaption", "section", "article", "aside", "header", "footer", "nav", "main",
             "blockquote", "br", "form", "dl", "dt", "dd", "time", "span", "label", "button", "a", "option"}
    INLINE_OK = {"strong", "b", "em", "i", "u", "sup", "sub", "small", "mark"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK and tag not in ("span", "a", "time", "label", "button"):
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK and tag not in ("span", "a", "time", "label", "button"):
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(page):
    p = Visible()
    p.feed(page)
    p.close()
    return norm("".join(p.parts))


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check_string(name, field, s):
    if s != unicodedata.normalize("NFC", s):
        fail("%s: %s is not NFC" % (name, field))
    bad = [c for c in s if c in INVISIBLE or (unicodedata.category(c) in ("Cc", "Cf") and c != "\n")]
    if bad:
        fail("%s: %s carries invisible characters %r" % (name, field, sorted(set(bad))))
    if field != "body" and "\n" in s:
        fail("%s: %s has a line break" % (name, field))


def check_date(name, value):
    m = RFC3339.match(value or "")
    if not m:
        fail("%s: published_at %r is not RFC 3339 with +07:00" % (name, value))
        return None
    try:
        dt = datetime.datetime(*map(int, m.groups()))
    except ValueError:
        fail("%s: published_at %r is not a valid date" % (name, value))
        return None
    if dt.date() >= CRAWL:
        fail("%s: published_at %s is the crawl day or after it" % (name, value))
    if dt.date() < FIRST:
        fail("%s: published_at %s is before 2025-07-01" % (name, value))
    return dt


def date_forms(d):
    return ["%02d/%02d/%04d" % (d.day, d.month, d.year), "%02d-%02d-%04d" % (d.day, d.month, d.year),
            "%d/%d/%04d" % (d.day, d.month, d.year), "%04d-%02d-%02d" % (d.year, d.month, d.day)]


def main():
    sizes = {}
    for name in ARTICLES + OTHERS:
        hp = os.path.join(HERE, name + ".html")
        jp = os.path.join(HERE, name + ".json")
        if not (os.path.exists(hp) and os.path.exists(jp)):
            fail("%s: missing page or sidecar" % name)
            continue
        raw = open(hp, "rb").read()
        sizes[name] = len(raw)
        try:
            page = raw.decode("utf-8")
        except UnicodeDecodeError:
            fail("%s: page is not UTF-8" % name)
            continue
        gold = json.load(open(jp, encoding="utf-8"))
        # keys and kinds
        want = ARTICLE_KEYS if name in ARTICLES else OTHER_KEYS
        if list(gold.keys()) != want:
            fail("%s: keys %s, expected %s" % (name, list(gold.keys()), want))
            continue
        if name in ARTICLES and gold["kind"] != "article":
            fail("%s: kind %r" % (name, gold["kind"]))
        if name in OTHERS and gold["kind"] not in OTHER_KINDS:
            fail("%s: kind %r" % (name, gold["kind"]))
        if not gold["url"].startswith("https://"):
            fail("%s: url %r" % (name, gold["url"]))
        # charset: label agrees with the page
        head = page[:3000].lower()
        if gold["charset"] == "utf-8":
            if 'charset="utf-8"' not in head and "charset=utf-8" not in head:
                fail("%s: page does not declare utf-8" % name)
        elif gold["charset"] is None:
            if 'http-equiv="content-type"' not in head or "charset=utf-8" not in head:
                fail("%s: charset null but no http-equiv utf-8 meta" % name)
        else:
            fail("%s: unexpected charset %r" % (name, gold["charset"]))
        for k in ("platform", "url"):
            check_string(name, k, gold[k])
        if name in OTHERS:
            continue
        vis = visible_text(page)
        # strings
        for k in ("title", "body"):
            if not isinstance(gold[k], str) or not gold[k].strip():
                fail("%s: empty %s" % (name, k))
                continue
            check_string(name, k, gold[k])
        if gold["author"] is not None:
            check_string(name, "author", gold["author"])
        # date
        dt = check_date(name, gold["published_at"])
        if dt and not any(f in page for f in date_forms(dt.date())):
            fail("%s: publication date %s not found in the page" % (name, dt.date()))
        # body size
        body = gold["body"]
        words = len(body.split())
        if not 250 <= words <= 900:
            fail("%s: body has %d words (250-900)" % (name, words))
        # blocks in order in the visible text
        blocks = body.split("\n\n")
        pos = 0
        for i, b in enumerate(blocks):
            if not b or b != b.strip() or "\n" in b or "  " in b:
                fail("%s: block %d badly formed: %r" % (name, i, b[:60]))
                continue
            j = vis.find(norm(b), pos)
            if j < 0:
                where = vis.find(norm(b))
                fail("%s: block %d %s: %r" % (name, i, "out of order" if where >= 0 else "not visible", b[:70]))
                continue
            pos = j + len(norm(b))
        # title, author parts
        t = norm(gold["title"])
        tpos = vis.find(t)
        if tpos < 0:
            fail("%s: title not visible" % name)
        if gold["author"] is not None:
            for part in gold["author"].split(", "):
                if norm(part) not in vis:
                    fail("%s: author part %r not visible" % (name, part))
        # crawl date in the header (before the headline)
        if tpos >= 0 and not CRAWL_FORMS.search(vis[:tpos]):
            fail("%s: crawl date 22/11/2026 not shown in the header" % name)
        if gold["published_at"] and gold["published_at"].startswith("2026-11-22"):
            fail("%s: crawl day used as publication date" % name)
    # sizes
    for name, n in sizes.items():
        if not 6 * KB <= n <= 180 * KB:
            fail("%s: size %d bytes outside 6-180 KB" % (name, n))
    big = [n for n, s in sizes.items() if 120 * KB <= s <= 170 * KB]
    if len(big) < 3:
        fail("only %d pages of 120-170 KB: %s" % (len(big), big))
    # reproduction
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], capture_output=True, text=True)
        if r.returncode != 0:
            fail("make.py failed: %s" % r.stderr.strip()[-300:])
        else:
            made = sorted(os.listdir(tmp))
            expected = sorted(n + e for n in ARTICLES + OTHERS for e in (".html", ".json"))
            if made != expected:
                fail("make.py writes %s, expected %s" % (made, expected))
            for f in made:
                if not os.path.exists(os.path.join(HERE, f)) or not filecmp.cmp(os.path.join(tmp, f), os.path.join(HERE, f), shallow=False):
                    fail("%s differs from a fresh make.py run" % f)
    print("pages: %d articles, %d others; sizes %d-%d bytes; 120-170 KB: %s"
          % (len(ARTICLES), len(OTHERS), min(sizes.values()), max(sizes.values()), ", ".join(sorted(big))))
    for name in ARTICLES:
        g = json.load(open(os.path.join(HERE, name + ".json"), encoding="utf-8"))
        print("  %s %5d B  %3d words  %-25s  %s" % (name, sizes[name], len(g["body"].split()), g["published_at"], g["author"]))
    if errors:
        for e in errors:
            print("FAIL " + e)
        print("%d check(s) failed" % len(errors))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
