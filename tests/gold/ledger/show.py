#!/usr/bin/env python3
"""Prints the documents of one gold event for hand annotation.

    python3 tests/gold/ledger/show.py basil TRIPLET_UUID_PREFIX [--all]
    python3 tests/gold/ledger/show.py ecbplus 18ecbplus [--docs 5] [--all]

Every sentence that holds a number word is printed with its locator (BASIL:
paragraph.sentence; ECB+: sentence number) and each candidate figure marked
as [[words]]@offset (BASIL: byte offset in the sentence; ECB+: t_id of the
first token). The candidates come from a plain regular expression, not from
crosscheck: the annotator reads the text and decides. --all prints every
sentence. Reads ../shared/corpora (research-use texts stay there).
"""
import glob, json, os, re, sys

SHARED = os.environ.get("CROSSCHECK_SHARED_DIR",
                        os.path.join(os.path.dirname(__file__), "../../../../shared"))
NUM = re.compile(r"(\$|€|£)?\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                 r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
                 r"sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozens?|"
                 r"hundreds|thousands|millions|billions|half|percent|score)\b", re.I)


def basil(prefix, show_all):
    files = sorted(glob.glob(os.path.join(SHARED, "corpora/basil/articles/*/%s*.json" % prefix)))
    for d, f in enumerate(files):
        j = json.load(open(f))
        print("=" * 100)
        print("doc %d: %s  %s  %s" % (d, os.path.relpath(f, os.path.join(SHARED, "corpora/basil")),
                                     j["source"], j["date"]))
        lines = [("t", j["title"])]
        for p, para in enumerate(j["body-paragraphs"]):
            for s, sent in enumerate(para):
                lines.append(("%d.%d" % (p, s), sent))
        for loc, sent in lines:
            hits = list(NUM.finditer(sent))
            if not hits and not show_all and loc != "t":
                continue
            out, last = "", 0
            for m in hits:
                at = len(sent[:m.start()].encode())
                out += sent[last:m.start()] + "[[" + m.group(0) + "]]@%d" % at
                last = m.end()
            out += sent[last:]
            print("  %s: %s" % (loc, out))


def ecb(sub, ndocs, show_all):
    topic = re.match(r"\d+", sub).group(0)
    plus = sub.endswith("ecbplus")
    files = glob.glob(os.path.join(SHARED, "corpora/ecbplus/ECB+/%s/*.xml" % topic))
    files = [f for f in files if f.endswith("ecbplus.xml") == plus]
    files.sort(key=lambda f: int(re.search(r"_(\d+)", os.path.basename(f)).group(1)))
    for d, f in enumerate(files[:ndocs]):
        x = open(f).read()
        toks = re.findall(r'<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)</token>', x)
        print("=" * 100)
        print("doc %d: %s/%s" % (d, topic, os.path.basename(f)))
        sents = {}
        for t, s, w in toks:
            sents.setdefault(int(s), []).append((int(t), w))
        for s in sorted(sents):
            if plus and s == 0:
                continue
            words = []
            hit = False
            for t, w in sents[s]:
                if NUM.fullmatch(w) or NUM.fullmatch(w.lstrip("$")):
                    words.append("[[%s]]@%d" % (w, t))
                    hit = True
                else:
                    words.append(w)
            if hit or show_all:
                print("  %d: %s" % (s, " ".join(words)))


if __name__ == "__main__":
    corpus, which = sys.argv[1], sys.argv[2]
    show_all = "--all" in sys.argv
    if corpus == "basil":
        basil(which, show_all)
    else:
        n = int(sys.argv[sys.argv.index("--docs") + 1]) if "--docs" in sys.argv else 5
        ecb(which, n, show_all)
