#!/usr/bin/env python3
"""Self-check of the blind-t gold set (independent of any extractor).

    python3 check.py        exit 0 when every check passes
"""
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = [f"t{i:02d}" for i in range(1, 21)]
OTHERS = {"n01": "listing", "n02": "search", "n03": "not_found", "n04": "challenge"}
NAMES = ARTICLES + list(OTHERS)
ART_KEYS = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
OTHER_KEYS = ["kind", "platform", "url", "charset"]
CRAWL = dt.date(2026, 11, 22)
FIRST = dt.date(2025, 7, 1)
CRAWL_RE = re.compile(r"22/11/2026|22-11-2026|22\.11\.2026|22 tháng 11 năm 2026", re.I)
INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
                       "\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0]")
KB = 1024

failures = []
passes = 0


def check(cond, what):
    global passes
    if cond:
        passes += 1
    else:
        failures.append(what)
    return cond


class Visible(HTMLParser):
    SKIP = {"script", "style", "noscript", "template", "svg", "head", "title", "iframe", "textarea", "object"}
    BLOCK = {"p", "div", "td", "th", "tr", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
             "br", "table", "tbody", "thead", "section", "article", "header", "footer", "nav", "aside", "main",
             "figure", "figcaption", "blockquote", "option", "select", "form", "hr", "time", "label", "button"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = INVISIBLE.sub("", s).replace("\xa0", " ")
    return re.sub(r"\s+", " ", s).strip()


def visible_text(raw):
    raw = re.sub(r"<!\[(?:if [^\]]*|endif)\]>", "", raw)
    v = Visible()
    v.feed(raw)
    v.close()
    return norm("".join(v.parts))


def gold_string_ok(s, allow_nl=False):
    if unicodedata.normalize("NFC", s) != s or INVISIBLE.search(s) or "\xa0" in s:
        return False
    for ch in s:
        if unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs") and not (allow_nl and ch == "\n"):
            return False
    return True


def main():
    sizes = {}
    for name in NAMES:
        hp, jp = os.path.join(HERE, name + ".html"), os.path.join(HERE, name + ".json")
        if not check(os.path.exists(hp) and os.path.exists(jp), f"{name}: page or sidecar missing"):
            continue
        raw = open(hp, "rb").read()
        sizes[name] = len(raw)
        side = json.load(open(jp, encoding="utf-8"))
        kind = side.get("kind")
        # keys and kind
        if name in OTHERS:
            check(list(side) == OTHER_KEYS, f"{name}: keys {list(side)} != {OTHER_KEYS}")
            check(kind == OTHERS[name], f"{name}: kind {kind!r} != {OTHERS[name]!r}")
        else:
            check(list(side) == ART_KEYS, f"{name}: keys {list(side)} != {ART_KEYS}")
            check(kind == "article", f"{name}: kind {kind!r}")
        check(isinstance(side.get("platform"), str) and side["platform"], f"{name}: platform")
        check(re.match(r"^https?://[a-z0-9.-]+\.vn/", side.get("url", "")) is not None, f"{name}: url")
        # charset: the bytes agree with the header label (or with the meta when there is no label)
        cs = side.get("charset")
        try:
            text = raw.decode("utf-8")
            decoded = True
        except UnicodeDecodeError:
            decoded, text = False, ""
        check(decoded, f"{name}: page is not valid UTF-8")
        if cs is None:
            check(re.search(r'<meta[^>]+http-equiv="?Content-Type"?[^>]+charset=utf-8', text, re.I) is not None,
                  f"{name}: charset null but no <meta http-equiv> charset")
        else:
            check(cs == "utf-8", f"{name}: charset {cs!r}")
        if name in OTHERS:
            continue
        vis = visible_text(text)
        title, author, body, pub = side["title"], side["author"], side["body"], side["published_at"]
        # dates
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\+07:00", pub or "")
        if check(m is not None, f"{name}: published_at {pub!r} is not RFC 3339 +07:00"):
            try:
                d = dt.datetime.fromisoformat(pub)
                ok = FIRST <= d.date() < CRAWL
            except ValueError:
                ok = False
            check(ok, f"{name}: published_at {pub} outside 2025-07-01 .. 2026-11-21")
        # gold strings
        check(isinstance(title, str) and title and gold_string_ok(title), f"{name}: title not clean NFC")
        check(author is None or (isinstance(author, str) and author and gold_string_ok(author)), f"{name}: author not clean NFC")
        check(isinstance(body, str) and gold_string_ok(body, allow_nl=True), f"{name}: body not clean NFC")
        blocks = body.split("\n\n")
        check(all(b and b == b.strip() and "\n" not in b and "  " not in b for b in blocks), f"{name}: malformed body block")
        words = len(body.split())
        check(250 <= words <= 900, f"{name}: body has {words} words")
        # every block visible, in order
        pos, missing = 0, []
        for b in blocks:
            i = vis.find(b, pos)
            if i < 0:
                missing.append(b[:70])
            else:
                pos = i + len(b)
        check(not missing, f"{name}: body blocks not found in order: {missing[:3]}")
        # title and author parts visible
        ti = vis.find(title)
        check(ti >= 0, f"{name}: title not visible")
        if author:
            for part in author.split(", "):
                check(part in vis, f"{name}: author part {part!r} not visible")
        # crawl date in the header, before the headline
        cm = CRAWL_RE.search(vis)
        check(cm is not None and (ti < 0 or cm.start() < ti), f"{name}: crawl date not shown before the title")
    # sizes
    for name, n in sizes.items():
        check(6 * KB <= n <= 180 * 1000, f"{name}: size {n} outside 6 KB .. 180 KB")
    big = [n for n, s in sizes.items() if 120 * KB <= s <= 170 * 1000]
    check(len(big) >= 3, f"only {len(big)} pages of 120-170 KB: {big}")
    # reproducibility
    tmp = os.path.join(HERE, "_regen")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        r = subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], capture_output=True, text=True)
        if check(r.returncode == 0, f"make.py failed: {r.stderr[-500:]}"):
            made = sorted(os.listdir(tmp))
            want = sorted(n + e for n in NAMES for e in (".html", ".json"))
            check(made == want, f"make.py writes {made} instead of {want}")
            for fn in want:
                a = open(os.path.join(tmp, fn), "rb").read() if os.path.exists(os.path.join(tmp, fn)) else None
                b = open(os.path.join(HERE, fn), "rb").read() if os.path.exists(os.path.join(HERE, fn)) else None
                check(a is not None and a == b, f"{fn}: not reproduced byte for byte by make.py")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for n in NAMES:
        if n in sizes:
            print(f"{n}: {sizes[n]:>7} bytes")
    for f in failures:
        print("FAIL", f)
    print(f"{passes} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
