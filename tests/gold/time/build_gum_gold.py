#!/usr/bin/env python3
"""Builds part7t/gold.tsv and part7m/gold.tsv (TIMEX3 with byte offsets) from their annotations.txt.

The documents are GUM's Wikinews interviews (../shared/corpora/gum-other/conllu, CC BY 2.5 texts,
read in place, never copied here). A document's text is rebuilt from its "# text =" lines: one
space between sentences, a newline before a sentence that opens a paragraph ("# newpar..."), a
final newline (time_news_gold_test.cc rebuilds it the same way). Its date is "# meta::dateCreated".
Split (fixed before any annotation): FNV-1a 32-bit of the document id, even part7t (tuning), odd
part7m (measuring). Words are matched (words#n, the n-th occurrence on word boundaries) in the
whole text.

  python3 tests/gold/time/build_gum_gold.py part7t|part7m           # writes <part>/gold.tsv
  python3 tests/gold/time/build_gum_gold.py part7t|part7m --check   # fails when gold.tsv is stale
"""
import os, sys

from timex_gold import CORPORA, HERE, byte_span, read_annotations, timex_row, write_or_check

CORPUS = os.path.join(CORPORA, 'gum-other', 'conllu')


def fnv1a32(s):
    h = 0x811c9dc5
    for b in s.encode('utf-8'):
        h = ((h ^ b) * 0x01000193) & 0xffffffff
    return h


def render(path):
    """(text, date) of one GUM .conllu file."""
    out, par, date = [], False, ''
    for line in open(path, encoding='utf-8'):
        if line.startswith('# newpar'):
            par = True
        elif line.startswith('# meta::dateCreated = '):
            date = line.split('=', 1)[1].strip()
        elif line.startswith('# text = '):
            t = line[len('# text = '):].rstrip('\n')
            out.append(t if not out else ('\n' if par else ' ') + t)
            par = False
    return ''.join(out) + '\n', date


def select(part):
    stems = sorted(f[:-len('.conllu')] for f in os.listdir(CORPUS) if f.startswith('GUM_interview_') and f.endswith('.conllu'))
    return [s for s in stems if fnv1a32(s) % 2 == (0 if part == 'part7t' else 1)]


def main():
    part = ([a for a in sys.argv[1:] if not a.startswith('--')] or ['part7t'])[0]
    here = os.path.join(HERE, part)
    chosen = select(part)
    out = ['# crosscheck-timex-gold 1: GUM Wikinews interviews (%s), whole documents; see docs/TIME.md' % part,
           '# doc<TAB>stem<TAB>dct<TAB>window start<TAB>window end  |  <TAB>start<TAB>end<TAB>type<TAB>value<TAB>mod<TAB>words']
    text, stem, seen = '', None, []
    for item in read_annotations(os.path.join(here, 'annotations.txt')):
        if item[0] == 'doc':
            stem = item[1]
            if stem not in chosen:
                sys.exit('not a selected document: ' + stem)
            seen.append(stem)
            text, date = render(os.path.join(CORPUS, stem + '.conllu'))
            out.append('doc\t%s\t%s\t%d\t%d' % (stem, date, 0, len(text.encode('utf-8'))))
            continue
        _, words, n, typ, value, mod = item
        out.append(timex_row(*byte_span(text, words, n, stem), typ, value, mod, words))
    missing = sorted(set(chosen) - set(seen))
    if missing:
        sys.exit('selected but not annotated: ' + ', '.join(missing))
    write_or_check(os.path.join(here, 'gold.tsv'), out, 'python3 tests/gold/time/build_gum_gold.py ' + part)

if __name__ == '__main__':
    main()
