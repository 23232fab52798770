#!/usr/bin/env python3
"""Check the blind-ai set without any extractor; exit 0 when all pass."""
import html, json, os, re, subprocess, sys, tempfile, unicodedata
from datetime import datetime
D = os.path.dirname(os.path.abspath(__file__))
ARTS = ["i%02d" % i for i in range(1, 21)]
NON = {"n01": "listing", "n02": "search", "n03": "not_found", "n04": "challenge"}
CRAWL = ["22/11/2026", "22-11-2026", "22 tháng 11 năm 2026"]
errs = []
def err(n, m): errs.append("%s: %s" % (n, m))

def visible(raw, label):
    enc = label or re.search(rb'charset=["\']?([\w-]+)', raw).group(1).decode()
    t = raw.decode({"windows-1258": "cp1258"}.get(enc.lower(), enc))
    t = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>|<!--.*?-->|<title>.*?</title>", " ", t)
    t = re.sub(r"(?s)<[^>]+>", " ", t)
    t = unicodedata.normalize("NFC", html.unescape(t))
    return re.sub(r"\s+", " ", t), t

def decl_ok(raw, label):
    m = re.search(rb'charset=["\']?([\w-]+)', raw[:3000])
    decl = m.group(1).decode().lower() if m else None
    if label and decl and decl != label: return False
    try: raw.decode({"windows-1258": "cp1258"}.get((label or decl), label or decl))
    except Exception: return False
    return True

for n in ARTS + list(NON):
    raw = open(os.path.join(D, n + ".html"), "rb").read()
    g = json.load(open(os.path.join(D, n + ".json"), encoding="utf-8"))
    keys = {"kind", "platform", "url", "charset"}
    if n in NON:
        if set(g) != keys or g["kind"] != NON[n]: err(n, "non-article keys/kind")
        continue
    if set(g) != keys | {"title", "published_at", "author", "body"}: err(n, "keys"); continue
    if g["kind"] != "article": err(n, "kind")
    for k in ("platform", "url", "title", "body", "published_at"):
        if not isinstance(g[k], str) or not g[k]: err(n, "type " + k)
    if not (g["author"] is None or isinstance(g["author"], str)): err(n, "author type")
    if g["charset"] not in ("utf-8", "windows-1258", None): err(n, "charset value")
    for k in ("title", "author", "body"):
        if g[k] and unicodedata.normalize("NFC", g[k]) != g[k]: err(n, "not NFC " + k)
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", g["published_at"]): err(n, "date format")
    else:
        d = datetime.fromisoformat(g["published_at"]).replace(tzinfo=None)
        if not (datetime(2025, 7, 1) <= d < datetime(2026, 11, 22)): err(n, "date range")
    if not decl_ok(raw, g["charset"]): err(n, "charset does not match bytes")
    vis, _ = visible(raw, g["charset"])
    pos = 0
    for b in g["body"].split("\n\n"):
        i = vis.find(b, pos)
        if i < 0: err(n, "body block missing/out of order: " + b[:60]); break
        pos = i + len(b)
    if g["title"] not in vis: err(n, "title not visible")
    if g["author"]:
        for part in re.split(r", (?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ])", g["author"]):
            if part not in vis: err(n, "author part not visible: " + part)
    if not any(c in vis for c in CRAWL): err(n, "crawl date not shown")
    kb = len(raw) / 1024
    if not (20 <= kb <= 200): err(n, "size %.0f KB" % kb)
    words = len(g["body"].split())
    if not (250 <= words <= 900): err(n, "body words %d" % words)
big = sum(1 for n in ARTS if 120 * 1024 <= os.path.getsize(os.path.join(D, n + ".html")) <= 170 * 1024)
if big < 3: err("set", "fewer than three 120-170 KB pages")
with tempfile.TemporaryDirectory() as t:
    subprocess.run([sys.executable, os.path.join(D, "make.py"), t], check=True)
    for f in sorted(os.listdir(t)):
        if open(os.path.join(t, f), "rb").read() != open(os.path.join(D, f), "rb").read(): err(f, "not reproduced byte for byte")
for e in errs: print("FAIL", e)
print("%d problems" % len(errs))
sys.exit(1 if errs else 0)
