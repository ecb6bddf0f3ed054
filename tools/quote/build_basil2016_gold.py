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

def render(j):
    text = j.get("title", "") + "\n"
    for para in j.get("body-paragraphs", []) or []:
        if isinstance(para, list):
            line = " ".join(s for s in para if isinstance(s, str))
        elif isinstance(para, str):
            line = para
        else:
            line = ""
        if line:
            text += line + "\n"
    return text

def regions(text_bytes):
    out = []
    pos = 0
    for line in text_bytes.split(b"\n"):
        i, n = 0, len(line)
        straight_open = None
        curly_open = None
        while i < n:
            if line.startswith("\u201c".encode(), i):
                curly_open = i
                i += 3
                continue
            if line.startswith("\u201d".encode(), i):
                if curly_open is not None:
                    out.append((pos + curly_open, pos + i + 3))
                    curly_open = None
                i += 3
                continue
            if line[i:i+1] == b'"':
                if straight_open is None:
                    straight_open = i
                else:
                    out.append((pos + straight_open, pos + i + 1))
                    straight_open = None
            i += 1
        pos += n + 1
    return sorted(out)

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
            with open(os.path.join(root, f), encoding="utf-8") as fh:
                j = json.load(fh)
            text = render(j).encode("utf-8")
            regs = regions(text)
            doc = "2016/" + f[:-5]
            print(f"# {half} {date} {doc} {j.get('source','')} regions={len(regs)}")
            if dump:
                for s, e in regs:
                    ls = text.rfind(b"\n", 0, s) + 1
                    le = text.find(b"\n", e)
                    print(f"{doc}\t{s}\t{e}\t{text[s:e].decode()}")
                    print("   CTX: " + text[max(ls, s - 400):min(le, e + 200)].decode(errors='replace'))
if __name__ == "__main__":
    main()
