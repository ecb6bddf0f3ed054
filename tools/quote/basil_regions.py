"""Shared by the BASIL speaker-gold selection scripts (build_basil20*_gold.py).

render(j): an article's text as LoadBasil renders it (src/fuse/basil_testdata.h:
  title line, then one line per paragraph, sentences joined by a space).
regions(text_bytes): every region between double quotation marks (curly, or
  straight " alternating within a line) that opens and closes on one line, as
  byte offsets of the opening mark and just past the closing mark.
print_article(...): the selection line of one article (`tag` before its id) and, with dump, each
  region with its line as context (for the annotator; printed, never stored).
"""
import json
import os


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
    lq, rq = "\u201c".encode(), "\u201d".encode()
    for line in text_bytes.split(b"\n"):
        i, n = 0, len(line)
        straight_open = None
        curly_open = None
        while i < n:
            if line.startswith(lq, i):
                curly_open = i
                i += 3
                continue
            if line.startswith(rq, i):
                if curly_open is not None:
                    out.append((pos + curly_open, pos + i + 3))
                    curly_open = None
                i += 3
                continue
            if line[i:i + 1] == b'"':
                if straight_open is None:
                    straight_open = i
                else:
                    out.append((pos + straight_open, pos + i + 1))
                    straight_open = None
            i += 1
        pos += n + 1
    return sorted(out)


def print_article(root, year, f, half, dump, tag=""):
    with open(os.path.join(root, f), encoding="utf-8") as fh:
        j = json.load(fh)
    text = render(j).encode("utf-8")
    regs = regions(text)
    doc = f"{year}/" + f[:-5]
    print(f"# {half} {tag}{doc} {j.get('source','')} regions={len(regs)}")
    if dump:
        for s, e in regs:
            ls = text.rfind(b"\n", 0, s) + 1
            le = text.find(b"\n", e)
            print(f"{doc}\t{s}\t{e}\t{text[s:e].decode()}")
            print("   CTX: " + text[max(ls, s - 400):min(le, e + 200)].decode(errors='replace'))
