#!/usr/bin/env python3
"""Selects and splits the BASIL 2016 speaker gold (session 17, helper quote22)
and dumps its quote regions for hand annotation.

Rule, written before any article was read (only the events' ids and dates
were listed):
  * events: the triplet-uuids of BASIL's articles/2016 whose date (the
    earliest date of its three articles) is 2016-07-01 or later: the months
    around PolNeAR dev's (September-October 2016). No speaker gold and no
    quote rule had used a 2016 event (the ledger and time golds use some;
    they hold no speakers).
  * split, by event so that one story's quotes never sit on both sides:
    the events ordered by that date (ties: uuid byte order) alternate,
    1st, 3rd, 5th the TUNING half, 2nd, 4th, 6th the MEASURING half (errors
    on it are never read; it is scored once fresh and once at the end).
  * regions: in the text as LoadBasil renders it (src/fuse/basil_testdata.h:
    title line, then one line per paragraph, sentences joined by a space),
    every region between double quotation marks (curly, or straight "
    alternating within a line) that opens and closes on one line. Offsets are
    bytes of the opening mark and just past the closing mark.
  * left out when annotating: titles of shows, books and bills, labels and
    words cited as words (no one is said to speak them).

Usage: build_basil2016_gold.py SHARED_DIR [--dump]
  without --dump: prints the selection and the split with region counts;
  with --dump: prints each region with its line as context (to /tmp, for the
  annotator; no corpus text goes into the project).
"""
import json
import os
import sys

from basil_regions import print_article


def main():
    shared = sys.argv[1]
    dump = "--dump" in sys.argv
    root = os.path.join(shared, "corpora", "basil", "articles", "2016")
    files = sorted(f for f in os.listdir(root) if f.endswith(".json"))
    dates = {}
    for f in files:
        with open(os.path.join(root, f), encoding="utf-8") as fh:
            j = json.load(fh)
        ev = f.rsplit("_", 1)[0]
        d = j.get("date", "")
        dates[ev] = min(dates.get(ev, d), d)
    events = sorted((d, ev) for ev, d in dates.items() if d >= "2016-07-01")
    for k, (date, ev) in enumerate(events):
        half = "tuning" if k % 2 == 0 else "measuring"
        for f in sorted(f for f in files if f.startswith(ev)):
            print_article(root, "2016", f, half, dump, f"{date} ")


if __name__ == "__main__":
    main()
