#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Self-check of the blind-c gold set (independent of make.py).

For every NAME.html/NAME.json: the sidecar loads and has exactly the fields
the README describes; the page decodes with its real encoding; every gold
body paragraph occurs, in order, in the page's visible text (html.unescape,
tags stripped, whitespace folded, NFC); title and byline parts occur; the
date parses as RFC 3339 with +07:00 and its calendar date is shown on the
page; byline and "Nguồn:" lines are not in the gold body; sizes 6-200 KB.
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
INLINE = r'</?(?:a|strong|b|em|i|span|font|u|sup|sub|time)(?:\s[^>]*)?>'
ART_KEYS = {"kind", "platform", "url", "charset", "title", "published_at", "author", "body"}
NON_KEYS = {"kind", "platform", "url", "charset"}
KINDS = {"article", "listing", "search", "not_found", "challenge", "empty"}


def fold(s):
    s = html.unescape(s).replace('\u00a0', ' ')
    return unicodedata.normalize('NFC', re.sub(r'\s+', ' ', s).strip())


def decode(raw, charset):
    if charset and charset.lower() in ('windows-1258', 'cp1258'):
        return raw.decode('cp1258')
    return raw.decode('utf-8-sig')


def visible(doc):
    m = re.search(r'<body\b', doc, re.I)
    doc = doc[m.start():] if m else doc
    doc = re.sub(r'<!--.*?-->', ' ', doc, flags=re.S)
    doc = re.sub(r'<(script|style|noscript|template)\b.*?</\1>', ' ', doc, flags=re.S | re.I)
    doc = re.sub(INLINE, '', doc, flags=re.I)
    doc = re.sub(r'<[^>]+>', ' ', doc)
    return fold(doc)


def date_shown(text, d):
    pats = [
        r'(?<!\d)0?%d[/.\-]0?%d[/.\-]%d(?!\d)' % (d.day, d.month, d.year),
        r'\b0?%d Tháng 0?%d %d\b' % (d.day, d.month, d.year),
        r'\b[Nn]gày 0?%d tháng 0?%d năm %d\b' % (d.day, d.month, d.year),
    ]
    return any(re.search(p, text) for p in pats)


def main():
    errors = []
    n_art = n_non = 0
    names = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(HERE, '*.html')))
    for name in names:
        def err(msg):
            errors.append('%s: %s' % (name, msg))
        try:
            meta = json.load(open(os.path.join(HERE, name + '.json'), encoding='utf-8'))
        except Exception as e:  # noqa
            err('json does not load: %s' % e)
            continue
        raw = open(os.path.join(HERE, name + '.html'), 'rb').read()
        if not 6 * 1024 <= len(raw) <= 200 * 1024:
            err('size %d bytes out of 6-200 KB' % len(raw))
        kind = meta.get('kind')
        if kind not in KINDS:
            err('bad kind %r' % kind)
        keys = ART_KEYS if kind == 'article' else NON_KEYS
        if set(meta) != keys:
            err('fields %s != %s' % (sorted(meta), sorted(keys)))
        cs = meta.get('charset')
        try:
            doc = decode(raw, cs)
        except UnicodeDecodeError as e:
            err('does not decode as %s: %s' % (cs, e))
            continue
        head = doc[:3000].lower()
        if cs is None:
            if 'charset' in doc.lower():
                err('charset null but the page declares one')
        elif cs.lower() not in head:
            err('declared charset %s not in page head' % cs)
        text = visible(doc)
        if kind != 'article':
            n_non += 1
            continue
        n_art += 1
        if fold(meta['title']) not in text:
            err('title not in visible text')
        pos = 0
        for i, para in enumerate(meta['body'].split('\n\n')):
            if para != fold(para) or not para:
                err('body paragraph %d not folded/NFC' % i)
            j = text.find(para, pos)
            if j < 0:
                err('body paragraph %d not found in order: %r' % (i, para[:60]))
            else:
                pos = j + len(para)
        if 'Nguồn:' in meta['body'] or 'Nguồn tin' in meta['body']:
            err('source line in body')
        if meta['author']:
            for part in meta['author'].split(', '):
                if part not in text:
                    err('author part %r not on page' % part)
            for seg in meta['body'].split('\n\n'):
                if seg.strip() == meta['author'] or meta['author'] in seg and len(seg) < len(meta['author']) + 15:
                    err('byline inside body')
        try:
            d = dt.datetime.fromisoformat(meta['published_at'])
            if not meta['published_at'].endswith('+07:00'):
                err('published_at not +07:00')
            if not date_shown(text, d):
                err('published date %s not shown on page' % d.date())
        except (TypeError, ValueError) as e:
            err('published_at does not parse: %s' % e)
    print('%d pages (%d articles, %d non-articles)' % (len(names), n_art, n_non))
    for e in errors:
        print('FAIL', e)
    print('OK' if not errors else '%d problems' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
