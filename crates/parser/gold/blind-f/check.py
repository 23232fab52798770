# -*- coding: utf-8 -*-
"""Self-check of the blind-f gold set.

    python3 check.py

Checks, for every page NAME.html + NAME.json in this directory:
  * the sidecar loads as UTF-8 JSON with exactly the allowed keys and sane values;
  * the page decodes strictly with its real encoding (data.py "encoding",
    UTF-8 for the pages without an article), and its size is 6-180 KB;
  * visible text = decoded page with <head>, <script>, <style> and comments
    removed, tags replaced by spaces, html.unescape, whitespace folded,
    NFC; every gold body paragraph (NFC, whitespace folded) occurs in it,
    in order; the title and every author part occur in it;
  * published_at is RFC 3339 with a +07:00 offset, before the header date,
    and the page shows that date somewhere (visible or machine-readable);
  * the header date 22/11/2026 is on the page;
  * byline and source lines are not inside the gold body;
  * running the templates again yields byte-identical pages and sidecars.
Prints one line per page and a closing "N passed, N failed" line; exits 1 on
any failure.
"""
import datetime as dt
import html
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data  # noqa: E402

ARTICLE_KEYS = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
OTHER_KEYS = ["kind", "platform", "url", "charset"]
KINDS = {"article", "listing", "search", "not_found", "challenge", "empty"}
ARTICLES = {a["name"]: a for a in data.ARTICLES}
NAMES = ["f%02d" % i for i in range(1, 21)] + ["n%02d" % i for i in range(1, 5)]


def fold(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip()


def visible(text):
    t = re.sub(r"(?is)<head\b.*?</head\s*>", " ", text)
    t = re.sub(r"(?is)<script\b.*?</script\s*>", " ", t)
    t = re.sub(r"(?is)<style\b.*?</style\s*>", " ", t)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    t = re.sub(r"(?s)<[^>]*>", " ", t)
    return fold(html.unescape(t))


def date_forms(d):
    y, m, dd = d.year, d.month, d.day
    return [
        "%02d/%02d/%d" % (dd, m, y), "%d/%d/%d" % (dd, m, y), "%d/%d/%d" % (m, dd, y),
        "%04d-%02d-%02d" % (y, m, dd), "%02d-%02d-%d" % (dd, m, y),
        "ngày %d tháng %d năm %d" % (dd, m, y), "%d tháng %d %d" % (dd, m, y),
        "%d tháng %s, %d" % (dd, ["một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai"][m - 1], y),
    ]


def check_page(name, errors):
    def err(msg):
        errors.append("%s: %s" % (name, msg))

    jpath = os.path.join(HERE, name + ".json")
    hpath = os.path.join(HERE, name + ".html")
    if not (os.path.exists(jpath) and os.path.exists(hpath)):
        err("missing file")
        return
    with open(jpath, "rb") as f:
        side = json.loads(f.read().decode("utf-8"))
    raw = open(hpath, "rb").read()

    kind = side.get("kind")
    if kind not in KINDS:
        err("bad kind %r" % kind)
        return
    want = ARTICLE_KEYS if kind == "article" else OTHER_KEYS
    if sorted(side) != sorted(want):
        err("keys %s != %s" % (sorted(side), sorted(want)))
    if (kind == "article") != name.startswith("f"):
        err("kind %s does not fit the name" % kind)
    if not isinstance(side.get("platform"), str) or not side["platform"]:
        err("platform")
    if not isinstance(side.get("url"), str) or not re.match(r"^https?://[a-z0-9.-]+\.(gov\.vn|dcs\.vn|edu\.vn|org\.vn)(/|\?|$)", side["url"]):
        err("url %r" % side.get("url"))
    cs = side.get("charset")
    if cs is not None and cs not in ("utf-8", "windows-1258", "iso-8859-1", "windows-1252"):
        err("charset label %r" % cs)

    size = len(raw)
    if not (6 * 1024 <= size <= 180 * 1024):
        err("size %d out of 6-180 KB" % size)

    enc = ARTICLES[name]["encoding"] if name in ARTICLES else "utf-8"
    try:
        text = raw.decode(enc, errors="strict")
    except UnicodeDecodeError as e:
        err("does not decode as %s: %s" % (enc, e))
        return
    # the meta must be where a browser sniffs it when the HTTP header gives no label
    head = text[:1024].lower() if cs is None else text[:text.lower().find("</head")].lower()
    meta = re.search(r'charset\s*=\s*["\']?([a-z0-9_-]+)', head)
    if not meta:
        err("no charset declaration in the head (first 1024 bytes when the header has none)")
    else:
        label = {"cp1258": "windows-1258"}.get(enc, enc)
        if meta.group(1) != label:
            err("meta charset %s but page is %s" % (meta.group(1), label))
    if enc == "cp1258" and not re.search("[\u0300\u0301\u0303\u0309\u0323]", text):
        err("windows-1258 page without decomposed tone marks")

    vis = visible(text)
    if "22/11/2026" not in vis:
        err("header date 22/11/2026 not visible")

    if kind != "article":
        return

    a = ARTICLES[name]
    for k in ("title", "published_at", "author", "url", "platform", "charset"):
        if side[k] != a[k]:
            err("sidecar %s differs from data.py" % k)
    if side["body"] != data.gold_body(a):
        err("sidecar body differs from data.gold_body")

    title = fold(side["title"])
    if title not in vis:
        err("title not in visible text")

    body = side["body"]
    paras = body.split("\n\n")
    if len(paras) < 3:
        err("fewer than 3 body paragraphs")
    pos = 0
    for i, p in enumerate(paras):
        fp = fold(p)
        if not fp or fp != p:
            err("paragraph %d is empty or not normalised" % i)
        j = vis.find(fp, pos)
        if j < 0:
            k = vis.find(fp)
            err("paragraph %d %s: %r" % (i, "out of order" if k >= 0 else "not in visible text", fp[:70]))
            continue
        pos = j + len(fp)

    author = side["author"]
    if author is None:
        if a["byline"]:
            err("author null but data has a byline")
    else:
        if not isinstance(author, str) or not author.strip():
            err("author empty string")
        else:
            for part in author.split(", "):
                if fold(part) not in vis:
                    err("author part %r not visible" % part)
                if fold(part) in [fold(x) for x in paras]:
                    err("author part is a whole body paragraph")
    for line in a["byline"] + ([a["source"]] if a.get("source") else []):
        if fold(line) in [fold(x) for x in paras]:
            err("byline/source line %r is a body paragraph" % line)
    if re.search(r"(?m)^(Nguồn|Nguồn tin)\s*:|^\(Theo ", body):
        err("source line in body")

    pa = side["published_at"]
    try:
        when = dt.datetime.fromisoformat(pa)
    except ValueError:
        err("published_at %r does not parse" % pa)
        return
    if not re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$", pa) or when.utcoffset() != dt.timedelta(hours=7):
        err("published_at %r is not RFC 3339 with +07:00" % pa)
    if when.date() >= dt.date(2026, 11, 22):
        err("published_at not before the header date")
    low = text.lower()
    if not any(f.lower() in low for f in date_forms(when)):
        err("publication date not shown on the page")
    if when.time() != dt.time(0, 0):
        hhmm = when.strftime("%H:%M")
        h12 = "%02d:%02d" % (when.hour % 12 or 12, when.minute)
        utc = (when - dt.timedelta(hours=7)).strftime("%H:%M")
        if hhmm not in text and h12 not in text and utc not in text:
            err("publication time %s not on the page" % hhmm)


def check_determinism(errors):
    import importlib
    make = importlib.import_module("make")
    for a in data.ARTICLES:
        rng = random.Random("blind-f/" + a["name"])
        page = make.PAGES[a["name"]](a, rng)
        if page != open(os.path.join(HERE, a["name"] + ".html"), "rb").read():
            errors.append("%s: make.py output differs from the file on disk" % a["name"])
        side = json.dumps(make.sidecar_article(a), ensure_ascii=False, indent=1) + "\n"
        if side.encode("utf-8") != open(os.path.join(HERE, a["name"] + ".json"), "rb").read():
            errors.append("%s: sidecar differs from make.py output" % a["name"])
    import nonart
    for name, page, sc in nonart.pages(make):
        if page != open(os.path.join(HERE, name + ".html"), "rb").read():
            errors.append("%s: nonart.py output differs from the file on disk" % name)
        if (json.dumps(sc, ensure_ascii=False, indent=1) + "\n").encode("utf-8") != open(os.path.join(HERE, name + ".json"), "rb").read():
            errors.append("%s: sidecar differs from nonart.py output" % name)


def main():
    passed = failed = 0
    all_errors = []
    extra = sorted(f for f in os.listdir(HERE) if f.endswith(".html") and f[:-5] not in NAMES)
    if extra:
        all_errors.append("unexpected pages: %s" % extra)
    sizes = []
    for name in NAMES:
        errs = []
        try:
            check_page(name, errs)
        except Exception as e:  # a crash is a failure of that page
            errs.append("%s: crashed: %r" % (name, e))
        if os.path.exists(os.path.join(HERE, name + ".html")):
            sizes.append(os.path.getsize(os.path.join(HERE, name + ".html")))
        if errs:
            failed += 1
            all_errors += errs
            print("FAIL %s" % name)
            for e in errs:
                print("     " + e)
        else:
            passed += 1
            print("ok   %s" % name)
    if not any(120 * 1024 <= s <= 175 * 1024 for s in sizes):
        all_errors.append("no page of about 120-170 KB")
        failed += 1
    det = []
    check_determinism(det)
    if det:
        failed += 1
        all_errors += det
        for e in det:
            print("FAIL " + e)
    else:
        passed += 1
        print("ok   determinism (make.py and nonart.py rewrite identical files)")
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed or all_errors else 0)


if __name__ == "__main__":
    main()
