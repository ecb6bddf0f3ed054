#!/usr/bin/env python3
"""Prints the events of the ledger gold and their split (fixed once, before
annotation; docs/LEDGER.md). BASIL: the 22 events whose median article holds
the most number words (regular expression below; ties by triplet uuid),
sorted by uuid, alternately tune / measure. ECB+: the sub-topics of six
topics about incidents with figures (8 bank bombs, 18 office shootings,
20 Iran earthquakes, 24 Paris jewel heists, 37 Indonesian earthquakes,
41 bombings of shelters), alternately tune / measure within each topic, the
first five documents of each by file number.

The second tuning part, tuning2 (added in session 11, fixed before its
annotation; docs/LEDGER.md "A second tuning part"): the BASIL events ranked
23rd to 26th by the same ranking (the four after the 22 above), and both
sub-topics of the ECB+ incident topics not above (3 prison escape, 12
piracy, 13 church arson, 14 store fire, 16 gang murder, 19 police shooting
and riots, 21 hit-and-run, 22 workplace shooting, 23 climber's death, 30
cable cut, 32 double murder, 33 stray-bullet shooting, 38 earthquake) ranked
by the smaller of their two sub-topics' median number words over the first
five documents (ties by topic number), taken in that order as far as the
annotator got: 12 (15), then 3 (14), 33 (12), 32 (11) ... Topics 12, 3 and
33 were annotated."""
import collections, glob, json, os, re

SHARED = os.environ.get("CROSSCHECK_SHARED_DIR", os.path.join(os.path.dirname(__file__), "../../../../shared"))
NW = re.compile(r"\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
                r"hundreds?|thousands?|millions?|billions?|percent)\b", re.I)


def basil_ranked():
    ev = collections.defaultdict(list)
    for f in sorted(glob.glob(os.path.join(SHARED, "corpora/basil/articles/*/*.json"))):
        j = json.load(open(f))
        text = " ".join(" ".join(p) for p in j["body-paragraphs"])
        ev[j["triplet-uuid"]].append(len(NW.findall(text)))
    return sorted(ev, key=lambda u: (-sorted(ev[u])[1], u))


def basil_events():
    ranked = basil_ranked()[:22]
    return [(u, "tune" if i % 2 == 0 else "measure") for i, u in enumerate(sorted(ranked))]


ECB = [("8ecb", "tune"), ("8ecbplus", "measure"), ("18ecb", "measure"), ("18ecbplus", "tune"),
       ("20ecb", "tune"), ("20ecbplus", "measure"), ("24ecb", "measure"), ("24ecbplus", "tune"),
       ("37ecb", "tune"), ("37ecbplus", "measure"), ("41ecb", "measure"), ("41ecbplus", "tune")]

BASIL_TUNING2 = 4   # ranks 23..26
ECB_TUNING2 = ["12ecb", "12ecbplus", "3ecb", "3ecbplus", "33ecb", "33ecbplus"]


def tuning2_events():
    return ([("basil", u, "tune2") for u in sorted(basil_ranked()[22:22 + BASIL_TUNING2])] +
            [("ecbplus", s, "tune2") for s in ECB_TUNING2])


if __name__ == "__main__":
    for u, split in basil_events():
        print("basil", u, split)
    for s, split in ECB:
        print("ecbplus", s, split)
    for c, i, split in tuning2_events():
        print(c, i, split)
