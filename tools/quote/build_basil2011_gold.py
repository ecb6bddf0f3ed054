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
    root = os.path.join(shared, "corpora", "basil", "articles", "2011")
    files = sorted(f for f in os.listdir(root) if f.endswith(".json"))
    events = sorted({f.rsplit("_", 1)[0] for f in files})[:4]
    for k, ev in enumerate(events):
        half = {0: "tuning", 1: "measuring", 3: "measuring"}.get(k)
        if half is None:
            continue
        for f in sorted(f for f in files if f.startswith(ev)):
            with open(os.path.join(root, f), encoding="utf-8") as fh:
                j = json.load(fh)
            text = render(j).encode("utf-8")
            regs = regions(text)
            doc = "2011/" + f[:-5]
            print(f"# {half} {doc} {j.get('source','')} regions={len(regs)}")
            if dump:
                for s, e in regs:
                    ls = text.rfind(b"\n", 0, s) + 1
                    le = text.find(b"\n", e)
                    print(f"{doc}\t{s}\t{e}\t{text[s:e].decode()}")
                    print("   CTX: " + text[max(ls, s - 400):min(le, e + 200)].decode(errors='replace'))
if __name__ == "__main__":
    main()
