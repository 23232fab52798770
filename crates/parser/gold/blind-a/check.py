#!/usr/bin/env python3
"""Self-check of the blind set: sidecars load and are well formed, and every
gold string (body paragraphs in order, title, byline) is visible text of its
page.  Does not use the extractor."""
import glob
import html
import json
import os
import re
import sys
import unicodedata
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"article", "listing", "search", "not_found", "challenge", "empty"}
INLINE = r"a|abbr|b|big|cite|code|em|font|i|mark|q|s|small|span|strong|sub|sup|time|u"


def fold(s):
    return " ".join(unicodedata.normalize("NFC", s).split())


def visible_text(doc):
    doc = re.sub(r"(?is)<(script|style|noscript|template|head)\b.*?</\1\s*>", " ", doc)
    doc = re.sub(r"(?s)<!--.*?-->", " ", doc)
    doc = re.sub(r"(?is)<(?:%s)\b[^>]*>|</(?:%s)\s*>" % (INLINE, INLINE), "", doc)
    doc = re.sub(r"(?s)<[^>]+>", " ", doc)
    return fold(html.unescape(doc))


def decode(raw, charset):
    if charset == "windows-1258":
        return unicodedata.normalize("NFC", raw.decode("cp1258"))
    return raw.decode("utf-8-sig")


def main():
    problems = []
    n_pages = 0
    for jpath in sorted(glob.glob(os.path.join(HERE, "*.json"))):
        name = os.path.basename(jpath)[:-5]
        n_pages += 1
        err = lambda m: problems.append("%s: %s" % (name, m))
        meta = json.load(open(jpath, encoding="utf-8"))
        raw = open(os.path.join(HERE, name + ".html"), "rb").read()
        text = decode(raw, meta["charset"])
        if meta["kind"] not in KINDS:
            err("bad kind %r" % meta["kind"])
        base_keys = ["kind", "platform", "url", "charset"]
        if meta["kind"] != "article":
            if list(meta) != base_keys:
                err("non-article sidecar keys %s" % list(meta))
            continue
        if list(meta) != base_keys + ["title", "published_at", "author", "body"]:
            err("article sidecar keys %s" % list(meta))
        if meta["charset"] == "windows-1258":
            if not re.search(r"charset=windows-1258", text):
                err("no windows-1258 meta charset")
            if not re.search(r"[\u0300\u0301\u0303\u0309\u0323]", raw.decode("cp1258")):
                err("cp1258 page has no combining tone marks")
        vis = visible_text(text)
        # date
        try:
            dt = datetime.fromisoformat(meta["published_at"])
            if dt.utcoffset() != timedelta(hours=7):
                err("published_at offset is not +07:00")
        except ValueError as e:
            err("published_at: %s" % e)
        # title
        if fold(meta["title"]) not in vis:
            err("title not visible")
        # author
        if meta["author"] is not None:
            for part in meta["author"].split(", "):
                if fold(part) not in vis:
                    err("author part %r not visible" % part)
        # body: NFC, folded, each paragraph visible, in reading order
        body = meta["body"]
        if unicodedata.normalize("NFC", body) != body:
            err("body not NFC")
        paras = body.split("\n\n")
        pos = 0
        for p in paras:
            if p != fold(p) or not p:
                err("paragraph not folded or empty: %r" % p[:40])
            i = vis.find(p, pos)
            if i < 0:
                j = vis.find(p)
                err("paragraph %s: %r" % ("out of order" if j >= 0 else "not visible", p[:60]))
            else:
                pos = i + len(p)
        if meta["author"] and fold(meta["author"]) in paras:
            err("byline paragraph inside body")
        if "Nguồn:" in body or "Nguồn tin:" in body:
            err("source line inside body")
    for p in problems:
        print("FAIL", p)
    print("%d pages checked, %d problems" % (n_pages, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
