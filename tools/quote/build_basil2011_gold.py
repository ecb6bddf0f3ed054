#!/usr/bin/env python3
"""Selects and splits the BASIL 2011 speaker gold (session 16, helper quote13)
and dumps its quote regions for hand annotation.

Rule, written before any article was read:
  * events: the triplet-uuids of BASIL's articles/2011 (no speaker gold and no
    quote rule had used a 2011 event), in byte order; the first FOUR of them.
  * split, by event so that one story's quotes never sit on both sides:
    event 1 of that order is the TUNING half, events 2 and 4 the MEASURING
    half (errors on it are never read; it is scored once, at the end); event
    3 is left out. (First written as 1+3 / 2+4; changed after counting the
    regions, before reading any text: 94 / 47 regions was lopsided and too
    many to annotate in one session; now 45 / 47.)
  * regions: in the text as LoadBasil renders it (src/fuse/basil_testdata.h:
    title line, then one line per paragraph, sentences joined by a space),
    every region between double quotation marks (curly “ ”, or straight "
    alternating within a line) that opens and closes on one line. Offsets are
    bytes of the opening mark and just past the closing mark.
  * left out when annotating: titles of shows, books and bills, labels and
    words cited as words (no one is said to speak them).

Usage: build_basil2011_gold.py SHARED_DIR [--dump]
  without --dump: prints the selection and the split with region counts;
  with --dump: prints each region with its line as context (to /tmp, for the
  annotator; no corpus text goes into the project).
"""
import os
import sys

from basil_regions import print_article


def main():
    shared = sys.argv[1]
    dump = "--dump" in sys.argv
    root = os.path.join(shared, "corpora", "basil", "articles", "2011")
    files = sorted(f for f in os.listdir(root) if f.endswith(".json"))
    events = sorted({f.rsplit("_", 1)[0] for f in files})[:4]
    for k, ev in enumerate(events):
        half = {0: "tuning", 1: "measuring", 3: "measuring"}.get(k)
        if half is None:
            continue
        for f in sorted(f for f in files if f.startswith(ev)):
            print_article(root, "2011", f, half, dump, "")


if __name__ == "__main__":
    main()
