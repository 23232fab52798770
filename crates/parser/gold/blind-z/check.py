#!/usr/bin/env python3
"""Check the blind-z gold set without any extractor.

    python3 check.py          # exits 0 when every check passes

Checks: file list; sidecar keys and types; RFC 3339 "+07:00" dates in
range; NFC; the charset label (or, when null, the page's meta) matches the
bytes; every gold body block appears, in order, in the page's visible text
(entities decoded, NFC, whitespace collapsed); title and author visible;
the crawl date (22/11/2026) shown in the header of every article page,
before the article text; the publication day present in the page; body
length; page sizes; byte-for-byte reproduction by make.py.
"""
import datetime as dt
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
ARTICLES = ["z%02d" % i for i in range(1, 21)]
OTHERS = {"n01": "listing", "n02": "search", "n03": "not_found", "n04": "challenge"}
ART_KEYS = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
NON_KEYS = ["kind", "platform", "url", "charset"]
LO = dt.datetime(2025, 7, 1, tzinfo=dt.timezone(dt.timedelta(hours=7)))
HI = dt.datetime(2026, 11, 21, 23, 59, 59, tzinfo=dt.timezone(dt.timedelta(hours=7)))
CRAWL_RE = re.compile(r"22/11/2026|22-11-2026|22\.11\.2026|ngày 22 tháng 11 năm 2026|22 tháng 11,? (?:năm )?2026", re.I)
SKIP = {"script", "style", "noscript", "template", "title", "head"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
INLINE = {"a", "b", "i", "em", "strong", "span", "small", "u", "sub", "sup", "font", "abbr", "time", "label", "code", "mark", "s"}

errors = []


def err(name, msg):
    errors.append("%s: %s" % (name, msg))


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag not in INLINE:
            self.out.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag not in INLINE:
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag not in INLINE and tag not in VOID:
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\xa0", " ")
    return re.sub(r"\s+", " ", s).strip()


def visible_text(text):
    p = Visible()
    p.feed(text)
    p.close()
    return norm("".join(p.out))


def declared_charset(text):
    m = re.search(r'<meta[^>]+charset=["\']?([\w-]+)', text, re.I)
    return m.group(1).lower() if m else None


def decode(name, raw, label):
    """Decode with the HTTP label (or the meta when the label is null) and
    check that label, meta and bytes agree."""
    probe = raw.decode("latin-1")
    meta = declared_charset(probe)
    enc = label or meta
    if enc is None:
        err(name, "no charset in label nor meta")
        return None
    if meta is not None and meta != enc:
        err(name, "meta charset %r disagrees with %r" % (meta, enc))
    try:
        text = raw.decode({"windows-1258": "cp1258"}.get(enc, enc), errors="strict")
    except UnicodeDecodeError as e:
        err(name, "bytes are not %s: %s" % (enc, e))
        return None
    if enc == "windows-1258":
        try:
            raw.decode("utf-8")
            err(name, "labelled windows-1258 but the bytes are valid UTF-8")
        except UnicodeDecodeError:
            pass
    if "\ufffd" in text:
        err(name, "replacement character in page")
    return text


def date_forms(d):
    """Ways the pages print (or encode) a publication day."""
    return [d.strftime("%d/%m/%Y"), "%d/%d/%d" % (d.day, d.month, d.year), d.isoformat(),
            "ngày %02d tháng %d năm %d" % (d.day, d.month, d.year), "%02d tháng %d %d" % (d.day, d.month, d.year)]


def check_sidecar(name, side, kind_expected):
    keys = ART_KEYS if kind_expected == "article" else NON_KEYS
    if list(side) != keys:
        err(name, "sidecar keys %s != %s" % (list(side), keys))
        return False
    if side["kind"] != kind_expected:
        err(name, "kind %r != %r" % (side["kind"], kind_expected))
    for k in ("platform", "url"):
        if not isinstance(side[k], str) or not side[k]:
            err(name, "%s must be a non-empty string" % k)
    if not side["url"].startswith(("http://", "https://")):
        err(name, "url is not absolute")
    if side["charset"] not in ("utf-8", "windows-1258", None):
        err(name, "charset %r" % side["charset"])
    if kind_expected == "article":
        for k in ("title", "published_at", "body"):
            if not isinstance(side[k], str) or not side[k]:
                err(name, "%s must be a non-empty string" % k)
                return False
        if side["author"] is not None and (not isinstance(side["author"], str) or not side["author"]):
            err(name, "author must be null or a non-empty string")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", side["published_at"]):
            err(name, "published_at %r is not RFC 3339 +07:00 to the second" % side["published_at"])
        else:
            when = dt.datetime.fromisoformat(side["published_at"])
            if not LO <= when <= HI:
                err(name, "published_at %s out of range" % side["published_at"])
        if side["title"] != side["title"].strip() or "\n" in side["title"]:
            err(name, "title has stray whitespace")
        for block in side["body"].split("\n\n"):
            if not block.strip() or block != block.strip() or "\n" in block:
                err(name, "malformed body block %r" % block[:40])
    for k, v in side.items():
        if isinstance(v, str) and not unicodedata.is_normalized("NFC", v):
            err(name, "%s is not NFC" % k)
    return True


def check_article(name, side, text, size):
    vis = visible_text(text)
    blocks = [norm(b) for b in side["body"].split("\n\n")]
    pos, first = 0, None
    for b in blocks:
        i = vis.find(b, pos)
        if i < 0:
            err(name, "body block not found in order: %r" % b[:60])
            break
        if first is None:
            first = i
        pos = i + len(b)
    t = vis.find(norm(side["title"]))
    if t < 0:
        err(name, "title not visible")
    elif first is not None and t > first:
        err(name, "title appears only after the body")
    if side["author"] is not None:
        for part in side["author"].split(", "):
            if norm(part) not in vis:
                err(name, "author part %r not visible" % part)
    m = CRAWL_RE.search(vis)
    if not m:
        err(name, "crawl date not shown")
    elif first is not None and m.start() > first:
        err(name, "crawl date not in the header (after the article text)")
    day = dt.date.fromisoformat(side["published_at"][:10])
    nt = norm(text)
    if not any(f.lower() in nt.lower() for f in date_forms(day)):
        err(name, "publication day %s not found in the page" % day)
    words = len(re.findall(r"\w+", side["body"]))
    if not 250 <= words <= 900:
        err(name, "body has %d words (want 250-900)" % words)
    if not 5_000 <= size <= 200_000:
        err(name, "size %d out of range" % size)


def check_reproduction():
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], capture_output=True, text=True)
        if r.returncode != 0:
            err("make.py", "failed: %s" % r.stderr.strip()[-400:])
            return
        made = sorted(os.listdir(tmp))
        want = sorted(n + ext for n in ARTICLES + list(OTHERS) for ext in (".html", ".json"))
        if made != want:
            err("make.py", "writes %s, expected %s" % (made, want))
        for fn in made:
            if not os.path.exists(os.path.join(HERE, fn)):
                err(fn, "missing from the folder")
            elif not filecmp.cmp(os.path.join(tmp, fn), os.path.join(HERE, fn), shallow=False):
                err(fn, "differs from make.py output")


def main():
    present = sorted(f for f in os.listdir(HERE) if f.endswith((".html", ".json")))
    expected = sorted(n + ext for n in ARTICLES + list(OTHERS) for ext in (".html", ".json"))
    if present != expected:
        err("folder", "files %s != expected %s" % (present, expected))
    sizes = {}
    for name in ARTICLES + list(OTHERS):
        try:
            with open(os.path.join(HERE, name + ".json"), encoding="utf-8") as f:
                side = json.load(f)
            with open(os.path.join(HERE, name + ".html"), "rb") as f:
                raw = f.read()
        except (OSError, ValueError) as e:
            err(name, "unreadable: %s" % e)
            continue
        sizes[name] = len(raw)
        kind = "article" if name in ARTICLES else OTHERS[name]
        if not check_sidecar(name, side, kind):
            continue
        text = decode(name, raw, side["charset"])
        if text is None:
            continue
        if kind == "article":
            check_article(name, side, text, len(raw))
        elif not 1_000 <= len(raw) <= 200_000:
            err(name, "size %d out of range" % len(raw))
    big = [n for n in ARTICLES if 120_000 <= sizes.get(n, 0) <= 170_000]
    if len(big) < 3:
        err("set", "only %d article pages of 120-170 KB (want >= 3)" % len(big))
    labels = {}
    for n in ARTICLES:
        try:
            with open(os.path.join(HERE, n + ".json"), encoding="utf-8") as f:
                labels[n] = json.load(f).get("charset")
        except (OSError, ValueError):
            pass
    if "windows-1258" not in labels.values():
        err("set", "no windows-1258 page")
    check_reproduction()
    for e in errors:
        print("FAIL", e)
    arts = len(ARTICLES)
    print("%d article pages, %d other pages, %d large (%s); %s" % (
        arts, len(OTHERS), len(big), ", ".join(big), "all checks passed" if not errors else "%d failures" % len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
