"""What every TIMEX3 gold builder here shares (tests/gold/time/*; docs/TIME.md).

An annotations.txt names each document on a line of its own (no '|') and
each TIMEX3 below it as

    words#n | TYPE | value [| mod]

where words#n is the n-th occurrence of `words` on word boundaries in the
text the builder renders for that document. gold.tsv gives byte offsets
(end exclusive) into that text. The corpora are read in place from
../shared/corpora (or $CROSSCHECK_SHARED_DIR/corpora), never copied here.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get('CROSSCHECK_SHARED_DIR', os.path.join(HERE, '..', '..', '..', '..', 'shared'))
CORPORA = os.path.normpath(os.path.join(SHARED, 'corpora'))


def read_annotations(path):
    """Yields ('doc', stem) and ('timex', words, n, type, value, mod) in file order."""
    for raw in open(path, encoding='utf-8'):
        line = raw.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        if '|' not in line:
            yield ('doc', line.strip())
            continue
        parts = [p.strip() for p in line.split('|')]
        words, n = parts[0].rsplit('#', 1)
        yield ('timex', words, int(n), parts[1], parts[2], parts[3] if len(parts) > 3 else '')


def byte_span(text, words, n, doc):
    """(start, end) in UTF-8 bytes of the n-th occurrence of words in text; exits when there is none."""
    hits = [m.start() for m in re.finditer(r'(?<!\w)' + re.escape(words) + r'(?!\w)', text)]
    if len(hits) < n:
        sys.exit('not found: %s #%d in %s' % (words, n, doc))
    start = len(text[:hits[n - 1]].encode('utf-8'))
    return start, start + len(words.encode('utf-8'))


def timex_row(start, end, typ, value, mod, words):
    return '\t%d\t%d\t%s\t%s\t%s\t%s' % (start, end, typ, value, mod, words)


def write_or_check(path, lines, rebuild):
    """Writes gold.tsv, or with --check on the command line exits when the file differs."""
    body = '\n'.join(lines) + '\n'
    if '--check' in sys.argv:
        old = open(path, encoding='utf-8').read() if os.path.exists(path) else ''
        if old != body:
            sys.exit('%s is stale: run %s' % (path, rebuild))
        return
    with open(path, 'w', encoding='utf-8') as f:
        f.write(body)
