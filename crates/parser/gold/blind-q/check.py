#!/usr/bin/env python3
"""Self-check of the blind-q gold set, independent of any extractor.

python3 check.py   -> prints one line per failed check, exits 0 when all pass.
"""
import datetime as dt
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CRAWL = dt.date(2026, 11, 22)
FIRST = dt.date(2025, 7, 1)
ART = ['q%02d' % i for i in range(1, 21)]
NON = ['n01', 'n02', 'n03', 'n04']
ART_KEYS = ['kind', 'platform', 'url', 'charset', 'title', 'published_at', 'author', 'body']
NON_KEYS = ['kind', 'platform', 'url', 'charset']
NON_KINDS = {'listing', 'search', 'not_found', 'challenge', 'empty'}
SKIP = {'script', 'style', 'head', 'title', 'noscript', 'template', 'svg'}
BLOCK = {'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset',
         'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
         'nav', 'ol', 'option', 'p', 'section', 'select', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
         'input', 'button', 'label', 'marquee', 'img', 'textarea', 'video'}
VOID = {'br', 'hr', 'img', 'input', 'meta', 'link', 'source', 'col', 'area', 'base', 'wbr', 'embed', 'param', 'track'}
INVISIBLE = re.compile('[\u00a0\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufeff\ufff9-\ufffb]')
CRAWL_FORMS = re.compile(r'22/11/2026|22-11-2026|22\.11\.2026|2026-11-22|22 [Tt]háng 11,? (?:năm )?2026')

problems = []


def bad(msg):
    problems.append(msg)


class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append(' ')

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append(' ')

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.parts.append(' ')

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ')).strip()


def visible(page):
    v = Visible()
    v.feed(page)
    v.close()
    return norm(''.join(v.parts))


def date_forms(d):
    return [d.strftime('%d/%m/%Y'), '%d/%d/%d' % (d.day, d.month, d.year), d.strftime('%d-%m-%Y'), d.strftime('%d.%m.%Y'),
            d.strftime('%Y-%m-%d'), 'ngày %02d tháng %02d năm %d' % (d.day, d.month, d.year), '%d Tháng %d %d' % (d.day, d.month, d.year)]


def check_gold_string(name, key, s):
    if s != unicodedata.normalize('NFC', s):
        bad('%s: %s is not NFC' % (name, key))
    m = INVISIBLE.search(s)
    if m:
        bad('%s: %s has invisible character U+%04X' % (name, key, ord(m.group())))
    for ch in s:
        if unicodedata.category(ch) in ('Cc', 'Cf', 'Co', 'Cn') and ch != '\n':
            bad('%s: %s has control/format character U+%04X' % (name, key, ord(ch)))
            break
    if key != 'body' and '\n' in s:
        bad('%s: %s has a newline' % (name, key))


def main():
    names = ART + NON
    files = sorted(f for f in os.listdir(HERE) if f.endswith(('.html', '.json')))
    expected = sorted([n + '.html' for n in names] + [n + '.json' for n in names])
    if files != expected:
        bad('file list differs: extra %s, missing %s' % (sorted(set(files) - set(expected)), sorted(set(expected) - set(files))))

    sizes = {}
    non_kinds = []
    for name in names:
        hp, jp = os.path.join(HERE, name + '.html'), os.path.join(HERE, name + '.json')
        if not (os.path.exists(hp) and os.path.exists(jp)):
            continue
        raw = open(hp, 'rb').read()
        sizes[name] = len(raw)
        if not (6 * 1024 <= len(raw) <= 180 * 1000):
            bad('%s: size %d outside 6-180 KB' % (name, len(raw)))
        try:
            page = raw.decode('utf-8')
        except UnicodeDecodeError:
            bad('%s: page is not valid UTF-8' % name)
            continue
        if not re.search(r'charset\s*=\s*"?utf-8', page[:4000], re.I):
            bad('%s: page does not declare utf-8' % name)
        try:
            g = json.load(open(jp, encoding='utf-8'))
        except ValueError as e:
            bad('%s: bad JSON (%s)' % (name, e))
            continue
        for k in ('platform', 'url'):
            if not isinstance(g.get(k), str) or not g.get(k):
                bad('%s: %s missing' % (name, k))
        if g.get('charset') not in ('utf-8', None):
            bad('%s: charset %r' % (name, g.get('charset')))

        if name in NON:
            if list(g) != NON_KEYS:
                bad('%s: keys %s, want %s' % (name, list(g), NON_KEYS))
            if g.get('kind') not in NON_KINDS:
                bad('%s: kind %r' % (name, g.get('kind')))
            non_kinds.append(g.get('kind'))
            continue

        if list(g) != ART_KEYS:
            bad('%s: keys %s, want %s' % (name, list(g), ART_KEYS))
            continue
        if g['kind'] != 'article':
            bad('%s: kind %r' % (name, g['kind']))
        for k in ('title', 'body'):
            if not isinstance(g[k], str) or not g[k].strip():
                bad('%s: %s empty' % (name, k))
        if g['author'] is not None and (not isinstance(g['author'], str) or not g['author'].strip()):
            bad('%s: author must be null or a non-empty string' % name)
        for k in ('platform', 'url', 'title', 'author', 'body'):
            if isinstance(g[k], str):
                check_gold_string(name, k, g[k])
                if g[k] != g[k].strip():
                    bad('%s: %s has surrounding whitespace' % (name, k))

        # date
        pa = g['published_at']
        if not isinstance(pa, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00', pa):
            bad('%s: published_at %r is not RFC 3339 with +07:00' % (name, pa))
        else:
            pd = dt.datetime.fromisoformat(pa)
            if pd.date() >= CRAWL:
                bad('%s: published_at %s is on or after the crawl day' % (name, pa))
            if pd.date() < FIRST:
                bad('%s: published_at %s before 2025-07-01' % (name, pa))
            if not any(f.lower() in page.lower() for f in date_forms(pd.date())):
                bad('%s: the publication date %s is not shown on the page in any known form' % (name, pd.date()))

        vis = visible(page)
        # body
        blocks = g['body'].split('\n\n')
        if any(not b.strip() or b != b.strip() for b in blocks):
            bad('%s: body has an empty or padded block' % name)
        words = len(g['body'].split())
        if not 250 <= words <= 900:
            bad('%s: body has %d words (250-900)' % (name, words))
        pos = 0
        first = None
        for i, b in enumerate(blocks):
            nb = norm(b)
            j = vis.find(nb, pos)
            if j < 0:
                where = 'anywhere' if vis.find(nb) < 0 else 'in order'
                bad('%s: body block %d not visible %s: %.60s' % (name, i + 1, where, b))
                continue
            if first is None:
                first = j
            pos = j + len(nb)
        # title / author visible
        if norm(g['title']) not in vis:
            bad('%s: title not visible' % name)
        if g['author']:
            for part in g['author'].split(', '):
                if norm(part) not in vis:
                    bad('%s: author part %r not visible' % (name, part))
        # crawl date in the header, before the article text
        m = CRAWL_FORMS.search(vis)
        if not m:
            bad('%s: crawl date 22/11/2026 not shown' % name)
        elif first is not None and m.start() > first:
            bad('%s: crawl date only shown after the article starts' % name)

    kinds = sorted(non_kinds)
    if not ({'listing', 'search', 'not_found'} <= set(kinds) and (set(kinds) & {'empty', 'challenge'})):
        bad('non-article kinds %s: want listing, search, not_found and empty or challenge' % kinds)
    big = [n for n, s in sizes.items() if 120 * 1024 <= s <= 170 * 1000]
    if len(big) < 3:
        bad('only %d pages of 120-170 KB: %s' % (len(big), big))

    # reproducibility
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, os.path.join(HERE, 'make.py'), tmp], capture_output=True, text=True)
        if r.returncode != 0:
            bad('make.py failed: %s' % r.stderr.strip()[-300:])
        else:
            made = sorted(os.listdir(tmp))
            if made != expected:
                bad('make.py writes %s' % made)
            for f in made:
                a = open(os.path.join(tmp, f), 'rb').read()
                p = os.path.join(HERE, f)
                if not os.path.exists(p) or open(p, 'rb').read() != a:
                    bad('%s: differs from a fresh make.py run' % f)

    for p in problems:
        print('FAIL', p)
    print('%d article pages, %d other pages, %d pages of 120-170 KB (%s); %d problem(s)'
          % (len(ART), len(NON), len(big), ', '.join(sorted(big)), len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
