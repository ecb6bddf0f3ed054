#!/usr/bin/env python3
"""Builds data/lexicon/ from Debian's WordNet (package wordnet-base).

The ledger needs to know which counted nouns name the same kind of group
(civilians ~ noncombatants, kids ~ children, troops ~ soldiers), which verbs,
adjectives and nouns name the same state or event (trapped ~ stranded,
evacuate ~ rescue ~ evacuation, die ~ kill ~ death) and which nouns name a
facility or a settlement (plant, steelworks, bunker; city, town, port).

Each class is anchored to a handful of WordNet senses listed in
tools/lexicon/anchors.tsv. This command walks the hyponym (noun) and troponym
(verb) links below every anchor up to the anchor's depth, follows
derivational links from state verbs to their nouns (evacuate -> evacuation),
and then files each WordNet lemma under the class reached by its most frequent
sense (WordNet lists senses by frequency); senses past --max-rank (places:
--place-max-rank) are ignored, so a rare sense never decides. Irregular forms come from WordNet's *.exc
files. Output is sorted, so a rebuild from the same WordNet gives the same
bytes.

Usage: tools/lexicon/build_lexicon.py [--wordnet /usr/share/wordnet]
                                      [--out data/lexicon] [--explain WORD]
"""
import argparse
import collections
import os
import sys

POS_FILES = {"n": "noun", "v": "verb", "a": "adj"}


def read_data(path, pos):
    """synset offset -> (words, pointers[(symbol, offset, pos)])."""
    synsets = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split(" | ")[0].split()
            offset = parts[0]
            w_cnt = int(parts[3], 16)
            words = [parts[4 + 2 * i].lower() for i in range(w_cnt)]
            # adjective markers such as "(a)" or "(p)"
            words = [w.split("(")[0] for w in words]
            k = 4 + 2 * w_cnt
            p_cnt = int(parts[k])
            ptrs = []
            for i in range(p_cnt):
                sym, off, ppos = parts[k + 1 + 4 * i: k + 4 + 4 * i]
                ptrs.append((sym, off, "a" if ppos == "s" else ppos))
            synsets[(pos, offset)] = (words, ptrs, parts[1])
    return synsets


def read_index(path, pos):
    """lemma -> [synset ids in sense order]."""
    index = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split()
            lemma = parts[0]
            synset_cnt = int(parts[2])
            offsets = parts[len(parts) - synset_cnt:]
            index[lemma] = [(pos, o) for o in offsets]
    return index


def read_anchors(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#")[0].strip()
            if not line:
                continue
            table, cls, pos, lemma, sense, depth = line.split()
            rows.append((table, cls, pos, lemma, int(sense), int(depth)))
    return rows


def closure(synsets, start, depth, follow_derivation):
    """synset id -> distance, below `start` (hyponyms / troponyms)."""
    dist = {start: 0}
    frontier = [start]
    for d in range(1, depth + 1):
        nxt = []
        for sid in frontier:
            for sym, off, ppos in synsets.get(sid, ((), (), ""))[1]:
                if sym in ("~", "~i") and (ppos, off) not in dist:
                    dist[(ppos, off)] = d
                    nxt.append((ppos, off))
        frontier = nxt
    if follow_derivation:
        for sid, d in list(dist.items()):
            for sym, off, ppos in synsets.get(sid, ((), (), ""))[1]:
                # Only nouns of acts, events and states (evacuation, death,
                # injury; lexicographer files 04, 11, 26): agent nouns
                # (fighter) name people and place nouns (den) name places.
                if (sym == "+" and ppos == "n" and (ppos, off) not in dist
                        and synsets.get((ppos, off), ((), (), ""))[2] in ("04", "11", "26")):
                    dist[(ppos, off)] = d + 1
    return dist


def noun_neighbourhoods(synsets, index, senses=2, depth=4, broad=800):
    """Counted-noun similarity table: lemma -> (kind, own sense ids, related ids).

    For the first `senses` senses of every one-word noun whose first sense
    lies under person, group, artifact, animal or communication: the sense synsets
    themselves ("own": two lemmas sharing one are synonyms, resident ~
    occupant) and their hypernyms up to `depth` levels ("related": gunman ->
    murderer -> criminal -> wrongdoer <- attacker). Hypernyms with more than
    `broad` lemmas below them (person, worker, device) relate too much and are
    left out. kind: p (a kind of person), g (a group: people, troops), a (an
    artifact), n (an animal), c (a communication: a document, a vote, a
    message).
    """
    hyper = {}
    children = collections.defaultdict(list)
    for sid, (words, ptrs, _) in synsets.items():
        if sid[0] != "n":
            continue
        hyper[sid] = [(ppos, off) for sym, off, ppos in ptrs if sym in ("@", "@i")]
        for h in hyper[sid]:
            children[h].append(sid)
    below = {}

    def count(sid):
        # Iterative post-order: lemmas at or below a synset.
        stack = [(sid, False)]
        while stack:
            node, done = stack.pop()
            if node in below:
                continue
            if done:
                below[node] = len(synsets[node][0]) + sum(below[c] for c in children[node])
                continue
            stack.append((node, True))
            for c in children[node]:
                if c not in below:
                    stack.append((c, False))
        return below[sid]

    for sid in hyper:
        count(sid)

    def ancestors(sid):
        seen, front = {sid}, [sid]
        while front:
            nxt = []
            for f in front:
                for h in hyper.get(f, []):
                    if h not in seen:
                        seen.add(h)
                        nxt.append(h)
            front = nxt
        return seen

    roots = {"p": index["n"]["person"][:1], "g": index["n"]["group"][:1],
             "a": index["n"]["artifact"][:1], "n": index["n"]["animal"][:1],
             "c": index["n"]["communication"][:2]}
    table = {}
    for lemma, sids in index["n"].items():
        if not lemma.isalpha():
            continue
        anc = ancestors(sids[0])
        kind = next((k for k, rs in roots.items() if any(r in anc for r in rs)), None)
        if kind is None:
            continue
        own, related = set(), set()
        for sid in sids[:senses]:
            if below[sid] <= broad:
                own.add(sid)
            front = [sid]
            for _ in range(depth):
                nxt = []
                for f in front:
                    for h in hyper.get(f, []):
                        if below[h] <= broad:
                            related.add(h)
                        nxt.append(h)
                front = nxt
        if own or related:
            table[lemma] = (kind, own, related - own)
    return table


def noun_meanings(synsets, index, skip, senses=3, depth=3):
    """Meaning table for the nouns noun_neighbourhoods leaves out (acts,
    events, states, phenomena: investigation, probe, quake, fire, siege):
    lemma -> (own sense ids, {hypernym id: levels up}).

    The first `senses` senses of every one-word noun not in `skip`, and each
    sense's hypernyms up to `depth` levels with the fewest levels that reach
    them. Two nouns sharing a sense are synonyms (probe ~ investigation,
    quake ~ earthquake); a sense of one among the other's hypernyms k levels
    up makes it a kind of the other (inquiry > investigation, fire > blaze);
    the ledger decides how many levels still count (fuse/noun_meaning.h).
    """
    hyper = {sid: [(ppos, off) for sym, off, ppos in ptrs if sym in ("@", "@i")]
             for sid, (words, ptrs, _) in synsets.items() if sid[0] == "n"}
    table = {}
    for lemma, sids in index["n"].items():
        if not lemma.isalpha() or lemma in skip:
            continue
        own = sids[:senses]
        up = {}
        for sid in own:
            front = [sid]
            for d in range(1, depth + 1):
                nxt = []
                for f in front:
                    for h in hyper.get(f, []):
                        if h not in up or up[h] > d:
                            up[h] = d
                        nxt.append(h)
                front = nxt
        table[lemma] = (own, up)
    return table


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--anchors", default=os.path.join(here, "anchors.tsv"))
    ap.add_argument("--out", default=os.path.join(root, "data", "lexicon"))
    ap.add_argument("--max-rank", type=int, default=2,
                    help="only a lemma's first N senses may decide its class")
    ap.add_argument("--place-max-rank", type=int, default=1,
                    help="the same for places: only the first sense, since "
                    "many institution nouns have a building as second sense "
                    "(ministry, school)")
    ap.add_argument("--explain", help="print how WORD is classed and exit")
    args = ap.parse_args()

    synsets, index = {}, {}
    for pos, name in POS_FILES.items():
        synsets.update(read_data(os.path.join(args.wordnet, "data." + name), pos))
        index[pos] = read_index(os.path.join(args.wordnet, "index." + name), pos)

    anchors = read_anchors(args.anchors)
    # table -> synset id -> (distance, anchor order, class)
    reach = collections.defaultdict(dict)
    for order, (table, cls, pos, lemma, sense, depth) in enumerate(anchors):
        senses = index[pos].get(lemma)
        if not senses or sense > len(senses):
            sys.exit("anchor not in WordNet: %s %s %s %d" % (table, pos, lemma, sense))
        start = senses[sense - 1]
        for sid, d in closure(synsets, start, depth, table == "state").items():
            best = reach[table].get(sid)
            if best is None or (d, order) < best[:2]:
                reach[table][sid] = (d, order, cls)

    # Which parts of speech each table files.
    table_pos = {"group": ("n",), "state": ("v", "a", "n"), "place": ("n",)}
    tables = {}
    for table, poses in table_pos.items():
        out = {}
        for pos in poses:
            for lemma, senses in index[pos].items():
                best = None
                cut = args.place_max_rank if table == "place" else args.max_rank
                for rank, sid in enumerate(senses[:cut]):
                    hit = reach[table].get(sid)
                    if hit is None:
                        continue
                    key = (rank, hit[0], hit[1])
                    if best is None or key < best[0]:
                        best = (key, hit[2])
                if best is None:
                    continue
                word = lemma.replace("_", " ")
                # A noun and a verb may share a spelling (shelter); the verb
                # reading of a state wins, it is the one clauses use.
                if word in out and pos == "n":
                    continue
                out[word] = best[1]
                if args.explain and word == args.explain:
                    print(table, pos, word, "->", best[1], "rank/dist/anchor", best[0])
        tables[table] = out
    if args.explain:
        return

    os.makedirs(args.out, exist_ok=True)
    header = ("# Built by tools/lexicon/build_lexicon.py from WordNet 3.0 "
              "(Debian wordnet-base, /usr/share/wordnet); do not edit: edit "
              "tools/lexicon/anchors.tsv or data/lexicon/overrides.tsv.\n")
    for table, out in tables.items():
        with open(os.path.join(args.out, table + "s.tsv"), "w", encoding="utf-8") as f:
            f.write(header)
            for word in sorted(out):
                f.write("%s\t%s\n" % (word, out[word]))

    # Noun compounds that open with a state word ("exit poll", "rescue
    # worker", "death toll"): there the word modifies a noun and is no state
    # of a figure unless the head is a measure of it (the claims decide).
    states = tables["state"]
    compounds = sorted(lemma.replace("_", " ") for lemma in index["n"]
                       if lemma.count("_") == 1 and lemma.split("_")[0] in states
                       and "-" not in lemma and lemma.split("_")[1].isalpha())
    with open(os.path.join(args.out, "compounds.tsv"), "w", encoding="utf-8") as f:
        f.write(header)
        f.write("# two-word WordNet noun compounds that open with a word of states.tsv<TAB>-\n")
        for c in compounds:
            f.write("%s\t-\n" % c)

    # Irregular forms: every noun form (children -> child) and the verb and
    # adjective forms of classed lemmas (fled -> flee).
    classed = set(tables["state"]) | set(tables["group"]) | set(tables["place"])
    forms = {}
    for pos, name in POS_FILES.items():
        with open(os.path.join(args.wordnet, name + ".exc"), encoding="latin-1") as f:
            for line in f:
                parts = line.split()
                if len(parts) < 2:
                    continue
                form, lemma = parts[0].replace("_", " "), parts[1].replace("_", " ")
                if pos == "n" or lemma in classed:
                    forms.setdefault(form, lemma)
    with open(os.path.join(args.out, "inflections.tsv"), "w", encoding="utf-8") as f:
        f.write(header)
        for form in sorted(forms):
            f.write("%s\t%s\n" % (form, forms[form]))
    # Verbs: every one-word WordNet verb lemma (row "verb<TAB>-") and every
    # irregular verb form (row "form<TAB>lemma"), so a predicate's base form
    # is a real verb ("outnumbered" -> "outnumber", not "outnumbere").
    verbs = {lemma: "-" for lemma in index["v"] if "_" not in lemma and "-" not in lemma}
    with open(os.path.join(args.wordnet, "verb.exc"), encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and "_" not in parts[0] and "_" not in parts[1]:
                verbs[parts[0]] = parts[1]
    with open(os.path.join(args.out, "verbs.tsv"), "w", encoding="utf-8") as f:
        f.write(header)
        for verb in sorted(verbs):
            f.write("%s\t%s\n" % (verb, verbs[verb]))
    # Verb kinds: every one-word WordNet verb lemma with the lexicographer
    # file of its first (most frequent) sense: 40 possession ("win", "gain",
    # "receive"), 33 competition, 35 contact ("kill", "arrest"), ... The
    # claims read whose figure a count is from the kind of its verb.
    verb_files = {}
    for lemma, ids in index["v"].items():
        if "_" in lemma or "-" in lemma or not ids:
            continue
        verb_files[lemma] = synsets[ids[0]][2]
    with open(os.path.join(args.out, "verb_files.tsv"), "w", encoding="utf-8") as f:
        f.write(header)
        f.write("# verb lemma<TAB>lexicographer file of its first sense (40 possession, 33 competition, "
                "35 contact, 32 communication, ...)\n")
        for verb in sorted(verb_files):
            f.write("%s\t%s\n" % (verb, verb_files[verb]))
    # Counted-noun neighbourhoods: synset ids renumbered densely (base 36)
    # so the table stays small; ids mean nothing outside this file.
    nouns = noun_neighbourhoods(synsets, index)
    ids = sorted({sid for _, own, rel in nouns.values() for sid in own | rel})
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"

    def b36(n):
        out = ""
        while True:
            out = digits[n % 36] + out
            n //= 36
            if n == 0:
                return out
    short = {sid: b36(i) for i, sid in enumerate(ids)}
    with open(os.path.join(args.out, "nouns.tsv"), "w", encoding="utf-8") as f:
        f.write(header)
        f.write("# noun<TAB>kind (p person, g group, a artifact, n animal, c communication)<TAB>own senses<TAB>"
                "related hypernyms (dense ids, space-separated)\n")
        for lemma in sorted(nouns):
            kind, own, rel = nouns[lemma]
            f.write("%s\t%s\t%s\t%s\n" % (lemma, kind, " ".join(sorted(short[x] for x in own)),
                                           " ".join(sorted(short[x] for x in rel))))
    # Meanings of the other nouns (acts, events, states): own senses and
    # hypernyms with their levels, ids renumbered densely as above.
    meanings = noun_meanings(synsets, index, nouns)
    mids = sorted({sid for own, up in meanings.values() for sid in list(own) + list(up)})
    mshort = {sid: b36(i) for i, sid in enumerate(mids)}
    with open(os.path.join(args.out, "meanings.tsv"), "w", encoding="utf-8") as f:
        f.write(header)
        f.write("# noun (not in nouns.tsv)<TAB>lexicographer file of its first sense (09 cognition, "
                "10 communication, 04 act, 11 event, ...)<TAB>own senses, first three<TAB>hypernyms up to "
                "three levels (id:levels; dense ids of this file only)\n")
        for lemma in sorted(meanings):
            own, up = meanings[lemma]
            f.write("%s\t%s\t%s\t%s\n" % (lemma, synsets[own[0]][2], " ".join(mshort[x] for x in own),
                                       " ".join("%s:%d" % (mshort[h], up[h]) for h in sorted(up, key=lambda h: mshort[h]))))
    for table, out in tables.items():
        print("%s: %d words" % (table, len(out)))
    print("compounds: %d" % len(compounds))
    print("inflections: %d forms" % len(forms))
    print("verbs: %d rows" % len(verbs))
    print("verb kinds: %d verbs" % len(verb_files))
    print("nouns: %d words" % len(nouns))
    print("meanings: %d words" % len(meanings))


if __name__ == "__main__":
    main()
