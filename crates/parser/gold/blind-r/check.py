#!/usr/bin/env python3
"""Self-check of the blind-r gold set, independent of any extractor.

python3 check.py     exit 0 when every check passes.
"""
import datetime
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CRAWL = datetime.date(2026, 11, 22)
FIRST = datetime.date(2025, 7, 1)
ARTICLES = ["r%02d" % i for i in range(1, 21)]
OTHERS = ["n01", "n02", "n03", "n04"]
ART_KEYS = {"kind", "platform", "url", "charset", "title", "published_at", "author", "body"}
NON_KEYS = {"kind", "platform", "url", "charset"}
CRAWL_RE = re.compile(r"22\s*[/.-]\s*11\s*[/.-]\s*2026|22 tháng 11 năm 2026|22 Tháng 11,? 2026|22 Tháng Mười Một,? 2026", re.I)
INVISIBLE = set("\u00a0\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
                "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a"
                "\u206b\u206c\u206d\u206e\u206f\u3164\ufeff\uffa0")

BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table",
         "tbody", "thead", "blockquote", "figure", "figcaption", "section", "article", "header", "footer", "nav",
         "aside", "main", "dl", "dt", "dd", "form", "hr", "center", "option", "select", "textarea", "button",
         "label", "iframe", "video", "marquee", "html", "body", "ins", "object"}
SKIP = {"script", "style", "noscript", "template", "head", "title"}

errors = []


def err(msg):
    errors.append(msg)


class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).split())


def visible_text(raw, charset):
    text = raw.decode(charset or "utf-8")
    p = Visible()
    p.feed(text)
    p.close()
    return norm("".join(p.parts))


def clean_string(name, field, s, allow_newline=False):
    if not unicodedata.is_normalized("NFC", s):
        err("%s: %s is not NFC" % (name, field))
    for ch in s:
        cat = unicodedata.category(ch)
        if ch == "\n" and allow_newline:
            continue
        if ch in INVISIBLE or cat in ("Cc", "Cf", "Co", "Cs", "Zl", "Zp"):
            err("%s: %s contains invisible/control U+%04X" % (name, field, ord(ch)))
            break
    lines = s.split("\n") if allow_newline else [s]
    for ln in lines:
        if ln != ln.strip() or "  " in ln:
            err("%s: %s has stray whitespace: %r" % (name, field, ln[:60]))
            break


def check_date(name, s):
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\+07:00", s or "")
    if not m:
        err("%s: published_at not RFC 3339 +07:00: %r" % (name, s))
        return
    dt = datetime.datetime.fromisoformat(s)
    d = dt.date()
    if d >= CRAWL:
        err("%s: published_at on or after the crawl day: %s" % (name, s))
    if d < FIRST:
        err("%s: published_at before 2025-07-01: %s" % (name, s))


def main():
    names = ARTICLES + OTHERS
    present = sorted(f for f in os.listdir(HERE) if f.endswith((".html", ".json")))
    expected = sorted([n + ".html" for n in names] + [n + ".json" for n in names])
    if present != expected:
        err("file set differs: extra %s missing %s" % (sorted(set(present) - set(expected)), sorted(set(expected) - set(present))))

    sizes = {}
    kinds = []
    for name in names:
        hp, jp = os.path.join(HERE, name + ".html"), os.path.join(HERE, name + ".json")
        if not (os.path.exists(hp) and os.path.exists(jp)):
            continue
        raw = open(hp, "rb").read()
        sizes[name] = len(raw)
        if not 6 * 1024 <= len(raw) <= 180 * 1024:
            err("%s: size %d outside 6-180 KB" % (name, len(raw)))
        g = json.load(open(jp, encoding="utf-8"))
        kinds.append(g.get("kind"))
        if name in OTHERS:
            if set(g) != NON_KEYS:
                err("%s: non-article keys %s" % (name, sorted(g)))
            if g.get("kind") not in ("listing", "search", "not_found", "challenge", "empty"):
                err("%s: bad kind %r" % (name, g.get("kind")))
            try:
                raw.decode(g.get("charset") or "utf-8")
            except (UnicodeDecodeError, LookupError) as e:
                err("%s: cannot decode with %r: %s" % (name, g.get("charset"), e))
            continue
        if set(g) != ART_KEYS:
            err("%s: article keys %s" % (name, sorted(g)))
            continue
        if g["kind"] != "article":
            err("%s: kind %r" % (name, g["kind"]))
        for f in ("platform", "url", "title", "body"):
            if not isinstance(g[f], str) or not g[f]:
                err("%s: %s empty" % (name, f))
        check_date(name, g["published_at"])
        clean_string(name, "title", g["title"])
        if g["author"] is not None:
            clean_string(name, "author", g["author"])
        clean_string(name, "body", g["body"], allow_newline=True)
        body = g["body"]
        if "\n\n\n" in body or body.startswith("\n") or body.endswith("\n"):
            err("%s: body block separators malformed" % name)
        words = len(body.split())
        if not 250 <= words <= 900:
            err("%s: body has %d words (250-900)" % (name, words))
        try:
            vis = visible_text(raw, g["charset"])
        except (UnicodeDecodeError, LookupError) as e:
            err("%s: cannot decode with %r: %s" % (name, g["charset"], e))
            continue
        tpos = vis.find(norm(g["title"]))
        if tpos < 0:
            err("%s: title not visible" % name)
        elif not CRAWL_RE.search(vis[:tpos]):
            err("%s: crawl date 22/11/2026 not shown in the header (before the title)" % name)
        if g["author"] is not None:
            for part in g["author"].split(", "):
                if norm(part) not in vis:
                    err("%s: author part %r not visible" % (name, part))
        pos = 0
        for i, blk in enumerate(body.split("\n\n")):
            nb = norm(blk)
            j = vis.find(nb, pos)
            if j < 0:
                where = "anywhere" if vis.find(nb) < 0 else "in order"
                err("%s: body block %d not visible %s: %r" % (name, i, where, blk[:70]))
                continue
            pos = j + len(nb)
        pub = g["published_at"][:10]
        if pub == CRAWL.isoformat():
            err("%s: publication date equals crawl day" % name)

    for k in ("listing", "search", "not_found"):
        if k not in kinds:
            err("no %s page" % k)
    if "challenge" not in kinds and "empty" not in kinds:
        err("no challenge/empty page")
    big = [n for n, s in sizes.items() if 120 * 1024 <= s <= 170 * 1024]
    if len(big) < 3:
        err("only %d pages of 120-170 KB: %s" % (len(big), big))

    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], capture_output=True, text=True)
        if r.returncode != 0:
            err("make.py failed: %s" % r.stderr[-500:])
        else:
            made = sorted(os.listdir(tmp))
            if made != expected:
                err("make.py writes %s" % made)
            for f in made:
                if not os.path.exists(os.path.join(HERE, f)) or open(os.path.join(tmp, f), "rb").read() != open(os.path.join(HERE, f), "rb").read():
                    err("make.py does not reproduce %s byte for byte" % f)

    print("pages: %d articles, %d others; sizes %s KB; 120-170 KB: %s" % (
        len(ARTICLES), len(OTHERS), ", ".join("%s=%d" % (n, s // 1024) for n, s in sorted(sizes.items())), ", ".join(sorted(big))))
    if errors:
        for e in errors:
            print("FAIL", e)
        print("%d problem(s)" % len(errors))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
