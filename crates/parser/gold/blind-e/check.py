#!/usr/bin/env python3
"""Self-check: sidecars load with exactly the README fields; every gold body paragraph, the title
and the author lines appear in order in the page's visible text; published_at parses."""
import glob, html, json, os, re, sys, unicodedata
from datetime import datetime
D = os.path.dirname(os.path.abspath(__file__))
ART = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
def visible(raw, charset):
    enc = {"windows-1258": "cp1258", None: "utf-8"}.get(charset, charset)
    t = raw.decode("utf-8-sig" if enc.lower() in ("utf-8", "utf8") else enc)
    t = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", t)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    t = re.sub(r"<[^>]+>", " ", t)
    t = html.unescape(t)
    return unicodedata.normalize("NFC", " ".join(t.split()))
fails = 0
for j in sorted(glob.glob(os.path.join(D, "*.json"))):
    n = os.path.basename(j)[:-5]
    s = json.load(open(j, encoding="utf-8"))
    raw = open(os.path.join(D, n + ".html"), "rb").read()
    errs = []
    if s["kind"] == "article":
        if list(s) != ART: errs.append("fields %s" % list(s))
        v = visible(raw, s["charset"])
        pos = 0
        for para in s["body"].split("\n\n"):
            p = unicodedata.normalize("NFC", " ".join(para.split()))
            k = v.find(p, pos)
            if k < 0: errs.append("body para missing/out of order: " + p[:60]); continue
            pos = k + len(p)
        if " ".join(s["title"].split()) not in v: errs.append("title")
        if s["author"]:
            for part in s["author"].split(", "):
                if part not in v: errs.append("author part " + part)
        try:
            dt = datetime.fromisoformat(s["published_at"]); assert dt.utcoffset().total_seconds() == 7 * 3600
        except Exception as e: errs.append("published_at %r" % e)
        for bad in ("Nguồn:", "(Theo"):
            if bad in s["body"]: errs.append("credit line in body")
        if "\ufffd" in v: errs.append("replacement char")
    else:
        if list(s) != ["kind", "platform", "url", "charset"]: errs.append("fields")
    kb = len(raw) / 1024
    if not 6 <= kb <= 180: errs.append("size %.1f KB" % kb)
    print("%-4s %-8s %6.1f KB %s" % (n, s["kind"], kb, "OK" if not errs else "FAIL " + "; ".join(errs)))
    fails += bool(errs)
print("failures:", fails); sys.exit(1 if fails else 0)
