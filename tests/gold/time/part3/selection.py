#!/usr/bin/env python3
"""Selection rule of news time gold part 3 (PolNeAR dev, research use; docs/TIME.md).

Written before any text was read. Articles of ../shared/corpora/polnear-train-dev/dev/text
ordered by FNV-1a 32-bit of the file stem; of each, the first paragraph (non-empty
line of the raw file) that holds a time-of-day or recurrence cue (CUE below,
case-insensitive, on word boundaries); the first LIMIT such articles. Prints
'stem<TAB>start<TAB>end' (byte offsets of the paragraph in the raw UTF-8 file).
"""
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', '..', 'shared', 'corpora',
                                     'polnear-train-dev', 'dev', 'text'))
LIMIT = 40
CUE = re.compile(r"(?<![\w.])(\d{1,2}(:\d\d)?\s?(a\.m\.|p\.m\.|am|pm)|o'clock|noon|midnight|tonight|overnight|"
                 r"mornings?|afternoons?|evenings?|nights?|nightly|every|daily|weekly|monthly|annually|hourly|"
                 r"minutes|hours|weeks)(?!\w)", re.I)


def fnv1a32(s):
    h = 0x811c9dc5
    for b in s.encode('utf-8'):
        h = ((h ^ b) * 0x01000193) & 0xffffffff
    return h


def paragraphs(raw):
    """(start, end) byte offsets of the non-empty lines of raw bytes."""
    out, pos = [], 0
    for line in raw.split(b'\n'):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def select():
    stems = sorted((f[:-4] for f in os.listdir(ROOT) if f.endswith('.txt')), key=lambda s: (fnv1a32(s), s))
    chosen = []
    for stem in stems:
        raw = open(os.path.join(ROOT, stem + '.txt'), 'rb').read()
        for a, b in paragraphs(raw):
            if CUE.search(raw[a:b].decode('utf-8')):
                chosen.append((stem, a, b))
                break
        if len(chosen) == LIMIT:
            break
    return chosen


if __name__ == '__main__':
    for stem, a, b in select():
        print('%s\t%d\t%d' % (stem, a, b))
