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
five files each (ECB_TUNING3).

The fourth tuning part, tuning4 (added in session 18, ledger8; this rule was
written here before any ranking was printed or any text read). Two sources,
both in no gold of the project:
- ECB+: the topics of the standard tuning split (1-35; topics 36-45 are the
  stories' measuring side) that are in no gold and whose analyze output no
  session read (read: 3, 9, 13, 14, 16, 19, 21-23, 25-28, 30-32, 34; in the
  golds: 3, 8, 12, 18, 20, 24, 33, 37, 38, 41), that is 1, 2, 4, 5, 6, 7, 10,
  11, 29 and 35, ranked as tuning2's topics were (the smaller of the two
  sub-topics' median number words over their first five files; ties by topic
  number); the first ECB_TUNING4_TOPICS topics, both sub-topics, first five
  files each.
- BASIL: the events whose triplet uuid prefix is named nowhere under tests/,
  src/, docs/, bench/, tools/ or data/ at ledger8's start (BASIL_FRESH4:
  every prefix for which grep -rqs PREFIX over those folders finds
  nothing; the events the brief names as read are all named there), by the
  number-word ranking above; the first BASIL_TUNING4. Caveat: the 2010-2015 and 2019 ones among them had their
  ledgers printed in session 12 (no uuid was written down then), so the
  BASIL events are less fresh than the ECB+ topics.
Annotated from show.py's print before any crosscheck output on them was run
or looked at.

The fifth tuning part, tuning5 (added in session 19, ledger9; this rule was
written here before any ranking was printed or any text read): BASIL only.
The BASIL_FRESH4 events that are still named nowhere under tests/, src/,
docs/, bench/, tools/ or data/ at ledger9's start (outside this file): that
is BASIL_FRESH4 less tuning4's three and less 11c9f251 (a quote gold of
session 18 names it), by the number-word ranking above; the first
BASIL_TUNING5. The same caveat as tuning4: the 2010-2015 and 2019 ones among
them had their ledgers printed in session 12. Annotated from show.py's print
before any crosscheck output on them was run or looked at.

The sixth part, tuning6 (added in session 22 by the coordinator; this rule
was written here before any ranking was printed or any text read): ECB+
only, the two topics that follow tuning4's in tuning4's ranking of
ECB_TUNING4_CANDIDATES (no session has read their analyze output or their
figures; topics 1 and 2 were read for quote speakers only, and topics 5-20
had one file each read for quote speakers), both sub-topics, first five
files each. Annotated from show.py's print before any crosscheck output on
them was run or looked at. It was first scored once, as a fresh estimate,
on main before that session's ledger branch was merged, and once after the
merge (the branch never saw it); from then on it is a tuning part.
The seventh part, tuning7 (added in session 25, ledger14; this rule was
written here before any ranking was printed or any text read): BASIL only,
political news of the kinds where users meet the most figures (polls, votes,
delegates, money raised, budgets). At ledger14's start every BASIL prefix
is named somewhere in the project, so freshness is by use: candidates are
the events held by no part of this gold (no split above), in order of
preference (FRESH7A) those named nowhere under tests/, src/, docs/, bench/,
tools/ or data/ except in this file's candidate lists (BASIL_FRESH4's
unused remainder), then (FRESH7B) those named only in the number layer's
figure table (src/recognize/number/testdata/news_figures.tsv: some of
their sentences were read for number spans, never for measures or
ledgers). Of these, the events whose event label or one of whose three
titles (the corpus's "main-event" and "title" fields, not the body) holds a
word of POLITICAL7 (poll, vote, voter, delegate, primary, caucus,
election, nomination, campaign, budget, tax, fundraising, donor, raised,
spending, deficit, Senate, House, Congress; whole words, any case, plural
or not), each group ranked by the number-word ranking above; the first
TUNING7, FRESH7A's first. Annotated from show.py's print before any
crosscheck output on them was run or looked at.
Addendum, written after reading those five prints and before any ranking of
FRESH7B was printed: the five are all FRESH7A events (BASIL_FRESH4's
leftovers, the low end of the number-word ranking) and hold four
cross-document same-measure pairs between them, too few to tune on; the
part takes, in addition, the first TUNING7B political events of FRESH7B by
the same ranking (so the part is the first TUNING7 of FRESH7A + FRESH7B and
the first TUNING7B of FRESH7B not already in it).
The eighth part, tuning8 (added in session 31, ledger21; this rule was
written here before the chosen texts were printed or read, after a ranking of
the unheld BASIL events was printed with their titles): BASIL: the events
held by no part of this gold (no split above), by the number-word ranking,
whose texts are quoted nowhere in the project (no run of five words of their
bodies, 25 characters or more, occurs in docs/*.md, src/**/*.cc or
src/**/*.tsv: 2058ec60, 68748e7f, a4f1d515, ed8c136f, 542cd22c are quoted as
examples or in the number layer's figure table), the first BASIL_TUNING8;
ECB+: the next topic of tuning2's ranking (12, 3, 33, 32, 19, 38, 13, ...)
held by no gold, topic 32 (a double murder), both sub-topics, first five
files each (caveat: session 14's coordinator read its analyze output).
Annotated from show.py's print before any crosscheck output on them was run
or looked at.
The ninth part, tuning9 (added in session 32, ledger29; this rule was written
here before any ranking was printed or any text read): a domain other than
the sport, awards and election coverage of tune6-tune8 — incidents and
business. ECB+: the next topic of tuning2's ranking (12, 3, 33, 32, 19, 38,
13, ...) held by no gold, topic 19 (a police shooting and the riots after
it), both sub-topics, first five files each (caveat: session 14's
coordinator read its analyze output, and ledger28 read its flagged entries
through a throw-away harness; no rule was written on its figures). BASIL:
the events held by no part of this gold, by the number-word ranking, whose
bodies are quoted nowhere in the project (tuning8's test) and whose
"main-event" label or one of whose three titles holds a word of INCIDENT9
(killings, shootings, attacks, disasters, crimes, courts, companies,
markets, jobs; whole words, any case), the first BASIL_TUNING9; if fewer
match, the rest by the ranking alone. Annotated from show.py's print
before any crosscheck output on them was run or looked at.
The tenth part, tuning10 (added in the seventh session of 2026-12-07,
ledger31; this rule was written here before any ranking was printed or any
text read): the freshest sources left, any domain. ECB+: the first topic that
follows tune6's two in tuning4's ranking of ECB_TUNING4_CANDIDATES (the
standard split's tuning topics 1-35 whose analyze output no session read;
topics 36-45 are the stories' measuring side and stay out), both
sub-topics, first five files each. BASIL: the events held by no part of this
gold (no split above, tune2..tune9), by the number-word ranking, whose bodies
are quoted nowhere in the project (tuning8's test), the first
BASIL_TUNING10, no domain filter (caveat: ledger30 ran a throw-away ledger
over every unheld BASIL event and read five one-figure entries; no figure
of them was annotated or tuned on). Annotated from show.py's print before
any crosscheck output on them was run or looked at.
Addendum, written after the rule's first run printed three uuids (no title,
no text read): two of them are in other golds' measuring parts (472158a1 in
the BASIL 2016 quote speakers' measuring half, c99adbdd odd and so in the
time_basil measuring part). A measuring document is never taken: the rule
also skips the events named in a measuring file of tests/gold
(MEASURING_ELSEWHERE: any file whose name holds "measuring", and the odd
prefixes of tests/gold/time_basil), and takes the next by the ranking.
Second line of the addendum, written after the second run printed three
uuids and before any text was read: tests/gold/time/part2 has a measuring
half too (FNV-1a 32 of the event id odd); its events are skipped as well."""
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


ECB_TUNING4_TOPICS = 2
ECB_TUNING4_CANDIDATES = [1, 2, 4, 5, 6, 7, 10, 11, 29, 35]
BASIL_TUNING4 = 3
BASIL_FRESH4 = """08bb9bee 0ffb34cd 11c9f251 1bb79cc1 22b6e900 29ffd053 38f7cbb7 3db93526
450755dd 526cabb7 550b80db 65cb14cb 6f95dcb9 70c744ad 8dc7ccfe 97566c74 97b1305c a28a0329
c21cb217 cad4bba5 d1344998 df5fe55a""".split()


def ecb_subtopic_median(sub, ndocs=5):
    topic = re.match(r"\d+", sub).group(0)
    plus = sub.endswith("ecbplus")
    files = [f for f in glob.glob(os.path.join(SHARED, "corpora/ecbplus/ECB+/%s/*.xml" % topic))
             if f.endswith("ecbplus.xml") == plus]
    files.sort(key=lambda f: int(re.search(r"_(\d+)", os.path.basename(f)).group(1)))
    counts = []
    for f in files[:ndocs]:
        words = re.findall(r'<token t_id="\d+" sentence="\d+"[^>]*>([^<]*)</token>', open(f).read())
        counts.append(len(NW.findall(" ".join(words))))
    counts.sort()
    return counts[len(counts) // 2] if counts else 0


def ecb_tuning4_ranking():
    """tuning4's ranking of ECB_TUNING4_CANDIDATES: the smaller of a topic's two
    sub-topics' median number words, high first; ties by topic number."""
    return sorted(ECB_TUNING4_CANDIDATES,
                  key=lambda t: (-min(ecb_subtopic_median("%decb" % t), ecb_subtopic_median("%decbplus" % t)), t))


def tuning4_events():
    topics = ecb_tuning4_ranking()
    ranked = [u for u in basil_ranked() if u[:8] in BASIL_FRESH4]
    return ([("basil", u, "tune4") for u in sorted(ranked[:BASIL_TUNING4])] +
            [("ecbplus", "%d%s" % (t, s), "tune4") for t in topics[:ECB_TUNING4_TOPICS] for s in ("ecb", "ecbplus")])


BASIL_TUNING5 = 8
NAMED_SINCE4 = ["11c9f251"]


def tuning5_events():
    tune4 = {u for _, u, _ in tuning4_events() if len(u) == 36}
    ranked = [u for u in basil_ranked()
              if u[:8] in BASIL_FRESH4 and u not in tune4 and u[:8] not in NAMED_SINCE4]
    return [("basil", u, "tune5") for u in sorted(ranked[:BASIL_TUNING5])]


ECB_TUNING6_TOPICS = 2


def tuning6_events():
    chosen = ecb_tuning4_ranking()[ECB_TUNING4_TOPICS:ECB_TUNING4_TOPICS + ECB_TUNING6_TOPICS]
    return [("ecbplus", "%d%s" % (t, s), "tune6") for t in chosen for s in ("ecb", "ecbplus")]


TUNING7 = 5
TUNING7B = 2
POLITICAL7 = re.compile(r"\b(polls?|polling|votes?|voters?|voting|delegates?|primary|primaries|caucus(es)?|"
                        r"elections?|nominations?|nominee|campaigns?|budgets?|tax(es)?|fundraising|donors?|"
                        r"raised|spending|deficits?|senate|house|congress)\b", re.I)
# Computed by grep at ledger14's start (see the docstring), prefixes sorted.
FRESH7A = """08bb9bee 22b6e900 29ffd053 3db93526 550b80db 65cb14cb 70c744ad 8dc7ccfe 97566c74
97b1305c""".split()
FRESH7B = """2058ec60 2153fb3e 2b95d2cf 33521e65 45bd61bc 4f473faf 58ed2376 6b541575 74708dbf
7f9c83f7 84678e18 8dac6c12 96b7046f a4edca3f ae243a95 b4dbeda7 b7021938 b764f81f
c99adbdd c9e4d35f ccf19ab6 d3a1ce0a ed8c136f ee05c9b3""".split()


def basil_political(u):
    for f in glob.glob(os.path.join(SHARED, "corpora/basil/articles/*/%s_*.json" % u)):
        j = json.load(open(f))
        if POLITICAL7.search(j.get("main-event", "") or "") or POLITICAL7.search(j.get("title", "") or ""):
            return True
    return False


def tuning7_events():
    held = {u for _, u, _ in tuning2_events() + tuning3_events() + tuning4_events() + tuning5_events()}
    held |= {u for u, _ in basil_events()}
    ranked = basil_ranked()
    a = [u for u in ranked if u[:8] in FRESH7A and u not in held and basil_political(u)]
    b = [u for u in ranked if u[:8] in FRESH7B and u not in held and basil_political(u)]
    first = (a + b)[:TUNING7]
    more = [u for u in b if u not in first][:TUNING7B]
    return [("basil", u, "tune7") for u in sorted(first + more)]


BASIL_TUNING8 = 3
ECB_TUNING8 = ["32ecb", "32ecbplus"]


def quoted_in_project(u, root=os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../..")):
    """True when a run of five words of the event's bodies occurs in the docs or sources."""
    text = ""
    for pat in ("docs/*.md", "src/**/*.cc", "src/**/*.tsv"):
        for f in glob.glob(os.path.join(root, pat), recursive=True):
            text += open(f, errors="ignore").read()
    text = re.sub(r"\s+", " ", text)
    for f in glob.glob(os.path.join(SHARED, "corpora/basil/articles/*/%s_*.json" % u)):
        for para in json.load(open(f))["body-paragraphs"]:
            for sent in para:
                w = sent.split()
                for k in range(0, max(1, len(w) - 5), 3):
                    phrase = " ".join(w[k:k + 5])
                    if len(phrase) > 25 and phrase in text:
                        return True
    return False


# tune8's BASIL events as tuning8_selection() chose them when the part was
# annotated (session 31). Frozen: the rule reads the project's own docs and
# sources, which now quote these events (docs/LEDGER.md describes tune8's
# rules with their sentences), so run again it would choose others.
TUNING8_BASIL = ["72fa9b13-4e59-4716-8df9-4c3580e7dddf", "84b3c118-50d2-45a5-a91f-7ed95b5d0143",
                 "a4edca3f-931f-4785-8c3f-f3d8fa84cbec"]


def tuning8_selection():
    """The selection rule, as run once: the best-ranked BASIL events held by no part and quoted nowhere."""
    held = {u for _, u, _ in tuning2_events() + tuning3_events() + tuning4_events() + tuning5_events() +
            tuning6_events() + tuning7_events()}
    held |= {u for u, _ in basil_events()}
    chosen = []
    for u in basil_ranked():
        if len(chosen) == BASIL_TUNING8:
            break
        if u not in held and not quoted_in_project(u):
            chosen.append(u)
    return sorted(chosen)


def tuning8_events():
    return [("basil", u, "tune8") for u in TUNING8_BASIL] + [("ecbplus", s, "tune8") for s in ECB_TUNING8]


BASIL_TUNING9 = 3
ECB_TUNING9 = ["19ecb", "19ecbplus"]
INCIDENT9 = re.compile(r"\b(kill(s|ed|ing)?|dead|deaths?|died|dies|shoot(ing|ings)?|shot|gunman|gunmen|"
                       r"attacks?|bomb(s|ing|ings)?|blasts?|crash(es)?|fires?|floods?|flooding|storms?|"
                       r"hurricanes?|tornado(es)?|earthquakes?|quakes?|disasters?|explosions?|spills?|"
                       r"arrest(s|ed)?|police|murders?|crimes?|charged|sentenced|trials?|courts?|"
                       r"compan(y|ies)|banks?|jobs|unemployment|economy|markets?|stocks?|mergers?|"
                       r"layoffs|oil|breach|hack(ed|ers?)?|billion)\b", re.I)
# tune9's BASIL events as tuning9_selection() chose them (frozen, as tune8's:
# run again once the docs quote them, the rule would choose others).
TUNING9_BASIL = ["2153fb3e-6b09-410c-bfea-d095c49a54ba", "6b541575-99b1-40d2-8730-9bb868ee38ed",
                 "76810849-0335-4ad3-9eaf-f0d9c5baceb6"]


def basil_incident(u):
    for f in glob.glob(os.path.join(SHARED, "corpora/basil/articles/*/%s_*.json" % u)):
        j = json.load(open(f))
        if INCIDENT9.search(j.get("main-event", "") or "") or INCIDENT9.search(j.get("title", "") or ""):
            return True
    return False


def tuning9_selection():
    """The selection rule, as run once: the best-ranked incident or business
    BASIL events held by no part and quoted nowhere (then any, to fill)."""
    held = {u for _, u, _ in tuning2_events() + tuning3_events() + tuning4_events() + tuning5_events() +
            tuning6_events() + tuning7_events() + tuning8_events()}
    held |= {u for u, _ in basil_events()}
    fresh = [u for u in basil_ranked() if u not in held]
    chosen = []
    for want_incident in (True, False):
        for u in fresh:
            if len(chosen) == BASIL_TUNING9:
                break
            if u in chosen or (want_incident and not basil_incident(u)):
                continue
            if not quoted_in_project(u):
                chosen.append(u)
    return sorted(chosen)


def tuning9_events():
    return [("basil", u, "tune9") for u in TUNING9_BASIL] + [("ecbplus", s, "tune9") for s in ECB_TUNING9]


BASIL_TUNING10 = 3
ECB_TUNING10_TOPICS = 1


def measuring_elsewhere(u, gold=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")):
    """True when another gold holds the event in its measuring part."""
    for f in glob.glob(os.path.join(gold, "*measuring*")):
        if u[:8] in open(f).read():
            return True
    tb = open(os.path.join(gold, "time_basil/gold.tsv")).read()
    if u[:8] in tb and int(u[:8], 16) % 2 == 1:
        return True
    h = 0x811c9dc5
    for c in u.encode():
        h = ((h ^ c) * 0x01000193) & 0xffffffff
    return u[:8] in open(os.path.join(gold, "time/part2/gold.tsv")).read() and h % 2 == 1


def tuning10_selection():
    """The selection rule, as run once: tune10's ECB+ sub-topics and its
    best-ranked BASIL events held by no part and quoted nowhere."""
    topics = ecb_tuning4_ranking()[2 * ECB_TUNING4_TOPICS:2 * ECB_TUNING4_TOPICS + ECB_TUNING10_TOPICS]
    held = {u for _, u, _ in tuning2_events() + tuning3_events() + tuning4_events() + tuning5_events() +
            tuning6_events() + tuning7_events() + tuning8_events() + tuning9_events()}
    held |= {u for u, _ in basil_events()}
    chosen = []
    for u in basil_ranked():
        if len(chosen) == BASIL_TUNING10:
            break
        if u not in held and not measuring_elsewhere(u) and not quoted_in_project(u):
            chosen.append(u)
    return sorted(chosen), ["%d%s" % (t, s) for t in topics for s in ("ecb", "ecbplus")]


# tune10's selection as tuning10_selection() printed it (frozen, as tune8's).
TUNING10_BASIL = ["58ed2376-35a0-453a-a08e-5cd87e3bdea5", "c5534b7e-a373-4962-8345-3847bc41a636",
                  "ccf19ab6-7878-4378-b99c-2b08cc21371f"]
ECB_TUNING10 = ["7ecb", "7ecbplus"]


def tuning10_events():
    return [("basil", u, "tune10") for u in TUNING10_BASIL] + [("ecbplus", s, "tune10") for s in ECB_TUNING10]


def tuning2_events():
    return ([("basil", u, "tune2") for u in sorted(basil_ranked()[22:22 + BASIL_TUNING2])] +
            [("ecbplus", s, "tune2") for s in ECB_TUNING2])


if __name__ == "__main__":
    for u, split in basil_events():
        print("basil", u, split)
    for s, split in ECB:
        print("ecbplus", s, split)
    for c, i, split in tuning2_events() + tuning3_events() + tuning4_events() + tuning5_events() + tuning6_events() + tuning7_events() + tuning8_events() + tuning9_events() + tuning10_events():
        print(c, i, split)
