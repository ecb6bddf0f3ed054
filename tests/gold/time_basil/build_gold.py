#!/usr/bin/env python3
"""Builds gold.tsv (TIMEX3 with byte offsets) of the time_basil gold from annotations.txt.

The texts are BASIL articles read in place from ../shared/corpora/basil
(never copied here), rendered as tests/gold/time/build_gold.py renders them
(title + first 8 non-empty paragraphs). Each doc line carries the SHA-256 of
the rendered text (provenance) and its FNV-1a 32 (checked by the test, so it
notices a changed corpus or renderer).

  python3 tests/gold/time_basil/build_gold.py          # writes gold.tsv
  python3 tests/gold/time_basil/build_gold.py --check  # fails when gold.tsv is stale
"""
import hashlib, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'time'))
from timex_gold import byte_span, read_annotations, timex_row, write_or_check  # noqa: E402
from build_gold import PARAGRAPHS, render  # noqa: E402


def fnv1a32(data):
    h = 0x811c9dc5
    for c in data:
        h = ((h ^ c) * 0x01000193) & 0xffffffff
    return h


def main():
    out = ['# crosscheck-timex-gold 1: BASIL articles, title + first %d paragraphs; see README.md' % PARAGRAPHS,
           '# doc<TAB>dct<TAB>sha256<TAB>fnv1a32 of the rendered text (UTF-8)  |  <TAB>start<TAB>end<TAB>type<TAB>value<TAB>mod<TAB>words (byte offsets, end exclusive)']
    text, doc = '', None
    for item in read_annotations(os.path.join(HERE, 'annotations.txt')):
        if item[0] == 'doc':
            doc = item[1]
            dct, text = render(doc)
            b = text.encode('utf-8')
            out.append('doc\t%s\t%s\t%s\t%08x' % (doc, dct, hashlib.sha256(b).hexdigest(), fnv1a32(b)))
            continue
        _, words, n, typ, value, mod = item
        out.append(timex_row(*byte_span(text, words, n, doc), typ, value, mod, words))
    write_or_check(os.path.join(HERE, 'gold.tsv'), out, 'python3 tests/gold/time_basil/build_gold.py')


if __name__ == '__main__':
    main()
