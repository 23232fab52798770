#!/usr/bin/env python3
"""Self-check for blind set B: sidecars are well formed and every gold
string is visible text of its page, in reading order.

Run:  python3 check.py
"""
import datetime as dt
import glob
import html
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ART_KEYS = ["kind", "platform", "url", "charset", "title", "published_at", "author", "body"]
NON_KEYS = ["kind", "platform", "url", "charset"]
KINDS = {"article", "listing", "search", "not_found", "challenge", "empty"}
BLOCK = r"p|div|br|li|ul|ol|td|th|tr|table|tbody|thead|h[1-6]|figure|figcaption|blockquote|section|article|header|footer|nav|main|aside|dd|dt|dl|img|hr|form|input|select|option|textarea|button|label|iframe|video|marquee"


def fold(s):
    return " ".join(unicodedata.normalize("NFC", s).split())


def decode(raw, label):
    """Decode with the page's real encoding (not necessarily its label)."""
    if label == "windows-1258":
        try:
            raw.decode("utf-8")
            raise AssertionError("labelled windows-1258 but bytes are valid UTF-8")
        except UnicodeDecodeError:
            pass
        return raw.decode("cp1258"), "cp1258"
    enc = "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8"
    return raw.decode(enc), enc


def visible(doc):
    s = re.sub(r"(?is)<head\b.*?</head>", " ", doc)
    s = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"(?i)</?(%s)\b[^>]*>" % BLOCK, " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return fold(html.unescape(s))


def main():
    problems = []
    rows = []
    for jp in sorted(glob.glob(os.path.join(HERE, "*.json"))):
        name = os.path.basename(jp)[:-5]
        try:
            side = json.load(open(jp, encoding="utf-8"))
        except Exception as ex:  # noqa: BLE001
            problems.append("%s: json: %s" % (name, ex))
            continue
        raw = open(os.path.join(HERE, name + ".html"), "rb").read()
        doc, enc = decode(raw, side.get("charset"))
        text = visible(doc)
        kind = side.get("kind")
        if kind not in KINDS:
            problems.append("%s: bad kind %r" % (name, kind))
        want = ART_KEYS if kind == "article" else NON_KEYS
        if list(side.keys()) != want:
            problems.append("%s: keys %s" % (name, list(side.keys())))
        if side["charset"] == "windows-1258" and "charset=windows-1258" not in doc:
            problems.append("%s: meta charset does not match" % name)
        info = "%-40s %-18s %6.1f KB  %-9s %-13s" % (name, side["platform"], len(raw) / 1024, kind, enc)
        if kind != "article":
            rows.append(info)
            continue
        # title
        if fold(side["title"]) != side["title"] or side["title"] not in text:
            problems.append("%s: title not visible" % name)
        # date
        try:
            d = dt.datetime.fromisoformat(side["published_at"])
            assert d.utcoffset() == dt.timedelta(hours=7)
            assert side["published_at"].endswith("+07:00")
        except Exception as ex:  # noqa: BLE001
            problems.append("%s: published_at %r: %s" % (name, side["published_at"], ex))
        # author
        au = side["author"]
        if au is not None:
            if not (au in text or all(part in text for part in au.split(", "))):
                problems.append("%s: author %r not visible" % (name, au))
        # body: every paragraph visible, NFC+folded, in reading order
        paras = side["body"].split("\n\n")
        pos = 0
        for i, p in enumerate(paras):
            if p != fold(p) or not p:
                problems.append("%s: para %d not folded/NFC" % (name, i))
            j = text.find(p, pos)
            if j < 0:
                k = text.find(p)
                problems.append("%s: para %d %s: %r" % (name, i, "out of order" if k >= 0 else "NOT VISIBLE", p[:70]))
            else:
                pos = j + len(p)
            if au and p == au:
                problems.append("%s: byline inside body" % name)
            if p.startswith("Nguồn:") or p.startswith("(Theo "):
                problems.append("%s: source line inside body" % name)
        if "Xem thêm" in side["body"]:
            problems.append("%s: 'Xem thêm' box inside body" % name)
        words = len(re.findall(r"\w+", side["body"]))
        rows.append(info + " %2d paras %4d words  %s  author=%s" % (len(paras), words, side["published_at"], au))
    print("\n".join(rows))
    print()
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        print("\n".join(problems))
        sys.exit(1)
    print("OK: %d pages, all sidecars valid, every title/byline/body paragraph visible in order." % len(rows))


if __name__ == "__main__":
    main()
