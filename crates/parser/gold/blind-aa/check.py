#!/usr/bin/env python3
"""Checks the blind-aa gold set without any extractor.

    python3 check.py          exit status 0 when every check passes

Checks: file set; sidecar keys and types; RFC 3339 +07:00 dates within
2025-07-01 .. 2026-11-21 and shown (or machine-readable) in the page; NFC;
the charset label against the bytes and the page's own meta; every gold body
block found, in order, in the page's visible text (entities decoded, NFC);
title and every author part visible; the crawl date (22/11/2026) in the
header of every article page, before the article; page sizes and body
lengths; set-level variety (windows-1258, entity-encoded and decomposed text,
null authors, 120-170 KB pages); byte-for-byte reproduction by make.py.
Stdlib only.
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
ARTICLES = ["a%02d" % i for i in range(1, 21)]
NON = {"n01": "listing", "n02": "search", "n03": "not_found", "n04": "challenge"}
ART_KEYS = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
NON_KEYS = ["kind", "platform", "url", "charset"]
CHARSETS = {"utf-8": "utf-8", "windows-1258": "cp1258"}
CRAWL = datetime.date(2026, 11, 22)
FIRST, LAST = datetime.date(2025, 7, 1), datetime.date(2026, 11, 21)
CRAWL_RE = re.compile(r"22/11/2026|22 [Tt]háng (?:11|Mười Một),? (?:năm )?2026")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")
META_CS = re.compile(rb"<meta[^>]*charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.I)

SKIP = {"head", "script", "style", "noscript", "template", "svg", "title"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = {"address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "figcaption",
         "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
         "ol", "option", "p", "section", "select", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
         "amp-img", "amp-sidebar", "marquee", "button", "textarea"}

errors = []


def fail(name, msg):
    errors.append("%s: %s" % (name, msg))


class Visible(html.parser.HTMLParser):
    """Text a reader sees: no head/script/style/noscript/svg, nothing hidden
    by the hidden attribute or display:none; block elements end lines."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = None
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        if self.skip:
            if tag == self.skip and tag not in VOID:
                self.depth += 1
            return
        a = dict(attrs)
        style = (a.get("style") or "").replace(" ", "").lower()
        if tag not in VOID and (tag in SKIP or "hidden" in a or "display:none" in style):
            self.skip, self.depth = tag, 1
            return
        if tag in BLOCK:
            self.out.append("\n")

    def handle_startendtag(self, tag, attrs):
        if not self.skip and tag in BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if self.skip:
            if tag == self.skip:
                self.depth -= 1
                if self.depth == 0:
                    self.skip = None
            return
        if tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).replace("\xa0", " ")).strip()


def visible_text(doc):
    p = Visible()
    p.feed(doc)
    p.close()
    lines = (norm(l) for l in "".join(p.out).split("\n"))
    return "\n".join(l for l in lines if l)


def decode(name, raw, label):
    meta = META_CS.search(raw[:4096])
    meta = meta.group(1).decode("ascii").lower() if meta else None
    if label is not None and label not in CHARSETS:
        fail(name, "unknown charset label %r" % label)
        return None
    cs = label or meta
    if cs is None or cs not in CHARSETS:
        fail(name, "no usable charset (label %r, meta %r)" % (label, meta))
        return None
    if meta is not None and meta != cs:
        fail(name, "meta charset %r disagrees with %r" % (meta, cs))
    try:
        doc = raw.decode(CHARSETS[cs])
    except UnicodeDecodeError as e:
        fail(name, "bytes are not %s: %s" % (cs, e))
        return None
    if cs != "utf-8":
        try:
            raw.decode("utf-8")
            fail(name, "declared %s but the bytes are also valid UTF-8" % cs)
        except UnicodeDecodeError:
            pass
    return doc


MACHINE = [re.compile(r'article:published_time"\s+content="([^"]+)"'),
           re.compile(r'"datePublished"\s*:\s*"([^"]+)"'),
           re.compile(r'<time[^>]*datetime="([^"]+)"[^>]*itemprop="datePublished"'),
           re.compile(r'<time class="entry-date published" datetime="([^"]+)"')]


def machine_dates(doc):
    """Machine-readable publication times in the page (NukeViet's
    "2025-03-20ICT09:41:00" read as +07:00)."""
    out = []
    for rx in MACHINE:
        for v in rx.findall(doc):
            v = v.replace("ICT", "T").replace("Z", "+00:00")
            try:
                d = datetime.datetime.fromisoformat(v)
            except ValueError:
                continue
            if d.tzinfo is None:
                d = d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
            out.append(d)
    return out


def visible_date_ok(dt, text):
    """The date, and the time unless it is midnight, shown in the page."""
    days = {dt.strftime("%d/%m/%Y"), "%d Tháng %d %d" % (dt.day, dt.month, dt.year)}
    h = dt.hour % 12 or 12
    times = {dt.strftime("%H:%M"), "%d:%02d %s" % (h, dt.minute, "SA" if dt.hour < 12 else "CH")}
    for line in text.split("\n"):
        if any(d in line for d in days) and (dt.time() == datetime.time(0, 0) or any(t in line for t in times)):
            return True
    return False


def check_strings_nfc(name, side):
    for k, v in side.items():
        if isinstance(v, str) and unicodedata.normalize("NFC", v) != v:
            fail(name, "sidecar field %s is not NFC" % k)


def check_article(name, side, doc, size, stats):
    if list(side) != ART_KEYS:
        fail(name, "sidecar keys %s" % list(side))
        return
    for k in ("platform", "url", "title", "published_at", "body"):
        if not isinstance(side[k], str) or not side[k].strip():
            fail(name, "%s must be a non-empty string" % k)
            return
    if side["kind"] != "article":
        fail(name, "kind %r" % side["kind"])
    if not side["url"].startswith("https://"):
        fail(name, "url %r" % side["url"])
    if side["author"] is not None and (not isinstance(side["author"], str) or not side["author"].strip()):
        fail(name, "author must be null or a non-empty string")
    # date
    if not DATE_RE.match(side["published_at"]):
        fail(name, "published_at %r is not RFC 3339 with +07:00" % side["published_at"])
        return
    dt = datetime.datetime.fromisoformat(side["published_at"])
    if not FIRST <= dt.date() <= LAST:
        fail(name, "published_at %s out of range" % dt.date())
    if dt.date() == CRAWL:
        fail(name, "published_at is the crawl day")
    machine = machine_dates(doc)
    text = visible_text(doc)
    if machine:
        if dt not in machine:
            fail(name, "published_at %s differs from the machine-readable %s" % (dt, [m.isoformat() for m in machine]))
    elif not visible_date_ok(dt, text):
        fail(name, "publication date/time %s not shown in the page" % dt)
    # body
    body = side["body"]
    blocks = body.split("\n\n")
    if any(not b.strip() or b != b.strip() or "\n" in b for b in blocks):
        fail(name, "empty, padded or multi-line body block")
    words = len(body.split())
    stats["words"][name] = words
    if not 250 <= words <= 900:
        fail(name, "body has %d words (250-900 expected)" % words)
    pos, first = 0, None
    for b in blocks:
        nb = norm(b)
        i = text.find(nb, pos)
        if i < 0:
            where = "anywhere" if text.find(nb) < 0 else "after the previous block"
            fail(name, "body block not found %s: %r" % (where, nb[:80]))
            continue
        if first is None:
            first = i
        pos = i + len(nb)
    # title
    lines = text.split("\n")
    if norm(side["title"]) not in lines:
        fail(name, "title not shown as its own line: %r" % side["title"])
    title_pos = text.find("\n" + norm(side["title"]) + "\n")
    # author
    if side["author"] is not None:
        for part in side["author"].split(", "):
            if norm(part) not in text:
                fail(name, "author part not visible: %r" % part)
    else:
        stats["null_authors"].append(name)
    # crawl date in the header, before the headline and the article
    m = CRAWL_RE.search(text)
    if not m:
        fail(name, "crawl date 22/11/2026 not shown")
    else:
        limit = min(x for x in (first, title_pos) if x is not None and x >= 0) if (first is not None or title_pos >= 0) else None
        if limit is not None and m.start() > limit:
            fail(name, "crawl date appears only after the article starts")
    # size
    if not 8 * 1024 <= size <= 200 * 1024:
        fail(name, "page size %d bytes out of 8-200 KB" % size)
    if 120 * 1024 <= size <= 170 * 1024:
        stats["big"].append(name)


def check_non(name, side, doc, size):
    if list(side) != NON_KEYS:
        fail(name, "sidecar keys %s" % list(side))
        return
    if side["kind"] != NON[name]:
        fail(name, "kind %r, expected %r" % (side["kind"], NON[name]))
    if not isinstance(side["platform"], str) or not side["url"].startswith("https://"):
        fail(name, "platform/url")
    if size < 1024:
        fail(name, "page too small")


def check_set():
    expected = {n + ext for n in ARTICLES + list(NON) for ext in (".html", ".json")}
    present = {f for f in os.listdir(HERE) if f.endswith((".html", ".json"))}
    for f in sorted(expected - present):
        fail("set", "missing %s" % f)
    for f in sorted(present - expected):
        fail("set", "unexpected %s" % f)
    for f in ("make.py", "check.py", "README.md"):
        if not os.path.exists(os.path.join(HERE, f)):
            fail("set", "missing %s" % f)
    readme = os.path.join(HERE, "README.md")
    if os.path.exists(readme):
        with open(readme, encoding="utf-8") as fh:
            if "Written blind: without looking at the extractor, its tests or any other gold set." not in fh.read():
                fail("README.md", "the 'Written blind' line is missing")
    stats = {"words": {}, "null_authors": [], "big": [], "cp1258": [], "entities": [], "nfd": []}
    for name in ARTICLES + list(NON):
        try:
            with open(os.path.join(HERE, name + ".json"), encoding="utf-8") as fh:
                side = json.load(fh)
            with open(os.path.join(HERE, name + ".html"), "rb") as fh:
                raw = fh.read()
        except (OSError, ValueError) as e:
            fail(name, "cannot read: %s" % e)
            continue
        check_strings_nfc(name, side)
        doc = decode(name, raw, side.get("charset"))
        if doc is None:
            continue
        if side.get("charset") == "windows-1258" or (side.get("charset") is None and "1258" in doc[:4096]):
            stats["cp1258"].append(name)
        if len(re.findall(r"&(?:#\d{3,5}|[a-z]{4,6});", doc)) > 200:
            stats["entities"].append(name)
        if side.get("charset") == "utf-8" and sum(1 for c in doc if unicodedata.combining(c)) > 200:
            stats["nfd"].append(name)
        if name in NON:
            check_non(name, side, doc, len(raw))
        else:
            check_article(name, side, doc, len(raw), stats)
    if not stats["cp1258"]:
        fail("set", "no windows-1258 page")
    if not stats["entities"]:
        fail("set", "no page with entity-encoded Vietnamese letters")
    if not stats["nfd"]:
        fail("set", "no page with decomposed (NFD) text")
    if not 1 <= len(stats["null_authors"]) <= 2:
        fail("set", "null authors on %s (one or two expected)" % stats["null_authors"])
    if len(stats["big"]) < 3:
        fail("set", "only %s are 120-170 KB (three expected)" % stats["big"])
    return stats


def check_reproduction():
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], capture_output=True, text=True)
        if r.returncode != 0:
            fail("make.py", "exit %d: %s" % (r.returncode, r.stderr[-500:]))
            return
        made = sorted(os.listdir(tmp))
        here = sorted(f for f in os.listdir(HERE) if f.endswith((".html", ".json")))
        if made != here:
            fail("make.py", "writes %s, folder holds %s" % (made, here))
        for f in made:
            with open(os.path.join(tmp, f), "rb") as a:
                ba = a.read()
            p = os.path.join(HERE, f)
            if os.path.exists(p):
                with open(p, "rb") as b:
                    if ba != b.read():
                        fail("make.py", "%s differs from a fresh build" % f)


def main():
    stats = check_set()
    check_reproduction()
    if errors:
        for e in errors:
            print("FAIL", e)
        print("%d problem(s)" % len(errors))
        return 1
    w = stats["words"]
    print("OK: %d articles (%d-%d words), %d non-articles; 120-170 KB: %s; windows-1258: %s; "
          "entities: %s; NFD: %s; author null: %s" % (len(w), min(w.values()), max(w.values()), len(NON),
                                                      ", ".join(stats["big"]), ", ".join(stats["cp1258"]),
                                                      ", ".join(stats["entities"]), ", ".join(stats["nfd"]),
                                                      ", ".join(stats["null_authors"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
