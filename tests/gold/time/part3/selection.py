#!/usr/bin/env python3
"""Selection rules of news time golds part 3 and part 4 (PolNeAR, research use; docs/TIME.md).

Each written before any text of its part was read. Articles ordered by FNV-1a 32-bit
of the file stem; of each, the first paragraph (non-empty line of the raw file) that
holds a cue (case-insensitive, on word boundaries); the first LIMIT such articles.
  part3: ../shared/corpora/polnear-train-dev/dev/text, CUE (time of day, recurrence words).
  part4: ../shared/corpora/polnear-train-dev/train/text, SET_CUE (a recurrence word with a
         calendar unit: "every day", "each Monday", "twice a week", "daily", "on Sundays").
  part5: ../shared/corpora/polnear-train-dev/train/text, CLOCK_CUE (a clock time or a named
         part of a day: "9 a.m.", "noon", "midnight", "tonight", "this morning", "last night").
  part6t, part6m: ../shared/corpora/polnear-train-dev/train/text, CLOCK_CUE or SET_CUE, skipping
         the articles of parts 4 and 5 (their stems read from part4/ and part5/annotations.txt);
         30 articles, then split once before annotation by their place in that order: even places
         (0, 2, ...) the tuning half part6t, odd places the measuring half part6m (15 each).
  part8t, part8m: ../shared/corpora/polnear-train-dev/train/text, CLOCK_CUE or SET_CUE, skipping
         the articles of parts 4, 5, 6t and 6m and the reports of 2016-07-26..28 (read by the
         coordinator for tuning, docs/TIME.md); 40 articles, then split once before annotation by
         their place in that order: even places the tuning half part8t, odd places the measuring
         half part8m (20 each). Written by branch time17 before any of its text was read.
  part9t, part9m: ../shared/corpora/polnear-train-dev/train/text, PART9_CUE (a set: "every/each"
         + a unit, "once/twice/N times a" unit, "on Mondays", a recurrence adverb before
         punctuation; or a time of day: a clock time, "noon", "midnight", "overnight", "early/late"
         + a weekday or "this"), skipping the articles of parts 4, 5, 6t, 6m, 8t, 8m and the
         reports of 2016-07-26..28; 40 articles, split once before annotation by place: even
         places part9t (tuning), odd places part9m (measuring). Written by branch time17 before
         any of its text was read.
Prints 'stem<TAB>start<TAB>end' (byte offsets of the paragraph in the raw UTF-8 file).
  python3 selection.py [part4]
"""
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.normpath(os.environ.get(
    'CROSSCHECK_SHARED_DIR', os.path.join(HERE, '..', '..', '..', '..', '..', 'shared'))), 'corpora', 'polnear-train-dev')
ROOT = os.path.join(CORPUS, 'dev', 'text')
LIMIT = 40
CUE = re.compile(r"(?<![\w.])(\d{1,2}(:\d\d)?\s?(a\.m\.|p\.m\.|am|pm)|o'clock|noon|midnight|tonight|overnight|"
                 r"mornings?|afternoons?|evenings?|nights?|nightly|every|daily|weekly|monthly|annually|hourly|"
                 r"minutes|hours|weeks)(?!\w)", re.I)
_UNIT = (r"(day|week|month|year|morning|night|evening|afternoon|hour|minute|monday|tuesday|wednesday|thursday|"
         r"friday|saturday|sunday|weekend|quarter|summer|winter|spring|fall|election|cycle|decade)s?")
SET_CUE = re.compile(r"(?<![\w.])((every|each|per)( other| few| single| \d+| two| three| four| five| ten)? " + _UNIT +
                     r"|(a|an|once a|twice a|times a) " + _UNIT + r"|daily|weekly|monthly|annually|yearly|nightly|"
                     r"hourly|biweekly|quarterly|weekdays|weekends|on (mondays|tuesdays|wednesdays|thursdays|fridays|"
                     r"saturdays|sundays))(?!\w)", re.I)
CLOCK_CUE = re.compile(r"(?<![\w.])(\d{1,2}(:\d\d)?\s?(a\.m\.|p\.m\.|am|pm)|o'clock|noon|midnight|tonight|"
                       r"(this|yesterday|tomorrow|last|sunday|monday|tuesday|wednesday|thursday|friday|saturday) "
                       r"(morning|afternoon|evening|night))(?!\w)", re.I)
PART6_CUE = re.compile('(?:%s)|(?:%s)' % (CLOCK_CUE.pattern, SET_CUE.pattern), re.I)
PART9_CUE = re.compile(r"(?<![\w.])((every|each) (other |single )?" + _UNIT + r"|(once|twice|times) (a|an|per|every) "
                       + _UNIT + r"|on (mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)|"
                       r"(daily|weekly|monthly|annually|yearly|nightly|hourly|quarterly)(?=[.,;])|"
                       r"\d{1,2}(:\d\d)?\s?(a\.m\.|p\.m\.|am|pm)|noon|midnight|overnight|"
                       r"(early|late) (this|monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?!\w)", re.I)
PARTS = {'part3': ('dev', CUE), 'part4': ('train', SET_CUE), 'part5': ('train', CLOCK_CUE),
         'part6t': ('train', PART6_CUE), 'part6m': ('train', PART6_CUE),
         'part8t': ('train', PART6_CUE), 'part8m': ('train', PART6_CUE),
         'part9t': ('train', PART9_CUE), 'part9m': ('train', PART9_CUE)}
PART6_LIMIT = 30
PART8_LIMIT = 40
READ_WEEK = ('2016-07-26', '2016-07-27', '2016-07-28')


def root(part='part3'):
    return os.path.join(CORPUS, PARTS[part][0], 'text')


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


def used_stems(parts):
    """Article stems annotated in the given parts (lines without '|' or '#')."""
    out = set()
    for p in parts:
        for line in open(os.path.join(HERE, '..', p, 'annotations.txt'), encoding='utf-8'):
            if line.strip() and not line.startswith('#') and '|' not in line:
                out.add(line.strip())
    return out


def select(part='part3'):
    folder, cue = root(part), PARTS[part][1]
    stems = sorted((f[:-4] for f in os.listdir(folder) if f.endswith('.txt')), key=lambda s: (fnv1a32(s), s))
    limit = LIMIT
    if part.startswith('part6'):
        skip = used_stems(['part4', 'part5'])
        stems = [s for s in stems if s not in skip]
        limit = PART6_LIMIT
    if part.startswith('part8') or part.startswith('part9'):
        skip = used_stems(['part4', 'part5', 'part6t', 'part6m'] +
                          (['part8t', 'part8m'] if part.startswith('part9') else []))
        stems = [s for s in stems if s not in skip and not any('_%s_' % d in s for d in READ_WEEK)]
        limit = PART8_LIMIT
    chosen = []
    for stem in stems:
        raw = open(os.path.join(folder, stem + '.txt'), 'rb').read()
        for a, b in paragraphs(raw):
            if cue.search(raw[a:b].decode('utf-8')):
                chosen.append((stem, a, b))
                break
        if len(chosen) == limit:
            break
    if part.startswith('part6'):
        chosen = chosen[0::2] if part == 'part6t' else chosen[1::2]
    if part.startswith('part8') or part.startswith('part9'):
        chosen = chosen[0::2] if part.endswith('t') else chosen[1::2]
    return chosen


if __name__ == '__main__':
    import sys
    for stem, a, b in select(sys.argv[1] if len(sys.argv) > 1 else 'part3'):
        print('%s\t%d\t%d' % (stem, a, b))
