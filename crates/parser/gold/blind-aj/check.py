#!/usr/bin/env python3
"""Check the blind-aj gold set without any extractor. Exits 0 when every check passes."""
import datetime as dt, filecmp, html, json, os, re, subprocess, sys, tempfile, unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ARTS = ["j%02d" % i for i in range(1, 21)]
NONS = {"n01": "listing", "n02": "search", "n03": "not_found", "n04": "challenge"}
AKEYS = {"kind", "platform", "url", "charset", "title", "published_at", "author", "body"}
NKEYS = {"kind", "platform", "url", "charset"}
INLINE = {"a", "b", "strong", "em", "i", "span", "font", "u", "small", "sup", "sub", "abbr"}
SKIP = {"script", "style", "head", "noscript", "template", "title"}
CRAWL = re.compile(r"22[/-]11[/-]2026|22 tháng 11 năm 2026")
errors = []


def err(name, msg):
    errors.append("%s: %s" % (name, msg))


class Vis(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []; self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag not in INLINE:
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag not in INLINE:
            self.out.append(" ")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def visible(text):
    p = Vis(); p.feed(text); p.close()
    return norm("".join(p.out))


def decode(name, raw, cs):
    head = raw[:4096].decode("ascii", "replace").lower()
    if cs == "utf-8":
        if not re.search(r'<meta charset="utf-8"', head):
            err(name, "utf-8 label but page does not declare utf-8")
        return raw.decode("utf-8")
    if cs is None:
        if not re.search(r'<meta http-equiv="content-type" content="text/html; charset=utf-8"', head):
            err(name, "null label needs a meta http-equiv utf-8 declaration")
        return raw.decode("utf-8")
    if cs == "windows-1258":
        if "windows-1258" not in head:
            err(name, "windows-1258 label but page does not declare it")
        try:
            raw.decode("utf-8"); err(name, "windows-1258 page decodes as utf-8")
        except UnicodeDecodeError:
            pass
        return raw.decode("cp1258")
    err(name, "unknown charset %r" % cs)
    return raw.decode("utf-8", "replace")


def check_nfc(name, d):
    for k, v in d.items():
        if isinstance(v, str) and unicodedata.normalize("NFC", v) != v:
            err(name, "field %s not NFC" % k)


def main():
    sizes = {}
    lo, hi = dt.datetime(2025, 7, 1), dt.datetime(2026, 11, 21, 23, 59, 59)
    for name in ARTS + sorted(NONS):
        hp, jp = os.path.join(HERE, name + ".html"), os.path.join(HERE, name + ".json")
        if not (os.path.exists(hp) and os.path.exists(jp)):
            err(name, "missing files"); continue
        raw = open(hp, "rb").read(); sizes[name] = len(raw)
        side = json.load(open(jp, encoding="utf-8"))
        check_nfc(name, side)
        art = name in ARTS
        if set(side) != (AKEYS if art else NKEYS):
            err(name, "sidecar keys %s" % sorted(side))
        for k in ("kind", "platform", "url"):
            if not isinstance(side.get(k), str) or not side.get(k):
                err(name, "%s must be a non-empty string" % k)
        if side.get("charset") not in ("utf-8", "windows-1258", None):
            err(name, "bad charset")
        if not str(side.get("url", "")).startswith(("http://", "https://")):
            err(name, "bad url")
        if side.get("kind") != ("article" if art else NONS[name]):
            err(name, "kind %r" % side.get("kind"))
        text = decode(name, raw, side.get("charset"))
        vis = visible(text)
        if not (500 <= len(raw) <= 200_000):
            err(name, "size %d" % len(raw))
        if not art:
            continue
        if not isinstance(side["title"], str) or not isinstance(side["body"], str) or not (side["author"] is None or isinstance(side["author"], str)):
            err(name, "field types")
            continue
        pa = side["published_at"]
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", pa or ""):
            err(name, "published_at format %r" % pa)
        else:
            t = dt.datetime.fromisoformat(pa[:19])
            if not (lo <= t <= hi):
                err(name, "published_at out of range")
        tpos = vis.find(norm(side["title"]))
        if tpos < 0:
            err(name, "title not visible")
        m = CRAWL.search(vis)
        if not m or (tpos >= 0 and m.start() > tpos):
            err(name, "crawl date 22/11/2026 not in the header")
        if side["author"] is not None:
            for part in side["author"].split(", "):
                if norm(part) not in vis:
                    err(name, "author part %r not visible" % part)
        blocks = side["body"].split("\n\n")
        if any(not b.strip() or b != b.strip() for b in blocks):
            err(name, "empty or untrimmed body block")
        pos = max(tpos, 0)
        for b in blocks:
            i = vis.find(norm(b), pos)
            if i < 0:
                err(name, "body block not found in order: %r" % b[:60]); break
            pos = i + len(norm(b))
        words = len(re.findall(r"\w+", side["body"]))
        if not (250 <= words <= 900):
            err(name, "body has %d words" % words)
    big = [n for n, s in sizes.items() if 120_000 <= s <= 170_000]
    if len(big) < 3:
        err("set", "fewer than three pages of 120-170 KB")
    # special encodings present
    if not any(json.load(open(os.path.join(HERE, n + ".json")))["charset"] == "windows-1258" for n in ARTS):
        err("set", "no windows-1258 page")
    raws = {n: open(os.path.join(HERE, n + ".html"), "rb").read() for n in ARTS}
    if not any(re.search(rb"&(#\d+|[a-z]+circ|[a-z]+acute|[a-z]+grave);", r) and b"&#7879;" in r for r in raws.values()):
        err("set", "no page with entity-encoded Vietnamese letters")
    if not any(unicodedata.normalize("NFC", r.decode("utf-8", "ignore")) != r.decode("utf-8", "ignore") for r in raws.values()):
        err("set", "no NFD page")
    # byte-for-byte reproduction
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(HERE, "make.py"), tmp], check=True)
        made = sorted(os.listdir(tmp))
        mine = sorted(f for f in os.listdir(HERE) if f.endswith((".html", ".json")))
        if made != mine:
            err("set", "make.py writes %s, folder has %s" % (made, mine))
        for f in made:
            if not filecmp.cmp(os.path.join(tmp, f), os.path.join(HERE, f), shallow=False):
                err(f, "not reproduced byte for byte")
    for e in errors:
        print("FAIL", e)
    print("%d pages, %d errors" % (len(sizes), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
