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
import csv, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import selection  # noqa: E402  (this folder's selection.py)

META = os.path.join(selection.CORPUS, 'metadata.tsv')


def main():
    part = ([a for a in sys.argv[1:] if not a.startswith('--')] or ['part3'])[0]
    here = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), part)
    windows = {stem: (a, b) for stem, a, b in selection.select(part)}
    dates = {r['filename']: r['publication_date'] for r in csv.DictReader(open(META, encoding='utf-8'), delimiter='\t')}
    out = ['# crosscheck-timex-gold 1: PolNeAR %s articles, one scored paragraph each; see docs/TIME.md' % selection.PARTS[part][0],
           '# doc<TAB>stem<TAB>dct<TAB>window start<TAB>window end  |  <TAB>start<TAB>end<TAB>type<TAB>value<TAB>mod<TAB>words']
    text, base, stem = '', 0, None
    for raw in open(os.path.join(here, 'annotations.txt'), encoding='utf-8'):
        line = raw.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        if '|' not in line:
            stem = line.strip()
            if stem not in windows:
                sys.exit('not a selected article: ' + stem)
            a, b = windows.pop(stem)
            data = open(os.path.join(selection.root(part), stem + '.txt'), 'rb').read()
            text, base = data[a:b].decode('utf-8'), a
            out.append('doc\t%s\t%s\t%d\t%d' % (stem, dates[stem], a, b))
            continue
        parts = [p.strip() for p in line.split('|')]
        words, n = parts[0].rsplit('#', 1)
        mod = parts[3] if len(parts) > 3 else ''
        hits = [m.start() for m in re.finditer(r'(?<!\w)' + re.escape(words) + r'(?!\w)', text)]
        if len(hits) < int(n):
            sys.exit('not found: %s #%s in %s' % (words, n, stem))
        start = base + len(text[:hits[int(n) - 1]].encode('utf-8'))
        out.append('\t%d\t%d\t%s\t%s\t%s\t%s' % (start, start + len(words.encode('utf-8')), parts[1], parts[2], mod, words))
    if windows:
        sys.exit('selected but not annotated: ' + ', '.join(sorted(windows)))
    body = '\n'.join(out) + '\n'
    path = os.path.join(here, 'gold.tsv')
    if '--check' in sys.argv:
        if not os.path.exists(path) or open(path, encoding='utf-8').read() != body:
            sys.exit('gold.tsv is stale: run python3 tests/gold/time/part3/build_gold.py ' + part)
        return
    with open(path, 'w', encoding='utf-8') as f:
        f.write(body)


if __name__ == '__main__':
    main()
