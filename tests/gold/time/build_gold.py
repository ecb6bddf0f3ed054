#!/usr/bin/env python3
"""Builds gold.tsv (TIMEX3 with byte offsets) from annotations.txt.

The documents are BASIL articles (research use, read in place from
../shared/corpora/basil; never copied here). A document's text is rendered
as src/recognize/time/basil_timex_test.cc renders it: the title, then one
line per non-empty paragraph (sentences joined by one space), each line
ending in '\\n', keeping the title and the first PARAGRAPHS paragraphs.
annotations.txt names each TIMEX3 by its own words and occurrence (words#n,
matched on word boundaries); gold.tsv gives its byte offsets in that text.

  python3 tests/gold/time/build_gold.py          # writes gold.tsv
  python3 tests/gold/time/build_gold.py --check  # fails when gold.tsv is stale
  python3 tests/gold/time/build_gold.py part2 [--check]   # the same for part2/
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', 'shared', 'corpora', 'basil', 'articles'))
PARAGRAPHS = 8


def render(path):
    with open(os.path.join(ROOT, path), encoding='utf-8') as f:
        j = json.load(f)
    lines = [j.get('title', '')]
    for p in j.get('body-paragraphs', []):
        line = ' '.join(s for s in p if isinstance(s, str)) if isinstance(p, list) else str(p)
        if line:
            lines.append(line)
    return j.get('date', ''), ''.join(l + '\n' for l in lines[:PARAGRAPHS + 1])


def main():
    parts = [a for a in sys.argv[1:] if not a.startswith('--')]
    here = os.path.join(HERE, parts[0]) if parts else HERE
    out = ['# crosscheck-timex-gold 1: BASIL articles, title + first %d paragraphs; see docs/TIME.md' % PARAGRAPHS,
           '# doc<TAB>dct  |  <TAB>start<TAB>end<TAB>type<TAB>value<TAB>mod<TAB>words (byte offsets, end exclusive)']
    doc = None
    text = b''
    for raw in open(os.path.join(here, 'annotations.txt'), encoding='utf-8'):
        line = raw.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        if '|' not in line:
            doc = line.strip()
            dct, t = render(doc)
            text = t
            out.append('doc\t%s\t%s' % (doc, dct))
            continue
        parts = [p.strip() for p in line.split('|')]
        words, n = parts[0].rsplit('#', 1)
        typ, value = parts[1], parts[2]
        mod = parts[3] if len(parts) > 3 else ''
        hits = [m.start() for m in re.finditer(r'(?<!\w)' + re.escape(words) + r'(?!\w)', text)]
        if len(hits) < int(n):
            sys.exit('not found: %s #%s in %s' % (words, n, doc))
        start = len(text[:hits[int(n) - 1]].encode('utf-8'))
        end = start + len(words.encode('utf-8'))
        out.append('\t%d\t%d\t%s\t%s\t%s\t%s' % (start, end, typ, value, mod, words))
    body = '\n'.join(out) + '\n'
    path = os.path.join(here, 'gold.tsv')
    if '--check' in sys.argv:
        old = open(path, encoding='utf-8').read() if os.path.exists(path) else ''
        if old != body:
            sys.exit('gold.tsv is stale: run python3 tests/gold/time/build_gold.py ' + ' '.join(parts))
        return
    with open(path, 'w', encoding='utf-8') as f:
        f.write(body)


if __name__ == '__main__':
    main()
