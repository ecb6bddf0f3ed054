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
33 were annotated.

The third tuning part, tuning3 (added in session 17, ledger7; the rule fixed
here before the ranking was printed or any text read): BASIL events of
2016, 2017 and 2018 (the 2010-2015 and 2019 events not in this gold had
their ledgers printed and read in session 12) that are in no gold of the
project (this one, the time gold, the quote golds: any triplet uuid named
under tests/, src/, docs/, bench/, tools/ or data/ at ledger7's start,
listed in USED_ELSEWHERE), ranked by the same number-word ranking; sorted
by uuid. Only four such events exist, so the part is filled to TUNING3 with
the events of those years whose only use is the time gold (TIME_GOLD_ONLY:
their texts were read for time expressions, never for figures, and no
ledger of them was printed; the four the brief names as read, 7a97de89
8385a996 59f2f47c 76810849, stay out), by the same ranking. Annotated from
show.py's print before any crosscheck output on them was run or looked at.
Those six BASIL events are political stories with few figures, so the part
adds the next ECB+ incident topic of tuning2's ranking (12, 3, 33, 32, 19,
38, 13, ...) whose analyze output no session read (session 14's coordinator
read 3, 14, 19, 21, 22, 25, 30 and 32): topic 38, both sub-topics, first
five files each (ECB_TUNING3)."""
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


TUNING3 = 6
# Every BASIL 2016-2018 triplet uuid prefix named in the project at ledger7's
# start (grep -rhoE "(2016|2017|2018)/[0-9a-f]{8}" tests src docs bench tools data).
USED_ELSEWHERE = """1b96a5db 472158a1 59f2f47c 76810849 79bf99c6 7a97de89 8385a996 8abec8d9
d4a4bc34 eadabee7 0c78e748 47a209b0 542cd22c 58f414e5 72fa9b13 84b3c118 be026bd1 d16050b3
dd1e6e3b df6a55fb 01c59743 1ed4f378 1f99798f 2a3fde8a eb17fa36 f688c56d""".split()


ECB_TUNING3 = ["38ecb", "38ecbplus"]
TIME_GOLD_ONLY = "8abec8d9 eadabee7 d16050b3 dd1e6e3b".split()


def tuning3_events():
    years = {}
    for f in glob.glob(os.path.join(SHARED, "corpora/basil/articles/*/*.json")):
        years[os.path.basename(f)[:36]] = os.path.basename(os.path.dirname(f))
    ranked = [u for u in basil_ranked() if years[u] in ("2016", "2017", "2018")]
    fresh = [u for u in ranked if u[:8] not in USED_ELSEWHERE]
    time_only = [u for u in ranked if u[:8] in TIME_GOLD_ONLY]
    return ([("basil", u, "tune3") for u in sorted((fresh + time_only)[:TUNING3])] +
            [("ecbplus", s, "tune3") for s in ECB_TUNING3])


def tuning2_events():
    return ([("basil", u, "tune2") for u in sorted(basil_ranked()[22:22 + BASIL_TUNING2])] +
            [("ecbplus", s, "tune2") for s in ECB_TUNING2])


if __name__ == "__main__":
    for u, split in basil_events():
        print("basil", u, split)
    for s, split in ECB:
        print("ecbplus", s, split)
    for c, i, split in tuning2_events() + tuning3_events():
        print(c, i, split)
