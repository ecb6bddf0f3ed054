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
import json, os, sys

from timex_gold import CORPORA, HERE, byte_span, read_annotations, timex_row, write_or_check

ROOT = os.path.join(CORPORA, 'basil', 'articles')
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
    text, doc = '', None
    for item in read_annotations(os.path.join(here, 'annotations.txt')):
        if item[0] == 'doc':
            doc = item[1]
            dct, text = render(doc)
            out.append('doc\t%s\t%s' % (doc, dct))
            continue
        _, words, n, typ, value, mod = item
        out.append(timex_row(*byte_span(text, words, n, doc), typ, value, mod, words))
    write_or_check(os.path.join(here, 'gold.tsv'), out, 'python3 tests/gold/time/build_gold.py ' + ' '.join(parts))

if __name__ == '__main__':
    main()
