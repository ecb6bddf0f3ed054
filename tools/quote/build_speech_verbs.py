#!/usr/bin/env python3
"""Builds data/lexicon/speech_verbs.tsv from Debian's WordNet (wordnet-base).

The quote recognizer knows a closed, hand-kept list of frequent cue verbs
(said, told, added, ... in src/recognize/quote/lexicon.cc). Reporters use
many more ("scoffed", "quipped", "conceded", "retorted", "charged"); this
command lists them from WordNet so the list is open-class and reproducible.

Rule: a single-word verb lemma is a speech verb when its first sense
(WordNet lists senses by frequency) is in the verb.communication
lexicographer file (32: "interject", "echo", "question", "quip"), or its
second sense is a verb.communication synset below one of the anchor
synsets of ANCHORS in the hypernym graph: express in words, talk, inform,
joke, mock, admit, insist, accuse, ask, complain. tools/quote/speech_verb_overrides.tsv then adds or
removes words (each row says why). Every lemma is written with its
third-person present and past forms: irregular ones from WordNet's
verb.exc, regular ones by the usual spelling rules. The recognizer uses
these verbs as cues only next to a direct quote (docs/ATTRIBUTION.md).

Output is sorted: a rebuild from the same WordNet gives the same bytes.

Usage: tools/quote/build_speech_verbs.py [--wordnet /usr/share/wordnet]
                                         [--out data/lexicon/speech_verbs.tsv]
"""
import argparse
import os

# Anchor synsets (WordNet 3.0 verb offsets) and what they stand for.
ANCHORS = {
    "00940402": "express, verbalize, utter",
    "00942008": "talk, speak, utter",
    "00831669": "inform",
    "00853651": "joke, jest",
    "00849098": "mock",
    "00817329": "admit, acknowledge",
    "00818992": "insist",
    "00843007": "accuse, impeach",
    "00843486": "charge, accuse",
    "00784360": "ask, inquire",
    "00907165": "complain, kick",
}
MAX_RANK = 2
HERE = os.path.dirname(os.path.abspath(__file__))


def read_verbs(wordnet):
    synsets = {}
    with open(os.path.join(wordnet, "data.verb"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            p = line.split(" | ")[0].split()
            n = int(p[3], 16)
            k = 4 + 2 * n
            count = int(p[k])
            hyper = [p[k + 2 + 4 * i] for i in range(count) if p[k + 1 + 4 * i] == "@"]
            synsets[p[0]] = (p[1], hyper)
    index = {}
    with open(os.path.join(wordnet, "index.verb"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            p = line.split()
            index[p[0]] = p[-int(p[2]):]
    exc = {}
    with open(os.path.join(wordnet, "verb.exc"), encoding="latin-1") as f:
        for line in f:
            form, base = line.split()[:2]
            exc.setdefault(base, []).append(form)
    return synsets, index, exc


def below_anchor(synsets, offset):
    seen, stack = set(), [offset]
    while stack:
        o = stack.pop()
        if o in seen or o not in synsets:
            continue
        if o in ANCHORS:
            return True
        seen.add(o)
        stack.extend(synsets[o][1])
    return False


def forms(lemma, exc):
    out = {lemma}
    irregular = exc.get(lemma, [])
    out.update(irregular)
    vowels = "aeiou"
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        out.add(lemma + "es")
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in vowels:
        out.add(lemma[:-1] + "ies")
    else:
        out.add(lemma + "s")
    if not any(f.endswith("ed") for f in irregular):
        if lemma.endswith("e"):
            out.add(lemma + "d")
        elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in vowels:
            out.add(lemma[:-1] + "ied")
        else:
            out.add(lemma + "ed")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--out", default=os.path.join(HERE, "..", "..", "data", "lexicon", "speech_verbs.tsv"))
    args = ap.parse_args()
    synsets, index, exc = read_verbs(args.wordnet)
    lemmas = set()
    for lemma, senses in index.items():
        if "_" in lemma or "-" in lemma:
            continue
        for o in senses[:MAX_RANK]:
            if synsets[o][0] == "32" and (o == senses[0] or below_anchor(synsets, o)):
                lemmas.add(lemma)
                break
    with open(os.path.join(HERE, "speech_verb_overrides.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            op, word = line.split("\t")[:2]
            if op == "+":
                lemmas.add(word)
            elif op == "-":
                lemmas.discard(word)
    rows = sorted((form, lemma) for lemma in lemmas for form in forms(lemma, exc))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Built by tools/quote/build_speech_verbs.py from WordNet 3.0 (Debian wordnet-base, "
                "/usr/share/wordnet); do not edit: edit tools/quote/speech_verb_overrides.tsv.\n")
        f.write("# form<TAB>lemma\n")
        for form, lemma in rows:
            f.write(f"{form}\t{lemma}\n")
    print(f"{len(lemmas)} lemmas, {len(rows)} forms -> {args.out}")


if __name__ == "__main__":
    main()
