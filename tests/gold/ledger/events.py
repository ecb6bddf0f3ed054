#!/usr/bin/env python3
"""Prints the events of the ledger gold and their split (fixed once, before
annotation; docs/LEDGER.md). BASIL: the 22 events whose median article holds
the most number words (regular expression below; ties by triplet uuid),
sorted by uuid, alternately tune / measure. ECB+: the sub-topics of six
topics about incidents with figures (8 bank bombs, 18 office shootings,
20 Iran earthquakes, 24 Paris jewel heists, 37 Indonesian earthquakes,
41 bombings of shelters), alternately tune / measure within each topic, the
first five documents of each by file number."""
import collections, glob, json, os, re

SHARED = os.environ.get("CROSSCHECK_SHARED_DIR", os.path.join(os.path.dirname(__file__), "../../../../shared"))
NW = re.compile(r"\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
                r"hundreds?|thousands?|millions?|billions?|percent)\b", re.I)


def basil_events():
    ev = collections.defaultdict(list)
    for f in sorted(glob.glob(os.path.join(SHARED, "corpora/basil/articles/*/*.json"))):
        j = json.load(open(f))
        text = " ".join(" ".join(p) for p in j["body-paragraphs"])
        ev[j["triplet-uuid"]].append(len(NW.findall(text)))
    ranked = sorted(ev, key=lambda u: (-sorted(ev[u])[1], u))[:22]
    return [(u, "tune" if i % 2 == 0 else "measure") for i, u in enumerate(sorted(ranked))]


ECB = [("8ecb", "tune"), ("8ecbplus", "measure"), ("18ecb", "measure"), ("18ecbplus", "tune"),
       ("20ecb", "tune"), ("20ecbplus", "measure"), ("24ecb", "measure"), ("24ecbplus", "tune"),
       ("37ecb", "tune"), ("37ecbplus", "measure"), ("41ecb", "measure"), ("41ecbplus", "tune")]

if __name__ == "__main__":
    for u, split in basil_events():
        print("basil", u, split)
    for s, split in ECB:
        print("ecbplus", s, split)
