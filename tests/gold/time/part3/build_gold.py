#!/usr/bin/env python3
"""Builds part3/gold.tsv (TIMEX3 with byte offsets) from part3/annotations.txt.

The documents are PolNeAR dev articles (research use, read in place from
../shared/corpora/polnear-train-dev; never copied here), each the raw UTF-8
article file; the scored window is the paragraph selection.py chose. Words are
matched (words#n, the n-th occurrence on word boundaries) inside that window;
gold.tsv gives byte offsets into the whole file.

  python3 tests/gold/time/part3/build_gold.py [part4]          # writes part3/ (part4/) gold.tsv
  python3 tests/gold/time/part3/build_gold.py [part4] --check  # fails when gold.tsv is stale
"""
import csv, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import selection  # noqa: E402  (this folder's selection.py)
from timex_gold import byte_span, read_annotations, timex_row, write_or_check  # noqa: E402

META = os.path.join(selection.CORPUS, 'metadata.tsv')


def main():
    part = ([a for a in sys.argv[1:] if not a.startswith('--')] or ['part3'])[0]
    here = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), part)
    windows = {stem: (a, b) for stem, a, b in selection.select(part)}
    dates = {r['filename']: r['publication_date'] for r in csv.DictReader(open(META, encoding='utf-8'), delimiter='\t')}
    out = ['# crosscheck-timex-gold 1: PolNeAR %s articles, one scored paragraph each; see docs/TIME.md' % selection.PARTS[part][0],
           '# doc<TAB>stem<TAB>dct<TAB>window start<TAB>window end  |  <TAB>start<TAB>end<TAB>type<TAB>value<TAB>mod<TAB>words']
    text, base, stem = '', 0, None
    for item in read_annotations(os.path.join(here, 'annotations.txt')):
        if item[0] == 'doc':
            stem = item[1]
            if stem not in windows:
                sys.exit('not a selected article: ' + stem)
            a, b = windows.pop(stem)
            data = open(os.path.join(selection.root(part), stem + '.txt'), 'rb').read()
            text, base = data[a:b].decode('utf-8'), a
            out.append('doc\t%s\t%s\t%d\t%d' % (stem, dates[stem], a, b))
            continue
        _, words, n, typ, value, mod = item
        start, end = byte_span(text, words, n, stem)
        out.append(timex_row(base + start, base + end, typ, value, mod, words))
    if windows:
        sys.exit('selected but not annotated: ' + ', '.join(sorted(windows)))
    write_or_check(os.path.join(here, 'gold.tsv'), out, 'python3 tests/gold/time/part3/build_gold.py ' + part)

if __name__ == '__main__':
    main()
