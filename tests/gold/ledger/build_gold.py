#!/usr/bin/env python3
"""Builds tests/gold/ledger/gold.json from the hand annotation in
annotations.txt (the format is in docs/LEDGER.md, "The ledger gold").

    python3 tests/gold/ledger/build_gold.py          # rewrites gold.json
    python3 tests/gold/ledger/build_gold.py --check  # fails when gold.json is stale

annotations.txt names each figure by document, sentence and its own words;
this script finds the words in the sentence (the n-th occurrence with
"#n") and writes their offset, so the gold holds only locators and the
figure's few words, never a sentence of the research-use texts.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("CROSSCHECK_SHARED_DIR", os.path.join(HERE, "../../../../shared"))
sys.path.insert(0, HERE)
import events as selection  # noqa: E402  (tests/gold/ledger/events.py)

ECB_DOCS = 5


def basil_docs(uuid):
    files = sorted(glob.glob(os.path.join(SHARED, "corpora/basil/articles/*/%s_*.json" % uuid)))
    out = []
    for f in files:
        j = json.load(open(f))
        lines = {"t": j["title"]}
        for p, para in enumerate(j["body-paragraphs"]):
            for s, sent in enumerate(para):
                lines["%d.%d" % (p, s)] = sent
        out.append((os.path.relpath(f, os.path.join(SHARED, "corpora/basil")), lines))
    return out


def ecb_docs(sub):
    topic = re.match(r"\d+", sub).group(0)
    plus = sub.endswith("ecbplus")
    files = [f for f in glob.glob(os.path.join(SHARED, "corpora/ecbplus/ECB+/%s/*.xml" % topic))
             if f.endswith("ecbplus.xml") == plus]
    files.sort(key=lambda f: int(re.search(r"_(\d+)", os.path.basename(f)).group(1)))
    out = []
    for f in files[:ECB_DOCS]:
        toks = re.findall(r'<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)</token>', open(f).read())
        sents = {}
        for t, s, w in toks:
            sents.setdefault(s, []).append((int(t), w))
        out.append(("%s/%s" % (topic, os.path.basename(f)), sents))
    return out


def locate_basil(lines, loc, words, nth, where):
    sent = lines.get(loc)
    if sent is None:
        sys.exit("%s: no sentence %s" % (where, loc))
    # The n-th occurrence that starts a word ("7 percent" is not in "17 percent").
    starts = [m.start() for m in re.finditer(r"(?<![\w$€£])" + re.escape(words), sent)]
    if len(starts) < nth:
        sys.exit("%s: %r not found (%d) in %s" % (where, words, nth, loc))
    at = starts[nth - 1]
    return "%s@%d" % (loc, len(sent[:at].encode()))


def locate_ecb(sents, loc, words, nth, where):
    toks = sents.get(loc)
    if toks is None:
        sys.exit("%s: no sentence %s" % (where, loc))
    want = words.split()
    seen = 0
    for i in range(len(toks)):
        got = [w for _, w in toks[i:i + len(want)]]
        # The first token may carry a currency prefix ("euro22", a mangled "€110").
        first_ok = got[:1] == want[:1] or (got and got[0].endswith(want[0]) and
                                            not got[0][-len(want[0]) - 1].isalnum() or
                                            got and got[0].endswith(want[0]) and got[0][:-len(want[0])].isalpha())
        if got[1:] == want[1:] and len(got) == len(want) and first_ok:
            seen += 1
            if seen == nth:
                return "%s@%d" % (loc, toks[i][0])
    sys.exit("%s: tokens %r not found (%d) in sentence %s" % (where, words, nth, loc))


def parse(path):
    splits = {}
    for u, split in selection.basil_events():
        splits[("basil", u)] = split
    for s, split in selection.ECB:
        splits[("ecbplus", s)] = split
    for c, i, split in (selection.tuning2_events() + selection.tuning3_events() + selection.tuning4_events() +
                     selection.tuning5_events() + selection.tuning6_events() + selection.tuning7_events() +
                     selection.tuning8_events() + selection.tuning9_events() + selection.tuning10_events()):
        splits[(c, i)] = split
    events, ev, group, docs = [], None, None, None

    def figure(spec, where):
        m = re.match(r"(\d+)\s+(\S+)\s+(.+?)(?:#(\d+))?$", spec.strip())
        if not m:
            sys.exit("%s: expected DOC LOC WORDS[#n]" % where)
        d, loc, words, nth = int(m.group(1)), m.group(2), m.group(3).strip(), int(m.group(4) or 1)
        if d >= len(docs):
            sys.exit("%s: no document %d" % (where, d))
        locate = locate_basil if ev["corpus"] == "basil" else locate_ecb
        return [d, locate(docs[d][1], loc, words, nth, where), words]

    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        where = "%s:%d" % (os.path.basename(path), n)
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("event "):
            _, corpus, ident = line.split()
            if (corpus, ident) not in splits:
                sys.exit("%s: %s %s is not in the selection (events.py)" % (where, corpus, ident))
            docs = basil_docs(ident) if corpus == "basil" else ecb_docs(ident)
            ev = {"id": "%s/%s" % (corpus, ident), "corpus": corpus, "split": splits[(corpus, ident)],
                  "docs": [d for d, _ in docs], "groups": []}
            events.append(ev)
            group = None
        elif line.startswith("group ") or line.startswith("single "):
            head, *flags = [x.strip() for x in line.split("|")]
            kind, rest = head.split(" ", 1)
            group = {"measure": rest if kind == "group" else "", "disagree": "disagree" in flags,
                     "evolving": "evolving" in flags, "figures": []}
            ev["groups"].append(group)
            if kind == "single":
                group["figures"].append(figure(rest, where))
                group["measure"] = next((f[3:].strip() for f in flags if f.startswith("is ")), "")
                group = None
        elif line.startswith(" ") and group is not None:
            group["figures"].append(figure(line, where))
        else:
            sys.exit("%s: cannot read %r" % (where, line))
    seen = set()
    for ev in events:
        for g in ev["groups"]:
            for f in g["figures"]:
                key = (ev["id"], f[0], f[1])
                if key in seen:
                    sys.exit("%s: figure %s of doc %d annotated twice" % (ev["id"], f[1], f[0]))
                seen.add(key)
    return events


def main():
    events = parse(os.path.join(HERE, "annotations.txt"))
    gold = {"format": "crosscheck-ledger-gold 1",
            "about": "Hand-annotated figure groups; see docs/LEDGER.md. Built by build_gold.py from annotations.txt.",
            "events": events}
    text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    out = os.path.join(HERE, "gold.json")
    if "--check" in sys.argv:
        if not os.path.exists(out) or open(out, encoding="utf-8").read() != text:
            sys.exit("gold.json is stale: run build_gold.py")
        return
    open(out, "w", encoding="utf-8").write(text)
    figs = sum(len(g["figures"]) for e in events for g in e["groups"])
    print("gold.json: %d events, %d groups, %d figures" % (len(events), sum(len(e["groups"]) for e in events), figs))


if __name__ == "__main__":
    main()
