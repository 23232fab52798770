#!/usr/bin/env python3
"""Self-check of blind-d: sidecars load, gold text appears in order in the visible page text."""
import json, glob, os, re, html, unicodedata, datetime, sys
D = os.path.dirname(os.path.abspath(__file__))
FIELDS = {"kind", "platform", "url", "charset"}
ART = FIELDS | {"title", "published_at", "author", "body"}

def fold(s): return unicodedata.normalize("NFC", re.sub(r"\s+", " ", s)).strip()

def visible(raw, charset):
    if raw.startswith(b"\xef\xbb\xbf"): enc = "utf-8-sig"
    elif charset: enc = charset
    else:
        m = re.search(rb'charset=["\']?([\w-]+)', raw[:2048]); enc = m.group(1).decode() if m else "utf-8"
    t = raw.decode(enc)
    t = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", t)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    t = re.sub(r"<[^>]*>", " ", t)
    return fold(html.unescape(t)), enc

bad = 0; n = 0
for jf in sorted(glob.glob(os.path.join(D, "*.json"))):
    name = os.path.basename(jf)[:-5]; n += 1
    j = json.load(open(jf, encoding="utf-8"))
    errs = []
    keys = set(j)
    if keys != (ART if j["kind"] == "article" else FIELDS): errs.append("fields %s" % sorted(keys))
    raw = open(os.path.join(D, name + ".html"), "rb").read()
    if not (6 * 1024 <= len(raw) <= 180 * 1024): errs.append("size %d" % len(raw))
    vis, enc = visible(raw, j["charset"])
    if j["kind"] == "article":
        if fold(j["title"]) not in vis: errs.append("title")
        try:
            d = datetime.datetime.fromisoformat(j["published_at"]); assert d.utcoffset() == datetime.timedelta(hours=7)
        except Exception as e: errs.append("date %s" % e)
        if j["author"]:
            for part in j["author"].split(", "):
                if fold(part) not in vis: errs.append("author part %r" % part)
        pos = 0
        for para in j["body"].split("\n\n"):
            p = fold(para)
            if p != para: errs.append("not folded: %r" % para[:40])
            k = vis.find(p, pos)
            if k < 0: errs.append("body para missing/out of order: %r" % p[:60])
            else: pos = k + len(p)
        if unicodedata.normalize("NFC", j["body"]) != j["body"]: errs.append("body not NFC")
    print("%-40s %-11s %s" % (name, enc, "OK" if not errs else "FAIL " + "; ".join(errs)))
    bad += bool(errs)
print("%d pages, %d failing" % (n, bad)); sys.exit(1 if bad else 0)
